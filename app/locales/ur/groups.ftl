## کمیونٹی گروپس: فہرست، گروپ رجسٹر کرنا، اس کا عوامی صفحہ، اراکین کا ڈیش بورڈ، منتظمین کا
## اراکین کو سنبھالنا، اور دعوت قبول کرنا۔ گروپوں کے نام، تفصیل اور ٹیم کی لکھی ہوئی باتیں
## جیسے لکھی گئیں ویسے ہی دکھائی جاتی ہیں، انگریزی کے طور پر نشان زد۔

group-kind-residents-association = رہائشیوں کی انجمن
group-kind-neighbourhood-watch = نیبرہڈ واچ
group-kind-faith-group = مذہبی گروپ
group-kind-youth-group = نوجوانوں کا گروپ
group-kind-tenants-association = کرایہ داروں کی انجمن
group-kind-business-association = کاروباری انجمن
group-kind-school-or-college = اسکول یا کالج
group-kind-other = کوئی اور کمیونٹی گروپ

group-list-title = کمیونٹی گروپس
group-list-title-in = { $neighbourhood } میں کمیونٹی گروپس
group-list-intro = رہائشیوں کی انجمنیں، نیبرہڈ واچ اسکیمیں، مذہبی، نوجوانوں کے، کرایہ داروں کے اور کاروباری گروپس اپنی محلے کی ٹیموں کے ساتھ مل کر کام کرتے ہیں۔ یہاں ہر گروپ کی جانچ اس کی ٹیم یا کسی ماڈریٹر نے کی ہے۔
group-register-link = گروپ رجسٹر کریں
group-list-none = یہاں ابھی تک کسی گروپ کی تصدیق نہیں ہوئی۔
group-list-about = – { $kind }، { $neighbourhoods }
group-list-team-link = { $neighbourhood } محلے کی ٹیم

group-register-sign-in = کمیونٹی گروپ رجسٹر کرنے کے لیے سائن اِن کریں۔ سائن اِن ہونے کے بعد آپ واپس اسی فارم پر آ جائیں گے۔
group-register-title = کمیونٹی گروپ رجسٹر کریں
group-back = واپس
group-register-intro = رجسٹر ہونے کے بعد آپ گروپ کے منتظم ہوں گے: آپ اراکین کو دعوت دے سکتے ہیں، مقامی ترجیحات کو فالو کر سکتے ہیں اور گروپ کی طرف سے مسائل پیش کر سکتے ہیں۔ جب اس کی محلے کی ٹیم یا کوئی ماڈریٹر گروپ کی جانچ کر لے گا تو گروپ عوامی طور پر نظر آئے گا۔
group-register-privacy = آپ کا نام اور ای میل ایڈریس کبھی عوامی طور پر نہیں دکھائے جاتے۔ لوگ ایک فارم کے ذریعے گروپ سے رابطہ کرتے ہیں، جو اس کے منتظمین تک پہنچا دیا جاتا ہے۔
group-name-label = گروپ کا نام
group-kind-legend = یہ کس قسم کا گروپ ہے؟
group-neighbourhood-label = گروپ کس محلے میں کام کرتا ہے؟
group-neighbourhood-placeholder = محلہ منتخب کریں
group-neighbourhood-other-label = کوئی اور محلہ (اختیاری)
group-neighbourhood-none = کوئی نہیں
group-description-label = گروپ کیا کام کرتا ہے؟
group-description-hint = یہ گروپ کے عوامی صفحے پر دکھایا جائے گا: گروپ کس کے لیے ہے، کب اور کہاں ملتا ہے۔ کسی کی رابطے کی تفصیلات شامل نہ کریں۔
group-register-button = گروپ رجسٹر کریں
group-register-too-many = آپ ایک دن میں زیادہ سے زیادہ 3 گروپ رجسٹر کر سکتے ہیں۔ { $unit ->
    [hour] { $count ->
        [one] { $count } گھنٹے
       *[other] { $count } گھنٹے
    } بعد دوبارہ کوشش کریں۔
   *[minute] { $count ->
        [one] { $count } منٹ
       *[other] { $count } منٹ
    } بعد دوبارہ کوشش کریں۔
}

