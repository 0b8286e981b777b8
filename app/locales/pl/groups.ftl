## Grupy lokalnej społeczności: lista, rejestracja grupy, jej strona publiczna, panel jej
## członków, zarządzanie członkami przez organizatorów i przyjęcie zaproszenia. Nazwy grup,
## opisy i to, co napisał zespół, są pokazywane tak, jak je napisano, oznaczone jako angielskie.

group-kind-residents-association = Stowarzyszenie mieszkańców
group-kind-neighbourhood-watch = Neighbourhood Watch (sąsiedzka czujność)
group-kind-faith-group = Grupa wyznaniowa
group-kind-youth-group = Grupa młodzieżowa
group-kind-tenants-association = Stowarzyszenie lokatorów
group-kind-business-association = Stowarzyszenie przedsiębiorców
group-kind-school-or-college = Szkoła lub college
group-kind-other = Inna grupa lokalnej społeczności

group-list-title = Grupy lokalnej społeczności
group-list-title-in = Grupy lokalnej społeczności w dzielnicy { $neighbourhood }
group-list-intro = Stowarzyszenia mieszkańców, programy Neighbourhood Watch, grupy wyznaniowe, młodzieżowe, lokatorskie i przedsiębiorców współpracują ze swoimi zespołami dzielnicowymi. Każda grupa na tej liście została sprawdzona przez swój zespół lub moderatora.
group-register-link = Zarejestruj grupę
group-list-none = Żadna grupa nie została tu jeszcze zweryfikowana.
group-list-about = – { $kind }, { $neighbourhoods }
group-list-team-link = Zespół dzielnicowy { $neighbourhood }

