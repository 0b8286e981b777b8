## Raising a concern and following it: where it is, the form, checking it and sending it, the
## resident's page for it, and the panel that says the portal is not for emergencies.

# The panel before and after raising a concern. "report-crime", the link and "report-crime-end"
# make one sentence: "To report a crime, call 101 or [report it online on the … website]."
concern-warning = ਚੇਤਾਵਨੀ:
concern-not-for-emergencies = ਇਹ ਐਮਰਜੈਂਸੀ ਲਈ ਜਾਂ ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ ਨਹੀਂ ਹੈ।
concern-emergency-999 = ਜੇ ਹੁਣੇ ਕੋਈ ਜੁਰਮ ਹੋ ਰਿਹਾ ਹੈ ਜਾਂ ਕਿਸੇ ਨੂੰ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ 999 'ਤੇ ਕਾਲ ਕਰੋ।
concern-report-crime = ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ, 101 'ਤੇ ਕਾਲ ਕਰੋ ਜਾਂ
concern-report-online = { $force } ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਔਨਲਾਈਨ ਰਿਪੋਰਟ ਕਰੋ
concern-report-crime-end = ।
concern-report-crime-no-site = ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ, 101 'ਤੇ ਕਾਲ ਕਰੋ ਜਾਂ ਪੁਲਿਸ ਫੋਰਸ ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਰਿਪੋਰਟ ਕਰੋ।
concern-deaf = ਜੇ ਤੁਸੀਂ ਬੋਲ਼ੇ ਹੋ ਜਾਂ ਤੁਹਾਨੂੰ ਸੁਣਨ ਵਿੱਚ ਮੁਸ਼ਕਲ ਹੈ, ਤਾਂ emergencySMS ਨਾਲ ਰਜਿਸਟਰ ਕਰਨ ਤੋਂ ਬਾਅਦ 999 'ਤੇ ਟੈਕਸਟ ਕਰੋ, ਜਾਂ ਟੈਕਸਟਫ਼ੋਨ 18000 ਵਰਤੋ।

# Where is it? (/concerns/new)
concern-start-title = ਆਪਣੇ ਇਲਾਕੇ ਦੀ ਟੀਮ ਕੋਲ ਆਪਣੀ ਚਿੰਤਾ ਦਰਜ ਕਰਵਾਓ
concern-start-intro = ਆਪਣੇ ਇਲਾਕੇ ਦੀ ਟੀਮ ਨੂੰ ਕਿਸੇ ਅਜਿਹੀ ਸਥਾਨਕ ਗੱਲ ਬਾਰੇ ਦੱਸੋ ਜਿਸ ਦੀ ਤੁਹਾਨੂੰ ਚਿੰਤਾ ਹੈ: ਸਮਾਜ-ਵਿਰੋਧੀ ਵਿਹਾਰ, ਤੇਜ਼ ਰਫ਼ਤਾਰ, ਨਸ਼ਿਆਂ ਦਾ ਧੰਦਾ, ਕੋਈ ਹਨੇਰੀ ਗਲੀ। ਉਹ 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਣਗੇ, ਅਤੇ ਤੁਸੀਂ ਹਮੇਸ਼ਾ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਉਸ ਬਾਰੇ ਕੀ ਹੋਇਆ।
concern-start-hint = ਉਸ ਥਾਂ ਦਾ ਪੋਸਟਕੋਡ ਜਿਸ ਬਾਰੇ ਤੁਹਾਨੂੰ ਚਿੰਤਾ ਹੈ, ਜਾਂ ਆਪਣਾ ਪੋਸਟਕੋਡ। ਉਦਾਹਰਨ ਲਈ, B15 2TT।
concern-continue = ਜਾਰੀ ਰੱਖੋ
concern-back = ਪਿੱਛੇ

