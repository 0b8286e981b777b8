## Raising a concern and following it: where it is, the form, checking it and sending it, the
## resident's page for it, and the panel that says the portal is not for emergencies.

# The panel before and after raising a concern. "report-crime", the link and "report-crime-end"
# make one sentence: "To report a crime, call 101 or [report it online on the … website]."
concern-warning = انتباہ:
concern-not-for-emergencies = یہ ہنگامی حالات یا جرم کی اطلاع دینے کے لیے نہیں ہے۔
concern-emergency-999 = اگر ابھی کوئی جرم ہو رہا ہے یا کسی کو خطرہ ہے تو 999 پر کال کریں۔
concern-report-crime = جرم کی اطلاع دینے کے لیے 101 پر کال کریں یا
concern-report-online = { $force } کی ویب سائٹ پر آن لائن اطلاع دیں
concern-report-crime-end = ۔
concern-report-crime-no-site = جرم کی اطلاع دینے کے لیے 101 پر کال کریں یا پولیس فورس کی ویب سائٹ پر اطلاع دیں۔
concern-deaf = اگر آپ بہرے ہیں یا آپ کو سننے میں دشواری ہے تو emergencySMS کے ساتھ رجسٹر ہونے کے بعد 999 پر ٹیکسٹ کریں، یا ٹیکسٹ فون 18000 استعمال کریں۔

# Where is it? (/concerns/new)
concern-start-title = اپنی محلے کی ٹیم کو اپنی تشویش سے آگاہ کریں
concern-start-intro = اپنی محلے کی ٹیم کو کسی ایسی مقامی بات کے بارے میں بتائیں جو آپ کو پریشان کرتی ہے: سماج دشمن رویہ، تیز رفتاری، منشیات فروشی، کوئی اندھیری گلی۔ وہ 72 گھنٹوں کے اندر جواب دیں گے، اور آپ ہمیشہ دیکھ سکتے ہیں کہ اس پر کیا کارروائی ہوئی۔
concern-start-hint = اس جگہ کا پوسٹ کوڈ جس کے بارے میں آپ کو تشویش ہے، یا اپنا پوسٹ کوڈ۔ مثال کے طور پر، B15 2TT۔
concern-continue = جاری رکھیں
concern-back = واپس

# The concern form.
concern-sign-in-first = تشویش بتانے کے لیے سائن اِن کریں، تاکہ ٹیم آپ کو جواب دے سکے۔ سائن اِن کرنے کے بعد آپ واپس یہیں آ جائیں گے۔
concern-no-such-neighbourhood = ایسا کوئی محلہ موجود نہیں ہے۔
concern-pin-placed = آپ نے نقشے پر جہاں منتخب کیا وہاں پن لگ گئی ہے۔ اسے کسی اور جگہ لگانے کے لیے نقشہ دوبارہ منتخب کریں، یا فارم جاری رکھیں۔
concern-choose-listed-group = خود کو یا فہرست میں دیے گئے گروپوں میں سے کسی ایک کو منتخب کریں
concern-choose-who = منتخب کریں کہ آپ یہ تشویش کس کی طرف سے بتا رہے ہیں
concern-moved = یہ جگہ { $name } محلے میں ہے، اس لیے آپ کی تشویش { $name } کی ٹیم کو جائے گی۔ آپ نے جو لکھا تھا ہم نے اسے ان کے فارم میں منتقل کر دیا ہے: اسے چیک کریں اور جاری رکھیں۔ ابھی کچھ نہیں بھیجا گیا۔
concern-place-outside = یہ جگہ اس پولیس فورس کے علاقے سے باہر ہے: اس علاقے کی پولیس فورس سے رابطہ کریں، یا 101 پر کال کریں
concern-place-unknown-postcode = ہمیں یہ پوسٹ کوڈ نہیں ملا۔ اسے چیک کریں، یا اس کے بجائے جگہ کی وضاحت کریں، جیسے کوئی گلی یا کوئی مشہور جگہ
concern-raise-title = { $name } میں تشویش بتائیں
concern-team-caption = { $name } محلے کی ٹیم
concern-raise-heading = تشویش بتائیں
concern-who-legend = آپ یہ تشویش کس کی طرف سے بتا رہے ہیں؟
concern-for-myself = اپنی طرف سے
concern-for-myself-hint = جوابات آپ کو ملیں گے۔
# $group is the group's name, as its organisers wrote it.
concern-for-group = { $group } (جس گروپ کے آپ منتظم ہیں)
concern-for-group-hint = تشویش گروپ کی طرف سے پیش کی جائے گی، اور جوابات اس کے تمام منتظمین کو جائیں گے۔
concern-propose = گروپ کے لیے: اسے ترجیحات کے اگلے ووٹ میں ایک انتخاب کے طور پر تجویز کریں
concern-where-label = یہ کہاں ہو رہا ہے؟
concern-where-hint = کوئی گلی، کوئی مشہور جگہ (Court Oak Road والا پارک) یا پوسٹ کوڈ۔
concern-kind-legend = یہ کس قسم کی تشویش ہے؟
concern-what-label = کیا ہو رہا ہے؟
concern-what-hint = ہمیں بتائیں کہ آپ نے کیا دیکھا ہے یا آپ کو کیا بات پریشان کرتی ہے۔ اپنا یا کسی اور کا نام شامل نہ کریں۔
concern-when-label = یہ کب ہوتا ہے؟ (اختیاری)
concern-when-hint = مثال کے طور پر، زیادہ تر شاموں کو رات 9 بجے کے بعد، یا ہفتے کی سہ پہر کو۔
concern-summary-legend = کیا آپ کی تشویش کا خلاصہ عوامی طور پر دکھایا جا سکتا ہے؟
concern-summary-hint = آپ کا نام اور رابطے کی تفصیلات کبھی شائع نہیں کی جاتیں۔
concern-summary-yes = ہاں
concern-summary-no = نہیں
concern-summary-yes-hint = ایک ماڈریٹر مختصر خلاصہ لکھتا ہے، جس میں آپ کا نام یا کوئی ایسی بات نہیں ہوتی جس سے آپ کی شناخت ہو سکے، اور اسے محلے کے صفحے پر دکھایا جاتا ہے۔
concern-summary-no-hint = اسے صرف محلے کی ٹیم دیکھتی ہے۔

