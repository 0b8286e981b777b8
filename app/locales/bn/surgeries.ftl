## সাক্ষাৎ সেশন ও জায়গা বুক করা: খোঁজা, সেশনের পৃষ্ঠা, বুকিং, বাসিন্দার বুকিং, এবং বাতিল করা।

## সাক্ষাৎ সেশন খোঁজা (/surgeries)।
surgery-search-title = আপনার কাছাকাছি সাক্ষাৎ সেশন খুঁজুন
surgery-search-body = সাক্ষাৎ সেশন হলো সেই সময়, যখন আপনার এলাকার টিম কোনো লাইব্রেরি, স্কুল বা কমিউনিটি সেন্টারে থাকে, যাতে আপনি সরাসরি তাঁদের সাথে কথা বলতে পারেন।
surgery-search-hint = যেমন, B15 2TT
surgery-search-button = সাক্ষাৎ সেশন খুঁজুন
surgery-found-title = { $neighbourhood } এলাকার সাক্ষাৎ সেশন
surgery-calendar-link = এই সাক্ষাৎ সেশনগুলো আপনার ক্যালেন্ডারে যোগ করুন
surgery-team-link = { $neighbourhood } এলাকার টিম
surgery-search-again = অন্য একটি পোস্টকোড খুঁজুন

## আসন্ন সাক্ষাৎ সেশনের তালিকা।
surgery-list-none = এই মুহূর্তে কোনো সাক্ষাৎ সেশনের পরিকল্পনা নেই। পরেরটি কবে, তা জানতে টিমের সাথে যোগাযোগ করুন।
surgery-list-drop-in = সরাসরি চলে আসুন, বুক করার দরকার নেই
surgery-book-place = জায়গা বুক করুন

## সাক্ষাৎ সেশনের পৃষ্ঠা।
surgery-page-title = { $title }, { $when }
surgery-team = { $neighbourhood } এলাকার টিম
surgery-cancelled = এই সাক্ষাৎ সেশনটি বাতিল করা হয়েছে।
surgery-over = এই সাক্ষাৎ সেশনটি হয়ে গেছে।
surgery-drop-in = বুক করার দরকার নেই: সেশন চলাকালীন যেকোনো সময় চলে আসুন।
surgery-expected = টিম আশা করছে প্রায় { $count } জন আসবেন।
surgery-slots-title = সময় ও খালি জায়গা
surgery-slots-time = সময়
surgery-slots-places = খালি জায়গা
surgery-fully-booked = সব জায়গা বুক হয়ে গেছে
surgery-your-place = এই সাক্ষাৎ সেশনে আপনার জায়গা বুক করা আছে।
surgery-your-place-link = আপনার বুকিং { $reference } দেখুন
surgery-all-booked = সব জায়গা বুক হয়ে গেছে। আপনি কোনো একটি সময়ের অপেক্ষা তালিকায় যোগ দিতে পারেন: কোনো জায়গা খালি হলে, তা অপেক্ষায় থাকা প্রথম ব্যক্তি পাবেন।
surgery-join-waiting-list = অপেক্ষা তালিকায় যোগ দিন
surgery-getting-there = সেখানে যাওয়ার উপায়
surgery-step-free = সিঁড়ি ছাড়াই প্রবেশ করা যায়।
surgery-not-step-free = এই জায়গার সব অংশে সিঁড়ি ছাড়া প্রবেশের ব্যবস্থা নেই।
surgery-map-link = OpenStreetMap-এ { $venue } দেখুন
surgery-call-sooner = আরও আগে টিমের সাথে কথা বলার দরকার হলে, 101-এ কল করুন। জরুরি অবস্থায় 999-এ কল করুন।
surgery-back-to-team = { $neighbourhood } এলাকার টিমে ফিরে যান
surgery-venue-library = লাইব্রেরি
surgery-venue-school = স্কুল
surgery-venue-community-centre = কমিউনিটি সেন্টার
surgery-venue-place-of-worship = উপাসনালয়
surgery-venue-front-counter = থানার সামনের কাউন্টার
surgery-venue-other = অন্য স্থান

