## Raising a concern and following it: where it is, the form, checking it and sending it, the
## resident's page for it, and the panel that says the portal is not for emergencies.

# The panel before and after raising a concern. "report-crime", the link and "report-crime-end"
# make one sentence: "To report a crime, call 101 or [report it online on the … website]."
concern-warning = Warning:
concern-not-for-emergencies = This is not for emergencies or for reporting a crime.
concern-emergency-999 = If a crime is happening now or someone is in danger, call 999.
concern-report-crime = To report a crime, call 101 or
concern-report-online = report it online on the { $force } website
concern-report-crime-end = .
concern-report-crime-no-site = To report a crime, call 101 or report it on the police force's website.
concern-deaf = If you are deaf or hard of hearing, text 999 after registering with emergencySMS, or use textphone 18000.

# Where is it? (/concerns/new)
concern-start-title = Raise a concern with your neighbourhood team
concern-start-intro = Tell your neighbourhood team about something that worries you locally: anti-social behaviour, speeding, drug dealing, a dark alleyway. They will reply within 72 hours, and you can always see what happened to it.
concern-start-hint = The postcode of the place you are concerned about, or yours. For example, B15 2TT.
concern-continue = Continue
concern-back = Back

# The concern form.
concern-sign-in-first = Sign in to raise a concern, so the team can reply to you. You will come back to it once you are signed in.
concern-no-such-neighbourhood = There is no such neighbourhood.
concern-pin-placed = A pin is on the map where you selected. Select the map again to move it, or go on with the form.
concern-choose-listed-group = Choose yourself or one of the groups listed
concern-choose-who = Choose who you are raising this concern for
concern-moved = That place is in the { $name } neighbourhood, so your concern will go to the { $name } team. We have moved what you wrote to their form: check it and continue. Nothing has been sent yet.
concern-place-outside = That place is outside this force's area: contact the police force for that area, or call 101
concern-place-unknown-postcode = We could not find that postcode. Check it, or describe the place instead, like a street or a landmark
concern-raise-title = Raise a concern in { $name }
concern-team-caption = { $name } neighbourhood team
concern-raise-heading = Raise a concern
concern-who-legend = Who are you raising this concern for?
concern-for-myself = Myself
concern-for-myself-hint = Replies come to you.
# $group is the group's name, as its organisers wrote it.
concern-for-group = { $group } (a group you organise)
concern-for-group-hint = The concern is put forward for the group, and replies go to all its organisers.
concern-propose = For a group: propose it as an option for the next priority vote
concern-where-label = Where is it happening?
concern-where-hint = A street, a landmark (the park on Court Oak Road) or a postcode.
concern-kind-legend = What kind of concern is it?
concern-what-label = What is happening?
concern-what-hint = Tell us what you have seen or what worries you. Do not include your name or anyone else's.
concern-when-label = When does it happen? (optional)
concern-when-hint = For example, most evenings after 9pm, or on Saturday afternoons.
concern-summary-legend = May a summary of your concern be shown publicly?
concern-summary-hint = Your name and contact details are never published.
concern-summary-yes = Yes
concern-summary-no = No
concern-summary-yes-hint = A moderator writes a short summary, without your name or anything that could identify you, and it is shown on the neighbourhood's page.
concern-summary-no-hint = Only the neighbourhood team sees it.

# The map a pin is placed on, on the concern form (the PinMap island). $name is the
# neighbourhood's name.
concern-pin-map-hint = You can also show where it happens: select a place on the map to put a pin there, or to move it.
concern-pin-map-alt = Map of { $name }: select a place to put a pin there
concern-pin-map-placed = A pin is on the map.
concern-pin-map-none = No pin is placed.
concern-pin-map-remove = Remove the pin

# What is wrong with what was typed. "where-name" names the field in "too-long".
concern-where-name = Where it is happening
concern-where-missing = Enter where it is happening: a street, a landmark or a postcode
concern-kind-missing = Select what kind of concern it is
concern-what-missing = Tell us what is happening
concern-what-too-short = Tell us a little more: at least { $least } characters
concern-summary-missing = Select whether a summary may be shown publicly
concern-pin-again = Place the pin on the map again
# $label is what the field is called ("What is happening"); $max a number of characters.
concern-too-long = { $label } must be { $max } characters or fewer
concern-plain-words = Write in plain words: remove anything that looks like web page code, such as <b>

# The rows of "Check your concern" and of the resident's page for it.
concern-row-raised-for = Raised for
concern-row-where = Where
concern-row-kind = Kind of concern
concern-row-what = What is happening
concern-row-when = When it happens
concern-row-summary = Public summary
concern-row-replies-to = Replies go to
concern-row-status = Status
concern-row-improved = Has it improved?

