## Grwpiau cymunedol: y rhestr, cofrestru grŵp, ei dudalen gyhoeddus, dangosfwrdd ei aelodau,
## trefnwyr yn rheoli aelodau, a derbyn gwahoddiad. Mae enwau grwpiau, disgrifiadau a'r hyn a
## ysgrifennodd y tîm yn cael eu dangos fel y'u hysgrifennwyd, wedi'u marcio'n Saesneg.

group-kind-residents-association = Cymdeithas preswylwyr
group-kind-neighbourhood-watch = Gwarchod Cymdogaeth
group-kind-faith-group = Grŵp ffydd
group-kind-youth-group = Grŵp ieuenctid
group-kind-tenants-association = Cymdeithas tenantiaid
group-kind-business-association = Cymdeithas fusnes
group-kind-school-or-college = Ysgol neu goleg
group-kind-other = Grŵp cymunedol arall

group-list-title = Grwpiau cymunedol
group-list-title-in = Grwpiau cymunedol yn ardal { $neighbourhood }
group-list-intro = Mae cymdeithasau preswylwyr, cynlluniau Gwarchod Cymdogaeth, grwpiau ffydd, grwpiau ieuenctid, cymdeithasau tenantiaid a grwpiau busnes yn gweithio gyda'u timau cymdogaeth. Mae pob grŵp yma wedi cael ei wirio gan ei dîm neu gan gymedrolwr.
group-register-link = Cofrestru grŵp
group-list-none = Nid oes unrhyw grwpiau wedi cael eu dilysu yma eto.
group-list-about = – { $kind }, { $neighbourhoods }
group-list-team-link = Tîm cymdogaeth { $neighbourhood }

group-register-sign-in = Mewngofnodwch i gofrestru grŵp cymunedol. Byddwch yn dod yn ôl i'r ffurflen ar ôl i chi fewngofnodi.
group-register-title = Cofrestru grŵp cymunedol
group-back = Yn ôl
group-register-intro = Ar ôl cofrestru, chi fydd trefnydd y grŵp: gallwch wahodd aelodau, dilyn blaenoriaethau lleol a chyflwyno materion ar ran y grŵp. Bydd y grŵp yn ymddangos yn gyhoeddus ar ôl i'w dîm cymdogaeth neu gymedrolwr ei wirio.
group-register-privacy = Ni fydd eich enw na'ch cyfeiriad e-bost byth yn cael eu dangos yn gyhoeddus. Mae pobl yn cysylltu â'r grŵp drwy ffurflen, sy'n cael ei hanfon ymlaen at ei drefnwyr.
group-name-label = Enw'r grŵp
group-kind-legend = Pa fath o grŵp yw e?
group-neighbourhood-label = Ym mha gymdogaeth mae'r grŵp yn gweithio?
group-neighbourhood-placeholder = Dewiswch gymdogaeth
group-neighbourhood-other-label = Cymdogaeth arall (dewisol)
group-neighbourhood-none = Dim
group-description-label = Beth mae'r grŵp yn ei wneud?
group-description-hint = Bydd yn cael ei ddangos ar dudalen gyhoeddus y grŵp: ar gyfer pwy mae'r grŵp, pryd a ble mae'n cwrdd. Peidiwch â chynnwys manylion cyswllt unrhyw un.
group-register-button = Cofrestru'r grŵp
group-register-too-many = Gallwch gofrestru hyd at 3 grŵp y dydd. { $unit ->
    [hour] Rhowch gynnig arall arni ymhen { $count ->
        [zero] { $count } awr
        [one] { $count } awr
        [two] { $count } awr
        [few] { $count } awr
        [many] { $count } awr
       *[other] { $count } awr
    }.
   *[minute] Rhowch gynnig arall arni ymhen { $count ->
        [zero] { $count } munud
        [one] { $count } munud
        [two] { $count } funud
        [few] { $count } munud
        [many] { $count } munud
       *[other] { $count } munud
    }.
}