## সাক্ষাৎ সেশন বা বুকিংয়ের সারসংক্ষেপের সারি।
summary-surgery = সাক্ষাৎ সেশন
summary-team = টিম
summary-when = কখন
summary-time = সময়
summary-where = কোথায়
summary-reference = রেফারেন্স
summary-topic = আপনি যে বিষয়ে কথা বলতে চান
summary-adjustments = অংশ নিতে সাহায্য
summary-status = অবস্থা
summary-none = কিছু না

## জায়গা বুক করা, প্রথম ধাপ: সময় বেছে নিন।
booking-sign-in = জায়গা বুক করতে সাইন ইন করুন। সাইন ইন করার পর আপনি বুকিংয়ে ফিরে আসবেন।
booking-already-booked = এই সাক্ষাৎ সেশনে আপনার ইতিমধ্যে একটি জায়গা বুক করা আছে, তাই আপনি আরেকটি বুক করতে পারবেন না। আপনার বুকিং নিচে দেওয়া আছে: আপনি এর সময় পরিবর্তন করতে বা এটি বাতিল করতে পারেন।
booking-no-such-surgery = এমন কোনো সাক্ষাৎ সেশন নেই।
booking-back = ফিরে যান
booking-choose-time = একটি সময় বেছে নিন
booking-when-where = { $when }, স্থান: { $place }।
booking-time-legend = সময়
booking-fully-booked-wait = সব জায়গা বুক হয়ে গেছে: অপেক্ষা তালিকায় যোগ দিতে এটি বেছে নিন
booking-topic-label = আপনি কোন বিষয়ে কথা বলতে চান?
booking-topic-hint = একটি বাক্যই যথেষ্ট। শুধু এলাকার টিম এটি দেখবে। অপরাধের খবর দিতে এটি ব্যবহার করবেন না।
booking-adjustments-label = আপনাকে অংশ নিতে সাহায্য করার জন্য আমরা কি কিছু করতে পারি? (ঐচ্ছিক)
booking-adjustments-hint = যেমন, হিয়ারিং লুপ, দোভাষী, বা একটি শান্ত ঘর।
booking-continue = চালিয়ে যান
booking-select-time = একটি সময় বেছে নিন
booking-topic-missing = সংক্ষেপে লিখুন আপনি কোন বিষয়ে কথা বলতে চান
booking-topic-too-long = আপনি যে বিষয়ে কথা বলতে চান তা { $max } অক্ষর বা তার কম হতে হবে
booking-adjustments-too-long = অংশ নিতে সাহায্যের বিবরণ { $max } অক্ষর বা তার কম হতে হবে

## জায়গা বুক করা, দ্বিতীয় ধাপ: যাচাই ও নিশ্চিত করা।
booking-check-title = আপনার বুকিং যাচাই করুন
booking-change = পরিবর্তন করুন
booking-change-time = সময়
booking-change-topic = আপনি যে বিষয়ে কথা বলতে চান
booking-change-adjustments = আপনার প্রয়োজনীয় সাহায্য
booking-wait-email = এই সময়ের সব জায়গা বুক হয়ে গেছে। আপনি এর অপেক্ষা তালিকায় যোগ দেবেন: সাক্ষাৎ সেশনের আগে কোনো জায়গা খালি হলে, তা অপেক্ষায় থাকা প্রথম ব্যক্তিকে দেওয়া হয়। সেই ব্যক্তি আপনি হলে, আমরা আপনাকে { $email } ঠিকানায় ইমেইল করব।
booking-confirm-email = আমরা আপনার নিশ্চিতকরণ, একটি ক্যালেন্ডার ফাইল ও বাতিল করার লিংকসহ, { $email } ঠিকানায় ইমেইল করব।
booking-join-waiting-list = অপেক্ষা তালিকায় যোগ দিন
booking-confirm = বুকিং নিশ্চিত করুন
booking-complete = বুকিং সম্পন্ন হয়েছে
booking-waiting = আপনি অপেক্ষা তালিকায় আছেন। কোনো জায়গা খালি হলে, সেটি আপনার হবে এবং আমরা আপনাকে ইমেইল করব।
booking-slot-gone = আপনার বেছে নেওয়া সময়ের সব জায়গা এইমাত্র বুক হয়ে গেছে। অন্য একটি সময় বেছে নিন।
booking-not-bookable = এই সাক্ষাৎ সেশনে আর বুক করা যাবে না: এটি হয়তো বাতিল হয়েছে বা শুরু হয়ে গেছে।

