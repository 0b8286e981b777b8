## Dyżury i rezerwacja miejsca: wyszukiwanie, strona dyżuru, rezerwacja, rezerwacja mieszkańca i anulowanie.

## Wyszukiwanie dyżurów (/surgeries).
surgery-search-title = Znajdź dyżur w pobliżu
surgery-search-body = Dyżury to godziny, w których Twój zespół dzielnicowy jest w bibliotece, szkole lub centrum społecznościowym, aby porozmawiać z Tobą osobiście.
surgery-search-hint = Na przykład B15 2TT
surgery-search-button = Znajdź dyżury
surgery-found-title = Dyżury w dzielnicy { $neighbourhood }
surgery-calendar-link = Dodaj te dyżury do swojego kalendarza
surgery-team-link = Zespół dzielnicowy { $neighbourhood }
surgery-search-again = Wyszukaj inny kod pocztowy

## Lista nadchodzących dyżurów.
surgery-list-none = Obecnie nie zaplanowano żadnych dyżurów. Skontaktuj się z zespołem, aby zapytać o termin następnego.
surgery-list-drop-in = Można przyjść bez rezerwacji
surgery-book-place = Zarezerwuj miejsce

## Strona dyżuru.
surgery-page-title = { $title }, { $when }
surgery-team = Zespół dzielnicowy { $neighbourhood }
surgery-cancelled = Ten dyżur został odwołany.
surgery-over = Ten dyżur już się odbył.
surgery-drop-in = Nie trzeba rezerwować: przyjdź w dowolnym momencie w trakcie dyżuru.
# "Około" łączy się z dopełniaczem: około 1 osoby, około 20 osób.
surgery-expected = { $count ->
    [one] Zespół spodziewa się około { $count } osoby.
   *[other] Zespół spodziewa się około { $count } osób.
}
surgery-slots-title = Godziny i wolne miejsca
surgery-slots-time = Godzina
surgery-slots-places = Wolne miejsca
surgery-fully-booked = Brak miejsc
surgery-your-place = Masz miejsce na tym dyżurze.
surgery-your-place-link = Zobacz swoją rezerwację { $reference }
surgery-all-booked = Wszystkie miejsca są zarezerwowane. Możesz zapisać się na listę oczekujących na wybraną godzinę: jeśli zwolni się miejsce, otrzyma je pierwsza osoba z listy.
surgery-join-waiting-list = Zapisz się na listę oczekujących
surgery-getting-there = Jak dotrzeć
surgery-step-free = Dostęp bez schodów.
surgery-not-step-free = To miejsce nie jest w całości dostępne bez schodów.
surgery-map-link = Zobacz { $venue } w OpenStreetMap
surgery-call-sooner = Jeśli musisz porozmawiać z zespołem wcześniej, zadzwoń pod numer 101. W nagłym wypadku dzwoń pod numer 999.
surgery-back-to-team = Wróć do zespołu dzielnicowego { $neighbourhood }
surgery-venue-library = Biblioteka
surgery-venue-school = Szkoła
surgery-venue-community-centre = Centrum społecznościowe
surgery-venue-place-of-worship = Miejsce kultu religijnego
surgery-venue-front-counter = Punkt obsługi na komisariacie policji
surgery-venue-other = Inne miejsce

## Wiersze podsumowania dyżuru lub rezerwacji.
summary-surgery = Dyżur
summary-team = Zespół
summary-when = Kiedy
summary-time = Godzina
summary-where = Gdzie
summary-reference = Numer referencyjny
summary-topic = O czym chcesz porozmawiać
summary-adjustments = Pomoc w udziale
summary-status = Status
summary-none = Brak

## Rezerwacja, krok pierwszy: wybór godziny.
booking-sign-in = Zaloguj się, aby zarezerwować miejsce. Po zalogowaniu wrócisz do rezerwacji.
booking-already-booked = Masz już miejsce na tym dyżurze, więc nie możesz zarezerwować kolejnego. Twoja rezerwacja jest poniżej: możesz zmienić jej godzinę lub ją anulować.
booking-no-such-surgery = Nie ma takiego dyżuru.
booking-back = Wstecz
booking-choose-time = Wybierz godzinę
booking-when-where = { $when }, miejsce: { $place }.
booking-time-legend = Godzina
booking-fully-booked-wait = Brak miejsc: wybierz tę godzinę, aby zapisać się na listę oczekujących
booking-topic-label = O czym chcesz porozmawiać?
booking-topic-hint = Wystarczy jedno zdanie. Zobaczy to tylko zespół dzielnicowy. Nie używaj tego pola do zgłaszania przestępstw.
booking-adjustments-label = Czy możemy coś zrobić, aby ułatwić Ci udział? (opcjonalnie)
booking-adjustments-hint = Na przykład pętla indukcyjna, tłumacz lub ciche pomieszczenie.
booking-continue = Dalej
booking-select-time = Wybierz godzinę
booking-topic-missing = Napisz krótko, o czym chcesz porozmawiać
booking-topic-too-long = Opis tego, o czym chcesz porozmawiać, może mieć najwyżej { $max } znaków
booking-adjustments-too-long = Opis potrzebnej pomocy może mieć najwyżej { $max } znaków

