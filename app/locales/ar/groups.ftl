## المجموعات المجتمعية: القائمة، وتسجيل مجموعة، وصفحتها العامة، ولوحة متابعة أعضائها، وإدارة
## المنظمين للأعضاء، وقبول دعوة. تُعرض أسماء المجموعات وأوصافها وما كتبه الفريق كما كُتبت،
## مع تعليمها بأنها بالإنجليزية.

group-kind-residents-association = جمعية سكان
group-kind-neighbourhood-watch = مراقبة الحي (Neighbourhood Watch)
group-kind-faith-group = مجموعة دينية
group-kind-youth-group = مجموعة شبابية
group-kind-tenants-association = جمعية مستأجرين
group-kind-business-association = جمعية أعمال
group-kind-school-or-college = مدرسة أو كلية
group-kind-other = مجموعة مجتمعية أخرى

group-list-title = المجموعات المجتمعية
group-list-title-in = المجموعات المجتمعية في حي { $neighbourhood }
group-list-intro = تعمل جمعيات السكان ومجموعات مراقبة الحي والمجموعات الدينية والشبابية وجمعيات المستأجرين ومجموعات الأعمال مع فرق أحيائها. وقد تحقق فريق كل مجموعة هنا أو أحد المشرفين منها.
group-register-link = سجّل مجموعة
group-list-none = لم يُتحقق من أي مجموعة هنا بعد.
group-list-about = – { $kind }، { $neighbourhoods }
group-list-team-link = فريق حي { $neighbourhood }

