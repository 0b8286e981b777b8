## The emails residents receive. Each has a plain-text and an HTML part.

email-greeting = ہیلو،
email-sent-by = یہ ای میل { $sender } کی طرف سے بھیجی گئی ہے۔
email-footer = ہنگامی صورت میں 999 پر کال کریں۔ اس ای میل کا جواب نہ دیں: اس ای میل ایڈریس کو کوئی نہیں دیکھتا۔
email-link-fallback = اگر لنک کام نہ کرے تو یہ ایڈریس کاپی کر کے اپنے براؤزر میں پیسٹ کریں:
email-force-sender = { $force } کی محلے کی پولیسنگ ٹیمیں
sign-in-email-subject = محلے کی پولیسنگ میں سائن اِن کرنے کے لیے آپ کا لنک
sign-in-email-asked = کسی نے اس ای میل ایڈریس کے ساتھ محلے کی پولیسنگ کی ویب سائٹ میں سائن اِن کرنے کی درخواست کی ہے۔
sign-in-email-link = محلے کی پولیسنگ میں سائن اِن کریں
sign-in-email-works-once = یہ لنک صرف ایک بار، { $minutes } منٹ تک کام کرے گا۔
sign-in-email-ignore = اگر آپ نے سائن اِن کرنے کی درخواست نہیں کی تو آپ اس ای میل کو نظر انداز کر سکتے ہیں: لنک کے بغیر کوئی سائن اِن نہیں کر سکتا۔

## Booking emails, in the language the resident reads the portal in. $title is the surgery's
## title (the team's words), $reference the booking's, $when its date and times.

email-team-sender = { $neighbourhood } محلے کی ٹیم، { $force }
email-calendar-reference = بکنگ ریفرنس { $reference }۔
email-booking-when = کب: { $when }
email-booking-where = کہاں: { $place }
email-booking-finding = کمرہ کیسے تلاش کریں: { $how }
email-booking-reference = آپ کی بکنگ کا ریفرنس { $reference } ہے۔
email-booking-calendar-adds = منسلک کیلنڈر فائل اسے آپ کے کیلنڈر میں شامل کر دیتی ہے۔
email-booking-calendar-removes = منسلک کیلنڈر فائل اسے آپ کے کیلنڈر سے ہٹا دیتی ہے۔
email-booking-see-or-change = اپنی بکنگ دیکھنے یا اس کا وقت تبدیل کرنے کے لیے اس ای میل ایڈریس کے ساتھ سائن اِن کریں: { $link }
email-booking-cancel-link = اپنی بکنگ منسوخ کریں
email-booking-see-or-cancel-link = اپنی بکنگ دیکھیں یا منسوخ کریں
email-reason-given = ٹیم کی بتائی ہوئی وجہ: { $reason }
email-booking-confirmed-subject = بکنگ ہو گئی: { $title } ({ $reference })
email-booking-confirmed-opening = «{ $title }» میں آپ کی جگہ بُک ہو گئی ہے۔
email-booking-confirmed-please-cancel = اگر آپ نہیں آ سکتے تو براہِ کرم بکنگ منسوخ کر دیں تاکہ آپ کی جگہ کسی اور کو مل سکے۔ یہ لنک ملاقات کی نشست شروع ہونے تک کام کرتا ہے۔
email-booked-by-team-opening = آپ کی درخواست کے مطابق آپ کی محلے کی ٹیم نے «{ $title }» میں آپ کے لیے جگہ بُک کر دی ہے۔
email-booked-by-team-please-cancel = اگر آپ نہیں آ سکتے تو براہِ کرم بکنگ منسوخ کر دیں تاکہ آپ کی جگہ کسی اور کو مل سکے۔
email-surgery-moved-subject = وقت یا جگہ تبدیل: { $title } ({ $reference })
email-surgery-moved-opening = ٹیم نے «{ $title }» کا وقت یا جگہ تبدیل کر دی ہے۔ آپ کی بکنگ { $reference } نئے وقت پر برقرار ہے:
email-surgery-moved-please-cancel = اگر اب آپ نہیں آ سکتے تو براہِ کرم بکنگ منسوخ کر دیں تاکہ آپ کی جگہ کسی اور کو مل سکے۔
email-booking-time-changed-subject = نیا وقت: { $title } ({ $reference })
email-booking-time-changed-opening = آپ نے «{ $title }» میں اپنی بکنگ کا وقت تبدیل کیا ہے۔ اب آپ کی جگہ یہ ہے:
email-booking-time-changed-not-you = اگر آپ نے یہ تبدیلی نہیں کی تو سائن اِن کر کے اپنی بکنگ چیک کریں۔
email-waiting-list-place-subject = انتظار کی فہرست سے بکنگ: { $title } ({ $reference })
email-waiting-list-place-opening = خوش خبری: «{ $title }» میں ایک جگہ خالی ہوئی ہے، اور چونکہ آپ انتظار کی فہرست میں پہلے نمبر پر تھے، اس لیے اب یہ جگہ آپ کی ہے۔
email-waiting-list-place-please-cancel = اگر اب آپ نہیں آ سکتے تو براہِ کرم بکنگ منسوخ کر دیں تاکہ یہ جگہ انتظار کرنے والے اگلے شخص کو مل سکے۔
email-booking-cancelled-subject = بکنگ منسوخ: { $title } ({ $reference })
email-booking-cancelled-opening = ملاقات کی نشست «{ $title }» ({ $when }) کے لیے آپ کی بکنگ { $reference } منسوخ کر دی گئی ہے۔
email-booking-cancelled-not-you = اگر آپ نے اسے منسوخ نہیں کیا تو آپ محلے کی پولیسنگ کی ویب سائٹ پر دوبارہ بکنگ کر سکتے ہیں۔
email-surgery-cancelled-subject = ٹیم نے منسوخ کر دی: { $title } ({ $reference })
email-surgery-cancelled-opening = معذرت: ٹیم نے ملاقات کی نشست «{ $title }» ({ $when }) منسوخ کر دی ہے، اس لیے آپ کی بکنگ { $reference } منسوخ ہو گئی ہے۔
email-surgery-cancelled-book-another = آپ محلے کی پولیسنگ کی ویب سائٹ پر ملاقات کی کسی دوسری نشست میں جگہ بُک کر سکتے ہیں، یا وہاں ٹیم سے رابطہ کر سکتے ہیں۔
email-booking-reminder-subject = یاد دہانی: { $title } ({ $reference })
email-booking-reminder-opening = «{ $title }» میں آپ کی جگہ کی یاد دہانی۔
email-booking-reminder-please-cancel = اگر آپ نہیں آ سکتے تو براہِ کرم بکنگ منسوخ کر دیں تاکہ آپ کی جگہ کسی اور کو مل سکے۔ آپ اپنی تصدیقی ای میل میں موجود لنک بھی استعمال کر سکتے ہیں۔

