## Messages a neighbourhood team sends to residents who follow the neighbourhood: their page,
## the warning on the neighbourhood page, the email, and choosing which kinds come by email.

# The five kinds of message, as names (at the start of a sentence or after a colon).
message-kind-appeal = Apêl am wybodaeth
message-kind-advice = Cyngor ar atal troseddau
message-kind-warning = Rhybudd
message-kind-news = Newyddion lleol
message-kind-event = Digwyddiad

messages-title = Negeseuon gan dîm { $neighbourhood }
messages-intro = Apeliadau am wybodaeth, cyngor ar atal troseddau, rhybuddion, newyddion lleol a digwyddiadau y mae'r tîm wedi'u hanfon at breswylwyr sy'n dilyn y gymdogaeth hon.
messages-none = Nid yw'r tîm wedi anfon unrhyw negeseuon eto.
messages-sent-on = Anfonwyd: { $date }
messages-until = Yn berthnasol tan ddiwedd { $date }
messages-ended = Nid yw hyn yn berthnasol mwyach. Roedd yn berthnasol tan ddiwedd { $date }.
messages-follow = I gael negeseuon y tîm drwy e-bost, dilynwch y gymdogaeth hon o'i thudalen.
messages-feed = Dilyn negeseuon y tîm (ffrwd Atom)
messages-back = Yn ôl i dudalen { $neighbourhood }
# On the neighbourhood page.
messages-warning-heading = Rhybudd gan y tîm
messages-warning-link = Darllen y rhybudd yn llawn
messages-latest-title = Negeseuon gan y tîm
messages-see-all = Gweld pob neges gan y tîm
feed-messages-title = Negeseuon gan dîm { $neighbourhood }

# On the resident's account page.
account-messages-title = Negeseuon gan eich timau
account-messages-intro = Dewiswch pa fathau o neges gan dimau'r cymdogaethau rydych chi'n eu dilyn sy'n dod atoch drwy e-bost.
account-messages-immediate = Anfonwch e-bost ataf wrth iddyn nhw gael eu hanfon
account-messages-never = Peidiwch ag anfon e-bost ataf
account-messages-save = Cadw eich dewisiadau
account-messages-saved = Mae eich dewisiadau o ran negeseuon wedi'u cadw

# The page a "stop these emails" link opens; $kind is one of the message-kind- names.
unsubscribe-messages-title = Stopio e-byst o'r math hwn: { $kind }
unsubscribe-messages-explained = Pwyswch y botwm i roi'r gorau i gael y math hwn o neges gan dimau cymdogaeth drwy e-bost. Bydd mathau eraill yn dal i ddod, a gallwch ddewis eto yn eich cyfrif.

# The email of a message. $kind is one of the message-kind- names.
email-message-opening = Neges gan dîm cymdogaeth { $neighbourhood }. { $kind }:
email-message-link = Darllen y neges ar y wefan
email-message-why = Rydych chi'n cael y neges hon oherwydd eich bod chi'n dilyn { $neighbourhood }. I stopio negeseuon o'r math hwn ({ $kind }), defnyddiwch y ddolen hon: { $link } I ddewis pa negeseuon rydych chi'n eu cael, ewch i'ch cyfrif.
email-message-subject = { $kind }: { $title }

# Choosing a digest, on the account page.
account-messages-daily = Anfonwch grynodeb dyddiol ataf drwy e-bost
account-messages-weekly = Anfonwch grynodeb wythnosol ataf drwy e-bost

# The page a "stop this digest" link opens.
unsubscribe-digest-daily-title = Stopio'r crynodeb dyddiol o negeseuon y timau
unsubscribe-digest-weekly-title = Stopio'r crynodeb wythnosol o negeseuon y timau
unsubscribe-digest-explained = Pwyswch y botwm i stopio'r crynodeb hwn. Ni fydd y mathau o neges a oedd yn dod ynddo yn dod drwy e-bost mwyach, a gallwch ddewis eto yn eich cyfrif.

