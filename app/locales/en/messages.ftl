## Messages a neighbourhood team sends to residents who follow the neighbourhood: their page,
## the warning on the neighbourhood page, the email, and choosing which kinds come by email.

# The five kinds of message, as names (at the start of a sentence or after a colon).
message-kind-appeal = Appeal for information
message-kind-advice = Crime prevention advice
message-kind-warning = Warning
message-kind-news = Local news
message-kind-event = Event

messages-title = Messages from the { $neighbourhood } team
messages-intro = Appeals for information, crime prevention advice, warnings, local news and events the team has sent to residents who follow this neighbourhood.
messages-none = The team has not sent any messages yet.
messages-sent-on = Sent on { $date }
messages-until = Applies until the end of { $date }
messages-ended = This no longer applies. It applied until the end of { $date }.
messages-follow = To get the team's messages by email, follow this neighbourhood from its page.
messages-feed = Follow the team's messages (Atom feed)
messages-back = Back to the { $neighbourhood } page
# On the neighbourhood page.
messages-warning-heading = Warning from the team
messages-warning-link = Read the warning in full
messages-latest-title = Messages from the team
messages-see-all = See all messages from the team
feed-messages-title = Messages from the { $neighbourhood } team

# On the resident's account page.
account-messages-title = Messages from your teams
account-messages-intro = Choose which kinds of message from the teams of the neighbourhoods you follow come to you by email.
account-messages-immediate = Email me as they are sent
account-messages-never = Do not email me
account-messages-save = Save your choices
account-messages-saved = Your choices of messages are saved

# The page a "stop these emails" link opens; $kind is one of the message-kind- names.
unsubscribe-messages-title = Stop emails of this kind: { $kind }
unsubscribe-messages-explained = Press the button to stop getting this kind of message from neighbourhood teams by email. Other kinds still come, and you can choose again in your account.

# The email of a message. $kind is one of the message-kind- names.
email-message-opening = A message from the { $neighbourhood } neighbourhood team. { $kind }:
email-message-link = Read it on the website
email-message-why = You get this because you follow { $neighbourhood }. To stop messages of this kind ({ $kind }), use this link: { $link } To choose which messages you get, go to your account.
email-message-subject = { $kind }: { $title }

# Choosing a digest, on the account page.
account-messages-daily = Email me a daily digest
account-messages-weekly = Email me a weekly digest

# The page a "stop this digest" link opens.
unsubscribe-digest-daily-title = Stop the daily digest of team messages
unsubscribe-digest-weekly-title = Stop the weekly digest of team messages
unsubscribe-digest-explained = Press the button to stop this digest. The kinds of message it brought will no longer come by email, and you can choose again in your account.

# A digest of messages: $date is the last day it covers, $kind one of the message-kind- names.
email-digest-daily-subject = Messages from your neighbourhood teams on { $date }
email-digest-weekly-subject = Messages from your neighbourhood teams in the week to { $date }
email-digest-opening = Your neighbourhood teams sent these messages. You chose to get them together.
email-digest-item = { $kind } from the { $neighbourhood } team: { $title }
email-digest-read = Read it on the website: { $link }
email-digest-why = You get this digest because you follow these neighbourhoods. To stop it, use this link: { $link } To choose which messages you get, and how, go to your account.

# The opening of the email of a message from the force (for a Local Policing Area or the whole
# force) rather than one team; $kind is one of the message-kind- names.
email-message-opening-force = A message from { $force } to residents who follow its neighbourhoods. { $kind }:

# "Was this useful?": in the email of a message ($yes and $no are links), and the page they open.
email-message-useful = Was this message useful? Tell the team, in one click on the page each link opens. Yes: { $yes } No: { $no }
useful-title = Was this message useful?
useful-intro = Your answer helps the team send messages residents want. It counts once: you can change it.
useful-yes = Yes, it was useful
useful-no = No, it was not useful
useful-send = Send my answer
useful-thanks = Thank you. Your answer is recorded.
useful-not-recognised = This link was not recognised. Use the links in the email the team sent you.
useful-not-sent = Only residents the message was sent to can answer.
useful-missing = Select yes or no

# Writing back to the team about a message: a link in its email, the page in the resident's
# account ($title is the message's title), and the email when the team answers.
email-message-reply = To write back to the team about this message, use this link (you will be asked to sign in first): { $link }
message-reply-caption = A message from the { $neighbourhood } team
message-reply-caption-force = A message from { $force }
message-reply-thread-title = Your conversation with the team
message-reply-thread-none = You have not written to the team about this message.
message-reply-you = You wrote, { $time }
message-reply-team = The team answered, { $time }
message-reply-write-title = Write to the team
message-reply-label = Your reply
message-reply-hint = Only the neighbourhood team reads it, in the portal: they do not see your email address. We email you when they answer.
message-reply-send = Send your reply
message-reply-missing = Enter your reply
message-reply-sent = Your reply has been sent to the team. We will email you when they answer.
message-reply-not-sent = Only residents the message was sent to can write back about it
message-reply-too-many = You have sent { $limit } replies about this message today. The team will read them and answer. { $unit ->
    [hour] Try again in { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }.
   *[minute] Try again in { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }.
}
message-reply-back = Back to your account
account-messages-received-title = Messages you were sent
account-messages-read-and-reply = Open one to read it and write back to the team about it.
email-message-answer-subject = The team answered you about: { $title }
email-message-answered = Your neighbourhood team answered what you wrote about the message "{ $title }":
email-message-answer-link = Read it and write back
email-message-answer-to-write = To write back, use the link above. The team does not see your email address.
