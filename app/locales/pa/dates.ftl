## Dates and times in Punjabi: "ਬੁੱਧਵਾਰ, 1 ਜੁਲਾਈ 2026 ਨੂੰ 14:30 ਵਜੇ".

weekday = { $day ->
    [1] ਸੋਮਵਾਰ
    [2] ਮੰਗਲਵਾਰ
    [3] ਬੁੱਧਵਾਰ
    [4] ਵੀਰਵਾਰ
    [5] ਸ਼ੁੱਕਰਵਾਰ
    [6] ਸ਼ਨਿੱਚਰਵਾਰ
   *[7] ਐਤਵਾਰ
}
month = { $month ->
    [1] ਜਨਵਰੀ
    [2] ਫ਼ਰਵਰੀ
    [3] ਮਾਰਚ
    [4] ਅਪ੍ਰੈਲ
    [5] ਮਈ
    [6] ਜੂਨ
    [7] ਜੁਲਾਈ
    [8] ਅਗਸਤ
    [9] ਸਤੰਬਰ
    [10] ਅਕਤੂਬਰ
    [11] ਨਵੰਬਰ
   *[12] ਦਸੰਬਰ
}
date = { $weekday }, { $day } { $month } { $year }
# $period is midnight, midday, morning or afternoon; $clock is 12-hour ("2:05"), $clock24 is "14:05".
# The 24-hour clock, so that morning and evening cannot be confused.
time-of-day = { $period ->
    [midnight] ਅੱਧੀ ਰਾਤ 12 ਵਜੇ
    [midday] ਦੁਪਹਿਰ 12 ਵਜੇ
    [morning] { $clock24 } ਵਜੇ
   *[afternoon] { $clock24 } ਵਜੇ
}
date-at-time = { $date } ਨੂੰ { $time }
time-range = { $start } ਤੋਂ { $end } ਤੱਕ
