## ਭਾਈਚਾਰਕ ਗਰੁੱਪ: ਸੂਚੀ, ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰਨਾ, ਉਸ ਦਾ ਜਨਤਕ ਪੰਨਾ, ਮੈਂਬਰਾਂ ਦਾ ਡੈਸ਼ਬੋਰਡ, ਪ੍ਰਬੰਧਕਾਂ ਵੱਲੋਂ
## ਮੈਂਬਰਾਂ ਦਾ ਪ੍ਰਬੰਧ, ਅਤੇ ਸੱਦਾ ਸਵੀਕਾਰ ਕਰਨਾ। ਗਰੁੱਪਾਂ ਦੇ ਨਾਂ, ਵੇਰਵੇ ਅਤੇ ਟੀਮ ਦੀਆਂ ਲਿਖੀਆਂ ਗੱਲਾਂ ਜਿਵੇਂ
## ਲਿਖੀਆਂ ਗਈਆਂ ਹਨ ਉਵੇਂ ਹੀ ਦਿਖਾਈਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਅੰਗਰੇਜ਼ੀ ਵਜੋਂ ਨਿਸ਼ਾਨਬੱਧ।

group-kind-residents-association = ਵਸਨੀਕਾਂ ਦੀ ਐਸੋਸੀਏਸ਼ਨ
group-kind-neighbourhood-watch = ਨੇਬਰਹੁੱਡ ਵਾਚ
group-kind-faith-group = ਧਾਰਮਿਕ ਗਰੁੱਪ
group-kind-youth-group = ਨੌਜਵਾਨਾਂ ਦਾ ਗਰੁੱਪ
group-kind-tenants-association = ਕਿਰਾਏਦਾਰਾਂ ਦੀ ਐਸੋਸੀਏਸ਼ਨ
group-kind-business-association = ਕਾਰੋਬਾਰੀ ਐਸੋਸੀਏਸ਼ਨ
group-kind-school-or-college = ਸਕੂਲ ਜਾਂ ਕਾਲਜ
group-kind-other = ਕੋਈ ਹੋਰ ਭਾਈਚਾਰਕ ਗਰੁੱਪ

group-list-title = ਭਾਈਚਾਰਕ ਗਰੁੱਪ
group-list-title-in = { $neighbourhood } ਵਿੱਚ ਭਾਈਚਾਰਕ ਗਰੁੱਪ
group-list-intro = ਵਸਨੀਕਾਂ ਦੀਆਂ ਐਸੋਸੀਏਸ਼ਨਾਂ, ਨੇਬਰਹੁੱਡ ਵਾਚ ਸਕੀਮਾਂ, ਧਾਰਮਿਕ, ਨੌਜਵਾਨਾਂ ਦੇ, ਕਿਰਾਏਦਾਰਾਂ ਦੇ ਅਤੇ ਕਾਰੋਬਾਰੀ ਗਰੁੱਪ ਆਪਣੀਆਂ ਇਲਾਕਾ ਟੀਮਾਂ ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਦੇ ਹਨ। ਇੱਥੇ ਹਰ ਗਰੁੱਪ ਦੀ ਜਾਂਚ ਉਸ ਦੀ ਟੀਮ ਜਾਂ ਕਿਸੇ ਮਾਡਰੇਟਰ ਨੇ ਕੀਤੀ ਹੈ।
group-register-link = ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰੋ
group-list-none = ਇੱਥੇ ਅਜੇ ਤੱਕ ਕਿਸੇ ਗਰੁੱਪ ਦੀ ਤਸਦੀਕ ਨਹੀਂ ਹੋਈ।
group-list-about = – { $kind }, { $neighbourhoods }
group-list-team-link = { $neighbourhood } ਇਲਾਕੇ ਦੀ ਟੀਮ

