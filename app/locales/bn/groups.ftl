## কমিউনিটি গ্রুপ: তালিকা, গ্রুপ নিবন্ধন, গ্রুপের সর্বজনীন পৃষ্ঠা, সদস্যদের ড্যাশবোর্ড, সংগঠকদের
## সদস্য পরিচালনা, এবং আমন্ত্রণ গ্রহণ। গ্রুপের নাম, বিবরণ এবং টিমের লেখা কথা যেভাবে লেখা হয়েছে
## সেভাবেই দেখানো হয়, ইংরেজি হিসেবে চিহ্নিত।

group-kind-residents-association = বাসিন্দাদের সমিতি
group-kind-neighbourhood-watch = নেইবারহুড ওয়াচ
group-kind-faith-group = ধর্মীয় গ্রুপ
group-kind-youth-group = যুব গ্রুপ
group-kind-tenants-association = ভাড়াটিয়াদের সমিতি
group-kind-business-association = ব্যবসায়ী সমিতি
group-kind-school-or-college = স্কুল বা কলেজ
group-kind-other = অন্য কোনো কমিউনিটি গ্রুপ

group-list-title = কমিউনিটি গ্রুপ
group-list-title-in = { $neighbourhood } এলাকার কমিউনিটি গ্রুপ
group-list-intro = বাসিন্দাদের সমিতি, নেইবারহুড ওয়াচ স্কিম, ধর্মীয়, যুব, ভাড়াটিয়া ও ব্যবসায়ী গ্রুপগুলো তাদের এলাকার টিমের সাথে একসাথে কাজ করে। এখানকার প্রতিটি গ্রুপ তার টিম বা একজন মডারেটর যাচাই করেছেন।
group-register-link = একটি গ্রুপ নিবন্ধন করুন
group-list-none = এখানে এখনও কোনো গ্রুপ যাচাই করা হয়নি।
group-list-about = – { $kind }, { $neighbourhoods }
group-list-team-link = { $neighbourhood } এলাকার টিম

group-register-sign-in = একটি কমিউনিটি গ্রুপ নিবন্ধন করতে সাইন ইন করুন। সাইন ইন করার পর আপনি আবার এই ফর্মে ফিরে আসবেন।
group-register-title = একটি কমিউনিটি গ্রুপ নিবন্ধন করুন
group-back = ফিরে যান
group-register-intro = নিবন্ধনের পর আপনি হবেন গ্রুপের সংগঠক: আপনি সদস্যদের আমন্ত্রণ জানাতে, স্থানীয় অগ্রাধিকারগুলো অনুসরণ করতে এবং গ্রুপের পক্ষ থেকে বিষয় তুলে ধরতে পারবেন। এলাকার টিম বা একজন মডারেটর গ্রুপটি যাচাই করার পর এটি সবার কাছে দৃশ্যমান হবে।
group-register-privacy = আপনার নাম ও ইমেইল ঠিকানা কখনও প্রকাশ্যে দেখানো হয় না। লোকেরা একটি ফর্মের মাধ্যমে গ্রুপের সাথে যোগাযোগ করেন, যা এর সংগঠকদের কাছে পৌঁছে দেওয়া হয়।
group-name-label = গ্রুপের নাম
group-kind-legend = এটি কোন ধরনের গ্রুপ?
group-neighbourhood-label = গ্রুপটি কোন এলাকায় কাজ করে?
group-neighbourhood-placeholder = একটি এলাকা বেছে নিন
group-neighbourhood-other-label = অন্য একটি এলাকা (ঐচ্ছিক)
group-neighbourhood-none = কোনোটি নয়
group-description-label = গ্রুপটি কী কাজ করে?
group-description-hint = গ্রুপের সর্বজনীন পৃষ্ঠায় দেখানো হবে: গ্রুপটি কাদের জন্য, কখন এবং কোথায় মিলিত হয়। কারও যোগাযোগের তথ্য দেবেন না।
group-register-button = গ্রুপটি নিবন্ধন করুন
group-register-too-many = আপনি দিনে সর্বোচ্চ 3টি গ্রুপ নিবন্ধন করতে পারেন। { $unit ->
    [hour] { $count ->
        [one] { $count } ঘণ্টা
       *[other] { $count } ঘণ্টা
    } পরে আবার চেষ্টা করুন।
   *[minute] { $count ->
        [one] { $count } মিনিট
       *[other] { $count } মিনিট
    } পরে আবার চেষ্টা করুন।
}

