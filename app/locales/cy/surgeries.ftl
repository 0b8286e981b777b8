## Cymorthfeydd a chadw lle: chwilio, tudalen cymhorthfa, cadw lle, archeb preswylydd, a chanslo.

## Chwilio am gymorthfeydd (/surgeries).
surgery-search-title = Dod o hyd i gymhorthfa yn agos atoch chi
surgery-search-body = Cymorthfeydd yw adegau pan fydd eich tîm cymdogaeth mewn llyfrgell, ysgol neu ganolfan gymunedol er mwyn i chi siarad â nhw wyneb yn wyneb.
surgery-search-hint = Er enghraifft, B15 2TT
surgery-search-button = Dod o hyd i gymorthfeydd
surgery-found-title = Cymorthfeydd yn { $neighbourhood }
surgery-calendar-link = Ychwanegu'r cymorthfeydd hyn at eich calendr
surgery-team-link = Tîm cymdogaeth { $neighbourhood }
surgery-search-again = Chwilio am god post gwahanol

## Rhestr o gymorthfeydd sydd i ddod.
surgery-list-none = Nid oes unrhyw gymorthfeydd wedi'u trefnu ar hyn o bryd. Cysylltwch â'r tîm i ofyn pryd fydd yr un nesaf.
surgery-list-drop-in = Galw heibio, dim angen cadw lle
surgery-book-place = Cadw lle

## Tudalen cymhorthfa.
surgery-page-title = { $title }, { $when }
surgery-team = Tîm cymdogaeth { $neighbourhood }
surgery-cancelled = Mae'r gymhorthfa hon wedi'i chanslo.
surgery-over = Mae'r gymhorthfa hon wedi'i chynnal.
surgery-drop-in = Dim angen cadw lle: galwch heibio unrhyw bryd tra bydd hi'n cael ei chynnal.
surgery-expected = Mae'r tîm yn disgwyl tua { $count } o bobl.
surgery-slots-title = Amseroedd a lleoedd ar ôl
surgery-slots-time = Amser
surgery-slots-places = Lleoedd ar ôl
surgery-fully-booked = Llawn
surgery-your-place = Mae gennych chi le yn y gymhorthfa hon.
surgery-your-place-link = Gweld eich archeb { $reference }
surgery-all-booked = Mae pob lle wedi'i gadw. Gallwch ymuno â rhestr aros ar gyfer amser: os daw lle ar gael, bydd yn mynd i'r person cyntaf sy'n aros.
surgery-join-waiting-list = Ymuno â rhestr aros
surgery-getting-there = Cyrraedd yno
surgery-step-free = Mynediad heb risiau.
surgery-not-step-free = Nid oes mynediad heb risiau drwy'r lleoliad hwn i gyd.
surgery-map-link = Gweld { $venue } ar OpenStreetMap
surgery-call-sooner = Os oes angen i chi siarad â'r tîm yn gynt, ffoniwch 101. Mewn argyfwng, ffoniwch 999.
surgery-back-to-team = Yn ôl at dîm cymdogaeth { $neighbourhood }
surgery-venue-library = Llyfrgell
surgery-venue-school = Ysgol
surgery-venue-community-centre = Canolfan gymunedol
surgery-venue-place-of-worship = Addoldy
surgery-venue-front-counter = Desg flaen gorsaf heddlu
surgery-venue-other = Lleoliad arall

## Rhesi crynodeb cymhorthfa neu archeb.
summary-surgery = Cymhorthfa
summary-team = Tîm
summary-when = Pryd
summary-time = Amser
summary-where = Ble
summary-reference = Cyfeirnod
summary-topic = Beth rydych chi eisiau siarad amdano
summary-adjustments = Help i gymryd rhan
summary-status = Statws
summary-none = Dim

## Cadw lle, cam un: dewis amser.
booking-sign-in = Mewngofnodwch i gadw lle. Byddwch yn dod yn ôl i'r archeb ar ôl i chi fewngofnodi.
booking-already-booked = Mae gennych chi le yn y gymhorthfa hon yn barod, felly ni allwch gadw lle arall. Mae eich archeb isod: gallwch newid ei hamser neu ei chanslo.
booking-no-such-surgery = Nid oes cymhorthfa o'r fath.
booking-back = Yn ôl
booking-choose-time = Dewis amser
booking-when-where = { $when }, yn { $place }.
booking-time-legend = Amser
booking-fully-booked-wait = Llawn: dewiswch yr amser hwn i ymuno â'r rhestr aros
booking-topic-label = Am beth yr hoffech chi siarad?
booking-topic-hint = Mae brawddeg yn ddigon. Dim ond y tîm cymdogaeth sy'n gweld hyn. Peidiwch â defnyddio hwn i roi gwybod am drosedd.
booking-adjustments-label = Oes unrhyw beth y gallwn ei wneud i'ch helpu i gymryd rhan? (dewisol)
booking-adjustments-hint = Er enghraifft, dolen sain, cyfieithydd, neu ystafell dawel.
booking-continue = Parhau
booking-select-time = Dewiswch amser
booking-topic-missing = Dywedwch yn fyr am beth yr hoffech chi siarad
booking-topic-too-long = Rhaid i'r hyn yr hoffech chi siarad amdano fod yn { $max } nod neu lai
booking-adjustments-too-long = Rhaid i'r help i gymryd rhan fod yn { $max } nod neu lai

