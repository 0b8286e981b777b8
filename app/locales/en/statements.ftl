## The statements every page links to from its footer: accessibility, privacy and open data.
## Placeables such as { $session } or { $boundary } are code (a cookie's name, a JSON key, an
## HTTP header or status): they are shown as written, in English, in every language.

## The accessibility statement (/accessibility).

accessibility-title = Accessibility statement
accessibility-lead = This website is for residents to find their neighbourhood policing team and for police staff to keep it up to date. We want as many people as possible to be able to use it.
accessibility-able = You should be able to:
accessibility-able-no-javascript = use every page and form without JavaScript, and on a small screen
accessibility-able-zoom = zoom in up to 400% without the text spilling off the screen
accessibility-able-skip = get from the top of each page to its main content with one link
accessibility-able-keyboard = use every form with a keyboard alone, with any problems listed at the top of the page and next to the answer that needs changing
accessibility-able-screen-reader = use the website with a screen reader
accessibility-how-title = How accessible this website is
accessibility-aim = We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. We know some parts fall short:
accessibility-short-map = The map of a neighbourhood's area is a drawing of its boundary. Its text alternative names the area, but not the streets at its edge: call 101 if you are not sure which team covers your street.
accessibility-short-audit = We have not yet had the website checked by an accessibility auditor, or tested with people who use assistive technology.
accessibility-testing-title = How we tested this website
accessibility-testing = Every change to the website is tested before it is published. Automated tests open each page in the Chromium browser, with and without JavaScript, and check it against WCAG 2.2 levels A and AA with the axe-core checker. They also fill in and send each form, and check that problems are listed at the top of the page with the focus on them.
accessibility-reporting-title = Reporting a problem with this website
accessibility-reporting = If you find a problem that is not listed here, or need information from this website in a different format, tell us: contact your neighbourhood team by the details on their page, or call 101 and ask for them. Say which page it is and what went wrong.
accessibility-eass = If you are not happy with how we respond, contact the Equality Advisory and Support Service (EASS).
accessibility-preparation-title = Preparation of this statement
accessibility-prepared = This statement was prepared on 2 December 2026.

## The privacy notice (/privacy).

privacy-title = Privacy notice
privacy-lead = The police force that runs this website is responsible for the information it keeps. This page says what that is, why, and for how long.
privacy-postcodes-title = If you look up a postcode
privacy-postcodes = We do not keep the postcodes you look up. Our records of requests name the page, not the postcode typed.
privacy-sign-in-title = If you sign in
privacy-sign-in-keep = You sign in with your email address. We keep:
privacy-keep-email = your email address, and the name you give (if you give one), so we can sign you in and reply to you; we never publish them
privacy-keep-dates = when your account was made and when you last signed in
privacy-keep-links = the sign-in links we email you, as a code that cannot be turned back into the link, until a day after each expires
privacy-keep-emails = the emails we send you, for 30 days after they are sent, with the links in them removed
privacy-keep-language = the language you read the website in, so that our emails to you are in it too
privacy-account = On your account page you can download everything we hold about you, change your name, or delete your account. Deleting it erases your email address and name straight away, with the sign-in links and emails sent to you.
privacy-bookings-title = If you book a place at a surgery
privacy-bookings = We keep the time you booked, what you said you want to talk about and any help you asked for, so the neighbourhood team can prepare. Only that team sees them; they are never published. The surgery's page shows only how many places are left.
privacy-bookings-kept = Your bookings are in the data you can download. Deleting your account cancels the bookings still to come, giving the places to others, and erases what you wrote; the team keeps only that a place was booked.
privacy-cookies-title = Cookies
# $session, $stamp and $language are the cookies' names, portal_session, portal_session_stamp
# and portal_language.
privacy-cookies = We use three cookies. { $session } keeps you signed in and carries the messages a page shows after you send a form. { $stamp } holds a random number that changes whenever your session does, so our servers can tell whether the copy of your session they hold is the newest. These two are needed to sign in and keep a session, so we do not ask first. Your session ends when you sign out, after 7 days without a visit, or, for police staff, after 30 minutes without activity and at most 12 hours after signing in. { $language } remembers, for a year, the language you choose at the top of each page. It is set only when you choose one, and holds nothing else.
privacy-misuse-title = To stop misuse
privacy-misuse = To stop anyone asking for many sign-in links or guessing passwords, we count attempts, and delete the counts within a day. They name a coded form of the email or internet address that cannot be turned back into it.
privacy-staff-title = Police staff
privacy-staff = For staff accounts we keep your name, work email address, role and neighbourhoods, a coded form of your password that cannot be turned back into it, and the secret your authenticator app uses. Every change made through a staff account is recorded in an audit log, with who made it and when, so the force can account for what is published.
privacy-partners = People from partner organisations (such as a council or a housing association) have accounts of the same kind: we keep their name, work email address and organisation, a coded form of their password and their authenticator app's secret, and record every change they make in the same audit log.
privacy-rights-title = Your rights
privacy-rights = You can ask to see the information we hold about you, and ask us to correct or delete it. Residents can do most of this on their account page; for anything else, or to complain about how we use your information, call 101 and ask for the force's data protection officer. You can also complain to the Information Commissioner's Office.

