## The statements every page links to from its footer: accessibility, privacy and open data.
## Placeables such as { $session } or { $boundary } are code (a cookie's name, a JSON key, an
## HTTP header or status): they are shown as written, in English, in every language.

## The accessibility statement (/accessibility).

accessibility-title = Datganiad hygyrchedd
accessibility-lead = Mae'r wefan hon ar gyfer preswylwyr sydd am ddod o hyd i'w tîm plismona yn y gymdogaeth, ac ar gyfer staff yr heddlu sy'n ei chadw'n gyfredol. Rydym am i gynifer o bobl â phosibl allu ei defnyddio.
accessibility-able = Dylech allu:
accessibility-able-no-javascript = defnyddio pob tudalen a ffurflen heb JavaScript, ac ar sgrin fach
accessibility-able-zoom = chwyddo hyd at 400% heb i'r testun lifo oddi ar y sgrin
accessibility-able-skip = mynd o frig pob tudalen i'w phrif gynnwys gydag un ddolen
accessibility-able-keyboard = defnyddio pob ffurflen gyda bysellfwrdd yn unig, gydag unrhyw broblemau wedi'u rhestru ar frig y dudalen ac wrth ymyl yr ateb y mae angen ei newid
accessibility-able-screen-reader = defnyddio'r wefan gyda darllenydd sgrin
accessibility-how-title = Pa mor hygyrch yw'r wefan hon
accessibility-aim = Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) fersiwn 2.2 i safon AA. Rydym yn gwybod nad yw rhai rhannau'n cyrraedd y safon honno:
accessibility-short-map = Llun o ffin y gymdogaeth yw'r map o'i hardal. Mae ei destun amgen yn enwi'r ardal, ond nid y strydoedd ar ei hymyl: ffoniwch 101 os nad ydych yn siŵr pa dîm sy'n gyfrifol am eich stryd chi.
accessibility-short-audit = Nid ydym eto wedi cael archwilydd hygyrchedd i wirio'r wefan, nac wedi'i phrofi gyda phobl sy'n defnyddio technoleg gynorthwyol.
accessibility-testing-title = Sut y gwnaethom brofi'r wefan hon
accessibility-testing = Caiff pob newid i'r wefan ei brofi cyn iddo gael ei gyhoeddi. Mae profion awtomatig yn agor pob tudalen ym mhorwr Chromium, gyda JavaScript a hebddo, ac yn ei gwirio yn erbyn safonau A ac AA WCAG 2.2 gyda'r gwiriwr axe-core. Maen nhw hefyd yn llenwi ac yn anfon pob ffurflen, ac yn gwirio bod problemau'n cael eu rhestru ar frig y dudalen, gyda'r ffocws arnynt.
accessibility-reporting-title = Rhoi gwybod am broblem gyda'r wefan hon
accessibility-reporting = Os byddwch yn dod o hyd i broblem nad yw wedi'i rhestru yma, neu os oes angen gwybodaeth o'r wefan hon arnoch mewn fformat gwahanol, rhowch wybod i ni: cysylltwch â'ch tîm cymdogaeth drwy'r manylion ar eu tudalen, neu ffoniwch 101 a gofyn amdanynt. Dywedwch pa dudalen yw hi a beth aeth o'i le.
accessibility-eass = Os nad ydych yn fodlon â'r ffordd rydym yn ymateb, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).
accessibility-preparation-title = Paratoi'r datganiad hwn
accessibility-prepared = Paratowyd y datganiad hwn ar 2 Rhagfyr 2026.

## The privacy notice (/privacy).