# The concern form.
concern-sign-in-first = ਚਿੰਤਾ ਦਰਜ ਕਰਵਾਉਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ, ਤਾਂ ਜੋ ਟੀਮ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇ ਸਕੇ। ਸਾਈਨ ਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਵਾਪਸ ਇੱਥੇ ਆ ਜਾਓਗੇ।
concern-no-such-neighbourhood = ਅਜਿਹਾ ਕੋਈ ਇਲਾਕਾ ਨਹੀਂ ਹੈ।
concern-pin-placed = ਤੁਸੀਂ ਨਕਸ਼ੇ 'ਤੇ ਜਿੱਥੇ ਚੁਣਿਆ, ਉੱਥੇ ਪਿੰਨ ਲੱਗ ਗਈ ਹੈ। ਇਸ ਨੂੰ ਹਿਲਾਉਣ ਲਈ ਨਕਸ਼ਾ ਦੁਬਾਰਾ ਚੁਣੋ, ਜਾਂ ਫ਼ਾਰਮ ਨਾਲ ਅੱਗੇ ਵਧੋ।
concern-choose-listed-group = ਆਪਣੇ ਆਪ ਨੂੰ ਜਾਂ ਸੂਚੀ ਵਿੱਚ ਦਿੱਤੇ ਗਰੁੱਪਾਂ ਵਿੱਚੋਂ ਕਿਸੇ ਇੱਕ ਨੂੰ ਚੁਣੋ
concern-choose-who = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਇਹ ਚਿੰਤਾ ਕਿਸ ਵੱਲੋਂ ਦਰਜ ਕਰਵਾ ਰਹੇ ਹੋ
concern-moved = ਉਹ ਥਾਂ { $name } ਇਲਾਕੇ ਵਿੱਚ ਹੈ, ਇਸ ਲਈ ਤੁਹਾਡੀ ਚਿੰਤਾ { $name } ਦੀ ਟੀਮ ਕੋਲ ਜਾਵੇਗੀ। ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ ਸੀ, ਅਸੀਂ ਉਸ ਨੂੰ ਉਨ੍ਹਾਂ ਦੇ ਫ਼ਾਰਮ ਵਿੱਚ ਲੈ ਗਏ ਹਾਂ: ਇਸ ਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਜਾਰੀ ਰੱਖੋ। ਹਾਲੇ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ।
concern-place-outside = ਉਹ ਥਾਂ ਇਸ ਪੁਲਿਸ ਫੋਰਸ ਦੇ ਖੇਤਰ ਤੋਂ ਬਾਹਰ ਹੈ: ਉਸ ਖੇਤਰ ਦੀ ਪੁਲਿਸ ਫੋਰਸ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਜਾਂ 101 'ਤੇ ਕਾਲ ਕਰੋ
concern-place-unknown-postcode = ਸਾਨੂੰ ਉਹ ਪੋਸਟਕੋਡ ਨਹੀਂ ਮਿਲਿਆ। ਇਸ ਦੀ ਜਾਂਚ ਕਰੋ, ਜਾਂ ਇਸ ਦੀ ਥਾਂ ਜਗ੍ਹਾ ਬਾਰੇ ਦੱਸੋ, ਜਿਵੇਂ ਕੋਈ ਗਲੀ ਜਾਂ ਕੋਈ ਮਸ਼ਹੂਰ ਥਾਂ
concern-raise-title = { $name } ਵਿੱਚ ਚਿੰਤਾ ਦਰਜ ਕਰਵਾਓ
concern-team-caption = { $name } ਇਲਾਕੇ ਦੀ ਟੀਮ
concern-raise-heading = ਚਿੰਤਾ ਦਰਜ ਕਰਵਾਓ
concern-who-legend = ਤੁਸੀਂ ਇਹ ਚਿੰਤਾ ਕਿਸ ਵੱਲੋਂ ਦਰਜ ਕਰਵਾ ਰਹੇ ਹੋ?
concern-for-myself = ਆਪਣੇ ਵੱਲੋਂ
concern-for-myself-hint = ਜਵਾਬ ਤੁਹਾਨੂੰ ਮਿਲਣਗੇ।
# $group is the group's name, as its organisers wrote it.
concern-for-group = { $group } (ਇੱਕ ਗਰੁੱਪ ਜਿਸ ਦੇ ਤੁਸੀਂ ਪ੍ਰਬੰਧਕ ਹੋ)
concern-for-group-hint = ਚਿੰਤਾ ਗਰੁੱਪ ਵੱਲੋਂ ਪੇਸ਼ ਕੀਤੀ ਜਾਵੇਗੀ, ਅਤੇ ਜਵਾਬ ਉਸ ਦੇ ਸਾਰੇ ਪ੍ਰਬੰਧਕਾਂ ਨੂੰ ਜਾਣਗੇ।
concern-propose = ਗਰੁੱਪ ਲਈ: ਇਸ ਨੂੰ ਤਰਜੀਹਾਂ ਦੀ ਅਗਲੀ ਵੋਟ ਵਿੱਚ ਇੱਕ ਵਿਕਲਪ ਵਜੋਂ ਪ੍ਰਸਤਾਵਿਤ ਕਰੋ
concern-where-label = ਇਹ ਕਿੱਥੇ ਹੋ ਰਿਹਾ ਹੈ?
concern-where-hint = ਕੋਈ ਗਲੀ, ਕੋਈ ਮਸ਼ਹੂਰ ਥਾਂ (Court Oak Road ਵਾਲਾ ਪਾਰਕ) ਜਾਂ ਪੋਸਟਕੋਡ।
concern-kind-legend = ਇਹ ਕਿਸ ਕਿਸਮ ਦੀ ਚਿੰਤਾ ਹੈ?
concern-what-label = ਕੀ ਹੋ ਰਿਹਾ ਹੈ?
concern-what-hint = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕੀ ਦੇਖਿਆ ਹੈ ਜਾਂ ਤੁਹਾਨੂੰ ਕਿਸ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ। ਆਪਣਾ ਜਾਂ ਕਿਸੇ ਹੋਰ ਦਾ ਨਾਮ ਸ਼ਾਮਲ ਨਾ ਕਰੋ।
concern-when-label = ਇਹ ਕਦੋਂ ਹੁੰਦਾ ਹੈ? (ਵਿਕਲਪਿਕ)
concern-when-hint = ਉਦਾਹਰਨ ਲਈ, ਜ਼ਿਆਦਾਤਰ ਸ਼ਾਮਾਂ ਨੂੰ ਰਾਤ 9 ਵਜੇ ਤੋਂ ਬਾਅਦ, ਜਾਂ ਸ਼ਨੀਵਾਰ ਦੁਪਹਿਰ ਨੂੰ।
concern-summary-legend = ਕੀ ਤੁਹਾਡੀ ਚਿੰਤਾ ਦਾ ਸਾਰ ਜਨਤਕ ਤੌਰ 'ਤੇ ਦਿਖਾਇਆ ਜਾ ਸਕਦਾ ਹੈ?
concern-summary-hint = ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਸੰਪਰਕ ਵੇਰਵੇ ਕਦੇ ਵੀ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤੇ ਜਾਂਦੇ।
concern-summary-yes = ਹਾਂ
concern-summary-no = ਨਹੀਂ
concern-summary-yes-hint = ਇੱਕ ਮਾਡਰੇਟਰ ਛੋਟਾ ਸਾਰ ਲਿਖਦਾ ਹੈ, ਜਿਸ ਵਿੱਚ ਤੁਹਾਡਾ ਨਾਮ ਜਾਂ ਕੋਈ ਅਜਿਹੀ ਗੱਲ ਨਹੀਂ ਹੁੰਦੀ ਜਿਸ ਤੋਂ ਤੁਹਾਡੀ ਪਛਾਣ ਹੋ ਸਕੇ, ਅਤੇ ਇਸ ਨੂੰ ਇਲਾਕੇ ਦੇ ਪੰਨੇ 'ਤੇ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
concern-summary-no-hint = ਇਸ ਨੂੰ ਸਿਰਫ਼ ਇਲਾਕੇ ਦੀ ਟੀਮ ਦੇਖਦੀ ਹੈ।

