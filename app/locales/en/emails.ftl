## The emails residents receive. Each has a plain-text and an HTML part.

email-greeting = Hello,
email-sent-by = Sent by { $sender }.
email-footer = In an emergency, call 999. Do not reply to this email: it is not monitored.
email-link-fallback = If the link does not work, copy this address into your browser:
email-force-sender = { $force } neighbourhood policing teams
sign-in-email-subject = Your link to sign in to neighbourhood policing
sign-in-email-asked = Someone asked to sign in to the neighbourhood policing website with this email address.
sign-in-email-link = Sign in to neighbourhood policing
sign-in-email-works-once = The link works once, for { $minutes } minutes.
sign-in-email-ignore = If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.

## Booking emails, in the language the resident reads the portal in. $title is the surgery's
## title (the team's words), $reference the booking's, $when its date and times.

email-team-sender = { $neighbourhood } neighbourhood team, { $force }
email-calendar-reference = Booking reference { $reference }.
email-booking-when = When: { $when }
email-booking-where = Where: { $place }
email-booking-finding = Finding the room: { $how }
email-booking-reference = Your booking reference is { $reference }.
email-booking-calendar-adds = The attached calendar file adds it to your calendar.
email-booking-calendar-removes = The attached calendar file removes it from your calendar.
email-booking-see-or-change = To see your booking or change its time, sign in with this email address: { $link }
email-booking-cancel-link = Cancel your booking
email-booking-see-or-cancel-link = See or cancel your booking
email-reason-given = The reason they gave: { $reason }
email-booking-confirmed-subject = Booked: { $title } ({ $reference })
email-booking-confirmed-opening = Your place at “{ $title }” is booked.
email-booking-confirmed-please-cancel = If you cannot come, please cancel so someone else can have your place. The link works until the surgery starts.
email-booked-by-team-opening = Your neighbourhood team has booked you a place at “{ $title }”, as you asked.
email-booked-by-team-please-cancel = If you cannot come, please cancel so someone else can have your place.
email-surgery-moved-subject = Moved: { $title } ({ $reference })
email-surgery-moved-opening = The team has moved “{ $title }”. Your booking { $reference } stands, at the new time:
email-surgery-moved-please-cancel = If you can no longer come, please cancel so someone else can have your place.
email-booking-time-changed-subject = New time: { $title } ({ $reference })
email-booking-time-changed-opening = You changed the time of your booking at “{ $title }”. Your place is now:
email-booking-time-changed-not-you = If you did not change it, sign in and check your booking.
email-waiting-list-place-subject = Booked from the waiting list: { $title } ({ $reference })
email-waiting-list-place-opening = Good news: a place came free at “{ $title }” and, as you were first on the waiting list, it is now yours.
email-waiting-list-place-please-cancel = If you can no longer come, please cancel so the next person waiting can have the place.
email-booking-cancelled-subject = Cancelled: { $title } ({ $reference })
email-booking-cancelled-opening = Your booking { $reference } for “{ $title }” on { $when } has been cancelled.
email-booking-cancelled-not-you = If you did not cancel it, you can book again on the neighbourhood policing website.
email-surgery-cancelled-subject = Cancelled by the team: { $title } ({ $reference })
email-surgery-cancelled-opening = Sorry: the team has cancelled “{ $title }” on { $when }, so your booking { $reference } is cancelled.
email-surgery-cancelled-book-another = You can book another surgery on the neighbourhood policing website, or contact the team there.
email-booking-reminder-subject = Reminder: { $title } ({ $reference })
email-booking-reminder-opening = A reminder of your place at “{ $title }”.
email-booking-reminder-please-cancel = If you cannot come, please cancel so someone else can have your place. You can also use the link in your confirmation email.

## "You said, we did" updates and alerts about what a resident follows. What the team wrote
## ($text) stays in their words.

