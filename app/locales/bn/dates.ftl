## Dates and times in Bengali: "বুধবার, 1 জুলাই 2026, 14:30".

weekday = { $day ->
    [1] সোমবার
    [2] মঙ্গলবার
    [3] বুধবার
    [4] বৃহস্পতিবার
    [5] শুক্রবার
    [6] শনিবার
   *[7] রবিবার
}
month = { $month ->
    [1] জানুয়ারি
    [2] ফেব্রুয়ারি
    [3] মার্চ
    [4] এপ্রিল
    [5] মে
    [6] জুন
    [7] জুলাই
    [8] আগস্ট
    [9] সেপ্টেম্বর
    [10] অক্টোবর
    [11] নভেম্বর
   *[12] ডিসেম্বর
}
date = { $weekday }, { $day } { $month } { $year }
# $period is midnight, midday, morning or afternoon; $clock is 12-hour ("2:05"), $clock24 is "14:05".
# The 24-hour clock, so that morning and evening cannot be confused.
time-of-day = { $period ->
    [midnight] রাত 12টা
    [midday] দুপুর 12টা
    [morning] { $clock24 }
   *[afternoon] { $clock24 }
}
date-at-time = { $date }, { $time }
time-range = { $start } থেকে { $end }
