## The emails residents receive. Each has a plain-text and an HTML part.

email-greeting = ਪਿਆਰੇ ਵਸਨੀਕ ਜੀ,
email-sent-by = ਭੇਜਣ ਵਾਲੇ: { $sender }।
email-footer = ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਕਾਲ ਕਰੋ। ਇਸ ਈਮੇਲ ਦਾ ਜਵਾਬ ਨਾ ਦਿਓ: ਇਸ ਈਮੇਲ ਪਤੇ ਨੂੰ ਕੋਈ ਨਹੀਂ ਦੇਖਦਾ।
email-link-fallback = ਜੇ ਲਿੰਕ ਕੰਮ ਨਹੀਂ ਕਰਦਾ, ਤਾਂ ਇਹ ਪਤਾ ਕਾਪੀ ਕਰਕੇ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਪੇਸਟ ਕਰੋ:
email-force-sender = { $force } ਦੀਆਂ ਇਲਾਕਾ ਪੁਲਿਸ ਟੀਮਾਂ
sign-in-email-subject = ਇਲਾਕੇ ਦੀ ਪੁਲਿਸ ਵੈੱਬਸਾਈਟ 'ਤੇ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਤੁਹਾਡਾ ਲਿੰਕ
sign-in-email-asked = ਕਿਸੇ ਨੇ ਇਸ ਈਮੇਲ ਪਤੇ ਨਾਲ ਇਲਾਕੇ ਦੀ ਪੁਲਿਸ ਵੈੱਬਸਾਈਟ 'ਤੇ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਬੇਨਤੀ ਕੀਤੀ ਹੈ।
sign-in-email-link = ਇਲਾਕੇ ਦੀ ਪੁਲਿਸ ਵੈੱਬਸਾਈਟ 'ਤੇ ਸਾਈਨ ਇਨ ਕਰੋ
sign-in-email-works-once = ਇਹ ਲਿੰਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ, { $minutes } ਮਿੰਟਾਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ।
sign-in-email-ignore = ਜੇ ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਬੇਨਤੀ ਨਹੀਂ ਕੀਤੀ ਸੀ, ਤਾਂ ਤੁਸੀਂ ਇਸ ਈਮੇਲ ਨੂੰ ਅਣਡਿੱਠ ਕਰ ਸਕਦੇ ਹੋ: ਲਿੰਕ ਤੋਂ ਬਿਨਾਂ ਕੋਈ ਵੀ ਸਾਈਨ ਇਨ ਨਹੀਂ ਕਰ ਸਕਦਾ।

## Booking emails, in the language the resident reads the portal in. $title is the surgery's
## title (the team's words), $reference the booking's, $when its date and times.