group-name-missing = گروپ کا نام درج کریں
group-name-too-long = نام { $max } حروف یا اس سے کم ہونا چاہیے
group-name-markup = نام سادہ الفاظ میں لکھیں: ہر وہ چیز ہٹا دیں جو ویب صفحے کا کوڈ لگتی ہو
group-name-invisible = نام میں صرف حروف، اعداد، خالی جگہیں اور رموزِ اوقاف ہونے چاہییں
group-kind-missing = منتخب کریں کہ یہ کس قسم کا گروپ ہے
group-neighbourhood-unknown = فہرستوں میں سے محلے منتخب کریں
group-neighbourhood-missing = وہ محلہ منتخب کریں جس میں آپ کا گروپ کام کرتا ہے
group-description-missing = بتائیں کہ آپ کا گروپ کیا کام کرتا ہے
group-description-too-long = گروپ کے کام کی تفصیل { $max } حروف یا اس سے کم ہونی چاہیے
group-markup = سادہ الفاظ میں لکھیں: ہر وہ چیز ہٹا دیں جو ویب صفحے کا کوڈ لگتی ہو، جیسے <b>
group-contact-name-missing = اپنا نام درج کریں
group-contact-name-too-long = آپ کا نام { $max } حروف یا اس سے کم ہونا چاہیے
group-contact-message-missing = اپنا پیغام درج کریں
group-contact-message-too-long = آپ کا پیغام { $max } حروف یا اس سے کم ہونا چاہیے

group-joined-sign-in = آپ گروپ میں شامل ہو گئے ہیں۔ گروپ کا ڈیش بورڈ دیکھنے کے لیے اسی ایڈریس سے سائن اِن کریں جس پر دعوت بھیجی گئی تھی۔
group-joined = آپ گروپ میں شامل ہو گئے ہیں
group-invitation-not-valid = یہ دعوت استعمال ہو چکی ہے یا اس کی مدت ختم ہو گئی ہے۔ گروپ کے منتظم سے نئی دعوت مانگیں
group-join-title = کمیونٹی گروپ میں شامل ہوں
group-join-heading = { $group } میں شامل ہوں
group-invited = آپ کو { $email } کے طور پر { $group } میں شامل ہونے کی دعوت دی گئی تھی۔
group-invitation-members = اراکین وہ سب کچھ دیکھتے ہیں جو گروپ فالو کرتا ہے اور پیش کرتا ہے، اور ٹیم کے جوابات بھی۔ گروپ کے منتظمین آپ کا نام اور ای میل ایڈریس دیکھتے ہیں؛ کوئی اور نہیں دیکھتا، اور آپ کا نام عوامی طور پر صرف اسی صورت میں دکھایا جاتا ہے جب آپ ایسا چاہیں۔
group-join-button = گروپ میں شامل ہوں
group-invitation-broken = دعوت کا یہ لنک کام نہیں کر رہا
group-invitation-broken-why = ہو سکتا ہے یہ پہلے ہی استعمال ہو چکا ہو، یا اس کی مدت ختم ہو گئی ہو: دعوتیں 14 دن کے لیے ایک بار کام کرتی ہیں۔ گروپ کے منتظم سے کہیں کہ آپ کو دوبارہ دعوت دیں۔

