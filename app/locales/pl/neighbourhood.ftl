## A neighbourhood's page: its team, "How we're doing" (the Neighbourhood Policing Guarantee's
## figures), its local priorities and votes, "You said, we did" updates and what residents raised.

neighbourhood-title = Zespół dzielnicowy { $name }
neighbourhood-raise-concern = Zgłoś problem temu zespołowi
neighbourhood-team-title = Twój zespół
neighbourhood-contact-officer = Twój wyznaczony funkcjonariusz do kontaktu to { $officer }.
neighbourhood-no-team = Nazwiska członków zespołu nie zostały tu jeszcze opublikowane. Aby się z nimi skontaktować, zadzwoń pod numer 101.
neighbourhood-contact-officer-tag = Funkcjonariusz do kontaktu
neighbourhood-surgeries-title = Poznaj zespół: dyżury
neighbourhood-all-surgeries = Zobacz wszystkie dyżury
neighbourhood-calendar = Dodaj dyżury tego zespołu do swojego kalendarza
neighbourhood-calendar-hint = (kanał kalendarza, który możesz subskrybować w telefonie lub na komputerze)
neighbourhood-groups-title = Grupy lokalnej społeczności
neighbourhood-groups-link = Grupy lokalnej społeczności współpracujące z tym zespołem
neighbourhood-register-group = Zarejestruj swoją grupę
neighbourhood-contact-title = Skontaktuj się z zespołem
neighbourhood-contact-call = Zadzwoń pod numer 101 i poproś o połączenie z zespołem dzielnicowym { $name }.
neighbourhood-contact-email = E-mail:
neighbourhood-contact-telephone = Telefon:
neighbourhood-contact-not-email = Nie zgłaszaj przestępstw e-mailem. W nagłym wypadku dzwoń pod numer 999.
neighbourhood-area-title = Obszar
neighbourhood-no-map = Mapa tej dzielnicy nie jest jeszcze dostępna.

## What a signed-in resident has in this neighbourhood.

neighbourhood-yours-title = Twoje sprawy w tej dzielnicy
neighbourhood-yours-booking = Twoje miejsce na dyżurze: { $time } ({ $reference }):
neighbourhood-yours-booking-link = zobacz lub zmień rezerwację
neighbourhood-yours-ballot = Twój głos w głosowaniu „{ $question }”:
neighbourhood-yours-ballot-link = zobacz głosowanie
neighbourhood-yours-following = Obserwujesz tę dzielnicę: wyślemy Ci e-mail, gdy zespół opublikuje aktualizację.
neighbourhood-yours-following-link = Zmień to na swoim koncie

## What residents have raised.

neighbourhood-raised-title = Co zgłaszają mieszkańcy
neighbourhood-raised-none = W ciągu ostatnich 3 miesięcy nie było żadnych zgłoszeń.
neighbourhood-raised-total = W ciągu ostatnich 3 miesięcy mieszkańcy złożyli { $count ->
    [one] { $count } zgłoszenie
    [few] { $count } zgłoszenia
    [many] { $count } zgłoszeń
   *[other] { $count } zgłoszenia
}.
neighbourhood-raised-fewer = W ciągu ostatnich 3 miesięcy mieszkańcy złożyli mniej niż { $fewest } zgłoszeń.
neighbourhood-raised-more = W ciągu ostatnich 3 miesięcy mieszkańcy złożyli ponad { $count ->
    [one] { $count } zgłoszenie
    [few] { $count } zgłoszenia
    [many] { $count } zgłoszeń
   *[other] { $count } zgłoszenia
}.
neighbourhood-raised-caption = Zgłoszenia z ostatnich 3 miesięcy według rodzaju
neighbourhood-raised-kind = Rodzaj zgłoszenia
neighbourhood-raised-count = Liczba
neighbourhood-raised-others = Inne rodzaje
neighbourhood-raised-hint = Liczby od 1 do 4 są podawane jako „mniej niż 5”, a rzadkie rodzaje są liczone razem, aby żadna liczba nie wskazywała na konkretną osobę.
neighbourhood-raised-summary = Zgłoszono: { $date }. { $status }
neighbourhood-status-received = Przyjęte
neighbourhood-status-replied = Udzielono odpowiedzi
neighbourhood-status-under-review = W trakcie analizy
neighbourhood-status-being-worked-on = W realizacji
neighbourhood-status-passed-to-partner = Przekazane partnerowi
neighbourhood-status-closed = Zamknięte
neighbourhood-problems-title = Problemy, nad którymi pracuje zespół
neighbourhood-problem-stage = Etap: { $stage } ({ $meaning }). Ostatnia aktualizacja: { $date }.
neighbourhood-problem-partners = Pracujemy nad tym razem z: { $partners }.
neighbourhood-stage-scanning = Rozpoznanie
neighbourhood-stage-scanning-meaning = ustalanie, co się dzieje, gdzie i kiedy
neighbourhood-stage-analysis = Analiza
neighbourhood-stage-analysis-meaning = ustalanie, dlaczego tak się dzieje, kogo to dotyczy i kto za to odpowiada
neighbourhood-stage-response = Reakcja
neighbourhood-stage-response-meaning = działania podejmowane wspólnie z partnerami
neighbourhood-stage-assessment = Ocena
neighbourhood-stage-assessment-meaning = sprawdzanie, czy działania przyniosły skutek
neighbourhood-raised-feed = Obserwuj zgłoszenia mieszkańców z tej dzielnicy (kanał Atom)

