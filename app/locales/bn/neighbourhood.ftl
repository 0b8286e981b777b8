## A neighbourhood's page: its team, "How we're doing" (the Neighbourhood Policing Guarantee's
## figures), its local priorities and votes, "You said, we did" updates and what residents raised.

neighbourhood-title = { $name } এলাকার টিম
neighbourhood-raise-concern = এই টিমকে আপনার উদ্বেগের কথা জানান
neighbourhood-team-title = আপনার টিম
neighbourhood-contact-officer = আপনার নির্ধারিত যোগাযোগ অফিসার হলেন { $officer }।
neighbourhood-no-team = টিমের সদস্যদের নাম এখনও এখানে প্রকাশ করা হয়নি। তাঁদের সাথে যোগাযোগ করতে 101-এ কল করুন।
neighbourhood-contact-officer-tag = যোগাযোগ অফিসার
neighbourhood-surgeries-title = টিমের সাথে দেখা করুন: সাক্ষাৎ সেশন
neighbourhood-all-surgeries = সব সাক্ষাৎ সেশন দেখুন
neighbourhood-calendar = এই টিমের সাক্ষাৎ সেশনগুলো আপনার ক্যালেন্ডারে যোগ করুন
neighbourhood-calendar-hint = (একটি ক্যালেন্ডার ফিড, যা আপনার ফোন বা কম্পিউটারে সাবস্ক্রাইব করা যায়)
neighbourhood-groups-title = কমিউনিটি গ্রুপ
neighbourhood-groups-link = এই টিমের সাথে কাজ করা কমিউনিটি গ্রুপ
neighbourhood-register-group = আপনার গ্রুপ নিবন্ধন করুন
neighbourhood-contact-title = টিমের সাথে যোগাযোগ করুন
neighbourhood-contact-call = 101-এ কল করুন এবং { $name } এলাকার টিমের সাথে কথা বলতে চান বলুন।
neighbourhood-contact-email = ইমেইল:
neighbourhood-contact-telephone = টেলিফোন:
neighbourhood-contact-not-email = অপরাধের খবর দিতে ইমেইল ব্যবহার করবেন না। জরুরি অবস্থায় 999-এ কল করুন।
neighbourhood-area-title = এলাকা
neighbourhood-no-map = এই এলাকার মানচিত্র এখনও পাওয়া যাচ্ছে না।

## What a signed-in resident has in this neighbourhood.

neighbourhood-yours-title = এই এলাকায় আপনার কার্যক্রম
neighbourhood-yours-booking = { $time }-এ সাক্ষাৎ সেশনে আপনার জায়গা ({ $reference }):
neighbourhood-yours-booking-link = আপনার বুকিং দেখুন বা পরিবর্তন করুন
neighbourhood-yours-ballot = আপনি “{ $question }” ভোটে অংশ নিয়েছেন:
neighbourhood-yours-ballot-link = ভোটটি দেখুন
neighbourhood-yours-following = আপনি এই এলাকাটি ফলো করছেন: টিম কোনো আপডেট প্রকাশ করলে আমরা আপনাকে ইমেইল করি।
neighbourhood-yours-following-link = আপনার অ্যাকাউন্টে এটি পরিবর্তন করুন

## What residents have raised.

