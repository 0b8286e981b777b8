## Raising a concern and following it: where it is, the form, checking it and sending it, the
## resident's page for it, and the panel that says the portal is not for emergencies.

# The panel before and after raising a concern. "report-crime", the link and "report-crime-end"
# make one sentence: "To report a crime, call 101 or [report it online on the … website]."
concern-warning = تحذير:
concern-not-for-emergencies = هذه الخدمة ليست لحالات الطوارئ ولا للإبلاغ عن الجرائم.
concern-emergency-999 = إذا كانت هناك جريمة تقع الآن أو كان أحد في خطر، فاتصل بالرقم 999.
concern-report-crime = للإبلاغ عن جريمة، اتصل بالرقم 101 أو
concern-report-online = أبلغ عنها عبر الإنترنت على موقع { $force }
concern-report-crime-end = .
concern-report-crime-no-site = للإبلاغ عن جريمة، اتصل بالرقم 101 أو أبلغ عنها على الموقع الإلكتروني لقوة الشرطة.
concern-deaf = إذا كنت أصمّ أو ضعيف السمع، فأرسل رسالة نصية إلى الرقم 999 بعد التسجيل في خدمة emergencySMS، أو استخدم الهاتف النصي على الرقم 18000.

# Where is it? (/concerns/new)
concern-start-title = أبلغ فريق حيّك عن أمر يقلقك
concern-start-intro = أخبر فريق حيّك عن أمر محلي يقلقك: سلوك معادٍ للمجتمع، أو السرعة الزائدة، أو تجارة المخدرات، أو زقاق مظلم. سيرد الفريق خلال 72 ساعة، ويمكنك دائمًا معرفة ما حدث بشأن بلاغك.
concern-start-hint = الرمز البريدي للمكان الذي يقلقك، أو رمزك البريدي. على سبيل المثال: B15 2TT.
concern-continue = متابعة
concern-back = رجوع

# The concern form.
concern-sign-in-first = سجّل الدخول لتقديم بلاغ، حتى يتمكن الفريق من الرد عليك. ستعود إليه بعد تسجيل الدخول.
concern-no-such-neighbourhood = لا يوجد حيّ بهذا الاسم.
concern-pin-placed = وُضع دبوس على الخريطة في المكان الذي اخترته. اختر مكانًا على الخريطة مرة أخرى لتحريكه، أو تابع ملء النموذج.
concern-choose-listed-group = اختر نفسك أو إحدى المجموعات المذكورة
concern-choose-who = اختر الجهة التي تقدّم هذا البلاغ نيابةً عنها
concern-moved = هذا المكان يقع في حيّ { $name }، لذلك سيذهب بلاغك إلى فريق { $name }. نقلنا ما كتبته إلى النموذج الخاص بهم: راجعه ثم تابع. لم يُرسَل أي شيء بعد.
concern-place-outside = هذا المكان يقع خارج منطقة قوة الشرطة هذه: تواصل مع قوة الشرطة في تلك المنطقة، أو اتصل بالرقم 101
concern-place-unknown-postcode = لم نتمكن من العثور على هذا الرمز البريدي. تحقّق منه، أو صِف المكان بدلًا من ذلك، مثل اسم شارع أو معلم معروف
concern-raise-title = تقديم بلاغ في { $name }
concern-team-caption = فريق حيّ { $name }
concern-raise-heading = تقديم بلاغ
concern-who-legend = نيابةً عن من تقدّم هذا البلاغ؟
concern-for-myself = عن نفسي
concern-for-myself-hint = ستصلك الردود أنت.
# $group is the group's name, as its organisers wrote it.
concern-for-group = { $group } (مجموعة تنظّمها)
concern-for-group-hint = يُقدَّم البلاغ باسم المجموعة، وتصل الردود إلى جميع منظّميها.
concern-propose = للمجموعة: اقترحه خيارًا في التصويت القادم على الأولويات
concern-where-label = أين يحدث ذلك؟
concern-where-hint = شارع، أو معلم معروف (الحديقة في Court Oak Road)، أو رمز بريدي.
concern-kind-legend = ما نوع البلاغ؟
concern-what-label = ماذا يحدث؟
concern-what-hint = أخبرنا بما رأيته أو بما يقلقك. لا تذكر اسمك أو اسم أي شخص آخر.
concern-when-label = متى يحدث ذلك؟ (اختياري)
concern-when-hint = على سبيل المثال: معظم الأمسيات بعد الساعة 9 مساءً، أو بعد ظهر أيام السبت.
concern-summary-legend = هل يمكن عرض ملخص لبلاغك للعامة؟
concern-summary-hint = لا يُنشر اسمك ولا بيانات الاتصال الخاصة بك أبدًا.
concern-summary-yes = نعم
concern-summary-no = لا
concern-summary-yes-hint = يكتب مشرف ملخصًا قصيرًا لا يتضمن اسمك ولا أي شيء قد يكشف هويتك، ويُعرض على صفحة الحي.
concern-summary-no-hint = لا يراه إلا فريق الحي.

