## A neighbourhood's page: its team, "How we're doing" (the Neighbourhood Policing Guarantee's
## figures), its local priorities and votes, "You said, we did" updates and what residents raised.

neighbourhood-title = { $name } ਇਲਾਕੇ ਦੀ ਟੀਮ
neighbourhood-raise-concern = ਇਸ ਟੀਮ ਕੋਲ ਆਪਣੀ ਚਿੰਤਾ ਦਰਜ ਕਰਵਾਓ
neighbourhood-team-title = ਤੁਹਾਡੀ ਟੀਮ
neighbourhood-contact-officer = ਤੁਹਾਡੇ ਨਾਮਜ਼ਦ ਸੰਪਰਕ ਅਫ਼ਸਰ { $officer } ਹਨ।
neighbourhood-no-team = ਟੀਮ ਦੇ ਮੈਂਬਰਾਂ ਦੇ ਨਾਮ ਅਜੇ ਇੱਥੇ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤੇ ਗਏ ਹਨ। ਉਨ੍ਹਾਂ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ 101 'ਤੇ ਕਾਲ ਕਰੋ।
neighbourhood-contact-officer-tag = ਸੰਪਰਕ ਅਫ਼ਸਰ
neighbourhood-surgeries-title = ਟੀਮ ਨੂੰ ਮਿਲੋ: ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ
neighbourhood-all-surgeries = ਸਾਰੇ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਦੇਖੋ
neighbourhood-calendar = ਇਸ ਟੀਮ ਦੇ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਆਪਣੇ ਕੈਲੰਡਰ ਵਿੱਚ ਸ਼ਾਮਲ ਕਰੋ
neighbourhood-calendar-hint = (ਇੱਕ ਕੈਲੰਡਰ ਫੀਡ, ਜਿਸ ਨੂੰ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਸਬਸਕ੍ਰਾਈਬ ਕਰ ਸਕਦਾ ਹੈ)
neighbourhood-groups-title = ਭਾਈਚਾਰਕ ਗਰੁੱਪ
neighbourhood-groups-link = ਇਸ ਟੀਮ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪ
neighbourhood-register-group = ਆਪਣਾ ਗਰੁੱਪ ਰਜਿਸਟਰ ਕਰੋ
neighbourhood-contact-title = ਟੀਮ ਨਾਲ ਸੰਪਰਕ ਕਰੋ
neighbourhood-contact-call = 101 'ਤੇ ਕਾਲ ਕਰੋ ਅਤੇ { $name } ਇਲਾਕੇ ਦੀ ਟੀਮ ਨਾਲ ਗੱਲ ਕਰਵਾਉਣ ਲਈ ਕਹੋ।
neighbourhood-contact-email = ਈਮੇਲ:
neighbourhood-contact-telephone = ਟੈਲੀਫ਼ੋਨ:
neighbourhood-contact-not-email = ਕਿਸੇ ਜੁਰਮ ਦੀ ਰਿਪੋਰਟ ਕਰਨ ਲਈ ਈਮੇਲ ਦੀ ਵਰਤੋਂ ਨਾ ਕਰੋ। ਐਮਰਜੈਂਸੀ ਵਿੱਚ 999 'ਤੇ ਕਾਲ ਕਰੋ।
neighbourhood-area-title = ਖੇਤਰ
neighbourhood-no-map = ਇਸ ਇਲਾਕੇ ਦਾ ਨਕਸ਼ਾ ਅਜੇ ਉਪਲਬਧ ਨਹੀਂ ਹੈ।

## What a signed-in resident has in this neighbourhood.

neighbourhood-yours-title = ਇਸ ਇਲਾਕੇ ਵਿੱਚ ਤੁਹਾਡੀ ਸਰਗਰਮੀ
neighbourhood-yours-booking = ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਵਿੱਚ ਤੁਹਾਡੀ ਥਾਂ, { $time } ({ $reference }):
neighbourhood-yours-booking-link = ਆਪਣੀ ਬੁਕਿੰਗ ਦੇਖੋ ਜਾਂ ਬਦਲੋ
neighbourhood-yours-ballot = ਤੁਸੀਂ “{ $question }” ਵਿੱਚ ਵੋਟ ਪਾਈ:
neighbourhood-yours-ballot-link = ਵੋਟ ਦੇਖੋ
neighbourhood-yours-following = ਤੁਸੀਂ ਇਸ ਇਲਾਕੇ ਨੂੰ ਫ਼ਾਲੋ ਕਰਦੇ ਹੋ: ਜਦੋਂ ਟੀਮ ਕੋਈ ਅੱਪਡੇਟ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰਦੀ ਹੈ ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰਦੇ ਹਾਂ।
neighbourhood-yours-following-link = ਇਸ ਨੂੰ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਬਦਲੋ

## What residents have raised.

