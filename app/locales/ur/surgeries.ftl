## ملاقات کی نشستیں اور جگہ بُک کرنا: تلاش، نشست کا صفحہ، بُکنگ، رہائشی کی بُکنگ، اور منسوخی۔

## ملاقات کی نشستیں تلاش کرنا (/surgeries)۔
surgery-search-title = اپنے قریب ملاقات کی نشست تلاش کریں
surgery-search-body = ملاقات کی نشستیں وہ اوقات ہیں جب آپ کی محلے کی ٹیم کسی لائبریری، اسکول یا کمیونٹی سینٹر میں موجود ہوتی ہے تاکہ آپ ان سے آمنے سامنے بات کر سکیں۔
surgery-search-hint = مثال کے طور پر، B15 2TT
surgery-search-button = ملاقات کی نشستیں تلاش کریں
surgery-found-title = { $neighbourhood } میں ملاقات کی نشستیں
surgery-calendar-link = یہ نشستیں اپنے کیلنڈر میں شامل کریں
surgery-team-link = { $neighbourhood } کی محلے کی ٹیم
surgery-search-again = کوئی دوسرا پوسٹ کوڈ تلاش کریں

## آنے والی نشستوں کی فہرست۔
surgery-list-none = اس وقت ملاقات کی کوئی نشست طے نہیں ہے۔ اگلی نشست کے بارے میں پوچھنے کے لیے ٹیم سے رابطہ کریں۔
surgery-list-drop-in = بغیر بُکنگ کے آ جائیں
surgery-book-place = جگہ بُک کریں

## نشست کا صفحہ۔
surgery-page-title = { $title }، { $when }
surgery-team = { $neighbourhood } کی محلے کی ٹیم
surgery-cancelled = یہ نشست منسوخ کر دی گئی ہے۔
surgery-over = یہ نشست ہو چکی ہے۔
surgery-drop-in = بُکنگ کی ضرورت نہیں: نشست کے دوران کسی بھی وقت آ جائیں۔
surgery-expected = ٹیم کو تقریباً { $count } افراد کے آنے کی توقع ہے۔
surgery-slots-title = اوقات اور باقی جگہیں
surgery-slots-time = وقت
surgery-slots-places = باقی جگہیں
surgery-fully-booked = مکمل طور پر بُک
surgery-your-place = اس نشست میں آپ کی جگہ بُک ہے۔
surgery-your-place-link = اپنی بُکنگ { $reference } دیکھیں
surgery-all-booked = تمام جگہیں بُک ہو چکی ہیں۔ آپ کسی وقت کی انتظار کی فہرست میں شامل ہو سکتے ہیں: اگر کوئی جگہ خالی ہوئی تو وہ انتظار کرنے والے پہلے شخص کو ملے گی۔
surgery-join-waiting-list = انتظار کی فہرست میں شامل ہوں
surgery-getting-there = وہاں کیسے پہنچیں
surgery-step-free = سیڑھیوں کے بغیر رسائی۔
surgery-not-step-free = اس مقام میں ہر جگہ سیڑھیوں کے بغیر رسائی نہیں ہے۔
surgery-map-link = { $venue } کو OpenStreetMap پر دیکھیں
surgery-call-sooner = اگر آپ کو ٹیم سے جلد بات کرنی ہو تو 101 پر کال کریں۔ ہنگامی صورت میں 999 پر کال کریں۔
surgery-back-to-team = { $neighbourhood } کی محلے کی ٹیم پر واپس جائیں
surgery-venue-library = لائبریری
surgery-venue-school = اسکول
surgery-venue-community-centre = کمیونٹی سینٹر
surgery-venue-place-of-worship = عبادت گاہ
surgery-venue-front-counter = پولیس اسٹیشن کا فرنٹ کاؤنٹر
surgery-venue-other = دیگر مقام

