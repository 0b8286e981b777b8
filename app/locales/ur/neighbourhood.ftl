## A neighbourhood's page: its team, "How we're doing" (the Neighbourhood Policing Guarantee's
## figures), its local priorities and votes, "You said, we did" updates and what residents raised.

neighbourhood-title = { $name } محلے کی ٹیم
neighbourhood-raise-concern = اس ٹیم کو اپنی تشویش سے آگاہ کریں
neighbourhood-team-title = آپ کی ٹیم
neighbourhood-contact-officer = آپ کے نامزد رابطہ افسر { $officer } ہیں۔
neighbourhood-no-team = ٹیم کے ارکان کے نام ابھی یہاں شائع نہیں کیے گئے۔ ان سے رابطے کے لیے 101 پر کال کریں۔
neighbourhood-contact-officer-tag = رابطہ افسر
neighbourhood-surgeries-title = ٹیم سے ملیں: ملاقات کی نشستیں
neighbourhood-all-surgeries = ملاقات کی تمام نشستیں دیکھیں
neighbourhood-calendar = اس ٹیم کی ملاقات کی نشستیں اپنے کیلنڈر میں شامل کریں
neighbourhood-calendar-hint = (ایک کیلنڈر فیڈ جسے آپ کا فون یا کمپیوٹر سبسکرائب کر سکتا ہے)
neighbourhood-groups-title = کمیونٹی گروپس
neighbourhood-groups-link = اس ٹیم کے ساتھ کام کرنے والے کمیونٹی گروپس
neighbourhood-register-group = اپنا گروپ رجسٹر کریں
neighbourhood-contact-title = ٹیم سے رابطہ کریں
neighbourhood-contact-call = 101 پر کال کریں اور { $name } محلے کی ٹیم سے بات کروانے کو کہیں۔
neighbourhood-contact-email = ای میل:
neighbourhood-contact-telephone = ٹیلی فون:
neighbourhood-contact-not-email = کسی جرم کی اطلاع دینے کے لیے ای میل استعمال نہ کریں۔ ہنگامی صورت میں 999 پر کال کریں۔
neighbourhood-area-title = علاقہ
neighbourhood-no-map = اس محلے کا نقشہ ابھی دستیاب نہیں ہے۔

## What a signed-in resident has in this neighbourhood.

neighbourhood-yours-title = اس محلے میں آپ کی سرگرمی
neighbourhood-yours-booking = ملاقات کی نشست میں آپ کی جگہ، { $time } ({ $reference }):
neighbourhood-yours-booking-link = اپنی بکنگ دیکھیں یا تبدیل کریں
neighbourhood-yours-ballot = آپ نے رائے شماری “{ $question }” میں ووٹ دیا:
neighbourhood-yours-ballot-link = رائے شماری دیکھیں
neighbourhood-yours-following = آپ اس محلے کو فالو کر رہے ہیں: جب ٹیم کوئی اپ ڈیٹ شائع کرتی ہے تو ہم آپ کو ای میل کرتے ہیں۔
neighbourhood-yours-following-link = اسے اپنے اکاؤنٹ میں تبدیل کریں

## What residents have raised.

