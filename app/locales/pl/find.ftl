## The home page: "Find your neighbourhood policing team", and the ways in beside it.

find-title = Znajdź swój zespół policji dzielnicowej
find-label = Wpisz swój kod pocztowy
find-hint = Pokażemy Ci Twój zespół policji dzielnicowej. Na przykład B15 2TT. Jeśli znasz tylko pierwszą część kodu, wpisz ją, np. B15.
find-button = Znajdź swój zespół
find-nothing-entered = Wpisz kod pocztowy
find-not-a-postcode = Wpisz pełny brytyjski kod pocztowy, np. B15 2TT, lub jego pierwszą część, np. B15
find-unknown-postcode = Nie znaleźliśmy kodu pocztowego { $postcode }. Sprawdź go i spróbuj ponownie lub wpisz jego pierwszą część, np. B15
find-terminated-postcode = Kod pocztowy { $postcode } nie jest już używany. Wpisz swój obecny kod pocztowy lub jego pierwszą część, np. B15
find-no-team = Nie możemy jeszcze przypisać kodu pocztowego { $postcode } do zespołu dzielnicowego. Zadzwoń pod numer 101, a { $force } połączy Cię z Twoim lokalnym zespołem
find-unknown-district = Nie mamy żadnych dzielnic dla obszaru { $district }. Sprawdź go lub wpisz pełny kod pocztowy
find-outside-force = Kod pocztowy { $postcode } znajduje się poza obszarem, za który odpowiada { $force }. Skontaktuj się z policją właściwą dla tego obszaru lub zadzwoń pod numer 101
district-title = Dzielnice w obszarze { $district }
district-explained = { $district } to okręg pocztowy (pierwsza część kodu pocztowego). Obejmuje on całość lub część tych dzielnic.
district-lead = Wybierz swoją dzielnicę lub wpisz pełny kod pocztowy, aby przejść od razu do swojego zespołu.
district-search-again = Wyszukaj inny kod pocztowy
ways-meet-title = Poznaj swój zespół
ways-meet-body = Funkcjonariusze wsparcia społeczności (PCSO) i policjanci prowadzą dyżury w bibliotekach i centrach społecznościowych, gdzie możesz porozmawiać z nimi osobiście.
ways-meet-link = Znajdź dyżury w pobliżu
ways-concern-title = Powiedz swojemu zespołowi o tym, co Cię niepokoi
ways-concern-link = Zgłoś problem swojemu zespołowi dzielnicowemu
ways-concern-body = : zespół odpowiada w ciągu 72 godzin. Ta usługa nie służy do zgłaszania nagłych wypadków: w nagłym wypadku dzwoń pod numer 999.
ways-votes-title = Wypowiedz się w sprawie lokalnych priorytetów
ways-votes-none = Obecnie nie ma otwartych głosowań. Na stronie Twojej dzielnicy znajdziesz jej priorytety i zaplanowane głosowania.
ways-votes-open = Otwarte głosowania:
ways-vote-closes = Dzielnica { $neighbourhood } – koniec głosowania: { $closes }
ways-votes-more = { $count ->
    [one] Otwarte jest jeszcze { $count } głosowanie.
    [few] Otwarte są jeszcze { $count } głosowania.
    [many] Otwartych jest jeszcze { $count } głosowań.
   *[other] Otwarte jest jeszcze { $count } głosowania.
} Znajdź swój zespół, aby zobaczyć głosowania w swojej dzielnicy.
ways-groups-title = Grupy lokalnej społeczności
ways-groups-body = Stowarzyszenia mieszkańców, programy Neighbourhood Watch (sąsiedzkiej czujności) i inne grupy współpracują ze swoim zespołem w sprawie lokalnych priorytetów.
ways-groups-link = Znajdź lub zarejestruj grupę lokalnej społeczności
