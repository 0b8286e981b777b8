## Community groups: the list, registering a group, its public page, its members' dashboard,
## organisers managing members, and accepting an invitation. Group names, descriptions and
## what the team wrote are shown as written, marked as English.

# The kinds of group, as the registration form offers them and the list shows them.
group-kind-residents-association = Residents' association
group-kind-neighbourhood-watch = Neighbourhood Watch
group-kind-faith-group = Faith group
group-kind-youth-group = Youth group
group-kind-tenants-association = Tenants' association
group-kind-business-association = Business association
group-kind-school-or-college = School or college
group-kind-other = Other community group

## The list of groups.

group-list-title = Community groups
group-list-title-in = Community groups in { $neighbourhood }
group-list-intro = Residents' associations, Neighbourhood Watch schemes, faith, youth, tenants' and business groups work with their neighbourhood teams. Each group here has been checked by its team or a moderator.
group-register-link = Register a group
group-list-none = No groups have been verified here yet.
# After a group's name in the list: its kind and the neighbourhoods it works in.
group-list-about = – { $kind }, { $neighbourhoods }
group-list-team-link = The { $neighbourhood } neighbourhood team

## Registering a group.

group-register-sign-in = Sign in to register a community group. You will come back to the form once you are signed in.
group-register-title = Register a community group
group-back = Back
group-register-intro = Once registered, you are the group's organiser: you can invite members, follow local priorities and put issues forward for the group. The group appears publicly once its neighbourhood team or a moderator has checked it.
group-register-privacy = Your name and email address are never shown publicly. People contact the group through a form, which is passed on to its organisers.
group-name-label = Group name
group-kind-legend = What kind of group is it?
group-neighbourhood-label = Which neighbourhood does the group work in?
group-neighbourhood-placeholder = Choose a neighbourhood
group-neighbourhood-other-label = Another neighbourhood (optional)
group-neighbourhood-none = None
group-description-label = What does the group do?
group-description-hint = Shown on the group's public page: who it is for, when and where it meets. Do not include anyone's contact details.
group-register-button = Register the group
# $unit is "minute" or "hour".
group-register-too-many = You can register up to 3 groups a day. { $unit ->
    [hour] Try again in { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }.
   *[minute] Try again in { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }.
}

## What is wrong with a registration or a message to a group.

group-name-missing = Enter the group's name
group-name-too-long = Name must be { $max } characters or fewer
group-name-markup = Write the name in plain words: remove anything that looks like web page code
group-name-invisible = The name must only include letters, numbers, spaces and punctuation
group-kind-missing = Choose what kind of group it is
group-neighbourhood-unknown = Choose neighbourhoods from the lists
group-neighbourhood-missing = Choose the neighbourhood your group works in
group-description-missing = Describe what your group does
group-description-too-long = What the group does must be { $max } characters or fewer
group-markup = Write in plain words: remove anything that looks like web page code, such as <b>
group-contact-name-missing = Enter your name
group-contact-name-too-long = Your name must be { $max } characters or fewer
group-contact-message-missing = Enter your message
group-contact-message-too-long = Your message must be { $max } characters or fewer

## Accepting an invitation.

group-joined-sign-in = You have joined the group. Sign in with the address the invitation was sent to, to see its dashboard.
group-joined = You have joined the group
group-invitation-not-valid = That invitation has been used or has expired. Ask the group's organiser for a new one
group-join-title = Join a community group
group-join-heading = Join { $group }
group-invited = You were invited to join { $group } as { $email }.
group-invitation-members = Members see everything the group follows and puts forward, and the team's responses. The group's organisers see your name and email address; nobody else does, and your name is shown publicly only if you choose.
group-join-button = Join the group
group-invitation-broken = This invitation link does not work
group-invitation-broken-why = It may have been used already, or it has expired: invitations work once, for 14 days. Ask the group's organiser to invite you again.

## A group's public page.

