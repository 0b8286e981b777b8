## Raising a concern and following it: where it is, the form, checking it and sending it, the
## resident's page for it, and the panel that says the portal is not for emergencies.

# The panel before and after raising a concern. "report-crime", the link and "report-crime-end"
# make one sentence: "To report a crime, call 101 or [report it online on the … website]."
concern-warning = Ostrzeżenie:
concern-not-for-emergencies = Ta usługa nie służy do zgłaszania nagłych wypadków ani przestępstw.
concern-emergency-999 = Jeśli przestępstwo dzieje się teraz lub ktoś jest w niebezpieczeństwie, dzwoń pod numer 999.
concern-report-crime = Aby zgłosić przestępstwo, dzwoń pod numer 101 lub
concern-report-online = zgłoś je online na stronie internetowej { $force }
concern-report-crime-end = .
concern-report-crime-no-site = Aby zgłosić przestępstwo, dzwoń pod numer 101 lub zgłoś je na stronie internetowej policji.
concern-deaf = Jeśli jesteś osobą głuchą lub niedosłyszącą, wyślij SMS pod numer 999 po zarejestrowaniu się w usłudze emergencySMS albo skorzystaj z telefonu tekstowego pod numerem 18000.

# Where is it? (/concerns/new)
concern-start-title = Zgłoś problem swojemu zespołowi dzielnicowemu
concern-start-intro = Powiedz swojemu zespołowi dzielnicowemu o tym, co Cię niepokoi w okolicy: zachowania aspołeczne, przekraczanie prędkości, handel narkotykami, ciemny zaułek. Zespół odpowie w ciągu 72 godzin, a Ty zawsze możesz sprawdzić, co stało się z Twoim zgłoszeniem.
concern-start-hint = Kod pocztowy miejsca, którego dotyczy zgłoszenie, lub Twój kod pocztowy. Na przykład B15 2TT.
concern-continue = Dalej
concern-back = Wstecz

# The concern form.
concern-sign-in-first = Zaloguj się, aby zgłosić problem, dzięki czemu zespół będzie mógł Ci odpowiedzieć. Po zalogowaniu wrócisz do zgłoszenia.
concern-no-such-neighbourhood = Nie ma takiej dzielnicy.
concern-pin-placed = W wybranym miejscu na mapie jest pinezka. Wybierz miejsce na mapie ponownie, aby ją przenieść, lub wypełniaj dalej formularz.
concern-choose-listed-group = Wybierz siebie lub jedną z wymienionych grup
concern-choose-who = Wybierz, w czyim imieniu zgłaszasz ten problem
concern-moved = To miejsce znajduje się w dzielnicy { $name }, więc Twoje zgłoszenie trafi do zespołu { $name }. Przenieśliśmy to, co napisałeś(-aś), do ich formularza: sprawdź to i kontynuuj. Nic jeszcze nie zostało wysłane.
concern-place-outside = To miejsce znajduje się poza obszarem tej policji: skontaktuj się z policją właściwą dla tego obszaru lub zadzwoń pod numer 101
concern-place-unknown-postcode = Nie znaleźliśmy tego kodu pocztowego. Sprawdź go albo opisz miejsce, np. podając ulicę lub charakterystyczny punkt
concern-raise-title = Zgłoś problem: { $name }
concern-team-caption = Zespół dzielnicowy: { $name }
concern-raise-heading = Zgłoś problem
concern-who-legend = W czyim imieniu zgłaszasz ten problem?
concern-for-myself = We własnym imieniu
concern-for-myself-hint = Odpowiedzi otrzymasz Ty.
# $group is the group's name, as its organisers wrote it.
concern-for-group = { $group } (grupa, którą organizujesz)
concern-for-group-hint = Zgłoszenie zostanie złożone w imieniu grupy, a odpowiedzi otrzymają wszyscy jej organizatorzy.
concern-propose = W przypadku grupy: zaproponuj to jako opcję w następnym głosowaniu nad priorytetami
concern-where-label = Gdzie to się dzieje?
concern-where-hint = Ulica, charakterystyczny punkt (park przy Court Oak Road) lub kod pocztowy.
concern-kind-legend = Jakiego rodzaju jest to problem?
concern-what-label = Co się dzieje?
concern-what-hint = Opisz, co widziałeś(-aś) lub co Cię niepokoi. Nie podawaj swojego imienia i nazwiska ani danych innych osób.
concern-when-label = Kiedy to się dzieje? (opcjonalnie)
concern-when-hint = Na przykład w większość wieczorów po 21:00 albo w sobotnie popołudnia.
concern-summary-legend = Czy streszczenie Twojego zgłoszenia może zostać opublikowane?
concern-summary-hint = Twoje imię i nazwisko oraz dane kontaktowe nigdy nie są publikowane.
concern-summary-yes = Tak
concern-summary-no = Nie
concern-summary-yes-hint = Moderator napisze krótkie streszczenie, bez Twojego imienia i nazwiska oraz bez niczego, co mogłoby pozwolić Cię rozpoznać, i zostanie ono pokazane na stronie dzielnicy.
concern-summary-no-hint = Zobaczy je tylko zespół dzielnicowy.