neighbourhood-raised-title = বাসিন্দারা কী কী উদ্বেগ জানিয়েছেন
neighbourhood-raised-none = গত 3 মাসে কোনো উদ্বেগ জানানো হয়নি।
neighbourhood-raised-total = গত 3 মাসে বাসিন্দারা { $count }টি উদ্বেগ জানিয়েছেন।
neighbourhood-raised-fewer = গত 3 মাসে বাসিন্দারা { $fewest }টির কম উদ্বেগ জানিয়েছেন।
neighbourhood-raised-more = গত 3 মাসে বাসিন্দারা { $count }টির বেশি উদ্বেগ জানিয়েছেন।
neighbourhood-raised-caption = গত 3 মাসে জানানো উদ্বেগ, ধরন অনুযায়ী
neighbourhood-raised-kind = উদ্বেগের ধরন
neighbourhood-raised-count = সংখ্যা
neighbourhood-raised-others = অন্যান্য ধরন
neighbourhood-raised-hint = 1 থেকে 4 পর্যন্ত সংখ্যাকে “5-এর কম” হিসেবে দেখানো হয়, এবং কম সংখ্যার ধরনগুলো একসাথে গোনা হয়, যাতে কোনো সংখ্যা থেকে কোনো ব্যক্তিকে চেনা না যায়।
neighbourhood-raised-summary = জানানো হয়েছে { $date }। { $status }
neighbourhood-status-received = গৃহীত
neighbourhood-status-replied = উত্তর দেওয়া হয়েছে
neighbourhood-status-under-review = পর্যালোচনাধীন
neighbourhood-status-being-worked-on = কাজ চলছে
neighbourhood-status-passed-to-partner = একজন অংশীদারের কাছে পাঠানো হয়েছে
neighbourhood-status-closed = বন্ধ
neighbourhood-problems-title = যেসব সমস্যা নিয়ে টিম কাজ করছে
neighbourhood-problem-stage = পর্যায়: { $stage } ({ $meaning })। সর্বশেষ আপডেট: { $date }।
neighbourhood-problem-partners = { $partners }-এর সঙ্গে মিলে এর উপর কাজ চলছে।
neighbourhood-stage-scanning = অনুসন্ধান
neighbourhood-stage-scanning-meaning = কী ঘটছে, কোথায় এবং কখন, তা খুঁজে বের করা
neighbourhood-stage-analysis = বিশ্লেষণ
neighbourhood-stage-analysis-meaning = কেন এটি ঘটে, কারা ক্ষতিগ্রস্ত হন এবং কে দায়ী, তা বোঝা
neighbourhood-stage-response = পদক্ষেপ
neighbourhood-stage-response-meaning = অংশীদারদের সাথে মিলে পদক্ষেপ নেওয়া
neighbourhood-stage-assessment = মূল্যায়ন
neighbourhood-stage-assessment-meaning = পদক্ষেপ কাজ করেছে কি না, তা যাচাই করা
neighbourhood-raised-feed = এখানে বাসিন্দারা যা জানান তা ফলো করুন (Atom ফিড)

## Local priorities and votes.

neighbourhood-priorities-title = স্থানীয় অগ্রাধিকার
neighbourhood-priorities-none = টিম এখনও তাদের অগ্রাধিকারগুলো প্রকাশ করেনি।
neighbourhood-priority-raised = তোলা হয়েছে { $date }। { $updated }।
neighbourhood-priority-no-action = এখনও কোনো পদক্ষেপ লিপিবদ্ধ করা হয়নি।
neighbourhood-priority-latest-action = সর্বশেষ পদক্ষেপ: { $action }
neighbourhood-votes-title = আপনার মতামত দিন: ভোট
neighbourhood-vote-open-until = চালু থাকবে { $time } পর্যন্ত
neighbourhood-vote-closed = শেষ হয়েছে { $date }: ফলাফল দেখুন
neighbourhood-vote-open = চালু

## A local priority's page.

priority-caption = { $neighbourhood }-এর একটি স্থানীয় অগ্রাধিকার
priority-summary = বাসিন্দারা তুলেছেন { $date }। { $status }। { $updated }।
priority-status-open = খোলা
priority-status-action-under-way = পদক্ষেপ চলছে
priority-status-resolved = সমাধান হয়েছে
priority-status-retired = আর অগ্রাধিকার নয়
priority-last-updated = { $days ->
    [0] সর্বশেষ আপডেট আজ
    [one] সর্বশেষ আপডেট { $days } দিন আগে
   *[other] সর্বশেষ আপডেট { $days } দিন আগে
}
priority-update-due = আপডেট বাকি
priority-actions-title = টিম কী করেছে
priority-no-actions = টিম এখনও কোনো পদক্ষেপ লিপিবদ্ধ করেনি।
priority-team-link = { $neighbourhood } এলাকার টিম

## "You said, we did" updates.

updates-title = আপনি বলেছেন, আমরা করেছি
updates-none = এখনও কোনো আপডেট প্রকাশ করা হয়নি।
updates-you-said = আপনি বলেছেন
updates-we-did = আমরা করেছি
updates-result = ফলাফল
updates-next = এরপর কী হবে
updates-answers = এই আপডেটটি যেগুলোর উত্তর: { $answers }।
updates-answers-priority = স্থানীয় অগ্রাধিকার “{ $name }”
updates-answers-vote = ভোট “{ $name }”
updates-answers-problem = সমস্যা “{ $name }”
updates-answers-concern = একজন বাসিন্দার জানানো একটি উদ্বেগ
updates-separator = {", "}
updates-edited = আপডেট করা হয়েছে { $date }।
updates-pages = আরও আপডেট
updates-newer = নতুন আপডেট
updates-older = পুরোনো আপডেট
updates-page = পৃষ্ঠা { $page } / { $pages }
updates-feed = টিমের আপডেট ফলো করুন (Atom ফিড)