# The map a pin is placed on, on the concern form (the PinMap island). $name is the
# neighbourhood's name.
concern-pin-map-hint = آپ یہ بھی دکھا سکتے ہیں کہ یہ کہاں ہوتا ہے: پن لگانے یا اسے کسی اور جگہ لگانے کے لیے نقشے پر کوئی جگہ منتخب کریں۔
concern-pin-map-alt = { $name } کا نقشہ: پن لگانے کے لیے کوئی جگہ منتخب کریں
concern-pin-map-placed = نقشے پر پن لگی ہوئی ہے۔
concern-pin-map-none = کوئی پن نہیں لگی۔
concern-pin-map-remove = پن ہٹائیں

# What is wrong with what was typed. "where-name" names the field in "too-long".
concern-where-name = یہ کہاں ہو رہا ہے
concern-where-missing = درج کریں کہ یہ کہاں ہو رہا ہے: کوئی گلی، کوئی مشہور جگہ یا پوسٹ کوڈ
concern-kind-missing = منتخب کریں کہ یہ کس قسم کی تشویش ہے
concern-what-missing = ہمیں بتائیں کہ کیا ہو رہا ہے
concern-what-too-short = ہمیں تھوڑا اور بتائیں: کم از کم { $least } حروف
concern-summary-missing = منتخب کریں کہ کیا خلاصہ عوامی طور پر دکھایا جا سکتا ہے
concern-pin-again = نقشے پر دوبارہ پن لگائیں
# $label is what the field is called ("What is happening"); $max a number of characters.
concern-too-long = "{ $label }" میں زیادہ سے زیادہ { $max } حروف ہو سکتے ہیں
concern-plain-words = سادہ الفاظ میں لکھیں: ہر وہ چیز ہٹا دیں جو ویب صفحے کے کوڈ جیسی لگتی ہو، جیسے <b>

# The rows of "Check your concern" and of the resident's page for it.
concern-row-raised-for = کس کی طرف سے
concern-row-where = کہاں
concern-row-kind = تشویش کی قسم
concern-row-what = کیا ہو رہا ہے
concern-row-when = یہ کب ہوتا ہے
concern-row-summary = عوامی خلاصہ
concern-row-replies-to = جوابات کہاں جائیں گے
concern-row-status = صورتِ حال
concern-row-improved = کیا حالات بہتر ہوئے ہیں؟

