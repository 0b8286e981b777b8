## The emails residents receive. Each has a plain-text and an HTML part.

email-greeting = প্রিয় বাসিন্দা,
email-sent-by = প্রেরক: { $sender }।
email-footer = জরুরি অবস্থায় 999-এ কল করুন। এই ইমেইলের উত্তর দেবেন না: এই ঠিকানায় পাঠানো ইমেইল কেউ দেখে না।
email-link-fallback = লিংকটি কাজ না করলে, এই ঠিকানাটি কপি করে আপনার ব্রাউজারে পেস্ট করুন:
email-force-sender = { $force }-এর এলাকার পুলিশ টিম
sign-in-email-subject = এলাকার পুলিশ ওয়েবসাইটে সাইন ইন করার জন্য আপনার লিংক
sign-in-email-asked = কেউ এই ইমেইল ঠিকানা দিয়ে এলাকার পুলিশ ওয়েবসাইটে সাইন ইন করতে চেয়েছেন।
sign-in-email-link = এলাকার পুলিশ ওয়েবসাইটে সাইন ইন করুন
sign-in-email-works-once = লিংকটি শুধু একবার, { $minutes } মিনিটের জন্য কাজ করে।
sign-in-email-ignore = আপনি যদি সাইন ইন করতে না চেয়ে থাকেন, তাহলে এই ইমেইলটি উপেক্ষা করতে পারেন: লিংক ছাড়া কেউ সাইন ইন করতে পারবে না।

## Booking emails, in the language the resident reads the portal in. $title is the surgery's
## title (the team's words), $reference the booking's, $when its date and times.

email-team-sender = { $neighbourhood } এলাকার টিম, { $force }
email-calendar-reference = বুকিং রেফারেন্স { $reference }।
email-booking-when = কখন: { $when }
email-booking-where = কোথায়: { $place }
email-booking-finding = ঘরটি কীভাবে খুঁজে পাবেন: { $how }
email-booking-reference = আপনার বুকিং রেফারেন্স হলো { $reference }।
email-booking-calendar-adds = সংযুক্ত ক্যালেন্ডার ফাইলটি এটি আপনার ক্যালেন্ডারে যোগ করে।
email-booking-calendar-removes = সংযুক্ত ক্যালেন্ডার ফাইলটি এটি আপনার ক্যালেন্ডার থেকে সরিয়ে দেয়।
email-booking-see-or-change = আপনার বুকিং দেখতে বা এর সময় পরিবর্তন করতে, এই ইমেইল ঠিকানা দিয়ে সাইন ইন করুন: { $link }
email-booking-cancel-link = আপনার বুকিং বাতিল করুন
email-booking-see-or-cancel-link = আপনার বুকিং দেখুন বা বাতিল করুন
email-reason-given = টিম যে কারণ জানিয়েছে: { $reason }
email-booking-confirmed-subject = বুক করা হয়েছে: { $title } ({ $reference })
email-booking-confirmed-opening = “{ $title }”-এ আপনার জায়গা বুক করা হয়েছে।
email-booking-confirmed-please-cancel = আপনি আসতে না পারলে, অনুগ্রহ করে বুকিং বাতিল করুন, যাতে অন্য কেউ আপনার জায়গাটি পেতে পারেন। সাক্ষাৎ সেশন শুরু হওয়া পর্যন্ত লিংকটি কাজ করবে।
email-booked-by-team-opening = আপনার অনুরোধ অনুযায়ী, আপনার এলাকার টিম “{ $title }”-এ আপনার জন্য একটি জায়গা বুক করেছে।
email-booked-by-team-please-cancel = আপনি আসতে না পারলে, অনুগ্রহ করে বুকিং বাতিল করুন, যাতে অন্য কেউ আপনার জায়গাটি পেতে পারেন।
email-surgery-moved-subject = সময় বা স্থান বদলেছে: { $title } ({ $reference })
email-surgery-moved-opening = টিম “{ $title }”-এর সময় বা স্থান বদলেছে। আপনার বুকিং { $reference } নতুন সময়েও বহাল আছে:
email-surgery-moved-please-cancel = আপনি আর আসতে না পারলে, অনুগ্রহ করে বুকিং বাতিল করুন, যাতে অন্য কেউ আপনার জায়গাটি পেতে পারেন।
email-booking-time-changed-subject = নতুন সময়: { $title } ({ $reference })
email-booking-time-changed-opening = আপনি “{ $title }”-এ আপনার বুকিংয়ের সময় পরিবর্তন করেছেন। এখন আপনার জায়গা:
email-booking-time-changed-not-you = আপনি যদি এটি পরিবর্তন না করে থাকেন, তাহলে সাইন ইন করে আপনার বুকিং যাচাই করুন।
email-waiting-list-place-subject = অপেক্ষা তালিকা থেকে বুক করা হয়েছে: { $title } ({ $reference })
email-waiting-list-place-opening = সুখবর: “{ $title }”-এ একটি জায়গা খালি হয়েছে, এবং আপনি অপেক্ষা তালিকায় প্রথমে ছিলেন বলে জায়গাটি এখন আপনার।
email-waiting-list-place-please-cancel = আপনি আর আসতে না পারলে, অনুগ্রহ করে বুকিং বাতিল করুন, যাতে অপেক্ষায় থাকা পরের ব্যক্তি জায়গাটি পেতে পারেন।
email-booking-cancelled-subject = বুকিং বাতিল হয়েছে: { $title } ({ $reference })
email-booking-cancelled-opening = “{ $title }” ({ $when })-এর জন্য আপনার বুকিং { $reference } বাতিল করা হয়েছে।
email-booking-cancelled-not-you = আপনি যদি এটি বাতিল না করে থাকেন, তাহলে এলাকার পুলিশ ওয়েবসাইটে আবার বুক করতে পারেন।
email-surgery-cancelled-subject = টিম বাতিল করেছে: { $title } ({ $reference })
email-surgery-cancelled-opening = দুঃখিত: টিম “{ $title }” ({ $when }) বাতিল করেছে, তাই আপনার বুকিং { $reference } বাতিল হয়ে গেছে।
email-surgery-cancelled-book-another = আপনি এলাকার পুলিশ ওয়েবসাইটে অন্য একটি সাক্ষাৎ সেশন বুক করতে পারেন, অথবা সেখানে টিমের সাথে যোগাযোগ করতে পারেন।
email-booking-reminder-subject = রিমাইন্ডার: { $title } ({ $reference })
email-booking-reminder-opening = “{ $title }”-এ আপনার জায়গার কথা মনে করিয়ে দিচ্ছি।
email-booking-reminder-please-cancel = আপনি আসতে না পারলে, অনুগ্রহ করে বুকিং বাতিল করুন, যাতে অন্য কেউ আপনার জায়গাটি পেতে পারেন। আপনি আপনার নিশ্চিতকরণ ইমেইলে থাকা লিংকটিও ব্যবহার করতে পারেন।