email-team-sender = { $neighbourhood } ਇਲਾਕਾ ਟੀਮ, { $force }
email-calendar-reference = ਬੁਕਿੰਗ ਹਵਾਲਾ ਨੰਬਰ { $reference }।
email-booking-when = ਕਦੋਂ: { $when }
email-booking-where = ਕਿੱਥੇ: { $place }
email-booking-finding = ਕਮਰਾ ਕਿਵੇਂ ਲੱਭਣਾ ਹੈ: { $how }
email-booking-reference = ਤੁਹਾਡਾ ਬੁਕਿੰਗ ਹਵਾਲਾ ਨੰਬਰ { $reference } ਹੈ।
email-booking-calendar-adds = ਨਾਲ ਲੱਗੀ ਕੈਲੰਡਰ ਫ਼ਾਈਲ ਇਸ ਨੂੰ ਤੁਹਾਡੇ ਕੈਲੰਡਰ ਵਿੱਚ ਜੋੜ ਦਿੰਦੀ ਹੈ।
email-booking-calendar-removes = ਨਾਲ ਲੱਗੀ ਕੈਲੰਡਰ ਫ਼ਾਈਲ ਇਸ ਨੂੰ ਤੁਹਾਡੇ ਕੈਲੰਡਰ ਵਿੱਚੋਂ ਹਟਾ ਦਿੰਦੀ ਹੈ।
email-booking-see-or-change = ਆਪਣੀ ਬੁਕਿੰਗ ਦੇਖਣ ਜਾਂ ਉਸ ਦਾ ਸਮਾਂ ਬਦਲਣ ਲਈ, ਇਸ ਈਮੇਲ ਪਤੇ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ: { $link }
email-booking-cancel-link = ਆਪਣੀ ਬੁਕਿੰਗ ਰੱਦ ਕਰੋ
email-booking-see-or-cancel-link = ਆਪਣੀ ਬੁਕਿੰਗ ਦੇਖੋ ਜਾਂ ਰੱਦ ਕਰੋ
email-reason-given = ਟੀਮ ਵੱਲੋਂ ਦੱਸਿਆ ਗਿਆ ਕਾਰਨ: { $reason }
email-booking-confirmed-subject = ਬੁੱਕ ਹੋ ਗਿਆ: { $title } ({ $reference })
email-booking-confirmed-opening = “{ $title }” ਵਿੱਚ ਤੁਹਾਡੀ ਥਾਂ ਬੁੱਕ ਹੋ ਗਈ ਹੈ।
email-booking-confirmed-please-cancel = ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਆ ਸਕਦੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਬੁਕਿੰਗ ਰੱਦ ਕਰ ਦਿਓ ਤਾਂ ਜੋ ਤੁਹਾਡੀ ਥਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਮਿਲ ਸਕੇ। ਇਹ ਲਿੰਕ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਸ਼ੁਰੂ ਹੋਣ ਤੱਕ ਕੰਮ ਕਰਦਾ ਹੈ।
email-booked-by-team-opening = ਤੁਹਾਡੀ ਬੇਨਤੀ ਅਨੁਸਾਰ, ਤੁਹਾਡੀ ਇਲਾਕਾ ਟੀਮ ਨੇ “{ $title }” ਵਿੱਚ ਤੁਹਾਡੇ ਲਈ ਥਾਂ ਬੁੱਕ ਕਰ ਦਿੱਤੀ ਹੈ।
email-booked-by-team-please-cancel = ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਆ ਸਕਦੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਬੁਕਿੰਗ ਰੱਦ ਕਰ ਦਿਓ ਤਾਂ ਜੋ ਤੁਹਾਡੀ ਥਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਮਿਲ ਸਕੇ।
email-surgery-moved-subject = ਸਮਾਂ ਜਾਂ ਥਾਂ ਬਦਲੀ: { $title } ({ $reference })
email-surgery-moved-opening = ਟੀਮ ਨੇ “{ $title }” ਦਾ ਸਮਾਂ ਜਾਂ ਥਾਂ ਬਦਲ ਦਿੱਤੀ ਹੈ। ਤੁਹਾਡੀ ਬੁਕਿੰਗ { $reference } ਨਵੇਂ ਸਮੇਂ ਲਈ ਕਾਇਮ ਹੈ:
email-surgery-moved-please-cancel = ਜੇ ਤੁਸੀਂ ਹੁਣ ਨਹੀਂ ਆ ਸਕਦੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਬੁਕਿੰਗ ਰੱਦ ਕਰ ਦਿਓ ਤਾਂ ਜੋ ਤੁਹਾਡੀ ਥਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਮਿਲ ਸਕੇ।
email-booking-time-changed-subject = ਨਵਾਂ ਸਮਾਂ: { $title } ({ $reference })
email-booking-time-changed-opening = ਤੁਸੀਂ “{ $title }” ਵਿੱਚ ਆਪਣੀ ਬੁਕਿੰਗ ਦਾ ਸਮਾਂ ਬਦਲਿਆ ਹੈ। ਹੁਣ ਤੁਹਾਡੀ ਥਾਂ ਇਹ ਹੈ:
email-booking-time-changed-not-you = ਜੇ ਤੁਸੀਂ ਇਸ ਨੂੰ ਨਹੀਂ ਬਦਲਿਆ, ਤਾਂ ਸਾਈਨ ਇਨ ਕਰਕੇ ਆਪਣੀ ਬੁਕਿੰਗ ਦੀ ਜਾਂਚ ਕਰੋ।
email-waiting-list-place-subject = ਉਡੀਕ ਸੂਚੀ ਤੋਂ ਬੁੱਕ ਹੋਇਆ: { $title } ({ $reference })
email-waiting-list-place-opening = ਖੁਸ਼ਖ਼ਬਰੀ: “{ $title }” ਵਿੱਚ ਇੱਕ ਥਾਂ ਖਾਲੀ ਹੋਈ ਹੈ ਅਤੇ, ਕਿਉਂਕਿ ਤੁਸੀਂ ਉਡੀਕ ਸੂਚੀ ਵਿੱਚ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਸੀ, ਹੁਣ ਇਹ ਥਾਂ ਤੁਹਾਡੀ ਹੈ।
email-waiting-list-place-please-cancel = ਜੇ ਤੁਸੀਂ ਹੁਣ ਨਹੀਂ ਆ ਸਕਦੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਬੁਕਿੰਗ ਰੱਦ ਕਰ ਦਿਓ ਤਾਂ ਜੋ ਇਹ ਥਾਂ ਉਡੀਕ ਕਰ ਰਹੇ ਅਗਲੇ ਵਿਅਕਤੀ ਨੂੰ ਮਿਲ ਸਕੇ।
email-booking-cancelled-subject = ਬੁਕਿੰਗ ਰੱਦ: { $title } ({ $reference })
email-booking-cancelled-opening = ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ “{ $title }” ({ $when }) ਲਈ ਤੁਹਾਡੀ ਬੁਕਿੰਗ { $reference } ਰੱਦ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।
email-booking-cancelled-not-you = ਜੇ ਤੁਸੀਂ ਇਸ ਨੂੰ ਰੱਦ ਨਹੀਂ ਕੀਤਾ, ਤਾਂ ਤੁਸੀਂ ਇਲਾਕੇ ਦੀ ਪੁਲਿਸ ਵੈੱਬਸਾਈਟ 'ਤੇ ਦੁਬਾਰਾ ਬੁੱਕ ਕਰ ਸਕਦੇ ਹੋ।
email-surgery-cancelled-subject = ਟੀਮ ਵੱਲੋਂ ਰੱਦ: { $title } ({ $reference })
email-surgery-cancelled-opening = ਅਫ਼ਸੋਸ ਹੈ: ਟੀਮ ਨੇ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ “{ $title }” ({ $when }) ਰੱਦ ਕਰ ਦਿੱਤਾ ਹੈ, ਇਸ ਲਈ ਤੁਹਾਡੀ ਬੁਕਿੰਗ { $reference } ਰੱਦ ਹੋ ਗਈ ਹੈ।
email-surgery-cancelled-book-another = ਤੁਸੀਂ ਇਲਾਕੇ ਦੀ ਪੁਲਿਸ ਵੈੱਬਸਾਈਟ 'ਤੇ ਕੋਈ ਹੋਰ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਬੁੱਕ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਉੱਥੇ ਟੀਮ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ।
email-booking-reminder-subject = ਯਾਦ-ਦਹਾਨੀ: { $title } ({ $reference })
email-booking-reminder-opening = “{ $title }” ਵਿੱਚ ਤੁਹਾਡੀ ਥਾਂ ਦੀ ਯਾਦ-ਦਹਾਨੀ।
email-booking-reminder-please-cancel = ਜੇ ਤੁਸੀਂ ਨਹੀਂ ਆ ਸਕਦੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਬੁਕਿੰਗ ਰੱਦ ਕਰ ਦਿਓ ਤਾਂ ਜੋ ਤੁਹਾਡੀ ਥਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਮਿਲ ਸਕੇ। ਤੁਸੀਂ ਆਪਣੀ ਪੁਸ਼ਟੀ ਵਾਲੀ ਈਮੇਲ ਵਿੱਚ ਦਿੱਤਾ ਲਿੰਕ ਵੀ ਵਰਤ ਸਕਦੇ ਹੋ।

