## A neighbourhood's page: its team, "How we're doing" (the Neighbourhood Policing Guarantee's
## figures), its local priorities and votes, "You said, we did" updates and what residents raised.

neighbourhood-title = { $name } neighbourhood team
neighbourhood-raise-concern = Raise a concern with this team
neighbourhood-team-title = Your team
# $officer is the officer's rank and name, in bold.
neighbourhood-contact-officer = Your named contact officer is { $officer }.
neighbourhood-no-team = The team's names have not been published here yet. Call 101 to reach them.
neighbourhood-contact-officer-tag = Contact officer
neighbourhood-surgeries-title = Meet the team: surgeries
neighbourhood-all-surgeries = See all surgeries
neighbourhood-calendar = Add this team's surgeries to your calendar
neighbourhood-calendar-hint = (a calendar feed your phone or computer can subscribe to)
neighbourhood-groups-title = Community groups
neighbourhood-groups-link = Community groups working with this team
neighbourhood-register-group = Register your group
neighbourhood-contact-title = Contact the team
neighbourhood-contact-call = Call 101 and ask for the { $name } neighbourhood team.
neighbourhood-contact-email = Email:
neighbourhood-contact-telephone = Telephone:
neighbourhood-contact-not-email = Do not use email to report a crime. In an emergency, call 999.
neighbourhood-area-title = The area
neighbourhood-no-map = A map of this neighbourhood is not available yet.

## What a signed-in resident has in this neighbourhood.

neighbourhood-yours-title = Yours in this neighbourhood
# $time is the day and time of the place booked; $reference is like BK-7K3M-Q9XD.
neighbourhood-yours-booking = Your place at a surgery on { $time } ({ $reference }):
neighbourhood-yours-booking-link = see or change your booking
# $question is the vote's question, as the team wrote it.
neighbourhood-yours-ballot = You voted in "{ $question }":
neighbourhood-yours-ballot-link = see the vote
neighbourhood-yours-following = You follow this neighbourhood: we email you when the team posts an update.
neighbourhood-yours-following-link = Change this in your account

## What residents have raised.

neighbourhood-raised-title = What residents have raised
neighbourhood-raised-none = No concerns have been raised in the last 3 months.
# $count is 5 or more: smaller counts are never shown exactly.
neighbourhood-raised-total = In the last 3 months, residents raised { $count } concerns.
neighbourhood-raised-fewer = In the last 3 months, residents raised fewer than { $fewest } concerns.
neighbourhood-raised-more = In the last 3 months, residents raised more than { $count } concerns.
neighbourhood-raised-caption = Concerns raised in the last 3 months, by kind
neighbourhood-raised-kind = Kind of concern
neighbourhood-raised-count = Raised
neighbourhood-raised-others = Other kinds
neighbourhood-raised-hint = Counts from 1 to 4 are shown as “fewer than 5”, and small kinds are counted together, so no figure points to a person.
# $date is when the concern was raised; $status is one of the neighbourhood-status- messages.
neighbourhood-raised-summary = Raised { $date }. { $status }
neighbourhood-status-received = Received
neighbourhood-status-replied = Replied
neighbourhood-status-under-review = Under review
neighbourhood-status-being-worked-on = Being worked on
neighbourhood-status-passed-to-partner = Passed to a partner
neighbourhood-status-closed = Closed
neighbourhood-problems-title = Problems the team is working on
# $stage is one of the neighbourhood-stage- messages, $meaning what it means.
neighbourhood-problem-stage = Stage: { $stage } ({ $meaning }). Last updated { $date }.
neighbourhood-problem-partners = Working on it with { $partners }.
neighbourhood-stage-scanning = Scanning
neighbourhood-stage-scanning-meaning = finding out what is happening, where and when
neighbourhood-stage-analysis = Analysis
neighbourhood-stage-analysis-meaning = working out why it happens, who is affected and who is responsible
neighbourhood-stage-response = Response
neighbourhood-stage-response-meaning = taking action, with partners
neighbourhood-stage-assessment = Assessment
neighbourhood-stage-assessment-meaning = checking whether the action worked
neighbourhood-raised-feed = Follow what residents raise here (Atom feed)

