## Messages a neighbourhood team sends to residents who follow the neighbourhood: their page,
## the warning on the neighbourhood page, the email, and choosing which kinds come by email.

# The five kinds of message, as names (at the start of a sentence or after a colon).
message-kind-appeal = ਜਾਣਕਾਰੀ ਲਈ ਅਪੀਲ
message-kind-advice = ਜੁਰਮ ਤੋਂ ਬਚਾਅ ਬਾਰੇ ਸਲਾਹ
message-kind-warning = ਚੇਤਾਵਨੀ
message-kind-news = ਸਥਾਨਕ ਖ਼ਬਰਾਂ
message-kind-event = ਸਮਾਗਮ

messages-title = { $neighbourhood } ਟੀਮ ਵੱਲੋਂ ਸੁਨੇਹੇ
messages-intro = ਜਾਣਕਾਰੀ ਲਈ ਅਪੀਲਾਂ, ਜੁਰਮ ਤੋਂ ਬਚਾਅ ਬਾਰੇ ਸਲਾਹ, ਚੇਤਾਵਨੀਆਂ, ਸਥਾਨਕ ਖ਼ਬਰਾਂ ਅਤੇ ਸਮਾਗਮ, ਜੋ ਟੀਮ ਨੇ ਇਸ ਇਲਾਕੇ ਨੂੰ ਫ਼ਾਲੋ ਕਰਨ ਵਾਲੇ ਵਸਨੀਕਾਂ ਨੂੰ ਭੇਜੇ ਹਨ।
messages-none = ਟੀਮ ਨੇ ਅਜੇ ਕੋਈ ਸੁਨੇਹਾ ਨਹੀਂ ਭੇਜਿਆ ਹੈ।
messages-sent-on = { $date } ਨੂੰ ਭੇਜਿਆ ਗਿਆ
messages-until = { $date } ਦੇ ਅੰਤ ਤੱਕ ਲਾਗੂ ਹੈ
messages-ended = ਇਹ ਹੁਣ ਲਾਗੂ ਨਹੀਂ ਹੈ। ਇਹ { $date } ਦੇ ਅੰਤ ਤੱਕ ਲਾਗੂ ਸੀ।
messages-follow = ਟੀਮ ਦੇ ਸੁਨੇਹੇ ਈਮੇਲ ਰਾਹੀਂ ਪ੍ਰਾਪਤ ਕਰਨ ਲਈ, ਇਸ ਇਲਾਕੇ ਨੂੰ ਇਸ ਦੇ ਪੰਨੇ ਤੋਂ ਫ਼ਾਲੋ ਕਰੋ।
messages-feed = ਟੀਮ ਦੇ ਸੁਨੇਹੇ ਫ਼ਾਲੋ ਕਰੋ (Atom ਫੀਡ)
messages-back = { $neighbourhood } ਦੇ ਪੰਨੇ 'ਤੇ ਵਾਪਸ ਜਾਓ
# On the neighbourhood page.
messages-warning-heading = ਟੀਮ ਵੱਲੋਂ ਚੇਤਾਵਨੀ
messages-warning-link = ਪੂਰੀ ਚੇਤਾਵਨੀ ਪੜ੍ਹੋ
messages-latest-title = ਟੀਮ ਵੱਲੋਂ ਸੁਨੇਹੇ
messages-see-all = ਟੀਮ ਵੱਲੋਂ ਸਾਰੇ ਸੁਨੇਹੇ ਦੇਖੋ
feed-messages-title = { $neighbourhood } ਟੀਮ ਵੱਲੋਂ ਸੁਨੇਹੇ