group-join-requested = درخواست بھیج دی گئی: گروپ کے منتظمین اسے منظور کریں گے
group-join-already = آپ پہلے ہی اس گروپ کے رکن ہیں، یا شامل ہونے کی درخواست دے چکے ہیں
group-join-not-open = گروپ کی تصدیق ہو جانے کے بعد آپ شامل ہونے کی درخواست دے سکتے ہیں
group-contact-not-open = گروپ کی تصدیق ہو جانے کے بعد لوگ اس سے رابطہ کر سکتے ہیں
group-contact-sent = پیغام بھیج دیا گیا: گروپ کے منتظمین آپ کے ای میل ایڈریس پر جواب دیں گے
group-contact-too-many = آپ پہلے ہی کئی پیغامات بھیج چکے ہیں۔ { $unit ->
    [hour] { $count ->
        [one] { $count } گھنٹے
       *[other] { $count } گھنٹے
    } بعد دوبارہ کوشش کریں۔
   *[minute] { $count ->
        [one] { $count } منٹ
       *[other] { $count } منٹ
    } بعد دوبارہ کوشش کریں۔
}
group-registered = گروپ رجسٹر ہو گیا
group-registered-reference = آپ کا حوالہ نمبر ہے
group-registered-next = محلے کی ٹیم یا کوئی ماڈریٹر گروپ کی جانچ کرے گا۔ تصدیق ہونے پر ہم آپ کو ای میل کریں گے؛ تب تک یہ صفحہ صرف آپ اور گروپ کے اراکین دیکھ سکتے ہیں۔
group-status-pending = تصدیق کا انتظار ہے: یہ صفحہ صرف گروپ کے اراکین اور گروپوں کی جانچ کرنے والا عملہ دیکھ سکتا ہے۔
group-status-declined = تصدیق نہیں ہوئی، اس لیے یہ عوامی نہیں ہے۔ بتائی گئی وجہ: { $reason }
group-status-closed = بند ہے۔ { $reason }
group-works-in = کام کا علاقہ:
group-members-include = اراکین میں شامل ہیں: { $names }۔
group-dashboard-link = گروپ کے ڈیش بورڈ پر جائیں
group-staff-link = گروپ کی تصدیق کریں یا ملاقات درج کریں (عملہ)
group-follows-title = گروپ کیا فالو کرتا ہے
group-follows-none = گروپ ابھی کچھ بھی فالو نہیں کرتا۔
group-column-what = کیا
group-column-status = صورتِ حال
group-item-label = { $kind }:
group-submissions-title = گروپ کے پیش کیے گئے مسائل
group-submissions-none = گروپ نے ابھی تک کوئی مسئلہ پیش نہیں کیا۔
group-column-issue = مسئلہ
group-column-neighbourhood = محلہ
group-column-put-forward = پیش کیا گیا
group-join-asked = آپ نے شامل ہونے کی درخواست دی ہے: گروپ کے منتظمین آپ کی درخواست منظور کریں گے۔
group-join-privacy = گروپ کے منتظمین آپ کی درخواست منظور کرنے اور آپ سے رابطے میں رہنے کے لیے آپ کا نام اور ای میل ایڈریس دیکھتے ہیں۔ کوئی اور نہیں دیکھتا۔
group-join-ask-button = گروپ میں شامل ہونے کی درخواست دیں
group-join-sign-in-before = گروپ میں شامل ہونے کی درخواست دینے کے لیے{ " " }
group-join-sign-in-link = سائن اِن کریں
group-join-sign-in-after = ۔
group-join-section = گروپ میں شامل ہوں
group-contact-title = گروپ سے رابطہ کریں
group-contact-intro = آپ کا پیغام ای میل کے ذریعے گروپ کے منتظمین تک پہنچایا جاتا ہے، آپ کے نام اور ای میل ایڈریس کے ساتھ تاکہ وہ جواب دے سکیں۔ یہ پولیس کے پاس نہیں جاتا: کسی جرم کی اطلاع دینے کے لیے 101 پر کال کریں، یا ہنگامی صورت میں 999 پر۔
group-contact-name = آپ کا نام
group-contact-email = آپ کا ای میل ایڈریس
group-contact-message = آپ کا پیغام
group-contact-button = پیغام بھیجیں
group-all-link = تمام کمیونٹی گروپس

group-item-priority = ترجیح
group-item-problem = مسئلہ
group-item-vote = رائے شماری
group-item-neighbourhood = محلہ
group-item-concern = تشویش { $reference }
group-item-neighbourhood-title = { $neighbourhood } محلہ
group-event-raised = پیش کیا گیا
group-event-set = طے کی گئی
group-event-opened = شروع ہوا
group-event-status-changed = صورتِ حال بدل گئی
group-event-reply = ٹیم کا جواب
group-event-group-reply = گروپ نے لکھا
group-event-partner-reply = شراکت دار کا جواب
group-event-action = اقدام
group-event-update = آپ نے کہا، ہم نے کیا
group-event-closed = رائے شماری ختم ہو گئی
group-event-results = نتائج
group-timeline-priority-set = مقامی ترجیح کے طور پر طے کی گئی: { $issue }
group-timeline-priority-now = اب: { $status }
group-timeline-stage-reached = اگلے مرحلے میں پہنچ گیا: { $stage }
group-timeline-work-begun = ٹیم نے اس پر کام شروع کیا: { $title }
group-timeline-vote-announced = رائے شماری کا اعلان: { $opens } سے { $closes } تک کھلی رہے گی
group-timeline-results-published = نتائج شائع کر دیے گئے
group-timeline-made-priority = مقامی ترجیح بنا دی گئی: { $issue }
group-timeline-new-priority = نئی مقامی ترجیح: { $issue }
group-timeline-new-vote = نئی رائے شماری: { $question }
group-timeline-next = آگے: { $text }
group-timeline-proposed = { $description } (ترجیحات کے اگلے ووٹ کے لیے تجویز کردہ)

