## اللقاءات المفتوحة وحجز مكان: البحث، وصفحة اللقاء، والحجز، وحجز المقيم، والإلغاء.

## البحث عن لقاءات مفتوحة (/surgeries).
surgery-search-title = ابحث عن لقاء مفتوح قريب منك
surgery-search-body = اللقاءات المفتوحة هي أوقات يكون فيها فريق حيّك في مكتبة أو مدرسة أو مركز مجتمعي لتتحدث معه وجهًا لوجه.
surgery-search-hint = على سبيل المثال: B15 2TT
surgery-search-button = ابحث عن لقاءات مفتوحة
surgery-found-title = اللقاءات المفتوحة في { $neighbourhood }
surgery-calendar-link = أضف هذه اللقاءات إلى تقويمك
surgery-team-link = فريق حيّ { $neighbourhood }
surgery-search-again = ابحث عن رمز بريدي آخر

## قائمة اللقاءات القادمة.
surgery-list-none = لا توجد لقاءات مفتوحة مخطط لها في الوقت الحالي. تواصل مع الفريق لتسأل عن موعد اللقاء القادم.
surgery-list-drop-in = احضر مباشرة، لا حاجة إلى الحجز
surgery-book-place = احجز مكانًا

## صفحة اللقاء المفتوح.
surgery-page-title = { $title }، { $when }
surgery-team = فريق حيّ { $neighbourhood }
surgery-cancelled = أُلغي هذا اللقاء المفتوح.
surgery-over = انعقد هذا اللقاء المفتوح.
surgery-drop-in = لا حاجة إلى الحجز: احضر في أي وقت أثناء انعقاده.
surgery-expected = { $count ->
    [zero] يتوقع الفريق حضور نحو { $count } شخص.
    [one] يتوقع الفريق حضور شخص واحد تقريبًا.
    [two] يتوقع الفريق حضور شخصين تقريبًا.
    [few] يتوقع الفريق حضور نحو { $count } أشخاص.
    [many] يتوقع الفريق حضور نحو { $count } شخصًا.
   *[other] يتوقع الفريق حضور نحو { $count } شخص.
}
surgery-slots-title = الأوقات والأماكن الشاغرة
surgery-slots-time = الوقت
surgery-slots-places = الأماكن الشاغرة
surgery-fully-booked = محجوز بالكامل
surgery-your-place = لديك مكان في هذا اللقاء المفتوح.
surgery-your-place-link = اطّلع على حجزك { $reference }
surgery-all-booked = حُجزت جميع الأماكن. يمكنك الانضمام إلى قائمة الانتظار لأحد الأوقات: إذا شغر مكان، فسيحصل عليه أول شخص في قائمة الانتظار.
surgery-join-waiting-list = انضم إلى قائمة انتظار
surgery-getting-there = كيفية الوصول
surgery-step-free = يمكن الدخول دون درج.
surgery-not-step-free = لا يمكن التنقل في جميع أنحاء هذا المكان دون درج.
surgery-map-link = اعرض { $venue } على OpenStreetMap
surgery-call-sooner = إذا كنت بحاجة إلى التحدث مع الفريق في وقت أقرب، فاتصل بالرقم 101. في حالات الطوارئ، اتصل بالرقم 999.
surgery-back-to-team = العودة إلى فريق حيّ { $neighbourhood }
surgery-venue-library = مكتبة
surgery-venue-school = مدرسة
surgery-venue-community-centre = مركز مجتمعي
surgery-venue-place-of-worship = دار عبادة
surgery-venue-front-counter = مكتب الاستقبال في مركز الشرطة
surgery-venue-other = مكان آخر

## صفوف ملخص اللقاء أو الحجز.
summary-surgery = اللقاء المفتوح
summary-team = الفريق
summary-when = الموعد
summary-time = الوقت
summary-where = المكان
summary-reference = الرقم المرجعي
summary-topic = ما تريد التحدث عنه
summary-adjustments = المساعدة على المشاركة
summary-status = الحالة
summary-none = لا شيء

## حجز مكان، الخطوة الأولى: اختيار وقت.
booking-sign-in = سجّل الدخول لحجز مكان. ستعود إلى الحجز بعد تسجيل الدخول.
booking-already-booked = لديك مكان بالفعل في هذا اللقاء المفتوح، لذا لا يمكنك حجز مكان آخر. حجزك أدناه: يمكنك تغيير موعده أو إلغاؤه.
booking-no-such-surgery = لا يوجد لقاء مفتوح كهذا.
booking-back = رجوع
booking-choose-time = اختر وقتًا
booking-when-where = { $when }، في { $place }.
booking-time-legend = الوقت
booking-fully-booked-wait = محجوز بالكامل: اختره للانضمام إلى قائمة الانتظار
booking-topic-label = عمّ تريد أن تتحدث؟
booking-topic-hint = تكفي جملة واحدة. لا يرى هذا سوى فريق الحي. لا تستخدم هذا للإبلاغ عن جريمة.
booking-adjustments-label = هل هناك ما يمكننا فعله لمساعدتك على المشاركة؟ (اختياري)
booking-adjustments-hint = على سبيل المثال: حلقة سمعية، أو مترجم فوري، أو غرفة هادئة.
booking-continue = متابعة
booking-select-time = اختر وقتًا
booking-topic-missing = اذكر باختصار ما تريد التحدث عنه
booking-topic-too-long = يجب ألا يزيد ما تريد التحدث عنه على { $max } حرف
booking-adjustments-too-long = يجب ألا يزيد وصف المساعدة على المشاركة على { $max } حرف