# Check your concern. Each "Change" link is followed, for screen readers, by what it changes.
concern-check-title = اپنی تشویش چیک کریں
concern-change = تبدیل کریں
concern-change-who = تشویش کس کی طرف سے ہے
concern-change-where = یہ کہاں ہو رہا ہے
concern-change-kind = تشویش کی قسم
concern-change-what = کیا ہو رہا ہے
concern-change-when = یہ کب ہوتا ہے
concern-change-summary = کیا خلاصہ دکھایا جائے گا
# After the group's name.
concern-replies-to-organisers = (جوابات اس کے منتظمین کو جائیں گے)
concern-replies-to-organisers-proposed = (جوابات اس کے منتظمین کو جائیں گے)، ترجیحات کے اگلے ووٹ کے لیے تجویز کردہ
# After the place the resident typed.
concern-with-pin = (نقشے پر پن کے ساتھ)
concern-not-given = نہیں بتایا گیا
concern-check-summary-yes = ہاں، ماڈریٹر کے چیک کرنے کے بعد
concern-check-summary-no = نہیں
concern-check-reply = ٹیم 72 گھنٹوں کے اندر جواب دے گی۔ آپ کا نام اور رابطے کی تفصیلات کبھی شائع نہیں کی جاتیں۔
concern-send = اپنی تشویش بھیجیں
concern-no-longer-organiser = آپ اب یہاں { $group } کے منتظم نہیں ہیں۔ تبدیل کریں کہ تشویش کس کی طرف سے ہے
concern-sent = تشویش بھیج دی گئی
concern-too-many = آپ ایک دن میں زیادہ سے زیادہ { $limit } تشویشیں بتا سکتے ہیں۔ { $unit ->
    [hour] { $count ->
        [one] { $count } گھنٹے
       *[other] { $count } گھنٹے
    } بعد دوبارہ کوشش کریں۔
   *[minute] { $count ->
        [one] { $count } منٹ
       *[other] { $count } منٹ
    } بعد دوبارہ کوشش کریں۔
}

# The resident's page for their concern (/account/concerns/{reference}).
concern-your-concern-title = آپ کی تشویش { $reference }
concern-your-reference = آپ کا حوالہ نمبر ہے
concern-emailed = ہم نے آپ کو ای میل کر کے بتا دیا ہے کہ ہمیں یہ مل گئی ہے۔
concern-reply-by = ٹیم { $time } تک جواب دے گی
concern-reply-by-sentence = ٹیم { $time } تک جواب دے گی۔
concern-back-to-account = اپنے اکاؤنٹ پر واپس جائیں
concern-status-with-reason = { $status }: { $reason }
concern-public-summary-none = نہیں دکھایا گیا: آپ نے کہا تھا کہ اسے صرف ٹیم دیکھے
concern-public-summary-pending = ماڈریٹر کے چیک کرنے کا انتظار ہے
concern-public-summary-approved = محلے کے صفحے پر آپ کے نام کے بغیر دکھایا گیا ہے
concern-public-summary-rejected = نہیں دکھایا گیا: ماڈریٹر نے فیصلہ کیا کہ اسے شائع نہیں کیا جانا چاہیے
concern-timeline-title = اب تک کیا ہوا ہے
concern-timeline-nothing = ابھی کچھ نہیں: ٹیم 72 گھنٹوں کے اندر جواب دے گی۔
# Who wrote or did it, and when: "The team, Saturday 5 December 2026 at 10:15am".
concern-timeline-when = { $who }، { $time }
concern-timeline-team = ٹیم
concern-timeline-you = آپ
concern-timeline-reopened = تشویش دوبارہ کھولی
# Followed by what the resident wrote.
concern-timeline-reopened-why = تشویش دوبارہ کھولی:
# A change of status, followed by who it was passed to or the local problem it is part of.
concern-timeline-status = { $status }:
concern-write-title = ٹیم کو لکھیں
concern-your-message = آپ کا پیغام
concern-write-hint = ٹیم کو ای میل کے ذریعے بتایا جاتا ہے کہ آپ نے لکھا ہے۔
concern-send-message = پیغام بھیجیں
concern-write-missing = ٹیم کے لیے اپنا پیغام لکھیں
concern-message-sent = آپ کا پیغام ٹیم کو بھیج دیا گیا ہے
concern-closed-reopen-to-write = یہ تشویش بند ہو چکی ہے: ٹیم کو لکھنے کے لیے اسے دوبارہ کھولیں
concern-too-many-messages = آپ آج اس تشویش کے بارے میں { $limit } پیغامات بھیج چکے ہیں۔ ٹیم انہیں پڑھ کر جواب دے گی۔ { $unit ->
    [hour] { $count ->
        [one] { $count } گھنٹے
       *[other] { $count } گھنٹے
    } بعد دوبارہ کوشش کریں۔
   *[minute] { $count ->
        [one] { $count } منٹ
       *[other] { $count } منٹ
    } بعد دوبارہ کوشش کریں۔
}
# The answers to "Since you raised it, have things improved?".
concern-improved-choice-yes = ہاں
concern-improved-choice-no = نہیں
concern-not-sure = یقین نہیں
concern-improved-legend = آپ کے بتانے کے بعد سے، کیا حالات بہتر ہوئے ہیں؟
concern-send-answer = جواب بھیجیں
concern-select-improved = منتخب کریں کہ کیا حالات بہتر ہوئے ہیں
concern-thanks = ہمیں بتانے کا شکریہ
concern-improved-once = تشویش بند ہونے کے بعد آپ ایک بار بتا سکتے ہیں کہ کیا حالات بہتر ہوئے ہیں
concern-reopen-title = اپنی تشویش دوبارہ کھولیں
concern-reopen-body = اگر یہ اب بھی ہو رہا ہے، تو آپ اسے بند ہونے کے 28 دن کے اندر دوبارہ کھول سکتے ہیں۔
concern-reopen-label = اب بھی کیا ہو رہا ہے؟ (اختیاری)
concern-still-happening = اب بھی کیا ہو رہا ہے
concern-reopen-button = تشویش دوبارہ کھولیں
concern-reopened = آپ کی تشویش دوبارہ کھول دی گئی ہے: ٹیم کو بتا دیا گیا ہے
concern-reopen-too-late = کوئی تشویش بند ہونے کے 28 دن کے اندر دوبارہ کھولی جا سکتی ہے