neighbourhood-raised-title = ਵਸਨੀਕਾਂ ਨੇ ਕਿਹੜੀਆਂ ਚਿੰਤਾਵਾਂ ਦਰਜ ਕਰਵਾਈਆਂ ਹਨ
neighbourhood-raised-none = ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਕੋਈ ਚਿੰਤਾ ਦਰਜ ਨਹੀਂ ਕਰਵਾਈ ਗਈ।
neighbourhood-raised-total = ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਵਸਨੀਕਾਂ ਨੇ { $count } ਚਿੰਤਾਵਾਂ ਦਰਜ ਕਰਵਾਈਆਂ।
neighbourhood-raised-fewer = ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਵਸਨੀਕਾਂ ਨੇ { $fewest } ਤੋਂ ਘੱਟ ਚਿੰਤਾਵਾਂ ਦਰਜ ਕਰਵਾਈਆਂ।
neighbourhood-raised-more = ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਵਸਨੀਕਾਂ ਨੇ { $count } ਤੋਂ ਵੱਧ ਚਿੰਤਾਵਾਂ ਦਰਜ ਕਰਵਾਈਆਂ।
neighbourhood-raised-caption = ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਦਰਜ ਚਿੰਤਾਵਾਂ, ਕਿਸਮ ਅਨੁਸਾਰ
neighbourhood-raised-kind = ਚਿੰਤਾ ਦੀ ਕਿਸਮ
neighbourhood-raised-count = ਗਿਣਤੀ
neighbourhood-raised-others = ਹੋਰ ਕਿਸਮਾਂ
neighbourhood-raised-hint = 1 ਤੋਂ 4 ਤੱਕ ਦੀ ਗਿਣਤੀ ਨੂੰ “5 ਤੋਂ ਘੱਟ” ਲਿਖਿਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਘੱਟ ਗਿਣਤੀ ਵਾਲੀਆਂ ਕਿਸਮਾਂ ਨੂੰ ਇਕੱਠਿਆਂ ਗਿਣਿਆ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਜੋ ਕੋਈ ਵੀ ਅੰਕੜਾ ਕਿਸੇ ਵਿਅਕਤੀ ਵੱਲ ਇਸ਼ਾਰਾ ਨਾ ਕਰੇ।
neighbourhood-raised-summary = { $date } ਨੂੰ ਦਰਜ ਕੀਤੀ ਗਈ। { $status }
neighbourhood-status-received = ਪ੍ਰਾਪਤ ਹੋਈ
neighbourhood-status-replied = ਜਵਾਬ ਦਿੱਤਾ ਗਿਆ
neighbourhood-status-under-review = ਸਮੀਖਿਆ ਅਧੀਨ
neighbourhood-status-being-worked-on = ਇਸ 'ਤੇ ਕੰਮ ਚੱਲ ਰਿਹਾ ਹੈ
neighbourhood-status-passed-to-partner = ਕਿਸੇ ਭਾਈਵਾਲ ਨੂੰ ਭੇਜੀ ਗਈ
neighbourhood-status-closed = ਬੰਦ
neighbourhood-problems-title = ਸਮੱਸਿਆਵਾਂ ਜਿਨ੍ਹਾਂ 'ਤੇ ਟੀਮ ਕੰਮ ਕਰ ਰਹੀ ਹੈ
neighbourhood-problem-stage = ਪੜਾਅ: { $stage } ({ $meaning })। ਆਖਰੀ ਵਾਰ { $date } ਨੂੰ ਅੱਪਡੇਟ ਕੀਤਾ ਗਿਆ।
neighbourhood-problem-partners = ਇਸ ਉੱਤੇ { $partners } ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਹੋ ਰਿਹਾ ਹੈ।
neighbourhood-stage-scanning = ਪਛਾਣ
neighbourhood-stage-scanning-meaning = ਇਹ ਪਤਾ ਲਗਾਉਣਾ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ, ਕਿੱਥੇ ਅਤੇ ਕਦੋਂ
neighbourhood-stage-analysis = ਵਿਸ਼ਲੇਸ਼ਣ
neighbourhood-stage-analysis-meaning = ਇਹ ਸਮਝਣਾ ਕਿ ਇਹ ਕਿਉਂ ਹੁੰਦਾ ਹੈ, ਕੌਣ ਪ੍ਰਭਾਵਿਤ ਹੁੰਦਾ ਹੈ ਅਤੇ ਕੌਣ ਜ਼ਿੰਮੇਵਾਰ ਹੈ
neighbourhood-stage-response = ਕਾਰਵਾਈ
neighbourhood-stage-response-meaning = ਭਾਈਵਾਲਾਂ ਨਾਲ ਮਿਲ ਕੇ ਕਾਰਵਾਈ ਕਰਨਾ
neighbourhood-stage-assessment = ਮੁਲਾਂਕਣ
neighbourhood-stage-assessment-meaning = ਇਹ ਜਾਂਚਣਾ ਕਿ ਕਾਰਵਾਈ ਕਾਰਗਰ ਰਹੀ ਜਾਂ ਨਹੀਂ
neighbourhood-raised-feed = ਇੱਥੇ ਵਸਨੀਕਾਂ ਵੱਲੋਂ ਦਰਜ ਚਿੰਤਾਵਾਂ ਨੂੰ ਫ਼ਾਲੋ ਕਰੋ (Atom ਫੀਡ)

## Local priorities and votes.

neighbourhood-priorities-title = ਸਥਾਨਕ ਤਰਜੀਹਾਂ
neighbourhood-priorities-none = ਟੀਮ ਨੇ ਅਜੇ ਆਪਣੀਆਂ ਤਰਜੀਹਾਂ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤੀਆਂ ਹਨ।
neighbourhood-priority-raised = { $date } ਨੂੰ ਉਠਾਈ ਗਈ। { $updated }।
neighbourhood-priority-no-action = ਅਜੇ ਕੋਈ ਕਾਰਵਾਈ ਦਰਜ ਨਹੀਂ ਕੀਤੀ ਗਈ।
neighbourhood-priority-latest-action = ਸਭ ਤੋਂ ਤਾਜ਼ਾ ਕਾਰਵਾਈ: { $action }
neighbourhood-votes-title = ਆਪਣੀ ਰਾਏ ਦਿਓ: ਵੋਟਾਂ
neighbourhood-vote-open-until = { $time } ਤੱਕ ਖੁੱਲ੍ਹੀ ਹੈ
neighbourhood-vote-closed = { $date } ਨੂੰ ਬੰਦ ਹੋਈ: ਨਤੀਜੇ ਦੇਖੋ
neighbourhood-vote-open = ਖੁੱਲ੍ਹੀ

## A local priority's page.

