## Messages a neighbourhood team sends to residents who follow the neighbourhood: their page,
## the warning on the neighbourhood page, the email, and choosing which kinds come by email.

# The five kinds of message, as names (at the start of a sentence or after a colon).
message-kind-appeal = معلومات کے لیے اپیل
message-kind-advice = جرائم سے بچاؤ کے مشورے
message-kind-warning = انتباہ
message-kind-news = مقامی خبریں
message-kind-event = تقریب

messages-title = { $neighbourhood } ٹیم کی طرف سے پیغامات
messages-intro = معلومات کے لیے اپیلیں، جرائم سے بچاؤ کے مشورے، انتباہات، مقامی خبریں اور تقریبات جو ٹیم نے اس محلے کو فالو کرنے والے رہائشیوں کو بھیجی ہیں۔
messages-none = ٹیم نے ابھی تک کوئی پیغام نہیں بھیجا۔
messages-sent-on = { $date } کو بھیجا گیا
messages-until = { $date } کے آخر تک لاگو ہے
messages-ended = اب یہ لاگو نہیں ہے۔ یہ { $date } کے آخر تک لاگو تھا۔
messages-follow = ٹیم کے پیغامات ای میل کے ذریعے حاصل کرنے کے لیے اس محلے کو اس کے صفحے سے فالو کریں۔
messages-feed = ٹیم کے پیغامات سے باخبر رہیں (Atom فیڈ)
messages-back = { $neighbourhood } کے صفحے پر واپس جائیں
# On the neighbourhood page.
messages-warning-heading = ٹیم کی طرف سے انتباہ
messages-warning-link = پورا انتباہ پڑھیں
messages-latest-title = ٹیم کی طرف سے پیغامات
messages-see-all = ٹیم کی طرف سے تمام پیغامات دیکھیں
feed-messages-title = { $neighbourhood } ٹیم کی طرف سے پیغامات

# On the resident's account page.
account-messages-title = آپ کی ٹیموں کی طرف سے پیغامات
account-messages-intro = منتخب کریں کہ آپ جن محلوں کو فالو کرتے ہیں، ان کی ٹیموں کی طرف سے کس قسم کے پیغامات آپ کو ای میل کے ذریعے ملیں۔
account-messages-immediate = پیغام بھیجے جاتے ہی مجھے ای میل کریں
account-messages-never = مجھے ای میل نہ کریں
account-messages-save = اپنے انتخاب محفوظ کریں
account-messages-saved = پیغامات کے بارے میں آپ کے انتخاب محفوظ ہو گئے ہیں

# The page a "stop these emails" link opens; $kind is one of the message-kind- names.
unsubscribe-messages-title = اس قسم کی ای میلز بند کریں: { $kind }
unsubscribe-messages-explained = محلے کی ٹیموں کی طرف سے اس قسم کے پیغامات ای میل کے ذریعے لینا بند کرنے کے لیے بٹن دبائیں۔ دوسری اقسام کے پیغامات آتے رہیں گے، اور آپ اپنے اکاؤنٹ میں دوبارہ انتخاب کر سکتے ہیں۔

# The email of a message. $kind is one of the message-kind- names.
email-message-opening = { $neighbourhood } محلے کی ٹیم کی طرف سے ایک پیغام۔ { $kind }:
email-message-link = اسے ویب سائٹ پر پڑھیں
email-message-why = آپ کو یہ پیغام اس لیے ملا ہے کہ آپ { $neighbourhood } کو فالو کرتے ہیں۔ اس قسم کے پیغامات ({ $kind }) بند کرنے کے لیے یہ لنک استعمال کریں: { $link } آپ کو کون سے پیغامات ملیں، یہ منتخب کرنے کے لیے اپنے اکاؤنٹ میں جائیں۔
email-message-subject = { $kind }: { $title }

# Choosing a digest, on the account page.
account-messages-daily = مجھے روزانہ خلاصہ ای میل کریں
account-messages-weekly = مجھے ہفتہ وار خلاصہ ای میل کریں

# The page a "stop this digest" link opens.
unsubscribe-digest-daily-title = ٹیموں کے پیغامات کا روزانہ خلاصہ بند کریں
unsubscribe-digest-weekly-title = ٹیموں کے پیغامات کا ہفتہ وار خلاصہ بند کریں
unsubscribe-digest-explained = یہ خلاصہ بند کرنے کے لیے بٹن دبائیں۔ جن اقسام کے پیغامات اس میں آتے تھے وہ اب ای میل کے ذریعے نہیں آئیں گے، اور آپ اپنے اکاؤنٹ میں دوبارہ انتخاب کر سکتے ہیں۔

# A digest of messages: $date is the last day it covers, $kind one of the message-kind- names.
email-digest-daily-subject = { $date } کو آپ کے محلوں کی ٹیموں کی طرف سے پیغامات
email-digest-weekly-subject = { $date } تک کے ہفتے میں آپ کے محلوں کی ٹیموں کی طرف سے پیغامات
email-digest-opening = آپ کے محلوں کی ٹیموں نے یہ پیغامات بھیجے ہیں۔ آپ نے انہیں اکٹھا حاصل کرنے کا انتخاب کیا ہے۔
email-digest-item = { $neighbourhood } ٹیم کی طرف سے { $kind }: { $title }
email-digest-read = اسے ویب سائٹ پر پڑھیں: { $link }
email-digest-why = آپ کو یہ خلاصہ اس لیے ملا ہے کہ آپ ان محلوں کو فالو کرتے ہیں۔ اسے بند کرنے کے لیے یہ لنک استعمال کریں: { $link } آپ کو کون سے پیغامات اور کس طرح ملیں، یہ منتخب کرنے کے لیے اپنے اکاؤنٹ میں جائیں۔

