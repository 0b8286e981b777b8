## The statements every page links to from its footer: accessibility, privacy and open data.
## Placeables such as { $session } or { $boundary } are code (a cookie's name, a JSON key, an
## HTTP header or status): they are shown as written, in English, in every language.

## The accessibility statement (/accessibility).

accessibility-title = Deklaracja dostępności
accessibility-lead = Ta strona internetowa służy mieszkańcom do znalezienia swojego zespołu policji dzielnicowej, a pracownikom policji do aktualizowania informacji. Chcemy, aby mogło z niej korzystać jak najwięcej osób.
accessibility-able = Powinno być możliwe:
accessibility-able-no-javascript = korzystanie z każdej strony i formularza bez JavaScriptu oraz na małym ekranie
accessibility-able-zoom = powiększenie do 400% bez wychodzenia tekstu poza ekran
accessibility-able-skip = przejście z góry każdej strony do jej głównej treści za pomocą jednego linku
accessibility-able-keyboard = korzystanie z każdego formularza wyłącznie za pomocą klawiatury, z ewentualnymi problemami wymienionymi na górze strony i obok odpowiedzi, którą trzeba zmienić
accessibility-able-screen-reader = korzystanie ze strony za pomocą czytnika ekranu
accessibility-how-title = Jak dostępna jest ta strona
accessibility-aim = Naszym celem jest spełnienie Wytycznych dotyczących dostępności treści internetowych (WCAG) w wersji 2.2 na poziomie AA. Wiemy, że niektóre części ich nie spełniają:
accessibility-short-map = Mapa obszaru dzielnicy to rysunek jej granicy. Jej tekst alternatywny podaje nazwę obszaru, ale nie ulice na jego skraju: jeśli nie masz pewności, który zespół obejmuje Twoją ulicę, zadzwoń pod numer 101.
accessibility-short-audit = Strona nie została jeszcze sprawdzona przez audytora dostępności ani przetestowana z udziałem osób korzystających z technologii wspomagających.
accessibility-testing-title = Jak przetestowaliśmy tę stronę
accessibility-testing = Każda zmiana na stronie jest testowana przed publikacją. Testy automatyczne otwierają każdą stronę w przeglądarce Chromium, z JavaScriptem i bez niego, i sprawdzają ją pod kątem poziomów A i AA WCAG 2.2 za pomocą narzędzia axe-core. Wypełniają też i wysyłają każdy formularz oraz sprawdzają, czy problemy są wymienione na górze strony i czy ustawiony jest na nich fokus.
accessibility-reporting-title = Zgłaszanie problemów z tą stroną
accessibility-reporting = Jeśli znajdziesz problem, którego tu nie wymieniono, lub potrzebujesz informacji z tej strony w innym formacie, daj nam znać: skontaktuj się ze swoim zespołem dzielnicowym, korzystając z danych na jego stronie, lub zadzwoń pod numer 101 i poproś o połączenie z nim. Podaj, o którą stronę chodzi i co poszło nie tak.
accessibility-eass = Jeśli nasza odpowiedź Cię nie satysfakcjonuje, skontaktuj się ze Służbą Doradztwa i Wsparcia ds. Równości (EASS).
accessibility-preparation-title = Przygotowanie deklaracji
accessibility-prepared = Deklarację sporządzono 2 grudnia 2026 r.

## The privacy notice (/privacy).