# The map a pin is placed on, on the concern form (the PinMap island). $name is the
# neighbourhood's name.
concern-pin-map-hint = Możesz też pokazać, gdzie to się dzieje: wybierz miejsce na mapie, aby umieścić tam pinezkę lub ją przenieść.
concern-pin-map-alt = Mapa: { $name }. Wybierz miejsce, aby umieścić tam pinezkę
concern-pin-map-placed = Na mapie jest pinezka.
concern-pin-map-none = Nie umieszczono pinezki.
concern-pin-map-remove = Usuń pinezkę

# What is wrong with what was typed. "where-name" names the field in "too-long".
concern-where-name = Gdzie to się dzieje
concern-where-missing = Podaj, gdzie to się dzieje: ulicę, charakterystyczny punkt lub kod pocztowy
concern-kind-missing = Wybierz rodzaj problemu
concern-what-missing = Opisz, co się dzieje
concern-what-too-short = Napisz trochę więcej: co najmniej { $least ->
    [one] { $least } znak
    [few] { $least } znaki
    [many] { $least } znaków
   *[other] { $least } znaku
}
concern-summary-missing = Wybierz, czy streszczenie może zostać opublikowane
concern-pin-again = Umieść pinezkę na mapie ponownie
# $label is what the field is called ("What is happening"); $max a number of characters.
concern-too-long = Pole „{ $label }” może zawierać najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}
concern-plain-words = Pisz zwykłym tekstem: usuń wszystko, co wygląda jak kod strony internetowej, np. <b>

# The rows of "Check your concern" and of the resident's page for it.
concern-row-raised-for = W imieniu
concern-row-where = Gdzie
concern-row-kind = Rodzaj problemu
concern-row-what = Co się dzieje
concern-row-when = Kiedy to się dzieje
concern-row-summary = Publiczne streszczenie
concern-row-replies-to = Odpowiedzi trafią do
concern-row-status = Status
concern-row-improved = Czy jest lepiej?

