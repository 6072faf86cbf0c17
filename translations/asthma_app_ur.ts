<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="+68"/>
        <source> (at least %1 L/min on your plan&apos;s meter scale)</source>
        <translation> (آپ کے پلان کے میٹر پیمانے پر کم از کم ⁦%1 L/min⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (at most %1 L/min on your plan&apos;s meter scale)</source>
        <translation> (آپ کے پلان کے میٹر پیمانے پر زیادہ سے زیادہ ⁦%1 L/min⁩)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 L/min on your plan&apos;s meter scale)</source>
        <translation> (آپ کے پلان کے میٹر پیمانے پر ⁦%1 L/min⁩)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 L/min%2 is %3 % of your best of %4: below your red level of %5 %.</source>
        <translation>⁦%1 L/min⁩%2 آپ کے بہترین %4 کا ⁦%3 %⁩ ہے: آپ کی سرخ حد ⁦%5 %⁩ سے کم۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 L/min%2 is %3 % of your best of %4: below your amber level of %5 %.</source>
        <translation>⁦%1 L/min⁩%2 آپ کے بہترین %4 کا ⁦%3 %⁩ ہے: آپ کی پیلی حد ⁦%5 %⁩ سے کم۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 L/min%2 is %3 % of your best of %4: at or above your amber level of %5 %.</source>
        <translation>⁦%1 L/min⁩%2 آپ کے بہترین %4 کا ⁦%3 %⁩ ہے: آپ کی پیلی حد ⁦%5 %⁩ پر یا اس سے اوپر۔</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>You told us: %1</source>
        <translation>آپ نے بتایا: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your plan&apos;s warning signs were ticked.</source>
        <translation>آپ کے پلان کی کسی خطرے کی علامت پر نشان نہیں لگایا گیا۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You don&apos;t have an action plan in the app yet.</source>
        <translation>ابھی ایپ میں آپ کا کوئی ایکشن پلان نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your GP or asthma nurse for a personal asthma action plan, then add it under “%1”.</source>
        <translation>اپنے جی پی یا دمے کی نرس سے ذاتی دمہ ایکشن پلان مانگیں، پھر اسے “%1” میں شامل کریں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log a peak flow or how you feel today to see your zone.</source>
        <translation>اپنا زون دیکھنے کے لیے پیک فلو لکھیں یا یہ لکھیں کہ آج آپ کیسا محسوس کر رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log how you feel today to see your zone.</source>
        <translation>اپنا زون دیکھنے کے لیے لکھیں کہ آج آپ کیسا محسوس کر رہے ہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings or symptoms logged yet.</source>
        <translation>ابھی تک کوئی ریڈنگ یا علامات نہیں لکھی گئیں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No peak flow logged yet, and your plan uses peak flow.</source>
        <translation>ابھی تک کوئی پیک فلو نہیں لکھا گیا، اور آپ کا پلان پیک فلو استعمال کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is out of date: your plan asks you to check at least every %1 hours. Log a new reading or how you feel now.</source>
        <translation>یہ پرانا ہے: آپ کا پلان کہتا ہے کہ کم از کم ہر %1 گھنٹے بعد چیک کریں۔ نئی ریڈنگ لکھیں یا لکھیں کہ ابھی آپ کیسا محسوس کر رہے ہیں۔</translation>
    </message>
</context>
<context>
    <name>AttackDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/attack.py" line="+36"/>
        <source>Asthma attack: what to do now</source>
        <translation>دمے کا دورہ: ابھی کیا کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Asthma attack steps</source>
        <translation>دمے کے دورے کے مراحل</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Call %1 now if you have any of these danger signs:</source>
        <translation>اگر آپ میں ان میں سے کوئی خطرے کی علامت ہو تو ابھی %1 پر کال کریں:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do in an asthma attack</source>
        <translation>دمے کے دورے میں کیا کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These steps are for people who use a separate reliever inhaler. If you use MART or AIR, use your inhaler as your plan says, and call %1 if you are not getting better.</source>
        <translation>یہ مراحل ان لوگوں کے لیے ہیں جو الگ ریلیور انہیلر استعمال کرتے ہیں۔ اگر آپ ⁦MART⁩ یا ⁦AIR⁩ استعمال کرتے ہیں، تو اپنا انہیلر ویسے استعمال کریں جیسے آپ کا پلان کہتا ہے، اور اگر آپ بہتر نہ ہو رہے ہوں تو %1 پر کال کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Emergency number: %1</source>
        <translation>ایمرجنسی نمبر: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps from your action plan (agreed %1 with %2).</source>
        <translation>آپ کے ایکشن پلان سے مراحل (%1 کو %2 کے ساتھ طے کیا گیا)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General emergency advice for the UK. Your own plan may differ: ask your nurse.</source>
        <translation>برطانیہ کے لیے عام ایمرجنسی مشورہ۔ آپ کا اپنا پلان مختلف ہو سکتا ہے: اپنی نرس سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the attack steps aloud</source>
        <translation>دمے کے دورے کے اقدامات بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards: record this attack</source>
        <translation>بعد میں: اس دورے کا اندراج کریں</translation>
    </message>
