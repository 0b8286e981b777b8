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
