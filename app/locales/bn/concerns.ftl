## Raising a concern and following it: where it is, the form, checking it and sending it, the
## resident's page for it, and the panel that says the portal is not for emergencies.

# The panel before and after raising a concern. "report-crime", the link and "report-crime-end"
# make one sentence: "To report a crime, call 101 or [report it online on the … website]."
concern-warning = সতর্কতা:
concern-not-for-emergencies = এটি জরুরি অবস্থার জন্য বা অপরাধের খবর দেওয়ার জন্য নয়।
concern-emergency-999 = যদি এখনই কোনো অপরাধ ঘটছে বা কেউ বিপদে আছেন, তাহলে 999-এ কল করুন।
concern-report-crime = অপরাধের খবর দিতে 101-এ কল করুন অথবা
concern-report-online = { $force }-এর ওয়েবসাইটে অনলাইনে জানান
concern-report-crime-end = ।
concern-report-crime-no-site = অপরাধের খবর দিতে 101-এ কল করুন অথবা পুলিশ বাহিনীর ওয়েবসাইটে জানান।
concern-deaf = আপনি যদি বধির হন বা কানে কম শোনেন, তাহলে emergencySMS-এ নিবন্ধন করার পর 999-এ টেক্সট করুন, অথবা টেক্সটফোন 18000 ব্যবহার করুন।

# Where is it? (/concerns/new)
concern-start-title = আপনার এলাকার টিমকে আপনার উদ্বেগের কথা জানান
concern-start-intro = স্থানীয় কোনো বিষয় নিয়ে আপনি চিন্তিত হলে আপনার এলাকার টিমকে জানান: সমাজবিরোধী আচরণ, অতিরিক্ত গতিতে গাড়ি চালানো, মাদক কেনাবেচা, অন্ধকার গলি। তাঁরা 72 ঘণ্টার মধ্যে উত্তর দেবেন, এবং এ বিষয়ে কী হলো তা আপনি সবসময় দেখতে পারবেন।
concern-start-hint = যে জায়গা নিয়ে আপনি চিন্তিত সেটির পোস্টকোড, অথবা আপনার নিজের পোস্টকোড। যেমন, B15 2TT।
concern-continue = চালিয়ে যান
concern-back = পিছনে

# The concern form.
concern-sign-in-first = উদ্বেগের কথা জানাতে সাইন ইন করুন, যাতে টিম আপনাকে উত্তর দিতে পারে। সাইন ইন করার পর আপনি আবার এখানে ফিরে আসবেন।
concern-no-such-neighbourhood = এমন কোনো এলাকা নেই।
concern-pin-placed = আপনি মানচিত্রে যেখানে বেছে নিয়েছেন সেখানে একটি পিন বসানো হয়েছে। এটি সরাতে আবার মানচিত্রে বেছে নিন, অথবা ফর্মটি চালিয়ে যান।
concern-choose-listed-group = নিজেকে বা তালিকার কোনো একটি গ্রুপ বেছে নিন
concern-choose-who = আপনি কার পক্ষ থেকে এই উদ্বেগ জানাচ্ছেন তা বেছে নিন
concern-moved = জায়গাটি { $name } এলাকায়, তাই আপনার উদ্বেগ { $name } টিমের কাছে যাবে। আপনি যা লিখেছেন তা আমরা তাঁদের ফর্মে সরিয়ে দিয়েছি: এটি দেখে নিয়ে চালিয়ে যান। এখনও কিছু পাঠানো হয়নি।
concern-place-outside = জায়গাটি এই পুলিশ বাহিনীর এলাকার বাইরে: ওই এলাকার পুলিশ বাহিনীর সাথে যোগাযোগ করুন, অথবা 101-এ কল করুন
concern-place-unknown-postcode = আমরা ওই পোস্টকোডটি খুঁজে পাইনি। এটি যাচাই করুন, অথবা তার বদলে জায়গাটির বর্ণনা দিন, যেমন কোনো রাস্তা বা পরিচিত কোনো স্থান
concern-raise-title = { $name } এলাকায় উদ্বেগ জানান
concern-team-caption = { $name } এলাকার টিম
concern-raise-heading = উদ্বেগ জানান
concern-who-legend = আপনি কার পক্ষ থেকে এই উদ্বেগ জানাচ্ছেন?
concern-for-myself = নিজের পক্ষ থেকে
concern-for-myself-hint = উত্তর আপনার কাছে আসবে।
# $group is the group's name, as its organisers wrote it.
concern-for-group = { $group } (যে গ্রুপের আপনি একজন আয়োজক)
concern-for-group-hint = উদ্বেগটি গ্রুপের পক্ষ থেকে জানানো হবে, এবং উত্তর এর সব আয়োজকের কাছে যাবে।
concern-propose = গ্রুপের জন্য: অগ্রাধিকার নিয়ে পরবর্তী ভোটে এটিকে একটি বিকল্প হিসেবে প্রস্তাব করুন
concern-where-label = এটি কোথায় ঘটছে?
concern-where-hint = কোনো রাস্তা, পরিচিত কোনো স্থান (Court Oak Road-এর পার্ক) অথবা একটি পোস্টকোড।
concern-kind-legend = এটি কী ধরনের উদ্বেগ?
concern-what-label = কী ঘটছে?
concern-what-hint = আপনি কী দেখেছেন বা কোন বিষয়টি আপনাকে চিন্তিত করছে তা আমাদের জানান। আপনার বা অন্য কারো নাম লিখবেন না।
concern-when-label = এটি কখন ঘটে? (ঐচ্ছিক)
concern-when-hint = যেমন, বেশিরভাগ সন্ধ্যায় রাত 9টার পর, অথবা শনিবার বিকেলে।
concern-summary-legend = আপনার উদ্বেগের একটি সারসংক্ষেপ কি প্রকাশ্যে দেখানো যাবে?
concern-summary-hint = আপনার নাম ও যোগাযোগের তথ্য কখনো প্রকাশ করা হয় না।
concern-summary-yes = হ্যাঁ
concern-summary-no = না
concern-summary-yes-hint = একজন মডারেটর একটি ছোট সারসংক্ষেপ লেখেন, যাতে আপনার নাম বা আপনাকে চেনা যায় এমন কিছু থাকে না, এবং সেটি এলাকার পৃষ্ঠায় দেখানো হয়।
concern-summary-no-hint = শুধু এলাকার টিম এটি দেখবে।