# A digest of messages: $date is the last day it covers, $kind one of the message-kind- names.
email-digest-daily-subject = Negeseuon gan eich timau cymdogaeth: { $date }
email-digest-weekly-subject = Negeseuon gan eich timau cymdogaeth yn yr wythnos hyd at { $date }
email-digest-opening = Anfonodd eich timau cymdogaeth y negeseuon hyn. Rydych chi wedi dewis eu cael gyda'i gilydd.
email-digest-item = { $kind } gan dîm { $neighbourhood }: { $title }
email-digest-read = Darllenwch y neges ar y wefan: { $link }
email-digest-why = Rydych chi'n cael y crynodeb hwn oherwydd eich bod chi'n dilyn y cymdogaethau hyn. I'w stopio, defnyddiwch y ddolen hon: { $link } I ddewis pa negeseuon rydych chi'n eu cael, a sut, ewch i'ch cyfrif.

# The opening of the email of a message from the force (for a Local Policing Area or the whole
# force) rather than one team; $kind is one of the message-kind- names.
email-message-opening-force = Neges gan { $force } i breswylwyr sy'n dilyn ei gymdogaethau. { $kind }:

# "Was this useful?": in the email of a message ($yes and $no are links), and the page they open.
email-message-useful = A oedd y neges hon yn ddefnyddiol? Rhowch wybod i'r tîm, gydag un clic ar y dudalen y mae pob dolen yn ei hagor. Oedd: { $yes } Nac oedd: { $no }
useful-title = A oedd y neges hon yn ddefnyddiol?
useful-intro = Mae eich ateb yn helpu'r tîm i anfon negeseuon y mae preswylwyr eu heisiau. Mae'n cyfrif unwaith: gallwch ei newid.
useful-yes = Oedd, roedd yn ddefnyddiol
useful-no = Nac oedd, nid oedd yn ddefnyddiol
useful-send = Anfon fy ateb
useful-thanks = Diolch. Mae eich ateb wedi'i gofnodi.
useful-not-recognised = Ni chafodd y ddolen hon ei hadnabod. Defnyddiwch y dolenni yn yr e-bost a anfonodd y tîm atoch.
useful-not-sent = Dim ond preswylwyr yr anfonwyd y neges atynt sy'n gallu ateb.
useful-missing = Dewiswch “Oedd” neu “Nac oedd”

# Writing back to the team about a message: a link in its email, the page in the resident's
# account ($title is the message's title), and the email when the team answers.
email-message-reply = I ysgrifennu'n ôl at y tîm am y neges hon, defnyddiwch y ddolen hon (gofynnir i chi fewngofnodi yn gyntaf): { $link }
message-reply-caption = Neges gan dîm { $neighbourhood }
message-reply-caption-force = Neges gan { $force }
message-reply-thread-title = Eich sgwrs gyda'r tîm
message-reply-thread-none = Nid ydych chi wedi ysgrifennu at y tîm am y neges hon.
message-reply-you = Ysgrifennoch chi, { $time }
message-reply-team = Atebodd y tîm, { $time }
message-reply-write-title = Ysgrifennu at y tîm
message-reply-label = Eich ateb
message-reply-hint = Dim ond tîm y gymdogaeth sy'n ei ddarllen, yn y porth: nid ydyn nhw'n gweld eich cyfeiriad e-bost. Byddwn yn anfon e-bost atoch pan fyddan nhw'n ateb.
message-reply-send = Anfon eich ateb
message-reply-missing = Rhowch eich ateb
message-reply-sent = Mae eich ateb wedi'i anfon at y tîm. Byddwn yn anfon e-bost atoch pan fyddan nhw'n ateb.
message-reply-not-sent = Dim ond preswylwyr yr anfonwyd y neges atynt sy'n gallu ysgrifennu'n ôl amdani
message-reply-too-many = Rydych chi wedi anfon { $limit } ateb am y neges hon heddiw. Bydd y tîm yn eu darllen ac yn ateb. { $unit ->
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
message-reply-back = Yn ôl i'ch cyfrif
account-messages-received-title = Negeseuon a anfonwyd atoch
account-messages-read-and-reply = Agorwch un i'w darllen ac i ysgrifennu'n ôl at y tîm amdani.
email-message-answer-subject = Mae'r tîm wedi eich ateb am: { $title }
email-message-answered = Mae tîm eich cymdogaeth wedi ateb yr hyn a ysgrifennoch chi am y neges "{ $title }":
email-message-answer-link = Darllen ac ysgrifennu'n ôl
email-message-answer-to-write = I ysgrifennu'n ôl, defnyddiwch y ddolen uchod. Nid yw'r tîm yn gweld eich cyfeiriad e-bost.