## "You said, we did" updates and alerts about what a resident follows. What the team wrote
## ($text) stays in their words.

email-update-opening = { $neighbourhood } এলাকার টিম এমন একটি বিষয়ে আপডেট প্রকাশ করেছে, যা আপনি জানিয়েছিলেন বা যাতে আপনি ভোট দিয়েছিলেন।
email-update-you-said = আপনি বলেছেন: { $text }
email-update-we-did = আমরা করেছি: { $text }
email-update-outcome = ফলাফল: { $text }
email-update-next-steps = এরপর কী হবে: { $text }
email-update-link = আপডেটটি পড়ুন
email-update-why = আপনি এই ইমেইলগুলো পান, কারণ আপনি আপনার এলাকায় একটি উদ্বেগ জানিয়েছেন বা ভোট দিয়েছেন। এগুলো বন্ধ করতে এই লিংকটি ব্যবহার করুন: { $link }
email-update-subject = আপনি বলেছেন, আমরা করেছি: { $neighbourhood } টিমের একটি আপডেট
email-alert-opening = { $heading }, আপনি ও আপনার গ্রুপগুলো যা অনুসরণ করেন তাতে:
email-alert-link = আপনি যা যা অনুসরণ করেন সব দেখুন
email-alert-why = কত ঘন ঘন খবর পাবেন তা বেছে নিতে আপনার অ্যাকাউন্টে যান। এই ইমেইলগুলো বন্ধ করতে এই লিংকটি ব্যবহার করুন: { $link }
email-alert-subject = আপনি যা অনুসরণ করেন, সে বিষয়ে আপনার এলাকার টিমগুলো কী করেছে
email-alert-week = { $from } থেকে { $to } পর্যন্ত কী বদলেছে
email-alert-since = { $since } থেকে কী বদলেছে
email-alert-line = { $through }: { $kind } – { $title } ({ $neighbourhood }): { $what }, { $when }: { $text }
email-alert-you-follow = আপনি অনুসরণ করেন

## Community groups: an invitation, and a request to join approved. $group is the group's name.

