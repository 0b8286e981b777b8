## The emails residents receive. Each has a plain-text and an HTML part.

email-greeting = Dzień dobry,
email-sent-by = Nadawca: { $sender }.
email-footer = W nagłym wypadku dzwoń pod numer 999. Nie odpowiadaj na tę wiadomość: ta skrzynka nie jest sprawdzana.
email-link-fallback = Jeśli link nie działa, skopiuj ten adres do przeglądarki:
email-force-sender = Zespoły policji dzielnicowej – { $force }
sign-in-email-subject = Twój link do logowania w serwisie Policja dzielnicowa
sign-in-email-asked = Ktoś poprosił o zalogowanie się w serwisie Policja dzielnicowa przy użyciu tego adresu e-mail.
sign-in-email-link = Zaloguj się do serwisu Policja dzielnicowa
sign-in-email-works-once = Link działa tylko raz, przez { $minutes } min.
sign-in-email-ignore = Jeśli to nie Ty chcesz się zalogować, możesz zignorować tę wiadomość: bez tego linku nikt nie może się zalogować.