privacy-title = Hysbysiad preifatrwydd
privacy-lead = Yr heddlu sy'n rhedeg y wefan hon sy'n gyfrifol am yr wybodaeth y mae'n ei chadw. Mae'r dudalen hon yn dweud beth yw'r wybodaeth honno, pam, ac am ba hyd.
privacy-postcodes-title = Os byddwch yn chwilio am god post
privacy-postcodes = Nid ydym yn cadw'r codau post rydych yn chwilio amdanynt. Mae ein cofnodion o geisiadau yn enwi'r dudalen, nid y cod post a deipiwyd.
privacy-sign-in-title = Os byddwch yn mewngofnodi
privacy-sign-in-keep = Rydych yn mewngofnodi gyda'ch cyfeiriad e-bost. Rydym yn cadw:
privacy-keep-email = eich cyfeiriad e-bost, a'r enw a roddwch (os byddwch yn rhoi un), er mwyn i ni allu eich mewngofnodi ac ateb i chi; nid ydym byth yn eu cyhoeddi
privacy-keep-dates = pryd y cafodd eich cyfrif ei greu a phryd y gwnaethoch fewngofnodi ddiwethaf
privacy-keep-links = y dolenni mewngofnodi rydym yn eu hanfon atoch drwy e-bost, ar ffurf cod na ellir ei droi'n ôl yn ddolen, tan ddiwrnod ar ôl i bob un ddod i ben
privacy-keep-emails = y negeseuon e-bost rydym yn eu hanfon atoch, am 30 diwrnod ar ôl eu hanfon, heb y dolenni oedd ynddynt
privacy-keep-language = yr iaith rydych yn darllen y wefan ynddi, fel bod ein negeseuon e-bost atoch yn yr iaith honno hefyd
privacy-account = Ar dudalen eich cyfrif gallwch lawrlwytho popeth sydd gennym amdanoch, newid eich enw, neu ddileu eich cyfrif. Mae ei ddileu yn dileu eich cyfeiriad e-bost a'ch enw ar unwaith, ynghyd â'r dolenni mewngofnodi a'r negeseuon e-bost a anfonwyd atoch.
privacy-bookings-title = Os byddwch yn cadw lle mewn cymhorthfa
privacy-bookings = Rydym yn cadw'r amser a ddewisoch, yr hyn y dywedoch yr hoffech siarad amdano ac unrhyw help y gofynnoch amdano, er mwyn i dîm y gymdogaeth allu paratoi. Dim ond y tîm hwnnw sy'n eu gweld; nid ydynt byth yn cael eu cyhoeddi. Dim ond faint o leoedd sydd ar ôl y mae tudalen y gymhorthfa'n ei ddangos.
privacy-bookings-kept = Mae eich archebion yn y data y gallwch ei lawrlwytho. Mae dileu eich cyfrif yn canslo'r archebion sydd eto i ddod, gan roi'r lleoedd i eraill, ac yn dileu'r hyn a ysgrifennoch; dim ond y ffaith bod lle wedi'i gadw y mae'r tîm yn ei chadw.
privacy-cookies-title = Cwcis
# $session, $stamp and $language are the cookies' names, portal_session, portal_session_stamp
# and portal_language.
privacy-cookies = Rydym yn defnyddio tri chwci. Mae { $session } yn eich cadw wedi mewngofnodi ac yn cario'r negeseuon y mae tudalen yn eu dangos ar ôl i chi anfon ffurflen. Mae { $stamp } yn dal rhif ar hap sy'n newid pryd bynnag y bydd eich sesiwn yn newid, fel y gall ein gweinyddion weld ai'r copi o'ch sesiwn sydd ganddynt yw'r un diweddaraf. Mae angen y ddau hyn er mwyn mewngofnodi a chadw sesiwn, felly nid ydym yn gofyn yn gyntaf. Daw eich sesiwn i ben pan fyddwch yn allgofnodi, ar ôl 7 diwrnod heb ymweliad, neu, i staff yr heddlu, ar ôl 30 munud heb weithgarwch ac ar y mwyaf 12 awr ar ôl mewngofnodi. Mae { $language } yn cofio, am flwyddyn, yr iaith rydych yn ei dewis ar frig pob tudalen. Dim ond pan fyddwch yn dewis iaith y caiff ei osod, ac nid yw'n cadw dim byd arall.
privacy-misuse-title = Atal camddefnydd
privacy-misuse = Er mwyn atal unrhyw un rhag gofyn am lawer o ddolenni mewngofnodi neu ddyfalu cyfrineiriau, rydym yn cyfrif yr ymdrechion, ac yn dileu'r ffigurau hynny o fewn diwrnod. Maen nhw'n enwi ffurf god o'r cyfeiriad e-bost neu'r cyfeiriad rhyngrwyd na ellir ei throi'n ôl yn gyfeiriad.
privacy-staff-title = Staff yr heddlu
privacy-staff = Ar gyfer cyfrifon staff rydym yn cadw eich enw, eich cyfeiriad e-bost gwaith, eich rôl a'ch cymdogaethau, ffurf god o'ch cyfrinair na ellir ei throi'n ôl yn gyfrinair, a'r gyfrinach y mae eich ap dilysu yn ei defnyddio. Caiff pob newid a wneir drwy gyfrif staff ei gofnodi mewn log archwilio, gyda phwy a'i gwnaeth a phryd, fel y gall yr heddlu roi cyfrif am yr hyn a gyhoeddir.
privacy-partners = Mae gan bobl o sefydliadau partner (fel cyngor neu gymdeithas dai) gyfrifon o'r un math: rydym yn cadw eu henw, eu cyfeiriad e-bost gwaith a'u sefydliad, ffurf god o'u cyfrinair a chyfrinach eu ap dilysu, ac yn cofnodi pob newid a wnânt yn yr un log archwilio.
privacy-rights-title = Eich hawliau
privacy-rights = Gallwch ofyn am gael gweld yr wybodaeth sydd gennym amdanoch, a gofyn i ni ei chywiro neu ei dileu. Gall preswylwyr wneud y rhan fwyaf o hyn ar dudalen eu cyfrif; ar gyfer unrhyw beth arall, neu i gwyno am y ffordd rydym yn defnyddio eich gwybodaeth, ffoniwch 101 a gofyn am swyddog diogelu data'r heddlu. Gallwch hefyd gwyno i Swyddfa'r Comisiynydd Gwybodaeth.

