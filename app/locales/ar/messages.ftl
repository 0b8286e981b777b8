## Messages a neighbourhood team sends to residents who follow the neighbourhood: their page,
## the warning on the neighbourhood page, the email, and choosing which kinds come by email.

# The five kinds of message, as names (at the start of a sentence or after a colon).
message-kind-appeal = نداء لتقديم معلومات
message-kind-advice = نصائح للوقاية من الجريمة
message-kind-warning = تحذير
message-kind-news = أخبار محلية
message-kind-event = فعالية

messages-title = رسائل من فريق حي { $neighbourhood }
messages-intro = نداءات لتقديم معلومات، ونصائح للوقاية من الجريمة، وتحذيرات، وأخبار محلية، وفعاليات أرسلها الفريق إلى السكان الذين يتابعون هذا الحي.
messages-none = لم يرسل الفريق أي رسائل بعد.
messages-sent-on = أُرسلت في { $date }
messages-until = تسري حتى نهاية يوم { $date }
messages-ended = لم تعد هذه الرسالة سارية. كانت سارية حتى نهاية يوم { $date }.
messages-follow = لتصلك رسائل الفريق بالبريد الإلكتروني، تابع هذا الحي من صفحته.
messages-feed = تابع رسائل الفريق (موجز Atom)
messages-back = عُد إلى صفحة { $neighbourhood }
# On the neighbourhood page.
messages-warning-heading = تحذير من الفريق
messages-warning-link = اقرأ التحذير كاملًا
messages-latest-title = رسائل من الفريق
messages-see-all = اطّلع على جميع رسائل الفريق
feed-messages-title = رسائل من فريق حي { $neighbourhood }

# On the resident's account page.
account-messages-title = رسائل من فرق أحيائك
account-messages-intro = اختر أنواع الرسائل التي تصلك بالبريد الإلكتروني من فرق الأحياء التي تتابعها.
account-messages-immediate = راسلني بالبريد الإلكتروني فور إرسالها
account-messages-never = لا تراسلني بالبريد الإلكتروني
account-messages-save = احفظ اختياراتك
account-messages-saved = تم حفظ اختياراتك للرسائل

# The page a "stop these emails" link opens; $kind is one of the message-kind- names.
unsubscribe-messages-title = أوقف رسائل البريد الإلكتروني من هذا النوع: { $kind }
unsubscribe-messages-explained = اضغط الزر لتتوقف عن تلقي هذا النوع من الرسائل من فرق الأحياء بالبريد الإلكتروني. ستظل الأنواع الأخرى تصلك، ويمكنك الاختيار من جديد في حسابك.

# The email of a message. $kind is one of the message-kind- names.
email-message-opening = رسالة من فريق حي { $neighbourhood }. { $kind }:
email-message-link = اقرأها على الموقع
email-message-why = تصلك هذه الرسالة لأنك تتابع { $neighbourhood }. لإيقاف الرسائل من هذا النوع ({ $kind })، استخدم هذا الرابط: { $link } لتختار الرسائل التي تصلك، انتقل إلى حسابك.
email-message-subject = { $kind }: { $title }

# Choosing a digest, on the account page.
account-messages-daily = أرسل إليّ ملخصًا يوميًا بالبريد الإلكتروني
account-messages-weekly = أرسل إليّ ملخصًا أسبوعيًا بالبريد الإلكتروني

# The page a "stop this digest" link opens.
unsubscribe-digest-daily-title = أوقف الملخص اليومي لرسائل الفرق
unsubscribe-digest-weekly-title = أوقف الملخص الأسبوعي لرسائل الفرق
unsubscribe-digest-explained = اضغط الزر لإيقاف هذا الملخص. لن تصلك بعد الآن بالبريد الإلكتروني أنواع الرسائل التي كان يضمها، ويمكنك الاختيار من جديد في حسابك.

# A digest of messages: $date is the last day it covers, $kind one of the message-kind- names.
email-digest-daily-subject = رسائل من فرق أحيائك يوم { $date }
email-digest-weekly-subject = رسائل من فرق أحيائك في الأسبوع المنتهي يوم { $date }
email-digest-opening = أرسلت فرق أحيائك هذه الرسائل. لقد اخترت أن تصلك مجتمعة.
email-digest-item = { $kind } من فريق حي { $neighbourhood }: { $title }
email-digest-read = اقرأها على الموقع: { $link }
email-digest-why = يصلك هذا الملخص لأنك تتابع هذه الأحياء. لإيقافه، استخدم هذا الرابط: { $link } لتختار الرسائل التي تصلك وطريقة وصولها، انتقل إلى حسابك.

# The opening of the email of a message from the force (for a Local Policing Area or the whole
# force) rather than one team; $kind is one of the message-kind- names.
email-message-opening-force = رسالة من { $force } إلى السكان الذين يتابعون أحياءها. { $kind }:

# "Was this useful?": in the email of a message ($yes and $no are links), and the page they open.
email-message-useful = هل كانت هذه الرسالة مفيدة؟ أخبر الفريق بنقرة واحدة في الصفحة التي يفتحها كل رابط. نعم: { $yes } لا: { $no }
useful-title = هل كانت هذه الرسالة مفيدة؟
useful-intro = تساعد إجابتك الفريق على إرسال الرسائل التي يريدها السكان. تُحتسب إجابتك مرة واحدة: يمكنك تغييرها.
useful-yes = نعم، كانت مفيدة
useful-no = لا، لم تكن مفيدة
useful-send = أرسل إجابتي
useful-thanks = شكرًا لك. سُجِّلت إجابتك.
useful-not-recognised = لم يُتعرَّف على هذا الرابط. استخدم الروابط الواردة في البريد الإلكتروني الذي أرسله إليك الفريق.
useful-not-sent = لا يمكن الإجابة إلا للسكان الذين أُرسلت إليهم الرسالة.
useful-missing = اختر نعم أو لا