# Check your concern. Each "Change" link is followed, for screen readers, by what it changes.
concern-check-title = Check your concern
concern-change = Change
concern-change-who = who the concern is for
concern-change-where = where it is happening
concern-change-kind = the kind of concern
concern-change-what = what is happening
concern-change-when = when it happens
concern-change-summary = whether a summary is shown
# After the group's name.
concern-replies-to-organisers = (replies go to its organisers)
concern-replies-to-organisers-proposed = (replies go to its organisers), proposed for the next priority vote
# After the place the resident typed.
concern-with-pin = (with a pin on the map)
concern-not-given = Not given
concern-check-summary-yes = Yes, once a moderator has checked it
concern-check-summary-no = No
concern-check-reply = The team will reply within 72 hours. Your name and contact details are never published.
concern-send = Send your concern
concern-no-longer-organiser = You no longer organise { $group } here. Change who the concern is for
concern-sent = Concern sent
concern-too-many = You can raise up to { $limit ->
    [one] 1 concern
   *[other] { $limit } concerns
} a day. { $unit ->
    [hour] Try again in { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }.
   *[minute] Try again in { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }.
}

# The resident's page for their concern (/account/concerns/{reference}).
concern-your-concern-title = Your concern { $reference }
concern-your-reference = Your reference is
concern-emailed = We have emailed you to say we have it.
concern-reply-by = The team will reply by { $time }
concern-reply-by-sentence = The team will reply by { $time }.
concern-back-to-account = Back to your account
concern-status-with-reason = { $status }: { $reason }
concern-public-summary-none = Not shown: you asked for it to be seen by the team only
concern-public-summary-pending = Waiting for a moderator to check it
concern-public-summary-approved = Shown on the neighbourhood's page, without your name
concern-public-summary-rejected = Not shown: a moderator decided it should not be published
concern-timeline-title = What has happened
concern-timeline-nothing = Nothing yet: the team will reply within 72 hours.
# Who wrote or did it, and when: "The team, Saturday 5 December 2026 at 10:15am".
concern-timeline-when = { $who }, { $time }
concern-timeline-team = The team
concern-timeline-you = You
concern-timeline-reopened = Reopened the concern
# Followed by what the resident wrote.
concern-timeline-reopened-why = Reopened the concern:
# A change of status, followed by who it was passed to or the local problem it is part of.
concern-timeline-status = { $status }:
concern-write-title = Write to the team
concern-your-message = Your message
concern-write-hint = The team is emailed that you have written.
concern-send-message = Send message
concern-write-missing = Write your message to the team
concern-message-sent = Your message has been sent to the team
concern-closed-reopen-to-write = This concern is closed: reopen it to write to the team
concern-too-many-messages = You have sent { $limit } messages about this concern today. The team will read them and reply. { $unit ->
    [hour] Try again in { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }.
   *[minute] Try again in { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }.
}
# The answers to "Since you raised it, have things improved?".
concern-improved-choice-yes = Yes
concern-improved-choice-no = No
concern-not-sure = Not sure
concern-improved-legend = Since you raised it, have things improved?
concern-send-answer = Send answer
concern-select-improved = Select whether things have improved
concern-thanks = Thank you for telling us
concern-improved-once = You can say whether things improved once, after the concern is closed
concern-reopen-title = Reopen your concern
concern-reopen-body = If it is still happening, you can reopen it for 28 days after it was closed.
concern-reopen-label = What is still happening? (optional)
concern-still-happening = What is still happening
concern-reopen-button = Reopen concern
concern-reopened = Your concern has been reopened: the team has been told
concern-reopen-too-late = A concern can be reopened for 28 days after it was closed

# A concern's status: its short name (tags, lists) and as the resident's page explains it.
concern-status-received = Received
concern-status-replied = Replied
concern-status-under-review = Under review
concern-status-being-worked-on = Being worked on
concern-status-passed-to-partner = Passed to a partner
concern-status-closed = Closed
concern-status-words-received = Received: the team will reply within 72 hours
concern-status-words-replied = The team has replied
concern-status-words-under-review = The team is looking into it
concern-status-words-being-worked-on = The team is working on it as part of a local problem
concern-status-words-passed-to-partner = Passed to a partner who can act on it
concern-status-words-closed = Closed
# Why a concern was closed, after "Closed: ".
concern-close-action-taken = action was taken
concern-close-no-further-action = no further action
concern-close-not-a-police-matter = not a police matter
concern-close-duplicate = the same as another concern
concern-close-duplicate-of = the same as another concern, { $reference }
# The resident's answer to "Has it improved?".
concern-improved-yes = Yes, it has improved
concern-improved-no = No, it has not improved

## Partner organisations the team passed the concern to. $organisation is one's name.

concern-partners-title = Partners working on it
concern-partners-intro = The team passed your concern to these organisations, which can act on it. They see what you wrote and can reply to you here. They see your name and email address only if you agree.
concern-partners-group = They see the group's name, never yours.
concern-partner-yes = Let { $organisation } see my name and email address
concern-partner-no = Keep my name and email address from { $organisation }
concern-partner-given = { $organisation } can see your name and email address.
concern-partner-refused = { $organisation } cannot see your name or email address.
concern-partner-asked = You have not answered yet: { $organisation } cannot see your name or email address.
concern-partner-saved = Your answer has been saved
concern-partner-not-now = Your answer could not be saved: your concern was not passed to that organisation