## نشست یا بُکنگ کے خلاصے کی قطاریں۔
summary-surgery = ملاقات کی نشست
summary-team = ٹیم
summary-when = کب
summary-time = وقت
summary-where = کہاں
summary-reference = حوالہ نمبر
summary-topic = آپ کس بارے میں بات کرنا چاہتے ہیں
summary-adjustments = شرکت کے لیے مدد
summary-status = صورتِ حال
summary-none = کوئی نہیں

## جگہ بُک کرنا، پہلا مرحلہ: وقت منتخب کریں۔
booking-sign-in = جگہ بُک کرنے کے لیے سائن اِن کریں۔ سائن اِن کرنے کے بعد آپ بُکنگ پر واپس آ جائیں گے۔
booking-already-booked = اس نشست میں آپ کی جگہ پہلے سے بُک ہے، اس لیے آپ دوسری جگہ بُک نہیں کر سکتے۔ آپ کی بُکنگ نیچے ہے: آپ اس کا وقت بدل سکتے ہیں یا اسے منسوخ کر سکتے ہیں۔
booking-no-such-surgery = ایسی کوئی نشست موجود نہیں۔
booking-back = واپس
booking-choose-time = وقت منتخب کریں
booking-when-where = { $when }، بمقام { $place }۔
booking-time-legend = وقت
booking-fully-booked-wait = مکمل طور پر بُک: انتظار کی فہرست میں شامل ہونے کے لیے اسے منتخب کریں
booking-topic-label = آپ کس بارے میں بات کرنا چاہیں گے؟
booking-topic-hint = ایک جملہ کافی ہے۔ یہ صرف محلے کی ٹیم دیکھتی ہے۔ کسی جرم کی اطلاع دینے کے لیے اسے استعمال نہ کریں۔
booking-adjustments-label = کیا ہم شرکت میں آپ کی مدد کے لیے کچھ کر سکتے ہیں؟ (اختیاری)
booking-adjustments-hint = مثال کے طور پر، ہیئرنگ لوپ، ترجمان، یا کوئی پُرسکون کمرہ۔
booking-continue = جاری رکھیں
booking-select-time = ایک وقت منتخب کریں
booking-topic-missing = مختصر طور پر بتائیں کہ آپ کس بارے میں بات کرنا چاہیں گے
booking-topic-too-long = آپ جس بارے میں بات کرنا چاہتے ہیں وہ { $max } حروف یا اس سے کم ہونا چاہیے
booking-adjustments-too-long = شرکت کے لیے مدد کی تفصیل { $max } حروف یا اس سے کم ہونی چاہیے

## جگہ بُک کرنا، دوسرا مرحلہ: جانچ اور تصدیق۔
booking-check-title = اپنی بُکنگ چیک کریں
booking-change = تبدیل کریں
booking-change-time = وقت
booking-change-topic = آپ کس بارے میں بات کرنا چاہتے ہیں
booking-change-adjustments = آپ کو درکار مدد
booking-wait-email = یہ وقت مکمل طور پر بُک ہے۔ آپ اس کی انتظار کی فہرست میں شامل ہو جائیں گے: اگر نشست سے پہلے کوئی جگہ خالی ہوئی تو وہ انتظار کرنے والے پہلے شخص کو دی جائے گی۔ اگر وہ آپ ہیں تو ہم آپ کو { $email } پر ای میل کریں گے۔
booking-confirm-email = ہم آپ کی تصدیق، کیلنڈر فائل اور منسوخی کے لنک کے ساتھ، { $email } پر ای میل کریں گے۔
booking-join-waiting-list = انتظار کی فہرست میں شامل ہوں
booking-confirm = بُکنگ کی تصدیق کریں
booking-complete = بُکنگ مکمل ہو گئی
booking-waiting = آپ انتظار کی فہرست میں ہیں۔ اگر کوئی جگہ خالی ہوئی تو وہ آپ کی ہو گی اور ہم آپ کو ای میل کریں گے۔
booking-slot-gone = آپ کا منتخب کردہ وقت ابھی ابھی مکمل طور پر بُک ہو گیا ہے۔ کوئی دوسرا وقت منتخب کریں۔
booking-not-bookable = اس نشست کی اب بُکنگ نہیں ہو سکتی: ہو سکتا ہے یہ منسوخ ہو گئی ہو یا شروع ہو چکی ہو۔