group-join-requested = Request sent: the group's organisers will approve it
group-join-already = You are already a member of this group, or have asked to join
group-join-not-open = You can ask to join once the group has been verified
group-contact-not-open = People can contact the group once it has been verified
group-contact-sent = Message sent: the group's organisers will reply to your email address
# $unit is "minute" or "hour".
group-contact-too-many = You have sent several messages already. { $unit ->
    [hour] Try again in { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }.
   *[minute] Try again in { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }.
}
group-registered = Group registered
# Followed by the reference, like GR-1234, on a line of its own.
group-registered-reference = Your reference is
group-registered-next = The neighbourhood team or a moderator will check the group. We will email you when it is verified; until then only you and the group's members can see this page.
group-status-pending = Waiting for verification: only the group's members and the staff who check groups can see this page.
# $reason is what the member of staff wrote.
group-status-declined = Not verified, so not public. The reason given: { $reason }
group-status-closed = Closed. { $reason }
group-works-in = Works in:
group-members-include = Members include { $names }.
group-dashboard-link = Go to the group's dashboard
group-staff-link = Verify the group or record a meeting (staff)
group-follows-title = What the group follows
group-follows-none = The group does not follow anything yet.
group-column-what = What
group-column-status = Status
# Before the title of something followed: "Priority: Speeding on Court Oak Road".
group-item-label = { $kind }:
group-submissions-title = Issues the group has put forward
group-submissions-none = The group has not put forward any issues yet.
group-column-issue = Issue
group-column-neighbourhood = Neighbourhood
group-column-put-forward = Put forward
group-join-asked = You have asked to join: the group's organisers will approve your request.
group-join-privacy = The group's organisers see your name and email address, to approve your request and to keep in touch. Nobody else does.
group-join-ask-button = Ask to join the group
# "Sign in to ask to join the group.", with "Sign in" a link: the words before and after it
# carry their own spaces ({ " " }).
group-join-sign-in-before = { "" }
group-join-sign-in-link = Sign in
group-join-sign-in-after = { " " }to ask to join the group.
group-join-section = Join the group
group-contact-title = Contact the group
group-contact-intro = Your message is passed on to the group's organisers by email, with your name and email address so they can reply. It does not go to the police: to report a crime, call 101, or 999 in an emergency.
group-contact-name = Your name
group-contact-email = Your email address
group-contact-message = Your message
group-contact-button = Send the message
group-all-link = All community groups

## What a group follows or put forward, on its page and its dashboard.

group-item-priority = Priority
group-item-problem = Problem
group-item-vote = Vote
group-item-neighbourhood = Neighbourhood
group-item-concern = Concern { $reference }
group-item-neighbourhood-title = { $neighbourhood } neighbourhood
group-event-raised = Put forward
group-event-set = Set
group-event-opened = Opened
group-event-status-changed = Status changed
group-event-reply = Team reply
group-event-group-reply = The group wrote
group-event-partner-reply = Partner reply
group-event-action = Action
group-event-update = You said, we did
group-event-closed = Voting closed
group-event-results = Results
# What a timeline says happened. What the team or the group wrote ($issue, $title, $question,
# $description, $text) is shown as written.
group-timeline-priority-set = Set as a local priority: { $issue }
# $status is one of the priority-status- messages.
group-timeline-priority-now = Now: { $status }
# $stage is one of the neighbourhood-stage- messages: a stage of the team's work on a problem.
group-timeline-stage-reached = Moved on to { $stage }
group-timeline-work-begun = The team began work on: { $title }
# $opens and $closes are dates with their times.
group-timeline-vote-announced = Vote announced: open from { $opens } to { $closes }
group-timeline-results-published = The results were published
group-timeline-made-priority = Made a local priority: { $issue }
group-timeline-new-priority = New local priority: { $issue }
group-timeline-new-vote = New vote: { $question }
# An update's next steps, after email-update-you-said and email-update-we-did.
group-timeline-next = Next: { $text }
group-timeline-proposed = { $description } (proposed for the next priority vote)

## A group's dashboard.