group-follow-offer-neighbourhood = { $neighbourhood } میں نئی ترجیحات، رائے شماریاں اور اپ ڈیٹس
group-follow-priorities-in = { $neighbourhood } میں ترجیحات
group-follow-problems-in = { $neighbourhood } میں مسائل
group-follow-votes-in = { $neighbourhood } میں رائے شماریاں
group-follow-sign-in = یہ فالو کرنے کے لیے سائن اِن کریں کہ آپ کی محلے کی ٹیم کیا کرتی ہے۔
group-follow-organisers-only = صرف گروپ کے منتظمین منتخب کرتے ہیں کہ گروپ کیا فالو کرے
group-follow-choose = فالو کرنے کے لیے کچھ منتخب کریں
group-now-following = { $kind ->
    [priority] اب یہ ترجیح فالو کی جا رہی ہے
    [problem] اب یہ مسئلہ فالو کیا جا رہا ہے
    [vote] اب یہ رائے شماری فالو کی جا رہی ہے
   *[neighbourhood] اب یہ محلہ فالو کیا جا رہا ہے
}
group-already-following = یہ پہلے ہی فالو کیا جا رہا ہے
group-cannot-follow = اسے فالو نہیں کیا جا سکتا
group-unfollowed = اب اسے فالو نہیں کیا جا رہا
group-choices-saved = آپ کے انتخاب محفوظ ہو گئے ہیں
group-left = آپ نے گروپ چھوڑ دیا ہے
group-not-member = آپ اس گروپ کے رکن نہیں ہیں
group-only-organiser = آپ گروپ کے واحد منتظم ہیں۔ گروپ چھوڑنے سے پہلے کسی اور رکن کو منتظم بنائیں
group-dashboard-title = { $group }: ڈیش بورڈ
group-public-page-link = گروپ کا عوامی صفحہ
group-dashboard-heading = گروپ جو کچھ فالو کرتا ہے اس پر ٹیم نے کیا کیا ہے
group-stale-count = { $count ->
    [one] { $count } آئٹم
   *[other] { $count } آئٹمز
}
group-stale-rest = پر 3 ماہ یا اس سے زیادہ عرصے سے ٹیم کی طرف سے کوئی اپ ڈیٹ نہیں آئی۔
group-dashboard-none = گروپ ابھی کچھ بھی فالو نہیں کرتا، اور اس نے کوئی مسئلہ بھی پیش نہیں کیا۔
group-dashboard-caption = وہ سب کچھ جو گروپ فالو کرتا ہے یا جو اس نے پیش کیا
group-column-last-response = آخری جواب
group-column-days = ٹیم کی آخری اپ ڈیٹ کے بعد سے دن
group-stale-tag = 3 ماہ سے کوئی اپ ڈیٹ نہیں
group-none-yet = ابھی کوئی نہیں
group-last-response = { $what }، { $date }
group-download = گروپ کا ریکارڈ ڈاؤن لوڈ کریں (CSV)
group-timelines = ٹائم لائنز
group-stop-following = فالو کرنا بند کریں
group-item-where = { $neighbourhood }۔ { $status }۔
group-event-when = { $when } – { $what }
group-follow-heading = کچھ فالو کریں
group-follows-everything = گروپ اپنے محلوں کی ہر چیز فالو کرتا ہے۔
group-follow-label = گروپ کو کیا فالو کرنا چاہیے؟
group-follow-placeholder = کوئی ترجیح، مسئلہ، رائے شماری یا محلہ منتخب کریں
group-follow-button = فالو کریں
group-put-forward-heading = کوئی مسئلہ پیش کریں
group-put-forward-intro = آپ کا پیش کیا گیا مسئلہ گروپ کی طرف سے ایک تشویش بن جاتا ہے: ٹیم 72 گھنٹوں کے اندر جواب دیتی ہے، اور جوابات ہر منتظم کو جاتے ہیں۔ آپ اسے ترجیحات کی اگلی رائے شماری کے لیے تجویز کر سکتے ہیں۔
group-put-forward-link = { $neighbourhood } کی ٹیم کے سامنے مسئلہ پیش کریں
group-put-forward-not-verified = گروپ کی تصدیق ہو جانے کے بعد آپ مسائل پیش کر سکتے ہیں۔
group-manage-members = اراکین کو سنبھالیں اور لوگوں کو دعوت دیں
group-meetings-heading = ٹیم کے ساتھ ملاقاتیں
group-your-choices = آپ کے انتخاب
group-alerts = تبدیلیوں کے بارے میں ای میلز: { $alerts ->
    [weekly] ہفتے میں ایک بار
    [immediate] جیسے ہی کچھ ہو
   *[none] کبھی نہیں
}۔
group-change-alerts = بدلیں کہ آپ کو کتنی بار اطلاع ملے
group-show-name = گروپ کے عوامی صفحے پر میرا نام دکھائیں
group-save-choices = اپنے انتخاب محفوظ کریں
group-leave = گروپ چھوڑ دیں