# On the resident's account page.
account-messages-title = ਤੁਹਾਡੀਆਂ ਟੀਮਾਂ ਵੱਲੋਂ ਸੁਨੇਹੇ
account-messages-intro = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਜਿਨ੍ਹਾਂ ਇਲਾਕਿਆਂ ਨੂੰ ਫਾਲੋ ਕਰਦੇ ਹੋ, ਉਨ੍ਹਾਂ ਦੀਆਂ ਟੀਮਾਂ ਵੱਲੋਂ ਕਿਹੜੀਆਂ ਕਿਸਮਾਂ ਦੇ ਸੁਨੇਹੇ ਤੁਹਾਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਮਿਲਣ।
account-messages-immediate = ਸੁਨੇਹੇ ਭੇਜੇ ਜਾਂਦੇ ਹੀ ਮੈਨੂੰ ਈਮੇਲ ਕਰੋ
account-messages-never = ਮੈਨੂੰ ਈਮੇਲ ਨਾ ਕਰੋ
account-messages-save = ਆਪਣੀਆਂ ਚੋਣਾਂ ਸੰਭਾਲੋ
account-messages-saved = ਸੁਨੇਹਿਆਂ ਬਾਰੇ ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਸੰਭਾਲ ਲਈਆਂ ਗਈਆਂ ਹਨ

# The page a "stop these emails" link opens; $kind is one of the message-kind- names.
unsubscribe-messages-title = ਇਸ ਕਿਸਮ ਦੀਆਂ ਈਮੇਲਾਂ ਬੰਦ ਕਰੋ: { $kind }
unsubscribe-messages-explained = ਇਲਾਕੇ ਦੀਆਂ ਟੀਮਾਂ ਵੱਲੋਂ ਇਸ ਕਿਸਮ ਦੇ ਸੁਨੇਹੇ ਈਮੇਲ ਰਾਹੀਂ ਲੈਣਾ ਬੰਦ ਕਰਨ ਲਈ ਬਟਨ ਦਬਾਓ। ਹੋਰ ਕਿਸਮਾਂ ਦੇ ਸੁਨੇਹੇ ਆਉਂਦੇ ਰਹਿਣਗੇ, ਅਤੇ ਤੁਸੀਂ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਦੁਬਾਰਾ ਚੋਣ ਕਰ ਸਕਦੇ ਹੋ।

# The email of a message. $kind is one of the message-kind- names.
email-message-opening = { $neighbourhood } ਇਲਾਕੇ ਦੀ ਟੀਮ ਵੱਲੋਂ ਇੱਕ ਸੁਨੇਹਾ। { $kind }:
email-message-link = ਇਸ ਨੂੰ ਵੈੱਬਸਾਈਟ 'ਤੇ ਪੜ੍ਹੋ
email-message-why = ਤੁਹਾਨੂੰ ਇਹ ਸੁਨੇਹਾ ਇਸ ਲਈ ਮਿਲਿਆ ਹੈ ਕਿਉਂਕਿ ਤੁਸੀਂ { $neighbourhood } ਨੂੰ ਫਾਲੋ ਕਰਦੇ ਹੋ। ਇਸ ਕਿਸਮ ਦੇ ਸੁਨੇਹੇ ({ $kind }) ਬੰਦ ਕਰਨ ਲਈ, ਇਹ ਲਿੰਕ ਵਰਤੋ: { $link } ਤੁਹਾਨੂੰ ਕਿਹੜੇ ਸੁਨੇਹੇ ਮਿਲਣ, ਇਹ ਚੁਣਨ ਲਈ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਜਾਓ।
email-message-subject = { $kind }: { $title }

# Choosing a digest, on the account page.
account-messages-daily = ਮੈਨੂੰ ਰੋਜ਼ਾਨਾ ਸਾਰ ਈਮੇਲ ਕਰੋ
account-messages-weekly = ਮੈਨੂੰ ਹਫ਼ਤਾਵਾਰੀ ਸਾਰ ਈਮੇਲ ਕਰੋ

