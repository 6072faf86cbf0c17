# ruff: noqa: E501  (shipped sentences, kept whole so they can be compared with the .ts files)
"""The standard attack steps as shipped in each language, to recognise copies of them.

Plans saved by older versions of the app hold the standard steps as copied text, in the language
the app ran in when the plan was saved. These tables let the app recognise such copies (and the
reliever-inhaler steps pasted into a MART or AIR plan) whatever language they are in. They are
never shown: shown text always comes from ``translate()`` in the current language.
tests/domain/test_attack_steps.py checks they match translations/*.ts; when a translation of
these steps changes, add the new wording and keep the old one (stored plans may hold it).
"""

from __future__ import annotations

# {standard set: {language: steps}}; "en" is the source text
KNOWN_TEXTS: dict[str, dict[str, tuple[str, ...]]] = {
    "standard:saba-uk:v1": {
        "en": (
            'Sit up straight and stay as calm as you can.',
            'Use your reliever inhaler: 1 puff, then wait 30 to 60 seconds before the next one, up to 10 puffs. Use your spacer if you have one.',
            'Call %1 for an ambulance if you get worse at any time, if you are no better after 10 puffs, or if you do not have your reliever.',
            'Waiting for the ambulance: if it has not come after 10 minutes and you are still no better, do step 2 again.',
            'Still no better and still no ambulance? Call %1 again at once.',
            'If you get better without calling %1, you still need to see your GP or asthma nurse today: ask for an urgent appointment.',
        ),
        "cy": (
            "Eisteddwch i fyny'n syth a chadwch mor dawel ag y gallwch chi.",
            'Defnyddiwch eich anadlydd lliniaru: 1 pwff, yna arhoswch 30 i 60 eiliad cyn yr un nesaf, hyd at 10 pwff. Defnyddiwch eich spacer os oes gennych chi un.',
            "Ffoniwch %1 am ambiwlans os ydych chi'n gwaethygu ar unrhyw adeg, os nad ydych chi'n well ar ôl 10 pwff, neu os nad yw eich lliniarydd gennych chi.",
            'Wrth aros am yr ambiwlans: os nad yw wedi dod ar ôl 10 munud a dydych chi ddim yn well o hyd, gwnewch gam 2 eto.',
            'Dal ddim yn well a dal dim ambiwlans? Ffoniwch %1 eto ar unwaith.',
            "Os ydych chi'n gwella heb ffonio %1, mae angen i chi weld eich meddyg teulu neu nyrs asthma heddiw o hyd: gofynnwch am apwyntiad brys.",
        ),
        "pl": (
            'Usiądź prosto i zachowaj spokój, na ile możesz.',
            'Użyj inhalatora z lekiem doraźnym: 1 dawka (jedno wciśnięcie), potem odczekaj 30 do 60 sekund przed następną, do 10 dawek. Użyj komory inhalacyjnej, jeśli ją masz.',
            'Zadzwoń pod %1 po karetkę, jeśli w którymkolwiek momencie poczujesz się gorzej, jeśli po 10 dawkach nie ma poprawy albo jeśli nie masz swojego leku doraźnego.',
            'Czekając na karetkę: jeśli po 10 minutach jeszcze jej nie ma, a nadal nie czujesz się lepiej, powtórz krok 2.',
            'Nadal bez poprawy i nadal nie ma karetki? Natychmiast zadzwoń ponownie pod %1.',
            'Jeśli poczujesz się lepiej bez dzwonienia pod %1, i tak musisz jeszcze dziś pójść do lekarza rodzinnego lub pielęgniarki astmatycznej: poproś o pilną wizytę.',
        ),
        "ur": (
            'سیدھے ہو کر بیٹھیں اور جتنا ہو سکے پرسکون رہیں۔',
            'اپنا ریلیور انہیلر استعمال کریں: 1 پف، پھر اگلے پف سے پہلے 30 سے 60 سیکنڈ انتظار کریں، زیادہ سے زیادہ 10 پف۔ اگر آپ کے پاس اسپیسر ہے تو اسے استعمال کریں۔',
            'ایمبولینس کے لیے %1 پر کال کریں اگر کسی بھی وقت آپ کی طبیعت زیادہ خراب ہو، اگر 10 پف کے بعد بھی آپ بہتر نہ ہوں، یا اگر آپ کے پاس اپنا ریلیور نہ ہو۔',
            'ایمبولینس کا انتظار کرتے ہوئے: اگر 10 منٹ بعد بھی ایمبولینس نہیں آئی اور آپ اب بھی بہتر نہیں ہیں، تو مرحلہ 2 دوبارہ کریں۔',
            'اب بھی بہتر نہیں اور ایمبولینس اب بھی نہیں آئی؟ فوراً دوبارہ %1 پر کال کریں۔',
            'اگر %1 پر کال کیے بغیر آپ بہتر ہو جائیں، تب بھی آپ کو آج ہی اپنے جی پی یا دمے کی نرس سے ملنا ضروری ہے: فوری ملاقات کا وقت مانگیں۔',
        ),
        "bn": (
            'সোজা হয়ে বসুন এবং যতটা পারেন শান্ত থাকুন।',
            'আপনার রিলিভার ইনহেলার ব্যবহার করুন: ১টি পাফ নিন, তারপর পরেরটির আগে ৩০ থেকে ৬০ সেকেন্ড অপেক্ষা করুন, সর্বোচ্চ ১০টি পাফ। স্পেসার থাকলে ব্যবহার করুন।',
            'অ্যাম্বুলেন্সের জন্য %1 নম্বরে ফোন করুন, যদি যেকোনো সময় আপনার অবস্থা আরও খারাপ হয়, ১০টি পাফের পরেও ভালো না লাগে, অথবা আপনার কাছে রিলিভার না থাকে।',
            'অ্যাম্বুলেন্সের অপেক্ষায় থাকার সময়: ১০ মিনিট পরেও অ্যাম্বুলেন্স না এলে এবং আপনি তখনও ভালো না হলে, আবার ধাপ ২ করুন।',
            'এখনও ভালো হননি এবং অ্যাম্বুলেন্স এখনও আসেনি? সঙ্গে সঙ্গে আবার %1 নম্বরে ফোন করুন।',
            '%1 নম্বরে ফোন না করেই ভালো হয়ে গেলেও, আজই আপনার জিপি বা হাঁপানি নার্সের সাথে দেখা করতে হবে: জরুরি অ্যাপয়েন্টমেন্ট চান।',
        ),
    },
    "standard:own-inhaler:v1": {
        "en": (
            'Sit up straight. Try to keep calm.',
            'Use your inhaler exactly as the red zone of your plan says.',
            'If you feel worse at any point, or you are not getting better, call %1 for an ambulance.',
            'If your symptoms settle and you did not need to call %1, get an urgent same-day appointment with your GP or asthma nurse.',
        ),
        "cy": (
            "Eisteddwch i fyny'n syth. Ceisiwch gadw'n dawel.",
            'Defnyddiwch eich anadlydd yn union fel mae parth coch eich cynllun yn ei ddweud.',
            "Os ydych chi'n teimlo'n waeth ar unrhyw adeg, neu ddim yn gwella, ffoniwch %1 am ambiwlans.",
            "Os yw eich symptomau'n setlo a doedd dim rhaid i chi ffonio %1, trefnwch apwyntiad brys yr un diwrnod gyda'ch meddyg teulu neu nyrs asthma.",
        ),
        "pl": (
            'Usiądź prosto. Postaraj się zachować spokój.',
            'Używaj inhalatora dokładnie tak, jak mówi czerwona strefa Twojego planu.',
            'Jeśli w którymkolwiek momencie czujesz się gorzej albo nie następuje poprawa, zadzwoń pod %1 po karetkę.',
            'Jeśli objawy ustąpią i nie trzeba było dzwonić pod %1, umów pilną wizytę tego samego dnia u lekarza rodzinnego lub pielęgniarki astmatycznej.',
        ),
        "ur": (
            'سیدھے ہو کر بیٹھیں۔ پرسکون رہنے کی کوشش کریں۔',
            'اپنا انہیلر بالکل ویسے استعمال کریں جیسے آپ کے پلان کا سرخ زون کہتا ہے۔',
            'اگر کسی بھی وقت آپ کی طبیعت زیادہ خراب ہو، یا آپ بہتر نہ ہو رہے ہوں، تو ایمبولینس کے لیے %1 پر کال کریں۔',
            'اگر آپ کی علامات ٹھیک ہو جائیں اور %1 پر کال کرنے کی ضرورت نہ پڑی ہو، تو اسی دن اپنے جی پی یا دمے کی نرس سے فوری ملاقات کا وقت لیں۔',
        ),
        "bn": (
            'সোজা হয়ে বসুন। শান্ত থাকার চেষ্টা করুন।',
            'আপনার প্ল্যানের লাল জোন যেমন বলে, ঠিক তেমনভাবে ইনহেলার ব্যবহার করুন।',
            'যেকোনো সময় খারাপ লাগলে, অথবা ভালো না হতে থাকলে, অ্যাম্বুলেন্সের জন্য %1 নম্বরে ফোন করুন।',
            'উপসর্গ কমে গেলে এবং %1 নম্বরে ফোন করার দরকার না হলে, সেদিনই আপনার জিপি বা হাঁপানি নার্সের সাথে জরুরি অ্যাপয়েন্টমেন্ট নিন।',
        ),
    },
}