email-update-opening = The { $neighbourhood } neighbourhood team has published an update on something you raised or voted on.
email-update-you-said = You said: { $text }
email-update-we-did = We did: { $text }
email-update-outcome = The result: { $text }
email-update-next-steps = What happens next: { $text }
email-update-link = Read the update
email-update-why = You get these emails because you raised a concern or voted in your neighbourhood. To stop them, use this link: { $link }
email-update-subject = You said, we did: an update from the { $neighbourhood } team
email-alert-opening = { $heading }, on what you and your groups follow:
email-alert-link = See everything you follow
email-alert-why = To choose how often you hear, go to your account. To stop these emails, use this link: { $link }
email-alert-subject = What your neighbourhood teams did on what you follow
email-alert-week = What changed from { $from } to { $to }
email-alert-since = What changed since { $since }
# One change in an alert: why they hear of it ($through: email-alert-you-follow, or a group's
# name), what kind of thing changed, its title and neighbourhood, what happened, when, and
# what it says.
email-alert-line = { $through }: { $kind } – { $title } ({ $neighbourhood }): { $what } on { $when }: { $text }
email-alert-you-follow = You follow

## Community groups: an invitation, and a request to join approved. $group is the group's name.

email-group-invitation-subject = You are invited to join { $group }
email-group-invitation-opening = An organiser of { $group } has invited you to join the group on the neighbourhood policing website, to follow what the local team does about the issues the group cares about.
email-group-invitation-link = Join the group
email-group-invitation-works-once = The link works once, for 14 days. Using it also signs you in with this email address.
email-group-invitation-ignore = If you do not want to join, you can ignore this email.
email-group-joined-subject = You have joined { $group }
email-group-joined-opening = You are now a member of { $group }.
email-group-joined-link = See what the group follows

## A resident's concern: received, replied to, its status changed. $reference is the concern's.

email-concern-received-subject = We have received your concern ({ $reference })
email-concern-thanks = Thank you for telling us about your concern. Its reference is { $reference }.
email-concern-reply-by = The team will reply by { $when }.
email-concern-not-for-emergencies = This is not for emergencies. If a crime is happening or someone is in danger, call 999. To report a crime, call 101 or report it online.
email-concern-see = See your concern
email-concern-never-published = Your name and contact details are never published.
email-concern-reply-subject = A reply about your concern ({ $reference })
email-concern-replied = Your neighbourhood team has replied about your concern { $reference }:
email-concern-read-and-answer = Read and answer it
email-concern-to-answer = To answer, use the link above.
email-concern-update-subject = An update on your concern ({ $reference })
email-concern-news = There is news about your concern { $reference }.
# $status is the concern's status in plain words ("The team is looking into it"); $detail what the team added, in their words.
email-concern-status = { $status }.
email-concern-status-detail = { $status }: { $detail }.
email-concern-improved-ask = When you have a moment, tell us on the website whether things have improved.
# The team passed a resident's concern to a partner organisation; $organisation is its name.
email-concern-partner-consent = { $organisation } does not see your name or email address unless you agree. You can choose on your concern's page, and change your mind at any time.
email-concern-partner-replied = { $organisation } has replied about your concern { $reference }:

# To a group's organisers. $group is the group's name; $name and $email who wrote through its page.
email-group-verified-subject = { $group } is verified
email-group-verified = { $group } has been verified: its page is now public, and you can follow priorities and put issues forward for the group.
email-group-declined-subject = { $group } was not verified
email-group-declined = { $group } was not verified, so it does not appear publicly.
email-group-declined-reason = The reason given: { $reason }
email-group-decided-link = Go to the group's page
email-group-join-request-subject = A request to join { $group }
email-group-join-request-opening = Someone has asked to join { $group }.
email-group-join-request-link = Approve or refuse the request
email-group-contact-subject = A message for { $group } from { $name }
email-group-contact-opening = { $name } sent a message to { $group } through the group's page on the neighbourhood policing website:
email-group-contact-answer = To answer, write to { $name } at { $email }. Your own address has not been shown to them.