group-name-missing = গ্রুপের নাম লিখুন
group-name-too-long = নাম { $max } অক্ষর বা তার কম হতে হবে
group-name-markup = নামটি সাধারণ শব্দে লিখুন: ওয়েব পৃষ্ঠার কোডের মতো দেখায় এমন কিছু থাকলে সরিয়ে দিন
group-name-invisible = নামে শুধু অক্ষর, সংখ্যা, স্পেস এবং যতিচিহ্ন থাকতে পারবে
group-kind-missing = এটি কোন ধরনের গ্রুপ তা বেছে নিন
group-neighbourhood-unknown = তালিকা থেকে এলাকা বেছে নিন
group-neighbourhood-missing = আপনার গ্রুপ যে এলাকায় কাজ করে সেটি বেছে নিন
group-description-missing = আপনার গ্রুপ কী কাজ করে তা লিখুন
group-description-too-long = গ্রুপের কাজের বিবরণ { $max } অক্ষর বা তার কম হতে হবে
group-markup = সাধারণ শব্দে লিখুন: ওয়েব পৃষ্ঠার কোডের মতো দেখায় এমন কিছু থাকলে সরিয়ে দিন, যেমন <b>
group-contact-name-missing = আপনার নাম লিখুন
group-contact-name-too-long = আপনার নাম { $max } অক্ষর বা তার কম হতে হবে
group-contact-message-missing = আপনার বার্তা লিখুন
group-contact-message-too-long = আপনার বার্তা { $max } অক্ষর বা তার কম হতে হবে

group-joined-sign-in = আপনি গ্রুপে যোগ দিয়েছেন। গ্রুপের ড্যাশবোর্ড দেখতে, যে ঠিকানায় আমন্ত্রণ পাঠানো হয়েছিল সেটি দিয়ে সাইন ইন করুন।
group-joined = আপনি গ্রুপে যোগ দিয়েছেন
group-invitation-not-valid = এই আমন্ত্রণটি আগেই ব্যবহার করা হয়েছে বা এর মেয়াদ শেষ হয়ে গেছে। গ্রুপের সংগঠকের কাছে নতুন আমন্ত্রণ চান
group-join-title = একটি কমিউনিটি গ্রুপে যোগ দিন
group-join-heading = { $group }-এ যোগ দিন
group-invited = আপনাকে { $email } হিসেবে { $group }-এ যোগ দেওয়ার আমন্ত্রণ জানানো হয়েছিল।
group-invitation-members = গ্রুপ যা কিছু অনুসরণ করে ও তুলে ধরে, এবং টিমের উত্তরগুলো, সদস্যরা সবই দেখতে পান। গ্রুপের সংগঠকরা আপনার নাম ও ইমেইল ঠিকানা দেখতে পান; আর কেউ দেখেন না, এবং আপনি চাইলে তবেই আপনার নাম প্রকাশ্যে দেখানো হয়।
group-join-button = গ্রুপে যোগ দিন
group-invitation-broken = এই আমন্ত্রণ লিংকটি কাজ করছে না
group-invitation-broken-why = হয়তো এটি আগেই ব্যবহার করা হয়েছে, বা এর মেয়াদ শেষ হয়ে গেছে: আমন্ত্রণ 14 দিনের জন্য একবার কাজ করে। গ্রুপের সংগঠককে আবার আমন্ত্রণ জানাতে বলুন।