# The map a pin is placed on, on the concern form (the PinMap island). $name is the
# neighbourhood's name.
concern-pin-map-hint = يمكنك أيضًا أن تبيّن مكان حدوثه: اختر مكانًا على الخريطة لوضع دبوس فيه، أو لتحريكه.
concern-pin-map-alt = خريطة { $name }: اختر مكانًا لوضع دبوس فيه
concern-pin-map-placed = يوجد دبوس على الخريطة.
concern-pin-map-none = لم يُوضع أي دبوس.
concern-pin-map-remove = إزالة الدبوس

# What is wrong with what was typed. "where-name" names the field in "too-long".
concern-where-name = أين يحدث ذلك
concern-where-missing = أدخل المكان الذي يحدث فيه ذلك: شارع أو معلم معروف أو رمز بريدي
concern-kind-missing = اختر نوع البلاغ
concern-what-missing = أخبرنا بما يحدث
concern-what-too-short = أخبرنا بالمزيد قليلًا: { $least ->
    [zero] { $least } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $least } أحرف
    [many] { $least } حرفًا
   *[other] { $least } حرف
} على الأقل
concern-summary-missing = اختر ما إذا كان يمكن عرض ملخص للعامة
concern-pin-again = ضع الدبوس على الخريطة مرة أخرى
# $label is what the field is called ("What is happening"); $max a number of characters.
concern-too-long = يجب ألا يزيد «{ $label }» على { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
concern-plain-words = اكتب بكلمات عادية: احذف أي شيء يشبه شيفرة صفحات الويب، مثل <b>

# The rows of "Check your concern" and of the resident's page for it.
concern-row-raised-for = مقدَّم نيابةً عن
concern-row-where = المكان
concern-row-kind = نوع البلاغ
concern-row-what = ماذا يحدث
concern-row-when = متى يحدث
concern-row-summary = الملخص العام
concern-row-replies-to = تُرسَل الردود إلى
concern-row-status = الحالة
concern-row-improved = هل تحسّن الوضع؟

# Check your concern. Each "Change" link is followed, for screen readers, by what it changes.
concern-check-title = راجع بلاغك
concern-change = تغيير
concern-change-who = الجهة التي يُقدَّم البلاغ نيابةً عنها
concern-change-where = مكان حدوثه
concern-change-kind = نوع البلاغ
concern-change-what = ما يحدث
concern-change-when = وقت حدوثه
concern-change-summary = ما إذا كان الملخص سيُعرض
# After the group's name.
concern-replies-to-organisers = (تصل الردود إلى منظّميها)
concern-replies-to-organisers-proposed = (تصل الردود إلى منظّميها)، مقترح للتصويت القادم على الأولويات
# After the place the resident typed.
concern-with-pin = (مع دبوس على الخريطة)
concern-not-given = لم يُذكر
concern-check-summary-yes = نعم، بعد أن يراجعه مشرف
concern-check-summary-no = لا
concern-check-reply = سيرد الفريق خلال 72 ساعة. لا يُنشر اسمك ولا بيانات الاتصال الخاصة بك أبدًا.
concern-send = أرسل بلاغك
concern-no-longer-organiser = لم تعد منظّمًا لمجموعة { $group } هنا. غيّر الجهة التي يُقدَّم البلاغ نيابةً عنها
concern-sent = تم إرسال البلاغ
concern-too-many = يمكنك تقديم { $limit ->
    [zero] { $limit } بلاغ
    [one] بلاغ واحد
    [two] بلاغين
    [few] { $limit } بلاغات
    [many] { $limit } بلاغًا
   *[other] { $limit } بلاغ
} في اليوم كحدّ أقصى. { $unit ->
    [hour] حاول مرة أخرى بعد { $count ->
        [zero] { $count } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }.
   *[minute] حاول مرة أخرى بعد { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }.
}

# The resident's page for their concern (/account/concerns/{reference}).
concern-your-concern-title = بلاغك { $reference }
concern-your-reference = الرقم المرجعي لبلاغك هو
concern-emailed = أرسلنا إليك بريدًا إلكترونيًا لنؤكد أننا تلقّيناه.
concern-reply-by = سيرد الفريق قبل { $time }
concern-reply-by-sentence = سيرد الفريق قبل { $time }.
concern-back-to-account = العودة إلى حسابك
concern-status-with-reason = { $status }: { $reason }
concern-public-summary-none = غير معروض: طلبت ألا يراه إلا الفريق
concern-public-summary-pending = بانتظار مراجعة مشرف
concern-public-summary-approved = معروض على صفحة الحي، بدون اسمك
concern-public-summary-rejected = غير معروض: قرّر مشرف أنه لا ينبغي نشره
concern-timeline-title = ما الذي حدث
concern-timeline-nothing = لا شيء بعد: سيرد الفريق خلال 72 ساعة.
# Who wrote or did it, and when: "The team, Saturday 5 December 2026 at 10:15am".
concern-timeline-when = { $who }، { $time }
concern-timeline-team = الفريق
concern-timeline-you = أنت
concern-timeline-reopened = أُعيد فتح البلاغ
# Followed by what the resident wrote.
concern-timeline-reopened-why = أُعيد فتح البلاغ:
# A change of status, followed by who it was passed to or the local problem it is part of.
concern-timeline-status = { $status }:
concern-write-title = اكتب إلى الفريق
concern-your-message = رسالتك
concern-write-hint = يُرسَل إلى الفريق بريد إلكتروني يُعلمه بأنك كتبت.
concern-send-message = إرسال الرسالة
concern-write-missing = اكتب رسالتك إلى الفريق
concern-message-sent = أُرسلت رسالتك إلى الفريق
concern-closed-reopen-to-write = هذا البلاغ مغلق: أعد فتحه لتكتب إلى الفريق
concern-too-many-messages = لقد أرسلت اليوم { $limit ->
    [zero] { $limit } رسالة
    [one] رسالة واحدة
    [two] رسالتين
    [few] { $limit } رسائل
    [many] { $limit } رسالةً
   *[other] { $limit } رسالة
} بشأن هذا البلاغ. سيقرؤها الفريق ويرد عليها. { $unit ->
    [hour] حاول مرة أخرى بعد { $count ->
        [zero] { $count } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }.
   *[minute] حاول مرة أخرى بعد { $count ->
        [zero] { $count } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }.
}
# The answers to "Since you raised it, have things improved?".
concern-improved-choice-yes = نعم
concern-improved-choice-no = لا
concern-not-sure = لست متأكدًا
concern-improved-legend = منذ أن قدّمت البلاغ، هل تحسّن الوضع؟
concern-send-answer = إرسال الإجابة
concern-select-improved = اختر ما إذا كان الوضع قد تحسّن
concern-thanks = شكرًا لإخبارنا
concern-improved-once = يمكنك أن تخبرنا مرة واحدة ما إذا كان الوضع قد تحسّن، بعد إغلاق البلاغ
concern-reopen-title = أعد فتح بلاغك
concern-reopen-body = إذا كان الأمر لا يزال يحدث، يمكنك إعادة فتح البلاغ خلال 28 يومًا من إغلاقه.
concern-reopen-label = ما الذي لا يزال يحدث؟ (اختياري)
concern-still-happening = ما الذي لا يزال يحدث
concern-reopen-button = إعادة فتح البلاغ
concern-reopened = أُعيد فتح بلاغك: تم إبلاغ الفريق
concern-reopen-too-late = يمكن إعادة فتح البلاغ خلال 28 يومًا من إغلاقه

# A concern's status: its short name (tags, lists) and as the resident's page explains it.
concern-status-received = تم الاستلام
concern-status-replied = تم الرد
concern-status-under-review = قيد المراجعة
concern-status-being-worked-on = قيد المعالجة
concern-status-passed-to-partner = أُحيل إلى شريك
concern-status-closed = مغلق
concern-status-words-received = تم الاستلام: سيرد الفريق خلال 72 ساعة
concern-status-words-replied = ردّ الفريق
concern-status-words-under-review = الفريق ينظر في الأمر
concern-status-words-being-worked-on = الفريق يعمل عليه ضمن معالجة مشكلة محلية
concern-status-words-passed-to-partner = أُحيل إلى شريك يمكنه اتخاذ إجراء بشأنه
concern-status-words-closed = مغلق
# Why a concern was closed, after "Closed: ".
concern-close-action-taken = اتُّخذ إجراء
concern-close-no-further-action = لا إجراء آخر
concern-close-not-a-police-matter = ليس من اختصاص الشرطة
concern-close-duplicate = مطابق لبلاغ آخر
concern-close-duplicate-of = مطابق لبلاغ آخر، { $reference }
# The resident's answer to "Has it improved?".
concern-improved-yes = نعم، تحسّن الوضع
concern-improved-no = لا، لم يتحسّن الوضع

## Partner organisations the team passed the concern to. $organisation is one's name.

concern-partners-title = الشركاء الذين يعملون عليه
concern-partners-intro = أحال الفريق بلاغك إلى هذه الجهات، التي يمكنها اتخاذ إجراء بشأنه. ترى ما كتبته ويمكنها الرد عليك هنا. لا ترى اسمك وبريدك الإلكتروني إلا إذا وافقت.
concern-partners-group = ترى اسم المجموعة، ولا ترى اسمك أبدًا.
concern-partner-yes = السماح لـ { $organisation } برؤية اسمي وبريدي الإلكتروني
concern-partner-no = إخفاء اسمي وبريدي الإلكتروني عن { $organisation }
concern-partner-given = يمكن لـ { $organisation } رؤية اسمك وبريدك الإلكتروني.
concern-partner-refused = لا يمكن لـ { $organisation } رؤية اسمك ولا بريدك الإلكتروني.
concern-partner-asked = لم تُجب بعد: لا يمكن لـ { $organisation } رؤية اسمك ولا بريدك الإلكتروني.
concern-partner-saved = حُفظت إجابتك
concern-partner-not-now = تعذّر حفظ إجابتك: لم يُحَل بلاغك إلى تلك الجهة
