## Priority votes as residents see them: the vote's page (with its results once it closes), and
## voting: confirming a postcode where the vote asks, choosing, checking, casting. The question
## and the options are the team's words, shown as they wrote them.

vote-recorded = تم تسجيل صوتك
vote-thank-you = شكرًا لك على التصويت
vote-have-your-say = { $neighbourhood }: شارك برأيك
vote-team-link = فريق حي { $neighbourhood }
vote-opens = يبدأ التصويت في { $opens } وينتهي في { $closes }.
vote-open-until = التصويت مفتوح حتى { $closes }.
vote-choose-limit = { $count ->
    [one] اختر خيارًا واحدًا.
    [two] اختر خيارين على الأكثر.
    [few] اختر { $count } خيارات على الأكثر.
    [many] اختر { $count } خيارًا على الأكثر.
   *[other] اختر { $count } خيار على الأكثر.
}
vote-open-to-any = التصويت متاح لأي مقيم سجّل الدخول.
vote-open-to-postcode = التصويت متاح للمقيمين الذين يؤكدون رمزًا بريديًا داخل الحي.
vote-so-far = { $count ->
    [zero] لم يصوّت أحد عبر الإنترنت حتى الآن.
    [one] صوّت شخص واحد عبر الإنترنت حتى الآن.
    [two] صوّت شخصان عبر الإنترنت حتى الآن.
    [few] صوّت { $count } أشخاص عبر الإنترنت حتى الآن.
    [many] صوّت { $count } شخصًا عبر الإنترنت حتى الآن.
   *[other] صوّت { $count } شخص عبر الإنترنت حتى الآن.
}
vote-closed = انتهى التصويت في { $closes }. هذه النتائج نهائية.
vote-you-voted = اخترت في تصويتك: { $choices }.
vote-change-until-closes = يمكنك تغيير صوتك إلى أن ينتهي التصويت: لا يُحتسب صوتك مرتين أبدًا.
vote-change-button = غيّر صوتك
vote-button = صوّت
vote-results = النتائج
vote-totals-so-far = المجاميع حتى الآن
vote-turnout = { $online ->
    [zero] لم يصوّت أحد عبر الإنترنت.
    [one] صوّت شخص واحد عبر الإنترنت.
    [two] صوّت شخصان عبر الإنترنت.
    [few] صوّت { $online } أشخاص عبر الإنترنت.
    [many] صوّت { $online } شخصًا عبر الإنترنت.
   *[other] صوّت { $online } شخص عبر الإنترنت.
}
vote-turnout-with-paper = { $online ->
    [zero] لم يصوّت أحد عبر الإنترنت
    [one] صوّت شخص واحد عبر الإنترنت
    [two] صوّت شخصان عبر الإنترنت
    [few] صوّت { $online } أشخاص عبر الإنترنت
    [many] صوّت { $online } شخصًا عبر الإنترنت
   *[other] صوّت { $online } شخص عبر الإنترنت
}، وصوّت { $paper ->
    [one] شخص واحد على الورق.
    [two] شخصان على الورق.
    [few] { $paper } أشخاص على الورق.
    [many] { $paper } شخصًا على الورق.
   *[other] { $paper } شخص على الورق.
}
vote-chart-title = { $heading }: { $question }
vote-place = المرتبة
vote-option = الخيار
vote-online = عبر الإنترنت
vote-paper = على الورق
vote-total = المجموع
vote-rank-tied = { $rank } (بالتساوي)
vote-paper-ballots = بطاقات اقتراع ورقية عدّها الفريق بشكل منفصل: { $meetings }.
vote-the-options = الخيارات
vote-sign-in-to-vote = سجّل الدخول للتصويت: يصوّت كل شخص مرة واحدة. ستعود إلى التصويت بعد تسجيل الدخول.
vote-back = رجوع
vote-continue = متابعة
vote-select-limit = { $count ->
    [one] اختر خيارًا واحدًا.
    [two] اختر خيارين على الأكثر.
    [few] اختر { $count } خيارات على الأكثر.
    [many] اختر { $count } خيارًا على الأكثر.
   *[other] اختر { $count } خيار على الأكثر.
}
vote-choose-none = { $count ->
    [one] اختر خيارًا واحدًا
   *[other] اختر خيارًا واحدًا على الأقل
}
vote-choose-too-many = { $count ->
    [one] اختر خيارًا واحدًا فقط
    [two] اختر خيارين على الأكثر
    [few] اختر { $count } خيارات على الأكثر
    [many] اختر { $count } خيارًا على الأكثر
   *[other] اختر { $count } خيار على الأكثر
}
vote-choose-not-an-option = اختر من الخيارات المعروضة
vote-postcode-title = أكّد أنك تسكن في { $neighbourhood }
vote-postcode-why = هذا التصويت مخصص لمن يسكنون في { $neighbourhood }. نتحقق من رمزك البريدي ثم ننساه: لا نحتفظ به ولا نعرضه.
vote-postcode-hint = على سبيل المثال: B15 2TT
vote-postcode-elsewhere = هذا الرمز البريدي ليس في { $neighbourhood }: هذا التصويت مخصص لسكان الحي
vote-postcode-district = أدخل رمزك البريدي كاملًا، مثل B15 2TT
vote-check-title = راجع صوتك
vote-voting-for = أنت تصوّت لصالح
vote-change = تغيير
vote-change-hidden = اختياراتك
vote-replaces = سيحلّ هذا محل الصوت الذي أدليت به من قبل: يُحتسب كل شخص مرة واحدة فقط.
vote-cast = أدلِ بصوتك
vote-has-closed = انتهى التصويت: لم يُحتسب صوتك