## Following.

follow-neighbourhood = এই এলাকাটি ফলো করুন
follow-priority = এই অগ্রাধিকারটি ফলো করুন
follow-vote = এই ভোটটি ফলো করুন
follow-problem = এই সমস্যাটি ফলো করুন
follow-hint = টিম এটি আপডেট করলে আমরা আপনাকে ইমেইল করি। কত ঘন ঘন, তা আপনার অ্যাকাউন্টে বেছে নিন। কমিউনিটি গ্রুপগুলো তাদের ড্যাশবোর্ড থেকে এটি ফলো করতে পারে।

## The map of the area.

map-label = { $name }-এর সীমানার মানচিত্র
map-caption = এই টিম যে এলাকার দায়িত্বে আছে। উত্তর দিক উপরে।

## Meetings a team recorded with a community group.

neighbourhood-meetings-none = এখনও কোনো মিটিং লিপিবদ্ধ করা হয়নি।
neighbourhood-meetings-date = তারিখ
neighbourhood-meetings-team = টিম
neighbourhood-meetings-attended = উপস্থিত
neighbourhood-meetings-notes = নোট
neighbourhood-meetings-priorities = যে অগ্রাধিকারগুলো নিয়ে আলোচনা হয়েছে

## "How we're doing": the Neighbourhood Policing Guarantee's commitments, measured.