## "You said, we did" updates and alerts about what a resident follows. What the team wrote
## ($text) stays in their words.

email-update-opening = { $neighbourhood } ਇਲਾਕਾ ਟੀਮ ਨੇ ਕਿਸੇ ਅਜਿਹੀ ਗੱਲ ਬਾਰੇ ਅੱਪਡੇਟ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਹੈ ਜੋ ਤੁਸੀਂ ਉਠਾਈ ਸੀ ਜਾਂ ਜਿਸ 'ਤੇ ਤੁਸੀਂ ਵੋਟ ਪਾਈ ਸੀ।
email-update-you-said = ਤੁਸੀਂ ਕਿਹਾ: { $text }
email-update-we-did = ਅਸੀਂ ਕੀਤਾ: { $text }
email-update-outcome = ਨਤੀਜਾ: { $text }
email-update-next-steps = ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ: { $text }
email-update-link = ਅੱਪਡੇਟ ਪੜ੍ਹੋ
email-update-why = ਤੁਹਾਨੂੰ ਇਹ ਈਮੇਲਾਂ ਇਸ ਲਈ ਮਿਲਦੀਆਂ ਹਨ ਕਿਉਂਕਿ ਤੁਸੀਂ ਆਪਣੇ ਇਲਾਕੇ ਵਿੱਚ ਕੋਈ ਚਿੰਤਾ ਦਰਜ ਕਰਵਾਈ ਸੀ ਜਾਂ ਵੋਟ ਪਾਈ ਸੀ। ਇਨ੍ਹਾਂ ਨੂੰ ਬੰਦ ਕਰਨ ਲਈ, ਇਹ ਲਿੰਕ ਵਰਤੋ: { $link }
email-update-subject = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ: { $neighbourhood } ਟੀਮ ਵੱਲੋਂ ਇੱਕ ਅੱਪਡੇਟ
email-alert-opening = { $heading }, ਉਨ੍ਹਾਂ ਚੀਜ਼ਾਂ ਵਿੱਚ ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਸੀਂ ਅਤੇ ਤੁਹਾਡੇ ਗਰੁੱਪ ਫਾਲੋ ਕਰਦੇ ਹੋ:
email-alert-link = ਉਹ ਸਭ ਕੁਝ ਦੇਖੋ ਜੋ ਤੁਸੀਂ ਫਾਲੋ ਕਰਦੇ ਹੋ
email-alert-why = ਇਹ ਚੁਣਨ ਲਈ ਕਿ ਤੁਹਾਨੂੰ ਕਿੰਨੀ ਵਾਰ ਸੂਚਨਾ ਮਿਲੇ, ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਜਾਓ। ਇਹ ਈਮੇਲਾਂ ਬੰਦ ਕਰਨ ਲਈ, ਇਹ ਲਿੰਕ ਵਰਤੋ: { $link }
email-alert-subject = ਤੁਸੀਂ ਜੋ ਫਾਲੋ ਕਰਦੇ ਹੋ, ਉਸ ਬਾਰੇ ਤੁਹਾਡੀਆਂ ਇਲਾਕਾ ਟੀਮਾਂ ਨੇ ਕੀ ਕੀਤਾ
email-alert-week = { $from } ਤੋਂ { $to } ਤੱਕ ਕੀ ਬਦਲਿਆ
email-alert-since = { $since } ਤੋਂ ਹੁਣ ਤੱਕ ਕੀ ਬਦਲਿਆ
email-alert-line = { $through }: { $kind } – { $title } ({ $neighbourhood }): { $what }, { $when }: { $text }
email-alert-you-follow = ਤੁਸੀਂ ਫਾਲੋ ਕਰਦੇ ਹੋ

