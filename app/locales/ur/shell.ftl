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
