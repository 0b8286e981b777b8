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