## The open data API in words (/api). The calls' addresses are not translated.

open-data-title = Data agored: API y cymdogaethau
open-data-lead = Gall rhaglenni eraill ddarllen popeth y mae'r wefan hon yn ei gyhoeddi am gymdogaethau a'u timau, am ddim, heb gyfrif.
open-data-same-calls = Mae'r galwadau yr un fath â rhai API data cenedlaethol yr heddlu yn data.police.uk, ac maen nhw'n ateb yn yr un ffurf: mae rhaglen a ysgrifennwyd ar gyfer yr API hwnnw'n gweithio gyda'r un hwn drwy newid dim ond y cyfeiriad y mae'n dechrau ohono.
open-data-calls-title = Y galwadau
open-data-call-forces = Yr heddlu, fel rhestr o un: ei ddynodydd a'i enw.
open-data-call-force = Yr heddlu: ei wefan, ei rif ffôn, ei ddisgrifiad a'i ffyrdd o ymgysylltu â phreswylwyr.
open-data-call-neighbourhoods = Pob un o gymdogaethau'r heddlu, yn ôl enw: ei dynodydd a'i henw.
open-data-call-neighbourhood = Cymdogaeth: ei disgrifiad, ei chanolbwynt, ei manylion cyswllt, ei dolenni a'r lleoliadau lle mae ei thîm yn cwrdd â phreswylwyr.
open-data-call-boundary = Amlinell y gymdogaeth, fel un cylch caeedig o bwyntiau.
open-data-call-people = Tîm y gymdogaeth, gyda'r swyddog cyswllt a enwir yn gyntaf.
open-data-call-events = Cymorthfeydd a chyfarfodydd sydd i ddod, y cynharaf yn gyntaf, pob un gyda'r dudalen i gadw lle.
open-data-call-priorities = Blaenoriaethau presennol y gymdogaeth, pob un gyda'r cam diweddaraf y mae'r tîm wedi'i gymryd.
open-data-call-confidence = Yr arolwg hyder ar gyfer y pedwar chwarter diwethaf a ddaeth i ben, fel cyfrifon: faint a atebodd, a gytunodd â phob datganiad ac sy'n teimlo'n ddiogel ar ôl iddi dywyllu (dim lle atebodd llai na 10).
open-data-call-partners = Faint o sefydliadau partner sy'n gweithio yn y gymdogaeth, a faint o broblemau'r tîm a rannwyd â nhw neu y gweithiwyd arnynt gyda nhw yn y 12 mis diwethaf.
open-data-call-locate = Y gymdogaeth y mae pwynt (lledred, hydred) ynddi.
open-data-call-postcode = Safle cod post a'i gymdogaeth.
open-data-using-title = Defnyddio'r API
open-data-json = Mae'r atebion mewn JSON. Caiff rhifau fel safleoedd eu hysgrifennu fel testun, a dyddiadau fel amser y DU heb gylchfa amser, fel y mae data.police.uk yn eu hysgrifennu.
# $status is "404 Not Found".
open-data-not-found = Mae priflythrennau a llythrennau bach yn bwysig mewn dynodyddion. Os gofynnwch am heddlu, cymdogaeth neu bwynt nad yw'n bodoli, yr ateb yw { $status }.
# $status is "429 Too Many Requests", $header "Retry-After".
open-data-rate-limit = Gall pob rhaglen wneud 15 cais yr eiliad, gyda phyliau o hyd at 30. Y tu hwnt i hynny, yr ateb yw { $status }, a dywedir wrthi yn { $header } sawl eiliad i aros.
# $etag and $modified are the headers "ETag" and "Last-Modified".
open-data-caching = Gall tudalennau gwe ar unrhyw wefan ddarllen yr atebion. Mae gan bob ateb { $etag } a dyddiad { $modified }, fel y gall rhaglen ofyn a yw wedi newid yn hytrach na'i nôl eto.
# The JSON keys "boundary", "locations", "people" and "events".
open-data-own-keys = Lle mae'r porth yn gwybod mwy nag y mae data.police.uk yn ei roi, mae'n ychwanegu ei allweddi ei hun a byth yn newid eu rhai nhw: ffin gyfan cymdogaeth fel GeoJSON (pob rhan a thwll) o dan { $boundary }, mynediad heb risiau ar { $locations }, y swyddog cyswllt a enwir ar { $people }, a sut i gadw lle ar { $events }.
# Followed by a link to the OpenAPI document, then open-data-openapi-end.
open-data-openapi = Y disgrifiad llawn, ar gyfer rhaglenni ac offer sy'n darllen OpenAPI:
open-data-openapi-link = y ddogfen OpenAPI
open-data-openapi-end = .