group-register-sign-in = سجّل الدخول لتسجيل مجموعة مجتمعية. ستعود إلى النموذج بعد تسجيل الدخول.
group-register-title = سجّل مجموعة مجتمعية
group-back = رجوع
group-register-intro = بعد التسجيل تصبح منظِّم المجموعة: يمكنك دعوة الأعضاء ومتابعة الأولويات المحلية وطرح القضايا باسم المجموعة. تظهر المجموعة للعموم بعد أن يتحقق منها فريق حيّها أو أحد المشرفين.
group-register-privacy = لا يُعرض اسمك ولا عنوان بريدك الإلكتروني للعموم أبدًا. يتواصل الناس مع المجموعة عبر نموذج يُرسَل إلى منظِّميها.
group-name-label = اسم المجموعة
group-kind-legend = ما نوع المجموعة؟
group-neighbourhood-label = في أي حي تعمل المجموعة؟
group-neighbourhood-placeholder = اختر حيًّا
group-neighbourhood-other-label = حي آخر (اختياري)
group-neighbourhood-none = لا شيء
group-description-label = ماذا تفعل المجموعة؟
group-description-hint = يُعرض في صفحة المجموعة العامة: لمن المجموعة، ومتى وأين تجتمع. لا تذكر بيانات الاتصال الخاصة بأي شخص.
group-register-button = سجّل المجموعة
group-register-too-many = يمكنك تسجيل 3 مجموعات في اليوم كحد أقصى. { $unit ->
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

group-name-missing = أدخل اسم المجموعة
group-name-too-long = يجب ألا يزيد الاسم على { $max } حرفًا
group-name-markup = اكتب الاسم بكلمات عادية: احذف أي شيء يشبه رموز صفحات الويب
group-name-invisible = يجب أن يتكون الاسم من حروف وأرقام ومسافات وعلامات ترقيم فقط
group-kind-missing = اختر نوع المجموعة
group-neighbourhood-unknown = اختر الأحياء من القوائم
group-neighbourhood-missing = اختر الحي الذي تعمل فيه مجموعتك
group-description-missing = صف ما تفعله مجموعتك
group-description-too-long = يجب ألا يزيد وصف عمل المجموعة على { $max } حرفًا
group-markup = اكتب بكلمات عادية: احذف أي شيء يشبه رموز صفحات الويب، مثل <b>
group-contact-name-missing = أدخل اسمك
group-contact-name-too-long = يجب ألا يزيد اسمك على { $max } حرفًا
group-contact-message-missing = أدخل رسالتك
group-contact-message-too-long = يجب ألا تزيد رسالتك على { $max } حرفًا

group-joined-sign-in = لقد انضممت إلى المجموعة. سجّل الدخول بالعنوان الذي أُرسلت إليه الدعوة لترى لوحة متابعة المجموعة.
group-joined = لقد انضممت إلى المجموعة
group-invitation-not-valid = هذه الدعوة استُخدمت من قبل أو انتهت صلاحيتها. اطلب دعوة جديدة من منظِّم المجموعة
group-join-title = انضم إلى مجموعة مجتمعية
group-join-heading = انضم إلى { $group }
group-invited = دُعيت للانضمام إلى { $group } بعنوان { $email }.
group-invitation-members = يرى الأعضاء كل ما تتابعه المجموعة وتطرحه، وردود الفريق. يرى منظِّمو المجموعة اسمك وعنوان بريدك الإلكتروني، ولا يراهما أحد غيرهم، ولا يُعرض اسمك للعموم إلا إذا اخترت ذلك.
group-join-button = انضم إلى المجموعة
group-invitation-broken = رابط الدعوة هذا لا يعمل
group-invitation-broken-why = ربما استُخدم من قبل، أو انتهت صلاحيته: تعمل الدعوات مرة واحدة، لمدة 14 يومًا. اطلب من منظِّم المجموعة أن يدعوك مرة أخرى.

group-join-requested = أُرسل الطلب: سيوافق عليه منظِّمو المجموعة
group-join-already = أنت عضو في هذه المجموعة بالفعل، أو سبق أن طلبت الانضمام
group-join-not-open = يمكنك طلب الانضمام بعد التحقق من المجموعة
group-contact-not-open = يمكن للناس التواصل مع المجموعة بعد التحقق منها
group-contact-sent = أُرسلت الرسالة: سيرد منظِّمو المجموعة على عنوان بريدك الإلكتروني
group-contact-too-many = لقد أرسلت عدة رسائل بالفعل. { $unit ->
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
group-registered = سُجّلت المجموعة
group-registered-reference = رقمك المرجعي هو
group-registered-next = سيتحقق فريق الحي أو أحد المشرفين من المجموعة. سنرسل إليك بريدًا إلكترونيًا عند التحقق منها؛ وحتى ذلك الحين لا يرى هذه الصفحة إلا أنت وأعضاء المجموعة.
group-status-pending = بانتظار التحقق: لا يرى هذه الصفحة إلا أعضاء المجموعة والموظفون الذين يتحققون من المجموعات.
group-status-declined = لم يُتحقق منها، لذا فهي ليست عامة. السبب المذكور: { $reason }
group-status-closed = مغلقة. { $reason }
group-works-in = تعمل في:
group-members-include = من الأعضاء: { $names }.
group-dashboard-link = انتقل إلى لوحة متابعة المجموعة
group-staff-link = تحقق من المجموعة أو سجّل اجتماعًا (للموظفين)
group-follows-title = ما تتابعه المجموعة
group-follows-none = لا تتابع المجموعة أي شيء بعد.
group-column-what = ماذا
group-column-status = الحالة
group-item-label = { $kind }:
group-submissions-title = القضايا التي طرحتها المجموعة
group-submissions-none = لم تطرح المجموعة أي قضايا بعد.
group-column-issue = القضية
group-column-neighbourhood = الحي
group-column-put-forward = تاريخ الطرح
group-join-asked = لقد طلبت الانضمام: سيوافق منظِّمو المجموعة على طلبك.
group-join-privacy = يرى منظِّمو المجموعة اسمك وعنوان بريدك الإلكتروني، للموافقة على طلبك والبقاء على تواصل معك. ولا يراهما أحد غيرهم.
group-join-ask-button = اطلب الانضمام إلى المجموعة
group-join-sign-in-before = { "" }
group-join-sign-in-link = سجّل الدخول
group-join-sign-in-after = { " " }لتطلب الانضمام إلى المجموعة.
group-join-section = الانضمام إلى المجموعة
group-contact-title = تواصل مع المجموعة
group-contact-intro = تُرسَل رسالتك إلى منظِّمي المجموعة بالبريد الإلكتروني، مع اسمك وعنوان بريدك الإلكتروني حتى يتمكنوا من الرد. ولا تصل إلى الشرطة: للإبلاغ عن جريمة اتصل بالرقم 101، أو بالرقم 999 في حالات الطوارئ.
group-contact-name = اسمك
group-contact-email = عنوان بريدك الإلكتروني
group-contact-message = رسالتك
group-contact-button = أرسل الرسالة
group-all-link = جميع المجموعات المجتمعية

group-item-priority = أولوية
group-item-problem = مشكلة
group-item-vote = تصويت
group-item-neighbourhood = حي
group-item-concern = بلاغ { $reference }
group-item-neighbourhood-title = حي { $neighbourhood }
group-event-raised = طُرحت
group-event-set = حُدّدت
group-event-opened = بدأ
group-event-status-changed = تغيّرت الحالة
group-event-reply = رد الفريق
group-event-group-reply = كتبت المجموعة
group-event-partner-reply = رد الشريك
group-event-action = إجراء
group-event-update = قلتم، ففعلنا
group-event-closed = أُغلق التصويت
group-event-results = النتائج
group-timeline-priority-set = حُدّدت أولويةً محلية: { $issue }
group-timeline-priority-now = الآن: { $status }
group-timeline-stage-reached = انتقل إلى مرحلة: { $stage }
group-timeline-work-begun = بدأ الفريق العمل على: { $title }
group-timeline-vote-announced = أُعلن عن تصويت: مفتوح من { $opens } إلى { $closes }
group-timeline-results-published = نُشرت النتائج
group-timeline-made-priority = أصبحت أولوية محلية: { $issue }
group-timeline-new-priority = أولوية محلية جديدة: { $issue }
group-timeline-new-vote = تصويت جديد: { $question }
group-timeline-next = التالي: { $text }
group-timeline-proposed = { $description } (مقترح للتصويت القادم على الأولويات)

group-follow-offer-neighbourhood = الأولويات والتصويتات والمستجدات الجديدة في حي { $neighbourhood }
group-follow-priorities-in = الأولويات في حي { $neighbourhood }
group-follow-problems-in = المشكلات في حي { $neighbourhood }
group-follow-votes-in = التصويتات في حي { $neighbourhood }
group-follow-sign-in = سجّل الدخول لمتابعة ما يفعله فريق حيّك.
group-follow-organisers-only = منظِّمو المجموعة وحدهم يختارون ما تتابعه
group-follow-choose = اختر شيئًا لمتابعته
group-now-following = { $kind ->
    [priority] تجري الآن متابعة الأولوية
    [problem] تجري الآن متابعة المشكلة
    [vote] تجري الآن متابعة التصويت
   *[neighbourhood] تجري الآن متابعة الحي
}
group-already-following = هذا متابَع بالفعل
group-cannot-follow = لا يمكن متابعة ذلك
group-unfollowed = توقفت متابعته
group-choices-saved = حُفظت اختياراتك
group-left = لقد غادرت المجموعة
group-not-member = لست عضوًا في تلك المجموعة
group-only-organiser = أنت المنظِّم الوحيد للمجموعة. اجعل عضوًا آخر منظِّمًا قبل أن تغادر
group-dashboard-title = { $group }: لوحة المتابعة
group-public-page-link = صفحة المجموعة العامة
group-dashboard-heading = ما فعله الفريق بشأن ما تتابعه المجموعة
group-stale-count = { $count ->
    [zero] { $count } عنصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
group-stale-rest = { $count ->
    [zero] لم يصلها أي تحديث من الفريق منذ 3 أشهر أو أكثر.
    [one] لم يصله أي تحديث من الفريق منذ 3 أشهر أو أكثر.
    [two] لم يصلهما أي تحديث من الفريق منذ 3 أشهر أو أكثر.
    [few] لم يصلها أي تحديث من الفريق منذ 3 أشهر أو أكثر.
    [many] لم يصلها أي تحديث من الفريق منذ 3 أشهر أو أكثر.
   *[other] لم يصلها أي تحديث من الفريق منذ 3 أشهر أو أكثر.
}
group-dashboard-none = لا تتابع المجموعة أي شيء بعد، ولم تطرح أي قضايا.
group-dashboard-caption = كل ما تتابعه المجموعة أو طرحته
group-column-last-response = آخر رد
group-column-days = الأيام منذ آخر تحديث من الفريق
group-stale-tag = لا تحديث منذ 3 أشهر
group-none-yet = لا شيء بعد
group-last-response = { $what }، { $date }
group-download = نزّل سجل المجموعة (CSV)
group-timelines = التسلسل الزمني
group-stop-following = أوقف المتابعة
group-item-where = { $neighbourhood }. { $status }.
group-event-when = { $when } – { $what }
group-follow-heading = تابع شيئًا
group-follows-everything = تتابع المجموعة كل ما في أحيائها.
group-follow-label = ماذا ينبغي أن تتابع المجموعة؟
group-follow-placeholder = اختر أولوية أو مشكلة أو تصويتًا أو حيًّا
group-follow-button = تابع
group-put-forward-heading = اطرح قضية
group-put-forward-intro = تصبح القضية التي تطرحها بلاغًا من المجموعة: يرد الفريق خلال 72 ساعة، وتصل الردود إلى كل منظِّم. يمكنك اقتراحها للتصويت القادم على الأولويات.
group-put-forward-link = اطرح قضية على فريق حي { $neighbourhood }
group-put-forward-not-verified = يمكنك طرح القضايا بعد التحقق من المجموعة.
group-manage-members = أدر الأعضاء وادعُ أشخاصًا
group-meetings-heading = الاجتماعات مع الفريق
group-your-choices = اختياراتك
group-alerts = رسائل البريد الإلكتروني عن التغييرات: { $alerts ->
    [weekly] مرة في الأسبوع
    [immediate] فور حدوثها
   *[none] أبدًا
}.
group-change-alerts = غيّر عدد مرات إعلامك
group-show-name = اعرض اسمي في صفحة المجموعة العامة
group-save-choices = احفظ اختياراتك
group-leave = غادر المجموعة

group-invite-email-missing = أدخل عنوان بريده الإلكتروني
group-invite-sent = أُرسلت الدعوة إلى { $email }
group-invite-already-member = هذا الشخص عضو بالفعل
group-invite-not-organiser = المنظِّمون وحدهم يمكنهم دعوة الأشخاص
group-invite-not-verified = يمكنك دعوة الأشخاص بعد التحقق من المجموعة
group-invite-too-many = لقد أرسلت دعوات كثيرة خلال الساعة الماضية. { $unit ->
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
group-member-approved = تمت الموافقة على الطلب
group-member-refused = رُفض الطلب
group-member-made-organiser = أصبح الآن منظِّمًا
group-member-made-member = أصبح الآن عضوًا
group-member-removed = أُزيل العضو
group-members-not-organiser = المنظِّمون وحدهم يمكنهم تغيير الأعضاء
group-members-not-now = تغيّر هذا العضو أو هذا الطلب بالفعل. راجع القائمة مرة أخرى
group-members-last-organiser = يجب أن يبقى للمجموعة منظِّم: اجعل عضوًا آخر منظِّمًا أولًا
group-members-title = { $group }: الأعضاء
group-back-to-dashboard = العودة إلى لوحة المتابعة
group-members = الأعضاء
group-requests = طلبات الانضمام
group-requests-none = لا أحد ينتظر.
group-column-who = مَن
group-column-asked = تاريخ الطلب
group-column-decide = القرار
group-column-role = الدور
group-column-joined = تاريخ الانضمام
group-column-change = تغيير
group-approve = وافق
group-refuse = ارفض
group-make-member = اجعله عضوًا
group-make-organiser = اجعله منظِّمًا
group-remove = أزل
group-role-organiser = منظِّم
group-role-member = عضو
group-member-you = { $who } (أنت)
group-invite-heading = ادعُ شخصًا
group-invite-intro = نرسل إليه بالبريد الإلكتروني رابطًا يعمل مرة واحدة، لمدة 14 يومًا. لا يرى عناوين الأعضاء إلا منظِّمو المجموعة.
group-invite-email-label = عنوان بريده الإلكتروني
group-invite-button = أرسل الدعوة
group-no-such-group = لا توجد مجموعة كهذه.
