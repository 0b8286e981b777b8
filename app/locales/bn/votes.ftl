## Priority votes as residents see them: the vote's page (with its results once it closes), and
## voting: confirming a postcode where the vote asks, choosing, checking, casting. The question
## and the options are the team's words, shown as they wrote them.

vote-recorded = আপনার ভোট নথিভুক্ত হয়েছে
vote-thank-you = ভোট দেওয়ার জন্য ধন্যবাদ
vote-have-your-say = { $neighbourhood }: আপনার মতামত দিন
vote-team-link = { $neighbourhood } এলাকার টিম
vote-opens = ভোট শুরু: { $opens }। ভোট শেষ: { $closes }।
vote-open-until = ভোট চালু আছে। ভোট শেষ: { $closes }।
vote-choose-limit = { $count ->
    [one] একটি বিকল্প বেছে নিন।
   *[other] সর্বোচ্চ { $count }টি বিকল্প বেছে নিন।
}
vote-open-to-any = সাইন ইন করা যেকোনো বাসিন্দা ভোট দিতে পারেন।
vote-open-to-postcode = যেসব বাসিন্দা এই এলাকার একটি পোস্টকোড নিশ্চিত করেন, তাঁরা ভোট দিতে পারেন।
vote-so-far = { $count ->
    [one] এখন পর্যন্ত { $count } জন অনলাইনে ভোট দিয়েছেন।
   *[other] এখন পর্যন্ত { $count } জন অনলাইনে ভোট দিয়েছেন।
}
vote-closed = ভোট শেষ হয়ে গেছে। ভোট শেষ: { $closes }। এই ফলাফল চূড়ান্ত।
vote-you-voted = আপনি ভোট দিয়েছেন: { $choices }।
vote-change-until-closes = ভোট শেষ হওয়া পর্যন্ত আপনি আপনার ভোট বদলাতে পারেন: এটি কখনো দুবার গোনা হয় না।
vote-change-button = আপনার ভোট বদলান
vote-button = ভোট দিন
vote-results = ফলাফল
vote-totals-so-far = এখন পর্যন্ত মোট
vote-turnout = { $online ->
    [one] { $online } জন অনলাইনে ভোট দিয়েছেন।
   *[other] { $online } জন অনলাইনে ভোট দিয়েছেন।
}
vote-turnout-with-paper = { $online ->
    [one] { $online } জন অনলাইনে
   *[other] { $online } জন অনলাইনে
} এবং { $paper ->
    [one] { $paper } জন কাগজে
   *[other] { $paper } জন কাগজে
} ভোট দিয়েছেন।
vote-chart-title = { $heading }: { $question }
vote-place = স্থান
vote-option = বিকল্প
vote-online = অনলাইন
vote-paper = কাগজে
vote-total = মোট
vote-rank-tied = { $rank } (সমান)
vote-paper-ballots = কাগজের ব্যালট, যা টিম আলাদাভাবে গুনেছে: { $meetings }।
vote-the-options = বিকল্পগুলো
vote-sign-in-to-vote = ভোট দিতে সাইন ইন করুন: প্রত্যেকে একবার ভোট দেন। সাইন ইন করার পর আপনি আবার এই ভোটে ফিরে আসবেন।
vote-back = ফিরে যান
vote-continue = চালিয়ে যান
vote-select-limit = { $count ->
    [one] একটি বিকল্প বেছে নিন।
   *[other] সর্বোচ্চ { $count }টি বিকল্প বেছে নিন।
}
vote-choose-none = { $count ->
    [one] একটি বিকল্প বেছে নিন
   *[other] অন্তত একটি বিকল্প বেছে নিন
}
vote-choose-too-many = { $count ->
    [one] শুধু একটি বিকল্প বেছে নিন
   *[other] সর্বোচ্চ { $count }টি বিকল্প বেছে নিন
}
vote-choose-not-an-option = দেখানো বিকল্পগুলো থেকে বেছে নিন
vote-postcode-title = নিশ্চিত করুন যে আপনি { $neighbourhood }-এ থাকেন
vote-postcode-why = এই ভোট { $neighbourhood }-এ বসবাসকারীদের জন্য। আপনার পোস্টকোড যাচাই করার পর তা ভুলে যাওয়া হয়: এটি রেখে দেওয়া বা দেখানো হয় না।
vote-postcode-hint = যেমন, B15 2TT
vote-postcode-elsewhere = ওই পোস্টকোডটি { $neighbourhood }-এ নয়: এই ভোট এই এলাকার বাসিন্দাদের জন্য
vote-postcode-district = আপনার সম্পূর্ণ পোস্টকোড লিখুন, যেমন B15 2TT
vote-check-title = আপনার ভোট যাচাই করুন
vote-voting-for = আপনি যেগুলোতে ভোট দিচ্ছেন
vote-change = বদলান
vote-change-hidden = আপনার বাছাই
vote-replaces = এটি আপনার আগের ভোটের জায়গা নেবে: আপনাকে একবারই গোনা হবে।
vote-cast = আপনার ভোট দিন
vote-has-closed = ভোট শেষ হয়ে গেছে: আপনার ভোট গোনা হয়নি
