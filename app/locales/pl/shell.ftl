## What every page shares: the header, the footer, the language switcher and form errors.

# Whether a native speaker has checked this language's translation: "yes" or "no". English is
# the original.
translation-reviewed = no
translation-unchecked = To tłumaczenie nie zostało jeszcze sprawdzone przez osobę, dla której polski jest językiem ojczystym. Jeśli coś jest niejasne, { -english-link }.
-english-link = przeczytaj tę stronę po angielsku
service-name = Policja dzielnicowa
page-title = { $title } – Policja dzielnicowa
skip-to-main = Przejdź do treści głównej
nav-account = Konto
nav-your-account = Twoje konto
nav-sign-in = Zaloguj się
nav-staff-dashboard = Panel pracowników
nav-your-sign-in = Twoje logowanie
nav-sign-out = Wyloguj się
nav-language = Język
language-switch = Zmień język
footer-emergency = W nagłym wypadku dzwoń pod numer 999. Aby zgłosić przestępstwo lub skontaktować się z policją w sprawie, która nie jest nagła, dzwoń pod numer 101.
footer-groups = Grupy lokalnej społeczności
footer-accessibility = Deklaracja dostępności
footer-privacy = Informacja o ochronie prywatności
footer-open-data = Otwarte dane
footer-staff-sign-in = Logowanie dla pracowników
error-summary-title = Wystąpił problem
error-prefix = Błąd:
error-title = Błąd: { $title }
places-left = { $count ->
    [0] Brak wolnych miejsc
    [one] { $count } miejsce wolne
    [few] { $count } miejsca wolne
    [many] { $count } miejsc wolnych
   *[other] { $count } miejsca wolnego
}
not-found-title = Nie znaleziono strony
not-found-typed = Jeśli adres strony został wpisany ręcznie, sprawdź, czy jest poprawny.
not-found-pasted = Jeśli adres strony został wklejony, sprawdź, czy skopiowano cały adres.
forbidden-title = Nie masz uprawnień do wyświetlenia tej strony
forbidden-body = Twoje konto pracownika nie daje dostępu do tej strony. Jeśli uważasz, że powinno, zwróć się do administratora swojej jednostki policji.
forbidden-link = Przejdź do panelu pracowników
fault-title = Przepraszamy, wystąpił problem z usługą
fault-try-later = Spróbuj ponownie później.
fault-emergency = W nagłym wypadku dzwoń pod numer 999. Aby skontaktować się z policją w sprawie, która nie jest nagła, dzwoń pod numer 101.
charcount-up-to = Możesz wpisać do { $count } znaków
charcount-remaining = { $count ->
    [one] Pozostał Ci { $count } znak
    [few] Pozostały Ci { $count } znaki
    [many] Pozostało Ci { $count } znaków
   *[other] Pozostało Ci { $count } znaku
}
charcount-too-many = { $count ->
    [one] Masz o { $count } znak za dużo
    [few] Masz o { $count } znaki za dużo
    [many] Masz o { $count } znaków za dużo
   *[other] Masz o { $count } znaku za dużo
}
list-separator = { ", " }
list-and = { $first } i { $last }