# The page a "stop this digest" link opens.
unsubscribe-digest-daily-title = ਟੀਮਾਂ ਦੇ ਸੁਨੇਹਿਆਂ ਦਾ ਰੋਜ਼ਾਨਾ ਸਾਰ ਬੰਦ ਕਰੋ
unsubscribe-digest-weekly-title = ਟੀਮਾਂ ਦੇ ਸੁਨੇਹਿਆਂ ਦਾ ਹਫ਼ਤਾਵਾਰੀ ਸਾਰ ਬੰਦ ਕਰੋ
unsubscribe-digest-explained = ਇਹ ਸਾਰ ਬੰਦ ਕਰਨ ਲਈ ਬਟਨ ਦਬਾਓ। ਜਿਹੜੀਆਂ ਕਿਸਮਾਂ ਦੇ ਸੁਨੇਹੇ ਇਸ ਵਿੱਚ ਆਉਂਦੇ ਸਨ, ਉਹ ਹੁਣ ਈਮੇਲ ਰਾਹੀਂ ਨਹੀਂ ਆਉਣਗੇ, ਅਤੇ ਤੁਸੀਂ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਦੁਬਾਰਾ ਚੋਣ ਕਰ ਸਕਦੇ ਹੋ।

# A digest of messages: $date is the last day it covers, $kind one of the message-kind- names.
email-digest-daily-subject = { $date } ਨੂੰ ਤੁਹਾਡੇ ਇਲਾਕਿਆਂ ਦੀਆਂ ਟੀਮਾਂ ਵੱਲੋਂ ਸੁਨੇਹੇ
email-digest-weekly-subject = { $date } ਤੱਕ ਦੇ ਹਫ਼ਤੇ ਵਿੱਚ ਤੁਹਾਡੇ ਇਲਾਕਿਆਂ ਦੀਆਂ ਟੀਮਾਂ ਵੱਲੋਂ ਸੁਨੇਹੇ
email-digest-opening = ਤੁਹਾਡੇ ਇਲਾਕਿਆਂ ਦੀਆਂ ਟੀਮਾਂ ਨੇ ਇਹ ਸੁਨੇਹੇ ਭੇਜੇ ਹਨ। ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਨੂੰ ਇਕੱਠੇ ਪ੍ਰਾਪਤ ਕਰਨਾ ਚੁਣਿਆ ਹੈ।
email-digest-item = { $neighbourhood } ਟੀਮ ਵੱਲੋਂ { $kind }: { $title }
email-digest-read = ਇਸ ਨੂੰ ਵੈੱਬਸਾਈਟ 'ਤੇ ਪੜ੍ਹੋ: { $link }
email-digest-why = ਤੁਹਾਨੂੰ ਇਹ ਸਾਰ ਇਸ ਲਈ ਮਿਲਿਆ ਹੈ ਕਿਉਂਕਿ ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਇਲਾਕਿਆਂ ਨੂੰ ਫਾਲੋ ਕਰਦੇ ਹੋ। ਇਸ ਨੂੰ ਬੰਦ ਕਰਨ ਲਈ, ਇਹ ਲਿੰਕ ਵਰਤੋ: { $link } ਤੁਹਾਨੂੰ ਕਿਹੜੇ ਸੁਨੇਹੇ ਅਤੇ ਕਿਵੇਂ ਮਿਲਣ, ਇਹ ਚੁਣਨ ਲਈ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਜਾਓ।

# The opening of the email of a message from the force (for a Local Policing Area or the whole
# force) rather than one team; $kind is one of the message-kind- names.
email-message-opening-force = { $force } ਵੱਲੋਂ ਇਸ ਦੇ ਇਲਾਕਿਆਂ ਨੂੰ ਫਾਲੋ ਕਰਨ ਵਾਲੇ ਵਸਨੀਕਾਂ ਲਈ ਇੱਕ ਸੁਨੇਹਾ। { $kind }:

# "Was this useful?": in the email of a message ($yes and $no are links), and the page they open.
email-message-useful = ਕੀ ਇਹ ਸੁਨੇਹਾ ਲਾਭਦਾਇਕ ਸੀ? ਹਰ ਲਿੰਕ ਨਾਲ ਖੁੱਲ੍ਹਣ ਵਾਲੇ ਪੰਨੇ 'ਤੇ ਇੱਕ ਕਲਿੱਕ ਨਾਲ ਟੀਮ ਨੂੰ ਦੱਸੋ। ਹਾਂ: { $yes } ਨਹੀਂ: { $no }
useful-title = ਕੀ ਇਹ ਸੁਨੇਹਾ ਲਾਭਦਾਇਕ ਸੀ?
useful-intro = ਤੁਹਾਡਾ ਜਵਾਬ ਟੀਮ ਨੂੰ ਉਹ ਸੁਨੇਹੇ ਭੇਜਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ ਜੋ ਵਸਨੀਕ ਚਾਹੁੰਦੇ ਹਨ। ਇਹ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਗਿਣਿਆ ਜਾਂਦਾ ਹੈ: ਤੁਸੀਂ ਇਸ ਨੂੰ ਬਦਲ ਸਕਦੇ ਹੋ।
useful-yes = ਹਾਂ, ਇਹ ਲਾਭਦਾਇਕ ਸੀ
useful-no = ਨਹੀਂ, ਇਹ ਲਾਭਦਾਇਕ ਨਹੀਂ ਸੀ
useful-send = ਮੇਰਾ ਜਵਾਬ ਭੇਜੋ
useful-thanks = ਧੰਨਵਾਦ। ਤੁਹਾਡਾ ਜਵਾਬ ਦਰਜ ਕਰ ਲਿਆ ਗਿਆ ਹੈ।
useful-not-recognised = ਇਸ ਲਿੰਕ ਦੀ ਪਛਾਣ ਨਹੀਂ ਹੋਈ। ਟੀਮ ਵੱਲੋਂ ਤੁਹਾਨੂੰ ਭੇਜੀ ਗਈ ਈਮੇਲ ਵਿਚਲੇ ਲਿੰਕ ਵਰਤੋ।
useful-not-sent = ਸਿਰਫ਼ ਉਹ ਵਸਨੀਕ ਹੀ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹਨ ਜਿਨ੍ਹਾਂ ਨੂੰ ਇਹ ਸੁਨੇਹਾ ਭੇਜਿਆ ਗਿਆ ਸੀ।
useful-missing = ਹਾਂ ਜਾਂ ਨਹੀਂ ਚੁਣੋ