group-join-requested = অনুরোধ পাঠানো হয়েছে: গ্রুপের সংগঠকরা এটি অনুমোদন করবেন
group-join-already = আপনি আগে থেকেই এই গ্রুপের সদস্য, অথবা যোগ দেওয়ার অনুরোধ করেছেন
group-join-not-open = গ্রুপটি যাচাই হয়ে গেলে আপনি যোগ দেওয়ার অনুরোধ করতে পারবেন
group-contact-not-open = গ্রুপটি যাচাই হয়ে গেলে লোকেরা এর সাথে যোগাযোগ করতে পারবেন
group-contact-sent = বার্তা পাঠানো হয়েছে: গ্রুপের সংগঠকরা আপনার ইমেইল ঠিকানায় উত্তর দেবেন
group-contact-too-many = আপনি ইতিমধ্যে বেশ কয়েকটি বার্তা পাঠিয়েছেন। { $unit ->
    [hour] { $count ->
        [one] { $count } ঘণ্টা
       *[other] { $count } ঘণ্টা
    } পরে আবার চেষ্টা করুন।
   *[minute] { $count ->
        [one] { $count } মিনিট
       *[other] { $count } মিনিট
    } পরে আবার চেষ্টা করুন।
}
group-registered = গ্রুপ নিবন্ধিত হয়েছে
group-registered-reference = আপনার রেফারেন্স নম্বর
group-registered-next = এলাকার টিম বা একজন মডারেটর গ্রুপটি যাচাই করবেন। যাচাই হলে আমরা আপনাকে ইমেইল করব; ততক্ষণ শুধু আপনি এবং গ্রুপের সদস্যরা এই পৃষ্ঠাটি দেখতে পারবেন।
group-status-pending = যাচাইয়ের অপেক্ষায়: শুধু গ্রুপের সদস্যরা এবং যে কর্মীরা গ্রুপ যাচাই করেন তাঁরা এই পৃষ্ঠাটি দেখতে পারেন।
group-status-declined = যাচাই করা হয়নি, তাই এটি সর্বজনীন নয়। জানানো কারণ: { $reason }
group-status-closed = বন্ধ। { $reason }
group-works-in = যেখানে কাজ করে:
group-members-include = সদস্যদের মধ্যে আছেন: { $names }।
group-dashboard-link = গ্রুপের ড্যাশবোর্ডে যান
group-staff-link = গ্রুপ যাচাই করুন বা একটি মিটিং নথিভুক্ত করুন (কর্মী)
group-follows-title = গ্রুপ যা অনুসরণ করে
group-follows-none = গ্রুপটি এখনও কিছুই অনুসরণ করে না।
group-column-what = কী
group-column-status = অবস্থা
group-item-label = { $kind }:
group-submissions-title = গ্রুপের তুলে ধরা বিষয়
group-submissions-none = গ্রুপটি এখনও কোনো বিষয় তুলে ধরেনি।
group-column-issue = বিষয়
group-column-neighbourhood = এলাকা
group-column-put-forward = তুলে ধরা হয়েছে
group-join-asked = আপনি যোগ দেওয়ার অনুরোধ করেছেন: গ্রুপের সংগঠকরা আপনার অনুরোধ অনুমোদন করবেন।
group-join-privacy = আপনার অনুরোধ অনুমোদন করতে এবং যোগাযোগ রাখতে গ্রুপের সংগঠকরা আপনার নাম ও ইমেইল ঠিকানা দেখতে পান। আর কেউ দেখেন না।
group-join-ask-button = গ্রুপে যোগ দেওয়ার অনুরোধ করুন
group-join-sign-in-before = গ্রুপে যোগ দেওয়ার অনুরোধ করতে{ " " }
group-join-sign-in-link = সাইন ইন করুন
group-join-sign-in-after = ।
group-join-section = গ্রুপে যোগ দিন
group-contact-title = গ্রুপের সাথে যোগাযোগ করুন
group-contact-intro = আপনার বার্তা ইমেইলের মাধ্যমে গ্রুপের সংগঠকদের কাছে পৌঁছে দেওয়া হয়, আপনার নাম ও ইমেইল ঠিকানা সহ, যাতে তাঁরা উত্তর দিতে পারেন। এটি পুলিশের কাছে যায় না: কোনো অপরাধের কথা জানাতে 101-এ কল করুন, অথবা জরুরি অবস্থায় 999-এ।
group-contact-name = আপনার নাম
group-contact-email = আপনার ইমেইল ঠিকানা
group-contact-message = আপনার বার্তা
group-contact-button = বার্তা পাঠান
group-all-link = সব কমিউনিটি গ্রুপ

group-item-priority = অগ্রাধিকার
group-item-problem = সমস্যা
group-item-vote = ভোট
group-item-neighbourhood = এলাকা
group-item-concern = উদ্বেগ { $reference }
group-item-neighbourhood-title = { $neighbourhood } এলাকা
group-event-raised = তুলে ধরা হয়েছে
group-event-set = নির্ধারণ করা হয়েছে
group-event-opened = শুরু হয়েছে
group-event-status-changed = অবস্থা বদলেছে
group-event-reply = টিমের উত্তর
group-event-group-reply = গ্রুপ লিখেছে
group-event-partner-reply = অংশীদারের উত্তর
group-event-action = পদক্ষেপ
group-event-update = আপনি বলেছেন, আমরা করেছি
group-event-closed = ভোট শেষ হয়েছে
group-event-results = ফলাফল
group-timeline-priority-set = স্থানীয় অগ্রাধিকার হিসেবে নির্ধারণ করা হয়েছে: { $issue }
group-timeline-priority-now = এখন: { $status }
group-timeline-stage-reached = পরবর্তী ধাপে পৌঁছেছে: { $stage }
group-timeline-work-begun = টিম এটি নিয়ে কাজ শুরু করেছে: { $title }
group-timeline-vote-announced = ভোটের ঘোষণা: { $opens } থেকে { $closes } পর্যন্ত চালু
group-timeline-results-published = ফলাফল প্রকাশ করা হয়েছে
group-timeline-made-priority = স্থানীয় অগ্রাধিকার করা হয়েছে: { $issue }
group-timeline-new-priority = নতুন স্থানীয় অগ্রাধিকার: { $issue }
group-timeline-new-vote = নতুন ভোট: { $question }
group-timeline-next = এরপর: { $text }
group-timeline-proposed = { $description } (অগ্রাধিকার নিয়ে পরবর্তী ভোটের জন্য প্রস্তাবিত)