## Community groups: an invitation, and a request to join approved. $group is the group's name.

email-group-invitation-subject = ਤੁਹਾਨੂੰ { $group } ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਦਾ ਸੱਦਾ ਦਿੱਤਾ ਗਿਆ ਹੈ
email-group-invitation-opening = { $group } ਦੇ ਇੱਕ ਪ੍ਰਬੰਧਕ ਨੇ ਤੁਹਾਨੂੰ ਇਲਾਕੇ ਦੀ ਪੁਲਿਸ ਵੈੱਬਸਾਈਟ 'ਤੇ ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਦਾ ਸੱਦਾ ਦਿੱਤਾ ਹੈ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਫਾਲੋ ਕਰ ਸਕੋ ਕਿ ਸਥਾਨਕ ਟੀਮ ਉਨ੍ਹਾਂ ਮੁੱਦਿਆਂ ਬਾਰੇ ਕੀ ਕਰਦੀ ਹੈ ਜਿਨ੍ਹਾਂ ਦੀ ਗਰੁੱਪ ਨੂੰ ਪਰਵਾਹ ਹੈ।
email-group-invitation-link = ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
email-group-invitation-works-once = ਇਹ ਲਿੰਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ, 14 ਦਿਨਾਂ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ। ਇਸ ਨੂੰ ਵਰਤਣ ਨਾਲ ਤੁਸੀਂ ਇਸ ਈਮੇਲ ਪਤੇ ਨਾਲ ਸਾਈਨ ਇਨ ਵੀ ਹੋ ਜਾਂਦੇ ਹੋ।
email-group-invitation-ignore = ਜੇ ਤੁਸੀਂ ਸ਼ਾਮਲ ਨਹੀਂ ਹੋਣਾ ਚਾਹੁੰਦੇ, ਤਾਂ ਤੁਸੀਂ ਇਸ ਈਮੇਲ ਨੂੰ ਅਣਡਿੱਠ ਕਰ ਸਕਦੇ ਹੋ।
email-group-joined-subject = ਤੁਸੀਂ { $group } ਵਿੱਚ ਸ਼ਾਮਲ ਹੋ ਗਏ ਹੋ
email-group-joined-opening = ਹੁਣ ਤੁਸੀਂ { $group } ਦੇ ਮੈਂਬਰ ਹੋ।
email-group-joined-link = ਦੇਖੋ ਕਿ ਗਰੁੱਪ ਕੀ ਫਾਲੋ ਕਰਦਾ ਹੈ

