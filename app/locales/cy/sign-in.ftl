## Residents signing in by emailed link: "Sign in", "Check your email" and the link's page.

sign-in-title = Mewngofnodi
sign-in-why = Mewngofnodwch i gadw lle mewn cymhorthfa, i godi pryder neu i bleidleisio ar flaenoriaethau eich cymdogaeth.
sign-in-how = Byddwn yn anfon dolen atoch drwy e-bost. Dilynwch hi o fewn 20 munud, yn y porwr hwn, i fewngofnodi. Os nad ydych wedi mewngofnodi o'r blaen, bydd hyn yn creu eich cyfrif, a gallwch ychwanegu eich enw ato. Nid oes cyfrinair.
sign-in-email-label = Cyfeiriad e-bost
sign-in-button = Anfon dolen ataf drwy e-bost
sign-in-staff = Staff yr heddlu:
sign-in-staff-link = mewngofnodwch yma
email-missing = Rhowch eich cyfeiriad e-bost
email-malformed = Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com
sign-in-too-many = Rydych chi wedi gofyn am ormod o ddolenni mewngofnodi. { $unit ->
    [hour] Rhowch gynnig arall arni ymhen { $count ->
        [one] { $count } awr
       *[other] { $count } awr
    }.
   *[minute] Rhowch gynnig arall arni ymhen { $count ->
        [one] { $count } munud
        [two] { $count } funud
       *[other] { $count } munud
    }.
}
check-email-title = Gwiriwch eich e-bost
check-email-sent-to = Rydym wedi anfon dolen mewngofnodi i { $email }.
check-email-sent = Rydym wedi anfon dolen mewngofnodi atoch.
check-email-works-once = Dim ond unwaith y mae'r ddolen yn gweithio, am 20 munud. Os nad yw'n cyrraedd o fewn ychydig funudau, gwiriwch eich ffolder sbam.
check-email-another = Gofyn am ddolen arall
confirm-title = Mewngofnodi i blismona yn y gymdogaeth
confirm-as = Rydych chi'n mewngofnodi fel { $email }.
confirm-button = Parhau a mewngofnodi
confirm-not-yours = Os nad hwn yw eich cyfeiriad, peidiwch â pharhau:
confirm-not-yours-link = gofynnwch am ddolen mewngofnodi i chi eich hun
confirm-elsewhere-title = Gwiriwch mai eich dolen mewngofnodi chi yw hon
confirm-elsewhere-why = Gofynnwyd am y ddolen hon mewn porwr gwahanol neu ar ddyfais arall. Gall rhywun arall anfon dolen atoch er mwyn i chi fewngofnodi i'w cyfrif nhw, fel y gallan nhw weld beth rydych chi'n ei wneud yno. Felly mae angen i ni wirio mai eich dolen chi yw hon.
confirm-elsewhere-hint = Y cyfeiriad e-bost y gwnaethoch ei ddefnyddio i ofyn am y ddolen mewngofnodi hon.
confirm-elsewhere-button = Mewngofnodi
confirm-elsewhere-not-asked = Os na wnaethoch ofyn am ddolen mewngofnodi, peidiwch â'i defnyddio:
confirm-elsewhere-not-asked-link = gofynnwch am eich dolen eich hun
confirm-wrong-address = Ni chafodd y ddolen hon ei hanfon i'r cyfeiriad hwnnw. Os na wnaethoch ofyn amdani, peidiwch â'i defnyddio: gofynnwch am ddolen mewngofnodi i chi eich hun.
confirm-expired = Mae'r ddolen mewngofnodi honno wedi dod i ben: mae dolenni'n gweithio am 20 munud. Gofynnwch am un newydd.
confirm-used = Mae'r ddolen mewngofnodi honno eisoes wedi cael ei defnyddio: dim ond unwaith y mae pob dolen yn gweithio. Gofynnwch am un newydd.
confirm-not-recognised = Nid ydym yn adnabod y ddolen mewngofnodi honno. Gofynnwch am un newydd.
confirm-broken-title = Dolen mewngofnodi ddim yn gweithio
confirm-broken-heading = Nid yw'r ddolen mewngofnodi hon yn gweithio
confirm-new-link = Gofyn am ddolen newydd
signed-in-new-account = Mae eich cyfrif wedi cael ei greu ac rydych chi wedi mewngofnodi. Gallwch ychwanegu eich enw ar y dudalen hon.
signed-in = Rydych chi wedi mewngofnodi