## Cadw lle, cam dau: gwirio a chadarnhau.
booking-check-title = Gwirio eich archeb
booking-change = Newid
booking-change-time = yr amser
booking-change-topic = beth rydych chi eisiau siarad amdano
booking-change-adjustments = yr help sydd ei angen arnoch chi
booking-wait-email = Mae'r amser hwn yn llawn. Byddwch yn ymuno â'i restr aros: os daw lle ar gael cyn y gymhorthfa, bydd yn cael ei roi i'r person cyntaf sy'n aros. Os mai chi yw hwnnw, byddwn yn anfon e-bost atoch chi yn { $email }.
booking-confirm-email = Byddwn yn anfon eich cadarnhad, gyda ffeil calendr a dolen i ganslo, i { $email }.
booking-join-waiting-list = Ymuno â'r rhestr aros
booking-confirm = Cadarnhau'r archeb
booking-complete = Archeb wedi'i chwblhau
booking-waiting = Rydych chi ar y rhestr aros. Os daw lle ar gael, chi fydd yn ei gael a byddwn yn anfon e-bost atoch chi.
booking-slot-gone = Mae'r amser a ddewisoch chi newydd fynd yn llawn. Dewiswch amser arall.
booking-not-bookable = Nid oes modd cadw lle yn y gymhorthfa hon mwyach: efallai ei bod wedi'i chanslo neu wedi dechrau.

## Archeb preswylydd.
booking-title = Eich archeb { $reference }
booking-caption = Eich archeb
booking-your-reference = Eich cyfeirnod yw
booking-emailed = Rydym wedi anfon eich cadarnhad drwy e-bost, gyda ffeil calendr a dolen i ganslo.
booking-status-booked = Lle wedi'i gadw
booking-status-cancelled = Wedi'i chanslo
booking-status-cancelled-by-team = Wedi'i chanslo gan y tîm
booking-surgery-link = Gweld tudalen y gymhorthfa, gyda sut i gyrraedd yno
booking-change-time-title = Newid eich amser
booking-new-time = Amser newydd
booking-change-time-button = Newid amser
booking-cannot-come = Methu dod?
booking-cancel-so = Canslwch er mwyn i rywun arall gael eich lle.
booking-cancel-button = Canslo'r archeb hon
booking-back-to-account = Yn ôl i'ch cyfrif
booking-cancel-sure = Ydych chi'n siŵr eich bod eisiau canslo'r archeb hon?
booking-cancel-sure-explained = Bydd eich lle yn mynd i'r person nesaf sy'n aros, neu'n cael ei gynnig eto. Gallwch gadw lle eto os oes lleoedd ar ôl.
booking-cancel-yes = Ydw, canslo'r archeb hon
booking-cancel-no = Na, cadw fy archeb
booking-select-new-time = Dewiswch yr amser newydd
booking-time-changed = Mae eich archeb wedi symud i'w hamser newydd. Rydym wedi anfon e-bost atoch chi gyda'r manylion a diweddariad i'ch calendr.
booking-same-time = Dyna eich amser yn barod: dewiswch un gwahanol
booking-slot-full = Mae'n ddrwg gennym, mae'r lle olaf ar yr amser hwnnw newydd fynd: dewiswch amser arall
booking-too-late-to-move = Mae'r gymhorthfa hon wedi dechrau'n barod, felly ni all yr amser newid nawr
booking-cannot-move = Nid oes modd symud yr archeb hon mwyach

## Canslo archeb.
booking-cancel-title = Canslo eich archeb
booking-cancel-explained = Bydd eich lle yn cael ei roi i rywun arall. Gallwch gadw lle eto os oes lleoedd ar ôl.
booking-cannot-cancel = Nid oes modd canslo'r archeb hon nawr: mae hi wedi'i chanslo'n barod, neu mae'r gymhorthfa wedi dechrau.
booking-cancelled = Mae archeb { $reference } wedi'i chanslo. Rydym wedi anfon e-bost atoch chi i gadarnhau.
booking-already-cancelled = Roedd archeb { $reference } wedi'i chanslo'n barod.
booking-too-late-to-cancel = Mae'r gymhorthfa hon wedi dechrau'n barod, felly nid oes modd canslo'r archeb nawr.
booking-cancel-link-unknown = Nid ydym yn adnabod y ddolen ganslo honno. Gwiriwch eich bod wedi copïo'r ddolen gyfan o'r e-bost.