## The open data API in words (/api). The calls' addresses are not translated.

open-data-title = Open data: the neighbourhood API
open-data-lead = Everything this website publishes about neighbourhoods and their teams can be read by other programs, free, with no account.
open-data-same-calls = The calls are the same as those of the national police data API at data.police.uk, and answer in the same form: a program written for that API works with this one by changing only the address it starts from.
open-data-calls-title = The calls
open-data-call-forces = The force, as a list of one: its id and name.
open-data-call-force = The force: its website, telephone number, description and ways of engaging with residents.
open-data-call-neighbourhoods = Every neighbourhood of the force, by name: its id and name.
open-data-call-neighbourhood = A neighbourhood: its description, centre, contact details, links and the venues where its team meets residents.
open-data-call-boundary = The neighbourhood's outline, as one closed ring of points.
open-data-call-people = The neighbourhood team, with the named contact officer first.
open-data-call-events = Surgeries and meetings still to come, soonest first, each with the page to book a place.
open-data-call-priorities = The neighbourhood's current priorities, each with the latest action the team has taken.
open-data-call-confidence = The confidence survey for the last four quarters that ended, as counts: how many answered, agreed with each statement and feel safe after dark (nothing where fewer than 10 answered).
open-data-call-partners = How many partner organisations work in the neighbourhood, and how many of the team's problems are shared with them or were worked with them in the last 12 months.
open-data-call-locate = The neighbourhood that a point (latitude, longitude) lies in.
open-data-call-postcode = A postcode's position and neighbourhood.
open-data-using-title = Using the API
open-data-json = Answers are JSON. Numbers such as positions are written as text, and dates as UK time with no time zone, as data.police.uk writes them.
# $status is "404 Not Found".
open-data-not-found = Ids are case-sensitive. Asking for a force, a neighbourhood or a point that is not there answers { $status }.
# $status is "429 Too Many Requests", $header "Retry-After".
open-data-rate-limit = Each program may make 15 requests a second, with bursts of up to 30. Beyond that it is answered { $status }, and told in { $header } how many seconds to wait.
# $etag and $modified are the headers "ETag" and "Last-Modified".
open-data-caching = Web pages on any site may read the answers. Each answer has an { $etag } and a { $modified } date, so a program can ask whether it has changed instead of fetching it again.
# The JSON keys "boundary", "locations", "people" and "events".
open-data-own-keys = Where the portal knows more than data.police.uk gives, it adds keys of its own and never changes theirs: a neighbourhood's whole boundary as GeoJSON (every part and hole) under { $boundary }, step-free access on { $locations }, the named contact officer on { $people }, and how to book on { $events }.
# Followed by a link to the OpenAPI document, then open-data-openapi-end.
open-data-openapi = The full description, for programs and tools that read OpenAPI:
open-data-openapi-link = the OpenAPI document
open-data-openapi-end = .
