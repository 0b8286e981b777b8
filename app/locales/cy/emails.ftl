## The emails residents receive. Each has a plain-text and an HTML part.

email-greeting = Helo,
email-sent-by = Anfonwyd gan { $sender }.
email-footer = Mewn argyfwng, ffoniwch 999. Peidiwch ag ymateb i'r e-bost hwn: nid yw'n cael ei fonitro.
email-link-fallback = Os nad yw'r ddolen yn gweithio, copïwch y cyfeiriad hwn i'ch porwr:
email-force-sender = { $force } – timau plismona yn y gymdogaeth
sign-in-email-subject = Eich dolen i fewngofnodi i blismona yn y gymdogaeth
sign-in-email-asked = Gofynnodd rhywun am gael mewngofnodi i wefan plismona yn y gymdogaeth gyda'r cyfeiriad e-bost hwn.
sign-in-email-link = Mewngofnodi i blismona yn y gymdogaeth
sign-in-email-works-once = Dim ond unwaith y mae'r ddolen yn gweithio, am { $minutes } munud.
sign-in-email-ignore = Os na wnaethoch ofyn am gael mewngofnodi, gallwch anwybyddu'r e-bost hwn: ni all neb fewngofnodi heb y ddolen.

## Booking emails, in the language the resident reads the portal in. $title is the surgery's
## title (the team's words), $reference the booking's, $when its date and times.

email-team-sender = Tîm cymdogaeth { $neighbourhood }, { $force }
email-calendar-reference = Cyfeirnod archeb { $reference }.
email-booking-when = Pryd: { $when }
email-booking-where = Ble: { $place }
email-booking-finding = Dod o hyd i'r ystafell: { $how }
email-booking-reference = Cyfeirnod eich archeb yw { $reference }.
email-booking-calendar-adds = Mae'r ffeil calendr sydd ynghlwm yn ei hychwanegu at eich calendr.
email-booking-calendar-removes = Mae'r ffeil calendr sydd ynghlwm yn ei thynnu o'ch calendr.
email-booking-see-or-change = I weld eich archeb neu newid ei hamser, mewngofnodwch gyda'r cyfeiriad e-bost hwn: { $link }
email-booking-cancel-link = Canslo eich archeb
email-booking-see-or-cancel-link = Gweld neu ganslo eich archeb
email-reason-given = Y rheswm a roddwyd ganddynt: { $reason }
email-booking-confirmed-subject = Lle wedi'i gadw: { $title } ({ $reference })
email-booking-confirmed-opening = Mae eich lle yn ‘{ $title }’ wedi'i gadw.
email-booking-confirmed-please-cancel = Os na allwch ddod, canslwch er mwyn i rywun arall gael eich lle. Mae'r ddolen yn gweithio tan i'r gymhorthfa ddechrau.
email-booked-by-team-opening = Mae eich tîm cymdogaeth wedi cadw lle i chi yn ‘{ $title }’, fel y gofynnoch.
email-booked-by-team-please-cancel = Os na allwch ddod, canslwch er mwyn i rywun arall gael eich lle.
email-surgery-moved-subject = Wedi'i symud: { $title } ({ $reference })
email-surgery-moved-opening = Mae'r tîm wedi symud ‘{ $title }’. Mae eich archeb { $reference } yn dal yn ddilys, ar yr amser newydd:
email-surgery-moved-please-cancel = Os na allwch ddod mwyach, canslwch er mwyn i rywun arall gael eich lle.
email-booking-time-changed-subject = Amser newydd: { $title } ({ $reference })
email-booking-time-changed-opening = Rydych chi wedi newid amser eich archeb yn ‘{ $title }’. Dyma eich lle nawr:
email-booking-time-changed-not-you = Os nad chi a'i newidiodd, mewngofnodwch a gwiriwch eich archeb.
email-waiting-list-place-subject = Lle wedi'i gadw o'r rhestr aros: { $title } ({ $reference })
email-waiting-list-place-opening = Newyddion da: mae lle wedi dod yn rhydd yn ‘{ $title }’ ac, gan mai chi oedd y cyntaf ar y rhestr aros, chi sydd â'r lle nawr.
email-waiting-list-place-please-cancel = Os na allwch ddod mwyach, canslwch er mwyn i'r person nesaf sy'n aros gael y lle.
email-booking-cancelled-subject = Archeb wedi'i chanslo: { $title } ({ $reference })
email-booking-cancelled-opening = Mae eich archeb { $reference } ar gyfer ‘{ $title }’ ({ $when }) wedi'i chanslo.
email-booking-cancelled-not-you = Os nad chi a'i canslodd, gallwch gadw lle eto ar wefan plismona yn y gymdogaeth.
email-surgery-cancelled-subject = Wedi'i chanslo gan y tîm: { $title } ({ $reference })
email-surgery-cancelled-opening = Mae'n ddrwg gennym: mae'r tîm wedi canslo ‘{ $title }’ ({ $when }), felly mae eich archeb { $reference } wedi'i chanslo.
email-surgery-cancelled-book-another = Gallwch gadw lle mewn cymhorthfa arall ar wefan plismona yn y gymdogaeth, neu gysylltu â'r tîm yno.
email-booking-reminder-subject = Nodyn atgoffa: { $title } ({ $reference })
email-booking-reminder-opening = Nodyn i'ch atgoffa am eich lle yn ‘{ $title }’.
email-booking-reminder-please-cancel = Os na allwch ddod, canslwch er mwyn i rywun arall gael eich lle. Gallwch hefyd ddefnyddio'r ddolen yn eich e-bost cadarnhau.

