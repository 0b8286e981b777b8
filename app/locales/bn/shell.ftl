## What every page shares: the header, the footer, the language switcher and form errors.

# Whether a native speaker has checked this language's translation: "yes" or "no". English is
# the original.
translation-reviewed = no
translation-unchecked = বাংলা যাঁর মাতৃভাষা এমন কেউ এখনও এই অনুবাদটি যাচাই করেননি। কিছু বুঝতে অসুবিধা হলে, { -english-link }।
-english-link = এই পৃষ্ঠাটি ইংরেজিতে পড়ুন
service-name = এলাকার পুলিশ
page-title = { $title } – এলাকার পুলিশ
skip-to-main = মূল বিষয়বস্তুতে যান
nav-account = অ্যাকাউন্ট
nav-your-account = আপনার অ্যাকাউন্ট
nav-sign-in = সাইন ইন করুন
nav-staff-dashboard = কর্মীদের ড্যাশবোর্ড
nav-your-sign-in = আপনার সাইন-ইন
nav-sign-out = সাইন আউট করুন
nav-language = ভাষা
language-switch = ভাষা পরিবর্তন করুন
footer-emergency = জরুরি অবস্থায় 999-এ কল করুন। অপরাধের খবর দিতে, বা জরুরি নয় এমন বিষয়ে পুলিশের সাথে যোগাযোগ করতে, 101-এ কল করুন।
footer-groups = কমিউনিটি গ্রুপ
footer-accessibility = প্রবেশযোগ্যতা বিবৃতি
footer-privacy = গোপনীয়তা বিজ্ঞপ্তি
footer-open-data = উন্মুক্ত ডেটা
footer-staff-sign-in = কর্মীদের সাইন ইন
error-summary-title = একটি সমস্যা হয়েছে
error-prefix = ত্রুটি:
error-title = ত্রুটি: { $title }
places-left = { $count ->
    [0] আর কোনো জায়গা খালি নেই
    [one] { $count }টি জায়গা খালি আছে
   *[other] { $count }টি জায়গা খালি আছে
}
not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
not-found-typed = আপনি যদি ওয়েব ঠিকানাটি টাইপ করে থাকেন, তাহলে দেখে নিন সেটি সঠিক কি না।
not-found-pasted = আপনি যদি ওয়েব ঠিকানাটি পেস্ট করে থাকেন, তাহলে দেখে নিন আপনি পুরো ঠিকানাটি কপি করেছেন কি না।
forbidden-title = এই পৃষ্ঠাটি দেখার অনুমতি আপনার নেই
forbidden-body = আপনার কর্মী অ্যাকাউন্ট দিয়ে এই পৃষ্ঠায় প্রবেশ করা যায় না। আপনার যদি মনে হয় প্রবেশ করতে পারা উচিত, তাহলে আপনার বাহিনীর অ্যাডমিনিস্ট্রেটরকে জিজ্ঞেস করুন।
forbidden-link = কর্মীদের ড্যাশবোর্ডে যান
fault-title = দুঃখিত, পরিষেবাটিতে একটি সমস্যা হয়েছে
fault-try-later = পরে আবার চেষ্টা করুন।
fault-emergency = জরুরি অবস্থায় 999-এ কল করুন। জরুরি নয় এমন বিষয়ে পুলিশের সাথে যোগাযোগ করতে 101-এ কল করুন।
charcount-up-to = আপনি সর্বোচ্চ { $count }টি অক্ষর লিখতে পারেন
charcount-remaining = { $count ->
    [one] আপনার আর { $count }টি অক্ষর বাকি আছে
   *[other] আপনার আর { $count }টি অক্ষর বাকি আছে
}
charcount-too-many = { $count ->
    [one] আপনি { $count }টি অক্ষর বেশি লিখেছেন
   *[other] আপনি { $count }টি অক্ষর বেশি লিখেছেন
}
list-separator = { ", " }
list-and = { $first } ও { $last }