privacy-title = Informacja o ochronie prywatności
privacy-lead = Za informacje przechowywane przez tę stronę odpowiada jednostka policji, która ją prowadzi. Na tej stronie wyjaśniamy, jakie to informacje, dlaczego je przechowujemy i jak długo.
privacy-postcodes-title = Jeśli wyszukujesz kod pocztowy
privacy-postcodes = Nie przechowujemy kodów pocztowych, które wyszukujesz. Nasze rejestry zapytań zawierają nazwę strony, a nie wpisany kod pocztowy.
privacy-sign-in-title = Jeśli się logujesz
privacy-sign-in-keep = Logujesz się za pomocą adresu e-mail. Przechowujemy:
privacy-keep-email = Twój adres e-mail oraz podane przez Ciebie imię i nazwisko (jeśli je podasz), abyśmy mogli Cię zalogować i Ci odpowiedzieć; nigdy ich nie publikujemy
privacy-keep-dates = datę utworzenia konta i datę ostatniego logowania
privacy-keep-links = wysyłane Ci e-mailem linki do logowania, w postaci kodu, którego nie da się z powrotem zamienić w link, do dnia po wygaśnięciu każdego z nich
privacy-keep-emails = wysyłane do Ciebie e-maile, przez 30 dni od ich wysłania, z usuniętymi linkami
privacy-keep-language = język, w którym czytasz stronę, aby nasze e-maile do Ciebie też były w tym języku
privacy-account = Na stronie swojego konta możesz pobrać wszystkie dane, które o Tobie przechowujemy, zmienić imię i nazwisko lub usunąć konto. Usunięcie konta natychmiast kasuje Twój adres e-mail oraz imię i nazwisko, a także wysłane Ci linki do logowania i e-maile.
privacy-bookings-title = Jeśli rezerwujesz miejsce na dyżurze
privacy-bookings = Przechowujemy zarezerwowaną godzinę, temat, o którym chcesz porozmawiać, i pomoc, o którą prosisz, aby zespół dzielnicowy mógł się przygotować. Widzi je tylko ten zespół; nigdy nie są publikowane. Strona dyżuru pokazuje tylko liczbę wolnych miejsc.
privacy-bookings-kept = Twoje rezerwacje są częścią danych, które możesz pobrać. Usunięcie konta anuluje nadchodzące rezerwacje, zwalniając miejsca dla innych, i kasuje wpisane przez Ciebie treści; zespół zachowuje tylko informację, że miejsce zostało zarezerwowane.
privacy-cookies-title = Pliki cookie
# $session, $stamp and $language are the cookies' names, portal_session, portal_session_stamp
# and portal_language.
privacy-cookies = Używamy trzech plików cookie. { $session } podtrzymuje Twoje logowanie i przenosi komunikaty, które strona pokazuje po wysłaniu formularza. { $stamp } zawiera losową liczbę, która zmienia się przy każdej zmianie sesji, dzięki czemu nasze serwery mogą sprawdzić, czy przechowywana przez nie kopia Twojej sesji jest najnowsza. Te dwa są niezbędne do zalogowania się i utrzymania sesji, dlatego nie pytamy wcześniej o zgodę. Sesja kończy się, gdy się wylogujesz, po 7 dniach bez wizyty lub, w przypadku pracowników policji, po 30 minutach bezczynności i najpóźniej 12 godzin po zalogowaniu. { $language } zapamiętuje na rok język wybrany przez Ciebie u góry każdej strony. Jest ustawiany tylko wtedy, gdy wybierzesz język, i nie zawiera nic więcej.
privacy-misuse-title = Zapobieganie nadużyciom
privacy-misuse = Aby nikt nie mógł prosić o wiele linków do logowania ani odgadywać haseł, liczymy próby i usuwamy te liczniki w ciągu doby. Zawierają one zakodowaną postać adresu e-mail lub adresu IP, której nie da się z powrotem zamienić w ten adres.
privacy-staff-title = Pracownicy policji
privacy-staff = W przypadku kont pracowników przechowujemy imię i nazwisko, służbowy adres e-mail, rolę i dzielnice, zakodowaną postać hasła, której nie da się z powrotem zamienić w hasło, oraz klucz tajny używany przez aplikację uwierzytelniającą. Każda zmiana wprowadzona z konta pracownika jest zapisywana w dzienniku audytu wraz z informacją, kto i kiedy ją wprowadził, aby jednostka policji mogła rozliczyć się z tego, co publikuje.
privacy-partners = Osoby z organizacji partnerskich (takich jak rada gminy lub stowarzyszenie mieszkaniowe) mają konta tego samego rodzaju: przechowujemy ich imię i nazwisko, służbowy adres e-mail i organizację, zakodowaną postać hasła oraz klucz tajny aplikacji uwierzytelniającej, a każdą wprowadzoną przez nie zmianę zapisujemy w tym samym dzienniku audytu.
privacy-rights-title = Twoje prawa
privacy-rights = Możesz poprosić o wgląd w informacje, które o Tobie przechowujemy, oraz o ich poprawienie lub usunięcie. Mieszkańcy mogą zrobić większość z tych rzeczy na stronie swojego konta; w innych sprawach lub aby złożyć skargę na sposób, w jaki wykorzystujemy Twoje informacje, zadzwoń pod numer 101 i poproś o kontakt z inspektorem ochrony danych jednostki policji. Możesz też złożyć skargę do Biura Komisarza ds. Informacji (ICO).