neighbourhood-raised-title = رہائشیوں نے کن باتوں پر تشویش ظاہر کی ہے
neighbourhood-raised-none = پچھلے 3 مہینوں میں کوئی تشویش درج نہیں کی گئی۔
neighbourhood-raised-total = پچھلے 3 مہینوں میں رہائشیوں نے { $count } خدشات درج کروائے۔
neighbourhood-raised-fewer = پچھلے 3 مہینوں میں رہائشیوں نے { $fewest } سے کم خدشات درج کروائے۔
neighbourhood-raised-more = پچھلے 3 مہینوں میں رہائشیوں نے { $count } سے زیادہ خدشات درج کروائے۔
neighbourhood-raised-caption = پچھلے 3 مہینوں میں درج کیے گئے خدشات، قسم کے لحاظ سے
neighbourhood-raised-kind = تشویش کی قسم
neighbourhood-raised-count = تعداد
neighbourhood-raised-others = دوسری اقسام
neighbourhood-raised-hint = 1 سے 4 تک کی تعداد کو “5 سے کم” لکھا جاتا ہے، اور کم تعداد والی اقسام کو ایک ساتھ گنا جاتا ہے، تاکہ کوئی عدد کسی فرد کی نشاندہی نہ کرے۔
neighbourhood-raised-summary = { $date } کو درج کی گئی۔ { $status }
neighbourhood-status-received = موصول ہو گئی
neighbourhood-status-replied = جواب دے دیا گیا
neighbourhood-status-under-review = زیرِ غور
neighbourhood-status-being-worked-on = اس پر کام ہو رہا ہے
neighbourhood-status-passed-to-partner = ایک شراکت دار کے حوالے کر دی گئی
neighbourhood-status-closed = بند
neighbourhood-problems-title = وہ مسائل جن پر ٹیم کام کر رہی ہے
neighbourhood-problem-stage = مرحلہ: { $stage } ({ $meaning })۔ آخری اپ ڈیٹ { $date } کو ہوئی۔
neighbourhood-problem-partners = اس پر { $partners } کے ساتھ مل کر کام ہو رہا ہے۔
neighbourhood-stage-scanning = نشاندہی
neighbourhood-stage-scanning-meaning = یہ معلوم کرنا کہ کیا ہو رہا ہے، کہاں اور کب
neighbourhood-stage-analysis = تجزیہ
neighbourhood-stage-analysis-meaning = یہ سمجھنا کہ ایسا کیوں ہوتا ہے، کون متاثر ہوتا ہے اور کون ذمہ دار ہے
neighbourhood-stage-response = کارروائی
neighbourhood-stage-response-meaning = شراکت داروں کے ساتھ مل کر کارروائی کرنا
neighbourhood-stage-assessment = جائزہ
neighbourhood-stage-assessment-meaning = یہ جانچنا کہ کارروائی کارگر رہی یا نہیں
neighbourhood-raised-feed = یہاں رہائشیوں کے درج کردہ خدشات سے باخبر رہیں (Atom فیڈ)

## Local priorities and votes.

neighbourhood-priorities-title = مقامی ترجیحات
neighbourhood-priorities-none = ٹیم نے ابھی اپنی ترجیحات شائع نہیں کیں۔
neighbourhood-priority-raised = { $date } کو اٹھائی گئی۔ { $updated }۔
neighbourhood-priority-no-action = ابھی تک کوئی کارروائی درج نہیں کی گئی۔
neighbourhood-priority-latest-action = تازہ ترین کارروائی: { $action }
neighbourhood-votes-title = اپنی رائے دیں: رائے شماریاں
neighbourhood-vote-open-until = { $time } تک جاری ہے
neighbourhood-vote-closed = { $date } کو ختم ہوئی: نتائج دیکھیں
neighbourhood-vote-open = جاری

## A local priority's page.

priority-caption = { $neighbourhood } میں ایک مقامی ترجیح
priority-summary = رہائشیوں نے { $date } کو اٹھائی۔ { $status }۔ { $updated }۔
priority-status-open = کھلی ہے
priority-status-action-under-way = کارروائی جاری ہے
priority-status-resolved = حل ہو گئی
priority-status-retired = اب ترجیح نہیں رہی
priority-last-updated = { $days ->
    [0] آخری اپ ڈیٹ آج ہوئی
    [one] آخری اپ ڈیٹ { $days } دن پہلے ہوئی
   *[other] آخری اپ ڈیٹ { $days } دن پہلے ہوئی
}
priority-update-due = اپ ڈیٹ درکار ہے
priority-actions-title = ٹیم نے کیا کیا ہے
priority-no-actions = ٹیم نے ابھی تک کوئی کارروائی درج نہیں کی۔
priority-team-link = { $neighbourhood } محلے کی ٹیم

## "You said, we did" updates.

updates-title = آپ نے کہا، ہم نے کیا
updates-none = ابھی تک کوئی اپ ڈیٹ شائع نہیں کی گئی۔
updates-you-said = آپ نے کہا
updates-we-did = ہم نے کیا
updates-result = نتیجہ
updates-next = آگے کیا ہوگا
updates-answers = یہ اپ ڈیٹ ان کا جواب ہے: { $answers }۔
updates-answers-priority = مقامی ترجیح “{ $name }”
updates-answers-vote = رائے شماری “{ $name }”
updates-answers-problem = مسئلہ “{ $name }”
updates-answers-concern = کسی رہائشی کی درج کردہ تشویش
updates-separator = {"، "}
updates-edited = { $date } کو اپ ڈیٹ کی گئی۔
updates-pages = مزید اپ ڈیٹس
updates-newer = نئی اپ ڈیٹس
updates-older = پرانی اپ ڈیٹس
updates-page = صفحہ { $page } از { $pages }
updates-feed = ٹیم کی اپ ڈیٹس سے باخبر رہیں (Atom فیڈ)