group-invite-email-missing = ان کا ای میل ایڈریس درج کریں
group-invite-sent = { $email } کو دعوت بھیج دی گئی
group-invite-already-member = یہ شخص پہلے ہی رکن ہے
group-invite-not-organiser = صرف منتظمین لوگوں کو دعوت دے سکتے ہیں
group-invite-not-verified = گروپ کی تصدیق ہو جانے کے بعد آپ لوگوں کو دعوت دے سکتے ہیں
group-invite-too-many = آپ پچھلے ایک گھنٹے میں بہت سی دعوتیں بھیج چکے ہیں۔ { $unit ->
    [hour] { $count ->
        [one] { $count } گھنٹے
       *[other] { $count } گھنٹے
    } بعد دوبارہ کوشش کریں۔
   *[minute] { $count ->
        [one] { $count } منٹ
       *[other] { $count } منٹ
    } بعد دوبارہ کوشش کریں۔
}
group-member-approved = درخواست منظور ہو گئی
group-member-refused = درخواست مسترد ہو گئی
group-member-made-organiser = اب وہ منتظم ہیں
group-member-made-member = اب وہ رکن ہیں
group-member-removed = رکن کو ہٹا دیا گیا
group-members-not-organiser = صرف منتظمین اراکین میں تبدیلی کر سکتے ہیں
group-members-not-now = اس رکن یا درخواست میں پہلے ہی تبدیلی ہو چکی ہے۔ فہرست دوبارہ دیکھیں
group-members-last-organiser = گروپ کا کم از کم ایک منتظم ہونا ضروری ہے: پہلے کسی اور رکن کو منتظم بنائیں
group-members-title = { $group }: اراکین
group-back-to-dashboard = ڈیش بورڈ پر واپس جائیں
group-members = اراکین
group-requests = شامل ہونے کی درخواستیں
group-requests-none = کوئی انتظار نہیں کر رہا۔
group-column-who = کون
group-column-asked = درخواست کی تاریخ
group-column-decide = فیصلہ کریں
group-column-role = کردار
group-column-joined = شمولیت
group-column-change = تبدیلی
group-approve = منظور کریں
group-refuse = مسترد کریں
group-make-member = رکن بنائیں
group-make-organiser = منتظم بنائیں
group-remove = ہٹائیں
group-role-organiser = منتظم
group-role-member = رکن
group-member-you = { $who } (آپ)
group-invite-heading = کسی کو دعوت دیں
group-invite-intro = ہم انہیں ایک لنک ای میل کرتے ہیں جو 14 دن کے لیے ایک بار کام کرتا ہے۔ اراکین کے ایڈریس صرف گروپ کے منتظمین دیکھتے ہیں۔
group-invite-email-label = ان کا ای میل ایڈریس
group-invite-button = دعوت بھیجیں
group-no-such-group = ایسا کوئی گروپ نہیں ہے۔
