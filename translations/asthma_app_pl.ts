<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="+68"/>
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
        <location line="+5"/>
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
        <location line="+44"/>
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
        <location line="+27"/>
        <source>You don&apos;t have an action plan in the app yet.</source>
        <translation>Nie masz jeszcze planu działania w aplikacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your GP or asthma nurse for a personal asthma action plan, then add it under “%1”.</source>
        <translation>Poproś lekarza rodzinnego lub pielęgniarkę astmatyczną o osobisty plan działania w astmie, a potem dodaj go w zakładce „%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+18"/>
        <source>No peak flow logged yet, and your plan uses peak flow.</source>
        <translation>Nie zapisano jeszcze przepływu szczytowego, a Twój plan go wykorzystuje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is out of date: your plan asks you to check at least every %1 hours. Log a new reading or how you feel now.</source>
        <translation>To jest nieaktualne: Twój plan mówi, aby sprawdzać co najmniej co %1 godz. Zapisz nowy pomiar lub to, jak się teraz czujesz.</translation>
    </message>
</context>
<context>
    <name>AttackDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/attack.py" line="+36"/>
        <source>Asthma attack: what to do now</source>
        <translation>Napad astmy: co robić teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Asthma attack steps</source>
        <translation>Kroki przy napadzie astmy</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Call %1 now if you have any of these danger signs:</source>
        <translation>Zadzwoń teraz pod %1, jeśli masz którykolwiek z tych groźnych objawów:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do in an asthma attack</source>
        <translation>Co robić przy napadzie astmy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These steps are for people who use a separate reliever inhaler. If you use MART or AIR, use your inhaler as your plan says, and call %1 if you are not getting better.</source>
        <translation>Te kroki są dla osób, które używają osobnego inhalatora z lekiem doraźnym. Jeśli stosujesz MART lub AIR, używaj inhalatora tak, jak mówi Twój plan, i zadzwoń pod %1, jeśli nie następuje poprawa.</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+5"/>
        <source>Read the attack steps aloud</source>
        <translation>Przeczytaj na głos kroki w razie ataku</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards: record this attack</source>
        <translation>Potem: zapisz ten atak</translation>
    </message>
