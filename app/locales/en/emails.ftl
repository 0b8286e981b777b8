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