## "You said, we did" updates and alerts about what a resident follows. What the team wrote
## ($text) stays in their words.

email-update-opening = Mae tîm cymdogaeth { $neighbourhood } wedi cyhoeddi diweddariad am rywbeth y gwnaethoch ei godi neu bleidleisio arno.
email-update-you-said = Dywedoch chi: { $text }
email-update-we-did = Gwnaethom ni: { $text }
email-update-outcome = Y canlyniad: { $text }
email-update-next-steps = Beth sy'n digwydd nesaf: { $text }
email-update-link = Darllen y diweddariad
email-update-why = Rydych chi'n cael yr e-byst hyn oherwydd eich bod wedi codi pryder neu bleidleisio yn eich cymdogaeth. I'w stopio, defnyddiwch y ddolen hon: { $link }
email-update-subject = Dywedoch chi, gwnaethom ni: diweddariad gan dîm { $neighbourhood }
email-alert-opening = { $heading }, yn yr hyn rydych chi a'ch grwpiau yn ei ddilyn:
email-alert-link = Gweld popeth rydych chi'n ei ddilyn
email-alert-why = I ddewis pa mor aml rydych chi'n clywed, ewch i'ch cyfrif. I stopio'r e-byst hyn, defnyddiwch y ddolen hon: { $link }
email-alert-subject = Beth mae eich timau cymdogaeth wedi'i wneud ynghylch yr hyn rydych chi'n ei ddilyn
email-alert-week = Beth sydd wedi newid rhwng { $from } a { $to }
email-alert-since = Beth sydd wedi newid ers { $since }
email-alert-line = { $through }: { $kind } – { $title } ({ $neighbourhood }): { $what }, { $when }: { $text }
email-alert-you-follow = Rydych chi'n dilyn

## Community groups: an invitation, and a request to join approved. $group is the group's name.