priority-caption = { $neighbourhood } ਵਿੱਚ ਇੱਕ ਸਥਾਨਕ ਤਰਜੀਹ
priority-summary = ਵਸਨੀਕਾਂ ਵੱਲੋਂ { $date } ਨੂੰ ਉਠਾਈ ਗਈ। { $status }। { $updated }।
priority-status-open = ਖੁੱਲ੍ਹੀ
priority-status-action-under-way = ਕਾਰਵਾਈ ਚੱਲ ਰਹੀ ਹੈ
priority-status-resolved = ਹੱਲ ਹੋ ਗਈ
priority-status-retired = ਹੁਣ ਤਰਜੀਹ ਨਹੀਂ
priority-last-updated = { $days ->
    [0] ਆਖਰੀ ਵਾਰ ਅੱਜ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ
    [one] ਆਖਰੀ ਵਾਰ { $days } ਦਿਨ ਪਹਿਲਾਂ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ
   *[other] ਆਖਰੀ ਵਾਰ { $days } ਦਿਨ ਪਹਿਲਾਂ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ
}
priority-update-due = ਅੱਪਡੇਟ ਬਕਾਇਆ
priority-actions-title = ਟੀਮ ਨੇ ਕੀ ਕੀਤਾ ਹੈ
priority-no-actions = ਟੀਮ ਨੇ ਅਜੇ ਕੋਈ ਕਾਰਵਾਈ ਦਰਜ ਨਹੀਂ ਕੀਤੀ ਹੈ।
priority-team-link = { $neighbourhood } ਇਲਾਕੇ ਦੀ ਟੀਮ

## "You said, we did" updates.

updates-title = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ
updates-none = ਅਜੇ ਕੋਈ ਅੱਪਡੇਟ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਗਿਆ ਹੈ।
updates-you-said = ਤੁਸੀਂ ਕਿਹਾ
updates-we-did = ਅਸੀਂ ਕੀਤਾ
updates-result = ਨਤੀਜਾ
updates-next = ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ
updates-answers = ਇਹ ਅੱਪਡੇਟ ਇਨ੍ਹਾਂ ਦਾ ਜਵਾਬ ਹੈ: { $answers }।
updates-answers-priority = ਸਥਾਨਕ ਤਰਜੀਹ “{ $name }”
updates-answers-vote = ਵੋਟ “{ $name }”
updates-answers-problem = ਸਮੱਸਿਆ “{ $name }”
updates-answers-concern = ਕਿਸੇ ਵਸਨੀਕ ਵੱਲੋਂ ਦਰਜ ਕੀਤੀ ਚਿੰਤਾ
updates-separator = {", "}
updates-edited = { $date } ਨੂੰ ਅੱਪਡੇਟ ਕੀਤਾ ਗਿਆ।
updates-pages = ਹੋਰ ਅੱਪਡੇਟ
updates-newer = ਨਵੇਂ ਅੱਪਡੇਟ
updates-older = ਪੁਰਾਣੇ ਅੱਪਡੇਟ
updates-page = { $pages } ਵਿੱਚੋਂ ਪੰਨਾ { $page }
updates-feed = ਟੀਮ ਦੇ ਅੱਪਡੇਟ ਫ਼ਾਲੋ ਕਰੋ (Atom ਫੀਡ)

## Following.

follow-neighbourhood = ਇਸ ਇਲਾਕੇ ਨੂੰ ਫ਼ਾਲੋ ਕਰੋ
follow-priority = ਇਸ ਤਰਜੀਹ ਨੂੰ ਫ਼ਾਲੋ ਕਰੋ
follow-vote = ਇਸ ਵੋਟ ਨੂੰ ਫ਼ਾਲੋ ਕਰੋ
follow-problem = ਇਸ ਸਮੱਸਿਆ ਨੂੰ ਫ਼ਾਲੋ ਕਰੋ
follow-hint = ਜਦੋਂ ਟੀਮ ਇਸ ਨੂੰ ਅੱਪਡੇਟ ਕਰਦੀ ਹੈ ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰਦੇ ਹਾਂ। ਕਿੰਨੀ ਵਾਰ, ਇਹ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਚੁਣੋ। ਭਾਈਚਾਰਕ ਗਰੁੱਪ ਇਸ ਨੂੰ ਆਪਣੇ ਡੈਸ਼ਬੋਰਡ ਤੋਂ ਫ਼ਾਲੋ ਕਰ ਸਕਦੇ ਹਨ।

## The map of the area.

map-label = { $name } ਦੀ ਹੱਦ ਦਾ ਨਕਸ਼ਾ
map-caption = ਉਹ ਖੇਤਰ ਜਿਸ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਇਸ ਟੀਮ ਕੋਲ ਹੈ। ਉੱਤਰ ਦਿਸ਼ਾ ਉੱਪਰ ਹੈ।

## Meetings a team recorded with a community group.

neighbourhood-meetings-none = ਅਜੇ ਕੋਈ ਮੀਟਿੰਗ ਦਰਜ ਨਹੀਂ ਕੀਤੀ ਗਈ।
neighbourhood-meetings-date = ਮਿਤੀ
neighbourhood-meetings-team = ਟੀਮ
neighbourhood-meetings-attended = ਹਾਜ਼ਰ
neighbourhood-meetings-notes = ਨੋਟ
neighbourhood-meetings-priorities = ਜਿਨ੍ਹਾਂ ਤਰਜੀਹਾਂ 'ਤੇ ਗੱਲ ਹੋਈ

## "How we're doing": the Neighbourhood Policing Guarantee's commitments, measured.

