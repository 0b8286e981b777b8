## ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਅਤੇ ਥਾਂ ਬੁੱਕ ਕਰਨਾ: ਖੋਜ, ਸੈਸ਼ਨ ਦਾ ਪੰਨਾ, ਬੁਕਿੰਗ, ਨਿਵਾਸੀ ਦੀ ਬੁਕਿੰਗ, ਅਤੇ ਰੱਦ ਕਰਨਾ।

## ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਲੱਭਣਾ (/surgeries)।
surgery-search-title = ਆਪਣੇ ਨੇੜੇ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਲੱਭੋ
surgery-search-body = ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਉਹ ਸਮੇਂ ਹਨ ਜਦੋਂ ਤੁਹਾਡੇ ਇਲਾਕੇ ਦੀ ਟੀਮ ਕਿਸੇ ਲਾਇਬ੍ਰੇਰੀ, ਸਕੂਲ ਜਾਂ ਕਮਿਊਨਿਟੀ ਸੈਂਟਰ ਵਿੱਚ ਹੁੰਦੀ ਹੈ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਨਾਲ ਆਹਮੋ-ਸਾਹਮਣੇ ਗੱਲ ਕਰ ਸਕੋ।
surgery-search-hint = ਉਦਾਹਰਨ ਲਈ, B15 2TT
surgery-search-button = ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਲੱਭੋ
surgery-found-title = { $neighbourhood } ਵਿੱਚ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ
surgery-calendar-link = ਇਹ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਸ਼ਾਮਲ ਕਰੋ
surgery-team-link = { $neighbourhood } ਇਲਾਕੇ ਦੀ ਟੀਮ
surgery-search-again = ਕੋਈ ਹੋਰ ਪੋਸਟਕੋਡ ਲੱਭੋ

## ਆਉਣ ਵਾਲੇ ਸੈਸ਼ਨਾਂ ਦੀ ਸੂਚੀ।
surgery-list-none = ਇਸ ਵੇਲੇ ਕੋਈ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਤੈਅ ਨਹੀਂ ਹੈ। ਅਗਲਾ ਸੈਸ਼ਨ ਕਦੋਂ ਹੈ, ਇਹ ਪੁੱਛਣ ਲਈ ਟੀਮ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
surgery-list-drop-in = ਸਿੱਧੇ ਆ ਜਾਓ, ਬੁੱਕ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ
surgery-book-place = ਥਾਂ ਬੁੱਕ ਕਰੋ

## ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਦਾ ਪੰਨਾ।
surgery-page-title = { $title }, { $when }
surgery-team = { $neighbourhood } ਇਲਾਕੇ ਦੀ ਟੀਮ
surgery-cancelled = ਇਹ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।
surgery-over = ਇਹ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਹੋ ਚੁੱਕਾ ਹੈ।
surgery-drop-in = ਬੁੱਕ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ: ਸੈਸ਼ਨ ਦੌਰਾਨ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆ ਜਾਓ।
surgery-expected = ਟੀਮ ਨੂੰ ਲਗਭਗ { $count } ਲੋਕਾਂ ਦੇ ਆਉਣ ਦੀ ਉਮੀਦ ਹੈ।
surgery-slots-title = ਸਮੇਂ ਅਤੇ ਬਾਕੀ ਥਾਂਵਾਂ
surgery-slots-time = ਸਮਾਂ
surgery-slots-places = ਬਾਕੀ ਥਾਂਵਾਂ
surgery-fully-booked = ਪੂਰੀ ਤਰ੍ਹਾਂ ਬੁੱਕ
surgery-your-place = ਇਸ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਵਿੱਚ ਤੁਹਾਡੀ ਥਾਂ ਬੁੱਕ ਹੈ।
surgery-your-place-link = ਆਪਣੀ ਬੁਕਿੰਗ { $reference } ਦੇਖੋ
surgery-all-booked = ਸਾਰੀਆਂ ਥਾਂਵਾਂ ਬੁੱਕ ਹੋ ਚੁੱਕੀਆਂ ਹਨ। ਤੁਸੀਂ ਕਿਸੇ ਸਮੇਂ ਦੀ ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋ ਸਕਦੇ ਹੋ: ਜੇ ਕੋਈ ਥਾਂ ਖਾਲੀ ਹੁੰਦੀ ਹੈ, ਤਾਂ ਉਹ ਉਡੀਕ ਕਰ ਰਹੇ ਪਹਿਲੇ ਵਿਅਕਤੀ ਨੂੰ ਮਿਲਦੀ ਹੈ।
surgery-join-waiting-list = ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
surgery-getting-there = ਉੱਥੇ ਕਿਵੇਂ ਪਹੁੰਚਣਾ ਹੈ
surgery-step-free = ਪੌੜੀਆਂ ਤੋਂ ਬਿਨਾਂ ਪਹੁੰਚ।
surgery-not-step-free = ਇਸ ਥਾਂ ਵਿੱਚ ਹਰ ਪਾਸੇ ਪੌੜੀਆਂ ਤੋਂ ਬਿਨਾਂ ਪਹੁੰਚ ਨਹੀਂ ਹੈ।
surgery-map-link = { $venue } ਨੂੰ OpenStreetMap 'ਤੇ ਦੇਖੋ
surgery-call-sooner = ਜੇ ਤੁਹਾਨੂੰ ਟੀਮ ਨਾਲ ਜਲਦੀ ਗੱਲ ਕਰਨ ਦੀ ਲੋੜ ਹੈ, ਤਾਂ 101 'ਤੇ ਕਾਲ ਕਰੋ। ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਕਾਲ ਕਰੋ।
surgery-back-to-team = { $neighbourhood } ਇਲਾਕੇ ਦੀ ਟੀਮ 'ਤੇ ਵਾਪਸ ਜਾਓ
surgery-venue-library = ਲਾਇਬ੍ਰੇਰੀ
surgery-venue-school = ਸਕੂਲ
surgery-venue-community-centre = ਕਮਿਊਨਿਟੀ ਸੈਂਟਰ
surgery-venue-place-of-worship = ਧਾਰਮਿਕ ਸਥਾਨ
surgery-venue-front-counter = ਪੁਲਿਸ ਸਟੇਸ਼ਨ ਦਾ ਫਰੰਟ ਕਾਊਂਟਰ
surgery-venue-other = ਹੋਰ ਥਾਂ

## ਸੈਸ਼ਨ ਜਾਂ ਬੁਕਿੰਗ ਦੇ ਸਾਰ ਦੀਆਂ ਕਤਾਰਾਂ।
summary-surgery = ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ
summary-team = ਟੀਮ
summary-when = ਕਦੋਂ
summary-time = ਸਮਾਂ
summary-where = ਕਿੱਥੇ
summary-reference = ਹਵਾਲਾ ਨੰਬਰ
summary-topic = ਤੁਸੀਂ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ
summary-adjustments = ਹਿੱਸਾ ਲੈਣ ਲਈ ਮਦਦ
summary-status = ਸਥਿਤੀ
summary-none = ਕੋਈ ਨਹੀਂ

