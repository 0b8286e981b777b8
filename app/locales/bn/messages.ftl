## Messages a neighbourhood team sends to residents who follow the neighbourhood: their page,
## the warning on the neighbourhood page, the email, and choosing which kinds come by email.

# The five kinds of message, as names (at the start of a sentence or after a colon).
message-kind-appeal = তথ্যের জন্য আবেদন
message-kind-advice = অপরাধ প্রতিরোধ বিষয়ক পরামর্শ
message-kind-warning = সতর্কতা
message-kind-news = স্থানীয় খবর
message-kind-event = অনুষ্ঠান

messages-title = { $neighbourhood } টিমের বার্তা
messages-intro = তথ্যের জন্য আবেদন, অপরাধ প্রতিরোধ বিষয়ক পরামর্শ, সতর্কতা, স্থানীয় খবর ও অনুষ্ঠান, যা টিম এই এলাকাটি ফলো করা বাসিন্দাদের কাছে পাঠিয়েছে।
messages-none = টিম এখনও কোনো বার্তা পাঠায়নি।
messages-sent-on = পাঠানো হয়েছে { $date }
messages-until = { $date }-এর শেষ পর্যন্ত প্রযোজ্য
messages-ended = এটি আর প্রযোজ্য নয়। এটি { $date }-এর শেষ পর্যন্ত প্রযোজ্য ছিল।
messages-follow = টিমের বার্তা ইমেইলে পেতে, এলাকাটির পৃষ্ঠা থেকে এই এলাকাটি ফলো করুন।
messages-feed = টিমের বার্তা ফলো করুন (Atom ফিড)
messages-back = { $neighbourhood }-এর পৃষ্ঠায় ফিরে যান
# On the neighbourhood page.
messages-warning-heading = টিমের পক্ষ থেকে সতর্কতা
messages-warning-link = পুরো সতর্কতাটি পড়ুন
messages-latest-title = টিমের বার্তা
messages-see-all = টিমের সব বার্তা দেখুন
feed-messages-title = { $neighbourhood } টিমের বার্তা

# On the resident's account page.
account-messages-title = আপনার টিমগুলোর বার্তা
account-messages-intro = আপনি যেসব এলাকা অনুসরণ করেন, সেগুলোর টিমের কোন কোন ধরনের বার্তা ইমেইলে আপনার কাছে আসবে তা বেছে নিন।
account-messages-immediate = বার্তা পাঠানোর সাথে সাথে আমাকে ইমেইল করুন
account-messages-never = আমাকে ইমেইল করবেন না
account-messages-save = আপনার পছন্দগুলো সংরক্ষণ করুন
account-messages-saved = বার্তা নিয়ে আপনার পছন্দগুলো সংরক্ষণ করা হয়েছে

# The page a "stop these emails" link opens; $kind is one of the message-kind- names.
unsubscribe-messages-title = এই ধরনের ইমেইল বন্ধ করুন: { $kind }
unsubscribe-messages-explained = এলাকার টিমগুলোর কাছ থেকে এই ধরনের বার্তা ইমেইলে পাওয়া বন্ধ করতে বোতামটি চাপুন। অন্য ধরনের বার্তা আসতে থাকবে, এবং আপনি আপনার অ্যাকাউন্টে আবার বেছে নিতে পারেন।

# The email of a message. $kind is one of the message-kind- names.
email-message-opening = { $neighbourhood } এলাকার টিমের একটি বার্তা। { $kind }:
email-message-link = ওয়েবসাইটে এটি পড়ুন
email-message-why = আপনি এই বার্তাটি পাচ্ছেন, কারণ আপনি { $neighbourhood } অনুসরণ করেন। এই ধরনের বার্তা ({ $kind }) বন্ধ করতে এই লিংকটি ব্যবহার করুন: { $link } কোন কোন বার্তা পাবেন তা বেছে নিতে আপনার অ্যাকাউন্টে যান।
email-message-subject = { $kind }: { $title }

# Choosing a digest, on the account page.
account-messages-daily = আমাকে দৈনিক সারাংশ ইমেইল করুন
account-messages-weekly = আমাকে সাপ্তাহিক সারাংশ ইমেইল করুন

# The page a "stop this digest" link opens.
unsubscribe-digest-daily-title = টিমগুলোর বার্তার দৈনিক সারাংশ বন্ধ করুন
unsubscribe-digest-weekly-title = টিমগুলোর বার্তার সাপ্তাহিক সারাংশ বন্ধ করুন
unsubscribe-digest-explained = এই সারাংশটি বন্ধ করতে বোতামটি চাপুন। এতে যে ধরনের বার্তা আসত, সেগুলো আর ইমেইলে আসবে না, এবং আপনি আপনার অ্যাকাউন্টে আবার বেছে নিতে পারেন।

