## Dates and times in Arabic: "السبت، 5 ديسمبر 2026، 10:15 صباحًا".

weekday = { $day ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}
month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
date = { $weekday }، { $day } { $month } { $year }
# $period is midnight, midday, morning or afternoon; $clock is 12-hour ("2:05"), $clock24 is "14:05".
time-of-day = { $period ->
    [midnight] منتصف الليل
    [midday] منتصف النهار
    [morning] { $clock } صباحًا
   *[afternoon] { $clock } مساءً
}
date-at-time = { $date }، { $time }
time-range = من { $start } إلى { $end }
