## A neighbourhood's page: its team, "How we're doing" (the Neighbourhood Policing Guarantee's
## figures), its local priorities and votes, "You said, we did" updates and what residents raised.

neighbourhood-title = فريق حي { $name }
neighbourhood-raise-concern = أبلغ هذا الفريق عن أمر يقلقك
neighbourhood-team-title = فريقك
neighbourhood-contact-officer = ضابط الاتصال المخصص لك هو { $officer }.
neighbourhood-no-team = لم تُنشر أسماء أعضاء الفريق هنا بعد. اتصل بالرقم 101 للتواصل معهم.
neighbourhood-contact-officer-tag = ضابط الاتصال
neighbourhood-surgeries-title = قابل الفريق: اللقاءات المفتوحة
neighbourhood-all-surgeries = اطّلع على جميع اللقاءات المفتوحة
neighbourhood-calendar = أضف اللقاءات المفتوحة لهذا الفريق إلى تقويمك
neighbourhood-calendar-hint = (موجز تقويم يمكنك الاشتراك فيه من هاتفك أو حاسوبك)
neighbourhood-groups-title = المجموعات المجتمعية
neighbourhood-groups-link = المجموعات المجتمعية التي تعمل مع هذا الفريق
neighbourhood-register-group = سجّل مجموعتك
neighbourhood-contact-title = تواصل مع الفريق
neighbourhood-contact-call = اتصل بالرقم 101 واطلب فريق حي { $name }.
neighbourhood-contact-email = البريد الإلكتروني:
neighbourhood-contact-telephone = الهاتف:
neighbourhood-contact-not-email = لا تستخدم البريد الإلكتروني للإبلاغ عن جريمة. في حالات الطوارئ، اتصل بالرقم 999.
neighbourhood-area-title = المنطقة
neighbourhood-no-map = لا تتوفر خريطة لهذا الحي بعد.

## What a signed-in resident has in this neighbourhood.

neighbourhood-yours-title = نشاطك في هذا الحي
neighbourhood-yours-booking = مكانك في لقاء مفتوح في { $time } ({ $reference }):
neighbourhood-yours-booking-link = اطّلع على حجزك أو غيّره
neighbourhood-yours-ballot = شاركت في التصويت «{ $question }»:
neighbourhood-yours-ballot-link = اطّلع على التصويت
neighbourhood-yours-following = أنت تتابع هذا الحي: نرسل إليك بريدًا إلكترونيًا عندما ينشر الفريق تحديثًا.
neighbourhood-yours-following-link = غيّر ذلك من حسابك

## What residents have raised.

neighbourhood-raised-title = ما أبلغ عنه السكان
neighbourhood-raised-none = لم يُقدَّم أي بلاغ خلال آخر 3 أشهر.
neighbourhood-raised-total = خلال آخر 3 أشهر، قدّم السكان { $count ->
    [zero] { $count } بلاغ
    [one] بلاغًا واحدًا
    [two] بلاغين
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}.
neighbourhood-raised-fewer = خلال آخر 3 أشهر، قدّم السكان أقل من { $fewest } بلاغات.
neighbourhood-raised-more = خلال آخر 3 أشهر، قدّم السكان أكثر من { $count ->
    [zero] { $count } بلاغ
    [one] بلاغ واحد
    [two] بلاغين
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}.
neighbourhood-raised-caption = البلاغات المقدَّمة خلال آخر 3 أشهر، حسب النوع
neighbourhood-raised-kind = نوع البلاغ
neighbourhood-raised-count = العدد
neighbourhood-raised-others = أنواع أخرى
neighbourhood-raised-hint = تُعرض الأعداد من 1 إلى 4 على أنها «أقل من 5»، وتُجمع الأنواع القليلة معًا، حتى لا يشير أي رقم إلى شخص بعينه.
neighbourhood-raised-summary = قُدِّم في { $date }. { $status }
neighbourhood-status-received = تم الاستلام
neighbourhood-status-replied = تم الرد
neighbourhood-status-under-review = قيد المراجعة
neighbourhood-status-being-worked-on = قيد المعالجة
neighbourhood-status-passed-to-partner = أُحيل إلى شريك
neighbourhood-status-closed = مُغلق
neighbourhood-problems-title = المشكلات التي يعمل عليها الفريق
neighbourhood-problem-stage = المرحلة: { $stage } ({ $meaning }). آخر تحديث في { $date }.
neighbourhood-problem-partners = نعمل على ذلك مع { $partners }.
neighbourhood-stage-scanning = الرصد
neighbourhood-stage-scanning-meaning = معرفة ما يحدث وأين ومتى
neighbourhood-stage-analysis = التحليل
neighbourhood-stage-analysis-meaning = فهم سبب حدوثه ومن يتأثر به ومن المسؤول عنه
neighbourhood-stage-response = الاستجابة
neighbourhood-stage-response-meaning = اتخاذ الإجراءات مع الشركاء
neighbourhood-stage-assessment = التقييم
neighbourhood-stage-assessment-meaning = التحقق مما إذا كانت الإجراءات قد نجحت
neighbourhood-raised-feed = تابع ما يُبلغ عنه السكان هنا (موجز Atom)

