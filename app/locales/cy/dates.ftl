## Dates and times as GOV.UK writes them in Welsh: "Dydd Sadwrn 5 Rhagfyr 2026 am 10:15yb".

weekday = { $day ->
    [1] Dydd Llun
    [2] Dydd Mawrth
    [3] Dydd Mercher
    [4] Dydd Iau
    [5] Dydd Gwener
    [6] Dydd Sadwrn
   *[7] Dydd Sul
}
month = { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
}
date = { $weekday } { $day } { $month } { $year }
# $period is midnight, midday, morning or afternoon; $clock is 12-hour ("2:05"), $clock24 is "14:05".
time-of-day = { $period ->
    [midnight] hanner nos
    [midday] canol dydd
    [morning] { $clock }yb
   *[afternoon] { $clock }yh
}
date-at-time = { $date } am { $time }
time-range = { $start } i { $end }
