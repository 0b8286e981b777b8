## The home page: "Find your neighbourhood policing team", and the ways in beside it.

find-title = Find your neighbourhood policing team
find-label = Enter your postcode
find-hint = We will show you your neighbourhood policing team. For example, B15 2TT. If you only know the first part, enter that, like B15.
find-button = Find your team
find-nothing-entered = Enter a postcode
find-not-a-postcode = Enter a full UK postcode, like B15 2TT, or the first part, like B15
find-unknown-postcode = We could not find the postcode { $postcode }. Check it and try again, or enter the first part, like B15
find-terminated-postcode = { $postcode } is no longer in use. Enter your current postcode, or the first part, like B15
find-no-team = We cannot match { $postcode } to a neighbourhood team yet. Call 101 and { $force } will put you through to your local team
find-unknown-district = We have no neighbourhoods for { $district }. Check it, or enter your full postcode
find-outside-force = { $postcode } is outside the { $force } area. Contact the police force for that area, or call 101
district-title = Neighbourhoods in { $district }
district-explained = { $district } is a postcode district. It touches these neighbourhoods.
district-lead = Choose yours, or enter your full postcode to go straight to your team.
district-search-again = Search for a different postcode
ways-meet-title = Meet your team
ways-meet-body = PCSOs and officers hold surgeries in libraries and community centres, where you can talk to them in person.
ways-meet-link = Find surgeries near you
ways-concern-title = Tell your team about something that worries you
ways-concern-link = Raise a concern with your neighbourhood team
ways-concern-body = : they reply within 72 hours. It is not for emergencies: in an emergency, call 999.
ways-votes-title = Have your say on local priorities
ways-votes-none = There are no votes open at the moment. Your neighbourhood's page shows its priorities and any votes to come.
ways-votes-open = Votes open now:
ways-vote-closes = { $neighbourhood } neighbourhood: closes on { $closes }
ways-votes-more = { $count ->
    [one] 1 more vote is open.
   *[other] { $count } more votes are open.
} Find your team to see your neighbourhood's.
ways-groups-title = Community groups
ways-groups-body = Residents' associations, Neighbourhood Watch schemes and other groups work with their team on local priorities.
ways-groups-link = Find or register a community group
