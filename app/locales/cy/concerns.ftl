## Raising a concern and following it: where it is, the form, checking it and sending it, the
## resident's page for it, and the panel that says the portal is not for emergencies.

# The panel before and after raising a concern. "report-crime", the link and "report-crime-end"
# make one sentence: "To report a crime, call 101 or [report it online on the … website]."
concern-warning = Rhybudd:
concern-not-for-emergencies = Nid yw hyn ar gyfer argyfyngau nac ar gyfer rhoi gwybod am drosedd.
concern-emergency-999 = Os oes trosedd yn digwydd nawr neu os oes rhywun mewn perygl, ffoniwch 999.
concern-report-crime = I roi gwybod am drosedd, ffoniwch 101 neu
concern-report-online = rhowch wybod amdani ar-lein ar wefan { $force }
concern-report-crime-end = .
concern-report-crime-no-site = I roi gwybod am drosedd, ffoniwch 101 neu rhowch wybod amdani ar wefan yr heddlu.
concern-deaf = Os ydych chi'n fyddar neu'n drwm eich clyw, anfonwch neges destun i 999 ar ôl cofrestru gydag emergencySMS, neu defnyddiwch ffôn testun 18000.

# Where is it? (/concerns/new)
concern-start-title = Codi pryder gyda'ch tîm cymdogaeth
concern-start-intro = Dywedwch wrth eich tîm cymdogaeth am rywbeth lleol sy'n eich poeni: ymddygiad gwrthgymdeithasol, goryrru, delio cyffuriau, lôn gefn dywyll. Byddan nhw'n ymateb o fewn 72 awr, a gallwch weld bob amser beth ddigwyddodd iddo.
concern-start-hint = Cod post y lle rydych chi'n poeni amdano, neu eich cod post chi. Er enghraifft, B15 2TT.
concern-continue = Parhau
concern-back = Yn ôl