# A digest of messages: $date is the last day it covers, $kind one of the message-kind- names.
email-digest-daily-subject = { $date } তারিখে আপনার এলাকার টিমগুলোর বার্তা
email-digest-weekly-subject = { $date } পর্যন্ত সপ্তাহে আপনার এলাকার টিমগুলোর বার্তা
email-digest-opening = আপনার এলাকার টিমগুলো এই বার্তাগুলো পাঠিয়েছে। আপনি এগুলো একসাথে পাওয়া বেছে নিয়েছেন।
email-digest-item = { $neighbourhood } টিমের { $kind }: { $title }
email-digest-read = ওয়েবসাইটে এটি পড়ুন: { $link }
email-digest-why = আপনি এই সারাংশটি পাচ্ছেন, কারণ আপনি এই এলাকাগুলো অনুসরণ করেন। এটি বন্ধ করতে এই লিংকটি ব্যবহার করুন: { $link } কোন কোন বার্তা পাবেন এবং কীভাবে পাবেন, তা বেছে নিতে আপনার অ্যাকাউন্টে যান।

# The opening of the email of a message from the force (for a Local Policing Area or the whole
# force) rather than one team; $kind is one of the message-kind- names.
email-message-opening-force = { $force } থেকে এর এলাকাগুলো অনুসরণকারী বাসিন্দাদের জন্য একটি বার্তা। { $kind }:

# "Was this useful?": in the email of a message ($yes and $no are links), and the page they open.
email-message-useful = এই বার্তাটি কি কাজে লেগেছে? প্রতিটি লিংক যে পৃষ্ঠা খোলে, সেখানে এক ক্লিকে টিমকে জানান। হ্যাঁ: { $yes } না: { $no }
useful-title = এই বার্তাটি কি কাজে লেগেছে?
useful-intro = আপনার উত্তর টিমকে এমন বার্তা পাঠাতে সাহায্য করে, যা বাসিন্দারা চান। এটি একবারই গোনা হয়: আপনি এটি বদলাতে পারেন।
useful-yes = হ্যাঁ, কাজে লেগেছে
useful-no = না, কাজে লাগেনি
useful-send = আমার উত্তর পাঠান
useful-thanks = ধন্যবাদ। আপনার উত্তর লিপিবদ্ধ করা হয়েছে।
useful-not-recognised = এই লিংকটি চেনা যায়নি। টিম আপনাকে যে ইমেইল পাঠিয়েছে, তার লিংকগুলো ব্যবহার করুন।
useful-not-sent = যেসব বাসিন্দাকে বার্তাটি পাঠানো হয়েছে, শুধু তাঁরাই উত্তর দিতে পারেন।
useful-missing = হ্যাঁ বা না বেছে নিন

# Writing back to the team about a message: a link in its email, the page in the resident's
# account ($title is the message's title), and the email when the team answers.
email-message-reply = এই বার্তা নিয়ে টিমকে উত্তর লিখতে এই লিংকটি ব্যবহার করুন (প্রথমে আপনাকে সাইন ইন করতে বলা হবে): { $link }
message-reply-caption = { $neighbourhood } টিমের একটি বার্তা
message-reply-caption-force = { $force } থেকে একটি বার্তা
message-reply-thread-title = টিমের সাথে আপনার কথোপকথন
message-reply-thread-none = আপনি এই বার্তা নিয়ে টিমকে কিছু লেখেননি।
message-reply-you = আপনি লিখেছেন, { $time }
message-reply-team = টিম উত্তর দিয়েছে, { $time }
message-reply-write-title = টিমকে লিখুন
message-reply-label = আপনার উত্তর
message-reply-hint = শুধু এলাকার টিম পোর্টালে এটি পড়ে: টিম আপনার ইমেইল ঠিকানা দেখে না। টিম উত্তর দিলে আমরা আপনাকে ইমেইল করব।
message-reply-send = আপনার উত্তর পাঠান
message-reply-missing = আপনার উত্তর লিখুন
message-reply-sent = আপনার উত্তর টিমের কাছে পাঠানো হয়েছে। টিম উত্তর দিলে আমরা আপনাকে ইমেইল করব।
message-reply-not-sent = যেসব বাসিন্দাকে বার্তাটি পাঠানো হয়েছে, শুধু তাঁরাই এটি নিয়ে উত্তর লিখতে পারেন
message-reply-too-many = আপনি আজ এই বার্তা নিয়ে { $limit }টি উত্তর পাঠিয়েছেন। টিম সেগুলো পড়ে উত্তর দেবে। { $unit ->
    [hour] { $count ->
        [one] { $count } ঘণ্টা
       *[other] { $count } ঘণ্টা
    } পরে আবার চেষ্টা করুন।
   *[minute] { $count ->
        [one] { $count } মিনিট
       *[other] { $count } মিনিট
    } পরে আবার চেষ্টা করুন।
}
message-reply-back = আপনার অ্যাকাউন্টে ফিরে যান
account-messages-received-title = আপনাকে পাঠানো বার্তা
account-messages-read-and-reply = কোনো বার্তা পড়তে এবং সেটি নিয়ে টিমকে উত্তর লিখতে সেটি খুলুন।
email-message-answer-subject = টিম এ বিষয়ে আপনাকে উত্তর দিয়েছে: { $title }
email-message-answered = আপনার এলাকার টিম "{ $title }" বার্তা নিয়ে আপনার লেখার উত্তর দিয়েছে:
email-message-answer-link = পড়ুন ও উত্তর দিন
email-message-answer-to-write = উত্তর দিতে ওপরের লিংকটি ব্যবহার করুন। টিম আপনার ইমেইল ঠিকানা দেখে না।