email-group-invitation-subject = Rydych chi wedi cael gwahoddiad i ymuno â { $group }
email-group-invitation-opening = Mae un o drefnwyr { $group } wedi eich gwahodd i ymuno â'r grŵp ar wefan plismona yn y gymdogaeth, er mwyn i chi ddilyn beth mae'r tîm lleol yn ei wneud am y materion sy'n bwysig i'r grŵp.
email-group-invitation-link = Ymuno â'r grŵp
email-group-invitation-works-once = Dim ond unwaith y mae'r ddolen yn gweithio, am 14 diwrnod. Mae ei defnyddio hefyd yn eich mewngofnodi gyda'r cyfeiriad e-bost hwn.
email-group-invitation-ignore = Os nad ydych chi eisiau ymuno, gallwch anwybyddu'r e-bost hwn.
email-group-joined-subject = Rydych chi wedi ymuno â { $group }
email-group-joined-opening = Rydych chi bellach yn aelod o { $group }.
email-group-joined-link = Gweld beth mae'r grŵp yn ei ddilyn

## A resident's concern: received, replied to, its status changed. $reference is the concern's.

email-concern-received-subject = Rydym wedi cael eich pryder ({ $reference })
email-concern-thanks = Diolch am ddweud wrthym am eich pryder. Ei gyfeirnod yw { $reference }.
email-concern-reply-by = Bydd y tîm yn ymateb erbyn { $when }.
email-concern-not-for-emergencies = Nid yw hyn ar gyfer argyfyngau. Os oes trosedd yn digwydd neu os oes rhywun mewn perygl, ffoniwch 999. I roi gwybod am drosedd, ffoniwch 101 neu rhowch wybod amdani ar-lein.
email-concern-see = Gweld eich pryder
email-concern-never-published = Ni fydd eich enw a'ch manylion cyswllt byth yn cael eu cyhoeddi.
email-concern-reply-subject = Ymateb am eich pryder ({ $reference })
email-concern-replied = Mae eich tîm cymdogaeth wedi ymateb am eich pryder { $reference }:
email-concern-read-and-answer = Darllen ac ateb
email-concern-to-answer = I ateb, defnyddiwch y ddolen uchod.
email-concern-update-subject = Diweddariad am eich pryder ({ $reference })
email-concern-news = Mae newyddion am eich pryder { $reference }.
# $status is the concern's status in plain words ("The team is looking into it"); $detail what the team added, in their words.
email-concern-status = { $status }.
email-concern-status-detail = { $status }: { $detail }.
email-concern-improved-ask = Pan fydd gennych funud, dywedwch wrthym ar y wefan a yw pethau wedi gwella.
# The team passed a resident's concern to a partner organisation; $organisation is its name.
email-concern-partner-consent = Nid yw { $organisation } yn gweld eich enw na'ch cyfeiriad e-bost oni bai eich bod yn cytuno. Gallwch ddewis ar dudalen eich pryder, a newid eich meddwl unrhyw bryd.
email-concern-partner-replied = Mae { $organisation } wedi ymateb am eich pryder { $reference }:

email-group-verified-subject = Mae { $group } wedi'i ddilysu
email-group-verified = Mae { $group } wedi'i ddilysu: mae tudalen y grŵp bellach yn gyhoeddus, a gallwch ddilyn blaenoriaethau a chyflwyno materion ar ran y grŵp.
email-group-declined-subject = Ni chafodd { $group } ei ddilysu
email-group-declined = Ni chafodd { $group } ei ddilysu, felly nid yw'n ymddangos yn gyhoeddus.
email-group-declined-reason = Y rheswm a roddwyd: { $reason }
email-group-decided-link = Mynd i dudalen y grŵp
email-group-join-request-subject = Cais i ymuno â { $group }
email-group-join-request-opening = Mae rhywun wedi gofyn am gael ymuno â { $group }.
email-group-join-request-link = Derbyn neu wrthod y cais
email-group-contact-subject = Neges i { $group } gan { $name }
email-group-contact-opening = Anfonodd { $name } neges at { $group } drwy dudalen y grŵp ar wefan plismona yn y gymdogaeth:
email-group-contact-answer = I ateb, ysgrifennwch at { $name } ar { $email }. Nid yw eich cyfeiriad chi wedi'i ddangos iddyn nhw.