## ਥਾਂ ਬੁੱਕ ਕਰਨਾ, ਪਹਿਲਾ ਕਦਮ: ਸਮਾਂ ਚੁਣੋ।
booking-sign-in = ਥਾਂ ਬੁੱਕ ਕਰਨ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ। ਸਾਈਨ ਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਬੁਕਿੰਗ 'ਤੇ ਵਾਪਸ ਆ ਜਾਓਗੇ।
booking-already-booked = ਇਸ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਵਿੱਚ ਤੁਹਾਡੀ ਥਾਂ ਪਹਿਲਾਂ ਹੀ ਬੁੱਕ ਹੈ, ਇਸ ਲਈ ਤੁਸੀਂ ਹੋਰ ਥਾਂ ਬੁੱਕ ਨਹੀਂ ਕਰ ਸਕਦੇ। ਤੁਹਾਡੀ ਬੁਕਿੰਗ ਹੇਠਾਂ ਹੈ: ਤੁਸੀਂ ਇਸ ਦਾ ਸਮਾਂ ਬਦਲ ਸਕਦੇ ਹੋ ਜਾਂ ਇਸ ਨੂੰ ਰੱਦ ਕਰ ਸਕਦੇ ਹੋ।
booking-no-such-surgery = ਅਜਿਹਾ ਕੋਈ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਨਹੀਂ ਹੈ।
booking-back = ਵਾਪਸ
booking-choose-time = ਸਮਾਂ ਚੁਣੋ
booking-when-where = { $when }, ਥਾਂ: { $place }।
booking-time-legend = ਸਮਾਂ
booking-fully-booked-wait = ਪੂਰੀ ਤਰ੍ਹਾਂ ਬੁੱਕ: ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਇਸ ਨੂੰ ਚੁਣੋ
booking-topic-label = ਤੁਸੀਂ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੋਗੇ?
booking-topic-hint = ਇੱਕ ਵਾਕ ਕਾਫ਼ੀ ਹੈ। ਇਹ ਸਿਰਫ਼ ਇਲਾਕੇ ਦੀ ਟੀਮ ਦੇਖਦੀ ਹੈ। ਕਿਸੇ ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ ਇਸ ਦੀ ਵਰਤੋਂ ਨਾ ਕਰੋ।
booking-adjustments-label = ਕੀ ਅਸੀਂ ਹਿੱਸਾ ਲੈਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਲਈ ਕੁਝ ਕਰ ਸਕਦੇ ਹਾਂ? (ਵਿਕਲਪਿਕ)
booking-adjustments-hint = ਉਦਾਹਰਨ ਲਈ, ਹੀਅਰਿੰਗ ਲੂਪ, ਦੁਭਾਸ਼ੀਆ, ਜਾਂ ਸ਼ਾਂਤ ਕਮਰਾ।
booking-continue = ਜਾਰੀ ਰੱਖੋ
booking-select-time = ਇੱਕ ਸਮਾਂ ਚੁਣੋ
booking-topic-missing = ਸੰਖੇਪ ਵਿੱਚ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੋਗੇ
booking-topic-too-long = ਤੁਸੀਂ ਜਿਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ, ਉਹ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
booking-adjustments-too-long = ਹਿੱਸਾ ਲੈਣ ਲਈ ਮਦਦ ਦਾ ਵੇਰਵਾ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

## ਥਾਂ ਬੁੱਕ ਕਰਨਾ, ਦੂਜਾ ਕਦਮ: ਜਾਂਚ ਅਤੇ ਪੁਸ਼ਟੀ।
booking-check-title = ਆਪਣੀ ਬੁਕਿੰਗ ਦੀ ਜਾਂਚ ਕਰੋ
booking-change = ਬਦਲੋ
booking-change-time = ਸਮਾਂ
booking-change-topic = ਤੁਸੀਂ ਕਿਸ ਬਾਰੇ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ
booking-change-adjustments = ਤੁਹਾਨੂੰ ਲੋੜੀਂਦੀ ਮਦਦ
booking-wait-email = ਇਹ ਸਮਾਂ ਪੂਰੀ ਤਰ੍ਹਾਂ ਬੁੱਕ ਹੈ। ਤੁਸੀਂ ਇਸ ਦੀ ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋ ਜਾਓਗੇ: ਜੇ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਤੋਂ ਪਹਿਲਾਂ ਕੋਈ ਥਾਂ ਖਾਲੀ ਹੁੰਦੀ ਹੈ, ਤਾਂ ਉਹ ਉਡੀਕ ਕਰ ਰਹੇ ਪਹਿਲੇ ਵਿਅਕਤੀ ਨੂੰ ਦਿੱਤੀ ਜਾਂਦੀ ਹੈ। ਜੇ ਉਹ ਤੁਸੀਂ ਹੋ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ { $email } 'ਤੇ ਈਮੇਲ ਕਰਾਂਗੇ।
booking-confirm-email = ਅਸੀਂ ਤੁਹਾਡੀ ਪੁਸ਼ਟੀ, ਕੈਲੰਡਰ ਫਾਈਲ ਅਤੇ ਰੱਦ ਕਰਨ ਦੇ ਲਿੰਕ ਸਮੇਤ, { $email } 'ਤੇ ਈਮੇਲ ਕਰਾਂਗੇ।
booking-join-waiting-list = ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
booking-confirm = ਬੁਕਿੰਗ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
booking-complete = ਬੁਕਿੰਗ ਪੂਰੀ ਹੋ ਗਈ
booking-waiting = ਤੁਸੀਂ ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਹੋ। ਜੇ ਕੋਈ ਥਾਂ ਖਾਲੀ ਹੁੰਦੀ ਹੈ, ਤਾਂ ਉਹ ਤੁਹਾਡੀ ਹੋਵੇਗੀ ਅਤੇ ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰਾਂਗੇ।
booking-slot-gone = ਤੁਹਾਡਾ ਚੁਣਿਆ ਸਮਾਂ ਹੁਣੇ ਪੂਰੀ ਤਰ੍ਹਾਂ ਬੁੱਕ ਹੋ ਗਿਆ ਹੈ। ਕੋਈ ਹੋਰ ਸਮਾਂ ਚੁਣੋ।
booking-not-bookable = ਇਹ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਹੁਣ ਬੁੱਕ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ: ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਰੱਦ ਹੋ ਗਿਆ ਹੋਵੇ ਜਾਂ ਸ਼ੁਰੂ ਹੋ ਚੁੱਕਾ ਹੋਵੇ।