# The map a pin is placed on, on the concern form (the PinMap island). $name is the
# neighbourhood's name.
concern-pin-map-hint = এটি কোথায় ঘটে তা-ও আপনি দেখাতে পারেন: পিন বসাতে বা সেটি সরাতে মানচিত্রে একটি জায়গা বেছে নিন।
concern-pin-map-alt = { $name }-এর মানচিত্র: পিন বসাতে একটি জায়গা বেছে নিন
concern-pin-map-placed = মানচিত্রে একটি পিন বসানো আছে।
concern-pin-map-none = কোনো পিন বসানো হয়নি।
concern-pin-map-remove = পিন সরিয়ে দিন

# What is wrong with what was typed. "where-name" names the field in "too-long".
concern-where-name = এটি কোথায় ঘটছে
concern-where-missing = এটি কোথায় ঘটছে তা লিখুন: কোনো রাস্তা, পরিচিত কোনো স্থান বা একটি পোস্টকোড
concern-kind-missing = এটি কী ধরনের উদ্বেগ তা বেছে নিন
concern-what-missing = কী ঘটছে তা আমাদের জানান
concern-what-too-short = আমাদের আরেকটু বিস্তারিত জানান: অন্তত { $least }টি অক্ষর
concern-summary-missing = সারসংক্ষেপ প্রকাশ্যে দেখানো যাবে কি না তা বেছে নিন
concern-pin-again = মানচিত্রে আবার পিন বসান
# $label is what the field is called ("What is happening"); $max a number of characters.
concern-too-long = "{ $label }" সর্বোচ্চ { $max }টি অক্ষরের হতে পারে
concern-plain-words = সাধারণ শব্দে লিখুন: ওয়েব পৃষ্ঠার কোডের মতো দেখায় এমন সবকিছু মুছে ফেলুন, যেমন <b>

# The rows of "Check your concern" and of the resident's page for it.
concern-row-raised-for = কার পক্ষ থেকে
concern-row-where = কোথায়
concern-row-kind = উদ্বেগের ধরন
concern-row-what = কী ঘটছে
concern-row-when = এটি কখন ঘটে
concern-row-summary = প্রকাশ্য সারসংক্ষেপ
concern-row-replies-to = উত্তর যাবে
concern-row-status = অবস্থা
concern-row-improved = পরিস্থিতির কি উন্নতি হয়েছে?