## "You said, we did" updates and alerts about what a resident follows. What the team wrote
## ($text) stays in their words.

email-update-opening = { $neighbourhood } محلے کی ٹیم نے کسی ایسے معاملے پر اپ ڈیٹ شائع کی ہے جو آپ نے اٹھایا تھا یا جس پر آپ نے ووٹ دیا تھا۔
email-update-you-said = آپ نے کہا: { $text }
email-update-we-did = ہم نے کیا: { $text }
email-update-outcome = نتیجہ: { $text }
email-update-next-steps = آگے کیا ہوگا: { $text }
email-update-link = اپ ڈیٹ پڑھیں
email-update-why = آپ کو یہ ای میلز اس لیے ملتی ہیں کہ آپ نے اپنے محلے میں کوئی تشویش درج کی تھی یا ووٹ دیا تھا۔ انہیں بند کرنے کے لیے یہ لنک استعمال کریں: { $link }
email-update-subject = آپ نے کہا، ہم نے کیا: { $neighbourhood } ٹیم کی طرف سے ایک اپ ڈیٹ
email-alert-opening = { $heading }، ان چیزوں میں جنہیں آپ اور آپ کے گروپس فالو کرتے ہیں:
email-alert-link = وہ سب کچھ دیکھیں جو آپ فالو کرتے ہیں
email-alert-why = یہ منتخب کرنے کے لیے کہ آپ کو کتنی بار اطلاع ملے، اپنے اکاؤنٹ میں جائیں۔ یہ ای میلز بند کرنے کے لیے یہ لنک استعمال کریں: { $link }
email-alert-subject = جن چیزوں کو آپ فالو کرتے ہیں، ان پر آپ کی محلے کی ٹیموں نے کیا کیا
email-alert-week = { $from } سے { $to } تک کیا بدلا
email-alert-since = { $since } سے اب تک کیا بدلا
email-alert-line = { $through }: { $kind } – { $title } ({ $neighbourhood }): { $what }، { $when }: { $text }
email-alert-you-follow = آپ فالو کرتے ہیں

## Community groups: an invitation, and a request to join approved. $group is the group's name.

