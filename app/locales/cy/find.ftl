## The home page: "Find your neighbourhood policing team", and the ways in beside it.

find-title = Dod o hyd i'ch tîm plismona yn y gymdogaeth
find-label = Rhowch eich cod post
find-hint = Byddwn yn dangos eich tîm plismona yn y gymdogaeth i chi. Er enghraifft, B15 2TT. Os mai dim ond y rhan gyntaf rydych chi'n ei gwybod, rhowch honno, fel B15.
find-button = Dod o hyd i'ch tîm
find-nothing-entered = Rhowch god post
find-not-a-postcode = Rhowch god post llawn yn y DU, fel B15 2TT, neu'r rhan gyntaf, fel B15
find-unknown-postcode = Nid oeddem yn gallu dod o hyd i'r cod post { $postcode }. Gwiriwch y cod post a rhowch gynnig arall arni, neu rhowch y rhan gyntaf, fel B15
find-terminated-postcode = Nid yw { $postcode } yn cael ei ddefnyddio mwyach. Rhowch eich cod post presennol, neu'r rhan gyntaf, fel B15
find-no-team = Ni allwn baru { $postcode } â thîm cymdogaeth eto. Ffoniwch 101 a bydd { $force } yn eich cysylltu â'ch tîm lleol
find-unknown-district = Nid oes gennym unrhyw gymdogaethau ar gyfer { $district }. Gwiriwch y cod post, neu rhowch eich cod post llawn
find-outside-force = Mae { $postcode } y tu allan i ardal { $force }. Cysylltwch â'r heddlu ar gyfer yr ardal honno, neu ffoniwch 101
district-title = Cymdogaethau yn { $district }
district-explained = Mae { $district } yn ardal cod post. Mae'n cyffwrdd â'r cymdogaethau hyn.
district-lead = Dewiswch eich cymdogaeth chi, neu rhowch eich cod post llawn i fynd yn syth at eich tîm.
district-search-again = Chwilio am god post gwahanol
ways-meet-title = Cwrdd â'ch tîm
ways-meet-body = Mae SCCH a swyddogion yr heddlu yn cynnal cymorthfeydd mewn llyfrgelloedd a chanolfannau cymunedol, lle gallwch siarad â nhw wyneb yn wyneb.
ways-meet-link = Dod o hyd i gymorthfeydd yn agos atoch chi
ways-concern-title = Rhoi gwybod i'ch tîm am rywbeth sy'n eich poeni
ways-concern-link = Codi pryder gyda'ch tîm cymdogaeth
ways-concern-body = : maen nhw'n ymateb o fewn 72 awr. Nid yw hyn ar gyfer argyfyngau: mewn argyfwng, ffoniwch 999.
ways-votes-title = Dweud eich barn am flaenoriaethau lleol
ways-votes-none = Nid oes unrhyw bleidleisiau ar agor ar hyn o bryd. Mae tudalen eich cymdogaeth yn dangos ei blaenoriaethau ac unrhyw bleidleisiau sydd i ddod.
ways-votes-open = Pleidleisiau sydd ar agor nawr:
ways-vote-closes = Cymdogaeth { $neighbourhood }: y dyddiad cau yw { $closes }
ways-votes-more = { $count ->
    [one] Mae { $count } bleidlais arall ar agor.
    [two] Mae { $count } bleidlais arall ar agor.
   *[other] Mae { $count } pleidlais arall ar agor.
} Dewch o hyd i'ch tîm i weld pleidleisiau eich cymdogaeth chi.
ways-groups-title = Grwpiau cymunedol
ways-groups-body = Mae cymdeithasau preswylwyr, cynlluniau Gwarchod Cymdogaeth a grwpiau eraill yn gweithio gyda'u tîm ar flaenoriaethau lleol.
ways-groups-link = Dod o hyd i grŵp cymunedol neu gofrestru grŵp
