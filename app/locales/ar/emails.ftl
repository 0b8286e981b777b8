## The emails residents receive. Each has a plain-text and an HTML part.

email-greeting = مرحبًا،
email-sent-by = أُرسلت هذه الرسالة من { $sender }.
email-footer = في حالات الطوارئ، اتصل بالرقم 999. لا ترد على هذه الرسالة: لا أحد يتابع الردود عليها.
email-link-fallback = إذا لم يعمل الرابط، فانسخ هذا العنوان والصقه في متصفحك:
email-force-sender = فرق شرطة الأحياء في { $force }
sign-in-email-subject = رابط تسجيل دخولك إلى موقع شرطة الأحياء
sign-in-email-asked = طلب شخص ما تسجيل الدخول إلى موقع شرطة الأحياء باستخدام عنوان البريد الإلكتروني هذا.
sign-in-email-link = سجّل الدخول إلى موقع شرطة الأحياء
sign-in-email-works-once = يعمل الرابط مرة واحدة فقط، لمدة { $minutes } دقيقة.
sign-in-email-ignore = إذا لم تطلب تسجيل الدخول، يمكنك تجاهل هذه الرسالة: لا يستطيع أحد تسجيل الدخول دون الرابط.

## Booking emails, in the language the resident reads the portal in. $title is the surgery's
## title (the team's words), $reference the booking's, $when its date and times.

email-team-sender = فريق حي { $neighbourhood }، { $force }
email-calendar-reference = رقم الحجز { $reference }.
email-booking-when = الموعد: { $when }
email-booking-where = المكان: { $place }
email-booking-finding = كيف تصل إلى القاعة: { $how }
email-booking-reference = رقم حجزك هو { $reference }.
email-booking-calendar-adds = يضيف ملف التقويم المرفق هذا الموعد إلى تقويمك.
email-booking-calendar-removes = يحذف ملف التقويم المرفق هذا الموعد من تقويمك.
email-booking-see-or-change = للاطلاع على حجزك أو تغيير موعده، سجّل الدخول بعنوان البريد الإلكتروني هذا: { $link }
email-booking-cancel-link = ألغِ حجزك
email-booking-see-or-cancel-link = اطّلع على حجزك أو ألغِه
email-reason-given = السبب الذي ذكره الفريق: { $reason }
email-booking-confirmed-subject = تم الحجز: { $title } ({ $reference })
email-booking-confirmed-opening = تم حجز مكانك في «{ $title }».
email-booking-confirmed-please-cancel = إذا لم تتمكن من الحضور، فيُرجى إلغاء الحجز ليتمكن شخص آخر من أخذ مكانك. يعمل الرابط حتى بدء اللقاء.
email-booked-by-team-opening = حجز لك فريق حيّك مكانًا في «{ $title }»، كما طلبت.
email-booked-by-team-please-cancel = إذا لم تتمكن من الحضور، فيُرجى إلغاء الحجز ليتمكن شخص آخر من أخذ مكانك.
email-surgery-moved-subject = تغيّر الموعد أو المكان: { $title } ({ $reference })
email-surgery-moved-opening = غيّر الفريق موعد «{ $title }» أو مكانه. لا يزال حجزك { $reference } قائمًا في الموعد الجديد:
email-surgery-moved-please-cancel = إذا لم تعد قادرًا على الحضور، فيُرجى إلغاء الحجز ليتمكن شخص آخر من أخذ مكانك.
email-booking-time-changed-subject = موعد جديد: { $title } ({ $reference })
email-booking-time-changed-opening = لقد غيّرت موعد حجزك في «{ $title }». مكانك الآن:
email-booking-time-changed-not-you = إذا لم تغيّره أنت، فسجّل الدخول وتحقق من حجزك.
email-waiting-list-place-subject = حجز من قائمة الانتظار: { $title } ({ $reference })
email-waiting-list-place-opening = خبر سار: أصبح هناك مكان شاغر في «{ $title }»، ولأنك كنت الأول في قائمة الانتظار، أصبح المكان لك الآن.
email-waiting-list-place-please-cancel = إذا لم تعد قادرًا على الحضور، فيُرجى إلغاء الحجز ليحصل على المكان الشخص التالي في قائمة الانتظار.
email-booking-cancelled-subject = أُلغي الحجز: { $title } ({ $reference })
email-booking-cancelled-opening = أُلغي حجزك { $reference } في «{ $title }» ({ $when }).
email-booking-cancelled-not-you = إذا لم تُلغِه أنت، يمكنك الحجز مرة أخرى على موقع شرطة الأحياء.
email-surgery-cancelled-subject = ألغاه الفريق: { $title } ({ $reference })
email-surgery-cancelled-opening = نأسف: ألغى الفريق «{ $title }» ({ $when })، ولذلك أُلغي حجزك { $reference }.
email-surgery-cancelled-book-another = يمكنك حجز مكان في لقاء مفتوح آخر على موقع شرطة الأحياء، أو التواصل مع الفريق من هناك.
email-booking-reminder-subject = تذكير: { $title } ({ $reference })
email-booking-reminder-opening = نذكّرك بمكانك في «{ $title }».
email-booking-reminder-please-cancel = إذا لم تتمكن من الحضور، فيُرجى إلغاء الحجز ليتمكن شخص آخر من أخذ مكانك. يمكنك أيضًا استخدام الرابط الموجود في رسالة تأكيد الحجز.