## ਨਿਵਾਸੀ ਦੀ ਬੁਕਿੰਗ।
booking-title = ਤੁਹਾਡੀ ਬੁਕਿੰਗ { $reference }
booking-caption = ਤੁਹਾਡੀ ਬੁਕਿੰਗ
booking-your-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਹੈ
booking-emailed = ਅਸੀਂ ਤੁਹਾਡੀ ਪੁਸ਼ਟੀ, ਕੈਲੰਡਰ ਫਾਈਲ ਅਤੇ ਰੱਦ ਕਰਨ ਦੇ ਲਿੰਕ ਸਮੇਤ, ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰ ਦਿੱਤੀ ਹੈ।
booking-status-booked = ਬੁੱਕ ਹੈ
booking-status-cancelled = ਰੱਦ
booking-status-cancelled-by-team = ਟੀਮ ਵੱਲੋਂ ਰੱਦ
booking-surgery-link = ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਦਾ ਪੰਨਾ ਦੇਖੋ, ਉੱਥੇ ਪਹੁੰਚਣ ਦੀ ਜਾਣਕਾਰੀ ਸਮੇਤ
booking-change-time-title = ਆਪਣਾ ਸਮਾਂ ਬਦਲੋ
booking-new-time = ਨਵਾਂ ਸਮਾਂ
booking-change-time-button = ਸਮਾਂ ਬਦਲੋ
booking-cannot-come = ਨਹੀਂ ਆ ਸਕਦੇ?
booking-cancel-so = ਰੱਦ ਕਰੋ ਤਾਂ ਜੋ ਕਿਸੇ ਹੋਰ ਨੂੰ ਤੁਹਾਡੀ ਥਾਂ ਮਿਲ ਸਕੇ।
booking-cancel-button = ਇਹ ਬੁਕਿੰਗ ਰੱਦ ਕਰੋ
booking-back-to-account = ਆਪਣੇ ਖਾਤੇ 'ਤੇ ਵਾਪਸ ਜਾਓ
booking-cancel-sure = ਕੀ ਤੁਸੀਂ ਪੱਕਾ ਇਹ ਬੁਕਿੰਗ ਰੱਦ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
booking-cancel-sure-explained = ਤੁਹਾਡੀ ਥਾਂ ਉਡੀਕ ਕਰ ਰਹੇ ਅਗਲੇ ਵਿਅਕਤੀ ਨੂੰ ਮਿਲੇਗੀ, ਜਾਂ ਦੁਬਾਰਾ ਉਪਲਬਧ ਹੋ ਜਾਵੇਗੀ। ਜੇ ਥਾਂਵਾਂ ਬਾਕੀ ਹਨ, ਤਾਂ ਤੁਸੀਂ ਦੁਬਾਰਾ ਬੁੱਕ ਕਰ ਸਕਦੇ ਹੋ।
booking-cancel-yes = ਹਾਂ, ਇਹ ਬੁਕਿੰਗ ਰੱਦ ਕਰੋ
booking-cancel-no = ਨਹੀਂ, ਮੇਰੀ ਬੁਕਿੰਗ ਰੱਖੋ
booking-select-new-time = ਨਵਾਂ ਸਮਾਂ ਚੁਣੋ
booking-time-changed = ਤੁਹਾਡੀ ਬੁਕਿੰਗ ਨਵੇਂ ਸਮੇਂ 'ਤੇ ਬਦਲ ਦਿੱਤੀ ਗਈ ਹੈ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਵੇਰਵੇ ਅਤੇ ਕੈਲੰਡਰ ਅੱਪਡੇਟ ਈਮੇਲ ਕਰ ਦਿੱਤੇ ਹਨ।
booking-same-time = ਇਹ ਪਹਿਲਾਂ ਹੀ ਤੁਹਾਡਾ ਸਮਾਂ ਹੈ: ਕੋਈ ਵੱਖਰਾ ਸਮਾਂ ਚੁਣੋ
booking-slot-full = ਮਾਫ਼ ਕਰਨਾ, ਉਸ ਸਮੇਂ ਦੀ ਆਖਰੀ ਥਾਂ ਹੁਣੇ ਬੁੱਕ ਹੋ ਗਈ ਹੈ: ਕੋਈ ਹੋਰ ਸਮਾਂ ਚੁਣੋ
booking-too-late-to-move = ਇਹ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਸ਼ੁਰੂ ਹੋ ਚੁੱਕਾ ਹੈ, ਇਸ ਲਈ ਹੁਣ ਸਮਾਂ ਨਹੀਂ ਬਦਲ ਸਕਦਾ
booking-cannot-move = ਇਸ ਬੁਕਿੰਗ ਨੂੰ ਹੁਣ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ

## ਬੁਕਿੰਗ ਰੱਦ ਕਰਨਾ।
booking-cancel-title = ਆਪਣੀ ਬੁਕਿੰਗ ਰੱਦ ਕਰੋ
booking-cancel-explained = ਤੁਹਾਡੀ ਥਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਦੇ ਦਿੱਤੀ ਜਾਵੇਗੀ। ਜੇ ਥਾਂਵਾਂ ਬਾਕੀ ਹਨ, ਤਾਂ ਤੁਸੀਂ ਦੁਬਾਰਾ ਬੁੱਕ ਕਰ ਸਕਦੇ ਹੋ।
booking-cannot-cancel = ਇਹ ਬੁਕਿੰਗ ਹੁਣ ਰੱਦ ਨਹੀਂ ਹੋ ਸਕਦੀ: ਇਹ ਪਹਿਲਾਂ ਹੀ ਰੱਦ ਹੈ, ਜਾਂ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਸ਼ੁਰੂ ਹੋ ਚੁੱਕਾ ਹੈ।
booking-cancelled = ਬੁਕਿੰਗ { $reference } ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ। ਅਸੀਂ ਪੁਸ਼ਟੀ ਲਈ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰ ਦਿੱਤੀ ਹੈ।
booking-already-cancelled = ਬੁਕਿੰਗ { $reference } ਪਹਿਲਾਂ ਹੀ ਰੱਦ ਹੋ ਚੁੱਕੀ ਸੀ।
booking-too-late-to-cancel = ਇਹ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਸ਼ੁਰੂ ਹੋ ਚੁੱਕਾ ਹੈ, ਇਸ ਲਈ ਹੁਣ ਬੁਕਿੰਗ ਰੱਦ ਨਹੀਂ ਹੋ ਸਕਦੀ।
booking-cancel-link-unknown = ਰੱਦ ਕਰਨ ਵਾਲੇ ਉਸ ਲਿੰਕ ਦੀ ਪਛਾਣ ਨਹੀਂ ਹੋ ਸਕੀ। ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਸੀਂ ਈਮੇਲ ਵਿੱਚੋਂ ਪੂਰਾ ਲਿੰਕ ਕਾਪੀ ਕੀਤਾ ਹੈ।