guarantee-title = আমরা কেমন করছি
guarantee-page-title = আমরা কেমন করছি: { $name } এলাকার টিম
guarantee-lead = নেইবারহুড পুলিশিং গ্যারান্টি (Neighbourhood Policing Guarantee) প্রতিটি এলাকাকে প্রতিশ্রুতি দেয়: একজন নির্ধারিত অফিসার, যাঁর সাথে আপনি যোগাযোগ করতে পারেন; স্থানীয় উদ্বেগের 72 ঘণ্টার মধ্যে উত্তর; প্রকাশিত ও হালনাগাদ স্থানীয় অগ্রাধিকার; এবং নিয়মিত জনসভা। এগুলো টিমের পরিসংখ্যান।
guarantee-computed = পরিসংখ্যান হিসাব করা হয়েছে { $time }।
guarantee-disclosure = উদ্বেগ, বুকিং ও উত্তরের 1 থেকে 4 পর্যন্ত সংখ্যাকে “5-এর কম” হিসেবে দেখানো হয়, এবং বাসিন্দাদের উত্তর বা উপস্থিতির অংশ দেখানো হয় না যখন সেটি, বা বাকিটা, 5-এর কম হয়, যাতে কোনো সংখ্যা থেকে কোনো ব্যক্তিকে চেনা না যায়। অংশগুলো নিচের দিকে পূর্ণসংখ্যায় নেওয়া হয়।
guarantee-panel-hint = নেইবারহুড পুলিশিং গ্যারান্টির প্রতিশ্রুতিগুলো, পরিমাপ করে দেখানো হলো।
guarantee-panel-link = এই পরিসংখ্যানগুলোর বিস্তারিত অর্থ
guarantee-met = পূরণ হয়েছে
guarantee-not-met = পূরণ হয়নি
guarantee-measured = কী পরিমাপ করা হয়
guarantee-period = সময়কাল
guarantee-fewer-than = { $count }-এর কম
guarantee-share = { $share }%
guarantee-none-to-count = গোনার মতো কিছু নেই
guarantee-too-few = দেখানোর জন্য খুব কম
guarantee-now = এখন
guarantee-from-to = { $from } থেকে { $to }
guarantee-yes = হ্যাঁ
guarantee-no = না
guarantee-contact-officer = নির্ধারিত যোগাযোগ অফিসার
guarantee-contact-both = একজন নির্ধারিত যোগাযোগ অফিসার এবং টিমের যোগাযোগের বিবরণ প্রকাশ করা হয়েছে।
guarantee-contact-no-details = একজন নির্ধারিত যোগাযোগ অফিসার প্রকাশ করা হয়েছে, কিন্তু টিমের কোনো ইমেইল ঠিকানা বা টেলিফোন নম্বর প্রকাশ করা হয়নি।
guarantee-contact-none = এখনও কোনো নির্ধারিত যোগাযোগ অফিসার প্রকাশ করা হয়নি।
guarantee-contact-definition = এই পৃষ্ঠায় একজন নির্ধারিত অফিসার প্রকাশ করা হয়, যাঁর সাথে বাসিন্দারা যোগাযোগ করতে পারেন, সাথে টিমের ইমেইল ঠিকানা বা টেলিফোন নম্বর।
guarantee-answered = 72 ঘণ্টার মধ্যে উত্তর
guarantee-answered-detail = 72 ঘণ্টার মধ্যে উত্তর দেওয়া হয়েছে: { $in_time }। পরে উত্তর দেওয়া হয়েছে: { $late }। 72 ঘণ্টা পরেও অপেক্ষায়: { $waiting }।
guarantee-answered-definition = গত 90 দিনে জানানো যেসব উদ্বেগের 72 ঘণ্টা পেরিয়ে গেছে, তার মধ্যে যেগুলোর প্রথম উত্তর টিম 72 ঘণ্টার মধ্যে দিয়েছে (বা বন্ধ করেছে) তার অংশ, নিচের দিকে পূর্ণসংখ্যায় নেওয়া। 90% বা তার বেশি হলে প্রতিশ্রুতি পূরণ হয়।
guarantee-priorities = হালনাগাদ অগ্রাধিকার
guarantee-priorities-figure = { $count ->
    [0] কোনোটি প্রকাশিত হয়নি
    [one] { $count }টি অগ্রাধিকার
   *[other] { $count }টি অগ্রাধিকার
}
guarantee-priorities-none = টিম তাদের অগ্রাধিকারগুলো প্রকাশ করেনি।
guarantee-priorities-updated = প্রতিটি অগ্রাধিকার গত 3 মাসে আপডেট করা হয়েছে। সবচেয়ে পুরোনো আপডেটটি { $days } দিন আগের।
guarantee-priorities-due = { $due }টি অগ্রাধিকার 3 মাস ধরে আপডেট করা হয়নি। সবচেয়ে পুরোনো আপডেটটি { $days } দিন আগের।
guarantee-priorities-definition = এখন প্রকাশিত স্থানীয় অগ্রাধিকারগুলো, এবং প্রতিটি গত 3 ক্যালেন্ডার মাসে আপডেট করা হয়েছে কি না।
guarantee-meetings = নিয়মিত জনসভা
guarantee-meetings-figure = { $count }টি অনুষ্ঠিত হয়েছে
guarantee-meetings-detail = সাক্ষাৎ সেশন: { $surgeries }। কমিউনিটি গ্রুপের সাথে মিটিং: { $meetings }। { $next } বুক করা জায়গা: { $booked }। উপস্থিতি: { $attendance }।
guarantee-next-surgery = পরবর্তী সাক্ষাৎ সেশন: { $time }।
guarantee-no-next-surgery = এখনও কোনো সাক্ষাৎ সেশনের আয়োজন করা হয়নি।
guarantee-attendance-share = যেসব বুকিংয়ের উপস্থিতি লিপিবদ্ধ হয়েছে, তার { $share }%
guarantee-attendance-none = লিপিবদ্ধ করা হয়নি
guarantee-attendance-few = দেখানোর মতো যথেষ্ট লিপিবদ্ধ হয়নি
guarantee-meetings-definition = গত 3 মাসে অনুষ্ঠিত সাক্ষাৎ সেশন (বাতিল হয়নি এমন) এবং কমিউনিটি গ্রুপের সাথে টিমের লিপিবদ্ধ মিটিং। অন্তত একটি অনুষ্ঠিত হলে প্রতিশ্রুতি পূরণ হয়।
guarantee-updates = আপনি বলেছেন, আমরা করেছি
guarantee-updates-figure = { $count }টি প্রকাশিত
guarantee-updates-detail = বাসিন্দারা যা জানিয়েছেন, সে বিষয়ে টিম কী করেছে তা জানানো আপডেট।
guarantee-updates-definition = গত 3 মাসে প্রকাশিত “আপনি বলেছেন, আমরা করেছি” আপডেট।
guarantee-improved = পরিস্থিতির কি উন্নতি হয়েছে?
guarantee-improved-none = এখনও কোনো উত্তর নেই
guarantee-improved-answers = উত্তর: { $answers }
guarantee-improved-detail = হ্যাঁ: { $yes }। না: { $no }। নিশ্চিত নই: { $not_sure }।
guarantee-improved-definition = উদ্বেগ বন্ধ হওয়ার পর “পরিস্থিতির কি উন্নতি হয়েছে?” প্রশ্নে বাসিন্দাদের উত্তর, গত 12 মাসে দেওয়া। অংশগুলো নিচের দিকে পূর্ণসংখ্যায় নেওয়া হয়, এবং কোনো অংশ দেখানো হয় না যখন সেটি, বা বাকিটা, 5টির কম উত্তর হয়।
guarantee-messages = বাসিন্দাদের কাছে বার্তা
guarantee-messages-figure = { $count }টি পাঠানো হয়েছে
# $useful is a share like "66%", or guarantee-none-to-count, or guarantee-too-few.
guarantee-messages-detail = যে বাসিন্দারা উত্তর দিয়েছেন, তাঁদের মতে কাজে লেগেছে: { $useful }।
guarantee-messages-definition = গত 3 মাসে টিম (বা পুলিশ বাহিনী) এলাকাটি ফলো করা বাসিন্দাদের কাছে যেসব আবেদন, পরামর্শ, সতর্কতা, খবর ও অনুষ্ঠানের বার্তা পাঠিয়েছে, এবং “এটি কি কাজে লেগেছে?” প্রশ্নে বাসিন্দাদের উত্তরের মধ্যে “হ্যাঁ”-এর অংশ। কোনো অংশ দেখানো হয় না যখন সেটি, বা বাকিটা, 5টির কম উত্তর হয়।
guarantee-partners = অংশীদারদের সঙ্গে কাজ
guarantee-partners-figure = { $count }টি সমস্যা
guarantee-partners-detail = স্থানীয় সমস্যা যেগুলোতে টিম কোনো অংশীদার সংস্থার, যেমন কাউন্সিল বা হাউজিং অ্যাসোসিয়েশনের, সঙ্গে কাজ করেছে।
guarantee-partners-definition = যেসব সমস্যায় কোনো অংশীদার সংস্থা গত 12 মাসে টিমের সঙ্গে কোনো পদক্ষেপ নথিভুক্ত করেছে।