email-group-invitation-subject = آپ کو { $group } میں شامل ہونے کی دعوت دی گئی ہے
email-group-invitation-opening = { $group } کے ایک منتظم نے آپ کو محلے کی پولیسنگ کی ویب سائٹ پر گروپ میں شامل ہونے کی دعوت دی ہے، تاکہ آپ فالو کر سکیں کہ مقامی ٹیم ان مسائل کے بارے میں کیا کرتی ہے جن کی گروپ کو فکر ہے۔
email-group-invitation-link = گروپ میں شامل ہوں
email-group-invitation-works-once = یہ لنک صرف ایک بار، 14 دن تک کام کرے گا۔ اسے استعمال کرنے سے آپ اس ای میل ایڈریس کے ساتھ سائن اِن بھی ہو جاتے ہیں۔
email-group-invitation-ignore = اگر آپ شامل نہیں ہونا چاہتے تو آپ اس ای میل کو نظر انداز کر سکتے ہیں۔
email-group-joined-subject = آپ { $group } میں شامل ہو گئے ہیں
email-group-joined-opening = اب آپ { $group } کے رکن ہیں۔
email-group-joined-link = دیکھیں کہ گروپ کیا فالو کرتا ہے

## A resident's concern: received, replied to, its status changed. $reference is the concern's.

email-concern-received-subject = ہمیں آپ کی تشویش موصول ہو گئی ہے ({ $reference })
email-concern-thanks = اپنی تشویش کے بارے میں ہمیں بتانے کا شکریہ۔ اس کا حوالہ نمبر { $reference } ہے۔
email-concern-reply-by = ٹیم { $when } تک جواب دے گی۔
email-concern-not-for-emergencies = یہ ہنگامی حالات کے لیے نہیں ہے۔ اگر کوئی جرم ہو رہا ہے یا کسی کو خطرہ ہے تو 999 پر کال کریں۔ جرم کی اطلاع دینے کے لیے 101 پر کال کریں یا آن لائن اطلاع دیں۔
email-concern-see = اپنی تشویش دیکھیں
email-concern-never-published = آپ کا نام اور رابطے کی تفصیلات کبھی شائع نہیں کی جاتیں۔
email-concern-reply-subject = آپ کی تشویش کے بارے میں جواب ({ $reference })
email-concern-replied = آپ کی محلے کی ٹیم نے آپ کی تشویش { $reference } کے بارے میں جواب دیا ہے:
email-concern-read-and-answer = پڑھیں اور جواب دیں
email-concern-to-answer = جواب دینے کے لیے اوپر دیا گیا لنک استعمال کریں۔
email-concern-update-subject = آپ کی تشویش کے بارے میں ایک اپ ڈیٹ ({ $reference })
email-concern-news = آپ کی تشویش { $reference } کے بارے میں نئی معلومات ہیں۔
# $status is the concern's status in plain words ("The team is looking into it"); $detail what the team added, in their words.
email-concern-status = { $status }۔
email-concern-status-detail = { $status }: { $detail }۔
email-concern-improved-ask = جب آپ کے پاس وقت ہو تو ویب سائٹ پر ہمیں بتائیں کہ کیا حالات بہتر ہوئے ہیں۔
# The team passed a resident's concern to a partner organisation; $organisation is its name.
email-concern-partner-consent = { $organisation } آپ کا نام یا ای میل پتہ نہیں دیکھتا جب تک آپ اجازت نہ دیں۔ آپ اپنی تشویش کے صفحے پر انتخاب کر سکتے ہیں، اور کسی بھی وقت اپنا فیصلہ بدل سکتے ہیں۔
email-concern-partner-replied = { $organisation } نے آپ کی تشویش { $reference } کے بارے میں جواب دیا ہے:

email-group-verified-subject = { $group } کی تصدیق ہو گئی ہے
email-group-verified = { $group } کی تصدیق ہو گئی ہے: اس کا صفحہ اب عوامی ہے، اور آپ گروپ کی طرف سے ترجیحات کو فالو کر سکتے ہیں اور مسائل پیش کر سکتے ہیں۔
email-group-declined-subject = { $group } کی تصدیق نہیں ہوئی
email-group-declined = { $group } کی تصدیق نہیں ہوئی، اس لیے یہ عوامی طور پر نظر نہیں آتا۔
email-group-declined-reason = بتائی گئی وجہ: { $reason }
email-group-decided-link = گروپ کے صفحے پر جائیں
email-group-join-request-subject = { $group } میں شامل ہونے کی درخواست
email-group-join-request-opening = کسی نے { $group } میں شامل ہونے کی درخواست کی ہے۔
email-group-join-request-link = درخواست منظور یا مسترد کریں
email-group-contact-subject = { $name } کی طرف سے { $group } کے لیے پیغام
email-group-contact-opening = { $name } نے محلے کی پولیسنگ کی ویب سائٹ پر گروپ کے صفحے کے ذریعے { $group } کو پیغام بھیجا ہے:
email-group-contact-answer = جواب دینے کے لیے { $name } کو { $email } پر لکھیں۔ آپ کا اپنا پتہ انہیں نہیں دکھایا گیا۔
