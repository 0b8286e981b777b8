## "Your account": what the portal holds about the resident and the controls over it; deleting
## the account; and stopping emails from the link in one.

account-title = Your account
account-email = Email address
account-name = Name
account-name-not-given = Not given
account-created = Account created
account-bookings = Your surgery bookings
account-no-bookings = You have no places booked at surgeries to come.
account-reference = Reference { $reference }
account-waiting = Waiting lists you are on
account-leave-waiting = Leave the waiting list
# Read by screen readers after "Leave the waiting list": $title is the surgery's title.
account-leave-waiting-for = for { $title }
account-concerns = Your concerns
account-no-concerns = You have not raised a concern.
# $category is one of the force's categories, as it wrote them ("Anti-social behaviour").
account-concern-what = { $category } in { $neighbourhood }
account-concern-received = Received
account-concern-replied = Replied
account-concern-under-review = Under review
account-concern-being-worked-on = Being worked on
account-concern-passed-to-partner = Passed to a partner
account-concern-closed = Closed
account-raise-concern = Raise a concern
account-groups = Your community groups
account-no-groups = You are not a member of a community group.
account-group-asked = Asked to join
account-group-organiser = Organiser
account-group-member = Member
# "Find a community group or register one": two links and the word between them.
account-find-group = Find a community group
account-find-or-register = or
account-register-group = register one
account-following = What you follow
account-following-none = You do not follow anything yet. You can follow a local priority or a vote from its page.
account-following-priority = Priority:
account-following-problem = Problem:
account-following-vote = Vote:
account-following-neighbourhood = Neighbourhood:
account-vote-results-published = Results published
account-vote-open = Open or upcoming
account-neighbourhood-priorities = { $count ->
    [one] { $count } current priority
   *[other] { $count } current priorities
}
account-stop-following = Stop following
account-alerts-legend = How often should we email you about changes to what you and your groups follow?
account-alerts-weekly = Once a week
account-alerts-weekly-hint = A summary each Monday of what the teams did the week before, only if anything changed.
account-alerts-immediate = As things happen
account-alerts-never = Never
account-alerts-missing = Select how often to hear about changes
account-alerts-saved = Your choice is saved
account-save = Save
account-update-emails = Emails about updates
account-update-emails-legend = Email me when the team publishes a "you said, we did" update on a concern I raised or a vote I voted in
account-yes = Yes
account-no = No
account-update-emails-missing = Select whether to get these emails
account-update-emails-on = You will be emailed about updates
account-update-emails-off = You will not be emailed about updates
account-change-name = Change your name
account-name-label = Your name (optional)
account-name-hint = Leave this blank to be shown as "a resident".
account-save-name = Save name
account-name-saved = Your name has been saved
account-name-too-long = Your name must be 80 characters or fewer
account-name-unprintable = Your name must only include letters, numbers, spaces and punctuation
account-your-data = Your data
account-download = Download all your data (JSON)
account-sign-out = Sign out
account-signed-out = You have signed out
account-left-waiting = You have left the waiting list
account-given-a-place = A place came free and was given to you from the waiting list just before you asked to leave it. Your booking is { $reference }. If you no longer need it, cancel it below so someone else can have it.
account-not-waiting = You are not on that waiting list
account-delete = Delete your account
account-delete-explained = This erases your email address and name. Anything you have published stays, shown as written by "a resident".
account-delete-sure = Are you sure you want to delete your account?
account-delete-erased = Your email address and name will be erased straight away, with the sign-in links and emails sent to you. This cannot be undone.
account-delete-published = Any places you have booked at surgeries still to come are cancelled and given back. Anything you have published stays on the website, shown as written by "a resident".
account-delete-groups = If you are the only member of a community group, the group closes. If it has other members, make one of them an organiser first.
account-delete-yes = Yes, delete my account
account-delete-no = No, go back to your account
# $groups: the groups' names as their organisers wrote them, joined by account-delete-groups-and.
account-delete-only-organiser = You are the only organiser of { $groups }. Make another member an organiser first, on the group's members page
# Joins two or more groups' names: "Calthorpe Residents and Harborne Watch".
account-delete-groups-and = { $first } and { $second }
account-deleted = Your account has been deleted
unsubscribe-alerts-title = Stop emails about what you follow
unsubscribe-updates-title = Stop emails about updates
unsubscribe-alerts-explained = You get an email about what changed on the priorities, problems, votes and neighbourhoods you and your community groups follow.
unsubscribe-updates-explained = You get an email when your neighbourhood team publishes a "you said, we did" update on a concern you raised or a vote you voted in.
unsubscribe-button = Stop these emails
unsubscribe-choose-again = You can choose again in your account at any time.
unsubscribe-your-account = Your account
unsubscribe-done = You will no longer get these emails
unsubscribe-not-recognised = That link is not recognised. Sign in to change which emails you get
