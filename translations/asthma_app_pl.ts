<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="+43"/>
        <source> (at least %1 L/min on your plan&apos;s meter scale)</source>
        <translation> (co najmniej %1 L/min na skali miernika z Twojego planu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (at most %1 L/min on your plan&apos;s meter scale)</source>
        <translation> (najwyżej %1 L/min na skali miernika z Twojego planu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 L/min on your plan&apos;s meter scale)</source>
        <translation> (%1 L/min na skali miernika z Twojego planu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 L/min%2 is %3 % of your best of %4: below your red level of %5 %.</source>
        <translation>%1 L/min%2 to %3 % Twojego najlepszego wyniku %4: poniżej Twojego czerwonego progu %5 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 L/min%2 is %3 % of your best of %4: below your amber level of %5 %.</source>
        <translation>%1 L/min%2 to %3 % Twojego najlepszego wyniku %4: poniżej Twojego żółtego progu %5 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 L/min%2 is %3 % of your best of %4: at or above your amber level of %5 %.</source>
        <translation>%1 L/min%2 to %3 % Twojego najlepszego wyniku %4: na lub powyżej Twojego żółtego progu %5 %.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>You told us: %1</source>
        <translation>Podałeś/podałaś: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your plan&apos;s warning signs were ticked.</source>
        <translation>Nie zaznaczono żadnego znaku ostrzegawczego z Twojego planu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You don&apos;t have an action plan in the app yet.</source>
        <translation>Nie masz jeszcze planu działania w aplikacji.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your GP or asthma nurse for a personal asthma action plan, then add it under Plan.</source>
        <translation>Poproś lekarza rodzinnego lub pielęgniarkę astmatyczną o osobisty plan działania w astmie, a potem dodaj go w zakładce Plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a peak flow or how you feel today to see your zone.</source>
        <translation>Zapisz przepływ szczytowy lub to, jak się dziś czujesz, aby zobaczyć swoją strefę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log how you feel today to see your zone.</source>
        <translation>Zapisz, jak się dziś czujesz, aby zobaczyć swoją strefę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings or symptoms logged yet.</source>
        <translation>Nie zapisano jeszcze żadnych pomiarów ani objawów.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This is out of date: your plan asks you to check at least every %1 hours. Log a new reading or how you feel now.</source>
        <translation>To jest nieaktualne: Twój plan mówi, aby sprawdzać co najmniej co %1 godz. Zapisz nowy pomiar lub to, jak się teraz czujesz.</translation>
    </message>
</context>
<context>
    <name>AttackDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/attack.py" line="+20"/>
        <source>Asthma attack: what to do now</source>
        <translation>Napad astmy: co robić teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma attack steps</source>
        <translation>Kroki przy napadzie astmy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call %1 now if you have any of these danger signs:</source>
        <translation>Zadzwoń teraz pod %1, jeśli masz którykolwiek z tych groźnych objawów:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do in an asthma attack</source>
        <translation>Co robić przy napadzie astmy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency number: %1</source>
        <translation>Numer alarmowy: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps from your action plan (agreed %1 with %2).</source>
        <translation>Kroki z Twojego planu działania (uzgodnionego %1 z: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General emergency advice for the UK. Your own plan may differ: ask your nurse.</source>
        <translation>Ogólne porady na wypadek nagłej sytuacji w Wielkiej Brytanii. Twój własny plan może się różnić: zapytaj pielęgniarkę.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+41"/>
        <source>My diary</source>
        <translation>Mój dzienniczek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show zones under my current plan</source>
        <translation>Pokaż strefy według mojego obecnego planu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>Strefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary entries, newest first</source>
        <translation>Wpisy w dzienniczku, od najnowszych</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing logged yet. Use Today to log a peak flow or how you feel.</source>
        <translation>Nic jeszcze nie zapisano. Użyj strony Dzisiaj, aby zapisać przepływ szczytowy lub samopoczucie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Show older entries</source>
        <translation>Pokaż starsze wpisy</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diary</source>
        <translation>Dzienniczek</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 L/min (blows: %2), %3</source>
        <translation>%1 L/min (dmuchnięcia: %2), %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, after reliever</source>
        <translation>, po leku doraźnym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak flow</source>
        <translation>Przepływ szczytowy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day symptoms</source>
        <translation>objawy w dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>woke at night</source>
        <translation>budzenie w nocy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activities limited</source>
        <translation>ograniczone zajęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliever puffs: %1</source>
        <translation>dawki leku doraźnego: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I felt</source>
        <translation>Jak się czułem/czułam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Note: %1</source>
        <translation>. Uwaga: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no zone</source>
        <translation>brak strefy</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading changed.</source>
        <translation>Pomiar zmieniony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry changed.</source>
        <translation>Wpis zmieniony.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo delete of reading from %1</source>
        <translation>Cofnij usunięcie pomiaru z %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete of entry from %1</source>
        <translation>Cofnij usunięcie wpisu z %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted. You can undo this.</source>
        <translation>Usunięto. Możesz to cofnąć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone.</source>
        <translation>Cofnięto.</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <location filename="../asthma_app/services/education.py" line="+44"/>
        <source>Asthma basics</source>
        <translation>Podstawy astmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhalers</source>
        <translation>Inhalatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your asthma</source>
        <translation>Sprawdzanie astmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting worse and attacks</source>
        <translation>Pogorszenie i napady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living with asthma</source>
        <translation>Życie z astmą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your asthma review</source>
        <translation>Twoja wizyta kontrolna</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../asthma_app/ui/first_run.py" line="+59"/>
        <source>%1 (emergency number %2)</source>
        <translation>%1 (numer alarmowy %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Twoje imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you live</source>
        <translation>Gdzie mieszkasz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>Witaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app keeps your asthma action plan, your peak flow and how you feel, and shows you what your plan says to do. Everything stays on this computer.</source>
        <translation>Ta aplikacja przechowuje Twój plan działania w astmie, przepływ szczytowy i samopoczucie oraz pokazuje, co mówi Twój plan. Wszystko zostaje na tym komputerze.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the plan I agreed with my nurse</source>
        <translation>Wpisz plan uzgodniony z pielęgniarką</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I don&apos;t have a plan yet</source>
        <translation>Nie mam jeszcze planu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your asthma action plan</source>
        <translation>Twój plan działania w astmie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan tells you what to do every day, when your asthma is getting worse, and in an asthma attack. If you have a paper plan from your GP or asthma nurse, copy it in now: it is best done together with your nurse.</source>
        <translation>Twój plan mówi, co robić każdego dnia, gdy astma się pogarsza i przy napadzie astmy. Jeśli masz papierowy plan od lekarza rodzinnego lub pielęgniarki astmatycznej, przepisz go teraz: najlepiej zrobić to razem z pielęgniarką.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan yet? Ask your GP surgery for an asthma review and a written action plan. Until then you can keep a diary of your peak flow and symptoms to take with you.</source>
        <translation>Nie masz jeszcze planu? Poproś swoją przychodnię o wizytę kontrolną astmy i pisemny plan działania. Do tego czasu możesz prowadzić dzienniczek przepływu szczytowego i objawów, aby zabrać go na wizytę.</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/learn.py" line="+33"/>
        <source>Learn about asthma</source>
        <translation>Dowiedz się o astmie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, for example: spacer</source>
        <translation>Szukaj, na przykład: komora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the topics</source>
        <translation>Przeszukaj tematy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Topics by theme</source>
        <translation>Tematy według działów</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No topic found. Try another word.</source>
        <translation>Nie znaleziono tematu. Spróbuj innego słowa.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Learn</source>
        <translation>Wiedza</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../asthma_app/ui/main_window.py" line="+134"/>
        <source>Having an asthma attack?</source>
        <translation>Masz napad astmy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do now, and the emergency number</source>
        <translation>Co robić teraz i numer alarmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text %1 %</source>
        <translation>Tekst %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app and of the Learn pages</source>
        <translation>Język aplikacji i stron z wiedzą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation not yet reviewed</source>
        <translation>Tłumaczenie jeszcze niesprawdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fluent speaker has not checked this translation yet. If something is unclear, ask your nurse.</source>
        <translation>Osoba biegle znająca ten język jeszcze nie sprawdziła tego tłumaczenia. Jeśli coś jest niejasne, zapytaj pielęgniarkę.</translation>
    </message>
</context>
<context>
    <name>MedicineTable</name>
    <message>
        <location filename="../asthma_app/ui/widgets/medicine_table.py" line="+30"/>
        <source>Medicine (drug)</source>
        <translation>Lek (substancja)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand</source>
        <translation>Nazwa handlowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used as</source>
        <translation>Stosowany jako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to take it (as written by your nurse)</source>
        <translation>Jak go przyjmować (tak jak napisała pielęgniarka)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (optional)</source>
        <translation>Kolor (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medicines in my plan</source>
        <translation>Leki w moim planie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add medicine</source>
        <translation>Dodaj lek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected medicine</source>
        <translation>Usuń zaznaczony lek</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Medicine %1 used as</source>
        <translation>Lek %1 stosowany jako</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Medicine %1 needs the name of the medicine (the drug), not only its colour or brand.</source>
        <translation>Lek %1 wymaga nazwy leku (substancji), a nie tylko koloru lub nazwy handlowej.</translation>
    </message>
</context>
<context>
    <name>PeakFlowDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/peak_flow.py" line="+49"/>
        <source>Log peak flow</source>
        <translation>Zapisz przepływ szczytowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change peak flow reading</source>
        <translation>Zmień pomiar przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blow three times and type each number. The best one counts.</source>
        <translation>Dmuchnij trzy razy i wpisz każdą liczbę. Liczy się najlepsza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use a peak flow meter</source>
        <translation>Jak używać miernika przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L/min</source>
        <translation>L/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blow %1 in litres per minute</source>
        <translation>Dmuchnięcie %1 w litrach na minutę</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blow %1</source>
        <translation>Dmuchnięcie %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date and time of reading</source>
        <translation>Data i godzina pomiaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Morning or evening</source>
        <translation>Rano czy wieczorem</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Meter scale</source>
        <translation>Skala miernika</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Taken after using my reliever</source>
        <translation>Zmierzone po użyciu leku doraźnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>Uwaga (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, this reading is right</source>
        <translation>Tak, ten pomiar jest prawidłowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save reading</source>
        <translation>Zapisz pomiar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Best: —</source>
        <translation>Najlepszy: —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best: %1 L/min</source>
        <translation>Najlepszy: %1 L/min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No personal best in your plan, so no zone from peak flow.</source>
        <translation>W Twoim planie nie ma najlepszego wyniku osobistego, więc przepływ szczytowy nie wyznacza strefy.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Undo change to reading</source>
        <translation>Cofnij zmianę pomiaru</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+24"/>
        <source>Preventer and reliever</source>
        <translation>Lek kontrolujący i lek doraźny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MART (one inhaler for every day and for relief)</source>
        <translation>MART (jeden inhalator na co dzień i doraźnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIR (anti-inflammatory reliever only)</source>
        <translation>AIR (tylko przeciwzapalny lek doraźny)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EU scale (EN 13826), most meters since 2004</source>
        <translation>Skala EU (EN 13826), większość mierników od 2004 r.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wright scale (older meters)</source>
        <translation>Skala Wrighta (starsze mierniki)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preventer</source>
        <translation>Lek kontrolujący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever</source>
        <translation>Lek doraźny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MART inhaler</source>
        <translation>Inhalator MART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIR inhaler</source>
        <translation>Inhalator AIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablets</source>
        <translation>Tabletki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>My symptoms are coming back (cough, wheeze, tight chest, hard to breathe)</source>
        <translation>Objawy wracają (kaszel, świszczący oddech, ucisk w klatce piersiowej, trudności w oddychaniu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am waking up at night because of my asthma</source>
        <translation>Budzę się w nocy z powodu astmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My symptoms are getting in the way of my day (work, school, exercise)</source>
        <translation>Objawy przeszkadzają mi w ciągu dnia (praca, szkoła, ruch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am using my reliever 3 or more times a week</source>
        <translation>Używam leku doraźnego 3 lub więcej razy w tygodniu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My reliever is not helping, or I need it more than every 4 hours</source>
        <translation>Lek doraźny nie pomaga albo potrzebuję go częściej niż co 4 godziny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t walk or talk easily</source>
        <translation>Nie mogę swobodnie chodzić ani mówić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am breathing hard and fast</source>
        <translation>Oddycham ciężko i szybko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am coughing or wheezing a lot, or my chest is very tight</source>
        <translation>Dużo kaszlę lub świszczę albo mam bardzo ściśniętą klatkę piersiową</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <source>Sit up straight. Try to keep calm.</source>
        <translation>Usiądź prosto. Postaraj się zachować spokój.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Take one puff of your reliever inhaler every 30 to 60 seconds, up to 10 puffs. Use your spacer if you have one.</source>
        <translation>Przyjmuj jedną dawkę (jedno wciśnięcie) leku doraźnego co 30 do 60 sekund, do 10 dawek. Użyj komory inhalacyjnej, jeśli ją masz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you feel worse at any point, or you don&apos;t feel better after 10 puffs, or you have no reliever with you, call %1 for an ambulance.</source>
        <translation>Jeśli w którymkolwiek momencie czujesz się gorzej, nie czujesz się lepiej po 10 dawkach albo nie masz przy sobie leku doraźnego, zadzwoń pod %1 po karetkę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the ambulance has not arrived after 10 minutes and you are no better, take your reliever again as in step 2.</source>
        <translation>Jeśli karetka nie przyjechała po 10 minutach, a nie czujesz się lepiej, przyjmij znów lek doraźny jak w kroku 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you are still no better and the ambulance has not come, call %1 again straight away.</source>
        <translation>Jeśli nadal nie czujesz się lepiej, a karetka nie przyjechała, natychmiast zadzwoń ponownie pod %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>If your symptoms settle and you did not need to call %1, get an urgent same-day appointment with your GP or asthma nurse.</source>
        <translation>Jeśli objawy ustąpią i nie trzeba było dzwonić pod %1, umów pilną wizytę tego samego dnia u lekarza rodzinnego lub pielęgniarki astmatycznej.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Use your inhaler exactly as the red zone of your plan says.</source>
        <translation>Używaj inhalatora dokładnie tak, jak mówi czerwona strefa Twojego planu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you feel worse at any point, or you are not getting better, call %1 for an ambulance.</source>
        <translation>Jeśli w którymkolwiek momencie czujesz się gorzej albo nie następuje poprawa, zadzwoń pod %1 po karetkę.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lips or fingers turning blue or grey</source>
        <translation>Usta lub palce robią się sine lub szare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too breathless to speak, eat or sleep</source>
        <translation>Zbyt duża duszność, by mówić, jeść lub spać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever not helping</source>
        <translation>Lek doraźny nie pomaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drowsy, confused or exhausted</source>
        <translation>Senność, splątanie lub wyczerpanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting worse quickly</source>
        <translation>Szybkie pogarszanie się</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Please say who agreed this plan with you.</source>
        <translation>Podaj, kto uzgodnił z Tobą ten plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal best must be between 60 and 1000 L/min.</source>
        <translation>Najlepszy wynik osobisty musi wynosić od 60 do 1000 L/min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The red level must be lower than the amber level, and both between 1 and 100 %.</source>
        <translation>Czerwony próg musi być niższy niż żółty, a oba muszą wynosić od 1 do 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the emergency phone number.</source>
        <translation>Wpisz numer alarmowy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review date can&apos;t be before the plan was agreed.</source>
        <translation>Data następnej wizyty kontrolnej nie może być wcześniejsza niż data uzgodnienia planu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do every day (green zone) or at least one medicine.</source>
        <translation>Dodaj, co robić każdego dnia (strefa zielona), albo co najmniej jeden lek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do when asthma gets worse (amber zone).</source>
        <translation>Dodaj, co robić, gdy astma się pogarsza (strefa żółta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do in an asthma attack (red zone).</source>
        <translation>Dodaj, co robić przy napadzie astmy (strefa czerwona).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reliever attack steps are not for MART or AIR plans: use the steps from your own plan.</source>
        <translation>Kroki z lekiem doraźnym przy napadzie nie są dla planów MART ani AIR: użyj kroków z własnego planu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in interval must be between 1 hour and 14 days.</source>
        <translation>Odstęp między sprawdzeniami musi wynosić od 1 godziny do 14 dni.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_editor.py" line="+64"/>
        <source>Action plan: fill in with your nurse or doctor</source>
        <translation>Plan działania: wypełnij z pielęgniarką lub lekarzem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy your plan exactly as your nurse or doctor wrote it. Saving keeps your old plan in the history.</source>
        <translation>Przepisz plan dokładnie tak, jak napisała pielęgniarka lub lekarz. Zapisanie zachowa stary plan w historii.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My plan uses peak flow</source>
        <translation>Mój plan korzysta z przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Green zone: what I do every day</source>
        <translation>Strefa zielona: co robię każdego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone signs, one per line</source>
        <translation>Znaki strefy żółtej, jeden w wierszu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone: what I do</source>
        <translation>Strefa żółta: co robię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone signs, one per line</source>
        <translation>Znaki strefy czerwonej, jeden w wierszu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone: what I do</source>
        <translation>Strefa czerwona: co robię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My triggers, one per line</source>
        <translation>Moje czynniki wywołujące, jeden w wierszu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asthma attack steps, one per line</source>
        <translation>Kroki przy napadzie astmy, jeden w wierszu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the standard steps for this kind of plan</source>
        <translation>Użyj standardowych kroków dla tego rodzaju planu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> hours</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of plan</source>
        <translation>Rodzaj planu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed with (name)</source>
        <translation>Uzgodniony z (imię i nazwisko)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Data uzgodnienia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review</source>
        <translation>Następna wizyta kontrolna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal best</source>
        <translation>Najlepszy wynik osobisty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter scale</source>
        <translation>Skala miernika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone when peak flow is below</source>
        <translation>Strefa żółta, gdy przepływ szczytowy jest poniżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone when peak flow is below</source>
        <translation>Strefa czerwona, gdy przepływ szczytowy jest poniżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green: every day</source>
        <translation>Zielona: każdego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber signs</source>
        <translation>Znaki strefy żółtej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber: what to do</source>
        <translation>Żółta: co robić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red signs</source>
        <translation>Znaki strefy czerwonej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red: what to do</source>
        <translation>Czerwona: co robić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Triggers</source>
        <translation>Czynniki wywołujące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse contact</source>
        <translation>Kontakt do lekarza rodzinnego lub pielęgniarki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours contact</source>
        <translation>Kontakt poza godzinami pracy przychodni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation>Numer alarmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack steps</source>
        <translation>Kroki przy napadzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in at least every</source>
        <translation>Sprawdzaj co najmniej co</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems to fix before saving</source>
        <translation>Do poprawienia przed zapisaniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as agreed plan</source>
        <translation>Zapisz jako uzgodniony plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+93"/>
        <source>Plan history</source>
        <translation>Historia planu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan versions</source>
        <translation>Wersje planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1: agreed %2 with %3 (saved %4)</source>
        <translation>Wersja %1: uzgodniona %2 z: %3 (zapisana %4)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location line="-69"/>
        <source>My action plan</source>
        <translation>Mój plan działania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You don&apos;t have a plan in the app yet. An asthma action plan is written with your GP or asthma nurse. It tells you what to do every day, when your asthma gets worse, and in an asthma attack. Ask for one at your next appointment or asthma review, then fill it in here together. Until then you can still keep your diary.</source>
        <translation>Nie masz jeszcze planu w aplikacji. Plan działania w astmie pisze się z lekarzem rodzinnym lub pielęgniarką astmatyczną. Mówi, co robić każdego dnia, gdy astma się pogarsza i przy napadzie astmy. Poproś o niego na najbliższej wizycie lub kontroli astmy, a potem wypełnijcie go tu razem. Do tego czasu możesz prowadzić dzienniczek.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>Change my plan (with my nurse)</source>
        <translation>Zmień mój plan (z pielęgniarką)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Plan history</source>
        <translation>Historia planu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter my plan</source>
        <translation>Wpisz mój plan</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/plan_view.py" line="+66"/>
        <source>Learn more: %1</source>
        <translation>Dowiedz się więcej: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more about %1</source>
        <translation>Dowiedz się więcej o: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 plan, version %2</source>
        <translation>Plan: %1, wersja %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed on %1 with %2.</source>
        <translation>Uzgodniony %1 z: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review: %1.</source>
        <translation>Następna wizyta kontrolna: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My personal best peak flow: %1 L/min (%2).</source>
        <translation>Mój najlepszy przepływ szczytowy: %1 L/min (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (colour: %1)</source>
        <translation> (kolor: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GREEN: every day, when my asthma is good</source>
        <translation>ZIELONA: każdego dnia, gdy astma jest pod kontrolą</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>When any of these happen:</source>
        <translation>Gdy wystąpi którekolwiek z tych:</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>my peak flow is below %1 L/min (%2 % of my best)</source>
        <translation>mój przepływ szczytowy jest poniżej %1 L/min (%2 % mojego najlepszego)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+7"/>
        <source>What I do:</source>
        <translation>Co robię:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>AMBER: when my asthma is getting worse</source>
        <translation>ŻÓŁTA: gdy astma się pogarsza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asthma attack steps:</source>
        <translation>Kroki przy napadzie astmy:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency number: %1</source>
        <translation>Numer alarmowy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RED: asthma attack</source>
        <translation>CZERWONA: napad astmy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My triggers</source>
        <translation>Moje czynniki wywołujące</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse: %1</source>
        <translation>Lekarz rodzinny lub pielęgniarka: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Out of hours: %1</source>
        <translation>Poza godzinami pracy: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../asthma_app/domain/profile.py" line="+29"/>
        <source>Please enter a name.</source>
        <translation>Wpisz imię.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use a shorter name (80 letters at most).</source>
        <translation>Użyj krótszego imienia (najwyżej 80 liter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the year of birth.</source>
        <translation>Sprawdź rok urodzenia.</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="+27"/>
        <source>Morning</source>
        <translation>Rano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Wieczorem</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Please type a number.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a number. Type the number the pointer shows, for example 450.</source>
        <translation>„%1” to nie liczba. Wpisz liczbę, którą pokazuje wskaźnik, na przykład 450.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>This looks like litres per second. The app uses litres per minute (L/min): type the number on your meter&apos;s L/min scale.</source>
        <translation>To wygląda na litry na sekundę. Aplikacja używa litrów na minutę (L/min): wpisz liczbę ze skali L/min na mierniku.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Please type a whole number, for example 450.</source>
        <translation>Wpisz liczbę całkowitą, na przykład 450.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 L/min can&apos;t be right: peak flow meters read between %2 and %3 L/min. Please check the number.</source>
        <translation>%1 L/min to niemożliwe: mierniki przepływu szczytowego pokazują od %2 do %3 L/min. Sprawdź liczbę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 L/min is unusual. Please check you typed it right.</source>
        <translation>%1 L/min to nietypowy wynik. Sprawdź, czy dobrze go wpisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 L/min is more than 20 % above your personal best of %2. Please check the reading. If it is right, talk to your nurse about a new personal best.</source>
        <translation>%1 L/min to ponad 20 % powyżej Twojego najlepszego wyniku osobistego %2. Sprawdź pomiar. Jeśli jest prawidłowy, porozmawiaj z pielęgniarką o nowym najlepszym wyniku.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please enter one to three blows.</source>
        <translation>Wpisz od jednego do trzech dmuchnięć.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a number from 0 to %1.</source>
        <translation>Liczba dawek leku doraźnego musi wynosić od 0 do %1.</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/diary.py" line="+51"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>Ta data i godzina są w przyszłości. Sprawdź je.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../asthma_app/domain/regions.py" line="+18"/>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union (other)</source>
        <translation>Unia Europejska (inne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States or Canada</source>
        <translation>Stany Zjednoczone lub Kanada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nowa Zelandia</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/symptoms.py" line="+38"/>
        <source>How is your asthma?</source>
        <translation>Jak Twoja astma?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I had asthma symptoms during the day</source>
        <translation>Miałem/miałam objawy astmy w ciągu dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I woke up at night because of my asthma</source>
        <translation>Obudziłem/obudziłam się w nocy z powodu astmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma stopped me doing things I usually do</source>
        <translation>Astma nie pozwoliła mi robić tego, co zwykle</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Reliever puffs today</source>
        <translation>Dawki leku doraźnego dzisiaj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amber signs from your plan</source>
        <translation>Znaki strefy żółtej z Twojego planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red signs from your plan</source>
        <translation>Znaki strefy czerwonej z Twojego planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggers I met</source>
        <translation>Czynniki wywołujące, z którymi się zetknąłem/zetknęłam</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Other triggers, separated by commas</source>
        <translation>Inne czynniki wywołujące, oddzielone przecinkami</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Uwaga (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zone from these answers</source>
        <translation>Strefa według tych odpowiedzi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No plan yet, so no zone. Your answers go in your diary.</source>
        <translation>Nie ma jeszcze planu, więc nie ma strefy. Twoje odpowiedzi trafią do dzienniczka.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo change to symptom entry</source>
        <translation>Cofnij zmianę wpisu o objawach</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/today.py" line="+20"/>
        <location line="+32"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Log peak flow</source>
        <translation>Zapisz przepływ szczytowy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log how I feel</source>
        <translation>Zapisz, jak się czuję</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add my action plan</source>
        <translation>Dodaj mój plan działania</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Next asthma review: %1.</source>
        <translation>Następna wizyta kontrolna astmy: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your review is overdue: please book it with your GP surgery.</source>
        <translation>Termin wizyty kontrolnej minął: umów ją w swojej przychodni.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/topic_view.py" line="+45"/>
        <source>Topic text</source>
        <translation>Tekst tematu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bigger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this topic</source>
        <translation>Drukuj ten temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read this topic aloud</source>
        <translation>Przeczytaj ten temat na głos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This topic is not in your language yet, so it is shown in English.</source>
        <translation>Ten temat nie jest jeszcze dostępny w Twoim języku, więc jest pokazany po angielsku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This translation has not yet been checked by a fluent speaker.</source>
        <translation>Tego tłumaczenia nie sprawdziła jeszcze osoba biegle znająca język.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last reviewed: %1</source>
        <translation>Ostatnio sprawdzono: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1</source>
        <translation>Źródła: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Print topic</source>
        <translation>Drukuj temat</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <location filename="../asthma_app/domain/trend_notes.py" line="+32"/>
        <source>Your action plan lists this as an amber sign: “%1”.</source>
        <translation>Twój plan działania wymienia to jako znak strefy żółtej: „%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reliever used on %1 of the %2 days in this period.</source>
        <translation>Lek doraźny użyty w %1 z %2 dni w tym okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever used on %1 of the %2 days with a diary entry (days without an entry: %3).</source>
        <translation>Lek doraźny użyty w %1 z %2 dni z wpisem w dzienniczku (dni bez wpisu: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 days a week on average.</source>
        <translation>To średnio %1 dni w tygodniu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reliever</source>
        <translation>doraźn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woken at night by asthma on %1 of the %2 days in this period.</source>
        <translation>Budzenie w nocy przez astmę w %1 z %2 dni w tym okresie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woken at night by asthma on %1 of the %2 days with a diary entry (days without an entry: %3).</source>
        <translation>Budzenie w nocy przez astmę w %1 z %2 dni z wpisem w dzienniczku (dni bez wpisu: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night</source>
        <translation>w nocy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No peak flow readings in this period.</source>
        <translation>Brak pomiarów przepływu szczytowego w tym okresie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average morning peak flow: %1 L/min.</source>
        <translation>Średni poranny przepływ szczytowy: %1 L/min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average evening peak flow: %1 L/min.</source>
        <translation>Średni wieczorny przepływ szczytowy: %1 L/min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest reading %1 L/min, lowest %2 L/min.</source>
        <translation>Najwyższy pomiar %1 L/min, najniższy %2 L/min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lowest reading was %1 % of the personal best in your plan at the time.</source>
        <translation>Najniższy pomiar wynosił %1 % najlepszego wyniku osobistego z ówczesnego planu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak flow varied by %1 % on average between morning and evening (days with both readings: %2).</source>
        <translation>Przepływ szczytowy różnił się średnio o %1 % między rankiem a wieczorem (dni z oboma pomiarami: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 morning and evening readings were not recorded.</source>
        <translation>Nie zapisano %1 z %2 porannych i wieczornych pomiarów.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days in the green zone: %1. Amber zone: %2. Red zone: %3. No data: %4.</source>
        <translation>Dni w strefie zielonej: %1. Strefa żółta: %2. Strefa czerwona: %3. Brak danych: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days with data but no zone, because no plan with zones was in force: %1.</source>
        <translation>Dni z danymi, ale bez strefy, bo nie obowiązywał plan ze strefami: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No diary entries in this period.</source>
        <translation>Brak wpisów w dzienniczku w tym okresie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings left out of these figures because they could not be converted to one meter scale: %1.</source>
        <translation>Pomiary pominięte w tych liczbach, bo nie dało się ich przeliczyć na jedną skalę miernika: %1.</translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message>
        <location filename="../asthma_app/domain/zones.py" line="+22"/>
        <source>Green zone: your usual asthma</source>
        <translation>Strefa zielona: Twoja zwykła astma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone: your asthma is getting worse</source>
        <translation>Strefa żółta: astma się pogarsza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone: asthma attack</source>
        <translation>Strefa czerwona: napad astmy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green</source>
        <translation>Zielona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber</source>
        <translation>Żółta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Czerwona</translation>
    </message>
</context>
<context>
    <name>ZoneCard</name>
    <message>
        <location filename="../asthma_app/ui/widgets/zone_card.py" line="+30"/>
        <source>What your plan says to do</source>
        <translation>Co mówi Twój plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learn more</source>
        <translation>Dowiedz się więcej</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No zone yet</source>
        <translation>Jeszcze brak strefy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ OUT OF DATE: check again now.</source>
        <translation>⚠ NIEAKTUALNE: sprawdź jeszcze raz teraz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Based on what you logged at %1.</source>
        <translation>Na podstawie tego, co zapisano o %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From your action plan (agreed %1 with %2).</source>
        <translation>Z Twojego planu działania (uzgodnionego %1 z: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learn more: what to do in an asthma attack</source>
        <translation>Dowiedz się więcej: co robić przy napadzie astmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more: when your asthma is getting worse</source>
        <translation>Dowiedz się więcej: gdy astma się pogarsza</translation>
    </message>
</context>
</TS>
