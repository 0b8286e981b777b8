## What every page shares: the header, the footer, the language switcher and form errors.

# Whether a native speaker has checked this language's translation: "yes" or "no". English is
# the original.
translation-reviewed = no
translation-unchecked = ਪੰਜਾਬੀ ਮਾਂ-ਬੋਲੀ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਤੱਕ ਇਸ ਅਨੁਵਾਦ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ ਹੈ। ਜੇ ਕੋਈ ਗੱਲ ਸਪਸ਼ਟ ਨਹੀਂ ਹੈ, ਤਾਂ { -english-link }।
-english-link = ਇਹ ਪੰਨਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪੜ੍ਹੋ
service-name = ਇਲਾਕੇ ਦੀ ਪੁਲਿਸ
page-title = { $title } – ਇਲਾਕੇ ਦੀ ਪੁਲਿਸ
skip-to-main = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
nav-account = ਖਾਤਾ
nav-your-account = ਤੁਹਾਡਾ ਖਾਤਾ
nav-sign-in = ਸਾਈਨ ਇਨ ਕਰੋ
nav-staff-dashboard = ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ
nav-your-sign-in = ਤੁਹਾਡਾ ਸਾਈਨ-ਇਨ
nav-sign-out = ਸਾਈਨ ਆਉਟ ਕਰੋ
nav-language = ਭਾਸ਼ਾ
language-switch = ਭਾਸ਼ਾ ਬਦਲੋ
footer-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਕਾਲ ਕਰੋ। ਕਿਸੇ ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ, ਜਾਂ ਐਮਰਜੈਂਸੀ ਨਾ ਹੋਣ 'ਤੇ ਪੁਲਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ, 101 'ਤੇ ਕਾਲ ਕਰੋ।
footer-groups = ਭਾਈਚਾਰਕ ਗਰੁੱਪ
footer-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
footer-privacy = ਪਰਦੇਦਾਰੀ ਨੋਟਿਸ
footer-open-data = ਖੁੱਲ੍ਹਾ ਡਾਟਾ
footer-staff-sign-in = ਸਟਾਫ਼ ਲਈ ਸਾਈਨ ਇਨ
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-prefix = ਗਲਤੀ:
error-title = ਗਲਤੀ: { $title }
places-left = { $count ->
    [0] ਕੋਈ ਥਾਂ ਬਾਕੀ ਨਹੀਂ ਹੈ
    [one] { $count } ਥਾਂ ਬਾਕੀ ਹੈ
   *[other] { $count } ਥਾਂਵਾਂ ਬਾਕੀ ਹਨ
}
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-typed = ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਟਾਈਪ ਕੀਤਾ ਹੈ, ਤਾਂ ਜਾਂਚ ਕਰੋ ਕਿ ਇਹ ਸਹੀ ਹੈ।
not-found-pasted = ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਪੇਸਟ ਕੀਤਾ ਹੈ, ਤਾਂ ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਸੀਂ ਪੂਰਾ ਪਤਾ ਕਾਪੀ ਕੀਤਾ ਹੈ।
forbidden-title = ਤੁਹਾਨੂੰ ਇਹ ਪੰਨਾ ਦੇਖਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ
forbidden-body = ਤੁਹਾਡਾ ਸਟਾਫ਼ ਖਾਤਾ ਤੁਹਾਨੂੰ ਇਸ ਪੰਨੇ ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਦਿੰਦਾ। ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਦੇਣੀ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਆਪਣੀ ਫੋਰਸ ਦੇ ਪ੍ਰਸ਼ਾਸਕ ਨੂੰ ਪੁੱਛੋ।
forbidden-link = ਆਪਣੇ ਸਟਾਫ਼ ਡੈਸ਼ਬੋਰਡ 'ਤੇ ਜਾਓ
fault-title = ਮਾਫ਼ ਕਰਨਾ, ਸੇਵਾ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਹੈ
fault-try-later = ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
fault-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਕਾਲ ਕਰੋ। ਐਮਰਜੈਂਸੀ ਨਾ ਹੋਣ 'ਤੇ ਪੁਲਿਸ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ 101 'ਤੇ ਕਾਲ ਕਰੋ।
charcount-up-to = ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਅੱਖਰ ਦਰਜ ਕਰ ਸਕਦੇ ਹੋ
charcount-remaining = { $count ->
    [one] ਤੁਹਾਡੇ ਕੋਲ { $count } ਅੱਖਰ ਬਾਕੀ ਹੈ
   *[other] ਤੁਹਾਡੇ ਕੋਲ { $count } ਅੱਖਰ ਬਾਕੀ ਹਨ
}
charcount-too-many = { $count ->
    [one] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖਿਆ ਹੈ
   *[other] ਤੁਸੀਂ { $count } ਅੱਖਰ ਵੱਧ ਲਿਖੇ ਹਨ
}
list-separator = { ", " }
list-and = { $first } ਅਤੇ { $last }