## The open data API in words (/api). The calls' addresses are not translated.

open-data-title = Otwarte dane: API dzielnic
open-data-lead = Wszystko, co ta strona publikuje o dzielnicach i ich zespołach, mogą odczytać inne programy, bezpłatnie i bez zakładania konta.
open-data-same-calls = Wywołania są takie same jak w krajowym API danych policji pod adresem data.police.uk i zwracają odpowiedzi w tej samej postaci: program napisany dla tamtego API działa z tym po zmianie jedynie adresu, od którego zaczyna.
open-data-calls-title = Wywołania
open-data-call-forces = Jednostka policji jako lista z jednym elementem: jej identyfikator i nazwa.
open-data-call-force = Jednostka policji: jej strona internetowa, numer telefonu, opis i sposoby kontaktu z mieszkańcami.
open-data-call-neighbourhoods = Wszystkie dzielnice jednostki, według nazwy: identyfikator i nazwa każdej z nich.
open-data-call-neighbourhood = Dzielnica: jej opis, środek, dane kontaktowe, linki i miejsca, w których jej zespół spotyka się z mieszkańcami.
open-data-call-boundary = Zarys dzielnicy jako jeden zamknięty pierścień punktów.
open-data-call-people = Zespół dzielnicowy, z wyznaczoną osobą do kontaktu na początku.
open-data-call-events = Nadchodzące dyżury i spotkania, od najbliższych, każde ze stroną do rezerwacji miejsca.
open-data-call-priorities = Bieżące priorytety dzielnicy, każdy z najnowszym działaniem podjętym przez zespół.
open-data-call-confidence = Ankieta o zaufaniu za ostatnie cztery zakończone kwartały, jako liczby: ile osób odpowiedziało, zgodziło się z każdym stwierdzeniem i czuje się bezpiecznie po zmroku (nic, gdy odpowiedziało mniej niż 10 osób).
open-data-call-partners = Ile organizacji partnerskich działa w dzielnicy oraz ile problemów zespołu udostępniono im lub rozwiązywano z nimi w ciągu ostatnich 12 miesięcy.
open-data-call-locate = Dzielnica, w której leży punkt (szerokość, długość geograficzna).
open-data-call-postcode = Położenie kodu pocztowego i jego dzielnica.
open-data-using-title = Korzystanie z API
open-data-json = Odpowiedzi są w formacie JSON. Liczby, takie jak położenia, są zapisywane jako tekst, a daty jako czas brytyjski bez strefy czasowej, tak jak zapisuje je data.police.uk.
# $status is "404 Not Found".
open-data-not-found = W identyfikatorach rozróżniana jest wielkość liter. Zapytanie o jednostkę policji, dzielnicę lub punkt, których nie ma, zwraca odpowiedź { $status }.
# $status is "429 Too Many Requests", $header "Retry-After".
open-data-rate-limit = Każdy program może wysyłać 15 zapytań na sekundę, a chwilowo do 30. Powyżej tego limitu otrzymuje odpowiedź { $status }, a w nagłówku { $header } informację, ile sekund ma czekać.
# $etag and $modified are the headers "ETag" and "Last-Modified".
open-data-caching = Strony internetowe w dowolnej witrynie mogą odczytywać odpowiedzi. Każda odpowiedź ma nagłówek { $etag } i datę { $modified }, więc program może zapytać, czy się zmieniła, zamiast pobierać ją ponownie.
# The JSON keys "boundary", "locations", "people" and "events".
open-data-own-keys = Tam, gdzie portal wie więcej, niż podaje data.police.uk, dodaje własne klucze i nigdy nie zmienia tamtych: całą granicę dzielnicy w formacie GeoJSON (każdą część i każdy otwór) w kluczu { $boundary }, dostęp bez schodów w { $locations }, wyznaczoną osobę do kontaktu w { $people } oraz sposób rezerwacji w { $events }.
# Followed by a link to the OpenAPI document, then open-data-openapi-end.
open-data-openapi = Pełny opis dla programów i narzędzi odczytujących OpenAPI:
open-data-openapi-link = dokument OpenAPI
open-data-openapi-end = .