## Following.

follow-neighbourhood = اس محلے کو فالو کریں
follow-priority = اس ترجیح کو فالو کریں
follow-vote = اس رائے شماری کو فالو کریں
follow-problem = اس مسئلے کو فالو کریں
follow-hint = جب ٹیم اسے اپ ڈیٹ کرتی ہے تو ہم آپ کو ای میل کرتے ہیں۔ کتنی بار، یہ اپنے اکاؤنٹ میں منتخب کریں۔ کمیونٹی گروپس اسے اپنے ڈیش بورڈ سے فالو کر سکتے ہیں۔

## The map of the area.

map-label = { $name } کی حدود کا نقشہ
map-caption = وہ علاقہ جس کی ذمہ داری اس ٹیم کے پاس ہے۔ شمال اوپر کی طرف ہے۔

## Meetings a team recorded with a community group.

neighbourhood-meetings-none = ابھی تک کوئی ملاقات درج نہیں کی گئی۔
neighbourhood-meetings-date = تاریخ
neighbourhood-meetings-team = ٹیم
neighbourhood-meetings-attended = حاضرین
neighbourhood-meetings-notes = نوٹس
neighbourhood-meetings-priorities = جن ترجیحات پر بات ہوئی

## "How we're doing": the Neighbourhood Policing Guarantee's commitments, measured.

