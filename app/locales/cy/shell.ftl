## What every page shares: the header, the footer, the language switcher and form errors.

# Whether a native speaker has checked this language's translation: "yes" or "no". English is
# the original.
translation-reviewed = no
translation-unchecked = Nid yw siaradwr Cymraeg iaith gyntaf wedi gwirio'r cyfieithiad hwn eto. Os oes rhywbeth yn aneglur, { -english-link }.
-english-link = darllenwch y dudalen hon yn Saesneg
service-name = Plismona yn y gymdogaeth
page-title = { $title } – Plismona yn y gymdogaeth
skip-to-main = Neidio i'r prif gynnwys
nav-account = Cyfrif
nav-your-account = Eich cyfrif
nav-sign-in = Mewngofnodi
nav-staff-dashboard = Dangosfwrdd staff
nav-your-sign-in = Eich manylion mewngofnodi
nav-sign-out = Allgofnodi
nav-language = Iaith
language-switch = Newid iaith
footer-emergency = Mewn argyfwng, ffoniwch 999. I roi gwybod am drosedd neu i gysylltu â'r heddlu pan nad yw'n argyfwng, ffoniwch 101.
footer-groups = Grwpiau cymunedol
footer-accessibility = Datganiad hygyrchedd
footer-privacy = Hysbysiad preifatrwydd
footer-open-data = Data agored
footer-staff-sign-in = Mewngofnodi staff
error-summary-title = Mae problem wedi codi
error-prefix = Gwall:
error-title = Gwall: { $title }
# Welsh has six plural forms (CLDR): zero, one, two, few, many and other. "Lle" takes a soft
# mutation after two ("2 le").
places-left = { $count ->
    [zero] Dim lleoedd ar ôl
    [one] { $count } lle ar ôl
    [two] { $count } le ar ôl
    [few] { $count } lle ar ôl
    [many] { $count } lle ar ôl
   *[other] { $count } lle ar ôl
}
not-found-title = Heb ddod o hyd i'r dudalen
not-found-typed = Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
not-found-pasted = Os gwnaethoch ludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.
forbidden-title = Nid oes gennych ganiatâd i weld y dudalen hon
forbidden-body = Nid yw eich cyfrif staff yn rhoi mynediad i chi i'r dudalen hon. Os ydych chi'n credu y dylai, gofynnwch i weinyddwr eich heddlu.
forbidden-link = Ewch i'ch dangosfwrdd staff
fault-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth
fault-try-later = Rhowch gynnig arall arni yn nes ymlaen.
fault-emergency = Mewn argyfwng, ffoniwch 999. I gysylltu â'r heddlu pan nad yw'n argyfwng, ffoniwch 101.
charcount-up-to = Gallwch roi hyd at { $count } nod
charcount-remaining = { $count ->
    [zero] Mae gennych { $count } nod yn weddill
    [one] Mae gennych { $count } nod yn weddill
    [two] Mae gennych { $count } nod yn weddill
    [few] Mae gennych { $count } nod yn weddill
    [many] Mae gennych { $count } nod yn weddill
   *[other] Mae gennych { $count } nod yn weddill
}
charcount-too-many = { $count ->
    [zero] Mae gennych { $count } nod yn ormod
    [one] Mae gennych { $count } nod yn ormod
    [two] Mae gennych { $count } nod yn ormod
    [few] Mae gennych { $count } nod yn ormod
    [many] Mae gennych { $count } nod yn ormod
   *[other] Mae gennych { $count } nod yn ormod
}
list-separator = { ", " }
list-and = { $first } a { $last }