# The concern form.
concern-sign-in-first = Mewngofnodwch i godi pryder, fel y gall y tîm ymateb i chi. Byddwch yn dod yn ôl ato ar ôl mewngofnodi.
concern-no-such-neighbourhood = Nid oes cymdogaeth o'r fath.
concern-pin-placed = Mae pin ar y map lle dewisoch chi. Dewiswch y map eto i'w symud, neu ewch ymlaen â'r ffurflen.
concern-choose-listed-group = Dewiswch chi eich hun neu un o'r grwpiau a restrir
concern-choose-who = Dewiswch ar ran pwy rydych chi'n codi'r pryder hwn
concern-moved = Mae'r lle hwnnw yng nghymdogaeth { $name }, felly bydd eich pryder yn mynd i dîm { $name }. Rydym wedi symud yr hyn a ysgrifennoch i'w ffurflen nhw: gwiriwch ef a pharhewch. Nid oes dim wedi'i anfon eto.
concern-place-outside = Mae'r lle hwnnw y tu allan i ardal yr heddlu hwn: cysylltwch â'r heddlu ar gyfer yr ardal honno, neu ffoniwch 101
concern-place-unknown-postcode = Nid oeddem yn gallu dod o hyd i'r cod post hwnnw. Gwiriwch ef, neu disgrifiwch y lle yn lle hynny, fel stryd neu dirnod
concern-raise-title = Codi pryder yn { $name }
concern-team-caption = Tîm cymdogaeth { $name }
concern-raise-heading = Codi pryder
concern-who-legend = Ar ran pwy rydych chi'n codi'r pryder hwn?
concern-for-myself = Fi fy hun
concern-for-myself-hint = Bydd ymatebion yn dod atoch chi.
# $group is the group's name, as its organisers wrote it.
concern-for-group = { $group } (grŵp rydych chi'n ei drefnu)
concern-for-group-hint = Caiff y pryder ei gyflwyno ar ran y grŵp, a bydd ymatebion yn mynd at ei holl drefnwyr.
concern-propose = Ar gyfer grŵp: ei gynnig fel dewis yn y bleidlais nesaf ar flaenoriaethau
concern-where-label = Ble mae'n digwydd?
concern-where-hint = Stryd, tirnod (y parc ar Court Oak Road) neu god post.
concern-kind-legend = Pa fath o bryder yw e?
concern-what-label = Beth sy'n digwydd?
concern-what-hint = Dywedwch wrthym beth rydych chi wedi'i weld neu beth sy'n eich poeni. Peidiwch â chynnwys eich enw chi nac enw neb arall.
concern-when-label = Pryd mae'n digwydd? (dewisol)
concern-when-hint = Er enghraifft, y rhan fwyaf o nosweithiau ar ôl 9yh, neu ar brynhawn dydd Sadwrn.
concern-summary-legend = A gaiff crynodeb o'ch pryder ei ddangos yn gyhoeddus?
concern-summary-hint = Ni fydd eich enw a'ch manylion cyswllt byth yn cael eu cyhoeddi.
concern-summary-yes = Caiff
concern-summary-no = Na chaiff
concern-summary-yes-hint = Bydd cymedrolwr yn ysgrifennu crynodeb byr, heb eich enw nac unrhyw beth a allai ddangos pwy ydych chi, a chaiff ei ddangos ar dudalen y gymdogaeth.
concern-summary-no-hint = Dim ond tîm y gymdogaeth fydd yn ei weld.

# The map a pin is placed on, on the concern form (the PinMap island). $name is the
# neighbourhood's name.
concern-pin-map-hint = Gallwch hefyd ddangos ble mae'n digwydd: dewiswch le ar y map i roi pin yno, neu i'w symud.
concern-pin-map-alt = Map o { $name }: dewiswch le i roi pin yno
concern-pin-map-placed = Mae pin ar y map.
concern-pin-map-none = Nid oes pin wedi'i osod.
concern-pin-map-remove = Tynnu'r pin

# What is wrong with what was typed. "where-name" names the field in "too-long".
concern-where-name = Ble mae'n digwydd
concern-where-missing = Rhowch ble mae'n digwydd: stryd, tirnod neu god post
concern-kind-missing = Dewiswch pa fath o bryder yw e
concern-what-missing = Dywedwch wrthym beth sy'n digwydd
concern-what-too-short = Dywedwch ychydig mwy wrthym: o leiaf { $least } nod
concern-summary-missing = Dewiswch a gaiff crynodeb ei ddangos yn gyhoeddus
concern-pin-again = Rhowch y pin ar y map eto
# $label is what the field is called ("What is happening"); $max a number of characters.
concern-too-long = Rhaid i "{ $label }" fod yn { $max } nod neu lai
concern-plain-words = Ysgrifennwch mewn geiriau plaen: tynnwch unrhyw beth sy'n edrych fel cod tudalen we, fel <b>

# The rows of "Check your concern" and of the resident's page for it.
concern-row-raised-for = Wedi'i godi ar ran
concern-row-where = Ble
concern-row-kind = Math o bryder
concern-row-what = Beth sy'n digwydd
concern-row-when = Pryd mae'n digwydd
concern-row-summary = Crynodeb cyhoeddus
concern-row-replies-to = Ymatebion yn mynd i
concern-row-status = Statws
concern-row-improved = A yw wedi gwella?

# Check your concern. Each "Change" link is followed, for screen readers, by what it changes.
concern-check-title = Gwirio eich pryder
concern-change = Newid
concern-change-who = ar ran pwy mae'r pryder
concern-change-where = ble mae'n digwydd
concern-change-kind = y math o bryder
concern-change-what = beth sy'n digwydd
concern-change-when = pryd mae'n digwydd
concern-change-summary = a gaiff crynodeb ei ddangos
# After the group's name.
concern-replies-to-organisers = (ymatebion yn mynd at ei drefnwyr)
concern-replies-to-organisers-proposed = (ymatebion yn mynd at ei drefnwyr), wedi'i gynnig ar gyfer y bleidlais nesaf ar flaenoriaethau
# After the place the resident typed.
concern-with-pin = (gyda phin ar y map)
concern-not-given = Heb ei roi
concern-check-summary-yes = Caiff, ar ôl i gymedrolwr ei wirio
concern-check-summary-no = Na chaiff
concern-check-reply = Bydd y tîm yn ymateb o fewn 72 awr. Ni fydd eich enw a'ch manylion cyswllt byth yn cael eu cyhoeddi.
concern-send = Anfon eich pryder
concern-no-longer-organiser = Nid ydych chi'n trefnu { $group } yma mwyach. Newidiwch ar ran pwy mae'r pryder
concern-sent = Pryder wedi'i anfon
# A noun after a number stays singular in Welsh; "pryder" and "munud" take a soft mutation
# after two ("2 bryder", "2 funud").
concern-too-many = Gallwch godi hyd at { $limit ->
    [one] { $limit } pryder
    [two] { $limit } bryder
   *[other] { $limit } pryder
} y dydd. { $unit ->
    [hour] Rhowch gynnig arall arni ymhen { $count } awr.
   *[minute] Rhowch gynnig arall arni ymhen { $count ->
        [one] { $count } munud
        [two] { $count } funud
       *[other] { $count } munud
    }.
}

# The resident's page for their concern (/account/concerns/{reference}).
concern-your-concern-title = Eich pryder { $reference }
concern-your-reference = Eich cyfeirnod yw
concern-emailed = Rydym wedi anfon e-bost atoch i ddweud ein bod wedi'i gael.
concern-reply-by = Bydd y tîm yn ymateb erbyn { $time }
concern-reply-by-sentence = Bydd y tîm yn ymateb erbyn { $time }.
concern-back-to-account = Yn ôl i'ch cyfrif
concern-status-with-reason = { $status }: { $reason }
concern-public-summary-none = Heb ei ddangos: gofynnoch chi mai dim ond y tîm fyddai'n ei weld
concern-public-summary-pending = Yn aros i gymedrolwr ei wirio
concern-public-summary-approved = Wedi'i ddangos ar dudalen y gymdogaeth, heb eich enw
concern-public-summary-rejected = Heb ei ddangos: penderfynodd cymedrolwr na ddylid ei gyhoeddi
concern-timeline-title = Beth sydd wedi digwydd
concern-timeline-nothing = Dim byd eto: bydd y tîm yn ymateb o fewn 72 awr.
# Who wrote or did it, and when: "The team, Saturday 5 December 2026 at 10:15am".
concern-timeline-when = { $who }, { $time }
concern-timeline-team = Y tîm
concern-timeline-you = Chi
concern-timeline-reopened = Wedi ailagor y pryder
# Followed by what the resident wrote.
concern-timeline-reopened-why = Wedi ailagor y pryder:
# A change of status, followed by who it was passed to or the local problem it is part of.
concern-timeline-status = { $status }:
concern-write-title = Ysgrifennu at y tîm
concern-your-message = Eich neges
concern-write-hint = Bydd y tîm yn cael e-bost i ddweud eich bod wedi ysgrifennu.
concern-send-message = Anfon neges
concern-write-missing = Ysgrifennwch eich neges at y tîm
concern-message-sent = Mae eich neges wedi'i hanfon at y tîm
concern-closed-reopen-to-write = Mae'r pryder hwn wedi'i gau: ailagorwch ef i ysgrifennu at y tîm
concern-too-many-messages = Rydych chi wedi anfon { $limit } neges am y pryder hwn heddiw. Bydd y tîm yn eu darllen ac yn ymateb. { $unit ->
    [hour] Rhowch gynnig arall arni ymhen { $count } awr.
   *[minute] Rhowch gynnig arall arni ymhen { $count ->
        [one] { $count } munud
        [two] { $count } funud
       *[other] { $count } munud
    }.
}
# The answers to "Since you raised it, have things improved?".
concern-improved-choice-yes = Ydyn
concern-improved-choice-no = Nac ydyn
concern-not-sure = Ddim yn siŵr
concern-improved-legend = Ers i chi ei godi, a yw pethau wedi gwella?
concern-send-answer = Anfon ateb
concern-select-improved = Dewiswch a yw pethau wedi gwella
concern-thanks = Diolch am roi gwybod i ni
concern-improved-once = Gallwch ddweud unwaith a yw pethau wedi gwella, ar ôl i'r pryder gael ei gau
concern-reopen-title = Ailagor eich pryder
concern-reopen-body = Os yw'n dal i ddigwydd, gallwch ei ailagor am 28 diwrnod ar ôl iddo gael ei gau.
concern-reopen-label = Beth sy'n dal i ddigwydd? (dewisol)
concern-still-happening = Beth sy'n dal i ddigwydd
concern-reopen-button = Ailagor y pryder
concern-reopened = Mae eich pryder wedi'i ailagor: mae'r tîm wedi cael gwybod
concern-reopen-too-late = Gellir ailagor pryder am 28 diwrnod ar ôl iddo gael ei gau

# A concern's status: its short name (tags, lists) and as the resident's page explains it.
concern-status-received = Wedi dod i law
concern-status-replied = Wedi ymateb
concern-status-under-review = Yn cael ei adolygu
concern-status-being-worked-on = Yn cael sylw
concern-status-passed-to-partner = Wedi'i drosglwyddo i bartner
concern-status-closed = Wedi cau
concern-status-words-received = Wedi dod i law: bydd y tîm yn ymateb o fewn 72 awr
concern-status-words-replied = Mae'r tîm wedi ymateb
concern-status-words-under-review = Mae'r tîm yn ymchwilio iddo
concern-status-words-being-worked-on = Mae'r tîm yn gweithio arno fel rhan o broblem leol
concern-status-words-passed-to-partner = Wedi'i drosglwyddo i bartner sy'n gallu gweithredu arno
concern-status-words-closed = Wedi cau
# Why a concern was closed, after "Closed: ".
concern-close-action-taken = cymerwyd camau
concern-close-no-further-action = dim camau pellach
concern-close-not-a-police-matter = nid yw'n fater i'r heddlu
concern-close-duplicate = yr un fath â phryder arall
concern-close-duplicate-of = yr un fath â phryder arall, { $reference }
# The resident's answer to "Has it improved?".
concern-improved-yes = Ydy, mae wedi gwella
concern-improved-no = Nac ydy, nid yw wedi gwella

## Partner organisations the team passed the concern to. $organisation is one's name.

concern-partners-title = Partneriaid sy'n gweithio arno
concern-partners-intro = Mae'r tîm wedi trosglwyddo eich pryder i'r sefydliadau hyn, sy'n gallu gweithredu arno. Maen nhw'n gweld yr hyn a ysgrifennoch a gallant ymateb i chi yma. Dim ond os ydych yn cytuno y byddan nhw'n gweld eich enw a'ch cyfeiriad e-bost.
concern-partners-group = Maen nhw'n gweld enw'r grŵp, byth eich enw chi.
concern-partner-yes = Gadael i { $organisation } weld fy enw a'm cyfeiriad e-bost
concern-partner-no = Cadw fy enw a'm cyfeiriad e-bost rhag { $organisation }
concern-partner-given = Gall { $organisation } weld eich enw a'ch cyfeiriad e-bost.
concern-partner-refused = Ni all { $organisation } weld eich enw na'ch cyfeiriad e-bost.
concern-partner-asked = Nid ydych wedi ateb eto: ni all { $organisation } weld eich enw na'ch cyfeiriad e-bost.
concern-partner-saved = Mae eich ateb wedi'i gadw
concern-partner-not-now = Nid oedd modd cadw eich ateb: ni chafodd eich pryder ei drosglwyddo i'r sefydliad hwnnw