group-name-missing = Rhowch enw'r grŵp
group-name-too-long = Rhaid i'r enw fod yn { $max } nod neu lai
group-name-markup = Ysgrifennwch yr enw mewn geiriau plaen: tynnwch unrhyw beth sy'n edrych fel cod tudalen we
group-name-invisible = Dim ond llythrennau, rhifau, bylchau ac atalnodi ddylai fod yn yr enw
group-kind-missing = Dewiswch pa fath o grŵp yw e
group-neighbourhood-unknown = Dewiswch gymdogaethau o'r rhestrau
group-neighbourhood-missing = Dewiswch y gymdogaeth mae eich grŵp yn gweithio ynddi
group-description-missing = Disgrifiwch beth mae eich grŵp yn ei wneud
group-description-too-long = Rhaid i'r disgrifiad o waith y grŵp fod yn { $max } nod neu lai
group-markup = Ysgrifennwch mewn geiriau plaen: tynnwch unrhyw beth sy'n edrych fel cod tudalen we, fel <b>
group-contact-name-missing = Rhowch eich enw
group-contact-name-too-long = Rhaid i'ch enw fod yn { $max } nod neu lai
group-contact-message-missing = Rhowch eich neges
group-contact-message-too-long = Rhaid i'ch neges fod yn { $max } nod neu lai

group-joined-sign-in = Rydych chi wedi ymuno â'r grŵp. Mewngofnodwch gyda'r cyfeiriad yr anfonwyd y gwahoddiad ato, i weld dangosfwrdd y grŵp.
group-joined = Rydych chi wedi ymuno â'r grŵp
group-invitation-not-valid = Mae'r gwahoddiad hwnnw wedi cael ei ddefnyddio neu wedi dod i ben. Gofynnwch i drefnydd y grŵp am un newydd
group-join-title = Ymuno â grŵp cymunedol
group-join-heading = Ymuno â { $group }
group-invited = Cawsoch eich gwahodd i ymuno â { $group } fel { $email }.
group-invitation-members = Mae aelodau'n gweld popeth mae'r grŵp yn ei ddilyn ac yn ei gyflwyno, ac ymatebion y tîm. Mae trefnwyr y grŵp yn gweld eich enw a'ch cyfeiriad e-bost; does neb arall yn eu gweld, a dim ond os byddwch chi'n dewis y bydd eich enw'n cael ei ddangos yn gyhoeddus.
group-join-button = Ymuno â'r grŵp
group-invitation-broken = Nid yw'r ddolen wahoddiad hon yn gweithio
group-invitation-broken-why = Efallai ei bod wedi cael ei defnyddio'n barod, neu ei bod wedi dod i ben: mae gwahoddiadau'n gweithio unwaith, am 14 diwrnod. Gofynnwch i drefnydd y grŵp eich gwahodd eto.