feed-concerns-title = { $neighbourhood }-এ বাসিন্দারা কী কী উদ্বেগ জানিয়েছেন
feed-concern-title = { $category }, জানানো হয়েছে { $date }
feed-problem-title = { $title } ({ $stage })
feed-problem-stage = পর্যায়: { $stage }, { $meaning }।
feed-updates-title = আপনি বলেছেন, আমরা করেছি: { $neighbourhood }
feed-update-title = আপনি বলেছেন, আমরা করেছি: { $date }

## The confidence survey: four questions after the Crime Survey for England and Wales, asked of
## residents once a quarter, and their results on "How we're doing".
survey-invite = এখানকার পুলিশের কাজ সম্পর্কে আপনার কী মনে হয়? চারটি ছোট প্রশ্নের উত্তর দিন
survey-title = { $neighbourhood }-এ পুলিশের কাজ সম্পর্কে আপনার কী মনে হয়?
survey-intro = চারটি ছোট প্রশ্ন, যা প্রতি তিন মাস পর পর বাসিন্দাদের জিজ্ঞেস করা হয়। আপনার উত্তর অন্য বাসিন্দাদের উত্তরের সাথে যোগ করা হয় এবং কখনও আপনার নামের সাথে রাখা হয় না: আমরা শুধু লিখে রাখি যে আপনি এই ত্রৈমাসিকে উত্তর দিয়েছেন, যাতে প্রত্যেকে একবারই উত্তর দেন।
# The three statements, and the question about feeling safe (also the headings of the results).
survey-understand = এই এলাকার পুলিশ এই কমিউনিটিকে প্রভাবিত করে এমন বিষয়গুলো বোঝে
survey-deal = এই এলাকার পুলিশ এই কমিউনিটির কাছে গুরুত্বপূর্ণ বিষয়গুলোর ব্যাপারে ব্যবস্থা নেয়
survey-rely = প্রয়োজনের সময় এই এলাকার পুলিশকে পাশে পাওয়া যাবে বলে ভরসা করা যায়
survey-safe = অন্ধকার হওয়ার পর এই এলাকায় একা হাঁটার সময় আপনি নিজেকে কতটা নিরাপদ মনে করেন?
survey-strongly-agree = সম্পূর্ণ একমত
survey-tend-to-agree = কিছুটা একমত
survey-neither = একমতও নই, দ্বিমতও নই
survey-tend-to-disagree = কিছুটা দ্বিমত
survey-strongly-disagree = সম্পূর্ণ দ্বিমত
survey-very-safe = খুব নিরাপদ
survey-fairly-safe = মোটামুটি নিরাপদ
survey-a-bit-unsafe = কিছুটা অনিরাপদ
survey-very-unsafe = খুব অনিরাপদ
survey-never-alone = অন্ধকার হওয়ার পর আমি কখনও একা হাঁটি না
survey-understand-missing = এখানকার পুলিশ এই কমিউনিটিকে প্রভাবিত করে এমন বিষয়গুলো বোঝে, এ কথার সাথে আপনি কতটা একমত তা বেছে নিন
survey-deal-missing = এখানকার পুলিশ এই কমিউনিটির কাছে গুরুত্বপূর্ণ বিষয়গুলোর ব্যাপারে ব্যবস্থা নেয়, এ কথার সাথে আপনি কতটা একমত তা বেছে নিন
survey-rely-missing = প্রয়োজনের সময় এখানকার পুলিশকে পাশে পাওয়া যাবে বলে ভরসা করা যায়, এ কথার সাথে আপনি কতটা একমত তা বেছে নিন
survey-safe-missing = অন্ধকার হওয়ার পর এই এলাকায় একা হাঁটার সময় আপনি নিজেকে কতটা নিরাপদ মনে করেন, তা বেছে নিন
survey-send = আপনার উত্তর পাঠান
survey-thanks = ধন্যবাদ: আপনার উত্তর গণনা করা হয়েছে
survey-already = আপনি এই ত্রৈমাসিকে আগেই উত্তর দিয়েছেন, তাই এই উত্তরগুলো গণনা করা হয়নি
# $date is the first day of the next quarter.
survey-answered = আপনি এই ত্রৈমাসিকে উত্তর দিয়েছেন। ধন্যবাদ। আপনি { $date } থেকে আবার উত্তর দিতে পারবেন।
survey-see-results = এখন পর্যন্ত ফলাফল দেখুন
survey-private = প্রতিটি এলাকা ও প্রতিটি ত্রৈমাসিকের জন্য শুধু এটুকু রাখা হয় যে কতজন বাসিন্দা কোন উত্তর দিয়েছেন। অন্তত 10 জন বাসিন্দা উত্তর দেওয়ার পর ফলাফল দেখানো হয়।
survey-results-title = আস্থা ও নিরাপত্তাবোধ
survey-results-intro = প্রতি ত্রৈমাসিকে আমাদের ছোট জরিপে বাসিন্দারা আমাদের যা জানিয়েছেন। কোনো ত্রৈমাসিকের ফলাফল দেখানো হয় অন্তত { $least } জন বাসিন্দা উত্তর দেওয়ার পর।
# $first and $last are month names.
survey-quarter = { $first } থেকে { $last } { $year }
survey-not-enough = এখনও যথেষ্ট উত্তর পাওয়া যায়নি: অন্তত { $least } জন বাসিন্দা উত্তর দেওয়ার পর ফলাফল দেখানো হয়।
survey-so-far = এই ত্রৈমাসিক এখনও শেষ হয়নি। এখন পর্যন্ত উত্তর দিয়েছেন এমন বাসিন্দা: { $count } জন। ত্রৈমাসিক শেষ হলে এর ফলাফল দেখানো হবে, যদি অন্তত { $least } জন বাসিন্দা উত্তর দিয়ে থাকেন।
survey-sign-in-first = উত্তর দিতে সাইন ইন করুন, যাতে প্রত্যেক বাসিন্দা প্রতি ত্রৈমাসিকে একবারই উত্তর দেন। আপনার উত্তর আপনার নামের সাথে রাখা হয় না। সাইন ইন করার পর আপনি আবার প্রশ্নগুলোতে ফিরে আসবেন।
survey-share-agree = { $share }% একমত
survey-share-safe = { $share }% নিজেকে খুব বা মোটামুটি নিরাপদ মনে করেন
survey-safe-none = যে বাসিন্দারা উত্তর দিয়েছেন, তাঁদের মধ্যে খুব কম জন অন্ধকার হওয়ার পর একা হাঁটেন, তাই অংশ দেখানো যাচ্ছে না
survey-answered-count = { $count ->
    [one] { $count } জন বাসিন্দা উত্তর দিয়েছেন
   *[other] { $count } জন বাসিন্দা উত্তর দিয়েছেন
}