group-register-sign-in = Zaloguj się, aby zarejestrować grupę lokalnej społeczności. Po zalogowaniu wrócisz do formularza.
group-register-title = Zarejestruj grupę lokalnej społeczności
group-back = Wstecz
group-register-intro = Po rejestracji zostaniesz organizatorem grupy: możesz zapraszać członków, obserwować lokalne priorytety i zgłaszać sprawy w imieniu grupy. Grupa będzie widoczna publicznie, gdy sprawdzi ją jej zespół dzielnicowy lub moderator.
group-register-privacy = Twoje imię i nazwisko oraz adres e-mail nigdy nie są pokazywane publicznie. Inni kontaktują się z grupą przez formularz, który jest przekazywany jej organizatorom.
group-name-label = Nazwa grupy
group-kind-legend = Jakiego rodzaju jest to grupa?
group-neighbourhood-label = W której dzielnicy działa grupa?
group-neighbourhood-placeholder = Wybierz dzielnicę
group-neighbourhood-other-label = Inna dzielnica (opcjonalnie)
group-neighbourhood-none = Brak
group-description-label = Czym zajmuje się grupa?
group-description-hint = Pokazywane na publicznej stronie grupy: dla kogo jest grupa, kiedy i gdzie się spotyka. Nie podawaj niczyich danych kontaktowych.
group-register-button = Zarejestruj grupę
group-register-too-many = Możesz zarejestrować maksymalnie 3 grupy dziennie. { $unit ->
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

group-name-missing = Wpisz nazwę grupy
group-name-too-long = Nazwa może mieć maksymalnie { $max } znaków
group-name-markup = Wpisz nazwę zwykłymi słowami: usuń wszystko, co wygląda jak kod strony internetowej
group-name-invisible = Nazwa może zawierać tylko litery, cyfry, spacje i znaki interpunkcyjne
group-kind-missing = Wybierz rodzaj grupy
group-neighbourhood-unknown = Wybierz dzielnice z list
group-neighbourhood-missing = Wybierz dzielnicę, w której działa Twoja grupa
group-description-missing = Opisz, czym zajmuje się Twoja grupa
group-description-too-long = Opis działalności grupy może mieć maksymalnie { $max } znaków
group-markup = Pisz zwykłymi słowami: usuń wszystko, co wygląda jak kod strony internetowej, np. <b>
group-contact-name-missing = Wpisz swoje imię i nazwisko
group-contact-name-too-long = Imię i nazwisko może mieć maksymalnie { $max } znaków
group-contact-message-missing = Wpisz swoją wiadomość
group-contact-message-too-long = Wiadomość może mieć maksymalnie { $max } znaków

group-joined-sign-in = Dołączono do grupy. Zaloguj się adresem, na który wysłano zaproszenie, aby zobaczyć panel grupy.
group-joined = Dołączono do grupy
group-invitation-not-valid = To zaproszenie zostało już wykorzystane lub wygasło. Poproś organizatora grupy o nowe
group-join-title = Dołącz do grupy lokalnej społeczności
group-join-heading = Dołącz do grupy { $group }
group-invited = Zaproszono Cię do grupy { $group } jako { $email }.
group-invitation-members = Członkowie widzą wszystko, co grupa obserwuje i zgłasza, oraz odpowiedzi zespołu. Organizatorzy grupy widzą Twoje imię i nazwisko oraz adres e-mail; nikt inny ich nie widzi, a Twoje imię i nazwisko jest pokazywane publicznie tylko wtedy, gdy tak wybierzesz.
group-join-button = Dołącz do grupy
group-invitation-broken = Ten link z zaproszeniem nie działa
group-invitation-broken-why = Mógł zostać już wykorzystany albo wygasł: zaproszenia działają raz, przez 14 dni. Poproś organizatora grupy o ponowne zaproszenie.

group-join-requested = Prośba wysłana: organizatorzy grupy ją zatwierdzą
group-join-already = Już jesteś członkiem tej grupy lub Twoja prośba o dołączenie została już wysłana
group-join-not-open = O dołączenie możesz poprosić, gdy grupa zostanie zweryfikowana
group-contact-not-open = Z grupą można się kontaktować, gdy zostanie zweryfikowana
group-contact-sent = Wiadomość wysłana: organizatorzy grupy odpowiedzą na Twój adres e-mail
group-contact-too-many = Wysłano już kilka wiadomości. { $unit ->
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
group-registered = Grupa zarejestrowana
group-registered-reference = Twój numer referencyjny to
group-registered-next = Zespół dzielnicowy lub moderator sprawdzi grupę. Wyślemy Ci e-mail, gdy zostanie zweryfikowana; do tego czasu tę stronę widzisz tylko Ty i członkowie grupy.
group-status-pending = Oczekuje na weryfikację: tę stronę widzą tylko członkowie grupy i pracownicy, którzy sprawdzają grupy.
group-status-declined = Niezweryfikowana, więc niepubliczna. Podany powód: { $reason }
group-status-closed = Zamknięta. { $reason }
group-works-in = Działa w:
group-members-include = Członkowie to między innymi: { $names }.
group-dashboard-link = Przejdź do panelu grupy
group-staff-link = Zweryfikuj grupę lub zapisz spotkanie (pracownicy)
group-follows-title = Co obserwuje grupa
group-follows-none = Grupa jeszcze niczego nie obserwuje.
group-column-what = Co
group-column-status = Status
group-item-label = { $kind }:
group-submissions-title = Sprawy zgłoszone przez grupę
group-submissions-none = Grupa nie zgłosiła jeszcze żadnych spraw.
group-column-issue = Sprawa
group-column-neighbourhood = Dzielnica
group-column-put-forward = Zgłoszono
group-join-asked = Poproszono o dołączenie: organizatorzy grupy zatwierdzą Twoją prośbę.
group-join-privacy = Organizatorzy grupy widzą Twoje imię i nazwisko oraz adres e-mail, aby zatwierdzić Twoją prośbę i pozostać w kontakcie. Nikt inny ich nie widzi.
group-join-ask-button = Poproś o dołączenie do grupy
group-join-sign-in-before = { "" }
group-join-sign-in-link = Zaloguj się
group-join-sign-in-after = , aby poprosić o dołączenie do grupy.
group-join-section = Dołącz do grupy
group-contact-title = Skontaktuj się z grupą
group-contact-intro = Twoja wiadomość jest przekazywana organizatorom grupy e-mailem, razem z Twoim imieniem i nazwiskiem oraz adresem e-mail, aby mogli odpowiedzieć. Nie trafia do policji: aby zgłosić przestępstwo, zadzwoń pod numer 101, a w nagłym wypadku pod numer 999.
group-contact-name = Imię i nazwisko
group-contact-email = Adres e-mail
group-contact-message = Wiadomość
group-contact-button = Wyślij wiadomość
group-all-link = Wszystkie grupy lokalnej społeczności

group-item-priority = Priorytet
group-item-problem = Problem
group-item-vote = Głosowanie
group-item-neighbourhood = Dzielnica
group-item-concern = Zgłoszenie { $reference }
group-item-neighbourhood-title = Dzielnica { $neighbourhood }
group-event-raised = Zgłoszono
group-event-set = Ustalono
group-event-opened = Rozpoczęto
group-event-status-changed = Zmiana statusu
group-event-reply = Odpowiedź zespołu
group-event-group-reply = Grupa napisała
group-event-partner-reply = Odpowiedź partnera
group-event-action = Działanie
group-event-update = Powiedzieliście, zrobiliśmy
group-event-closed = Głosowanie zakończone
group-event-results = Wyniki
group-timeline-priority-set = Ustalono jako lokalny priorytet: { $issue }
group-timeline-priority-now = Teraz: { $status }
group-timeline-stage-reached = Przejście do etapu: { $stage }
group-timeline-work-begun = Zespół rozpoczął pracę nad sprawą: { $title }
group-timeline-vote-announced = Ogłoszono głosowanie. Początek: { $opens }. Koniec: { $closes }.
group-timeline-results-published = Opublikowano wyniki
group-timeline-made-priority = Ustanowiono lokalny priorytet: { $issue }
group-timeline-new-priority = Nowy lokalny priorytet: { $issue }
group-timeline-new-vote = Nowe głosowanie: { $question }
group-timeline-next = Co dalej: { $text }
group-timeline-proposed = { $description } (zaproponowane do następnego głosowania nad priorytetami)

group-follow-offer-neighbourhood = Nowe priorytety, głosowania i informacje w dzielnicy { $neighbourhood }
group-follow-priorities-in = Priorytety w dzielnicy { $neighbourhood }
group-follow-problems-in = Problemy w dzielnicy { $neighbourhood }
group-follow-votes-in = Głosowania w dzielnicy { $neighbourhood }
group-follow-sign-in = Zaloguj się, aby obserwować działania swojego zespołu dzielnicowego.
group-follow-organisers-only = Tylko organizatorzy grupy wybierają, co grupa obserwuje
group-follow-choose = Wybierz, co chcesz obserwować
group-now-following = { $kind ->
    [priority] Obserwujesz teraz ten priorytet
    [problem] Obserwujesz teraz ten problem
    [vote] Obserwujesz teraz to głosowanie
   *[neighbourhood] Obserwujesz teraz tę dzielnicę
}
group-already-following = To jest już obserwowane
group-cannot-follow = Tego nie można obserwować
group-unfollowed = To nie jest już obserwowane
group-choices-saved = Twoje wybory zostały zapisane
group-left = Opuszczono grupę
group-not-member = Nie jesteś członkiem tej grupy
group-only-organiser = Jesteś jedynym organizatorem grupy. Zanim ją opuścisz, ustaw innego członka jako organizatora
group-dashboard-title = { $group }: panel
group-public-page-link = Publiczna strona grupy
group-dashboard-heading = Co zrobił zespół w sprawach obserwowanych przez grupę
group-stale-count = { $count ->
    [one] { $count } pozycja
    [few] { $count } pozycje
    [many] { $count } pozycji
   *[other] { $count } pozycji
}
group-stale-rest = bez informacji od zespołu od co najmniej 3 miesięcy.
group-dashboard-none = Grupa jeszcze niczego nie obserwuje i nie zgłosiła żadnych spraw.
group-dashboard-caption = Wszystko, co grupa obserwuje lub zgłosiła
group-column-last-response = Ostatnia odpowiedź
group-column-days = Dni od ostatniej informacji od zespołu
group-stale-tag = Brak informacji od 3 miesięcy
group-none-yet = Jeszcze brak
group-last-response = { $what }, { $date }
group-download = Pobierz rejestr grupy (CSV)
group-timelines = Przebieg spraw
group-stop-following = Przestań obserwować
group-item-where = { $neighbourhood }. { $status }.
group-event-when = { $when } – { $what }
group-follow-heading = Obserwuj
group-follows-everything = Grupa obserwuje wszystko, co jest w jej dzielnicach.
group-follow-label = Co grupa ma obserwować?
group-follow-placeholder = Wybierz priorytet, problem, głosowanie lub dzielnicę
group-follow-button = Obserwuj
group-put-forward-heading = Zgłoś sprawę
group-put-forward-intro = Zgłoszona przez Ciebie sprawa staje się zgłoszeniem od grupy: zespół odpowiada w ciągu 72 godzin, a odpowiedzi trafiają do każdego organizatora. Możesz zaproponować ją do następnego głosowania nad priorytetami.
group-put-forward-link = Zgłoś sprawę zespołowi dzielnicy { $neighbourhood }
group-put-forward-not-verified = Sprawy możesz zgłaszać, gdy grupa zostanie zweryfikowana.
group-manage-members = Zarządzaj członkami i zapraszaj osoby
group-meetings-heading = Spotkania z zespołem
group-your-choices = Twoje wybory
group-alerts = E-maile o zmianach: { $alerts ->
    [weekly] raz w tygodniu
    [immediate] na bieżąco
   *[none] nigdy
}.
group-change-alerts = Zmień, jak często otrzymujesz informacje
group-show-name = Pokazuj moje imię i nazwisko na publicznej stronie grupy
group-save-choices = Zapisz wybory
group-leave = Opuść grupę

group-invite-email-missing = Wpisz adres e-mail tej osoby
group-invite-sent = Zaproszenie wysłane na adres { $email }
group-invite-already-member = Ta osoba jest już członkiem
group-invite-not-organiser = Tylko organizatorzy mogą zapraszać osoby
group-invite-not-verified = Osoby możesz zapraszać, gdy grupa zostanie zweryfikowana
group-invite-too-many = W ciągu ostatniej godziny wysłano wiele zaproszeń. { $unit ->
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
group-member-approved = Prośba zatwierdzona
group-member-refused = Prośba odrzucona
group-member-made-organiser = Ta osoba jest teraz organizatorem
group-member-made-member = Ta osoba jest teraz członkiem
group-member-removed = Członek usunięty
group-members-not-organiser = Tylko organizatorzy mogą zmieniać członków
group-members-not-now = Ten członek lub ta prośba już się zmienili. Sprawdź listę ponownie
group-members-last-organiser = Grupa musi mieć organizatora: najpierw ustaw innego członka jako organizatora
group-members-title = { $group }: członkowie
group-back-to-dashboard = Powrót do panelu
group-members = Członkowie
group-requests = Prośby o dołączenie
group-requests-none = Nikt nie czeka.
group-column-who = Kto
group-column-asked = Data prośby
group-column-decide = Decyzja
group-column-role = Rola
group-column-joined = Dołączył(a)
group-column-change = Zmień
group-approve = Zatwierdź
group-refuse = Odrzuć
group-make-member = Ustaw jako członka
group-make-organiser = Ustaw jako organizatora
group-remove = Usuń
group-role-organiser = Organizator
group-role-member = Członek
group-member-you = { $who } (Ty)
group-invite-heading = Zaproś kogoś
group-invite-intro = Wyślemy tej osobie e-mailem link, który działa raz, przez 14 dni. Adresy członków widzą tylko organizatorzy grupy.
group-invite-email-label = Adres e-mail tej osoby
group-invite-button = Wyślij zaproszenie
group-no-such-group = Nie ma takiej grupy.