</context>
<context>
    <name>AttendantDialog</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="+66"/>
        <source>Staff: leave kiosk mode</source>
        <translation>Personel: wyjście z trybu kiosku</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Staff PIN</source>
        <translation>PIN personelu</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Leave kiosk mode</source>
        <translation>Wyjdź z trybu kiosku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That PIN is not right.</source>
        <translation>Ten PIN jest nieprawidłowy.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../asthma_app/storage/backup.py" line="+222"/>
        <source>This backup was made by a newer version of the app, so it was not restored. Please update the app. Nothing was changed.</source>
        <translation>Ta kopia zapasowa została utworzona w nowszej wersji aplikacji, więc nie została przywrócona. Zaktualizuj aplikację. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup is damaged, so it was not restored. Nothing was changed.</source>
        <translation>Ta kopia zapasowa jest uszkodzona, więc nie została przywrócona. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+45"/>
        <source>Backups of my diary</source>
        <translation>Kopie zapasowe mojego dzienniczka</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The app makes a copy of your diary each day you use it, and keeps copies from the last week, the last five weeks and the last year. You can bring a copy back if something went wrong. Your diary as it is now is saved first, so nothing is lost.</source>
        <translation>Aplikacja robi kopię Twojego dzienniczka każdego dnia, w którym jej używasz, i przechowuje kopie z ostatniego tygodnia, ostatnich pięciu tygodni i ostatniego roku. Jeśli coś poszło nie tak, możesz przywrócić kopię. Najpierw zapisywany jest Twój obecny dzienniczek, więc nic nie zginie.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, newest first</source>
        <translation>Kopie zapasowe, od najnowszych</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up now</source>
        <translation>Zrób kopię teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back this copy...</source>
        <translation>Przywróć tę kopię...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your diary is encrypted with your passphrase, and so are these copies of it. They hold only your diary: bringing one back changes nobody else&apos;s. Your diary as it is now is saved first, so nothing is lost.</source>
        <translation>Twój dzienniczek jest zaszyfrowany Twoim hasłem, podobnie jak te jego kopie. Zawierają tylko Twój dzienniczek: przywrócenie jednej z nich nie zmienia niczyich innych danych. Najpierw zapisywany jest Twój dzienniczek w obecnym stanie, więc nic nie ginie.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Bring back %1&apos;s diary as it was on %2? Other people&apos;s diaries are not changed. The whole diary as it is now is saved as a backup first.</source>
        <translation>Przywrócić dziennik osoby %1 do stanu z %2? Dzienniki innych osób nie zostaną zmienione. Najpierw cały dziennik w obecnym stanie zostanie zapisany jako kopia zapasowa.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+39"/>
        <location filename="../asthma_app/ui/pages/backups.py" line="-89"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+3"/>
        <source>Daily (automatic)</source>
        <translation>Codzienna (automatyczna)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by me</source>
        <translation>Zrobiona przeze mnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before bringing back a copy</source>
        <translation>Przed przywróceniem kopii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working. Please wait.</source>
        <translation>Trwa praca. Proszę czekać.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backup made.</source>
        <translation>Kopia zapasowa zrobiona.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring back a copy</source>
        <translation>Przywróć kopię</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/restore.py" line="+295"/>
        <location filename="../asthma_app/ui/pages/backups.py" line="+17"/>
        <source>Your diary is encrypted and kept apart, so these backups do not hold it. Nothing was changed.</source>
        <translation>Twój dzienniczek jest zaszyfrowany i przechowywany osobno, więc te kopie zapasowe go nie zawierają. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+6"/>
        <source>Your diary now runs up to %1.</source>
        <translation>Twój dzienniczek obejmuje teraz wpisy do %1.</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../asthma_app/domain/control.py" line="+206"/>
        <source>Urgent GP or nurse appointment</source>
        <translation>Pilna wizyta u lekarza rodzinnego lub pielęgniarki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours doctor</source>
        <translation>Lekarz poza godzinami pracy przychodni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called NHS 111</source>
        <translation>Telefon pod NHS 111</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;E (emergency department)</source>
        <translation>A&amp;E (szpitalny oddział ratunkowy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulance</source>
        <translation>Karetka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed in hospital</source>
        <translation>Pobyt w szpitalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course of steroid tablets</source>
        <translation>Kuracja tabletkami sterydowymi</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../asthma_app/domain/checklist.py" line="+26"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Never smoked</source>
        <translation>Nigdy nie palił(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used to smoke</source>
        <translation>Palił(a) dawniej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smokes now</source>
        <translation>Pali obecnie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New written plan given</source>
        <translation>Wydano nowy pisemny plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan updated</source>
        <translation>Plan zaktualizowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan looked at, no change</source>
        <translation>Plan przejrzany, bez zmian</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The review date can&apos;t be in the future.</source>
        <translation>Data wizyty kontrolnej nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date the inhaler technique was checked can&apos;t be in the future.</source>
        <translation>Data sprawdzenia techniki używania inhalatora nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the text is too long. Please shorten it.</source>
        <translation>Część tekstu jest za długa. Proszę ją skrócić.</translation>
    </message>
</context>
<context>
    <name>ChildDetails</name>
    <message>
        <location filename="../asthma_app/domain/child_details.py" line="+36"/>
        <source>The date the school was given a copy can&apos;t be in the future.</source>
        <translation>Data przekazania kopii szkole nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the text is too long. Please shorten it.</source>
        <translation>Część tekstu jest za długa. Proszę ją skrócić.</translation>
    </message>
</context>
<context>
    <name>ChildDetailsDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/child_details.py" line="+30"/>
        <source>Child&apos;s details and school copy</source>
        <translation>Dane dziecka i kopia dla szkoły</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer to call (name and phone)</source>
        <translation>Rodzic lub opiekun do kontaktu (imię i telefon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School or nursery contact</source>
        <translation>Kontakt do szkoły lub przedszkola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school or nursery has a copy of the plan</source>
        <translation>Szkoła lub przedszkole ma kopię planu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Date the school was given a copy</source>
        <translation>Data przekazania kopii szkole</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Uses a spacer</source>
        <translation>Używa komory inhalacyjnej (spacera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a mask with the spacer</source>
        <translation>Używa maski ze spacerem</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Drug allergies</source>
        <translation>Uczulenia na leki</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For a child&apos;s plan. Everything here is optional; it is printed on the school copy.</source>
        <translation>Dla planu dziecka. Wszystko tutaj jest opcjonalne; zostanie wydrukowane na kopii dla szkoły.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School or nursery</source>
        <translation>Szkoła lub przedszkole</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save school copy PDF...</source>
        <translation>Zapisz kopię dla szkoły jako PDF...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved. School copy given: %1.</source>
        <translation>Zapisano. Kopia dla szkoły przekazana: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../asthma_app/commands/diary.py" line="+98"/>
        <source>Passphrase for %1: </source>
        <translation>Hasło dla %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s diary is protected by a passphrase. Type it at a terminal, or give it on standard input with --passphrase-stdin. Nothing was shown or changed.</source>
        <translation>Dziennik osoby %1 jest chroniony hasłem. Wpisz je w terminalu albo podaj na standardowym wejściu z opcją --passphrase-stdin. Nic nie zostało pokazane ani zmienione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That passphrase is not right. Nothing was shown or changed.</source>
        <translation>To hasło jest nieprawidłowe. Nic nie zostało pokazane ani zmienione.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Please give a passphrase of at least 4 characters on the first line of standard input. Nothing was created.</source>
        <translation>Podaj hasło o długości co najmniej 4 znaków w pierwszym wierszu standardowego wejścia. Nic nie zostało utworzone.</translation>
    </message>
    <message>
        <location filename="../asthma_app/commands/exchange.py" line="+63"/>
        <source>%1&apos;s diary is protected by a passphrase, but an export file is not encrypted: anyone who can open the file can read it. If that is what you want, add --plain-export. Nothing was written.</source>
        <translation>Dziennik osoby %1 jest chroniony hasłem, ale plik eksportu nie jest zaszyfrowany: każdy, kto może otworzyć plik, może go przeczytać. Jeśli tego właśnie chcesz, dodaj --plain-export. Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../asthma_app/commands/medicines.py" line="+37"/>
        <source>A reason is only kept with --not-taken. Nothing was saved.</source>
        <translation>Powód jest zapisywany tylko z --not-taken. Nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give the time as YYYY-MM-DDTHH:MM. Nothing was saved.</source>
        <translation>Podaj czas w formacie YYYY-MM-DDTHH:MM. Nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <location filename="../asthma_app/domain/control.py" line="-182"/>
        <source>RCP 3 Questions</source>
        <translation>3 pytania RCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma Control Test (ACT)</source>
        <translation>Test kontroli astmy (ACT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childhood Asthma Control Test</source>
        <translation>Test kontroli astmy u dzieci (Childhood ACT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma Control Questionnaire (ACQ)</source>
        <translation>Kwestionariusz kontroli astmy (ACQ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In the last month, has your asthma made it hard to sleep? This includes coughing at night.</source>
        <translation>Czy w ostatnim miesiącu astma utrudniała Ci sen? Liczy się też kaszel w nocy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last month, have you had your usual asthma symptoms in the day, such as cough, wheeze, a tight chest or feeling short of breath?</source>
        <translation>Czy w ostatnim miesiącu miałeś/miałaś w ciągu dnia swoje zwykłe objawy astmy, takie jak kaszel, świszczący oddech, ucisk w klatce piersiowej lub uczucie duszności?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the last month, has your asthma got in the way of your usual things, such as work, school, housework or sport?</source>
        <translation>Czy w ostatnim miesiącu astma przeszkadzała Ci w zwykłych sprawach, takich jak praca, szkoła, prace domowe lub sport?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+119"/>
        <source>Please answer all three questions.</source>
        <translation>Odpowiedz na wszystkie trzy pytania.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>0 out of 3: your answers suggest your asthma is well controlled. Keep following your plan.</source>
        <translation>0 na 3: Twoje odpowiedzi wskazują, że astma jest dobrze kontrolowana. Nadal postępuj zgodnie ze swoim planem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 out of 3: you have had some problems. Mention this to your asthma nurse: they may want to ask you more.</source>
        <translation>1 na 3: miałeś/miałaś pewne problemy. Powiedz o tym pielęgniarce astmatycznej: może chcieć zadać Ci więcej pytań.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 out of 3: your answers suggest your asthma is not well controlled. Please talk to your asthma nurse or GP soon.</source>
        <translation>%1 na 3: Twoje odpowiedzi wskazują, że astma nie jest dobrze kontrolowana. Porozmawiaj wkrótce z pielęgniarką astmatyczną lub lekarzem rodzinnym.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (Source: %2.) This is the form&apos;s guide, not a diagnosis: talk about it with your asthma nurse.</source>
        <translation>%1 (Źródło: %2.) To wskazówka z formularza, a nie diagnoza: porozmawiaj o tym ze swoją pielęgniarką astmatyczną.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The form&apos;s guide says a total from 20 to 25 means asthma that is well controlled.</source>
        <translation>Według wskazówek formularza wynik od 20 do 25 oznacza astmę dobrze kontrolowaną.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a total from 16 to 19 means asthma that is not well controlled.</source>
        <translation>Według wskazówek formularza wynik od 16 do 19 oznacza astmę niedostatecznie kontrolowaną.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a total from 5 to 15 means asthma that is very poorly controlled.</source>
        <translation>Według wskazówek formularza wynik od 5 do 15 oznacza astmę bardzo źle kontrolowaną.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form&apos;s guide says a total of 19 or less means asthma that is not well controlled.</source>
        <translation>Według wskazówek formularza wynik 19 lub mniej oznacza astmę niedostatecznie kontrolowaną.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide marks a total of 19 or less as not well controlled; this total is above that.</source>
        <translation>Wskazówki formularza uznają wynik 19 lub mniej za astmę niedostatecznie kontrolowaną; ten wynik jest wyższy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a score below 0.75 means asthma that is well controlled.</source>
        <translation>Według wskazówek formularza wynik poniżej 0.75 oznacza astmę dobrze kontrolowaną.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a score from 0.75 to below 1.5 is in between (a grey zone): neither clearly well controlled nor clearly not.</source>
        <translation>Według wskazówek formularza wynik od 0.75 do poniżej 1.5 jest pośredni (szara strefa): ani wyraźnie dobrze kontrolowana, ani wyraźnie nie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form&apos;s guide says a score of 1.5 or more means asthma that is not well controlled.</source>
        <translation>Według wskazówek formularza wynik 1.5 lub więcej oznacza astmę niedostatecznie kontrolowaną.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+68"/>
        <source>The date can&apos;t be in the future.</source>
        <translation>Data nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>A %1 score must be between %2 and %3. Please check the form.</source>
        <translation>Wynik formularza „%1” musi wynosić od %2 do %3. Sprawdź formularz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 score is a whole number.</source>
        <translation>Wynik formularza „%1” to liczba całkowita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>The note is too long.</source>
        <translation>Uwaga jest za długa.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each kind of care can be ticked only once.</source>
        <translation>Każdy rodzaj pomocy medycznej można zaznaczyć tylko raz.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Please type your question.</source>
        <translation>Wpisz swoje pytanie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the question shorter (%1 letters at most).</source>
        <translation>Napisz krótsze pytanie (najwyżej %1 liter).</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="+81"/>
        <source>Correct the count</source>
        <translation>Popraw licznik</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Number on the inhaler&apos;s counter</source>
        <translation>Liczba na liczniku inhalatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../asthma_app/crash.py" line="+146"/>
        <source>Sorry, something went wrong in the app. Everything you had already saved is safe.

If this keeps happening, you can send the report in this folder to the people who make the app. It has no personal details in it:
%1</source>
        <translation>Przepraszamy, w aplikacji coś poszło nie tak. Wszystko, co już zapisano, jest bezpieczne.

Jeśli to się powtarza, możesz wysłać raport z tego folderu twórcom aplikacji. Nie ma w nim danych osobowych:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
</context>
<context>
    <name>DemoShell</name>
    <message>
        <location filename="../asthma_app/ui/demo.py" line="+158"/>
        <source>DEMO: a made-up patient. Nothing you do here is kept.</source>
        <translation>DEMO: zmyślony pacjent. Nic, co tu zrobisz, nie zostanie zachowane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo mode</source>
        <translation>Tryb demonstracyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch demo plan to MART</source>
        <translation>Zmień plan demonstracyjny na MART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view (larger text)</source>
        <translation>Widok prezentera (większy tekst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset demo</source>
        <translation>Zacznij demo od nowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave demo</source>
        <translation>Zakończ demo</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>DEMO - Asthma Plan &amp; Diary</source>
        <translation>DEMO - Plan i dzienniczek astmy</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Try the demo (a made-up patient)</source>
        <translation>Wypróbuj demo (zmyślony pacjent)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../asthma_app/ui/widgets/common.py" line="+98"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+42"/>
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
        <location filename="../asthma_app/ui/pages/__init__.py" line="-5"/>
        <location filename="../asthma_app/ui/pages/diary.py" line="+18"/>
        <source>Diary</source>
        <translation>Dzienniczek</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+12"/>
        <source>%1&#xa0;L/min (blows: %2), %3</source>
        <translation>%1&#xa0;L/min (dmuchnięcia: %2), %3</translation>
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
        <location line="+12"/>
        <source>Undo delete of reading from %1</source>
        <translation>Cofnij usunięcie pomiaru z %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete of entry from %1</source>
        <translation>Cofnij usunięcie wpisu z %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted. You can undo this.</source>
        <translation>Usunięto. Możesz to cofnąć.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone.</source>
        <translation>Cofnięto.</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/discard.py" line="+98"/>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed here has not been saved. If you discard it, it is gone.</source>
        <translation>To, co tu wpisano, nie zostało zapisane. Jeśli to odrzucisz, zniknie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard what I typed</source>
        <translation>Odrzuć wpisany tekst</translation>
    </message>
</context>
<context>
    <name>DoseReminderBar</name>
    <message>
        <location filename="../asthma_app/ui/reminders.py" line="+199"/>
        <source>Taken</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: log my preventer dose now</source>
        <translation>Przyjęta: zapisz teraz moją dawkę leku zapobiegawczego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me later</source>
        <translation>Przypomnij później</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remind me again in %n minutes</source>
        <translation>
            <numerusform>Przypomnij mi za %n minutę</numerusform>
            <numerusform>Przypomnij mi za %n minuty</numerusform>
            <numerusform>Przypomnij mi za %n minut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Logged as taken: %1.</source>
        <translation>Zapisano jako przyjęte: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to log: this dose is logged already, or your plan gives no times for it. See Today.</source>
        <translation>Nie ma czego zapisać: ta dawka jest już zapisana albo plan nie podaje dla niej godzin. Zobacz Dziś.</translation>
    </message>
</context>
<context>
    <name>Doses</name>
    <message>
        <location filename="../asthma_app/domain/doses.py" line="+109"/>
        <source>Taken</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken</source>
        <translation>Nieprzyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>Ta data i godzina są w przyszłości. Sprawdź je.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the reason short (200 letters at most).</source>
        <translation>Podaj krótki powód (najwyżej 200 znaków).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is only kept for a dose not taken.</source>
        <translation>Powód zapisuje się tylko dla dawki nieprzyjętej.</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/medicines.py" line="+58"/>
        <source>Your plan has no medicine called “%1”. Nothing was saved.</source>
        <translation>W planie nie ma leku o nazwie „%1”. Nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reliever puffs are logged with “How I feel”, so that they count in your diary. Nothing was saved.</source>
        <translation>Wdechy leku doraźnego zapisuje się w „Jak się czuję”, aby liczyły się w dzienniczku. Nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log dose</source>
        <translation>Zapisz dawkę</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete dose</source>
        <translation>Usuń dawkę</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the number of doses printed on the inhaler (1 to %1).</source>
        <translation>Wpisz liczbę dawek wydrukowaną na inhalatorze (od 1 do %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start inhaler</source>
        <translation>Nowy inhalator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the number the inhaler&apos;s counter shows (0 to %1).</source>
        <translation>Wpisz liczbę, którą pokazuje licznik inhalatora (od 0 do %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct count</source>
        <translation>Poprawienie licznika</translation>
    </message>
</context>
<context>
    <name>DosesToday</name>
    <message>
        <location filename="../asthma_app/ui/pages/today_doses.py" line="+28"/>
        <source>My medicines today</source>
        <translation>Moje leki dzisiaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last medicine change</source>
        <translation>Cofnij ostatnią zmianę leków</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started a new inhaler</source>
        <translation>Zaczynam nowy inhalator</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your plan does not say when to take %1, so its doses are not counted. Ask your nurse, or add the times in My plan.</source>
        <translation>Plan nie mówi, kiedy przyjmować %1, więc dawki nie są liczone. Zapytaj pielęgniarkę albo dodaj godziny w Moim planie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No regular doses are due today in your plan.</source>
        <translation>Według planu dziś nie ma stałych dawek do przyjęcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your action plan to see your medicines here.</source>
        <translation>Dodaj swój plan działania, aby zobaczyć tu swoje leki.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n doses or fewer left in: %1. Time to get your next inhaler. An empty inhaler can still spray, with no medicine in it.</source>
        <translation>
            <numerusform>Zostało około %n dawki lub mniej w: %1. Czas na następny inhalator. Pusty inhalator nadal może psikać, choć nie ma w nim leku.</numerusform>
            <numerusform>Zostały około %n dawki lub mniej w: %1. Czas na następny inhalator. Pusty inhalator nadal może psikać, choć nie ma w nim leku.</numerusform>
            <numerusform>Zostało około %n dawek lub mniej w: %1. Czas na następny inhalator. Pusty inhalator nadal może psikać, choć nie ma w nim leku.</numerusform>
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
        <translation>Plan mówi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged later, on %1</source>
        <translation>Zapisano później, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: %1, %2</source>
        <translation>Przyjęta: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not taken</source>
        <translation>Nieprzyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken: %1, %2</source>
        <translation>Nieprzyjęta: %1, %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: doses left cannot be counted, because your plan does not say how many puffs each time. Check the counter on the inhaler.</source>
        <translation>%1: nie można policzyć pozostałych dawek, bo plan nie mówi, ile wdechów za każdym razem. Sprawdź licznik na inhalatorze.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: about %n doses left (counted from what you logged; the inhaler&apos;s own counter is the one to trust).</source>
        <translation>
            <numerusform>%1: zostało około %n dawki (policzone z tego, co zapisano; ufaj licznikowi samego inhalatora).</numerusform>
            <numerusform>%1: zostały około %n dawki (policzone z tego, co zapisano; ufaj licznikowi samego inhalatora).</numerusform>
            <numerusform>%1: zostało około %n dawek (policzone z tego, co zapisano; ufaj licznikowi samego inhalatora).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the count</source>
        <translation>Popraw licznik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the count: %1</source>
        <translation>Popraw licznik: %1</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <location filename="../asthma_app/services/education.py" line="+45"/>
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
    <name>ExchangeActions</name>
    <message>
        <location filename="../asthma_app/ui/exchange_actions.py" line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export readings and diary (CSV)...</source>
        <translation>Eksportuj pomiary i dzienniczek (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a full backup (JSON)...</source>
        <translation>Eksportuj pełną kopię zapasową (JSON)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for health records (FHIR)...</source>
        <translation>Eksportuj do dokumentacji medycznej (FHIR)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my action plan as PDF...</source>
        <translation>Zapisz mój plan działania jako PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the review summary as PDF...</source>
        <translation>Zapisz podsumowanie do wizyty kontrolnej jako PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my action plan as a plan file (.asthmaplan)...</source>
        <translation>Zapisz mój plan działania jako plik planu (.asthmaplan)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a plan from my nurse...</source>
        <translation>Otwórz plan od mojej pielęgniarki...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a backup (JSON)...</source>
        <translation>Importuj kopię zapasową (JSON)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings from a spreadsheet (CSV)...</source>
        <translation>Importuj pomiary z arkusza kalkulacyjnego (CSV)...</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your diary is protected by a passphrase, but this file will not be encrypted: anyone who can open it can read it. Export it anyway?</source>
        <translation>Twój dzienniczek jest chroniony hasłem, ale ten plik nie będzie zaszyfrowany: każdy, kto go otworzy, może go przeczytać. Czy mimo to wyeksportować?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a backup</source>
        <translation>Import kopii zapasowej</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>Import readings</source>
        <translation>Import pomiarów</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 readings, %2 diary entries and %3 attacks will be added. %4 rows are already in your diary and will be skipped.</source>
        <translation>Zostaną dodane pomiary (%1), wpisy w dzienniczku (%2) i ataki astmy (%3). Wiersze, które już są w dzienniczku (%4), zostaną pominięte.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working...</source>
        <translation>Trwa praca...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Done: %1</source>
        <translation>Gotowe: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed</source>
        <translation>Nic nie zostało zmienione</translation>
    </message>
</context>
<context>
    <name>FileFilter</name>
    <message>
        <location filename="../asthma_app/ui/file_filters.py" line="+26"/>
        <source>CSV spreadsheet</source>
        <translation>Arkusz kalkulacyjny CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON backup</source>
        <translation>Kopia zapasowa JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FHIR health record</source>
        <translation>Dokumentacja medyczna FHIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma plan file</source>
        <translation>Plik planu astmy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan from the nurse</source>
        <translation>Plan od pielęgniarki</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../asthma_app/services/file_write.py" line="+61"/>
        <source>%1 is open in another program, or may not be changed, so it was not saved. Close it there (or choose another name) and try again. Nothing was changed.</source>
        <translation>Plik %1 jest otwarty w innym programie albo nie można go zmienić, więc nie został zapisany. Zamknij go tam (lub wybierz inną nazwę) i spróbuj ponownie. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../asthma_app/ui/first_run.py" line="+60"/>
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
        <location line="+8"/>
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
    <name>FollowUpBanner</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_banners.py" line="+41"/>
        <source>I&apos;ve booked it</source>
        <translation>Umówiłem/am wizytę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;ve been seen</source>
        <translation>Byłem/am na wizycie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your follow-up appointment after the asthma attack on %1 is booked. Please take your action plan with you, so that your GP or nurse can check it and update it.</source>
        <translation>Twoja wizyta kontrolna po ataku astmy z dnia %1 jest umówiona. Zabierz ze sobą swój plan działania, aby lekarz rodzinny lub pielęgniarka mogli go sprawdzić i zaktualizować.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the asthma attack on %1 (%2): UK guidance says to see your GP or asthma nurse within %3 working days after emergency care (by %4), and Asthma + Lung UK advises within %5 hours after an attack. Please book a follow-up appointment, and take your action plan with you so that it can be updated.</source>
        <translation>Po ataku astmy z dnia %1 (%2): wytyczne w Wielkiej Brytanii mówią, aby zgłosić się do lekarza rodzinnego lub pielęgniarki astmatycznej w ciągu %3 dni roboczych po pomocy doraźnej (do %4), a Asthma + Lung UK radzi w ciągu %5 godzin po ataku. Umów wizytę kontrolną i zabierz ze sobą swój plan działania, aby można go było zaktualizować.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 attacks are waiting for a follow-up.)</source>
        <translation>(Liczba ataków czekających na wizytę kontrolną: %1.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1.</source>
        <translation>Źródło: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up after an asthma attack</source>
        <translation>Wizyta kontrolna po ataku astmy</translation>
    </message>
</context>
<context>
    <name>GuessDelay</name>
    <message>
        <location filename="../asthma_app/services/guess_delay.py" line="+101"/>
        <source>That was not right several times, so to keep the diary safe please wait %1 seconds before the next try.</source>
        <translation>To było kilka razy nieprawidłowe, więc dla bezpieczeństwa dziennika odczekaj %1 s przed następną próbą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That was not right several times, so to keep the diary safe please wait %1 minutes before the next try.</source>
        <translation>To było kilka razy nieprawidłowe, więc dla bezpieczeństwa dziennika odczekaj %1 min przed następną próbą.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../asthma_app/domain/year_totals.py" line="+106"/>
        <source>%1 (Source: %2.)</source>
        <translation>%1 (Źródło: %2.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You recorded %1 courses of steroid tablets in the last 12 months. UK guidance says that people who need more than %2 courses in 12 months should be considered for a specialist asthma review — talk to your nurse.</source>
        <translation>W ostatnich 12 miesiącach zapisano kursy tabletek sterydowych: %1. Wytyczne w Wielkiej Brytanii mówią, że osoby potrzebujące więcej niż %2 kursów w ciągu 12 miesięcy powinny być rozważone do specjalistycznej oceny astmy — porozmawiaj z pielęgniarką.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1 of the weeks you logged in the last 12 months you used your reliever on more than %2 days. UK guidance says that anyone who needs their reliever on more than %2 days a week should have their asthma reviewed — talk to your nurse.</source>
        <translation>W %1 z zapisanych tygodni ostatnich 12 miesięcy używałeś/aś leku doraźnego przez więcej niż %2 dni. Wytyczne w Wielkiej Brytanii mówią, że każdy, kto potrzebuje leku doraźnego przez więcej niż %2 dni w tygodniu, powinien mieć ocenę astmy — porozmawiaj z pielęgniarką.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/reliever_facts.py" line="+25"/>
        <source>Reliever inhalers you started in the last month: %1. UK guidance says that using more than one reliever inhaler a month needs an urgent asthma review — talk to your nurse or GP soon.</source>
        <translation>Inhalatory doraźne rozpoczęte w ostatnim miesiącu: %1. Brytyjskie wytyczne mówią, że zużycie więcej niż jednego inhalatora doraźnego w miesiącu wymaga pilnej kontroli astmy — porozmawiaj wkrótce z pielęgniarką lub lekarzem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliever inhalers you started in the last 12 months: %1. A national review of asthma deaths found that many people who died had been given more than %2 reliever inhalers in the year before — talk to your nurse or GP soon.</source>
        <translation>Inhalatory doraźne rozpoczęte w ostatnich 12 miesiącach: %1. Krajowy przegląd zgonów z powodu astmy wykazał, że wiele zmarłych osób otrzymało w roku poprzedzającym więcej niż %2 inhalatorów doraźnych — porozmawiaj wkrótce z pielęgniarką lub lekarzem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliever inhalers you started in the last 12 months: %1. UK guidance says that %2 or more reliever inhalers in a year have been linked with serious asthma attacks — talk to your nurse.</source>
        <translation>Inhalatory doraźne rozpoczęte w ostatnich 12 miesiącach: %1. Brytyjskie wytyczne mówią, że %2 lub więcej inhalatorów doraźnych w roku wiąże się z ciężkimi napadami astmy — porozmawiaj z pielęgniarką.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days you used your reliever in the week from %2: %1. UK guidance says that anyone who needs their reliever on more than %3 days a week should have their asthma reviewed — talk to your nurse.</source>
        <translation>Dni z lekiem doraźnym w tygodniu od %2: %1. Brytyjskie wytyczne mówią, że każdy, kto potrzebuje leku doraźnego częściej niż %3 dni w tygodniu, powinien mieć kontrolę astmy — porozmawiaj z pielęgniarką.</translation>
    </message>
</context>
<context>
    <name>HomeShell</name>
    <message>
        <location filename="../asthma_app/ui/home.py" line="+201"/>
        <source>Switch person</source>
        <translation>Zmień osobę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and settings</source>
        <translation>Osoby i ustawienia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a person...</source>
        <translation>Dodaj osobę...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename...</source>
        <translation>Zmień imię...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS number...</source>
        <translation>Numer NHS...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase and lock...</source>
        <translation>Hasło i blokada...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders...</source>
        <translation>Przypomnienia...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>Zablokuj teraz</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename</source>
        <translation>Zmień imię</translation>
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
        <translation>Nie można otworzyć pliku (%1).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This is not a file that can be imported (it is a folder or a device). Nothing was imported.</source>
        <translation>To nie jest plik, który można zaimportować (to folder lub urządzenie). Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>The file is too big to import (%1 MB; the limit is %2 MB). Nothing was imported.</source>
        <translation>Plik jest za duży, aby go zaimportować (%1 MB; limit to %2 MB). Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file looks like UTF-16 text without a byte-order mark, or is not a text file. Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>Plik wygląda na tekst UTF-16 bez znacznika kolejności bajtów albo nie jest plikiem tekstowym. Zapisz go ponownie jako &apos;CSV UTF-8&apos; i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not valid %1 text (byte %2). Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>Plik nie jest poprawnym tekstem %1 (bajt %2). Zapisz go ponownie jako &apos;CSV UTF-8&apos; i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/backup_import.py" line="+59"/>
        <source>Expected an object.</source>
        <translation>Oczekiwano obiektu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This count points to an inhaler that is not in the file (%1).</source>
        <translation>Ten odczyt licznika wskazuje inhalator, którego nie ma w pliku (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The id %1 appears twice (a duplicate record).</source>
        <translation>Identyfikator %1 występuje dwa razy (zduplikowany wpis).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no plan version %1 in this backup.</source>
        <translation>W tej kopii zapasowej nie ma wersji planu %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This points to a missing record %1.</source>
        <translation>To wskazuje na brakujący wpis %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record %1 is replaced by a record that is in turn replaced by it (a loop).</source>
        <translation>Wpis %1 jest zastąpiony wpisem, który z kolei jest zastąpiony przez niego (pętla).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup has no profile.</source>
        <translation>Kopia zapasowa nie zawiera profilu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The version %1 is repeated or not positive.</source>
        <translation>Wersja %1 się powtarza albo nie jest dodatnia.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A medicine must be an object of texts.</source>
        <translation>Lek musi być obiektem z tekstami.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan can&apos;t be read (%1).</source>
        <translation>Nie można odczytać planu (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expected text.</source>
        <translation>Oczekiwano tekstu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected 0 or 1, found %1.</source>
        <translation>Oczekiwano 0 lub 1, znaleziono %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown scale or period (%1, %2).</source>
        <translation>Nieznana skala lub pora dnia (%1, %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value must be the highest blow.</source>
        <translation>Wartość musi być najwyższym dmuchnięciem.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reliever puffs must be 0 to %1.</source>
        <translation>Liczba dawek leku doraźnego musi wynosić od 0 do %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown score %1.</source>
        <translation>Nieznany wynik %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers must be true or false.</source>
        <translation>Odpowiedzi muszą mieć wartość true lub false.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown kind of care %1.</source>
        <translation>Nieznany rodzaj pomocy medycznej %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown value %1.</source>
        <translation>Nieznana wartość %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This is not a time of day: %1.</source>
        <translation>To nie jest godzina: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reminder %1.</source>
        <translation>Nieznane przypomnienie %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This date is in the future: %1.</source>
        <translation>Ta data jest w przyszłości: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text is too long.</source>
        <translation>Tekst jest za długi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scheduled dose needs both its day and its time of day.</source>
        <translation>Zaplanowana dawka wymaga zarówno dnia, jak i pory dnia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Puffs must be 1 to %1.</source>
        <translation>Liczba dawek musi wynosić od 1 do %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine&apos;s name is missing, or the name or the reason is too long.</source>
        <translation>Brakuje nazwy leku albo nazwa lub powód jest za długi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The inhaler&apos;s size must be 1 to %1 doses.</source>
        <translation>Wielkość inhalatora musi wynosić od 1 do %1 dawek.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine&apos;s name is missing or too long.</source>
        <translation>Brakuje nazwy leku albo jest za długa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected what the medicine is used for.</source>
        <translation>Oczekiwano informacji, do czego służy lek.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doses left must be 0 to %1.</source>
        <translation>Liczba pozostałych dawek musi wynosić od 0 do %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already a profile called %1. Choose another name for the imported profile (--profile NAME).</source>
        <translation>Profil o nazwie %1 już istnieje. Wybierz inną nazwę dla importowanego profilu (--profile NAZWA).</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/csv_format.py" line="+127"/>
        <source>The first row must name the columns, with at least a date_time column and a peak_flow column (see the data format help).</source>
        <translation>Pierwszy wiersz musi zawierać nazwy kolumn, w tym co najmniej kolumnę date_time i kolumnę peak_flow (zobacz pomoc o formacie danych).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice.</source>
        <translation>Kolumna %1 występuje dwa razy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file contains binary data, not text.</source>
        <translation>Plik zawiera dane binarne, a nie tekst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are more than %1 rows. Split the file and import each part.</source>
        <translation>Jest więcej niż %1 wierszy. Podziel plik i zaimportuj każdą część osobno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This row has %1 cells but there are only %2 columns.</source>
        <translation>Ten wiersz ma %1 komórek, a kolumn jest tylko %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This row is the same as line %1.</source>
        <translation>Ten wiersz jest taki sam jak wiersz %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CSV is malformed (%1).</source>
        <translation>Plik CSV jest uszkodzony lub źle sformatowany (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no rows to import in this file.</source>
        <translation>W tym pliku nie ma wierszy do zaimportowania.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1</source>
        <translation>wiersz %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="+129"/>
        <source>line %1, column %2</source>
        <translation>wiersz %1, kolumna %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record must be %1, %2, %3 or %4, not %5.</source>
        <translation>Rekord musi mieć wartość %1, %2, %3 lub %4, a nie %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scale must be EU or Wright, not %1.</source>
        <translation>Skala musi być EU lub Wright, a nie %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period must be morning or evening.</source>
        <translation>Pora dnia musi mieć wartość morning lub evening.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a whole number from 0 to %1.</source>
        <translation>Liczba dawek leku doraźnego musi być liczbą całkowitą od 0 do %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A dose needs the medicine&apos;s name (300 letters at most).</source>
        <translation>Dawka wymaga nazwy leku (najwyżej 300 znaków).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due must be a date and morning or evening, for example %1.</source>
        <translation>Pole due musi zawierać datę i morning lub evening, na przykład %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Puffs must be a whole number from 1 to %1.</source>
        <translation>Liczba dawek musi być liczbą całkowitą od 1 do %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is too long (%1 letters at most).</source>
        <translation>Powód jest za długi (najwyżej %1 znaków).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The attack on %1 is in the future.</source>
        <translation>Atak z dnia %1 jest w przyszłości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a kind of care this app knows. Use: %2.</source>
        <translation>%1 nie jest rodzajem pomocy medycznej znanym tej aplikacji. Użyj: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each kind of care can be named only once.</source>
        <translation>Każdy rodzaj pomocy medycznej można podać tylko raz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up must be open, booked, done or empty, not %1.</source>
        <translation>Wizyta kontrolna musi mieć wartość open, booked, done lub być pusta, a nie %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an attack that needed A&amp;E, an ambulance, a hospital stay, an out-of-hours doctor or steroid tablets has a follow-up.</source>
        <translation>Wizytę kontrolną ma tylko atak, po którym potrzebne było A&amp;E (oddział ratunkowy), karetka, pobyt w szpitalu, lekarz poza godzinami pracy przychodni lub tabletki sterydowe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is too long (%1 letters; at most %2).</source>
        <translation>Uwaga jest za długa (znaków: %1; najwyżej %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="+100"/>
        <source>%1 is before %2: not a date this app could have saved.</source>
        <translation>%1 jest przed rokiem %2: tej daty aplikacja nie mogła zapisać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a date and time like 2026-11-20 08:30 or 20/11/2026 08:30.</source>
        <translation>%1 nie jest datą i godziną w postaci 2026-11-20 08:30 lub 20/11/2026 08:30.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a whole number of L/min.</source>
        <translation>%1 nie jest liczbą całkowitą w L/min.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This must be yes or no, not %1.</source>
        <translation>To musi być yes lub no, a nie %1.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="-102"/>
        <source>This is not complete JSON (%1).</source>
        <translation>To nie jest kompletny JSON (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>The file is nested too deeply to be a backup made by this app.</source>
        <translation>Plik ma zbyt wiele poziomów zagnieżdżenia, aby był kopią zapasową z tej aplikacji.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>This is not a backup made by this app.</source>
        <translation>To nie jest kopia zapasowa utworzona przez tę aplikację.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup has no format version.</source>
        <translation>Kopia zapasowa nie ma wersji formatu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of the app (format %1; this app reads up to %2). Please update the app. Nothing was imported.</source>
        <translation>Ta kopia zapasowa została utworzona przez nowszą wersję aplikacji (format %1; ta aplikacja odczytuje do %2). Zaktualizuj aplikację. Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file holds text that is not valid (a broken character).</source>
        <translation>Plik zawiera nieprawidłowy tekst (uszkodzony znak).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Expected text, found %1.</source>
        <translation>Oczekiwano tekstu, znaleziono %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a whole number, found %1.</source>
        <translation>Oczekiwano liczby całkowitej, znaleziono %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a number, found %1.</source>
        <translation>Oczekiwano liczby, znaleziono %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a list, found %1.</source>
        <translation>Oczekiwano listy, znaleziono %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected an object, found %1.</source>
        <translation>Oczekiwano obiektu, znaleziono %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected another type, found %1.</source>
        <translation>Oczekiwano innego typu, znaleziono %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is not a date or time: %1.</source>
        <translation>To nie jest data ani godzina: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected a list.</source>
        <translation>Oczekiwano listy.</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/exchange.py" line="+122"/>
        <location line="+17"/>
        <source>%1 is in the future.</source>
        <translation>%1 jest w przyszłości.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../asthma_app/services/kiosk_config.py" line="+38"/>
        <source>The kiosk settings file could not be read: %1</source>
        <translation>Nie udało się odczytać pliku ustawień kiosku: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times in the kiosk settings must be whole numbers of seconds.</source>
        <translation>Czasy w ustawieniach kiosku muszą być całkowitą liczbą sekund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attendant_pin_hash is not a PIN hash. Make one with &apos;asthma-app kiosk-pin-hash&apos;.</source>
        <translation>attendant_pin_hash nie jest skrótem (hashem) PIN-u. Utwórz go poleceniem &apos;asthma-app kiosk-pin-hash&apos;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No kiosk settings file at %1.</source>
        <translation>Brak pliku ustawień kiosku w %1.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/kiosk_mode.py" line="+64"/>
        <source>This computer is shared, so printing to a file is switched off. Please choose a paper printer, or ask a member of staff.</source>
        <translation>Ten komputer jest współdzielony, więc drukowanie do pliku jest wyłączone. Wybierz drukarkę papierową albo poproś o pomoc pracownika.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
</context>
<context>
    <name>KioskProblemScreen</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_problem.py" line="+27"/>
        <source>Kiosk mode cannot start</source>
        <translation>Nie można uruchomić trybu kiosku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kiosk is not set up yet</source>
        <translation>Ten kiosk nie jest jeszcze skonfigurowany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attendant puts the kiosk settings file (kiosk.ini) at %1, with an attendant PIN line made by the command: asthma-app kiosk-pin-hash. The kiosk guide (docs/kiosk.md) explains every setting. Then start kiosk mode again.</source>
        <translation>Pracownik umieszcza plik ustawień kiosku (kiosk.ini) w %1, z wierszem PIN personelu utworzonym poleceniem: asthma-app kiosk-pin-hash. Przewodnik kiosku (docs/kiosk.md) objaśnia każde ustawienie. Potem uruchom tryb kiosku ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <location filename="../asthma_app/ui/kiosk.py" line="+110"/>
        <source>Clinic kiosk: everything you enter is cleared when you finish or walk away.</source>
        <translation>Kiosk w przychodni: wszystko, co wpiszesz, zostanie usunięte, gdy skończysz lub odejdziesz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish and clear</source>
        <translation>Zakończ i wyczyść</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff: leave kiosk mode</source>
        <translation>Personel: wyjście z trybu kiosku</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>There is no attendant PIN in %1.</source>
        <translation>W %1 nie ma PIN-u personelu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kiosk settings file at %1.</source>
        <translation>Brak pliku ustawień kiosku w %1.</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/learn.py" line="+34"/>
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
        <location line="+2"/>
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
        <location filename="../asthma_app/ui/pages/__init__.py" line="+4"/>
        <location filename="../asthma_app/ui/pages/learn.py" line="+22"/>
        <source>Learn</source>
        <translation>Wiedza</translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../asthma_app/ui/widgets/length_limit.py" line="+26"/>
        <source>%1 letters: a name can have at most %2. Please shorten it.</source>
        <translation>Liczba znaków: %1. Imię i nazwisko może mieć najwyżej %2 znaków. Skróć je.</translation>
    </message>
</context>
<context>
    <name>LitresField</name>
    <message>
        <location filename="../asthma_app/ui/widgets/litres_field.py" line="+30"/>
        <source>for example 450</source>
        <translation>na przykład 450</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L/min</source>
        <translation>L/min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with this number</source>
        <translation>Problem z tą liczbą</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../asthma_app/ui/home.py" line="-279"/>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diary is locked</source>
        <translation>Dzienniczek jest zablokowany</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That passphrase is not right.</source>
        <translation>To hasło jest nieprawidłowe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../asthma_app/ui/main_window.py" line="+214"/>
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
        <source>Text %1&#xa0;%</source>
        <translation>Tekst %1&#xa0;%</translation>
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
    <message>
        <location line="+10"/>
        <source>The disk is full, so nothing new can be saved. You can read your diary. Free some space, then start the app again.</source>
        <translation>Dysk jest pełny, więc nie można zapisać niczego nowego. Możesz czytać swój dziennik. Zwolnij trochę miejsca, a potem uruchom aplikację ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data folder cannot be written (read-only). You can read your diary, but nothing new can be saved.</source>
        <translation>Nie można zapisywać w folderze z danymi (tylko do odczytu). Możesz czytać swój dziennik, ale nie można zapisać niczego nowego.</translation>
    </message>
</context>
<context>
    <name>MedicineTable</name>
    <message>
        <location filename="../asthma_app/ui/widgets/medicine_table.py" line="+42"/>
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
        <source>When (regular medicines)</source>
        <translation>Kiedy (leki stałe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puffs or tablets each time (as written)</source>
        <translation>Wdechy lub tabletki za każdym razem (jak zapisano)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (optional)</source>
        <translation>Kolor (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Medicines in my plan</source>
        <translation>Leki w moim planie</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+7"/>
        <source>Medicine %1: when</source>
        <translation>Lek %1: kiedy</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Medicine %1 needs the name of the medicine (the drug), not only its colour or brand.</source>
        <translation>Lek %1 wymaga nazwy leku (substancji), a nie tylko koloru lub nazwy handlowej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medicine %1: type the puffs or tablets each time as a whole number from 1 to %2, as written in the plan, or leave it empty.</source>
        <translation>Lek %1: wpisz wdechy lub tabletki za każdym razem jako liczbę całkowitą od 1 do %2, jak w planie, albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+41"/>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
</context>
<context>
    <name>NewInhalerDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="-45"/>
        <source>Started a new inhaler</source>
        <translation>Zaczynam nowy inhalator</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Which medicine</source>
        <translation>Który lek</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Doses printed on the inhaler</source>
        <translation>Dawki wydrukowane na inhalatorze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the number of doses (puffs) printed on the inhaler or its box.</source>
        <translation>Przepisz liczbę dawek (wdechów) wydrukowaną na inhalatorze lub pudełku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>NhsNumberDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+30"/>
        <location line="+5"/>
        <source>NHS number</source>
        <translation>Numer NHS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional. With it, your GP practice can match a file you give them to your record. It is on letters from your practice and in the NHS App (England, Wales and the Isle of Man). Leave the box empty to remove it.</source>
        <translation>Opcjonalnie. Dzięki niemu przychodnia lekarza rodzinnego może dopasować przekazany jej plik do Twojej dokumentacji. Znajdziesz go w listach z przychodni i w aplikacji NHS App (Anglia, Walia i Wyspa Man). Zostaw pole puste, aby go usunąć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It stays on this computer. If this diary has a passphrase, the NHS number is kept only in the protected diary.</source>
        <translation>Zostaje na tym komputerze. Jeśli ten dziennik ma hasło, numer NHS jest przechowywany tylko w chronionym dzienniku.</translation>
    </message>
</context>
<context>
    <name>NotTakenDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="-38"/>
        <source>Dose not taken</source>
        <translation>Dawka nieprzyjęta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Reason (optional)</source>
        <translation>Powód (opcjonalnie)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1, %2: not taken.</source>
        <translation>%1, %2: nieprzyjęta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../asthma_app/ui/widgets/number_pad.py" line="+21"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the last digit</source>
        <translation>Usuń ostatnią cyfrę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next box</source>
        <translation>Następne pole</translation>
    </message>
</context>
<context>
    <name>NurseShell</name>
    <message>
        <location filename="../asthma_app/ui/demo.py" line="-111"/>
        <source>&amp;Nurse</source>
        <translation>&amp;Pielęgniarka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a plan for a patient...</source>
        <translation>Napisz plan dla pacjenta...</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/nurse.py" line="+173"/>
        <source>Plan ready for %1: agreed %2 with %3.</source>
        <translation>Plan gotowy dla: %1, uzgodniony %2 z: %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the plan for the patient</source>
        <translation>Zapisz plan dla pacjenta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plan written yet.</source>
        <translation>Nie napisano jeszcze planu.</translation>
    </message>
</context>
<context>
    <name>NurseWindow</name>
    <message>
        <location line="-171"/>
        <source>Nurse mode - Asthma Plan &amp; Diary</source>
        <translation>Tryb pielęgniarki - Plan i dziennik astmy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NURSE MODE: nothing about the patient is kept on this computer unless you save a file.</source>
        <translation>TRYB PIELĘGNIARKI: nic o pacjencie nie zostaje na tym komputerze, chyba że zapiszesz plik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse mode</source>
        <translation>Tryb pielęgniarki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient&apos;s name</source>
        <translation>Imię i nazwisko pacjenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan...</source>
        <translation>Napisz plan...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan written yet.</source>
        <translation>Nie napisano jeszcze planu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save a .asthmaplan file beside the PDF</source>
        <translation>Zapisz też plik .asthmaplan obok pliku PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan for the patient (PDF)...</source>
        <translation>Zapisz plan dla pacjenta (PDF)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again with another patient</source>
        <translation>Zacznij od nowa z innym pacjentem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave nurse mode</source>
        <translation>Wyjdź z trybu pielęgniarki</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the plan with the patient, then save it. The PDF is the printed plan and carries the plan inside it: the patient opens it in the app at home with File &gt; Open a plan from my nurse.</source>
        <translation>Napisz plan razem z pacjentem, potem go zapisz. PDF to wydrukowany plan, który zawiera plan w środku: pacjent otwiera go w aplikacji w domu przez Plik &gt; Otwórz plan od mojej pielęgniarki.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../asthma_app/services/profile_security.py" line="+87"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>To nie jest obecne hasło. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>PeakFlowDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/peak_flow.py" line="+52"/>
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
        <location line="+4"/>
        <source>Date and time of reading</source>
        <translation>Data i godzina pomiaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Morning or evening</source>
        <translation>Rano czy wieczorem</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Meter scale</source>
        <translation>Skala miernika</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Taken after using my reliever</source>
        <translation>Zmierzone po użyciu leku doraźnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+96"/>
        <source>Blow %1: %2</source>
        <translation>Dmuchnięcie %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Best: —</source>
        <translation>Najlepszy: —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best: %1&#xa0;L/min</source>
        <translation>Najlepszy: %1&#xa0;L/min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No personal best in your plan, so no zone from peak flow.</source>
        <translation>W Twoim planie nie ma najlepszego wyniku osobistego, więc przepływ szczytowy nie wyznacza strefy.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Undo change to reading</source>
        <translation>Cofnij zmianę pomiaru</translation>
    </message>
</context>
<context>
    <name>PersonalBestDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/personal_best.py" line="+44"/>
        <source>Find my personal best</source>
        <translation>Znajdź mój najlepszy wynik osobisty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your personal best is the highest peak flow you reach when your asthma is as good as it gets. To find it: for two weeks, while you feel well, take your peak flow every morning and every evening. Blow three times and log the highest. Use the same meter each time.</source>
        <translation>Twój najlepszy wynik osobisty to najwyższy przepływ szczytowy, jaki osiągasz, gdy Twoja astma jest w najlepszym możliwym stanie. Jak go znaleźć: przez dwa tygodnie, gdy czujesz się dobrze, mierz przepływ szczytowy każdego ranka i każdego wieczoru. Dmuchnij trzy razy i zapisz najwyższy wynik. Za każdym razem używaj tego samego miernika.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as my personal best</source>
        <translation>Zapisz jako mój najlepszy wynik osobisty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without changing my plan</source>
        <translation>Zamknij bez zmiany planu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your last 14 days</source>
        <translation>Twoje ostatnie 14 dni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 readings</source>
        <translation>%1 z %2 pomiarów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning and evening readings collected</source>
        <translation>Zebrane pomiary poranne i wieczorne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readings on %1 of the last 14 days; morning and evening both on %2 days; %3 of 28 morning and evening readings.</source>
        <translation>Pomiary w %1 z ostatnich 14 dni; dni z pomiarem porannym i wieczornym: %2; %3 z 28 pomiarów porannych i wieczornych.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep going until you have 14 days with a morning and an evening reading. You can still look at the highest reading so far.</source>
        <translation>Mierz dalej, aż będziesz mieć 14 dni z pomiarem porannym i wieczornym. Już teraz możesz zobaczyć najwyższy dotychczasowy pomiar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed personal best</source>
        <translation>Proponowany najlepszy wynik osobisty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings in the last 14 days yet.</source>
        <translation>Nie ma jeszcze pomiarów z ostatnich 14 dni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your highest reading in these 14 days was %1&#xa0;L/min, on %2.</source>
        <translation>Twój najwyższy pomiar w tych 14 dniach to %1&#xa0;L/min, w dniu %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>New personal best</source>
        <translation>Nowy najlepszy wynik osobisty</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Agreed with</source>
        <translation>Uzgodniony z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Nurse Jones</source>
        <translation>Na przykład: pielęgniarka Kowalska</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed with (name)</source>
        <translation>Uzgodniony z (imię i nazwisko)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predicted peak flow: for reference only</source>
        <translation>Przewidywany przepływ szczytowy: tylko orientacyjnie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex for the prediction</source>
        <translation>Płeć do obliczenia przewidywanej wartości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Żeńska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Męska</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Height</source>
        <translation>Wzrost</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add your action plan first: the personal best is part of it.</source>
        <translation>Najpierw dodaj swój plan działania: najlepszy wynik osobisty jest jego częścią.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the new personal best in L/min to save it.</source>
        <translation>Wpisz nowy najlepszy wynik osobisty w L/min, aby go zapisać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan&apos;s personal best will change from %1 to %2&#xa0;L/min. Zones from now on use the new value; earlier readings keep their zones.</source>
        <translation>Najlepszy wynik osobisty w Twoim planie zmieni się z %1 na %2&#xa0;L/min. Od teraz strefy będą liczone według nowej wartości; wcześniejsze pomiary zachowają swoje strefy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan will use %1&#xa0;L/min as your personal best from now on.</source>
        <translation>Od teraz Twój plan będzie używać %1&#xa0;L/min jako Twojego najlepszego wyniku osobistego.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add your year of birth to your profile to see a predicted value.</source>
        <translation>Dodaj rok urodzenia do swojego profilu, aby zobaczyć przewidywaną wartość.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No prediction: the children&apos;s table covers heights from 85 to 170 cm.</source>
        <translation>Brak przewidywanej wartości: tabela dla dzieci obejmuje wzrost od 85 do 170 cm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose sex and height to see a predicted value.</source>
        <translation>Wybierz płeć i wzrost, aby zobaczyć przewidywaną wartość.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prediction: the adult formula is only used for ages %1 to %2 and heights from %3 to %4 cm.</source>
        <translation>Brak przewidywanej wartości: wzór dla dorosłych stosuje się tylko w wieku od %1 do %2 lat i przy wzroście od %3 do %4 cm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted for your age (%1), sex and height: %2 L/min (EU scale). For reference only: discuss with your nurse. Your zones always use your own personal best.</source>
        <translation>Wartość przewidywana dla Twojego wieku (%1), płci i wzrostu: %2 L/min (skala EU). Tylko orientacyjnie: omów to z pielęgniarką. Twoje strefy są zawsze liczone według Twojego własnego najlepszego wyniku osobistego.</translation>
    </message>
</context>
<context>
    <name>PinHashDialog</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="+9"/>
        <source>Attendant PIN for the kiosk</source>
        <translation>PIN personelu dla kiosku</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Attendant PIN (4 to 12 digits)</source>
        <translation>PIN personelu (od 4 do 12 cyfr)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>The same PIN again</source>
        <translation>Ten sam PIN ponownie</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Line for the kiosk settings file</source>
        <translation>Wiersz do pliku ustawień kiosku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the settings line</source>
        <translation>Utwórz wiersz ustawień</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two PINs are different. Nothing was made.</source>
        <translation>Te dwa PIN-y się różnią. Nic nie zostało utworzone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>PIN musi mieć od 4 do 12 cyfr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste this line into the kiosk settings file.</source>
        <translation>Skopiowano. Wklej ten wiersz do pliku ustawień kiosku.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+31"/>
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
        <location line="+12"/>
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
        <location line="+39"/>
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
        <location line="+21"/>
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
        <location line="+219"/>
        <source>The puffs or tablets each time must be between 1 and %1: copy the number from your plan.</source>
        <translation>Wdechy lub tabletki za każdym razem muszą mieścić się między 1 a %1: przepisz liczbę z planu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan refers to standard attack steps this version of the app does not know (%1). Please update the app.</source>
        <translation>Plan odwołuje się do standardowych kroków przy napadzie, których ta wersja aplikacji nie zna (%1). Zaktualizuj aplikację.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The most reliever puffs in a day must be between 1 and %1: copy the number from your plan.</source>
        <translation>Największa liczba dawek leku doraźnego na dobę musi wynosić od 1 do %1: przepisz liczbę ze swojego planu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the most reliever puffs in a day that your MART plan allows, exactly as your nurse or doctor wrote it.</source>
        <translation>Wpisz największą liczbę dawek leku doraźnego na dobę, na jaką pozwala Twój plan MART, dokładnie tak, jak napisała pielęgniarka lub lekarz.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+42"/>
        <source>Sit up straight and stay as calm as you can.</source>
        <translation>Usiądź prosto i zachowaj spokój, na ile możesz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use your reliever inhaler: 1 puff, then wait 30 to 60 seconds before the next one, up to 10 puffs. Use your spacer if you have one.</source>
        <translation>Użyj inhalatora z lekiem doraźnym: 1 dawka (jedno wciśnięcie), potem odczekaj 30 do 60 sekund przed następną, do 10 dawek. Użyj komory inhalacyjnej, jeśli ją masz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1 for an ambulance if you get worse at any time, if you are no better after 10 puffs, or if you do not have your reliever.</source>
        <translation>Zadzwoń pod %1 po karetkę, jeśli w którymkolwiek momencie poczujesz się gorzej, jeśli po 10 dawkach nie ma poprawy albo jeśli nie masz swojego leku doraźnego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the ambulance: if it has not come after 10 minutes and you are still no better, do step 2 again.</source>
        <translation>Czekając na karetkę: jeśli po 10 minutach jeszcze jej nie ma, a nadal nie czujesz się lepiej, powtórz krok 2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still no better and still no ambulance? Call %1 again at once.</source>
        <translation>Nadal bez poprawy i nadal nie ma karetki? Natychmiast zadzwoń ponownie pod %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you get better without calling %1, you still need to see your GP or asthma nurse today: ask for an urgent appointment.</source>
        <translation>Jeśli poczujesz się lepiej bez dzwonienia pod %1, i tak musisz jeszcze dziś pójść do lekarza rodzinnego lub pielęgniarki astmatycznej: poproś o pilną wizytę.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sit up straight. Try to keep calm.</source>
        <translation>Usiądź prosto. Postaraj się zachować spokój.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="-221"/>
        <source>Lips look blue or grey</source>
        <translation>Usta wyglądają na sine lub szare</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+4"/>
        <source>If your symptoms settle and you did not need to call %1, get an urgent same-day appointment with your GP or asthma nurse.</source>
        <translation>Jeśli objawy ustąpią i nie trzeba było dzwonić pod %1, umów pilną wizytę tego samego dnia u lekarza rodzinnego lub pielęgniarki astmatycznej.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Use your inhaler exactly as the red zone of your plan says.</source>
        <translation>Używaj inhalatora dokładnie tak, jak mówi czerwona strefa Twojego planu.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="-115"/>
        <source>EU scale (EN 13826)</source>
        <translation>Skala EU (EN 13826)</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+1"/>
        <source>If you feel worse at any point, or you are not getting better, call %1 for an ambulance.</source>
        <translation>Jeśli w którymkolwiek momencie czujesz się gorzej albo nie następuje poprawa, zadzwoń pod %1 po karetkę.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+116"/>
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
        <location line="+116"/>
        <source>The attack steps saved with this plan are not right for this kind of plan, so general steps are shown instead. Ask your nurse or doctor to write the attack steps for your plan.</source>
        <translation>Kroki przy napadzie zapisane w tym planie nie pasują do tego rodzaju planu, dlatego zamiast nich pokazano kroki ogólne. Poproś pielęgniarkę lub lekarza o wpisanie kroków przy napadzie do Twojego planu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My plan does not say the most reliever puffs I can take in a day: ask my nurse or doctor.</source>
        <translation>Mój plan nie podaje, ile najwięcej dawek leku doraźnego mogę przyjąć w ciągu doby: zapytam pielęgniarkę lub lekarza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most reliever puffs I can take in a day: %1 (as written in my plan).</source>
        <translation>Największa liczba dawek leku doraźnego, jaką mogę przyjąć w ciągu doby: %1 (tak jak zapisano w moim planie).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AIR plans are for people aged 12 and over. By the year of birth in this profile (%1), this person may be under 12: check with the nurse or doctor that AIR is right.</source>
        <translation>Plany AIR są dla osób w wieku 12 lat i starszych. Według roku urodzenia w tym profilu (%1) ta osoba może mieć mniej niż 12 lat: sprawdź z pielęgniarką lub lekarzem, czy AIR jest właściwy.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please say who agreed this plan with you.</source>
        <translation>Podaj, kto uzgodnił z Tobą ten plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../asthma_app/domain/readings.py" line="+162"/>
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
        <location line="+19"/>
        <source>The reliever attack steps are not for MART or AIR plans: use the steps from your own plan.</source>
        <translation>Kroki z lekiem doraźnym przy napadzie nie są dla planów MART ani AIR: użyj kroków z własnego planu.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Check-in interval must be between 1 hour and 14 days.</source>
        <translation>Odstęp między sprawdzeniami musi wynosić od 1 godziny do 14 dni.</translation>
    </message>
</context>
<context>
    <name>PlanChanges</name>
    <message>
        <location filename="../asthma_app/services/plan_import.py" line="+144"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with %2</source>
        <translation>%1 z: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with %2 (%3)</source>
        <translation>%1 z: %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symptoms only (no peak flow levels)</source>
        <translation>Tylko objawy (bez progów przepływu szczytowego)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal best %1 L/min; amber below %2 %, red below %3 %</source>
        <translation>Najlepszy wynik %1 L/min; żółta strefa poniżej %2 %, czerwona poniżej %3 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind of plan</source>
        <translation>Rodzaj planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Uzgodniono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (patient or carer)</source>
        <translation>Uzgodniono z (pacjent lub opiekun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Następna wizyta kontrolna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak flow levels</source>
        <translation>Progi przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day (green)</source>
        <translation>Codziennie (zielona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When worse (amber)</source>
        <translation>Gdy gorzej (żółta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma attack (red)</source>
        <translation>Atak astmy (czerwona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of getting worse</source>
        <translation>Oznaki pogorszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of an attack</source>
        <translation>Oznaki ataku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most reliever puffs a day</source>
        <translation>Najwięcej dawek leku doraźnego na dobę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack steps</source>
        <translation>Kroki przy napadzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation>Numer alarmowy</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_editor.py" line="+91"/>
        <source>Action plan: fill in with your nurse or doctor</source>
        <translation>Plan działania: wypełnij z pielęgniarką lub lekarzem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy your plan exactly as your nurse or doctor wrote it. Saving keeps your old plan in the history.</source>
        <translation>Przepisz plan dokładnie tak, jak napisała pielęgniarka lub lekarz. Zapisanie zachowa stary plan w historii.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My plan uses peak flow</source>
        <translation>Mój plan korzysta z przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+8"/>
        <source>not written in my plan</source>
        <translation>nie ma w moim planie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard steps for this kind of plan</source>
        <translation>Standardowe kroki dla tego rodzaju planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own steps, as my nurse or doctor wrote them</source>
        <translation>Moje własne kroki, tak jak napisała je pielęgniarka lub lekarz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma attack steps, one per line</source>
        <translation>Kroki przy napadzie astmy, jeden w wierszu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the attack steps exactly as your plan says, one per line.</source>
        <translation>Wpisz kroki przy napadzie dokładnie tak, jak mówi Twój plan, jeden w wierszu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard steps are saved as a reference, not as text, so they always show in the language the app is in. For MART and AIR plans they are general steps: use your inhaler as your plan says and call for help.</source>
        <translation>Standardowe kroki są zapisywane jako odnośnik, a nie jako tekst, więc zawsze wyświetlają się w języku aplikacji. W planach MART i AIR są to kroki ogólne: używaj inhalatora tak, jak mówi Twój plan, i wezwij pomoc.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> hours</source>
        <translation> godz.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of plan</source>
        <translation>Rodzaj planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (name)</source>
        <translation>Uzgodniony z (imię i nazwisko)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed on</source>
        <translation>Data uzgodnienia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review</source>
        <translation>Następna wizyta kontrolna</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Personal best</source>
        <translation>Najlepszy wynik osobisty</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Write the plan with the patient. The app checks it as it would at home, and it is kept only in the file you save.</source>
        <translation>Napisz plan razem z pacjentem. Aplikacja sprawdza go tak jak w domu, a zostaje on tylko w pliku, który zapiszesz.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>For example: Practice nurse</source>
        <translation>Na przykład: pielęgniarka w przychodni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Sam and his mum</source>
        <translation>Na przykład: Sam i jego mama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role</source>
        <translation>Twoja funkcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (patient, parent or carer)</source>
        <translation>Uzgodniono z (pacjent, rodzic lub opiekun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name (nurse or doctor)</source>
        <translation>Twoje imię i nazwisko (pielęgniarka lub lekarz)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+1"/>
        <source>Most reliever puffs in a day (MART or AIR)</source>
        <translation>Najwięcej dawek leku doraźnego na dobę (MART lub AIR)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Check in at least every</source>
        <translation>Sprawdzaj co najmniej co</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems to fix before saving</source>
        <translation>Do poprawienia przed zapisaniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as agreed plan</source>
        <translation>Zapisz jako uzgodniony plan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add this suggested line</source>
        <translation>Dodaj proponowany wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this suggested line: %1</source>
        <translation>Dodaj proponowany wiersz: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: “%1”</source>
        <translation>Propozycja: „%1”</translation>
    </message>
    <message>
        <location line="+153"/>
        <location line="+10"/>
        <source>Personal best: %1</source>
        <translation>Najlepszy wynik osobisty: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Please type your own attack steps, or choose the standard steps.</source>
        <translation>Wpisz własne kroki przy napadzie albo wybierz kroki standardowe.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../asthma_app/services/plan_import.py" line="-154"/>
        <source>There is no action plan to save yet. Nothing was saved.</source>
        <translation>Nie ma jeszcze planu działania do zapisania. Nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This plan can&apos;t be used as it stands: %1 Ask your nurse to correct it. Nothing was changed.</source>
        <translation>Tego planu nie można użyć w obecnej postaci: %1 Poproś pielęgniarkę o poprawienie go. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/fhir_plan.py" line="+47"/>
        <source>This FHIR file has no action plan (CarePlan) in it. Nothing was changed.</source>
        <translation>W tym pliku FHIR nie ma planu działania (CarePlan). Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This FHIR file holds more than one action plan, so the app can&apos;t tell which one is yours. Ask for a file with one plan. Nothing was changed.</source>
        <translation>Ten plik FHIR zawiera więcej niż jeden plan działania, więc aplikacja nie wie, który jest Twój. Poproś o plik z jednym planem. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This plan does not say which kind of plan it is (preventer and reliever, MART or AIR), and the app will not guess: the attack steps depend on it. Ask your nurse to add it. Nothing was changed.</source>
        <translation>Ten plan nie mówi, jakiego jest rodzaju (lek kontrolujący i doraźny, MART czy AIR), a aplikacja nie będzie zgadywać: zależą od tego kroki w razie ataku. Poproś pielęgniarkę o dopisanie tego. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This plan does not say when it was agreed. Nothing was changed.</source>
        <translation>Ten plan nie mówi, kiedy został uzgodniony. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No emergency number in the file: 999 is used.</source>
        <translation>W pliku nie ma numeru alarmowego: używany jest 999.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The personal best is not in L/min, so it was not used.</source>
        <translation>Najlepszy wynik nie jest w L/min, więc nie został użyty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A personal best of %1 L/min is in the file, but not the amber and red levels, so the plan uses symptoms only. Ask your nurse for the levels.</source>
        <translation>W pliku jest najlepszy wynik %1 L/min, ale bez progów żółtej i czerwonej strefy, więc plan korzysta tylko z objawów. Poproś pielęgniarkę o progi.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/plan_file.py" line="+50"/>
        <source>This file is not an action plan from a nurse. The app opens the plan PDF printed by this app, a .asthmaplan file or a FHIR CarePlan. Nothing was changed.</source>
        <translation>Ten plik nie jest planem działania od pielęgniarki. Aplikacja otwiera PDF planu wydrukowany przez tę aplikację, plik .asthmaplan lub CarePlan FHIR. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This plan file is damaged and can&apos;t be read. Ask your nurse for a new copy. Nothing was changed.</source>
        <translation>Ten plik planu jest uszkodzony i nie da się go odczytać. Poproś pielęgniarkę o nową kopię. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This plan was written by a newer version of the app (plan format %1). Please update the app, then open the file again. Nothing was changed.</source>
        <translation>Ten plan został zapisany przez nowszą wersję aplikacji (format planu %1). Zaktualizuj aplikację, a potem otwórz plik ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/plan_pdf.py" line="+53"/>
        <source>This PDF has no plan inside it. Only the action plan printed by this app (from the nurse&apos;s copy) carries the plan; ask your nurse for the plan file. Nothing was changed.</source>
        <translation>W tym pliku PDF nie ma planu. Tylko plan działania wydrukowany przez tę aplikację (z kopii pielęgniarki) zawiera plan; poproś pielęgniarkę o plik planu. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>PlanHandover</name>
    <message>
        <location filename="../asthma_app/ui/plan_handover.py" line="+28"/>
        <source>Open or create the person the plan is for first, then open the plan.</source>
        <translation>Najpierw otwórz lub utwórz osobę, dla której jest plan, a potem otwórz plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a plan from my nurse</source>
        <translation>Otwórz plan od mojej pielęgniarki</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no name)</source>
        <translation>(bez imienia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, born %2</source>
        <translation>%1, ur. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan is for %1, but the diary open now is %2&apos;s. A plan for someone else could give the wrong advice. Use it for %2 anyway?</source>
        <translation>Ten plan jest dla: %1, ale otwarty jest teraz dziennik osoby: %2. Plan kogoś innego może dawać złe rady. Użyć go mimo to dla: %2?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan for someone else?</source>
        <translation>Plan dla kogoś innego?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your plan is now the one agreed %1 with %2.</source>
        <translation>Twój plan to teraz plan uzgodniony %1 z: %2.</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+98"/>
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
    <name>PlanImportDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_import.py" line="+33"/>
        <source>A plan from your nurse</source>
        <translation>Plan od Twojej pielęgniarki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan was agreed on %1 with %2.</source>
        <translation>Ten plan został uzgodniony %1 z: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what changes. Your plan changes only if you choose &quot;Make this my plan&quot;; your earlier plans are kept.</source>
        <translation>Sprawdź, co się zmienia. Twój plan zmieni się tylko, jeśli wybierzesz &quot;Ustaw jako mój plan&quot;; wcześniejsze plany zostają zachowane.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not used from the file (ask your nurse if any of it matters):</source>
        <translation>Nieużyte z pliku (zapytaj pielęgniarkę, czy coś z tego jest ważne):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changes in your plan</source>
        <translation>Co zmienia się w Twoim planie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the plan</source>
        <translation>Część planu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan now</source>
        <translation>Twój obecny plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now (no plan yet)</source>
        <translation>Teraz (jeszcze bez planu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan from the file</source>
        <translation>Plan z pliku</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changes: the file&apos;s plan is the same as yours.</source>
        <translation>Nic się nie zmienia: plan z pliku jest taki sam jak Twój.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Other parts of the plan that stay the same: %n</source>
        <translation>
            <numerusform>Pozostałe części planu, które się nie zmieniają: %n</numerusform>
            <numerusform>Pozostałe części planu, które się nie zmieniają: %n</numerusform>
            <numerusform>Pozostałe części planu, które się nie zmieniają: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this my plan</source>
        <translation>Ustaw jako mój plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="-74"/>
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
        <location line="+32"/>
        <source>Change my plan (with my nurse)</source>
        <translation>Zmień mój plan (z pielęgniarką)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Plan history</source>
        <translation>Historia planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s details and school copy</source>
        <translation>Dane dziecka i kopia dla szkoły</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="-31"/>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-3"/>
        <location filename="../asthma_app/ui/pages/plan.py" line="+18"/>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+10"/>
        <source>Enter my plan</source>
        <translation>Wpisz mój plan</translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <location filename="../asthma_app/domain/plan_suggestions.py" line="+22"/>
        <source>If I am not better after %1 days in the amber zone, I see my GP or asthma nurse within %2 hours.</source>
        <translation>Jeśli nie poczuję się lepiej po %1 dniach w strefie pomarańczowej, zgłaszam się do lekarza rodzinnego lub pielęgniarki astmatycznej w ciągu %2 godzin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If I have had no symptoms and have not needed my reliever for %1 weeks, I ask at my review whether my preventer dose can be lowered.</source>
        <translation>Jeśli przez %1 tygodni nie mam objawów i nie potrzebuję leku doraźnego, pytam na wizycie kontrolnej, czy można zmniejszyć dawkę leku kontrolującego.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/plan_view.py" line="+75"/>
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
        <location line="+7"/>
        <source> (colour: %1)</source>
        <translation> (kolor: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GREEN: every day, when my asthma is good</source>
        <translation>ZIELONA: każdego dnia, gdy astma jest pod kontrolą</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>When any of these happen:</source>
        <translation>Gdy wystąpi którekolwiek z tych:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>My personal best peak flow: %1&#xa0;L/min (%2).</source>
        <translation>Mój najlepszy przepływ szczytowy: %1&#xa0;L/min (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>My peak flow is below %1&#xa0;L/min (%2&#xa0;% of my best)</source>
        <translation>Mój przepływ szczytowy jest poniżej %1&#xa0;L/min (%2&#xa0;% mojego najlepszego)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>What I do:</source>
        <translation>Co robię:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>AMBER: when my asthma is getting worse</source>
        <translation>ŻÓŁTA: gdy astma się pogarsza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asthma attack steps:</source>
        <translation>Kroki przy napadzie astmy:</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>PracticePart</name>
    <message>
        <location filename="../asthma_app/domain/practice_codes.py" line="+61"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action plan at this review</source>
        <translation>Plan działania na tej wizycie kontrolnej</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>RCP 3 Questions</source>
        <translation>3 pytania RCP</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not answered in this period</source>
        <translation>Bez odpowiedzi w tym okresie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered %1: %2 of 3 yes</source>
        <translation>Odpowiedzi z %1: %2 z 3 na tak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trouble sleeping because of asthma (last month)</source>
        <translation>Problemy ze snem z powodu astmy (ostatni miesiąc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usual asthma symptoms during the day (last month)</source>
        <translation>Zwykłe objawy astmy w ciągu dnia (ostatni miesiąc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asthma stopped usual activities (last month)</source>
        <translation>Astma przerwała zwykłe zajęcia (ostatni miesiąc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (total entered from a licensed form)</source>
        <translation>%1 (suma wpisana z licencjonowanego formularza)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1, dnia %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reliever use</source>
        <translation>Stosowanie leku doraźnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1 of %2 days with a diary entry (about %3 days a week)</source>
        <translation>W %1 z %2 dni z wpisem w dzienniku (około %3 dni w tygodniu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No diary entries in this period</source>
        <translation>Brak wpisów w dzienniku w tym okresie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions for the nurse</source>
        <translation>Pytania do pielęgniarki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written action plan held</source>
        <translation>Posiada pisemny plan działania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plan in the app</source>
        <translation>Brak planu w aplikacji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes: agreed %1 with %2</source>
        <translation>Tak: uzgodniony %1 z: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attacks since the last review</source>
        <translation>Ataki od ostatniej wizyty kontrolnej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attacks in the last 12 months</source>
        <translation>Ataki w ostatnich 12 miesiącach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;E visits since the last review</source>
        <translation>Wizyty na SOR od ostatniej wizyty kontrolnej</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hospital admissions since the last review</source>
        <translation>Przyjęcia do szpitala od ostatniej wizyty kontrolnej</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 since the last review</source>
        <translation>%1 od ostatniej wizyty kontrolnej</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../asthma_app/ui/printing/documents.py" line="+75"/>
        <source>%1 — asthma action plan agreed %2</source>
        <translation>%1 — plan działania w astmie uzgodniony %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My asthma action plan</source>
        <translation>Mój plan działania w astmie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with %1 on %2. Plan version %3.</source>
        <translation>Uzgodniony z: %1, dnia %2. Wersja planu %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed with %1 (%2) on %3. Plan version %4.</source>
        <translation>Uzgodniono z: %1 (%2), %3. Wersja planu %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed by: %1.</source>
        <translation>Uzgodnione przez: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <translation>Następna wizyta kontrolna: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My personal best peak flow: %1 L/min (%2 scale).</source>
        <translation>Mój najlepszy osobisty przepływ szczytowy: %1 L/min (skala %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Peak flow below %1 L/min.</source>
        <translation>Przepływ szczytowy poniżej %1 L/min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call %1 straight away if</source>
        <translation>Dzwoń natychmiast pod %1, jeśli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GREEN</source>
        <translation>ZIELONA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green zone — every day, when my asthma is good</source>
        <translation>Strefa zielona — każdego dnia, gdy moja astma jest pod kontrolą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMBER</source>
        <translation>ŻÓŁTA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber zone — when my asthma is getting worse</source>
        <translation>Strefa żółta — gdy moja astma się pogarsza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RED</source>
        <translation>CZERWONA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red zone — asthma attack: act now</source>
        <translation>Strefa czerwona — napad astmy: działaj teraz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own plan, written with your nurse or doctor. Bring it to every asthma review.</source>
        <translation>To Twój własny plan, napisany razem z pielęgniarką lub lekarzem. Zabieraj go na każdą wizytę kontrolną astmy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to take it</source>
        <translation>Jak go przyjmować</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In an asthma attack:</source>
        <translation>W razie napadu astmy:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency number</source>
        <translation>Numer alarmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My GP or asthma nurse</source>
        <translation>Mój lekarz rodzinny lub pielęgniarka astmatyczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of hours</source>
        <translation>Poza godzinami pracy przychodni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My triggers</source>
        <translation>Moje czynniki wywołujące</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/pdf.py" line="+53"/>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Asthma action plan</source>
        <translation>Plan działania w astmie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asthma review summary</source>
        <translation>Podsumowanie wizyty kontrolnej astmy</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../asthma_app/domain/profile.py" line="+33"/>
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
    <message>
        <location filename="../asthma_app/domain/nhs_number.py" line="+53"/>
        <source>This is not a valid NHS number: it has 10 digits and the last one checks the others. Please copy it again from a letter from your practice, or leave it empty.</source>
        <translation>To nie jest prawidłowy numer NHS: ma 10 cyfr, a ostatnia sprawdza pozostałe. Przepisz go ponownie z listu z przychodni albo zostaw puste.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../asthma_app/qt_strings.py" line="+93"/>
        <source>Drive</source>
        <translation>Napęd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-36"/>
        <source>&amp;Look in:</source>
        <translation>Szukaj &amp;w:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>Nazwa &amp;pliku:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Zachowaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Nowy katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Pokaż &amp;ukryte pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Powrót</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Do przodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Katalog wyżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Utwórz nowy katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Przejdź dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Przejdź do katalogu wyżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Utwórz nowy katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Pokaż listę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Pasek boczny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Lista miejsc i zakładek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 już istnieje.
Czy chcesz go zastąpić?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Data modyfikacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../asthma_app/ui/widgets/read_aloud.py" line="+39"/>
        <location line="+59"/>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 (Ctrl+R)</source>
        <translation>%1 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop reading</source>
        <translation>Przestań czytać</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="-132"/>
        <source>Morning</source>
        <translation>Rano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Wieczorem</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1&#xa0;L/min can&apos;t be right: peak flow meters read between %2 and %3&#xa0;L/min. Please check the number.</source>
        <translation>%1&#xa0;L/min to niemożliwe: mierniki przepływu szczytowego pokazują od %2 do %3&#xa0;L/min. Sprawdź liczbę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&#xa0;L/min is unusual. Please check you typed it right.</source>
        <translation>%1&#xa0;L/min to nietypowy wynik. Sprawdź, czy dobrze go wpisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&#xa0;L/min is more than 20&#xa0;% above your personal best of %2. Please check the reading. If it is right, talk to your nurse about a new personal best.</source>
        <translation>%1&#xa0;L/min to ponad 20&#xa0;% powyżej Twojego najlepszego wyniku osobistego %2. Sprawdź pomiar. Jeśli jest prawidłowy, porozmawiaj z pielęgniarką o nowym najlepszym wyniku.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/typed_numbers.py" line="+137"/>
        <source>Please type a number.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>“%1” is not a number. Type the number the pointer shows, for example 450.</source>
        <translation>„%1” to nie liczba. Wpisz liczbę, którą pokazuje wskaźnik, na przykład 450.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This looks like litres per second. The app uses litres per minute (L/min): type the number on your meter&apos;s L/min scale.</source>
        <translation>To wygląda na litry na sekundę. Aplikacja używa litrów na minutę (L/min): wpisz liczbę ze skali L/min na mierniku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a whole number. This looks like litres per second: the app uses whole litres per minute (L/min). Type the number on your meter&apos;s L/min scale, for example 450.</source>
        <translation>„%1” nie jest liczbą całkowitą. Wygląda to na litry na sekundę: aplikacja używa całych litrów na minutę (L/min). Wpisz liczbę ze skali L/min swojego miernika, na przykład 450.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="+12"/>
        <source>Please enter one to three blows.</source>
        <translation>Wpisz od jednego do trzech dmuchnięć.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a number from 0 to %1.</source>
        <translation>Liczba dawek leku doraźnego musi wynosić od 0 do %1.</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/diary.py" line="+58"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>Ta data i godzina są w przyszłości. Sprawdź je.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../asthma_app/storage/recovery.py" line="+134"/>
        <source>The damaged file still held %1 entries saved after that backup: they have been added to your diary.</source>
        <translation>Uszkodzony plik zawierał jeszcze wpisy zapisane po tej kopii zapasowej (%1): zostały dodane do dziennika.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your diary file was damaged. The app has put the damaged file aside in %1 (it is not deleted) and brought back your backup from %2.

Your diary now runs up to %2. Anything you saved after that is not in it, so please add it again if you can.</source>
        <translation>Plik Twojego dzienniczka był uszkodzony. Aplikacja odłożyła uszkodzony plik do %1 (nie został usunięty) i przywróciła kopię zapasową z %2.

Twój dzienniczek obejmuje teraz wpisy do %2. Nie ma w nim niczego, co zapisano później, więc jeśli możesz, dodaj to ponownie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries had a damaged date, time or choice and could not be put back in your diary. They are still in the damaged file that was put aside.</source>
        <translation>Liczba wpisów z uszkodzoną datą, godziną lub wyborem, których nie dało się przywrócić do dziennika: %1. Nadal są w uszkodzonym pliku, który został odłożony.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your diary file was damaged and there was no backup to bring back. The app has put the damaged file aside in %1 (it is not deleted) and saved what it could still read into a new diary: %2 peak-flow readings, %3 symptom entries and %4 plan versions.

Some entries may be missing. Please check your diary and your plan.</source>
        <translation>Plik Twojego dzienniczka był uszkodzony i nie było kopii zapasowej do przywrócenia. Aplikacja odłożyła uszkodzony plik do %1 (nie został usunięty) i zapisała w nowym dzienniczku to, co dało się jeszcze odczytać: pomiary przepływu szczytowego: %2, wpisy o objawach: %3, wersje planu: %4.

Może brakować niektórych wpisów. Sprawdź swój dzienniczek i plan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list of tables in the file was damaged too, so only what SQLite could still read was saved. The damaged file is kept, so more may be recovered from it later.</source>
        <translation>Lista tabel w pliku też była uszkodzona, więc zapisano tylko to, co SQLite mógł jeszcze odczytać. Uszkodzony plik jest zachowany, więc później być może uda się odzyskać z niego więcej.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some entries in your diary file were damaged: %1 of them hold letters that could not be read. The app has put the damaged file aside in %2 (it is not deleted) and copied everything into a new diary; the letters that could not be read are shown as �.

Please check your notes and your plan. Your backups are on the Backups page if you would rather bring one back.</source>
        <translation>Niektóre wpisy w pliku dziennika były uszkodzone: %1 z nich zawiera litery, których nie dało się odczytać. Aplikacja odłożyła uszkodzony plik do %2 (nie został usunięty) i skopiowała wszystko do nowego dziennika; litery, których nie dało się odczytać, są pokazane jako �.

Sprawdź swoje notatki i swój plan. Kopie zapasowe są na stronie Kopie zapasowe, jeśli wolisz przywrócić jedną z nich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some entries in your diary file were damaged. The app has put the damaged file aside in %1 (it is not deleted) and copied everything it could read into a new diary.

Please check your diary. Your backups are on the Backups page if you would rather bring one back.</source>
        <translation>Niektóre wpisy w pliku dziennika były uszkodzone. Aplikacja odłożyła uszkodzony plik do %1 (nie został usunięty) i skopiowała wszystko, co dało się odczytać, do nowego dziennika.

Sprawdź swój dziennik. Kopie zapasowe są na stronie Kopie zapasowe, jeśli wolisz przywrócić jedną z nich.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../asthma_app/domain/regions.py" line="+21"/>
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
    <name>ReminderBanner</name>
    <message>
        <location filename="../asthma_app/ui/reminders.py" line="-76"/>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the reminder</source>
        <translation>Zamknij przypomnienie</translation>
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
        <translation>Plan i dzienniczek astmy</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location line="+180"/>
        <source>Reminders</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me (while the app is open)</source>
        <translation>Przypominaj mi (gdy aplikacja jest otwarta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preventer dose</source>
        <translation>Dawka leku kontrolującego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak-flow reading</source>
        <translation>Pomiar przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for: </source>
        <translation>Godzina: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no notification area (system tray), so reminders cannot be shown. Set them on your phone or another device instead.</source>
        <translation>Ten komputer nie ma obszaru powiadomień (zasobnika systemowego), więc przypomnienia nie mogą się wyświetlać. Zamiast tego ustaw je w telefonie lub na innym urządzeniu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You also get a reminder when your plan&apos;s review date is a week away.</source>
        <translation>Dostaniesz też przypomnienie na tydzień przed terminem wizyty kontrolnej z Twojego planu.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../asthma_app/services/reminders.py" line="+48"/>
        <source>Time for your preventer, as your plan says.</source>
        <translation>Czas na lek kontrolujący, tak jak mówi Twój plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to blow your peak flow and log it.</source>
        <translation>Czas zmierzyć przepływ szczytowy i go zapisać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your asthma review is due. Book it with your GP surgery.</source>
        <translation>Nadszedł czas na wizytę kontrolną astmy. Umów ją w swojej przychodni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have a reminder from this app. Unlock it to see it.</source>
        <translation>Masz przypomnienie z tej aplikacji. Odblokuj ją, aby je zobaczyć.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your asthma review is due on %1. Book it with your GP surgery.</source>
        <translation>Termin wizyty kontrolnej astmy: %1. Umów ją w swojej przychodni.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../asthma_app/storage/restore.py" line="-7"/>
        <source>This backup does not hold %1&apos;s diary (it was made before they were added, or on another diary), so nothing was brought back. Nothing was changed.</source>
        <translation>Ta kopia zapasowa nie zawiera dziennika osoby %1 (powstała, zanim ta osoba została dodana, albo pochodzi z innego dziennika), więc niczego nie przywrócono. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This backup could not be brought back because its rows do not fit together. Nothing was changed.</source>
        <translation>Nie można było przywrócić tej kopii zapasowej, ponieważ jej wpisy do siebie nie pasują. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault_restore.py" line="+82"/>
        <source>This backup does not open with your passphrase: it belongs to someone else, or it is not a backup of this app. Nothing was changed.</source>
        <translation>Ta kopia zapasowa nie otwiera się Twoim hasłem: należy do kogoś innego albo nie jest kopią tej aplikacji. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>ReviewBanners</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_banners.py" line="+15"/>
        <source>It&apos;s time for your monthly check: three quick questions about how your asthma has been.</source>
        <translation>Czas na comiesięczne sprawdzenie: trzy krótkie pytania o to, jak było z Twoją astmą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>Odpowiedz teraz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened</source>
        <translation>Zapisz, co się stało</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No thanks</source>
        <translation>Nie, dziękuję</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You were in the red zone on %1. Did you have an asthma attack or need urgent care? Your nurse will want to know at your review.</source>
        <translation>W dniu %1 byłeś/byłaś w strefie czerwonej. Czy był napad astmy albo potrzeba pilnej pomocy medycznej? Pielęgniarka będzie chciała o tym wiedzieć na wizycie kontrolnej.</translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <location filename="../asthma_app/ui/printing/review_chart.py" line="+55"/>
        <source>Chart: no peak-flow readings in this period.</source>
        <translation>Wykres: brak pomiarów przepływu szczytowego w tym okresie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: %1 peak-flow readings from %2 to %3, from %4 to %5 L/min.</source>
        <translation>Wykres: %1 pomiarów przepływu szczytowego od %2 do %3, od %4 do %5 L/min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal best %1 L/min. %2 readings were below the amber line (%3 L/min) and %4 below the red line (%5 L/min).</source>
        <translation>Najlepszy wynik osobisty %1 L/min. Pomiarów poniżej linii bursztynowej (%3 L/min): %2, poniżej linii czerwonej (%5 L/min): %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No peak-flow readings in this period.</source>
        <translation>Brak pomiarów przepływu szczytowego w tym okresie.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Peak flow, L/min (%1 scale)</source>
        <translation>Przepływ szczytowy, L/min (skala %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal best</source>
        <translation>Najlepszy wynik osobisty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber below</source>
        <translation>Żółta poniżej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red below</source>
        <translation>Czerwona poniżej</translation>
    </message>
</context>
<context>
    <name>ReviewChecklistView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_checklist.py" line="+36"/>
        <source>For you and your nurse to fill in together at your review. Leave anything that was not talked about as &quot;not asked&quot;.</source>
        <translation>Do wspólnego wypełnienia z pielęgniarką podczas wizyty kontrolnej. Zostaw jako &quot;nie pytano&quot; wszystko, o czym nie rozmawiano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Date of the review</source>
        <translation>Data wizyty kontrolnej</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Inhaler technique checked</source>
        <translation>Sprawdzono technikę używania inhalatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date inhaler technique checked</source>
        <translation>Data sprawdzenia techniki używania inhalatora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhaler device checked</source>
        <translation>Sprawdzony inhalator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a spacer</source>
        <translation>Używa komory inhalacyjnej (spacera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Smoking</source>
        <translation>Palenie</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Second-hand smoke at home or in the car</source>
        <translation>Bierne palenie w domu lub w samochodzie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flu vaccine this season</source>
        <translation>Szczepionka przeciw grypie w tym sezonie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Action plan</source>
        <translation>Plan działania</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What I want to talk about at this review</source>
        <translation>O czym chcę porozmawiać na tej wizycie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save checklist</source>
        <translation>Zapisz listę kontrolną</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inhaler device</source>
        <translation>Inhalator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacer</source>
        <translation>Spacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second-hand smoke</source>
        <translation>Bierne palenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My agenda for the review</source>
        <translation>Moje sprawy na wizytę kontrolną</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not asked</source>
        <translation>Nie pytano</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Flu vaccine this season (%1)</source>
        <translation>Szczepionka przeciw grypie w tym sezonie (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting from your last review&apos;s checklist (%1): check each answer again.</source>
        <translation>Na podstawie listy z ostatniej wizyty (%1): sprawdź ponownie każdą odpowiedź.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checklist saved for the review on %1.</source>
        <translation>Lista kontrolna zapisana dla wizyty z dnia %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/review.py" line="+57"/>
        <source>Review sections</source>
        <translation>Części wizyty kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is my asthma?</source>
        <translation>Jak moja astma?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks</source>
        <translation>Napady</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>My questions</source>
        <translation>Moje pytania</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse&apos;s checklist</source>
        <translation>Lista pielęgniarki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My asthma review</source>
        <translation>Moja wizyta kontrolna astmy</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+2"/>
        <location filename="../asthma_app/ui/pages/review.py" line="+4"/>
        <source>Review</source>
        <translation>Wizyta kontrolna</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/review.py" line="+7"/>
        <source>Three questions about the last month (RCP 3 Questions). Answer yes or no.</source>
        <translation>Trzy pytania o ostatni miesiąc (3 pytania RCP). Odpowiedz tak lub nie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save my answers</source>
        <translation>Zapisz moje odpowiedzi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier answers</source>
        <translation>Wcześniejsze odpowiedzi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A score from a form your nurse gave you</source>
        <translation>Wynik z formularza od pielęgniarki</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save score</source>
        <translation>Zapisz wynik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which form</source>
        <translation>Który formularz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total score</source>
        <translation>Wynik łączny</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Saved: %1 score %2. %3</source>
        <translation>Zapisano: wynik %1: %2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record an asthma attack, or any time you needed urgent care for your asthma.</source>
        <translation>Zapisz napad astmy lub każdą sytuację, w której astma wymagała pilnej pomocy medycznej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened? Tick all that apply.</source>
        <translation>Co się stało? Zaznacz wszystko, co pasuje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attack</source>
        <translation>Zapisz napad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attacks recorded</source>
        <translation>Zapisane napady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected attack</source>
        <translation>Usuń zaznaczony napad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved. UK guidance asks for a follow-up appointment after this kind of care: a reminder is now on Today until you mark it booked or done.</source>
        <translation>Zapisano. Wytyczne w Wielkiej Brytanii zalecają wizytę kontrolną po takiej pomocy: przypomnienie jest teraz na ekranie Dziś, dopóki nie zaznaczysz, że wizyta jest umówiona lub odbyta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: %2 score %3</source>
        <translation>%1: %2, wynik %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no care recorded</source>
        <translation>nie zapisano pomocy medycznej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (answered)</source>
        <translation>%1 (z odpowiedzią)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Better than last time (%1 before, %2 now).</source>
        <translation>Lepiej niż ostatnio (wcześniej %1, teraz %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worse than last time (%1 before, %2 now).</source>
        <translation>Gorzej niż ostatnio (wcześniej %1, teraz %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as last time (%1).</source>
        <translation>Tak samo jak ostatnio (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write down what you want to ask at your next review.</source>
        <translation>Zapisz, o co chcesz zapytać na następnej wizycie kontrolnej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New question</source>
        <translation>Nowe pytanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add question</source>
        <translation>Dodaj pytanie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark as answered</source>
        <translation>Oznacz jako pytanie z odpowiedzią</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove question</source>
        <translation>Usuń pytanie</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../asthma_app/ui/printing/review_document.py" line="+30"/>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — asthma review summary, %2 to %3</source>
        <translation>%1 — podsumowanie wizyty kontrolnej astmy, od %2 do %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asthma review summary</source>
        <translation>Podsumowanie wizyty kontrolnej astmy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 (%3 days). Made on %4.</source>
        <translation>Od %1 do %2 (dni: %3). Przygotowano %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medicines in the plan</source>
        <translation>Leki w planie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My questions for the review</source>
        <translation>Moje pytania na wizytę kontrolną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None written.</source>
        <translation>Brak zapisanych.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review asks</source>
        <translation>Pytanie na wizycie kontrolnej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNOMED CT code</source>
        <translation>Kod SNOMED CT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no code (as text)</source>
        <translation>bez kodu (jako tekst)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For your practice</source>
        <translation>Dla Twojej przychodni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an asthma review template asks, from this diary, each with the SNOMED CT code a practice would record. The nurse checks the answers and decides what to code.</source>
        <translation>O co pyta szablon wizyty kontrolnej astmy, na podstawie tego dziennika, każde z kodem SNOMED CT, który zapisałaby przychodnia. Pielęgniarka sprawdza odpowiedzi i decyduje, co zakodować.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+80"/>
        <source>Action plan</source>
        <translation>Plan działania</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No action plan recorded.</source>
        <translation>Nie zapisano planu działania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (overdue)</source>
        <translation>%1 (po terminie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with</source>
        <translation>Uzgodniony z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Data uzgodnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 dni temu)</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>%1 L/min (%2 scale)</source>
        <translation>%1 L/min (skala %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symptom-only plan</source>
        <translation>plan oparty tylko na objawach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last 12 months at a glance</source>
        <translation>Ostatnie 12 miesięcy w skrócie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2.</source>
        <translation>Od %1 do %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the %2 days with a diary entry (about %3 days a week)</source>
        <translation>%1 z %2 dni z wpisem w dzienniczku (około %3 dni w tygodniu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no diary entries</source>
        <translation>brak wpisów w dzienniczku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma attacks recorded</source>
        <translation>Zapisane napady astmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses of steroid tablets</source>
        <translation>Kuracje tabletkami sterydowymi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;E visits</source>
        <translation>Wizyty w A&amp;E (oddział ratunkowy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulance called</source>
        <translation>Wezwano karetkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays in hospital</source>
        <translation>Pobyty w szpitalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours doctor or NHS 111</source>
        <translation>Lekarz poza godzinami przychodni lub NHS 111</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks with reliever used on more than %1 days</source>
        <translation>Tygodnie, w których lek doraźny był używany przez więcej niż %1 dni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What UK guidance says about these totals</source>
        <translation>Co mówią wytyczne w Wielkiej Brytanii o tych liczbach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the nurse checked</source>
        <translation>Co sprawdziła pielęgniarka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No review checklist filled in yet.</source>
        <translation>Lista kontrolna wizyty kontrolnej nie została jeszcze wypełniona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>nie pytano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checked on %1</source>
        <translation>sprawdzono %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review on %1.</source>
        <translation>Wizyta kontrolna %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhaler technique</source>
        <translation>Technika używania inhalatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacer</source>
        <translation>Spacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoking</source>
        <translation>Palenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second-hand smoke</source>
        <translation>Bierne palenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flu vaccine this season (%1)</source>
        <translation>Szczepionka przeciw grypie w tym sezonie (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My agenda for the review</source>
        <translation>Moje sprawy na wizytę kontrolną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none written</source>
        <translation>brak zapisanych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asthma control</source>
        <translation>Kontrola astmy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No RCP 3 Questions answered in this period.</source>
        <translation>W tym okresie nie odpowiedziano na 3 pytania RCP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCP 3 Questions on %1:</source>
        <translation>3 pytania RCP, %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All RCP 3 scores (newest first): %1</source>
        <translation>Wszystkie wyniki RCP 3 (od najnowszego): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 a week)</source>
        <translation>%1 (%2 na tydzień)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms and reliever</source>
        <translation>Objawy i lek doraźny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a diary entry</source>
        <translation>Dni z wpisem w dzienniczku</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Days reliever used</source>
        <translation>Dni z użyciem leku doraźnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken by asthma</source>
        <translation>Noce z przebudzeniem z powodu astmy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in the green zone</source>
        <translation>Dni w strefie zielonej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the amber zone</source>
        <translation>Dni w strefie żółtej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the red zone</source>
        <translation>Dni w strefie czerwonej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with no readings or diary</source>
        <translation>Dni bez pomiarów i wpisów w dzienniczku</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak flow</source>
        <translation>Przepływ szczytowy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Readings</source>
        <translation>Pomiary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average morning</source>
        <translation>Średnia poranna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average evening</source>
        <translation>Średnia wieczorna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Najwyższy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Najniższy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest as % of personal best</source>
        <translation>Najniższy jako % najlepszego wyniku osobistego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average daily variability</source>
        <translation>Średnia dobowa zmienność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attacks and urgent care</source>
        <translation>Napady i pilna pomoc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None recorded in this period.</source>
        <translation>Brak zapisów w tym okresie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no care recorded</source>
        <translation>nie zapisano pomocy</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/medicines_section.py" line="+24"/>
        <source>No figure: no doses were due in this period (the plan gives no times for its regular medicines).</source>
        <translation>Brak wyniku: w tym okresie nie było dawek do przyjęcia (plan nie podaje godzin leków stałych).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % (doses due: %2; logged as taken: %3; logged as not taken: %4; not logged: %5)</source>
        <translation>%1 % (dawki do przyjęcia: %2; zapisane jako przyjęte: %3; jako nieprzyjęte: %4; niezapisane: %5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medicines taken</source>
        <translation>Przyjmowane leki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preventer doses taken</source>
        <translation>Przyjęte dawki leku zapobiegawczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever inhalers started in the last month</source>
        <translation>Inhalatory doraźne rozpoczęte w ostatnim miesiącu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever inhalers started in the last 3 months</source>
        <translation>Inhalatory doraźne rozpoczęte w ostatnich 3 miesiącach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever inhalers started in the last 12 months</source>
        <translation>Inhalatory doraźne rozpoczęte w ostatnich 12 miesiącach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever puffs logged in this period</source>
        <translation>Wdechy leku doraźnego zapisane w tym okresie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (about %2 a week)</source>
        <translation>%1 (około %2 na tydzień)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most days with reliever in one week</source>
        <translation>Najwięcej dni z lekiem doraźnym w jednym tygodniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the plan does not give the times for this medicine, so its doses are not counted.</source>
        <translation>%1: plan nie podaje godzin dla tego leku, więc jego dawki nie są liczone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from what was logged in the app and the inhalers started in it; the inhaler&apos;s own counter and the prescription record are the ones to check.</source>
        <translation>Policzone z tego, co zapisano w aplikacji, i z rozpoczętych w niej inhalatorów; sprawdzać należy licznik samego inhalatora i historię recept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What UK guidance says about reliever use</source>
        <translation>Co brytyjskie wytyczne mówią o stosowaniu leku doraźnego</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_summary.py" line="+37"/>
        <location line="+15"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review summary</source>
        <translation>Podsumowanie do wizyty kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF...</source>
        <translation>Zapisz PDF...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print...</source>
        <translation>Drukuj...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export...</source>
        <translation>Eksportuj...</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save PDF</source>
        <translation>Zapisz PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../asthma_app/domain/schedule.py" line="+29"/>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every morning</source>
        <translation>Codziennie rano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every evening</source>
        <translation>Codziennie wieczorem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every morning and evening</source>
        <translation>Codziennie rano i wieczorem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other times, as agreed</source>
        <translation>Inne pory, jak ustalono</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Morning</source>
        <translation>Rano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Wieczorem</translation>
    </message>
</context>
<context>
    <name>SchoolCopy</name>
    <message>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+38"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy for school</source>
        <translation>Kopia dla szkoły</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child&apos;s details</source>
        <translation>Dane dziecka</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/pdf.py" line="+11"/>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+11"/>
        <source>Asthma plan: copy for school or nursery</source>
        <translation>Plan astmy: kopia dla szkoły lub przedszkola</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+5"/>
        <source>Born in %1</source>
        <translation>Rok urodzenia: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call %1 now if you see any of these:</source>
        <translation>Od razu zadzwoń pod %1, jeśli widzisz którykolwiek z tych objawów:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In an asthma attack</source>
        <translation>Przy napadzie astmy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reliever inhaler</source>
        <translation>Inhalator z lekiem doraźnym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not written in the plan</source>
        <translation>nie ma w planie</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Uses a spacer</source>
        <translation>Używa komory inhalacyjnej (spacera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a mask with the spacer</source>
        <translation>Używa maski ze spacerem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drug allergies</source>
        <translation>Uczulenia na leki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>nic nie zapisano</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Who to call</source>
        <translation>Do kogo dzwonić</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency</source>
        <translation>Numer alarmowy</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Parent or carer</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>GP or asthma nurse</source>
        <translation>Lekarz rodzinny lub pielęgniarka astmatyczna</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+61"/>
        <source>School or nursery contact</source>
        <translation>Kontakt do szkoły lub przedszkola</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the asthma action plan agreed on %1 with %2.</source>
        <translation>Z planu działania w astmie uzgodnionego %1 z: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action plan recorded: these are the general UK attack steps. Ask the child&apos;s nurse or doctor for a written plan.</source>
        <translation>Nie zapisano planu działania: to ogólne kroki przy napadzie astmy stosowane w Wielkiej Brytanii. Poproś pielęgniarkę lub lekarza dziecka o pisemny plan.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+76"/>
        <source>Copy given to the school or nursery on %1.</source>
        <translation>Kopię przekazano szkole lub przedszkolu %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — asthma plan, school copy</source>
        <translation>%1 — plan astmy, kopia dla szkoły</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+21"/>
        <source>Passphrase and lock</source>
        <translation>Hasło i blokada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes without use</source>
        <translation>Po %1 min bez używania</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>To samo hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the app</source>
        <translation>Blokuj aplikację</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this passphrase is forgotten, this diary cannot be opened by anyone: not by you, not by your GP practice or nurse, not by the makers of this app. There is no way to reset it. Keep your printed asthma plan, and an export of your diary, somewhere safe.</source>
        <translation>Jeśli to hasło zostanie zapomniane, nikt nie będzie mógł otworzyć tego dzienniczka: ani Ty, ani Twoja przychodnia czy pielęgniarka, ani twórcy tej aplikacji. Nie da się go zresetować. Przechowuj wydrukowany plan leczenia astmy i eksport dzienniczka w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand: a forgotten passphrase means this diary is lost.</source>
        <translation>Rozumiem: zapomniane hasło oznacza utratę tego dzienniczka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove passphrase</source>
        <translation>Usuń hasło</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A passphrase keeps this person&apos;s diary private from others using this computer. It is stored only in a scrambled form: if it is forgotten, it cannot be read back.</source>
        <translation>Hasło chroni dzienniczek tej osoby przed innymi osobami, które korzystają z tego komputera. Jest przechowywane tylko w zaszyfrowanej postaci: jeśli się je zapomni, nie da się go odczytać.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Please type the current passphrase first.</source>
        <translation>Najpierw wpisz obecne hasło.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The two passphrases are different.</source>
        <translation>Te dwa hasła są różne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use at least 4 characters.</source>
        <translation>Użyj co najmniej 4 znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To lock the app, first choose a passphrase.</source>
        <translation>Aby zablokować aplikację, najpierw wybierz hasło.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please confirm that you understand what happens if the passphrase is forgotten.</source>
        <translation>Potwierdź, że rozumiesz, co się stanie, jeśli hasło zostanie zapomniane.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../asthma_app/ui/speech.py" line="+92"/>
        <source>Read aloud is not available: no speech program is installed on this computer.</source>
        <translation>Czytanie na głos jest niedostępne: na tym komputerze nie ma programu mowy.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read aloud is not available right now: the computer&apos;s speech program did not start.</source>
        <translation>Czytanie na głos jest teraz niedostępne: program mowy komputera się nie uruchomił.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read aloud is not available in %1: there is no voice for this language on this computer.</source>
        <translation>Czytanie na głos jest niedostępne w języku %1: na tym komputerze nie ma głosu dla tego języka.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read aloud stopped: the computer&apos;s speech program is not working.</source>
        <translation>Czytanie na głos zostało przerwane: program mowy komputera nie działa.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../asthma_app/app.py" line="+349"/>
        <source>The data folder %1 could not be made: %2

Choose a folder you can write to (for example with --data-dir).</source>
        <translation>Nie udało się utworzyć folderu z danymi %1: %2

Wybierz folder, w którym można zapisywać (na przykład przez --data-dir).</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+40"/>
        <source>This period</source>
        <translation>Ten okres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the diary shows</source>
        <translation>Co pokazuje dzienniczek</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Peak flow readings</source>
        <translation>Pomiary przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average morning</source>
        <translation>Średnia rano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average evening</source>
        <translation>Średnia wieczorem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Najwyższy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Najniższy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest % of best</source>
        <translation>Najniższy % najlepszego wyniku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variability</source>
        <translation>Zmienność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days green / amber / red</source>
        <translation>Dni zielone / żółte / czerwone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with no data</source>
        <translation>Dni bez danych</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Reliever days a week</source>
        <translation>Dni z lekiem doraźnym w tygodniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken a week</source>
        <translation>Noce z budzeniem w tygodniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings missed</source>
        <translation>Pominięte pomiary</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../asthma_app/commands/diary.py" line="-83"/>
        <source>The diary file is damaged. Start the app to repair it: it keeps the damaged file and tells you what it brought back. Nothing was changed.</source>
        <translation>Plik dziennika jest uszkodzony. Uruchom aplikację, aby go naprawić: zachowa uszkodzony plik i powie, co udało się przywrócić. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/errors.py" line="+83"/>
        <source>The data folder is read-only, so nothing can be saved. Nothing was changed.</source>
        <translation>Folder z danymi jest tylko do odczytu, więc nie można niczego zapisać. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not allow the app to change the data folder, so nothing can be saved. Nothing was changed.</source>
        <translation>Ten komputer nie pozwala aplikacji zmieniać folderu z danymi, więc nie można niczego zapisać. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so this could not be saved. Nothing was changed.</source>
        <translation>Dysk jest pełny, więc nie udało się tego zapisać. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary is in use by another program. Close it and try again. Nothing was changed.</source>
        <translation>Dziennik jest używany przez inny program. Zamknij go i spróbuj ponownie. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary file is damaged, so this could not be done. Close the app and start it again: it checks the file and repairs what it can.</source>
        <translation>Plik dzienniczka jest uszkodzony, więc nie udało się tego zrobić. Zamknij aplikację i uruchom ją ponownie: sprawdzi plik i naprawi, co się da.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a diary of this app (or it is damaged beyond reading), so it could not be used.</source>
        <translation>Ten plik nie jest dzienniczkiem tej aplikacji (albo jest zbyt uszkodzony, by go odczytać), więc nie można go użyć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk could not be read or written, so this could not be done. Check that the disk or memory stick is still connected, then try again.</source>
        <translation>Nie udało się odczytać ani zapisać dysku, więc nie udało się tego zrobić. Sprawdź, czy dysk lub pendrive jest nadal podłączony, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diary file could not be opened. Check that the data folder still exists and that you may use it.</source>
        <translation>Nie udało się otworzyć pliku dzienniczka. Sprawdź, czy folder z danymi nadal istnieje i czy masz do niego dostęp.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/database.py" line="+189"/>
        <source>The diary could not be opened or saved (%1). Nothing was changed.</source>
        <translation>Nie udało się otworzyć ani zapisać dziennika (%1). Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault.py" line="+61"/>
        <source>This person&apos;s encrypted diary could not be opened with that passphrase. Nothing was changed.</source>
        <translation>Nie udało się otworzyć zaszyfrowanego dzienniczka tej osoby tym hasłem. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person&apos;s encrypted diary is damaged and could not be opened. Nothing was changed; their encrypted backups are kept in the data folder&apos;s backups.</source>
        <translation>Zaszyfrowany dziennik tej osoby jest uszkodzony i nie można go otworzyć. Nic nie zostało zmienione; jej zaszyfrowane kopie zapasowe są przechowywane w kopiach zapasowych folderu danych.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault_moves.py" line="+39"/>
        <source>The diary could not be moved safely, so nothing was changed. Please try again.</source>
        <translation>Nie udało się bezpiecznie przenieść dzienniczka, więc nic nie zostało zmienione. Spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/symptoms.py" line="+51"/>
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
        <location line="+6"/>
        <source>Amber signs from your plan</source>
        <translation>Znaki strefy żółtej z Twojego planu</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+59"/>
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
    <name>TimeoutWarning</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="-113"/>
        <location line="+10"/>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Time-out warning</source>
        <translation>Ostrzeżenie o upływie czasu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m still here</source>
        <translation>Nadal tu jestem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To keep your information private, this screen will be cleared in %1 seconds. Press the button if you need more time.</source>
        <translation>Aby chronić Twoje dane, ten ekran zostanie wyczyszczony za %1 s. Naciśnij przycisk, jeśli potrzebujesz więcej czasu.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-4"/>
        <location filename="../asthma_app/ui/pages/today.py" line="+20"/>
        <location line="+36"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/today.py" line="-32"/>
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
        <location line="+39"/>
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
        <location filename="../asthma_app/ui/widgets/topic_view.py" line="+38"/>
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
        <source>Read this topic aloud</source>
        <translation>Przeczytaj ten temat na głos</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../asthma_app/domain/trend_notes.py" line="+33"/>
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
    <message>
        <location filename="../asthma_app/services/trends.py" line="+302"/>
        <source>No zone: there was no plan with a personal best then.</source>
        <translation>Brak strefy: wtedy nie było planu z najlepszym wynikiem osobistym.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest reading was %1 % of the personal best in your plan then: %2.</source>
        <translation>Najniższy pomiar wynosił %1 % najlepszego wyniku osobistego z ówczesnego planu: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of the personal best in your plan then: %2.</source>
        <translation>%1 % najlepszego wyniku osobistego z ówczesnego planu: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reading, %2: %3 L/min.</source>
        <translation>%1 – pomiar, %2: %3 L/min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 readings in the %2 days from %3: lowest %4 L/min, highest %5 L/min, average %6 L/min (%7 readings).</source>
        <translation>%1 – pomiary z okresu %2 dni od %3: najniższy %4 L/min, najwyższy %5 L/min, średnio %6 L/min (liczba pomiarów: %7).</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+23"/>
        <source>no doses due (no times in the plan)</source>
        <translation>brak dawek do przyjęcia (brak godzin w planie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % (%2 of %3 due)</source>
        <translation>%1 % (%2 z %3 do przyjęcia)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preventer doses taken</source>
        <translation>Przyjęte dawki leku zapobiegawczego</translation>
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
        <translation>brak wyniku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses taken / due</source>
        <translation>Dawki przyjęte / do przyjęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever puffs a week</source>
        <translation>Wdechy leku doraźnego na tydzień</translation>
    </message>
</context>
<context>
    <name>TrendsCharts</name>
    <message>
        <location filename="../asthma_app/ui/charts.py" line="+322"/>
        <source>Personal best in your plan</source>
        <translation>Najlepszy wynik osobisty z Twojego planu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever puffs</source>
        <translation>Dawki leku doraźnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken</source>
        <translation>Noce z budzeniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventer doses taken</source>
        <translation>Przyjęte dawki leku zapobiegawczego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Morning: blue solid line with round dots. Evening: purple dashed line with triangles. Dotted black line: the personal best in your plan. Background: green, amber and red zones from the plan in force on each day.</source>
        <translation>Rano: niebieska ciągła linia z okrągłymi kropkami. Wieczorem: fioletowa przerywana linia z trójkątami. Czarna kropkowana linia: najlepszy wynik osobisty z Twojego planu. Tło: strefy zielona, żółta i czerwona z planu obowiązującego danego dnia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Peak flow chart</source>
        <translation>Wykres przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever puffs chart</source>
        <translation>Wykres dawek leku doraźnego</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken chart</source>
        <translation>Wykres nocy z budzeniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventer doses taken chart</source>
        <translation>Wykres przyjętych dawek leku zapobiegawczego</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Green zone</source>
        <translation>Strefa zielona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber zone</source>
        <translation>Strefa żółta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone</source>
        <translation>Strefa czerwona</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lowest to highest</source>
        <translation>Od najniższego do najwyższego</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Peak flow (L/min)</source>
        <translation>Przepływ szczytowy (L/min)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Peak flow (L/min): average, lowest and highest in each %n days</source>
        <translation>
            <numerusform>Przepływ szczytowy (L/min): średni, najniższy i najwyższy w każdym okresie %n dnia</numerusform>
            <numerusform>Przepływ szczytowy (L/min): średni, najniższy i najwyższy w każdym okresie %n dni</numerusform>
            <numerusform>Przepływ szczytowy (L/min): średni, najniższy i najwyższy w każdym okresie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliever puffs each day</source>
        <translation>Dawki leku doraźnego każdego dnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woken at night by asthma (1 = yes)</source>
        <translation>Budzenie w nocy przez astmę (1 = tak)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reliever puffs in each %n days</source>
        <translation>
            <numerusform>Dawki leku doraźnego w każdym okresie %n dnia</numerusform>
            <numerusform>Dawki leku doraźnego w każdym okresie %n dni</numerusform>
            <numerusform>Dawki leku doraźnego w każdym okresie %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nights woken by asthma in each %n days</source>
        <translation>
            <numerusform>Noce z budzeniem przez astmę w każdym okresie %n dnia</numerusform>
            <numerusform>Noce z budzeniem przez astmę w każdym okresie %n dni</numerusform>
            <numerusform>Noce z budzeniem przez astmę w każdym okresie %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preventer doses taken: none due in this period (the plan gives no times for its regular medicines, or there was no plan), so there is no figure.</source>
        <translation>Przyjęte dawki leku zapobiegawczego: w tym okresie żadne nie były do przyjęcia (plan nie podaje godzin leków stałych albo nie było planu), więc nie ma wyniku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preventer doses taken each day, as a per cent of the doses due (from what you logged)</source>
        <translation>Przyjęte dawki leku zapobiegawczego każdego dnia, jako procent dawek do przyjęcia (z tego, co zapisano)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Preventer doses taken in each %n days, as a per cent of the doses due (from what you logged)</source>
        <translation>
            <numerusform>Przyjęte dawki leku zapobiegawczego w każdym okresie %n dnia, jako procent dawek do przyjęcia (z tego, co zapisano)</numerusform>
            <numerusform>Przyjęte dawki leku zapobiegawczego w każdym okresie %n dni, jako procent dawek do przyjęcia (z tego, co zapisano)</numerusform>
            <numerusform>Przyjęte dawki leku zapobiegawczego w każdym okresie %n dni, jako procent dawek do przyjęcia (z tego, co zapisano)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/trends.py" line="+171"/>
        <location line="+187"/>
        <source>Click a dot on the chart to see that reading.</source>
        <translation>Kliknij kropkę na wykresie, aby zobaczyć ten pomiar.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+3"/>
        <location filename="../asthma_app/ui/pages/trends.py" line="-172"/>
        <location line="+92"/>
        <source>Trends</source>
        <translation>Trendy</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/trends.py" line="-70"/>
        <source>2 weeks</source>
        <translation>2 tygodnie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 months</source>
        <translation>3 miesiące</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 rok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Wszystko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this period</source>
        <translation>Pokaż ten okres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Earlier</source>
        <translation>← Wcześniej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>Wcześniej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later →</source>
        <translation>Później →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Później</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+163"/>
        <source>View as table</source>
        <translation>Pokaż jako tabelę</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Save chart as PNG…</source>
        <translation>Zapisz wykres jako PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find my personal best…</source>
        <translation>Znajdź mój najlepszy wynik osobisty…</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 – %2 (%n dzień)</numerusform>
            <numerusform>%1 – %2 (%n dni)</numerusform>
            <numerusform>%1 – %2 (%n dni)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>View as chart</source>
        <translation>Pokaż jako wykres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save chart as PNG</source>
        <translation>Zapisz wykres jako PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>TrendsTables</name>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+35"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Pora</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Peak flow</source>
        <translation>Przepływ szczytowy</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>% of best</source>
        <translation>% najlepszego</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>Strefa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak flow readings table</source>
        <translation>Tabela pomiarów przepływu szczytowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reliever puffs</source>
        <translation>Dawki leku doraźnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken</source>
        <translation>Noce z budzeniem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preventer doses taken</source>
        <translation>Przyjęte dawki leku zapobiegawczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever and nights table</source>
        <translation>Tabela leku doraźnego i nocy z budzeniem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reliever and nights woken</source>
        <translation>Lek doraźny i noce z budzeniem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no diary entry</source>
        <translation>brak wpisu w dzienniczku</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../asthma_app/ui/workers.py" line="+179"/>
        <source>This file was not imported. Nothing was changed.

%1</source>
        <translation>Ten plik nie został zaimportowany. Nic nie zostało zmienione.

%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong, so this was not finished. Nothing was changed. Please try again.</source>
        <translation>Coś poszło nie tak, więc nie udało się tego dokończyć. Nic nie zostało zmienione. Spróbuj ponownie.</translation>
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
        <location filename="../asthma_app/ui/widgets/zone_card.py" line="+33"/>
        <source>What your plan says to do</source>
        <translation>Co mówi Twój plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learn more</source>
        <translation>Dowiedz się więcej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read my zone aloud</source>
        <translation>Przeczytaj na głos moją strefę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this attack</source>
        <translation>Zapisz ten atak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afterwards: write down what happened and what care you needed, for your follow-up and review</source>
        <translation>Potem: zapisz, co się stało i jakiej pomocy potrzebowałeś/aś, na wizytę kontrolną i przegląd</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No zone yet</source>
        <translation>Jeszcze brak strefy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ OUT OF DATE: check again now.</source>
        <translation>⚠ NIEAKTUALNE: sprawdź jeszcze raz teraz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ NOT ALL UP TO DATE: check again now.</source>
        <translation>⚠ NIE WSZYSTKO AKTUALNE: sprawdź jeszcze raz teraz.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Based on what you logged at %1.</source>
        <translation>Na podstawie tego, co zapisano o %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From your action plan (agreed %1 with %2).</source>
        <translation>Z Twojego planu działania (uzgodnionego %1 z: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learn more: what to do in an asthma attack</source>
        <translation>Dowiedz się więcej: co robić przy napadzie astmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more: when your asthma is getting worse</source>
        <translation>Dowiedz się więcej: gdy astma się pogarsza</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peak flow: none logged yet, and your plan uses peak flow. Do a peak flow now.</source>
        <translation>Przepływ szczytowy: nic jeszcze nie zapisano, a Twój plan go wykorzystuje. Zmierz przepływ szczytowy teraz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak flow out of date: your last one, at %1, was in the %2 zone (%3). Your plan asks you to check at least every %4 hours: do a peak flow now.</source>
        <translation>Przepływ szczytowy nieaktualny: ostatni pomiar, %1, strefa: %2 (%3). Twój plan prosi o sprawdzanie co najmniej co %4 godz.: zmierz przepływ szczytowy teraz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you feel is out of date: your last entry, at %1, was in the %2 zone (%3). Your plan asks you to check at least every %4 hours: log how you feel now.</source>
        <translation>Samopoczucie nieaktualne: ostatni wpis, %1, strefa: %2 (%3). Twój plan prosi o sprawdzanie co najmniej co %4 godz.: zapisz teraz, jak się czujesz.</translation>
    </message>
</context>
</TS>