# Check your concern. Each "Change" link is followed, for screen readers, by what it changes.
concern-check-title = আপনার উদ্বেগ যাচাই করুন
concern-change = পরিবর্তন করুন
concern-change-who = উদ্বেগটি কার পক্ষ থেকে
concern-change-where = এটি কোথায় ঘটছে
concern-change-kind = উদ্বেগের ধরন
concern-change-what = কী ঘটছে
concern-change-when = এটি কখন ঘটে
concern-change-summary = সারসংক্ষেপ দেখানো হবে কি না
# After the group's name.
concern-replies-to-organisers = (উত্তর এর আয়োজকদের কাছে যাবে)
concern-replies-to-organisers-proposed = (উত্তর এর আয়োজকদের কাছে যাবে), অগ্রাধিকার নিয়ে পরবর্তী ভোটের জন্য প্রস্তাবিত
# After the place the resident typed.
concern-with-pin = (মানচিত্রে একটি পিনসহ)
concern-not-given = দেওয়া হয়নি
concern-check-summary-yes = হ্যাঁ, একজন মডারেটর যাচাই করার পর
concern-check-summary-no = না
concern-check-reply = টিম 72 ঘণ্টার মধ্যে উত্তর দেবে। আপনার নাম ও যোগাযোগের তথ্য কখনো প্রকাশ করা হয় না।
concern-send = আপনার উদ্বেগ পাঠান
concern-no-longer-organiser = আপনি এখানে আর { $group }-এর আয়োজক নন। উদ্বেগটি কার পক্ষ থেকে তা পরিবর্তন করুন
concern-sent = উদ্বেগ পাঠানো হয়েছে
concern-too-many = আপনি দিনে সর্বোচ্চ { $limit }টি উদ্বেগ জানাতে পারেন। { $unit ->
    [hour] { $count ->
        [one] { $count } ঘণ্টা
       *[other] { $count } ঘণ্টা
    } পরে আবার চেষ্টা করুন।
   *[minute] { $count ->
        [one] { $count } মিনিট
       *[other] { $count } মিনিট
    } পরে আবার চেষ্টা করুন।
}

# The resident's page for their concern (/account/concerns/{reference}).
concern-your-concern-title = আপনার উদ্বেগ { $reference }
concern-your-reference = আপনার রেফারেন্স নম্বর
concern-emailed = আমরা এটি পেয়েছি জানিয়ে আপনাকে ইমেল করেছি।
concern-reply-by = টিম { $time }-এর মধ্যে উত্তর দেবে
concern-reply-by-sentence = টিম { $time }-এর মধ্যে উত্তর দেবে।
concern-back-to-account = আপনার অ্যাকাউন্টে ফিরে যান
concern-status-with-reason = { $status }: { $reason }
concern-public-summary-none = দেখানো হয়নি: আপনি চেয়েছিলেন শুধু টিম এটি দেখুক
concern-public-summary-pending = একজন মডারেটরের যাচাইয়ের অপেক্ষায়
concern-public-summary-approved = এলাকার পৃষ্ঠায় আপনার নাম ছাড়া দেখানো হয়েছে
concern-public-summary-rejected = দেখানো হয়নি: একজন মডারেটর সিদ্ধান্ত নিয়েছেন যে এটি প্রকাশ করা উচিত নয়
concern-timeline-title = এ পর্যন্ত কী হয়েছে
concern-timeline-nothing = এখনও কিছু হয়নি: টিম 72 ঘণ্টার মধ্যে উত্তর দেবে।
# Who wrote or did it, and when: "The team, Saturday 5 December 2026 at 10:15am".
concern-timeline-when = { $who }, { $time }
concern-timeline-team = টিম
concern-timeline-you = আপনি
concern-timeline-reopened = উদ্বেগটি আবার খোলা হয়েছে
# Followed by what the resident wrote.
concern-timeline-reopened-why = উদ্বেগটি আবার খোলা হয়েছে:
# A change of status, followed by who it was passed to or the local problem it is part of.
concern-timeline-status = { $status }:
concern-write-title = টিমকে লিখুন
concern-your-message = আপনার বার্তা
concern-write-hint = আপনি লিখেছেন, এ কথা টিমকে ইমেলে জানানো হয়।
concern-send-message = বার্তা পাঠান
concern-write-missing = টিমের জন্য আপনার বার্তা লিখুন
concern-message-sent = আপনার বার্তা টিমের কাছে পাঠানো হয়েছে
concern-closed-reopen-to-write = এই উদ্বেগটি বন্ধ হয়ে গেছে: টিমকে লিখতে এটি আবার খুলুন
concern-too-many-messages = আপনি আজ এই উদ্বেগ নিয়ে { $limit }টি বার্তা পাঠিয়েছেন। টিম সেগুলো পড়ে উত্তর দেবে। { $unit ->
    [hour] { $count ->
        [one] { $count } ঘণ্টা
       *[other] { $count } ঘণ্টা
    } পরে আবার চেষ্টা করুন।
   *[minute] { $count ->
        [one] { $count } মিনিট
       *[other] { $count } মিনিট
    } পরে আবার চেষ্টা করুন।
}
# The answers to "Since you raised it, have things improved?".
concern-improved-choice-yes = হ্যাঁ
concern-improved-choice-no = না
concern-not-sure = নিশ্চিত নই
concern-improved-legend = আপনি জানানোর পর থেকে পরিস্থিতির কি উন্নতি হয়েছে?
concern-send-answer = উত্তর পাঠান
concern-select-improved = পরিস্থিতির উন্নতি হয়েছে কি না তা বেছে নিন
concern-thanks = আমাদের জানানোর জন্য ধন্যবাদ
concern-improved-once = উদ্বেগটি বন্ধ হওয়ার পর পরিস্থিতির উন্নতি হয়েছে কি না তা আপনি একবার জানাতে পারেন
concern-reopen-title = আপনার উদ্বেগ আবার খুলুন
concern-reopen-body = যদি এটি এখনও ঘটতে থাকে, তাহলে বন্ধ হওয়ার 28 দিনের মধ্যে আপনি এটি আবার খুলতে পারেন।
concern-reopen-label = এখনও কী ঘটছে? (ঐচ্ছিক)
concern-still-happening = এখনও কী ঘটছে
concern-reopen-button = উদ্বেগ আবার খুলুন
concern-reopened = আপনার উদ্বেগ আবার খোলা হয়েছে: টিমকে জানানো হয়েছে
concern-reopen-too-late = কোনো উদ্বেগ বন্ধ হওয়ার 28 দিনের মধ্যে আবার খোলা যায়

