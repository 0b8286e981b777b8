## Priority votes as residents see them: the vote's page (with its results once it closes), and
## voting: confirming a postcode where the vote asks, choosing, checking, casting. The question
## and the options are the team's words, shown as they wrote them.

vote-recorded = آپ کا ووٹ درج ہو گیا
vote-thank-you = ووٹ دینے کا شکریہ
vote-have-your-say = { $neighbourhood }: اپنی رائے دیں
vote-team-link = { $neighbourhood } محلے کی ٹیم
vote-opens = ووٹنگ شروع ہونے کا وقت: { $opens }۔ ختم ہونے کا وقت: { $closes }۔
vote-open-until = ووٹنگ جاری ہے۔ ختم ہونے کا وقت: { $closes }۔
vote-choose-limit = { $count ->
    [one] ایک آپشن منتخب کریں۔
   *[other] زیادہ سے زیادہ { $count } آپشنز منتخب کریں۔
}
vote-open-to-any = سائن اِن کرنے والا کوئی بھی رہائشی ووٹ دے سکتا ہے۔
vote-open-to-postcode = وہ رہائشی ووٹ دے سکتے ہیں جو اس محلے کے کسی پوسٹ کوڈ کی تصدیق کریں۔
vote-so-far = { $count ->
    [one] اب تک { $count } شخص آن لائن ووٹ دے چکا ہے۔
   *[other] اب تک { $count } افراد آن لائن ووٹ دے چکے ہیں۔
}
vote-closed = ووٹنگ ختم ہو چکی ہے۔ ختم ہونے کا وقت: { $closes }۔ یہ نتائج حتمی ہیں۔
vote-you-voted = آپ نے ان کے حق میں ووٹ دیا: { $choices }۔
vote-change-until-closes = ووٹنگ ختم ہونے تک آپ اپنا ووٹ بدل سکتے ہیں: آپ کا ووٹ کبھی دو بار شمار نہیں ہوتا۔
vote-change-button = اپنا ووٹ بدلیں
vote-button = ووٹ دیں
vote-results = نتائج
vote-totals-so-far = اب تک کے مجموعی ووٹ
vote-turnout = { $online ->
    [one] { $online } شخص نے آن لائن ووٹ دیا۔
   *[other] { $online } افراد نے آن لائن ووٹ دیا۔
}
vote-turnout-with-paper = { $online ->
    [one] { $online } شخص نے آن لائن
   *[other] { $online } افراد نے آن لائن
} اور { $paper ->
    [one] { $paper } شخص نے کاغذ پر
   *[other] { $paper } افراد نے کاغذ پر
} ووٹ دیا۔
vote-chart-title = { $heading }: { $question }
vote-place = درجہ
vote-option = آپشن
vote-online = آن لائن
vote-paper = کاغذ پر
vote-total = کل
vote-rank-tied = { $rank } (برابر)
vote-paper-ballots = کاغذی ووٹ، جنہیں ٹیم نے الگ سے گنا: { $meetings }۔
vote-the-options = آپشنز
vote-sign-in-to-vote = ووٹ دینے کے لیے سائن اِن کریں: ہر شخص ایک بار ووٹ دیتا ہے۔ سائن اِن کرنے کے بعد آپ واپس اسی رائے شماری پر آ جائیں گے۔
vote-back = واپس
vote-continue = جاری رکھیں
vote-select-limit = { $count ->
    [one] ایک آپشن منتخب کریں۔
   *[other] زیادہ سے زیادہ { $count } آپشنز منتخب کریں۔
}
vote-choose-none = { $count ->
    [one] ایک آپشن منتخب کریں
   *[other] کم از کم ایک آپشن منتخب کریں
}
vote-choose-too-many = { $count ->
    [one] صرف ایک آپشن منتخب کریں
   *[other] زیادہ سے زیادہ { $count } آپشنز منتخب کریں
}
vote-choose-not-an-option = دکھائے گئے آپشنز میں سے انتخاب کریں
vote-postcode-title = تصدیق کریں کہ آپ { $neighbourhood } میں رہتے ہیں
vote-postcode-why = یہ رائے شماری { $neighbourhood } میں رہنے والوں کے لیے ہے۔ آپ کا پوسٹ کوڈ چیک کرنے کے بعد بھلا دیا جاتا ہے: اسے نہ محفوظ رکھا جاتا ہے اور نہ دکھایا جاتا ہے۔
vote-postcode-hint = مثال کے طور پر، B15 2TT
vote-postcode-elsewhere = یہ پوسٹ کوڈ { $neighbourhood } میں نہیں ہے: یہ رائے شماری اس محلے کے رہائشیوں کے لیے ہے
vote-postcode-district = اپنا مکمل پوسٹ کوڈ درج کریں، جیسے B15 2TT
vote-check-title = اپنا ووٹ چیک کریں
vote-voting-for = آپ ان کے حق میں ووٹ دے رہے ہیں
vote-change = بدلیں
vote-change-hidden = اپنے انتخاب
vote-replaces = یہ ووٹ آپ کے پہلے دیے گئے ووٹ کی جگہ لے لے گا: آپ کا ووٹ صرف ایک بار شمار ہوتا ہے۔
vote-cast = اپنا ووٹ دیں
vote-has-closed = ووٹنگ ختم ہو چکی ہے: آپ کا ووٹ شمار نہیں ہوا
