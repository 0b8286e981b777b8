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