## رہائشی کی بُکنگ۔
booking-title = آپ کی بُکنگ { $reference }
booking-caption = آپ کی بُکنگ
booking-your-reference = آپ کا حوالہ نمبر ہے
booking-emailed = ہم نے آپ کو تصدیق ای میل کر دی ہے، کیلنڈر فائل اور منسوخی کے لنک کے ساتھ۔
booking-status-booked = بُک ہے
booking-status-cancelled = منسوخ
booking-status-cancelled-by-team = ٹیم نے منسوخ کر دی
booking-surgery-link = نشست کا صفحہ دیکھیں، وہاں پہنچنے کے طریقے کے ساتھ
booking-change-time-title = اپنا وقت تبدیل کریں
booking-new-time = نیا وقت
booking-change-time-button = وقت تبدیل کریں
booking-cannot-come = نہیں آ سکتے؟
booking-cancel-so = منسوخ کر دیں تاکہ کسی اور کو آپ کی جگہ مل سکے۔
booking-cancel-button = یہ بُکنگ منسوخ کریں
booking-back-to-account = اپنے اکاؤنٹ پر واپس جائیں
booking-cancel-sure = کیا آپ واقعی یہ بُکنگ منسوخ کرنا چاہتے ہیں؟
booking-cancel-sure-explained = آپ کی جگہ انتظار کرنے والے اگلے شخص کو ملے گی، یا دوبارہ پیش کی جائے گی۔ اگر جگہیں باقی ہوں تو آپ دوبارہ بُک کر سکتے ہیں۔
booking-cancel-yes = جی ہاں، یہ بُکنگ منسوخ کریں
booking-cancel-no = نہیں، میری بُکنگ برقرار رکھیں
booking-select-new-time = نیا وقت منتخب کریں
booking-time-changed = آپ کی بُکنگ نئے وقت پر منتقل ہو گئی ہے۔ ہم نے آپ کو تفصیلات اور کیلنڈر کی تازہ کاری ای میل کر دی ہے۔
booking-same-time = یہ پہلے سے آپ کا وقت ہے: کوئی مختلف وقت منتخب کریں
booking-slot-full = معذرت، اس وقت کی آخری جگہ ابھی ابھی بُک ہو گئی ہے: کوئی دوسرا وقت منتخب کریں
booking-too-late-to-move = یہ نشست شروع ہو چکی ہے، اس لیے اب وقت تبدیل نہیں ہو سکتا
booking-cannot-move = اس بُکنگ کو اب منتقل نہیں کیا جا سکتا

## بُکنگ منسوخ کرنا۔
booking-cancel-title = اپنی بُکنگ منسوخ کریں
booking-cancel-explained = آپ کی جگہ کسی اور کو دے دی جائے گی۔ اگر جگہیں باقی ہوں تو آپ دوبارہ بُک کر سکتے ہیں۔
booking-cannot-cancel = یہ بُکنگ اب منسوخ نہیں ہو سکتی: یا تو یہ پہلے سے منسوخ ہے، یا نشست شروع ہو چکی ہے۔
booking-cancelled = بُکنگ { $reference } منسوخ کر دی گئی ہے۔ ہم نے تصدیق کے لیے آپ کو ای میل کر دی ہے۔
booking-already-cancelled = بُکنگ { $reference } پہلے ہی منسوخ ہو چکی تھی۔
booking-too-late-to-cancel = یہ نشست شروع ہو چکی ہے، اس لیے اب بُکنگ منسوخ نہیں ہو سکتی۔
booking-cancel-link-unknown = منسوخی کا یہ لنک پہچانا نہیں جا سکا۔ یقینی بنائیں کہ آپ نے ای میل سے پورا لنک کاپی کیا ہے۔
