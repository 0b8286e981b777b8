## Messages a neighbourhood team sends to residents who follow the neighbourhood: their page,
## the warning on the neighbourhood page, the email, and choosing which kinds come by email.

# The five kinds of message, as names (at the start of a sentence or after a colon).
message-kind-appeal = Prośba o informacje
message-kind-advice = Porady dotyczące zapobiegania przestępczości
message-kind-warning = Ostrzeżenie
message-kind-news = Lokalne aktualności
message-kind-event = Wydarzenie

messages-title = Wiadomości od zespołu dzielnicowego { $neighbourhood }
messages-intro = Prośby o informacje, porady dotyczące zapobiegania przestępczości, ostrzeżenia, lokalne aktualności i wydarzenia, które zespół wysłał mieszkańcom obserwującym tę dzielnicę.
messages-none = Zespół nie wysłał jeszcze żadnych wiadomości.
messages-sent-on = Wysłano: { $date }
messages-until = Obowiązuje do końca dnia: { $date }
messages-ended = To już nie obowiązuje. Obowiązywało do końca dnia: { $date }.
messages-follow = Aby otrzymywać wiadomości zespołu e-mailem, obserwuj tę dzielnicę na jej stronie.
messages-feed = Obserwuj wiadomości zespołu (kanał Atom)
messages-back = Wróć do strony dzielnicy { $neighbourhood }
# On the neighbourhood page.
messages-warning-heading = Ostrzeżenie od zespołu
messages-warning-link = Przeczytaj całe ostrzeżenie
messages-latest-title = Wiadomości od zespołu
messages-see-all = Zobacz wszystkie wiadomości od zespołu
feed-messages-title = Wiadomości od zespołu dzielnicowego { $neighbourhood }

# On the resident's account page.
account-messages-title = Wiadomości od Twoich zespołów
account-messages-intro = Wybierz, jakie rodzaje wiadomości od zespołów obserwowanych przez Ciebie dzielnic mają przychodzić do Ciebie e-mailem.
account-messages-immediate = Wysyłaj mi e-mail od razu, gdy zostaną wysłane
account-messages-never = Nie wysyłaj mi e-maili
account-messages-save = Zapisz swój wybór
account-messages-saved = Twój wybór wiadomości został zapisany

# The page a "stop these emails" link opens; $kind is one of the message-kind- names.
unsubscribe-messages-title = Wyłącz e-maile tego rodzaju: { $kind }
unsubscribe-messages-explained = Naciśnij przycisk, aby przestać otrzymywać e-mailem ten rodzaj wiadomości od zespołów dzielnicowych. Inne rodzaje nadal będą przychodzić, a swój wybór możesz zmienić na koncie.

# The email of a message. $kind is one of the message-kind- names.
email-message-opening = Wiadomość od zespołu dzielnicowego { $neighbourhood }. { $kind }:
email-message-link = Przeczytaj ją w serwisie
email-message-why = Otrzymujesz tę wiadomość, ponieważ obserwujesz dzielnicę { $neighbourhood }. Aby wyłączyć wiadomości tego rodzaju ({ $kind }), użyj tego linku: { $link } Aby wybrać, jakie wiadomości otrzymujesz, przejdź do swojego konta.
email-message-subject = { $kind }: { $title }

# Choosing a digest, on the account page.
account-messages-daily = Wysyłaj mi e-mailem codzienne podsumowanie
account-messages-weekly = Wysyłaj mi e-mailem cotygodniowe podsumowanie

# The page a "stop this digest" link opens.
unsubscribe-digest-daily-title = Wyłącz codzienne podsumowanie wiadomości od zespołów
unsubscribe-digest-weekly-title = Wyłącz cotygodniowe podsumowanie wiadomości od zespołów
unsubscribe-digest-explained = Naciśnij przycisk, aby wyłączyć to podsumowanie. Rodzaje wiadomości, które w nim przychodziły, nie będą już przychodzić e-mailem, a swój wybór możesz zmienić na koncie.

# A digest of messages: $date is the last day it covers, $kind one of the message-kind- names.
email-digest-daily-subject = Wiadomości od Twoich zespołów dzielnicowych (dzień: { $date })
email-digest-weekly-subject = Wiadomości od Twoich zespołów dzielnicowych (tydzień zakończony: { $date })
email-digest-opening = Twoje zespoły dzielnicowe wysłały te wiadomości. Zgodnie z Twoim wyborem otrzymujesz je razem.
email-digest-item = { $kind } od zespołu dzielnicowego { $neighbourhood }: { $title }
email-digest-read = Przeczytaj ją w serwisie: { $link }
email-digest-why = Otrzymujesz to podsumowanie, ponieważ obserwujesz te dzielnice. Aby je wyłączyć, użyj tego linku: { $link } Aby wybrać, jakie wiadomości otrzymujesz i w jaki sposób, przejdź do swojego konta.

