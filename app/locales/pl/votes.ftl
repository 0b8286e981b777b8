## Priority votes as residents see them: the vote's page (with its results once it closes), and
## voting: confirming a postcode where the vote asks, choosing, checking, casting. The question
## and the options are the team's words, shown as they wrote them.
# Dates follow a colon, so that they need no change of case ("w środę").

vote-recorded = Głos został zapisany
vote-thank-you = Dziękujemy za oddanie głosu
vote-have-your-say = { $neighbourhood }: wypowiedz się
vote-team-link = Zespół dzielnicowy { $neighbourhood }
vote-opens = Początek głosowania: { $opens }. Koniec głosowania: { $closes }.
vote-open-until = Głosowanie jest otwarte. Koniec głosowania: { $closes }.
vote-choose-limit = { $count ->
    [one] Wybierz jedną opcję.
    [few] Wybierz maksymalnie { $count } opcje.
    [many] Wybierz maksymalnie { $count } opcji.
   *[other] Wybierz maksymalnie { $count } opcji.
}
vote-open-to-any = Głosować może każdy zalogowany mieszkaniec.
vote-open-to-postcode = Głosować mogą mieszkańcy, którzy potwierdzą kod pocztowy w tej dzielnicy.
vote-so-far = { $count ->
    [one] Do tej pory { $count } osoba zagłosowała online.
    [few] Do tej pory { $count } osoby zagłosowały online.
    [many] Do tej pory { $count } osób zagłosowało online.
   *[other] Do tej pory { $count } osoby zagłosowały online.
}
vote-closed = Głosowanie zostało zakończone. Koniec głosowania: { $closes }. Te wyniki są ostateczne.
vote-you-voted = Twój głos oddano na: { $choices }.
vote-change-until-closes = Możesz zmienić swój głos do końca głosowania: nigdy nie zostanie policzony dwa razy.
vote-change-button = Zmień swój głos
vote-button = Zagłosuj
vote-results = Wyniki
vote-totals-so-far = Dotychczasowe wyniki
vote-turnout = { $online ->
    [one] { $online } osoba zagłosowała online.
    [few] { $online } osoby zagłosowały online.
    [many] { $online } osób zagłosowało online.
   *[other] { $online } osoby zagłosowały online.
}
vote-turnout-with-paper = { $online ->
    [one] { $online } osoba zagłosowała online
    [few] { $online } osoby zagłosowały online
    [many] { $online } osób zagłosowało online
   *[other] { $online } osoby zagłosowały online
}, a { $paper ->
    [one] { $paper } osoba – na papierowej karcie.
    [few] { $paper } osoby – na papierowych kartach.
    [many] { $paper } osób – na papierowych kartach.
   *[other] { $paper } osoby – na papierowych kartach.
}
vote-chart-title = { $heading }: { $question }
vote-place = Miejsce
vote-option = Opcja
vote-online = Online
vote-paper = Na papierze
vote-total = Razem
vote-rank-tied = { $rank } (ex aequo)
vote-paper-ballots = Papierowe karty do głosowania, policzone osobno przez zespół: { $meetings }.
vote-the-options = Opcje
vote-sign-in-to-vote = Zaloguj się, aby zagłosować: każda osoba głosuje raz. Po zalogowaniu wrócisz do tego głosowania.
vote-back = Wstecz
vote-continue = Dalej
vote-select-limit = { $count ->
    [one] Zaznacz jedną opcję.
    [few] Zaznacz maksymalnie { $count } opcje.
    [many] Zaznacz maksymalnie { $count } opcji.
   *[other] Zaznacz maksymalnie { $count } opcji.
}
vote-choose-none = { $count ->
    [one] Zaznacz jedną opcję
   *[other] Zaznacz co najmniej jedną opcję
}
vote-choose-too-many = { $count ->
    [one] Zaznacz tylko jedną opcję
    [few] Zaznacz maksymalnie { $count } opcje
    [many] Zaznacz maksymalnie { $count } opcji
   *[other] Zaznacz maksymalnie { $count } opcji
}
vote-choose-not-an-option = Zaznacz jedną z pokazanych opcji
vote-postcode-title = Potwierdź, że mieszkasz w dzielnicy { $neighbourhood }
vote-postcode-why = To głosowanie jest przeznaczone dla osób mieszkających w dzielnicy { $neighbourhood }. Sprawdzimy Twój kod pocztowy, a potem go zapomnimy: nie przechowujemy go ani nigdzie nie pokazujemy.
vote-postcode-hint = Na przykład B15 2TT
vote-postcode-elsewhere = Ten kod pocztowy nie należy do dzielnicy { $neighbourhood }: to głosowanie jest przeznaczone dla mieszkańców tej dzielnicy
vote-postcode-district = Wpisz pełny kod pocztowy, np. B15 2TT
vote-check-title = Sprawdź swój głos
vote-voting-for = Głosujesz na
vote-change = Zmień
vote-change-hidden = swój wybór
vote-replaces = Ten głos zastąpi głos oddany wcześniej: każda osoba jest liczona tylko raz.
vote-cast = Oddaj głos
vote-has-closed = Głosowanie zostało zakończone: Twój głos nie został policzony