group-follow-offer-neighbourhood = New priorities, votes and updates in { $neighbourhood }
group-follow-priorities-in = Priorities in { $neighbourhood }
group-follow-problems-in = Problems in { $neighbourhood }
group-follow-votes-in = Votes in { $neighbourhood }
group-follow-sign-in = Sign in to follow what your neighbourhood team does.
group-follow-organisers-only = Only the group's organisers choose what it follows
group-follow-choose = Choose something to follow
# $kind is priority, problem, vote or neighbourhood.
group-now-following = { $kind ->
    [priority] Now following the priority
    [problem] Now following the problem
    [vote] Now following the vote
   *[neighbourhood] Now following the neighbourhood
}
group-already-following = Already following it
group-cannot-follow = That cannot be followed
group-unfollowed = No longer following it
group-choices-saved = Your choices are saved
group-left = You have left the group
group-not-member = You are not a member of that group
group-only-organiser = You are the group's only organiser. Make another member an organiser before you leave
group-dashboard-title = { $group }: dashboard
group-public-page-link = The group's public page
group-dashboard-heading = What the team has done on what the group follows
# In bold, followed by group-stale-rest: "2 items have had no update from the team for 3 months or more."
group-stale-count = { $count ->
    [one] { $count } item has
   *[other] { $count } items have
}
group-stale-rest = { $count ->
    [one] had no update from the team for 3 months or more.
   *[other] had no update from the team for 3 months or more.
}
group-dashboard-none = The group does not follow anything yet, and has not put forward any issues.
group-dashboard-caption = Everything the group follows or put forward
group-column-last-response = Last response
group-column-days = Days since the team updated it
group-stale-tag = No update for 3 months
group-none-yet = None yet
# What the team last did, and its date: "Team reply, Monday 7 December 2026".
group-last-response = { $what }, { $date }
group-download = Download the group's record (CSV)
group-timelines = Timelines
group-stop-following = Stop following
# Under an item's heading: its neighbourhood and its status.
group-item-where = { $neighbourhood }. { $status }.
# A timeline entry's heading: its date and time, and what happened.
group-event-when = { $when } – { $what }
group-follow-heading = Follow something
group-follows-everything = The group follows everything its neighbourhoods have.
group-follow-label = What should the group follow?
group-follow-placeholder = Choose a priority, problem, vote or neighbourhood
group-follow-button = Follow
group-put-forward-heading = Put an issue forward
group-put-forward-intro = An issue you put forward becomes a concern from the group: the team replies within 72 hours, and replies go to every organiser. You can propose it for the next priority vote.
group-put-forward-link = Put an issue forward to the { $neighbourhood } team
group-put-forward-not-verified = You can put issues forward once the group has been verified.
group-manage-members = Manage members and invite people
group-meetings-heading = Meetings with the team
group-your-choices = Your choices
# $alerts is weekly, immediate or none.
group-alerts = Emails about changes: { $alerts ->
    [weekly] once a week
    [immediate] as things happen
   *[none] never
}.
group-change-alerts = Change how often you hear
group-show-name = Show my name on the group's public page
group-save-choices = Save your choices
group-leave = Leave the group

## Organisers managing members.

group-invite-email-missing = Enter their email address
group-invite-sent = Invitation sent to { $email }
group-invite-already-member = That person is already a member
group-invite-not-organiser = Only organisers can invite people
group-invite-not-verified = You can invite people once the group has been verified
# $unit is "minute" or "hour".
group-invite-too-many = You have sent many invitations in the last hour. { $unit ->
    [hour] Try again in { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }.
   *[minute] Try again in { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }.
}
group-member-approved = Request approved
group-member-refused = Request refused
group-member-made-organiser = They are now an organiser
group-member-made-member = They are now a member
group-member-removed = Member removed
group-members-not-organiser = Only organisers can change members
group-members-not-now = That member or request has already changed. Check the list again
group-members-last-organiser = The group must keep an organiser: make another member an organiser first
group-members-title = { $group }: members
group-back-to-dashboard = Back to the dashboard
group-members = Members
group-requests = Asking to join
group-requests-none = Nobody is waiting.
group-column-who = Who
group-column-asked = Asked
group-column-decide = Decide
group-column-role = Role
group-column-joined = Joined
group-column-change = Change
group-approve = Approve
group-refuse = Refuse
group-make-member = Make a member
group-make-organiser = Make an organiser
group-remove = Remove
group-role-organiser = Organiser
group-role-member = Member
# A member's name (and address) in the list, when it is the organiser looking at it.
group-member-you = { $who } (you)
group-invite-heading = Invite someone
group-invite-intro = We email them a link that works once, for 14 days. Only the group's organisers see members' addresses.
group-invite-email-label = Their email address
group-invite-button = Send the invitation
group-no-such-group = There is no such group.