group-register-sign-in = ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰਨ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ। ਸਾਈਨ ਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਵਾਪਸ ਇਸੇ ਫਾਰਮ 'ਤੇ ਆ ਜਾਓਗੇ।
group-register-title = ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰੋ
group-back = ਪਿੱਛੇ
group-register-intro = ਰਜਿਸਟਰ ਹੋਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਹੋਵੋਗੇ: ਤੁਸੀਂ ਮੈਂਬਰਾਂ ਨੂੰ ਸੱਦਾ ਦੇ ਸਕਦੇ ਹੋ, ਸਥਾਨਕ ਤਰਜੀਹਾਂ ਨੂੰ ਫਾਲੋ ਕਰ ਸਕਦੇ ਹੋ ਅਤੇ ਗਰੁੱਪ ਵੱਲੋਂ ਮੁੱਦੇ ਪੇਸ਼ ਕਰ ਸਕਦੇ ਹੋ। ਜਦੋਂ ਇਲਾਕੇ ਦੀ ਟੀਮ ਜਾਂ ਕੋਈ ਮਾਡਰੇਟਰ ਗਰੁੱਪ ਦੀ ਜਾਂਚ ਕਰ ਲਵੇਗਾ, ਤਾਂ ਗਰੁੱਪ ਜਨਤਕ ਤੌਰ 'ਤੇ ਦਿਖਾਈ ਦੇਵੇਗਾ।
group-register-privacy = ਤੁਹਾਡਾ ਨਾਂ ਅਤੇ ਈਮੇਲ ਪਤਾ ਕਦੇ ਵੀ ਜਨਤਕ ਤੌਰ 'ਤੇ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ। ਲੋਕ ਇੱਕ ਫਾਰਮ ਰਾਹੀਂ ਗਰੁੱਪ ਨਾਲ ਸੰਪਰਕ ਕਰਦੇ ਹਨ, ਜੋ ਉਸ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਤੱਕ ਪਹੁੰਚਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
group-name-label = ਗਰੁੱਪ ਦਾ ਨਾਂ
group-kind-legend = ਇਹ ਕਿਸ ਕਿਸਮ ਦਾ ਗਰੁੱਪ ਹੈ?
group-neighbourhood-label = ਗਰੁੱਪ ਕਿਸ ਇਲਾਕੇ ਵਿੱਚ ਕੰਮ ਕਰਦਾ ਹੈ?
group-neighbourhood-placeholder = ਇਲਾਕਾ ਚੁਣੋ
group-neighbourhood-other-label = ਕੋਈ ਹੋਰ ਇਲਾਕਾ (ਵਿਕਲਪਿਕ)
group-neighbourhood-none = ਕੋਈ ਨਹੀਂ
group-description-label = ਗਰੁੱਪ ਕੀ ਕੰਮ ਕਰਦਾ ਹੈ?
group-description-hint = ਇਹ ਗਰੁੱਪ ਦੇ ਜਨਤਕ ਪੰਨੇ 'ਤੇ ਦਿਖਾਇਆ ਜਾਵੇਗਾ: ਗਰੁੱਪ ਕਿਸ ਲਈ ਹੈ, ਕਦੋਂ ਅਤੇ ਕਿੱਥੇ ਮਿਲਦਾ ਹੈ। ਕਿਸੇ ਦੇ ਵੀ ਸੰਪਰਕ ਵੇਰਵੇ ਸ਼ਾਮਲ ਨਾ ਕਰੋ।
group-register-button = ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰੋ
group-register-too-many = ਤੁਸੀਂ ਇੱਕ ਦਿਨ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 3 ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰ ਸਕਦੇ ਹੋ। { $unit ->
    [hour] { $count ->
        [one] { $count } ਘੰਟੇ
       *[other] { $count } ਘੰਟਿਆਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[minute] { $count ->
        [one] { $count } ਮਿੰਟ
       *[other] { $count } ਮਿੰਟਾਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}

group-name-missing = ਗਰੁੱਪ ਦਾ ਨਾਂ ਦਰਜ ਕਰੋ
group-name-too-long = ਨਾਂ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
group-name-markup = ਨਾਂ ਸਾਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ: ਹਰ ਉਹ ਚੀਜ਼ ਹਟਾ ਦਿਓ ਜੋ ਵੈੱਬ ਪੰਨੇ ਦਾ ਕੋਡ ਲੱਗਦੀ ਹੋਵੇ
group-name-invisible = ਨਾਂ ਵਿੱਚ ਸਿਰਫ਼ ਅੱਖਰ, ਅੰਕ, ਖਾਲੀ ਥਾਂਵਾਂ ਅਤੇ ਵਿਸ਼ਰਾਮ ਚਿੰਨ੍ਹ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ
group-kind-missing = ਚੁਣੋ ਕਿ ਇਹ ਕਿਸ ਕਿਸਮ ਦਾ ਗਰੁੱਪ ਹੈ
group-neighbourhood-unknown = ਸੂਚੀਆਂ ਵਿੱਚੋਂ ਇਲਾਕੇ ਚੁਣੋ
group-neighbourhood-missing = ਉਹ ਇਲਾਕਾ ਚੁਣੋ ਜਿਸ ਵਿੱਚ ਤੁਹਾਡਾ ਗਰੁੱਪ ਕੰਮ ਕਰਦਾ ਹੈ
group-description-missing = ਦੱਸੋ ਕਿ ਤੁਹਾਡਾ ਗਰੁੱਪ ਕੀ ਕੰਮ ਕਰਦਾ ਹੈ
group-description-too-long = ਗਰੁੱਪ ਦੇ ਕੰਮ ਦਾ ਵੇਰਵਾ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
group-markup = ਸਾਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ: ਹਰ ਉਹ ਚੀਜ਼ ਹਟਾ ਦਿਓ ਜੋ ਵੈੱਬ ਪੰਨੇ ਦਾ ਕੋਡ ਲੱਗਦੀ ਹੋਵੇ, ਜਿਵੇਂ <b>
group-contact-name-missing = ਆਪਣਾ ਨਾਂ ਦਰਜ ਕਰੋ
group-contact-name-too-long = ਤੁਹਾਡਾ ਨਾਂ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
group-contact-message-missing = ਆਪਣਾ ਸੁਨੇਹਾ ਦਰਜ ਕਰੋ
group-contact-message-too-long = ਤੁਹਾਡਾ ਸੁਨੇਹਾ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ

group-joined-sign-in = ਤੁਸੀਂ ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋ ਗਏ ਹੋ। ਗਰੁੱਪ ਦਾ ਡੈਸ਼ਬੋਰਡ ਦੇਖਣ ਲਈ ਉਸੇ ਪਤੇ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ ਜਿਸ 'ਤੇ ਸੱਦਾ ਭੇਜਿਆ ਗਿਆ ਸੀ।
group-joined = ਤੁਸੀਂ ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋ ਗਏ ਹੋ
group-invitation-not-valid = ਇਹ ਸੱਦਾ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ ਜਾਂ ਇਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਤੋਂ ਨਵਾਂ ਸੱਦਾ ਮੰਗੋ
group-join-title = ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
group-join-heading = { $group } ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
group-invited = ਤੁਹਾਨੂੰ { $email } ਵਜੋਂ { $group } ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਦਾ ਸੱਦਾ ਦਿੱਤਾ ਗਿਆ ਸੀ।
group-invitation-members = ਮੈਂਬਰ ਉਹ ਸਭ ਕੁਝ ਦੇਖਦੇ ਹਨ ਜੋ ਗਰੁੱਪ ਫਾਲੋ ਕਰਦਾ ਹੈ ਅਤੇ ਪੇਸ਼ ਕਰਦਾ ਹੈ, ਅਤੇ ਟੀਮ ਦੇ ਜਵਾਬ ਵੀ। ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਤੁਹਾਡਾ ਨਾਂ ਅਤੇ ਈਮੇਲ ਪਤਾ ਦੇਖਦੇ ਹਨ; ਹੋਰ ਕੋਈ ਨਹੀਂ ਦੇਖਦਾ, ਅਤੇ ਤੁਹਾਡਾ ਨਾਂ ਜਨਤਕ ਤੌਰ 'ਤੇ ਤਾਂ ਹੀ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ ਜੇ ਤੁਸੀਂ ਚਾਹੋ।
group-join-button = ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
group-invitation-broken = ਸੱਦੇ ਦਾ ਇਹ ਲਿੰਕ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ
group-invitation-broken-why = ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਪਹਿਲਾਂ ਹੀ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੋਵੇ, ਜਾਂ ਇਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੋਵੇ: ਸੱਦੇ 14 ਦਿਨਾਂ ਲਈ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦੇ ਹਨ। ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਨੂੰ ਕਹੋ ਕਿ ਤੁਹਾਨੂੰ ਦੁਬਾਰਾ ਸੱਦਾ ਦੇਵੇ।

group-join-requested = ਬੇਨਤੀ ਭੇਜ ਦਿੱਤੀ ਗਈ: ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਇਸ ਨੂੰ ਮਨਜ਼ੂਰ ਕਰਨਗੇ
group-join-already = ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਇਸ ਗਰੁੱਪ ਦੇ ਮੈਂਬਰ ਹੋ, ਜਾਂ ਸ਼ਾਮਲ ਹੋਣ ਦੀ ਬੇਨਤੀ ਕਰ ਚੁੱਕੇ ਹੋ
group-join-not-open = ਗਰੁੱਪ ਦੀ ਤਸਦੀਕ ਹੋ ਜਾਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਸ਼ਾਮਲ ਹੋਣ ਦੀ ਬੇਨਤੀ ਕਰ ਸਕਦੇ ਹੋ
group-contact-not-open = ਗਰੁੱਪ ਦੀ ਤਸਦੀਕ ਹੋ ਜਾਣ ਤੋਂ ਬਾਅਦ ਲੋਕ ਇਸ ਨਾਲ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ
group-contact-sent = ਸੁਨੇਹਾ ਭੇਜ ਦਿੱਤਾ ਗਿਆ: ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਤੁਹਾਡੇ ਈਮੇਲ ਪਤੇ 'ਤੇ ਜਵਾਬ ਦੇਣਗੇ
group-contact-too-many = ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਕਈ ਸੁਨੇਹੇ ਭੇਜ ਚੁੱਕੇ ਹੋ। { $unit ->
    [hour] { $count ->
        [one] { $count } ਘੰਟੇ
       *[other] { $count } ਘੰਟਿਆਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[minute] { $count ->
        [one] { $count } ਮਿੰਟ
       *[other] { $count } ਮਿੰਟਾਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
group-registered = ਗਰੁੱਪ ਰਜਿਸਟਰ ਹੋ ਗਿਆ
group-registered-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਹੈ
group-registered-next = ਇਲਾਕੇ ਦੀ ਟੀਮ ਜਾਂ ਕੋਈ ਮਾਡਰੇਟਰ ਗਰੁੱਪ ਦੀ ਜਾਂਚ ਕਰੇਗਾ। ਤਸਦੀਕ ਹੋਣ 'ਤੇ ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰਾਂਗੇ; ਉਦੋਂ ਤੱਕ ਇਹ ਪੰਨਾ ਸਿਰਫ਼ ਤੁਸੀਂ ਅਤੇ ਗਰੁੱਪ ਦੇ ਮੈਂਬਰ ਦੇਖ ਸਕਦੇ ਹੋ।
group-status-pending = ਤਸਦੀਕ ਦੀ ਉਡੀਕ ਹੈ: ਇਹ ਪੰਨਾ ਸਿਰਫ਼ ਗਰੁੱਪ ਦੇ ਮੈਂਬਰ ਅਤੇ ਗਰੁੱਪਾਂ ਦੀ ਜਾਂਚ ਕਰਨ ਵਾਲਾ ਸਟਾਫ਼ ਦੇਖ ਸਕਦਾ ਹੈ।
group-status-declined = ਤਸਦੀਕ ਨਹੀਂ ਹੋਈ, ਇਸ ਲਈ ਇਹ ਜਨਤਕ ਨਹੀਂ ਹੈ। ਦੱਸਿਆ ਗਿਆ ਕਾਰਨ: { $reason }
group-status-closed = ਬੰਦ ਹੈ। { $reason }
group-works-in = ਕੰਮ ਦਾ ਇਲਾਕਾ:
group-members-include = ਮੈਂਬਰਾਂ ਵਿੱਚ ਸ਼ਾਮਲ ਹਨ: { $names }।
group-dashboard-link = ਗਰੁੱਪ ਦੇ ਡੈਸ਼ਬੋਰਡ 'ਤੇ ਜਾਓ
group-staff-link = ਗਰੁੱਪ ਦੀ ਤਸਦੀਕ ਕਰੋ ਜਾਂ ਮੀਟਿੰਗ ਦਰਜ ਕਰੋ (ਸਟਾਫ਼)
group-follows-title = ਗਰੁੱਪ ਕੀ ਫਾਲੋ ਕਰਦਾ ਹੈ
group-follows-none = ਗਰੁੱਪ ਅਜੇ ਕੁਝ ਵੀ ਫਾਲੋ ਨਹੀਂ ਕਰਦਾ।
group-column-what = ਕੀ
group-column-status = ਸਥਿਤੀ
group-item-label = { $kind }:
group-submissions-title = ਗਰੁੱਪ ਵੱਲੋਂ ਪੇਸ਼ ਕੀਤੇ ਮੁੱਦੇ
group-submissions-none = ਗਰੁੱਪ ਨੇ ਅਜੇ ਤੱਕ ਕੋਈ ਮੁੱਦਾ ਪੇਸ਼ ਨਹੀਂ ਕੀਤਾ।
group-column-issue = ਮੁੱਦਾ
group-column-neighbourhood = ਇਲਾਕਾ
group-column-put-forward = ਪੇਸ਼ ਕੀਤਾ
group-join-asked = ਤੁਸੀਂ ਸ਼ਾਮਲ ਹੋਣ ਦੀ ਬੇਨਤੀ ਕੀਤੀ ਹੈ: ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਨਜ਼ੂਰ ਕਰਨਗੇ।
group-join-privacy = ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਨਜ਼ੂਰ ਕਰਨ ਅਤੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਵਿੱਚ ਰਹਿਣ ਲਈ ਤੁਹਾਡਾ ਨਾਂ ਅਤੇ ਈਮੇਲ ਪਤਾ ਦੇਖਦੇ ਹਨ। ਹੋਰ ਕੋਈ ਨਹੀਂ ਦੇਖਦਾ।
group-join-ask-button = ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਦੀ ਬੇਨਤੀ ਕਰੋ
group-join-sign-in-before = ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਣ ਦੀ ਬੇਨਤੀ ਕਰਨ ਲਈ{ " " }
group-join-sign-in-link = ਸਾਈਨ ਇਨ ਕਰੋ
group-join-sign-in-after = ।
group-join-section = ਗਰੁੱਪ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ
group-contact-title = ਗਰੁੱਪ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
group-contact-intro = ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਈਮੇਲ ਰਾਹੀਂ ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਤੱਕ ਪਹੁੰਚਾਇਆ ਜਾਂਦਾ ਹੈ, ਤੁਹਾਡੇ ਨਾਂ ਅਤੇ ਈਮੇਲ ਪਤੇ ਦੇ ਨਾਲ ਤਾਂ ਜੋ ਉਹ ਜਵਾਬ ਦੇ ਸਕਣ। ਇਹ ਪੁਲਿਸ ਕੋਲ ਨਹੀਂ ਜਾਂਦਾ: ਕਿਸੇ ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ 101 'ਤੇ ਕਾਲ ਕਰੋ, ਜਾਂ ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ।
group-contact-name = ਤੁਹਾਡਾ ਨਾਂ
group-contact-email = ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ
group-contact-message = ਤੁਹਾਡਾ ਸੁਨੇਹਾ
group-contact-button = ਸੁਨੇਹਾ ਭੇਜੋ
group-all-link = ਸਾਰੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪ

group-item-priority = ਤਰਜੀਹ
group-item-problem = ਸਮੱਸਿਆ
group-item-vote = ਵੋਟ
group-item-neighbourhood = ਇਲਾਕਾ
group-item-concern = ਚਿੰਤਾ { $reference }
group-item-neighbourhood-title = { $neighbourhood } ਇਲਾਕਾ
group-event-raised = ਪੇਸ਼ ਕੀਤਾ
group-event-set = ਤੈਅ ਕੀਤੀ
group-event-opened = ਸ਼ੁਰੂ ਹੋਇਆ
group-event-status-changed = ਸਥਿਤੀ ਬਦਲੀ
group-event-reply = ਟੀਮ ਦਾ ਜਵਾਬ
group-event-group-reply = ਗਰੁੱਪ ਨੇ ਲਿਖਿਆ
group-event-partner-reply = ਭਾਈਵਾਲ ਦਾ ਜਵਾਬ
group-event-action = ਕਾਰਵਾਈ
group-event-update = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ
group-event-closed = ਵੋਟਿੰਗ ਬੰਦ ਹੋਈ
group-event-results = ਨਤੀਜੇ
group-timeline-priority-set = ਸਥਾਨਕ ਤਰਜੀਹ ਵਜੋਂ ਤੈਅ ਕੀਤੀ ਗਈ: { $issue }
group-timeline-priority-now = ਹੁਣ: { $status }
group-timeline-stage-reached = ਅਗਲੇ ਪੜਾਅ ਵਿੱਚ ਪਹੁੰਚਿਆ: { $stage }
group-timeline-work-begun = ਟੀਮ ਨੇ ਇਸ 'ਤੇ ਕੰਮ ਸ਼ੁਰੂ ਕੀਤਾ: { $title }
group-timeline-vote-announced = ਵੋਟ ਦਾ ਐਲਾਨ: { $opens } ਤੋਂ { $closes } ਤੱਕ ਖੁੱਲ੍ਹੀ
group-timeline-results-published = ਨਤੀਜੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤੇ ਗਏ
group-timeline-made-priority = ਸਥਾਨਕ ਤਰਜੀਹ ਬਣਾਈ ਗਈ: { $issue }
group-timeline-new-priority = ਨਵੀਂ ਸਥਾਨਕ ਤਰਜੀਹ: { $issue }
group-timeline-new-vote = ਨਵੀਂ ਵੋਟ: { $question }
group-timeline-next = ਅੱਗੇ: { $text }
group-timeline-proposed = { $description } (ਤਰਜੀਹਾਂ ਦੀ ਅਗਲੀ ਵੋਟ ਲਈ ਪ੍ਰਸਤਾਵਿਤ)

group-follow-offer-neighbourhood = { $neighbourhood } ਵਿੱਚ ਨਵੀਆਂ ਤਰਜੀਹਾਂ, ਵੋਟਾਂ ਅਤੇ ਅੱਪਡੇਟ
group-follow-priorities-in = { $neighbourhood } ਵਿੱਚ ਤਰਜੀਹਾਂ
group-follow-problems-in = { $neighbourhood } ਵਿੱਚ ਸਮੱਸਿਆਵਾਂ
group-follow-votes-in = { $neighbourhood } ਵਿੱਚ ਵੋਟਾਂ
group-follow-sign-in = ਤੁਹਾਡੇ ਇਲਾਕੇ ਦੀ ਟੀਮ ਕੀ ਕਰਦੀ ਹੈ, ਇਹ ਫਾਲੋ ਕਰਨ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ।
group-follow-organisers-only = ਸਿਰਫ਼ ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਚੁਣਦੇ ਹਨ ਕਿ ਗਰੁੱਪ ਕੀ ਫਾਲੋ ਕਰੇ
group-follow-choose = ਫਾਲੋ ਕਰਨ ਲਈ ਕੁਝ ਚੁਣੋ
group-now-following = { $kind ->
    [priority] ਹੁਣ ਇਹ ਤਰਜੀਹ ਫਾਲੋ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ
    [problem] ਹੁਣ ਇਹ ਸਮੱਸਿਆ ਫਾਲੋ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ
    [vote] ਹੁਣ ਇਹ ਵੋਟ ਫਾਲੋ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ
   *[neighbourhood] ਹੁਣ ਇਹ ਇਲਾਕਾ ਫਾਲੋ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ
}
group-already-following = ਇਹ ਪਹਿਲਾਂ ਹੀ ਫਾਲੋ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ
group-cannot-follow = ਇਸ ਨੂੰ ਫਾਲੋ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ
group-unfollowed = ਹੁਣ ਇਸ ਨੂੰ ਫਾਲੋ ਨਹੀਂ ਕੀਤਾ ਜਾ ਰਿਹਾ
group-choices-saved = ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਸੁਰੱਖਿਅਤ ਹੋ ਗਈਆਂ ਹਨ
group-left = ਤੁਸੀਂ ਗਰੁੱਪ ਛੱਡ ਦਿੱਤਾ ਹੈ
group-not-member = ਤੁਸੀਂ ਉਸ ਗਰੁੱਪ ਦੇ ਮੈਂਬਰ ਨਹੀਂ ਹੋ
group-only-organiser = ਤੁਸੀਂ ਗਰੁੱਪ ਦੇ ਇੱਕੋ-ਇੱਕ ਪ੍ਰਬੰਧਕ ਹੋ। ਗਰੁੱਪ ਛੱਡਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਹੋਰ ਮੈਂਬਰ ਨੂੰ ਪ੍ਰਬੰਧਕ ਬਣਾਓ
group-dashboard-title = { $group }: ਡੈਸ਼ਬੋਰਡ
group-public-page-link = ਗਰੁੱਪ ਦਾ ਜਨਤਕ ਪੰਨਾ
group-dashboard-heading = ਗਰੁੱਪ ਜੋ ਕੁਝ ਫਾਲੋ ਕਰਦਾ ਹੈ, ਉਸ 'ਤੇ ਟੀਮ ਨੇ ਕੀ ਕੀਤਾ ਹੈ
group-stale-count = { $count ->
    [one] { $count } ਆਈਟਮ
   *[other] { $count } ਆਈਟਮਾਂ
}
group-stale-rest = ਬਾਰੇ ਟੀਮ ਵੱਲੋਂ 3 ਮਹੀਨਿਆਂ ਜਾਂ ਇਸ ਤੋਂ ਵੱਧ ਸਮੇਂ ਤੋਂ ਕੋਈ ਅੱਪਡੇਟ ਨਹੀਂ ਆਇਆ।
group-dashboard-none = ਗਰੁੱਪ ਅਜੇ ਕੁਝ ਵੀ ਫਾਲੋ ਨਹੀਂ ਕਰਦਾ, ਅਤੇ ਉਸ ਨੇ ਕੋਈ ਮੁੱਦਾ ਵੀ ਪੇਸ਼ ਨਹੀਂ ਕੀਤਾ।
group-dashboard-caption = ਉਹ ਸਭ ਕੁਝ ਜੋ ਗਰੁੱਪ ਫਾਲੋ ਕਰਦਾ ਹੈ ਜਾਂ ਜੋ ਉਸ ਨੇ ਪੇਸ਼ ਕੀਤਾ
group-column-last-response = ਆਖਰੀ ਜਵਾਬ
group-column-days = ਟੀਮ ਦੇ ਆਖਰੀ ਅੱਪਡੇਟ ਤੋਂ ਬਾਅਦ ਦਿਨ
group-stale-tag = 3 ਮਹੀਨਿਆਂ ਤੋਂ ਕੋਈ ਅੱਪਡੇਟ ਨਹੀਂ
group-none-yet = ਅਜੇ ਕੋਈ ਨਹੀਂ
group-last-response = { $what }, { $date }
group-download = ਗਰੁੱਪ ਦਾ ਰਿਕਾਰਡ ਡਾਊਨਲੋਡ ਕਰੋ (CSV)
group-timelines = ਟਾਈਮਲਾਈਨਾਂ
group-stop-following = ਫਾਲੋ ਕਰਨਾ ਬੰਦ ਕਰੋ
group-item-where = { $neighbourhood }। { $status }।
group-event-when = { $when } – { $what }
group-follow-heading = ਕੁਝ ਫਾਲੋ ਕਰੋ
group-follows-everything = ਗਰੁੱਪ ਆਪਣੇ ਇਲਾਕਿਆਂ ਦੀ ਹਰ ਚੀਜ਼ ਫਾਲੋ ਕਰਦਾ ਹੈ।
group-follow-label = ਗਰੁੱਪ ਨੂੰ ਕੀ ਫਾਲੋ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ?
group-follow-placeholder = ਕੋਈ ਤਰਜੀਹ, ਸਮੱਸਿਆ, ਵੋਟ ਜਾਂ ਇਲਾਕਾ ਚੁਣੋ
group-follow-button = ਫਾਲੋ ਕਰੋ
group-put-forward-heading = ਕੋਈ ਮੁੱਦਾ ਪੇਸ਼ ਕਰੋ
group-put-forward-intro = ਤੁਹਾਡੇ ਵੱਲੋਂ ਪੇਸ਼ ਕੀਤਾ ਮੁੱਦਾ ਗਰੁੱਪ ਵੱਲੋਂ ਇੱਕ ਚਿੰਤਾ ਬਣ ਜਾਂਦਾ ਹੈ: ਟੀਮ 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਜਵਾਬ ਹਰ ਪ੍ਰਬੰਧਕ ਨੂੰ ਜਾਂਦੇ ਹਨ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਤਰਜੀਹਾਂ ਦੀ ਅਗਲੀ ਵੋਟ ਲਈ ਪ੍ਰਸਤਾਵਿਤ ਕਰ ਸਕਦੇ ਹੋ।
group-put-forward-link = { $neighbourhood } ਦੀ ਟੀਮ ਕੋਲ ਮੁੱਦਾ ਪੇਸ਼ ਕਰੋ
group-put-forward-not-verified = ਗਰੁੱਪ ਦੀ ਤਸਦੀਕ ਹੋ ਜਾਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਮੁੱਦੇ ਪੇਸ਼ ਕਰ ਸਕਦੇ ਹੋ।
group-manage-members = ਮੈਂਬਰਾਂ ਦਾ ਪ੍ਰਬੰਧ ਕਰੋ ਅਤੇ ਲੋਕਾਂ ਨੂੰ ਸੱਦਾ ਦਿਓ
group-meetings-heading = ਟੀਮ ਨਾਲ ਮੀਟਿੰਗਾਂ
group-your-choices = ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ
group-alerts = ਤਬਦੀਲੀਆਂ ਬਾਰੇ ਈਮੇਲਾਂ: { $alerts ->
    [weekly] ਹਫ਼ਤੇ ਵਿੱਚ ਇੱਕ ਵਾਰ
    [immediate] ਜਿਵੇਂ ਹੀ ਕੁਝ ਹੋਵੇ
   *[none] ਕਦੇ ਨਹੀਂ
}।
group-change-alerts = ਬਦਲੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿੰਨੀ ਵਾਰ ਸੂਚਨਾ ਮਿਲੇ
group-show-name = ਗਰੁੱਪ ਦੇ ਜਨਤਕ ਪੰਨੇ 'ਤੇ ਮੇਰਾ ਨਾਂ ਦਿਖਾਓ
group-save-choices = ਆਪਣੀਆਂ ਚੋਣਾਂ ਸੁਰੱਖਿਅਤ ਕਰੋ
group-leave = ਗਰੁੱਪ ਛੱਡੋ

group-invite-email-missing = ਉਨ੍ਹਾਂ ਦਾ ਈਮੇਲ ਪਤਾ ਦਰਜ ਕਰੋ
group-invite-sent = { $email } ਨੂੰ ਸੱਦਾ ਭੇਜ ਦਿੱਤਾ ਗਿਆ
group-invite-already-member = ਇਹ ਵਿਅਕਤੀ ਪਹਿਲਾਂ ਹੀ ਮੈਂਬਰ ਹੈ
group-invite-not-organiser = ਸਿਰਫ਼ ਪ੍ਰਬੰਧਕ ਲੋਕਾਂ ਨੂੰ ਸੱਦਾ ਦੇ ਸਕਦੇ ਹਨ
group-invite-not-verified = ਗਰੁੱਪ ਦੀ ਤਸਦੀਕ ਹੋ ਜਾਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਲੋਕਾਂ ਨੂੰ ਸੱਦਾ ਦੇ ਸਕਦੇ ਹੋ
group-invite-too-many = ਤੁਸੀਂ ਪਿਛਲੇ ਇੱਕ ਘੰਟੇ ਵਿੱਚ ਬਹੁਤ ਸਾਰੇ ਸੱਦੇ ਭੇਜ ਚੁੱਕੇ ਹੋ। { $unit ->
    [hour] { $count ->
        [one] { $count } ਘੰਟੇ
       *[other] { $count } ਘੰਟਿਆਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[minute] { $count ->
        [one] { $count } ਮਿੰਟ
       *[other] { $count } ਮਿੰਟਾਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
group-member-approved = ਬੇਨਤੀ ਮਨਜ਼ੂਰ ਹੋ ਗਈ
group-member-refused = ਬੇਨਤੀ ਨਾਮਨਜ਼ੂਰ ਹੋ ਗਈ
group-member-made-organiser = ਹੁਣ ਉਹ ਪ੍ਰਬੰਧਕ ਹਨ
group-member-made-member = ਹੁਣ ਉਹ ਮੈਂਬਰ ਹਨ
group-member-removed = ਮੈਂਬਰ ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ
group-members-not-organiser = ਸਿਰਫ਼ ਪ੍ਰਬੰਧਕ ਮੈਂਬਰਾਂ ਵਿੱਚ ਤਬਦੀਲੀ ਕਰ ਸਕਦੇ ਹਨ
group-members-not-now = ਉਸ ਮੈਂਬਰ ਜਾਂ ਬੇਨਤੀ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਤਬਦੀਲੀ ਹੋ ਚੁੱਕੀ ਹੈ। ਸੂਚੀ ਦੁਬਾਰਾ ਦੇਖੋ
group-members-last-organiser = ਗਰੁੱਪ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਪ੍ਰਬੰਧਕ ਹੋਣਾ ਜ਼ਰੂਰੀ ਹੈ: ਪਹਿਲਾਂ ਕਿਸੇ ਹੋਰ ਮੈਂਬਰ ਨੂੰ ਪ੍ਰਬੰਧਕ ਬਣਾਓ
group-members-title = { $group }: ਮੈਂਬਰ
group-back-to-dashboard = ਡੈਸ਼ਬੋਰਡ 'ਤੇ ਵਾਪਸ ਜਾਓ
group-members = ਮੈਂਬਰ
group-requests = ਸ਼ਾਮਲ ਹੋਣ ਦੀਆਂ ਬੇਨਤੀਆਂ
group-requests-none = ਕੋਈ ਉਡੀਕ ਨਹੀਂ ਕਰ ਰਿਹਾ।
group-column-who = ਕੌਣ
group-column-asked = ਬੇਨਤੀ ਦੀ ਮਿਤੀ
group-column-decide = ਫ਼ੈਸਲਾ ਕਰੋ
group-column-role = ਭੂਮਿਕਾ
group-column-joined = ਸ਼ਾਮਲ ਹੋਏ
group-column-change = ਬਦਲੋ
group-approve = ਮਨਜ਼ੂਰ ਕਰੋ
group-refuse = ਨਾਮਨਜ਼ੂਰ ਕਰੋ
group-make-member = ਮੈਂਬਰ ਬਣਾਓ
group-make-organiser = ਪ੍ਰਬੰਧਕ ਬਣਾਓ
group-remove = ਹਟਾਓ
group-role-organiser = ਪ੍ਰਬੰਧਕ
group-role-member = ਮੈਂਬਰ
group-member-you = { $who } (ਤੁਸੀਂ)
group-invite-heading = ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਦਿਓ
group-invite-intro = ਅਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਇੱਕ ਲਿੰਕ ਈਮੇਲ ਕਰਦੇ ਹਾਂ ਜੋ 14 ਦਿਨਾਂ ਲਈ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ। ਮੈਂਬਰਾਂ ਦੇ ਪਤੇ ਸਿਰਫ਼ ਗਰੁੱਪ ਦੇ ਪ੍ਰਬੰਧਕ ਦੇਖਦੇ ਹਨ।
group-invite-email-label = ਉਨ੍ਹਾਂ ਦਾ ਈਮੇਲ ਪਤਾ
group-invite-button = ਸੱਦਾ ਭੇਜੋ
group-no-such-group = ਅਜਿਹਾ ਕੋਈ ਗਰੁੱਪ ਨਹੀਂ ਹੈ।