# The opening of the email of a message from the force (for a Local Policing Area or the whole
# force) rather than one team; $kind is one of the message-kind- names.
email-message-opening-force = Wiadomość od jednostki policji { $force } do mieszkańców obserwujących jej dzielnice. { $kind }:

# "Was this useful?": in the email of a message ($yes and $no are links), and the page they open.
email-message-useful = Czy ta wiadomość była przydatna? Daj znać zespołowi jednym kliknięciem na stronie, którą otwiera każdy z linków. Tak: { $yes } Nie: { $no }
useful-title = Czy ta wiadomość była przydatna?
useful-intro = Twoja odpowiedź pomaga zespołowi wysyłać wiadomości, których chcą mieszkańcy. Liczy się tylko raz: możesz ją zmienić.
useful-yes = Tak, była przydatna
useful-no = Nie, nie była przydatna
useful-send = Wyślij moją odpowiedź
useful-thanks = Dziękujemy. Twoja odpowiedź została zapisana.
useful-not-recognised = Ten link nie został rozpoznany. Użyj linków z e-maila, który wysłał Ci zespół.
useful-not-sent = Odpowiedzieć mogą tylko mieszkańcy, do których wysłano tę wiadomość.
useful-missing = Wybierz „Tak” lub „Nie”

# Writing back to the team about a message: a link in its email, the page in the resident's
# account ($title is the message's title), and the email when the team answers.
email-message-reply = Aby odpowiedzieć zespołowi w sprawie tej wiadomości, użyj tego linku (najpierw poprosimy Cię o zalogowanie się): { $link }
message-reply-caption = Wiadomość od zespołu dzielnicowego { $neighbourhood }
message-reply-caption-force = Wiadomość od jednostki policji { $force }
message-reply-thread-title = Twoja rozmowa z zespołem
message-reply-thread-none = Nie pisałeś(-aś) jeszcze do zespołu w sprawie tej wiadomości.
message-reply-you = Twoja odpowiedź, { $time }
message-reply-team = Odpowiedź zespołu, { $time }
message-reply-write-title = Napisz do zespołu
message-reply-label = Twoja odpowiedź
message-reply-hint = Czyta ją tylko zespół dzielnicowy, w serwisie: nie widzi Twojego adresu e-mail. Wyślemy Ci e-mail, gdy zespół odpowie.
message-reply-send = Wyślij odpowiedź
message-reply-missing = Wpisz odpowiedź
message-reply-sent = Twoja odpowiedź została wysłana do zespołu. Wyślemy Ci e-mail, gdy zespół odpowie.
message-reply-not-sent = Odpowiedzieć w sprawie tej wiadomości mogą tylko mieszkańcy, do których ją wysłano
message-reply-too-many = Wysłano już dziś { $limit ->
    [one] { $limit } odpowiedź
    [few] { $limit } odpowiedzi
    [many] { $limit } odpowiedzi
   *[other] { $limit } odpowiedzi
} w sprawie tej wiadomości. Zespół je przeczyta i odpowie. { $unit ->
    [hour] Spróbuj ponownie za { $count ->
        [one] { $count } godzinę
        [few] { $count } godziny
        [many] { $count } godzin
       *[other] { $count } godziny
    }.
   *[minute] Spróbuj ponownie za { $count ->
        [one] { $count } minutę
        [few] { $count } minuty
        [many] { $count } minut
       *[other] { $count } minuty
    }.
}
message-reply-back = Wróć do swojego konta
account-messages-received-title = Wiadomości wysłane do Ciebie
account-messages-read-and-reply = Otwórz wiadomość, aby ją przeczytać i odpowiedzieć zespołowi w jej sprawie.
email-message-answer-subject = Zespół odpowiedział Ci w sprawie: { $title }
email-message-answered = Twój zespół dzielnicowy odpowiedział na to, co napisałeś(-aś) w sprawie wiadomości „{ $title }”:
email-message-answer-link = Przeczytaj i odpowiedz
email-message-answer-to-write = Aby odpowiedzieć, użyj linku powyżej. Zespół nie widzi Twojego adresu e-mail.
