## Surgeries and booking a place: finding surgeries, a surgery's page, booking (choose a time,
## check your booking), a resident's booking, and cancelling by the emailed link.
## $neighbourhood is a neighbourhood's name, $title a surgery's title (the team's words),
## $venue a venue's name, $place a venue's name and address, $when a date and times,
## $reference a booking reference like SRG-7K3M-Q9XD, $email the resident's email address.

## Finding surgeries (/surgeries).
surgery-search-title = Find a surgery near you
surgery-search-body = Surgeries are times when your neighbourhood team is at a library, school or community centre for you to talk to in person.
surgery-search-hint = For example, B15 2TT
surgery-search-button = Find surgeries
surgery-found-title = Surgeries in { $neighbourhood }
surgery-calendar-link = Add these surgeries to your calendar
surgery-team-link = The { $neighbourhood } neighbourhood team
surgery-search-again = Search for a different postcode

## A list of surgeries coming up (also on a neighbourhood's page).
surgery-list-none = No surgeries are planned at the moment. Contact the team to ask when the next one is.
surgery-list-drop-in = Drop in, no need to book
surgery-book-place = Book a place

## A surgery's page. The page's title is the surgery's title and its date and times.
surgery-page-title = { $title }, { $when }
surgery-team = { $neighbourhood } neighbourhood team
surgery-cancelled = This surgery has been cancelled.
surgery-over = This surgery has taken place.
surgery-drop-in = No need to book: drop in at any time while it is on.
# After surgery-drop-in, when the team has said how many people it expects.
surgery-expected = The team expects about { $count } people.
surgery-slots-title = Times and places left
surgery-slots-time = Time
surgery-slots-places = Places left
surgery-fully-booked = Fully booked
surgery-your-place = You have a place at this surgery.
surgery-your-place-link = See your booking { $reference }
surgery-all-booked = Every place has been booked. You can join a time's waiting list: if a place comes free, it goes to the first person waiting.
surgery-join-waiting-list = Join a waiting list
surgery-getting-there = Getting there
surgery-step-free = Step-free access.
surgery-not-step-free = This venue does not have step-free access throughout.
surgery-map-link = See { $venue } on OpenStreetMap
surgery-call-sooner = If you need to talk to the team sooner, call 101. In an emergency, call 999.
surgery-back-to-team = Back to the { $neighbourhood } neighbourhood team
# The kind of venue, under its address.
surgery-venue-library = Library
surgery-venue-school = School
surgery-venue-community-centre = Community centre
surgery-venue-place-of-worship = Place of worship
surgery-venue-front-counter = Police station front counter
surgery-venue-other = Other venue

## The rows of a summary of a surgery or booking.
summary-surgery = Surgery
summary-team = Team
summary-when = When
summary-time = Time
summary-where = Where
summary-reference = Reference
summary-topic = What you want to talk about
summary-adjustments = Help to take part
summary-status = Status
# When the resident asked for no help to take part.
summary-none = None

## Booking a place, step one: choose a time (/surgeries/{id}/book).
booking-sign-in = Sign in to book a place. You will come back to the booking once you are signed in.
booking-already-booked = You already have a place at this surgery, so you cannot book another. Your booking is below: you can change its time or cancel it.
booking-no-such-surgery = There is no such surgery.
booking-back = Back
booking-choose-time = Choose a time
booking-when-where = { $when }, at { $place }.
booking-time-legend = Time
booking-fully-booked-wait = Fully booked: choose it to join the waiting list
booking-topic-label = What would you like to talk about?
booking-topic-hint = A sentence is enough. Only the neighbourhood team sees this. Do not use this to report a crime.
booking-adjustments-label = Is there anything we can do to help you take part? (optional)
booking-adjustments-hint = For example, a hearing loop, an interpreter, or a quiet room.
booking-continue = Continue
booking-select-time = Select a time
booking-topic-missing = Say briefly what you would like to talk about
booking-topic-too-long = What you would like to talk about must be { $max } characters or fewer
booking-adjustments-too-long = Help to take part must be { $max } characters or fewer

## Booking a place, step two: check your booking, then confirm.
booking-check-title = Check your booking
# A link beside a row, followed by hidden words saying what it changes (for screen readers).
booking-change = Change
booking-change-time = the time
booking-change-topic = what you want to talk about
booking-change-adjustments = the help you need
booking-wait-email = This time is fully booked. You will join its waiting list: if a place comes free before the surgery, it is given to the first person waiting, and we email them at { $email }.
booking-confirm-email = We will email your confirmation, with a calendar file and a link to cancel, to { $email }.
booking-join-waiting-list = Join the waiting list
booking-confirm = Confirm booking
booking-complete = Booking complete
booking-waiting = You are on the waiting list. If a place comes free, it is yours and we will email you.
booking-slot-gone = The time you chose has just been fully booked. Choose another time.
booking-not-bookable = This surgery can no longer be booked: it may have been cancelled or have started.

## A resident's booking (/account/bookings/{reference}).
booking-title = Your booking { $reference }
booking-caption = Your booking
booking-your-reference = Your reference is
booking-emailed = We have emailed your confirmation, with a calendar file and a link to cancel.
booking-status-booked = Booked
booking-status-cancelled = Cancelled
booking-status-cancelled-by-team = Cancelled by the team
booking-surgery-link = See the surgery's page, with how to get there
booking-change-time-title = Change your time
booking-new-time = New time
booking-change-time-button = Change time
booking-cannot-come = Cannot come?
booking-cancel-so = Cancel so that someone else can have your place.
booking-cancel-button = Cancel this booking
booking-back-to-account = Back to your account
booking-cancel-sure = Are you sure you want to cancel this booking?
booking-cancel-sure-explained = Your place will go to the next person waiting, or back on offer. You can book again if there are places left.
booking-cancel-yes = Yes, cancel this booking
booking-cancel-no = No, keep my booking
booking-select-new-time = Select the new time
booking-time-changed = Your booking has moved to its new time. We have emailed you the details and a calendar update.
booking-same-time = That is already your time: select a different one
booking-slot-full = Sorry, the last place at that time has just gone: select another time
booking-too-late-to-move = This surgery has already started, so the time cannot change now
booking-cannot-move = This booking can no longer be moved

## Cancelling a booking (by the emailed link, or from the resident's booking).
booking-cancel-title = Cancel your booking
booking-cancel-explained = Your place will be given to someone else. You can book again if there are places left.
booking-cannot-cancel = This booking cannot be cancelled now: it is already cancelled, or the surgery has started.
booking-cancelled = Booking { $reference } has been cancelled. We have emailed you to confirm.
booking-already-cancelled = Booking { $reference } was already cancelled.
booking-too-late-to-cancel = This surgery has already started, so the booking cannot be cancelled now.
booking-cancel-link-unknown = That cancellation link is not recognised. Check you copied the whole link from the email.