group-join-requested = Cais wedi'i anfon: bydd trefnwyr y grŵp yn ei gymeradwyo
group-join-already = Rydych chi eisoes yn aelod o'r grŵp hwn, neu rydych chi wedi gofyn am gael ymuno
group-join-not-open = Gallwch ofyn am gael ymuno ar ôl i'r grŵp gael ei ddilysu
group-contact-not-open = Gall pobl gysylltu â'r grŵp ar ôl iddo gael ei ddilysu
group-contact-sent = Neges wedi'i hanfon: bydd trefnwyr y grŵp yn ateb i'ch cyfeiriad e-bost
group-contact-too-many = Rydych chi wedi anfon sawl neges yn barod. { $unit ->
    [hour] Rhowch gynnig arall arni ymhen { $count ->
        [zero] { $count } awr
        [one] { $count } awr
        [two] { $count } awr
        [few] { $count } awr
        [many] { $count } awr
       *[other] { $count } awr
    }.
   *[minute] Rhowch gynnig arall arni ymhen { $count ->
        [zero] { $count } munud
        [one] { $count } munud
        [two] { $count } funud
        [few] { $count } munud
        [many] { $count } munud
       *[other] { $count } munud
    }.
}
group-registered = Grŵp wedi'i gofrestru
group-registered-reference = Eich cyfeirnod yw
group-registered-next = Bydd y tîm cymdogaeth neu gymedrolwr yn gwirio'r grŵp. Byddwn yn anfon e-bost atoch pan fydd wedi cael ei ddilysu; tan hynny dim ond chi ac aelodau'r grŵp sy'n gallu gweld y dudalen hon.
group-status-pending = Yn aros i gael ei ddilysu: dim ond aelodau'r grŵp a'r staff sy'n gwirio grwpiau sy'n gallu gweld y dudalen hon.
group-status-declined = Heb ei ddilysu, felly nid yw'n gyhoeddus. Y rheswm a roddwyd: { $reason }
group-status-closed = Ar gau. { $reason }
group-works-in = Yn gweithio yn:
group-members-include = Mae'r aelodau'n cynnwys { $names }.
group-dashboard-link = Mynd i ddangosfwrdd y grŵp
group-staff-link = Dilysu'r grŵp neu gofnodi cyfarfod (staff)
group-follows-title = Beth mae'r grŵp yn ei ddilyn
group-follows-none = Nid yw'r grŵp yn dilyn unrhyw beth eto.
group-column-what = Beth
group-column-status = Statws
group-item-label = { $kind }:
group-submissions-title = Materion mae'r grŵp wedi'u cyflwyno
group-submissions-none = Nid yw'r grŵp wedi cyflwyno unrhyw faterion eto.
group-column-issue = Mater
group-column-neighbourhood = Cymdogaeth
group-column-put-forward = Cyflwynwyd
group-join-asked = Rydych chi wedi gofyn am gael ymuno: bydd trefnwyr y grŵp yn cymeradwyo eich cais.
group-join-privacy = Mae trefnwyr y grŵp yn gweld eich enw a'ch cyfeiriad e-bost, er mwyn cymeradwyo eich cais a chadw mewn cysylltiad. Does neb arall yn eu gweld.
group-join-ask-button = Gofyn am gael ymuno â'r grŵp
group-join-sign-in-before = { "" }
group-join-sign-in-link = Mewngofnodwch
group-join-sign-in-after = { " " }i ofyn am gael ymuno â'r grŵp.
group-join-section = Ymuno â'r grŵp
group-contact-title = Cysylltu â'r grŵp
group-contact-intro = Caiff eich neges ei hanfon ymlaen at drefnwyr y grŵp drwy e-bost, gyda'ch enw a'ch cyfeiriad e-bost er mwyn iddyn nhw allu ateb. Nid yw'n mynd at yr heddlu: i roi gwybod am drosedd, ffoniwch 101, neu 999 mewn argyfwng.
group-contact-name = Eich enw
group-contact-email = Eich cyfeiriad e-bost
group-contact-message = Eich neges
group-contact-button = Anfon y neges
group-all-link = Pob grŵp cymunedol

