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
