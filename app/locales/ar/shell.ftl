## What every page shares: the header, the footer, the language switcher and form errors.

# Whether a native speaker has checked this language's translation: "yes" or "no". English is
# the original.
translation-reviewed = no
translation-unchecked = لم يراجع أحدُ المتحدثين الأصليين باللغة العربية هذه الترجمةَ بعد. إذا كان هناك شيء غير واضح، { -english-link }.
-english-link = اقرأ هذه الصفحة باللغة الإنجليزية
service-name = شرطة الأحياء
page-title = { $title } – شرطة الأحياء
skip-to-main = انتقل إلى المحتوى الرئيسي
nav-account = الحساب
nav-your-account = حسابك
nav-sign-in = تسجيل الدخول
nav-staff-dashboard = لوحة تحكم الموظفين
nav-your-sign-in = تسجيل دخولك
nav-sign-out = تسجيل الخروج
nav-language = اللغة
language-switch = تغيير اللغة
footer-emergency = في حالات الطوارئ، اتصل بالرقم 999. للإبلاغ عن جريمة أو للتواصل مع الشرطة في غير حالات الطوارئ، اتصل بالرقم 101.
footer-groups = المجموعات المجتمعية
footer-accessibility = بيان إمكانية الوصول
footer-privacy = إشعار الخصوصية
footer-open-data = البيانات المفتوحة
footer-staff-sign-in = تسجيل دخول الموظفين
error-summary-title = هناك مشكلة
error-prefix = خطأ:
error-title = خطأ: { $title }
places-left = { $count ->
    [zero] لا توجد أماكن شاغرة
    [one] مكان واحد شاغر
    [two] مكانان شاغران
    [few] { $count } أماكن شاغرة
    [many] { $count } مكانًا شاغرًا
   *[other] { $count } مكان شاغر
}
not-found-title = الصفحة غير موجودة
not-found-typed = إذا كتبت عنوان الصفحة بنفسك، فتأكد من أنه صحيح.
not-found-pasted = إذا لصقت عنوان الصفحة، فتأكد من أنك نسخت العنوان كاملًا.
forbidden-title = ليس لديك إذن بعرض هذه الصفحة
forbidden-body = لا يمنحك حساب الموظف الخاص بك صلاحية الوصول إلى هذه الصفحة. إذا كنت تعتقد أنه ينبغي أن يمنحك ذلك، فاسأل مسؤول الإدارة في قوة الشرطة التي تعمل بها.
forbidden-link = انتقل إلى لوحة تحكم الموظفين
fault-title = عذرًا، هناك مشكلة في الخدمة
fault-try-later = حاول مرة أخرى لاحقًا.
fault-emergency = في حالات الطوارئ، اتصل بالرقم 999. للتواصل مع الشرطة في غير حالات الطوارئ، اتصل بالرقم 101.
charcount-up-to = يمكنك إدخال ما يصل إلى { $count } حرف
charcount-remaining = { $count ->
    [zero] يتبقى لك { $count } حرف
    [one] يتبقى لك { $count } حرف
    [two] يتبقى لك { $count } حرفان
    [few] يتبقى لك { $count } أحرف
    [many] يتبقى لك { $count } حرفًا
   *[other] يتبقى لك { $count } حرف
}
charcount-too-many = { $count ->
    [zero] لديك { $count } حرف زائد
    [one] لديك { $count } حرف زائد
    [two] لديك { $count } حرفان زائدان
    [few] لديك { $count } أحرف زائدة
    [many] لديك { $count } حرفًا زائدًا
   *[other] لديك { $count } حرف زائد
}
list-separator = { "، " }
list-and = { $first } و{ $last }