# A concern's status: its short name (tags, lists) and as the resident's page explains it.
concern-status-received = موصول ہو گئی
concern-status-replied = جواب دے دیا گیا
concern-status-under-review = جائزہ جاری ہے
concern-status-being-worked-on = کام جاری ہے
concern-status-passed-to-partner = شراکت دار کو بھیج دی گئی
concern-status-closed = بند
concern-status-words-received = موصول ہو گئی: ٹیم 72 گھنٹوں کے اندر جواب دے گی
concern-status-words-replied = ٹیم نے جواب دے دیا ہے
concern-status-words-under-review = ٹیم اس کا جائزہ لے رہی ہے
concern-status-words-being-worked-on = ٹیم ایک مقامی مسئلے کے حصے کے طور پر اس پر کام کر رہی ہے
concern-status-words-passed-to-partner = ایک ایسے شراکت دار کو بھیج دی گئی ہے جو اس پر کارروائی کر سکتا ہے
concern-status-words-closed = بند
# Why a concern was closed, after "Closed: ".
concern-close-action-taken = کارروائی کی گئی
concern-close-no-further-action = مزید کوئی کارروائی نہیں
concern-close-not-a-police-matter = یہ پولیس کا معاملہ نہیں ہے
concern-close-duplicate = یہ ایک اور تشویش جیسی ہی ہے
concern-close-duplicate-of = یہ ایک اور تشویش جیسی ہی ہے، { $reference }
# The resident's answer to "Has it improved?".
concern-improved-yes = ہاں، حالات بہتر ہوئے ہیں
concern-improved-no = نہیں، حالات بہتر نہیں ہوئے

## Partner organisations the team passed the concern to. $organisation is one's name.

concern-partners-title = اس پر کام کرنے والے شراکت دار
concern-partners-intro = ٹیم نے آپ کی تشویش ان اداروں کو بھیجی ہے، جو اس پر کارروائی کر سکتے ہیں۔ وہ دیکھتے ہیں کہ آپ نے کیا لکھا اور آپ کو یہاں جواب دے سکتے ہیں۔ وہ آپ کا نام اور ای میل پتہ صرف اسی صورت میں دیکھتے ہیں جب آپ اجازت دیں۔
concern-partners-group = وہ گروپ کا نام دیکھتے ہیں، آپ کا نام کبھی نہیں۔
concern-partner-yes = { $organisation } کو میرا نام اور ای میل پتہ دیکھنے دیں
concern-partner-no = میرا نام اور ای میل پتہ { $organisation } سے پوشیدہ رکھیں
concern-partner-given = { $organisation } آپ کا نام اور ای میل پتہ دیکھ سکتا ہے۔
concern-partner-refused = { $organisation } آپ کا نام یا ای میل پتہ نہیں دیکھ سکتا۔
concern-partner-asked = آپ نے ابھی جواب نہیں دیا: { $organisation } آپ کا نام یا ای میل پتہ نہیں دیکھ سکتا۔
concern-partner-saved = آپ کا جواب محفوظ ہو گیا ہے
concern-partner-not-now = آپ کا جواب محفوظ نہیں ہو سکا: آپ کی تشویش اس ادارے کو نہیں بھیجی گئی تھی