## Local priorities and votes.

neighbourhood-priorities-title = Lokalne priorytety
neighbourhood-priorities-none = Zespół nie opublikował jeszcze swoich priorytetów.
neighbourhood-priority-raised = Zgłoszono: { $date }. { $updated }.
neighbourhood-priority-no-action = Nie odnotowano jeszcze żadnych działań.
neighbourhood-priority-latest-action = Ostatnie działanie: { $action }
neighbourhood-votes-title = Wypowiedz się: głosowania
neighbourhood-vote-open-until = Otwarte do: { $time }
neighbourhood-vote-closed = Zakończone: { $date } – zobacz wyniki
neighbourhood-vote-open = Otwarte

## A local priority's page.

priority-caption = Lokalny priorytet w dzielnicy { $neighbourhood }
priority-summary = Zgłoszony przez mieszkańców: { $date }. { $status }. { $updated }.
priority-status-open = Otwarty
priority-status-action-under-way = Działania w toku
priority-status-resolved = Rozwiązany
priority-status-retired = Wycofany
priority-last-updated = { $days ->
    [0] Ostatnia aktualizacja: dzisiaj
    [one] Ostatnia aktualizacja: { $days } dzień temu
    [few] Ostatnia aktualizacja: { $days } dni temu
    [many] Ostatnia aktualizacja: { $days } dni temu
   *[other] Ostatnia aktualizacja: { $days } dnia temu
}
priority-update-due = Wymaga aktualizacji
priority-actions-title = Co zrobił zespół
priority-no-actions = Zespół nie odnotował jeszcze żadnych działań.
priority-team-link = Zespół dzielnicowy { $neighbourhood }

## "You said, we did" updates.

updates-title = Powiedzieliście – zrobiliśmy
updates-none = Nie opublikowano jeszcze żadnych aktualizacji.
updates-you-said = Powiedzieliście
updates-we-did = Zrobiliśmy
updates-result = Rezultat
updates-next = Co dalej
updates-answers = Ta aktualizacja dotyczy: { $answers }.
updates-answers-priority = lokalny priorytet „{ $name }”
updates-answers-vote = głosowanie „{ $name }”
updates-answers-problem = problem „{ $name }”
updates-answers-concern = zgłoszenie mieszkańca
updates-separator = {", "}
updates-edited = Zaktualizowano: { $date }.
updates-pages = Więcej aktualizacji
updates-newer = Nowsze aktualizacje
updates-older = Starsze aktualizacje
updates-page = Strona { $page } z { $pages }
updates-feed = Obserwuj aktualizacje zespołu (kanał Atom)

## Following.

follow-neighbourhood = Obserwuj tę dzielnicę
follow-priority = Obserwuj ten priorytet
follow-vote = Obserwuj to głosowanie
follow-problem = Obserwuj ten problem
follow-hint = Wyślemy Ci e-mail, gdy zespół wprowadzi zmiany. Jak często, wybierzesz na swoim koncie. Grupy lokalnej społeczności mogą to obserwować ze swojego panelu.

## The map of the area.

map-label = Mapa granic dzielnicy { $name }
map-caption = Obszar, za który odpowiada ten zespół. Północ jest u góry.

## Meetings a team recorded with a community group.

