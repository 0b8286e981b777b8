## What every page shares: the header, the footer, the language switcher and form errors.

# Whether a native speaker has checked this language's translation: "yes" or "no". English is
# the original.
translation-reviewed = yes
translation-unchecked = This translation has not yet been checked by a native speaker. If something is unclear, { -english-link }.
-english-link = read this page in English
service-name = Neighbourhood policing
page-title = { $title } – Neighbourhood policing
skip-to-main = Skip to main content
nav-account = Account
nav-your-account = Your account
nav-sign-in = Sign in
nav-staff-dashboard = Staff dashboard
nav-your-sign-in = Your sign-in
nav-sign-out = Sign out
nav-language = Language
language-switch = Change language
footer-emergency = In an emergency, call 999. To report a crime or contact the police when it is not an emergency, call 101.
footer-groups = Community groups
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice
footer-open-data = Open data
footer-staff-sign-in = Staff sign in
error-summary-title = There is a problem
error-prefix = Error:
error-title = Error: { $title }
places-left = { $count ->
    [0] No places left
    [one] { $count } place left
   *[other] { $count } places left
}
not-found-title = Page not found
not-found-typed = If you typed the web address, check it is correct.
not-found-pasted = If you pasted the web address, check you copied the entire address.
forbidden-title = You do not have permission to see this page
forbidden-body = Your staff account does not give you access to this page. If you think it should, ask your force administrator.
forbidden-link = Go to your staff dashboard
fault-title = Sorry, there is a problem with the service
fault-try-later = Try again later.
fault-emergency = In an emergency, call 999. To contact the police when it is not an emergency, call 101.
charcount-up-to = You can enter up to { $count } characters
charcount-remaining = { $count ->
    [one] You have { $count } character remaining
   *[other] You have { $count } characters remaining
}
charcount-too-many = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}

# Names as one list ("A, B and C"): list-separator between all but the last two, and
# list-and before the last.
list-separator = { ", " }
list-and = { $first } and { $last }
