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
