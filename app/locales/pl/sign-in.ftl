## Residents signing in by emailed link: "Sign in", "Check your email" and the link's page.

sign-in-title = Zaloguj się
sign-in-why = Zaloguj się, aby zarezerwować miejsce na dyżurze, zgłosić problem lub zagłosować w sprawie priorytetów swojej dzielnicy.
sign-in-how = Wyślemy Ci link e-mailem. Aby się zalogować, otwórz go w ciągu 20 minut w tej przeglądarce. Jeśli logujesz się po raz pierwszy, w ten sposób utworzysz konto i możesz dodać do niego swoje imię i nazwisko. Hasło nie jest potrzebne.
sign-in-email-label = Adres e-mail
sign-in-button = Wyślij mi link
sign-in-staff = Pracownicy policji:
sign-in-staff-link = zaloguj się tutaj
email-missing = Wpisz swój adres e-mail
email-malformed = Wpisz adres e-mail w prawidłowym formacie, np. name@example.com
sign-in-too-many = Poproszono o zbyt wiele linków do logowania. { $unit ->
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
check-email-title = Sprawdź swoją pocztę e-mail
check-email-sent-to = Wysłaliśmy link do logowania na adres { $email }.
check-email-sent = Wysłaliśmy Ci link do logowania.
check-email-works-once = Link działa tylko raz, przez 20 minut. Jeśli nie dotrze w ciągu kilku minut, sprawdź folder ze spamem.
check-email-another = Poproś o kolejny link
confirm-title = Zaloguj się do serwisu Policja dzielnicowa
confirm-as = Logujesz się jako { $email }.
confirm-button = Kontynuuj i zaloguj się
confirm-not-yours = To nie Twój adres? Nie kontynuuj:
confirm-not-yours-link = poproś o własny link do logowania
confirm-elsewhere-title = Sprawdź, czy ten link do logowania należy do Ciebie
confirm-elsewhere-why = O ten link poproszono w innej przeglądarce lub na innym urządzeniu. Ktoś może wysłać Ci link, aby zalogować Cię na swoje konto i widzieć, co tam robisz, dlatego musimy sprawdzić, czy ten link należy do Ciebie.
confirm-elsewhere-hint = Adres e-mail, który podano, prosząc o ten link do logowania.
confirm-elsewhere-button = Zaloguj się
confirm-elsewhere-not-asked = Jeśli o link do logowania poprosił ktoś inny, nie używaj go:
confirm-elsewhere-not-asked-link = poproś o własny
confirm-wrong-address = Ten link nie został wysłany na ten adres. Jeśli poprosił o niego ktoś inny, nie używaj go: poproś o własny link do logowania.
confirm-expired = Ten link do logowania wygasł: linki działają przez 20 minut. Poproś o nowy.
confirm-used = Ten link do logowania został już użyty: każdy link działa tylko raz. Poproś o nowy.
confirm-not-recognised = Nie rozpoznajemy tego linku do logowania. Poproś o nowy.
confirm-broken-title = Link do logowania nie działa
confirm-broken-heading = Ten link do logowania nie działa
confirm-new-link = Poproś o nowy link
signed-in-new-account = Utworzyliśmy Twoje konto i zalogowaliśmy Cię. Na tej stronie możesz dodać swoje imię i nazwisko.
signed-in = Logowanie powiodło się
