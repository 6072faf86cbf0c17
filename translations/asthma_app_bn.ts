<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="+68"/>
        <source> (at least %1 L/min on your plan&apos;s meter scale)</source>
        <translation> (আপনার প্ল্যানের মিটার স্কেলে অন্তত %1 L/min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (at most %1 L/min on your plan&apos;s meter scale)</source>
        <translation> (আপনার প্ল্যানের মিটার স্কেলে সর্বোচ্চ %1 L/min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 L/min on your plan&apos;s meter scale)</source>
        <translation> (আপনার প্ল্যানের মিটার স্কেলে %1 L/min)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 L/min%2 is %3 % of your best of %4: below your red level of %5 %.</source>
        <translation>%1 L/min%2 হলো আপনার সেরা %4-এর %3 %: আপনার লাল সীমা %5 %-এর নিচে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 L/min%2 is %3 % of your best of %4: below your amber level of %5 %.</source>
        <translation>%1 L/min%2 হলো আপনার সেরা %4-এর %3 %: আপনার হলুদ সীমা %5 %-এর নিচে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 L/min%2 is %3 % of your best of %4: at or above your amber level of %5 %.</source>
        <translation>%1 L/min%2 হলো আপনার সেরা %4-এর %3 %: আপনার হলুদ সীমা %5 %-এ বা তার উপরে।</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>You told us: %1</source>
        <translation>আপনি জানিয়েছেন: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your plan&apos;s warning signs were ticked.</source>
        <translation>আপনার প্ল্যানের কোনো সতর্ক লক্ষণে টিক দেওয়া হয়নি।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You don&apos;t have an action plan in the app yet.</source>
        <translation>অ্যাপে এখনও আপনার কোনো অ্যাকশন প্ল্যান নেই।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your GP or asthma nurse for a personal asthma action plan, then add it under “%1”.</source>
        <translation>আপনার জিপি বা হাঁপানি নার্সের কাছে একটি ব্যক্তিগত হাঁপানি অ্যাকশন প্ল্যান চান, তারপর সেটি “%1” অংশে যোগ করুন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log a peak flow or how you feel today to see your zone.</source>
        <translation>আপনার জোন দেখতে পিক ফ্লো লিখুন, অথবা আজ কেমন বোধ করছেন তা লিখুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log how you feel today to see your zone.</source>
        <translation>আপনার জোন দেখতে আজ কেমন বোধ করছেন তা লিখুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings or symptoms logged yet.</source>
        <translation>এখনও কোনো রিডিং বা উপসর্গ লেখা হয়নি।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No peak flow logged yet, and your plan uses peak flow.</source>
        <translation>এখনও কোনো পিক ফ্লো লেখা হয়নি, আর আপনার প্ল্যান পিক ফ্লো ব্যবহার করে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is out of date: your plan asks you to check at least every %1 hours. Log a new reading or how you feel now.</source>
        <translation>এটি পুরনো: আপনার প্ল্যান অন্তত প্রতি %1 ঘণ্টায় পরীক্ষা করতে বলে। নতুন রিডিং লিখুন, অথবা এখন কেমন বোধ করছেন তা লিখুন।</translation>
    </message>
</context>
<context>
    <name>AttackDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/attack.py" line="+36"/>
        <source>Asthma attack: what to do now</source>
        <translation>হাঁপানির আক্রমণ: এখনই কী করবেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Asthma attack steps</source>
        <translation>হাঁপানির আক্রমণের ধাপ</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Call %1 now if you have any of these danger signs:</source>
        <translation>এই বিপদ লক্ষণগুলোর কোনোটি থাকলে এখনই %1 নম্বরে ফোন করুন:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do in an asthma attack</source>
        <translation>হাঁপানির আক্রমণে কী করবেন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These steps are for people who use a separate reliever inhaler. If you use MART or AIR, use your inhaler as your plan says, and call %1 if you are not getting better.</source>
        <translation>এই ধাপগুলো তাঁদের জন্য, যাঁরা আলাদা রিলিভার ইনহেলার ব্যবহার করেন। আপনি MART বা AIR ব্যবহার করলে, আপনার প্ল্যান যেমন বলে তেমনভাবে ইনহেলার ব্যবহার করুন, এবং ভালো না হতে থাকলে %1 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Emergency number: %1</source>
        <translation>জরুরি নম্বর: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps from your action plan (agreed %1 with %2).</source>
        <translation>আপনার অ্যাকশন প্ল্যানের ধাপ (%1 তারিখে %2-এর সাথে ঠিক করা)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General emergency advice for the UK. Your own plan may differ: ask your nurse.</source>
        <translation>যুক্তরাজ্যের জন্য সাধারণ জরুরি পরামর্শ। আপনার নিজের প্ল্যান আলাদা হতে পারে: আপনার নার্সকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the attack steps aloud</source>
        <translation>অ্যাজমা অ্যাটাকের ধাপগুলো জোরে পড়ে শোনান</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards: record this attack</source>
        <translation>পরে: এই অ্যাটাকটি লিখে রাখুন</translation>
    </message>
</context>
<context>
    <name>AttendantDialog</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="+66"/>
        <source>Staff: leave kiosk mode</source>
        <translation>কর্মী: কিয়স্ক মোড থেকে বের হন</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Staff PIN</source>
        <translation>কর্মীর PIN</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Leave kiosk mode</source>
        <translation>কিয়স্ক মোড থেকে বের হন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That PIN is not right.</source>
        <translation>PIN-টি ঠিক নয়।</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../asthma_app/storage/backup.py" line="+222"/>
        <source>This backup was made by a newer version of the app, so it was not restored. Please update the app. Nothing was changed.</source>
        <translation>এই ব্যাকআপটি অ্যাপের আরও নতুন একটি সংস্করণে তৈরি, তাই এটি ফেরানো হয়নি। অনুগ্রহ করে অ্যাপটি আপডেট করুন। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup is damaged, so it was not restored. Nothing was changed.</source>
        <translation>এই ব্যাকআপটি নষ্ট, তাই এটি ফেরানো হয়নি। কিছুই বদলানো হয়নি।</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+45"/>
        <source>Backups of my diary</source>
        <translation>আমার ডায়েরির ব্যাকআপ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The app makes a copy of your diary each day you use it, and keeps copies from the last week, the last five weeks and the last year. You can bring a copy back if something went wrong. Your diary as it is now is saved first, so nothing is lost.</source>
        <translation>যেদিন আপনি অ্যাপটি ব্যবহার করেন, সেদিন অ্যাপটি আপনার ডায়েরির একটি কপি রাখে, এবং গত এক সপ্তাহ, গত পাঁচ সপ্তাহ ও গত এক বছরের কপি রেখে দেয়। কিছু ভুল হলে আপনি একটি কপি ফিরিয়ে আনতে পারেন। আপনার ডায়েরি এখন যেমন আছে তা আগে সংরক্ষণ করা হয়, তাই কিছুই হারায় না।</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, newest first</source>
        <translation>ব্যাকআপ, নতুনগুলো আগে</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up now</source>
        <translation>এখনই ব্যাকআপ নিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back this copy...</source>
        <translation>এই কপিটি ফিরিয়ে আনুন...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>কাজ চলছে</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your diary is encrypted with your passphrase, and so are these copies of it. They hold only your diary: bringing one back changes nobody else&apos;s. Your diary as it is now is saved first, so nothing is lost.</source>
        <translation>আপনার ডায়েরি আপনার পাসফ্রেজ দিয়ে এনক্রিপ্ট করা, এবং এর এই কপিগুলোও। এগুলোতে শুধু আপনার ডায়েরি আছে: একটি ফিরিয়ে আনলে অন্য কারও ডায়েরি বদলায় না। আগে আপনার ডায়েরি এখন যেমন আছে তেমন সংরক্ষণ করা হয়, তাই কিছুই হারায় না।</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Bring back %1&apos;s diary as it was on %2? Other people&apos;s diaries are not changed. The whole diary as it is now is saved as a backup first.</source>
        <translation>%1-এর ডায়েরি %2 তারিখে যেমন ছিল তেমন ফিরিয়ে আনবেন? অন্যদের ডায়েরি বদলাবে না। প্রথমে পুরো ডায়েরি এখন যেমন আছে তেমন একটি ব্যাকআপ হিসেবে সংরক্ষণ করা হয়।</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+39"/>
        <location filename="../asthma_app/ui/pages/backups.py" line="-89"/>
        <source>Backups</source>
        <translation>ব্যাকআপ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+3"/>
        <source>Daily (automatic)</source>
        <translation>প্রতিদিন (নিজে থেকে)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by me</source>
        <translation>আমার তৈরি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before bringing back a copy</source>
        <translation>কপি ফিরিয়ে আনার আগে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update</source>
        <translation>আপডেটের আগে</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working. Please wait.</source>
        <translation>কাজ চলছে। অনুগ্রহ করে অপেক্ষা করুন।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backup made.</source>
        <translation>ব্যাকআপ নেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring back a copy</source>
        <translation>একটি কপি ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/restore.py" line="+295"/>
        <location filename="../asthma_app/ui/pages/backups.py" line="+17"/>
        <source>Your diary is encrypted and kept apart, so these backups do not hold it. Nothing was changed.</source>
        <translation>আপনার ডায়েরি এনক্রিপ্ট করে আলাদা রাখা আছে, তাই এই ব্যাকআপগুলিতে সেটি নেই। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+6"/>
        <source>Your diary now runs up to %1.</source>
        <translation>আপনার ডায়েরিতে এখন %1 পর্যন্ত লেখা আছে।</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../asthma_app/domain/control.py" line="+206"/>
        <source>Urgent GP or nurse appointment</source>
        <translation>জিপি বা নার্সের সাথে জরুরি অ্যাপয়েন্টমেন্ট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours doctor</source>
        <translation>অফিস সময়ের বাইরের ডাক্তার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called NHS 111</source>
        <translation>NHS 111-এ ফোন করেছি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;E (emergency department)</source>
        <translation>A&amp;E (হাসপাতালের জরুরি বিভাগ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulance</source>
        <translation>অ্যাম্বুলেন্স</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed in hospital</source>
        <translation>হাসপাতালে ভর্তি ছিলাম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course of steroid tablets</source>
        <translation>স্টেরয়েড ট্যাবলেটের কোর্স</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../asthma_app/domain/checklist.py" line="+26"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Never smoked</source>
        <translation>কখনও ধূমপান করেননি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used to smoke</source>
        <translation>আগে ধূমপান করতেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smokes now</source>
        <translation>এখন ধূমপান করেন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New written plan given</source>
        <translation>নতুন লিখিত প্ল্যান দেওয়া হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan updated</source>
        <translation>প্ল্যান হালনাগাদ করা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan looked at, no change</source>
        <translation>প্ল্যান দেখা হয়েছে, কোনো পরিবর্তন নেই</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The review date can&apos;t be in the future.</source>
        <translation>রিভিউয়ের তারিখ ভবিষ্যতে হতে পারে না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date the inhaler technique was checked can&apos;t be in the future.</source>
        <translation>ইনহেলার ব্যবহারের কৌশল পরীক্ষার তারিখ ভবিষ্যতে হতে পারে না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the text is too long. Please shorten it.</source>
        <translation>কিছু লেখা খুব দীর্ঘ। অনুগ্রহ করে ছোট করুন।</translation>
    </message>
</context>
<context>
    <name>ChildDetails</name>
    <message>
        <location filename="../asthma_app/domain/child_details.py" line="+36"/>
        <source>The date the school was given a copy can&apos;t be in the future.</source>
        <translation>স্কুলকে কপি দেওয়ার তারিখ ভবিষ্যতে হতে পারে না।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the text is too long. Please shorten it.</source>
        <translation>কিছু লেখা খুব দীর্ঘ। অনুগ্রহ করে ছোট করুন।</translation>
    </message>
</context>
<context>
    <name>ChildDetailsDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/child_details.py" line="+30"/>
        <source>Child&apos;s details and school copy</source>
        <translation>শিশুর তথ্য ও স্কুলের কপি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer to call (name and phone)</source>
        <translation>ফোন করার জন্য বাবা-মা বা পরিচর্যাকারী (নাম ও ফোন)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School or nursery contact</source>
        <translation>স্কুল বা নার্সারির যোগাযোগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school or nursery has a copy of the plan</source>
        <translation>স্কুল বা নার্সারির কাছে প্ল্যানের একটি কপি আছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Date the school was given a copy</source>
        <translation>স্কুলকে কপি দেওয়ার তারিখ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Uses a spacer</source>
        <translation>স্পেসার ব্যবহার করে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a mask with the spacer</source>
        <translation>স্পেসারের সাথে মাস্ক ব্যবহার করে</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Drug allergies</source>
        <translation>ওষুধে অ্যালার্জি</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For a child&apos;s plan. Everything here is optional; it is printed on the school copy.</source>
        <translation>শিশুর প্ল্যানের জন্য। এখানে সবকিছু ঐচ্ছিক; এটি স্কুলের কপিতে ছাপা হয়।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer</source>
        <translation>বাবা-মা বা পরিচর্যাকারী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School or nursery</source>
        <translation>স্কুল বা নার্সারি</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save school copy PDF...</source>
        <translation>স্কুলের কপি PDF হিসেবে সংরক্ষণ করুন...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved. School copy given: %1.</source>
        <translation>সংরক্ষিত হয়েছে। স্কুলকে কপি দেওয়া হয়েছে: %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>এখনও না</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save PDF</source>
        <translation>PDF সংরক্ষণ করুন</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../asthma_app/commands/diary.py" line="+98"/>
        <source>Passphrase for %1: </source>
        <translation>%1-এর পাসফ্রেজ: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s diary is protected by a passphrase. Type it at a terminal, or give it on standard input with --passphrase-stdin. Nothing was shown or changed.</source>
        <translation>%1-এর ডায়েরি একটি পাসফ্রেজ দিয়ে সুরক্ষিত। এটি টার্মিনালে টাইপ করুন, অথবা --passphrase-stdin দিয়ে স্ট্যান্ডার্ড ইনপুটে দিন। কিছুই দেখানো বা বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That passphrase is not right. Nothing was shown or changed.</source>
        <translation>এই পাসফ্রেজটি সঠিক নয়। কিছুই দেখানো বা বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Please give a passphrase of at least 4 characters on the first line of standard input. Nothing was created.</source>
        <translation>অনুগ্রহ করে স্ট্যান্ডার্ড ইনপুটের প্রথম লাইনে অন্তত ৪টি অক্ষরের একটি পাসফ্রেজ দিন। কিছুই তৈরি করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../asthma_app/commands/exchange.py" line="+63"/>
        <source>%1&apos;s diary is protected by a passphrase, but an export file is not encrypted: anyone who can open the file can read it. If that is what you want, add --plain-export. Nothing was written.</source>
        <translation>%1-এর ডায়েরি একটি পাসফ্রেজ দিয়ে সুরক্ষিত, কিন্তু এক্সপোর্ট ফাইল এনক্রিপ্ট করা থাকে না: যে কেউ ফাইলটি খুলতে পারে সে এটি পড়তে পারে। আপনি যদি এটাই চান, --plain-export যোগ করুন। কিছুই লেখা হয়নি।</translation>
    </message>
    <message>
        <location filename="../asthma_app/commands/medicines.py" line="+37"/>
        <source>A reason is only kept with --not-taken. Nothing was saved.</source>
        <translation>কারণ শুধু --not-taken দিলে রাখা হয়। কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give the time as YYYY-MM-DDTHH:MM. Nothing was saved.</source>
        <translation>সময় YYYY-MM-DDTHH:MM আকারে দিন। কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <location filename="../asthma_app/domain/control.py" line="-182"/>
        <source>RCP 3 Questions</source>
        <translation>RCP 3 প্রশ্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma Control Test (ACT)</source>
        <translation>হাঁপানি নিয়ন্ত্রণ পরীক্ষা (ACT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childhood Asthma Control Test</source>
        <translation>শিশুদের হাঁপানি নিয়ন্ত্রণ পরীক্ষা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma Control Questionnaire (ACQ)</source>
        <translation>হাঁপানি নিয়ন্ত্রণ প্রশ্নমালা (ACQ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In the last month, has your asthma made it hard to sleep? This includes coughing at night.</source>
        <translation>গত এক মাসে, হাঁপানির কারণে কি আপনার ঘুমাতে কষ্ট হয়েছে? রাতে কাশিও এর মধ্যে ধরা হয়।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last month, have you had your usual asthma symptoms in the day, such as cough, wheeze, a tight chest or feeling short of breath?</source>
        <translation>গত এক মাসে, দিনের বেলা কি আপনার হাঁপানির স্বাভাবিক উপসর্গ ছিল, যেমন কাশি, শোঁ শোঁ শব্দ, বুকে চাপ বা শ্বাসকষ্ট?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the last month, has your asthma got in the way of your usual things, such as work, school, housework or sport?</source>
        <translation>গত এক মাসে, হাঁপানির কারণে কি আপনার স্বাভাবিক কাজে বাধা পড়েছে, যেমন কাজ, স্কুল, ঘরের কাজ বা খেলাধুলা?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+119"/>
        <source>Please answer all three questions.</source>
        <translation>অনুগ্রহ করে তিনটি প্রশ্নেরই উত্তর দিন।</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>0 out of 3: your answers suggest your asthma is well controlled. Keep following your plan.</source>
        <translation>৩-এর মধ্যে ০: আপনার উত্তর বলছে আপনার হাঁপানি ভালোভাবে নিয়ন্ত্রণে আছে। আপনার প্ল্যান মেনে চলতে থাকুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 out of 3: you have had some problems. Mention this to your asthma nurse: they may want to ask you more.</source>
        <translation>৩-এর মধ্যে ১: আপনার কিছু সমস্যা হয়েছে। আপনার হাঁপানি নার্সকে এটি জানান: তিনি হয়তো আপনাকে আরও কিছু জিজ্ঞেস করতে চাইবেন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 out of 3: your answers suggest your asthma is not well controlled. Please talk to your asthma nurse or GP soon.</source>
        <translation>৩-এর মধ্যে %1: আপনার উত্তর বলছে আপনার হাঁপানি ভালোভাবে নিয়ন্ত্রণে নেই। অনুগ্রহ করে শিগগিরই আপনার হাঁপানি নার্স বা জিপির সাথে কথা বলুন।</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (Source: %2.) This is the form&apos;s guide, not a diagnosis: talk about it with your asthma nurse.</source>
        <translation>%1 (উৎস: %2।) এটি ফর্মের নির্দেশিকা, রোগনির্ণয় নয়: আপনার হাঁপানি নার্সের সাথে এ নিয়ে কথা বলুন।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The form&apos;s guide says a total from 20 to 25 means asthma that is well controlled.</source>
        <translation>ফর্মের নির্দেশিকা বলে, 20 থেকে 25 মোট মানে হাঁপানি ভালোভাবে নিয়ন্ত্রণে আছে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a total from 16 to 19 means asthma that is not well controlled.</source>
        <translation>ফর্মের নির্দেশিকা বলে, 16 থেকে 19 মোট মানে হাঁপানি ভালোভাবে নিয়ন্ত্রণে নেই।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a total from 5 to 15 means asthma that is very poorly controlled.</source>
        <translation>ফর্মের নির্দেশিকা বলে, 5 থেকে 15 মোট মানে হাঁপানি খুব খারাপভাবে নিয়ন্ত্রিত।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form&apos;s guide says a total of 19 or less means asthma that is not well controlled.</source>
        <translation>ফর্মের নির্দেশিকা বলে, 19 বা তার কম মোট মানে হাঁপানি ভালোভাবে নিয়ন্ত্রণে নেই।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide marks a total of 19 or less as not well controlled; this total is above that.</source>
        <translation>ফর্মের নির্দেশিকা 19 বা তার কম মোটকে ভালোভাবে নিয়ন্ত্রণে নেই বলে চিহ্নিত করে; এই মোট তার চেয়ে বেশি।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a score below 0.75 means asthma that is well controlled.</source>
        <translation>ফর্মের নির্দেশিকা বলে, 0.75-এর কম স্কোর মানে হাঁপানি ভালোভাবে নিয়ন্ত্রণে আছে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a score from 0.75 to below 1.5 is in between (a grey zone): neither clearly well controlled nor clearly not.</source>
        <translation>ফর্মের নির্দেশিকা বলে, 0.75 থেকে 1.5-এর কম স্কোর মাঝামাঝি (ধূসর অঞ্চল): স্পষ্টভাবে ভালো নিয়ন্ত্রিতও নয়, স্পষ্টভাবে অনিয়ন্ত্রিতও নয়।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form&apos;s guide says a score of 1.5 or more means asthma that is not well controlled.</source>
        <translation>ফর্মের নির্দেশিকা বলে, 1.5 বা তার বেশি স্কোর মানে হাঁপানি ভালোভাবে নিয়ন্ত্রণে নেই।</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+68"/>
        <source>The date can&apos;t be in the future.</source>
        <translation>তারিখটি ভবিষ্যতের হতে পারে না।</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>A %1 score must be between %2 and %3. Please check the form.</source>
        <translation>%1 স্কোর %2 থেকে %3-এর মধ্যে হতে হবে। অনুগ্রহ করে ফর্মটি দেখে নিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 score is a whole number.</source>
        <translation>%1 স্কোর একটি পূর্ণ সংখ্যা।</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>The note is too long.</source>
        <translation>নোটটি খুব লম্বা।</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each kind of care can be ticked only once.</source>
        <translation>প্রতিটি ধরনের চিকিৎসায় একবারই টিক দেওয়া যায়।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Please type your question.</source>
        <translation>অনুগ্রহ করে আপনার প্রশ্ন লিখুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the question shorter (%1 letters at most).</source>
        <translation>অনুগ্রহ করে প্রশ্নটি ছোট রাখুন (সর্বোচ্চ %1 অক্ষর)।</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="+81"/>
        <source>Correct the count</source>
        <translation>গণনা ঠিক করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Number on the inhaler&apos;s counter</source>
        <translation>ইনহেলারের কাউন্টারের সংখ্যা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../asthma_app/crash.py" line="+146"/>
        <source>Sorry, something went wrong in the app. Everything you had already saved is safe.

If this keeps happening, you can send the report in this folder to the people who make the app. It has no personal details in it:
%1</source>
        <translation>দুঃখিত, অ্যাপে কিছু একটা ভুল হয়েছে। আপনি আগে যা সংরক্ষণ করেছেন তা সব নিরাপদ আছে।

এমন বারবার হলে, এই ফোল্ডারের রিপোর্টটি অ্যাপ যাঁরা তৈরি করেন তাঁদের পাঠাতে পারেন। এতে কোনো ব্যক্তিগত তথ্য নেই:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>কিছু একটা ভুল হয়েছে</translation>
    </message>
</context>
<context>
    <name>DemoShell</name>
    <message>
        <location filename="../asthma_app/ui/demo.py" line="+158"/>
        <source>DEMO: a made-up patient. Nothing you do here is kept.</source>
        <translation>ডেমো: একজন কাল্পনিক রোগী। এখানে আপনি যা করবেন তা রাখা হবে না।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo mode</source>
        <translation>ডেমো মোড</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch demo plan to MART</source>
        <translation>ডেমো প্ল্যান MART-এ বদলান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view (larger text)</source>
        <translation>উপস্থাপকের ভিউ (বড় লেখা)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset demo</source>
        <translation>ডেমো আবার শুরু থেকে চালান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave demo</source>
        <translation>ডেমো থেকে বের হন</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>DEMO - Asthma Plan &amp; Diary</source>
        <translation>ডেমো - হাঁপানি প্ল্যান ও ডায়েরি</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Try the demo (a made-up patient)</source>
        <translation>ডেমো চালিয়ে দেখুন (একজন কাল্পনিক রোগী)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../asthma_app/ui/widgets/common.py" line="+98"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+42"/>
        <source>My diary</source>
        <translation>আমার ডায়েরি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show zones under my current plan</source>
        <translation>আমার বর্তমান প্ল্যান অনুযায়ী জোন দেখান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>কী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>বিস্তারিত</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>জোন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary entries, newest first</source>
        <translation>ডায়েরির লেখা, নতুনগুলো আগে</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing logged yet. Use Today to log a peak flow or how you feel.</source>
        <translation>এখনও কিছু লেখা হয়নি। পিক ফ্লো বা কেমন বোধ করছেন লিখতে &quot;আজ&quot; ব্যবহার করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>বদলান</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Undo</source>
        <translation>আগের অবস্থায় ফেরান</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Show older entries</source>
        <translation>পুরনো লেখা দেখান</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-5"/>
        <location filename="../asthma_app/ui/pages/diary.py" line="+18"/>
        <source>Diary</source>
        <translation>ডায়েরি</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+12"/>
        <source>%1&#xa0;L/min (blows: %2), %3</source>
        <translation>%1&#xa0;L/min (ফুঁ: %2), %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, after reliever</source>
        <translation>, রিলিভার নেওয়ার পরে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak flow</source>
        <translation>পিক ফ্লো</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day symptoms</source>
        <translation>দিনের বেলা উপসর্গ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>woke at night</source>
        <translation>রাতে ঘুম ভেঙেছে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activities limited</source>
        <translation>কাজকর্ম সীমিত</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliever puffs: %1</source>
        <translation>রিলিভারের পাফ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I felt</source>
        <translation>আমি কেমন বোধ করেছি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Note: %1</source>
        <translation>। নোট: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no zone</source>
        <translation>কোনো জোন নেই</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading changed.</source>
        <translation>রিডিং বদলানো হয়েছে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry changed.</source>
        <translation>লেখা বদলানো হয়েছে।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo delete of reading from %1</source>
        <translation>%1-এর রিডিং মোছা ফেরান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete of entry from %1</source>
        <translation>%1-এর লেখা মোছা ফেরান</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted. You can undo this.</source>
        <translation>মুছে ফেলা হয়েছে। আপনি এটি ফেরাতে পারেন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone.</source>
        <translation>ফেরানো হয়েছে।</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/discard.py" line="+98"/>
        <source>Discard changes?</source>
        <translation>পরিবর্তনগুলো বাদ দেবেন?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed here has not been saved. If you discard it, it is gone.</source>
        <translation>আপনি এখানে যা লিখেছেন তা সংরক্ষণ করা হয়নি। বাদ দিলে এটি আর থাকবে না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>লেখা চালিয়ে যান</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard what I typed</source>
        <translation>আমি যা লিখেছি তা বাদ দিন</translation>
    </message>
</context>
<context>
    <name>DoseReminderBar</name>
    <message>
        <location filename="../asthma_app/ui/reminders.py" line="+199"/>
        <source>Taken</source>
        <translation>নেওয়া হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: log my preventer dose now</source>
        <translation>নেওয়া হয়েছে: আমার প্রতিরোধক ডোজ এখনই লিখে রাখুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me later</source>
        <translation>পরে মনে করিয়ে দিন</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remind me again in %n minutes</source>
        <translation>
            <numerusform>%n মিনিট পরে আবার মনে করিয়ে দিন</numerusform>
            <numerusform>%n মিনিট পরে আবার মনে করিয়ে দিন</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Logged as taken: %1.</source>
        <translation>নেওয়া হয়েছে বলে লেখা হলো: %1।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to log: this dose is logged already, or your plan gives no times for it. See Today.</source>
        <translation>লেখার কিছু নেই: এই ডোজ আগেই লেখা হয়েছে, অথবা আপনার পরিকল্পনায় এর সময় দেওয়া নেই। আজ দেখুন।</translation>
    </message>
</context>
<context>
    <name>Doses</name>
    <message>
        <location filename="../asthma_app/domain/doses.py" line="+109"/>
        <source>Taken</source>
        <translation>নেওয়া হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken</source>
        <translation>নেওয়া হয়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged yet</source>
        <translation>এখনও লেখা হয়নি</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>এই তারিখ ও সময় ভবিষ্যতের। দয়া করে দেখে নিন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the reason short (200 letters at most).</source>
        <translation>কারণ ছোট রাখুন (সর্বোচ্চ 200 অক্ষর)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is only kept for a dose not taken.</source>
        <translation>কারণ শুধু না-নেওয়া ডোজের জন্য রাখা হয়।</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/medicines.py" line="+58"/>
        <source>Your plan has no medicine called “%1”. Nothing was saved.</source>
        <translation>আপনার পরিকল্পনায় “%1” নামে কোনো ওষুধ নেই। কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reliever puffs are logged with “How I feel”, so that they count in your diary. Nothing was saved.</source>
        <translation>উপশমকারী পাফ “আমি কেমন বোধ করছি”-তে লেখা হয়, যাতে ডায়েরিতে গোনা হয়। কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log dose</source>
        <translation>ডোজ লিখুন</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete dose</source>
        <translation>ডোজ মুছুন</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the number of doses printed on the inhaler (1 to %1).</source>
        <translation>ইনহেলারে ছাপা ডোজের সংখ্যা লিখুন (1 থেকে %1)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start inhaler</source>
        <translation>ইনহেলার শুরু</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the number the inhaler&apos;s counter shows (0 to %1).</source>
        <translation>ইনহেলারের কাউন্টারে যে সংখ্যা দেখায় তা লিখুন (0 থেকে %1)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct count</source>
        <translation>গণনা ঠিক করা</translation>
    </message>
</context>
<context>
    <name>DosesToday</name>
    <message>
        <location filename="../asthma_app/ui/pages/today_doses.py" line="+28"/>
        <source>My medicines today</source>
        <translation>আজ আমার ওষুধ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>পূর্বাবস্থায় ফেরান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last medicine change</source>
        <translation>ওষুধের শেষ পরিবর্তন ফিরিয়ে নিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started a new inhaler</source>
        <translation>নতুন ইনহেলার শুরু করেছি</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your plan does not say when to take %1, so its doses are not counted. Ask your nurse, or add the times in My plan.</source>
        <translation>আপনার পরিকল্পনায় বলা নেই কখন %1 নিতে হবে, তাই এর ডোজ গোনা হয় না। আপনার নার্সকে জিজ্ঞেস করুন, বা আমার পরিকল্পনায় সময় যোগ করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No regular doses are due today in your plan.</source>
        <translation>আপনার পরিকল্পনায় আজ কোনো নিয়মিত ডোজ নেই।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your action plan to see your medicines here.</source>
        <translation>এখানে ওষুধ দেখতে আপনার অ্যাকশন প্ল্যান যোগ করুন।</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n doses or fewer left in: %1. Time to get your next inhaler. An empty inhaler can still spray, with no medicine in it.</source>
        <translation>
            <numerusform>প্রায় %n বা তার কম ডোজ বাকি: %1। পরের ইনহেলার নেওয়ার সময়। খালি ইনহেলারও স্প্রে করতে পারে, ভেতরে ওষুধ না থাকলেও।</numerusform>
            <numerusform>প্রায় %n বা তার কম ডোজ বাকি: %1। পরের ইনহেলার নেওয়ার সময়। খালি ইনহেলারও স্প্রে করতে পারে, ভেতরে ওষুধ না থাকলেও।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan says: %1</source>
        <translation>আপনার পরিকল্পনা বলে: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>কারণ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged later, on %1</source>
        <translation>পরে লেখা হয়েছে, %1-এ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>নেওয়া হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: %1, %2</source>
        <translation>নেওয়া হয়েছে: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not taken</source>
        <translation>নেওয়া হয়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken: %1, %2</source>
        <translation>নেওয়া হয়নি: %1, %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: doses left cannot be counted, because your plan does not say how many puffs each time. Check the counter on the inhaler.</source>
        <translation>%1: বাকি ডোজ গোনা যাচ্ছে না, কারণ আপনার পরিকল্পনায় প্রতিবার কত পাফ তা বলা নেই। ইনহেলারের কাউন্টার দেখুন।</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: about %n doses left (counted from what you logged; the inhaler&apos;s own counter is the one to trust).</source>
        <translation>
            <numerusform>%1: প্রায় %n ডোজ বাকি (আপনার লেখা থেকে গোনা; ইনহেলারের নিজের কাউন্টারই ভরসাযোগ্য)।</numerusform>
            <numerusform>%1: প্রায় %n ডোজ বাকি (আপনার লেখা থেকে গোনা; ইনহেলারের নিজের কাউন্টারই ভরসাযোগ্য)।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the count</source>
        <translation>গণনা ঠিক করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the count: %1</source>
        <translation>গণনা ঠিক করুন: %1</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <location filename="../asthma_app/services/education.py" line="+45"/>
        <source>Asthma basics</source>
        <translation>হাঁপানির মূল কথা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>ওষুধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhalers</source>
        <translation>ইনহেলার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your asthma</source>
        <translation>আপনার হাঁপানি পরীক্ষা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting worse and attacks</source>
        <translation>অবনতি ও আক্রমণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living with asthma</source>
        <translation>হাঁপানি নিয়ে জীবন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your asthma review</source>
        <translation>আপনার হাঁপানি রিভিউ</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../asthma_app/ui/exchange_actions.py" line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;ফাইল</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export readings and diary (CSV)...</source>
        <translation>রিডিং ও ডায়েরি এক্সপোর্ট করুন (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a full backup (JSON)...</source>
        <translation>পূর্ণ ব্যাকআপ এক্সপোর্ট করুন (JSON)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for health records (FHIR)...</source>
        <translation>স্বাস্থ্য রেকর্ডের জন্য এক্সপোর্ট করুন (FHIR)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my action plan as PDF...</source>
        <translation>আমার অ্যাকশন প্ল্যান PDF হিসেবে সংরক্ষণ করুন...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the review summary as PDF...</source>
        <translation>রিভিউয়ের সারাংশ PDF হিসেবে সংরক্ষণ করুন...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my action plan as a plan file (.asthmaplan)...</source>
        <translation>আমার অ্যাকশন প্ল্যান প্ল্যান ফাইল (.asthmaplan) হিসেবে সংরক্ষণ করুন...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a plan from my nurse...</source>
        <translation>আমার নার্সের দেওয়া প্ল্যান খুলুন...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a backup (JSON)...</source>
        <translation>ব্যাকআপ ইমপোর্ট করুন (JSON)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings from a spreadsheet (CSV)...</source>
        <translation>স্প্রেডশিট থেকে রিডিং ইমপোর্ট করুন (CSV)...</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your diary is protected by a passphrase, but this file will not be encrypted: anyone who can open it can read it. Export it anyway?</source>
        <translation>আপনার ডায়েরি একটি পাসফ্রেজ দিয়ে সুরক্ষিত, কিন্তু এই ফাইলটি এনক্রিপ্ট করা হবে না: যে কেউ এটি খুলতে পারলে পড়তে পারবে। তবুও এক্সপোর্ট করবেন?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a backup</source>
        <translation>ব্যাকআপ ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>Import readings</source>
        <translation>রিডিং ইমপোর্ট করুন</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 readings, %2 diary entries and %3 attacks will be added. %4 rows are already in your diary and will be skipped.</source>
        <translation>%1টি রিডিং, ডায়েরির %2টি লেখা ও %3টি অ্যাটাক যোগ হবে। %4টি সারি আগে থেকেই আপনার ডায়েরিতে আছে, তাই বাদ দেওয়া হবে।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working...</source>
        <translation>কাজ চলছে...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Done: %1</source>
        <translation>হয়ে গেছে: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed</source>
        <translation>কিছুই বদলানো হয়নি</translation>
    </message>
</context>
<context>
    <name>FileFilter</name>
    <message>
        <location filename="../asthma_app/ui/file_filters.py" line="+26"/>
        <source>CSV spreadsheet</source>
        <translation>CSV স্প্রেডশিট</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON backup</source>
        <translation>JSON ব্যাকআপ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FHIR health record</source>
        <translation>FHIR স্বাস্থ্য রেকর্ড</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>PDF নথি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma plan file</source>
        <translation>হাঁপানির প্ল্যান ফাইল</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan from the nurse</source>
        <translation>নার্সের দেওয়া প্ল্যান</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../asthma_app/services/file_write.py" line="+61"/>
        <source>%1 is open in another program, or may not be changed, so it was not saved. Close it there (or choose another name) and try again. Nothing was changed.</source>
        <translation>%1 অন্য একটি প্রোগ্রামে খোলা আছে, অথবা এটি বদলানো যায় না, তাই এটি সংরক্ষিত হয়নি। সেখানে এটি বন্ধ করুন (অথবা অন্য একটি নাম বেছে নিন) এবং আবার চেষ্টা করুন। কিছুই বদলানো হয়নি।</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../asthma_app/ui/first_run.py" line="+60"/>
        <source>%1 (emergency number %2)</source>
        <translation>%1 (জরুরি নম্বর %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>আপনার নাম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>জন্মের বছর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you live</source>
        <translation>আপনি কোথায় থাকেন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue</source>
        <translation>এগিয়ে যান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>স্বাগতম</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app keeps your asthma action plan, your peak flow and how you feel, and shows you what your plan says to do. Everything stays on this computer.</source>
        <translation>এই অ্যাপ আপনার হাঁপানি অ্যাকশন প্ল্যান, আপনার পিক ফ্লো এবং আপনি কেমন বোধ করছেন তা রাখে, এবং আপনার প্ল্যান কী করতে বলে তা দেখায়। সবকিছু এই কম্পিউটারেই থাকে।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the plan I agreed with my nurse</source>
        <translation>নার্সের সাথে ঠিক করা প্ল্যানটি লিখুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I don&apos;t have a plan yet</source>
        <translation>আমার এখনও কোনো প্ল্যান নেই</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your asthma action plan</source>
        <translation>আপনার হাঁপানি অ্যাকশন প্ল্যান</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan tells you what to do every day, when your asthma is getting worse, and in an asthma attack. If you have a paper plan from your GP or asthma nurse, copy it in now: it is best done together with your nurse.</source>
        <translation>আপনার প্ল্যান বলে প্রতিদিন কী করবেন, হাঁপানি খারাপ হলে কী করবেন, এবং হাঁপানির আক্রমণে কী করবেন। আপনার জিপি বা হাঁপানি নার্সের দেওয়া কাগজের প্ল্যান থাকলে এখনই সেটি লিখে নিন: নার্সের সাথে একসাথে করা সবচেয়ে ভালো।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan yet? Ask your GP surgery for an asthma review and a written action plan. Until then you can keep a diary of your peak flow and symptoms to take with you.</source>
        <translation>এখনও প্ল্যান নেই? আপনার জিপি সার্জারিতে হাঁপানি রিভিউ এবং লিখিত অ্যাকশন প্ল্যান চান। ততদিন আপনি পিক ফ্লো ও উপসর্গের ডায়েরি রাখতে পারেন এবং সাথে নিয়ে যেতে পারেন।</translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_banners.py" line="+41"/>
        <source>I&apos;ve booked it</source>
        <translation>আমি অ্যাপয়েন্টমেন্ট নিয়েছি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;ve been seen</source>
        <translation>আমাকে দেখানো হয়েছে</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your follow-up appointment after the asthma attack on %1 is booked. Please take your action plan with you, so that your GP or nurse can check it and update it.</source>
        <translation>%1 তারিখের অ্যাজমা অ্যাটাকের পরে আপনার ফলো-আপ অ্যাপয়েন্টমেন্ট ঠিক হয়েছে। অনুগ্রহ করে আপনার অ্যাকশন প্ল্যান সাথে নিয়ে যান, যাতে আপনার জিপি বা নার্স এটি দেখে হালনাগাদ করতে পারেন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the asthma attack on %1 (%2): UK guidance says to see your GP or asthma nurse within %3 working days after emergency care (by %4), and Asthma + Lung UK advises within %5 hours after an attack. Please book a follow-up appointment, and take your action plan with you so that it can be updated.</source>
        <translation>%1 তারিখের অ্যাজমা অ্যাটাকের পরে (%2): যুক্তরাজ্যের নির্দেশিকা বলে জরুরি চিকিৎসার পরে %3 কর্মদিবসের মধ্যে (%4 এর মধ্যে) আপনার জিপি বা অ্যাজমা নার্সের সাথে দেখা করুন, এবং Asthma + Lung UK অ্যাটাকের পরে %5 ঘণ্টার মধ্যে দেখা করার পরামর্শ দেয়। অনুগ্রহ করে একটি ফলো-আপ অ্যাপয়েন্টমেন্ট নিন, এবং আপনার অ্যাকশন প্ল্যান সাথে নিয়ে যান যাতে এটি হালনাগাদ করা যায়।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 attacks are waiting for a follow-up.)</source>
        <translation>(%1টি অ্যাটাক ফলো-আপের অপেক্ষায় আছে।)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1.</source>
        <translation>উৎস: %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up after an asthma attack</source>
        <translation>অ্যাজমা অ্যাটাকের পরে ফলো-আপ</translation>
    </message>
</context>
<context>
    <name>GuessDelay</name>
    <message>
        <location filename="../asthma_app/services/guess_delay.py" line="+101"/>
        <source>That was not right several times, so to keep the diary safe please wait %1 seconds before the next try.</source>
        <translation>এটি কয়েকবার সঠিক হয়নি, তাই ডায়েরি নিরাপদ রাখতে পরের চেষ্টার আগে অনুগ্রহ করে %1 সেকেন্ড অপেক্ষা করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That was not right several times, so to keep the diary safe please wait %1 minutes before the next try.</source>
        <translation>এটি কয়েকবার সঠিক হয়নি, তাই ডায়েরি নিরাপদ রাখতে পরের চেষ্টার আগে অনুগ্রহ করে %1 মিনিট অপেক্ষা করুন।</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../asthma_app/domain/year_totals.py" line="+106"/>
        <source>%1 (Source: %2.)</source>
        <translation>%1 (উৎস: %2।)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You recorded %1 courses of steroid tablets in the last 12 months. UK guidance says that people who need more than %2 courses in 12 months should be considered for a specialist asthma review — talk to your nurse.</source>
        <translation>আপনি গত ১২ মাসে স্টেরয়েড ট্যাবলেটের %1টি কোর্স লিখেছেন। যুক্তরাজ্যের নির্দেশিকা বলে, যাদের ১২ মাসে %2টির বেশি কোর্স লাগে তাদের জন্য বিশেষজ্ঞ অ্যাজমা রিভিউ বিবেচনা করা উচিত — আপনার নার্সের সাথে কথা বলুন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1 of the weeks you logged in the last 12 months you used your reliever on more than %2 days. UK guidance says that anyone who needs their reliever on more than %2 days a week should have their asthma reviewed — talk to your nurse.</source>
        <translation>গত ১২ মাসে আপনার লেখা সপ্তাহগুলোর %1টিতে আপনি %2 দিনের বেশি রিলিভার ব্যবহার করেছেন। যুক্তরাজ্যের নির্দেশিকা বলে, যার সপ্তাহে %2 দিনের বেশি রিলিভার লাগে তার অ্যাজমার রিভিউ হওয়া উচিত — আপনার নার্সের সাথে কথা বলুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/reliever_facts.py" line="+25"/>
        <source>Reliever inhalers you started in the last month: %1. UK guidance says that using more than one reliever inhaler a month needs an urgent asthma review — talk to your nurse or GP soon.</source>
        <translation>গত মাসে শুরু করা উপশমকারী ইনহেলার: %1। যুক্তরাজ্যের নির্দেশিকা বলে, মাসে একাধিক উপশমকারী ইনহেলার ব্যবহার করলে জরুরি হাঁপানি পর্যালোচনা দরকার — শিগগির আপনার নার্স বা জিপির সাথে কথা বলুন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliever inhalers you started in the last 12 months: %1. A national review of asthma deaths found that many people who died had been given more than %2 reliever inhalers in the year before — talk to your nurse or GP soon.</source>
        <translation>গত 12 মাসে শুরু করা উপশমকারী ইনহেলার: %1। হাঁপানিতে মৃত্যুর এক জাতীয় পর্যালোচনায় দেখা গেছে, মারা যাওয়া অনেককে আগের বছরে %2টির বেশি উপশমকারী ইনহেলার দেওয়া হয়েছিল — শিগগির আপনার নার্স বা জিপির সাথে কথা বলুন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliever inhalers you started in the last 12 months: %1. UK guidance says that %2 or more reliever inhalers in a year have been linked with serious asthma attacks — talk to your nurse.</source>
        <translation>গত 12 মাসে শুরু করা উপশমকারী ইনহেলার: %1। যুক্তরাজ্যের নির্দেশিকা বলে, বছরে %2টি বা তার বেশি উপশমকারী ইনহেলার গুরুতর হাঁপানির আক্রমণের সাথে যুক্ত পাওয়া গেছে — আপনার নার্সের সাথে কথা বলুন।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days you used your reliever in the week from %2: %1. UK guidance says that anyone who needs their reliever on more than %3 days a week should have their asthma reviewed — talk to your nurse.</source>
        <translation>%2 থেকে শুরু সপ্তাহে উপশমকারী ব্যবহারের দিন: %1। যুক্তরাজ্যের নির্দেশিকা বলে, সপ্তাহে %3 দিনের বেশি উপশমকারী লাগলে হাঁপানি পর্যালোচনা করা উচিত — আপনার নার্সের সাথে কথা বলুন।</translation>
    </message>
</context>
<context>
    <name>HomeShell</name>
    <message>
        <location filename="../asthma_app/ui/home.py" line="+201"/>
        <source>Switch person</source>
        <translation>অন্য ব্যক্তিতে যান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and settings</source>
        <translation>ব্যক্তি ও সেটিংস</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a person...</source>
        <translation>একজন ব্যক্তি যোগ করুন...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename...</source>
        <translation>নাম বদলান...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS number...</source>
        <translation>NHS নম্বর...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase and lock...</source>
        <translation>পাসফ্রেজ ও লক...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders...</source>
        <translation>রিমাইন্ডার...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>এখনই লক করুন</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add a person</source>
        <translation>একজন ব্যক্তি যোগ করুন</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename</source>
        <translation>নাম বদলান</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../asthma_app/storage/exchange/__init__.py" line="+24"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>The file can&apos;t be opened (%1).</source>
        <translation>ফাইলটি খোলা যাচ্ছে না (%1)।</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This is not a file that can be imported (it is a folder or a device). Nothing was imported.</source>
        <translation>এটি আমদানি করার মতো ফাইল নয় (এটি একটি ফোল্ডার বা ডিভাইস)। কিছুই আমদানি করা হয়নি।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>The file is too big to import (%1 MB; the limit is %2 MB). Nothing was imported.</source>
        <translation>ফাইলটি আমদানি করার জন্য খুব বড় (%1 MB; সীমা %2 MB)। কিছুই আমদানি করা হয়নি।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file looks like UTF-16 text without a byte-order mark, or is not a text file. Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>ফাইলটি বাইট-অর্ডার চিহ্ন ছাড়া UTF-16 টেক্সট বলে মনে হচ্ছে, অথবা এটি টেক্সট ফাইল নয়। এটি আবার &apos;CSV UTF-8&apos; হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not valid %1 text (byte %2). Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>ফাইলটি বৈধ %1 টেক্সট নয় (বাইট %2)। এটি আবার &apos;CSV UTF-8&apos; হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/backup_import.py" line="+59"/>
        <source>Expected an object.</source>
        <translation>এখানে একটি অবজেক্ট থাকার কথা।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This count points to an inhaler that is not in the file (%1).</source>
        <translation>এই গণনাটি এমন একটি ইনহেলারের কথা বলে যা ফাইলে নেই (%1)।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The id %1 appears twice (a duplicate record).</source>
        <translation>আইডি %1 দুবার আছে (একই রেকর্ড দুবার)।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no plan version %1 in this backup.</source>
        <translation>এই ব্যাকআপে প্ল্যানের সংস্করণ %1 নেই।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This points to a missing record %1.</source>
        <translation>এটি অনুপস্থিত রেকর্ড %1-এর দিকে নির্দেশ করে।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record %1 is replaced by a record that is in turn replaced by it (a loop).</source>
        <translation>রেকর্ড %1-কে এমন একটি রেকর্ড প্রতিস্থাপন করে, যাকে আবার এটিই প্রতিস্থাপন করে (একটি চক্র)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup has no profile.</source>
        <translation>ব্যাকআপে কোনো প্রোফাইল নেই।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The version %1 is repeated or not positive.</source>
        <translation>সংস্করণ %1 একাধিকবার আছে অথবা ধনাত্মক নয়।</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A medicine must be an object of texts.</source>
        <translation>ওষুধ অবশ্যই টেক্সট দিয়ে তৈরি একটি অবজেক্ট হতে হবে।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan can&apos;t be read (%1).</source>
        <translation>প্ল্যানটি পড়া যাচ্ছে না (%1)।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expected text.</source>
        <translation>এখানে টেক্সট থাকার কথা।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected 0 or 1, found %1.</source>
        <translation>এখানে 0 বা 1 থাকার কথা, পাওয়া গেছে %1।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown scale or period (%1, %2).</source>
        <translation>অজানা স্কেল বা সময় (%1, %2)।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value must be the highest blow.</source>
        <translation>মানটি অবশ্যই সবচেয়ে বেশি ফুঁ-এর মান হতে হবে।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reliever puffs must be 0 to %1.</source>
        <translation>রিলিভারের পাফ 0 থেকে %1-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown score %1.</source>
        <translation>অজানা স্কোর %1।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers must be true or false.</source>
        <translation>উত্তরগুলো true বা false হতে হবে।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown kind of care %1.</source>
        <translation>অজানা চিকিৎসার ধরন %1।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown value %1.</source>
        <translation>অজানা মান %1।</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This is not a time of day: %1.</source>
        <translation>এটি দিনের কোনো সময় নয়: %1।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reminder %1.</source>
        <translation>অজানা রিমাইন্ডার %1।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This date is in the future: %1.</source>
        <translation>এই তারিখটি ভবিষ্যতের: %1।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text is too long.</source>
        <translation>টেক্সটটি খুব লম্বা।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scheduled dose needs both its day and its time of day.</source>
        <translation>নির্ধারিত ডোজের জন্য দিন এবং দিনের সময় দুটোই লাগবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Puffs must be 1 to %1.</source>
        <translation>পাফ 1 থেকে %1-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine&apos;s name is missing, or the name or the reason is too long.</source>
        <translation>ওষুধের নাম নেই, অথবা নাম বা কারণ খুব লম্বা।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The inhaler&apos;s size must be 1 to %1 doses.</source>
        <translation>ইনহেলারের আকার 1 থেকে %1 ডোজের মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine&apos;s name is missing or too long.</source>
        <translation>ওষুধের নাম নেই অথবা খুব লম্বা।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected what the medicine is used for.</source>
        <translation>এখানে ওষুধটি কীসের জন্য ব্যবহার হয় তা থাকার কথা।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doses left must be 0 to %1.</source>
        <translation>বাকি ডোজ 0 থেকে %1-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already a profile called %1. Choose another name for the imported profile (--profile NAME).</source>
        <translation>%1 নামে একটি প্রোফাইল আগে থেকেই আছে। আমদানি করা প্রোফাইলের জন্য অন্য একটি নাম বেছে নিন (--profile NAME)।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/csv_format.py" line="+127"/>
        <source>The first row must name the columns, with at least a date_time column and a peak_flow column (see the data format help).</source>
        <translation>প্রথম সারিতে কলামগুলোর নাম থাকতে হবে, অন্তত একটি date_time কলাম এবং একটি peak_flow কলাম (ডেটা ফরম্যাটের সাহায্য দেখুন)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice.</source>
        <translation>কলাম %1 দুবার আছে।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file contains binary data, not text.</source>
        <translation>ফাইলটিতে টেক্সট নয়, বাইনারি ডেটা আছে।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are more than %1 rows. Split the file and import each part.</source>
        <translation>%1টির বেশি সারি আছে। ফাইলটি ভাগ করে প্রতিটি অংশ আলাদাভাবে আমদানি করুন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This row has %1 cells but there are only %2 columns.</source>
        <translation>এই সারিতে %1টি ঘর আছে, কিন্তু কলাম মাত্র %2টি।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This row is the same as line %1.</source>
        <translation>এই সারিটি লাইন %1-এর মতোই।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CSV is malformed (%1).</source>
        <translation>CSV-টি সঠিক গঠনে নেই (%1)।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no rows to import in this file.</source>
        <translation>এই ফাইলে আমদানি করার মতো কোনো সারি নেই।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1</source>
        <translation>লাইন %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="+129"/>
        <source>line %1, column %2</source>
        <translation>লাইন %1, কলাম %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record must be %1, %2, %3 or %4, not %5.</source>
        <translation>রেকর্ডটি %1, %2, %3 বা %4 হতে হবে, %5 নয়।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scale must be EU or Wright, not %1.</source>
        <translation>স্কেল EU বা Wright হতে হবে, %1 নয়।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period must be morning or evening.</source>
        <translation>সময় morning বা evening হতে হবে।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a whole number from 0 to %1.</source>
        <translation>রিলিভারের পাফ 0 থেকে %1-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A dose needs the medicine&apos;s name (300 letters at most).</source>
        <translation>ডোজের জন্য ওষুধের নাম লাগবে (সর্বোচ্চ 300 অক্ষর)।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due must be a date and morning or evening, for example %1.</source>
        <translation>due-তে একটি তারিখ এবং morning বা evening থাকতে হবে, যেমন %1।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Puffs must be a whole number from 1 to %1.</source>
        <translation>পাফ 1 থেকে %1-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is too long (%1 letters at most).</source>
        <translation>কারণটি খুব লম্বা (সর্বোচ্চ %1 অক্ষর)।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The attack on %1 is in the future.</source>
        <translation>%1 তারিখের অ্যাটাকটি ভবিষ্যতের তারিখে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a kind of care this app knows. Use: %2.</source>
        <translation>%1 এমন কোনো চিকিৎসার ধরন নয় যা এই অ্যাপ চেনে। ব্যবহার করুন: %2।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each kind of care can be named only once.</source>
        <translation>প্রতিটি চিকিৎসার ধরন শুধু একবার লেখা যায়।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up must be open, booked, done or empty, not %1.</source>
        <translation>ফলো-আপ open, booked, done বা খালি হতে হবে, %1 নয়।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an attack that needed A&amp;E, an ambulance, a hospital stay, an out-of-hours doctor or steroid tablets has a follow-up.</source>
        <translation>শুধু যে অ্যাটাকে A&amp;E, অ্যাম্বুলেন্স, হাসপাতালে ভর্তি, অফিস সময়ের বাইরের ডাক্তার বা স্টেরয়েড ট্যাবলেট লেগেছিল, তারই ফলো-আপ থাকে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is too long (%1 letters; at most %2).</source>
        <translation>নোটটি খুব লম্বা (%1টি অক্ষর; সর্বোচ্চ %2টি)।</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="+100"/>
        <source>%1 is before %2: not a date this app could have saved.</source>
        <translation>%1 তারিখটি %2-এর আগের: এই অ্যাপ এমন তারিখ সংরক্ষণ করতে পারত না।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a date and time like 2026-11-20 08:30 or 20/11/2026 08:30.</source>
        <translation>%1 কোনো তারিখ ও সময় নয়, যেমন 2026-11-20 08:30 বা 20/11/2026 08:30।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a whole number of L/min.</source>
        <translation>%1 L/min-এর পূর্ণসংখ্যা নয়।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This must be yes or no, not %1.</source>
        <translation>এটি yes বা no হতে হবে, %1 নয়।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="-102"/>
        <source>This is not complete JSON (%1).</source>
        <translation>এটি সম্পূর্ণ JSON নয় (%1)।</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>The file is nested too deeply to be a backup made by this app.</source>
        <translation>ফাইলটিতে এত বেশি স্তর আছে যে এটি এই অ্যাপের তৈরি ব্যাকআপ হতে পারে না।</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>This is not a backup made by this app.</source>
        <translation>এটি এই অ্যাপের তৈরি ব্যাকআপ নয়।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup has no format version.</source>
        <translation>ব্যাকআপে ফরম্যাটের সংস্করণ নেই।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of the app (format %1; this app reads up to %2). Please update the app. Nothing was imported.</source>
        <translation>এই ব্যাকআপটি অ্যাপের নতুন সংস্করণে তৈরি (ফরম্যাট %1; এই অ্যাপ %2 পর্যন্ত পড়তে পারে)। অনুগ্রহ করে অ্যাপটি আপডেট করুন। কিছুই আমদানি করা হয়নি।</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file holds text that is not valid (a broken character).</source>
        <translation>ফাইলে অবৈধ লেখা আছে (একটি ভাঙা অক্ষর)।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Expected text, found %1.</source>
        <translation>এখানে টেক্সট থাকার কথা, পাওয়া গেছে %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a whole number, found %1.</source>
        <translation>এখানে একটি পূর্ণসংখ্যা থাকার কথা, পাওয়া গেছে %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a number, found %1.</source>
        <translation>এখানে একটি সংখ্যা থাকার কথা, পাওয়া গেছে %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a list, found %1.</source>
        <translation>এখানে একটি তালিকা থাকার কথা, পাওয়া গেছে %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected an object, found %1.</source>
        <translation>এখানে একটি অবজেক্ট থাকার কথা, পাওয়া গেছে %1।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected another type, found %1.</source>
        <translation>এখানে অন্য ধরনের মান থাকার কথা, পাওয়া গেছে %1।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is not a date or time: %1.</source>
        <translation>এটি কোনো তারিখ বা সময় নয়: %1।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected a list.</source>
        <translation>এখানে একটি তালিকা থাকার কথা।</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/exchange.py" line="+122"/>
        <location line="+17"/>
        <source>%1 is in the future.</source>
        <translation>%1 ভবিষ্যতের সময়।</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../asthma_app/services/kiosk_config.py" line="+38"/>
        <source>The kiosk settings file could not be read: %1</source>
        <translation>কিয়স্কের সেটিংস ফাইল পড়া যায়নি: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times in the kiosk settings must be whole numbers of seconds.</source>
        <translation>কিয়স্কের সেটিংসে সময় অবশ্যই পূর্ণ সংখ্যার সেকেন্ডে হতে হবে।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attendant_pin_hash is not a PIN hash. Make one with &apos;asthma-app kiosk-pin-hash&apos;.</source>
        <translation>attendant_pin_hash কোনো PIN hash নয়। &apos;asthma-app kiosk-pin-hash&apos; দিয়ে একটি তৈরি করুন।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No kiosk settings file at %1.</source>
        <translation>%1-এ কিয়স্কের কোনো সেটিংস ফাইল নেই।</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/kiosk_mode.py" line="+64"/>
        <source>This computer is shared, so printing to a file is switched off. Please choose a paper printer, or ask a member of staff.</source>
        <translation>এই কম্পিউটারটি সবাই মিলে ব্যবহার করে, তাই ফাইলে প্রিন্ট করা বন্ধ রাখা হয়েছে। অনুগ্রহ করে একটি কাগজের প্রিন্টার বেছে নিন, অথবা একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print</source>
        <translation>প্রিন্ট</translation>
    </message>
</context>
<context>
    <name>KioskProblemScreen</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_problem.py" line="+27"/>
        <source>Kiosk mode cannot start</source>
        <translation>কিয়স্ক মোড চালু হতে পারছে না</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kiosk is not set up yet</source>
        <translation>এই কিয়স্ক এখনও সেট আপ করা হয়নি</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attendant puts the kiosk settings file (kiosk.ini) at %1, with an attendant PIN line made by the command: asthma-app kiosk-pin-hash. The kiosk guide (docs/kiosk.md) explains every setting. Then start kiosk mode again.</source>
        <translation>একজন কর্মী কিয়স্কের সেটিংস ফাইল (kiosk.ini) %1-এ রাখেন, তাতে থাকে কর্মীর PIN-এর লাইন, যা এই কমান্ড দিয়ে তৈরি হয়: asthma-app kiosk-pin-hash। কিয়স্ক নির্দেশিকা (docs/kiosk.md) প্রতিটি সেটিং ব্যাখ্যা করে। তারপর আবার কিয়স্ক মোড চালু করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <location filename="../asthma_app/ui/kiosk.py" line="+110"/>
        <source>Clinic kiosk: everything you enter is cleared when you finish or walk away.</source>
        <translation>ক্লিনিকের কিয়স্ক: আপনি শেষ করলে বা চলে গেলে আপনার লেখা সবকিছু মুছে ফেলা হয়।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish and clear</source>
        <translation>শেষ করুন ও মুছে ফেলুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>কর্মী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff: leave kiosk mode</source>
        <translation>কর্মী: কিয়স্ক মোড থেকে বের হন</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>There is no attendant PIN in %1.</source>
        <translation>%1-এ কর্মীর কোনো PIN নেই।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kiosk settings file at %1.</source>
        <translation>%1-এ কিয়স্কের কোনো সেটিংস ফাইল নেই।</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/learn.py" line="+34"/>
        <source>Learn about asthma</source>
        <translation>হাঁপানি সম্পর্কে জানুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, for example: spacer</source>
        <translation>খুঁজুন, যেমন: স্পেসার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the topics</source>
        <translation>বিষয়গুলোতে খুঁজুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Topics by theme</source>
        <translation>বিষয়, ভাগ অনুযায়ী</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>খোঁজার ফলাফল</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No topic found. Try another word.</source>
        <translation>কোনো বিষয় পাওয়া যায়নি। অন্য শব্দ দিয়ে চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+4"/>
        <location filename="../asthma_app/ui/pages/learn.py" line="+22"/>
        <source>Learn</source>
        <translation>জানুন</translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../asthma_app/ui/widgets/length_limit.py" line="+26"/>
        <source>%1 letters: a name can have at most %2. Please shorten it.</source>
        <translation>%1টি অক্ষর: একটি নামে সর্বোচ্চ %2টি অক্ষর থাকতে পারে। অনুগ্রহ করে ছোট করুন।</translation>
    </message>
</context>
<context>
    <name>LitresField</name>
    <message>
        <location filename="../asthma_app/ui/widgets/litres_field.py" line="+30"/>
        <source>for example 450</source>
        <translation>যেমন 450</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L/min</source>
        <translation>L/min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with this number</source>
        <translation>এই সংখ্যায় সমস্যা</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../asthma_app/ui/home.py" line="-279"/>
        <source>Locked</source>
        <translation>লক করা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>ব্যক্তি</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>আনলক করুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diary is locked</source>
        <translation>ডায়েরিটি লক করা আছে</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That passphrase is not right.</source>
        <translation>পাসফ্রেজটি ঠিক নয়।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../asthma_app/ui/main_window.py" line="+214"/>
        <source>Having an asthma attack?</source>
        <translation>হাঁপানির আক্রমণ হচ্ছে?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do now, and the emergency number</source>
        <translation>এখন কী করবেন, এবং জরুরি নম্বর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>লেখার আকার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text %1&#xa0;%</source>
        <translation>লেখা %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app and of the Learn pages</source>
        <translation>অ্যাপ এবং &quot;জানুন&quot; পাতার ভাষা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>অংশ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation not yet reviewed</source>
        <translation>অনুবাদ এখনও যাচাই হয়নি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fluent speaker has not checked this translation yet. If something is unclear, ask your nurse.</source>
        <translation>ভাষাটি সাবলীলভাবে বলেন এমন কেউ এখনও এই অনুবাদ যাচাই করেননি। কিছু অস্পষ্ট হলে আপনার নার্সকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full, so nothing new can be saved. You can read your diary. Free some space, then start the app again.</source>
        <translation>ডিস্ক ভর্তি, তাই নতুন কিছু সংরক্ষণ করা যাবে না। আপনি আপনার ডায়েরি পড়তে পারবেন। কিছু জায়গা খালি করুন, তারপর অ্যাপটি আবার চালু করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data folder cannot be written (read-only). You can read your diary, but nothing new can be saved.</source>
        <translation>আপনার ডেটা ফোল্ডারে লেখা যাচ্ছে না (শুধু পড়ার জন্য)। আপনি আপনার ডায়েরি পড়তে পারবেন, কিন্তু নতুন কিছু সংরক্ষণ করা যাবে না।</translation>
    </message>
</context>
<context>
    <name>MedicineTable</name>
    <message>
        <location filename="../asthma_app/ui/widgets/medicine_table.py" line="+42"/>
        <source>Medicine (drug)</source>
        <translation>ওষুধ (ওষুধের নাম)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand</source>
        <translation>ব্র্যান্ড</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>যন্ত্র</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>শক্তি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used as</source>
        <translation>যে কাজে ব্যবহার হয়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to take it (as written by your nurse)</source>
        <translation>কীভাবে নেবেন (আপনার নার্স যেমন লিখেছেন)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (regular medicines)</source>
        <translation>কখন (নিয়মিত ওষুধ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puffs or tablets each time (as written)</source>
        <translation>প্রতিবার পাফ বা ট্যাবলেট (যেমন লেখা)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (optional)</source>
        <translation>রং (ঐচ্ছিক)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Medicines in my plan</source>
        <translation>আমার প্ল্যানের ওষুধ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add medicine</source>
        <translation>ওষুধ যোগ করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected medicine</source>
        <translation>বাছাই করা ওষুধ সরান</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Medicine %1 used as</source>
        <translation>ওষুধ %1 যে কাজে ব্যবহার হয়</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicine %1: when</source>
        <translation>ওষুধ %1: কখন</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Medicine %1 needs the name of the medicine (the drug), not only its colour or brand.</source>
        <translation>ওষুধ %1-এর জন্য ওষুধের নাম দরকার, শুধু রং বা ব্র্যান্ড যথেষ্ট নয়।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medicine %1: type the puffs or tablets each time as a whole number from 1 to %2, as written in the plan, or leave it empty.</source>
        <translation>ওষুধ %1: প্রতিবারের পাফ বা ট্যাবলেট 1 থেকে %2 পূর্ণসংখ্যায় লিখুন, পরিকল্পনায় যেমন লেখা, বা খালি রাখুন।</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+41"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
</context>
<context>
    <name>NewInhalerDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="-45"/>
        <source>Started a new inhaler</source>
        <translation>নতুন ইনহেলার শুরু করেছি</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Which medicine</source>
        <translation>কোন ওষুধ</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Doses printed on the inhaler</source>
        <translation>ইনহেলারে ছাপা ডোজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the number of doses (puffs) printed on the inhaler or its box.</source>
        <translation>ইনহেলার বা তার বাক্সে ছাপা ডোজের (পাফ) সংখ্যা লিখুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
</context>
<context>
    <name>NhsNumberDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+30"/>
        <location line="+5"/>
        <source>NHS number</source>
        <translation>NHS নম্বর</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional. With it, your GP practice can match a file you give them to your record. It is on letters from your practice and in the NHS App (England, Wales and the Isle of Man). Leave the box empty to remove it.</source>
        <translation>ঐচ্ছিক। এটি থাকলে আপনার GP প্র্যাকটিস আপনার দেওয়া ফাইলটি আপনার রেকর্ডের সাথে মেলাতে পারে। এটি আপনার প্র্যাকটিসের চিঠিতে এবং NHS App-এ থাকে (ইংল্যান্ড, ওয়েলস ও আইল অফ ম্যান)। এটি মুছতে বাক্সটি খালি রাখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It stays on this computer. If this diary has a passphrase, the NHS number is kept only in the protected diary.</source>
        <translation>এটি এই কম্পিউটারেই থাকে। এই ডায়েরিতে পাসফ্রেজ থাকলে NHS নম্বর শুধু সুরক্ষিত ডায়েরিতেই রাখা হয়।</translation>
    </message>
</context>
<context>
    <name>NotTakenDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="-38"/>
        <source>Dose not taken</source>
        <translation>ডোজ নেওয়া হয়নি</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Reason (optional)</source>
        <translation>কারণ (ঐচ্ছিক)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1, %2: not taken.</source>
        <translation>%1, %2: নেওয়া হয়নি।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../asthma_app/ui/widgets/number_pad.py" line="+21"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>পরের</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the last digit</source>
        <translation>শেষ অঙ্কটি মুছুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next box</source>
        <translation>পরের ঘর</translation>
    </message>
</context>
<context>
    <name>NurseShell</name>
    <message>
        <location filename="../asthma_app/ui/demo.py" line="-111"/>
        <source>&amp;Nurse</source>
        <translation>&amp;নার্স</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a plan for a patient...</source>
        <translation>রোগীর জন্য প্ল্যান লিখুন...</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/nurse.py" line="+173"/>
        <source>Plan ready for %1: agreed %2 with %3.</source>
        <translation>%1-এর জন্য প্ল্যান তৈরি: %2 তারিখে %3-এর সাথে সম্মত।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the plan for the patient</source>
        <translation>রোগীর জন্য প্ল্যান সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: %1</source>
        <translation>সংরক্ষিত: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plan written yet.</source>
        <translation>এখনও কোনো প্ল্যান লেখা হয়নি।</translation>
    </message>
</context>
<context>
    <name>NurseWindow</name>
    <message>
        <location line="-171"/>
        <source>Nurse mode - Asthma Plan &amp; Diary</source>
        <translation>নার্স মোড - হাঁপানি প্ল্যান ও ডায়েরি</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NURSE MODE: nothing about the patient is kept on this computer unless you save a file.</source>
        <translation>নার্স মোড: আপনি ফাইল সংরক্ষণ না করলে রোগীর কোনো তথ্য এই কম্পিউটারে রাখা হয় না।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse mode</source>
        <translation>নার্স মোড</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>দেওয়া হয়নি</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient&apos;s name</source>
        <translation>রোগীর নাম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>জন্মের বছর</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan...</source>
        <translation>প্ল্যান লিখুন...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan written yet.</source>
        <translation>এখনও কোনো প্ল্যান লেখা হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save a .asthmaplan file beside the PDF</source>
        <translation>PDF-এর পাশে একটি .asthmaplan ফাইলও সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan for the patient (PDF)...</source>
        <translation>রোগীর জন্য প্ল্যান সংরক্ষণ করুন (PDF)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again with another patient</source>
        <translation>অন্য রোগীর জন্য আবার শুরু করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave nurse mode</source>
        <translation>নার্স মোড থেকে বেরোন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the plan with the patient, then save it. The PDF is the printed plan and carries the plan inside it: the patient opens it in the app at home with File &gt; Open a plan from my nurse.</source>
        <translation>রোগীর সাথে প্ল্যান লিখুন, তারপর সংরক্ষণ করুন। PDF হলো ছাপা প্ল্যান, এবং প্ল্যানটি এর ভেতরেই থাকে: রোগী বাড়িতে অ্যাপে ফাইল &gt; আমার নার্সের দেওয়া প্ল্যান খুলুন দিয়ে এটি খোলেন।</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../asthma_app/services/profile_security.py" line="+87"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>এটি বর্তমান পাসফ্রেজ নয়। কিছুই বদলানো হয়নি।</translation>
    </message>
</context>
<context>
    <name>PeakFlowDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/peak_flow.py" line="+52"/>
        <source>Log peak flow</source>
        <translation>পিক ফ্লো লিখুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change peak flow reading</source>
        <translation>পিক ফ্লো রিডিং বদলান</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blow three times and type each number. The best one counts.</source>
        <translation>তিনবার ফুঁ দিন এবং প্রতিটি সংখ্যা লিখুন। সবচেয়ে ভালোটি গণনা হয়।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use a peak flow meter</source>
        <translation>পিক ফ্লো মিটার কীভাবে ব্যবহার করবেন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L/min</source>
        <translation>L/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blow %1 in litres per minute</source>
        <translation>ফুঁ %1, লিটার প্রতি মিনিটে</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blow %1</source>
        <translation>ফুঁ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time of reading</source>
        <translation>রিডিংয়ের তারিখ ও সময়</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Morning or evening</source>
        <translation>সকাল না সন্ধ্যা</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Meter scale</source>
        <translation>মিটারের স্কেল</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Taken after using my reliever</source>
        <translation>রিলিভার নেওয়ার পরে মাপা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>নোট (ঐচ্ছিক)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, this reading is right</source>
        <translation>হ্যাঁ, এই রিডিং ঠিক আছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save reading</source>
        <translation>রিডিং সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Blow %1: %2</source>
        <translation>ফুঁ %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Best: —</source>
        <translation>সেরা: —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best: %1&#xa0;L/min</source>
        <translation>সেরা: %1&#xa0;L/min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No personal best in your plan, so no zone from peak flow.</source>
        <translation>আপনার প্ল্যানে ব্যক্তিগত সেরা নেই, তাই পিক ফ্লো থেকে কোনো জোন নেই।</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Undo change to reading</source>
        <translation>রিডিংয়ের পরিবর্তন ফেরান</translation>
    </message>
</context>
<context>
    <name>PersonalBestDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/personal_best.py" line="+44"/>
        <source>Find my personal best</source>
        <translation>আমার ব্যক্তিগত সেরা খুঁজে বের করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your personal best is the highest peak flow you reach when your asthma is as good as it gets. To find it: for two weeks, while you feel well, take your peak flow every morning and every evening. Blow three times and log the highest. Use the same meter each time.</source>
        <translation>আপনার ব্যক্তিগত সেরা হলো সেই সর্বোচ্চ পিক ফ্লো, যা আপনার হাঁপানি সবচেয়ে ভালো থাকার সময় আপনি পান। এটি খুঁজে বের করতে: দুই সপ্তাহ ধরে, যখন ভালো বোধ করছেন, প্রতিদিন সকালে ও সন্ধ্যায় পিক ফ্লো মাপুন। তিনবার ফুঁ দিন এবং সবচেয়ে বেশিটি লিখুন। প্রতিবার একই মিটার ব্যবহার করুন।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as my personal best</source>
        <translation>আমার ব্যক্তিগত সেরা হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without changing my plan</source>
        <translation>প্ল্যান না বদলে বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your last 14 days</source>
        <translation>আপনার গত ১৪ দিন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 readings</source>
        <translation>%2টি রিডিংয়ের মধ্যে %1টি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning and evening readings collected</source>
        <translation>সকাল ও সন্ধ্যার জমা হওয়া রিডিং</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readings on %1 of the last 14 days; morning and evening both on %2 days; %3 of 28 morning and evening readings.</source>
        <translation>গত ১৪ দিনের মধ্যে %1 দিন রিডিং আছে; %2 দিন সকাল ও সন্ধ্যা দুটোই আছে; সকাল ও সন্ধ্যার ২৮টি রিডিংয়ের মধ্যে %3টি।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep going until you have 14 days with a morning and an evening reading. You can still look at the highest reading so far.</source>
        <translation>সকাল ও সন্ধ্যা দুটো রিডিংসহ ১৪ দিন না হওয়া পর্যন্ত চালিয়ে যান। এখন পর্যন্ত সর্বোচ্চ রিডিংটি আপনি তবুও দেখতে পারেন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed personal best</source>
        <translation>প্রস্তাবিত ব্যক্তিগত সেরা</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings in the last 14 days yet.</source>
        <translation>গত ১৪ দিনে এখনও কোনো রিডিং নেই।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your highest reading in these 14 days was %1&#xa0;L/min, on %2.</source>
        <translation>এই ১৪ দিনে আপনার সর্বোচ্চ রিডিং ছিল %1&#xa0;L/min, %2 তারিখে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>New personal best</source>
        <translation>নতুন ব্যক্তিগত সেরা</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Agreed with</source>
        <translation>যার সাথে ঠিক করা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Nurse Jones</source>
        <translation>যেমন: নার্স জোন্স</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed with (name)</source>
        <translation>যার সাথে ঠিক করা (নাম)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predicted peak flow: for reference only</source>
        <translation>প্রত্যাশিত পিক ফ্লো: শুধু জানার জন্য</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex for the prediction</source>
        <translation>হিসাবের জন্য লিঙ্গ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>বেছে নিন…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>নারী</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>পুরুষ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Height</source>
        <translation>উচ্চতা</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sex</source>
        <translation>লিঙ্গ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add your action plan first: the personal best is part of it.</source>
        <translation>আগে আপনার অ্যাকশন প্ল্যান যোগ করুন: ব্যক্তিগত সেরা তার একটি অংশ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the new personal best in L/min to save it.</source>
        <translation>সংরক্ষণ করতে নতুন ব্যক্তিগত সেরা L/min-এ লিখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan&apos;s personal best will change from %1 to %2&#xa0;L/min. Zones from now on use the new value; earlier readings keep their zones.</source>
        <translation>আপনার প্ল্যানের ব্যক্তিগত সেরা %1 থেকে বদলে %2&#xa0;L/min হবে। এখন থেকে জোন নতুন মান ব্যবহার করবে; আগের রিডিংগুলোর জোন আগের মতোই থাকবে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan will use %1&#xa0;L/min as your personal best from now on.</source>
        <translation>এখন থেকে আপনার প্ল্যান %1&#xa0;L/min-কে আপনার ব্যক্তিগত সেরা হিসেবে ব্যবহার করবে।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add your year of birth to your profile to see a predicted value.</source>
        <translation>প্রত্যাশিত মান দেখতে আপনার প্রোফাইলে জন্মের বছর যোগ করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No prediction: the children&apos;s table covers heights from 85 to 170 cm.</source>
        <translation>কোনো প্রত্যাশিত মান নেই: শিশুদের তালিকা 85 থেকে 170 সেমি উচ্চতা পর্যন্ত।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose sex and height to see a predicted value.</source>
        <translation>প্রত্যাশিত মান দেখতে লিঙ্গ ও উচ্চতা বেছে নিন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prediction: the adult formula is only used for ages %1 to %2 and heights from %3 to %4 cm.</source>
        <translation>কোনো প্রত্যাশিত মান নেই: প্রাপ্তবয়স্কদের সূত্র শুধু %1 থেকে %2 বছর বয়স এবং %3 থেকে %4 সেমি উচ্চতার জন্য ব্যবহার হয়।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted for your age (%1), sex and height: %2 L/min (EU scale). For reference only: discuss with your nurse. Your zones always use your own personal best.</source>
        <translation>আপনার বয়স (%1), লিঙ্গ ও উচ্চতা অনুযায়ী প্রত্যাশিত: %2 L/min (EU স্কেল)। শুধু জানার জন্য: আপনার নার্সের সাথে আলোচনা করুন। আপনার জোন সবসময় আপনার নিজের ব্যক্তিগত সেরা ব্যবহার করে।</translation>
    </message>
</context>
<context>
    <name>PinHashDialog</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="+9"/>
        <source>Attendant PIN for the kiosk</source>
        <translation>কিয়স্কের জন্য কর্মীর PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Attendant PIN (4 to 12 digits)</source>
        <translation>কর্মীর PIN (৪ থেকে ১২টি সংখ্যা)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>The same PIN again</source>
        <translation>একই PIN আবার</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Line for the kiosk settings file</source>
        <translation>কিয়স্কের সেটিংস ফাইলের জন্য লাইন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the settings line</source>
        <translation>সেটিংসের লাইন তৈরি করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two PINs are different. Nothing was made.</source>
        <translation>দুটি PIN আলাদা। কিছুই তৈরি হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN-এ ৪ থেকে ১২টি সংখ্যা থাকতে হবে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste this line into the kiosk settings file.</source>
        <translation>কপি হয়েছে। এই লাইনটি কিয়স্কের সেটিংস ফাইলে পেস্ট করুন।</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+31"/>
        <source>Preventer and reliever</source>
        <translation>প্রিভেন্টার ও রিলিভার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MART (one inhaler for every day and for relief)</source>
        <translation>MART (প্রতিদিনের ও আরামের জন্য একটিই ইনহেলার)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIR (anti-inflammatory reliever only)</source>
        <translation>AIR (শুধু প্রদাহরোধী রিলিভার)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wright scale (older meters)</source>
        <translation>রাইট স্কেল (পুরনো মিটার)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preventer</source>
        <translation>প্রিভেন্টার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever</source>
        <translation>রিলিভার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MART inhaler</source>
        <translation>MART ইনহেলার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIR inhaler</source>
        <translation>AIR ইনহেলার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablets</source>
        <translation>ট্যাবলেট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>My symptoms are coming back (cough, wheeze, tight chest, hard to breathe)</source>
        <translation>আমার উপসর্গ ফিরে আসছে (কাশি, শোঁ শোঁ শব্দ, বুকে চাপ, শ্বাস নিতে কষ্ট)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am waking up at night because of my asthma</source>
        <translation>হাঁপানির কারণে আমার রাতে ঘুম ভেঙে যাচ্ছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My symptoms are getting in the way of my day (work, school, exercise)</source>
        <translation>উপসর্গের কারণে আমার দিনের কাজে বাধা হচ্ছে (কাজ, স্কুল, ব্যায়াম)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am using my reliever 3 or more times a week</source>
        <translation>আমি সপ্তাহে ৩ বা তার বেশি বার রিলিভার ব্যবহার করছি</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>My reliever is not helping, or I need it more than every 4 hours</source>
        <translation>আমার রিলিভার কাজ করছে না, অথবা ৪ ঘণ্টার আগেই আবার লাগছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t walk or talk easily</source>
        <translation>আমি সহজে হাঁটতে বা কথা বলতে পারছি না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am breathing hard and fast</source>
        <translation>আমি জোরে জোরে ও দ্রুত শ্বাস নিচ্ছি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am coughing or wheezing a lot, or my chest is very tight</source>
        <translation>আমি অনেক কাশছি বা শোঁ শোঁ শব্দ হচ্ছে, অথবা বুক খুব আঁটসাঁট লাগছে</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>The puffs or tablets each time must be between 1 and %1: copy the number from your plan.</source>
        <translation>প্রতিবারের পাফ বা ট্যাবলেট 1 থেকে %1-এর মধ্যে হতে হবে: আপনার পরিকল্পনা থেকে সংখ্যাটি লিখুন।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan refers to standard attack steps this version of the app does not know (%1). Please update the app.</source>
        <translation>প্ল্যানটি এমন আদর্শ আক্রমণের ধাপের কথা বলে যা অ্যাপের এই সংস্করণ চেনে না (%1)। অনুগ্রহ করে অ্যাপটি আপডেট করুন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The most reliever puffs in a day must be between 1 and %1: copy the number from your plan.</source>
        <translation>দিনে সর্বোচ্চ রিলিভার পাফের সংখ্যা ১ থেকে %1-এর মধ্যে হতে হবে: সংখ্যাটি আপনার প্ল্যান থেকে লিখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the most reliever puffs in a day that your MART plan allows, exactly as your nurse or doctor wrote it.</source>
        <translation>আপনার MART প্ল্যান দিনে সর্বোচ্চ যত রিলিভার পাফ নিতে দেয় তা লিখুন, ঠিক যেমন আপনার নার্স বা ডাক্তার লিখেছেন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+42"/>
        <source>Sit up straight and stay as calm as you can.</source>
        <translation>সোজা হয়ে বসুন এবং যতটা পারেন শান্ত থাকুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use your reliever inhaler: 1 puff, then wait 30 to 60 seconds before the next one, up to 10 puffs. Use your spacer if you have one.</source>
        <translation>আপনার রিলিভার ইনহেলার ব্যবহার করুন: ১টি পাফ নিন, তারপর পরেরটির আগে ৩০ থেকে ৬০ সেকেন্ড অপেক্ষা করুন, সর্বোচ্চ ১০টি পাফ। স্পেসার থাকলে ব্যবহার করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1 for an ambulance if you get worse at any time, if you are no better after 10 puffs, or if you do not have your reliever.</source>
        <translation>অ্যাম্বুলেন্সের জন্য %1 নম্বরে ফোন করুন, যদি যেকোনো সময় আপনার অবস্থা আরও খারাপ হয়, ১০টি পাফের পরেও ভালো না লাগে, অথবা আপনার কাছে রিলিভার না থাকে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the ambulance: if it has not come after 10 minutes and you are still no better, do step 2 again.</source>
        <translation>অ্যাম্বুলেন্সের অপেক্ষায় থাকার সময়: ১০ মিনিট পরেও অ্যাম্বুলেন্স না এলে এবং আপনি তখনও ভালো না হলে, আবার ধাপ ২ করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still no better and still no ambulance? Call %1 again at once.</source>
        <translation>এখনও ভালো হননি এবং অ্যাম্বুলেন্স এখনও আসেনি? সঙ্গে সঙ্গে আবার %1 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you get better without calling %1, you still need to see your GP or asthma nurse today: ask for an urgent appointment.</source>
        <translation>%1 নম্বরে ফোন না করেই ভালো হয়ে গেলেও, আজই আপনার জিপি বা হাঁপানি নার্সের সাথে দেখা করতে হবে: জরুরি অ্যাপয়েন্টমেন্ট চান।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sit up straight. Try to keep calm.</source>
        <translation>সোজা হয়ে বসুন। শান্ত থাকার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="-221"/>
        <source>Lips look blue or grey</source>
        <translation>ঠোঁট নীল বা ধূসর দেখাচ্ছে</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+4"/>
        <source>If your symptoms settle and you did not need to call %1, get an urgent same-day appointment with your GP or asthma nurse.</source>
        <translation>উপসর্গ কমে গেলে এবং %1 নম্বরে ফোন করার দরকার না হলে, সেদিনই আপনার জিপি বা হাঁপানি নার্সের সাথে জরুরি অ্যাপয়েন্টমেন্ট নিন।</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Use your inhaler exactly as the red zone of your plan says.</source>
        <translation>আপনার প্ল্যানের লাল জোন যেমন বলে, ঠিক তেমনভাবে ইনহেলার ব্যবহার করুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="-115"/>
        <source>EU scale (EN 13826)</source>
        <translation>EU স্কেল (EN 13826)</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+1"/>
        <source>If you feel worse at any point, or you are not getting better, call %1 for an ambulance.</source>
        <translation>যেকোনো সময় খারাপ লাগলে, অথবা ভালো না হতে থাকলে, অ্যাম্বুলেন্সের জন্য %1 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+116"/>
        <source>Too breathless to speak, eat or sleep</source>
        <translation>এত শ্বাসকষ্ট যে কথা বলা, খাওয়া বা ঘুমানো যাচ্ছে না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever not helping</source>
        <translation>রিলিভার কাজ করছে না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drowsy, confused or exhausted</source>
        <translation>ঝিমুনি, বিভ্রান্তি বা খুব ক্লান্তি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting worse quickly</source>
        <translation>দ্রুত খারাপ হচ্ছে</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The attack steps saved with this plan are not right for this kind of plan, so general steps are shown instead. Ask your nurse or doctor to write the attack steps for your plan.</source>
        <translation>এই প্ল্যানের সাথে সংরক্ষিত আক্রমণের ধাপগুলো এই ধরনের প্ল্যানের জন্য ঠিক নয়, তাই এর বদলে সাধারণ ধাপ দেখানো হচ্ছে। আপনার প্ল্যানের আক্রমণের ধাপ লিখে দিতে আপনার নার্স বা ডাক্তারকে বলুন।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My plan does not say the most reliever puffs I can take in a day: ask my nurse or doctor.</source>
        <translation>আমার প্ল্যানে বলা নেই দিনে আমি সর্বোচ্চ কত রিলিভার পাফ নিতে পারি: আমার নার্স বা ডাক্তারকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most reliever puffs I can take in a day: %1 (as written in my plan).</source>
        <translation>দিনে আমি সর্বোচ্চ যত রিলিভার পাফ নিতে পারি: %1 (আমার প্ল্যানে যেমন লেখা আছে)।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AIR plans are for people aged 12 and over. By the year of birth in this profile (%1), this person may be under 12: check with the nurse or doctor that AIR is right.</source>
        <translation>AIR প্ল্যান ১২ বছর ও তার বেশি বয়সীদের জন্য। এই প্রোফাইলের জন্মসাল (%1) অনুযায়ী এই ব্যক্তির বয়স ১২-র কম হতে পারে: AIR ঠিক কি না তা নার্স বা ডাক্তারের সাথে যাচাই করুন।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please say who agreed this plan with you.</source>
        <translation>অনুগ্রহ করে লিখুন কে আপনার সাথে এই প্ল্যান ঠিক করেছেন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../asthma_app/domain/readings.py" line="+162"/>
        <source>Personal best must be between 60 and 1000 L/min.</source>
        <translation>ব্যক্তিগত সেরা ৬০ থেকে ১০০০ L/min-এর মধ্যে হতে হবে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The red level must be lower than the amber level, and both between 1 and 100 %.</source>
        <translation>লাল সীমা হলুদ সীমার চেয়ে কম হতে হবে, এবং দুটোই ১ থেকে ১০০ %-এর মধ্যে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the emergency phone number.</source>
        <translation>অনুগ্রহ করে জরুরি ফোন নম্বর লিখুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review date can&apos;t be before the plan was agreed.</source>
        <translation>পরের রিভিউয়ের তারিখ প্ল্যান ঠিক করার তারিখের আগে হতে পারে না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do every day (green zone) or at least one medicine.</source>
        <translation>অনুগ্রহ করে প্রতিদিন কী করবেন (সবুজ জোন) লিখুন, অথবা অন্তত একটি ওষুধ যোগ করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do when asthma gets worse (amber zone).</source>
        <translation>অনুগ্রহ করে হাঁপানি খারাপ হলে কী করবেন (হলুদ জোন) লিখুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do in an asthma attack (red zone).</source>
        <translation>অনুগ্রহ করে হাঁপানির আক্রমণে কী করবেন (লাল জোন) লিখুন।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The reliever attack steps are not for MART or AIR plans: use the steps from your own plan.</source>
        <translation>রিলিভারের আক্রমণ-ধাপগুলো MART বা AIR প্ল্যানের জন্য নয়: আপনার নিজের প্ল্যানের ধাপ ব্যবহার করুন।</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Check-in interval must be between 1 hour and 14 days.</source>
        <translation>পরীক্ষার ব্যবধান ১ ঘণ্টা থেকে ১৪ দিনের মধ্যে হতে হবে।</translation>
    </message>
</context>
<context>
    <name>PlanChanges</name>
    <message>
        <location filename="../asthma_app/services/plan_import.py" line="+144"/>
        <source>(none)</source>
        <translation>(কিছু নেই)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with %2</source>
        <translation>%1, %2-এর সাথে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with %2 (%3)</source>
        <translation>%1, %2 (%3)-এর সাথে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symptoms only (no peak flow levels)</source>
        <translation>শুধু উপসর্গ (কোনো পিক ফ্লো মাত্রা নেই)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal best %1 L/min; amber below %2 %, red below %3 %</source>
        <translation>ব্যক্তিগত সেরা %1 L/min; অ্যাম্বার %2 %-এর নিচে, লাল %3 %-এর নিচে</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind of plan</source>
        <translation>প্ল্যানের ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>সম্মত</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (patient or carer)</source>
        <translation>কার সাথে সম্মত (রোগী বা পরিচর্যাকারী)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>পরের রিভিউ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak flow levels</source>
        <translation>পিক ফ্লো মাত্রা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day (green)</source>
        <translation>প্রতিদিন (সবুজ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When worse (amber)</source>
        <translation>খারাপ হলে (অ্যাম্বার)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma attack (red)</source>
        <translation>হাঁপানির আক্রমণ (লাল)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of getting worse</source>
        <translation>খারাপ হওয়ার লক্ষণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of an attack</source>
        <translation>আক্রমণের লক্ষণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>ওষুধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most reliever puffs a day</source>
        <translation>দিনে সর্বোচ্চ রিলিভার পাফ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack steps</source>
        <translation>আক্রমণের ধাপ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation>জরুরি নম্বর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>ট্রিগার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse contact</source>
        <translation>জিপি বা নার্সের যোগাযোগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours contact</source>
        <translation>অফিস সময়ের বাইরে যোগাযোগ</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_editor.py" line="+91"/>
        <source>Action plan: fill in with your nurse or doctor</source>
        <translation>অ্যাকশন প্ল্যান: আপনার নার্স বা ডাক্তারের সাথে পূরণ করুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy your plan exactly as your nurse or doctor wrote it. Saving keeps your old plan in the history.</source>
        <translation>আপনার নার্স বা ডাক্তার যেমন লিখেছেন ঠিক তেমনভাবে প্ল্যানটি লিখুন। সংরক্ষণ করলে পুরনো প্ল্যান ইতিহাসে থেকে যায়।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My plan uses peak flow</source>
        <translation>আমার প্ল্যানে পিক ফ্লো ব্যবহার হয়</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Green zone: what I do every day</source>
        <translation>সবুজ জোন: প্রতিদিন আমি কী করি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone signs, one per line</source>
        <translation>হলুদ জোনের লক্ষণ, প্রতি লাইনে একটি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone: what I do</source>
        <translation>হলুদ জোন: আমি কী করি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone signs, one per line</source>
        <translation>লাল জোনের লক্ষণ, প্রতি লাইনে একটি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone: what I do</source>
        <translation>লাল জোন: আমি কী করি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My triggers, one per line</source>
        <translation>আমার ট্রিগার, প্রতি লাইনে একটি</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not written in my plan</source>
        <translation>আমার প্ল্যানে লেখা নেই</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard steps for this kind of plan</source>
        <translation>এই ধরনের প্ল্যানের আদর্শ ধাপ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own steps, as my nurse or doctor wrote them</source>
        <translation>আমার নিজের ধাপ, যেমন আমার নার্স বা ডাক্তার লিখেছেন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma attack steps, one per line</source>
        <translation>হাঁপানির আক্রমণের ধাপ, প্রতি লাইনে একটি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the attack steps exactly as your plan says, one per line.</source>
        <translation>আপনার প্ল্যানে যেমন বলা আছে ঠিক তেমনভাবে আক্রমণের ধাপগুলো লিখুন, প্রতি লাইনে একটি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard steps are saved as a reference, not as text, so they always show in the language the app is in. For MART and AIR plans they are general steps: use your inhaler as your plan says and call for help.</source>
        <translation>আদর্শ ধাপগুলো লেখা হিসেবে নয়, একটি রেফারেন্স হিসেবে সংরক্ষিত হয়, তাই সেগুলো সবসময় অ্যাপের ভাষায় দেখায়। MART ও AIR প্ল্যানের জন্য এগুলো সাধারণ ধাপ: আপনার প্ল্যান যেমন বলে তেমনভাবে ইনহেলার ব্যবহার করুন এবং সাহায্যের জন্য ফোন করুন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> hours</source>
        <translation> ঘণ্টা</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of plan</source>
        <translation>প্ল্যানের ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (name)</source>
        <translation>যার সাথে ঠিক করা (নাম)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed on</source>
        <translation>ঠিক করার তারিখ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review</source>
        <translation>পরের রিভিউ</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Personal best</source>
        <translation>ব্যক্তিগত সেরা</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Write the plan with the patient. The app checks it as it would at home, and it is kept only in the file you save.</source>
        <translation>রোগীর সাথে প্ল্যান লিখুন। অ্যাপ এটি বাড়ির মতোই যাচাই করে, এবং এটি শুধু আপনার সংরক্ষিত ফাইলে রাখা হয়।</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>For example: Practice nurse</source>
        <translation>যেমন: প্র্যাকটিস নার্স</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Sam and his mum</source>
        <translation>যেমন: স্যাম এবং তার মা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role</source>
        <translation>আপনার ভূমিকা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (patient, parent or carer)</source>
        <translation>কার সাথে সম্মত (রোগী, অভিভাবক বা পরিচর্যাকারী)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name (nurse or doctor)</source>
        <translation>আপনার নাম (নার্স বা ডাক্তার)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meter scale</source>
        <translation>মিটারের স্কেল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone when peak flow is below</source>
        <translation>হলুদ জোন যখন পিক ফ্লো এর নিচে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone when peak flow is below</source>
        <translation>লাল জোন যখন পিক ফ্লো এর নিচে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green: every day</source>
        <translation>সবুজ: প্রতিদিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber signs</source>
        <translation>হলুদ লক্ষণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber: what to do</source>
        <translation>হলুদ: কী করবেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red signs</source>
        <translation>লাল লক্ষণ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red: what to do</source>
        <translation>লাল: কী করবেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>ওষুধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most reliever puffs in a day (MART or AIR)</source>
        <translation>দিনে সর্বোচ্চ রিলিভার পাফ (MART বা AIR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>ট্রিগার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse contact</source>
        <translation>জিপি বা নার্সের যোগাযোগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours contact</source>
        <translation>অফিস সময়ের বাইরে যোগাযোগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation>জরুরি নম্বর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack steps</source>
        <translation>আক্রমণের ধাপ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in at least every</source>
        <translation>অন্তত এত সময় পরপর পরীক্ষা করুন</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems to fix before saving</source>
        <translation>সংরক্ষণের আগে যে সমস্যা ঠিক করতে হবে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as agreed plan</source>
        <translation>ঠিক করা প্ল্যান হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add this suggested line</source>
        <translation>প্রস্তাবিত লাইনটি যোগ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this suggested line: %1</source>
        <translation>প্রস্তাবিত লাইনটি যোগ করুন: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: “%1”</source>
        <translation>প্রস্তাব: “%1”</translation>
    </message>
    <message>
        <location line="+153"/>
        <location line="+10"/>
        <source>Personal best: %1</source>
        <translation>ব্যক্তিগত সেরা: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Please type your own attack steps, or choose the standard steps.</source>
        <translation>অনুগ্রহ করে নিজের আক্রমণের ধাপ লিখুন, অথবা আদর্শ ধাপ বেছে নিন।</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../asthma_app/services/plan_import.py" line="-154"/>
        <source>There is no action plan to save yet. Nothing was saved.</source>
        <translation>সংরক্ষণ করার মতো কোনো অ্যাকশন প্ল্যান এখনো নেই। কিছুই সংরক্ষণ করা হয়নি।</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This plan can&apos;t be used as it stands: %1 Ask your nurse to correct it. Nothing was changed.</source>
        <translation>এই প্ল্যানটি এভাবে ব্যবহার করা যাবে না: %1 আপনার নার্সকে এটি ঠিক করতে বলুন। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/fhir_plan.py" line="+47"/>
        <source>This FHIR file has no action plan (CarePlan) in it. Nothing was changed.</source>
        <translation>এই FHIR ফাইলে কোনো অ্যাকশন প্ল্যান (CarePlan) নেই। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This FHIR file holds more than one action plan, so the app can&apos;t tell which one is yours. Ask for a file with one plan. Nothing was changed.</source>
        <translation>এই FHIR ফাইলে একাধিক অ্যাকশন প্ল্যান আছে, তাই অ্যাপ বুঝতে পারছে না কোনটি আপনার। একটি প্ল্যানসহ ফাইল চান। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This plan does not say which kind of plan it is (preventer and reliever, MART or AIR), and the app will not guess: the attack steps depend on it. Ask your nurse to add it. Nothing was changed.</source>
        <translation>এই প্ল্যানে বলা নেই এটি কোন ধরনের প্ল্যান (প্রিভেন্টার ও রিলিভার, MART বা AIR), এবং অ্যাপ অনুমান করবে না: আক্রমণের ধাপগুলো এর উপর নির্ভর করে। আপনার নার্সকে এটি যোগ করতে বলুন। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This plan does not say when it was agreed. Nothing was changed.</source>
        <translation>এই প্ল্যানে বলা নেই এটি কবে সম্মত হয়েছিল। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No emergency number in the file: 999 is used.</source>
        <translation>ফাইলে কোনো জরুরি নম্বর নেই: 999 ব্যবহার করা হচ্ছে।</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The personal best is not in L/min, so it was not used.</source>
        <translation>ব্যক্তিগত সেরা L/min-এ নেই, তাই ব্যবহার করা হয়নি।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A personal best of %1 L/min is in the file, but not the amber and red levels, so the plan uses symptoms only. Ask your nurse for the levels.</source>
        <translation>ফাইলে %1 L/min ব্যক্তিগত সেরা আছে, কিন্তু অ্যাম্বার ও লাল মাত্রা নেই, তাই প্ল্যানটি শুধু উপসর্গ ব্যবহার করে। আপনার নার্সের কাছে মাত্রাগুলো চান।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/plan_file.py" line="+50"/>
        <source>This file is not an action plan from a nurse. The app opens the plan PDF printed by this app, a .asthmaplan file or a FHIR CarePlan. Nothing was changed.</source>
        <translation>এই ফাইলটি নার্সের দেওয়া অ্যাকশন প্ল্যান নয়। অ্যাপ এই অ্যাপে ছাপা প্ল্যান PDF, একটি .asthmaplan ফাইল বা FHIR CarePlan খোলে। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This plan file is damaged and can&apos;t be read. Ask your nurse for a new copy. Nothing was changed.</source>
        <translation>এই প্ল্যান ফাইলটি ক্ষতিগ্রস্ত এবং পড়া যাচ্ছে না। আপনার নার্সের কাছে নতুন কপি চান। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This plan was written by a newer version of the app (plan format %1). Please update the app, then open the file again. Nothing was changed.</source>
        <translation>এই প্ল্যানটি অ্যাপের নতুন সংস্করণে লেখা (প্ল্যান ফরম্যাট %1)। অ্যাপ আপডেট করুন, তারপর ফাইলটি আবার খুলুন। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/plan_pdf.py" line="+53"/>
        <source>This PDF has no plan inside it. Only the action plan printed by this app (from the nurse&apos;s copy) carries the plan; ask your nurse for the plan file. Nothing was changed.</source>
        <translation>এই PDF-এর ভেতরে কোনো প্ল্যান নেই। শুধু এই অ্যাপে ছাপা অ্যাকশন প্ল্যানে (নার্সের কপি থেকে) প্ল্যানটি থাকে; আপনার নার্সের কাছে প্ল্যান ফাইল চান। কিছুই পরিবর্তন হয়নি।</translation>
    </message>
</context>
<context>
    <name>PlanHandover</name>
    <message>
        <location filename="../asthma_app/ui/plan_handover.py" line="+28"/>
        <source>Open or create the person the plan is for first, then open the plan.</source>
        <translation>প্রথমে যার জন্য প্ল্যান সেই ব্যক্তিকে খুলুন বা তৈরি করুন, তারপর প্ল্যানটি খুলুন।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a plan from my nurse</source>
        <translation>আমার নার্সের দেওয়া প্ল্যান খুলুন</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no name)</source>
        <translation>(নাম নেই)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, born %2</source>
        <translation>%1, জন্ম %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan is for %1, but the diary open now is %2&apos;s. A plan for someone else could give the wrong advice. Use it for %2 anyway?</source>
        <translation>এই প্ল্যানটি %1-এর জন্য, কিন্তু এখন খোলা ডায়েরিটি %2-এর। অন্য কারও প্ল্যান ভুল পরামর্শ দিতে পারে। তবুও কি %2-এর জন্য এটি ব্যবহার করবেন?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan for someone else?</source>
        <translation>অন্য কারও প্ল্যান?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your plan is now the one agreed %1 with %2.</source>
        <translation>এখন আপনার প্ল্যান হলো %1 তারিখে %2-এর সাথে সম্মত প্ল্যানটি।</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+98"/>
        <source>Plan history</source>
        <translation>প্ল্যানের ইতিহাস</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan versions</source>
        <translation>প্ল্যানের সংস্করণ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1: agreed %2 with %3 (saved %4)</source>
        <translation>সংস্করণ %1: %2 তারিখে %3-এর সাথে ঠিক করা (সংরক্ষণ %4)</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_import.py" line="+33"/>
        <source>A plan from your nurse</source>
        <translation>আপনার নার্সের দেওয়া প্ল্যান</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan was agreed on %1 with %2.</source>
        <translation>এই প্ল্যানটি %1 তারিখে %2-এর সাথে সম্মত হয়েছিল।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what changes. Your plan changes only if you choose &quot;Make this my plan&quot;; your earlier plans are kept.</source>
        <translation>কী বদলাচ্ছে দেখুন। আপনি &quot;এটিকে আমার প্ল্যান করুন&quot; বাছলেই শুধু আপনার প্ল্যান বদলাবে; আপনার আগের প্ল্যানগুলো রাখা থাকে।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not used from the file (ask your nurse if any of it matters):</source>
        <translation>ফাইল থেকে ব্যবহার করা হয়নি (এর কিছু গুরুত্বপূর্ণ কিনা আপনার নার্সকে জিজ্ঞাসা করুন):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changes in your plan</source>
        <translation>আপনার প্ল্যানে কী বদলাচ্ছে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the plan</source>
        <translation>প্ল্যানের অংশ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan now</source>
        <translation>আপনার এখনকার প্ল্যান</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now (no plan yet)</source>
        <translation>এখন (এখনও প্ল্যান নেই)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan from the file</source>
        <translation>ফাইলের প্ল্যান</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changes: the file&apos;s plan is the same as yours.</source>
        <translation>কিছুই বদলায় না: ফাইলের প্ল্যান আপনার প্ল্যানের মতোই।</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Other parts of the plan that stay the same: %n</source>
        <translation>
            <numerusform>প্ল্যানের অন্য যে অংশগুলো একই থাকে: %n</numerusform>
            <numerusform>প্ল্যানের অন্য যে অংশগুলো একই থাকে: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this my plan</source>
        <translation>এটিকে আমার প্ল্যান করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="-74"/>
        <source>My action plan</source>
        <translation>আমার অ্যাকশন প্ল্যান</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You don&apos;t have a plan in the app yet. An asthma action plan is written with your GP or asthma nurse. It tells you what to do every day, when your asthma gets worse, and in an asthma attack. Ask for one at your next appointment or asthma review, then fill it in here together. Until then you can still keep your diary.</source>
        <translation>অ্যাপে এখনও আপনার কোনো প্ল্যান নেই। হাঁপানি অ্যাকশন প্ল্যান আপনার জিপি বা হাঁপানি নার্সের সাথে লেখা হয়। এটি বলে প্রতিদিন কী করবেন, হাঁপানি খারাপ হলে কী করবেন, এবং হাঁপানির আক্রমণে কী করবেন। পরের অ্যাপয়েন্টমেন্ট বা হাঁপানি রিভিউতে একটি চান, তারপর একসাথে এখানে পূরণ করুন। ততদিন আপনি ডায়েরি রাখতে পারেন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Change my plan (with my nurse)</source>
        <translation>আমার প্ল্যান বদলান (নার্সের সাথে)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Plan history</source>
        <translation>প্ল্যানের ইতিহাস</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s details and school copy</source>
        <translation>শিশুর তথ্য ও স্কুলের কপি</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="-31"/>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-3"/>
        <location filename="../asthma_app/ui/pages/plan.py" line="+18"/>
        <source>My plan</source>
        <translation>আমার প্ল্যান</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+10"/>
        <source>Enter my plan</source>
        <translation>আমার প্ল্যান লিখুন</translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <location filename="../asthma_app/domain/plan_suggestions.py" line="+22"/>
        <source>If I am not better after %1 days in the amber zone, I see my GP or asthma nurse within %2 hours.</source>
        <translation>অ্যাম্বার জোনে %1 দিন পরেও ভালো না হলে, আমি %2 ঘণ্টার মধ্যে আমার জিপি বা অ্যাজমা নার্সের সাথে দেখা করি।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If I have had no symptoms and have not needed my reliever for %1 weeks, I ask at my review whether my preventer dose can be lowered.</source>
        <translation>%1 সপ্তাহ ধরে কোনো উপসর্গ না থাকলে এবং রিলিভার না লাগলে, আমি রিভিউতে জিজ্ঞেস করি আমার প্রিভেন্টারের ডোজ কমানো যায় কি না।</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/plan_view.py" line="+75"/>
        <source>Learn more: %1</source>
        <translation>আরও জানুন: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more about %1</source>
        <translation>%1 সম্পর্কে আরও জানুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 plan, version %2</source>
        <translation>%1 প্ল্যান, সংস্করণ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed on %1 with %2.</source>
        <translation>%1 তারিখে %2-এর সাথে ঠিক করা।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review: %1.</source>
        <translation>পরের রিভিউ: %1।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (colour: %1)</source>
        <translation> (রং: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GREEN: every day, when my asthma is good</source>
        <translation>সবুজ: প্রতিদিন, যখন হাঁপানি ভালো থাকে</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>When any of these happen:</source>
        <translation>এর যেকোনোটি হলে:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>My personal best peak flow: %1&#xa0;L/min (%2).</source>
        <translation>আমার ব্যক্তিগত সেরা পিক ফ্লো: %1&#xa0;L/min (%2)।</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>My peak flow is below %1&#xa0;L/min (%2&#xa0;% of my best)</source>
        <translation>আমার পিক ফ্লো %1&#xa0;L/min-এর নিচে (আমার সেরার %2&#xa0;%)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>What I do:</source>
        <translation>আমি যা করি:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>AMBER: when my asthma is getting worse</source>
        <translation>হলুদ: যখন হাঁপানি খারাপ হচ্ছে</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asthma attack steps:</source>
        <translation>হাঁপানির আক্রমণের ধাপ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency number: %1</source>
        <translation>জরুরি নম্বর: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RED: asthma attack</source>
        <translation>লাল: হাঁপানির আক্রমণ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My triggers</source>
        <translation>আমার ট্রিগার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse: %1</source>
        <translation>জিপি বা নার্স: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>not given</source>
        <translation>দেওয়া হয়নি</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Out of hours: %1</source>
        <translation>অফিস সময়ের বাইরে: %1</translation>
    </message>
</context>
<context>
    <name>PracticePart</name>
    <message>
        <location filename="../asthma_app/domain/practice_codes.py" line="+61"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action plan at this review</source>
        <translation>এই পর্যালোচনায় অ্যাকশন প্ল্যান</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>RCP 3 Questions</source>
        <translation>RCP 3 প্রশ্ন</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not answered in this period</source>
        <translation>এই সময়ে উত্তর দেওয়া হয়নি</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered %1: %2 of 3 yes</source>
        <translation>%1 তারিখে উত্তর: 3টির মধ্যে %2টি হ্যাঁ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trouble sleeping because of asthma (last month)</source>
        <translation>হাঁপানির কারণে ঘুমের সমস্যা (গত মাস)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usual asthma symptoms during the day (last month)</source>
        <translation>দিনের বেলা হাঁপানির স্বাভাবিক উপসর্গ (গত মাস)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asthma stopped usual activities (last month)</source>
        <translation>হাঁপানি স্বাভাবিক কাজকর্ম থামিয়েছে (গত মাস)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (total entered from a licensed form)</source>
        <translation>%1 (লাইসেন্সকৃত ফর্ম থেকে লেখা মোট)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1, %2 তারিখে</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reliever use</source>
        <translation>রিলিভারের ব্যবহার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1 of %2 days with a diary entry (about %3 days a week)</source>
        <translation>ডায়েরিতে লেখা %2 দিনের মধ্যে %1 দিন (সপ্তাহে প্রায় %3 দিন)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No diary entries in this period</source>
        <translation>এই সময়ে ডায়েরিতে কিছু লেখা নেই</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions for the nurse</source>
        <translation>নার্সের জন্য প্রশ্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>কিছু নেই</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written action plan held</source>
        <translation>লিখিত অ্যাকশন প্ল্যান আছে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plan in the app</source>
        <translation>অ্যাপে কোনো প্ল্যান নেই</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes: agreed %1 with %2</source>
        <translation>হ্যাঁ: %1 তারিখে %2-এর সাথে সম্মত</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attacks since the last review</source>
        <translation>শেষ পর্যালোচনার পর থেকে আক্রমণ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attacks in the last 12 months</source>
        <translation>গত 12 মাসে আক্রমণ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;E visits since the last review</source>
        <translation>শেষ পর্যালোচনার পর থেকে A&amp;E-তে যাওয়া</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hospital admissions since the last review</source>
        <translation>শেষ পর্যালোচনার পর থেকে হাসপাতালে ভর্তি</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 since the last review</source>
        <translation>শেষ পর্যালোচনার পর থেকে: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../asthma_app/ui/printing/documents.py" line="+75"/>
        <source>%1 — asthma action plan agreed %2</source>
        <translation>%1 — হাঁপানি অ্যাকশন প্ল্যান, ঠিক করা হয়েছে %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My asthma action plan</source>
        <translation>আমার হাঁপানি অ্যাকশন প্ল্যান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with %1 on %2. Plan version %3.</source>
        <translation>%1-এর সাথে %2 তারিখে ঠিক করা। প্ল্যানের সংস্করণ %3।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed with %1 (%2) on %3. Plan version %4.</source>
        <translation>%3 তারিখে %1 (%2)-এর সাথে সম্মত। প্ল্যান সংস্করণ %4।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed by: %1.</source>
        <translation>সম্মতি দিয়েছেন: %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <translation>পরের রিভিউ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My personal best peak flow: %1 L/min (%2 scale).</source>
        <translation>আমার ব্যক্তিগত সেরা পিক ফ্লো: %1 L/min (%2 স্কেল)।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Peak flow below %1 L/min.</source>
        <translation>পিক ফ্লো %1 L/min-এর নিচে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call %1 straight away if</source>
        <translation>সঙ্গে সঙ্গে %1-এ ফোন করুন যদি</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GREEN</source>
        <translation>সবুজ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green zone — every day, when my asthma is good</source>
        <translation>সবুজ জোন — প্রতিদিন, যখন আমার হাঁপানি ভালো থাকে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMBER</source>
        <translation>হলুদ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber zone — when my asthma is getting worse</source>
        <translation>হলুদ জোন — যখন আমার হাঁপানি খারাপ হচ্ছে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RED</source>
        <translation>লাল</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red zone — asthma attack: act now</source>
        <translation>লাল জোন — হাঁপানির আক্রমণ: এখনই ব্যবস্থা নিন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own plan, written with your nurse or doctor. Bring it to every asthma review.</source>
        <translation>এটি আপনার নিজের প্ল্যান, আপনার নার্স বা ডাক্তারের সাথে লেখা। প্রতিটি হাঁপানি রিভিউতে এটি সঙ্গে আনুন।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medicine</source>
        <translation>ওষুধ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to take it</source>
        <translation>কীভাবে নেবেন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In an asthma attack:</source>
        <translation>হাঁপানির আক্রমণে:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency number</source>
        <translation>জরুরি নম্বর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My GP or asthma nurse</source>
        <translation>আমার জিপি বা হাঁপানি নার্স</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of hours</source>
        <translation>অফিস সময়ের বাইরে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My triggers</source>
        <translation>আমার ট্রিগার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/pdf.py" line="+53"/>
        <source>Page %1 of %2</source>
        <translation>পৃষ্ঠা %1, মোট %2</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Asthma action plan</source>
        <translation>হাঁপানি অ্যাকশন প্ল্যান</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asthma review summary</source>
        <translation>হাঁপানি রিভিউয়ের সারসংক্ষেপ</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../asthma_app/domain/profile.py" line="+33"/>
        <source>Please enter a name.</source>
        <translation>অনুগ্রহ করে একটি নাম লিখুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use a shorter name (80 letters at most).</source>
        <translation>অনুগ্রহ করে ছোট নাম ব্যবহার করুন (সর্বোচ্চ ৮০ অক্ষর)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the year of birth.</source>
        <translation>অনুগ্রহ করে জন্মের বছর দেখে নিন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/nhs_number.py" line="+53"/>
        <source>This is not a valid NHS number: it has 10 digits and the last one checks the others. Please copy it again from a letter from your practice, or leave it empty.</source>
        <translation>এটি বৈধ NHS নম্বর নয়: এতে 10টি অঙ্ক থাকে এবং শেষ অঙ্কটি বাকিগুলো যাচাই করে। আপনার প্র্যাকটিসের চিঠি থেকে আবার কপি করুন, অথবা খালি রাখুন।</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../asthma_app/qt_strings.py" line="+93"/>
        <source>Drive</source>
        <translation>ড্রাইভ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>ফোল্ডার</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-36"/>
        <source>&amp;Look in:</source>
        <translation>&amp;এখানে দেখুন:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>ফাইলের &amp;নাম:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>ফাইলের &amp;ধরন:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;খুলুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;নতুন ফোল্ডার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;নাম বদলান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;মুছুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>লুকানো ফাইল &amp;দেখান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>সামনে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>উপরের ফোল্ডার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>তালিকা দৃশ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>বিস্তারিত দৃশ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>পিছনে যান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>সামনে যান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>উপরের ফোল্ডারে যান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>একটি নতুন ফোল্ডার তৈরি করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>তালিকা দৃশ্যে বদলান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>বিস্তারিত দৃশ্যে বদলান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>পার্শ্ব প্যানেল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>স্থান ও বুকমার্কের তালিকা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 আগে থেকেই আছে।
আপনি কি এর জায়গায় নতুন ফাইল রাখতে চান?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>পরিবর্তনের তারিখ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>কম্পিউটার</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-54"/>
        <source>&amp;Undo</source>
        <translation>&amp;পূর্বাবস্থায় ফেরান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;পুনরায় করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;কাটুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;কপি করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;পেস্ট করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>সব নির্বাচন করুন</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;হ্যাঁ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;না</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;পূর্বাবস্থায় ফেরান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;পুনরায় করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;কাটুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;কপি করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;পেস্ট করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>সব নির্বাচন করুন</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../asthma_app/ui/widgets/read_aloud.py" line="+39"/>
        <location line="+59"/>
        <source>Read aloud</source>
        <translation>জোরে পড়ুন</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 (Ctrl+R)</source>
        <translation>%1 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop reading</source>
        <translation>পড়া থামান</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="-132"/>
        <source>Morning</source>
        <translation>সকাল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>সন্ধ্যা</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1&#xa0;L/min can&apos;t be right: peak flow meters read between %2 and %3&#xa0;L/min. Please check the number.</source>
        <translation>%1&#xa0;L/min ঠিক হতে পারে না: পিক ফ্লো মিটার %2 থেকে %3&#xa0;L/min পর্যন্ত দেখায়। অনুগ্রহ করে সংখ্যাটি দেখে নিন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&#xa0;L/min is unusual. Please check you typed it right.</source>
        <translation>%1&#xa0;L/min অস্বাভাবিক। অনুগ্রহ করে দেখে নিন ঠিক লিখেছেন কি না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&#xa0;L/min is more than 20&#xa0;% above your personal best of %2. Please check the reading. If it is right, talk to your nurse about a new personal best.</source>
        <translation>%1&#xa0;L/min আপনার ব্যক্তিগত সেরা %2-এর চেয়ে ২০&#xa0;%-এর বেশি উপরে। অনুগ্রহ করে রিডিংটি দেখে নিন। ঠিক হলে নতুন ব্যক্তিগত সেরা নিয়ে আপনার নার্সের সাথে কথা বলুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/typed_numbers.py" line="+137"/>
        <source>Please type a number.</source>
        <translation>অনুগ্রহ করে একটি সংখ্যা লিখুন।</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>“%1” is not a number. Type the number the pointer shows, for example 450.</source>
        <translation>“%1” কোনো সংখ্যা নয়। কাঁটা যে সংখ্যা দেখায় তা লিখুন, যেমন 450।</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This looks like litres per second. The app uses litres per minute (L/min): type the number on your meter&apos;s L/min scale.</source>
        <translation>এটি লিটার প্রতি সেকেন্ড মনে হচ্ছে। অ্যাপটি লিটার প্রতি মিনিট (L/min) ব্যবহার করে: মিটারের L/min স্কেলের সংখ্যা লিখুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a whole number. This looks like litres per second: the app uses whole litres per minute (L/min). Type the number on your meter&apos;s L/min scale, for example 450.</source>
        <translation>“%1” পূর্ণ সংখ্যা নয়। এটি লিটার প্রতি সেকেন্ড মনে হচ্ছে: অ্যাপটি পূর্ণ লিটার প্রতি মিনিট (L/min) ব্যবহার করে। আপনার মিটারের L/min স্কেলের সংখ্যাটি লিখুন, যেমন 450।</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="+12"/>
        <source>Please enter one to three blows.</source>
        <translation>অনুগ্রহ করে এক থেকে তিনটি ফুঁ লিখুন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a number from 0 to %1.</source>
        <translation>রিলিভারের পাফ ০ থেকে %1-এর মধ্যে একটি সংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/diary.py" line="+58"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>এই তারিখ ও সময় ভবিষ্যতের। অনুগ্রহ করে দেখে নিন।</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../asthma_app/storage/recovery.py" line="+134"/>
        <source>The damaged file still held %1 entries saved after that backup: they have been added to your diary.</source>
        <translation>ক্ষতিগ্রস্ত ফাইলে ওই ব্যাকআপের পরে সংরক্ষিত %1টি এন্ট্রি তখনও ছিল: সেগুলো আপনার ডায়েরিতে যোগ করা হয়েছে।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your diary file was damaged. The app has put the damaged file aside in %1 (it is not deleted) and brought back your backup from %2.

Your diary now runs up to %2. Anything you saved after that is not in it, so please add it again if you can.</source>
        <translation>আপনার ডায়েরির ফাইল নষ্ট হয়ে গিয়েছিল। অ্যাপটি নষ্ট ফাইলটি %1-এ সরিয়ে রেখেছে (এটি মোছা হয়নি) এবং %2-এর ব্যাকআপ ফিরিয়ে এনেছে।

আপনার ডায়েরিতে এখন %2 পর্যন্ত লেখা আছে। এর পরে আপনি যা সংরক্ষণ করেছিলেন তা এতে নেই, তাই সম্ভব হলে আবার যোগ করুন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries had a damaged date, time or choice and could not be put back in your diary. They are still in the damaged file that was put aside.</source>
        <translation>%1টি এন্ট্রির তারিখ, সময় বা পছন্দ ক্ষতিগ্রস্ত ছিল এবং সেগুলো আপনার ডায়েরিতে ফেরানো যায়নি। সেগুলো এখনও আলাদা করে রাখা ক্ষতিগ্রস্ত ফাইলে আছে।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your diary file was damaged and there was no backup to bring back. The app has put the damaged file aside in %1 (it is not deleted) and saved what it could still read into a new diary: %2 peak-flow readings, %3 symptom entries and %4 plan versions.

Some entries may be missing. Please check your diary and your plan.</source>
        <translation>আপনার ডায়েরির ফাইল নষ্ট হয়ে গিয়েছিল এবং ফিরিয়ে আনার মতো কোনো ব্যাকআপ ছিল না। অ্যাপটি নষ্ট ফাইলটি %1-এ সরিয়ে রেখেছে (এটি মোছা হয়নি) এবং যা এখনও পড়া গেছে তা একটি নতুন ডায়েরিতে সংরক্ষণ করেছে: %2টি পিক ফ্লো রিডিং, উপসর্গের %3টি লেখা এবং প্ল্যানের %4টি সংস্করণ।

কিছু লেখা হয়তো হারিয়ে গেছে। অনুগ্রহ করে আপনার ডায়েরি ও প্ল্যান দেখে নিন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list of tables in the file was damaged too, so only what SQLite could still read was saved. The damaged file is kept, so more may be recovered from it later.</source>
        <translation>ফাইলের টেবিলের তালিকাও ক্ষতিগ্রস্ত ছিল, তাই SQLite এখনও যা পড়তে পেরেছে শুধু তা-ই সংরক্ষণ করা হয়েছে। ক্ষতিগ্রস্ত ফাইলটি রাখা আছে, তাই পরে এটি থেকে আরও কিছু উদ্ধার করা যেতে পারে।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some entries in your diary file were damaged: %1 of them hold letters that could not be read. The app has put the damaged file aside in %2 (it is not deleted) and copied everything into a new diary; the letters that could not be read are shown as �.

Please check your notes and your plan. Your backups are on the Backups page if you would rather bring one back.</source>
        <translation>আপনার ডায়েরি ফাইলের কিছু এন্ট্রি ক্ষতিগ্রস্ত ছিল: এর মধ্যে %1টিতে এমন অক্ষর আছে যা পড়া যায়নি। অ্যাপটি ক্ষতিগ্রস্ত ফাইলটি %2-এ আলাদা করে রেখেছে (এটি মোছা হয়নি) এবং সবকিছু একটি নতুন ডায়েরিতে কপি করেছে; যে অক্ষরগুলো পড়া যায়নি সেগুলো � হিসেবে দেখানো হয়েছে।

অনুগ্রহ করে আপনার নোট এবং আপনার পরিকল্পনা দেখে নিন। আপনি যদি কোনো ব্যাকআপ ফিরিয়ে আনতে চান, আপনার ব্যাকআপগুলো ব্যাকআপ পাতায় আছে।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some entries in your diary file were damaged. The app has put the damaged file aside in %1 (it is not deleted) and copied everything it could read into a new diary.

Please check your diary. Your backups are on the Backups page if you would rather bring one back.</source>
        <translation>আপনার ডায়েরি ফাইলের কিছু এন্ট্রি ক্ষতিগ্রস্ত ছিল। অ্যাপটি ক্ষতিগ্রস্ত ফাইলটি %1-এ আলাদা করে রেখেছে (এটি মোছা হয়নি) এবং যা পড়া গেছে তার সবকিছু একটি নতুন ডায়েরিতে কপি করেছে।

অনুগ্রহ করে আপনার ডায়েরি দেখে নিন। আপনি যদি কোনো ব্যাকআপ ফিরিয়ে আনতে চান, আপনার ব্যাকআপগুলো ব্যাকআপ পাতায় আছে।</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../asthma_app/domain/regions.py" line="+21"/>
        <source>United Kingdom</source>
        <translation>যুক্তরাজ্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>আয়ারল্যান্ড</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union (other)</source>
        <translation>ইউরোপীয় ইউনিয়ন (অন্যান্য)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States or Canada</source>
        <translation>যুক্তরাষ্ট্র বা কানাডা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>অস্ট্রেলিয়া</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>নিউজিল্যান্ড</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../asthma_app/ui/reminders.py" line="-76"/>
        <source>Reminder</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>সরান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the reminder</source>
        <translation>রিমাইন্ডারটি সরান</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location line="-89"/>
        <source>Asthma Plan &amp; Diary</source>
        <translation>হাঁপানি প্ল্যান ও ডায়েরি</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location line="+180"/>
        <source>Reminders</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me (while the app is open)</source>
        <translation>আমাকে মনে করিয়ে দিন (অ্যাপ খোলা থাকার সময়)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preventer dose</source>
        <translation>প্রিভেন্টারের ডোজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak-flow reading</source>
        <translation>পিক ফ্লো রিডিং</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for: </source>
        <translation>সময় হয়েছে: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no notification area (system tray), so reminders cannot be shown. Set them on your phone or another device instead.</source>
        <translation>এই কম্পিউটারে কোনো নোটিফিকেশন এলাকা (সিস্টেম ট্রে) নেই, তাই রিমাইন্ডার দেখানো যাবে না। এর বদলে আপনার ফোনে বা অন্য কোনো যন্ত্রে সেগুলো সেট করুন।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You also get a reminder when your plan&apos;s review date is a week away.</source>
        <translation>আপনার প্ল্যানের রিভিউয়ের তারিখের এক সপ্তাহ আগেও আপনি একটি রিমাইন্ডার পাবেন।</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../asthma_app/services/reminders.py" line="+48"/>
        <source>Time for your preventer, as your plan says.</source>
        <translation>আপনার প্ল্যান অনুযায়ী প্রিভেন্টার নেওয়ার সময় হয়েছে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to blow your peak flow and log it.</source>
        <translation>পিক ফ্লো মিটারে ফুঁ দিয়ে তা লেখার সময় হয়েছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your asthma review is due. Book it with your GP surgery.</source>
        <translation>আপনার হাঁপানি রিভিউয়ের সময় হয়েছে। আপনার জিপি সার্জারিতে বুক করুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have a reminder from this app. Unlock it to see it.</source>
        <translation>এই অ্যাপ থেকে আপনার জন্য একটি রিমাইন্ডার আছে। দেখতে অ্যাপটি আনলক করুন।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your asthma review is due on %1. Book it with your GP surgery.</source>
        <translation>%1 তারিখে আপনার হাঁপানি রিভিউয়ের সময়। আপনার জিপি সার্জারিতে বুক করুন।</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../asthma_app/storage/restore.py" line="-7"/>
        <source>This backup does not hold %1&apos;s diary (it was made before they were added, or on another diary), so nothing was brought back. Nothing was changed.</source>
        <translation>এই ব্যাকআপে %1-এর ডায়েরি নেই (এটি তাঁকে যোগ করার আগে, বা অন্য একটি ডায়েরিতে তৈরি হয়েছিল), তাই কিছুই ফিরিয়ে আনা হয়নি। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This backup could not be brought back because its rows do not fit together. Nothing was changed.</source>
        <translation>এই ব্যাকআপটি ফিরিয়ে আনা গেল না, কারণ এর সারিগুলো একে অপরের সঙ্গে মেলে না। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault_restore.py" line="+82"/>
        <source>This backup does not open with your passphrase: it belongs to someone else, or it is not a backup of this app. Nothing was changed.</source>
        <translation>এই ব্যাকআপ আপনার পাসফ্রেজ দিয়ে খোলে না: এটি অন্য কারও, অথবা এই অ্যাপের ব্যাকআপ নয়। কিছুই বদলানো হয়নি।</translation>
    </message>
</context>
<context>
    <name>ReviewBanners</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_banners.py" line="+15"/>
        <source>It&apos;s time for your monthly check: three quick questions about how your asthma has been.</source>
        <translation>আপনার মাসিক যাচাইয়ের সময় হয়েছে: আপনার হাঁপানি কেমন ছিল তা নিয়ে তিনটি ছোট প্রশ্ন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>এখনই উত্তর দিন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>এখন না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened</source>
        <translation>কী হয়েছিল তা লিখে রাখুন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No thanks</source>
        <translation>না, ধন্যবাদ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You were in the red zone on %1. Did you have an asthma attack or need urgent care? Your nurse will want to know at your review.</source>
        <translation>%1 তারিখে আপনি লাল জোনে ছিলেন। আপনার কি হাঁপানির আক্রমণ হয়েছিল, বা জরুরি চিকিৎসা লেগেছিল? আপনার রিভিউতে নার্স এটি জানতে চাইবেন।</translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <location filename="../asthma_app/ui/printing/review_chart.py" line="+55"/>
        <source>Chart: no peak-flow readings in this period.</source>
        <translation>চার্ট: এই সময়ে কোনো পিক ফ্লো রিডিং নেই।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: %1 peak-flow readings from %2 to %3, from %4 to %5 L/min.</source>
        <translation>চার্ট: %2 থেকে %3 পর্যন্ত %1টি পিক ফ্লো রিডিং, %4 থেকে %5 L/min।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal best %1 L/min. %2 readings were below the amber line (%3 L/min) and %4 below the red line (%5 L/min).</source>
        <translation>ব্যক্তিগত সেরা %1 L/min। %2টি রিডিং অ্যাম্বার রেখার (%3 L/min) নিচে ছিল এবং %4টি লাল রেখার (%5 L/min) নিচে।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No peak-flow readings in this period.</source>
        <translation>এই সময়ে কোনো পিক ফ্লো রিডিং নেই।</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Peak flow, L/min (%1 scale)</source>
        <translation>পিক ফ্লো, L/min (%1 স্কেল)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal best</source>
        <translation>ব্যক্তিগত সেরা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber below</source>
        <translation>হলুদ এর নিচে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red below</source>
        <translation>লাল এর নিচে</translation>
    </message>
</context>
<context>
    <name>ReviewChecklistView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_checklist.py" line="+36"/>
        <source>For you and your nurse to fill in together at your review. Leave anything that was not talked about as &quot;not asked&quot;.</source>
        <translation>রিভিউয়ের সময় আপনি ও আপনার নার্স একসাথে পূরণ করবেন। যা নিয়ে কথা হয়নি তা &quot;জিজ্ঞেস করা হয়নি&quot; হিসেবে রেখে দিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Date of the review</source>
        <translation>রিভিউয়ের তারিখ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Inhaler technique checked</source>
        <translation>ইনহেলার ব্যবহারের কৌশল পরীক্ষা করা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date inhaler technique checked</source>
        <translation>ইনহেলার ব্যবহারের কৌশল পরীক্ষার তারিখ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhaler device checked</source>
        <translation>পরীক্ষা করা ইনহেলার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a spacer</source>
        <translation>স্পেসার ব্যবহার করে</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Smoking</source>
        <translation>ধূমপান</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Second-hand smoke at home or in the car</source>
        <translation>বাড়িতে বা গাড়িতে অন্যের ধোঁয়া</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flu vaccine this season</source>
        <translation>এই মৌসুমে ফ্লু টিকা</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Action plan</source>
        <translation>অ্যাকশন প্ল্যান</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What I want to talk about at this review</source>
        <translation>এই রিভিউতে আমি যা নিয়ে কথা বলতে চাই</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save checklist</source>
        <translation>চেকলিস্ট সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inhaler device</source>
        <translation>ইনহেলার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacer</source>
        <translation>স্পেসার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second-hand smoke</source>
        <translation>অন্যের ধোঁয়া</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My agenda for the review</source>
        <translation>রিভিউয়ের জন্য আমার বিষয়গুলো</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not asked</source>
        <translation>জিজ্ঞেস করা হয়নি</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Flu vaccine this season (%1)</source>
        <translation>এই মৌসুমে ফ্লু টিকা (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting from your last review&apos;s checklist (%1): check each answer again.</source>
        <translation>আপনার আগের রিভিউয়ের চেকলিস্ট (%1) থেকে শুরু: প্রতিটি উত্তর আবার দেখুন।</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checklist saved for the review on %1.</source>
        <translation>%1 তারিখের রিভিউয়ের চেকলিস্ট সংরক্ষিত হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/review.py" line="+57"/>
        <source>Review sections</source>
        <translation>রিভিউয়ের অংশ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is my asthma?</source>
        <translation>আমার হাঁপানি কেমন?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks</source>
        <translation>আক্রমণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>My questions</source>
        <translation>আমার প্রশ্ন</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Summary</source>
        <translation>সারাংশ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse&apos;s checklist</source>
        <translation>নার্সের চেকলিস্ট</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My asthma review</source>
        <translation>আমার হাঁপানি রিভিউ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+2"/>
        <location filename="../asthma_app/ui/pages/review.py" line="+4"/>
        <source>Review</source>
        <translation>রিভিউ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/review.py" line="+7"/>
        <source>Three questions about the last month (RCP 3 Questions). Answer yes or no.</source>
        <translation>গত মাস নিয়ে তিনটি প্রশ্ন (RCP 3 Questions)। হ্যাঁ বা না উত্তর দিন।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save my answers</source>
        <translation>আমার উত্তর সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier answers</source>
        <translation>আগের উত্তর</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A score from a form your nurse gave you</source>
        <translation>আপনার নার্সের দেওয়া ফর্মের স্কোর</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save score</source>
        <translation>স্কোর সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which form</source>
        <translation>কোন ফর্ম</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total score</source>
        <translation>মোট স্কোর</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Saved: %1 score %2. %3</source>
        <translation>সংরক্ষিত: %1 স্কোর %2। %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record an asthma attack, or any time you needed urgent care for your asthma.</source>
        <translation>হাঁপানির আক্রমণ হলে, বা হাঁপানির জন্য যখনই জরুরি চিকিৎসা লেগেছে, তা লিখে রাখুন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened? Tick all that apply.</source>
        <translation>কী হয়েছিল? যা যা হয়েছিল সবগুলোতে টিক দিন।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attack</source>
        <translation>আক্রমণ সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attacks recorded</source>
        <translation>লিখে রাখা আক্রমণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected attack</source>
        <translation>বাছাই করা আক্রমণ মুছুন</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved. UK guidance asks for a follow-up appointment after this kind of care: a reminder is now on Today until you mark it booked or done.</source>
        <translation>সংরক্ষিত হয়েছে। এই ধরনের চিকিৎসার পরে যুক্তরাজ্যের নির্দেশিকা একটি ফলো-আপ অ্যাপয়েন্টমেন্ট চায়: আপনি অ্যাপয়েন্টমেন্ট নেওয়া বা সম্পন্ন হিসেবে চিহ্নিত না করা পর্যন্ত আজকের পাতায় একটি রিমাইন্ডার থাকবে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: %2 score %3</source>
        <translation>%1: %2 স্কোর %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no care recorded</source>
        <translation>কোনো চিকিৎসা লেখা হয়নি</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (answered)</source>
        <translation>%1 (উত্তর পাওয়া গেছে)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Better than last time (%1 before, %2 now).</source>
        <translation>গতবারের চেয়ে ভালো (আগে %1, এখন %2)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worse than last time (%1 before, %2 now).</source>
        <translation>গতবারের চেয়ে খারাপ (আগে %1, এখন %2)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as last time (%1).</source>
        <translation>গতবারের মতোই (%1)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write down what you want to ask at your next review.</source>
        <translation>পরের রিভিউতে যা জিজ্ঞেস করতে চান তা লিখে রাখুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New question</source>
        <translation>নতুন প্রশ্ন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add question</source>
        <translation>প্রশ্ন যোগ করুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark as answered</source>
        <translation>উত্তর পাওয়া গেছে বলে চিহ্নিত করুন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove question</source>
        <translation>প্রশ্ন সরান</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../asthma_app/ui/printing/review_document.py" line="+30"/>
        <source>no data</source>
        <translation>কোনো তথ্য নেই</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — asthma review summary, %2 to %3</source>
        <translation>%1 — হাঁপানি রিভিউয়ের সারসংক্ষেপ, %2 থেকে %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asthma review summary</source>
        <translation>হাঁপানি রিভিউয়ের সারসংক্ষেপ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 (%3 days). Made on %4.</source>
        <translation>%1 থেকে %2 পর্যন্ত (%3 দিন)। তৈরি %4 তারিখে।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medicines in the plan</source>
        <translation>প্ল্যানের ওষুধ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My questions for the review</source>
        <translation>রিভিউয়ের জন্য আমার প্রশ্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None written.</source>
        <translation>কিছু লেখা হয়নি।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review asks</source>
        <translation>পর্যালোচনা জানতে চায়</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>উত্তর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNOMED CT code</source>
        <translation>SNOMED CT কোড</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no code (as text)</source>
        <translation>কোনো কোড নেই (লেখা হিসেবে)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For your practice</source>
        <translation>আপনার প্র্যাকটিসের জন্য</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an asthma review template asks, from this diary, each with the SNOMED CT code a practice would record. The nurse checks the answers and decides what to code.</source>
        <translation>হাঁপানি পর্যালোচনার টেমপ্লেট যা জানতে চায়, এই ডায়েরি থেকে, প্রতিটির সাথে সেই SNOMED CT কোড যা প্র্যাকটিস লিখে রাখবে। নার্স উত্তরগুলো যাচাই করে ঠিক করেন কী কোড করবেন।</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+80"/>
        <source>Action plan</source>
        <translation>অ্যাকশন প্ল্যান</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No action plan recorded.</source>
        <translation>কোনো অ্যাকশন প্ল্যান লেখা নেই।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>ঠিক করা নেই</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (overdue)</source>
        <translation>%1 (সময় পেরিয়ে গেছে)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>সংস্করণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with</source>
        <translation>যার সাথে ঠিক করা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>ঠিক করার তারিখ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 দিন আগে)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review</source>
        <translation>পরের রিভিউ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal best</source>
        <translation>ব্যক্তিগত সেরা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 L/min (%2 scale)</source>
        <translation>%1 L/min (%2 স্কেল)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symptom-only plan</source>
        <translation>শুধু লক্ষণভিত্তিক প্ল্যান</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last 12 months at a glance</source>
        <translation>গত ১২ মাস এক নজরে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2.</source>
        <translation>%1 থেকে %2 পর্যন্ত।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the %2 days with a diary entry (about %3 days a week)</source>
        <translation>%2 দিনের মধ্যে %1 দিন ডায়েরিতে লেখা আছে (সপ্তাহে প্রায় %3 দিন)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no diary entries</source>
        <translation>ডায়েরিতে কিছু লেখা নেই</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma attacks recorded</source>
        <translation>লিখে রাখা হাঁপানির আক্রমণ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses of steroid tablets</source>
        <translation>স্টেরয়েড ট্যাবলেটের কোর্স</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;E visits</source>
        <translation>A&amp;E-তে যাওয়া</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulance called</source>
        <translation>অ্যাম্বুলেন্স ডাকা হয়েছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays in hospital</source>
        <translation>হাসপাতালে ভর্তি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours doctor or NHS 111</source>
        <translation>অফিস সময়ের বাইরে ডাক্তার বা NHS 111</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks with reliever used on more than %1 days</source>
        <translation>যে সপ্তাহগুলোতে %1 দিনের বেশি রিলিভার ব্যবহার হয়েছে</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What UK guidance says about these totals</source>
        <translation>এই মোট সংখ্যাগুলো নিয়ে যুক্তরাজ্যের নির্দেশিকা কী বলে</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the nurse checked</source>
        <translation>নার্স কী পরীক্ষা করেছেন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No review checklist filled in yet.</source>
        <translation>এখনও কোনো রিভিউ চেকলিস্ট পূরণ করা হয়নি।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>জিজ্ঞাসা করা হয়নি</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checked on %1</source>
        <translation>%1 তারিখে পরীক্ষা করা হয়েছে</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review on %1.</source>
        <translation>%1 তারিখে রিভিউ।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhaler technique</source>
        <translation>ইনহেলার ব্যবহারের কৌশল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacer</source>
        <translation>স্পেসার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoking</source>
        <translation>ধূমপান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second-hand smoke</source>
        <translation>অন্যের ধোঁয়া</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flu vaccine this season (%1)</source>
        <translation>এই মৌসুমে ফ্লু টিকা (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My agenda for the review</source>
        <translation>রিভিউয়ের জন্য আমার বিষয়গুলো</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none written</source>
        <translation>কিছু লেখা হয়নি</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asthma control</source>
        <translation>হাঁপানি নিয়ন্ত্রণ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No RCP 3 Questions answered in this period.</source>
        <translation>এই সময়ে RCP 3 প্রশ্নের উত্তর দেওয়া হয়নি।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCP 3 Questions on %1:</source>
        <translation>RCP 3 প্রশ্ন, %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All RCP 3 scores (newest first): %1</source>
        <translation>সব RCP 3 স্কোর (নতুনটি আগে): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 a week)</source>
        <translation>%1 (সপ্তাহে %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms and reliever</source>
        <translation>লক্ষণ ও রিলিভার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a diary entry</source>
        <translation>ডায়েরিতে লেখা থাকা দিন</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Days reliever used</source>
        <translation>রিলিভার ব্যবহারের দিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken by asthma</source>
        <translation>হাঁপানির কারণে ঘুম ভাঙা রাত</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in the green zone</source>
        <translation>সবুজ জোনে থাকা দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the amber zone</source>
        <translation>হলুদ জোনে থাকা দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the red zone</source>
        <translation>লাল জোনে থাকা দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with no readings or diary</source>
        <translation>রিডিং বা ডায়েরি ছাড়া দিন</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak flow</source>
        <translation>পিক ফ্লো</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Readings</source>
        <translation>রিডিং</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average morning</source>
        <translation>সকালের গড়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average evening</source>
        <translation>সন্ধ্যার গড়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>সর্বোচ্চ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>সর্বনিম্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest as % of personal best</source>
        <translation>সর্বনিম্ন, ব্যক্তিগত সেরার % হিসেবে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average daily variability</source>
        <translation>দৈনিক ওঠানামার গড়</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attacks and urgent care</source>
        <translation>আক্রমণ ও জরুরি চিকিৎসা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None recorded in this period.</source>
        <translation>এই সময়ে কিছু লেখা নেই।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no care recorded</source>
        <translation>কোনো চিকিৎসা লেখা নেই</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/medicines_section.py" line="+24"/>
        <source>No figure: no doses were due in this period (the plan gives no times for its regular medicines).</source>
        <translation>কোনো সংখ্যা নেই: এই সময়ে কোনো ডোজ নির্ধারিত ছিল না (পরিকল্পনায় নিয়মিত ওষুধের সময় দেওয়া নেই)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % (doses due: %2; logged as taken: %3; logged as not taken: %4; not logged: %5)</source>
        <translation>%1 % (নির্ধারিত ডোজ: %2; নেওয়া হয়েছে বলে লেখা: %3; নেওয়া হয়নি বলে লেখা: %4; লেখা হয়নি: %5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medicines taken</source>
        <translation>নেওয়া ওষুধ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preventer doses taken</source>
        <translation>নেওয়া প্রতিরোধক ডোজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever inhalers started in the last month</source>
        <translation>গত মাসে শুরু করা উপশমকারী ইনহেলার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever inhalers started in the last 3 months</source>
        <translation>গত 3 মাসে শুরু করা উপশমকারী ইনহেলার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever inhalers started in the last 12 months</source>
        <translation>গত 12 মাসে শুরু করা উপশমকারী ইনহেলার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever puffs logged in this period</source>
        <translation>এই সময়ে লেখা উপশমকারী পাফ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (about %2 a week)</source>
        <translation>%1 (সপ্তাহে প্রায় %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most days with reliever in one week</source>
        <translation>এক সপ্তাহে উপশমকারী ব্যবহারের সর্বোচ্চ দিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the plan does not give the times for this medicine, so its doses are not counted.</source>
        <translation>%1: পরিকল্পনায় এই ওষুধের সময় দেওয়া নেই, তাই এর ডোজ গোনা হয় না।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from what was logged in the app and the inhalers started in it; the inhaler&apos;s own counter and the prescription record are the ones to check.</source>
        <translation>অ্যাপে যা লেখা হয়েছে এবং এতে শুরু করা ইনহেলার থেকে গোনা; মিলিয়ে দেখার জন্য ইনহেলারের নিজের কাউন্টার ও প্রেসক্রিপশনের রেকর্ডই আসল।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What UK guidance says about reliever use</source>
        <translation>উপশমকারী ব্যবহার নিয়ে যুক্তরাজ্যের নির্দেশিকা কী বলে</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_summary.py" line="+37"/>
        <location line="+15"/>
        <source>From</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>To</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show</source>
        <translation>দেখান</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review summary</source>
        <translation>রিভিউয়ের সারাংশ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF...</source>
        <translation>PDF সংরক্ষণ করুন...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print...</source>
        <translation>প্রিন্ট...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export...</source>
        <translation>এক্সপোর্ট...</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save PDF</source>
        <translation>PDF সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>সংরক্ষিত হয়নি</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../asthma_app/domain/schedule.py" line="+29"/>
        <source>Not set</source>
        <translation>ঠিক করা নেই</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every morning</source>
        <translation>প্রতিদিন সকালে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every evening</source>
        <translation>প্রতিদিন সন্ধ্যায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every morning and evening</source>
        <translation>প্রতিদিন সকাল ও সন্ধ্যায়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other times, as agreed</source>
        <translation>অন্য সময়, যেমন ঠিক হয়েছে</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Morning</source>
        <translation>সকাল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>সন্ধ্যা</translation>
    </message>
</context>
<context>
    <name>SchoolCopy</name>
    <message>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+38"/>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy for school</source>
        <translation>স্কুলের জন্য কপি</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child&apos;s details</source>
        <translation>শিশুর বিবরণ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/pdf.py" line="+11"/>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+11"/>
        <source>Asthma plan: copy for school or nursery</source>
        <translation>হাঁপানি প্ল্যান: স্কুল বা নার্সারির জন্য কপি</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+5"/>
        <source>Born in %1</source>
        <translation>জন্মের বছর: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call %1 now if you see any of these:</source>
        <translation>এগুলোর কোনোটি দেখলে এখনই %1-এ ফোন করুন:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In an asthma attack</source>
        <translation>হাঁপানির আক্রমণে</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reliever inhaler</source>
        <translation>রিলিভার ইনহেলার</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not written in the plan</source>
        <translation>প্ল্যানে লেখা নেই</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Uses a spacer</source>
        <translation>স্পেসার ব্যবহার করে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a mask with the spacer</source>
        <translation>স্পেসারের সাথে মাস্ক ব্যবহার করে</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drug allergies</source>
        <translation>ওষুধে অ্যালার্জি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>কিছু লেখা নেই</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Who to call</source>
        <translation>কাকে ফোন করবেন</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency</source>
        <translation>জরুরি</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Parent or carer</source>
        <translation>বাবা-মা বা পরিচর্যাকারী</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>লেখা নেই</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>GP or asthma nurse</source>
        <translation>জিপি বা হাঁপানি নার্স</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+61"/>
        <source>School or nursery contact</source>
        <translation>স্কুল বা নার্সারির যোগাযোগ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the asthma action plan agreed on %1 with %2.</source>
        <translation>%1 তারিখে %2-এর সাথে ঠিক করা হাঁপানি অ্যাকশন প্ল্যান থেকে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action plan recorded: these are the general UK attack steps. Ask the child&apos;s nurse or doctor for a written plan.</source>
        <translation>কোনো অ্যাকশন প্ল্যান লেখা নেই: এগুলো হাঁপানির আক্রমণের জন্য যুক্তরাজ্যের সাধারণ ধাপ। শিশুর নার্স বা ডাক্তারের কাছে একটি লিখিত প্ল্যান চান।</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+76"/>
        <source>Copy given to the school or nursery on %1.</source>
        <translation>%1 তারিখে স্কুল বা নার্সারিকে কপি দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — asthma plan, school copy</source>
        <translation>%1 — হাঁপানি প্ল্যান, স্কুলের কপি</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+21"/>
        <source>Passphrase and lock</source>
        <translation>পাসফ্রেজ ও লক</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>কখনও না</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes without use</source>
        <translation>ব্যবহার না হলে %1 মিনিট পরে</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>বর্তমান পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>নতুন পাসফ্রেজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>একই পাসফ্রেজ আবার</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the app</source>
        <translation>অ্যাপ লক করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this passphrase is forgotten, this diary cannot be opened by anyone: not by you, not by your GP practice or nurse, not by the makers of this app. There is no way to reset it. Keep your printed asthma plan, and an export of your diary, somewhere safe.</source>
        <translation>এই পাসফ্রেজ ভুলে গেলে এই ডায়েরি কেউ খুলতে পারবে না: আপনি নন, আপনার জিপি প্র্যাকটিস বা নার্স নন, এই অ্যাপের নির্মাতারাও নন। এটি রিসেট করার কোনো উপায় নেই। আপনার ছাপানো অ্যাজমা প্ল্যান এবং আপনার ডায়েরির একটি এক্সপোর্ট কোনো নিরাপদ জায়গায় রাখুন।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand: a forgotten passphrase means this diary is lost.</source>
        <translation>আমি বুঝেছি: পাসফ্রেজ ভুলে গেলে এই ডায়েরি হারিয়ে যাবে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove passphrase</source>
        <translation>পাসফ্রেজ সরান</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A passphrase keeps this person&apos;s diary private from others using this computer. It is stored only in a scrambled form: if it is forgotten, it cannot be read back.</source>
        <translation>পাসফ্রেজ এই ব্যক্তির ডায়েরি এই কম্পিউটারের অন্য ব্যবহারকারীদের থেকে গোপন রাখে। এটি শুধু এলোমেলো করা রূপে রাখা হয়: ভুলে গেলে এটি আর পড়ে ফেরত পাওয়া যায় না।</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Please type the current passphrase first.</source>
        <translation>অনুগ্রহ করে প্রথমে বর্তমান পাসফ্রেজটি টাইপ করুন।</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The two passphrases are different.</source>
        <translation>দুটি পাসফ্রেজ আলাদা।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use at least 4 characters.</source>
        <translation>অনুগ্রহ করে অন্তত ৪টি অক্ষর ব্যবহার করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To lock the app, first choose a passphrase.</source>
        <translation>অ্যাপ লক করতে আগে একটি পাসফ্রেজ বেছে নিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please confirm that you understand what happens if the passphrase is forgotten.</source>
        <translation>পাসফ্রেজ ভুলে গেলে কী হয় তা আপনি বুঝেছেন, অনুগ্রহ করে নিশ্চিত করুন।</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../asthma_app/ui/speech.py" line="+92"/>
        <source>Read aloud is not available: no speech program is installed on this computer.</source>
        <translation>জোরে পড়া এখন পাওয়া যাচ্ছে না: এই কম্পিউটারে কোনো কথা বলার প্রোগ্রাম ইনস্টল করা নেই।</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read aloud is not available right now: the computer&apos;s speech program did not start.</source>
        <translation>জোরে পড়া এখন পাওয়া যাচ্ছে না: কম্পিউটারের কথা বলার প্রোগ্রাম চালু হয়নি।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read aloud is not available in %1: there is no voice for this language on this computer.</source>
        <translation>%1 ভাষায় জোরে পড়া পাওয়া যাচ্ছে না: এই কম্পিউটারে এই ভাষার কোনো কণ্ঠ নেই।</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read aloud stopped: the computer&apos;s speech program is not working.</source>
        <translation>জোরে পড়া থেমে গেছে: কম্পিউটারের কথা বলার প্রোগ্রাম কাজ করছে না।</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../asthma_app/app.py" line="+349"/>
        <source>The data folder %1 could not be made: %2

Choose a folder you can write to (for example with --data-dir).</source>
        <translation>ডেটা ফোল্ডার %1 তৈরি করা যায়নি: %2

এমন একটি ফোল্ডার বেছে নিন যেখানে লেখা যায় (যেমন --data-dir দিয়ে)।</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+40"/>
        <source>This period</source>
        <translation>এই সময়</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the diary shows</source>
        <translation>ডায়েরি যা দেখায়</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Peak flow readings</source>
        <translation>পিক ফ্লো রিডিং</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average morning</source>
        <translation>সকালের গড়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average evening</source>
        <translation>সন্ধ্যার গড়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>সর্বোচ্চ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>সর্বনিম্ন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest % of best</source>
        <translation>সেরার সর্বনিম্ন %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variability</source>
        <translation>ওঠানামা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days green / amber / red</source>
        <translation>সবুজ / হলুদ / লাল দিন</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with no data</source>
        <translation>তথ্য ছাড়া দিন</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Reliever days a week</source>
        <translation>সপ্তাহে রিলিভারের দিন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken a week</source>
        <translation>সপ্তাহে ঘুম ভাঙা রাত</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings missed</source>
        <translation>বাদ পড়া রিডিং</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../asthma_app/commands/diary.py" line="-83"/>
        <source>The diary file is damaged. Start the app to repair it: it keeps the damaged file and tells you what it brought back. Nothing was changed.</source>
        <translation>ডায়েরি ফাইলটি ক্ষতিগ্রস্ত। এটি ঠিক করতে অ্যাপটি চালু করুন: এটি ক্ষতিগ্রস্ত ফাইলটি রেখে দেয় এবং কী ফিরিয়ে আনা হলো তা আপনাকে জানায়। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/errors.py" line="+83"/>
        <source>The data folder is read-only, so nothing can be saved. Nothing was changed.</source>
        <translation>ডেটা ফোল্ডারটি শুধু পড়ার জন্য, তাই কিছুই সংরক্ষণ করা যাবে না। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not allow the app to change the data folder, so nothing can be saved. Nothing was changed.</source>
        <translation>এই কম্পিউটার অ্যাপটিকে ডেটা ফোল্ডার বদলানোর অনুমতি দেয় না, তাই কিছুই সংরক্ষণ করা যাবে না। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so this could not be saved. Nothing was changed.</source>
        <translation>ডিস্ক ভর্তি, তাই এটি সংরক্ষণ করা যায়নি। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary is in use by another program. Close it and try again. Nothing was changed.</source>
        <translation>ডায়েরিটি অন্য একটি প্রোগ্রাম ব্যবহার করছে। সেটি বন্ধ করে আবার চেষ্টা করুন। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary file is damaged, so this could not be done. Close the app and start it again: it checks the file and repairs what it can.</source>
        <translation>ডায়েরির ফাইলটি ক্ষতিগ্রস্ত, তাই এটি করা যায়নি। অ্যাপটি বন্ধ করে আবার চালু করুন: এটি ফাইলটি পরীক্ষা করে যতটা পারে ঠিক করে।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a diary of this app (or it is damaged beyond reading), so it could not be used.</source>
        <translation>এই ফাইলটি এই অ্যাপের ডায়েরি নয় (অথবা এত ক্ষতিগ্রস্ত যে পড়া যায় না), তাই এটি ব্যবহার করা যায়নি।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk could not be read or written, so this could not be done. Check that the disk or memory stick is still connected, then try again.</source>
        <translation>ডিস্কটি পড়া বা তাতে লেখা যায়নি, তাই এটি করা যায়নি। ডিস্ক বা মেমরি স্টিক এখনও সংযুক্ত আছে কিনা দেখে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diary file could not be opened. Check that the data folder still exists and that you may use it.</source>
        <translation>ডায়েরির ফাইলটি খোলা যায়নি। ডেটা ফোল্ডারটি এখনও আছে কিনা এবং আপনি সেটি ব্যবহার করতে পারেন কিনা দেখুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/database.py" line="+189"/>
        <source>The diary could not be opened or saved (%1). Nothing was changed.</source>
        <translation>ডায়েরিটি খোলা বা সংরক্ষণ করা যায়নি (%1)। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault.py" line="+61"/>
        <source>This person&apos;s encrypted diary could not be opened with that passphrase. Nothing was changed.</source>
        <translation>এই ব্যক্তির এনক্রিপ্ট করা ডায়েরি ওই পাসফ্রেজ দিয়ে খোলা যায়নি। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person&apos;s encrypted diary is damaged and could not be opened. Nothing was changed; their encrypted backups are kept in the data folder&apos;s backups.</source>
        <translation>এই ব্যক্তির এনক্রিপ্ট করা ডায়েরি ক্ষতিগ্রস্ত, তাই খোলা যায়নি। কিছুই বদলানো হয়নি; তাঁর এনক্রিপ্ট করা ব্যাকআপগুলি ডেটা ফোল্ডারের ব্যাকআপে রাখা আছে।</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault_moves.py" line="+39"/>
        <source>The diary could not be moved safely, so nothing was changed. Please try again.</source>
        <translation>ডায়েরিটি নিরাপদে সরানো যায়নি, তাই কিছুই বদলানো হয়নি। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/symptoms.py" line="+51"/>
        <source>How is your asthma?</source>
        <translation>আপনার হাঁপানি কেমন?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time</source>
        <translation>তারিখ ও সময়</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I had asthma symptoms during the day</source>
        <translation>দিনের বেলা আমার হাঁপানির উপসর্গ ছিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I woke up at night because of my asthma</source>
        <translation>হাঁপানির কারণে রাতে আমার ঘুম ভেঙেছিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma stopped me doing things I usually do</source>
        <translation>হাঁপানির কারণে আমি স্বাভাবিক কাজ করতে পারিনি</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Reliever puffs today</source>
        <translation>আজ রিলিভারের পাফ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amber signs from your plan</source>
        <translation>আপনার প্ল্যানের হলুদ লক্ষণ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red signs from your plan</source>
        <translation>আপনার প্ল্যানের লাল লক্ষণ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggers I met</source>
        <translation>যে ট্রিগারের মুখোমুখি হয়েছি</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Other triggers, separated by commas</source>
        <translation>অন্য ট্রিগার, কমা দিয়ে আলাদা করুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>নোট (ঐচ্ছিক)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zone from these answers</source>
        <translation>এই উত্তরগুলো থেকে জোন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No plan yet, so no zone. Your answers go in your diary.</source>
        <translation>এখনও প্ল্যান নেই, তাই কোনো জোন নেই। আপনার উত্তর ডায়েরিতে যাবে।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo change to symptom entry</source>
        <translation>উপসর্গের লেখার পরিবর্তন ফেরান</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="-113"/>
        <location line="+10"/>
        <source>Are you still there?</source>
        <translation>আপনি কি এখনও আছেন?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Time-out warning</source>
        <translation>সময় শেষ হওয়ার সতর্কতা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m still here</source>
        <translation>আমি এখনও আছি</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To keep your information private, this screen will be cleared in %1 seconds. Press the button if you need more time.</source>
        <translation>আপনার তথ্য গোপন রাখতে, %1 সেকেন্ড পরে এই স্ক্রিন মুছে ফেলা হবে। আরও সময় লাগলে বোতামটি চাপুন।</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-4"/>
        <location filename="../asthma_app/ui/pages/today.py" line="+20"/>
        <location line="+36"/>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/today.py" line="-32"/>
        <source>Log peak flow</source>
        <translation>পিক ফ্লো লিখুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log how I feel</source>
        <translation>আমি কেমন বোধ করছি লিখুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add my action plan</source>
        <translation>আমার অ্যাকশন প্ল্যান যোগ করুন</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Next asthma review: %1.</source>
        <translation>পরের হাঁপানি রিভিউ: %1।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your review is overdue: please book it with your GP surgery.</source>
        <translation>আপনার রিভিউয়ের সময় পেরিয়ে গেছে: অনুগ্রহ করে জিপি সার্জারিতে বুক করুন।</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/topic_view.py" line="+38"/>
        <source>Topic text</source>
        <translation>বিষয়ের লেখা</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>ছোট লেখা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bigger text</source>
        <translation>বড় লেখা</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>প্রিন্ট</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this topic</source>
        <translation>এই বিষয়টি প্রিন্ট করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this topic aloud</source>
        <translation>এই বিষয়টি জোরে পড়ে শোনান</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This topic is not in your language yet, so it is shown in English.</source>
        <translation>এই বিষয়টি এখনও আপনার ভাষায় নেই, তাই ইংরেজিতে দেখানো হচ্ছে।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This translation has not yet been checked by a fluent speaker.</source>
        <translation>ভাষাটি সাবলীলভাবে বলেন এমন কেউ এখনও এই অনুবাদ যাচাই করেননি।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last reviewed: %1</source>
        <translation>শেষ যাচাই: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1</source>
        <translation>সূত্র: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Print topic</source>
        <translation>বিষয় প্রিন্ট করুন</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <location filename="../asthma_app/domain/trend_notes.py" line="+33"/>
        <source>Your action plan lists this as an amber sign: “%1”.</source>
        <translation>আপনার অ্যাকশন প্ল্যানে এটি একটি হলুদ লক্ষণ: “%1”।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reliever used on %1 of the %2 days in this period.</source>
        <translation>এই সময়ের %2 দিনের মধ্যে %1 দিন রিলিভার ব্যবহার হয়েছে।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever used on %1 of the %2 days with a diary entry (days without an entry: %3).</source>
        <translation>ডায়েরিতে লেখা থাকা %2 দিনের মধ্যে %1 দিন রিলিভার ব্যবহার হয়েছে (লেখা ছাড়া দিন: %3)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 days a week on average.</source>
        <translation>গড়ে সপ্তাহে %1 দিন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reliever</source>
        <translation>রিলিভার</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woken at night by asthma on %1 of the %2 days in this period.</source>
        <translation>এই সময়ের %2 দিনের মধ্যে %1 দিন হাঁপানির কারণে রাতে ঘুম ভেঙেছে।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woken at night by asthma on %1 of the %2 days with a diary entry (days without an entry: %3).</source>
        <translation>ডায়েরিতে লেখা থাকা %2 দিনের মধ্যে %1 দিন হাঁপানির কারণে রাতে ঘুম ভেঙেছে (লেখা ছাড়া দিন: %3)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night</source>
        <translation>রাতে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No peak flow readings in this period.</source>
        <translation>এই সময়ে কোনো পিক ফ্লো রিডিং নেই।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average morning peak flow: %1 L/min.</source>
        <translation>সকালের গড় পিক ফ্লো: %1 L/min।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average evening peak flow: %1 L/min.</source>
        <translation>সন্ধ্যার গড় পিক ফ্লো: %1 L/min।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest reading %1 L/min, lowest %2 L/min.</source>
        <translation>সর্বোচ্চ রিডিং %1 L/min, সর্বনিম্ন %2 L/min।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lowest reading was %1 % of the personal best in your plan at the time.</source>
        <translation>সর্বনিম্ন রিডিং ছিল তখনকার প্ল্যানের ব্যক্তিগত সেরার %1 %।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak flow varied by %1 % on average between morning and evening (days with both readings: %2).</source>
        <translation>সকাল ও সন্ধ্যার মধ্যে পিক ফ্লো গড়ে %1 % বদলেছে (দুটি রিডিংই আছে এমন দিন: %2)।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 morning and evening readings were not recorded.</source>
        <translation>সকাল ও সন্ধ্যার %2টি রিডিংয়ের মধ্যে %1টি লেখা হয়নি।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days in the green zone: %1. Amber zone: %2. Red zone: %3. No data: %4.</source>
        <translation>সবুজ জোনে দিন: %1। হলুদ জোন: %2। লাল জোন: %3। তথ্য নেই: %4।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days with data but no zone, because no plan with zones was in force: %1.</source>
        <translation>তথ্য আছে কিন্তু জোন নেই এমন দিন, কারণ তখন জোনসহ কোনো প্ল্যান চালু ছিল না: %1।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No diary entries in this period.</source>
        <translation>এই সময়ে ডায়েরিতে কোনো লেখা নেই।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings left out of these figures because they could not be converted to one meter scale: %1.</source>
        <translation>যে রিডিংগুলো এক মিটার স্কেলে বদলানো যায়নি বলে এই হিসাবে রাখা হয়নি: %1।</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/trends.py" line="+302"/>
        <source>No zone: there was no plan with a personal best then.</source>
        <translation>কোনো জোন নেই: তখন ব্যক্তিগত সেরাসহ কোনো প্ল্যান ছিল না।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest reading was %1 % of the personal best in your plan then: %2.</source>
        <translation>সর্বনিম্ন রিডিং ছিল তখনকার প্ল্যানের ব্যক্তিগত সেরার %1 %: %2।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of the personal best in your plan then: %2.</source>
        <translation>তখনকার প্ল্যানের ব্যক্তিগত সেরার %1 %: %2।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reading, %2: %3 L/min.</source>
        <translation>%1-এর রিডিং, %2: %3 L/min।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 readings in the %2 days from %3: lowest %4 L/min, highest %5 L/min, average %6 L/min (%7 readings).</source>
        <translation>%3 থেকে %2 দিনে %1-এর রিডিং: সর্বনিম্ন %4 L/min, সর্বোচ্চ %5 L/min, গড় %6 L/min (%7টি রিডিং)।</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+23"/>
        <source>no doses due (no times in the plan)</source>
        <translation>কোনো নির্ধারিত ডোজ নেই (পরিকল্পনায় সময় নেই)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % (%2 of %3 due)</source>
        <translation>%1 % (%3 নির্ধারিতের মধ্যে %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preventer doses taken</source>
        <translation>নেওয়া প্রতিরোধক ডোজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>no figure</source>
        <translation>কোনো সংখ্যা নেই</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses taken / due</source>
        <translation>নেওয়া / নির্ধারিত ডোজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever puffs a week</source>
        <translation>সপ্তাহে উপশমকারী পাফ</translation>
    </message>
</context>
<context>
    <name>TrendsCharts</name>
    <message>
        <location filename="../asthma_app/ui/charts.py" line="+322"/>
        <source>Personal best in your plan</source>
        <translation>আপনার প্ল্যানের ব্যক্তিগত সেরা</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever puffs</source>
        <translation>রিলিভারের পাফ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken</source>
        <translation>ঘুম ভাঙা রাত</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventer doses taken</source>
        <translation>নেওয়া প্রতিরোধক ডোজ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Morning: blue solid line with round dots. Evening: purple dashed line with triangles. Dotted black line: the personal best in your plan. Background: green, amber and red zones from the plan in force on each day.</source>
        <translation>সকাল: গোল বিন্দুসহ নীল টানা রেখা। সন্ধ্যা: ত্রিভুজসহ বেগুনি ভাঙা ভাঙা রেখা। কালো বিন্দু-বিন্দু রেখা: আপনার প্ল্যানের ব্যক্তিগত সেরা। পটভূমি: প্রতিদিন যে প্ল্যান চালু ছিল তার সবুজ, হলুদ ও লাল জোন।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Peak flow chart</source>
        <translation>পিক ফ্লো চার্ট</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever puffs chart</source>
        <translation>রিলিভারের পাফের চার্ট</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken chart</source>
        <translation>ঘুম ভাঙা রাতের চার্ট</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventer doses taken chart</source>
        <translation>নেওয়া প্রতিরোধক ডোজের চার্ট</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Green zone</source>
        <translation>সবুজ জোন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber zone</source>
        <translation>হলুদ জোন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone</source>
        <translation>লাল জোন</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lowest to highest</source>
        <translation>সর্বনিম্ন থেকে সর্বোচ্চ</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Peak flow (L/min)</source>
        <translation>পিক ফ্লো (L/min)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Peak flow (L/min): average, lowest and highest in each %n days</source>
        <translation>
            <numerusform>পিক ফ্লো (L/min): প্রতি %n দিনে গড়, সর্বনিম্ন ও সর্বোচ্চ</numerusform>
            <numerusform>পিক ফ্লো (L/min): প্রতি %n দিনে গড়, সর্বনিম্ন ও সর্বোচ্চ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliever puffs each day</source>
        <translation>প্রতিদিন রিলিভারের পাফ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woken at night by asthma (1 = yes)</source>
        <translation>হাঁপানির কারণে রাতে ঘুম ভেঙেছে (1 = হ্যাঁ)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reliever puffs in each %n days</source>
        <translation>
            <numerusform>প্রতি %n দিনে রিলিভারের পাফ</numerusform>
            <numerusform>প্রতি %n দিনে রিলিভারের পাফ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nights woken by asthma in each %n days</source>
        <translation>
            <numerusform>প্রতি %n দিনে হাঁপানির কারণে ঘুম ভাঙা রাত</numerusform>
            <numerusform>প্রতি %n দিনে হাঁপানির কারণে ঘুম ভাঙা রাত</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preventer doses taken: none due in this period (the plan gives no times for its regular medicines, or there was no plan), so there is no figure.</source>
        <translation>নেওয়া প্রতিরোধক ডোজ: এই সময়ে কোনোটি নির্ধারিত ছিল না (পরিকল্পনায় নিয়মিত ওষুধের সময় নেই, বা কোনো পরিকল্পনা ছিল না), তাই কোনো সংখ্যা নেই।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preventer doses taken each day, as a per cent of the doses due (from what you logged)</source>
        <translation>প্রতিদিন নেওয়া প্রতিরোধক ডোজ, নির্ধারিত ডোজের শতাংশ হিসেবে (আপনার লেখা থেকে)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Preventer doses taken in each %n days, as a per cent of the doses due (from what you logged)</source>
        <translation>
            <numerusform>প্রতি %n দিনে নেওয়া প্রতিরোধক ডোজ, নির্ধারিত ডোজের শতাংশ হিসেবে (আপনার লেখা থেকে)</numerusform>
            <numerusform>প্রতি %n দিনে নেওয়া প্রতিরোধক ডোজ, নির্ধারিত ডোজের শতাংশ হিসেবে (আপনার লেখা থেকে)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/trends.py" line="+171"/>
        <location line="+187"/>
        <source>Click a dot on the chart to see that reading.</source>
        <translation>সেই রিডিং দেখতে চার্টের একটি বিন্দুতে ক্লিক করুন।</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+3"/>
        <location filename="../asthma_app/ui/pages/trends.py" line="-172"/>
        <location line="+92"/>
        <source>Trends</source>
        <translation>প্রবণতা</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/trends.py" line="-70"/>
        <source>2 weeks</source>
        <translation>২ সপ্তাহ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 months</source>
        <translation>৩ মাস</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>১ বছর</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>সব</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>নিজে বেছে নিন</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this period</source>
        <translation>এই সময় দেখান</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Earlier</source>
        <translation>← আগের</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>আগের সময়</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later →</source>
        <translation>পরের →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>পরের সময়</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+163"/>
        <source>View as table</source>
        <translation>টেবিল হিসেবে দেখুন</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Save chart as PNG…</source>
        <translation>চার্ট PNG হিসেবে সংরক্ষণ করুন…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find my personal best…</source>
        <translation>আমার ব্যক্তিগত সেরা খুঁজে বের করুন…</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 থেকে %2 (%n দিন)</numerusform>
            <numerusform>%1 থেকে %2 (%n দিন)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>View as chart</source>
        <translation>চার্ট হিসেবে দেখুন</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save chart as PNG</source>
        <translation>চার্ট PNG হিসেবে সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG ছবি (*.png)</translation>
    </message>
</context>
<context>
    <name>TrendsTables</name>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+35"/>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>বেলা</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Peak flow</source>
        <translation>পিক ফ্লো</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>% of best</source>
        <translation>সেরার %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>জোন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak flow readings table</source>
        <translation>পিক ফ্লো রিডিংয়ের টেবিল</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>শুরু</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>দিন</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reliever puffs</source>
        <translation>রিলিভারের পাফ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken</source>
        <translation>ঘুম ভাঙা রাত</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preventer doses taken</source>
        <translation>নেওয়া প্রতিরোধক ডোজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever and nights table</source>
        <translation>রিলিভার ও রাতের টেবিল</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reliever and nights woken</source>
        <translation>রিলিভার ও ঘুম ভাঙা রাত</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no diary entry</source>
        <translation>ডায়েরিতে কোনো লেখা নেই</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../asthma_app/ui/workers.py" line="+179"/>
        <source>This file was not imported. Nothing was changed.

%1</source>
        <translation>এই ফাইলটি আমদানি করা হয়নি। কিছুই বদলানো হয়নি।

%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong, so this was not finished. Nothing was changed. Please try again.</source>
        <translation>কিছু একটা ভুল হয়েছে, তাই এটি শেষ হয়নি। কিছুই বদলানো হয়নি। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message>
        <location filename="../asthma_app/domain/zones.py" line="+22"/>
        <source>Green zone: your usual asthma</source>
        <translation>সবুজ জোন: আপনার স্বাভাবিক হাঁপানি</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone: your asthma is getting worse</source>
        <translation>হলুদ জোন: আপনার হাঁপানি খারাপ হচ্ছে</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone: asthma attack</source>
        <translation>লাল জোন: হাঁপানির আক্রমণ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green</source>
        <translation>সবুজ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber</source>
        <translation>হলুদ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>লাল</translation>
    </message>
</context>
<context>
    <name>ZoneCard</name>
    <message>
        <location filename="../asthma_app/ui/widgets/zone_card.py" line="+33"/>
        <source>What your plan says to do</source>
        <translation>আপনার প্ল্যান কী করতে বলে</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learn more</source>
        <translation>আরও জানুন</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read my zone aloud</source>
        <translation>আমার জোন জোরে পড়ে শোনান</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this attack</source>
        <translation>এই অ্যাটাকটি লিখে রাখুন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afterwards: write down what happened and what care you needed, for your follow-up and review</source>
        <translation>পরে: কী হয়েছিল এবং কী চিকিৎসা লেগেছিল তা লিখুন, আপনার ফলো-আপ ও রিভিউয়ের জন্য</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No zone yet</source>
        <translation>এখনও কোনো জোন নেই</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ OUT OF DATE: check again now.</source>
        <translation>⚠ পুরনো তথ্য: এখনই আবার পরীক্ষা করুন।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ NOT ALL UP TO DATE: check again now.</source>
        <translation>⚠ সবকিছু হালনাগাদ নয়: এখনই আবার দেখুন।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Based on what you logged at %1.</source>
        <translation>%1-এ আপনি যা লিখেছেন তার ভিত্তিতে।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From your action plan (agreed %1 with %2).</source>
        <translation>আপনার অ্যাকশন প্ল্যান থেকে (%1 তারিখে %2-এর সাথে ঠিক করা)।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learn more: what to do in an asthma attack</source>
        <translation>আরও জানুন: হাঁপানির আক্রমণে কী করবেন</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more: when your asthma is getting worse</source>
        <translation>আরও জানুন: যখন আপনার হাঁপানি খারাপ হচ্ছে</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peak flow: none logged yet, and your plan uses peak flow. Do a peak flow now.</source>
        <translation>পিক ফ্লো: এখনও কোনোটি লেখা হয়নি, আর আপনার প্ল্যান পিক ফ্লো ব্যবহার করে। এখনই একটি পিক ফ্লো করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak flow out of date: your last one, at %1, was in the %2 zone (%3). Your plan asks you to check at least every %4 hours: do a peak flow now.</source>
        <translation>পিক ফ্লো পুরোনো: আপনার শেষটি, %1-এ, জোন: %2 (%3)। আপনার প্ল্যান অন্তত প্রতি %4 ঘণ্টায় দেখতে বলে: এখনই একটি পিক ফ্লো করুন।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you feel is out of date: your last entry, at %1, was in the %2 zone (%3). Your plan asks you to check at least every %4 hours: log how you feel now.</source>
        <translation>আপনি কেমন বোধ করছেন তা পুরোনো: আপনার শেষ এন্ট্রি, %1-এ, জোন: %2 (%3)। আপনার প্ল্যান অন্তত প্রতি %4 ঘণ্টায় দেখতে বলে: এখনই লিখুন আপনি কেমন বোধ করছেন।</translation>
    </message>
</context>
</TS>