## বাসিন্দার বুকিং।
booking-title = আপনার বুকিং { $reference }
booking-caption = আপনার বুকিং
booking-your-reference = আপনার রেফারেন্স হলো
booking-emailed = আমরা আপনার নিশ্চিতকরণ, একটি ক্যালেন্ডার ফাইল ও বাতিল করার লিংকসহ, ইমেইল করেছি।
booking-status-booked = বুক করা আছে
booking-status-cancelled = বাতিল
booking-status-cancelled-by-team = টিম বাতিল করেছে
booking-surgery-link = সাক্ষাৎ সেশনের পৃষ্ঠা দেখুন, সেখানে যাওয়ার উপায়সহ
booking-change-time-title = আপনার সময় পরিবর্তন করুন
booking-new-time = নতুন সময়
booking-change-time-button = সময় পরিবর্তন করুন
booking-cannot-come = আসতে পারবেন না?
booking-cancel-so = বাতিল করুন, যাতে অন্য কেউ আপনার জায়গাটি পেতে পারেন।
booking-cancel-button = এই বুকিং বাতিল করুন
booking-back-to-account = আপনার অ্যাকাউন্টে ফিরে যান
booking-cancel-sure = আপনি কি নিশ্চিত যে এই বুকিং বাতিল করতে চান?
booking-cancel-sure-explained = আপনার জায়গাটি অপেক্ষায় থাকা পরের ব্যক্তি পাবেন, অথবা আবার বুক করার জন্য খোলা হবে। জায়গা খালি থাকলে আপনি আবার বুক করতে পারেন।
booking-cancel-yes = হ্যাঁ, এই বুকিং বাতিল করুন
booking-cancel-no = না, আমার বুকিং রাখুন
booking-select-new-time = নতুন সময় বেছে নিন
booking-time-changed = আপনার বুকিং নতুন সময়ে সরানো হয়েছে। আমরা আপনাকে বিস্তারিত তথ্য ও ক্যালেন্ডারের হালনাগাদ ইমেইল করেছি।
booking-same-time = এটি ইতিমধ্যে আপনার সময়: অন্য একটি সময় বেছে নিন
booking-slot-full = দুঃখিত, ওই সময়ের শেষ জায়গাটি এইমাত্র বুক হয়ে গেছে: অন্য একটি সময় বেছে নিন
booking-too-late-to-move = এই সাক্ষাৎ সেশনটি ইতিমধ্যে শুরু হয়ে গেছে, তাই এখন সময় পরিবর্তন করা যাবে না
booking-cannot-move = এই বুকিংটি আর সরানো যাবে না

## বুকিং বাতিল করা।
booking-cancel-title = আপনার বুকিং বাতিল করুন
booking-cancel-explained = আপনার জায়গাটি অন্য কাউকে দেওয়া হবে। জায়গা খালি থাকলে আপনি আবার বুক করতে পারেন।
booking-cannot-cancel = এই বুকিং এখন বাতিল করা যাবে না: এটি ইতিমধ্যে বাতিল হয়েছে, অথবা সাক্ষাৎ সেশন শুরু হয়ে গেছে।
booking-cancelled = বুকিং { $reference } বাতিল করা হয়েছে। নিশ্চিত করতে আমরা আপনাকে ইমেইল করেছি।
booking-already-cancelled = বুকিং { $reference } আগেই বাতিল করা হয়েছিল।
booking-too-late-to-cancel = এই সাক্ষাৎ সেশনটি ইতিমধ্যে শুরু হয়ে গেছে, তাই এখন বুকিং বাতিল করা যাবে না।
booking-cancel-link-unknown = বাতিল করার ওই লিংকটি চেনা যাচ্ছে না। ইমেইল থেকে পুরো লিংকটি কপি করেছেন কিনা দেখে নিন।
