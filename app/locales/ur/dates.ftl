## Dates and times in Urdu: "ہفتہ، 5 دسمبر 2026 کو 10:15 قبل دوپہر".

weekday = { $day ->
    [1] پیر
    [2] منگل
    [3] بدھ
    [4] جمعرات
    [5] جمعہ
    [6] ہفتہ
   *[7] اتوار
}
month = { $month ->
    [1] جنوری
    [2] فروری
    [3] مارچ
    [4] اپریل
    [5] مئی
    [6] جون
    [7] جولائی
    [8] اگست
    [9] ستمبر
    [10] اکتوبر
    [11] نومبر
   *[12] دسمبر
}
date = { $weekday }، { $day } { $month } { $year }
# $period is midnight, midday, morning or afternoon; $clock is 12-hour ("2:05"), $clock24 is "14:05".
time-of-day = { $period ->
    [midnight] آدھی رات
    [midday] دوپہر بارہ بجے
    [morning] { $clock } قبل دوپہر
   *[afternoon] { $clock } بعد دوپہر
}
date-at-time = { $date } کو { $time }
time-range = { $start } سے { $end } تک
