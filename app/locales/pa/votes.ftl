## Priority votes as residents see them: the vote's page (with its results once it closes), and
## voting: confirming a postcode where the vote asks, choosing, checking, casting. The question
## and the options are the team's words, shown as they wrote them.

vote-recorded = ਤੁਹਾਡੀ ਵੋਟ ਦਰਜ ਹੋ ਗਈ ਹੈ
vote-thank-you = ਵੋਟ ਪਾਉਣ ਲਈ ਧੰਨਵਾਦ
vote-have-your-say = { $neighbourhood }: ਆਪਣੀ ਰਾਏ ਦਿਓ
vote-team-link = { $neighbourhood } ਇਲਾਕੇ ਦੀ ਟੀਮ
vote-opens = ਵੋਟਿੰਗ ਸ਼ੁਰੂ ਹੋਣ ਦਾ ਸਮਾਂ: { $opens }। ਬੰਦ ਹੋਣ ਦਾ ਸਮਾਂ: { $closes }।
vote-open-until = ਵੋਟਿੰਗ ਖੁੱਲ੍ਹੀ ਹੈ। ਬੰਦ ਹੋਣ ਦਾ ਸਮਾਂ: { $closes }।
vote-choose-limit = { $count ->
    [one] ਇੱਕ ਵਿਕਲਪ ਚੁਣੋ।
   *[other] ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਵਿਕਲਪ ਚੁਣੋ।
}
vote-open-to-any = ਸਾਈਨ ਇਨ ਕੀਤਾ ਹੋਇਆ ਕੋਈ ਵੀ ਵਸਨੀਕ ਵੋਟ ਪਾ ਸਕਦਾ ਹੈ।
vote-open-to-postcode = ਉਹ ਵਸਨੀਕ ਵੋਟ ਪਾ ਸਕਦੇ ਹਨ ਜੋ ਇਸ ਇਲਾਕੇ ਦੇ ਕਿਸੇ ਪੋਸਟਕੋਡ ਦੀ ਪੁਸ਼ਟੀ ਕਰਦੇ ਹਨ।
vote-so-far = { $count ->
    [one] ਹੁਣ ਤੱਕ { $count } ਵਿਅਕਤੀ ਨੇ ਔਨਲਾਈਨ ਵੋਟ ਪਾਈ ਹੈ।
   *[other] ਹੁਣ ਤੱਕ { $count } ਲੋਕਾਂ ਨੇ ਔਨਲਾਈਨ ਵੋਟ ਪਾਈ ਹੈ।
}
vote-closed = ਵੋਟਿੰਗ ਬੰਦ ਹੋ ਗਈ ਹੈ। ਬੰਦ ਹੋਣ ਦਾ ਸਮਾਂ: { $closes }। ਇਹ ਨਤੀਜੇ ਅੰਤਿਮ ਹਨ।
vote-you-voted = ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਲਈ ਵੋਟ ਪਾਈ: { $choices }।
vote-change-until-closes = ਵੋਟਿੰਗ ਬੰਦ ਹੋਣ ਤੱਕ ਤੁਸੀਂ ਆਪਣੀ ਵੋਟ ਬਦਲ ਸਕਦੇ ਹੋ: ਇਹ ਕਦੇ ਵੀ ਦੋ ਵਾਰ ਨਹੀਂ ਗਿਣੀ ਜਾਂਦੀ।
vote-change-button = ਆਪਣੀ ਵੋਟ ਬਦਲੋ
vote-button = ਵੋਟ ਪਾਓ
vote-results = ਨਤੀਜੇ
vote-totals-so-far = ਹੁਣ ਤੱਕ ਦੇ ਕੁੱਲ ਜੋੜ
vote-turnout = { $online ->
    [one] { $online } ਵਿਅਕਤੀ ਨੇ ਔਨਲਾਈਨ ਵੋਟ ਪਾਈ।
   *[other] { $online } ਲੋਕਾਂ ਨੇ ਔਨਲਾਈਨ ਵੋਟ ਪਾਈ।
}
vote-turnout-with-paper = { $online ->
    [one] { $online } ਵਿਅਕਤੀ ਨੇ ਔਨਲਾਈਨ
   *[other] { $online } ਲੋਕਾਂ ਨੇ ਔਨਲਾਈਨ
} ਅਤੇ { $paper ->
    [one] { $paper } ਵਿਅਕਤੀ ਨੇ ਕਾਗਜ਼ 'ਤੇ
   *[other] { $paper } ਲੋਕਾਂ ਨੇ ਕਾਗਜ਼ 'ਤੇ
} ਵੋਟ ਪਾਈ।
vote-chart-title = { $heading }: { $question }
vote-place = ਸਥਾਨ
vote-option = ਵਿਕਲਪ
vote-online = ਔਨਲਾਈਨ
vote-paper = ਕਾਗਜ਼ 'ਤੇ
vote-total = ਕੁੱਲ
vote-rank-tied = { $rank } (ਬਰਾਬਰ)
vote-paper-ballots = ਕਾਗਜ਼ੀ ਵੋਟਾਂ, ਜੋ ਟੀਮ ਨੇ ਵੱਖਰੇ ਤੌਰ 'ਤੇ ਗਿਣੀਆਂ: { $meetings }।
vote-the-options = ਵਿਕਲਪ
vote-sign-in-to-vote = ਵੋਟ ਪਾਉਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ: ਹਰ ਵਿਅਕਤੀ ਇੱਕ ਵਾਰ ਵੋਟ ਪਾਉਂਦਾ ਹੈ। ਸਾਈਨ ਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਵਾਪਸ ਇਸੇ ਵੋਟ 'ਤੇ ਆ ਜਾਓਗੇ।
vote-back = ਪਿੱਛੇ
vote-continue = ਜਾਰੀ ਰੱਖੋ
vote-select-limit = { $count ->
    [one] ਇੱਕ ਵਿਕਲਪ ਚੁਣੋ।
   *[other] ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਵਿਕਲਪ ਚੁਣੋ।
}
vote-choose-none = { $count ->
    [one] ਇੱਕ ਵਿਕਲਪ ਚੁਣੋ
   *[other] ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਿਕਲਪ ਚੁਣੋ
}
vote-choose-too-many = { $count ->
    [one] ਸਿਰਫ਼ ਇੱਕ ਵਿਕਲਪ ਚੁਣੋ
   *[other] ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਵਿਕਲਪ ਚੁਣੋ
}
vote-choose-not-an-option = ਦਿਖਾਏ ਗਏ ਵਿਕਲਪਾਂ ਵਿੱਚੋਂ ਚੁਣੋ
vote-postcode-title = ਪੁਸ਼ਟੀ ਕਰੋ ਕਿ ਤੁਸੀਂ { $neighbourhood } ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ
vote-postcode-why = ਇਹ ਵੋਟ { $neighbourhood } ਵਿੱਚ ਰਹਿਣ ਵਾਲੇ ਲੋਕਾਂ ਲਈ ਹੈ। ਤੁਹਾਡੇ ਪੋਸਟਕੋਡ ਦੀ ਜਾਂਚ ਕਰਨ ਤੋਂ ਬਾਅਦ ਇਸ ਨੂੰ ਭੁਲਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ: ਇਸ ਨੂੰ ਨਾ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ ਅਤੇ ਨਾ ਹੀ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
vote-postcode-hint = ਉਦਾਹਰਨ ਲਈ, B15 2TT
vote-postcode-elsewhere = ਉਹ ਪੋਸਟਕੋਡ { $neighbourhood } ਵਿੱਚ ਨਹੀਂ ਹੈ: ਇਹ ਵੋਟ ਇਸ ਇਲਾਕੇ ਦੇ ਵਸਨੀਕਾਂ ਲਈ ਹੈ
vote-postcode-district = ਆਪਣਾ ਪੂਰਾ ਪੋਸਟਕੋਡ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ B15 2TT
vote-check-title = ਆਪਣੀ ਵੋਟ ਦੀ ਜਾਂਚ ਕਰੋ
vote-voting-for = ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਲਈ ਵੋਟ ਪਾ ਰਹੇ ਹੋ
vote-change = ਬਦਲੋ
vote-change-hidden = ਆਪਣੀਆਂ ਚੋਣਾਂ
vote-replaces = ਇਹ ਤੁਹਾਡੀ ਪਹਿਲਾਂ ਪਾਈ ਵੋਟ ਦੀ ਥਾਂ ਲਵੇਗੀ: ਤੁਹਾਡੀ ਵੋਟ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਗਿਣੀ ਜਾਂਦੀ ਹੈ।
vote-cast = ਆਪਣੀ ਵੋਟ ਪਾਓ
vote-has-closed = ਵੋਟਿੰਗ ਬੰਦ ਹੋ ਚੁੱਕੀ ਹੈ: ਤੁਹਾਡੀ ਵੋਟ ਨਹੀਂ ਗਿਣੀ ਗਈ
