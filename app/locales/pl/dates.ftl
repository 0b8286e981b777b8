## Dates and times as Polish writes them: "środa, 1 lipca 2026 o 14:30".

weekday = { $day ->
    [1] poniedziałek
    [2] wtorek
    [3] środa
    [4] czwartek
    [5] piątek
    [6] sobota
   *[7] niedziela
}
# The month in the genitive, as it stands after the day: "1 lipca".
month = { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
}
date = { $weekday }, { $day } { $month } { $year }
# $period is midnight, midday, morning or afternoon; $clock is 12-hour ("2:05"), $clock24 is "14:05".
time-of-day = { $period ->
    [midnight] północy
    [midday] 12:00
    [morning] { $clock24 }
   *[afternoon] { $clock24 }
}
date-at-time = { $date } o { $time }
time-range = { $start }–{ $end }