## Local priorities and votes.

neighbourhood-priorities-title = الأولويات المحلية
neighbourhood-priorities-none = لم ينشر الفريق أولوياته بعد.
neighbourhood-priority-raised = طُرحت في { $date }. { $updated }.
neighbourhood-priority-no-action = لم يُسجَّل أي إجراء بعد.
neighbourhood-priority-latest-action = آخر إجراء: { $action }
neighbourhood-votes-title = شارك برأيك: التصويتات
neighbourhood-vote-open-until = مفتوح حتى { $time }
neighbourhood-vote-closed = أُغلق في { $date }: اطّلع على النتائج
neighbourhood-vote-open = مفتوح

## A local priority's page.

priority-caption = أولوية محلية في { $neighbourhood }
priority-summary = طرحها السكان في { $date }. { $status }. { $updated }.
priority-status-open = مفتوحة
priority-status-action-under-way = الإجراءات جارية
priority-status-resolved = تم حلها
priority-status-retired = لم تعد أولوية
priority-last-updated = { $days ->
    [0] آخر تحديث اليوم
    [zero] آخر تحديث اليوم
    [one] آخر تحديث قبل يوم واحد
    [two] آخر تحديث قبل يومين
    [few] آخر تحديث قبل { $days } أيام
    [many] آخر تحديث قبل { $days } يومًا
   *[other] آخر تحديث قبل { $days } يوم
}
priority-update-due = يلزم تحديث
priority-actions-title = ما قام به الفريق
priority-no-actions = لم يسجّل الفريق أي إجراء بعد.
priority-team-link = فريق حي { $neighbourhood }

## "You said, we did" updates.

updates-title = قلتم، ففعلنا
updates-none = لم تُنشر أي تحديثات بعد.
updates-you-said = قلتم
updates-we-did = فعلنا
updates-result = النتيجة
updates-next = ما الذي سيحدث بعد ذلك
updates-answers = يتناول هذا التحديث: { $answers }.
updates-answers-priority = الأولوية المحلية «{ $name }»
updates-answers-vote = التصويت «{ $name }»
updates-answers-problem = المشكلة «{ $name }»
updates-answers-concern = بلاغ قدّمه أحد السكان
updates-separator = {"، "}
updates-edited = حُدِّث في { $date }.
updates-pages = مزيد من التحديثات
updates-newer = تحديثات أحدث
updates-older = تحديثات أقدم
updates-page = الصفحة { $page } من { $pages }
updates-feed = تابع تحديثات الفريق (موجز Atom)

## Following.

follow-neighbourhood = تابع هذا الحي
follow-priority = تابع هذه الأولوية
follow-vote = تابع هذا التصويت
follow-problem = تابع هذه المشكلة
follow-hint = نرسل إليك بريدًا إلكترونيًا عندما يحدّثه الفريق. اختر عدد المرات من حسابك. يمكن للمجموعات المجتمعية متابعته من لوحة التحكم الخاصة بها.

## The map of the area.

map-label = خريطة حدود { $name }
map-caption = المنطقة التي يغطيها هذا الفريق. الشمال في الأعلى.

## Meetings a team recorded with a community group.