group-follow-offer-neighbourhood = { $neighbourhood } এলাকার নতুন অগ্রাধিকার, ভোট ও আপডেট
group-follow-priorities-in = { $neighbourhood } এলাকার অগ্রাধিকারসমূহ
group-follow-problems-in = { $neighbourhood } এলাকার সমস্যাসমূহ
group-follow-votes-in = { $neighbourhood } এলাকার ভোটসমূহ
group-follow-sign-in = আপনার এলাকার টিম কী করছে তা অনুসরণ করতে সাইন ইন করুন।
group-follow-organisers-only = গ্রুপ কী অনুসরণ করবে তা শুধু গ্রুপের সংগঠকরা বেছে নেন
group-follow-choose = অনুসরণ করার জন্য কিছু একটা বেছে নিন
group-now-following = { $kind ->
    [priority] এখন অগ্রাধিকারটি অনুসরণ করা হচ্ছে
    [problem] এখন সমস্যাটি অনুসরণ করা হচ্ছে
    [vote] এখন ভোটটি অনুসরণ করা হচ্ছে
   *[neighbourhood] এখন এলাকাটি অনুসরণ করা হচ্ছে
}
group-already-following = এটি আগে থেকেই অনুসরণ করা হচ্ছে
group-cannot-follow = এটি অনুসরণ করা যায় না
group-unfollowed = এটি আর অনুসরণ করা হচ্ছে না
group-choices-saved = আপনার পছন্দগুলো সংরক্ষণ করা হয়েছে
group-left = আপনি গ্রুপ ছেড়ে দিয়েছেন
group-not-member = আপনি ওই গ্রুপের সদস্য নন
group-only-organiser = আপনি গ্রুপের একমাত্র সংগঠক। গ্রুপ ছাড়ার আগে অন্য একজন সদস্যকে সংগঠক করুন
group-dashboard-title = { $group }: ড্যাশবোর্ড
group-public-page-link = গ্রুপের সর্বজনীন পৃষ্ঠা
group-dashboard-heading = গ্রুপ যা অনুসরণ করে সে বিষয়ে টিম কী করেছে
group-stale-count = { $count ->
    [one] { $count }টি বিষয়ে
   *[other] { $count }টি বিষয়ে
}
group-stale-rest = 3 মাস বা তার বেশি সময় ধরে টিমের কাছ থেকে কোনো আপডেট আসেনি।
group-dashboard-none = গ্রুপটি এখনও কিছুই অনুসরণ করে না, এবং কোনো বিষয়ও তুলে ধরেনি।
group-dashboard-caption = গ্রুপ যা কিছু অনুসরণ করে বা তুলে ধরেছে
group-column-last-response = সর্বশেষ উত্তর
group-column-days = টিমের শেষ আপডেটের পর থেকে দিন
group-stale-tag = 3 মাস ধরে কোনো আপডেট নেই
group-none-yet = এখনও নেই
group-last-response = { $what }, { $date }
group-download = গ্রুপের রেকর্ড ডাউনলোড করুন (CSV)
group-timelines = টাইমলাইন
group-stop-following = অনুসরণ বন্ধ করুন
group-item-where = { $neighbourhood }। { $status }।
group-event-when = { $when } – { $what }
group-follow-heading = কিছু একটা অনুসরণ করুন
group-follows-everything = গ্রুপটি তার এলাকাগুলোর সবকিছুই অনুসরণ করে।
group-follow-label = গ্রুপের কী অনুসরণ করা উচিত?
group-follow-placeholder = একটি অগ্রাধিকার, সমস্যা, ভোট বা এলাকা বেছে নিন
group-follow-button = অনুসরণ করুন
group-put-forward-heading = একটি বিষয় তুলে ধরুন
group-put-forward-intro = আপনার তুলে ধরা বিষয়টি গ্রুপের পক্ষ থেকে একটি উদ্বেগ হিসেবে যায়: টিম 72 ঘণ্টার মধ্যে উত্তর দেয়, এবং উত্তরগুলো প্রত্যেক সংগঠকের কাছে যায়। আপনি এটি পরবর্তী অগ্রাধিকার ভোটের জন্য প্রস্তাব করতে পারেন।
group-put-forward-link = { $neighbourhood } টিমের কাছে একটি বিষয় তুলে ধরুন
group-put-forward-not-verified = গ্রুপটি যাচাই হয়ে গেলে আপনি বিষয় তুলে ধরতে পারবেন।
group-manage-members = সদস্যদের পরিচালনা করুন এবং লোকেদের আমন্ত্রণ জানান
group-meetings-heading = টিমের সাথে মিটিং
group-your-choices = আপনার পছন্দ
group-alerts = পরিবর্তন সম্পর্কে ইমেইল: { $alerts ->
    [weekly] সপ্তাহে একবার
    [immediate] যখনই কিছু ঘটে
   *[none] কখনও না
}।
group-change-alerts = কত ঘন ঘন খবর পাবেন তা বদলান
group-show-name = গ্রুপের সর্বজনীন পৃষ্ঠায় আমার নাম দেখান
group-save-choices = আপনার পছন্দ সংরক্ষণ করুন
group-leave = গ্রুপ ছেড়ে দিন

