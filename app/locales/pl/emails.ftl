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

## Booking emails, in the language the resident reads the portal in. $title is the surgery's
## title (the team's words), $reference the booking's, $when its date and times.

email-team-sender = Zespół dzielnicowy { $neighbourhood }, { $force }
email-calendar-reference = Numer rezerwacji: { $reference }.
email-booking-when = Kiedy: { $when }
email-booking-where = Gdzie: { $place }
email-booking-finding = Jak trafić do sali: { $how }
email-booking-reference = Numer Twojej rezerwacji to { $reference }.
email-booking-calendar-adds = Załączony plik kalendarza doda ten termin do Twojego kalendarza.
email-booking-calendar-removes = Załączony plik kalendarza usunie ten termin z Twojego kalendarza.
email-booking-see-or-change = Aby zobaczyć swoją rezerwację lub zmienić jej godzinę, zaloguj się przy użyciu tego adresu e-mail: { $link }
email-booking-cancel-link = Anuluj rezerwację
email-booking-see-or-cancel-link = Zobacz lub anuluj rezerwację
email-reason-given = Podany powód: { $reason }
email-booking-confirmed-subject = Zarezerwowano: { $title } ({ $reference })
email-booking-confirmed-opening = Twoje miejsce na dyżurze „{ $title }” zostało zarezerwowane.
email-booking-confirmed-please-cancel = Jeśli nie możesz przyjść, anuluj rezerwację, aby ktoś inny mógł zająć Twoje miejsce. Link działa do rozpoczęcia dyżuru.
email-booked-by-team-opening = Zgodnie z Twoją prośbą zespół dzielnicowy zarezerwował dla Ciebie miejsce na dyżurze „{ $title }”.
email-booked-by-team-please-cancel = Jeśli nie możesz przyjść, anuluj rezerwację, aby ktoś inny mógł zająć Twoje miejsce.
email-surgery-moved-subject = Przeniesiono: { $title } ({ $reference })
email-surgery-moved-opening = Zespół przeniósł dyżur „{ $title }”. Twoja rezerwacja { $reference } pozostaje ważna w nowym terminie:
email-surgery-moved-please-cancel = Jeśli nie możesz już przyjść, anuluj rezerwację, aby ktoś inny mógł zająć Twoje miejsce.
email-booking-time-changed-subject = Nowa godzina: { $title } ({ $reference })
email-booking-time-changed-opening = Zmieniono godzinę Twojej rezerwacji na dyżur „{ $title }”. Nowy termin:
email-booking-time-changed-not-you = Jeśli ta zmiana nie pochodzi od Ciebie, zaloguj się i sprawdź swoją rezerwację.
email-waiting-list-place-subject = Rezerwacja z listy oczekujących: { $title } ({ $reference })
email-waiting-list-place-opening = Dobra wiadomość: na dyżurze „{ $title }” zwolniło się miejsce, a ponieważ Twoje zgłoszenie było pierwsze na liście oczekujących, miejsce jest teraz Twoje.
email-waiting-list-place-please-cancel = Jeśli nie możesz już przyjść, anuluj rezerwację, aby miejsce mogła zająć kolejna osoba oczekująca.
email-booking-cancelled-subject = Anulowano: { $title } ({ $reference })
email-booking-cancelled-opening = Twoja rezerwacja { $reference } na dyżur „{ $title }” ({ $when }) została anulowana.
email-booking-cancelled-not-you = Jeśli rezerwacja została anulowana bez Twojej wiedzy, możesz ponownie zarezerwować miejsce w serwisie Policja dzielnicowa.
email-surgery-cancelled-subject = Dyżur odwołany przez zespół: { $title } ({ $reference })
email-surgery-cancelled-opening = Przepraszamy: zespół odwołał dyżur „{ $title }” ({ $when }), dlatego Twoja rezerwacja { $reference } została anulowana.
email-surgery-cancelled-book-another = W serwisie Policja dzielnicowa możesz zarezerwować miejsce na innym dyżurze lub skontaktować się z zespołem.
email-booking-reminder-subject = Przypomnienie: { $title } ({ $reference })
email-booking-reminder-opening = Przypominamy o Twoim miejscu na dyżurze „{ $title }”.
email-booking-reminder-please-cancel = Jeśli nie możesz przyjść, anuluj rezerwację, aby ktoś inny mógł zająć Twoje miejsce. Możesz też użyć linku z e-maila z potwierdzeniem rezerwacji.

## "You said, we did" updates and alerts about what a resident follows. What the team wrote
## ($text) stays in their words.