## حجز مكان، الخطوة الثانية: المراجعة والتأكيد.
booking-check-title = راجع حجزك
booking-change = تغيير
booking-change-time = الوقت
booking-change-topic = ما تريد التحدث عنه
booking-change-adjustments = المساعدة التي تحتاجها
booking-wait-email = هذا الوقت محجوز بالكامل. ستنضم إلى قائمة الانتظار الخاصة به: إذا شغر مكان قبل اللقاء، فسيُعطى لأول شخص في قائمة الانتظار. إذا كنت أنت، فسنراسلك على { $email }.
booking-confirm-email = سنرسل إليك تأكيد الحجز، مع ملف تقويم ورابط للإلغاء، على { $email }.
booking-join-waiting-list = انضم إلى قائمة الانتظار
booking-confirm = تأكيد الحجز
booking-complete = اكتمل الحجز
booking-waiting = أنت على قائمة الانتظار. إذا شغر مكان، فسيكون لك وسنرسل إليك رسالة بالبريد الإلكتروني.
booking-slot-gone = حُجز الوقت الذي اخترته بالكامل للتو. اختر وقتًا آخر.
booking-not-bookable = لم يعد من الممكن الحجز في هذا اللقاء المفتوح: ربما أُلغي أو بدأ بالفعل.

## حجز المقيم.
booking-title = حجزك { $reference }
booking-caption = حجزك
booking-your-reference = رقمك المرجعي هو
booking-emailed = أرسلنا إليك تأكيد الحجز بالبريد الإلكتروني، مع ملف تقويم ورابط للإلغاء.
booking-status-booked = محجوز
booking-status-cancelled = ملغى
booking-status-cancelled-by-team = ألغاه الفريق
booking-surgery-link = اطّلع على صفحة اللقاء المفتوح، مع طريقة الوصول إليه
booking-change-time-title = غيّر موعدك
booking-new-time = الوقت الجديد
booking-change-time-button = تغيير الوقت
booking-cannot-come = لا يمكنك الحضور؟
booking-cancel-so = ألغِ الحجز ليتمكن شخص آخر من الحصول على مكانك.
booking-cancel-button = إلغاء هذا الحجز
booking-back-to-account = العودة إلى حسابك
booking-cancel-sure = هل أنت متأكد من أنك تريد إلغاء هذا الحجز؟
booking-cancel-sure-explained = سيذهب مكانك إلى الشخص التالي في قائمة الانتظار، أو يُعرض من جديد. يمكنك الحجز مرة أخرى إذا بقيت أماكن شاغرة.
booking-cancel-yes = نعم، ألغِ هذا الحجز
booking-cancel-no = لا، احتفظ بحجزي
booking-select-new-time = اختر الوقت الجديد
booking-time-changed = نُقل حجزك إلى موعده الجديد. أرسلنا إليك التفاصيل وتحديثًا للتقويم بالبريد الإلكتروني.
booking-same-time = هذا هو وقتك بالفعل: اختر وقتًا مختلفًا
booking-slot-full = عذرًا، حُجز آخر مكان في ذلك الوقت للتو: اختر وقتًا آخر
booking-too-late-to-move = بدأ هذا اللقاء المفتوح بالفعل، لذا لا يمكن تغيير الوقت الآن
booking-cannot-move = لم يعد من الممكن نقل هذا الحجز

## إلغاء حجز.
booking-cancel-title = إلغاء حجزك
booking-cancel-explained = سيُعطى مكانك لشخص آخر. يمكنك الحجز مرة أخرى إذا بقيت أماكن شاغرة.
booking-cannot-cancel = لا يمكن إلغاء هذا الحجز الآن: إما أنه أُلغي بالفعل، وإما أن اللقاء المفتوح قد بدأ.
booking-cancelled = أُلغي الحجز { $reference }. أرسلنا إليك رسالة بالبريد الإلكتروني للتأكيد.
booking-already-cancelled = الحجز { $reference } كان ملغى بالفعل.
booking-too-late-to-cancel = بدأ هذا اللقاء المفتوح بالفعل، لذا لا يمكن إلغاء الحجز الآن.
booking-cancel-link-unknown = لم نتعرّف على رابط الإلغاء هذا. تأكد من أنك نسخت الرابط كاملًا من الرسالة.