## Rezerwacja, krok drugi: sprawdzenie i potwierdzenie.
booking-check-title = Sprawdź swoją rezerwację
booking-change = Zmień
booking-change-time = godzinę
booking-change-topic = to, o czym chcesz porozmawiać
booking-change-adjustments = potrzebną pomoc
booking-wait-email = Ta godzina jest już w pełni zarezerwowana. Trafisz na jej listę oczekujących: jeśli przed dyżurem zwolni się miejsce, otrzyma je pierwsza osoba z listy. Jeśli będzie to Twoja kolej, wyślemy wiadomość na adres { $email }.
booking-confirm-email = Potwierdzenie z plikiem kalendarza i linkiem do anulowania wyślemy na adres { $email }.
booking-join-waiting-list = Zapisz się na listę oczekujących
booking-confirm = Potwierdź rezerwację
booking-complete = Rezerwacja zakończona
booking-waiting = Jesteś na liście oczekujących. Jeśli zwolni się miejsce, będzie Twoje, a my wyślemy Ci e-mail.
booking-slot-gone = Wybrana godzina właśnie została w pełni zarezerwowana. Wybierz inną godzinę.
booking-not-bookable = Nie można już zarezerwować miejsca na tym dyżurze: mógł zostać odwołany lub już się rozpoczął.

## Rezerwacja mieszkańca.
booking-title = Twoja rezerwacja { $reference }
booking-caption = Twoja rezerwacja
booking-your-reference = Twój numer referencyjny to
booking-emailed = Wysłaliśmy Ci e-mailem potwierdzenie z plikiem kalendarza i linkiem do anulowania.
booking-status-booked = Zarezerwowano
booking-status-cancelled = Anulowano
booking-status-cancelled-by-team = Odwołane przez zespół
booking-surgery-link = Zobacz stronę dyżuru z informacją, jak dotrzeć
booking-change-time-title = Zmień godzinę
booking-new-time = Nowa godzina
booking-change-time-button = Zmień godzinę
booking-cannot-come = Nie możesz przyjść?
booking-cancel-so = Anuluj rezerwację, aby ktoś inny mógł zająć Twoje miejsce.
booking-cancel-button = Anuluj tę rezerwację
booking-back-to-account = Wróć do swojego konta
booking-cancel-sure = Czy na pewno chcesz anulować tę rezerwację?
booking-cancel-sure-explained = Twoje miejsce otrzyma następna osoba z listy oczekujących albo zostanie ono ponownie udostępnione. Możesz zarezerwować ponownie, jeśli zostaną wolne miejsca.
booking-cancel-yes = Tak, anuluj tę rezerwację
booking-cancel-no = Nie, zachowaj moją rezerwację
booking-select-new-time = Wybierz nową godzinę
booking-time-changed = Twoja rezerwacja została przeniesiona na nową godzinę. Wysłaliśmy Ci e-mailem szczegóły i aktualizację kalendarza.
booking-same-time = To już jest Twoja godzina: wybierz inną
booking-slot-full = Przepraszamy, ostatnie miejsce o tej godzinie właśnie zostało zajęte: wybierz inną godzinę
booking-too-late-to-move = Ten dyżur już się rozpoczął, więc nie można teraz zmienić godziny
booking-cannot-move = Tej rezerwacji nie można już przenieść

## Anulowanie rezerwacji.
booking-cancel-title = Anuluj rezerwację
booking-cancel-explained = Twoje miejsce otrzyma ktoś inny. Możesz zarezerwować ponownie, jeśli zostaną wolne miejsca.
booking-cannot-cancel = Tej rezerwacji nie można teraz anulować: jest już anulowana lub dyżur się rozpoczął.
booking-cancelled = Rezerwacja { $reference } została anulowana. Wysłaliśmy Ci e-mail z potwierdzeniem.
booking-already-cancelled = Rezerwacja { $reference } była już anulowana.
booking-too-late-to-cancel = Ten dyżur już się rozpoczął, więc nie można teraz anulować rezerwacji.
booking-cancel-link-unknown = Nie rozpoznajemy tego linku do anulowania. Sprawdź, czy skopiowano cały link z e-maila.