# Writing back to the team about a message: a link in its email, the page in the resident's
# account ($title is the message's title), and the email when the team answers.
email-message-reply = ਇਸ ਸੁਨੇਹੇ ਬਾਰੇ ਟੀਮ ਨੂੰ ਜਵਾਬ ਲਿਖਣ ਲਈ, ਇਹ ਲਿੰਕ ਵਰਤੋ (ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਸਾਈਨ ਇਨ ਕਰਨ ਲਈ ਕਿਹਾ ਜਾਵੇਗਾ): { $link }
message-reply-caption = { $neighbourhood } ਟੀਮ ਵੱਲੋਂ ਇੱਕ ਸੁਨੇਹਾ
message-reply-caption-force = { $force } ਵੱਲੋਂ ਇੱਕ ਸੁਨੇਹਾ
message-reply-thread-title = ਟੀਮ ਨਾਲ ਤੁਹਾਡੀ ਗੱਲਬਾਤ
message-reply-thread-none = ਤੁਸੀਂ ਇਸ ਸੁਨੇਹੇ ਬਾਰੇ ਟੀਮ ਨੂੰ ਨਹੀਂ ਲਿਖਿਆ ਹੈ।
message-reply-you = ਤੁਸੀਂ ਲਿਖਿਆ, { $time }
message-reply-team = ਟੀਮ ਨੇ ਜਵਾਬ ਦਿੱਤਾ, { $time }
message-reply-write-title = ਟੀਮ ਨੂੰ ਲਿਖੋ
message-reply-label = ਤੁਹਾਡਾ ਜਵਾਬ
message-reply-hint = ਇਸ ਨੂੰ ਸਿਰਫ਼ ਇਲਾਕੇ ਦੀ ਟੀਮ ਪੋਰਟਲ 'ਤੇ ਪੜ੍ਹਦੀ ਹੈ: ਟੀਮ ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਦੇਖਦੀ। ਜਦੋਂ ਟੀਮ ਜਵਾਬ ਦੇਵੇਗੀ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰਾਂਗੇ।
message-reply-send = ਆਪਣਾ ਜਵਾਬ ਭੇਜੋ
message-reply-missing = ਆਪਣਾ ਜਵਾਬ ਦਰਜ ਕਰੋ
message-reply-sent = ਤੁਹਾਡਾ ਜਵਾਬ ਟੀਮ ਨੂੰ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਜਦੋਂ ਟੀਮ ਜਵਾਬ ਦੇਵੇਗੀ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰਾਂਗੇ।
message-reply-not-sent = ਇਸ ਸੁਨੇਹੇ ਬਾਰੇ ਸਿਰਫ਼ ਉਹ ਵਸਨੀਕ ਹੀ ਜਵਾਬ ਲਿਖ ਸਕਦੇ ਹਨ ਜਿਨ੍ਹਾਂ ਨੂੰ ਇਹ ਭੇਜਿਆ ਗਿਆ ਸੀ
message-reply-too-many = ਤੁਸੀਂ ਅੱਜ ਇਸ ਸੁਨੇਹੇ ਬਾਰੇ { $limit } ਜਵਾਬ ਭੇਜ ਚੁੱਕੇ ਹੋ। ਟੀਮ ਇਨ੍ਹਾਂ ਨੂੰ ਪੜ੍ਹ ਕੇ ਜਵਾਬ ਦੇਵੇਗੀ। { $unit ->
    [hour] { $count ->
        [one] { $count } ਘੰਟੇ
       *[other] { $count } ਘੰਟਿਆਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[minute] { $count ->
        [one] { $count } ਮਿੰਟ
       *[other] { $count } ਮਿੰਟਾਂ
    } ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
message-reply-back = ਆਪਣੇ ਖਾਤੇ 'ਤੇ ਵਾਪਸ ਜਾਓ
account-messages-received-title = ਤੁਹਾਨੂੰ ਭੇਜੇ ਗਏ ਸੁਨੇਹੇ
account-messages-read-and-reply = ਕਿਸੇ ਸੁਨੇਹੇ ਨੂੰ ਪੜ੍ਹਨ ਅਤੇ ਉਸ ਬਾਰੇ ਟੀਮ ਨੂੰ ਜਵਾਬ ਲਿਖਣ ਲਈ ਉਸ ਨੂੰ ਖੋਲ੍ਹੋ।
email-message-answer-subject = ਟੀਮ ਨੇ ਤੁਹਾਨੂੰ ਇਸ ਬਾਰੇ ਜਵਾਬ ਦਿੱਤਾ ਹੈ: { $title }
email-message-answered = ਤੁਹਾਡੇ ਇਲਾਕੇ ਦੀ ਟੀਮ ਨੇ ਸੁਨੇਹੇ "{ $title }" ਬਾਰੇ ਤੁਹਾਡੀ ਲਿਖਤ ਦਾ ਜਵਾਬ ਦਿੱਤਾ ਹੈ:
email-message-answer-link = ਪੜ੍ਹੋ ਅਤੇ ਜਵਾਬ ਦਿਓ
email-message-answer-to-write = ਜਵਾਬ ਲਿਖਣ ਲਈ, ਉੱਪਰ ਦਿੱਤਾ ਲਿੰਕ ਵਰਤੋ। ਟੀਮ ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਦੇਖਦੀ।
