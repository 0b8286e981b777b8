## What every page shares: the header, the footer, the language switcher and form errors.

# Whether a native speaker has checked this language's translation: "yes" or "no". English is
# the original.
translation-reviewed = no
translation-unchecked = اس ترجمے کی ابھی تک کسی اہلِ زبان نے جانچ نہیں کی۔ اگر کوئی بات واضح نہ ہو تو { -english-link }۔
-english-link = یہ صفحہ انگریزی میں پڑھیں
service-name = محلے کی پولیسنگ
page-title = { $title } – محلے کی پولیسنگ
skip-to-main = مرکزی مواد پر جائیں
nav-account = اکاؤنٹ
nav-your-account = آپ کا اکاؤنٹ
nav-sign-in = سائن اِن کریں
nav-staff-dashboard = عملے کا ڈیش بورڈ
nav-your-sign-in = آپ کا سائن اِن
nav-sign-out = سائن آؤٹ کریں
nav-language = زبان
language-switch = زبان تبدیل کریں
footer-emergency = ہنگامی صورت میں 999 پر کال کریں۔ کسی جرم کی اطلاع دینے یا ہنگامی صورت کے علاوہ پولیس سے رابطہ کرنے کے لیے 101 پر کال کریں۔
footer-groups = کمیونٹی گروپس
footer-accessibility = رسائی کا بیان
footer-privacy = رازداری کا نوٹس
footer-open-data = اوپن ڈیٹا
footer-staff-sign-in = عملے کا سائن اِن
error-summary-title = ایک مسئلہ ہے
error-prefix = خرابی:
error-title = خرابی: { $title }
places-left = { $count ->
    [one] { $count } جگہ باقی ہے
   *[other] { $count } جگہیں باقی ہیں
}
not-found-title = صفحہ نہیں ملا
not-found-typed = اگر آپ نے ویب ایڈریس ٹائپ کیا ہے تو چیک کریں کہ یہ درست ہے۔
not-found-pasted = اگر آپ نے ویب ایڈریس پیسٹ کیا ہے تو چیک کریں کہ آپ نے پورا ایڈریس کاپی کیا ہے۔
forbidden-title = آپ کو یہ صفحہ دیکھنے کی اجازت نہیں ہے
forbidden-body = آپ کے عملے کے اکاؤنٹ سے اس صفحے تک رسائی حاصل نہیں ہوتی۔ اگر آپ سمجھتے ہیں کہ ہونی چاہیے تو اپنی فورس کے ایڈمنسٹریٹر سے پوچھیں۔
forbidden-link = اپنے عملے کے ڈیش بورڈ پر جائیں
fault-title = معذرت، سروس میں کوئی مسئلہ ہے
fault-try-later = بعد میں دوبارہ کوشش کریں۔
fault-emergency = ہنگامی صورت میں 999 پر کال کریں۔ ہنگامی صورت کے علاوہ پولیس سے رابطہ کرنے کے لیے 101 پر کال کریں۔
charcount-up-to = آپ زیادہ سے زیادہ { $count } حروف درج کر سکتے ہیں
charcount-remaining = { $count ->
    [one] آپ کے پاس { $count } حرف باقی ہے
   *[other] آپ کے پاس { $count } حروف باقی ہیں
}
charcount-too-many = { $count ->
    [one] آپ نے { $count } حرف زیادہ لکھا ہے
   *[other] آپ نے { $count } حروف زیادہ لکھے ہیں
}
list-separator = { "، " }
list-and = { $first } اور { $last }