guarantee-title = ਅਸੀਂ ਕਿਵੇਂ ਕੰਮ ਕਰ ਰਹੇ ਹਾਂ
guarantee-page-title = ਅਸੀਂ ਕਿਵੇਂ ਕੰਮ ਕਰ ਰਹੇ ਹਾਂ: { $name } ਇਲਾਕੇ ਦੀ ਟੀਮ
guarantee-lead = ਇਲਾਕਾ ਪੁਲਿਸ ਗਰੰਟੀ (Neighbourhood Policing Guarantee) ਹਰ ਇਲਾਕੇ ਨਾਲ ਵਾਅਦਾ ਕਰਦੀ ਹੈ: ਇੱਕ ਨਾਮਜ਼ਦ ਅਫ਼ਸਰ ਜਿਸ ਨਾਲ ਤੁਸੀਂ ਸੰਪਰਕ ਕਰ ਸਕੋ, ਸਥਾਨਕ ਚਿੰਤਾਵਾਂ ਦਾ 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ, ਸਥਾਨਕ ਤਰਜੀਹਾਂ ਜੋ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤੀਆਂ ਜਾਣ ਅਤੇ ਤਾਜ਼ਾ ਰੱਖੀਆਂ ਜਾਣ, ਅਤੇ ਨਿਯਮਿਤ ਜਨਤਕ ਮੀਟਿੰਗਾਂ। ਇਹ ਟੀਮ ਦੇ ਅੰਕੜੇ ਹਨ।
guarantee-computed = ਅੰਕੜਿਆਂ ਦੀ ਗਿਣਤੀ ਦਾ ਸਮਾਂ: { $time }।
guarantee-disclosure = ਚਿੰਤਾਵਾਂ, ਬੁਕਿੰਗਾਂ ਅਤੇ ਜਵਾਬਾਂ ਦੀ 1 ਤੋਂ 4 ਤੱਕ ਦੀ ਗਿਣਤੀ ਨੂੰ “5 ਤੋਂ ਘੱਟ” ਲਿਖਿਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਵਸਨੀਕਾਂ ਦੇ ਜਵਾਬਾਂ ਜਾਂ ਹਾਜ਼ਰੀ ਦਾ ਹਿੱਸਾ ਉਦੋਂ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾਂਦਾ ਜਦੋਂ ਉਹ, ਜਾਂ ਬਾਕੀ, 5 ਤੋਂ ਘੱਟ ਹੋਵੇ, ਤਾਂ ਜੋ ਕੋਈ ਵੀ ਅੰਕੜਾ ਕਿਸੇ ਵਿਅਕਤੀ ਵੱਲ ਇਸ਼ਾਰਾ ਨਾ ਕਰੇ। ਹਿੱਸਿਆਂ ਨੂੰ ਹੇਠਾਂ ਵੱਲ ਪੂਰਾ ਕੀਤਾ ਜਾਂਦਾ ਹੈ।
guarantee-panel-hint = ਇਲਾਕਾ ਪੁਲਿਸ ਗਰੰਟੀ ਵੱਲੋਂ ਤੁਹਾਡੇ ਨਾਲ ਕੀਤੇ ਵਾਅਦੇ, ਅੰਕੜਿਆਂ ਵਿੱਚ।
guarantee-panel-link = ਇਨ੍ਹਾਂ ਅੰਕੜਿਆਂ ਦਾ ਵਿਸਤਾਰ ਵਿੱਚ ਮਤਲਬ
guarantee-met = ਪੂਰਾ ਹੋਇਆ
guarantee-not-met = ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ
guarantee-measured = ਕੀ ਮਾਪਿਆ ਜਾਂਦਾ ਹੈ
guarantee-period = ਸਮਾਂ-ਮਿਆਦ
guarantee-fewer-than = { $count } ਤੋਂ ਘੱਟ
guarantee-share = { $share }%
guarantee-none-to-count = ਗਿਣਨ ਲਈ ਕੁਝ ਨਹੀਂ
guarantee-too-few = ਦਿਖਾਉਣ ਲਈ ਬਹੁਤ ਘੱਟ
guarantee-now = ਹੁਣ
guarantee-from-to = { $from } ਤੋਂ { $to } ਤੱਕ
guarantee-yes = ਹਾਂ
guarantee-no = ਨਹੀਂ
guarantee-contact-officer = ਨਾਮਜ਼ਦ ਸੰਪਰਕ ਅਫ਼ਸਰ
guarantee-contact-both = ਇੱਕ ਨਾਮਜ਼ਦ ਸੰਪਰਕ ਅਫ਼ਸਰ ਅਤੇ ਟੀਮ ਦੇ ਸੰਪਰਕ ਵੇਰਵੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤੇ ਗਏ ਹਨ।
guarantee-contact-no-details = ਇੱਕ ਨਾਮਜ਼ਦ ਸੰਪਰਕ ਅਫ਼ਸਰ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਗਿਆ ਹੈ, ਪਰ ਟੀਮ ਦਾ ਕੋਈ ਈਮੇਲ ਪਤਾ ਜਾਂ ਟੈਲੀਫ਼ੋਨ ਨੰਬਰ ਨਹੀਂ।
guarantee-contact-none = ਅਜੇ ਕੋਈ ਨਾਮਜ਼ਦ ਸੰਪਰਕ ਅਫ਼ਸਰ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
guarantee-contact-definition = ਇਸ ਪੰਨੇ 'ਤੇ ਇੱਕ ਨਾਮਜ਼ਦ ਅਫ਼ਸਰ ਪ੍ਰਕਾਸ਼ਿਤ ਕੀਤਾ ਜਾਂਦਾ ਹੈ ਜਿਸ ਨਾਲ ਵਸਨੀਕ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹਨ, ਨਾਲ ਹੀ ਟੀਮ ਦਾ ਈਮੇਲ ਪਤਾ ਜਾਂ ਟੈਲੀਫ਼ੋਨ ਨੰਬਰ।
guarantee-answered = 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ
guarantee-answered-detail = 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦਿੱਤਾ: { $in_time }। ਬਾਅਦ ਵਿੱਚ ਜਵਾਬ ਦਿੱਤਾ: { $late }। 72 ਘੰਟਿਆਂ ਬਾਅਦ ਵੀ ਉਡੀਕ ਵਿੱਚ: { $waiting }।
guarantee-answered-definition = ਪਿਛਲੇ 90 ਦਿਨਾਂ ਵਿੱਚ ਦਰਜ ਜਿਨ੍ਹਾਂ ਚਿੰਤਾਵਾਂ ਦੇ 72 ਘੰਟੇ ਲੰਘ ਚੁੱਕੇ ਹਨ, ਉਨ੍ਹਾਂ ਵਿੱਚੋਂ ਉਹ ਹਿੱਸਾ ਜਿਨ੍ਹਾਂ ਦਾ ਟੀਮ ਨੇ 72 ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਪਹਿਲਾ ਜਵਾਬ ਦਿੱਤਾ (ਜਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਬੰਦ ਕੀਤਾ), ਹੇਠਾਂ ਵੱਲ ਪੂਰਾ ਕੀਤਾ ਗਿਆ। 90% ਜਾਂ ਵੱਧ ਹੋਣ 'ਤੇ ਵਾਅਦਾ ਪੂਰਾ ਹੁੰਦਾ ਹੈ।
guarantee-priorities = ਤਰਜੀਹਾਂ ਤਾਜ਼ਾ ਹਨ
guarantee-priorities-figure = { $count ->
    [0] ਕੋਈ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ
    [one] { $count } ਤਰਜੀਹ
   *[other] { $count } ਤਰਜੀਹਾਂ
}
guarantee-priorities-none = ਟੀਮ ਨੇ ਆਪਣੀਆਂ ਤਰਜੀਹਾਂ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤੀਆਂ ਹਨ।
guarantee-priorities-updated = ਹਰ ਤਰਜੀਹ ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ। ਸਭ ਤੋਂ ਪੁਰਾਣਾ ਅੱਪਡੇਟ { $days } ਦਿਨ ਪਹਿਲਾਂ ਹੋਇਆ ਸੀ।
guarantee-priorities-due = { $due ->
    [one] { $due } ਤਰਜੀਹ 3 ਮਹੀਨਿਆਂ ਤੋਂ ਅੱਪਡੇਟ ਨਹੀਂ ਕੀਤੀ ਗਈ।
   *[other] { $due } ਤਰਜੀਹਾਂ 3 ਮਹੀਨਿਆਂ ਤੋਂ ਅੱਪਡੇਟ ਨਹੀਂ ਕੀਤੀਆਂ ਗਈਆਂ।
} ਸਭ ਤੋਂ ਪੁਰਾਣਾ ਅੱਪਡੇਟ { $days } ਦਿਨ ਪਹਿਲਾਂ ਹੋਇਆ ਸੀ।
guarantee-priorities-definition = ਹੁਣ ਪ੍ਰਕਾਸ਼ਿਤ ਸਥਾਨਕ ਤਰਜੀਹਾਂ, ਅਤੇ ਕੀ ਹਰ ਇੱਕ ਪਿਛਲੇ 3 ਕੈਲੰਡਰ ਮਹੀਨਿਆਂ ਵਿੱਚ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ।
guarantee-meetings = ਨਿਯਮਿਤ ਜਨਤਕ ਮੀਟਿੰਗਾਂ
guarantee-meetings-figure = { $count } ਹੋਈਆਂ
guarantee-meetings-detail = ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ: { $surgeries }। ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਨਾਲ ਮੀਟਿੰਗਾਂ: { $meetings }। { $next } ਬੁੱਕ ਕੀਤੀਆਂ ਥਾਂਵਾਂ: { $booked }। ਹਾਜ਼ਰੀ: { $attendance }।
guarantee-next-surgery = ਅਗਲਾ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ: { $time }।
guarantee-no-next-surgery = ਅਜੇ ਕੋਈ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ ਤੈਅ ਨਹੀਂ ਹੈ।
guarantee-attendance-share = ਉਨ੍ਹਾਂ ਬੁਕਿੰਗਾਂ ਦਾ { $share }% ਜਿਨ੍ਹਾਂ ਦੀ ਹਾਜ਼ਰੀ ਦਰਜ ਕੀਤੀ ਗਈ
guarantee-attendance-none = ਦਰਜ ਨਹੀਂ ਕੀਤੀ ਗਈ
guarantee-attendance-few = ਦਿਖਾਉਣ ਲਈ ਬਹੁਤ ਘੱਟ ਦਰਜ ਕੀਤੀ ਗਈ
guarantee-meetings-definition = ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਹੋਏ ਮੁਲਾਕਾਤ ਸੈਸ਼ਨ (ਰੱਦ ਨਹੀਂ ਕੀਤੇ ਗਏ) ਅਤੇ ਭਾਈਚਾਰਕ ਗਰੁੱਪਾਂ ਨਾਲ ਉਹ ਮੀਟਿੰਗਾਂ ਜੋ ਟੀਮ ਨੇ ਦਰਜ ਕੀਤੀਆਂ। ਘੱਟੋ-ਘੱਟ ਇੱਕ ਹੋਣ 'ਤੇ ਵਾਅਦਾ ਪੂਰਾ ਹੁੰਦਾ ਹੈ।
guarantee-updates = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ
guarantee-updates-figure = { $count } ਪ੍ਰਕਾਸ਼ਿਤ
guarantee-updates-detail = ਅੱਪਡੇਟ ਜੋ ਵਸਨੀਕਾਂ ਨੂੰ ਦੱਸਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਵੱਲੋਂ ਉਠਾਈਆਂ ਗੱਲਾਂ ਬਾਰੇ ਟੀਮ ਨੇ ਕੀ ਕੀਤਾ।
guarantee-updates-definition = ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਪ੍ਰਕਾਸ਼ਿਤ “ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ” ਅੱਪਡੇਟ।
guarantee-improved = ਕੀ ਹਾਲਾਤ ਵਿੱਚ ਸੁਧਾਰ ਹੋਇਆ?
guarantee-improved-none = ਅਜੇ ਕੋਈ ਜਵਾਬ ਨਹੀਂ
guarantee-improved-answers = { $answers } ਜਵਾਬ
guarantee-improved-detail = ਹਾਂ: { $yes }। ਨਹੀਂ: { $no }। ਪੱਕਾ ਨਹੀਂ: { $not_sure }।
guarantee-improved-definition = ਚਿੰਤਾ ਬੰਦ ਹੋਣ ਤੋਂ ਬਾਅਦ ਸਵਾਲ “ਕੀ ਹਾਲਾਤ ਵਿੱਚ ਸੁਧਾਰ ਹੋਇਆ?” ਦੇ ਵਸਨੀਕਾਂ ਵੱਲੋਂ ਦਿੱਤੇ ਜਵਾਬ, ਜੋ ਪਿਛਲੇ 12 ਮਹੀਨਿਆਂ ਵਿੱਚ ਦਿੱਤੇ ਗਏ। ਹਿੱਸਿਆਂ ਨੂੰ ਹੇਠਾਂ ਵੱਲ ਪੂਰਾ ਕੀਤਾ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਕੋਈ ਹਿੱਸਾ ਉਦੋਂ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾਂਦਾ ਜਦੋਂ ਉਹ, ਜਾਂ ਬਾਕੀ, 5 ਜਵਾਬਾਂ ਤੋਂ ਘੱਟ ਹੋਵੇ।
guarantee-messages = ਵਸਨੀਕਾਂ ਨੂੰ ਸੁਨੇਹੇ
guarantee-messages-figure = { $count } ਭੇਜੇ ਗਏ
# $useful is a share like "66%", or guarantee-none-to-count, or guarantee-too-few.
guarantee-messages-detail = ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਵਸਨੀਕਾਂ ਮੁਤਾਬਕ ਲਾਭਦਾਇਕ: { $useful }।
guarantee-messages-definition = ਅਪੀਲਾਂ, ਸਲਾਹਾਂ, ਚੇਤਾਵਨੀਆਂ, ਖ਼ਬਰਾਂ ਅਤੇ ਸਮਾਗਮ ਜੋ ਟੀਮ (ਜਾਂ ਪੁਲਿਸ ਫੋਰਸ) ਨੇ ਪਿਛਲੇ 3 ਮਹੀਨਿਆਂ ਵਿੱਚ ਇਲਾਕੇ ਨੂੰ ਫ਼ਾਲੋ ਕਰਨ ਵਾਲੇ ਵਸਨੀਕਾਂ ਨੂੰ ਭੇਜੇ, ਅਤੇ ਸਵਾਲ “ਕੀ ਇਹ ਲਾਭਦਾਇਕ ਸੀ?” ਦੇ ਵਸਨੀਕਾਂ ਵੱਲੋਂ ਦਿੱਤੇ ਜਵਾਬਾਂ ਵਿੱਚੋਂ “ਹਾਂ” ਦਾ ਹਿੱਸਾ। ਕੋਈ ਹਿੱਸਾ ਉਦੋਂ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾਂਦਾ ਜਦੋਂ ਉਹ, ਜਾਂ ਬਾਕੀ, 5 ਜਵਾਬਾਂ ਤੋਂ ਘੱਟ ਹੋਵੇ।
guarantee-partners = ਭਾਈਵਾਲਾਂ ਨਾਲ ਕੰਮ
guarantee-partners-figure = { $count } ਸਮੱਸਿਆਵਾਂ
guarantee-partners-detail = ਸਥਾਨਕ ਸਮੱਸਿਆਵਾਂ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਟੀਮ ਨੇ ਕਿਸੇ ਭਾਈਵਾਲ ਸੰਸਥਾ, ਜਿਵੇਂ ਕੌਂਸਲ ਜਾਂ ਹਾਊਸਿੰਗ ਐਸੋਸੀਏਸ਼ਨ, ਨਾਲ ਕੰਮ ਕੀਤਾ।
guarantee-partners-definition = ਸਮੱਸਿਆਵਾਂ ਜਿਨ੍ਹਾਂ ਉੱਤੇ ਕਿਸੇ ਭਾਈਵਾਲ ਸੰਸਥਾ ਨੇ ਪਿਛਲੇ 12 ਮਹੀਨਿਆਂ ਵਿੱਚ ਟੀਮ ਨਾਲ ਕੋਈ ਕਾਰਵਾਈ ਦਰਜ ਕੀਤੀ।

