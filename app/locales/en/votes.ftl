## Priority votes as residents see them: the vote's page (with its results once it closes), and
## voting: confirming a postcode where the vote asks, choosing, checking, casting. The question
## and the options are the team's words, shown as they wrote them.

vote-recorded = Vote recorded
vote-thank-you = Thank you for voting
vote-have-your-say = { $neighbourhood }: have your say
vote-team-link = The { $neighbourhood } neighbourhood team
vote-opens = Voting opens on { $opens } and closes on { $closes }.
vote-open-until = Voting is open until { $closes }.
# How many options each person may choose, said beside "Voting is open until …".
vote-choose-limit = { $count ->
    [one] Choose one option.
   *[other] Choose up to { $count } options.
}
vote-open-to-any = Open to any signed-in resident.
vote-open-to-postcode = Open to residents who confirm a postcode in the neighbourhood.
vote-so-far = { $count ->
    [one] So far, { $count } person has voted online.
   *[other] So far, { $count } people have voted online.
}
vote-closed = Voting closed on { $closes }. These results are final.
# $choices: the options the resident chose, as the team wrote them, separated by commas.
vote-you-voted = You voted for: { $choices }.
vote-change-until-closes = You can change your vote until it closes: it is never counted twice.
vote-change-button = Change your vote
vote-button = Vote
vote-results = Results
vote-totals-so-far = Totals so far
vote-turnout = { $online ->
    [one] { $online } person voted online.
   *[other] { $online } people voted online.
}
vote-turnout-with-paper = { $online ->
    [one] { $online } person voted online
   *[other] { $online } people voted online
}, and { $paper ->
    [one] { $paper } person on paper.
   *[other] { $paper } people on paper.
}
# The bar chart's name for screen readers: "Results: Which should the team work on first?"
vote-chart-title = { $heading }: { $question }
vote-place = Place
vote-option = Option
vote-online = Online
vote-paper = Paper
vote-total = Total
# A place shared with other options: "1 (tied)".
vote-rank-tied = { $rank } (tied)
# $meetings: each meeting as the team named it, with its ballots: "Library meeting (12); Church hall (4)".
vote-paper-ballots = Paper ballots, counted apart by the team: { $meetings }.
vote-the-options = The options
vote-sign-in-to-vote = Sign in to vote: each person votes once. You will come back to the vote once you are signed in.
vote-back = Back
vote-continue = Continue
vote-select-limit = { $count ->
    [one] Select one option.
   *[other] Select up to { $count } options.
}
vote-choose-none = { $count ->
    [one] Select one option
   *[other] Select at least one option
}
vote-choose-too-many = { $count ->
    [one] Select one option only
   *[other] Select up to { $count } options
}
vote-choose-not-an-option = Select from the options shown
vote-postcode-title = Confirm you live in { $neighbourhood }
vote-postcode-why = This vote is for people who live in { $neighbourhood }. Your postcode is checked and then forgotten: it is not kept or shown.
vote-postcode-hint = For example, B15 2TT
vote-postcode-elsewhere = That postcode is not in { $neighbourhood }: this vote is for the neighbourhood's residents
vote-postcode-district = Enter your full postcode, like B15 2TT
vote-check-title = Check your vote
vote-voting-for = You are voting for
vote-change = Change
vote-change-hidden = your choices
vote-replaces = This replaces the vote you cast before: you are counted once.
vote-cast = Cast your vote
vote-has-closed = Voting has closed: your vote was not counted