group-invite-email-missing = তাঁর ইমেইল ঠিকানা লিখুন
group-invite-sent = { $email }-এ আমন্ত্রণ পাঠানো হয়েছে
group-invite-already-member = ওই ব্যক্তি আগে থেকেই সদস্য
group-invite-not-organiser = শুধু সংগঠকরা লোকেদের আমন্ত্রণ জানাতে পারেন
group-invite-not-verified = গ্রুপটি যাচাই হয়ে গেলে আপনি লোকেদের আমন্ত্রণ জানাতে পারবেন
group-invite-too-many = আপনি গত এক ঘণ্টায় অনেক আমন্ত্রণ পাঠিয়েছেন। { $unit ->
    [hour] { $count ->
        [one] { $count } ঘণ্টা
       *[other] { $count } ঘণ্টা
    } পরে আবার চেষ্টা করুন।
   *[minute] { $count ->
        [one] { $count } মিনিট
       *[other] { $count } মিনিট
    } পরে আবার চেষ্টা করুন।
}
group-member-approved = অনুরোধ অনুমোদিত হয়েছে
group-member-refused = অনুরোধ প্রত্যাখ্যাত হয়েছে
group-member-made-organiser = তিনি এখন একজন সংগঠক
group-member-made-member = তিনি এখন একজন সদস্য
group-member-removed = সদস্যকে সরানো হয়েছে
group-members-not-organiser = শুধু সংগঠকরা সদস্যদের বিষয়ে পরিবর্তন করতে পারেন
group-members-not-now = ওই সদস্য বা অনুরোধে আগেই পরিবর্তন হয়েছে। তালিকাটি আবার দেখুন
group-members-last-organiser = গ্রুপে অন্তত একজন সংগঠক থাকতে হবে: আগে অন্য একজন সদস্যকে সংগঠক করুন
group-members-title = { $group }: সদস্য
group-back-to-dashboard = ড্যাশবোর্ডে ফিরে যান
group-members = সদস্য
group-requests = যোগ দেওয়ার অনুরোধ
group-requests-none = কেউ অপেক্ষায় নেই।
group-column-who = কে
group-column-asked = অনুরোধের তারিখ
group-column-decide = সিদ্ধান্ত নিন
group-column-role = ভূমিকা
group-column-joined = যোগদানের তারিখ
group-column-change = পরিবর্তন
group-approve = অনুমোদন করুন
group-refuse = প্রত্যাখ্যান করুন
group-make-member = সদস্য করুন
group-make-organiser = সংগঠক করুন
group-remove = সরিয়ে দিন
group-role-organiser = সংগঠক
group-role-member = সদস্য
group-member-you = { $who } (আপনি)
group-invite-heading = কাউকে আমন্ত্রণ জানান
group-invite-intro = আমরা তাঁকে একটি লিংক ইমেইল করি, যা 14 দিনের জন্য একবার কাজ করে। সদস্যদের ঠিকানা শুধু গ্রুপের সংগঠকরা দেখতে পান।
group-invite-email-label = তাঁর ইমেইল ঠিকানা
group-invite-button = আমন্ত্রণ পাঠান
group-no-such-group = এমন কোনো গ্রুপ নেই।