## "You said, we did" updates and alerts about what a resident follows. What the team wrote
## ($text) stays in their words.

email-update-opening = نشر فريق حي { $neighbourhood } تحديثًا عن أمر أبلغت عنه أو تصويت شاركت فيه.
email-update-you-said = قلتم: { $text }
email-update-we-did = فعلنا: { $text }
email-update-outcome = النتيجة: { $text }
email-update-next-steps = ما الذي سيحدث بعد ذلك: { $text }
email-update-link = اقرأ التحديث
email-update-why = تصلك هذه الرسائل لأنك أبلغت عن أمر أو شاركت في تصويت في حيّك. لإيقافها، استخدم هذا الرابط: { $link }
email-update-subject = قلتم، ففعلنا: تحديث من فريق حي { $neighbourhood }
email-alert-opening = { $heading }، في ما تتابعه أنت ومجموعاتك:
email-alert-link = اطّلع على كل ما تتابعه
email-alert-why = لتختار عدد مرات إعلامك، انتقل إلى حسابك. لإيقاف هذه الرسائل، استخدم هذا الرابط: { $link }
email-alert-subject = ما قامت به فرق حيّك في ما تتابعه
email-alert-week = ما تغيّر من { $from } إلى { $to }
email-alert-since = ما تغيّر منذ { $since }
email-alert-line = { $through }: { $kind } – { $title } ({ $neighbourhood }): { $what }، { $when }: { $text }
email-alert-you-follow = أنت تتابع

## Community groups: an invitation, and a request to join approved. $group is the group's name.

email-group-invitation-subject = دعوة للانضمام إلى { $group }
email-group-invitation-opening = دعاك أحد منظِّمي { $group } إلى الانضمام إلى المجموعة على موقع شرطة الأحياء، لتتابع ما يفعله الفريق المحلي بشأن القضايا التي تهتم بها المجموعة.
email-group-invitation-link = انضم إلى المجموعة
email-group-invitation-works-once = يعمل الرابط مرة واحدة فقط، لمدة 14 يومًا. واستخدامه يسجّل دخولك أيضًا بعنوان البريد الإلكتروني هذا.
email-group-invitation-ignore = إذا كنت لا تريد الانضمام، يمكنك تجاهل هذه الرسالة.
email-group-joined-subject = لقد انضممت إلى { $group }
email-group-joined-opening = أصبحت الآن عضوًا في { $group }.
email-group-joined-link = اطّلع على ما تتابعه المجموعة

## A resident's concern: received, replied to, its status changed. $reference is the concern's.

email-concern-received-subject = تلقّينا بلاغك ({ $reference })
email-concern-thanks = شكرًا لإبلاغنا بما يقلقك. الرقم المرجعي لبلاغك هو { $reference }.
email-concern-reply-by = سيرد الفريق قبل { $when }.
email-concern-not-for-emergencies = هذه الخدمة ليست لحالات الطوارئ. إذا كانت هناك جريمة تقع أو كان أحد في خطر، فاتصل بالرقم 999. للإبلاغ عن جريمة، اتصل بالرقم 101 أو أبلغ عنها عبر الإنترنت.
email-concern-see = اطّلع على بلاغك
email-concern-never-published = لا يُنشر اسمك ولا بيانات الاتصال الخاصة بك أبدًا.
email-concern-reply-subject = ردّ على بلاغك ({ $reference })
email-concern-replied = ردّ فريق حيّك على بلاغك { $reference }:
email-concern-read-and-answer = اقرأ الرد وأجب عليه
email-concern-to-answer = للإجابة، استخدم الرابط أعلاه.
email-concern-update-subject = مستجدات بشأن بلاغك ({ $reference })
email-concern-news = هناك مستجدات بشأن بلاغك { $reference }.
# $status is the concern's status in plain words ("The team is looking into it"); $detail what the team added, in their words.
email-concern-status = { $status }.
email-concern-status-detail = { $status }: { $detail }.
email-concern-improved-ask = عندما يتسنّى لك الوقت، أخبرنا على الموقع ما إذا كان الوضع قد تحسّن.
# The team passed a resident's concern to a partner organisation; $organisation is its name.
email-concern-partner-consent = لا ترى { $organisation } اسمك ولا بريدك الإلكتروني إلا إذا وافقت. يمكنك الاختيار في صفحة بلاغك، وتغيير رأيك في أي وقت.
email-concern-partner-replied = ردّت { $organisation } على بلاغك { $reference }:

email-group-verified-subject = تم التحقق من { $group }
email-group-verified = تم التحقق من { $group }: صفحتها الآن عامة، ويمكنك متابعة الأولويات وطرح القضايا باسم المجموعة.
email-group-declined-subject = لم يتم التحقق من { $group }
email-group-declined = لم يتم التحقق من { $group }، لذلك لا تظهر للعموم.
email-group-declined-reason = السبب المذكور: { $reason }
email-group-decided-link = الانتقال إلى صفحة المجموعة
email-group-join-request-subject = طلب انضمام إلى { $group }
email-group-join-request-opening = طلب شخص ما الانضمام إلى { $group }.
email-group-join-request-link = قبول الطلب أو رفضه
email-group-contact-subject = رسالة إلى { $group } من { $name }
email-group-contact-opening = أرسل { $name } رسالة إلى { $group } عبر صفحة المجموعة على موقع شرطة الأحياء:
email-group-contact-answer = للرد، اكتب إلى { $name } على العنوان { $email }. لم يُعرض عليه عنوانك.
