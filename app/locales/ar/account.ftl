## "Your account": what the portal holds about the resident and the controls over it; deleting
## the account; and stopping emails from the link in one.

account-title = حسابك
account-email = عنوان البريد الإلكتروني
account-name = الاسم
account-name-not-given = لم يُذكر
account-created = تاريخ إنشاء الحساب
account-bookings = حجوزاتك في اللقاءات المفتوحة
account-no-bookings = ليست لديك أماكن محجوزة في لقاءات مفتوحة قادمة.
account-reference = المرجع: { $reference }
account-waiting = قوائم الانتظار التي أنت فيها
account-leave-waiting = اخرج من قائمة الانتظار
account-leave-waiting-for = ({ $title })
account-concerns = بلاغاتك
account-no-concerns = لم تُبلغ عن أي أمر يقلقك بعد.
account-concern-what = { $category } في { $neighbourhood }
account-concern-received = تم الاستلام
account-concern-replied = تم الرد
account-concern-under-review = قيد المراجعة
account-concern-being-worked-on = يجري العمل عليه
account-concern-passed-to-partner = أُحيل إلى جهة شريكة
account-concern-closed = مغلق
account-raise-concern = أبلغ عن أمر يقلقك
account-groups = مجموعاتك المجتمعية
account-no-groups = لست عضوًا في أي مجموعة مجتمعية.
account-group-asked = طلبت الانضمام
account-group-organiser = منظّم
account-group-member = عضو
account-find-group = ابحث عن مجموعة مجتمعية
account-find-or-register = أو
account-register-group = سجّل مجموعة جديدة
account-following = ما تتابعه
account-following-none = أنت لا تتابع أي شيء بعد. يمكنك متابعة أولوية محلية أو تصويت من صفحته.
account-following-priority = أولوية:
account-following-problem = مشكلة:
account-following-vote = تصويت:
account-following-neighbourhood = حي:
account-vote-results-published = نُشرت النتائج
account-vote-open = مفتوح أو قادم
account-neighbourhood-priorities = { $count ->
    [zero] لا توجد أولويات حالية
    [one] أولوية حالية واحدة
    [two] أولويتان حاليتان
    [few] { $count } أولويات حالية
    [many] { $count } أولوية حالية
   *[other] { $count } أولوية حالية
}
account-stop-following = أوقف المتابعة
account-alerts-legend = كم مرة تريد أن نراسلك بالبريد الإلكتروني عن التغييرات في ما تتابعه أنت ومجموعاتك؟
account-alerts-weekly = مرة في الأسبوع
account-alerts-weekly-hint = ملخص كل يوم اثنين لما قامت به الفرق في الأسبوع السابق، فقط إذا تغيّر شيء.
account-alerts-immediate = فور حدوث التغييرات
account-alerts-never = أبدًا
account-alerts-missing = اختر عدد المرات التي تريد أن تعرف فيها بالتغييرات
account-alerts-saved = تم حفظ اختيارك
account-save = حفظ
account-update-emails = رسائل البريد الإلكتروني عن المستجدات
account-update-emails-legend = راسلني بالبريد الإلكتروني عندما ينشر الفريق تحديثًا من نوع "قلتم، ففعلنا" عن أمر أبلغت عنه أو تصويت شاركت فيه
account-yes = نعم
account-no = لا
account-update-emails-missing = اختر ما إذا كنت تريد تلقي هذه الرسائل
account-update-emails-on = ستصلك رسائل بالبريد الإلكتروني عن المستجدات
account-update-emails-off = لن تصلك رسائل بالبريد الإلكتروني عن المستجدات
account-change-name = غيّر اسمك
account-name-label = اسمك (اختياري)
account-name-hint = اترك هذا الحقل فارغًا لتظهر باسم "أحد السكان".
account-save-name = احفظ الاسم
account-name-saved = تم حفظ اسمك
account-name-too-long = يجب ألا يزيد اسمك على 80 حرفًا
account-name-unprintable = يجب أن يحتوي اسمك على أحرف وأرقام ومسافات وعلامات ترقيم فقط
account-your-data = بياناتك
account-download = نزّل جميع بياناتك (JSON)
account-sign-out = تسجيل الخروج
account-signed-out = لقد سجّلت الخروج
account-left-waiting = لقد خرجت من قائمة الانتظار
account-given-a-place = أصبح مكان شاغرًا ومُنح لك من قائمة الانتظار قبل طلبك الخروج منها بقليل. رقم حجزك هو { $reference }. إذا لم تعد بحاجة إليه، فألغِه أدناه ليتمكن شخص آخر من الحصول عليه.
account-not-waiting = أنت لست في قائمة الانتظار هذه
account-delete = احذف حسابك
account-delete-explained = يؤدي هذا إلى محو عنوان بريدك الإلكتروني واسمك. يبقى كل ما نشرته، ويظهر على أنه مكتوب من "أحد السكان".
account-delete-sure = هل أنت متأكد أنك تريد حذف حسابك؟
account-delete-erased = سيُمحى عنوان بريدك الإلكتروني واسمك فورًا، مع روابط تسجيل الدخول والرسائل التي أُرسلت إليك. لا يمكن التراجع عن ذلك.
account-delete-published = ستُلغى أي أماكن حجزتها في لقاءات مفتوحة قادمة وتُتاح لغيرك. يبقى كل ما نشرته على الموقع، ويظهر على أنه مكتوب من "أحد السكان".
account-delete-groups = إذا كنت العضو الوحيد في مجموعة مجتمعية، فستُغلق المجموعة. وإذا كان فيها أعضاء آخرون، فاجعل أحدهم منظّمًا أولًا.
account-delete-yes = نعم، احذف حسابي
account-delete-no = لا، عُد إلى حسابك
account-delete-only-organiser = أنت المنظّم الوحيد لـ { $groups }. اجعل عضوًا آخر منظّمًا أولًا، من صفحة أعضاء المجموعة
account-delete-groups-and = { $first } و{ $second }
account-deleted = تم حذف حسابك
unsubscribe-alerts-title = أوقف الرسائل عن ما تتابعه
unsubscribe-updates-title = أوقف الرسائل عن المستجدات
unsubscribe-alerts-explained = تصلك رسالة بالبريد الإلكتروني عن ما تغيّر في الأولويات والمشكلات والتصويتات والأحياء التي تتابعها أنت ومجموعاتك المجتمعية.
unsubscribe-updates-explained = تصلك رسالة بالبريد الإلكتروني عندما ينشر فريق حيّك تحديثًا من نوع "قلتم، ففعلنا" عن أمر أبلغت عنه أو تصويت شاركت فيه.
unsubscribe-button = أوقف هذه الرسائل
unsubscribe-choose-again = يمكنك الاختيار من جديد في حسابك في أي وقت.
unsubscribe-your-account = حسابك
unsubscribe-done = لن تصلك هذه الرسائل بعد الآن
unsubscribe-not-recognised = لم نتعرّف على هذا الرابط. سجّل الدخول لتغيير الرسائل التي تصلك