## A resident's concern: received, replied to, its status changed. $reference is the concern's.

email-concern-received-subject = ਸਾਨੂੰ ਤੁਹਾਡੀ ਚਿੰਤਾ ਮਿਲ ਗਈ ਹੈ ({ $reference })
email-concern-thanks = ਆਪਣੀ ਚਿੰਤਾ ਬਾਰੇ ਸਾਨੂੰ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਇਸ ਦਾ ਹਵਾਲਾ ਨੰਬਰ { $reference } ਹੈ।
email-concern-reply-by = ਟੀਮ { $when } ਤੱਕ ਜਵਾਬ ਦੇਵੇਗੀ।
email-concern-not-for-emergencies = ਇਹ ਐਮਰਜੈਂਸੀ ਲਈ ਨਹੀਂ ਹੈ। ਜੇ ਕੋਈ ਜੁਰਮ ਹੋ ਰਿਹਾ ਹੈ ਜਾਂ ਕਿਸੇ ਨੂੰ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ 999 'ਤੇ ਕਾਲ ਕਰੋ। ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ, 101 'ਤੇ ਕਾਲ ਕਰੋ ਜਾਂ ਔਨਲਾਈਨ ਰਿਪੋਰਟ ਕਰੋ।
email-concern-see = ਆਪਣੀ ਚਿੰਤਾ ਦੇਖੋ
email-concern-never-published = ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਸੰਪਰਕ ਵੇਰਵੇ ਕਦੇ ਵੀ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤੇ ਜਾਂਦੇ।
email-concern-reply-subject = ਤੁਹਾਡੀ ਚਿੰਤਾ ਬਾਰੇ ਜਵਾਬ ({ $reference })
email-concern-replied = ਤੁਹਾਡੀ ਇਲਾਕਾ ਟੀਮ ਨੇ ਤੁਹਾਡੀ ਚਿੰਤਾ { $reference } ਬਾਰੇ ਜਵਾਬ ਦਿੱਤਾ ਹੈ:
email-concern-read-and-answer = ਪੜ੍ਹੋ ਅਤੇ ਜਵਾਬ ਦਿਓ
email-concern-to-answer = ਜਵਾਬ ਦੇਣ ਲਈ, ਉੱਪਰ ਦਿੱਤਾ ਲਿੰਕ ਵਰਤੋ।
email-concern-update-subject = ਤੁਹਾਡੀ ਚਿੰਤਾ ਬਾਰੇ ਇੱਕ ਅੱਪਡੇਟ ({ $reference })
email-concern-news = ਤੁਹਾਡੀ ਚਿੰਤਾ { $reference } ਬਾਰੇ ਨਵੀਂ ਜਾਣਕਾਰੀ ਹੈ।
# $status is the concern's status in plain words ("The team is looking into it"); $detail what the team added, in their words.
email-concern-status = { $status }।
email-concern-status-detail = { $status }: { $detail }।
email-concern-improved-ask = ਜਦੋਂ ਤੁਹਾਡੇ ਕੋਲ ਸਮਾਂ ਹੋਵੇ, ਤਾਂ ਵੈੱਬਸਾਈਟ 'ਤੇ ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹਾਲਾਤ ਸੁਧਰੇ ਹਨ।
# The team passed a resident's concern to a partner organisation; $organisation is its name.
email-concern-partner-consent = { $organisation } ਤੁਹਾਡਾ ਨਾਮ ਜਾਂ ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਦੇਖਦਾ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਸਹਿਮਤ ਨਹੀਂ ਹੁੰਦੇ। ਤੁਸੀਂ ਆਪਣੀ ਚਿੰਤਾ ਦੇ ਪੰਨੇ 'ਤੇ ਚੁਣ ਸਕਦੇ ਹੋ, ਅਤੇ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆਪਣਾ ਫ਼ੈਸਲਾ ਬਦਲ ਸਕਦੇ ਹੋ।
email-concern-partner-replied = { $organisation } ਨੇ ਤੁਹਾਡੀ ਚਿੰਤਾ { $reference } ਬਾਰੇ ਜਵਾਬ ਦਿੱਤਾ ਹੈ:

email-group-verified-subject = { $group } ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ ਹੈ
email-group-verified = { $group } ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ ਹੈ: ਇਸਦਾ ਪੰਨਾ ਹੁਣ ਜਨਤਕ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਗਰੁੱਪ ਵੱਲੋਂ ਤਰਜੀਹਾਂ ਨੂੰ ਫਾਲੋ ਕਰ ਸਕਦੇ ਹੋ ਅਤੇ ਮੁੱਦੇ ਅੱਗੇ ਰੱਖ ਸਕਦੇ ਹੋ।
email-group-declined-subject = { $group } ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋਈ
email-group-declined = { $group } ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋਈ, ਇਸ ਲਈ ਇਹ ਜਨਤਕ ਤੌਰ 'ਤੇ ਨਹੀਂ ਦਿਖਦਾ।
email-group-declined-reason = ਦੱਸਿਆ ਗਿਆ ਕਾਰਨ: { $reason }
email-group-decided-link = ਗਰੁੱਪ ਦੇ ਪੰਨੇ 'ਤੇ ਜਾਓ
email-group-join-request-subject = { $group } ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਦੀ ਬੇਨਤੀ
email-group-join-request-opening = ਕਿਸੇ ਨੇ { $group } ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਲਈ ਕਿਹਾ ਹੈ।
email-group-join-request-link = ਬੇਨਤੀ ਮਨਜ਼ੂਰ ਜਾਂ ਨਾਮਨਜ਼ੂਰ ਕਰੋ
email-group-contact-subject = { $name } ਵੱਲੋਂ { $group } ਲਈ ਸੁਨੇਹਾ
email-group-contact-opening = { $name } ਨੇ ਨੇਬਰਹੁੱਡ ਪੁਲਿਸਿੰਗ ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਗਰੁੱਪ ਦੇ ਪੰਨੇ ਰਾਹੀਂ { $group } ਨੂੰ ਸੁਨੇਹਾ ਭੇਜਿਆ ਹੈ:
email-group-contact-answer = ਜਵਾਬ ਦੇਣ ਲਈ { $name } ਨੂੰ { $email } 'ਤੇ ਲਿਖੋ। ਤੁਹਾਡਾ ਆਪਣਾ ਪਤਾ ਉਹਨਾਂ ਨੂੰ ਨਹੀਂ ਦਿਖਾਇਆ ਗਿਆ।
