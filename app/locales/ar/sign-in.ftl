## Residents signing in by emailed link: "Sign in", "Check your email" and the link's page.

sign-in-title = تسجيل الدخول
sign-in-why = سجّل الدخول لحجز مكان في لقاء مفتوح، أو لإبلاغ فريقك عن أمر يقلقك، أو للتصويت على أولويات حيّك.
sign-in-how = سنرسل إليك رابطًا بالبريد الإلكتروني. افتحه خلال 20 دقيقة، في هذا المتصفح نفسه، لتسجيل الدخول. إذا لم تسجّل الدخول من قبل، فسيُنشأ لك حساب بذلك، ويمكنك إضافة اسمك إليه. لا توجد كلمة مرور.
sign-in-email-label = عنوان البريد الإلكتروني
sign-in-button = أرسل لي رابطًا بالبريد الإلكتروني
sign-in-staff = موظفو الشرطة:
sign-in-staff-link = سجّل الدخول من هنا
email-missing = أدخل عنوان بريدك الإلكتروني
email-malformed = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
sign-in-too-many = لقد طلبت عددًا كبيرًا جدًا من روابط تسجيل الدخول. { $unit ->
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
check-email-title = تحقق من بريدك الإلكتروني
check-email-sent-to = أرسلنا رابط تسجيل الدخول إلى { $email }.
check-email-sent = أرسلنا إليك رابط تسجيل الدخول.
check-email-works-once = يعمل الرابط مرة واحدة فقط، لمدة 20 دقيقة. إذا لم يصلك خلال بضع دقائق، فتحقق من مجلد الرسائل غير المرغوب فيها.
check-email-another = اطلب رابطًا آخر
confirm-title = سجّل الدخول إلى موقع شرطة الأحياء
confirm-as = أنت تسجّل الدخول بعنوان البريد الإلكتروني { $email }.
confirm-button = متابعة وتسجيل الدخول
confirm-not-yours = ليس هذا عنوانك؟ لا تتابع:
confirm-not-yours-link = اطلب رابط تسجيل دخول خاصًا بك
confirm-elsewhere-title = تحقق من أن رابط تسجيل الدخول هذا يخصك
confirm-elsewhere-why = طُلب هذا الرابط من متصفح مختلف أو من جهاز آخر. قد يرسل إليك شخص آخر رابطًا ليُدخلك إلى حسابه ويرى ما تفعله فيه، لذلك نحتاج إلى التحقق من أن الرابط يخصك.
confirm-elsewhere-hint = عنوان البريد الإلكتروني الذي استخدمته لطلب رابط تسجيل الدخول هذا.
confirm-elsewhere-button = تسجيل الدخول
confirm-elsewhere-not-asked = إذا لم تطلب رابط تسجيل دخول، فلا تستخدمه:
confirm-elsewhere-not-asked-link = اطلب رابطًا خاصًا بك
confirm-wrong-address = لم يُرسَل هذا الرابط إلى ذلك العنوان. إذا لم تطلبه، فلا تستخدمه: اطلب رابط تسجيل دخول خاصًا بك.
confirm-expired = انتهت صلاحية رابط تسجيل الدخول هذا: تعمل الروابط لمدة 20 دقيقة. اطلب رابطًا جديدًا.
confirm-used = سبق استخدام رابط تسجيل الدخول هذا: يعمل كل رابط مرة واحدة فقط. اطلب رابطًا جديدًا.
confirm-not-recognised = لم نتعرّف على رابط تسجيل الدخول هذا. اطلب رابطًا جديدًا.
confirm-broken-title = رابط تسجيل الدخول لا يعمل
confirm-broken-heading = رابط تسجيل الدخول هذا لا يعمل
confirm-new-link = اطلب رابطًا جديدًا
signed-in-new-account = تم إنشاء حسابك وتسجيل دخولك. يمكنك إضافة اسمك في هذه الصفحة.
signed-in = لقد سجّلت الدخول