group-item-priority = Blaenoriaeth
group-item-problem = Problem
group-item-vote = Pleidlais
group-item-neighbourhood = Cymdogaeth
group-item-concern = Pryder { $reference }
group-item-neighbourhood-title = Cymdogaeth { $neighbourhood }
group-event-raised = Cyflwynwyd
group-event-set = Pennwyd
group-event-opened = Agorwyd
group-event-status-changed = Newidiwyd y statws
group-event-reply = Ateb gan y tîm
group-event-group-reply = Ysgrifennodd y grŵp
group-event-partner-reply = Ateb gan bartner
group-event-action = Cam gweithredu
group-event-update = Dywedoch chi, gwnaethom ni
group-event-closed = Daeth y bleidlais i ben
group-event-results = Canlyniadau
group-timeline-priority-set = Pennwyd yn flaenoriaeth leol: { $issue }
group-timeline-priority-now = Nawr: { $status }
group-timeline-stage-reached = Wedi symud ymlaen i'r cam { $stage }
group-timeline-work-begun = Dechreuodd y tîm weithio ar: { $title }
group-timeline-vote-announced = Cyhoeddwyd pleidlais. Yn agor: { $opens }. Yn cau: { $closes }.
group-timeline-results-published = Cyhoeddwyd y canlyniadau
group-timeline-made-priority = Fe'i gwnaed yn flaenoriaeth leol: { $issue }
group-timeline-new-priority = Blaenoriaeth leol newydd: { $issue }
group-timeline-new-vote = Pleidlais newydd: { $question }
group-timeline-next = Nesaf: { $text }
group-timeline-proposed = { $description } (wedi'i gynnig ar gyfer y bleidlais nesaf ar flaenoriaethau)

group-follow-offer-neighbourhood = Blaenoriaethau, pleidleisiau a diweddariadau newydd yn ardal { $neighbourhood }
group-follow-priorities-in = Blaenoriaethau yn ardal { $neighbourhood }
group-follow-problems-in = Problemau yn ardal { $neighbourhood }
group-follow-votes-in = Pleidleisiau yn ardal { $neighbourhood }
group-follow-sign-in = Mewngofnodwch i ddilyn beth mae eich tîm cymdogaeth yn ei wneud.
group-follow-organisers-only = Dim ond trefnwyr y grŵp sy'n dewis beth mae'n ei ddilyn
group-follow-choose = Dewiswch rywbeth i'w ddilyn
group-now-following = { $kind ->
    [priority] Yn dilyn y flaenoriaeth nawr
    [problem] Yn dilyn y broblem nawr
    [vote] Yn dilyn y bleidlais nawr
   *[neighbourhood] Yn dilyn y gymdogaeth nawr
}
group-already-following = Eisoes yn ei ddilyn
group-cannot-follow = Nid oes modd dilyn hynny
group-unfollowed = Ddim yn ei ddilyn mwyach
group-choices-saved = Mae eich dewisiadau wedi'u cadw
group-left = Rydych chi wedi gadael y grŵp
group-not-member = Nid ydych chi'n aelod o'r grŵp hwnnw
group-only-organiser = Chi yw unig drefnydd y grŵp. Gwnewch aelod arall yn drefnydd cyn i chi adael
group-dashboard-title = { $group }: dangosfwrdd
group-public-page-link = Tudalen gyhoeddus y grŵp
group-dashboard-heading = Beth mae'r tîm wedi'i wneud ar yr hyn mae'r grŵp yn ei ddilyn
group-stale-count = { $count ->
    [zero] { $count } eitem
    [one] { $count } eitem
    [two] { $count } eitem
    [few] { $count } eitem
    [many] { $count } eitem
   *[other] { $count } eitem
}
group-stale-rest = heb ddiweddariad gan y tîm ers 3 mis neu fwy.
group-dashboard-none = Nid yw'r grŵp yn dilyn unrhyw beth eto, ac nid yw wedi cyflwyno unrhyw faterion.
group-dashboard-caption = Popeth mae'r grŵp yn ei ddilyn neu wedi'i gyflwyno
group-column-last-response = Ymateb diwethaf
group-column-days = Diwrnodau ers i'r tîm ei ddiweddaru
group-stale-tag = Dim diweddariad ers 3 mis
group-none-yet = Dim eto
group-last-response = { $what }, { $date }
group-download = Lawrlwytho cofnod y grŵp (CSV)
group-timelines = Llinellau amser
group-stop-following = Peidio â dilyn
group-item-where = { $neighbourhood }. { $status }.
group-event-when = { $when } – { $what }
group-follow-heading = Dilyn rhywbeth
group-follows-everything = Mae'r grŵp yn dilyn popeth sydd gan ei gymdogaethau.
group-follow-label = Beth ddylai'r grŵp ei ddilyn?
group-follow-placeholder = Dewiswch flaenoriaeth, problem, pleidlais neu gymdogaeth
group-follow-button = Dilyn
group-put-forward-heading = Cyflwyno mater
group-put-forward-intro = Mae mater rydych chi'n ei gyflwyno yn dod yn bryder gan y grŵp: mae'r tîm yn ateb o fewn 72 awr, ac mae'r atebion yn mynd at bob trefnydd. Gallwch ei gynnig ar gyfer y bleidlais nesaf ar flaenoriaethau.
group-put-forward-link = Cyflwyno mater i dîm { $neighbourhood }
group-put-forward-not-verified = Gallwch gyflwyno materion ar ôl i'r grŵp gael ei ddilysu.
group-manage-members = Rheoli aelodau a gwahodd pobl
group-meetings-heading = Cyfarfodydd gyda'r tîm
group-your-choices = Eich dewisiadau
group-alerts = E-byst am newidiadau: { $alerts ->
    [weekly] unwaith yr wythnos
    [immediate] wrth i bethau ddigwydd
   *[none] byth
}.
group-change-alerts = Newid pa mor aml rydych chi'n clywed
group-show-name = Dangos fy enw ar dudalen gyhoeddus y grŵp
group-save-choices = Cadw eich dewisiadau
group-leave = Gadael y grŵp

group-invite-email-missing = Rhowch eu cyfeiriad e-bost
group-invite-sent = Gwahoddiad wedi'i anfon at { $email }
group-invite-already-member = Mae'r person hwnnw eisoes yn aelod
group-invite-not-organiser = Dim ond trefnwyr sy'n gallu gwahodd pobl
group-invite-not-verified = Gallwch wahodd pobl ar ôl i'r grŵp gael ei ddilysu
group-invite-too-many = Rydych chi wedi anfon llawer o wahoddiadau yn ystod yr awr ddiwethaf. { $unit ->
    [hour] Rhowch gynnig arall arni ymhen { $count ->
        [zero] { $count } awr
        [one] { $count } awr
        [two] { $count } awr
        [few] { $count } awr
        [many] { $count } awr
       *[other] { $count } awr
    }.
   *[minute] Rhowch gynnig arall arni ymhen { $count ->
        [zero] { $count } munud
        [one] { $count } munud
        [two] { $count } funud
        [few] { $count } munud
        [many] { $count } munud
       *[other] { $count } munud
    }.
}
group-member-approved = Cais wedi'i gymeradwyo
group-member-refused = Cais wedi'i wrthod
group-member-made-organiser = Maen nhw bellach yn drefnydd
group-member-made-member = Maen nhw bellach yn aelod
group-member-removed = Aelod wedi'i dynnu
group-members-not-organiser = Dim ond trefnwyr sy'n gallu newid aelodau
group-members-not-now = Mae'r aelod neu'r cais hwnnw wedi newid yn barod. Gwiriwch y rhestr eto
group-members-last-organiser = Rhaid i'r grŵp gadw trefnydd: gwnewch aelod arall yn drefnydd yn gyntaf
group-members-title = { $group }: aelodau
group-back-to-dashboard = Yn ôl i'r dangosfwrdd
group-members = Aelodau
group-requests = Yn gofyn am gael ymuno
group-requests-none = Does neb yn aros.
group-column-who = Pwy
group-column-asked = Gofynnwyd
group-column-decide = Penderfynu
group-column-role = Rôl
group-column-joined = Ymunodd
group-column-change = Newid
group-approve = Cymeradwyo
group-refuse = Gwrthod
group-make-member = Gwneud yn aelod
group-make-organiser = Gwneud yn drefnydd
group-remove = Tynnu
group-role-organiser = Trefnydd
group-role-member = Aelod
group-member-you = { $who } (chi)
group-invite-heading = Gwahodd rhywun
group-invite-intro = Rydyn ni'n anfon dolen atyn nhw drwy e-bost sy'n gweithio unwaith, am 14 diwrnod. Dim ond trefnwyr y grŵp sy'n gweld cyfeiriadau aelodau.
group-invite-email-label = Eu cyfeiriad e-bost
group-invite-button = Anfon y gwahoddiad
group-no-such-group = Nid oes grŵp o'r fath.