neighbourhood-meetings-none = Nie odnotowano jeszcze żadnych spotkań.
neighbourhood-meetings-date = Data
neighbourhood-meetings-team = Zespół
neighbourhood-meetings-attended = Liczba obecnych
neighbourhood-meetings-notes = Notatki
neighbourhood-meetings-priorities = Omawiane priorytety

## "How we're doing": the Neighbourhood Policing Guarantee's commitments, measured.

guarantee-title = Jak nam idzie
guarantee-page-title = Jak nam idzie: zespół dzielnicowy { $name }
guarantee-lead = Gwarancja Policji Dzielnicowej (Neighbourhood Policing Guarantee) zapewnia każdej dzielnicy wyznaczonego funkcjonariusza, z którym można się skontaktować, odpowiedź na lokalne zgłoszenia w ciągu 72 godzin, opublikowane i aktualne lokalne priorytety oraz regularne spotkania otwarte. Oto dane zespołu.
guarantee-computed = Dane obliczono: { $time }.
guarantee-disclosure = Liczby zgłoszeń, rezerwacji i odpowiedzi od 1 do 4 są podawane jako „mniej niż 5”, a odsetek odpowiedzi lub obecności mieszkańców nie jest podawany, jeśli on sam lub reszta dotyczy mniej niż 5 osób, aby żadna liczba nie wskazywała na konkretną osobę. Odsetki są zaokrąglane w dół.
guarantee-panel-hint = Zobowiązania Gwarancji Policji Dzielnicowej wobec Ciebie, w liczbach.
guarantee-panel-link = Co dokładnie oznaczają te dane
guarantee-met = Spełnione
guarantee-not-met = Niespełnione
guarantee-measured = Co jest mierzone
guarantee-period = Okres
guarantee-fewer-than = mniej niż { $count }
guarantee-share = { $share }%
guarantee-none-to-count = brak danych
guarantee-too-few = za mało, by podać
guarantee-now = Obecnie
guarantee-from-to = { $from } – { $to }
guarantee-yes = Tak
guarantee-no = Nie
guarantee-contact-officer = Wyznaczony funkcjonariusz do kontaktu
guarantee-contact-both = Opublikowano wyznaczonego funkcjonariusza do kontaktu i dane kontaktowe zespołu.
guarantee-contact-no-details = Opublikowano wyznaczonego funkcjonariusza do kontaktu, ale nie adres e-mail ani numer telefonu zespołu.
guarantee-contact-none = Nie opublikowano jeszcze wyznaczonego funkcjonariusza do kontaktu.
guarantee-contact-definition = Na tej stronie opublikowano wyznaczonego funkcjonariusza, z którym mieszkańcy mogą się kontaktować, wraz z adresem e-mail lub numerem telefonu zespołu.
guarantee-answered = Odpowiedź w ciągu 72 godzin
guarantee-answered-detail = Odpowiedź w ciągu 72 godzin: { $in_time }. Odpowiedź później: { $late }. Nadal bez odpowiedzi po 72 godzinach: { $waiting }.
guarantee-answered-definition = Spośród zgłoszeń z ostatnich 90 dni, od których minęły 72 godziny, odsetek tych, na które zespół po raz pierwszy odpowiedział (lub które zamknął) w ciągu 72 godzin, zaokrąglony w dół. Zobowiązanie jest spełnione przy 90% lub więcej.
guarantee-priorities = Aktualne priorytety
guarantee-priorities-figure = { $count ->
    [0] Brak opublikowanych
    [one] { $count } priorytet
    [few] { $count } priorytety
    [many] { $count } priorytetów
   *[other] { $count } priorytetu
}
guarantee-priorities-none = Zespół nie opublikował swoich priorytetów.
guarantee-priorities-updated = Każdy priorytet został zaktualizowany w ciągu ostatnich 3 miesięcy. Najstarsza aktualizacja była { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
} temu.
guarantee-priorities-due = { $due ->
    [one] { $due } priorytet nie był aktualizowany
    [few] { $due } priorytety nie były aktualizowane
    [many] { $due } priorytetów nie było aktualizowanych
   *[other] { $due } priorytetu nie było aktualizowanego
} od 3 miesięcy. Najstarsza aktualizacja była { $days ->
    [one] { $days } dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
} temu.
guarantee-priorities-definition = Obecnie opublikowane lokalne priorytety i to, czy każdy z nich został zaktualizowany w ciągu ostatnich 3 miesięcy kalendarzowych.
guarantee-meetings = Regularne spotkania otwarte
guarantee-meetings-figure = Odbyte: { $count }
guarantee-meetings-detail = Dyżury: { $surgeries }. Spotkania z grupami lokalnej społeczności: { $meetings }. { $next } Zarezerwowane miejsca: { $booked }. Obecność: { $attendance }.
guarantee-next-surgery = Następny dyżur: { $time }.
guarantee-no-next-surgery = Nie zaplanowano jeszcze żadnego dyżuru.
guarantee-attendance-share = { $share }% rezerwacji, dla których odnotowano obecność
guarantee-attendance-none = nie odnotowano
guarantee-attendance-few = odnotowano za mało, by podać
guarantee-meetings-definition = Dyżury, które się odbyły (nie odwołane), oraz spotkania z grupami lokalnej społeczności odnotowane przez zespół w ciągu ostatnich 3 miesięcy. Zobowiązanie jest spełnione, jeśli odbyło się co najmniej jedno.
guarantee-updates = Powiedzieliście – zrobiliśmy
guarantee-updates-figure = Opublikowane: { $count }
guarantee-updates-detail = Aktualizacje informujące mieszkańców, co zespół zrobił w sprawach, które zgłosili.
guarantee-updates-definition = Aktualizacje „Powiedzieliście – zrobiliśmy” opublikowane w ciągu ostatnich 3 miesięcy.
guarantee-improved = Czy sytuacja się poprawiła?
guarantee-improved-none = Brak odpowiedzi
guarantee-improved-answers = { $count ->
    [one] { $answers } odpowiedź
    [few] { $answers } odpowiedzi
    [many] { $answers } odpowiedzi
   *[other] { $answers } odpowiedzi
}
guarantee-improved-detail = Tak: { $yes }. Nie: { $no }. Nie wiem: { $not_sure }.
guarantee-improved-definition = Odpowiedzi mieszkańców na pytanie „czy sytuacja się poprawiła?”, udzielone po zamknięciu ich zgłoszenia w ciągu ostatnich 12 miesięcy. Odsetki są zaokrąglane w dół, a odsetek nie jest podawany, jeśli on sam lub reszta to mniej niż 5 odpowiedzi.
guarantee-messages = Wiadomości do mieszkańców
guarantee-messages-figure = Wysłane: { $count }
# $useful is a share like "66%", or guarantee-none-to-count, or guarantee-too-few.
guarantee-messages-detail = Przydatne według mieszkańców, którzy odpowiedzieli: { $useful }.
guarantee-messages-definition = Prośby o informacje, porady, ostrzeżenia, aktualności i wydarzenia, które zespół (lub jednostka policji) wysłał mieszkańcom obserwującym dzielnicę w ciągu ostatnich 3 miesięcy, oraz odsetek odpowiedzi mieszkańców na pytanie „Czy to było przydatne?”, które brzmiały „tak”. Odsetek nie jest podawany, jeśli on sam lub reszta to mniej niż 5 odpowiedzi.
guarantee-partners = Współpraca z partnerami
guarantee-partners-figure = { $count ->
    [one] { $count } problem
    [few] { $count } problemy
    [many] { $count } problemów
   *[other] { $count } problemu
}
guarantee-partners-detail = Lokalne problemy, nad którymi zespół pracował z organizacją partnerską, taką jak rada gminy lub stowarzyszenie mieszkaniowe.
guarantee-partners-definition = Problemy, przy których organizacja partnerska zapisała działanie razem z zespołem w ciągu ostatnich 12 miesięcy.