email-group-invitation-subject = আপনাকে { $group }-এ যোগ দেওয়ার আমন্ত্রণ জানানো হয়েছে
email-group-invitation-opening = { $group }-এর একজন সংগঠক আপনাকে এলাকার পুলিশ ওয়েবসাইটে গ্রুপটিতে যোগ দেওয়ার আমন্ত্রণ জানিয়েছেন, যাতে গ্রুপটি যেসব বিষয় নিয়ে ভাবে সেগুলো নিয়ে স্থানীয় টিম কী করছে তা আপনি অনুসরণ করতে পারেন।
email-group-invitation-link = গ্রুপে যোগ দিন
email-group-invitation-works-once = লিংকটি শুধু একবার, 14 দিনের জন্য কাজ করে। এটি ব্যবহার করলে আপনি এই ইমেইল ঠিকানা দিয়ে সাইন ইনও হয়ে যাবেন।
email-group-invitation-ignore = আপনি যোগ দিতে না চাইলে এই ইমেইলটি উপেক্ষা করতে পারেন।
email-group-joined-subject = আপনি { $group }-এ যোগ দিয়েছেন
email-group-joined-opening = আপনি এখন { $group }-এর সদস্য।
email-group-joined-link = গ্রুপটি কী অনুসরণ করে তা দেখুন

## A resident's concern: received, replied to, its status changed. $reference is the concern's.

email-concern-received-subject = আমরা আপনার উদ্বেগ পেয়েছি ({ $reference })
email-concern-thanks = আপনার উদ্বেগের কথা আমাদের জানানোর জন্য ধন্যবাদ। এর রেফারেন্স নম্বর { $reference }।
email-concern-reply-by = টিম { $when }-এর মধ্যে উত্তর দেবে।
email-concern-not-for-emergencies = এটি জরুরি অবস্থার জন্য নয়। যদি কোনো অপরাধ ঘটছে বা কেউ বিপদে আছেন, তাহলে 999-এ কল করুন। অপরাধের খবর দিতে 101-এ কল করুন অথবা অনলাইনে জানান।
email-concern-see = আপনার উদ্বেগ দেখুন
email-concern-never-published = আপনার নাম ও যোগাযোগের তথ্য কখনো প্রকাশ করা হয় না।
email-concern-reply-subject = আপনার উদ্বেগ নিয়ে একটি উত্তর ({ $reference })
email-concern-replied = আপনার এলাকার টিম আপনার উদ্বেগ { $reference } নিয়ে উত্তর দিয়েছে:
email-concern-read-and-answer = পড়ুন ও উত্তর দিন
email-concern-to-answer = উত্তর দিতে ওপরের লিংকটি ব্যবহার করুন।
email-concern-update-subject = আপনার উদ্বেগ নিয়ে একটি আপডেট ({ $reference })
email-concern-news = আপনার উদ্বেগ { $reference } নিয়ে নতুন খবর আছে।
# $status is the concern's status in plain words ("The team is looking into it"); $detail what the team added, in their words.
email-concern-status = { $status }।
email-concern-status-detail = { $status }: { $detail }।
email-concern-improved-ask = সময় পেলে ওয়েবসাইটে আমাদের জানান, পরিস্থিতির উন্নতি হয়েছে কি না।
# The team passed a resident's concern to a partner organisation; $organisation is its name.
email-concern-partner-consent = আপনি সম্মতি না দিলে { $organisation } আপনার নাম বা ইমেল ঠিকানা দেখতে পায় না। আপনি আপনার উদ্বেগের পাতায় বেছে নিতে পারেন, এবং যেকোনো সময় মত বদলাতে পারেন।
email-concern-partner-replied = { $organisation } আপনার উদ্বেগ { $reference } নিয়ে উত্তর দিয়েছে:

email-group-verified-subject = { $group } যাচাই করা হয়েছে
email-group-verified = { $group } যাচাই করা হয়েছে: এর পাতা এখন সবার জন্য খোলা, এবং আপনি গ্রুপের পক্ষ থেকে অগ্রাধিকারগুলো অনুসরণ করতে ও বিষয় তুলে ধরতে পারেন।
email-group-declined-subject = { $group } যাচাই করা হয়নি
email-group-declined = { $group } যাচাই করা হয়নি, তাই এটি প্রকাশ্যে দেখা যায় না।
email-group-declined-reason = দেওয়া কারণ: { $reason }
email-group-decided-link = গ্রুপের পাতায় যান
email-group-join-request-subject = { $group }-এ যোগ দেওয়ার অনুরোধ
email-group-join-request-opening = কেউ { $group }-এ যোগ দিতে চেয়েছেন।
email-group-join-request-link = অনুরোধ গ্রহণ বা প্রত্যাখ্যান করুন
email-group-contact-subject = { $name }-এর কাছ থেকে { $group }-এর জন্য একটি বার্তা
email-group-contact-opening = { $name } নেবারহুড পুলিশিং ওয়েবসাইটে গ্রুপের পাতার মাধ্যমে { $group }-কে একটি বার্তা পাঠিয়েছেন:
email-group-contact-answer = উত্তর দিতে { $email } ঠিকানায় { $name }-কে লিখুন। আপনার নিজের ঠিকানা তাঁকে দেখানো হয়নি।