guarantee-title = ہماری کارکردگی
guarantee-page-title = ہماری کارکردگی: { $name } محلے کی ٹیم
guarantee-lead = محلے کی پولیسنگ کی ضمانت (Neighbourhood Policing Guarantee) ہر محلے سے یہ وعدہ کرتی ہے: ایک نامزد افسر جس سے آپ رابطہ کر سکیں، مقامی خدشات کا 72 گھنٹوں کے اندر جواب، مقامی ترجیحات جو شائع کی جائیں اور تازہ رکھی جائیں، اور باقاعدہ عوامی ملاقاتیں۔ یہ ٹیم کے اعداد و شمار ہیں۔
guarantee-computed = اعداد و شمار کا حساب: { $time }۔
guarantee-disclosure = خدشات، بکنگز اور جوابات کی 1 سے 4 تک کی تعداد کو “5 سے کم” لکھا جاتا ہے، اور رہائشیوں کے جوابات یا حاضری کا تناسب اس وقت نہیں دکھایا جاتا جب وہ، یا باقی، 5 سے کم ہو، تاکہ کوئی عدد کسی فرد کی نشاندہی نہ کرے۔ تناسب کو نیچے کی طرف پورا کیا جاتا ہے۔
guarantee-panel-hint = محلے کی پولیسنگ کی ضمانت کے تحت آپ سے کیے گئے وعدے، اعداد و شمار میں۔
guarantee-panel-link = ان اعداد و شمار کا تفصیلی مطلب
guarantee-met = پورا ہوا
guarantee-not-met = پورا نہیں ہوا
guarantee-measured = کیا ناپا جاتا ہے
guarantee-period = مدت
guarantee-fewer-than = { $count } سے کم
guarantee-share = { $share }%
guarantee-none-to-count = شمار کرنے کے لیے کچھ نہیں
guarantee-too-few = دکھانے کے لیے بہت کم
guarantee-now = اس وقت
guarantee-from-to = { $from } سے { $to } تک
guarantee-yes = ہاں
guarantee-no = نہیں
guarantee-contact-officer = نامزد رابطہ افسر
guarantee-contact-both = ایک نامزد رابطہ افسر اور ٹیم سے رابطے کی تفصیلات شائع کی گئی ہیں۔
guarantee-contact-no-details = ایک نامزد رابطہ افسر شائع کیا گیا ہے، لیکن ٹیم کا کوئی ای میل ایڈریس یا ٹیلی فون نمبر شائع نہیں کیا گیا۔
guarantee-contact-none = ابھی تک کوئی نامزد رابطہ افسر شائع نہیں کیا گیا۔
guarantee-contact-definition = اس صفحے پر ایک نامزد افسر شائع کیا جاتا ہے جس سے رہائشی رابطہ کر سکتے ہیں، ساتھ ہی ٹیم کا ای میل ایڈریس یا ٹیلی فون نمبر۔
guarantee-answered = 72 گھنٹوں کے اندر جواب
guarantee-answered-detail = 72 گھنٹوں کے اندر جواب دیا گیا: { $in_time }۔ بعد میں جواب دیا گیا: { $late }۔ 72 گھنٹوں کے بعد بھی جواب کے منتظر: { $waiting }۔
guarantee-answered-definition = پچھلے 90 دنوں میں درج کیے گئے جن خدشات کے 72 گھنٹے گزر چکے ہیں، ان میں سے وہ تناسب جن کا ٹیم نے 72 گھنٹوں کے اندر پہلا جواب دیا (یا انہیں بند کیا)، نیچے کی طرف پورا کیا گیا۔ 90% یا اس سے زیادہ پر وعدہ پورا ہوتا ہے۔
guarantee-priorities = ترجیحات تازہ ترین ہیں
guarantee-priorities-figure = { $count ->
    [0] کوئی شائع نہیں کی گئی
    [one] { $count } ترجیح
   *[other] { $count } ترجیحات
}
guarantee-priorities-none = ٹیم نے اپنی ترجیحات شائع نہیں کیں۔
guarantee-priorities-updated = ہر ترجیح پچھلے 3 مہینوں میں اپ ڈیٹ کی گئی۔ سب سے پرانی اپ ڈیٹ { $days } دن پہلے ہوئی۔
guarantee-priorities-due = { $due ->
    [one] { $due } ترجیح 3 مہینوں سے اپ ڈیٹ نہیں کی گئی۔
   *[other] { $due } ترجیحات 3 مہینوں سے اپ ڈیٹ نہیں کی گئیں۔
} سب سے پرانی اپ ڈیٹ { $days } دن پہلے ہوئی۔
guarantee-priorities-definition = اس وقت شائع شدہ مقامی ترجیحات، اور یہ کہ آیا ہر ایک پچھلے 3 کیلنڈر مہینوں میں اپ ڈیٹ کی گئی۔
guarantee-meetings = باقاعدہ عوامی ملاقاتیں
guarantee-meetings-figure = { $count } منعقد ہوئیں
guarantee-meetings-detail = ملاقات کی نشستیں: { $surgeries }۔ کمیونٹی گروپس کے ساتھ ملاقاتیں: { $meetings }۔ { $next } بک کی گئی جگہیں: { $booked }۔ حاضری: { $attendance }۔
guarantee-next-surgery = ملاقات کی اگلی نشست: { $time }۔
guarantee-no-next-surgery = ملاقات کی کوئی نشست ابھی طے نہیں ہوئی۔
guarantee-attendance-share = ان بکنگز کا { $share }% جن کی حاضری درج کی گئی
guarantee-attendance-none = درج نہیں کی گئی
guarantee-attendance-few = دکھانے کے لیے بہت کم درج کی گئی
guarantee-meetings-definition = پچھلے 3 مہینوں میں منعقد ہونے والی ملاقات کی نشستیں (منسوخ شدہ نہیں) اور کمیونٹی گروپس کے ساتھ وہ ملاقاتیں جو ٹیم نے درج کیں۔ کم از کم ایک منعقد ہونے پر وعدہ پورا ہوتا ہے۔
guarantee-updates = آپ نے کہا، ہم نے کیا
guarantee-updates-figure = { $count } شائع ہوئیں
guarantee-updates-detail = اپ ڈیٹس جو رہائشیوں کو بتاتی ہیں کہ ان کی اٹھائی گئی باتوں پر ٹیم نے کیا کیا۔
guarantee-updates-definition = پچھلے 3 مہینوں میں شائع ہونے والی “آپ نے کہا، ہم نے کیا” اپ ڈیٹس۔
guarantee-improved = کیا صورتحال بہتر ہوئی؟
guarantee-improved-none = ابھی کوئی جواب نہیں
guarantee-improved-answers = { $count ->
    [one] { $answers } جواب
   *[other] { $answers } جوابات
}
guarantee-improved-detail = ہاں: { $yes }۔ نہیں: { $no }۔ یقین نہیں: { $not_sure }۔
guarantee-improved-definition = تشویش بند ہونے کے بعد سوال “کیا صورتحال بہتر ہوئی؟” پر رہائشیوں کے جوابات، جو پچھلے 12 مہینوں میں دیے گئے۔ تناسب کو نیچے کی طرف پورا کیا جاتا ہے، اور کوئی تناسب اس وقت نہیں دکھایا جاتا جب وہ، یا باقی، 5 جوابات سے کم ہو۔
guarantee-messages = رہائشیوں کو پیغامات
guarantee-messages-figure = { $count } بھیجے گئے
# $useful is a share like "66%", or guarantee-none-to-count, or guarantee-too-few.
guarantee-messages-detail = جواب دینے والے رہائشیوں کے مطابق مفید: { $useful }۔
guarantee-messages-definition = اپیلیں، مشورے، انتباہات، خبریں اور تقریبات جو ٹیم (یا پولیس فورس) نے پچھلے 3 مہینوں میں محلے کو فالو کرنے والے رہائشیوں کو بھیجیں، اور سوال “کیا یہ مفید تھا؟” پر رہائشیوں کے جوابات میں “ہاں” کا تناسب۔ کوئی تناسب اس وقت نہیں دکھایا جاتا جب وہ، یا باقی، 5 جوابات سے کم ہو۔
guarantee-partners = شراکت داروں کے ساتھ کام
guarantee-partners-figure = { $count ->
    [one] { $count } مسئلہ
   *[other] { $count } مسائل
}
guarantee-partners-detail = مقامی مسائل جن پر ٹیم نے کسی شراکت دار ادارے، جیسے کونسل یا ہاؤسنگ ایسوسی ایشن، کے ساتھ کام کیا۔
guarantee-partners-definition = وہ مسائل جن پر کسی شراکت دار ادارے نے پچھلے 12 مہینوں میں ٹیم کے ساتھ کوئی کارروائی درج کی۔

