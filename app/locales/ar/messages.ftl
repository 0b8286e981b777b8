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

# Writing back to the team about a message: a link in its email, the page in the resident's
# account ($title is the message's title), and the email when the team answers.
email-message-reply = للرد على الفريق بشأن هذه الرسالة، استخدم هذا الرابط (سيُطلب منك تسجيل الدخول أولًا): { $link }
message-reply-caption = رسالة من فريق حي { $neighbourhood }
message-reply-caption-force = رسالة من { $force }
message-reply-thread-title = محادثتك مع الفريق
message-reply-thread-none = لم تكتب إلى الفريق بشأن هذه الرسالة.
message-reply-you = كتبتَ، { $time }
message-reply-team = ردّ الفريق، { $time }
message-reply-write-title = اكتب إلى الفريق
message-reply-label = ردك
message-reply-hint = لا يقرؤه إلا فريق الحي، على الموقع: ولا يرى الفريق عنوان بريدك الإلكتروني. سنراسلك بالبريد الإلكتروني عندما يرد.
message-reply-send = أرسل ردك
message-reply-missing = اكتب ردك
message-reply-sent = أُرسل ردك إلى الفريق. سنراسلك بالبريد الإلكتروني عندما يرد.
message-reply-not-sent = لا يمكن الرد بشأن هذه الرسالة إلا للسكان الذين أُرسلت إليهم
message-reply-too-many = لقد أرسلت اليوم { $limit ->
    [zero] { $limit } رد
    [one] ردًّا واحدًا
    [two] ردّين
    [few] { $limit } ردود
    [many] { $limit } ردًّا
   *[other] { $limit } رد
} بشأن هذه الرسالة. سيقرؤها الفريق ويرد عليها. { $unit ->
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
message-reply-back = عُد إلى حسابك
account-messages-received-title = رسائل أُرسلت إليك
account-messages-read-and-reply = افتح رسالة لتقرأها وترد على الفريق بشأنها.
email-message-answer-subject = ردّ عليك الفريق بشأن: { $title }
email-message-answered = ردّ فريق حيك على ما كتبته بشأن الرسالة "{ $title }":
email-message-answer-link = اقرأ الرد وأجب عليه
email-message-answer-to-write = للرد، استخدم الرابط أعلاه. لا يرى الفريق عنوان بريدك الإلكتروني.