# The opening of the email of a message from the force (for a Local Policing Area or the whole
# force) rather than one team; $kind is one of the message-kind- names.
email-message-opening-force = { $force } کی طرف سے اس کے محلوں کو فالو کرنے والے رہائشیوں کے لیے ایک پیغام۔ { $kind }:

# "Was this useful?": in the email of a message ($yes and $no are links), and the page they open.
email-message-useful = کیا یہ پیغام مفید تھا؟ ہر لنک سے کھلنے والے صفحے پر ایک کلک کے ذریعے ٹیم کو بتائیں۔ ہاں: { $yes } نہیں: { $no }
useful-title = کیا یہ پیغام مفید تھا؟
useful-intro = آپ کا جواب ٹیم کو ایسے پیغامات بھیجنے میں مدد دیتا ہے جو رہائشی چاہتے ہیں۔ یہ صرف ایک بار شمار ہوتا ہے: آپ اسے تبدیل کر سکتے ہیں۔
useful-yes = ہاں، یہ مفید تھا
useful-no = نہیں، یہ مفید نہیں تھا
useful-send = میرا جواب بھیجیں
useful-thanks = شکریہ۔ آپ کا جواب درج کر لیا گیا ہے۔
useful-not-recognised = یہ لنک پہچانا نہیں جا سکا۔ ٹیم کی طرف سے آپ کو بھیجی گئی ای میل میں موجود لنکس استعمال کریں۔
useful-not-sent = صرف وہی رہائشی جواب دے سکتے ہیں جنہیں یہ پیغام بھیجا گیا تھا۔
useful-missing = ہاں یا نہیں منتخب کریں

# Writing back to the team about a message: a link in its email, the page in the resident's
# account ($title is the message's title), and the email when the team answers.
email-message-reply = اس پیغام کے بارے میں ٹیم کو جواب لکھنے کے لیے یہ لنک استعمال کریں (پہلے آپ سے سائن اِن کرنے کو کہا جائے گا): { $link }
message-reply-caption = { $neighbourhood } ٹیم کی طرف سے ایک پیغام
message-reply-caption-force = { $force } کی طرف سے ایک پیغام
message-reply-thread-title = ٹیم کے ساتھ آپ کی بات چیت
message-reply-thread-none = آپ نے اس پیغام کے بارے میں ٹیم کو نہیں لکھا ہے۔
message-reply-you = آپ نے لکھا، { $time }
message-reply-team = ٹیم نے جواب دیا، { $time }
message-reply-write-title = ٹیم کو لکھیں
message-reply-label = آپ کا جواب
message-reply-hint = اسے صرف محلے کی ٹیم پورٹل پر پڑھتی ہے: ٹیم آپ کا ای میل ایڈریس نہیں دیکھتی۔ جب ٹیم جواب دے گی تو ہم آپ کو ای میل کریں گے۔
message-reply-send = اپنا جواب بھیجیں
message-reply-missing = اپنا جواب درج کریں
message-reply-sent = آپ کا جواب ٹیم کو بھیج دیا گیا ہے۔ جب ٹیم جواب دے گی تو ہم آپ کو ای میل کریں گے۔
message-reply-not-sent = اس پیغام کے بارے میں صرف وہی رہائشی جواب لکھ سکتے ہیں جنہیں یہ بھیجا گیا تھا
message-reply-too-many = آپ آج اس پیغام کے بارے میں { $limit } جوابات بھیج چکے ہیں۔ ٹیم انہیں پڑھ کر جواب دے گی۔ { $unit ->
    [hour] { $count ->
        [one] { $count } گھنٹے
       *[other] { $count } گھنٹے
    } بعد دوبارہ کوشش کریں۔
   *[minute] { $count ->
        [one] { $count } منٹ
       *[other] { $count } منٹ
    } بعد دوبارہ کوشش کریں۔
}
message-reply-back = اپنے اکاؤنٹ پر واپس جائیں
account-messages-received-title = آپ کو بھیجے گئے پیغامات
account-messages-read-and-reply = کسی پیغام کو پڑھنے اور اس کے بارے میں ٹیم کو جواب لکھنے کے لیے اسے کھولیں۔
email-message-answer-subject = ٹیم نے آپ کو اس بارے میں جواب دیا ہے: { $title }
email-message-answered = آپ کے محلے کی ٹیم نے پیغام "{ $title }" کے بارے میں آپ کی تحریر کا جواب دیا ہے:
email-message-answer-link = پڑھیں اور جواب دیں
email-message-answer-to-write = جواب لکھنے کے لیے اوپر دیا گیا لنک استعمال کریں۔ ٹیم آپ کا ای میل ایڈریس نہیں دیکھتی۔