neighbourhood-meetings-none = لم تُسجَّل أي اجتماعات بعد.
neighbourhood-meetings-date = التاريخ
neighbourhood-meetings-team = الفريق
neighbourhood-meetings-attended = عدد الحضور
neighbourhood-meetings-notes = ملاحظات
neighbourhood-meetings-priorities = الأولويات التي نوقشت

## "How we're doing": the Neighbourhood Policing Guarantee's commitments, measured.

guarantee-title = كيف نؤدي عملنا
guarantee-page-title = كيف نؤدي عملنا: فريق حي { $name }
guarantee-lead = يَعِد ضمان شرطة الأحياء (Neighbourhood Policing Guarantee) كل حي بضابط محدد بالاسم يمكنك التواصل معه، وبالرد على المخاوف المحلية خلال 72 ساعة، وبنشر الأولويات المحلية وتحديثها باستمرار، وبلقاءات عامة منتظمة. هذه أرقام الفريق.
guarantee-computed = حُسبت الأرقام في { $time }.
guarantee-disclosure = تُعرض أعداد البلاغات والحجوزات والإجابات من 1 إلى 4 على أنها «أقل من 5»، ولا تُعرض نسبة إجابات السكان أو حضورهم إذا كانت هي، أو الباقي، أقل من 5، حتى لا يشير أي رقم إلى شخص بعينه. تُقرَّب النسب إلى الأدنى.
guarantee-panel-hint = التزامات ضمان شرطة الأحياء تجاهك، مقيسة بالأرقام.
guarantee-panel-link = ماذا تعني هذه الأرقام بالتفصيل
guarantee-met = متحقق
guarantee-not-met = غير متحقق
guarantee-measured = ما الذي يُقاس
guarantee-period = الفترة
guarantee-fewer-than = أقل من { $count }
guarantee-share = { $share }%
guarantee-none-to-count = لا شيء للعدّ
guarantee-too-few = العدد قليل جدًا لعرضه
guarantee-now = الآن
guarantee-from-to = من { $from } إلى { $to }
guarantee-yes = نعم
guarantee-no = لا
guarantee-contact-officer = ضابط اتصال محدد بالاسم
guarantee-contact-both = نُشر اسم ضابط الاتصال وبيانات التواصل مع الفريق.
guarantee-contact-no-details = نُشر اسم ضابط الاتصال، لكن لم يُنشر عنوان بريد إلكتروني أو رقم هاتف للفريق.
guarantee-contact-none = لم يُنشر اسم ضابط اتصال بعد.
guarantee-contact-definition = يُنشر في هذه الصفحة اسم ضابط يمكن للسكان التواصل معه، مع عنوان البريد الإلكتروني للفريق أو رقم هاتفه.
guarantee-answered = الرد خلال 72 ساعة
guarantee-answered-detail = تم الرد خلال 72 ساعة: { $in_time }. تم الرد لاحقًا: { $late }. ما زالت بانتظار الرد بعد 72 ساعة: { $waiting }.
guarantee-answered-definition = من بين البلاغات المقدَّمة خلال آخر 90 يومًا والتي انقضت مهلة الـ72 ساعة الخاصة بها، نسبة البلاغات التي ردّ عليها الفريق أول مرة (أو أغلقها) خلال 72 ساعة، مقرّبة إلى الأدنى. يتحقق الالتزام عند 90% أو أكثر.
guarantee-priorities = الأولويات محدَّثة
guarantee-priorities-figure = { $count ->
    [0] لم يُنشر شيء
    [zero] لم يُنشر شيء
    [one] أولوية واحدة
    [two] أولويتان
    [few] { $count } أولويات
    [many] { $count } أولوية
   *[other] { $count } أولوية
}
guarantee-priorities-none = لم ينشر الفريق أولوياته.
guarantee-priorities-updated = حُدِّثت كل أولوية خلال آخر 3 أشهر. كان أقدم تحديث قبل { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
guarantee-priorities-due = { $due ->
    [zero] { $due } أولوية لم تُحدَّث
    [one] أولوية واحدة لم تُحدَّث
    [two] أولويتان لم تُحدَّثا
    [few] { $due } أولويات لم تُحدَّث
    [many] { $due } أولوية لم تُحدَّث
   *[other] { $due } أولوية لم تُحدَّث
} منذ 3 أشهر. كان أقدم تحديث قبل { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
guarantee-priorities-definition = الأولويات المحلية المنشورة حاليًا، وما إذا كانت كل منها قد حُدِّثت خلال آخر 3 أشهر تقويمية.
guarantee-meetings = لقاءات عامة منتظمة
guarantee-meetings-figure = عُقد منها: { $count }
guarantee-meetings-detail = اللقاءات المفتوحة: { $surgeries }. الاجتماعات مع المجموعات المجتمعية: { $meetings }. { $next } الأماكن المحجوزة: { $booked }. الحضور: { $attendance }.
guarantee-next-surgery = اللقاء المفتوح التالي في { $time }.
guarantee-no-next-surgery = لم يُحدَّد أي لقاء مفتوح بعد.
guarantee-attendance-share = { $share }% من الحجوزات التي سُجِّل حضورها
guarantee-attendance-none = لم يُسجَّل
guarantee-attendance-few = المسجَّل قليل جدًا لعرضه
guarantee-meetings-definition = اللقاءات المفتوحة التي عُقدت (ولم تُلغَ) والاجتماعات التي سجّلها الفريق مع المجموعات المجتمعية خلال آخر 3 أشهر. يتحقق الالتزام عند عقد لقاء واحد على الأقل.
guarantee-updates = قلتم، ففعلنا
guarantee-updates-figure = نُشر منها: { $count }
guarantee-updates-detail = تحديثات تُخبر السكان بما فعله الفريق بشأن ما أبلغوا عنه.
guarantee-updates-definition = تحديثات «قلتم، ففعلنا» المنشورة خلال آخر 3 أشهر.
guarantee-improved = هل تحسّن الوضع؟
guarantee-improved-none = لا توجد إجابات بعد
guarantee-improved-answers = عدد الإجابات: { $answers }
guarantee-improved-detail = نعم: { $yes }. لا: { $no }. لست متأكدًا: { $not_sure }.
guarantee-improved-definition = إجابات السكان عن سؤال «هل تحسّن الوضع؟» بعد إغلاق بلاغاتهم، المقدَّمة خلال آخر 12 شهرًا. تُقرَّب النسب إلى الأدنى، ولا تُعرض أي نسبة إذا كانت هي، أو الباقي، أقل من 5 إجابات.
guarantee-messages = رسائل إلى السكان
guarantee-messages-figure = أُرسل منها: { $count }
# $useful is a share like "66%", or guarantee-none-to-count, or guarantee-too-few.
guarantee-messages-detail = مفيدة برأي السكان الذين أجابوا: { $useful }.
guarantee-messages-definition = النداءات والنصائح والتحذيرات والأخبار والفعاليات التي أرسلها الفريق (أو قوة الشرطة) إلى السكان الذين يتابعون الحي خلال آخر 3 أشهر، ونسبة إجابات السكان عن سؤال «هل كانت مفيدة؟» التي كانت «نعم». لا تُعرض أي نسبة إذا كانت هي، أو الباقي، أقل من 5 إجابات.
guarantee-partners = العمل مع الشركاء
guarantee-partners-figure = عدد المشكلات: { $count }
guarantee-partners-detail = مشكلات محلية عمل عليها الفريق مع منظمة شريكة، مثل المجلس المحلي أو جمعية الإسكان.
guarantee-partners-definition = المشكلات التي سجّلت فيها منظمة شريكة إجراءً مع الفريق خلال آخر 12 شهرًا.

feed-concerns-title = ما أبلغ عنه السكان في { $neighbourhood }
feed-concern-title = { $category }، قُدِّم في { $date }
feed-problem-title = { $title } ({ $stage })
feed-problem-stage = المرحلة: { $stage }، { $meaning }.
feed-updates-title = قلتم، ففعلنا: { $neighbourhood }
feed-update-title = قلتم، ففعلنا: { $date }

## The confidence survey: four questions after the Crime Survey for England and Wales, asked of
## residents once a quarter, and their results on "How we're doing".
survey-invite = ما رأيك في عمل الشرطة هنا؟ أجب عن أربعة أسئلة قصيرة
survey-title = ما رأيك في عمل الشرطة في { $neighbourhood }؟
survey-intro = أربعة أسئلة قصيرة تُطرح على السكان كل ثلاثة أشهر. تُضاف إجاباتك إلى إجابات السكان الآخرين ولا تُحفظ أبدًا مع اسمك: نسجّل فقط أنك أجبت في هذا الربع من السنة، حتى يجيب كل شخص مرة واحدة.
# The three statements, and the question about feeling safe (also the headings of the results).
survey-understand = تتفهّم الشرطة في هذه المنطقة القضايا التي تؤثر في هذا المجتمع المحلي
survey-deal = تتعامل الشرطة في هذه المنطقة مع الأمور التي تهمّ هذا المجتمع المحلي
survey-rely = يمكن الاعتماد على الشرطة في هذه المنطقة لتكون موجودة عند الحاجة إليها
survey-safe = ما مدى شعورك بالأمان عند السير بمفردك في هذه المنطقة بعد حلول الظلام؟
survey-strongly-agree = أوافق بشدة
survey-tend-to-agree = أميل إلى الموافقة
survey-neither = لا أوافق ولا أعارض
survey-tend-to-disagree = أميل إلى المعارضة
survey-strongly-disagree = أعارض بشدة
survey-very-safe = آمن جدًا
survey-fairly-safe = آمن إلى حد ما
survey-a-bit-unsafe = غير آمن بعض الشيء
survey-very-unsafe = غير آمن جدًا
survey-never-alone = لا أسير بمفردي أبدًا بعد حلول الظلام
survey-understand-missing = اختر مدى موافقتك على أن الشرطة هنا تتفهّم القضايا التي تؤثر في هذا المجتمع المحلي
survey-deal-missing = اختر مدى موافقتك على أن الشرطة هنا تتعامل مع الأمور التي تهمّ هذا المجتمع المحلي
survey-rely-missing = اختر مدى موافقتك على أنه يمكن الاعتماد على الشرطة هنا لتكون موجودة عند الحاجة إليها
survey-safe-missing = اختر مدى شعورك بالأمان عند السير بمفردك في هذه المنطقة بعد حلول الظلام
survey-send = أرسل إجاباتك
survey-thanks = شكرًا لك: تم احتساب إجاباتك
survey-already = لقد أجبت بالفعل في هذا الربع من السنة، لذلك لم تُحتسب هذه الإجابات
# $date is the first day of the next quarter.
survey-answered = لقد أجبت في هذا الربع من السنة. شكرًا لك. يمكنك الإجابة مرة أخرى ابتداءً من { $date }.
survey-see-results = اطّلع على النتائج حتى الآن
survey-private = لا يُحفظ إلا عدد السكان الذين اختاروا كل إجابة، لكل حي ولكل ربع من السنة. تُعرض النتائج بعد أن يجيب 10 من السكان على الأقل.
survey-results-title = الثقة والشعور بالأمان
survey-results-intro = ما أخبرنا به السكان في استبياننا القصير، في كل ربع من السنة. تُعرض نتائج كل ربع بعد أن يجيب { $least } من السكان على الأقل.
# $first and $last are month names.
survey-quarter = من { $first } إلى { $last } { $year }
survey-not-enough = لا توجد إجابات كافية بعد: تُعرض النتائج بعد أن يجيب { $least } من السكان على الأقل.
survey-so-far = لم ينتهِ هذا الربع من السنة بعد. عدد السكان الذين أجابوا حتى الآن: { $count }. ستُعرض نتائجه بعد انتهائه، إذا أجاب { $least } من السكان على الأقل.
survey-sign-in-first = سجّل الدخول للإجابة، حتى يجيب كل واحد من السكان مرة واحدة في كل ربع من السنة. لا تُحفظ إجاباتك مع اسمك. ستعود إلى الأسئلة بعد تسجيل الدخول.
survey-share-agree = { $share }% يوافقون
survey-share-safe = { $share }% يشعرون بأنهم آمنون جدًا أو آمنون إلى حد ما
survey-safe-none = عدد السكان الذين أجابوا ويسيرون بمفردهم بعد حلول الظلام قليل جدًا بحيث لا يمكن عرض نسبة
survey-answered-count = { $count ->
    [zero] أجاب { $count } من السكان
    [one] أجاب واحد من السكان
    [two] أجاب اثنان من السكان
    [few] أجاب { $count } من السكان
    [many] أجاب { $count } من السكان
   *[other] أجاب { $count } من السكان
}