## Local priorities and votes.

neighbourhood-priorities-title = Local priorities
neighbourhood-priorities-none = The team has not published its priorities yet.
# $updated is priority-last-updated.
neighbourhood-priority-raised = Raised on { $date }. { $updated }.
neighbourhood-priority-no-action = No action recorded yet.
# $action is what the team wrote.
neighbourhood-priority-latest-action = Latest action: { $action }
neighbourhood-votes-title = Have your say: votes
neighbourhood-vote-open-until = Open until { $time }
neighbourhood-vote-closed = Closed on { $date }: see the results
neighbourhood-vote-open = Open

## A local priority's page.

priority-caption = A local priority in { $neighbourhood }
# $status is one of the priority-status- messages, $updated is priority-last-updated.
priority-summary = Raised by residents on { $date }. { $status }. { $updated }.
priority-status-open = Open
priority-status-action-under-way = Action under way
priority-status-resolved = Resolved
priority-status-retired = Retired
priority-last-updated = { $days ->
    [0] Last updated today
    [one] Last updated { $days } day ago
   *[other] Last updated { $days } days ago
}
priority-update-due = Update due
priority-actions-title = What the team has done
priority-no-actions = The team has not recorded an action yet.
priority-team-link = The { $neighbourhood } neighbourhood team

## "You said, we did" updates.

updates-title = You said, we did
updates-none = No updates have been published yet.
updates-you-said = You said
updates-we-did = We did
updates-result = The result
updates-next = What happens next
# $answers is a list of updates-answers- items, separated by updates-separator.
updates-answers = This answers { $answers }.
updates-answers-priority = the local priority “{ $name }”
updates-answers-vote = the vote “{ $name }”
updates-answers-problem = the problem “{ $name }”
updates-answers-concern = a concern a resident raised
updates-separator = {", "}
updates-edited = Updated on { $date }.
updates-pages = More updates
updates-newer = Newer updates
updates-older = Older updates
updates-page = Page { $page } of { $pages }
updates-feed = Follow the team's updates (Atom feed)

## Following.

follow-neighbourhood = Follow this neighbourhood
follow-priority = Follow this priority
follow-vote = Follow this vote
follow-problem = Follow this problem
follow-hint = We email you when the team updates it. Choose how often in your account. Community groups can follow it from their dashboard.

## The map of the area.

map-label = Map of the boundary of { $name }
map-caption = The area this team covers. North is at the top.

## Meetings a team recorded with a community group.

neighbourhood-meetings-none = No meetings have been recorded yet.
neighbourhood-meetings-date = Date
neighbourhood-meetings-team = Team
neighbourhood-meetings-attended = Attended
neighbourhood-meetings-notes = Notes
neighbourhood-meetings-priorities = Priorities discussed

## "How we're doing": the Neighbourhood Policing Guarantee's commitments, measured.