feed-concerns-title = { $neighbourhood } ਵਿੱਚ ਵਸਨੀਕਾਂ ਨੇ ਕਿਹੜੀਆਂ ਚਿੰਤਾਵਾਂ ਦਰਜ ਕਰਵਾਈਆਂ ਹਨ
feed-concern-title = { $category }, { $date } ਨੂੰ ਦਰਜ ਕੀਤੀ ਗਈ
feed-problem-title = { $title } ({ $stage })
feed-problem-stage = ਪੜਾਅ: { $stage }, { $meaning }।
feed-updates-title = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ: { $neighbourhood }
feed-update-title = ਤੁਸੀਂ ਕਿਹਾ, ਅਸੀਂ ਕੀਤਾ: { $date }

## The confidence survey: four questions after the Crime Survey for England and Wales, asked of
## residents once a quarter, and their results on "How we're doing".
survey-invite = ਇੱਥੇ ਪੁਲਿਸ ਦੇ ਕੰਮ ਬਾਰੇ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ? ਚਾਰ ਛੋਟੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ
survey-title = { $neighbourhood } ਵਿੱਚ ਪੁਲਿਸ ਦੇ ਕੰਮ ਬਾਰੇ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ?
survey-intro = ਚਾਰ ਛੋਟੇ ਸਵਾਲ, ਜੋ ਹਰ ਤਿੰਨ ਮਹੀਨਿਆਂ ਬਾਅਦ ਵਸਨੀਕਾਂ ਤੋਂ ਪੁੱਛੇ ਜਾਂਦੇ ਹਨ। ਤੁਹਾਡੇ ਜਵਾਬ ਦੂਜੇ ਵਸਨੀਕਾਂ ਦੇ ਜਵਾਬਾਂ ਵਿੱਚ ਜੋੜ ਦਿੱਤੇ ਜਾਂਦੇ ਹਨ ਅਤੇ ਕਦੇ ਵੀ ਤੁਹਾਡੇ ਨਾਮ ਨਾਲ ਨਹੀਂ ਰੱਖੇ ਜਾਂਦੇ: ਅਸੀਂ ਸਿਰਫ਼ ਇਹ ਦਰਜ ਕਰਦੇ ਹਾਂ ਕਿ ਤੁਸੀਂ ਇਸ ਤਿਮਾਹੀ ਵਿੱਚ ਜਵਾਬ ਦੇ ਦਿੱਤਾ ਹੈ, ਤਾਂ ਜੋ ਹਰ ਕੋਈ ਇੱਕ ਵਾਰ ਹੀ ਜਵਾਬ ਦੇਵੇ।
# The three statements, and the question about feeling safe (also the headings of the results).
survey-understand = ਇਸ ਖੇਤਰ ਦੀ ਪੁਲਿਸ ਉਨ੍ਹਾਂ ਮਸਲਿਆਂ ਨੂੰ ਸਮਝਦੀ ਹੈ ਜੋ ਇਸ ਭਾਈਚਾਰੇ 'ਤੇ ਅਸਰ ਪਾਉਂਦੇ ਹਨ
survey-deal = ਇਸ ਖੇਤਰ ਦੀ ਪੁਲਿਸ ਉਨ੍ਹਾਂ ਗੱਲਾਂ ਨਾਲ ਨਜਿੱਠਦੀ ਹੈ ਜੋ ਇਸ ਭਾਈਚਾਰੇ ਲਈ ਮਾਇਨੇ ਰੱਖਦੀਆਂ ਹਨ
survey-rely = ਇਸ ਖੇਤਰ ਦੀ ਪੁਲਿਸ 'ਤੇ ਭਰੋਸਾ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ ਕਿ ਲੋੜ ਪੈਣ 'ਤੇ ਉਹ ਮੌਜੂਦ ਹੋਵੇਗੀ
survey-safe = ਹਨੇਰਾ ਹੋਣ ਤੋਂ ਬਾਅਦ ਇਸ ਖੇਤਰ ਵਿੱਚ ਇਕੱਲੇ ਪੈਦਲ ਤੁਰਦਿਆਂ ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ?
survey-strongly-agree = ਪੂਰੀ ਤਰ੍ਹਾਂ ਸਹਿਮਤ
survey-tend-to-agree = ਕੁਝ ਹੱਦ ਤੱਕ ਸਹਿਮਤ
survey-neither = ਨਾ ਸਹਿਮਤ, ਨਾ ਅਸਹਿਮਤ
survey-tend-to-disagree = ਕੁਝ ਹੱਦ ਤੱਕ ਅਸਹਿਮਤ
survey-strongly-disagree = ਪੂਰੀ ਤਰ੍ਹਾਂ ਅਸਹਿਮਤ
survey-very-safe = ਬਹੁਤ ਸੁਰੱਖਿਅਤ
survey-fairly-safe = ਕਾਫ਼ੀ ਹੱਦ ਤੱਕ ਸੁਰੱਖਿਅਤ
survey-a-bit-unsafe = ਥੋੜ੍ਹਾ ਅਸੁਰੱਖਿਅਤ
survey-very-unsafe = ਬਹੁਤ ਅਸੁਰੱਖਿਅਤ
survey-never-alone = ਹਨੇਰਾ ਹੋਣ ਤੋਂ ਬਾਅਦ ਮੇਰਾ ਕਦੇ ਵੀ ਇਕੱਲੇ ਪੈਦਲ ਤੁਰਨਾ ਨਹੀਂ ਹੁੰਦਾ
survey-understand-missing = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਇਸ ਗੱਲ ਨਾਲ ਕਿਸ ਹੱਦ ਤੱਕ ਸਹਿਮਤ ਹੋ ਕਿ ਇੱਥੋਂ ਦੀ ਪੁਲਿਸ ਉਨ੍ਹਾਂ ਮਸਲਿਆਂ ਨੂੰ ਸਮਝਦੀ ਹੈ ਜੋ ਇਸ ਭਾਈਚਾਰੇ 'ਤੇ ਅਸਰ ਪਾਉਂਦੇ ਹਨ
survey-deal-missing = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਇਸ ਗੱਲ ਨਾਲ ਕਿਸ ਹੱਦ ਤੱਕ ਸਹਿਮਤ ਹੋ ਕਿ ਇੱਥੋਂ ਦੀ ਪੁਲਿਸ ਉਨ੍ਹਾਂ ਗੱਲਾਂ ਨਾਲ ਨਜਿੱਠਦੀ ਹੈ ਜੋ ਇਸ ਭਾਈਚਾਰੇ ਲਈ ਮਾਇਨੇ ਰੱਖਦੀਆਂ ਹਨ
survey-rely-missing = ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਇਸ ਗੱਲ ਨਾਲ ਕਿਸ ਹੱਦ ਤੱਕ ਸਹਿਮਤ ਹੋ ਕਿ ਇੱਥੋਂ ਦੀ ਪੁਲਿਸ 'ਤੇ ਭਰੋਸਾ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ ਕਿ ਲੋੜ ਪੈਣ 'ਤੇ ਉਹ ਮੌਜੂਦ ਹੋਵੇਗੀ
survey-safe-missing = ਚੁਣੋ ਕਿ ਹਨੇਰਾ ਹੋਣ ਤੋਂ ਬਾਅਦ ਇਸ ਖੇਤਰ ਵਿੱਚ ਇਕੱਲੇ ਪੈਦਲ ਤੁਰਦਿਆਂ ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਕਿੰਨਾ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ
survey-send = ਆਪਣੇ ਜਵਾਬ ਭੇਜੋ
survey-thanks = ਧੰਨਵਾਦ: ਤੁਹਾਡੇ ਜਵਾਬ ਗਿਣ ਲਏ ਗਏ ਹਨ
survey-already = ਤੁਸੀਂ ਇਸ ਤਿਮਾਹੀ ਵਿੱਚ ਪਹਿਲਾਂ ਹੀ ਜਵਾਬ ਦੇ ਚੁੱਕੇ ਹੋ, ਇਸ ਲਈ ਇਹ ਜਵਾਬ ਗਿਣੇ ਨਹੀਂ ਗਏ
# $date is the first day of the next quarter.
survey-answered = ਤੁਸੀਂ ਇਸ ਤਿਮਾਹੀ ਵਿੱਚ ਜਵਾਬ ਦੇ ਚੁੱਕੇ ਹੋ। ਧੰਨਵਾਦ। ਤੁਸੀਂ { $date } ਤੋਂ ਦੁਬਾਰਾ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ।
survey-see-results = ਹੁਣ ਤੱਕ ਦੇ ਨਤੀਜੇ ਦੇਖੋ
survey-private = ਹਰ ਇਲਾਕੇ ਅਤੇ ਹਰ ਤਿਮਾਹੀ ਲਈ ਸਿਰਫ਼ ਇਹ ਗਿਣਤੀ ਰੱਖੀ ਜਾਂਦੀ ਹੈ ਕਿ ਕਿੰਨੇ ਵਸਨੀਕਾਂ ਨੇ ਕਿਹੜਾ ਜਵਾਬ ਦਿੱਤਾ। ਨਤੀਜੇ ਉਦੋਂ ਦਿਖਾਏ ਜਾਂਦੇ ਹਨ ਜਦੋਂ ਘੱਟੋ-ਘੱਟ 10 ਵਸਨੀਕ ਜਵਾਬ ਦੇ ਚੁੱਕੇ ਹੋਣ।
survey-results-title = ਭਰੋਸਾ ਅਤੇ ਸੁਰੱਖਿਆ ਦਾ ਅਹਿਸਾਸ
survey-results-intro = ਹਰ ਤਿਮਾਹੀ ਸਾਡੇ ਛੋਟੇ ਸਰਵੇਖਣ ਵਿੱਚ ਵਸਨੀਕਾਂ ਨੇ ਸਾਨੂੰ ਕੀ ਦੱਸਿਆ। ਕਿਸੇ ਤਿਮਾਹੀ ਦੇ ਨਤੀਜੇ ਉਦੋਂ ਦਿਖਾਏ ਜਾਂਦੇ ਹਨ ਜਦੋਂ ਘੱਟੋ-ਘੱਟ { $least } ਵਸਨੀਕ ਜਵਾਬ ਦੇ ਚੁੱਕੇ ਹੋਣ।
# $first and $last are month names.
survey-quarter = { $first } ਤੋਂ { $last } { $year }
survey-not-enough = ਅਜੇ ਕਾਫ਼ੀ ਜਵਾਬ ਨਹੀਂ ਮਿਲੇ: ਨਤੀਜੇ ਉਦੋਂ ਦਿਖਾਏ ਜਾਂਦੇ ਹਨ ਜਦੋਂ ਘੱਟੋ-ਘੱਟ { $least } ਵਸਨੀਕ ਜਵਾਬ ਦੇ ਚੁੱਕੇ ਹੋਣ।
survey-so-far = ਇਹ ਤਿਮਾਹੀ ਅਜੇ ਖ਼ਤਮ ਨਹੀਂ ਹੋਈ। ਹੁਣ ਤੱਕ ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਵਸਨੀਕ: { $count }। ਇਸ ਦੇ ਨਤੀਜੇ ਤਿਮਾਹੀ ਖ਼ਤਮ ਹੋਣ 'ਤੇ ਦਿਖਾਏ ਜਾਣਗੇ, ਜੇ ਘੱਟੋ-ਘੱਟ { $least } ਵਸਨੀਕਾਂ ਨੇ ਜਵਾਬ ਦਿੱਤਾ ਹੋਵੇ।
survey-sign-in-first = ਜਵਾਬ ਦੇਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ, ਤਾਂ ਜੋ ਹਰ ਵਸਨੀਕ ਇੱਕ ਤਿਮਾਹੀ ਵਿੱਚ ਇੱਕ ਵਾਰ ਹੀ ਜਵਾਬ ਦੇਵੇ। ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਡੇ ਨਾਮ ਨਾਲ ਨਹੀਂ ਰੱਖੇ ਜਾਂਦੇ। ਸਾਈਨ ਇਨ ਕਰਨ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਵਾਪਸ ਇਨ੍ਹਾਂ ਸਵਾਲਾਂ 'ਤੇ ਆ ਜਾਓਗੇ।
survey-share-agree = { $share }% ਸਹਿਮਤ ਹਨ
survey-share-safe = { $share }% ਆਪਣੇ ਆਪ ਨੂੰ ਬਹੁਤ ਜਾਂ ਕਾਫ਼ੀ ਹੱਦ ਤੱਕ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ
survey-safe-none = ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਵਸਨੀਕਾਂ ਵਿੱਚੋਂ ਬਹੁਤ ਘੱਟ ਹਨੇਰਾ ਹੋਣ ਤੋਂ ਬਾਅਦ ਇਕੱਲੇ ਪੈਦਲ ਤੁਰਦੇ ਹਨ, ਇਸ ਲਈ ਹਿੱਸਾ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾ ਸਕਦਾ
survey-answered-count = { $count ->
    [one] { $count } ਵਸਨੀਕ ਨੇ ਜਵਾਬ ਦਿੱਤਾ
   *[other] { $count } ਵਸਨੀਕਾਂ ਨੇ ਜਵਾਬ ਦਿੱਤਾ
}