# A concern's status: its short name (tags, lists) and as the resident's page explains it.
concern-status-received = পাওয়া গেছে
concern-status-replied = উত্তর দেওয়া হয়েছে
concern-status-under-review = পর্যালোচনা চলছে
concern-status-being-worked-on = কাজ চলছে
concern-status-passed-to-partner = অংশীদারের কাছে পাঠানো হয়েছে
concern-status-closed = বন্ধ
concern-status-words-received = পাওয়া গেছে: টিম 72 ঘণ্টার মধ্যে উত্তর দেবে
concern-status-words-replied = টিম উত্তর দিয়েছে
concern-status-words-under-review = টিম বিষয়টি খতিয়ে দেখছে
concern-status-words-being-worked-on = টিম একটি স্থানীয় সমস্যার অংশ হিসেবে এ নিয়ে কাজ করছে
concern-status-words-passed-to-partner = এমন একজন অংশীদারের কাছে পাঠানো হয়েছে যিনি এ বিষয়ে ব্যবস্থা নিতে পারেন
concern-status-words-closed = বন্ধ
# Why a concern was closed, after "Closed: ".
concern-close-action-taken = ব্যবস্থা নেওয়া হয়েছে
concern-close-no-further-action = আর কোনো ব্যবস্থা নেওয়া হবে না
concern-close-not-a-police-matter = এটি পুলিশের বিষয় নয়
concern-close-duplicate = অন্য একটি উদ্বেগের মতোই
concern-close-duplicate-of = অন্য একটি উদ্বেগের মতোই, { $reference }
# The resident's answer to "Has it improved?".
concern-improved-yes = হ্যাঁ, উন্নতি হয়েছে
concern-improved-no = না, উন্নতি হয়নি

## Partner organisations the team passed the concern to. $organisation is one's name.

concern-partners-title = যে অংশীদাররা এ নিয়ে কাজ করছে
concern-partners-intro = টিম আপনার উদ্বেগ এই সংস্থাগুলোর কাছে পাঠিয়েছে, যারা এ বিষয়ে ব্যবস্থা নিতে পারে। আপনি যা লিখেছেন তারা তা দেখে এবং এখানে আপনাকে উত্তর দিতে পারে। আপনি সম্মতি দিলে তবেই তারা আপনার নাম ও ইমেল ঠিকানা দেখে।
concern-partners-group = তারা গ্রুপের নাম দেখে, আপনার নাম কখনো নয়।
concern-partner-yes = { $organisation }-কে আমার নাম ও ইমেল ঠিকানা দেখতে দিন
concern-partner-no = আমার নাম ও ইমেল ঠিকানা { $organisation } থেকে গোপন রাখুন
concern-partner-given = { $organisation } আপনার নাম ও ইমেল ঠিকানা দেখতে পারে।
concern-partner-refused = { $organisation } আপনার নাম বা ইমেল ঠিকানা দেখতে পারে না।
concern-partner-asked = আপনি এখনো উত্তর দেননি: { $organisation } আপনার নাম বা ইমেল ঠিকানা দেখতে পারে না।
concern-partner-saved = আপনার উত্তর সংরক্ষণ করা হয়েছে
concern-partner-not-now = আপনার উত্তর সংরক্ষণ করা যায়নি: আপনার উদ্বেগ সেই সংস্থার কাছে পাঠানো হয়নি