feed-concerns-title = { $neighbourhood } میں رہائشیوں نے کن باتوں پر تشویش ظاہر کی ہے
feed-concern-title = { $category }، { $date } کو درج کی گئی
feed-problem-title = { $title } ({ $stage })
feed-problem-stage = مرحلہ: { $stage }، { $meaning }۔
feed-updates-title = آپ نے کہا، ہم نے کیا: { $neighbourhood }
feed-update-title = آپ نے کہا، ہم نے کیا: { $date }

## The confidence survey: four questions after the Crime Survey for England and Wales, asked of
## residents once a quarter, and their results on "How we're doing".
survey-invite = یہاں کی پولیسنگ کے بارے میں آپ کی کیا رائے ہے؟ چار مختصر سوالات کے جواب دیں
survey-title = { $neighbourhood } میں پولیسنگ کے بارے میں آپ کی کیا رائے ہے؟
survey-intro = چار مختصر سوالات، جو ہر تین مہینے بعد رہائشیوں سے پوچھے جاتے ہیں۔ آپ کے جوابات دوسرے رہائشیوں کے جوابات میں شامل کر دیے جاتے ہیں اور کبھی آپ کے نام کے ساتھ محفوظ نہیں کیے جاتے: ہم صرف یہ درج کرتے ہیں کہ آپ نے اس سہ ماہی میں جواب دے دیا ہے، تاکہ ہر کوئی ایک ہی بار جواب دے۔
# The three statements, and the question about feeling safe (also the headings of the results).
survey-understand = اس علاقے کی پولیس ان مسائل کو سمجھتی ہے جو اس کمیونٹی کو متاثر کرتے ہیں
survey-deal = اس علاقے کی پولیس ان باتوں سے نمٹتی ہے جو اس کمیونٹی کے لیے اہمیت رکھتی ہیں
survey-rely = اس علاقے کی پولیس پر بھروسا کیا جا سکتا ہے کہ ضرورت کے وقت وہ موجود ہوگی
survey-safe = اندھیرا ہونے کے بعد اس علاقے میں اکیلے پیدل چلتے ہوئے آپ خود کو کتنا محفوظ محسوس کرتے ہیں؟
survey-strongly-agree = پوری طرح متفق
survey-tend-to-agree = کسی حد تک متفق
survey-neither = نہ متفق، نہ غیر متفق
survey-tend-to-disagree = کسی حد تک غیر متفق
survey-strongly-disagree = پوری طرح غیر متفق
survey-very-safe = بہت محفوظ
survey-fairly-safe = کافی حد تک محفوظ
survey-a-bit-unsafe = تھوڑا غیر محفوظ
survey-very-unsafe = بہت غیر محفوظ
survey-never-alone = اندھیرا ہونے کے بعد میرا کبھی اکیلے پیدل چلنا نہیں ہوتا
survey-understand-missing = منتخب کریں کہ آپ اس بات سے کس حد تک متفق ہیں کہ یہاں کی پولیس ان مسائل کو سمجھتی ہے جو اس کمیونٹی کو متاثر کرتے ہیں
survey-deal-missing = منتخب کریں کہ آپ اس بات سے کس حد تک متفق ہیں کہ یہاں کی پولیس ان باتوں سے نمٹتی ہے جو اس کمیونٹی کے لیے اہمیت رکھتی ہیں
survey-rely-missing = منتخب کریں کہ آپ اس بات سے کس حد تک متفق ہیں کہ یہاں کی پولیس پر بھروسا کیا جا سکتا ہے کہ ضرورت کے وقت وہ موجود ہوگی
survey-safe-missing = منتخب کریں کہ اندھیرا ہونے کے بعد اس علاقے میں اکیلے پیدل چلتے ہوئے آپ خود کو کتنا محفوظ محسوس کرتے ہیں
survey-send = اپنے جوابات بھیجیں
survey-thanks = شکریہ: آپ کے جوابات شمار کر لیے گئے ہیں
survey-already = آپ اس سہ ماہی میں پہلے ہی جواب دے چکے ہیں، اس لیے یہ جوابات شمار نہیں کیے گئے
# $date is the first day of the next quarter.
survey-answered = آپ اس سہ ماہی میں جواب دے چکے ہیں۔ شکریہ۔ آپ { $date } سے دوبارہ جواب دے سکتے ہیں۔
survey-see-results = اب تک کے نتائج دیکھیں
survey-private = ہر محلے اور ہر سہ ماہی کے لیے صرف یہ تعداد محفوظ رکھی جاتی ہے کہ کتنے رہائشیوں نے کون سا جواب دیا۔ نتائج اس وقت دکھائے جاتے ہیں جب کم از کم 10 رہائشی جواب دے چکے ہوں۔
survey-results-title = اعتماد اور تحفظ کا احساس
survey-results-intro = ہر سہ ماہی ہمارے مختصر سروے میں رہائشیوں نے ہمیں کیا بتایا۔ کسی سہ ماہی کے نتائج اس وقت دکھائے جاتے ہیں جب کم از کم { $least } رہائشی جواب دے چکے ہوں۔
# $first and $last are month names.
survey-quarter = { $first } سے { $last } { $year }
survey-not-enough = ابھی کافی جوابات نہیں ملے: نتائج اس وقت دکھائے جاتے ہیں جب کم از کم { $least } رہائشی جواب دے چکے ہوں۔
survey-so-far = یہ سہ ماہی ابھی ختم نہیں ہوئی۔ اب تک جواب دینے والے رہائشی: { $count }۔ اس کے نتائج سہ ماہی ختم ہونے پر دکھائے جائیں گے، اگر کم از کم { $least } رہائشیوں نے جواب دیا ہو۔
survey-sign-in-first = جواب دینے کے لیے سائن اِن کریں، تاکہ ہر رہائشی ایک سہ ماہی میں ایک ہی بار جواب دے۔ آپ کے جوابات آپ کے نام کے ساتھ محفوظ نہیں کیے جاتے۔ سائن اِن کرنے کے بعد آپ واپس انہی سوالات پر آ جائیں گے۔
survey-share-agree = { $share }% متفق ہیں
survey-share-safe = { $share }% خود کو بہت یا کافی حد تک محفوظ محسوس کرتے ہیں
survey-safe-none = جواب دینے والے رہائشیوں میں سے بہت کم اندھیرا ہونے کے بعد اکیلے پیدل چلتے ہیں، اس لیے تناسب نہیں دکھایا جا سکتا
survey-answered-count = { $count ->
    [one] { $count } رہائشی نے جواب دیا
   *[other] { $count } رہائشیوں نے جواب دیا
}
