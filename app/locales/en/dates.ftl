## Dates and times as GOV.UK writes them: "Saturday 5 December 2026 at 10:15am".

weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date = { $weekday } { $day } { $month } { $year }
# $period is midnight, midday, morning or afternoon; $clock is 12-hour ("2:05"), $clock24 is "14:05".
time-of-day = { $period ->
    [midnight] midnight
    [midday] midday
    [morning] { $clock }am
   *[afternoon] { $clock }pm
}
date-at-time = { $date } at { $time }
time-range = { $start } to { $end }
