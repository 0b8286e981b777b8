## A neighbourhood's page: its team, "How we're doing" (the Neighbourhood Policing Guarantee's
## figures), its local priorities and votes, "You said, we did" updates and what residents raised.

neighbourhood-title = Tîm cymdogaeth { $name }
neighbourhood-raise-concern = Codi pryder gyda'r tîm hwn
neighbourhood-team-title = Eich tîm
neighbourhood-contact-officer = Eich swyddog cyswllt penodol yw { $officer }.
neighbourhood-no-team = Nid yw enwau'r tîm wedi'u cyhoeddi yma eto. Ffoniwch 101 i gysylltu â nhw.
neighbourhood-contact-officer-tag = Swyddog cyswllt
neighbourhood-surgeries-title = Cwrdd â'r tîm: cymorthfeydd
neighbourhood-all-surgeries = Gweld pob cymhorthfa
neighbourhood-calendar = Ychwanegu cymorthfeydd y tîm hwn at eich calendr
neighbourhood-calendar-hint = (ffrwd calendr y gall eich ffôn neu'ch cyfrifiadur danysgrifio iddi)
neighbourhood-groups-title = Grwpiau cymunedol
neighbourhood-groups-link = Grwpiau cymunedol sy'n gweithio gyda'r tîm hwn
neighbourhood-register-group = Cofrestru eich grŵp
neighbourhood-contact-title = Cysylltu â'r tîm
neighbourhood-contact-call = Ffoniwch 101 a gofynnwch am dîm cymdogaeth { $name }.
neighbourhood-contact-email = E-bost:
neighbourhood-contact-telephone = Ffôn:
neighbourhood-contact-not-email = Peidiwch â defnyddio e-bost i roi gwybod am drosedd. Mewn argyfwng, ffoniwch 999.
neighbourhood-area-title = Yr ardal
neighbourhood-no-map = Nid oes map o'r gymdogaeth hon ar gael eto.

## What a signed-in resident has in this neighbourhood.

neighbourhood-yours-title = Eich gweithgarwch yn y gymdogaeth hon
neighbourhood-yours-booking = Eich lle mewn cymhorthfa, { $time } ({ $reference }):
neighbourhood-yours-booking-link = gweld neu newid eich archeb
neighbourhood-yours-ballot = Gwnaethoch bleidleisio yn “{ $question }”:
neighbourhood-yours-ballot-link = gweld y bleidlais
neighbourhood-yours-following = Rydych chi'n dilyn y gymdogaeth hon: rydyn ni'n anfon e-bost atoch pan fydd y tîm yn cyhoeddi diweddariad.
neighbourhood-yours-following-link = Newid hyn yn eich cyfrif

## What residents have raised.

neighbourhood-raised-title = Beth mae preswylwyr wedi'i godi
neighbourhood-raised-none = Nid oes unrhyw bryderon wedi'u codi yn y 3 mis diwethaf.
neighbourhood-raised-total = Yn y 3 mis diwethaf, cododd preswylwyr { $count } o bryderon.
neighbourhood-raised-fewer = Yn y 3 mis diwethaf, cododd preswylwyr lai na { $fewest } o bryderon.
neighbourhood-raised-more = Yn y 3 mis diwethaf, cododd preswylwyr fwy na { $count } o bryderon.
neighbourhood-raised-caption = Pryderon a godwyd yn y 3 mis diwethaf, yn ôl math
neighbourhood-raised-kind = Math o bryder
neighbourhood-raised-count = Nifer a godwyd
neighbourhood-raised-others = Mathau eraill
neighbourhood-raised-hint = Dangosir niferoedd o 1 i 4 fel “llai na 5”, a chyfrifir mathau bach gyda'i gilydd, fel nad oes unrhyw ffigur yn cyfeirio at unigolyn.
neighbourhood-raised-summary = Codwyd: { $date }. { $status }
neighbourhood-status-received = Wedi dod i law
neighbourhood-status-replied = Wedi cael ateb
neighbourhood-status-under-review = Yn cael ei adolygu
neighbourhood-status-being-worked-on = Yn cael sylw
neighbourhood-status-passed-to-partner = Wedi'i drosglwyddo i bartner
neighbourhood-status-closed = Wedi cau
neighbourhood-problems-title = Problemau y mae'r tîm yn gweithio arnyn nhw
neighbourhood-problem-stage = Cam: { $stage } ({ $meaning }). Diweddarwyd ddiwethaf: { $date }.
neighbourhood-problem-partners = Yn gweithio arno gyda { $partners }.
neighbourhood-stage-scanning = Sganio
neighbourhood-stage-scanning-meaning = canfod beth sy'n digwydd, ble a phryd
neighbourhood-stage-analysis = Dadansoddi
neighbourhood-stage-analysis-meaning = deall pam mae'n digwydd, pwy sy'n cael eu heffeithio a phwy sy'n gyfrifol
neighbourhood-stage-response = Ymateb
neighbourhood-stage-response-meaning = cymryd camau, gyda phartneriaid
neighbourhood-stage-assessment = Asesu
neighbourhood-stage-assessment-meaning = gwirio a weithiodd y camau
neighbourhood-raised-feed = Dilyn yr hyn y mae preswylwyr yn ei godi yma (ffrwd Atom)

## Local priorities and votes.

neighbourhood-priorities-title = Blaenoriaethau lleol
neighbourhood-priorities-none = Nid yw'r tîm wedi cyhoeddi ei flaenoriaethau eto.
neighbourhood-priority-raised = Codwyd: { $date }. { $updated }.
neighbourhood-priority-no-action = Dim camau wedi'u cofnodi eto.
neighbourhood-priority-latest-action = Y cam diweddaraf: { $action }
neighbourhood-votes-title = Dweud eich barn: pleidleisiau
neighbourhood-vote-open-until = Dyddiad cau: { $time }
neighbourhood-vote-closed = Wedi cau ({ $date }): gweld y canlyniadau
neighbourhood-vote-open = Ar agor

## A local priority's page.

priority-caption = Blaenoriaeth leol yn { $neighbourhood }
priority-summary = Codwyd gan breswylwyr: { $date }. { $status }. { $updated }.
priority-status-open = Ar agor
priority-status-action-under-way = Camau ar waith
priority-status-resolved = Wedi'i datrys
priority-status-retired = Wedi dod i ben
# "Diwrnod" takes a soft mutation after two ("2 ddiwrnod").
priority-last-updated = { $days ->
    [0] Diweddarwyd ddiwethaf heddiw
    [zero] Diweddarwyd ddiwethaf heddiw
    [one] Diweddarwyd ddiwethaf { $days } diwrnod yn ôl
    [two] Diweddarwyd ddiwethaf { $days } ddiwrnod yn ôl
    [few] Diweddarwyd ddiwethaf { $days } diwrnod yn ôl
    [many] Diweddarwyd ddiwethaf { $days } diwrnod yn ôl
   *[other] Diweddarwyd ddiwethaf { $days } diwrnod yn ôl
}
priority-update-due = Angen diweddariad
priority-actions-title = Beth mae'r tîm wedi'i wneud
priority-no-actions = Nid yw'r tîm wedi cofnodi cam gweithredu eto.
priority-team-link = Tîm cymdogaeth { $neighbourhood }

## "You said, we did" updates.

updates-title = Dywedoch chi, fe wnaethon ni
updates-none = Nid oes unrhyw ddiweddariadau wedi'u cyhoeddi eto.
updates-you-said = Dywedoch chi
updates-we-did = Fe wnaethon ni
updates-result = Y canlyniad
updates-next = Beth sy'n digwydd nesaf
updates-answers = Mae'r diweddariad hwn yn ymateb i'r canlynol: { $answers }.
updates-answers-priority = y flaenoriaeth leol “{ $name }”
updates-answers-vote = y bleidlais “{ $name }”
updates-answers-problem = y broblem “{ $name }”
updates-answers-concern = pryder a gododd preswylydd
updates-separator = {", "}
updates-edited = Diweddarwyd: { $date }.
updates-pages = Rhagor o ddiweddariadau
updates-newer = Diweddariadau mwy newydd
updates-older = Diweddariadau hŷn
updates-page = Tudalen { $page } o { $pages }
updates-feed = Dilyn diweddariadau'r tîm (ffrwd Atom)

## Following.

follow-neighbourhood = Dilyn y gymdogaeth hon
follow-priority = Dilyn y flaenoriaeth hon
follow-vote = Dilyn y bleidlais hon
follow-problem = Dilyn y broblem hon
follow-hint = Rydyn ni'n anfon e-bost atoch pan fydd y tîm yn ei diweddaru. Dewiswch pa mor aml yn eich cyfrif. Gall grwpiau cymunedol ei dilyn o'u dangosfwrdd.

## The map of the area.

map-label = Map o ffin { $name }
map-caption = Yr ardal y mae'r tîm hwn yn gyfrifol amdani. Mae'r gogledd ar y brig.

## Meetings a team recorded with a community group.

neighbourhood-meetings-none = Nid oes unrhyw gyfarfodydd wedi'u cofnodi eto.
neighbourhood-meetings-date = Dyddiad
neighbourhood-meetings-team = Tîm
neighbourhood-meetings-attended = Yn bresennol
neighbourhood-meetings-notes = Nodiadau
neighbourhood-meetings-priorities = Blaenoriaethau a drafodwyd

## "How we're doing": the Neighbourhood Policing Guarantee's commitments, measured.

guarantee-title = Sut rydyn ni'n gwneud
guarantee-page-title = Sut rydyn ni'n gwneud: tîm cymdogaeth { $name }
guarantee-lead = Mae'r Warant Plismona yn y Gymdogaeth yn addo i bob cymdogaeth swyddog penodol y gallwch gysylltu ag ef, ymateb i bryderon lleol o fewn 72 awr, blaenoriaethau lleol wedi'u cyhoeddi a'u cadw'n gyfredol, a chyfarfodydd cyhoeddus rheolaidd. Dyma ffigurau'r tîm.
guarantee-computed = Cyfrifwyd y ffigurau: { $time }.
guarantee-disclosure = Dangosir niferoedd y pryderon, yr archebion a'r atebion o 1 i 4 fel “llai na 5”, ac ni ddangosir cyfran o atebion neu bresenoldeb preswylwyr pan fo'r gyfran honno, neu'r gweddill, yn llai na 5, fel nad oes unrhyw ffigur yn cyfeirio at unigolyn. Mae cyfrannau wedi'u talgrynnu i lawr.
guarantee-panel-hint = Ymrwymiadau'r Warant Plismona yn y Gymdogaeth i chi, wedi'u mesur.
guarantee-panel-link = Beth mae'r ffigurau hyn yn ei olygu, yn fanwl
guarantee-met = Wedi'i fodloni
guarantee-not-met = Heb ei fodloni
guarantee-measured = Beth sy'n cael ei fesur
guarantee-period = Cyfnod
guarantee-fewer-than = llai na { $count }
guarantee-share = { $share }%
guarantee-none-to-count = dim i'w gyfrif
guarantee-too-few = rhy ychydig i'w ddangos
guarantee-now = Nawr
guarantee-from-to = { $from } – { $to }
guarantee-yes = Oes
guarantee-no = Nac oes
guarantee-contact-officer = Swyddog cyswllt penodol
guarantee-contact-both = Mae swyddog cyswllt penodol a manylion cyswllt y tîm wedi'u cyhoeddi.
guarantee-contact-no-details = Mae swyddog cyswllt penodol wedi'i gyhoeddi, ond dim cyfeiriad e-bost na rhif ffôn ar gyfer y tîm.
guarantee-contact-none = Nid oes swyddog cyswllt penodol wedi'i gyhoeddi eto.
guarantee-contact-definition = Mae swyddog penodol y gall preswylwyr gysylltu ag ef wedi'i gyhoeddi ar y dudalen hon, gyda chyfeiriad e-bost neu rif ffôn y tîm.
guarantee-answered = Ymateb o fewn 72 awr
guarantee-answered-detail = Ymatebwyd o fewn 72 awr: { $in_time }. Ymatebwyd yn hwyrach: { $late }. Yn dal i aros ar ôl 72 awr: { $waiting }.
guarantee-answered-definition = O'r pryderon a godwyd yn y 90 diwrnod diwethaf y mae eu 72 awr wedi mynd heibio, y gyfran yr ymatebodd y tîm iddynt gyntaf (neu a gaeodd) o fewn 72 awr, wedi'i thalgrynnu i lawr. Mae'r ymrwymiad wedi'i fodloni ar 90% neu fwy.
guarantee-priorities = Blaenoriaethau'n gyfredol
# "Blaenoriaeth" takes a soft mutation after one and two ("1 flaenoriaeth", "2 flaenoriaeth").
guarantee-priorities-figure = { $count ->
    [0] Dim wedi'u cyhoeddi
    [zero] Dim wedi'u cyhoeddi
    [one] { $count } flaenoriaeth
    [two] { $count } flaenoriaeth
    [few] { $count } blaenoriaeth
    [many] { $count } blaenoriaeth
   *[other] { $count } blaenoriaeth
}
guarantee-priorities-none = Nid yw'r tîm wedi cyhoeddi ei flaenoriaethau.
guarantee-priorities-updated = Cafodd pob blaenoriaeth ei diweddaru yn y 3 mis diwethaf. Roedd y diweddariad hynaf { $days ->
    [zero] { $days } diwrnod
    [one] { $days } diwrnod
    [two] { $days } ddiwrnod
    [few] { $days } diwrnod
    [many] { $days } diwrnod
   *[other] { $days } diwrnod
} yn ôl.
guarantee-priorities-due = { $due ->
    [zero] Nid oes { $due } blaenoriaeth wedi'u diweddaru ers 3 mis.
    [one] Nid yw { $due } flaenoriaeth wedi'i diweddaru ers 3 mis.
    [two] Nid yw { $due } flaenoriaeth wedi'u diweddaru ers 3 mis.
    [few] Nid yw { $due } blaenoriaeth wedi'u diweddaru ers 3 mis.
    [many] Nid yw { $due } blaenoriaeth wedi'u diweddaru ers 3 mis.
   *[other] Nid yw { $due } blaenoriaeth wedi'u diweddaru ers 3 mis.
} Roedd y diweddariad hynaf { $days ->
    [zero] { $days } diwrnod
    [one] { $days } diwrnod
    [two] { $days } ddiwrnod
    [few] { $days } diwrnod
    [many] { $days } diwrnod
   *[other] { $days } diwrnod
} yn ôl.
guarantee-priorities-definition = Y blaenoriaethau lleol sydd wedi'u cyhoeddi nawr, ac a gafodd pob un ei diweddaru yn y 3 mis calendr diwethaf.
guarantee-meetings = Cyfarfodydd cyhoeddus rheolaidd
guarantee-meetings-figure = { $count } wedi'u cynnal
guarantee-meetings-detail = Cymorthfeydd: { $surgeries }. Cyfarfodydd gyda grwpiau cymunedol: { $meetings }. { $next } Lleoedd wedi'u harchebu: { $booked }. Presenoldeb: { $attendance }.
guarantee-next-surgery = Y gymhorthfa nesaf: { $time }.
guarantee-no-next-surgery = Nid oes cymhorthfa wedi'i threfnu eto.
guarantee-attendance-share = { $share }% o'r archebion y cofnodwyd presenoldeb ar eu cyfer
guarantee-attendance-none = heb ei gofnodi
guarantee-attendance-few = rhy ychydig wedi'u cofnodi i'w dangos
guarantee-meetings-definition = Cymorthfeydd a gynhaliwyd (heb eu canslo) a chyfarfodydd a gofnododd y tîm gyda grwpiau cymunedol yn y 3 mis diwethaf. Mae'r ymrwymiad wedi'i fodloni pan gynhaliwyd o leiaf un.
guarantee-updates = Dywedoch chi, fe wnaethon ni
guarantee-updates-figure = { $count } wedi'u cyhoeddi
guarantee-updates-detail = Diweddariadau sy'n dweud wrth breswylwyr beth wnaeth y tîm am yr hyn a godwyd ganddynt.
guarantee-updates-definition = Diweddariadau “Dywedoch chi, fe wnaethon ni” a gyhoeddwyd yn y 3 mis diwethaf.
guarantee-improved = A yw wedi gwella?
guarantee-improved-none = Dim atebion eto
guarantee-improved-answers = { $answers } ateb
guarantee-improved-detail = Ydy: { $yes }. Nac ydy: { $no }. Ddim yn siŵr: { $not_sure }.
guarantee-improved-definition = Atebion preswylwyr, ar ôl i'w pryder gael ei gau, i “a yw wedi gwella?”, a roddwyd yn y 12 mis diwethaf. Mae cyfrannau wedi'u talgrynnu i lawr, ac ni ddangosir cyfran pan fo'r gyfran honno, neu'r gweddill, yn llai na 5 ateb.
guarantee-messages = Negeseuon i breswylwyr
guarantee-messages-figure = { $count } wedi'u hanfon
# $useful is a share like "66%", or guarantee-none-to-count, or guarantee-too-few.
guarantee-messages-detail = Yn ddefnyddiol ym marn y preswylwyr a atebodd: { $useful }.
guarantee-messages-definition = Apeliadau, cyngor, rhybuddion, newyddion a digwyddiadau a anfonodd y tîm (neu'r heddlu) at breswylwyr sy'n dilyn y gymdogaeth yn y 3 mis diwethaf, a'r gyfran o atebion preswylwyr i “A oedd hyn yn ddefnyddiol?” a ddywedodd “Oedd”. Ni ddangosir cyfran pan fo'r gyfran honno, neu'r gweddill, yn llai na 5 ateb.
guarantee-partners = Gweithio gyda phartneriaid
guarantee-partners-figure = { $count } o broblemau
guarantee-partners-detail = Problemau lleol y bu'r tîm yn gweithio arnynt gyda sefydliad partner, fel y cyngor neu gymdeithas dai.
guarantee-partners-definition = Problemau y cofnododd sefydliad partner gam gweithredu arnynt gyda'r tîm yn y 12 mis diwethaf.

feed-concerns-title = Beth mae preswylwyr wedi'i godi yn { $neighbourhood }
feed-concern-title = { $category }, codwyd { $date }
feed-problem-title = { $title } ({ $stage })
feed-problem-stage = Cam: { $stage }, { $meaning }.
feed-updates-title = Dywedoch chi, fe wnaethon ni: { $neighbourhood }
feed-update-title = Dywedoch chi, fe wnaethon ni: { $date }

## The confidence survey: four questions after the Crime Survey for England and Wales, asked of
## residents once a quarter, and their results on "How we're doing".
survey-invite = Beth yw eich barn am blismona yn yr ardal hon? Atebwch bedwar cwestiwn byr
survey-title = Beth yw eich barn am blismona yn { $neighbourhood }?
survey-intro = Pedwar cwestiwn byr, a ofynnir i breswylwyr bob tri mis. Caiff eich atebion eu hychwanegu at atebion preswylwyr eraill ac ni chânt byth eu cadw gyda'ch enw: y cyfan rydyn ni'n ei nodi yw eich bod wedi ateb y chwarter hwn, fel bod pawb yn ateb unwaith.
# The three statements, and the question about feeling safe (also the headings of the results).
survey-understand = Mae'r heddlu yn yr ardal hon yn deall y materion sy'n effeithio ar y gymuned hon
survey-deal = Mae'r heddlu yn yr ardal hon yn delio â'r pethau sy'n bwysig i'r gymuned hon
survey-rely = Gellir dibynnu ar yr heddlu yn yr ardal hon i fod yno pan fydd eu hangen arnoch
survey-safe = Pa mor ddiogel ydych chi'n teimlo wrth gerdded ar eich pen eich hun yn yr ardal hon ar ôl iddi dywyllu?
survey-strongly-agree = Cytuno'n gryf
survey-tend-to-agree = Tueddu i gytuno
survey-neither = Ddim yn cytuno nac yn anghytuno
survey-tend-to-disagree = Tueddu i anghytuno
survey-strongly-disagree = Anghytuno'n gryf
survey-very-safe = Diogel iawn
survey-fairly-safe = Gweddol ddiogel
survey-a-bit-unsafe = Ychydig yn anniogel
survey-very-unsafe = Anniogel iawn
survey-never-alone = Dydw i byth yn cerdded ar fy mhen fy hun ar ôl iddi dywyllu
survey-understand-missing = Dewiswch i ba raddau rydych chi'n cytuno bod yr heddlu yma'n deall y materion sy'n effeithio ar y gymuned hon
survey-deal-missing = Dewiswch i ba raddau rydych chi'n cytuno bod yr heddlu yma'n delio â'r pethau sy'n bwysig i'r gymuned hon
survey-rely-missing = Dewiswch i ba raddau rydych chi'n cytuno y gellir dibynnu ar yr heddlu yma i fod yno pan fydd eu hangen arnoch
survey-safe-missing = Dewiswch pa mor ddiogel rydych chi'n teimlo wrth gerdded ar eich pen eich hun yn yr ardal hon ar ôl iddi dywyllu
survey-send = Anfon eich atebion
survey-thanks = Diolch: mae eich atebion wedi'u cyfrif
survey-already = Rydych chi eisoes wedi ateb y chwarter hwn, felly ni chafodd yr atebion hyn eu cyfrif
# $date is the first day of the next quarter.
survey-answered = Rydych chi wedi ateb y chwarter hwn. Diolch. Gallwch ateb eto o { $date } ymlaen.
survey-see-results = Gweld y canlyniadau hyd yma
survey-private = Dim ond nifer y preswylwyr a roddodd bob ateb sy'n cael ei gadw, ar gyfer pob cymdogaeth a phob chwarter. Dangosir y canlyniadau pan fydd o leiaf 10 o breswylwyr wedi ateb.
survey-results-title = Hyder a theimlo'n ddiogel
survey-results-intro = Beth ddywedodd preswylwyr wrthym yn ein harolwg byr, bob chwarter. Dangosir canlyniadau chwarter pan fydd o leiaf { $least } o breswylwyr wedi ateb.
# $first and $last are month names.
survey-quarter = { $first } – { $last } { $year }
survey-not-enough = Dim digon o atebion eto: dangosir y canlyniadau pan fydd o leiaf { $least } o breswylwyr wedi ateb.
survey-so-far = Nid yw'r chwarter hwn wedi dod i ben. Preswylwyr sydd wedi ateb hyd yma: { $count }. Dangosir ei ganlyniadau pan ddaw i ben, os bydd o leiaf { $least } o breswylwyr wedi ateb.
survey-sign-in-first = Mewngofnodwch i ateb, fel bod pob preswylydd yn ateb unwaith bob chwarter. Ni chaiff eich atebion eu cadw gyda'ch enw. Byddwch yn dod yn ôl at y cwestiynau ar ôl mewngofnodi.
survey-share-agree = { $share }% yn cytuno
survey-share-safe = { $share }% yn teimlo'n ddiogel iawn neu'n weddol ddiogel
survey-safe-none = Mae rhy ychydig o'r preswylwyr a atebodd yn cerdded ar eu pennau eu hunain ar ôl iddi dywyllu i ddangos cyfran
# "Preswylydd" takes a soft mutation after two ("2 breswylydd") and an aspirate mutation after
# three and six ("3 phreswylydd").
survey-answered-count = { $count ->
    [zero] { $count } preswylydd wedi ateb
    [one] { $count } preswylydd wedi ateb
    [two] { $count } breswylydd wedi ateb
    [few] { $count } phreswylydd wedi ateb
    [many] { $count } phreswylydd wedi ateb
   *[other] { $count } preswylydd wedi ateb
}