guarantee-title = How we're doing
guarantee-page-title = How we're doing: { $name } neighbourhood team
guarantee-lead = The Neighbourhood Policing Guarantee promises every neighbourhood a named officer you can contact, an answer to local concerns within 72 hours, local priorities published and kept up to date, and regular public meetings. These are the team's figures.
guarantee-computed = Figures computed on { $time }.
guarantee-disclosure = Counts of concerns, bookings and answers from 1 to 4 are shown as “fewer than 5”, and a share of residents’ answers or attendance is not shown when it, or the rest, is fewer than 5, so no figure points to a person. Shares are rounded down.
guarantee-panel-hint = The Neighbourhood Policing Guarantee's commitments to you, measured.
guarantee-panel-link = What these figures mean, in detail
guarantee-met = Met
guarantee-not-met = Not met
guarantee-measured = What is measured
guarantee-period = Period
# A count from 1 to 4, as the public sees it ($count is 5).
guarantee-fewer-than = fewer than { $count }
guarantee-share = { $share }%
guarantee-none-to-count = none to count
guarantee-too-few = too few to show
guarantee-now = Now
guarantee-from-to = { $from } to { $to }
guarantee-yes = Yes
guarantee-no = No
guarantee-contact-officer = Named contact officer
guarantee-contact-both = A named contact officer and the team's contact details are published.
guarantee-contact-no-details = A named contact officer is published, but no email address or telephone number for the team.
guarantee-contact-none = No named contact officer is published yet.
guarantee-contact-definition = A named officer residents can contact is published on this page, with the team's email address or telephone number.
guarantee-answered = Answered within 72 hours
# Each is a count, or "fewer than 5".
guarantee-answered-detail = { $in_time } answered within 72 hours, { $late } answered later, { $waiting } still waiting after 72 hours.
guarantee-answered-definition = Of the concerns raised in the last 90 days whose 72 hours have passed, the share the team first answered (or closed) within 72 hours, rounded down. The commitment is met at 90% or more.
guarantee-priorities = Priorities up to date
guarantee-priorities-figure = { $count ->
    [0] None published
    [one] 1 priority
   *[other] { $count } priorities
}
guarantee-priorities-none = The team has not published its priorities.
guarantee-priorities-updated = Every priority was updated in the last 3 months. The oldest update was { $days } days ago.
guarantee-priorities-due = { $due ->
    [one] 1 priority was
   *[other] { $due } priorities were
} not updated for 3 months. The oldest update was { $days } days ago.
guarantee-priorities-definition = The local priorities published now, and whether each was updated in the last 3 calendar months.
guarantee-meetings = Regular public meetings
guarantee-meetings-figure = { $count } held
# $next is guarantee-next-surgery or guarantee-no-next-surgery; $booked is a count, or
# "fewer than 5"; $attendance is one of the guarantee-attendance- messages.
guarantee-meetings-detail = { $surgeries ->
    [one] 1 surgery
   *[other] { $surgeries } surgeries
} and { $meetings ->
    [one] 1 meeting
   *[other] { $meetings } meetings
} with community groups. { $next } Places booked: { $booked }. Attendance: { $attendance }.
guarantee-next-surgery = The next surgery is on { $time }.
guarantee-no-next-surgery = No surgery is arranged yet.
guarantee-attendance-share = { $share }% of the bookings whose attendance was recorded
guarantee-attendance-none = not recorded
guarantee-attendance-few = too few recorded to show
guarantee-meetings-definition = Surgeries held (not cancelled) and meetings the team recorded with community groups in the last 3 months. The commitment is met when at least one was held.
guarantee-updates = You said, we did
guarantee-updates-figure = { $count } published
guarantee-updates-detail = Updates telling residents what the team did about what they raised.
guarantee-updates-definition = "You said, we did" updates published in the last 3 months.
guarantee-improved = Has it improved?
guarantee-improved-none = No answers yet
# $answers is the count, or "fewer than 5"; $count is the number to choose a plural form by
# (5 when there are fewer than 5).
guarantee-improved-answers = { $count ->
    [one] { $answers } answer
   *[other] { $answers } answers
}
# Each is a share like "66%", or guarantee-none-to-count, or guarantee-too-few.
guarantee-improved-detail = Yes: { $yes }. No: { $no }. Not sure: { $not_sure }.
guarantee-improved-definition = Residents' answers, once their concern was closed, to "has it improved?", given in the last 12 months. Shares are rounded down, and a share is not shown when it, or the rest, is fewer than 5 answers.
guarantee-messages = Messages to residents
guarantee-messages-figure = { $count } sent
# $useful is a share like "66%", or guarantee-none-to-count, or guarantee-too-few.
guarantee-messages-detail = Found useful by the residents who answered: { $useful }.
guarantee-messages-definition = Appeals, advice, warnings, news and events the team (or the force) sent to residents who follow the neighbourhood in the last 3 months, and the share of residents' answers to "Was this useful?" that said yes. A share is not shown when it, or the rest, is fewer than 5 answers.
guarantee-partners = Working with partners
guarantee-partners-figure = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}
guarantee-partners-detail = Local problems the team worked on with a partner organisation, such as the council or a housing association.
guarantee-partners-definition = Problems a partner organisation recorded an action on with the team in the last 12 months.