feed-concerns-title = Co zgłaszają mieszkańcy: { $neighbourhood }
feed-concern-title = { $category }, zgłoszono { $date }
feed-problem-title = { $title } ({ $stage })
feed-problem-stage = Etap: { $stage }, { $meaning }.
feed-updates-title = Powiedzieliście – zrobiliśmy: { $neighbourhood }
feed-update-title = Powiedzieliście – zrobiliśmy: { $date }

## The confidence survey: four questions after the Crime Survey for England and Wales, asked of
## residents once a quarter, and their results on "How we're doing".
survey-invite = Co sądzisz o pracy policji w tej dzielnicy? Odpowiedz na cztery krótkie pytania
survey-title = Co sądzisz o pracy policji w dzielnicy { $neighbourhood }?
survey-intro = Cztery krótkie pytania, zadawane mieszkańcom co trzy miesiące. Twoje odpowiedzi są dodawane do odpowiedzi innych mieszkańców i nigdy nie są przechowywane razem z Twoim imieniem i nazwiskiem: zapisujemy tylko informację, że w tym kwartale ankieta została przez Ciebie wypełniona, aby każdy odpowiadał tylko raz.
# The three statements, and the question about feeling safe (also the headings of the results).
survey-understand = Policja w tej okolicy rozumie problemy, które dotyczą tej społeczności
survey-deal = Policja w tej okolicy zajmuje się sprawami, które są ważne dla tej społeczności
survey-rely = Na policję w tej okolicy można liczyć, gdy jest potrzebna
survey-safe = Jak bezpiecznie czujesz się, chodząc samotnie po tej okolicy po zmroku?
survey-strongly-agree = Zdecydowanie się zgadzam
survey-tend-to-agree = Raczej się zgadzam
survey-neither = Ani się zgadzam, ani się nie zgadzam
survey-tend-to-disagree = Raczej się nie zgadzam
survey-strongly-disagree = Zdecydowanie się nie zgadzam
survey-very-safe = Bardzo bezpiecznie
survey-fairly-safe = Raczej bezpiecznie
survey-a-bit-unsafe = Raczej niebezpiecznie
survey-very-unsafe = Bardzo niebezpiecznie
survey-never-alone = Nigdy nie chodzę samotnie po zmroku
survey-understand-missing = Wybierz, w jakim stopniu zgadzasz się, że policja w tej okolicy rozumie problemy, które dotyczą tej społeczności
survey-deal-missing = Wybierz, w jakim stopniu zgadzasz się, że policja w tej okolicy zajmuje się sprawami, które są ważne dla tej społeczności
survey-rely-missing = Wybierz, w jakim stopniu zgadzasz się, że na policję w tej okolicy można liczyć, gdy jest potrzebna
survey-safe-missing = Wybierz, jak bezpiecznie czujesz się, chodząc samotnie po tej okolicy po zmroku
survey-send = Wyślij odpowiedzi
survey-thanks = Dziękujemy: Twoje odpowiedzi zostały uwzględnione
survey-already = Ankieta w tym kwartale została już przez Ciebie wypełniona, dlatego tych odpowiedzi nie uwzględniliśmy
# $date is the first day of the next quarter.
survey-answered = Ankieta w tym kwartale została już przez Ciebie wypełniona. Dziękujemy. Możesz odpowiedzieć ponownie od { $date }.
survey-see-results = Zobacz dotychczasowe wyniki
survey-private = Przechowujemy tylko liczbę mieszkańców, którzy wybrali każdą z odpowiedzi, osobno dla każdej dzielnicy i każdego kwartału. Wyniki są podawane, gdy odpowie co najmniej 10 mieszkańców.
survey-results-title = Zaufanie i poczucie bezpieczeństwa
survey-results-intro = Co mieszkańcy powiedzieli nam w naszej krótkiej ankiecie, kwartał po kwartale. Wyniki za dany kwartał są podawane, gdy odpowie co najmniej { $least } mieszkańców.
# $first and $last are month names.
survey-quarter = { $first } – { $last } { $year }
survey-not-enough = Na razie za mało odpowiedzi: wyniki są podawane, gdy odpowie co najmniej { $least } mieszkańców.
survey-so-far = Ten kwartał jeszcze się nie skończył. Liczba mieszkańców, którzy do tej pory odpowiedzieli: { $count }. Wyniki za ten kwartał zostaną podane po jego zakończeniu, jeśli odpowie co najmniej { $least } mieszkańców.
survey-sign-in-first = Zaloguj się, aby odpowiedzieć, dzięki czemu każdy mieszkaniec odpowiada tylko raz w kwartale. Twoje odpowiedzi nie są przechowywane razem z Twoim imieniem i nazwiskiem. Po zalogowaniu wrócisz do pytań.
survey-share-agree = { $share }% się zgadza
survey-share-safe = { $share }% czuje się bardzo lub raczej bezpiecznie
survey-safe-none = Zbyt mało mieszkańców, którzy odpowiedzieli, chodzi samotnie po zmroku, aby można było podać odsetek
survey-answered-count = { $count ->
    [one] { $count } mieszkaniec odpowiedział
    [few] { $count } mieszkańców odpowiedziało
    [many] { $count } mieszkańców odpowiedziało
   *[other] { $count } mieszkańca odpowiedziało
}