email-update-opening = Zespół dzielnicowy { $neighbourhood } opublikował aktualizację dotyczącą Twojego zgłoszenia lub głosowania z Twoim udziałem.
email-update-you-said = Powiedzieliście: { $text }
email-update-we-did = Zrobiliśmy: { $text }
email-update-outcome = Rezultat: { $text }
email-update-next-steps = Co dalej: { $text }
email-update-link = Przeczytaj aktualizację
email-update-why = Otrzymujesz te e-maile w związku z Twoim zgłoszeniem lub udziałem w głosowaniu w Twojej dzielnicy. Aby je wyłączyć, użyj tego linku: { $link }
email-update-subject = Powiedzieliście – zrobiliśmy: aktualizacja od zespołu dzielnicowego { $neighbourhood }
email-alert-opening = { $heading } w tym, co obserwujesz Ty i Twoje grupy:
email-alert-link = Zobacz wszystko, co obserwujesz
email-alert-why = Aby wybrać, jak często otrzymywać informacje, przejdź do swojego konta. Aby wyłączyć te e-maile, użyj tego linku: { $link }
email-alert-subject = Co zrobiły Twoje zespoły dzielnicowe w obserwowanych przez Ciebie sprawach
# Dates stand alone here ("środa, 1 lipca 2026"), so no preposition has to decline them.
email-alert-week = Zmiany (okres: { $from } – { $to })
email-alert-since = Zmiany (od: { $since })
email-alert-line = { $through }: { $kind } – { $title } ({ $neighbourhood }): { $what }, { $when }: { $text }
email-alert-you-follow = Obserwujesz

## Community groups: an invitation, and a request to join approved. $group is the group's name.

email-group-invitation-subject = Zaproszono Cię do grupy { $group }
email-group-invitation-opening = Jeden z organizatorów grupy { $group } zaprasza Cię do dołączenia do grupy w serwisie Policja dzielnicowa. Dzięki temu będziesz obserwować, co lokalny zespół robi w sprawach ważnych dla grupy.
email-group-invitation-link = Dołącz do grupy
email-group-invitation-works-once = Link działa tylko raz, przez 14 dni. Użycie go zaloguje Cię też przy użyciu tego adresu e-mail.
email-group-invitation-ignore = Jeśli nie chcesz dołączyć, możesz zignorować tę wiadomość.
email-group-joined-subject = Dołączono do grupy { $group }
email-group-joined-opening = Jesteś teraz członkiem grupy { $group }.
email-group-joined-link = Zobacz, co obserwuje grupa

## A resident's concern: received, replied to, its status changed. $reference is the concern's.

email-concern-received-subject = Otrzymaliśmy Twoje zgłoszenie ({ $reference })
email-concern-thanks = Dziękujemy za przekazanie nam zgłoszenia. Jego numer to { $reference }.
email-concern-reply-by = Termin odpowiedzi zespołu: { $when }.
email-concern-not-for-emergencies = Ta usługa nie służy do zgłaszania nagłych wypadków. Jeśli przestępstwo dzieje się teraz lub ktoś jest w niebezpieczeństwie, dzwoń pod numer 999. Aby zgłosić przestępstwo, dzwoń pod numer 101 lub zgłoś je online.
email-concern-see = Zobacz swoje zgłoszenie
email-concern-never-published = Twoje imię i nazwisko oraz dane kontaktowe nigdy nie są publikowane.
email-concern-reply-subject = Odpowiedź w sprawie Twojego zgłoszenia ({ $reference })
email-concern-replied = Twój zespół dzielnicowy odpowiedział w sprawie Twojego zgłoszenia { $reference }:
email-concern-read-and-answer = Przeczytaj i odpowiedz
email-concern-to-answer = Aby odpowiedzieć, użyj linku powyżej.
email-concern-update-subject = Nowe informacje w sprawie Twojego zgłoszenia ({ $reference })
email-concern-news = Mamy nowe informacje w sprawie Twojego zgłoszenia { $reference }.
# $status is the concern's status in plain words ("The team is looking into it"); $detail what the team added, in their words.
email-concern-status = { $status }.
email-concern-status-detail = { $status }: { $detail }.
email-concern-improved-ask = Gdy znajdziesz chwilę, daj nam znać w serwisie, czy sytuacja się poprawiła.
# The team passed a resident's concern to a partner organisation; $organisation is its name.
email-concern-partner-consent = { $organisation } nie widzi Twojego imienia i nazwiska ani adresu e-mail, chyba że się na to zgodzisz. Możesz wybrać na stronie swojego zgłoszenia i w każdej chwili zmienić zdanie.
email-concern-partner-replied = { $organisation } odpowiada w sprawie Twojego zgłoszenia { $reference }:

email-group-verified-subject = Grupa { $group } została zweryfikowana
email-group-verified = Grupa { $group } została zweryfikowana: jej strona jest teraz publiczna, a Ty możesz obserwować priorytety i zgłaszać sprawy w imieniu grupy.
email-group-declined-subject = Grupa { $group } nie została zweryfikowana
email-group-declined = Grupa { $group } nie została zweryfikowana, więc nie jest widoczna publicznie.
email-group-declined-reason = Podany powód: { $reason }
email-group-decided-link = Przejdź do strony grupy
email-group-join-request-subject = Prośba o dołączenie do grupy { $group }
email-group-join-request-opening = Ktoś poprosił o dołączenie do grupy { $group }.
email-group-join-request-link = Przyjmij lub odrzuć prośbę
email-group-contact-subject = Wiadomość dla grupy { $group } od: { $name }
email-group-contact-opening = { $name } wysłał(a) wiadomość do grupy { $group } przez stronę grupy w serwisie policji dzielnicowej:
email-group-contact-answer = Aby odpowiedzieć, napisz do: { $name }, na adres { $email }. Twój adres nie został tej osobie pokazany.