# The map a pin is placed on, on the concern form (the PinMap island). $name is the
# neighbourhood's name.
concern-pin-map-hint = ਤੁਸੀਂ ਇਹ ਵੀ ਦਿਖਾ ਸਕਦੇ ਹੋ ਕਿ ਇਹ ਕਿੱਥੇ ਹੁੰਦਾ ਹੈ: ਪਿੰਨ ਲਗਾਉਣ ਜਾਂ ਉਸ ਨੂੰ ਹਿਲਾਉਣ ਲਈ ਨਕਸ਼ੇ 'ਤੇ ਕੋਈ ਥਾਂ ਚੁਣੋ।
concern-pin-map-alt = { $name } ਦਾ ਨਕਸ਼ਾ: ਪਿੰਨ ਲਗਾਉਣ ਲਈ ਕੋਈ ਥਾਂ ਚੁਣੋ
concern-pin-map-placed = ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਲੱਗੀ ਹੋਈ ਹੈ।
concern-pin-map-none = ਕੋਈ ਪਿੰਨ ਨਹੀਂ ਲੱਗੀ।
concern-pin-map-remove = ਪਿੰਨ ਹਟਾਓ

# What is wrong with what was typed. "where-name" names the field in "too-long".
concern-where-name = ਇਹ ਕਿੱਥੇ ਹੋ ਰਿਹਾ ਹੈ
concern-where-missing = ਦਰਜ ਕਰੋ ਕਿ ਇਹ ਕਿੱਥੇ ਹੋ ਰਿਹਾ ਹੈ: ਕੋਈ ਗਲੀ, ਕੋਈ ਮਸ਼ਹੂਰ ਥਾਂ ਜਾਂ ਪੋਸਟਕੋਡ
concern-kind-missing = ਚੁਣੋ ਕਿ ਇਹ ਕਿਸ ਕਿਸਮ ਦੀ ਚਿੰਤਾ ਹੈ
concern-what-missing = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ
concern-what-too-short = ਸਾਨੂੰ ਥੋੜ੍ਹਾ ਹੋਰ ਦੱਸੋ: ਘੱਟੋ-ਘੱਟ { $least } ਅੱਖਰ
concern-summary-missing = ਚੁਣੋ ਕਿ ਕੀ ਸਾਰ ਜਨਤਕ ਤੌਰ 'ਤੇ ਦਿਖਾਇਆ ਜਾ ਸਕਦਾ ਹੈ
concern-pin-again = ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਦੁਬਾਰਾ ਲਗਾਓ
# $label is what the field is called ("What is happening"); $max a number of characters.
concern-too-long = "{ $label }" ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ ਹੋ ਸਕਦੇ ਹਨ
concern-plain-words = ਸਾਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ: ਹਰ ਉਹ ਚੀਜ਼ ਹਟਾਓ ਜੋ ਵੈੱਬ ਪੰਨੇ ਦੇ ਕੋਡ ਵਰਗੀ ਲੱਗਦੀ ਹੈ, ਜਿਵੇਂ <b>