# Check your concern. Each "Change" link is followed, for screen readers, by what it changes.
concern-check-title = Sprawdź swoje zgłoszenie
concern-change = Zmień
concern-change-who = w czyim imieniu jest zgłoszenie
concern-change-where = gdzie to się dzieje
concern-change-kind = rodzaj problemu
concern-change-what = co się dzieje
concern-change-when = kiedy to się dzieje
concern-change-summary = czy streszczenie zostanie opublikowane
# After the group's name.
concern-replies-to-organisers = (odpowiedzi trafią do jej organizatorów)
concern-replies-to-organisers-proposed = (odpowiedzi trafią do jej organizatorów), zaproponowane do następnego głosowania nad priorytetami
# After the place the resident typed.
concern-with-pin = (z pinezką na mapie)
concern-not-given = Nie podano
concern-check-summary-yes = Tak, po sprawdzeniu przez moderatora
concern-check-summary-no = Nie
concern-check-reply = Zespół odpowie w ciągu 72 godzin. Twoje imię i nazwisko oraz dane kontaktowe nigdy nie są publikowane.
concern-send = Wyślij zgłoszenie
concern-no-longer-organiser = Nie organizujesz już tutaj grupy { $group }. Zmień, w czyim imieniu jest zgłoszenie
concern-sent = Zgłoszenie wysłane
concern-too-many = Możesz wysłać najwyżej { $limit ->
    [one] { $limit } zgłoszenie
    [few] { $limit } zgłoszenia
    [many] { $limit } zgłoszeń
   *[other] { $limit } zgłoszenia
} dziennie. { $unit ->
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

# The resident's page for their concern (/account/concerns/{reference}).
concern-your-concern-title = Twoje zgłoszenie { $reference }
concern-your-reference = Numer Twojego zgłoszenia to
concern-emailed = Wysłaliśmy Ci e-mail z potwierdzeniem, że otrzymaliśmy zgłoszenie.
concern-reply-by = Termin odpowiedzi zespołu: { $time }
concern-reply-by-sentence = Termin odpowiedzi zespołu: { $time }.
concern-back-to-account = Wróć do swojego konta
concern-status-with-reason = { $status }: { $reason }
concern-public-summary-none = Nie jest publikowane: poprosiłeś(-aś), aby widział je tylko zespół
concern-public-summary-pending = Czeka na sprawdzenie przez moderatora
concern-public-summary-approved = Pokazane na stronie dzielnicy, bez Twojego imienia i nazwiska
concern-public-summary-rejected = Nie jest publikowane: moderator zdecydował, że nie należy go publikować
concern-timeline-title = Co się wydarzyło
concern-timeline-nothing = Na razie nic: zespół odpowie w ciągu 72 godzin.
# Who wrote or did it, and when: "The team, Saturday 5 December 2026 at 10:15am".
concern-timeline-when = { $who }, { $time }
concern-timeline-team = Zespół
concern-timeline-you = Ty
concern-timeline-reopened = Ponownie otwarto zgłoszenie
# Followed by what the resident wrote.
concern-timeline-reopened-why = Ponownie otwarto zgłoszenie:
# A change of status, followed by who it was passed to or the local problem it is part of.
concern-timeline-status = { $status }:
concern-write-title = Napisz do zespołu
concern-your-message = Twoja wiadomość
concern-write-hint = Zespół dostanie e-mail z informacją, że napisałeś(-aś).
concern-send-message = Wyślij wiadomość
concern-write-missing = Napisz wiadomość do zespołu
concern-message-sent = Twoja wiadomość została wysłana do zespołu
concern-closed-reopen-to-write = To zgłoszenie jest zamknięte: otwórz je ponownie, aby napisać do zespołu
concern-too-many-messages = Wysłano już dziś { $limit ->
    [one] { $limit } wiadomość
    [few] { $limit } wiadomości
    [many] { $limit } wiadomości
   *[other] { $limit } wiadomości
} w sprawie tego zgłoszenia. Zespół je przeczyta i odpowie. { $unit ->
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
# The answers to "Since you raised it, have things improved?".
concern-improved-choice-yes = Tak
concern-improved-choice-no = Nie
concern-not-sure = Nie wiem
concern-improved-legend = Czy od czasu zgłoszenia sytuacja się poprawiła?
concern-send-answer = Wyślij odpowiedź
concern-select-improved = Wybierz, czy sytuacja się poprawiła
concern-thanks = Dziękujemy za informację
concern-improved-once = Na pytanie, czy sytuacja się poprawiła, możesz odpowiedzieć raz, po zamknięciu zgłoszenia
concern-reopen-title = Otwórz zgłoszenie ponownie
concern-reopen-body = Jeśli problem nadal występuje, możesz ponownie otworzyć zgłoszenie w ciągu 28 dni od jego zamknięcia.
concern-reopen-label = Co nadal się dzieje? (opcjonalnie)
concern-still-happening = Co nadal się dzieje
concern-reopen-button = Otwórz zgłoszenie ponownie
concern-reopened = Twoje zgłoszenie zostało ponownie otwarte: zespół został o tym poinformowany
concern-reopen-too-late = Zgłoszenie można ponownie otworzyć w ciągu 28 dni od jego zamknięcia

# A concern's status: its short name (tags, lists) and as the resident's page explains it.
concern-status-received = Przyjęte
concern-status-replied = Udzielono odpowiedzi
concern-status-under-review = W trakcie sprawdzania
concern-status-being-worked-on = W trakcie działań
concern-status-passed-to-partner = Przekazane partnerowi
concern-status-closed = Zamknięte
concern-status-words-received = Przyjęte: zespół odpowie w ciągu 72 godzin
concern-status-words-replied = Zespół odpowiedział
concern-status-words-under-review = Zespół sprawdza sprawę
concern-status-words-being-worked-on = Zespół zajmuje się tym w ramach działań wobec lokalnego problemu
concern-status-words-passed-to-partner = Przekazane partnerowi, który może się tym zająć
concern-status-words-closed = Zamknięte
# Why a concern was closed, after "Closed: ".
concern-close-action-taken = podjęto działania
concern-close-no-further-action = bez dalszych działań
concern-close-not-a-police-matter = nie jest to sprawa dla policji
concern-close-duplicate = to samo co inne zgłoszenie
concern-close-duplicate-of = to samo co inne zgłoszenie, { $reference }
# The resident's answer to "Has it improved?".
concern-improved-yes = Tak, jest lepiej
concern-improved-no = Nie, nie jest lepiej

## Partner organisations the team passed the concern to. $organisation is one's name.

concern-partners-title = Partnerzy, którzy się tym zajmują
concern-partners-intro = Zespół przekazał Twoje zgłoszenie tym organizacjom, które mogą się nim zająć. Widzą, co napisałeś(-aś), i mogą Ci tutaj odpowiedzieć. Twoje imię i nazwisko oraz adres e-mail widzą tylko wtedy, gdy się na to zgodzisz.
concern-partners-group = Widzą nazwę grupy, nigdy Twoje imię i nazwisko.
concern-partner-yes = Pozwól { $organisation } widzieć moje imię i nazwisko oraz adres e-mail
concern-partner-no = Nie pokazuj { $organisation } mojego imienia i nazwiska ani adresu e-mail
concern-partner-given = { $organisation } widzi Twoje imię i nazwisko oraz adres e-mail.
concern-partner-refused = { $organisation } nie widzi Twojego imienia i nazwiska ani adresu e-mail.
concern-partner-asked = Nie udzielono jeszcze odpowiedzi: { $organisation } nie widzi Twojego imienia i nazwiska ani adresu e-mail.
concern-partner-saved = Twoja odpowiedź została zapisana
concern-partner-not-now = Nie udało się zapisać odpowiedzi: Twoje zgłoszenie nie zostało przekazane tej organizacji
