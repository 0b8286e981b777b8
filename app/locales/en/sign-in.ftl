## Residents signing in by emailed link: "Sign in", "Check your email" and the link's page.

sign-in-title = Sign in
sign-in-why = Sign in to book a place at a surgery, raise a concern or vote on your neighbourhood's priorities.
sign-in-how = We will email you a link. Follow it within 20 minutes, in this browser, to sign in. If you have not signed in before, this creates your account, and you can add your name to it. There is no password.
sign-in-email-label = Email address
sign-in-button = Email me a link
sign-in-staff = Police staff:
sign-in-staff-link = sign in here
email-missing = Enter your email address
email-malformed = Enter an email address in the correct format, like name@example.com
sign-in-too-many = You have asked for too many sign-in links. { $unit ->
    [hour] Try again in { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }.
   *[minute] Try again in { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }.
}
check-email-title = Check your email
check-email-sent-to = We have sent a sign-in link to { $email }.
check-email-sent = We have sent you a sign-in link.
check-email-works-once = The link works once, for 20 minutes. If it does not arrive within a few minutes, check your spam folder.
check-email-another = Ask for another link
confirm-title = Sign in to neighbourhood policing
confirm-as = You are signing in as { $email }.
confirm-button = Continue and sign in
confirm-not-yours = Not your address? Do not continue:
confirm-not-yours-link = ask for a sign-in link of your own
confirm-elsewhere-title = Check this sign-in link is yours
confirm-elsewhere-why = This link was asked for in a different browser or on another device. Links can be sent by someone else to sign you in to their account and see what you do there, so we need to check it is yours.
confirm-elsewhere-hint = The address you asked for this sign-in link with.
confirm-elsewhere-button = Sign in
confirm-elsewhere-not-asked = If you did not ask for a sign-in link, do not use it:
confirm-elsewhere-not-asked-link = ask for your own
confirm-wrong-address = This link was not sent to that address. If you did not ask for it, do not use it: ask for a sign-in link of your own.
confirm-expired = That sign-in link has expired: links work for 20 minutes. Ask for a new one.
confirm-used = That sign-in link has already been used: each link works once. Ask for a new one.
confirm-not-recognised = That sign-in link is not recognised. Ask for a new one.
confirm-broken-title = Sign-in link not working
confirm-broken-heading = This sign-in link is not working
confirm-new-link = Ask for a new link
signed-in-new-account = Your account has been created and you are signed in. You can add your name on this page.
signed-in = You are signed in