# The rows of "Check your concern" and of the resident's page for it.
concern-row-raised-for = ਕਿਸ ਵੱਲੋਂ
concern-row-where = ਕਿੱਥੇ
concern-row-kind = ਚਿੰਤਾ ਦੀ ਕਿਸਮ
concern-row-what = ਕੀ ਹੋ ਰਿਹਾ ਹੈ
concern-row-when = ਇਹ ਕਦੋਂ ਹੁੰਦਾ ਹੈ
concern-row-summary = ਜਨਤਕ ਸਾਰ
concern-row-replies-to = ਜਵਾਬ ਕਿੱਥੇ ਜਾਣਗੇ
concern-row-status = ਸਥਿਤੀ
concern-row-improved = ਕੀ ਹਾਲਾਤ ਸੁਧਰੇ ਹਨ?

# Check your concern. Each "Change" link is followed, for screen readers, by what it changes.
concern-check-title = ਆਪਣੀ ਚਿੰਤਾ ਦੀ ਜਾਂਚ ਕਰੋ
concern-change = ਬਦਲੋ
concern-change-who = ਚਿੰਤਾ ਕਿਸ ਵੱਲੋਂ ਹੈ
concern-change-where = ਇਹ ਕਿੱਥੇ ਹੋ ਰਿਹਾ ਹੈ
concern-change-kind = ਚਿੰਤਾ ਦੀ ਕਿਸਮ
concern-change-what = ਕੀ ਹੋ ਰਿਹਾ ਹੈ
concern-change-when = ਇਹ ਕਦੋਂ ਹੁੰਦਾ ਹੈ
concern-change-summary = ਕੀ ਸਾਰ ਦਿਖਾਇਆ ਜਾਵੇਗਾ
# After the group's name.
concern-replies-to-organisers = (ਜਵਾਬ ਇਸ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਨੂੰ ਜਾਣਗੇ)
concern-replies-to-organisers-proposed = (ਜਵਾਬ ਇਸ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਨੂੰ ਜਾਣਗੇ), ਤਰਜੀਹਾਂ ਦੀ ਅਗਲੀ ਵੋਟ ਲਈ ਪ੍ਰਸਤਾਵਿਤ
# After the place the resident typed.
concern-with-pin = (ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਦੇ ਨਾਲ)
concern-not-given = ਨਹੀਂ ਦੱਸਿਆ
concern-check-summary-yes = ਹਾਂ, ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਜਾਂਚ ਕੀਤੇ ਜਾਣ ਤੋਂ ਬਾਅਦ
concern-check-summary-no = ਨਹੀਂ
concern-check-reply = ਟੀਮ 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਵੇਗੀ। ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਸੰਪਰਕ ਵੇਰਵੇ ਕਦੇ ਵੀ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤੇ ਜਾਂਦੇ।
concern-send = ਆਪਣੀ ਚਿੰਤਾ ਭੇਜੋ
concern-no-longer-organiser = ਤੁਸੀਂ ਹੁਣ ਇੱਥੇ { $group } ਦੇ ਪ੍ਰਬੰਧਕ ਨਹੀਂ ਹੋ। ਬਦਲੋ ਕਿ ਚਿੰਤਾ ਕਿਸ ਵੱਲੋਂ ਹੈ
concern-sent = ਚਿੰਤਾ ਭੇਜ ਦਿੱਤੀ ਗਈ
concern-too-many = ਤੁਸੀਂ ਇੱਕ ਦਿਨ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $limit } ਚਿੰਤਾਵਾਂ ਦਰਜ ਕਰਵਾ ਸਕਦੇ ਹੋ। { $unit ->
    [hour] { $count ->
        [one] { $count } ਘੰਟੇ
       *[other] { $count } ਘੰਟਿਆਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[minute] { $count ->
        [one] { $count } ਮਿੰਟ
       *[other] { $count } ਮਿੰਟਾਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}

# The resident's page for their concern (/account/concerns/{reference}).
concern-your-concern-title = ਤੁਹਾਡੀ ਚਿੰਤਾ { $reference }
concern-your-reference = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ ਹੈ
concern-emailed = ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰਕੇ ਦੱਸ ਦਿੱਤਾ ਹੈ ਕਿ ਸਾਨੂੰ ਇਹ ਮਿਲ ਗਈ ਹੈ।
concern-reply-by = ਟੀਮ { $time } ਤੱਕ ਜਵਾਬ ਦੇਵੇਗੀ
concern-reply-by-sentence = ਟੀਮ { $time } ਤੱਕ ਜਵਾਬ ਦੇਵੇਗੀ।
concern-back-to-account = ਆਪਣੇ ਖਾਤੇ 'ਤੇ ਵਾਪਸ ਜਾਓ
concern-status-with-reason = { $status }: { $reason }
concern-public-summary-none = ਨਹੀਂ ਦਿਖਾਇਆ ਗਿਆ: ਤੁਸੀਂ ਕਿਹਾ ਸੀ ਕਿ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਟੀਮ ਦੇਖੇ
concern-public-summary-pending = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਜਾਂਚ ਦੀ ਉਡੀਕ ਹੈ
concern-public-summary-approved = ਇਲਾਕੇ ਦੇ ਪੰਨੇ 'ਤੇ ਤੁਹਾਡੇ ਨਾਮ ਤੋਂ ਬਿਨਾਂ ਦਿਖਾਇਆ ਗਿਆ ਹੈ
concern-public-summary-rejected = ਨਹੀਂ ਦਿਖਾਇਆ ਗਿਆ: ਮਾਡਰੇਟਰ ਨੇ ਫ਼ੈਸਲਾ ਕੀਤਾ ਕਿ ਇਸ ਨੂੰ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਜਾਣਾ ਚਾਹੀਦਾ
concern-timeline-title = ਹੁਣ ਤੱਕ ਕੀ ਹੋਇਆ ਹੈ
concern-timeline-nothing = ਹਾਲੇ ਕੁਝ ਨਹੀਂ: ਟੀਮ 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਵੇਗੀ।
# Who wrote or did it, and when: "The team, Saturday 5 December 2026 at 10:15am".
concern-timeline-when = { $who }, { $time }
concern-timeline-team = ਟੀਮ
concern-timeline-you = ਤੁਸੀਂ
concern-timeline-reopened = ਚਿੰਤਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹੀ
# Followed by what the resident wrote.
concern-timeline-reopened-why = ਚਿੰਤਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹੀ:
# A change of status, followed by who it was passed to or the local problem it is part of.
concern-timeline-status = { $status }:
concern-write-title = ਟੀਮ ਨੂੰ ਲਿਖੋ
concern-your-message = ਤੁਹਾਡਾ ਸੁਨੇਹਾ
concern-write-hint = ਟੀਮ ਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਲਿਖਿਆ ਹੈ।
concern-send-message = ਸੁਨੇਹਾ ਭੇਜੋ
concern-write-missing = ਟੀਮ ਲਈ ਆਪਣਾ ਸੁਨੇਹਾ ਲਿਖੋ
concern-message-sent = ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਟੀਮ ਨੂੰ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ
concern-closed-reopen-to-write = ਇਹ ਚਿੰਤਾ ਬੰਦ ਹੋ ਚੁੱਕੀ ਹੈ: ਟੀਮ ਨੂੰ ਲਿਖਣ ਲਈ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ
concern-too-many-messages = ਤੁਸੀਂ ਅੱਜ ਇਸ ਚਿੰਤਾ ਬਾਰੇ { $limit } ਸੁਨੇਹੇ ਭੇਜ ਚੁੱਕੇ ਹੋ। ਟੀਮ ਇਨ੍ਹਾਂ ਨੂੰ ਪੜ੍ਹ ਕੇ ਜਵਾਬ ਦੇਵੇਗੀ। { $unit ->
    [hour] { $count ->
        [one] { $count } ਘੰਟੇ
       *[other] { $count } ਘੰਟਿਆਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[minute] { $count ->
        [one] { $count } ਮਿੰਟ
       *[other] { $count } ਮਿੰਟਾਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
# The answers to "Since you raised it, have things improved?".
concern-improved-choice-yes = ਹਾਂ
concern-improved-choice-no = ਨਹੀਂ
concern-not-sure = ਪੱਕਾ ਨਹੀਂ ਪਤਾ
concern-improved-legend = ਤੁਹਾਡੇ ਦੱਸਣ ਤੋਂ ਬਾਅਦ, ਕੀ ਹਾਲਾਤ ਸੁਧਰੇ ਹਨ?
concern-send-answer = ਜਵਾਬ ਭੇਜੋ
concern-select-improved = ਚੁਣੋ ਕਿ ਕੀ ਹਾਲਾਤ ਸੁਧਰੇ ਹਨ
concern-thanks = ਸਾਨੂੰ ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ
concern-improved-once = ਚਿੰਤਾ ਬੰਦ ਹੋਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਇੱਕ ਵਾਰ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਕੀ ਹਾਲਾਤ ਸੁਧਰੇ ਹਨ
concern-reopen-title = ਆਪਣੀ ਚਿੰਤਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ
concern-reopen-body = ਜੇ ਇਹ ਹਾਲੇ ਵੀ ਹੋ ਰਿਹਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਇਸ ਨੂੰ ਬੰਦ ਹੋਣ ਤੋਂ 28 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਦੁਬਾਰਾ ਖੋਲ੍ਹ ਸਕਦੇ ਹੋ।
concern-reopen-label = ਹਾਲੇ ਵੀ ਕੀ ਹੋ ਰਿਹਾ ਹੈ? (ਵਿਕਲਪਿਕ)
concern-still-happening = ਹਾਲੇ ਵੀ ਕੀ ਹੋ ਰਿਹਾ ਹੈ
concern-reopen-button = ਚਿੰਤਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ
concern-reopened = ਤੁਹਾਡੀ ਚਿੰਤਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹ ਦਿੱਤੀ ਗਈ ਹੈ: ਟੀਮ ਨੂੰ ਦੱਸ ਦਿੱਤਾ ਗਿਆ ਹੈ
concern-reopen-too-late = ਕੋਈ ਚਿੰਤਾ ਬੰਦ ਹੋਣ ਤੋਂ 28 ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਦੁਬਾਰਾ ਖੋਲ੍ਹੀ ਜਾ ਸਕਦੀ ਹੈ

# A concern's status: its short name (tags, lists) and as the resident's page explains it.
concern-status-received = ਮਿਲ ਗਈ
concern-status-replied = ਜਵਾਬ ਦਿੱਤਾ ਗਿਆ
concern-status-under-review = ਸਮੀਖਿਆ ਅਧੀਨ
concern-status-being-worked-on = ਕੰਮ ਜਾਰੀ ਹੈ
concern-status-passed-to-partner = ਭਾਈਵਾਲ ਨੂੰ ਭੇਜੀ ਗਈ
concern-status-closed = ਬੰਦ
concern-status-words-received = ਮਿਲ ਗਈ: ਟੀਮ 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਵੇਗੀ
concern-status-words-replied = ਟੀਮ ਨੇ ਜਵਾਬ ਦੇ ਦਿੱਤਾ ਹੈ
concern-status-words-under-review = ਟੀਮ ਇਸ ਦੀ ਜਾਂਚ ਕਰ ਰਹੀ ਹੈ
concern-status-words-being-worked-on = ਟੀਮ ਇੱਕ ਸਥਾਨਕ ਸਮੱਸਿਆ ਦੇ ਹਿੱਸੇ ਵਜੋਂ ਇਸ 'ਤੇ ਕੰਮ ਕਰ ਰਹੀ ਹੈ
concern-status-words-passed-to-partner = ਇੱਕ ਅਜਿਹੇ ਭਾਈਵਾਲ ਨੂੰ ਭੇਜੀ ਗਈ ਹੈ ਜੋ ਇਸ 'ਤੇ ਕਾਰਵਾਈ ਕਰ ਸਕਦਾ ਹੈ
concern-status-words-closed = ਬੰਦ
# Why a concern was closed, after "Closed: ".
concern-close-action-taken = ਕਾਰਵਾਈ ਕੀਤੀ ਗਈ
concern-close-no-further-action = ਹੋਰ ਕੋਈ ਕਾਰਵਾਈ ਨਹੀਂ
concern-close-not-a-police-matter = ਇਹ ਪੁਲਿਸ ਦਾ ਮਾਮਲਾ ਨਹੀਂ ਹੈ
concern-close-duplicate = ਇਹ ਕਿਸੇ ਹੋਰ ਚਿੰਤਾ ਵਰਗੀ ਹੀ ਹੈ
concern-close-duplicate-of = ਇਹ ਕਿਸੇ ਹੋਰ ਚਿੰਤਾ ਵਰਗੀ ਹੀ ਹੈ, { $reference }
# The resident's answer to "Has it improved?".
concern-improved-yes = ਹਾਂ, ਹਾਲਾਤ ਸੁਧਰੇ ਹਨ
concern-improved-no = ਨਹੀਂ, ਹਾਲਾਤ ਨਹੀਂ ਸੁਧਰੇ

## Partner organisations the team passed the concern to. $organisation is one's name.

concern-partners-title = ਇਸ 'ਤੇ ਕੰਮ ਕਰ ਰਹੇ ਭਾਈਵਾਲ
concern-partners-intro = ਟੀਮ ਨੇ ਤੁਹਾਡੀ ਚਿੰਤਾ ਇਹਨਾਂ ਸੰਸਥਾਵਾਂ ਨੂੰ ਭੇਜੀ ਹੈ, ਜੋ ਇਸ 'ਤੇ ਕਾਰਵਾਈ ਕਰ ਸਕਦੀਆਂ ਹਨ। ਉਹ ਦੇਖਦੀਆਂ ਹਨ ਕਿ ਤੁਸੀਂ ਕੀ ਲਿਖਿਆ ਹੈ ਅਤੇ ਤੁਹਾਨੂੰ ਇੱਥੇ ਜਵਾਬ ਦੇ ਸਕਦੀਆਂ ਹਨ। ਉਹ ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਈਮੇਲ ਪਤਾ ਸਿਰਫ਼ ਤਾਂ ਦੇਖਦੀਆਂ ਹਨ ਜੇ ਤੁਸੀਂ ਸਹਿਮਤ ਹੋ।
concern-partners-group = ਉਹ ਗਰੁੱਪ ਦਾ ਨਾਮ ਦੇਖਦੀਆਂ ਹਨ, ਤੁਹਾਡਾ ਕਦੇ ਨਹੀਂ।
concern-partner-yes = { $organisation } ਨੂੰ ਮੇਰਾ ਨਾਮ ਅਤੇ ਈਮੇਲ ਪਤਾ ਦੇਖਣ ਦਿਓ
concern-partner-no = ਮੇਰਾ ਨਾਮ ਅਤੇ ਈਮੇਲ ਪਤਾ { $organisation } ਤੋਂ ਲੁਕਾ ਕੇ ਰੱਖੋ
concern-partner-given = { $organisation } ਤੁਹਾਡਾ ਨਾਮ ਅਤੇ ਈਮੇਲ ਪਤਾ ਦੇਖ ਸਕਦਾ ਹੈ।
concern-partner-refused = { $organisation } ਤੁਹਾਡਾ ਨਾਮ ਜਾਂ ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਦੇਖ ਸਕਦਾ।
concern-partner-asked = ਤੁਸੀਂ ਅਜੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ: { $organisation } ਤੁਹਾਡਾ ਨਾਮ ਜਾਂ ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਦੇਖ ਸਕਦਾ।
concern-partner-saved = ਤੁਹਾਡਾ ਜਵਾਬ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ
concern-partner-not-now = ਤੁਹਾਡਾ ਜਵਾਬ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ: ਤੁਹਾਡੀ ਚਿੰਤਾ ਉਸ ਸੰਸਥਾ ਨੂੰ ਨਹੀਂ ਭੇਜੀ ਗਈ ਸੀ