</context>
<context>
    <name>AttendantDialog</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="+66"/>
        <source>Staff: leave kiosk mode</source>
        <translation>عملہ: کیوسک موڈ سے باہر نکلیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Staff PIN</source>
        <translation>عملے کا ⁦PIN⁩</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Leave kiosk mode</source>
        <translation>کیوسک موڈ سے باہر نکلیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That PIN is not right.</source>
        <translation>یہ ⁦PIN⁩ درست نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../asthma_app/storage/backup.py" line="+222"/>
        <source>This backup was made by a newer version of the app, so it was not restored. Please update the app. Nothing was changed.</source>
        <translation>یہ بیک اپ ایپ کے نئے ورژن سے بنایا گیا تھا، اس لیے اسے واپس نہیں لایا گیا۔ براہ کرم ایپ کو اپ ڈیٹ کریں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup is damaged, so it was not restored. Nothing was changed.</source>
        <translation>یہ بیک اپ خراب ہے، اس لیے اسے واپس نہیں لایا گیا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+45"/>
        <source>Backups of my diary</source>
        <translation>میری ڈائری کے بیک اپ</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The app makes a copy of your diary each day you use it, and keeps copies from the last week, the last five weeks and the last year. You can bring a copy back if something went wrong. Your diary as it is now is saved first, so nothing is lost.</source>
        <translation>ایپ ہر اس دن آپ کی ڈائری کی ایک کاپی بناتی ہے جس دن آپ اسے استعمال کرتے ہیں، اور پچھلے ہفتے، پچھلے پانچ ہفتوں اور پچھلے سال کی کاپیاں رکھتی ہے۔ اگر کچھ غلط ہو جائے تو آپ کوئی کاپی واپس لا سکتے ہیں۔ پہلے آپ کی ڈائری، جیسی وہ ابھی ہے، محفوظ کی جاتی ہے، اس لیے کچھ ضائع نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, newest first</source>
        <translation>بیک اپ، نئے پہلے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up now</source>
        <translation>ابھی بیک اپ بنائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back this copy...</source>
        <translation>یہ کاپی واپس لائیں...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>کام جاری ہے</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your diary is encrypted with your passphrase, and so are these copies of it. They hold only your diary: bringing one back changes nobody else&apos;s. Your diary as it is now is saved first, so nothing is lost.</source>
        <translation>آپ کی ڈائری آپ کے پاس فریز سے خفیہ کی گئی ہے، اور اس کی یہ کاپیاں بھی۔ ان میں صرف آپ کی ڈائری ہے: ان میں سے کسی ایک کو واپس لانے سے کسی اور کی ڈائری نہیں بدلتی۔ پہلے آپ کی ڈائری موجودہ حالت میں محفوظ کی جاتی ہے، اس لیے کچھ ضائع نہیں ہوتا۔</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Bring back %1&apos;s diary as it was on %2? Other people&apos;s diaries are not changed. The whole diary as it is now is saved as a backup first.</source>
        <translation>کیا %1 کی ڈائری کو %2 والی حالت میں واپس لائیں؟ دوسرے لوگوں کی ڈائریاں تبدیل نہیں ہوں گی۔ پہلے پوری ڈائری اپنی موجودہ حالت میں بیک اپ کے طور پر محفوظ کی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+39"/>
        <location filename="../asthma_app/ui/pages/backups.py" line="-89"/>
        <source>Backups</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+3"/>
        <source>Daily (automatic)</source>
        <translation>روزانہ (خودکار)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by me</source>
        <translation>میں نے بنایا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before bringing back a copy</source>
        <translation>کاپی واپس لانے سے پہلے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update</source>
        <translation>اپ ڈیٹ سے پہلے</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 KB</source>
        <translation>⁦%1 KB⁩</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working. Please wait.</source>
        <translation>کام جاری ہے۔ براہ کرم انتظار کریں۔</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backup made.</source>
        <translation>بیک اپ بن گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring back a copy</source>
        <translation>کاپی واپس لائیں</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/restore.py" line="+295"/>
        <location filename="../asthma_app/ui/pages/backups.py" line="+17"/>
        <source>Your diary is encrypted and kept apart, so these backups do not hold it. Nothing was changed.</source>
        <translation>آپ کی ڈائری انکرپٹ کر کے الگ رکھی گئی ہے، اس لیے ان بیک اپس میں وہ شامل نہیں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+6"/>
        <source>Your diary now runs up to %1.</source>
        <translation>اب آپ کی ڈائری %1 تک ہے۔</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../asthma_app/domain/control.py" line="+206"/>
        <source>Urgent GP or nurse appointment</source>
        <translation>جی پی یا نرس سے فوری ملاقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours doctor</source>
        <translation>اوقات کار کے بعد والا ڈاکٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called NHS 111</source>
        <translation>⁦NHS 111⁩ پر کال کی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;E (emergency department)</source>
        <translation>⁦A&amp;E⁩ (ایمرجنسی شعبہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulance</source>
        <translation>ایمبولینس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed in hospital</source>
        <translation>ہسپتال میں رہنا پڑا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course of steroid tablets</source>
        <translation>اسٹیرائیڈ گولیوں کا کورس</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../asthma_app/domain/checklist.py" line="+26"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Never smoked</source>
        <translation>کبھی سگریٹ نہیں پی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used to smoke</source>
        <translation>پہلے سگریٹ پیتے تھے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smokes now</source>
        <translation>اب سگریٹ پیتے ہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New written plan given</source>
        <translation>نیا تحریری پلان دیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan updated</source>
        <translation>پلان اپ ڈیٹ کیا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan looked at, no change</source>
        <translation>پلان دیکھا گیا، کوئی تبدیلی نہیں</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The review date can&apos;t be in the future.</source>
        <translation>جائزے کی تاریخ مستقبل میں نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date the inhaler technique was checked can&apos;t be in the future.</source>
        <translation>انہیلر کے طریقے کی جانچ کی تاریخ مستقبل میں نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the text is too long. Please shorten it.</source>
        <translation>کچھ متن بہت لمبا ہے۔ براہ کرم اسے مختصر کریں۔</translation>
    </message>
</context>
<context>
    <name>ChildDetails</name>
    <message>
        <location filename="../asthma_app/domain/child_details.py" line="+36"/>
        <source>The date the school was given a copy can&apos;t be in the future.</source>
        <translation>اسکول کو کاپی دینے کی تاریخ مستقبل میں نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the text is too long. Please shorten it.</source>
        <translation>کچھ متن بہت لمبا ہے۔ براہ کرم اسے مختصر کریں۔</translation>
    </message>
</context>
<context>
    <name>ChildDetailsDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/child_details.py" line="+30"/>
        <source>Child&apos;s details and school copy</source>
        <translation>بچے کی تفصیلات اور اسکول کی کاپی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer to call (name and phone)</source>
        <translation>فون کرنے کے لیے والدین یا نگہداشت کرنے والا (نام اور فون)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School or nursery contact</source>
        <translation>اسکول یا نرسری سے رابطہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school or nursery has a copy of the plan</source>
        <translation>اسکول یا نرسری کے پاس پلان کی کاپی ہے</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Date the school was given a copy</source>
        <translation>اسکول کو کاپی دینے کی تاریخ</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Uses a spacer</source>
        <translation>اسپیسر استعمال کرتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a mask with the spacer</source>
        <translation>اسپیسر کے ساتھ ماسک استعمال کرتا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Drug allergies</source>
        <translation>دواؤں سے الرجی</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For a child&apos;s plan. Everything here is optional; it is printed on the school copy.</source>
        <translation>بچے کے پلان کے لیے۔ یہاں سب کچھ اختیاری ہے؛ یہ اسکول کی کاپی پر پرنٹ ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer</source>
        <translation>والدین یا نگہداشت کرنے والا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School or nursery</source>
        <translation>اسکول یا نرسری</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save school copy PDF...</source>
        <translation>اسکول کی کاپی ⁦PDF⁩ میں محفوظ کریں...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved. School copy given: %1.</source>
        <translation>محفوظ ہو گیا۔ اسکول کو کاپی دی گئی: %1۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save PDF</source>
        <translation>⁦PDF⁩ محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../asthma_app/commands/diary.py" line="+98"/>
        <source>Passphrase for %1: </source>
        <translation>%1 کا پاس فریز: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s diary is protected by a passphrase. Type it at a terminal, or give it on standard input with --passphrase-stdin. Nothing was shown or changed.</source>
        <translation>%1 کی ڈائری پاس فریز سے محفوظ ہے۔ اسے ٹرمینل میں ٹائپ کریں، یا --⁦passphrase-stdin⁩ کے ساتھ اسٹینڈرڈ اِن پٹ پر دیں۔ کچھ بھی دکھایا یا بدلا نہیں گیا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That passphrase is not right. Nothing was shown or changed.</source>
        <translation>یہ پاس فریز درست نہیں ہے۔ کچھ بھی دکھایا یا بدلا نہیں گیا۔</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Please give a passphrase of at least 4 characters on the first line of standard input. Nothing was created.</source>
        <translation>براہ کرم اسٹینڈرڈ اِن پٹ کی پہلی لائن پر کم از کم 4 حروف کا پاس فریز دیں۔ کچھ بھی نہیں بنایا گیا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/commands/exchange.py" line="+63"/>
        <source>%1&apos;s diary is protected by a passphrase, but an export file is not encrypted: anyone who can open the file can read it. If that is what you want, add --plain-export. Nothing was written.</source>
        <translation>%1 کی ڈائری پاس فریز سے محفوظ ہے، لیکن ایکسپورٹ فائل انکرپٹ نہیں ہوتی: جو بھی فائل کھول سکے وہ اسے پڑھ سکتا ہے۔ اگر آپ یہی چاہتے ہیں تو --⁦plain-export⁩ شامل کریں۔ کچھ بھی نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/commands/medicines.py" line="+37"/>
        <source>A reason is only kept with --not-taken. Nothing was saved.</source>
        <translation>وجہ صرف --⁦not-taken⁩ کے ساتھ رکھی جاتی ہے۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give the time as YYYY-MM-DDTHH:MM. Nothing was saved.</source>
        <translation>براہ کرم وقت ⁦YYYY-MM-DDTHH⁩:⁦MM⁩ کی صورت میں دیں۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <location filename="../asthma_app/domain/control.py" line="-182"/>
        <source>RCP 3 Questions</source>
        <translation>⁦RCP 3⁩ سوالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma Control Test (ACT)</source>
        <translation>دمہ کنٹرول ٹیسٹ (⁦ACT⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childhood Asthma Control Test</source>
        <translation>بچوں کا دمہ کنٹرول ٹیسٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma Control Questionnaire (ACQ)</source>
        <translation>دمہ کنٹرول سوالنامہ (⁦ACQ⁩)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In the last month, has your asthma made it hard to sleep? This includes coughing at night.</source>
        <translation>پچھلے مہینے میں، کیا آپ کے دمے کی وجہ سے سونا مشکل ہوا؟ اس میں رات کو کھانسی بھی شامل ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last month, have you had your usual asthma symptoms in the day, such as cough, wheeze, a tight chest or feeling short of breath?</source>
        <translation>پچھلے مہینے میں، کیا آپ کو دن میں دمے کی اپنی عام علامات ہوئیں، جیسے کھانسی، سیٹی جیسی سانس، سینے میں جکڑن یا سانس پھولنا؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the last month, has your asthma got in the way of your usual things, such as work, school, housework or sport?</source>
        <translation>پچھلے مہینے میں، کیا آپ کے دمے نے آپ کے روز مرہ کے کاموں میں رکاوٹ ڈالی، جیسے کام، اسکول، گھر کا کام یا کھیل؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+119"/>
        <source>Please answer all three questions.</source>
        <translation>براہ کرم تینوں سوالوں کے جواب دیں۔</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>0 out of 3: your answers suggest your asthma is well controlled. Keep following your plan.</source>
        <translation>3 میں سے 0: آپ کے جوابات بتاتے ہیں کہ آپ کا دمہ اچھی طرح قابو میں ہے۔ اپنے پلان پر عمل کرتے رہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 out of 3: you have had some problems. Mention this to your asthma nurse: they may want to ask you more.</source>
        <translation>3 میں سے 1: آپ کو کچھ مسائل ہوئے ہیں۔ اپنی دمے کی نرس کو اس کے بارے میں بتائیں: ہو سکتا ہے وہ آپ سے مزید پوچھنا چاہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 out of 3: your answers suggest your asthma is not well controlled. Please talk to your asthma nurse or GP soon.</source>
        <translation>3 میں سے %1: آپ کے جوابات بتاتے ہیں کہ آپ کا دمہ اچھی طرح قابو میں نہیں ہے۔ براہ کرم جلد اپنی دمے کی نرس یا جی پی سے بات کریں۔</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (Source: %2.) This is the form&apos;s guide, not a diagnosis: talk about it with your asthma nurse.</source>
        <translation>%1 (ماخذ: %2۔) یہ فارم کی رہنمائی ہے، تشخیص نہیں: اس کے بارے میں اپنی دمہ نرس سے بات کریں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The form&apos;s guide says a total from 20 to 25 means asthma that is well controlled.</source>
        <translation>فارم کی رہنمائی کہتی ہے کہ 20 سے 25 تک کا کل اسکور اچھی طرح قابو میں دمہ ظاہر کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a total from 16 to 19 means asthma that is not well controlled.</source>
        <translation>فارم کی رہنمائی کہتی ہے کہ 16 سے 19 تک کا کل اسکور ایسا دمہ ظاہر کرتا ہے جو اچھی طرح قابو میں نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a total from 5 to 15 means asthma that is very poorly controlled.</source>
        <translation>فارم کی رہنمائی کہتی ہے کہ 5 سے 15 تک کا کل اسکور بہت کم قابو والا دمہ ظاہر کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form&apos;s guide says a total of 19 or less means asthma that is not well controlled.</source>
        <translation>فارم کی رہنمائی کہتی ہے کہ 19 یا اس سے کم کل اسکور ایسا دمہ ظاہر کرتا ہے جو اچھی طرح قابو میں نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide marks a total of 19 or less as not well controlled; this total is above that.</source>
        <translation>فارم کی رہنمائی 19 یا اس سے کم کل اسکور کو اچھی طرح قابو میں نہ ہونا بتاتی ہے؛ یہ اسکور اس سے زیادہ ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a score below 0.75 means asthma that is well controlled.</source>
        <translation>فارم کی رہنمائی کہتی ہے کہ 0.75 سے کم اسکور اچھی طرح قابو میں دمہ ظاہر کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a score from 0.75 to below 1.5 is in between (a grey zone): neither clearly well controlled nor clearly not.</source>
        <translation>فارم کی رہنمائی کہتی ہے کہ 0.75 سے 1.5 سے کم تک کا اسکور درمیان میں ہے (گرے زون): نہ واضح طور پر اچھی طرح قابو میں، نہ واضح طور پر بے قابو۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form&apos;s guide says a score of 1.5 or more means asthma that is not well controlled.</source>
        <translation>فارم کی رہنمائی کہتی ہے کہ 1.5 یا اس سے زیادہ اسکور ایسا دمہ ظاہر کرتا ہے جو اچھی طرح قابو میں نہیں۔</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+68"/>
        <source>The date can&apos;t be in the future.</source>
        <translation>تاریخ مستقبل کی نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>A %1 score must be between %2 and %3. Please check the form.</source>
        <translation>%1 اسکور %2 اور %3 کے درمیان ہونا چاہیے۔ براہ کرم فارم چیک کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 score is a whole number.</source>
        <translation>%1 اسکور پورا نمبر ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>The note is too long.</source>
        <translation>نوٹ بہت لمبا ہے۔</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each kind of care can be ticked only once.</source>
        <translation>ہر قسم کی طبی مدد پر صرف ایک بار نشان لگایا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Please type your question.</source>
        <translation>براہ کرم اپنا سوال لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the question shorter (%1 letters at most).</source>
        <translation>براہ کرم سوال چھوٹا رکھیں (زیادہ سے زیادہ %1 حروف)۔</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="+81"/>
        <source>Correct the count</source>
        <translation>گنتی درست کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Number on the inhaler&apos;s counter</source>
        <translation>انہیلر کے کاؤنٹر پر نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../asthma_app/crash.py" line="+146"/>
        <source>Sorry, something went wrong in the app. Everything you had already saved is safe.

If this keeps happening, you can send the report in this folder to the people who make the app. It has no personal details in it:
%1</source>
        <translation>معاف کیجیے، ایپ میں کچھ غلط ہو گیا۔ جو کچھ آپ پہلے محفوظ کر چکے تھے، وہ سب صحیح سلامت ہے۔

اگر ایسا بار بار ہو تو آپ اس فولڈر میں موجود رپورٹ ایپ بنانے والوں کو بھیج سکتے ہیں۔ اس میں کوئی ذاتی معلومات نہیں ہیں:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>کچھ غلط ہو گیا</translation>
    </message>
</context>
<context>
    <name>DemoShell</name>
    <message>
        <location filename="../asthma_app/ui/demo.py" line="+158"/>
        <source>DEMO: a made-up patient. Nothing you do here is kept.</source>
        <translation>ڈیمو: ایک فرضی مریض۔ یہاں آپ جو کچھ بھی کریں وہ محفوظ نہیں رہتا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo mode</source>
        <translation>ڈیمو موڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch demo plan to MART</source>
        <translation>ڈیمو پلان کو ⁦MART⁩ میں بدلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view (larger text)</source>
        <translation>پیش کرنے والے کا منظر (بڑا متن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset demo</source>
        <translation>ڈیمو دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave demo</source>
        <translation>ڈیمو سے باہر نکلیں</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>DEMO - Asthma Plan &amp; Diary</source>
        <translation>ڈیمو - دمہ پلان اور ڈائری</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Try the demo (a made-up patient)</source>
        <translation>ڈیمو آزمائیں (ایک فرضی مریض)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../asthma_app/ui/widgets/common.py" line="+98"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+42"/>
        <source>My diary</source>
        <translation>میری ڈائری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show zones under my current plan</source>
        <translation>میرے موجودہ پلان کے مطابق زون دکھائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>زون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary entries, newest first</source>
        <translation>ڈائری کے اندراجات، نئے پہلے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing logged yet. Use Today to log a peak flow or how you feel.</source>
        <translation>ابھی کچھ نہیں لکھا گیا۔ پیک فلو یا اپنی طبیعت لکھنے کے لیے آج والا صفحہ استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>تبدیل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Undo</source>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Show older entries</source>
        <translation>پرانے اندراجات دکھائیں</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-5"/>
        <location filename="../asthma_app/ui/pages/diary.py" line="+18"/>
        <source>Diary</source>
        <translation>ڈائری</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+12"/>
        <source>%1&#xa0;L/min (blows: %2), %3</source>
        <translation>⁦%1&#xa0;L/min⁩ (پھونکیں: %2)، %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, after reliever</source>
        <translation>، ریلیور کے بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak flow</source>
        <translation>پیک فلو</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day symptoms</source>
        <translation>دن میں علامات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>woke at night</source>
        <translation>رات کو جاگنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activities limited</source>
        <translation>کام کاج محدود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliever puffs: %1</source>
        <translation>ریلیور کے پف: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I felt</source>
        <translation>میں کیسا محسوس کر رہا تھا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Note: %1</source>
        <translation>۔ نوٹ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no zone</source>
        <translation>کوئی زون نہیں</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading changed.</source>
        <translation>ریڈنگ تبدیل ہو گئی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry changed.</source>
        <translation>اندراج تبدیل ہو گیا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo delete of reading from %1</source>
        <translation>%1 کی ریڈنگ مٹانا واپس کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete of entry from %1</source>
        <translation>%1 کا اندراج مٹانا واپس کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted. You can undo this.</source>
        <translation>مٹا دیا گیا۔ آپ اسے واپس کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone.</source>
        <translation>واپس کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/discard.py" line="+98"/>
        <source>Discard changes?</source>
        <translation>تبدیلیاں ضائع کریں؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed here has not been saved. If you discard it, it is gone.</source>
        <translation>آپ نے یہاں جو لکھا ہے وہ محفوظ نہیں ہوا۔ اگر آپ اسے ضائع کریں تو یہ ختم ہو جائے گا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>لکھنا جاری رکھیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>ضائع کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard what I typed</source>
        <translation>جو میں نے لکھا اسے ضائع کریں</translation>
    </message>
</context>
<context>
    <name>DoseReminderBar</name>
    <message>
        <location filename="../asthma_app/ui/reminders.py" line="+199"/>
        <source>Taken</source>
        <translation>لے لی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: log my preventer dose now</source>
        <translation>لے لی: میری بچاؤ والی دوا کی خوراک ابھی درج کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me later</source>
        <translation>بعد میں یاد دلائیں</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remind me again in %n minutes</source>
        <translation>
            <numerusform>%n منٹ بعد دوبارہ یاد دلائیں</numerusform>
            <numerusform>%n منٹ بعد دوبارہ یاد دلائیں</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Logged as taken: %1.</source>
        <translation>لی گئی کے طور پر درج: %1۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to log: this dose is logged already, or your plan gives no times for it. See Today.</source>
        <translation>درج کرنے کو کچھ نہیں: یہ خوراک پہلے ہی درج ہے، یا آپ کا پلان اس کے اوقات نہیں بتاتا۔ آج دیکھیں۔</translation>
    </message>
</context>
<context>
    <name>Doses</name>
    <message>
        <location filename="../asthma_app/domain/doses.py" line="+109"/>
        <source>Taken</source>
        <translation>لے لی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken</source>
        <translation>نہیں لی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged yet</source>
        <translation>ابھی درج نہیں</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>یہ تاریخ اور وقت مستقبل میں ہے۔ براہ کرم جانچ لیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the reason short (200 letters at most).</source>
        <translation>براہ کرم وجہ مختصر رکھیں (زیادہ سے زیادہ 200 حروف)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is only kept for a dose not taken.</source>
        <translation>وجہ صرف نہ لی گئی خوراک کے لیے رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/medicines.py" line="+58"/>
        <source>Your plan has no medicine called “%1”. Nothing was saved.</source>
        <translation>آپ کے پلان میں “%1” نام کی کوئی دوا نہیں۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reliever puffs are logged with “How I feel”, so that they count in your diary. Nothing was saved.</source>
        <translation>آرام والی دوا کے پف “میں کیسا محسوس کر رہا ہوں” میں درج ہوتے ہیں، تاکہ ڈائری میں گنے جائیں۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log dose</source>
        <translation>خوراک درج کریں</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete dose</source>
        <translation>خوراک حذف کریں</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the number of doses printed on the inhaler (1 to %1).</source>
        <translation>انہیلر پر چھپی ہوئی خوراکوں کی تعداد لکھیں (1 سے %1 تک)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start inhaler</source>
        <translation>انہیلر شروع کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the number the inhaler&apos;s counter shows (0 to %1).</source>
        <translation>انہیلر کا کاؤنٹر جو نمبر دکھاتا ہے وہ لکھیں (0 سے %1 تک)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct count</source>
        <translation>گنتی درست کرنا</translation>
    </message>
</context>
<context>
    <name>DosesToday</name>
    <message>
        <location filename="../asthma_app/ui/pages/today_doses.py" line="+28"/>
        <source>My medicines today</source>
        <translation>آج میری دوائیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>واپس کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last medicine change</source>
        <translation>دوا کی آخری تبدیلی واپس کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started a new inhaler</source>
        <translation>نیا انہیلر شروع کیا</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your plan does not say when to take %1, so its doses are not counted. Ask your nurse, or add the times in My plan.</source>
        <translation>آپ کا پلان نہیں بتاتا کہ %1 کب لینی ہے، اس لیے اس کی خوراکیں نہیں گنی جاتیں۔ اپنی نرس سے پوچھیں، یا میرا پلان میں اوقات شامل کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No regular doses are due today in your plan.</source>
        <translation>آپ کے پلان میں آج کوئی باقاعدہ خوراک نہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your action plan to see your medicines here.</source>
        <translation>یہاں اپنی دوائیں دیکھنے کے لیے اپنا ایکشن پلان شامل کریں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n doses or fewer left in: %1. Time to get your next inhaler. An empty inhaler can still spray, with no medicine in it.</source>
        <translation>
            <numerusform>تقریباً %n یا کم خوراکیں باقی ہیں: %1۔ اگلا انہیلر لینے کا وقت ہے۔ خالی انہیلر بھی اسپرے کر سکتا ہے، اس میں دوا نہ ہو تب بھی۔</numerusform>
            <numerusform>تقریباً %n یا کم خوراکیں باقی ہیں: %1۔ اگلا انہیلر لینے کا وقت ہے۔ خالی انہیلر بھی اسپرے کر سکتا ہے، اس میں دوا نہ ہو تب بھی۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>‏%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan says: %1</source>
        <translation>آپ کا پلان کہتا ہے: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>‏%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>وجہ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged later, on %1</source>
        <translation>بعد میں درج کی گئی، %1 کو</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>‏%1، %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>لے لی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: %1, %2</source>
        <translation>لے لی: %1، %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not taken</source>
        <translation>نہیں لی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken: %1, %2</source>
        <translation>نہیں لی: %1، %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: doses left cannot be counted, because your plan does not say how many puffs each time. Check the counter on the inhaler.</source>
        <translation>‏%1: باقی خوراکیں نہیں گنی جا سکتیں، کیونکہ آپ کا پلان نہیں بتاتا کہ ہر بار کتنے پف۔ انہیلر کا کاؤنٹر دیکھیں۔</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: about %n doses left (counted from what you logged; the inhaler&apos;s own counter is the one to trust).</source>
        <translation>
            <numerusform>‏%1: تقریباً %n خوراکیں باقی (آپ کے درج کیے ہوئے سے گنی گئیں؛ انہیلر کا اپنا کاؤنٹر ہی قابلِ بھروسہ ہے)۔</numerusform>
            <numerusform>‏%1: تقریباً %n خوراکیں باقی (آپ کے درج کیے ہوئے سے گنی گئیں؛ انہیلر کا اپنا کاؤنٹر ہی قابلِ بھروسہ ہے)۔</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the count</source>
        <translation>گنتی درست کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the count: %1</source>
        <translation>گنتی درست کریں: %1</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <location filename="../asthma_app/services/education.py" line="+45"/>
        <source>Asthma basics</source>
        <translation>دمے کی بنیادی باتیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>دوائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhalers</source>
        <translation>انہیلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your asthma</source>
        <translation>اپنے دمے کی جانچ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting worse and attacks</source>
        <translation>دمہ بگڑنا اور دورے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living with asthma</source>
        <translation>دمے کے ساتھ زندگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your asthma review</source>
        <translation>آپ کا دمے کا معائنہ</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../asthma_app/ui/exchange_actions.py" line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export readings and diary (CSV)...</source>
        <translation>ریڈنگز اور ڈائری ایکسپورٹ کریں (⁦CSV⁩)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a full backup (JSON)...</source>
        <translation>پورا بیک اپ ایکسپورٹ کریں (⁦JSON⁩)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for health records (FHIR)...</source>
        <translation>صحت کے ریکارڈ کے لیے ایکسپورٹ کریں (⁦FHIR⁩)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my action plan as PDF...</source>
        <translation>میرا ایکشن پلان ⁦PDF⁩ کے طور پر محفوظ کریں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the review summary as PDF...</source>
        <translation>معائنے کا خلاصہ ⁦PDF⁩ کے طور پر محفوظ کریں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my action plan as a plan file (.asthmaplan)...</source>
        <translation>میرا ایکشن پلان پلان فائل (⁦.asthmaplan⁩) کے طور پر محفوظ کریں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a plan from my nurse...</source>
        <translation>میری نرس کا پلان کھولیں...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a backup (JSON)...</source>
        <translation>بیک اپ امپورٹ کریں (⁦JSON⁩)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings from a spreadsheet (CSV)...</source>
        <translation>اسپریڈشیٹ سے ریڈنگز امپورٹ کریں (⁦CSV⁩)...</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Export</source>
        <translation>ایکسپورٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your diary is protected by a passphrase, but this file will not be encrypted: anyone who can open it can read it. Export it anyway?</source>
        <translation>آپ کی ڈائری پاس فریز سے محفوظ ہے، لیکن یہ فائل انکرپٹ نہیں ہو گی: جو بھی اسے کھول سکے وہ اسے پڑھ سکتا ہے۔ کیا پھر بھی ایکسپورٹ کریں؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a backup</source>
        <translation>بیک اپ امپورٹ کریں</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>Import readings</source>
        <translation>ریڈنگز امپورٹ کریں</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 readings, %2 diary entries and %3 attacks will be added. %4 rows are already in your diary and will be skipped.</source>
        <translation>%1 ریڈنگز، ڈائری کے %2 اندراجات اور دمے کے %3 دورے شامل کیے جائیں گے۔ %4 قطاریں پہلے سے آپ کی ڈائری میں ہیں اور چھوڑ دی جائیں گی۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working...</source>
        <translation>کام جاری ہے...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Done: %1</source>
        <translation>ہو گیا: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed</source>
        <translation>کچھ بھی تبدیل نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>FileFilter</name>
    <message>
        <location filename="../asthma_app/ui/file_filters.py" line="+26"/>
        <source>CSV spreadsheet</source>
        <translation>⁦CSV⁩ اسپریڈشیٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON backup</source>
        <translation>⁦JSON⁩ بیک اپ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FHIR health record</source>
        <translation>⁦FHIR⁩ صحت کا ریکارڈ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>⁦PDF⁩ دستاویز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma plan file</source>
        <translation>دمہ کے پلان کی فائل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan from the nurse</source>
        <translation>نرس کا پلان</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../asthma_app/services/file_write.py" line="+61"/>
        <source>%1 is open in another program, or may not be changed, so it was not saved. Close it there (or choose another name) and try again. Nothing was changed.</source>
        <translation>%1 کسی دوسرے پروگرام میں کھلی ہے، یا اسے بدلا نہیں جا سکتا، اس لیے یہ محفوظ نہیں ہوئی۔ اسے وہاں بند کریں (یا کوئی اور نام چنیں) اور دوبارہ کوشش کریں۔ کچھ بھی نہیں بدلا۔</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../asthma_app/ui/first_run.py" line="+60"/>
        <source>%1 (emergency number %2)</source>
        <translation>%1 (ایمرجنسی نمبر %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>آپ کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>پیدائش کا سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you live</source>
        <translation>آپ کہاں رہتے ہیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app keeps your asthma action plan, your peak flow and how you feel, and shows you what your plan says to do. Everything stays on this computer.</source>
        <translation>یہ ایپ آپ کا دمہ ایکشن پلان، آپ کا پیک فلو اور آپ کی طبیعت محفوظ رکھتی ہے، اور دکھاتی ہے کہ آپ کا پلان کیا کرنے کو کہتا ہے۔ سب کچھ اسی کمپیوٹر پر رہتا ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the plan I agreed with my nurse</source>
        <translation>وہ پلان لکھیں جو میں نے اپنی نرس کے ساتھ طے کیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I don&apos;t have a plan yet</source>
        <translation>میرے پاس ابھی پلان نہیں ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your asthma action plan</source>
        <translation>آپ کا دمہ ایکشن پلان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan tells you what to do every day, when your asthma is getting worse, and in an asthma attack. If you have a paper plan from your GP or asthma nurse, copy it in now: it is best done together with your nurse.</source>
        <translation>آپ کا پلان بتاتا ہے کہ ہر روز کیا کرنا ہے، جب دمہ بگڑ رہا ہو تو کیا کرنا ہے، اور دمے کے دورے میں کیا کرنا ہے۔ اگر آپ کے پاس جی پی یا دمے کی نرس کا دیا ہوا کاغذی پلان ہے تو اسے ابھی یہاں لکھیں: بہتر ہے کہ یہ اپنی نرس کے ساتھ مل کر کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan yet? Ask your GP surgery for an asthma review and a written action plan. Until then you can keep a diary of your peak flow and symptoms to take with you.</source>
        <translation>ابھی پلان نہیں ہے؟ اپنی جی پی سرجری سے دمے کا معائنہ اور لکھا ہوا ایکشن پلان مانگیں۔ تب تک آپ اپنے پیک فلو اور علامات کی ڈائری رکھ سکتے ہیں اور اسے ساتھ لے جا سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_banners.py" line="+41"/>
        <source>I&apos;ve booked it</source>
        <translation>میں نے وقت لے لیا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;ve been seen</source>
        <translation>میں دکھا چکا ہوں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your follow-up appointment after the asthma attack on %1 is booked. Please take your action plan with you, so that your GP or nurse can check it and update it.</source>
        <translation>%1 کو دمے کے دورے کے بعد آپ کی فالو اپ ملاقات طے ہو گئی ہے۔ براہ کرم اپنا ایکشن پلان ساتھ لے جائیں، تاکہ آپ کا جی پی یا نرس اسے دیکھ کر اپ ڈیٹ کر سکیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the asthma attack on %1 (%2): UK guidance says to see your GP or asthma nurse within %3 working days after emergency care (by %4), and Asthma + Lung UK advises within %5 hours after an attack. Please book a follow-up appointment, and take your action plan with you so that it can be updated.</source>
        <translation>%1 کو دمے کے دورے کے بعد (%2): برطانیہ کی رہنمائی کہتی ہے کہ ہنگامی علاج کے بعد %3 کام کے دنوں کے اندر (%4 تک) اپنے جی پی یا دمے کی نرس سے ملیں، اور ⁦Asthma⁩ + ⁦Lung UK⁩ دورے کے بعد %5 گھنٹوں کے اندر ملنے کا مشورہ دیتا ہے۔ براہ کرم فالو اپ ملاقات کا وقت لیں، اور اپنا ایکشن پلان ساتھ لے جائیں تاکہ اسے اپ ڈیٹ کیا جا سکے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 attacks are waiting for a follow-up.)</source>
        <translation>(%1 دورے فالو اپ کے منتظر ہیں۔)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1.</source>
        <translation>ماخذ: %1۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up after an asthma attack</source>
        <translation>دمے کے دورے کے بعد فالو اپ</translation>
    </message>
</context>
<context>
    <name>GuessDelay</name>
    <message>
        <location filename="../asthma_app/services/guess_delay.py" line="+101"/>
        <source>That was not right several times, so to keep the diary safe please wait %1 seconds before the next try.</source>
        <translation>یہ کئی بار درست نہیں تھا، اس لیے ڈائری کو محفوظ رکھنے کے لیے اگلی کوشش سے پہلے براہ کرم %1 سیکنڈ انتظار کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That was not right several times, so to keep the diary safe please wait %1 minutes before the next try.</source>
        <translation>یہ کئی بار درست نہیں تھا، اس لیے ڈائری کو محفوظ رکھنے کے لیے اگلی کوشش سے پہلے براہ کرم %1 منٹ انتظار کریں۔</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../asthma_app/domain/year_totals.py" line="+106"/>
        <source>%1 (Source: %2.)</source>
        <translation>%1 (ماخذ: %2۔)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You recorded %1 courses of steroid tablets in the last 12 months. UK guidance says that people who need more than %2 courses in 12 months should be considered for a specialist asthma review — talk to your nurse.</source>
        <translation>آپ نے پچھلے 12 مہینوں میں اسٹیرائڈ گولیوں کے %1 کورس درج کیے۔ برطانیہ کی رہنمائی کہتی ہے کہ جن لوگوں کو 12 مہینوں میں %2 سے زیادہ کورس درکار ہوں ان کے لیے ماہر کے ذریعے دمے کے جائزے پر غور کیا جانا چاہیے — اپنی نرس سے بات کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1 of the weeks you logged in the last 12 months you used your reliever on more than %2 days. UK guidance says that anyone who needs their reliever on more than %2 days a week should have their asthma reviewed — talk to your nurse.</source>
        <translation>پچھلے 12 مہینوں میں آپ کے درج کردہ ہفتوں میں سے %1 میں آپ نے اپنا ریلیور %2 سے زیادہ دن استعمال کیا۔ برطانیہ کی رہنمائی کہتی ہے کہ جسے ہفتے میں %2 سے زیادہ دن ریلیور کی ضرورت ہو اس کے دمے کا جائزہ لیا جانا چاہیے — اپنی نرس سے بات کریں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/reliever_facts.py" line="+25"/>
        <source>Reliever inhalers you started in the last month: %1. UK guidance says that using more than one reliever inhaler a month needs an urgent asthma review — talk to your nurse or GP soon.</source>
        <translation>پچھلے مہینے شروع کیے گئے آرام والے انہیلر: %1۔ برطانیہ کی رہنمائی کہتی ہے کہ مہینے میں ایک سے زیادہ آرام والا انہیلر استعمال کرنے پر دمہ کا فوری جائزہ ضروری ہے — جلد اپنی نرس یا جی پی سے بات کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliever inhalers you started in the last 12 months: %1. A national review of asthma deaths found that many people who died had been given more than %2 reliever inhalers in the year before — talk to your nurse or GP soon.</source>
        <translation>پچھلے 12 مہینوں میں شروع کیے گئے آرام والے انہیلر: %1۔ دمہ سے اموات کے ایک قومی جائزے میں پایا گیا کہ مرنے والے بہت سے لوگوں کو پچھلے سال %2 سے زیادہ آرام والے انہیلر دیے گئے تھے — جلد اپنی نرس یا جی پی سے بات کریں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliever inhalers you started in the last 12 months: %1. UK guidance says that %2 or more reliever inhalers in a year have been linked with serious asthma attacks — talk to your nurse.</source>
        <translation>پچھلے 12 مہینوں میں شروع کیے گئے آرام والے انہیلر: %1۔ برطانیہ کی رہنمائی کہتی ہے کہ سال میں %2 یا زیادہ آرام والے انہیلر دمہ کے سنگین دوروں سے جڑے پائے گئے ہیں — اپنی نرس سے بات کریں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days you used your reliever in the week from %2: %1. UK guidance says that anyone who needs their reliever on more than %3 days a week should have their asthma reviewed — talk to your nurse.</source>
        <translation>%2 سے شروع ہونے والے ہفتے میں آرام والی دوا استعمال کرنے کے دن: %1۔ برطانیہ کی رہنمائی کہتی ہے کہ جسے ہفتے میں %3 سے زیادہ دن آرام والی دوا کی ضرورت ہو اس کے دمہ کا جائزہ ہونا چاہیے — اپنی نرس سے بات کریں۔</translation>
    </message>
</context>
<context>
    <name>HomeShell</name>
    <message>
        <location filename="../asthma_app/ui/home.py" line="+201"/>
        <source>Switch person</source>
        <translation>فرد بدلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and settings</source>
        <translation>افراد اور سیٹنگز</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a person...</source>
        <translation>کوئی فرد شامل کریں...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename...</source>
        <translation>نام بدلیں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS number...</source>
        <translation>⁦NHS⁩ نمبر...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase and lock...</source>
        <translation>پاس فریز اور تالا...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders...</source>
        <translation>یاد دہانیاں...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>ابھی تالا لگائیں</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add a person</source>
        <translation>کوئی فرد شامل کریں</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename</source>
        <translation>نام بدلیں</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../asthma_app/storage/exchange/__init__.py" line="+24"/>
        <source>%1: %2</source>
        <translation>%1 پر: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>The file can&apos;t be opened (%1).</source>
        <translation>فائل نہیں کھل سکی (%1)۔</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This is not a file that can be imported (it is a folder or a device). Nothing was imported.</source>
        <translation>یہ ایسی فائل نہیں جسے درآمد کیا جا سکے (یہ فولڈر یا ڈیوائس ہے)۔ کچھ بھی درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>The file is too big to import (%1 MB; the limit is %2 MB). Nothing was imported.</source>
        <translation>فائل درآمد کرنے کے لیے بہت بڑی ہے (⁦%1 MB⁩؛ حد ⁦%2 MB⁩ ہے)۔ کچھ بھی درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file looks like UTF-16 text without a byte-order mark, or is not a text file. Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>یہ فائل بائٹ آرڈر مارک کے بغیر ⁦UTF-16⁩ متن لگتی ہے، یا یہ متن کی فائل نہیں ہے۔ اسے دوبارہ &apos;⁦CSV UTF-8⁩&apos; کے طور پر محفوظ کریں اور پھر کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not valid %1 text (byte %2). Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>یہ فائل درست %1 متن نہیں ہے (بائٹ %2)۔ اسے دوبارہ &apos;⁦CSV UTF-8⁩&apos; کے طور پر محفوظ کریں اور پھر کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/backup_import.py" line="+59"/>
        <source>Expected an object.</source>
        <translation>یہاں ایک آبجیکٹ ہونا چاہیے تھا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This count points to an inhaler that is not in the file (%1).</source>
        <translation>یہ گنتی ایک ایسے انہیلر کی طرف اشارہ کرتی ہے جو فائل میں نہیں (%1)۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The id %1 appears twice (a duplicate record).</source>
        <translation>آئی ڈی %1 دو بار آئی ہے (ایک ہی ریکارڈ دو بار)۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no plan version %1 in this backup.</source>
        <translation>اس بیک اپ میں پلان کا ورژن %1 نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This points to a missing record %1.</source>
        <translation>یہ ایک غائب ریکارڈ %1 کی طرف اشارہ کرتا ہے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record %1 is replaced by a record that is in turn replaced by it (a loop).</source>
        <translation>ریکارڈ %1 کی جگہ ایک ایسا ریکارڈ لیتا ہے جس کی جگہ بدلے میں یہی ریکارڈ لیتا ہے (ایک چکر)۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup has no profile.</source>
        <translation>اس بیک اپ میں کوئی پروفائل نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The version %1 is repeated or not positive.</source>
        <translation>ورژن %1 دہرایا گیا ہے یا مثبت نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A medicine must be an object of texts.</source>
        <translation>دوا متن پر مشتمل ایک آبجیکٹ ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan can&apos;t be read (%1).</source>
        <translation>پلان پڑھا نہیں جا سکا (%1)۔</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expected text.</source>
        <translation>یہاں متن ہونا چاہیے تھا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected 0 or 1, found %1.</source>
        <translation>یہاں 0 یا 1 ہونا چاہیے تھا، %1 ملا۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown scale or period (%1, %2).</source>
        <translation>نامعلوم پیمانہ یا وقت (%1، %2)۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value must be the highest blow.</source>
        <translation>قدر سب سے زیادہ پھونک کے برابر ہونی چاہیے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reliever puffs must be 0 to %1.</source>
        <translation>ریلیور کے پف 0 سے %1 تک ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown score %1.</source>
        <translation>نامعلوم اسکور %1۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers must be true or false.</source>
        <translation>جوابات ⁦true⁩ یا ⁦false⁩ ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown kind of care %1.</source>
        <translation>علاج کی نامعلوم قسم %1۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown value %1.</source>
        <translation>نامعلوم قدر %1۔</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This is not a time of day: %1.</source>
        <translation>یہ دن کا کوئی وقت نہیں ہے: %1۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reminder %1.</source>
        <translation>نامعلوم یاد دہانی %1۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This date is in the future: %1.</source>
        <translation>یہ تاریخ مستقبل کی ہے: %1۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text is too long.</source>
        <translation>متن بہت لمبا ہے۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scheduled dose needs both its day and its time of day.</source>
        <translation>مقررہ خوراک کے لیے دن اور دن کا وقت دونوں ضروری ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Puffs must be 1 to %1.</source>
        <translation>پف 1 سے %1 تک ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine&apos;s name is missing, or the name or the reason is too long.</source>
        <translation>دوا کا نام موجود نہیں، یا نام یا وجہ بہت لمبی ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The inhaler&apos;s size must be 1 to %1 doses.</source>
        <translation>انہیلر کا سائز 1 سے %1 خوراکوں تک ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine&apos;s name is missing or too long.</source>
        <translation>دوا کا نام موجود نہیں یا بہت لمبا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected what the medicine is used for.</source>
        <translation>یہاں یہ ہونا چاہیے تھا کہ دوا کس لیے استعمال ہوتی ہے۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doses left must be 0 to %1.</source>
        <translation>باقی خوراکیں 0 سے %1 تک ہونی چاہییں۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already a profile called %1. Choose another name for the imported profile (--profile NAME).</source>
        <translation>%1 نام کا پروفائل پہلے سے موجود ہے۔ درآمد کیے گئے پروفائل کے لیے کوئی اور نام چنیں (--⁦profile NAME⁩)۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/csv_format.py" line="+127"/>
        <source>The first row must name the columns, with at least a date_time column and a peak_flow column (see the data format help).</source>
        <translation>پہلی قطار میں کالموں کے نام ہونے چاہییں، کم از کم ایک ⁦date_time⁩ کالم اور ایک ⁦peak_flow⁩ کالم (ڈیٹا فارمیٹ کی مدد دیکھیں)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice.</source>
        <translation>کالم %1 دو بار آیا ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file contains binary data, not text.</source>
        <translation>اس فائل میں متن نہیں، بائنری ڈیٹا ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are more than %1 rows. Split the file and import each part.</source>
        <translation>%1 سے زیادہ قطاریں ہیں۔ فائل کو حصوں میں بانٹیں اور ہر حصہ الگ سے درآمد کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This row has %1 cells but there are only %2 columns.</source>
        <translation>اس قطار میں %1 خانے ہیں لیکن کالم صرف %2 ہیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This row is the same as line %1.</source>
        <translation>یہ قطار لائن %1 جیسی ہی ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CSV is malformed (%1).</source>
        <translation>⁦CSV⁩ درست شکل میں نہیں ہے (%1)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no rows to import in this file.</source>
        <translation>اس فائل میں درآمد کرنے کے لیے کوئی قطار نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1</source>
        <translation>لائن %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="+129"/>
        <source>line %1, column %2</source>
        <translation>لائن %1، کالم %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record must be %1, %2, %3 or %4, not %5.</source>
        <translation>ریکارڈ %1، %2، %3 یا %4 ہونا چاہیے، %5 نہیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scale must be EU or Wright, not %1.</source>
        <translation>پیمانہ ⁦EU⁩ یا ⁦Wright⁩ ہونا چاہیے، %1 نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period must be morning or evening.</source>
        <translation>وقت ⁦morning⁩ یا ⁦evening⁩ ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a whole number from 0 to %1.</source>
        <translation>ریلیور کے پف 0 سے %1 تک کا پورا عدد ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A dose needs the medicine&apos;s name (300 letters at most).</source>
        <translation>خوراک کے لیے دوا کا نام ضروری ہے (زیادہ سے زیادہ 300 حروف)۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due must be a date and morning or evening, for example %1.</source>
        <translation>⁦due⁩ میں تاریخ اور ⁦morning⁩ یا ⁦evening⁩ ہونا چاہیے، مثلاً %1۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Puffs must be a whole number from 1 to %1.</source>
        <translation>پف 1 سے %1 تک کا پورا عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is too long (%1 letters at most).</source>
        <translation>وجہ بہت لمبی ہے (زیادہ سے زیادہ %1 حروف)۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The attack on %1 is in the future.</source>
        <translation>%1 کا دورہ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a kind of care this app knows. Use: %2.</source>
        <translation>%1 علاج کی ایسی قسم نہیں جسے یہ ایپ جانتی ہو۔ یہ استعمال کریں: %2۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each kind of care can be named only once.</source>
        <translation>علاج کی ہر قسم صرف ایک بار لکھی جا سکتی ہے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up must be open, booked, done or empty, not %1.</source>
        <translation>فالو اپ ⁦open⁩، ⁦booked⁩، ⁦done⁩ یا خالی ہونا چاہیے، %1 نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an attack that needed A&amp;E, an ambulance, a hospital stay, an out-of-hours doctor or steroid tablets has a follow-up.</source>
        <translation>فالو اپ صرف اس دورے کا ہوتا ہے جس میں ⁦A&amp;E⁩، ایمبولینس، ہسپتال میں رہنے، اوقات کار کے بعد والے ڈاکٹر یا اسٹیرائیڈ گولیوں کی ضرورت پڑی ہو۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is too long (%1 letters; at most %2).</source>
        <translation>نوٹ بہت لمبا ہے (%1 حروف؛ زیادہ سے زیادہ %2)۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="+100"/>
        <source>%1 is before %2: not a date this app could have saved.</source>
        <translation>%1، %2 سے پہلے ہے: یہ ایسی تاریخ نہیں جو یہ ایپ محفوظ کر سکتی تھی۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a date and time like 2026-11-20 08:30 or 20/11/2026 08:30.</source>
        <translation>%1 تاریخ اور وقت نہیں ہے، جیسے 2026-11-20 08:30 یا 20/11/2026 08:30۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a whole number of L/min.</source>
        <translation>%1 ایل فی منٹ (⁦L/min⁩) کا پورا عدد نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This must be yes or no, not %1.</source>
        <translation>یہ ⁦yes⁩ یا ⁦no⁩ ہونا چاہیے، %1 نہیں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="-102"/>
        <source>This is not complete JSON (%1).</source>
        <translation>یہ مکمل ⁦JSON⁩ نہیں ہے (%1)۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>The file is nested too deeply to be a backup made by this app.</source>
        <translation>فائل میں اتنی زیادہ تہیں ہیں کہ یہ اس ایپ کا بنایا ہوا بیک اپ نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>This is not a backup made by this app.</source>
        <translation>یہ اس ایپ کا بنایا ہوا بیک اپ نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup has no format version.</source>
        <translation>اس بیک اپ میں فارمیٹ کا ورژن نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of the app (format %1; this app reads up to %2). Please update the app. Nothing was imported.</source>
        <translation>یہ بیک اپ ایپ کے نئے ورژن نے بنایا تھا (فارمیٹ %1؛ یہ ایپ %2 تک پڑھتی ہے)۔ براہ کرم ایپ اپ ڈیٹ کریں۔ کچھ بھی درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file holds text that is not valid (a broken character).</source>
        <translation>فائل میں غلط متن ہے (ایک ٹوٹا ہوا حرف)۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Expected text, found %1.</source>
        <translation>یہاں متن ہونا چاہیے تھا، %1 ملا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a whole number, found %1.</source>
        <translation>یہاں پورا عدد ہونا چاہیے تھا، %1 ملا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a number, found %1.</source>
        <translation>یہاں ایک عدد ہونا چاہیے تھا، %1 ملا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a list, found %1.</source>
        <translation>یہاں فہرست ہونی چاہیے تھی، %1 ملا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected an object, found %1.</source>
        <translation>یہاں ایک آبجیکٹ ہونا چاہیے تھا، %1 ملا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected another type, found %1.</source>
        <translation>یہاں کسی اور قسم کی قدر ہونی چاہیے تھی، %1 ملا۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is not a date or time: %1.</source>
        <translation>یہ کوئی تاریخ یا وقت نہیں ہے: %1۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected a list.</source>
        <translation>یہاں فہرست ہونی چاہیے تھی۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/exchange.py" line="+122"/>
        <location line="+17"/>
        <source>%1 is in the future.</source>
        <translation>%1 مستقبل میں ہے۔</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../asthma_app/services/kiosk_config.py" line="+38"/>
        <source>The kiosk settings file could not be read: %1</source>
        <translation>کیوسک کی سیٹنگز والی فائل پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times in the kiosk settings must be whole numbers of seconds.</source>
        <translation>کیوسک کی سیٹنگز میں وقت سیکنڈوں کے پورے نمبر ہونے چاہییں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attendant_pin_hash is not a PIN hash. Make one with &apos;asthma-app kiosk-pin-hash&apos;.</source>
        <translation>⁦attendant_pin_hash⁩ کوئی ⁦PIN⁩ ہیش نہیں ہے۔ &apos;⁦asthma-app kiosk-pin-hash⁩&apos; سے ایک بنائیں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No kiosk settings file at %1.</source>
        <translation>%1 پر کیوسک کی سیٹنگز والی کوئی فائل نہیں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/kiosk_mode.py" line="+64"/>
        <source>This computer is shared, so printing to a file is switched off. Please choose a paper printer, or ask a member of staff.</source>
        <translation>یہ کمپیوٹر مشترکہ ہے، اس لیے فائل میں پرنٹ کرنا بند ہے۔ براہ کرم کاغذ والا پرنٹر چنیں، یا عملے کے کسی رکن سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print</source>
        <translation>پرنٹ</translation>
    </message>
</context>
<context>
    <name>KioskProblemScreen</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_problem.py" line="+27"/>
        <source>Kiosk mode cannot start</source>
        <translation>کیوسک موڈ شروع نہیں ہو سکتا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kiosk is not set up yet</source>
        <translation>یہ کیوسک ابھی سیٹ اپ نہیں ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attendant puts the kiosk settings file (kiosk.ini) at %1, with an attendant PIN line made by the command: asthma-app kiosk-pin-hash. The kiosk guide (docs/kiosk.md) explains every setting. Then start kiosk mode again.</source>
        <translation>عملے کا کوئی رکن کیوسک کی سیٹنگز والی فائل (⁦kiosk.ini⁩) %1 پر رکھتا ہے، جس میں عملے کے ⁦PIN⁩ کی وہ لائن ہو جو اس کمانڈ سے بنتی ہے: ⁦asthma-app kiosk-pin-hash⁩۔ کیوسک گائیڈ (⁦docs/kiosk.md⁩) ہر سیٹنگ سمجھاتی ہے۔ پھر کیوسک موڈ دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <location filename="../asthma_app/ui/kiosk.py" line="+110"/>
        <source>Clinic kiosk: everything you enter is cleared when you finish or walk away.</source>
        <translation>کلینک کیوسک: جب آپ ختم کریں یا چلے جائیں تو آپ کا لکھا ہوا سب کچھ مٹا دیا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish and clear</source>
        <translation>ختم کریں اور مٹائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>عملہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff: leave kiosk mode</source>
        <translation>عملہ: کیوسک موڈ سے باہر نکلیں</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>There is no attendant PIN in %1.</source>
        <translation>%1 میں عملے کا کوئی ⁦PIN⁩ نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kiosk settings file at %1.</source>
        <translation>%1 پر کیوسک کی سیٹنگز والی کوئی فائل نہیں۔</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/learn.py" line="+34"/>
        <source>Learn about asthma</source>
        <translation>دمے کے بارے میں جانیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, for example: spacer</source>
        <translation>تلاش کریں، مثال کے طور پر: اسپیسر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the topics</source>
        <translation>موضوعات میں تلاش کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Topics by theme</source>
        <translation>موضوعات، عنوان کے لحاظ سے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>تلاش کے نتائج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No topic found. Try another word.</source>
        <translation>کوئی موضوع نہیں ملا۔ کوئی اور لفظ آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+4"/>
        <location filename="../asthma_app/ui/pages/learn.py" line="+22"/>
        <source>Learn</source>
        <translation>جانیں</translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../asthma_app/ui/widgets/length_limit.py" line="+26"/>
        <source>%1 letters: a name can have at most %2. Please shorten it.</source>
        <translation>%1 حروف: نام میں زیادہ سے زیادہ %2 حروف ہو سکتے ہیں۔ براہ کرم اسے مختصر کریں۔</translation>
    </message>
</context>
<context>
    <name>LitresField</name>
    <message>
        <location filename="../asthma_app/ui/widgets/litres_field.py" line="+30"/>
        <source>for example 450</source>
        <translation>مثال کے طور پر 450</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L/min</source>
        <translation>⁦L/min⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with this number</source>
        <translation>اس نمبر میں مسئلہ</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../asthma_app/ui/home.py" line="-279"/>
        <source>Locked</source>
        <translation>تالا لگا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>تالا کھولیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diary is locked</source>
        <translation>ڈائری پر تالا لگا ہے</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That passphrase is not right.</source>
        <translation>یہ پاس فریز درست نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../asthma_app/ui/main_window.py" line="+214"/>
        <source>Having an asthma attack?</source>
        <translation>دمے کا دورہ پڑ رہا ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do now, and the emergency number</source>
        <translation>ابھی کیا کریں، اور ایمرجنسی نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>متن کا سائز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text %1&#xa0;%</source>
        <translation>متن ⁦%1&#xa0;%⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app and of the Learn pages</source>
        <translation>ایپ اور جانیں والے صفحات کی زبان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>حصے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation not yet reviewed</source>
        <translation>ترجمہ ابھی جانچا نہیں گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fluent speaker has not checked this translation yet. If something is unclear, ask your nurse.</source>
        <translation>کسی روانی سے بولنے والے نے ابھی یہ ترجمہ نہیں جانچا۔ اگر کچھ واضح نہ ہو تو اپنی نرس سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full, so nothing new can be saved. You can read your diary. Free some space, then start the app again.</source>
        <translation>ڈسک بھر گئی ہے، اس لیے کچھ نیا محفوظ نہیں ہو سکتا۔ آپ اپنی ڈائری پڑھ سکتے ہیں۔ کچھ جگہ خالی کریں، پھر ایپ دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data folder cannot be written (read-only). You can read your diary, but nothing new can be saved.</source>
        <translation>آپ کے ڈیٹا فولڈر میں لکھا نہیں جا سکتا (صرف پڑھنے کے لیے)۔ آپ اپنی ڈائری پڑھ سکتے ہیں، لیکن کچھ نیا محفوظ نہیں ہو سکتا۔</translation>
    </message>
</context>
<context>
    <name>MedicineTable</name>
    <message>
        <location filename="../asthma_app/ui/widgets/medicine_table.py" line="+42"/>
        <source>Medicine (drug)</source>
        <translation>دوا (دوا کا نام)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand</source>
        <translation>برانڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>آلہ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>طاقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used as</source>
        <translation>کس طرح استعمال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to take it (as written by your nurse)</source>
        <translation>کیسے لینی ہے (جیسا آپ کی نرس نے لکھا)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (regular medicines)</source>
        <translation>کب (باقاعدہ دوائیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puffs or tablets each time (as written)</source>
        <translation>ہر بار پف یا گولیاں (جیسا لکھا ہے)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (optional)</source>
        <translation>رنگ (اختیاری)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Medicines in my plan</source>
        <translation>میرے پلان کی دوائیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add medicine</source>
        <translation>دوا شامل کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected medicine</source>
        <translation>چنی ہوئی دوا ہٹائیں</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Medicine %1 used as</source>
        <translation>دوا %1 کس طرح استعمال ہوتی ہے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicine %1: when</source>
        <translation>دوا %1: کب</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Medicine %1 needs the name of the medicine (the drug), not only its colour or brand.</source>
        <translation>دوا %1 کے لیے دوا کا نام ضروری ہے، صرف اس کا رنگ یا برانڈ کافی نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medicine %1: type the puffs or tablets each time as a whole number from 1 to %2, as written in the plan, or leave it empty.</source>
        <translation>دوا %1: ہر بار کے پف یا گولیاں 1 سے %2 تک پورے عدد میں لکھیں، جیسا پلان میں لکھا ہے، یا خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+41"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
</context>
<context>
    <name>NewInhalerDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="-45"/>
        <source>Started a new inhaler</source>
        <translation>نیا انہیلر شروع کیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Which medicine</source>
        <translation>کون سی دوا</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Doses printed on the inhaler</source>
        <translation>انہیلر پر چھپی خوراکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the number of doses (puffs) printed on the inhaler or its box.</source>
        <translation>انہیلر یا اس کے ڈبے پر چھپی خوراکوں (پف) کی تعداد لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>NhsNumberDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+30"/>
        <location line="+5"/>
        <source>NHS number</source>
        <translation>⁦NHS⁩ نمبر</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional. With it, your GP practice can match a file you give them to your record. It is on letters from your practice and in the NHS App (England, Wales and the Isle of Man). Leave the box empty to remove it.</source>
        <translation>اختیاری۔ اس کے ذریعے آپ کی ⁦GP⁩ پریکٹس آپ کی دی ہوئی فائل کو آپ کے ریکارڈ سے ملا سکتی ہے۔ یہ آپ کی پریکٹس کے خطوں پر اور ⁦NHS App⁩ میں موجود ہے (انگلینڈ، ویلز اور آئل آف مین)۔ اسے ہٹانے کے لیے خانہ خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It stays on this computer. If this diary has a passphrase, the NHS number is kept only in the protected diary.</source>
        <translation>یہ اسی کمپیوٹر پر رہتا ہے۔ اگر اس ڈائری کا پاس فریز ہے تو ⁦NHS⁩ نمبر صرف محفوظ ڈائری میں رکھا جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>NotTakenDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="-38"/>
        <source>Dose not taken</source>
        <translation>خوراک نہیں لی</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Reason (optional)</source>
        <translation>وجہ (اختیاری)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1, %2: not taken.</source>
        <translation>‏%1، %2: نہیں لی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../asthma_app/ui/widgets/number_pad.py" line="+21"/>
        <source>Delete</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the last digit</source>
        <translation>آخری ہندسہ مٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next box</source>
        <translation>اگلا خانہ</translation>
    </message>
</context>
<context>
    <name>NurseShell</name>
    <message>
        <location filename="../asthma_app/ui/demo.py" line="-111"/>
        <source>&amp;Nurse</source>
        <translation>&amp;نرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a plan for a patient...</source>
        <translation>مریض کے لیے پلان لکھیں...</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/nurse.py" line="+173"/>
        <source>Plan ready for %1: agreed %2 with %3.</source>
        <translation>%1 کے لیے پلان تیار ہے: %2 کو %3 کے ساتھ طے ہوا۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the plan for the patient</source>
        <translation>مریض کے لیے پلان محفوظ کریں</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: %1</source>
        <translation>محفوظ ہو گیا: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plan written yet.</source>
        <translation>ابھی کوئی پلان نہیں لکھا گیا۔</translation>
    </message>
</context>
<context>
    <name>NurseWindow</name>
    <message>
        <location line="-171"/>
        <source>Nurse mode - Asthma Plan &amp; Diary</source>
        <translation>نرس موڈ - دمہ پلان اور ڈائری</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NURSE MODE: nothing about the patient is kept on this computer unless you save a file.</source>
        <translation>نرس موڈ: جب تک آپ فائل محفوظ نہ کریں، مریض کے بارے میں کچھ بھی اس کمپیوٹر پر نہیں رکھا جاتا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse mode</source>
        <translation>نرس موڈ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>نہیں دیا گیا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient&apos;s name</source>
        <translation>مریض کا نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>پیدائش کا سال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan...</source>
        <translation>پلان لکھیں...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan written yet.</source>
        <translation>ابھی کوئی پلان نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save a .asthmaplan file beside the PDF</source>
        <translation>⁦PDF⁩ کے ساتھ ایک ⁦.asthmaplan⁩ فائل بھی محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan for the patient (PDF)...</source>
        <translation>مریض کے لیے پلان محفوظ کریں (⁦PDF⁩)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again with another patient</source>
        <translation>کسی دوسرے مریض کے ساتھ دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave nurse mode</source>
        <translation>نرس موڈ سے باہر نکلیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the plan with the patient, then save it. The PDF is the printed plan and carries the plan inside it: the patient opens it in the app at home with File &gt; Open a plan from my nurse.</source>
        <translation>مریض کے ساتھ پلان لکھیں، پھر اسے محفوظ کریں۔ ⁦PDF⁩ چھپا ہوا پلان ہے اور پلان اس کے اندر موجود ہے: مریض اسے گھر پر ایپ میں فائل &gt; میری نرس کا پلان کھولیں سے کھولتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../asthma_app/services/profile_security.py" line="+87"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>یہ موجودہ پاس فریز نہیں ہے۔ کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
</context>
<context>
    <name>PeakFlowDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/peak_flow.py" line="+52"/>
        <source>Log peak flow</source>
        <translation>پیک فلو لکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change peak flow reading</source>
        <translation>پیک فلو ریڈنگ تبدیل کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blow three times and type each number. The best one counts.</source>
        <translation>تین بار پھونکیں اور ہر نمبر لکھیں۔ سب سے اچھا نمبر گنا جاتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use a peak flow meter</source>
        <translation>پیک فلو میٹر کیسے استعمال کریں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L/min</source>
        <translation>⁦L/min⁩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blow %1 in litres per minute</source>
        <translation>پھونک %1، لیٹر فی منٹ میں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blow %1</source>
        <translation>پھونک %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time of reading</source>
        <translation>ریڈنگ کی تاریخ اور وقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Morning or evening</source>
        <translation>صبح یا شام</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Meter scale</source>
        <translation>میٹر کا پیمانہ</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Taken after using my reliever</source>
        <translation>اپنا ریلیور لینے کے بعد لی گئی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>نوٹ (اختیاری)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, this reading is right</source>
        <translation>ہاں، یہ ریڈنگ درست ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save reading</source>
        <translation>ریڈنگ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Blow %1: %2</source>
        <translation>پھونک %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Best: —</source>
        <translation>سب سے اچھی: —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best: %1&#xa0;L/min</source>
        <translation>سب سے اچھی: ⁦%1&#xa0;L/min⁩</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No personal best in your plan, so no zone from peak flow.</source>
        <translation>آپ کے پلان میں ذاتی بہترین نمبر نہیں ہے، اس لیے پیک فلو سے کوئی زون نہیں۔</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Undo change to reading</source>
        <translation>ریڈنگ کی تبدیلی واپس کریں</translation>
    </message>
</context>
<context>
    <name>PersonalBestDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/personal_best.py" line="+44"/>
        <source>Find my personal best</source>
        <translation>میرا ذاتی بہترین معلوم کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your personal best is the highest peak flow you reach when your asthma is as good as it gets. To find it: for two weeks, while you feel well, take your peak flow every morning and every evening. Blow three times and log the highest. Use the same meter each time.</source>
        <translation>آپ کا ذاتی بہترین وہ سب سے زیادہ پیک فلو ہے جو آپ تب حاصل کرتے ہیں جب آپ کا دمہ جتنا ہو سکے اچھا ہو۔ اسے معلوم کرنے کے لیے: دو ہفتے تک، جب آپ ٹھیک محسوس کر رہے ہوں، ہر صبح اور ہر شام اپنا پیک فلو ناپیں۔ تین بار پھونکیں اور سب سے زیادہ نمبر لکھیں۔ ہر بار وہی میٹر استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as my personal best</source>
        <translation>میرے ذاتی بہترین کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without changing my plan</source>
        <translation>میرا پلان بدلے بغیر بند کریں</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your last 14 days</source>
        <translation>آپ کے پچھلے 14 دن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 readings</source>
        <translation>%2 میں سے %1 ریڈنگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning and evening readings collected</source>
        <translation>صبح اور شام کی جمع شدہ ریڈنگز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readings on %1 of the last 14 days; morning and evening both on %2 days; %3 of 28 morning and evening readings.</source>
        <translation>پچھلے 14 دنوں میں سے %1 دن ریڈنگز؛ %2 دن صبح اور شام دونوں؛ صبح اور شام کی 28 ریڈنگز میں سے %3۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep going until you have 14 days with a morning and an evening reading. You can still look at the highest reading so far.</source>
        <translation>تب تک جاری رکھیں جب تک آپ کے پاس 14 دن ایسے نہ ہو جائیں جن میں صبح اور شام دونوں کی ریڈنگ ہو۔ آپ اب تک کی سب سے زیادہ ریڈنگ پھر بھی دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed personal best</source>
        <translation>تجویز کردہ ذاتی بہترین</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings in the last 14 days yet.</source>
        <translation>پچھلے 14 دنوں میں ابھی تک کوئی ریڈنگ نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your highest reading in these 14 days was %1&#xa0;L/min, on %2.</source>
        <translation>ان 14 دنوں میں آپ کی سب سے زیادہ ریڈنگ ⁦%1&#xa0;L/min⁩ تھی، %2 کو۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>New personal best</source>
        <translation>نیا ذاتی بہترین</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Agreed with</source>
        <translation>کس کے ساتھ طے کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Nurse Jones</source>
        <translation>مثال کے طور پر: نرس جونز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed with (name)</source>
        <translation>کس کے ساتھ طے کیا (نام)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predicted peak flow: for reference only</source>
        <translation>متوقع پیک فلو: صرف حوالے کے لیے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex for the prediction</source>
        <translation>اندازے کے لیے جنس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>چنیں…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Height</source>
        <translation>قد</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add your action plan first: the personal best is part of it.</source>
        <translation>پہلے اپنا ایکشن پلان شامل کریں: ذاتی بہترین اسی کا حصہ ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the new personal best in L/min to save it.</source>
        <translation>محفوظ کرنے کے لیے نیا ذاتی بہترین ⁦L/min⁩ میں لکھیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan&apos;s personal best will change from %1 to %2&#xa0;L/min. Zones from now on use the new value; earlier readings keep their zones.</source>
        <translation>آپ کے پلان کا ذاتی بہترین %1 سے بدل کر ⁦%2&#xa0;L/min⁩ ہو جائے گا۔ اب سے زون نیا نمبر استعمال کریں گے؛ پہلے کی ریڈنگز کے زون وہی رہیں گے۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan will use %1&#xa0;L/min as your personal best from now on.</source>
        <translation>اب سے آپ کا پلان ⁦%1&#xa0;L/min⁩ کو آپ کا ذاتی بہترین مانے گا۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add your year of birth to your profile to see a predicted value.</source>
        <translation>متوقع نمبر دیکھنے کے لیے اپنی پروفائل میں پیدائش کا سال شامل کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No prediction: the children&apos;s table covers heights from 85 to 170 cm.</source>
        <translation>کوئی متوقع نمبر نہیں: بچوں کی جدول 85 سے 170 سینٹی میٹر تک کے قد کے لیے ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose sex and height to see a predicted value.</source>
        <translation>متوقع نمبر دیکھنے کے لیے جنس اور قد چنیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prediction: the adult formula is only used for ages %1 to %2 and heights from %3 to %4 cm.</source>
        <translation>کوئی متوقع نمبر نہیں: بالغوں کا فارمولا صرف %1 سے %2 سال کی عمر اور %3 سے %4 سینٹی میٹر قد کے لیے استعمال ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted for your age (%1), sex and height: %2 L/min (EU scale). For reference only: discuss with your nurse. Your zones always use your own personal best.</source>
        <translation>آپ کی عمر (%1)، جنس اور قد کے لحاظ سے متوقع: ⁦%2 L/min⁩ (⁦EU⁩ پیمانہ)۔ صرف حوالے کے لیے: اپنی نرس سے بات کریں۔ آپ کے زون ہمیشہ آپ کا اپنا ذاتی بہترین استعمال کرتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>PinHashDialog</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="+9"/>
        <source>Attendant PIN for the kiosk</source>
        <translation>کیوسک کے لیے عملے کا ⁦PIN⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Attendant PIN (4 to 12 digits)</source>
        <translation>عملے کا ⁦PIN⁩ (4 سے 12 ہندسے)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>The same PIN again</source>
        <translation>وہی ⁦PIN⁩ دوبارہ</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Line for the kiosk settings file</source>
        <translation>کیوسک کی ترتیبات والی فائل کے لیے سطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the settings line</source>
        <translation>ترتیبات کی سطر بنائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two PINs are different. Nothing was made.</source>
        <translation>دونوں ⁦PIN⁩ مختلف ہیں۔ کچھ نہیں بنایا گیا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>⁦PIN⁩ میں 4 سے 12 ہندسے ہونے چاہئیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste this line into the kiosk settings file.</source>
        <translation>کاپی ہو گئی۔ یہ سطر کیوسک کی ترتیبات والی فائل میں چسپاں کریں۔</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+31"/>
        <source>Preventer and reliever</source>
        <translation>پریوینٹر اور ریلیور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MART (one inhaler for every day and for relief)</source>
        <translation>⁦MART⁩ (ہر روز اور فوری آرام کے لیے ایک ہی انہیلر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIR (anti-inflammatory reliever only)</source>
        <translation>⁦AIR⁩ (صرف سوزش کم کرنے والا ریلیور)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wright scale (older meters)</source>
        <translation>رائٹ پیمانہ (پرانے میٹر)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preventer</source>
        <translation>پریوینٹر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever</source>
        <translation>ریلیور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MART inhaler</source>
        <translation>⁦MART⁩ انہیلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIR inhaler</source>
        <translation>⁦AIR⁩ انہیلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablets</source>
        <translation>گولیاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>My symptoms are coming back (cough, wheeze, tight chest, hard to breathe)</source>
        <translation>میری علامات واپس آ رہی ہیں (کھانسی، سیٹی جیسی سانس، سینے میں جکڑن، سانس لینے میں مشکل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am waking up at night because of my asthma</source>
        <translation>میں دمے کی وجہ سے رات کو جاگ جاتا ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My symptoms are getting in the way of my day (work, school, exercise)</source>
        <translation>میری علامات میرے دن میں رکاوٹ بن رہی ہیں (کام، اسکول، ورزش)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am using my reliever 3 or more times a week</source>
        <translation>میں ہفتے میں 3 یا زیادہ بار اپنا ریلیور استعمال کر رہا ہوں</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>My reliever is not helping, or I need it more than every 4 hours</source>
        <translation>میرا ریلیور مدد نہیں کر رہا، یا مجھے ہر 4 گھنٹے سے پہلے اس کی ضرورت پڑتی ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t walk or talk easily</source>
        <translation>میں آسانی سے چل یا بول نہیں سکتا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am breathing hard and fast</source>
        <translation>میں زور زور سے اور تیز سانس لے رہا ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am coughing or wheezing a lot, or my chest is very tight</source>
        <translation>میں بہت کھانس رہا ہوں یا سیٹی جیسی سانس آ رہی ہے، یا میرا سینہ بہت جکڑا ہوا ہے</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>The puffs or tablets each time must be between 1 and %1: copy the number from your plan.</source>
        <translation>ہر بار کے پف یا گولیاں 1 اور %1 کے درمیان ہونی چاہئیں: اپنے پلان سے نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan refers to standard attack steps this version of the app does not know (%1). Please update the app.</source>
        <translation>پلان دورے کے ایسے معیاری مراحل کا حوالہ دیتا ہے جنہیں ایپ کا یہ ورژن نہیں جانتا (%1)۔ براہ کرم ایپ اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The most reliever puffs in a day must be between 1 and %1: copy the number from your plan.</source>
        <translation>ایک دن میں ریلیور کے زیادہ سے زیادہ پف 1 اور %1 کے درمیان ہونے چاہئیں: نمبر اپنے پلان سے لکھیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the most reliever puffs in a day that your MART plan allows, exactly as your nurse or doctor wrote it.</source>
        <translation>براہ کرم ایک دن میں ریلیور کے زیادہ سے زیادہ پف لکھیں جن کی آپ کا ⁦MART⁩ پلان اجازت دیتا ہے، بالکل ویسے جیسے آپ کی نرس یا ڈاکٹر نے لکھا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+42"/>
        <source>Sit up straight and stay as calm as you can.</source>
        <translation>سیدھے ہو کر بیٹھیں اور جتنا ہو سکے پرسکون رہیں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use your reliever inhaler: 1 puff, then wait 30 to 60 seconds before the next one, up to 10 puffs. Use your spacer if you have one.</source>
        <translation>اپنا ریلیور انہیلر استعمال کریں: 1 پف، پھر اگلے پف سے پہلے 30 سے 60 سیکنڈ انتظار کریں، زیادہ سے زیادہ 10 پف۔ اگر آپ کے پاس اسپیسر ہے تو اسے استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1 for an ambulance if you get worse at any time, if you are no better after 10 puffs, or if you do not have your reliever.</source>
        <translation>ایمبولینس کے لیے %1 پر کال کریں اگر کسی بھی وقت آپ کی طبیعت زیادہ خراب ہو، اگر 10 پف کے بعد بھی آپ بہتر نہ ہوں، یا اگر آپ کے پاس اپنا ریلیور نہ ہو۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the ambulance: if it has not come after 10 minutes and you are still no better, do step 2 again.</source>
        <translation>ایمبولینس کا انتظار کرتے ہوئے: اگر 10 منٹ بعد بھی ایمبولینس نہیں آئی اور آپ اب بھی بہتر نہیں ہیں، تو مرحلہ 2 دوبارہ کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still no better and still no ambulance? Call %1 again at once.</source>
        <translation>اب بھی بہتر نہیں اور ایمبولینس اب بھی نہیں آئی؟ فوراً دوبارہ %1 پر کال کریں۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you get better without calling %1, you still need to see your GP or asthma nurse today: ask for an urgent appointment.</source>
        <translation>اگر %1 پر کال کیے بغیر آپ بہتر ہو جائیں، تب بھی آپ کو آج ہی اپنے جی پی یا دمے کی نرس سے ملنا ضروری ہے: فوری ملاقات کا وقت مانگیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sit up straight. Try to keep calm.</source>
        <translation>سیدھے ہو کر بیٹھیں۔ پرسکون رہنے کی کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="-221"/>
        <source>Lips look blue or grey</source>
        <translation>ہونٹ نیلے یا سرمئی لگ رہے ہیں</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+4"/>
        <source>If your symptoms settle and you did not need to call %1, get an urgent same-day appointment with your GP or asthma nurse.</source>
        <translation>اگر آپ کی علامات ٹھیک ہو جائیں اور %1 پر کال کرنے کی ضرورت نہ پڑی ہو، تو اسی دن اپنے جی پی یا دمے کی نرس سے فوری ملاقات کا وقت لیں۔</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Use your inhaler exactly as the red zone of your plan says.</source>
        <translation>اپنا انہیلر بالکل ویسے استعمال کریں جیسے آپ کے پلان کا سرخ زون کہتا ہے۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="-115"/>
        <source>EU scale (EN 13826)</source>
        <translation>⁦EU⁩ پیمانہ (⁦EN 13826⁩)</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+1"/>
        <source>If you feel worse at any point, or you are not getting better, call %1 for an ambulance.</source>
        <translation>اگر کسی بھی وقت آپ کی طبیعت زیادہ خراب ہو، یا آپ بہتر نہ ہو رہے ہوں، تو ایمبولینس کے لیے %1 پر کال کریں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+116"/>
        <source>Too breathless to speak, eat or sleep</source>
        <translation>اتنی سانس پھولی ہوئی کہ بول، کھا یا سو نہ سکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever not helping</source>
        <translation>ریلیور مدد نہیں کر رہا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drowsy, confused or exhausted</source>
        <translation>غنودگی، الجھن یا بہت زیادہ تھکن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting worse quickly</source>
        <translation>تیزی سے طبیعت بگڑ رہی ہے</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The attack steps saved with this plan are not right for this kind of plan, so general steps are shown instead. Ask your nurse or doctor to write the attack steps for your plan.</source>
        <translation>اس پلان کے ساتھ محفوظ کیے گئے دورے کے مراحل اس قسم کے پلان کے لیے درست نہیں ہیں، اس لیے ان کی جگہ عام مراحل دکھائے گئے ہیں۔ اپنی نرس یا ڈاکٹر سے کہیں کہ وہ آپ کے پلان کے لیے دورے کے مراحل لکھیں۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My plan does not say the most reliever puffs I can take in a day: ask my nurse or doctor.</source>
        <translation>میرا پلان یہ نہیں بتاتا کہ میں ایک دن میں ریلیور کے زیادہ سے زیادہ کتنے پف لے سکتا ہوں: اپنی نرس یا ڈاکٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most reliever puffs I can take in a day: %1 (as written in my plan).</source>
        <translation>ایک دن میں ریلیور کے زیادہ سے زیادہ پف جو میں لے سکتا ہوں: %1 (جیسا میرے پلان میں لکھا ہے)۔</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AIR plans are for people aged 12 and over. By the year of birth in this profile (%1), this person may be under 12: check with the nurse or doctor that AIR is right.</source>
        <translation>⁦AIR⁩ پلان 12 سال اور اس سے زیادہ عمر کے لوگوں کے لیے ہیں۔ اس پروفائل میں پیدائش کے سال (%1) کے مطابق یہ شخص 12 سال سے کم عمر کا ہو سکتا ہے: نرس یا ڈاکٹر سے تصدیق کریں کہ ⁦AIR⁩ درست ہے۔</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please say who agreed this plan with you.</source>
        <translation>براہ کرم بتائیں کہ یہ پلان آپ کے ساتھ کس نے طے کیا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../asthma_app/domain/readings.py" line="+162"/>
        <source>Personal best must be between 60 and 1000 L/min.</source>
        <translation>ذاتی بہترین 60 اور ⁦1000 L/min⁩ کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The red level must be lower than the amber level, and both between 1 and 100 %.</source>
        <translation>سرخ حد پیلی حد سے کم ہونی چاہیے، اور دونوں 1 اور ⁦100 %⁩ کے درمیان۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the emergency phone number.</source>
        <translation>براہ کرم ایمرجنسی فون نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review date can&apos;t be before the plan was agreed.</source>
        <translation>اگلے معائنے کی تاریخ پلان طے ہونے کی تاریخ سے پہلے نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do every day (green zone) or at least one medicine.</source>
        <translation>براہ کرم لکھیں کہ ہر روز کیا کرنا ہے (سبز زون) یا کم از کم ایک دوا شامل کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do when asthma gets worse (amber zone).</source>
        <translation>براہ کرم لکھیں کہ دمہ بگڑنے پر کیا کرنا ہے (پیلا زون)۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do in an asthma attack (red zone).</source>
        <translation>براہ کرم لکھیں کہ دمے کے دورے میں کیا کرنا ہے (سرخ زون)۔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The reliever attack steps are not for MART or AIR plans: use the steps from your own plan.</source>
        <translation>ریلیور والے دورے کے مراحل ⁦MART⁩ یا ⁦AIR⁩ پلان کے لیے نہیں ہیں: اپنے پلان کے مراحل استعمال کریں۔</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Check-in interval must be between 1 hour and 14 days.</source>
        <translation>جانچ کا وقفہ 1 گھنٹے اور 14 دن کے درمیان ہونا چاہیے۔</translation>
    </message>
</context>
<context>
    <name>PlanChanges</name>
    <message>
        <location filename="../asthma_app/services/plan_import.py" line="+144"/>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with %2</source>
        <translation>%1، %2 کے ساتھ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with %2 (%3)</source>
        <translation>%1، %2 (%3) کے ساتھ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symptoms only (no peak flow levels)</source>
        <translation>صرف علامات (پیک فلو کی کوئی حد نہیں)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal best %1 L/min; amber below %2 %, red below %3 %</source>
        <translation>ذاتی بہترین ⁦%1 L/min⁩؛ امبر ⁦%2 %⁩ سے کم، سرخ ⁦%3 %⁩ سے کم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind of plan</source>
        <translation>پلان کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>طے ہوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (patient or carer)</source>
        <translation>کس کے ساتھ طے ہوا (مریض یا نگہداشت کنندہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>اگلا معائنہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak flow levels</source>
        <translation>پیک فلو کی حدیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day (green)</source>
        <translation>ہر روز (سبز)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When worse (amber)</source>
        <translation>جب حالت بگڑے (امبر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma attack (red)</source>
        <translation>دمے کا دورہ (سرخ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of getting worse</source>
        <translation>بگڑنے کی علامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of an attack</source>
        <translation>دورے کی علامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>دوائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most reliever puffs a day</source>
        <translation>ایک دن میں ریلیور کے زیادہ سے زیادہ پف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack steps</source>
        <translation>دورے کے مراحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation>ایمرجنسی نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>محرکات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse contact</source>
        <translation>جی پی یا نرس سے رابطہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours contact</source>
        <translation>اوقات کار کے بعد رابطہ</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_editor.py" line="+91"/>
        <source>Action plan: fill in with your nurse or doctor</source>
        <translation>ایکشن پلان: اپنی نرس یا ڈاکٹر کے ساتھ بھریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy your plan exactly as your nurse or doctor wrote it. Saving keeps your old plan in the history.</source>
        <translation>اپنا پلان بالکل ویسے لکھیں جیسے آپ کی نرس یا ڈاکٹر نے لکھا۔ محفوظ کرنے پر آپ کا پرانا پلان تاریخچے میں رہتا ہے۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My plan uses peak flow</source>
        <translation>میرا پلان پیک فلو استعمال کرتا ہے</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Green zone: what I do every day</source>
        <translation>سبز زون: میں ہر روز کیا کرتا ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone signs, one per line</source>
        <translation>پیلے زون کی علامات، ہر سطر میں ایک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone: what I do</source>
        <translation>پیلا زون: میں کیا کرتا ہوں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone signs, one per line</source>
        <translation>سرخ زون کی علامات، ہر سطر میں ایک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone: what I do</source>
        <translation>سرخ زون: میں کیا کرتا ہوں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My triggers, one per line</source>
        <translation>میرے محرکات، ہر سطر میں ایک</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not written in my plan</source>
        <translation>میرے پلان میں نہیں لکھا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard steps for this kind of plan</source>
        <translation>اس قسم کے پلان کے معیاری مراحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own steps, as my nurse or doctor wrote them</source>
        <translation>میرے اپنے مراحل، جیسے میری نرس یا ڈاکٹر نے لکھے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma attack steps, one per line</source>
        <translation>دمے کے دورے کے مراحل، ہر سطر میں ایک</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the attack steps exactly as your plan says, one per line.</source>
        <translation>دورے کے مراحل بالکل ویسے لکھیں جیسے آپ کا پلان کہتا ہے، ہر سطر میں ایک۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard steps are saved as a reference, not as text, so they always show in the language the app is in. For MART and AIR plans they are general steps: use your inhaler as your plan says and call for help.</source>
        <translation>معیاری مراحل متن کے طور پر نہیں بلکہ حوالے کے طور پر محفوظ ہوتے ہیں، اس لیے وہ ہمیشہ ایپ کی زبان میں دکھائی دیتے ہیں۔ ⁦MART⁩ اور ⁦AIR⁩ پلان کے لیے یہ عام مراحل ہیں: اپنا انہیلر ویسے استعمال کریں جیسے آپ کا پلان کہتا ہے اور مدد کے لیے کال کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> hours</source>
        <translation> گھنٹے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of plan</source>
        <translation>پلان کی قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (name)</source>
        <translation>کس کے ساتھ طے کیا (نام)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed on</source>
        <translation>طے کرنے کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review</source>
        <translation>اگلا معائنہ</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Personal best</source>
        <translation>ذاتی بہترین</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Write the plan with the patient. The app checks it as it would at home, and it is kept only in the file you save.</source>
        <translation>مریض کے ساتھ پلان لکھیں۔ ایپ اسے ویسے ہی جانچتی ہے جیسے گھر پر، اور یہ صرف اس فائل میں رکھا جاتا ہے جو آپ محفوظ کریں۔</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>For example: Practice nurse</source>
        <translation>مثال کے طور پر: پریکٹس نرس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Sam and his mum</source>
        <translation>مثال کے طور پر: سیم اور اس کی امی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role</source>
        <translation>آپ کا کردار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (patient, parent or carer)</source>
        <translation>کس کے ساتھ طے ہوا (مریض، والدین یا نگہداشت کنندہ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name (nurse or doctor)</source>
        <translation>آپ کا نام (نرس یا ڈاکٹر)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meter scale</source>
        <translation>میٹر کا پیمانہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone when peak flow is below</source>
        <translation>پیلا زون جب پیک فلو اس سے کم ہو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone when peak flow is below</source>
        <translation>سرخ زون جب پیک فلو اس سے کم ہو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green: every day</source>
        <translation>سبز: ہر روز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber signs</source>
        <translation>پیلی علامات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber: what to do</source>
        <translation>پیلا: کیا کرنا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red signs</source>
        <translation>سرخ علامات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red: what to do</source>
        <translation>سرخ: کیا کرنا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>دوائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most reliever puffs in a day (MART or AIR)</source>
        <translation>ایک دن میں ریلیور کے زیادہ سے زیادہ پف (⁦MART⁩ یا ⁦AIR⁩)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>محرکات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse contact</source>
        <translation>جی پی یا نرس سے رابطہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours contact</source>
        <translation>اوقات کار کے بعد رابطہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation>ایمرجنسی نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack steps</source>
        <translation>دورے کے مراحل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in at least every</source>
        <translation>کم از کم ہر اتنے وقت بعد جانچیں</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems to fix before saving</source>
        <translation>محفوظ کرنے سے پہلے ٹھیک کرنے والے مسائل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as agreed plan</source>
        <translation>طے شدہ پلان کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add this suggested line</source>
        <translation>تجویز کردہ سطر شامل کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this suggested line: %1</source>
        <translation>تجویز کردہ سطر شامل کریں: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: “%1”</source>
        <translation>تجویز: ”%1“</translation>
    </message>
    <message>
        <location line="+153"/>
        <location line="+10"/>
        <source>Personal best: %1</source>
        <translation>ذاتی بہترین: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Please type your own attack steps, or choose the standard steps.</source>
        <translation>براہ کرم دورے کے اپنے مراحل لکھیں، یا معیاری مراحل منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../asthma_app/services/plan_import.py" line="-154"/>
        <source>There is no action plan to save yet. Nothing was saved.</source>
        <translation>ابھی محفوظ کرنے کے لیے کوئی ایکشن پلان نہیں۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This plan can&apos;t be used as it stands: %1 Ask your nurse to correct it. Nothing was changed.</source>
        <translation>یہ پلان اپنی موجودہ شکل میں استعمال نہیں ہو سکتا: %1 اپنی نرس سے اسے درست کرنے کو کہیں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/fhir_plan.py" line="+47"/>
        <source>This FHIR file has no action plan (CarePlan) in it. Nothing was changed.</source>
        <translation>اس ⁦FHIR⁩ فائل میں کوئی ایکشن پلان (⁦CarePlan⁩) نہیں ہے۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This FHIR file holds more than one action plan, so the app can&apos;t tell which one is yours. Ask for a file with one plan. Nothing was changed.</source>
        <translation>اس ⁦FHIR⁩ فائل میں ایک سے زیادہ ایکشن پلان ہیں، اس لیے ایپ نہیں بتا سکتی کہ آپ کا کون سا ہے۔ ایک پلان والی فائل مانگیں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This plan does not say which kind of plan it is (preventer and reliever, MART or AIR), and the app will not guess: the attack steps depend on it. Ask your nurse to add it. Nothing was changed.</source>
        <translation>یہ پلان نہیں بتاتا کہ یہ کس قسم کا پلان ہے (پریوینٹر اور ریلیور، ⁦MART⁩ یا ⁦AIR⁩)، اور ایپ اندازہ نہیں لگائے گی: دورے کے اقدامات اسی پر منحصر ہیں۔ اپنی نرس سے اسے شامل کرنے کو کہیں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This plan does not say when it was agreed. Nothing was changed.</source>
        <translation>یہ پلان نہیں بتاتا کہ یہ کب طے ہوا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No emergency number in the file: 999 is used.</source>
        <translation>فائل میں کوئی ایمرجنسی نمبر نہیں: 999 استعمال ہوتا ہے۔</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The personal best is not in L/min, so it was not used.</source>
        <translation>ذاتی بہترین ⁦L/min⁩ میں نہیں ہے، اس لیے استعمال نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A personal best of %1 L/min is in the file, but not the amber and red levels, so the plan uses symptoms only. Ask your nurse for the levels.</source>
        <translation>فائل میں ⁦%1 L/min⁩ کا ذاتی بہترین ہے، لیکن امبر اور سرخ حدیں نہیں ہیں، اس لیے پلان صرف علامات استعمال کرتا ہے۔ اپنی نرس سے حدیں پوچھیں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/plan_file.py" line="+50"/>
        <source>This file is not an action plan from a nurse. The app opens the plan PDF printed by this app, a .asthmaplan file or a FHIR CarePlan. Nothing was changed.</source>
        <translation>یہ فائل نرس کا ایکشن پلان نہیں ہے۔ ایپ اس ایپ کا چھاپا ہوا پلان ⁦PDF⁩، ⁦.asthmaplan⁩ فائل یا ⁦FHIR CarePlan⁩ کھولتی ہے۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This plan file is damaged and can&apos;t be read. Ask your nurse for a new copy. Nothing was changed.</source>
        <translation>یہ پلان فائل خراب ہے اور پڑھی نہیں جا سکتی۔ اپنی نرس سے نئی کاپی مانگیں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This plan was written by a newer version of the app (plan format %1). Please update the app, then open the file again. Nothing was changed.</source>
        <translation>یہ پلان ایپ کے نئے ورژن نے لکھا ہے (پلان فارمیٹ %1)۔ براہ کرم ایپ اپ ڈیٹ کریں، پھر فائل دوبارہ کھولیں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/plan_pdf.py" line="+53"/>
        <source>This PDF has no plan inside it. Only the action plan printed by this app (from the nurse&apos;s copy) carries the plan; ask your nurse for the plan file. Nothing was changed.</source>
        <translation>اس ⁦PDF⁩ کے اندر کوئی پلان نہیں ہے۔ صرف اس ایپ کا چھاپا ہوا ایکشن پلان (نرس کی کاپی سے) پلان اپنے اندر رکھتا ہے؛ اپنی نرس سے پلان فائل مانگیں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>PlanHandover</name>
    <message>
        <location filename="../asthma_app/ui/plan_handover.py" line="+28"/>
        <source>Open or create the person the plan is for first, then open the plan.</source>
        <translation>پہلے وہ شخص کھولیں یا بنائیں جس کے لیے پلان ہے، پھر پلان کھولیں۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a plan from my nurse</source>
        <translation>میری نرس کا پلان کھولیں</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no name)</source>
        <translation>(کوئی نام نہیں)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, born %2</source>
        <translation>%1، پیدائش %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan is for %1, but the diary open now is %2&apos;s. A plan for someone else could give the wrong advice. Use it for %2 anyway?</source>
        <translation>یہ پلان %1 کے لیے ہے، لیکن ابھی کھلی ڈائری %2 کی ہے۔ کسی اور کا پلان غلط مشورہ دے سکتا ہے۔ کیا پھر بھی اسے %2 کے لیے استعمال کریں؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan for someone else?</source>
        <translation>کسی اور کا پلان؟</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your plan is now the one agreed %1 with %2.</source>
        <translation>اب آپ کا پلان وہ ہے جو %1 کو %2 کے ساتھ طے ہوا۔</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+98"/>
        <source>Plan history</source>
        <translation>پلان کا تاریخچہ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan versions</source>
        <translation>پلان کے ورژن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1: agreed %2 with %3 (saved %4)</source>
        <translation>ورژن %1: %2 کو %3 کے ساتھ طے کیا (%4 کو محفوظ کیا)</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_import.py" line="+33"/>
        <source>A plan from your nurse</source>
        <translation>آپ کی نرس کا پلان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan was agreed on %1 with %2.</source>
        <translation>یہ پلان %1 کو %2 کے ساتھ طے ہوا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what changes. Your plan changes only if you choose &quot;Make this my plan&quot;; your earlier plans are kept.</source>
        <translation>دیکھیں کیا بدلتا ہے۔ آپ کا پلان صرف تب بدلے گا جب آپ &quot;اسے میرا پلان بنائیں&quot; چنیں؛ آپ کے پچھلے پلان محفوظ رہتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not used from the file (ask your nurse if any of it matters):</source>
        <translation>فائل سے استعمال نہیں ہوا (اپنی نرس سے پوچھیں کہ کیا اس میں سے کچھ اہم ہے):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changes in your plan</source>
        <translation>آپ کے پلان میں کیا بدلتا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the plan</source>
        <translation>پلان کا حصہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan now</source>
        <translation>آپ کا موجودہ پلان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now (no plan yet)</source>
        <translation>ابھی (ابھی کوئی پلان نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan from the file</source>
        <translation>فائل والا پلان</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changes: the file&apos;s plan is the same as yours.</source>
        <translation>کچھ نہیں بدلتا: فائل کا پلان آپ کے پلان جیسا ہی ہے۔</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Other parts of the plan that stay the same: %n</source>
        <translation>
            <numerusform>پلان کے باقی حصے جو ویسے ہی رہتے ہیں: %n</numerusform>
            <numerusform>پلان کے باقی حصے جو ویسے ہی رہتے ہیں: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this my plan</source>
        <translation>اسے میرا پلان بنائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="-74"/>
        <source>My action plan</source>
        <translation>میرا ایکشن پلان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You don&apos;t have a plan in the app yet. An asthma action plan is written with your GP or asthma nurse. It tells you what to do every day, when your asthma gets worse, and in an asthma attack. Ask for one at your next appointment or asthma review, then fill it in here together. Until then you can still keep your diary.</source>
        <translation>ابھی ایپ میں آپ کا کوئی پلان نہیں ہے۔ دمہ ایکشن پلان آپ کے جی پی یا دمے کی نرس کے ساتھ لکھا جاتا ہے۔ یہ بتاتا ہے کہ ہر روز کیا کرنا ہے، جب دمہ بگڑے تو کیا کرنا ہے، اور دمے کے دورے میں کیا کرنا ہے۔ اپنی اگلی ملاقات یا دمے کے معائنے پر یہ مانگیں، پھر مل کر اسے یہاں بھریں۔ تب تک آپ اپنی ڈائری رکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Change my plan (with my nurse)</source>
        <translation>میرا پلان تبدیل کریں (اپنی نرس کے ساتھ)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Plan history</source>
        <translation>پلان کا تاریخچہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s details and school copy</source>
        <translation>بچے کی تفصیلات اور اسکول کی کاپی</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="-31"/>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-3"/>
        <location filename="../asthma_app/ui/pages/plan.py" line="+18"/>
        <source>My plan</source>
        <translation>میرا پلان</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+10"/>
        <source>Enter my plan</source>
        <translation>میرا پلان لکھیں</translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <location filename="../asthma_app/domain/plan_suggestions.py" line="+22"/>
        <source>If I am not better after %1 days in the amber zone, I see my GP or asthma nurse within %2 hours.</source>
        <translation>اگر میں امبر زون میں %1 دن کے بعد بہتر نہ ہوں تو میں %2 گھنٹوں کے اندر اپنے جی پی یا دمے کی نرس سے ملتا ہوں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If I have had no symptoms and have not needed my reliever for %1 weeks, I ask at my review whether my preventer dose can be lowered.</source>
        <translation>اگر %1 ہفتوں تک مجھے کوئی علامات نہ ہوں اور ریلیور کی ضرورت نہ پڑے تو میں اپنے جائزے میں پوچھتا ہوں کہ کیا میرے پریوینٹر کی خوراک کم کی جا سکتی ہے۔</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/plan_view.py" line="+75"/>
        <source>Learn more: %1</source>
        <translation>مزید جانیں: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more about %1</source>
        <translation>%1 کے بارے میں مزید جانیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 plan, version %2</source>
        <translation>%1 پلان، ورژن %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed on %1 with %2.</source>
        <translation>%1 کو %2 کے ساتھ طے کیا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review: %1.</source>
        <translation>اگلا معائنہ: %1۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (colour: %1)</source>
        <translation> (رنگ: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GREEN: every day, when my asthma is good</source>
        <translation>سبز: ہر روز، جب میرا دمہ ٹھیک ہو</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>When any of these happen:</source>
        <translation>جب ان میں سے کچھ بھی ہو:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>My personal best peak flow: %1&#xa0;L/min (%2).</source>
        <translation>میرا ذاتی بہترین پیک فلو: ⁦%1&#xa0;L/min⁩ (%2)۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>My peak flow is below %1&#xa0;L/min (%2&#xa0;% of my best)</source>
        <translation>میرا پیک فلو ⁦%1&#xa0;L/min⁩ سے کم ہے (میرے بہترین کا ⁦%2&#xa0;%⁩)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>What I do:</source>
        <translation>میں کیا کرتا ہوں:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>AMBER: when my asthma is getting worse</source>
        <translation>پیلا: جب میرا دمہ بگڑ رہا ہو</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asthma attack steps:</source>
        <translation>دمے کے دورے کے مراحل:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency number: %1</source>
        <translation>ایمرجنسی نمبر: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RED: asthma attack</source>
        <translation>سرخ: دمے کا دورہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My triggers</source>
        <translation>میرے محرکات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>رابطے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse: %1</source>
        <translation>جی پی یا نرس: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>not given</source>
        <translation>نہیں دیا گیا</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Out of hours: %1</source>
        <translation>اوقات کار کے بعد: %1</translation>
    </message>
</context>
<context>
    <name>PracticePart</name>
    <message>
        <location filename="../asthma_app/domain/practice_codes.py" line="+61"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action plan at this review</source>
        <translation>اس جائزے میں ایکشن پلان</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>RCP 3 Questions</source>
        <translation>⁦RCP 3⁩ سوالات</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not answered in this period</source>
        <translation>اس مدت میں جواب نہیں دیا گیا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered %1: %2 of 3 yes</source>
        <translation>%1 کو جواب دیا: 3 میں سے %2 ہاں</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trouble sleeping because of asthma (last month)</source>
        <translation>دمے کی وجہ سے سونے میں مشکل (پچھلا مہینہ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usual asthma symptoms during the day (last month)</source>
        <translation>دن کے وقت دمے کی معمول کی علامات (پچھلا مہینہ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asthma stopped usual activities (last month)</source>
        <translation>دمے نے معمول کی سرگرمیاں روکیں (پچھلا مہینہ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (total entered from a licensed form)</source>
        <translation>%1 (لائسنس یافتہ فارم سے درج کردہ کل)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1، %2 کو</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reliever use</source>
        <translation>ریلیور کا استعمال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1 of %2 days with a diary entry (about %3 days a week)</source>
        <translation>ڈائری اندراج والے %2 دنوں میں سے %1 دن (تقریباً ہفتے میں %3 دن)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No diary entries in this period</source>
        <translation>اس مدت میں کوئی ڈائری اندراج نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions for the nurse</source>
        <translation>نرس کے لیے سوالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written action plan held</source>
        <translation>تحریری ایکشن پلان موجود ہے</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plan in the app</source>
        <translation>ایپ میں کوئی پلان نہیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes: agreed %1 with %2</source>
        <translation>ہاں: %1 کو %2 کے ساتھ طے ہوا</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attacks since the last review</source>
        <translation>پچھلے جائزے کے بعد سے دورے</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attacks in the last 12 months</source>
        <translation>پچھلے 12 مہینوں میں دورے</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;E visits since the last review</source>
        <translation>پچھلے جائزے کے بعد سے ⁦A&amp;E⁩ کے دورے</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hospital admissions since the last review</source>
        <translation>پچھلے جائزے کے بعد سے ہسپتال میں داخلے</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 since the last review</source>
        <translation>پچھلے جائزے کے بعد سے: %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../asthma_app/ui/printing/documents.py" line="+75"/>
        <source>%1 — asthma action plan agreed %2</source>
        <translation>%1 — دمہ ایکشن پلان، طے کیا گیا %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My asthma action plan</source>
        <translation>میرا دمہ ایکشن پلان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with %1 on %2. Plan version %3.</source>
        <translation>%1 کے ساتھ %2 کو طے کیا گیا۔ پلان کا ورژن %3۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed with %1 (%2) on %3. Plan version %4.</source>
        <translation>%1 (%2) کے ساتھ %3 کو طے ہوا۔ پلان ورژن %4۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed by: %1.</source>
        <translation>طے کرنے والے: %1۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <translation>اگلا معائنہ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My personal best peak flow: %1 L/min (%2 scale).</source>
        <translation>میرا ذاتی بہترین پیک فلو: ⁦%1 L/min⁩ (⁦%2⁩ پیمانہ)۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Peak flow below %1 L/min.</source>
        <translation>پیک فلو ⁦%1 L/min⁩ سے کم۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call %1 straight away if</source>
        <translation>فوراً %1 پر کال کریں اگر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GREEN</source>
        <translation>سبز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green zone — every day, when my asthma is good</source>
        <translation>سبز زون — ہر روز، جب میرا دمہ ٹھیک ہو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMBER</source>
        <translation>پیلا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber zone — when my asthma is getting worse</source>
        <translation>پیلا زون — جب میرا دمہ بگڑ رہا ہو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RED</source>
        <translation>سرخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red zone — asthma attack: act now</source>
        <translation>سرخ زون — دمے کا دورہ: ابھی قدم اٹھائیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own plan, written with your nurse or doctor. Bring it to every asthma review.</source>
        <translation>یہ آپ کا اپنا پلان ہے، جو آپ کی نرس یا ڈاکٹر کے ساتھ لکھا گیا۔ اسے دمے کے ہر معائنے پر ساتھ لائیں۔</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medicine</source>
        <translation>دوا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to take it</source>
        <translation>کیسے لینی ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In an asthma attack:</source>
        <translation>دمے کے دورے میں:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency number</source>
        <translation>ایمرجنسی نمبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My GP or asthma nurse</source>
        <translation>میرا جی پی یا دمے کی نرس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of hours</source>
        <translation>اوقات کار کے بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My triggers</source>
        <translation>میرے محرکات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>رابطے</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/pdf.py" line="+53"/>
        <source>Page %1 of %2</source>
        <translation>صفحہ %1 از %2</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Asthma action plan</source>
        <translation>دمہ ایکشن پلان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asthma review summary</source>
        <translation>دمے کے معائنے کا خلاصہ</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../asthma_app/domain/profile.py" line="+33"/>
        <source>Please enter a name.</source>
        <translation>براہ کرم نام لکھیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use a shorter name (80 letters at most).</source>
        <translation>براہ کرم چھوٹا نام استعمال کریں (زیادہ سے زیادہ 80 حروف)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the year of birth.</source>
        <translation>براہ کرم پیدائش کا سال چیک کریں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/nhs_number.py" line="+53"/>
        <source>This is not a valid NHS number: it has 10 digits and the last one checks the others. Please copy it again from a letter from your practice, or leave it empty.</source>
        <translation>یہ درست ⁦NHS⁩ نمبر نہیں ہے: اس میں 10 ہندسے ہوتے ہیں اور آخری ہندسہ باقیوں کی جانچ کرتا ہے۔ براہ کرم اسے اپنی پریکٹس کے خط سے دوبارہ نقل کریں، یا خالی چھوڑ دیں۔</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../asthma_app/qt_strings.py" line="+93"/>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-36"/>
        <source>&amp;Look in:</source>
        <translation>&amp;اس میں دیکھیں:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>فائل کا &amp;نام:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>فائل کی &amp;قسم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;نیا فولڈر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;نام بدلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>چھپی ہوئی فائلیں &amp;دکھائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>اوپر والا فولڈر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>فہرست کی شکل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>تفصیلی شکل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>اوپر والے فولڈر میں جائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>ایک نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>فہرست کی شکل میں دیکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>تفصیلی شکل میں دیکھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>مقامات اور بُک مارکس کی فہرست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>⁨%1⁩ پہلے سے موجود ہے۔
کیا آپ اس کی جگہ نئی فائل رکھنا چاہتے ہیں؟</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-54"/>
        <source>&amp;Undo</source>
        <translation>&amp;واپس کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاں کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;واپس کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;چسپاں کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../asthma_app/ui/widgets/read_aloud.py" line="+39"/>
        <location line="+59"/>
        <source>Read aloud</source>
        <translation>بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 (Ctrl+R)</source>
        <translation>%1 (کی بورڈ: ⁦Ctrl⁩+⁦R⁩)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop reading</source>
        <translation>پڑھنا بند کریں</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="-132"/>
        <source>Morning</source>
        <translation>صبح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>شام</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1&#xa0;L/min can&apos;t be right: peak flow meters read between %2 and %3&#xa0;L/min. Please check the number.</source>
        <translation>⁦%1&#xa0;L/min⁩ درست نہیں ہو سکتا: پیک فلو میٹر %2 سے ⁦%3&#xa0;L/min⁩ تک پڑھتے ہیں۔ براہ کرم نمبر چیک کریں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&#xa0;L/min is unusual. Please check you typed it right.</source>
        <translation>⁦%1&#xa0;L/min⁩ غیر معمولی ہے۔ براہ کرم چیک کریں کہ آپ نے درست لکھا ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&#xa0;L/min is more than 20&#xa0;% above your personal best of %2. Please check the reading. If it is right, talk to your nurse about a new personal best.</source>
        <translation>⁦%1&#xa0;L/min⁩ آپ کے ذاتی بہترین %2 سے ⁦20&#xa0;%⁩ سے زیادہ اوپر ہے۔ براہ کرم ریڈنگ چیک کریں۔ اگر یہ درست ہے تو نئے ذاتی بہترین کے بارے میں اپنی نرس سے بات کریں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/typed_numbers.py" line="+137"/>
        <source>Please type a number.</source>
        <translation>براہ کرم نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>“%1” is not a number. Type the number the pointer shows, for example 450.</source>
        <translation>“%1” نمبر نہیں ہے۔ وہ نمبر لکھیں جو سوئی دکھاتی ہے، مثال کے طور پر 450۔</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This looks like litres per second. The app uses litres per minute (L/min): type the number on your meter&apos;s L/min scale.</source>
        <translation>یہ لیٹر فی سیکنڈ لگتا ہے۔ ایپ لیٹر فی منٹ (⁦L/min⁩) استعمال کرتی ہے: اپنے میٹر کے ⁦L/min⁩ پیمانے کا نمبر لکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a whole number. This looks like litres per second: the app uses whole litres per minute (L/min). Type the number on your meter&apos;s L/min scale, for example 450.</source>
        <translation>“%1” پورا نمبر نہیں ہے۔ یہ لیٹر فی سیکنڈ لگتا ہے: ایپ پورے لیٹر فی منٹ (⁦L/min⁩) استعمال کرتی ہے۔ اپنے میٹر کے ⁦L/min⁩ پیمانے والا نمبر لکھیں، مثال کے طور پر 450۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="+12"/>
        <source>Please enter one to three blows.</source>
        <translation>براہ کرم ایک سے تین پھونکیں لکھیں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a number from 0 to %1.</source>
        <translation>ریلیور کے پف 0 سے %1 تک کا نمبر ہونے چاہییں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/diary.py" line="+58"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>یہ تاریخ اور وقت مستقبل میں ہے۔ براہ کرم چیک کریں۔</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../asthma_app/storage/recovery.py" line="+134"/>
        <source>The damaged file still held %1 entries saved after that backup: they have been added to your diary.</source>
        <translation>خراب فائل میں اس بیک اپ کے بعد محفوظ کیے گئے %1 اندراجات اب بھی موجود تھے: انہیں آپ کی ڈائری میں شامل کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your diary file was damaged. The app has put the damaged file aside in %1 (it is not deleted) and brought back your backup from %2.

Your diary now runs up to %2. Anything you saved after that is not in it, so please add it again if you can.</source>
        <translation>آپ کی ڈائری کی فائل خراب ہو گئی تھی۔ ایپ نے خراب فائل کو %1 میں الگ رکھ دیا ہے (اسے مٹایا نہیں گیا) اور %2 کا آپ کا بیک اپ واپس لے آئی ہے۔

اب آپ کی ڈائری %2 تک ہے۔ اس کے بعد آپ نے جو کچھ محفوظ کیا وہ اس میں نہیں ہے، اس لیے اگر ہو سکے تو براہ کرم اسے دوبارہ شامل کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries had a damaged date, time or choice and could not be put back in your diary. They are still in the damaged file that was put aside.</source>
        <translation>%1 اندراجات کی تاریخ، وقت یا انتخاب خراب تھا اور انہیں آپ کی ڈائری میں واپس نہیں رکھا جا سکا۔ وہ اب بھی اس خراب فائل میں ہیں جو الگ رکھی گئی ہے۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your diary file was damaged and there was no backup to bring back. The app has put the damaged file aside in %1 (it is not deleted) and saved what it could still read into a new diary: %2 peak-flow readings, %3 symptom entries and %4 plan versions.

Some entries may be missing. Please check your diary and your plan.</source>
        <translation>آپ کی ڈائری کی فائل خراب ہو گئی تھی اور واپس لانے کے لیے کوئی بیک اپ نہیں تھا۔ ایپ نے خراب فائل کو %1 میں الگ رکھ دیا ہے (اسے مٹایا نہیں گیا) اور جو کچھ وہ ابھی بھی پڑھ سکی اسے ایک نئی ڈائری میں محفوظ کر دیا ہے: پیک فلو کی %2 ریڈنگز، علامات کے %3 اندراجات اور پلان کے %4 ورژن۔

کچھ اندراجات غائب ہو سکتے ہیں۔ براہ کرم اپنی ڈائری اور اپنا پلان چیک کریں۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list of tables in the file was damaged too, so only what SQLite could still read was saved. The damaged file is kept, so more may be recovered from it later.</source>
        <translation>فائل میں ٹیبلز کی فہرست بھی خراب تھی، اس لیے صرف وہی محفوظ ہوا جو ⁦SQLite⁩ ابھی پڑھ سکتا تھا۔ خراب فائل رکھ لی گئی ہے، اس لیے بعد میں اس سے مزید بحال کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some entries in your diary file were damaged: %1 of them hold letters that could not be read. The app has put the damaged file aside in %2 (it is not deleted) and copied everything into a new diary; the letters that could not be read are shown as �.

Please check your notes and your plan. Your backups are on the Backups page if you would rather bring one back.</source>
        <translation>آپ کی ڈائری فائل کے کچھ اندراجات خراب تھے: ان میں سے %1 میں ایسے حروف ہیں جو پڑھے نہیں جا سکے۔ ایپ نے خراب فائل %2 میں الگ رکھ دی ہے (یہ حذف نہیں ہوئی) اور سب کچھ ایک نئی ڈائری میں نقل کر دیا ہے؛ جو حروف پڑھے نہیں جا سکے وہ � کی صورت میں دکھائے گئے ہیں۔

براہ کرم اپنے نوٹس اور اپنا پلان چیک کریں۔ اگر آپ کوئی بیک اپ واپس لانا چاہیں تو آپ کے بیک اپ، بیک اپ والے صفحے پر ہیں۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some entries in your diary file were damaged. The app has put the damaged file aside in %1 (it is not deleted) and copied everything it could read into a new diary.

Please check your diary. Your backups are on the Backups page if you would rather bring one back.</source>
        <translation>آپ کی ڈائری فائل کے کچھ اندراجات خراب تھے۔ ایپ نے خراب فائل %1 میں الگ رکھ دی ہے (یہ حذف نہیں ہوئی) اور جو کچھ پڑھا جا سکا اسے ایک نئی ڈائری میں نقل کر دیا ہے۔

براہ کرم اپنی ڈائری چیک کریں۔ اگر آپ کوئی بیک اپ واپس لانا چاہیں تو آپ کے بیک اپ، بیک اپ والے صفحے پر ہیں۔</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../asthma_app/domain/regions.py" line="+21"/>
        <source>United Kingdom</source>
        <translation>برطانیہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>آئرلینڈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union (other)</source>
        <translation>یورپی یونین (دیگر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States or Canada</source>
        <translation>امریکہ یا کینیڈا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>آسٹریلیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>نیوزی لینڈ</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../asthma_app/ui/reminders.py" line="-76"/>
        <source>Reminder</source>
        <translation>یاد دہانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the reminder</source>
        <translation>یاد دہانی ہٹائیں</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>‏%1: %2</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location line="-89"/>
        <source>Asthma Plan &amp; Diary</source>
        <translation>دمہ پلان اور ڈائری</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location line="+180"/>
        <source>Reminders</source>
        <translation>یاد دہانیاں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me (while the app is open)</source>
        <translation>مجھے یاد دلائیں (جب تک ایپ کھلی ہو)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preventer dose</source>
        <translation>پریوینٹر کی خوراک</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak-flow reading</source>
        <translation>پیک فلو ریڈنگ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for: </source>
        <translation>وقت برائے: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no notification area (system tray), so reminders cannot be shown. Set them on your phone or another device instead.</source>
        <translation>اس کمپیوٹر میں اطلاعات کی جگہ (سسٹم ٹرے) نہیں ہے، اس لیے یاد دہانیاں نہیں دکھائی جا سکتیں۔ اس کے بجائے انہیں اپنے فون یا کسی اور آلے پر لگائیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You also get a reminder when your plan&apos;s review date is a week away.</source>
        <translation>جب آپ کے پلان کے معائنے کی تاریخ میں ایک ہفتہ رہ جائے تو بھی آپ کو یاد دہانی ملتی ہے۔</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../asthma_app/services/reminders.py" line="+48"/>
        <source>Time for your preventer, as your plan says.</source>
        <translation>آپ کے پریوینٹر کا وقت ہو گیا ہے، جیسا کہ آپ کا پلان کہتا ہے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to blow your peak flow and log it.</source>
        <translation>اپنا پیک فلو پھونکنے اور لکھنے کا وقت ہو گیا ہے۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your asthma review is due. Book it with your GP surgery.</source>
        <translation>آپ کے دمے کے معائنے کا وقت ہو گیا ہے۔ اپنی جی پی سرجری میں وقت لیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have a reminder from this app. Unlock it to see it.</source>
        <translation>آپ کے لیے اس ایپ کی طرف سے ایک یاد دہانی ہے۔ اسے دیکھنے کے لیے ایپ کو ان لاک کریں۔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your asthma review is due on %1. Book it with your GP surgery.</source>
        <translation>آپ کے دمے کا معائنہ %1 کو ہونا ہے۔ اپنی جی پی سرجری میں وقت لیں۔</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../asthma_app/storage/restore.py" line="-7"/>
        <source>This backup does not hold %1&apos;s diary (it was made before they were added, or on another diary), so nothing was brought back. Nothing was changed.</source>
        <translation>اس بیک اپ میں %1 کی ڈائری نہیں ہے (یہ ان کے شامل کیے جانے سے پہلے، یا کسی اور ڈائری پر بنایا گیا تھا)، اس لیے کچھ واپس نہیں لایا گیا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This backup could not be brought back because its rows do not fit together. Nothing was changed.</source>
        <translation>یہ بیک اپ واپس نہیں لایا جا سکا کیونکہ اس کے اندراجات آپس میں میل نہیں کھاتے۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault_restore.py" line="+82"/>
        <source>This backup does not open with your passphrase: it belongs to someone else, or it is not a backup of this app. Nothing was changed.</source>
        <translation>یہ بیک اپ آپ کے پاس فریز سے نہیں کھلتا: یہ کسی اور کا ہے، یا اس ایپ کا بیک اپ نہیں ہے۔ کچھ نہیں بدلا گیا۔</translation>
    </message>
</context>
<context>
    <name>ReviewBanners</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_banners.py" line="+15"/>
        <source>It&apos;s time for your monthly check: three quick questions about how your asthma has been.</source>
        <translation>آپ کی ماہانہ جانچ کا وقت ہو گیا ہے: تین چھوٹے سوال کہ آپ کا دمہ کیسا رہا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>ابھی جواب دیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>ابھی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened</source>
        <translation>جو ہوا وہ لکھیں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No thanks</source>
        <translation>نہیں، شکریہ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You were in the red zone on %1. Did you have an asthma attack or need urgent care? Your nurse will want to know at your review.</source>
        <translation>%1 کو آپ سرخ زون میں تھے۔ کیا آپ کو دمے کا دورہ پڑا یا فوری طبی مدد کی ضرورت پڑی؟ آپ کی نرس معائنے پر یہ جاننا چاہے گی۔</translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <location filename="../asthma_app/ui/printing/review_chart.py" line="+55"/>
        <source>Chart: no peak-flow readings in this period.</source>
        <translation>چارٹ: اس مدت میں پیک فلو کی کوئی ریڈنگ نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: %1 peak-flow readings from %2 to %3, from %4 to %5 L/min.</source>
        <translation>چارٹ: %2 سے %3 تک پیک فلو کی %1 ریڈنگز، ⁦%4⁩ سے ⁦%5 L/min⁩ تک۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal best %1 L/min. %2 readings were below the amber line (%3 L/min) and %4 below the red line (%5 L/min).</source>
        <translation>ذاتی بہترین ⁦%1 L/min⁩۔ %2 ریڈنگز پیلی لائن (⁦%3 L/min⁩) سے نیچے تھیں اور %4 سرخ لائن (⁦%5 L/min⁩) سے نیچے۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No peak-flow readings in this period.</source>
        <translation>اس مدت میں پیک فلو کی کوئی ریڈنگ نہیں۔</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Peak flow, L/min (%1 scale)</source>
        <translation>پیک فلو، ⁦L/min⁩ (⁦%1⁩ پیمانہ)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal best</source>
        <translation>ذاتی بہترین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber below</source>
        <translation>پیلا اس سے کم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red below</source>
        <translation>سرخ اس سے کم</translation>
    </message>
</context>
<context>
    <name>ReviewChecklistView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_checklist.py" line="+36"/>
        <source>For you and your nurse to fill in together at your review. Leave anything that was not talked about as &quot;not asked&quot;.</source>
        <translation>آپ اور آپ کی نرس جائزے کے دوران مل کر بھریں۔ جس چیز پر بات نہیں ہوئی اسے &quot;نہیں پوچھا گیا&quot; رہنے دیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Date of the review</source>
        <translation>جائزے کی تاریخ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Inhaler technique checked</source>
        <translation>انہیلر کا طریقہ جانچا گیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date inhaler technique checked</source>
        <translation>انہیلر کے طریقے کی جانچ کی تاریخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhaler device checked</source>
        <translation>جانچا گیا انہیلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a spacer</source>
        <translation>اسپیسر استعمال کرتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Smoking</source>
        <translation>سگریٹ نوشی</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Second-hand smoke at home or in the car</source>
        <translation>گھر یا گاڑی میں دوسروں کا دھواں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flu vaccine this season</source>
        <translation>اس موسم میں فلو کی ویکسین</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Action plan</source>
        <translation>ایکشن پلان</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What I want to talk about at this review</source>
        <translation>میں اس جائزے میں کس بارے میں بات کرنا چاہتا ہوں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save checklist</source>
        <translation>چیک لسٹ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inhaler device</source>
        <translation>انہیلر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacer</source>
        <translation>اسپیسر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second-hand smoke</source>
        <translation>دوسروں کا دھواں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My agenda for the review</source>
        <translation>جائزے کے لیے میرے موضوعات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not asked</source>
        <translation>نہیں پوچھا گیا</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Flu vaccine this season (%1)</source>
        <translation>اس موسم میں فلو کی ویکسین (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting from your last review&apos;s checklist (%1): check each answer again.</source>
        <translation>آپ کے پچھلے جائزے کی چیک لسٹ (%1) سے شروع: ہر جواب دوبارہ دیکھیں۔</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checklist saved for the review on %1.</source>
        <translation>%1 کے جائزے کے لیے چیک لسٹ محفوظ ہو گئی۔</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/review.py" line="+57"/>
        <source>Review sections</source>
        <translation>معائنے کے حصے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is my asthma?</source>
        <translation>میرا دمہ کیسا ہے؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks</source>
        <translation>دورے</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>My questions</source>
        <translation>میرے سوالات</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse&apos;s checklist</source>
        <translation>نرس کی چیک لسٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My asthma review</source>
        <translation>میرے دمے کا معائنہ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+2"/>
        <location filename="../asthma_app/ui/pages/review.py" line="+4"/>
        <source>Review</source>
        <translation>معائنہ</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/review.py" line="+7"/>
        <source>Three questions about the last month (RCP 3 Questions). Answer yes or no.</source>
        <translation>پچھلے مہینے کے بارے میں تین سوال (⁦RCP 3⁩ سوالات)۔ ہاں یا نہیں میں جواب دیں۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save my answers</source>
        <translation>میرے جوابات محفوظ کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier answers</source>
        <translation>پہلے کے جوابات</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A score from a form your nurse gave you</source>
        <translation>اس فارم کا اسکور جو آپ کی نرس نے آپ کو دیا</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save score</source>
        <translation>اسکور محفوظ کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which form</source>
        <translation>کون سا فارم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total score</source>
        <translation>کل اسکور</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Saved: %1 score %2. %3</source>
        <translation>محفوظ ہو گیا: %1 اسکور %2۔ %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record an asthma attack, or any time you needed urgent care for your asthma.</source>
        <translation>دمے کا دورہ لکھیں، یا کوئی بھی ایسا وقت جب آپ کو اپنے دمے کے لیے فوری طبی مدد کی ضرورت پڑی۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened? Tick all that apply.</source>
        <translation>کیا ہوا؟ جو بھی لاگو ہو ان سب پر نشان لگائیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attack</source>
        <translation>دورہ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attacks recorded</source>
        <translation>لکھے گئے دورے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected attack</source>
        <translation>چنا ہوا دورہ مٹائیں</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved. UK guidance asks for a follow-up appointment after this kind of care: a reminder is now on Today until you mark it booked or done.</source>
        <translation>محفوظ ہو گیا۔ اس قسم کے علاج کے بعد برطانیہ کی رہنمائی فالو اپ ملاقات کا کہتی ہے: جب تک آپ اسے طے شدہ یا مکمل نہ کریں، آج کی اسکرین پر یاد دہانی رہے گی۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: %2 score %3</source>
        <translation>%1: %2 اسکور %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no care recorded</source>
        <translation>کوئی طبی مدد نہیں لکھی گئی</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (answered)</source>
        <translation>%1 (جواب مل گیا)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Better than last time (%1 before, %2 now).</source>
        <translation>پچھلی بار سے بہتر (پہلے %1، اب %2)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worse than last time (%1 before, %2 now).</source>
        <translation>پچھلی بار سے خراب (پہلے %1، اب %2)۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as last time (%1).</source>
        <translation>پچھلی بار جیسا (%1)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write down what you want to ask at your next review.</source>
        <translation>لکھ لیں کہ آپ اپنے اگلے معائنے پر کیا پوچھنا چاہتے ہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New question</source>
        <translation>نیا سوال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add question</source>
        <translation>سوال شامل کریں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark as answered</source>
        <translation>جواب مل گیا کا نشان لگائیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove question</source>
        <translation>سوال ہٹائیں</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../asthma_app/ui/printing/review_document.py" line="+30"/>
        <source>no data</source>
        <translation>کوئی ڈیٹا نہیں</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — asthma review summary, %2 to %3</source>
        <translation>%1 — دمے کے معائنے کا خلاصہ، %2 سے %3 تک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asthma review summary</source>
        <translation>دمے کے معائنے کا خلاصہ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 (%3 days). Made on %4.</source>
        <translation>%1 سے %2 تک (%3 دن)۔ %4 کو بنایا گیا۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medicines in the plan</source>
        <translation>پلان میں دوائیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My questions for the review</source>
        <translation>معائنے کے لیے میرے سوالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None written.</source>
        <translation>کوئی نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review asks</source>
        <translation>جائزہ پوچھتا ہے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNOMED CT code</source>
        <translation>⁦SNOMED CT⁩ کوڈ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no code (as text)</source>
        <translation>کوئی کوڈ نہیں (بطور متن)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For your practice</source>
        <translation>آپ کی پریکٹس کے لیے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an asthma review template asks, from this diary, each with the SNOMED CT code a practice would record. The nurse checks the answers and decides what to code.</source>
        <translation>دمہ کے جائزے کا سانچہ جو پوچھتا ہے، اس ڈائری سے، ہر ایک کے ساتھ وہ ⁦SNOMED CT⁩ کوڈ جو پریکٹس درج کرے گی۔ نرس جوابات جانچتی ہے اور فیصلہ کرتی ہے کہ کیا کوڈ کرنا ہے۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+80"/>
        <source>Action plan</source>
        <translation>ایکشن پلان</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No action plan recorded.</source>
        <translation>کوئی ایکشن پلان درج نہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>طے نہیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (overdue)</source>
        <translation>%1 (تاریخ گزر چکی)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with</source>
        <translation>کس کے ساتھ طے کیا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>طے کرنے کی تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 دن پہلے)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review</source>
        <translation>اگلا معائنہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal best</source>
        <translation>ذاتی بہترین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 L/min (%2 scale)</source>
        <translation>⁦%1 L/min⁩ (⁦%2⁩ پیمانہ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symptom-only plan</source>
        <translation>صرف علامات والا پلان</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last 12 months at a glance</source>
        <translation>پچھلے 12 مہینے ایک نظر میں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2.</source>
        <translation>%1 سے %2 تک۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the %2 days with a diary entry (about %3 days a week)</source>
        <translation>%2 دنوں میں سے %1 دن ڈائری میں لکھا گیا (ہفتے میں تقریباً %3 دن)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no diary entries</source>
        <translation>ڈائری میں کچھ نہیں لکھا گیا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma attacks recorded</source>
        <translation>لکھے گئے دمے کے دورے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses of steroid tablets</source>
        <translation>اسٹیرائیڈ گولیوں کے کورس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;E visits</source>
        <translation>⁦A&amp;E⁩ جانے کی تعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulance called</source>
        <translation>ایمبولینس بلائی گئی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays in hospital</source>
        <translation>ہسپتال میں رہنا پڑا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours doctor or NHS 111</source>
        <translation>عام اوقات کے بعد ڈاکٹر یا ⁦NHS 111⁩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks with reliever used on more than %1 days</source>
        <translation>وہ ہفتے جن میں ریلیور %1 سے زیادہ دن استعمال ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What UK guidance says about these totals</source>
        <translation>ان کل تعداد کے بارے میں برطانیہ کی رہنمائی کیا کہتی ہے</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the nurse checked</source>
        <translation>نرس نے کیا جانچا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No review checklist filled in yet.</source>
        <translation>ابھی تک معائنے کی کوئی چیک لسٹ نہیں بھری گئی۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>نہیں پوچھا گیا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checked on %1</source>
        <translation>%1 کو جانچا گیا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review on %1.</source>
        <translation>%1 کو معائنہ۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhaler technique</source>
        <translation>انہیلر کا طریقہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacer</source>
        <translation>اسپیسر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoking</source>
        <translation>سگریٹ نوشی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second-hand smoke</source>
        <translation>دوسروں کا دھواں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flu vaccine this season (%1)</source>
        <translation>اس موسم میں فلو کی ویکسین (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My agenda for the review</source>
        <translation>جائزے کے لیے میرے موضوعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none written</source>
        <translation>کچھ نہیں لکھا گیا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asthma control</source>
        <translation>دمے پر قابو</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No RCP 3 Questions answered in this period.</source>
        <translation>اس مدت میں ⁦RCP 3⁩ سوالات کے جواب نہیں دیے گئے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCP 3 Questions on %1:</source>
        <translation>⁦RCP 3⁩ سوالات، %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All RCP 3 scores (newest first): %1</source>
        <translation>⁦RCP 3⁩ کے تمام اسکور (نئے پہلے): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 a week)</source>
        <translation>%1 (ہفتے میں %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms and reliever</source>
        <translation>علامات اور ریلیور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a diary entry</source>
        <translation>ڈائری اندراج والے دن</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Days reliever used</source>
        <translation>ریلیور استعمال والے دن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken by asthma</source>
        <translation>دمے کی وجہ سے جاگنے والی راتیں</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in the green zone</source>
        <translation>سبز زون والے دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the amber zone</source>
        <translation>پیلے زون والے دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the red zone</source>
        <translation>سرخ زون والے دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with no readings or diary</source>
        <translation>بغیر ریڈنگ یا ڈائری کے دن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak flow</source>
        <translation>پیک فلو</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Readings</source>
        <translation>ریڈنگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average morning</source>
        <translation>صبح کی اوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average evening</source>
        <translation>شام کی اوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>سب سے زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>سب سے کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest as % of personal best</source>
        <translation>سب سے کم، ذاتی بہترین کے % کے طور پر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average daily variability</source>
        <translation>روزانہ اتار چڑھاؤ کی اوسط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attacks and urgent care</source>
        <translation>دورے اور فوری طبی مدد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None recorded in this period.</source>
        <translation>اس مدت میں کوئی درج نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no care recorded</source>
        <translation>کوئی طبی مدد درج نہیں</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/medicines_section.py" line="+24"/>
        <source>No figure: no doses were due in this period (the plan gives no times for its regular medicines).</source>
        <translation>کوئی عدد نہیں: اس مدت میں کوئی خوراک مقرر نہیں تھی (پلان باقاعدہ دواؤں کے اوقات نہیں بتاتا)۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % (doses due: %2; logged as taken: %3; logged as not taken: %4; not logged: %5)</source>
        <translation>⁦%1 %⁩ (مقررہ خوراکیں: %2؛ لی گئی درج: %3؛ نہ لی گئی درج: %4؛ درج نہیں: %5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medicines taken</source>
        <translation>لی گئی دوائیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preventer doses taken</source>
        <translation>بچاؤ والی دوا کی لی گئی خوراکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever inhalers started in the last month</source>
        <translation>پچھلے مہینے شروع کیے گئے آرام والے انہیلر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever inhalers started in the last 3 months</source>
        <translation>پچھلے 3 مہینوں میں شروع کیے گئے آرام والے انہیلر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever inhalers started in the last 12 months</source>
        <translation>پچھلے 12 مہینوں میں شروع کیے گئے آرام والے انہیلر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever puffs logged in this period</source>
        <translation>اس مدت میں درج آرام والی دوا کے پف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (about %2 a week)</source>
        <translation>%1 (تقریباً %2 فی ہفتہ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most days with reliever in one week</source>
        <translation>ایک ہفتے میں آرام والی دوا کے زیادہ سے زیادہ دن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the plan does not give the times for this medicine, so its doses are not counted.</source>
        <translation>‏%1: پلان اس دوا کے اوقات نہیں بتاتا، اس لیے اس کی خوراکیں نہیں گنی جاتیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from what was logged in the app and the inhalers started in it; the inhaler&apos;s own counter and the prescription record are the ones to check.</source>
        <translation>ایپ میں درج کیے گئے اور اس میں شروع کیے گئے انہیلرز سے گنا گیا؛ جانچنے کے لیے انہیلر کا اپنا کاؤنٹر اور نسخوں کا ریکارڈ ہی اصل ہیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What UK guidance says about reliever use</source>
        <translation>آرام والی دوا کے استعمال کے بارے میں برطانیہ کی رہنمائی کیا کہتی ہے</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_summary.py" line="+37"/>
        <location line="+15"/>
        <source>From</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>To</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review summary</source>
        <translation>معائنے کا خلاصہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF...</source>
        <translation>⁦PDF⁩ محفوظ کریں...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print...</source>
        <translation>پرنٹ کریں...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export...</source>
        <translation>ایکسپورٹ کریں...</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save PDF</source>
        <translation>⁦PDF⁩ محفوظ کریں</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../asthma_app/domain/schedule.py" line="+29"/>
        <source>Not set</source>
        <translation>مقرر نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every morning</source>
        <translation>ہر صبح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every evening</source>
        <translation>ہر شام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every morning and evening</source>
        <translation>ہر صبح اور شام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other times, as agreed</source>
        <translation>دوسرے اوقات، جیسا طے ہوا</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Morning</source>
        <translation>صبح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>شام</translation>
    </message>
</context>
<context>
    <name>SchoolCopy</name>
    <message>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+38"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy for school</source>
        <translation>اسکول کے لیے نقل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child&apos;s details</source>
        <translation>بچے کی تفصیلات</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/pdf.py" line="+11"/>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+11"/>
        <source>Asthma plan: copy for school or nursery</source>
        <translation>دمے کا پلان: اسکول یا نرسری کے لیے کاپی</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+5"/>
        <source>Born in %1</source>
        <translation>پیدائش کا سال: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call %1 now if you see any of these:</source>
        <translation>اگر آپ ان میں سے کوئی بھی علامت دیکھیں تو ابھی %1 پر کال کریں:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In an asthma attack</source>
        <translation>دمے کے دورے میں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reliever inhaler</source>
        <translation>ریلیور انہیلر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not written in the plan</source>
        <translation>پلان میں نہیں لکھا</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Uses a spacer</source>
        <translation>اسپیسر استعمال کرتا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a mask with the spacer</source>
        <translation>اسپیسر کے ساتھ ماسک استعمال کرتا ہے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drug allergies</source>
        <translation>دواؤں سے الرجی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>کچھ درج نہیں</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Who to call</source>
        <translation>کسے فون کریں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency</source>
        <translation>ایمرجنسی</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Parent or carer</source>
        <translation>والدین یا نگہداشت کرنے والا</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>GP or asthma nurse</source>
        <translation>جی پی یا دمے کی نرس</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+61"/>
        <source>School or nursery contact</source>
        <translation>اسکول یا نرسری سے رابطہ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the asthma action plan agreed on %1 with %2.</source>
        <translation>دمے کے ایکشن پلان سے، جو %1 کو %2 کے ساتھ طے کیا گیا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action plan recorded: these are the general UK attack steps. Ask the child&apos;s nurse or doctor for a written plan.</source>
        <translation>کوئی ایکشن پلان درج نہیں: یہ دمے کے دورے کے لیے برطانیہ کے عام مراحل ہیں۔ بچے کی نرس یا ڈاکٹر سے لکھا ہوا پلان مانگیں۔</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+76"/>
        <source>Copy given to the school or nursery on %1.</source>
        <translation>%1 کو اسکول یا نرسری کو کاپی دی گئی۔</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — asthma plan, school copy</source>
        <translation>%1 — دمے کا پلان، اسکول کی کاپی</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+21"/>
        <source>Passphrase and lock</source>
        <translation>پاس فریز اور تالا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes without use</source>
        <translation>استعمال کے بغیر %1 منٹ بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>موجودہ پاس فریز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>وہی پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the app</source>
        <translation>ایپ پر تالا لگائیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this passphrase is forgotten, this diary cannot be opened by anyone: not by you, not by your GP practice or nurse, not by the makers of this app. There is no way to reset it. Keep your printed asthma plan, and an export of your diary, somewhere safe.</source>
        <translation>اگر یہ پاس فریز بھول گیا تو یہ ڈائری کوئی نہیں کھول سکے گا: نہ آپ، نہ آپ کا جی پی پریکٹس یا نرس، نہ اس ایپ کے بنانے والے۔ اسے ری سیٹ کرنے کا کوئی طریقہ نہیں۔ اپنا چھپا ہوا دمہ کا پلان، اور اپنی ڈائری کی ایکسپورٹ، کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand: a forgotten passphrase means this diary is lost.</source>
        <translation>میں سمجھتا/سمجھتی ہوں: پاس فریز بھول جانے کا مطلب ہے کہ یہ ڈائری کھو گئی۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove passphrase</source>
        <translation>پاس فریز ہٹائیں</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A passphrase keeps this person&apos;s diary private from others using this computer. It is stored only in a scrambled form: if it is forgotten, it cannot be read back.</source>
        <translation>پاس فریز اس فرد کی ڈائری کو اس کمپیوٹر کے دوسرے استعمال کرنے والوں سے نجی رکھتا ہے۔ اسے صرف ایک بدلی ہوئی (خفیہ) شکل میں رکھا جاتا ہے: اگر یہ بھول جائے تو اسے واپس پڑھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Please type the current passphrase first.</source>
        <translation>براہ کرم پہلے موجودہ پاس فریز ٹائپ کریں۔</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The two passphrases are different.</source>
        <translation>دونوں پاس فریز مختلف ہیں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use at least 4 characters.</source>
        <translation>براہ کرم کم از کم 4 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To lock the app, first choose a passphrase.</source>
        <translation>ایپ پر تالا لگانے کے لیے پہلے پاس فریز چنیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please confirm that you understand what happens if the passphrase is forgotten.</source>
        <translation>براہ کرم تصدیق کریں کہ آپ سمجھتے ہیں کہ پاس فریز بھول جانے پر کیا ہوتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../asthma_app/ui/speech.py" line="+92"/>
        <source>Read aloud is not available: no speech program is installed on this computer.</source>
        <translation>بلند آواز سے پڑھنا دستیاب نہیں: اس کمپیوٹر پر بولنے کا کوئی پروگرام نصب نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read aloud is not available right now: the computer&apos;s speech program did not start.</source>
        <translation>بلند آواز سے پڑھنا ابھی دستیاب نہیں: کمپیوٹر کا بولنے والا پروگرام شروع نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read aloud is not available in %1: there is no voice for this language on this computer.</source>
        <translation>%1 میں بلند آواز سے پڑھنا دستیاب نہیں: اس کمپیوٹر پر اس زبان کی کوئی آواز نہیں ہے۔</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read aloud stopped: the computer&apos;s speech program is not working.</source>
        <translation>بلند آواز سے پڑھنا رک گیا: کمپیوٹر کا بولنے والا پروگرام کام نہیں کر رہا۔</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../asthma_app/app.py" line="+349"/>
        <source>The data folder %1 could not be made: %2

Choose a folder you can write to (for example with --data-dir).</source>
        <translation>ڈیٹا فولڈر %1 نہیں بن سکا: %2

ایسا فولڈر چنیں جس میں آپ لکھ سکیں (مثلاً --⁦data-dir⁩ کے ساتھ)۔</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+40"/>
        <source>This period</source>
        <translation>یہ مدت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the diary shows</source>
        <translation>ڈائری کیا دکھاتی ہے</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Peak flow readings</source>
        <translation>پیک فلو ریڈنگز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average morning</source>
        <translation>صبح کا اوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average evening</source>
        <translation>شام کا اوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>سب سے زیادہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>سب سے کم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest % of best</source>
        <translation>بہترین کا سب سے کم %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variability</source>
        <translation>اتار چڑھاؤ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days green / amber / red</source>
        <translation>سبز / پیلے / سرخ دن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with no data</source>
        <translation>بغیر ڈیٹا کے دن</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Reliever days a week</source>
        <translation>ہفتے میں ریلیور والے دن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken a week</source>
        <translation>ہفتے میں کتنی راتیں جاگے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings missed</source>
        <translation>چھوٹی ہوئی ریڈنگز</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../asthma_app/commands/diary.py" line="-83"/>
        <source>The diary file is damaged. Start the app to repair it: it keeps the damaged file and tells you what it brought back. Nothing was changed.</source>
        <translation>ڈائری فائل خراب ہے۔ اسے ٹھیک کرنے کے لیے ایپ شروع کریں: یہ خراب فائل رکھ لیتی ہے اور آپ کو بتاتی ہے کہ کیا واپس لایا گیا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/errors.py" line="+83"/>
        <source>The data folder is read-only, so nothing can be saved. Nothing was changed.</source>
        <translation>ڈیٹا فولڈر صرف پڑھنے کے لیے ہے، اس لیے کچھ بھی محفوظ نہیں ہو سکتا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not allow the app to change the data folder, so nothing can be saved. Nothing was changed.</source>
        <translation>یہ کمپیوٹر ایپ کو ڈیٹا فولڈر بدلنے کی اجازت نہیں دیتا، اس لیے کچھ بھی محفوظ نہیں ہو سکتا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so this could not be saved. Nothing was changed.</source>
        <translation>ڈسک بھر گئی ہے، اس لیے یہ محفوظ نہیں ہو سکا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary is in use by another program. Close it and try again. Nothing was changed.</source>
        <translation>ڈائری کسی اور پروگرام کے استعمال میں ہے۔ اسے بند کریں اور دوبارہ کوشش کریں۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary file is damaged, so this could not be done. Close the app and start it again: it checks the file and repairs what it can.</source>
        <translation>ڈائری کی فائل خراب ہے، اس لیے یہ نہیں ہو سکا۔ ایپ بند کر کے دوبارہ کھولیں: یہ فائل کو جانچتی ہے اور جو ٹھیک ہو سکے، ٹھیک کر دیتی ہے۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a diary of this app (or it is damaged beyond reading), so it could not be used.</source>
        <translation>یہ فائل اس ایپ کی ڈائری نہیں ہے (یا اتنی خراب ہے کہ پڑھی نہیں جا سکتی)، اس لیے اسے استعمال نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk could not be read or written, so this could not be done. Check that the disk or memory stick is still connected, then try again.</source>
        <translation>ڈسک نہ پڑھی جا سکی نہ اس پر لکھا جا سکا، اس لیے یہ نہیں ہو سکا۔ دیکھ لیں کہ ڈسک یا میموری اسٹک اب بھی لگی ہوئی ہے، پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diary file could not be opened. Check that the data folder still exists and that you may use it.</source>
        <translation>ڈائری کی فائل نہیں کھل سکی۔ دیکھ لیں کہ ڈیٹا فولڈر اب بھی موجود ہے اور آپ اسے استعمال کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/database.py" line="+189"/>
        <source>The diary could not be opened or saved (%1). Nothing was changed.</source>
        <translation>ڈائری کھولی یا محفوظ نہیں کی جا سکی (%1)۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault.py" line="+61"/>
        <source>This person&apos;s encrypted diary could not be opened with that passphrase. Nothing was changed.</source>
        <translation>اس شخص کی انکرپٹ شدہ ڈائری اس پاس فریز سے نہیں کھل سکی۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person&apos;s encrypted diary is damaged and could not be opened. Nothing was changed; their encrypted backups are kept in the data folder&apos;s backups.</source>
        <translation>اس شخص کی انکرپٹ شدہ ڈائری خراب ہے اور کھل نہیں سکی۔ کچھ بھی تبدیل نہیں ہوا؛ ان کے انکرپٹ شدہ بیک اپ ڈیٹا فولڈر کے بیک اپس میں محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault_moves.py" line="+39"/>
        <source>The diary could not be moved safely, so nothing was changed. Please try again.</source>
        <translation>ڈائری کو محفوظ طریقے سے منتقل نہیں کیا جا سکا، اس لیے کچھ بھی تبدیل نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/symptoms.py" line="+51"/>
        <source>How is your asthma?</source>
        <translation>آپ کا دمہ کیسا ہے؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time</source>
        <translation>تاریخ اور وقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I had asthma symptoms during the day</source>
        <translation>مجھے دن میں دمے کی علامات ہوئیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I woke up at night because of my asthma</source>
        <translation>میں دمے کی وجہ سے رات کو جاگا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma stopped me doing things I usually do</source>
        <translation>دمے نے مجھے روز مرہ کے کام کرنے سے روکا</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Reliever puffs today</source>
        <translation>آج ریلیور کے پف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amber signs from your plan</source>
        <translation>آپ کے پلان سے پیلی علامات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red signs from your plan</source>
        <translation>آپ کے پلان سے سرخ علامات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggers I met</source>
        <translation>محرکات جن کا سامنا ہوا</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Other triggers, separated by commas</source>
        <translation>دیگر محرکات، کوما سے الگ کریں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>نوٹ (اختیاری)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zone from these answers</source>
        <translation>ان جوابات سے زون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No plan yet, so no zone. Your answers go in your diary.</source>
        <translation>ابھی پلان نہیں ہے، اس لیے کوئی زون نہیں۔ آپ کے جوابات آپ کی ڈائری میں جاتے ہیں۔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo change to symptom entry</source>
        <translation>علامات کے اندراج کی تبدیلی واپس کریں</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="-113"/>
        <location line="+10"/>
        <source>Are you still there?</source>
        <translation>کیا آپ ابھی یہاں ہیں؟</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Time-out warning</source>
        <translation>وقت ختم ہونے کی تنبیہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m still here</source>
        <translation>میں ابھی یہاں ہوں</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To keep your information private, this screen will be cleared in %1 seconds. Press the button if you need more time.</source>
        <translation>آپ کی معلومات نجی رکھنے کے لیے یہ اسکرین %1 سیکنڈ میں صاف کر دی جائے گی۔ اگر آپ کو مزید وقت چاہیے تو بٹن دبائیں۔</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-4"/>
        <location filename="../asthma_app/ui/pages/today.py" line="+20"/>
        <location line="+36"/>
        <source>Today</source>
        <translation>آج</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/today.py" line="-32"/>
        <source>Log peak flow</source>
        <translation>پیک فلو لکھیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log how I feel</source>
        <translation>لکھیں میں کیسا محسوس کر رہا ہوں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add my action plan</source>
        <translation>میرا ایکشن پلان شامل کریں</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Next asthma review: %1.</source>
        <translation>دمے کا اگلا معائنہ: %1۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your review is overdue: please book it with your GP surgery.</source>
        <translation>آپ کا معائنہ وقت سے پیچھے ہے: براہ کرم اپنی جی پی سرجری میں وقت لیں۔</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/topic_view.py" line="+38"/>
        <source>Topic text</source>
        <translation>موضوع کا متن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A−</source>
        <translation>⁦A⁩−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>چھوٹا متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+</source>
        <translation>⁦A⁩+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bigger text</source>
        <translation>بڑا متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this topic</source>
        <translation>یہ موضوع پرنٹ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this topic aloud</source>
        <translation>یہ موضوع بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This topic is not in your language yet, so it is shown in English.</source>
        <translation>یہ موضوع ابھی آپ کی زبان میں نہیں ہے، اس لیے انگریزی میں دکھایا گیا ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This translation has not yet been checked by a fluent speaker.</source>
        <translation>یہ ترجمہ ابھی کسی روانی سے بولنے والے نے نہیں جانچا۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last reviewed: %1</source>
        <translation>آخری بار جانچا گیا: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1</source>
        <translation>ذرائع: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Print topic</source>
        <translation>موضوع پرنٹ کریں</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <location filename="../asthma_app/domain/trend_notes.py" line="+33"/>
        <source>Your action plan lists this as an amber sign: “%1”.</source>
        <translation>آپ کے ایکشن پلان میں یہ پیلی علامت ہے: “%1”۔</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reliever used on %1 of the %2 days in this period.</source>
        <translation>اس مدت کے %2 دنوں میں سے %1 دن ریلیور استعمال ہوا۔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever used on %1 of the %2 days with a diary entry (days without an entry: %3).</source>
        <translation>ڈائری اندراج والے %2 دنوں میں سے %1 دن ریلیور استعمال ہوا (بغیر اندراج کے دن: %3)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 days a week on average.</source>
        <translation>یہ اوسطاً ہفتے میں %1 دن ہے۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reliever</source>
        <translation>ریلیور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woken at night by asthma on %1 of the %2 days in this period.</source>
        <translation>اس مدت کے %2 دنوں میں سے %1 دن دمے کی وجہ سے رات کو جاگے۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woken at night by asthma on %1 of the %2 days with a diary entry (days without an entry: %3).</source>
        <translation>ڈائری اندراج والے %2 دنوں میں سے %1 دن دمے کی وجہ سے رات کو جاگے (بغیر اندراج کے دن: %3)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night</source>
        <translation>رات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No peak flow readings in this period.</source>
        <translation>اس مدت میں پیک فلو کی کوئی ریڈنگ نہیں۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average morning peak flow: %1 L/min.</source>
        <translation>صبح کا اوسط پیک فلو: ⁦%1 L/min⁩۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average evening peak flow: %1 L/min.</source>
        <translation>شام کا اوسط پیک فلو: ⁦%1 L/min⁩۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest reading %1 L/min, lowest %2 L/min.</source>
        <translation>سب سے زیادہ ریڈنگ ⁦%1 L/min⁩، سب سے کم ⁦%2 L/min⁩۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lowest reading was %1 % of the personal best in your plan at the time.</source>
        <translation>سب سے کم ریڈنگ اس وقت کے پلان کے ذاتی بہترین کا ⁦%1 %⁩ تھی۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak flow varied by %1 % on average between morning and evening (days with both readings: %2).</source>
        <translation>پیک فلو صبح اور شام کے درمیان اوسطاً ⁦%1 %⁩ بدلا (دونوں ریڈنگ والے دن: %2)۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 morning and evening readings were not recorded.</source>
        <translation>صبح اور شام کی %2 ریڈنگز میں سے %1 نہیں لکھی گئیں۔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days in the green zone: %1. Amber zone: %2. Red zone: %3. No data: %4.</source>
        <translation>سبز زون کے دن: %1۔ پیلا زون: %2۔ سرخ زون: %3۔ کوئی ڈیٹا نہیں: %4۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days with data but no zone, because no plan with zones was in force: %1.</source>
        <translation>ڈیٹا والے مگر بغیر زون کے دن، کیونکہ زون والا کوئی پلان لاگو نہیں تھا: %1۔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No diary entries in this period.</source>
        <translation>اس مدت میں ڈائری کا کوئی اندراج نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings left out of these figures because they could not be converted to one meter scale: %1.</source>
        <translation>ریڈنگز جو ان اعداد میں شامل نہیں کیونکہ انہیں ایک میٹر پیمانے پر نہیں بدلا جا سکا: %1۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/trends.py" line="+302"/>
        <source>No zone: there was no plan with a personal best then.</source>
        <translation>کوئی زون نہیں: اس وقت ذاتی بہترین والا کوئی پلان نہیں تھا۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest reading was %1 % of the personal best in your plan then: %2.</source>
        <translation>سب سے کم ریڈنگ اس وقت کے پلان کے ذاتی بہترین کا ⁦%1 %⁩ تھی: %2۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of the personal best in your plan then: %2.</source>
        <translation>اس وقت کے پلان کے ذاتی بہترین کا ⁦%1 %⁩: %2۔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reading, %2: %3 L/min.</source>
        <translation>%1 کی ریڈنگ، %2: ⁦%3 L/min⁩۔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 readings in the %2 days from %3: lowest %4 L/min, highest %5 L/min, average %6 L/min (%7 readings).</source>
        <translation>%3 سے %2 دنوں میں %1 کی ریڈنگز: سب سے کم ⁦%4 L/min⁩، سب سے زیادہ ⁦%5 L/min⁩، اوسط ⁦%6 L/min⁩ (%7 ریڈنگز)۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+23"/>
        <source>no doses due (no times in the plan)</source>
        <translation>کوئی مقررہ خوراک نہیں (پلان میں اوقات نہیں)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % (%2 of %3 due)</source>
        <translation>⁦%1 %⁩ (%3 مقررہ میں سے %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preventer doses taken</source>
        <translation>بچاؤ والی دوا کی لی گئی خوراکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>⁦%1 %⁩</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>no figure</source>
        <translation>کوئی عدد نہیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses taken / due</source>
        <translation>لی گئی / مقررہ خوراکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever puffs a week</source>
        <translation>فی ہفتہ آرام والی دوا کے پف</translation>
    </message>
</context>
<context>
    <name>TrendsCharts</name>
    <message>
        <location filename="../asthma_app/ui/charts.py" line="+322"/>
        <source>Personal best in your plan</source>
        <translation>آپ کے پلان میں ذاتی بہترین</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever puffs</source>
        <translation>ریلیور کے پف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken</source>
        <translation>رات کو جاگنا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventer doses taken</source>
        <translation>بچاؤ والی دوا کی لی گئی خوراکیں</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Morning: blue solid line with round dots. Evening: purple dashed line with triangles. Dotted black line: the personal best in your plan. Background: green, amber and red zones from the plan in force on each day.</source>
        <translation>صبح: گول نقطوں والی نیلی مسلسل لکیر۔ شام: تکونوں والی جامنی ٹوٹی ٹوٹی لکیر۔ نقطوں والی کالی لکیر: آپ کے پلان میں ذاتی بہترین۔ پس منظر: ہر دن لاگو پلان کے سبز، پیلے اور سرخ زون۔</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Peak flow chart</source>
        <translation>پیک فلو چارٹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever puffs chart</source>
        <translation>ریلیور کے پف کا چارٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken chart</source>
        <translation>رات کو جاگنے کا چارٹ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventer doses taken chart</source>
        <translation>بچاؤ والی دوا کی لی گئی خوراکوں کا چارٹ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Green zone</source>
        <translation>سبز زون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber zone</source>
        <translation>پیلا زون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone</source>
        <translation>سرخ زون</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lowest to highest</source>
        <translation>سب سے کم سے سب سے زیادہ تک</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Peak flow (L/min)</source>
        <translation>پیک فلو (⁦L/min⁩)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Peak flow (L/min): average, lowest and highest in each %n days</source>
        <translation>
            <numerusform>پیک فلو (⁦L/min⁩): ہر %n دن میں اوسط، سب سے کم اور سب سے زیادہ</numerusform>
            <numerusform>پیک فلو (⁦L/min⁩): ہر %n دن میں اوسط، سب سے کم اور سب سے زیادہ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliever puffs each day</source>
        <translation>ہر دن ریلیور کے پف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woken at night by asthma (1 = yes)</source>
        <translation>دمے کی وجہ سے رات کو جاگے (1 = ہاں)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reliever puffs in each %n days</source>
        <translation>
            <numerusform>ہر %n دن میں ریلیور کے پف</numerusform>
            <numerusform>ہر %n دن میں ریلیور کے پف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nights woken by asthma in each %n days</source>
        <translation>
            <numerusform>ہر %n دن میں دمے کی وجہ سے کتنی راتیں جاگے</numerusform>
            <numerusform>ہر %n دن میں دمے کی وجہ سے کتنی راتیں جاگے</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preventer doses taken: none due in this period (the plan gives no times for its regular medicines, or there was no plan), so there is no figure.</source>
        <translation>بچاؤ والی دوا کی لی گئی خوراکیں: اس مدت میں کوئی مقرر نہیں تھی (پلان باقاعدہ دواؤں کے اوقات نہیں بتاتا، یا کوئی پلان نہیں تھا)، اس لیے کوئی عدد نہیں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preventer doses taken each day, as a per cent of the doses due (from what you logged)</source>
        <translation>ہر دن لی گئی بچاؤ والی دوا کی خوراکیں، مقررہ خوراکوں کے فیصد کے طور پر (آپ کے درج کیے ہوئے سے)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Preventer doses taken in each %n days, as a per cent of the doses due (from what you logged)</source>
        <translation>
            <numerusform>ہر %n دن میں لی گئی بچاؤ والی دوا کی خوراکیں، مقررہ خوراکوں کے فیصد کے طور پر (آپ کے درج کیے ہوئے سے)</numerusform>
            <numerusform>ہر %n دن میں لی گئی بچاؤ والی دوا کی خوراکیں، مقررہ خوراکوں کے فیصد کے طور پر (آپ کے درج کیے ہوئے سے)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/trends.py" line="+171"/>
        <location line="+187"/>
        <source>Click a dot on the chart to see that reading.</source>
        <translation>وہ ریڈنگ دیکھنے کے لیے چارٹ پر کسی نقطے پر کلک کریں۔</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+3"/>
        <location filename="../asthma_app/ui/pages/trends.py" line="-172"/>
        <location line="+92"/>
        <source>Trends</source>
        <translation>رجحانات</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/trends.py" line="-70"/>
        <source>2 weeks</source>
        <translation>2 ہفتے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 months</source>
        <translation>3 مہینے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 سال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>اپنی مرضی کی مدت</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this period</source>
        <translation>یہ مدت دکھائیں</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Earlier</source>
        <translation>← پہلے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later →</source>
        <translation>بعد میں →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From</source>
        <translation>کب سے</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>کب تک</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+163"/>
        <source>View as table</source>
        <translation>جدول کی شکل میں دیکھیں</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Save chart as PNG…</source>
        <translation>چارٹ ⁦PNG⁩ کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find my personal best…</source>
        <translation>میرا ذاتی بہترین معلوم کریں…</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 سے %2 تک (%n دن)</numerusform>
            <numerusform>%1 سے %2 تک (%n دن)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>View as chart</source>
        <translation>چارٹ کی شکل میں دیکھیں</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save chart as PNG</source>
        <translation>چارٹ ⁦PNG⁩ کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>⁦PNG⁩ تصاویر (*.⁦png⁩)</translation>
    </message>
</context>
<context>
    <name>TrendsTables</name>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+35"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>صبح/شام</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Peak flow</source>
        <translation>پیک فلو</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>% of best</source>
        <translation>بہترین کا %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>زون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak flow readings table</source>
        <translation>پیک فلو ریڈنگز کا جدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>شروع کی تاریخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reliever puffs</source>
        <translation>ریلیور کے پف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken</source>
        <translation>رات کو جاگنا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preventer doses taken</source>
        <translation>بچاؤ والی دوا کی لی گئی خوراکیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever and nights table</source>
        <translation>ریلیور اور راتوں کا جدول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reliever and nights woken</source>
        <translation>ریلیور اور رات کو جاگنا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no diary entry</source>
        <translation>ڈائری میں کوئی اندراج نہیں</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../asthma_app/ui/workers.py" line="+179"/>
        <source>This file was not imported. Nothing was changed.

%1</source>
        <translation>یہ فائل درآمد نہیں ہوئی۔ کچھ بھی تبدیل نہیں ہوا۔

%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong, so this was not finished. Nothing was changed. Please try again.</source>
        <translation>کچھ غلط ہو گیا، اس لیے یہ مکمل نہیں ہوا۔ کچھ بھی تبدیل نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔</translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message>
        <location filename="../asthma_app/domain/zones.py" line="+22"/>
        <source>Green zone: your usual asthma</source>
        <translation>سبز زون: آپ کا عام دمہ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone: your asthma is getting worse</source>
        <translation>پیلا زون: آپ کا دمہ بگڑ رہا ہے</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone: asthma attack</source>
        <translation>سرخ زون: دمے کا دورہ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber</source>
        <translation>پیلا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>سرخ</translation>
    </message>
</context>
<context>
    <name>ZoneCard</name>
    <message>
        <location filename="../asthma_app/ui/widgets/zone_card.py" line="+33"/>
        <source>What your plan says to do</source>
        <translation>آپ کا پلان کیا کرنے کو کہتا ہے</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learn more</source>
        <translation>مزید جانیں</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read my zone aloud</source>
        <translation>میرا زون بلند آواز سے پڑھیں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this attack</source>
        <translation>اس دورے کا اندراج کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afterwards: write down what happened and what care you needed, for your follow-up and review</source>
        <translation>بعد میں: لکھیں کہ کیا ہوا اور آپ کو کس علاج کی ضرورت پڑی، اپنے فالو اپ اور جائزے کے لیے</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No zone yet</source>
        <translation>ابھی کوئی زون نہیں</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ OUT OF DATE: check again now.</source>
        <translation>⚠ پرانا: ابھی دوبارہ چیک کریں۔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ NOT ALL UP TO DATE: check again now.</source>
        <translation>⚠ سب کچھ تازہ نہیں: ابھی دوبارہ چیک کریں۔</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Based on what you logged at %1.</source>
        <translation>%1 پر آپ کے لکھے ہوئے کی بنیاد پر۔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From your action plan (agreed %1 with %2).</source>
        <translation>آپ کے ایکشن پلان سے (%1 کو %2 کے ساتھ طے کیا)۔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learn more: what to do in an asthma attack</source>
        <translation>مزید جانیں: دمے کے دورے میں کیا کریں</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more: when your asthma is getting worse</source>
        <translation>مزید جانیں: جب آپ کا دمہ بگڑ رہا ہو</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peak flow: none logged yet, and your plan uses peak flow. Do a peak flow now.</source>
        <translation>پیک فلو: ابھی تک کوئی نہیں لکھا گیا، اور آپ کا پلان پیک فلو استعمال کرتا ہے۔ ابھی پیک فلو کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak flow out of date: your last one, at %1, was in the %2 zone (%3). Your plan asks you to check at least every %4 hours: do a peak flow now.</source>
        <translation>پیک فلو پرانا ہے: آپ کا آخری پیک فلو، %1 پر، زون: %2 (%3)۔ آپ کا پلان کہتا ہے کہ کم از کم ہر %4 گھنٹے میں چیک کریں: ابھی پیک فلو کریں۔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you feel is out of date: your last entry, at %1, was in the %2 zone (%3). Your plan asks you to check at least every %4 hours: log how you feel now.</source>
        <translation>آپ کیسا محسوس کرتے ہیں، یہ پرانا ہے: آپ کا آخری اندراج، %1 پر، زون: %2 (%3)۔ آپ کا پلان کہتا ہے کہ کم از کم ہر %4 گھنٹے میں چیک کریں: ابھی لکھیں کہ آپ کیسا محسوس کرتے ہیں۔</translation>
    </message>
</context>
</TS>