# Atom feeds. $neighbourhood is the team's area, $category a kind of concern, $stage one of the
# neighbourhood-stage- messages and $meaning what it means.
feed-concerns-title = What residents have raised in { $neighbourhood }
feed-concern-title = { $category }, raised { $date }
feed-problem-title = { $title } ({ $stage })
feed-problem-stage = Stage: { $stage }, { $meaning }.
feed-updates-title = You said, we did: { $neighbourhood }
feed-update-title = You said, we did: { $date }

## The confidence survey: four questions after the Crime Survey for England and Wales, asked of
## residents once a quarter, and their results on "How we're doing".
survey-invite = How do you feel about policing here? Answer four short questions
survey-title = How do you feel about policing in { $neighbourhood }?
survey-intro = Four short questions, asked of residents every three months. Your answers are added to other residents' and never kept with your name: we only note that you answered this quarter, so that everyone answers once.
# The three statements, and the question about feeling safe (also the headings of the results).
survey-understand = The police in this area understand the issues that affect this community
survey-deal = The police in this area deal with the things that matter to this community
survey-rely = The police in this area can be relied on to be there when you need them
survey-safe = How safe do you feel walking alone in this area after dark?
survey-strongly-agree = Strongly agree
survey-tend-to-agree = Tend to agree
survey-neither = Neither agree nor disagree
survey-tend-to-disagree = Tend to disagree
survey-strongly-disagree = Strongly disagree
survey-very-safe = Very safe
survey-fairly-safe = Fairly safe
survey-a-bit-unsafe = A bit unsafe
survey-very-unsafe = Very unsafe
survey-never-alone = I never walk alone after dark
survey-understand-missing = Select how far you agree that the police here understand the issues that affect this community
survey-deal-missing = Select how far you agree that the police here deal with the things that matter to this community
survey-rely-missing = Select how far you agree that the police here can be relied on to be there when you need them
survey-safe-missing = Select how safe you feel walking alone in this area after dark
survey-send = Send your answers
survey-thanks = Thank you: your answers are counted
survey-already = You have already answered this quarter, so these answers were not counted
# $date is the first day of the next quarter.
survey-answered = You have answered this quarter. Thank you. You can answer again from { $date }.
survey-see-results = See the results so far
survey-private = Only the number of residents who gave each answer is kept, for each neighbourhood and quarter. Results are shown once at least 10 residents have answered.
survey-results-title = Confidence and feeling safe
survey-results-intro = What residents told us in our short survey, each quarter. A quarter's results are shown once at least { $least } residents have answered.
# $first and $last are month names.
survey-quarter = { $first } to { $last } { $year }
survey-not-enough = Not enough answers yet: results are shown once at least { $least } residents have answered.
survey-so-far = This quarter is not over. Residents who have answered so far: { $count }. Its results are shown once it ends, if at least { $least } answered.
survey-sign-in-first = Sign in to answer, so that each resident answers once a quarter. Your answers are not kept with your name. You will come back to the questions once you are signed in.
survey-share-agree = { $share }% agree
survey-share-safe = { $share }% feel very or fairly safe
survey-safe-none = Too few of the residents who answered walk alone after dark to show a share
survey-answered-count = { $count ->
    [one] 1 resident answered
   *[other] { $count } residents answered
}
