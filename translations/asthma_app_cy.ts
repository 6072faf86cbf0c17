<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>Assessment</name>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="+68"/>
        <source> (at least %1 L/min on your plan&apos;s meter scale)</source>
        <translation> (o leiaf %1 L/min ar raddfa mesurydd eich cynllun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (at most %1 L/min on your plan&apos;s meter scale)</source>
        <translation> (ar y mwyaf %1 L/min ar raddfa mesurydd eich cynllun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 L/min on your plan&apos;s meter scale)</source>
        <translation> (%1 L/min ar raddfa mesurydd eich cynllun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 L/min%2 is %3 % of your best of %4: below your red level of %5 %.</source>
        <translation>Mae %1 L/min%2 yn %3 % o&apos;ch gorau, sef %4: o dan eich lefel goch o %5 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 L/min%2 is %3 % of your best of %4: below your amber level of %5 %.</source>
        <translation>Mae %1 L/min%2 yn %3 % o&apos;ch gorau, sef %4: o dan eich lefel ambr o %5 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 L/min%2 is %3 % of your best of %4: at or above your amber level of %5 %.</source>
        <translation>Mae %1 L/min%2 yn %3 % o&apos;ch gorau, sef %4: ar neu uwchben eich lefel ambr o %5 %.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+3"/>
        <source>You told us: %1</source>
        <translation>Dywedoch chi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of your plan&apos;s warning signs were ticked.</source>
        <translation>Ni thiciwyd yr un o arwyddion rhybudd eich cynllun.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>You don&apos;t have an action plan in the app yet.</source>
        <translation>Does gennych chi ddim cynllun gweithredu yn yr ap eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your GP or asthma nurse for a personal asthma action plan, then add it under “%1”.</source>
        <translation>Gofynnwch i&apos;ch meddyg teulu neu nyrs asthma am gynllun gweithredu asthma personol, yna ychwanegwch ef o dan “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log a peak flow or how you feel today to see your zone.</source>
        <translation>Cofnodwch lif brig neu sut rydych chi&apos;n teimlo heddiw i weld eich parth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log how you feel today to see your zone.</source>
        <translation>Cofnodwch sut rydych chi&apos;n teimlo heddiw i weld eich parth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No readings or symptoms logged yet.</source>
        <translation>Dim darlleniadau na symptomau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No peak flow logged yet, and your plan uses peak flow.</source>
        <translation>Dim llif brig wedi&apos;i gofnodi eto, ac mae eich cynllun yn defnyddio llif brig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is out of date: your plan asks you to check at least every %1 hours. Log a new reading or how you feel now.</source>
        <translation>Mae hyn wedi dyddio: mae eich cynllun yn gofyn i chi wirio o leiaf bob %1 awr. Cofnodwch ddarlleniad newydd neu sut rydych chi&apos;n teimlo nawr.</translation>
    </message>
</context>
<context>
    <name>AttackDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/attack.py" line="+36"/>
        <source>Asthma attack: what to do now</source>
        <translation>Pwl o asthma: beth i&apos;w wneud nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Asthma attack steps</source>
        <translation>Camau pwl o asthma</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Call %1 now if you have any of these danger signs:</source>
        <translation>Ffoniwch %1 nawr os oes gennych chi unrhyw un o&apos;r arwyddion perygl hyn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do in an asthma attack</source>
        <translation>Beth i&apos;w wneud mewn pwl o asthma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These steps are for people who use a separate reliever inhaler. If you use MART or AIR, use your inhaler as your plan says, and call %1 if you are not getting better.</source>
        <translation>Mae&apos;r camau hyn ar gyfer pobl sy&apos;n defnyddio anadlydd lliniaru ar wahân. Os ydych chi&apos;n defnyddio MART neu AIR, defnyddiwch eich anadlydd fel mae eich cynllun yn ei ddweud, a ffoniwch %1 os nad ydych chi&apos;n gwella.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Emergency number: %1</source>
        <translation>Rhif argyfwng: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps from your action plan (agreed %1 with %2).</source>
        <translation>Camau o&apos;ch cynllun gweithredu (cytunwyd %1 gyda %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>General emergency advice for the UK. Your own plan may differ: ask your nurse.</source>
        <translation>Cyngor argyfwng cyffredinol ar gyfer y DU. Gall eich cynllun chi fod yn wahanol: gofynnwch i&apos;ch nyrs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read the attack steps aloud</source>
        <translation>Darllen camau pwl asthma yn uchel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards: record this attack</source>
        <translation>Wedyn: cofnodi&apos;r pwl hwn</translation>
    </message>
</context>
<context>
    <name>AttendantDialog</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="+66"/>
        <source>Staff: leave kiosk mode</source>
        <translation>Staff: gadael modd ciosg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Staff PIN</source>
        <translation>PIN staff</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Leave kiosk mode</source>
        <translation>Gadael modd ciosg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That PIN is not right.</source>
        <translation>Nid yw&apos;r PIN hwnnw&apos;n gywir.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../asthma_app/storage/backup.py" line="+222"/>
        <source>This backup was made by a newer version of the app, so it was not restored. Please update the app. Nothing was changed.</source>
        <translation>Cafodd y copi wrth gefn hwn ei wneud gan fersiwn mwy newydd o&apos;r ap, felly ni chafodd ei adfer. Diweddarwch yr ap. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup is damaged, so it was not restored. Nothing was changed.</source>
        <translation>Mae&apos;r copi wrth gefn hwn wedi&apos;i ddifrodi, felly ni chafodd ei adfer. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+45"/>
        <source>Backups of my diary</source>
        <translation>Copïau wrth gefn o fy nyddiadur</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The app makes a copy of your diary each day you use it, and keeps copies from the last week, the last five weeks and the last year. You can bring a copy back if something went wrong. Your diary as it is now is saved first, so nothing is lost.</source>
        <translation>Mae&apos;r ap yn gwneud copi o&apos;ch dyddiadur bob dydd rydych chi&apos;n ei ddefnyddio, ac yn cadw copïau o&apos;r wythnos diwethaf, y pum wythnos diwethaf a&apos;r flwyddyn ddiwethaf. Gallwch ddod â chopi yn ôl os aeth rhywbeth o&apos;i le. Mae eich dyddiadur fel y mae nawr yn cael ei gadw yn gyntaf, felly does dim yn cael ei golli.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back this copy...</source>
        <translation>Dod â&apos;r copi hwn yn ôl...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your diary is encrypted with your passphrase, and so are these copies of it. They hold only your diary: bringing one back changes nobody else&apos;s. Your diary as it is now is saved first, so nothing is lost.</source>
        <translation>Mae eich dyddiadur wedi&apos;i amgryptio gyda&apos;ch cyfrinymadrodd, a&apos;r copïau hyn ohono hefyd. Dim ond eich dyddiadur chi sydd ynddynt: nid yw dod ag un yn ôl yn newid dyddiadur neb arall. Caiff eich dyddiadur fel y mae nawr ei gadw&apos;n gyntaf, felly does dim yn cael ei golli.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Bring back %1&apos;s diary as it was on %2? Other people&apos;s diaries are not changed. The whole diary as it is now is saved as a backup first.</source>
        <translation>Dod â dyddiadur %1 yn ôl fel yr oedd ar %2? Ni chaiff dyddiaduron pobl eraill eu newid. Mae&apos;r dyddiadur cyfan fel y mae nawr yn cael ei gadw fel copi wrth gefn yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+39"/>
        <location filename="../asthma_app/ui/pages/backups.py" line="-89"/>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+3"/>
        <source>Daily (automatic)</source>
        <translation>Bob dydd (awtomatig)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by me</source>
        <translation>Wedi&apos;i wneud gennyf i</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before bringing back a copy</source>
        <translation>Cyn dod â chopi yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an update</source>
        <translation>Cyn diweddariad</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Working. Please wait.</source>
        <translation>Wrthi&apos;n gweithio. Arhoswch os gwelwch yn dda.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backup made.</source>
        <translation>Copi wrth gefn wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring back a copy</source>
        <translation>Dod â chopi yn ôl</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/restore.py" line="+295"/>
        <location filename="../asthma_app/ui/pages/backups.py" line="+17"/>
        <source>Your diary is encrypted and kept apart, so these backups do not hold it. Nothing was changed.</source>
        <translation>Mae eich dyddiadur wedi&apos;i amgryptio a&apos;i gadw ar wahân, felly nid yw&apos;r copïau wrth gefn hyn yn ei gynnwys. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/backups.py" line="+6"/>
        <source>Your diary now runs up to %1.</source>
        <translation>Mae eich dyddiadur nawr yn mynd hyd at %1.</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../asthma_app/domain/control.py" line="+206"/>
        <source>Urgent GP or nurse appointment</source>
        <translation>Apwyntiad brys gyda meddyg teulu neu nyrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours doctor</source>
        <translation>Meddyg y tu allan i oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called NHS 111</source>
        <translation>Wedi ffonio NHS 111</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;E (emergency department)</source>
        <translation>A&amp;E (adran achosion brys)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulance</source>
        <translation>Ambiwlans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed in hospital</source>
        <translation>Wedi aros yn yr ysbyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course of steroid tablets</source>
        <translation>Cwrs o dabledi steroid</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../asthma_app/domain/checklist.py" line="+26"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Never smoked</source>
        <translation>Erioed wedi ysmygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used to smoke</source>
        <translation>Wedi arfer ysmygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smokes now</source>
        <translation>Yn ysmygu nawr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New written plan given</source>
        <translation>Cynllun ysgrifenedig newydd wedi&apos;i roi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan updated</source>
        <translation>Cynllun wedi&apos;i ddiweddaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan looked at, no change</source>
        <translation>Edrychwyd ar y cynllun, dim newid</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The review date can&apos;t be in the future.</source>
        <translation>Ni all dyddiad yr adolygiad fod yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date the inhaler technique was checked can&apos;t be in the future.</source>
        <translation>Ni all y dyddiad y gwiriwyd y dechneg anadlydd fod yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the text is too long. Please shorten it.</source>
        <translation>Mae rhywfaint o&apos;r testun yn rhy hir. Byrhewch ef, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>ChildDetails</name>
    <message>
        <location filename="../asthma_app/domain/child_details.py" line="+36"/>
        <source>The date the school was given a copy can&apos;t be in the future.</source>
        <translation>Ni all y dyddiad y cafodd yr ysgol gopi fod yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the text is too long. Please shorten it.</source>
        <translation>Mae rhywfaint o&apos;r testun yn rhy hir. Byrhewch ef, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>ChildDetailsDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/child_details.py" line="+30"/>
        <source>Child&apos;s details and school copy</source>
        <translation>Manylion y plentyn a chopi&apos;r ysgol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer to call (name and phone)</source>
        <translation>Rhiant neu ofalwr i&apos;w ffonio (enw a rhif ffôn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>School or nursery contact</source>
        <translation>Cyswllt yr ysgol neu&apos;r feithrinfa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The school or nursery has a copy of the plan</source>
        <translation>Mae gan yr ysgol neu&apos;r feithrinfa gopi o&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Date the school was given a copy</source>
        <translation>Dyddiad y cafodd yr ysgol gopi</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Uses a spacer</source>
        <translation>Yn defnyddio spacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a mask with the spacer</source>
        <translation>Yn defnyddio masg gyda&apos;r spacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Drug allergies</source>
        <translation>Alergeddau i gyffuriau</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>For a child&apos;s plan. Everything here is optional; it is printed on the school copy.</source>
        <translation>Ar gyfer cynllun plentyn. Mae popeth yma yn ddewisol; caiff ei argraffu ar gopi&apos;r ysgol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School or nursery</source>
        <translation>Ysgol neu feithrinfa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save school copy PDF...</source>
        <translation>Cadw copi&apos;r ysgol fel PDF...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved. School copy given: %1.</source>
        <translation>Wedi&apos;i gadw. Copi i&apos;r ysgol: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save PDF</source>
        <translation>Cadw PDF</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../asthma_app/commands/diary.py" line="+98"/>
        <source>Passphrase for %1: </source>
        <translation>Cyfrinymadrodd %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s diary is protected by a passphrase. Type it at a terminal, or give it on standard input with --passphrase-stdin. Nothing was shown or changed.</source>
        <translation>Mae dyddiadur %1 wedi&apos;i ddiogelu gan gyfrinymadrodd. Teipiwch ef mewn terfynell, neu rhowch ef ar y mewnbwn safonol gyda --passphrase-stdin. Ni chafodd dim ei ddangos na&apos;i newid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That passphrase is not right. Nothing was shown or changed.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir. Ni chafodd dim ei ddangos na&apos;i newid.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Please give a passphrase of at least 4 characters on the first line of standard input. Nothing was created.</source>
        <translation>Rhowch gyfrinymadrodd o 4 nod o leiaf ar linell gyntaf y mewnbwn safonol. Ni chrëwyd dim.</translation>
    </message>
    <message>
        <location filename="../asthma_app/commands/exchange.py" line="+63"/>
        <source>%1&apos;s diary is protected by a passphrase, but an export file is not encrypted: anyone who can open the file can read it. If that is what you want, add --plain-export. Nothing was written.</source>
        <translation>Mae dyddiadur %1 wedi&apos;i ddiogelu gan gyfrinymadrodd, ond nid yw ffeil allforio wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n gallu agor y ffeil ei darllen. Os mai dyna rydych ei eisiau, ychwanegwch --plain-export. Ni chafodd dim ei ysgrifennu.</translation>
    </message>
    <message>
        <location filename="../asthma_app/commands/medicines.py" line="+37"/>
        <source>A reason is only kept with --not-taken. Nothing was saved.</source>
        <translation>Dim ond gyda --not-taken y cedwir rheswm. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please give the time as YYYY-MM-DDTHH:MM. Nothing was saved.</source>
        <translation>Rhowch yr amser fel YYYY-MM-DDTHH:MM. Ni chadwyd dim.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <location filename="../asthma_app/domain/control.py" line="-182"/>
        <source>RCP 3 Questions</source>
        <translation>3 Chwestiwn RCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma Control Test (ACT)</source>
        <translation>Prawf Rheoli Asthma (ACT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childhood Asthma Control Test</source>
        <translation>Prawf Rheoli Asthma i Blant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma Control Questionnaire (ACQ)</source>
        <translation>Holiadur Rheoli Asthma (ACQ)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In the last month, has your asthma made it hard to sleep? This includes coughing at night.</source>
        <translation>Yn ystod y mis diwethaf, ydy eich asthma wedi&apos;i gwneud hi&apos;n anodd i chi gysgu? Mae hyn yn cynnwys pesychu yn y nos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the last month, have you had your usual asthma symptoms in the day, such as cough, wheeze, a tight chest or feeling short of breath?</source>
        <translation>Yn ystod y mis diwethaf, ydych chi wedi cael eich symptomau asthma arferol yn ystod y dydd, fel peswch, gwichian, brest dynn neu deimlo&apos;n fyr o anadl?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the last month, has your asthma got in the way of your usual things, such as work, school, housework or sport?</source>
        <translation>Yn ystod y mis diwethaf, ydy eich asthma wedi amharu ar eich pethau arferol, fel gwaith, ysgol, gwaith tŷ neu chwaraeon?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+119"/>
        <source>Please answer all three questions.</source>
        <translation>Atebwch y tri chwestiwn.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>0 out of 3: your answers suggest your asthma is well controlled. Keep following your plan.</source>
        <translation>0 allan o 3: mae eich atebion yn awgrymu bod eich asthma dan reolaeth dda. Daliwch ati i ddilyn eich cynllun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 out of 3: you have had some problems. Mention this to your asthma nurse: they may want to ask you more.</source>
        <translation>1 allan o 3: rydych chi wedi cael rhai problemau. Soniwch am hyn wrth eich nyrs asthma: efallai y bydd eisiau gofyn mwy i chi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 out of 3: your answers suggest your asthma is not well controlled. Please talk to your asthma nurse or GP soon.</source>
        <translation>%1 allan o 3: mae eich atebion yn awgrymu nad yw eich asthma dan reolaeth dda. Siaradwch â&apos;ch nyrs asthma neu&apos;ch meddyg teulu yn fuan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (Source: %2.) This is the form&apos;s guide, not a diagnosis: talk about it with your asthma nurse.</source>
        <translation>%1 (Ffynhonnell: %2.) Canllaw&apos;r ffurflen yw hwn, nid diagnosis: siaradwch amdano gyda&apos;ch nyrs asthma.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The form&apos;s guide says a total from 20 to 25 means asthma that is well controlled.</source>
        <translation>Mae canllaw&apos;r ffurflen yn dweud bod cyfanswm o 20 i 25 yn golygu asthma sydd wedi&apos;i reoli&apos;n dda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a total from 16 to 19 means asthma that is not well controlled.</source>
        <translation>Mae canllaw&apos;r ffurflen yn dweud bod cyfanswm o 16 i 19 yn golygu asthma nad yw wedi&apos;i reoli&apos;n dda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a total from 5 to 15 means asthma that is very poorly controlled.</source>
        <translation>Mae canllaw&apos;r ffurflen yn dweud bod cyfanswm o 5 i 15 yn golygu asthma sydd wedi&apos;i reoli&apos;n wael iawn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form&apos;s guide says a total of 19 or less means asthma that is not well controlled.</source>
        <translation>Mae canllaw&apos;r ffurflen yn dweud bod cyfanswm o 19 neu lai yn golygu asthma nad yw wedi&apos;i reoli&apos;n dda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide marks a total of 19 or less as not well controlled; this total is above that.</source>
        <translation>Mae canllaw&apos;r ffurflen yn nodi cyfanswm o 19 neu lai fel asthma nad yw wedi&apos;i reoli&apos;n dda; mae&apos;r cyfanswm hwn yn uwch na hynny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a score below 0.75 means asthma that is well controlled.</source>
        <translation>Mae canllaw&apos;r ffurflen yn dweud bod sgôr o dan 0.75 yn golygu asthma sydd wedi&apos;i reoli&apos;n dda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form&apos;s guide says a score from 0.75 to below 1.5 is in between (a grey zone): neither clearly well controlled nor clearly not.</source>
        <translation>Mae canllaw&apos;r ffurflen yn dweud bod sgôr o 0.75 i lai na 1.5 yn y canol (parth llwyd): heb ei reoli&apos;n dda yn glir, na&apos;n glir heb ei reoli.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The form&apos;s guide says a score of 1.5 or more means asthma that is not well controlled.</source>
        <translation>Mae canllaw&apos;r ffurflen yn dweud bod sgôr o 1.5 neu fwy yn golygu asthma nad yw wedi&apos;i reoli&apos;n dda.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+68"/>
        <source>The date can&apos;t be in the future.</source>
        <translation>Ni all y dyddiad fod yn y dyfodol.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>A %1 score must be between %2 and %3. Please check the form.</source>
        <translation>Rhaid i sgôr %1 fod rhwng %2 a %3. Gwiriwch y ffurflen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A %1 score is a whole number.</source>
        <translation>Mae sgôr %1 yn rhif cyfan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+60"/>
        <source>The note is too long.</source>
        <translation>Mae&apos;r nodyn yn rhy hir.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Each kind of care can be ticked only once.</source>
        <translation>Dim ond unwaith y gellir ticio pob math o ofal.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Please type your question.</source>
        <translation>Teipiwch eich cwestiwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the question shorter (%1 letters at most).</source>
        <translation>Cadwch y cwestiwn yn fyrrach (%1 llythyren ar y mwyaf).</translation>
    </message>
</context>
<context>
    <name>CorrectCountDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="+81"/>
        <source>Correct the count</source>
        <translation>Cywiro&apos;r cyfrif</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Number on the inhaler&apos;s counter</source>
        <translation>Y rhif ar gownter yr anadlydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../asthma_app/crash.py" line="+146"/>
        <source>Sorry, something went wrong in the app. Everything you had already saved is safe.

If this keeps happening, you can send the report in this folder to the people who make the app. It has no personal details in it:
%1</source>
        <translation>Mae&apos;n ddrwg gennym, aeth rhywbeth o&apos;i le yn yr ap. Mae popeth roeddech chi wedi&apos;i gadw eisoes yn ddiogel.

Os yw hyn yn dal i ddigwydd, gallwch anfon yr adroddiad yn y ffolder hon at y bobl sy&apos;n gwneud yr ap. Does dim manylion personol ynddo:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
</context>
<context>
    <name>DemoShell</name>
    <message>
        <location filename="../asthma_app/ui/demo.py" line="+158"/>
        <source>DEMO: a made-up patient. Nothing you do here is kept.</source>
        <translation>DEMO: claf dychmygol. Does dim byd rydych chi&apos;n ei wneud yma yn cael ei gadw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo mode</source>
        <translation>Modd demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch demo plan to MART</source>
        <translation>Newid cynllun y demo i MART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view (larger text)</source>
        <translation>Golwg cyflwynydd (testun mwy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset demo</source>
        <translation>Ailosod y demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave demo</source>
        <translation>Gadael y demo</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>DEMO - Asthma Plan &amp; Diary</source>
        <translation>DEMO - Cynllun a Dyddiadur Asthma</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Try the demo (a made-up patient)</source>
        <translation>Rhoi cynnig ar y demo (claf dychmygol)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../asthma_app/ui/widgets/common.py" line="+98"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+42"/>
        <source>My diary</source>
        <translation>Fy nyddiadur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show zones under my current plan</source>
        <translation>Dangos parthau o dan fy nghynllun presennol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>Parth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diary entries, newest first</source>
        <translation>Cofnodion dyddiadur, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing logged yet. Use Today to log a peak flow or how you feel.</source>
        <translation>Dim wedi&apos;i gofnodi eto. Defnyddiwch Heddiw i gofnodi llif brig neu sut rydych chi&apos;n teimlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Show older entries</source>
        <translation>Dangos cofnodion hŷn</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-5"/>
        <location filename="../asthma_app/ui/pages/diary.py" line="+18"/>
        <source>Diary</source>
        <translation>Dyddiadur</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/diary.py" line="+12"/>
        <source>%1&#xa0;L/min (blows: %2), %3</source>
        <translation>%1&#xa0;L/min (chwythiadau: %2), %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, after reliever</source>
        <translation>, ar ôl lliniarydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak flow</source>
        <translation>Llif brig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>day symptoms</source>
        <translation>symptomau yn ystod y dydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>woke at night</source>
        <translation>deffro yn y nos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activities limited</source>
        <translation>gweithgareddau wedi&apos;u cyfyngu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliever puffs: %1</source>
        <translation>pwffiau lliniarydd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I felt</source>
        <translation>Sut roeddwn i&apos;n teimlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Note: %1</source>
        <translation>. Nodyn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no zone</source>
        <translation>dim parth</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Reading changed.</source>
        <translation>Darlleniad wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry changed.</source>
        <translation>Cofnod wedi&apos;i newid.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo delete of reading from %1</source>
        <translation>Dadwneud dileu&apos;r darlleniad o %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo delete of entry from %1</source>
        <translation>Dadwneud dileu&apos;r cofnod o %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted. You can undo this.</source>
        <translation>Wedi&apos;i ddileu. Gallwch ddadwneud hyn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undone.</source>
        <translation>Wedi&apos;i ddadwneud.</translation>
    </message>
</context>
<context>
    <name>DiscardGuard</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/discard.py" line="+98"/>
        <source>Discard changes?</source>
        <translation>Taflu&apos;r newidiadau?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you typed here has not been saved. If you discard it, it is gone.</source>
        <translation>Nid yw&apos;r hyn a deipiwyd gennych yma wedi&apos;i gadw. Os byddwch yn ei daflu, bydd wedi mynd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Parhau i olygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard what I typed</source>
        <translation>Taflu&apos;r hyn a deipiais</translation>
    </message>
</context>
<context>
    <name>DoseReminderBar</name>
    <message>
        <location filename="../asthma_app/ui/reminders.py" line="+199"/>
        <source>Taken</source>
        <translation>Wedi&apos;i gymryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: log my preventer dose now</source>
        <translation>Wedi&apos;i gymryd: cofnodi fy nogn ataliol nawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me later</source>
        <translation>Atgoffa fi eto</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remind me again in %n minutes</source>
        <translation>
            <numerusform>Atgoffa fi eto ymhen %n munud</numerusform>
            <numerusform>Atgoffa fi eto ymhen %n munud</numerusform>
            <numerusform>Atgoffa fi eto ymhen %n munud</numerusform>
            <numerusform>Atgoffa fi eto ymhen %n munud</numerusform>
            <numerusform>Atgoffa fi eto ymhen %n munud</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Logged as taken: %1.</source>
        <translation>Wedi&apos;i gofnodi fel wedi&apos;i gymryd: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to log: this dose is logged already, or your plan gives no times for it. See Today.</source>
        <translation>Dim i&apos;w gofnodi: mae&apos;r dogn hwn wedi&apos;i gofnodi eisoes, neu nid yw eich cynllun yn rhoi amserau iddo. Gweler Heddiw.</translation>
    </message>
</context>
<context>
    <name>Doses</name>
    <message>
        <location filename="../asthma_app/domain/doses.py" line="+109"/>
        <source>Taken</source>
        <translation>Wedi&apos;i gymryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken</source>
        <translation>Heb ei gymryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged yet</source>
        <translation>Heb ei gofnodi eto</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>Mae&apos;r dyddiad a&apos;r amser hwn yn y dyfodol. Gwiriwch ef.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please keep the reason short (200 letters at most).</source>
        <translation>Cadwch y rheswm yn fyr (200 llythyren ar y mwyaf).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reason is only kept for a dose not taken.</source>
        <translation>Dim ond ar gyfer dogn heb ei gymryd y cedwir rheswm.</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/medicines.py" line="+58"/>
        <source>Your plan has no medicine called “%1”. Nothing was saved.</source>
        <translation>Nid oes meddyginiaeth o&apos;r enw “%1” yn eich cynllun. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reliever puffs are logged with “How I feel”, so that they count in your diary. Nothing was saved.</source>
        <translation>Caiff pwffiau lliniaru eu cofnodi gyda “Sut rwy&apos;n teimlo”, fel eu bod yn cyfrif yn eich dyddiadur. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log dose</source>
        <translation>Cofnodi dogn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete dose</source>
        <translation>Dileu dogn</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the number of doses printed on the inhaler (1 to %1).</source>
        <translation>Teipiwch nifer y dognau sydd wedi&apos;u hargraffu ar yr anadlydd (1 i %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start inhaler</source>
        <translation>Dechrau anadlydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the number the inhaler&apos;s counter shows (0 to %1).</source>
        <translation>Teipiwch y rhif sydd ar gownter yr anadlydd (0 i %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct count</source>
        <translation>Cywiro cyfrif</translation>
    </message>
</context>
<context>
    <name>DosesToday</name>
    <message>
        <location filename="../asthma_app/ui/pages/today_doses.py" line="+28"/>
        <source>My medicines today</source>
        <translation>Fy meddyginiaethau heddiw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last medicine change</source>
        <translation>Dadwneud y newid olaf i feddyginiaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started a new inhaler</source>
        <translation>Wedi dechrau anadlydd newydd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your plan does not say when to take %1, so its doses are not counted. Ask your nurse, or add the times in My plan.</source>
        <translation>Nid yw eich cynllun yn dweud pryd i gymryd %1, felly nid yw ei ddognau&apos;n cael eu cyfrif. Gofynnwch i&apos;ch nyrs, neu ychwanegwch yr amserau yn Fy nghynllun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No regular doses are due today in your plan.</source>
        <translation>Nid oes dognau rheolaidd yn ddyledus heddiw yn eich cynllun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your action plan to see your medicines here.</source>
        <translation>Ychwanegwch eich cynllun gweithredu i weld eich meddyginiaethau yma.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>About %n doses or fewer left in: %1. Time to get your next inhaler. An empty inhaler can still spray, with no medicine in it.</source>
        <translation>
            <numerusform>Tua %n dogn neu lai ar ôl yn: %1. Amser cael eich anadlydd nesaf. Gall anadlydd gwag chwistrellu o hyd, heb feddyginiaeth ynddo.</numerusform>
            <numerusform>Tua %n dogn neu lai ar ôl yn: %1. Amser cael eich anadlydd nesaf. Gall anadlydd gwag chwistrellu o hyd, heb feddyginiaeth ynddo.</numerusform>
            <numerusform>Tua %n dogn neu lai ar ôl yn: %1. Amser cael eich anadlydd nesaf. Gall anadlydd gwag chwistrellu o hyd, heb feddyginiaeth ynddo.</numerusform>
            <numerusform>Tua %n dogn neu lai ar ôl yn: %1. Amser cael eich anadlydd nesaf. Gall anadlydd gwag chwistrellu o hyd, heb feddyginiaeth ynddo.</numerusform>
            <numerusform>Tua %n dogn neu lai ar ôl yn: %1. Amser cael eich anadlydd nesaf. Gall anadlydd gwag chwistrellu o hyd, heb feddyginiaeth ynddo.</numerusform>
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
        <translation>Mae eich cynllun yn dweud: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Rheswm: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged later, on %1</source>
        <translation>Wedi&apos;i gofnodi&apos;n ddiweddarach, ar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken</source>
        <translation>Wedi&apos;i gymryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: %1, %2</source>
        <translation>Wedi&apos;i gymryd: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not taken</source>
        <translation>Heb ei gymryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taken: %1, %2</source>
        <translation>Heb ei gymryd: %1, %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: doses left cannot be counted, because your plan does not say how many puffs each time. Check the counter on the inhaler.</source>
        <translation>%1: ni ellir cyfrif y dognau sydd ar ôl, gan nad yw eich cynllun yn dweud sawl pwff bob tro. Gwiriwch y cownter ar yr anadlydd.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: about %n doses left (counted from what you logged; the inhaler&apos;s own counter is the one to trust).</source>
        <translation>
            <numerusform>%1: tua %n dogn ar ôl (wedi&apos;i gyfrif o&apos;r hyn a gofnodwyd gennych; cownter yr anadlydd ei hun yw&apos;r un i&apos;w drystio).</numerusform>
            <numerusform>%1: tua %n dogn ar ôl (wedi&apos;i gyfrif o&apos;r hyn a gofnodwyd gennych; cownter yr anadlydd ei hun yw&apos;r un i&apos;w drystio).</numerusform>
            <numerusform>%1: tua %n dogn ar ôl (wedi&apos;i gyfrif o&apos;r hyn a gofnodwyd gennych; cownter yr anadlydd ei hun yw&apos;r un i&apos;w drystio).</numerusform>
            <numerusform>%1: tua %n dogn ar ôl (wedi&apos;i gyfrif o&apos;r hyn a gofnodwyd gennych; cownter yr anadlydd ei hun yw&apos;r un i&apos;w drystio).</numerusform>
            <numerusform>%1: tua %n dogn ar ôl (wedi&apos;i gyfrif o&apos;r hyn a gofnodwyd gennych; cownter yr anadlydd ei hun yw&apos;r un i&apos;w drystio).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the count</source>
        <translation>Cywiro&apos;r cyfrif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the count: %1</source>
        <translation>Cywiro&apos;r cyfrif: %1</translation>
    </message>
</context>
<context>
    <name>Education</name>
    <message>
        <location filename="../asthma_app/services/education.py" line="+45"/>
        <source>Asthma basics</source>
        <translation>Pethau sylfaenol am asthma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inhalers</source>
        <translation>Anadlyddion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking your asthma</source>
        <translation>Gwirio eich asthma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting worse and attacks</source>
        <translation>Gwaethygu a pyliau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Living with asthma</source>
        <translation>Byw gydag asthma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your asthma review</source>
        <translation>Eich adolygiad asthma</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../asthma_app/ui/exchange_actions.py" line="+36"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export readings and diary (CSV)...</source>
        <translation>Allforio darlleniadau a&apos;r dyddiadur (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a full backup (JSON)...</source>
        <translation>Allforio copi wrth gefn llawn (JSON)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for health records (FHIR)...</source>
        <translation>Allforio ar gyfer cofnodion iechyd (FHIR)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my action plan as PDF...</source>
        <translation>Cadw fy nghynllun gweithredu fel PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the review summary as PDF...</source>
        <translation>Cadw crynodeb yr adolygiad fel PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my action plan as a plan file (.asthmaplan)...</source>
        <translation>Cadw fy nghynllun gweithredu fel ffeil cynllun (.asthmaplan)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a plan from my nurse...</source>
        <translation>Agor cynllun gan fy nyrs...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a backup (JSON)...</source>
        <translation>Mewnforio copi wrth gefn (JSON)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import readings from a spreadsheet (CSV)...</source>
        <translation>Mewnforio darlleniadau o daenlen (CSV)...</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+36"/>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your diary is protected by a passphrase, but this file will not be encrypted: anyone who can open it can read it. Export it anyway?</source>
        <translation>Mae eich dyddiadur wedi&apos;i ddiogelu gan gyfrinymadrodd, ond ni fydd y ffeil hon wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n gallu ei hagor ei darllen. Allforio beth bynnag?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a backup</source>
        <translation>Mewnforio copi wrth gefn</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+18"/>
        <source>Import readings</source>
        <translation>Mewnforio darlleniadau</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 readings, %2 diary entries and %3 attacks will be added. %4 rows are already in your diary and will be skipped.</source>
        <translation>Bydd %1 darlleniad, %2 cofnod dyddiadur a %3 pwl o asthma yn cael eu hychwanegu. Mae %4 rhes eisoes yn eich dyddiadur, felly byddan nhw&apos;n cael eu hepgor.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Working...</source>
        <translation>Wrthi&apos;n gweithio...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Done: %1</source>
        <translation>Wedi gorffen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed</source>
        <translation>Ni newidiwyd dim</translation>
    </message>
</context>
<context>
    <name>FileFilter</name>
    <message>
        <location filename="../asthma_app/ui/file_filters.py" line="+26"/>
        <source>CSV spreadsheet</source>
        <translation>Taenlen CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON backup</source>
        <translation>Copi wrth gefn JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FHIR health record</source>
        <translation>Cofnod iechyd FHIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>Dogfen PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma plan file</source>
        <translation>Ffeil cynllun asthma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan from the nurse</source>
        <translation>Cynllun gan y nyrs</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../asthma_app/services/file_write.py" line="+61"/>
        <source>%1 is open in another program, or may not be changed, so it was not saved. Close it there (or choose another name) and try again. Nothing was changed.</source>
        <translation>Mae %1 ar agor mewn rhaglen arall, neu ni ellir ei newid, felly ni chafodd ei gadw. Caewch ef yno (neu dewiswch enw arall) a rhowch gynnig arall arni. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../asthma_app/ui/first_run.py" line="+60"/>
        <source>%1 (emergency number %2)</source>
        <translation>%1 (rhif argyfwng %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Blwyddyn geni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where you live</source>
        <translation>Ble rydych chi&apos;n byw</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This app keeps your asthma action plan, your peak flow and how you feel, and shows you what your plan says to do. Everything stays on this computer.</source>
        <translation>Mae&apos;r ap hwn yn cadw eich cynllun gweithredu asthma, eich llif brig a sut rydych chi&apos;n teimlo, ac yn dangos beth mae eich cynllun yn dweud wrthych am ei wneud. Mae popeth yn aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the plan I agreed with my nurse</source>
        <translation>Rhoi&apos;r cynllun a gytunais gyda fy nyrs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I don&apos;t have a plan yet</source>
        <translation>Does gen i ddim cynllun eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your asthma action plan</source>
        <translation>Eich cynllun gweithredu asthma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your plan tells you what to do every day, when your asthma is getting worse, and in an asthma attack. If you have a paper plan from your GP or asthma nurse, copy it in now: it is best done together with your nurse.</source>
        <translation>Mae eich cynllun yn dweud wrthych beth i&apos;w wneud bob dydd, pan fydd eich asthma&apos;n gwaethygu, ac mewn pwl o asthma. Os oes gennych chi gynllun papur gan eich meddyg teulu neu nyrs asthma, copïwch ef nawr: mae&apos;n well gwneud hyn gyda&apos;ch nyrs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan yet? Ask your GP surgery for an asthma review and a written action plan. Until then you can keep a diary of your peak flow and symptoms to take with you.</source>
        <translation>Dim cynllun eto? Gofynnwch i&apos;ch meddygfa am adolygiad asthma a chynllun gweithredu ysgrifenedig. Tan hynny gallwch gadw dyddiadur o&apos;ch llif brig a&apos;ch symptomau i fynd gyda chi.</translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_banners.py" line="+41"/>
        <source>I&apos;ve booked it</source>
        <translation>Rydw i wedi&apos;i drefnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;ve been seen</source>
        <translation>Rydw i wedi cael fy ngweld</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your follow-up appointment after the asthma attack on %1 is booked. Please take your action plan with you, so that your GP or nurse can check it and update it.</source>
        <translation>Mae eich apwyntiad dilynol ar ôl y pwl o asthma ar %1 wedi&apos;i drefnu. Ewch â&apos;ch cynllun gweithredu gyda chi, er mwyn i&apos;ch meddyg teulu neu nyrs ei wirio a&apos;i ddiweddaru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the asthma attack on %1 (%2): UK guidance says to see your GP or asthma nurse within %3 working days after emergency care (by %4), and Asthma + Lung UK advises within %5 hours after an attack. Please book a follow-up appointment, and take your action plan with you so that it can be updated.</source>
        <translation>Ar ôl y pwl o asthma ar %1 (%2): mae canllawiau&apos;r DU yn dweud y dylech weld eich meddyg teulu neu nyrs asthma o fewn %3 diwrnod gwaith ar ôl gofal brys (erbyn %4), ac mae Asthma + Lung UK yn cynghori o fewn %5 awr ar ôl pwl. Trefnwch apwyntiad dilynol, ac ewch â&apos;ch cynllun gweithredu gyda chi er mwyn iddo gael ei ddiweddaru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(%1 attacks are waiting for a follow-up.)</source>
        <translation>(Mae %1 pwl yn aros am apwyntiad dilynol.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1.</source>
        <translation>Ffynhonnell: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up after an asthma attack</source>
        <translation>Apwyntiad dilynol ar ôl pwl o asthma</translation>
    </message>
</context>
<context>
    <name>GuessDelay</name>
    <message>
        <location filename="../asthma_app/services/guess_delay.py" line="+101"/>
        <source>That was not right several times, so to keep the diary safe please wait %1 seconds before the next try.</source>
        <translation>Nid oedd hynny&apos;n gywir sawl gwaith, felly i gadw&apos;r dyddiadur yn ddiogel arhoswch %1 eiliad cyn y cynnig nesaf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That was not right several times, so to keep the diary safe please wait %1 minutes before the next try.</source>
        <translation>Nid oedd hynny&apos;n gywir sawl gwaith, felly i gadw&apos;r dyddiadur yn ddiogel arhoswch %1 munud cyn y cynnig nesaf.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../asthma_app/domain/year_totals.py" line="+106"/>
        <source>%1 (Source: %2.)</source>
        <translation>%1 (Ffynhonnell: %2.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You recorded %1 courses of steroid tablets in the last 12 months. UK guidance says that people who need more than %2 courses in 12 months should be considered for a specialist asthma review — talk to your nurse.</source>
        <translation>Fe wnaethoch gofnodi %1 cwrs o dabledi steroid yn y 12 mis diwethaf. Mae canllawiau&apos;r DU yn dweud y dylid ystyried adolygiad asthma arbenigol i bobl sydd angen mwy na %2 gwrs mewn 12 mis — siaradwch â&apos;ch nyrs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1 of the weeks you logged in the last 12 months you used your reliever on more than %2 days. UK guidance says that anyone who needs their reliever on more than %2 days a week should have their asthma reviewed — talk to your nurse.</source>
        <translation>Mewn %1 o&apos;r wythnosau a gofnodwyd gennych yn y 12 mis diwethaf, fe ddefnyddioch eich lliniarydd ar fwy na %2 diwrnod. Mae canllawiau&apos;r DU yn dweud y dylai unrhyw un sydd angen ei liniarydd ar fwy na %2 diwrnod yr wythnos gael adolygiad o&apos;i asthma — siaradwch â&apos;ch nyrs.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/reliever_facts.py" line="+25"/>
        <source>Reliever inhalers you started in the last month: %1. UK guidance says that using more than one reliever inhaler a month needs an urgent asthma review — talk to your nurse or GP soon.</source>
        <translation>Anadlyddion lliniaru a ddechreuoch yn y mis diwethaf: %1. Mae canllawiau&apos;r DU yn dweud bod defnyddio mwy nag un anadlydd lliniaru y mis angen adolygiad asthma brys — siaradwch â&apos;ch nyrs neu feddyg teulu yn fuan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliever inhalers you started in the last 12 months: %1. A national review of asthma deaths found that many people who died had been given more than %2 reliever inhalers in the year before — talk to your nurse or GP soon.</source>
        <translation>Anadlyddion lliniaru a ddechreuoch yn y 12 mis diwethaf: %1. Canfu adolygiad cenedlaethol o farwolaethau asthma fod llawer o&apos;r bobl a fu farw wedi cael mwy na %2 anadlydd lliniaru yn y flwyddyn cynt — siaradwch â&apos;ch nyrs neu feddyg teulu yn fuan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reliever inhalers you started in the last 12 months: %1. UK guidance says that %2 or more reliever inhalers in a year have been linked with serious asthma attacks — talk to your nurse.</source>
        <translation>Anadlyddion lliniaru a ddechreuoch yn y 12 mis diwethaf: %1. Mae canllawiau&apos;r DU yn dweud bod %2 neu fwy o anadlyddion lliniaru mewn blwyddyn wedi&apos;u cysylltu â phyliau asthma difrifol — siaradwch â&apos;ch nyrs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days you used your reliever in the week from %2: %1. UK guidance says that anyone who needs their reliever on more than %3 days a week should have their asthma reviewed — talk to your nurse.</source>
        <translation>Dyddiau y defnyddioch eich lliniarydd yn yr wythnos o %2: %1. Mae canllawiau&apos;r DU yn dweud y dylai unrhyw un sydd angen ei liniarydd ar fwy na %3 diwrnod yr wythnos gael adolygiad o&apos;i asthma — siaradwch â&apos;ch nyrs.</translation>
    </message>
</context>
<context>
    <name>HomeShell</name>
    <message>
        <location filename="../asthma_app/ui/home.py" line="+201"/>
        <source>Switch person</source>
        <translation>Newid person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and settings</source>
        <translation>Pobl a gosodiadau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a person...</source>
        <translation>Ychwanegu person...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename...</source>
        <translation>Ailenwi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NHS number...</source>
        <translation>Rhif GIG...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase and lock...</source>
        <translation>Cyfrinymadrodd a chloi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders...</source>
        <translation>Nodiadau atgoffa...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>Cloi nawr</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename</source>
        <translation>Ailenwi</translation>
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
        <translation>Does dim modd agor y ffeil (%1).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>This is not a file that can be imported (it is a folder or a device). Nothing was imported.</source>
        <translation>Nid yw hon yn ffeil y gellir ei mewnforio (ffolder neu ddyfais yw hi). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>The file is too big to import (%1 MB; the limit is %2 MB). Nothing was imported.</source>
        <translation>Mae&apos;r ffeil yn rhy fawr i&apos;w mewnforio (%1 MB; y terfyn yw %2 MB). Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file looks like UTF-16 text without a byte-order mark, or is not a text file. Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>Mae&apos;r ffeil yn edrych fel testun UTF-16 heb nod trefn beitiau, neu nid yw&apos;n ffeil destun. Cadwch hi eto fel &apos;CSV UTF-8&apos; a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not valid %1 text (byte %2). Save it again as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>Nid yw&apos;r ffeil yn destun %1 dilys (beit %2). Cadwch hi eto fel &apos;CSV UTF-8&apos; a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/backup_import.py" line="+59"/>
        <source>Expected an object.</source>
        <translation>Disgwylid gwrthrych.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This count points to an inhaler that is not in the file (%1).</source>
        <translation>Mae&apos;r cyfrif hwn yn cyfeirio at anadlydd nad yw yn y ffeil (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The id %1 appears twice (a duplicate record).</source>
        <translation>Mae&apos;r id %1 yn ymddangos ddwywaith (cofnod dyblyg).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no plan version %1 in this backup.</source>
        <translation>Nid oes fersiwn %1 o&apos;r cynllun yn y copi wrth gefn hwn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This points to a missing record %1.</source>
        <translation>Mae hwn yn cyfeirio at gofnod %1 sydd ar goll.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Record %1 is replaced by a record that is in turn replaced by it (a loop).</source>
        <translation>Mae cofnod %1 wedi&apos;i ddisodli gan gofnod sydd yn ei dro wedi&apos;i ddisodli ganddo (dolen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup has no profile.</source>
        <translation>Does dim proffil yn y copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The version %1 is repeated or not positive.</source>
        <translation>Mae fersiwn %1 wedi&apos;i hailadrodd neu nid yw&apos;n bositif.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A medicine must be an object of texts.</source>
        <translation>Rhaid i feddyginiaeth fod yn wrthrych o destunau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan can&apos;t be read (%1).</source>
        <translation>Does dim modd darllen y cynllun (%1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expected text.</source>
        <translation>Disgwylid testun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected 0 or 1, found %1.</source>
        <translation>Disgwylid 0 neu 1, ond cafwyd %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown scale or period (%1, %2).</source>
        <translation>Graddfa neu gyfnod anhysbys (%1, %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The value must be the highest blow.</source>
        <translation>Rhaid i&apos;r gwerth fod y chwythiad uchaf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reliever puffs must be 0 to %1.</source>
        <translation>Rhaid i bwffiau lliniarydd fod rhwng 0 a %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown score %1.</source>
        <translation>Sgôr anhysbys %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers must be true or false.</source>
        <translation>Rhaid i&apos;r atebion fod yn true neu false.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown kind of care %1.</source>
        <translation>Math anhysbys o ofal %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown value %1.</source>
        <translation>Gwerth anhysbys %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This is not a time of day: %1.</source>
        <translation>Nid yw hwn yn amser o&apos;r dydd: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reminder %1.</source>
        <translation>Nodyn atgoffa anhysbys %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This date is in the future: %1.</source>
        <translation>Mae&apos;r dyddiad hwn yn y dyfodol: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text is too long.</source>
        <translation>Mae&apos;r testun yn rhy hir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scheduled dose needs both its day and its time of day.</source>
        <translation>Mae angen y diwrnod a&apos;r adeg o&apos;r dydd ar ddos a drefnwyd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Puffs must be 1 to %1.</source>
        <translation>Rhaid i&apos;r pwffiau fod rhwng 1 a %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine&apos;s name is missing, or the name or the reason is too long.</source>
        <translation>Mae enw&apos;r feddyginiaeth ar goll, neu mae&apos;r enw neu&apos;r rheswm yn rhy hir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The inhaler&apos;s size must be 1 to %1 doses.</source>
        <translation>Rhaid i faint yr anadlydd fod rhwng 1 a %1 dos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The medicine&apos;s name is missing or too long.</source>
        <translation>Mae enw&apos;r feddyginiaeth ar goll neu&apos;n rhy hir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected what the medicine is used for.</source>
        <translation>Disgwylid at beth y defnyddir y feddyginiaeth.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doses left must be 0 to %1.</source>
        <translation>Rhaid i&apos;r dosau sy&apos;n weddill fod rhwng 0 a %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already a profile called %1. Choose another name for the imported profile (--profile NAME).</source>
        <translation>Mae proffil o&apos;r enw %1 yn bodoli&apos;n barod. Dewiswch enw arall ar gyfer y proffil a fewnforiwyd (--profile ENW).</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/csv_format.py" line="+127"/>
        <source>The first row must name the columns, with at least a date_time column and a peak_flow column (see the data format help).</source>
        <translation>Rhaid i&apos;r rhes gyntaf enwi&apos;r colofnau, gydag o leiaf golofn date_time a cholofn peak_flow (gweler y cymorth am fformat y data).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column %1 appears twice.</source>
        <translation>Mae&apos;r golofn %1 yn ymddangos ddwywaith.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file contains binary data, not text.</source>
        <translation>Mae data deuaidd yn y ffeil, nid testun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are more than %1 rows. Split the file and import each part.</source>
        <translation>Mae mwy na %1 o resi. Rhannwch y ffeil a mewnforio pob rhan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This row has %1 cells but there are only %2 columns.</source>
        <translation>Mae gan y rhes hon %1 cell ond dim ond %2 colofn sydd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This row is the same as line %1.</source>
        <translation>Mae&apos;r rhes hon yr un fath â llinell %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CSV is malformed (%1).</source>
        <translation>Mae&apos;r CSV wedi&apos;i ffurfio&apos;n wael (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no rows to import in this file.</source>
        <translation>Does dim rhesi i&apos;w mewnforio yn y ffeil hon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1</source>
        <translation>llinell %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="+129"/>
        <source>line %1, column %2</source>
        <translation>llinell %1, colofn %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The record must be %1, %2, %3 or %4, not %5.</source>
        <translation>Rhaid i&apos;r cofnod fod yn %1, %2, %3 neu %4, nid %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scale must be EU or Wright, not %1.</source>
        <translation>Rhaid i&apos;r raddfa fod yn EU neu Wright, nid %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period must be morning or evening.</source>
        <translation>Rhaid i&apos;r cyfnod fod yn morning neu evening.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a whole number from 0 to %1.</source>
        <translation>Rhaid i bwffiau lliniarydd fod yn rhif cyfan o 0 i %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A dose needs the medicine&apos;s name (300 letters at most).</source>
        <translation>Mae angen enw&apos;r feddyginiaeth ar ddos (300 llythyren ar y mwyaf).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due must be a date and morning or evening, for example %1.</source>
        <translation>Rhaid i due fod yn ddyddiad a morning neu evening, er enghraifft %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Puffs must be a whole number from 1 to %1.</source>
        <translation>Rhaid i&apos;r pwffiau fod yn rhif cyfan rhwng 1 a %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reason is too long (%1 letters at most).</source>
        <translation>Mae&apos;r rheswm yn rhy hir (%1 llythyren ar y mwyaf).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The attack on %1 is in the future.</source>
        <translation>Mae&apos;r pwl ar %1 yn y dyfodol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a kind of care this app knows. Use: %2.</source>
        <translation>Nid yw %1 yn fath o ofal y mae&apos;r ap hwn yn ei adnabod. Defnyddiwch: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each kind of care can be named only once.</source>
        <translation>Dim ond unwaith y gellir enwi pob math o ofal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The follow-up must be open, booked, done or empty, not %1.</source>
        <translation>Rhaid i&apos;r apwyntiad dilynol fod yn open, booked, done neu&apos;n wag, nid %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an attack that needed A&amp;E, an ambulance, a hospital stay, an out-of-hours doctor or steroid tablets has a follow-up.</source>
        <translation>Dim ond pwl a oedd angen A&amp;E, ambiwlans, aros yn yr ysbyty, meddyg y tu allan i oriau neu dabledi steroid sydd ag apwyntiad dilynol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The note is too long (%1 letters; at most %2).</source>
        <translation>Mae&apos;r nodyn yn rhy hir (%1 llythyren; %2 ar y mwyaf).</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="+100"/>
        <source>%1 is before %2: not a date this app could have saved.</source>
        <translation>Mae %1 cyn %2: nid yw&apos;n ddyddiad y gallai&apos;r ap hwn fod wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a date and time like 2026-11-20 08:30 or 20/11/2026 08:30.</source>
        <translation>Nid yw %1 yn ddyddiad ac amser fel 2026-11-20 08:30 neu 20/11/2026 08:30.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a whole number of L/min.</source>
        <translation>Nid yw %1 yn rhif cyfan o L/min.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This must be yes or no, not %1.</source>
        <translation>Rhaid i hwn fod yn yes neu no, nid %1.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/json_backup.py" line="-102"/>
        <source>This is not complete JSON (%1).</source>
        <translation>Nid yw hwn yn JSON cyflawn (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>The file is nested too deeply to be a backup made by this app.</source>
        <translation>Mae gormod o lefelau yn y ffeil iddi fod yn gopi wrth gefn a wnaed gan yr ap hwn.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>This is not a backup made by this app.</source>
        <translation>Nid copi wrth gefn a wnaed gan yr ap hwn yw hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup has no format version.</source>
        <translation>Does dim fersiwn fformat yn y copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of the app (format %1; this app reads up to %2). Please update the app. Nothing was imported.</source>
        <translation>Gwnaed y copi wrth gefn hwn gan fersiwn mwy newydd o&apos;r ap (fformat %1; mae&apos;r ap hwn yn darllen hyd at %2). Diweddarwch yr ap. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The file holds text that is not valid (a broken character).</source>
        <translation>Mae testun annilys yn y ffeil (nod wedi torri).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Expected text, found %1.</source>
        <translation>Disgwylid testun, ond cafwyd %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a whole number, found %1.</source>
        <translation>Disgwylid rhif cyfan, ond cafwyd %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a number, found %1.</source>
        <translation>Disgwylid rhif, ond cafwyd %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected a list, found %1.</source>
        <translation>Disgwylid rhestr, ond cafwyd %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected an object, found %1.</source>
        <translation>Disgwylid gwrthrych, ond cafwyd %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected another type, found %1.</source>
        <translation>Disgwylid math arall, ond cafwyd %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is not a date or time: %1.</source>
        <translation>Nid yw hwn yn ddyddiad nac yn amser: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Expected a list.</source>
        <translation>Disgwylid rhestr.</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/exchange.py" line="+122"/>
        <location line="+17"/>
        <source>%1 is in the future.</source>
        <translation>Mae %1 yn y dyfodol.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../asthma_app/services/kiosk_config.py" line="+38"/>
        <source>The kiosk settings file could not be read: %1</source>
        <translation>Nid oedd modd darllen ffeil gosodiadau&apos;r ciosg: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Times in the kiosk settings must be whole numbers of seconds.</source>
        <translation>Rhaid i&apos;r amseroedd yng ngosodiadau&apos;r ciosg fod yn nifer cyfan o eiliadau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attendant_pin_hash is not a PIN hash. Make one with &apos;asthma-app kiosk-pin-hash&apos;.</source>
        <translation>Nid yw attendant_pin_hash yn hash PIN. Gwnewch un gydag &apos;asthma-app kiosk-pin-hash&apos;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No kiosk settings file at %1.</source>
        <translation>Does dim ffeil gosodiadau ciosg yn %1.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/kiosk_mode.py" line="+64"/>
        <source>This computer is shared, so printing to a file is switched off. Please choose a paper printer, or ask a member of staff.</source>
        <translation>Mae&apos;r cyfrifiadur hwn yn cael ei rannu, felly mae argraffu i ffeil wedi&apos;i ddiffodd. Dewiswch argraffydd papur, neu gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
</context>
<context>
    <name>KioskProblemScreen</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_problem.py" line="+27"/>
        <source>Kiosk mode cannot start</source>
        <translation>Ni all y modd ciosg ddechrau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This kiosk is not set up yet</source>
        <translation>Nid yw&apos;r ciosg hwn wedi&apos;i osod eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attendant puts the kiosk settings file (kiosk.ini) at %1, with an attendant PIN line made by the command: asthma-app kiosk-pin-hash. The kiosk guide (docs/kiosk.md) explains every setting. Then start kiosk mode again.</source>
        <translation>Mae aelod o staff yn rhoi&apos;r ffeil gosodiadau ciosg (kiosk.ini) yn %1, gyda llinell PIN staff a wnaed gyda&apos;r gorchymyn: asthma-app kiosk-pin-hash. Mae canllaw&apos;r ciosg (docs/kiosk.md) yn esbonio pob gosodiad. Yna dechreuwch y modd ciosg eto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <location filename="../asthma_app/ui/kiosk.py" line="+110"/>
        <source>Clinic kiosk: everything you enter is cleared when you finish or walk away.</source>
        <translation>Ciosg y clinig: mae popeth rydych chi&apos;n ei roi i mewn yn cael ei glirio pan fyddwch chi&apos;n gorffen neu&apos;n cerdded i ffwrdd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish and clear</source>
        <translation>Gorffen a chlirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff: leave kiosk mode</source>
        <translation>Staff: gadael modd ciosg</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>There is no attendant PIN in %1.</source>
        <translation>Does dim PIN staff yn %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kiosk settings file at %1.</source>
        <translation>Does dim ffeil gosodiadau ciosg yn %1.</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/learn.py" line="+34"/>
        <source>Learn about asthma</source>
        <translation>Dysgu am asthma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search, for example: spacer</source>
        <translation>Chwilio, er enghraifft: spacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the topics</source>
        <translation>Chwilio&apos;r pynciau</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Topics by theme</source>
        <translation>Pynciau fesul thema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No topic found. Try another word.</source>
        <translation>Dim pwnc wedi&apos;i ganfod. Rhowch gynnig ar air arall.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+4"/>
        <location filename="../asthma_app/ui/pages/learn.py" line="+22"/>
        <source>Learn</source>
        <translation>Dysgu</translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../asthma_app/ui/widgets/length_limit.py" line="+26"/>
        <source>%1 letters: a name can have at most %2. Please shorten it.</source>
        <translation>%1 llythyren: gall enw fod yn %2 llythyren ar y mwyaf. Byrhewch ef.</translation>
    </message>
</context>
<context>
    <name>LitresField</name>
    <message>
        <location filename="../asthma_app/ui/widgets/litres_field.py" line="+30"/>
        <source>for example 450</source>
        <translation>er enghraifft 450</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L/min</source>
        <translation>L/min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem with this number</source>
        <translation>Problem gyda&apos;r rhif hwn</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../asthma_app/ui/home.py" line="-279"/>
        <source>Locked</source>
        <translation>Wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diary is locked</source>
        <translation>Mae&apos;r dyddiadur wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That passphrase is not right.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n gywir.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../asthma_app/ui/main_window.py" line="+214"/>
        <source>Having an asthma attack?</source>
        <translation>Yn cael pwl o asthma?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do now, and the emergency number</source>
        <translation>Beth i&apos;w wneud nawr, a&apos;r rhif argyfwng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text %1&#xa0;%</source>
        <translation>Testun %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the app and of the Learn pages</source>
        <translation>Iaith yr ap a&apos;r tudalennau Dysgu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation not yet reviewed</source>
        <translation>Cyfieithiad heb ei wirio eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fluent speaker has not checked this translation yet. If something is unclear, ask your nurse.</source>
        <translation>Nid yw siaradwr rhugl wedi gwirio&apos;r cyfieithiad hwn eto. Os oes rhywbeth yn aneglur, gofynnwch i&apos;ch nyrs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full, so nothing new can be saved. You can read your diary. Free some space, then start the app again.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly does dim byd newydd yn gallu cael ei gadw. Gallwch ddarllen eich dyddiadur. Rhyddhewch rywfaint o le, yna dechreuwch yr ap eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data folder cannot be written (read-only). You can read your diary, but nothing new can be saved.</source>
        <translation>Does dim modd ysgrifennu i&apos;ch ffolder data (darllen yn unig). Gallwch ddarllen eich dyddiadur, ond does dim byd newydd yn gallu cael ei gadw.</translation>
    </message>
</context>
<context>
    <name>MedicineTable</name>
    <message>
        <location filename="../asthma_app/ui/widgets/medicine_table.py" line="+42"/>
        <source>Medicine (drug)</source>
        <translation>Meddyginiaeth (cyffur)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dyfais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used as</source>
        <translation>Defnyddir fel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to take it (as written by your nurse)</source>
        <translation>Sut i&apos;w chymryd (fel yr ysgrifennodd eich nyrs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (regular medicines)</source>
        <translation>Pryd (meddyginiaethau rheolaidd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puffs or tablets each time (as written)</source>
        <translation>Pwffiau neu dabledi bob tro (fel y&apos;u hysgrifennwyd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (optional)</source>
        <translation>Lliw (dewisol)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Medicines in my plan</source>
        <translation>Meddyginiaethau yn fy nghynllun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add medicine</source>
        <translation>Ychwanegu meddyginiaeth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected medicine</source>
        <translation>Tynnu&apos;r feddyginiaeth a ddewiswyd</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Medicine %1 used as</source>
        <translation>Meddyginiaeth %1 a ddefnyddir fel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medicine %1: when</source>
        <translation>Meddyginiaeth %1: pryd</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Medicine %1 needs the name of the medicine (the drug), not only its colour or brand.</source>
        <translation>Mae meddyginiaeth %1 angen enw&apos;r feddyginiaeth (y cyffur), nid dim ond ei lliw neu ei brand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Medicine %1: type the puffs or tablets each time as a whole number from 1 to %2, as written in the plan, or leave it empty.</source>
        <translation>Meddyginiaeth %1: teipiwch y pwffiau neu&apos;r tabledi bob tro fel rhif cyfan o 1 i %2, fel yn y cynllun, neu gadewch yn wag.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+41"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
</context>
<context>
    <name>NewInhalerDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="-45"/>
        <source>Started a new inhaler</source>
        <translation>Wedi dechrau anadlydd newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Which medicine</source>
        <translation>Pa feddyginiaeth</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Doses printed on the inhaler</source>
        <translation>Dognau wedi&apos;u hargraffu ar yr anadlydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the number of doses (puffs) printed on the inhaler or its box.</source>
        <translation>Copïwch nifer y dognau (pwffiau) sydd wedi&apos;u hargraffu ar yr anadlydd neu ei focs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>NhsNumberDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+30"/>
        <location line="+5"/>
        <source>NHS number</source>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Optional. With it, your GP practice can match a file you give them to your record. It is on letters from your practice and in the NHS App (England, Wales and the Isle of Man). Leave the box empty to remove it.</source>
        <translation>Dewisol. Gydag ef, gall eich practis meddyg teulu baru ffeil a roddwch iddynt â&apos;ch cofnod. Mae ar lythyrau gan eich practis ac yn Ap GIG (Cymru, Lloegr ac Ynys Manaw). Gadewch y blwch yn wag i&apos;w dynnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It stays on this computer. If this diary has a passphrase, the NHS number is kept only in the protected diary.</source>
        <translation>Mae&apos;n aros ar y cyfrifiadur hwn. Os oes gan y dyddiadur hwn gyfrinymadrodd, dim ond yn y dyddiadur gwarchodedig y cedwir y rhif GIG.</translation>
    </message>
</context>
<context>
    <name>NotTakenDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/doses.py" line="-38"/>
        <source>Dose not taken</source>
        <translation>Dogn heb ei gymryd</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Reason (optional)</source>
        <translation>Rheswm (dewisol)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1, %2: not taken.</source>
        <translation>%1, %2: heb ei gymryd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../asthma_app/ui/widgets/number_pad.py" line="+21"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the last digit</source>
        <translation>Dileu&apos;r digid olaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next box</source>
        <translation>Y blwch nesaf</translation>
    </message>
</context>
<context>
    <name>NurseShell</name>
    <message>
        <location filename="../asthma_app/ui/demo.py" line="-111"/>
        <source>&amp;Nurse</source>
        <translation>&amp;Nyrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a plan for a patient...</source>
        <translation>Ysgrifennu cynllun i glaf...</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/nurse.py" line="+173"/>
        <source>Plan ready for %1: agreed %2 with %3.</source>
        <translation>Cynllun yn barod i %1: cytunwyd %2 gyda %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the plan for the patient</source>
        <translation>Cadw&apos;r cynllun i&apos;r claf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved: %1</source>
        <translation>Wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plan written yet.</source>
        <translation>Dim cynllun wedi&apos;i ysgrifennu eto.</translation>
    </message>
</context>
<context>
    <name>NurseWindow</name>
    <message>
        <location line="-171"/>
        <source>Nurse mode - Asthma Plan &amp; Diary</source>
        <translation>Modd nyrs - Cynllun a Dyddiadur Asthma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NURSE MODE: nothing about the patient is kept on this computer unless you save a file.</source>
        <translation>MODD NYRS: ni chedwir dim am y claf ar y cyfrifiadur hwn oni bai eich bod yn cadw ffeil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse mode</source>
        <translation>Modd nyrs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Patient&apos;s name</source>
        <translation>Enw&apos;r claf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Blwyddyn geni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the plan...</source>
        <translation>Ysgrifennu&apos;r cynllun...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan written yet.</source>
        <translation>Dim cynllun wedi&apos;i ysgrifennu eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also save a .asthmaplan file beside the PDF</source>
        <translation>Cadw ffeil .asthmaplan wrth ymyl y PDF hefyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the plan for the patient (PDF)...</source>
        <translation>Cadw&apos;r cynllun i&apos;r claf (PDF)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start again with another patient</source>
        <translation>Dechrau eto gyda chlaf arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave nurse mode</source>
        <translation>Gadael modd nyrs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the plan with the patient, then save it. The PDF is the printed plan and carries the plan inside it: the patient opens it in the app at home with File &gt; Open a plan from my nurse.</source>
        <translation>Ysgrifennwch y cynllun gyda&apos;r claf, yna ei gadw. Y PDF yw&apos;r cynllun printiedig ac mae&apos;r cynllun y tu mewn iddo: mae&apos;r claf yn ei agor yn yr ap gartref gyda Ffeil &gt; Agor cynllun gan fy nyrs.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../asthma_app/services/profile_security.py" line="+87"/>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Nid dyna&apos;r cyfrinymadrodd presennol. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>PeakFlowDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/peak_flow.py" line="+52"/>
        <source>Log peak flow</source>
        <translation>Cofnodi llif brig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change peak flow reading</source>
        <translation>Newid darlleniad llif brig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blow three times and type each number. The best one counts.</source>
        <translation>Chwythwch dair gwaith a theipiwch bob rhif. Yr un gorau sy&apos;n cyfrif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use a peak flow meter</source>
        <translation>Sut i ddefnyddio mesurydd llif brig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L/min</source>
        <translation>L/min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blow %1 in litres per minute</source>
        <translation>Chwythiad %1 mewn litrau y funud</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blow %1</source>
        <translation>Chwythiad %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time of reading</source>
        <translation>Dyddiad ac amser y darlleniad</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Morning or evening</source>
        <translation>Bore neu noswaith</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Meter scale</source>
        <translation>Graddfa&apos;r mesurydd</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Taken after using my reliever</source>
        <translation>Wedi&apos;i gymryd ar ôl defnyddio fy lliniarydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>Nodyn (dewisol)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, this reading is right</source>
        <translation>Ydy, mae&apos;r darlleniad hwn yn gywir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save reading</source>
        <translation>Cadw&apos;r darlleniad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Blow %1: %2</source>
        <translation>Chwythiad %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Best: —</source>
        <translation>Gorau: —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best: %1&#xa0;L/min</source>
        <translation>Gorau: %1&#xa0;L/min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No personal best in your plan, so no zone from peak flow.</source>
        <translation>Does dim gorau personol yn eich cynllun, felly dim parth o&apos;r llif brig.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Undo change to reading</source>
        <translation>Dadwneud newid i&apos;r darlleniad</translation>
    </message>
</context>
<context>
    <name>PersonalBestDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/personal_best.py" line="+44"/>
        <source>Find my personal best</source>
        <translation>Dod o hyd i fy ngorau personol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your personal best is the highest peak flow you reach when your asthma is as good as it gets. To find it: for two weeks, while you feel well, take your peak flow every morning and every evening. Blow three times and log the highest. Use the same meter each time.</source>
        <translation>Eich gorau personol yw&apos;r llif brig uchaf rydych chi&apos;n ei gyrraedd pan fydd eich asthma ar ei orau. I ddod o hyd iddo: am bythefnos, tra byddwch chi&apos;n teimlo&apos;n iach, mesurwch eich llif brig bob bore a phob nos. Chwythwch dair gwaith a chofnodwch yr uchaf. Defnyddiwch yr un mesurydd bob tro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as my personal best</source>
        <translation>Cadw fel fy ngorau personol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close without changing my plan</source>
        <translation>Cau heb newid fy nghynllun</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your last 14 days</source>
        <translation>Eich 14 diwrnod diwethaf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 readings</source>
        <translation>%1 o %2 darlleniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning and evening readings collected</source>
        <translation>Darlleniadau bore a nos a gasglwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readings on %1 of the last 14 days; morning and evening both on %2 days; %3 of 28 morning and evening readings.</source>
        <translation>Darlleniadau ar %1 o&apos;r 14 diwrnod diwethaf; bore a nos ar %2 diwrnod; %3 o 28 darlleniad bore a nos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep going until you have 14 days with a morning and an evening reading. You can still look at the highest reading so far.</source>
        <translation>Daliwch ati nes bod gennych chi 14 diwrnod gyda darlleniad bore a darlleniad nos. Gallwch chi edrych ar y darlleniad uchaf hyd yn hyn o hyd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed personal best</source>
        <translation>Gorau personol arfaethedig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings in the last 14 days yet.</source>
        <translation>Dim darlleniadau yn y 14 diwrnod diwethaf eto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your highest reading in these 14 days was %1&#xa0;L/min, on %2.</source>
        <translation>Eich darlleniad uchaf yn y 14 diwrnod hyn oedd %1&#xa0;L/min, ar %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>New personal best</source>
        <translation>Gorau personol newydd</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Agreed with</source>
        <translation>Cytunwyd gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Nurse Jones</source>
        <translation>Er enghraifft: Nyrs Jones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed with (name)</source>
        <translation>Cytunwyd gyda (enw)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predicted peak flow: for reference only</source>
        <translation>Llif brig a ragwelir: er gwybodaeth yn unig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sex for the prediction</source>
        <translation>Rhyw ar gyfer y rhagfynegiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Height</source>
        <translation>Taldra</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sex</source>
        <translation>Rhyw</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add your action plan first: the personal best is part of it.</source>
        <translation>Ychwanegwch eich cynllun gweithredu yn gyntaf: mae&apos;r gorau personol yn rhan ohono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the new personal best in L/min to save it.</source>
        <translation>Teipiwch y gorau personol newydd mewn L/min i&apos;w gadw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your plan&apos;s personal best will change from %1 to %2&#xa0;L/min. Zones from now on use the new value; earlier readings keep their zones.</source>
        <translation>Bydd gorau personol eich cynllun yn newid o %1 i %2&#xa0;L/min. O hyn ymlaen bydd parthau&apos;n defnyddio&apos;r gwerth newydd; mae darlleniadau cynharach yn cadw eu parthau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your plan will use %1&#xa0;L/min as your personal best from now on.</source>
        <translation>Bydd eich cynllun yn defnyddio %1&#xa0;L/min fel eich gorau personol o hyn ymlaen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add your year of birth to your profile to see a predicted value.</source>
        <translation>Ychwanegwch eich blwyddyn geni at eich proffil i weld gwerth a ragwelir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No prediction: the children&apos;s table covers heights from 85 to 170 cm.</source>
        <translation>Dim rhagfynegiad: mae tabl y plant yn cynnwys taldra o 85 i 170 cm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose sex and height to see a predicted value.</source>
        <translation>Dewiswch ryw a thaldra i weld gwerth a ragwelir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No prediction: the adult formula is only used for ages %1 to %2 and heights from %3 to %4 cm.</source>
        <translation>Dim rhagfynegiad: dim ond ar gyfer oedrannau %1 i %2 a thaldra o %3 i %4 cm y defnyddir y fformiwla oedolion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted for your age (%1), sex and height: %2 L/min (EU scale). For reference only: discuss with your nurse. Your zones always use your own personal best.</source>
        <translation>Wedi&apos;i ragweld ar gyfer eich oedran (%1), rhyw a thaldra: %2 L/min (graddfa EU). Er gwybodaeth yn unig: trafodwch gyda&apos;ch nyrs. Mae eich parthau bob amser yn defnyddio eich gorau personol eich hun.</translation>
    </message>
</context>
<context>
    <name>PinHashDialog</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="+9"/>
        <source>Attendant PIN for the kiosk</source>
        <translation>PIN y staff ar gyfer y ciosg</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Attendant PIN (4 to 12 digits)</source>
        <translation>PIN y staff (4 i 12 digid)</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>The same PIN again</source>
        <translation>Yr un PIN eto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Line for the kiosk settings file</source>
        <translation>Llinell ar gyfer ffeil gosodiadau&apos;r ciosg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the settings line</source>
        <translation>Gwneud y llinell osodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The two PINs are different. Nothing was made.</source>
        <translation>Mae&apos;r ddau PIN yn wahanol. Ni wnaethpwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PIN must be 4 to 12 digits.</source>
        <translation>Rhaid i&apos;r PIN fod yn 4 i 12 digid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied. Paste this line into the kiosk settings file.</source>
        <translation>Wedi&apos;i gopïo. Gludwch y llinell hon i ffeil gosodiadau&apos;r ciosg.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+31"/>
        <source>Preventer and reliever</source>
        <translation>Ataliwr a lliniarydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MART (one inhaler for every day and for relief)</source>
        <translation>MART (un anadlydd bob dydd ac i leddfu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIR (anti-inflammatory reliever only)</source>
        <translation>AIR (lliniarydd gwrthlidiol yn unig)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wright scale (older meters)</source>
        <translation>Graddfa Wright (mesuryddion hŷn)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preventer</source>
        <translation>Ataliwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever</source>
        <translation>Lliniarydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MART inhaler</source>
        <translation>Anadlydd MART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AIR inhaler</source>
        <translation>Anadlydd AIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tablets</source>
        <translation>Tabledi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>My symptoms are coming back (cough, wheeze, tight chest, hard to breathe)</source>
        <translation>Mae fy symptomau&apos;n dod yn ôl (peswch, gwichian, brest dynn, anodd anadlu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I am waking up at night because of my asthma</source>
        <translation>Rwy&apos;n deffro yn y nos oherwydd fy asthma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My symptoms are getting in the way of my day (work, school, exercise)</source>
        <translation>Mae fy symptomau&apos;n amharu ar fy niwrnod (gwaith, ysgol, ymarfer corff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am using my reliever 3 or more times a week</source>
        <translation>Rwy&apos;n defnyddio fy lliniarydd 3 gwaith neu fwy yr wythnos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>My reliever is not helping, or I need it more than every 4 hours</source>
        <translation>Dydy fy lliniarydd ddim yn helpu, neu rwy ei angen yn amlach na phob 4 awr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can&apos;t walk or talk easily</source>
        <translation>Alla i ddim cerdded na siarad yn hawdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am breathing hard and fast</source>
        <translation>Rwy&apos;n anadlu&apos;n galed ac yn gyflym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am coughing or wheezing a lot, or my chest is very tight</source>
        <translation>Rwy&apos;n pesychu neu&apos;n gwichian llawer, neu mae fy mrest yn dynn iawn</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>The puffs or tablets each time must be between 1 and %1: copy the number from your plan.</source>
        <translation>Rhaid i&apos;r pwffiau neu&apos;r tabledi bob tro fod rhwng 1 a %1: copïwch y rhif o&apos;ch cynllun.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan refers to standard attack steps this version of the app does not know (%1). Please update the app.</source>
        <translation>Mae&apos;r cynllun yn cyfeirio at gamau pwl safonol nad yw&apos;r fersiwn hon o&apos;r ap yn eu hadnabod (%1). Diweddarwch yr ap.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The most reliever puffs in a day must be between 1 and %1: copy the number from your plan.</source>
        <translation>Rhaid i&apos;r nifer mwyaf o bwffiau lliniaru mewn diwrnod fod rhwng 1 a %1: copïwch y rhif o&apos;ch cynllun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the most reliever puffs in a day that your MART plan allows, exactly as your nurse or doctor wrote it.</source>
        <translation>Rhowch y nifer mwyaf o bwffiau lliniaru mewn diwrnod y mae eich cynllun MART yn ei ganiatáu, yn union fel yr ysgrifennodd eich nyrs neu feddyg.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+42"/>
        <source>Sit up straight and stay as calm as you can.</source>
        <translation>Eisteddwch i fyny&apos;n syth a chadwch mor dawel ag y gallwch chi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use your reliever inhaler: 1 puff, then wait 30 to 60 seconds before the next one, up to 10 puffs. Use your spacer if you have one.</source>
        <translation>Defnyddiwch eich anadlydd lliniaru: 1 pwff, yna arhoswch 30 i 60 eiliad cyn yr un nesaf, hyd at 10 pwff. Defnyddiwch eich spacer os oes gennych chi un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1 for an ambulance if you get worse at any time, if you are no better after 10 puffs, or if you do not have your reliever.</source>
        <translation>Ffoniwch %1 am ambiwlans os ydych chi&apos;n gwaethygu ar unrhyw adeg, os nad ydych chi&apos;n well ar ôl 10 pwff, neu os nad yw eich lliniarydd gennych chi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the ambulance: if it has not come after 10 minutes and you are still no better, do step 2 again.</source>
        <translation>Wrth aros am yr ambiwlans: os nad yw wedi dod ar ôl 10 munud a dydych chi ddim yn well o hyd, gwnewch gam 2 eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still no better and still no ambulance? Call %1 again at once.</source>
        <translation>Dal ddim yn well a dal dim ambiwlans? Ffoniwch %1 eto ar unwaith.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you get better without calling %1, you still need to see your GP or asthma nurse today: ask for an urgent appointment.</source>
        <translation>Os ydych chi&apos;n gwella heb ffonio %1, mae angen i chi weld eich meddyg teulu neu nyrs asthma heddiw o hyd: gofynnwch am apwyntiad brys.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sit up straight. Try to keep calm.</source>
        <translation>Eisteddwch i fyny&apos;n syth. Ceisiwch gadw&apos;n dawel.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="-221"/>
        <source>Lips look blue or grey</source>
        <translation>Gwefusau&apos;n edrych yn las neu&apos;n llwyd</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+4"/>
        <source>If your symptoms settle and you did not need to call %1, get an urgent same-day appointment with your GP or asthma nurse.</source>
        <translation>Os yw eich symptomau&apos;n setlo a doedd dim rhaid i chi ffonio %1, trefnwch apwyntiad brys yr un diwrnod gyda&apos;ch meddyg teulu neu nyrs asthma.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Use your inhaler exactly as the red zone of your plan says.</source>
        <translation>Defnyddiwch eich anadlydd yn union fel mae parth coch eich cynllun yn ei ddweud.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="-115"/>
        <source>EU scale (EN 13826)</source>
        <translation>Graddfa EU (EN 13826)</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/attack_steps.py" line="+1"/>
        <source>If you feel worse at any point, or you are not getting better, call %1 for an ambulance.</source>
        <translation>Os ydych chi&apos;n teimlo&apos;n waeth ar unrhyw adeg, neu ddim yn gwella, ffoniwch %1 am ambiwlans.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/plan.py" line="+116"/>
        <source>Too breathless to speak, eat or sleep</source>
        <translation>Rhy fyr o anadl i siarad, bwyta na chysgu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever not helping</source>
        <translation>Lliniarydd ddim yn helpu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drowsy, confused or exhausted</source>
        <translation>Cysglyd, dryslyd neu wedi llwyr ymlâdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting worse quickly</source>
        <translation>Gwaethygu&apos;n gyflym</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The attack steps saved with this plan are not right for this kind of plan, so general steps are shown instead. Ask your nurse or doctor to write the attack steps for your plan.</source>
        <translation>Nid yw&apos;r camau pwl a gadwyd gyda&apos;r cynllun hwn yn iawn ar gyfer y math hwn o gynllun, felly dangosir camau cyffredinol yn eu lle. Gofynnwch i&apos;ch nyrs neu feddyg ysgrifennu&apos;r camau pwl ar gyfer eich cynllun.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My plan does not say the most reliever puffs I can take in a day: ask my nurse or doctor.</source>
        <translation>Nid yw fy nghynllun yn dweud y nifer mwyaf o bwffiau lliniaru y gallaf eu cymryd mewn diwrnod: gofyn i&apos;m nyrs neu feddyg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most reliever puffs I can take in a day: %1 (as written in my plan).</source>
        <translation>Y nifer mwyaf o bwffiau lliniaru y gallaf eu cymryd mewn diwrnod: %1 (fel y mae wedi&apos;i ysgrifennu yn fy nghynllun).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>AIR plans are for people aged 12 and over. By the year of birth in this profile (%1), this person may be under 12: check with the nurse or doctor that AIR is right.</source>
        <translation>Mae cynlluniau AIR ar gyfer pobl 12 oed a hŷn. Yn ôl y flwyddyn geni yn y proffil hwn (%1), gall y person hwn fod o dan 12: gwiriwch gyda&apos;r nyrs neu&apos;r meddyg fod AIR yn iawn.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Please say who agreed this plan with you.</source>
        <translation>Dywedwch pwy gytunodd y cynllun hwn gyda chi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../asthma_app/domain/readings.py" line="+162"/>
        <source>Personal best must be between 60 and 1000 L/min.</source>
        <translation>Rhaid i&apos;r gorau personol fod rhwng 60 a 1000 L/min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The red level must be lower than the amber level, and both between 1 and 100 %.</source>
        <translation>Rhaid i&apos;r lefel goch fod yn is na&apos;r lefel ambr, a&apos;r ddwy rhwng 1 a 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please enter the emergency phone number.</source>
        <translation>Rhowch y rhif ffôn argyfwng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review date can&apos;t be before the plan was agreed.</source>
        <translation>Ni all dyddiad yr adolygiad nesaf fod cyn y dyddiad y cytunwyd y cynllun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do every day (green zone) or at least one medicine.</source>
        <translation>Ychwanegwch beth i&apos;w wneud bob dydd (parth gwyrdd) neu o leiaf un feddyginiaeth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do when asthma gets worse (amber zone).</source>
        <translation>Ychwanegwch beth i&apos;w wneud pan fydd asthma&apos;n gwaethygu (parth ambr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please add what to do in an asthma attack (red zone).</source>
        <translation>Ychwanegwch beth i&apos;w wneud mewn pwl o asthma (parth coch).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The reliever attack steps are not for MART or AIR plans: use the steps from your own plan.</source>
        <translation>Nid yw camau pwl y lliniarydd ar gyfer cynlluniau MART nac AIR: defnyddiwch y camau o&apos;ch cynllun eich hun.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Check-in interval must be between 1 hour and 14 days.</source>
        <translation>Rhaid i&apos;r cyfnod gwirio fod rhwng 1 awr a 14 diwrnod.</translation>
    </message>
</context>
<context>
    <name>PlanChanges</name>
    <message>
        <location filename="../asthma_app/services/plan_import.py" line="+144"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 with %2</source>
        <translation>%1 gyda %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with %2 (%3)</source>
        <translation>%1 gyda %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symptoms only (no peak flow levels)</source>
        <translation>Symptomau yn unig (dim lefelau llif brig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personal best %1 L/min; amber below %2 %, red below %3 %</source>
        <translation>Gorau personol %1 L/mun; ambr o dan %2 %, coch o dan %3 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind of plan</source>
        <translation>Math o gynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed</source>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (patient or carer)</source>
        <translation>Cytunwyd gyda (claf neu ofalwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak flow levels</source>
        <translation>Lefelau llif brig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day (green)</source>
        <translation>Bob dydd (gwyrdd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When worse (amber)</source>
        <translation>Pan yn waeth (ambr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma attack (red)</source>
        <translation>Pwl asthma (coch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of getting worse</source>
        <translation>Arwyddion gwaethygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs of an attack</source>
        <translation>Arwyddion pwl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most reliever puffs a day</source>
        <translation>Y nifer mwyaf o bwffiau lliniarydd y dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack steps</source>
        <translation>Camau pwl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation>Rhif argyfwng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>Sbardunau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse contact</source>
        <translation>Cyswllt meddyg teulu neu nyrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours contact</source>
        <translation>Cyswllt y tu allan i oriau</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_editor.py" line="+91"/>
        <source>Action plan: fill in with your nurse or doctor</source>
        <translation>Cynllun gweithredu: llenwch gyda&apos;ch nyrs neu feddyg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy your plan exactly as your nurse or doctor wrote it. Saving keeps your old plan in the history.</source>
        <translation>Copïwch eich cynllun yn union fel yr ysgrifennodd eich nyrs neu feddyg. Mae cadw yn cadw eich hen gynllun yn yr hanes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My plan uses peak flow</source>
        <translation>Mae fy nghynllun yn defnyddio llif brig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Green zone: what I do every day</source>
        <translation>Parth gwyrdd: beth rwy&apos;n ei wneud bob dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone signs, one per line</source>
        <translation>Arwyddion parth ambr, un ar bob llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone: what I do</source>
        <translation>Parth ambr: beth rwy&apos;n ei wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone signs, one per line</source>
        <translation>Arwyddion parth coch, un ar bob llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone: what I do</source>
        <translation>Parth coch: beth rwy&apos;n ei wneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My triggers, one per line</source>
        <translation>Fy sbardunau, un ar bob llinell</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not written in my plan</source>
        <translation>heb ei ysgrifennu yn fy nghynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard steps for this kind of plan</source>
        <translation>Y camau safonol ar gyfer y math hwn o gynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own steps, as my nurse or doctor wrote them</source>
        <translation>Fy nghamau fy hun, fel yr ysgrifennodd fy nyrs neu feddyg nhw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma attack steps, one per line</source>
        <translation>Camau pwl o asthma, un ar bob llinell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the attack steps exactly as your plan says, one per line.</source>
        <translation>Teipiwch y camau pwl yn union fel mae eich cynllun yn ei ddweud, un ar bob llinell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standard steps are saved as a reference, not as text, so they always show in the language the app is in. For MART and AIR plans they are general steps: use your inhaler as your plan says and call for help.</source>
        <translation>Mae&apos;r camau safonol yn cael eu cadw fel cyfeiriad, nid fel testun, felly maen nhw bob amser yn ymddangos yn iaith yr ap. Ar gyfer cynlluniau MART ac AIR camau cyffredinol ydyn nhw: defnyddiwch eich anadlydd fel mae eich cynllun yn ei ddweud a ffoniwch am help.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> hours</source>
        <translation> awr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind of plan</source>
        <translation>Math o gynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (name)</source>
        <translation>Cytunwyd gyda (enw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed on</source>
        <translation>Cytunwyd ar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Personal best</source>
        <translation>Gorau personol</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Write the plan with the patient. The app checks it as it would at home, and it is kept only in the file you save.</source>
        <translation>Ysgrifennwch y cynllun gyda&apos;r claf. Mae&apos;r ap yn ei wirio fel y byddai gartref, a dim ond yn y ffeil rydych yn ei chadw y caiff ei gadw.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>For example: Practice nurse</source>
        <translation>Er enghraifft: Nyrs practis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Sam and his mum</source>
        <translation>Er enghraifft: Sam a&apos;i fam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with (patient, parent or carer)</source>
        <translation>Cytunwyd gyda (claf, rhiant neu ofalwr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name (nurse or doctor)</source>
        <translation>Eich enw (nyrs neu feddyg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meter scale</source>
        <translation>Graddfa&apos;r mesurydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone when peak flow is below</source>
        <translation>Parth ambr pan fydd llif brig o dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone when peak flow is below</source>
        <translation>Parth coch pan fydd llif brig o dan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green: every day</source>
        <translation>Gwyrdd: bob dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber signs</source>
        <translation>Arwyddion ambr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber: what to do</source>
        <translation>Ambr: beth i&apos;w wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red signs</source>
        <translation>Arwyddion coch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red: what to do</source>
        <translation>Coch: beth i&apos;w wneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most reliever puffs in a day (MART or AIR)</source>
        <translation>Y nifer mwyaf o bwffiau lliniaru mewn diwrnod (MART neu AIR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triggers</source>
        <translation>Sbardunau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse contact</source>
        <translation>Cyswllt meddyg teulu neu nyrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours contact</source>
        <translation>Cyswllt y tu allan i oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency number</source>
        <translation>Rhif argyfwng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack steps</source>
        <translation>Camau pwl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in at least every</source>
        <translation>Gwirio o leiaf bob</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problems to fix before saving</source>
        <translation>Problemau i&apos;w trwsio cyn cadw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as agreed plan</source>
        <translation>Cadw fel y cynllun a gytunwyd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add this suggested line</source>
        <translation>Ychwanegu&apos;r llinell a awgrymir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this suggested line: %1</source>
        <translation>Ychwanegu&apos;r llinell a awgrymir: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: “%1”</source>
        <translation>Awgrym: “%1”</translation>
    </message>
    <message>
        <location line="+153"/>
        <location line="+10"/>
        <source>Personal best: %1</source>
        <translation>Gorau personol: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Please type your own attack steps, or choose the standard steps.</source>
        <translation>Teipiwch eich camau pwl eich hun, neu dewiswch y camau safonol.</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../asthma_app/services/plan_import.py" line="-154"/>
        <source>There is no action plan to save yet. Nothing was saved.</source>
        <translation>Nid oes cynllun gweithredu i&apos;w gadw eto. Ni chadwyd dim.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This plan can&apos;t be used as it stands: %1 Ask your nurse to correct it. Nothing was changed.</source>
        <translation>Ni ellir defnyddio&apos;r cynllun hwn fel y mae: %1 Gofynnwch i&apos;ch nyrs ei gywiro. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/fhir_plan.py" line="+47"/>
        <source>This FHIR file has no action plan (CarePlan) in it. Nothing was changed.</source>
        <translation>Does dim cynllun gweithredu (CarePlan) yn y ffeil FHIR hon. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This FHIR file holds more than one action plan, so the app can&apos;t tell which one is yours. Ask for a file with one plan. Nothing was changed.</source>
        <translation>Mae mwy nag un cynllun gweithredu yn y ffeil FHIR hon, felly ni all yr ap ddweud pa un yw eich un chi. Gofynnwch am ffeil gydag un cynllun. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>This plan does not say which kind of plan it is (preventer and reliever, MART or AIR), and the app will not guess: the attack steps depend on it. Ask your nurse to add it. Nothing was changed.</source>
        <translation>Nid yw&apos;r cynllun hwn yn dweud pa fath o gynllun ydyw (ataliwr a lliniarydd, MART neu AIR), ac ni fydd yr ap yn dyfalu: mae camau pwl yn dibynnu arno. Gofynnwch i&apos;ch nyrs ei ychwanegu. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This plan does not say when it was agreed. Nothing was changed.</source>
        <translation>Nid yw&apos;r cynllun hwn yn dweud pryd y cytunwyd arno. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No emergency number in the file: 999 is used.</source>
        <translation>Dim rhif argyfwng yn y ffeil: defnyddir 999.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The personal best is not in L/min, so it was not used.</source>
        <translation>Nid yw&apos;r gorau personol mewn L/mun, felly ni chafodd ei ddefnyddio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A personal best of %1 L/min is in the file, but not the amber and red levels, so the plan uses symptoms only. Ask your nurse for the levels.</source>
        <translation>Mae gorau personol o %1 L/mun yn y ffeil, ond nid y lefelau ambr a choch, felly mae&apos;r cynllun yn defnyddio symptomau yn unig. Gofynnwch i&apos;ch nyrs am y lefelau.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/plan_file.py" line="+50"/>
        <source>This file is not an action plan from a nurse. The app opens the plan PDF printed by this app, a .asthmaplan file or a FHIR CarePlan. Nothing was changed.</source>
        <translation>Nid cynllun gweithredu gan nyrs yw&apos;r ffeil hon. Mae&apos;r ap yn agor PDF y cynllun a argraffwyd gan yr ap hwn, ffeil .asthmaplan neu CarePlan FHIR. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This plan file is damaged and can&apos;t be read. Ask your nurse for a new copy. Nothing was changed.</source>
        <translation>Mae&apos;r ffeil cynllun hon wedi&apos;i difrodi ac ni ellir ei darllen. Gofynnwch i&apos;ch nyrs am gopi newydd. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This plan was written by a newer version of the app (plan format %1). Please update the app, then open the file again. Nothing was changed.</source>
        <translation>Ysgrifennwyd y cynllun hwn gan fersiwn mwy newydd o&apos;r ap (fformat cynllun %1). Diweddarwch yr ap, yna agorwch y ffeil eto. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/exchange/plan_pdf.py" line="+53"/>
        <source>This PDF has no plan inside it. Only the action plan printed by this app (from the nurse&apos;s copy) carries the plan; ask your nurse for the plan file. Nothing was changed.</source>
        <translation>Does dim cynllun y tu mewn i&apos;r PDF hwn. Dim ond y cynllun gweithredu a argraffwyd gan yr ap hwn (o gopi&apos;r nyrs) sy&apos;n cario&apos;r cynllun; gofynnwch i&apos;ch nyrs am y ffeil cynllun. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>PlanHandover</name>
    <message>
        <location filename="../asthma_app/ui/plan_handover.py" line="+28"/>
        <source>Open or create the person the plan is for first, then open the plan.</source>
        <translation>Agorwch neu crëwch y person y mae&apos;r cynllun ar ei gyfer yn gyntaf, yna agorwch y cynllun.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a plan from my nurse</source>
        <translation>Agor cynllun gan fy nyrs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no name)</source>
        <translation>(dim enw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, born %2</source>
        <translation>%1, ganwyd %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan is for %1, but the diary open now is %2&apos;s. A plan for someone else could give the wrong advice. Use it for %2 anyway?</source>
        <translation>Mae&apos;r cynllun hwn i %1, ond dyddiadur %2 sydd ar agor nawr. Gallai cynllun rhywun arall roi&apos;r cyngor anghywir. Ei ddefnyddio i %2 beth bynnag?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plan for someone else?</source>
        <translation>Cynllun i rywun arall?</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Your plan is now the one agreed %1 with %2.</source>
        <translation>Eich cynllun nawr yw&apos;r un a gytunwyd %1 gyda %2.</translation>
    </message>
</context>
<context>
    <name>PlanHistoryDialog</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+98"/>
        <source>Plan history</source>
        <translation>Hanes y cynllun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan versions</source>
        <translation>Fersiynau&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1: agreed %2 with %3 (saved %4)</source>
        <translation>Fersiwn %1: cytunwyd %2 gyda %3 (cadwyd %4)</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/plan_import.py" line="+33"/>
        <source>A plan from your nurse</source>
        <translation>Cynllun gan eich nyrs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan was agreed on %1 with %2.</source>
        <translation>Cytunwyd ar y cynllun hwn ar %1 gyda %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check what changes. Your plan changes only if you choose &quot;Make this my plan&quot;; your earlier plans are kept.</source>
        <translation>Gwiriwch beth sy&apos;n newid. Dim ond os dewiswch &quot;Gwneud hwn yn gynllun i mi&quot; y bydd eich cynllun yn newid; cedwir eich cynlluniau cynharach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not used from the file (ask your nurse if any of it matters):</source>
        <translation>Heb ei ddefnyddio o&apos;r ffeil (gofynnwch i&apos;ch nyrs a oes unrhyw beth yn bwysig):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changes in your plan</source>
        <translation>Beth sy&apos;n newid yn eich cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the plan</source>
        <translation>Rhan o&apos;r cynllun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan now</source>
        <translation>Eich cynllun nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now (no plan yet)</source>
        <translation>Nawr (dim cynllun eto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan from the file</source>
        <translation>Y cynllun o&apos;r ffeil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing changes: the file&apos;s plan is the same as yours.</source>
        <translation>Does dim yn newid: mae cynllun y ffeil yr un fath â&apos;ch un chi.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Other parts of the plan that stay the same: %n</source>
        <translation>
            <numerusform>Rhannau eraill o&apos;r cynllun sy&apos;n aros yr un fath: %n</numerusform>
            <numerusform>Rhannau eraill o&apos;r cynllun sy&apos;n aros yr un fath: %n</numerusform>
            <numerusform>Rhannau eraill o&apos;r cynllun sy&apos;n aros yr un fath: %n</numerusform>
            <numerusform>Rhannau eraill o&apos;r cynllun sy&apos;n aros yr un fath: %n</numerusform>
            <numerusform>Rhannau eraill o&apos;r cynllun sy&apos;n aros yr un fath: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this my plan</source>
        <translation>Gwneud hwn yn gynllun i mi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="-74"/>
        <source>My action plan</source>
        <translation>Fy nghynllun gweithredu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You don&apos;t have a plan in the app yet. An asthma action plan is written with your GP or asthma nurse. It tells you what to do every day, when your asthma gets worse, and in an asthma attack. Ask for one at your next appointment or asthma review, then fill it in here together. Until then you can still keep your diary.</source>
        <translation>Does gennych chi ddim cynllun yn yr ap eto. Mae cynllun gweithredu asthma yn cael ei ysgrifennu gyda&apos;ch meddyg teulu neu nyrs asthma. Mae&apos;n dweud wrthych beth i&apos;w wneud bob dydd, pan fydd eich asthma&apos;n gwaethygu, ac mewn pwl o asthma. Gofynnwch am un yn eich apwyntiad nesaf neu eich adolygiad asthma, yna llenwch ef yma gyda&apos;ch gilydd. Tan hynny gallwch gadw eich dyddiadur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Change my plan (with my nurse)</source>
        <translation>Newid fy nghynllun (gyda fy nyrs)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Plan history</source>
        <translation>Hanes y cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child&apos;s details and school copy</source>
        <translation>Manylion y plentyn a chopi&apos;r ysgol</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/assessment.py" line="-31"/>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-3"/>
        <location filename="../asthma_app/ui/pages/plan.py" line="+18"/>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/plan.py" line="+10"/>
        <source>Enter my plan</source>
        <translation>Rhoi fy nghynllun i mewn</translation>
    </message>
</context>
<context>
    <name>PlanSuggestions</name>
    <message>
        <location filename="../asthma_app/domain/plan_suggestions.py" line="+22"/>
        <source>If I am not better after %1 days in the amber zone, I see my GP or asthma nurse within %2 hours.</source>
        <translation>Os nad ydw i&apos;n well ar ôl %1 diwrnod yn y parth oren, rydw i&apos;n gweld fy meddyg teulu neu nyrs asthma o fewn %2 awr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If I have had no symptoms and have not needed my reliever for %1 weeks, I ask at my review whether my preventer dose can be lowered.</source>
        <translation>Os nad ydw i wedi cael symptomau ac nad ydw i wedi bod angen fy lliniarydd am %1 wythnos, rydw i&apos;n gofyn yn fy adolygiad a ellir lleihau dos fy ataliwr.</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/plan_view.py" line="+75"/>
        <source>Learn more: %1</source>
        <translation>Dysgu mwy: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more about %1</source>
        <translation>Dysgu mwy am %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 plan, version %2</source>
        <translation>Cynllun %1, fersiwn %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed on %1 with %2.</source>
        <translation>Cytunwyd ar %1 gyda %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next review: %1.</source>
        <translation>Adolygiad nesaf: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (colour: %1)</source>
        <translation> (lliw: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GREEN: every day, when my asthma is good</source>
        <translation>GWYRDD: bob dydd, pan fydd fy asthma&apos;n dda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>When any of these happen:</source>
        <translation>Pan fydd unrhyw un o&apos;r rhain yn digwydd:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>My personal best peak flow: %1&#xa0;L/min (%2).</source>
        <translation>Fy llif brig gorau personol: %1&#xa0;L/min (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>My peak flow is below %1&#xa0;L/min (%2&#xa0;% of my best)</source>
        <translation>Mae fy llif brig o dan %1&#xa0;L/min (%2&#xa0;% o fy ngorau)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>What I do:</source>
        <translation>Beth rwy&apos;n ei wneud:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>AMBER: when my asthma is getting worse</source>
        <translation>AMBR: pan fydd fy asthma&apos;n gwaethygu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asthma attack steps:</source>
        <translation>Camau pwl o asthma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emergency number: %1</source>
        <translation>Rhif argyfwng: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RED: asthma attack</source>
        <translation>COCH: pwl o asthma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My triggers</source>
        <translation>Fy sbardunau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GP or nurse: %1</source>
        <translation>Meddyg teulu neu nyrs: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Out of hours: %1</source>
        <translation>Y tu allan i oriau: %1</translation>
    </message>
</context>
<context>
    <name>PracticePart</name>
    <message>
        <location filename="../asthma_app/domain/practice_codes.py" line="+61"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Action plan at this review</source>
        <translation>Cynllun gweithredu yn yr adolygiad hwn</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>RCP 3 Questions</source>
        <translation>3 Chwestiwn RCP</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not answered in this period</source>
        <translation>Heb ei ateb yn y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answered %1: %2 of 3 yes</source>
        <translation>Atebwyd %1: %2 o 3 ie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trouble sleeping because of asthma (last month)</source>
        <translation>Trafferth cysgu oherwydd asthma (y mis diwethaf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usual asthma symptoms during the day (last month)</source>
        <translation>Symptomau asthma arferol yn ystod y dydd (y mis diwethaf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asthma stopped usual activities (last month)</source>
        <translation>Asthma wedi atal gweithgareddau arferol (y mis diwethaf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (total entered from a licensed form)</source>
        <translation>%1 (cyfanswm wedi&apos;i gofnodi o ffurflen drwyddedig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reliever use</source>
        <translation>Defnydd lliniarydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On %1 of %2 days with a diary entry (about %3 days a week)</source>
        <translation>Ar %1 o %2 diwrnod gyda chofnod dyddiadur (tua %3 diwrnod yr wythnos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No diary entries in this period</source>
        <translation>Dim cofnodion dyddiadur yn y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions for the nurse</source>
        <translation>Cwestiynau i&apos;r nyrs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Written action plan held</source>
        <translation>Cynllun gweithredu ysgrifenedig gan y claf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plan in the app</source>
        <translation>Dim cynllun yn yr ap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes: agreed %1 with %2</source>
        <translation>Ie: cytunwyd %1 gyda %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attacks since the last review</source>
        <translation>Pyliau ers yr adolygiad diwethaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attacks in the last 12 months</source>
        <translation>Pyliau yn y 12 mis diwethaf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;E visits since the last review</source>
        <translation>Ymweliadau ag adran achosion brys ers yr adolygiad diwethaf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hospital admissions since the last review</source>
        <translation>Derbyniadau i&apos;r ysbyty ers yr adolygiad diwethaf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 since the last review</source>
        <translation>%1 ers yr adolygiad diwethaf</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../asthma_app/ui/printing/documents.py" line="+75"/>
        <source>%1 — asthma action plan agreed %2</source>
        <translation>%1 — cynllun gweithredu asthma a gytunwyd %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My asthma action plan</source>
        <translation>Fy nghynllun gweithredu asthma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with %1 on %2. Plan version %3.</source>
        <translation>Cytunwyd gyda %1 ar %2. Fersiwn %3 o&apos;r cynllun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed with %1 (%2) on %3. Plan version %4.</source>
        <translation>Cytunwyd gyda %1 (%2) ar %3. Fersiwn cynllun %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreed by: %1.</source>
        <translation>Cytunwyd gan: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review: %1</source>
        <translation>Adolygiad nesaf: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My personal best peak flow: %1 L/min (%2 scale).</source>
        <translation>Fy llif brig gorau personol: %1 L/min (graddfa %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Peak flow below %1 L/min.</source>
        <translation>Llif brig o dan %1 L/min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Call %1 straight away if</source>
        <translation>Ffoniwch %1 ar unwaith os</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GREEN</source>
        <translation>GWYRDD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green zone — every day, when my asthma is good</source>
        <translation>Parth gwyrdd — bob dydd, pan fydd fy asthma&apos;n dda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AMBER</source>
        <translation>AMBR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber zone — when my asthma is getting worse</source>
        <translation>Parth ambr — pan fydd fy asthma&apos;n gwaethygu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RED</source>
        <translation>COCH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Red zone — asthma attack: act now</source>
        <translation>Parth coch — pwl o asthma: gweithredwch nawr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own plan, written with your nurse or doctor. Bring it to every asthma review.</source>
        <translation>Dyma eich cynllun eich hun, wedi&apos;i ysgrifennu gyda&apos;ch nyrs neu&apos;ch meddyg. Dewch ag ef i bob adolygiad asthma.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medicine</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to take it</source>
        <translation>Sut i&apos;w chymryd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In an asthma attack:</source>
        <translation>Mewn pwl o asthma:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emergency number</source>
        <translation>Rhif argyfwng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My GP or asthma nurse</source>
        <translation>Fy meddyg teulu neu nyrs asthma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of hours</source>
        <translation>Y tu allan i oriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My triggers</source>
        <translation>Fy sbardunau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/pdf.py" line="+53"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Asthma action plan</source>
        <translation>Cynllun gweithredu asthma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asthma review summary</source>
        <translation>Crynodeb adolygiad asthma</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../asthma_app/domain/profile.py" line="+33"/>
        <source>Please enter a name.</source>
        <translation>Rhowch enw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use a shorter name (80 letters at most).</source>
        <translation>Defnyddiwch enw byrrach (80 llythyren ar y mwyaf).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the year of birth.</source>
        <translation>Gwiriwch y flwyddyn geni.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/nhs_number.py" line="+53"/>
        <source>This is not a valid NHS number: it has 10 digits and the last one checks the others. Please copy it again from a letter from your practice, or leave it empty.</source>
        <translation>Nid yw hwn yn rhif GIG dilys: mae ganddo 10 digid ac mae&apos;r olaf yn gwirio&apos;r lleill. Copïwch ef eto o lythyr gan eich practis, neu gadewch ef yn wag.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../asthma_app/qt_strings.py" line="+93"/>
        <source>Drive</source>
        <translation>Gyriant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-36"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Edrych yn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Math o ffeiliau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Ffolder newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ailenwi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Ffolder uwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r ffolder uwch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Newid i olwg rhestr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Newid i olwg manylion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Rhestr o leoedd a nodau tudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli eisoes.
Ydych chi am roi un newydd yn ei le?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-54"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-18"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../asthma_app/ui/widgets/read_aloud.py" line="+39"/>
        <location line="+59"/>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 (Ctrl+R)</source>
        <translation>%1 (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Stop reading</source>
        <translation>Stopio darllen</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="-132"/>
        <source>Morning</source>
        <translation>Bore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Noswaith</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1&#xa0;L/min can&apos;t be right: peak flow meters read between %2 and %3&#xa0;L/min. Please check the number.</source>
        <translation>Ni all %1&#xa0;L/min fod yn gywir: mae mesuryddion llif brig yn darllen rhwng %2 a %3&#xa0;L/min. Gwiriwch y rhif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1&#xa0;L/min is unusual. Please check you typed it right.</source>
        <translation>Mae %1&#xa0;L/min yn anarferol. Gwiriwch eich bod wedi&apos;i deipio&apos;n gywir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&#xa0;L/min is more than 20&#xa0;% above your personal best of %2. Please check the reading. If it is right, talk to your nurse about a new personal best.</source>
        <translation>Mae %1&#xa0;L/min fwy nag 20&#xa0;% uwchben eich gorau personol o %2. Gwiriwch y darlleniad. Os yw&apos;n gywir, siaradwch â&apos;ch nyrs am orau personol newydd.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/typed_numbers.py" line="+137"/>
        <source>Please type a number.</source>
        <translation>Teipiwch rif.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>“%1” is not a number. Type the number the pointer shows, for example 450.</source>
        <translation>Nid yw “%1” yn rhif. Teipiwch y rhif mae&apos;r pwyntydd yn ei ddangos, er enghraifft 450.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This looks like litres per second. The app uses litres per minute (L/min): type the number on your meter&apos;s L/min scale.</source>
        <translation>Mae hyn yn edrych fel litrau yr eiliad. Mae&apos;r ap yn defnyddio litrau y funud (L/min): teipiwch y rhif ar raddfa L/min eich mesurydd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a whole number. This looks like litres per second: the app uses whole litres per minute (L/min). Type the number on your meter&apos;s L/min scale, for example 450.</source>
        <translation>Nid yw “%1” yn rhif cyfan. Mae hyn yn edrych fel litrau yr eiliad: mae&apos;r ap yn defnyddio litrau cyfan y funud (L/min). Teipiwch y rhif ar raddfa L/min eich mesurydd, er enghraifft 450.</translation>
    </message>
    <message>
        <location filename="../asthma_app/domain/readings.py" line="+12"/>
        <source>Please enter one to three blows.</source>
        <translation>Rhowch un i dri chwythiad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reliever puffs must be a number from 0 to %1.</source>
        <translation>Rhaid i nifer y pwffiau lliniarydd fod yn rhif o 0 i %1.</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/diary.py" line="+58"/>
        <source>This date and time is in the future. Please check it.</source>
        <translation>Mae&apos;r dyddiad a&apos;r amser hwn yn y dyfodol. Gwiriwch ef.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../asthma_app/storage/recovery.py" line="+134"/>
        <source>The damaged file still held %1 entries saved after that backup: they have been added to your diary.</source>
        <translation>Roedd %1 cofnod a gadwyd ar ôl y copi wrth gefn hwnnw yn dal yn y ffeil a ddifrodwyd: maen nhw wedi&apos;u hychwanegu at eich dyddiadur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your diary file was damaged. The app has put the damaged file aside in %1 (it is not deleted) and brought back your backup from %2.

Your diary now runs up to %2. Anything you saved after that is not in it, so please add it again if you can.</source>
        <translation>Roedd ffeil eich dyddiadur wedi&apos;i difrodi. Mae&apos;r ap wedi rhoi&apos;r ffeil sydd wedi&apos;i difrodi o&apos;r neilltu yn %1 (nid yw wedi&apos;i dileu) ac wedi dod â&apos;ch copi wrth gefn o %2 yn ôl.

Mae eich dyddiadur nawr yn mynd hyd at %2. Nid yw unrhyw beth a gadwoch chi ar ôl hynny ynddo, felly ychwanegwch ef eto os gallwch chi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 entries had a damaged date, time or choice and could not be put back in your diary. They are still in the damaged file that was put aside.</source>
        <translation>Roedd dyddiad, amser neu ddewis wedi&apos;i ddifrodi mewn %1 cofnod, a doedd dim modd eu rhoi yn ôl yn eich dyddiadur. Maen nhw&apos;n dal yn y ffeil sydd wedi&apos;i difrodi a roddwyd o&apos;r neilltu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your diary file was damaged and there was no backup to bring back. The app has put the damaged file aside in %1 (it is not deleted) and saved what it could still read into a new diary: %2 peak-flow readings, %3 symptom entries and %4 plan versions.

Some entries may be missing. Please check your diary and your plan.</source>
        <translation>Roedd ffeil eich dyddiadur wedi&apos;i difrodi a doedd dim copi wrth gefn i ddod ag ef yn ôl. Mae&apos;r ap wedi rhoi&apos;r ffeil sydd wedi&apos;i difrodi o&apos;r neilltu yn %1 (nid yw wedi&apos;i dileu) ac wedi cadw&apos;r hyn y gallai ei ddarllen o hyd mewn dyddiadur newydd: %2 darlleniad llif brig, %3 cofnod symptomau a %4 fersiwn o&apos;r cynllun.

Efallai fod rhai cofnodion ar goll. Gwiriwch eich dyddiadur a&apos;ch cynllun.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The list of tables in the file was damaged too, so only what SQLite could still read was saved. The damaged file is kept, so more may be recovered from it later.</source>
        <translation>Roedd y rhestr o dablau yn y ffeil wedi&apos;i difrodi hefyd, felly dim ond yr hyn y gallai SQLite ei ddarllen o hyd a gadwyd. Mae&apos;r ffeil sydd wedi&apos;i difrodi yn cael ei chadw, felly efallai y bydd modd adfer mwy ohoni yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some entries in your diary file were damaged: %1 of them hold letters that could not be read. The app has put the damaged file aside in %2 (it is not deleted) and copied everything into a new diary; the letters that could not be read are shown as �.

Please check your notes and your plan. Your backups are on the Backups page if you would rather bring one back.</source>
        <translation>Roedd rhai cofnodion yn ffeil eich dyddiadur wedi&apos;u difrodi: mae %1 ohonyn nhw&apos;n cynnwys llythrennau na ellid eu darllen. Mae&apos;r ap wedi rhoi&apos;r ffeil sydd wedi&apos;i difrodi o&apos;r neilltu yn %2 (nid yw wedi&apos;i dileu) ac wedi copïo popeth i ddyddiadur newydd; mae&apos;r llythrennau na ellid eu darllen yn cael eu dangos fel �.

Gwiriwch eich nodiadau a&apos;ch cynllun. Mae eich copïau wrth gefn ar y dudalen Copïau wrth gefn os byddai&apos;n well gennych ddod ag un yn ôl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some entries in your diary file were damaged. The app has put the damaged file aside in %1 (it is not deleted) and copied everything it could read into a new diary.

Please check your diary. Your backups are on the Backups page if you would rather bring one back.</source>
        <translation>Roedd rhai cofnodion yn ffeil eich dyddiadur wedi&apos;u difrodi. Mae&apos;r ap wedi rhoi&apos;r ffeil sydd wedi&apos;i difrodi o&apos;r neilltu yn %1 (nid yw wedi&apos;i dileu) ac wedi copïo popeth y gallai ei ddarllen i ddyddiadur newydd.

Gwiriwch eich dyddiadur. Mae eich copïau wrth gefn ar y dudalen Copïau wrth gefn os byddai&apos;n well gennych ddod ag un yn ôl.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../asthma_app/domain/regions.py" line="+21"/>
        <source>United Kingdom</source>
        <translation>Y Deyrnas Unedig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Iwerddon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union (other)</source>
        <translation>Yr Undeb Ewropeaidd (arall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States or Canada</source>
        <translation>Yr Unol Daleithiau neu Ganada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Awstralia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Seland Newydd</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../asthma_app/ui/reminders.py" line="-76"/>
        <source>Reminder</source>
        <translation>Nodyn atgoffa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the reminder</source>
        <translation>Cau&apos;r nodyn atgoffa</translation>
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
        <translation>Cynllun a Dyddiadur Asthma</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <location line="+180"/>
        <source>Reminders</source>
        <translation>Nodiadau atgoffa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me (while the app is open)</source>
        <translation>Atgoffa fi (tra bo&apos;r ap ar agor)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preventer dose</source>
        <translation>Dos ataliwr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak-flow reading</source>
        <translation>Darlleniad llif brig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time for: </source>
        <translation>Amser ar gyfer: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no notification area (system tray), so reminders cannot be shown. Set them on your phone or another device instead.</source>
        <translation>Does gan y cyfrifiadur hwn ddim ardal hysbysiadau (hambwrdd system), felly nid oes modd dangos nodiadau atgoffa. Gosodwch nhw ar eich ffôn neu ddyfais arall yn lle hynny.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You also get a reminder when your plan&apos;s review date is a week away.</source>
        <translation>Byddwch chi hefyd yn cael nodyn atgoffa pan fydd dyddiad adolygu eich cynllun wythnos i ffwrdd.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../asthma_app/services/reminders.py" line="+48"/>
        <source>Time for your preventer, as your plan says.</source>
        <translation>Amser am eich ataliwr, fel mae eich cynllun yn ei ddweud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to blow your peak flow and log it.</source>
        <translation>Amser i chwythu eich llif brig a&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your asthma review is due. Book it with your GP surgery.</source>
        <translation>Mae&apos;n bryd cael eich adolygiad asthma. Trefnwch ef gyda&apos;ch meddygfa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have a reminder from this app. Unlock it to see it.</source>
        <translation>Mae gennych nodyn atgoffa gan yr ap hwn. Datglowch ef i&apos;w weld.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your asthma review is due on %1. Book it with your GP surgery.</source>
        <translation>Mae eich adolygiad asthma i fod ar %1. Trefnwch ef gyda&apos;ch meddygfa.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../asthma_app/storage/restore.py" line="-7"/>
        <source>This backup does not hold %1&apos;s diary (it was made before they were added, or on another diary), so nothing was brought back. Nothing was changed.</source>
        <translation>Nid yw&apos;r copi wrth gefn hwn yn cynnwys dyddiadur %1 (cafodd ei wneud cyn iddynt gael eu hychwanegu, neu ar ddyddiadur arall), felly ni ddaethpwyd â dim yn ôl. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This backup could not be brought back because its rows do not fit together. Nothing was changed.</source>
        <translation>Nid oedd modd dod â&apos;r copi wrth gefn hwn yn ôl oherwydd nad yw ei gofnodion yn cyd-fynd â&apos;i gilydd. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault_restore.py" line="+82"/>
        <source>This backup does not open with your passphrase: it belongs to someone else, or it is not a backup of this app. Nothing was changed.</source>
        <translation>Nid yw&apos;r copi wrth gefn hwn yn agor gyda&apos;ch cyfrinymadrodd: mae&apos;n perthyn i rywun arall, neu nid yw&apos;n gopi wrth gefn o&apos;r ap hwn. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>ReviewBanners</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_banners.py" line="+15"/>
        <source>It&apos;s time for your monthly check: three quick questions about how your asthma has been.</source>
        <translation>Mae&apos;n bryd cael eich gwiriad misol: tri chwestiwn cyflym am sut mae eich asthma wedi bod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer now</source>
        <translation>Ateb nawr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now</source>
        <translation>Nid nawr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what happened</source>
        <translation>Cofnodi beth ddigwyddodd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No thanks</source>
        <translation>Dim diolch</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You were in the red zone on %1. Did you have an asthma attack or need urgent care? Your nurse will want to know at your review.</source>
        <translation>Roeddech chi yn y parth coch ar %1. Gawsoch chi bwl o asthma, neu oedd angen gofal brys arnoch chi? Bydd eich nyrs eisiau gwybod yn eich adolygiad.</translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <location filename="../asthma_app/ui/printing/review_chart.py" line="+55"/>
        <source>Chart: no peak-flow readings in this period.</source>
        <translation>Siart: dim darlleniadau llif brig yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart: %1 peak-flow readings from %2 to %3, from %4 to %5 L/min.</source>
        <translation>Siart: %1 darlleniad llif brig o %2 i %3, rhwng %4 a %5 L/min.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Personal best %1 L/min. %2 readings were below the amber line (%3 L/min) and %4 below the red line (%5 L/min).</source>
        <translation>Gorau personol %1 L/min. Roedd %2 darlleniad o dan y llinell ambr (%3 L/min) a %4 o dan y llinell goch (%5 L/min).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No peak-flow readings in this period.</source>
        <translation>Dim darlleniadau llif brig yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Peak flow, L/min (%1 scale)</source>
        <translation>Llif brig, L/min (graddfa %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Personal best</source>
        <translation>Gorau personol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber below</source>
        <translation>Ambr o dan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red below</source>
        <translation>Coch o dan</translation>
    </message>
</context>
<context>
    <name>ReviewChecklistView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_checklist.py" line="+36"/>
        <source>For you and your nurse to fill in together at your review. Leave anything that was not talked about as &quot;not asked&quot;.</source>
        <translation>I chi a&apos;ch nyrs ei llenwi gyda&apos;ch gilydd yn eich adolygiad. Gadewch unrhyw beth na siaradwyd amdano fel &quot;heb ofyn&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Inhaler technique checked</source>
        <translation>Techneg anadlydd wedi&apos;i gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date inhaler technique checked</source>
        <translation>Dyddiad gwirio&apos;r dechneg anadlydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhaler device checked</source>
        <translation>Dyfais anadlydd a wiriwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a spacer</source>
        <translation>Yn defnyddio spacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Smoking</source>
        <translation>Ysmygu</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Second-hand smoke at home or in the car</source>
        <translation>Mwg ail-law gartref neu yn y car</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flu vaccine this season</source>
        <translation>Brechlyn ffliw y tymor hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What I want to talk about at this review</source>
        <translation>Beth rydw i eisiau siarad amdano yn yr adolygiad hwn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save checklist</source>
        <translation>Cadw&apos;r rhestr wirio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inhaler device</source>
        <translation>Dyfais anadlydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacer</source>
        <translation>Spacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second-hand smoke</source>
        <translation>Mwg ail-law</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My agenda for the review</source>
        <translation>Fy agenda ar gyfer yr adolygiad</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not asked</source>
        <translation>Heb ofyn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Flu vaccine this season (%1)</source>
        <translation>Brechlyn ffliw y tymor hwn (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting from your last review&apos;s checklist (%1): check each answer again.</source>
        <translation>Gan ddechrau o restr wirio eich adolygiad diwethaf (%1): gwiriwch bob ateb eto.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checklist saved for the review on %1.</source>
        <translation>Rhestr wirio wedi&apos;i chadw ar gyfer yr adolygiad ar %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/review.py" line="+57"/>
        <source>Review sections</source>
        <translation>Adrannau&apos;r adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is my asthma?</source>
        <translation>Sut mae fy asthma?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attacks</source>
        <translation>Pyliau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>My questions</source>
        <translation>Fy nghwestiynau</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nurse&apos;s checklist</source>
        <translation>Rhestr wirio&apos;r nyrs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My asthma review</source>
        <translation>Fy adolygiad asthma</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+2"/>
        <location filename="../asthma_app/ui/pages/review.py" line="+4"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/review.py" line="+7"/>
        <source>Three questions about the last month (RCP 3 Questions). Answer yes or no.</source>
        <translation>Tri chwestiwn am y mis diwethaf (3 Chwestiwn RCP). Atebwch ie neu na.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save my answers</source>
        <translation>Cadw fy atebion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier answers</source>
        <translation>Atebion cynharach</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A score from a form your nurse gave you</source>
        <translation>Sgôr o ffurflen a roddodd eich nyrs i chi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save score</source>
        <translation>Cadw&apos;r sgôr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which form</source>
        <translation>Pa ffurflen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total score</source>
        <translation>Cyfanswm y sgôr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Saved: %1 score %2. %3</source>
        <translation>Wedi&apos;i gadw: sgôr %1 %2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record an asthma attack, or any time you needed urgent care for your asthma.</source>
        <translation>Cofnodwch bwl o asthma, neu unrhyw adeg roedd angen gofal brys arnoch chi ar gyfer eich asthma.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened? Tick all that apply.</source>
        <translation>Beth ddigwyddodd? Ticiwch bob un sy&apos;n berthnasol.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save attack</source>
        <translation>Cadw&apos;r pwl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attacks recorded</source>
        <translation>Pyliau a gofnodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected attack</source>
        <translation>Dileu&apos;r pwl a ddewiswyd</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved. UK guidance asks for a follow-up appointment after this kind of care: a reminder is now on Today until you mark it booked or done.</source>
        <translation>Wedi&apos;i gadw. Mae canllawiau&apos;r DU yn gofyn am apwyntiad dilynol ar ôl y math hwn o ofal: mae nodyn atgoffa ar Heddiw nes i chi nodi ei fod wedi&apos;i drefnu neu wedi&apos;i wneud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: %2 score %3</source>
        <translation>%1: sgôr %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no care recorded</source>
        <translation>dim gofal wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (answered)</source>
        <translation>%1 (wedi&apos;i ateb)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Better than last time (%1 before, %2 now).</source>
        <translation>Yn well na&apos;r tro diwethaf (%1 o&apos;r blaen, %2 nawr).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worse than last time (%1 before, %2 now).</source>
        <translation>Yn waeth na&apos;r tro diwethaf (%1 o&apos;r blaen, %2 nawr).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as last time (%1).</source>
        <translation>Yr un fath â&apos;r tro diwethaf (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write down what you want to ask at your next review.</source>
        <translation>Ysgrifennwch beth rydych chi eisiau ei ofyn yn eich adolygiad nesaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New question</source>
        <translation>Cwestiwn newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add question</source>
        <translation>Ychwanegu cwestiwn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark as answered</source>
        <translation>Marcio fel wedi&apos;i ateb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove question</source>
        <translation>Tynnu&apos;r cwestiwn</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <location filename="../asthma_app/ui/printing/review_document.py" line="+30"/>
        <source>no data</source>
        <translation>dim data</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — asthma review summary, %2 to %3</source>
        <translation>%1 — crynodeb adolygiad asthma, %2 i %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asthma review summary</source>
        <translation>Crynodeb adolygiad asthma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2 (%3 days). Made on %4.</source>
        <translation>O %1 i %2 (%3 diwrnod). Gwnaed ar %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Medicines in the plan</source>
        <translation>Meddyginiaethau yn y cynllun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My questions for the review</source>
        <translation>Fy nghwestiynau ar gyfer yr adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None written.</source>
        <translation>Dim wedi&apos;u hysgrifennu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review asks</source>
        <translation>Mae&apos;r adolygiad yn gofyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNOMED CT code</source>
        <translation>Cod SNOMED CT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no code (as text)</source>
        <translation>dim cod (fel testun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For your practice</source>
        <translation>I&apos;ch practis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What an asthma review template asks, from this diary, each with the SNOMED CT code a practice would record. The nurse checks the answers and decides what to code.</source>
        <translation>Yr hyn y mae templed adolygu asthma yn ei ofyn, o&apos;r dyddiadur hwn, pob un gyda&apos;r cod SNOMED CT y byddai practis yn ei gofnodi. Mae&apos;r nyrs yn gwirio&apos;r atebion ac yn penderfynu beth i&apos;w godio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+80"/>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>No action plan recorded.</source>
        <translation>Dim cynllun gweithredu wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set</source>
        <translation>heb ei osod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (overdue)</source>
        <translation>%1 (yn hwyr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed with</source>
        <translation>Cytunwyd gyda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Cytunwyd ar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 diwrnod yn ôl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal best</source>
        <translation>Gorau personol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 L/min (%2 scale)</source>
        <translation>%1 L/min (graddfa %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>symptom-only plan</source>
        <translation>cynllun symptomau yn unig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last 12 months at a glance</source>
        <translation>Y 12 mis diwethaf yn fras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2.</source>
        <translation>O %1 i %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of the %2 days with a diary entry (about %3 days a week)</source>
        <translation>%1 o&apos;r %2 diwrnod gyda chofnod yn y dyddiadur (tua %3 diwrnod yr wythnos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no diary entries</source>
        <translation>dim cofnodion yn y dyddiadur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asthma attacks recorded</source>
        <translation>Pyliau o asthma a gofnodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses of steroid tablets</source>
        <translation>Cyrsiau o dabledi steroid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;E visits</source>
        <translation>Ymweliadau ag A&amp;E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambulance called</source>
        <translation>Wedi ffonio am ambiwlans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stays in hospital</source>
        <translation>Arosiadau yn yr ysbyty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-hours doctor or NHS 111</source>
        <translation>Meddyg y tu allan i oriau neu NHS 111</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks with reliever used on more than %1 days</source>
        <translation>Wythnosau pan ddefnyddiwyd y lliniarydd ar fwy na %1 diwrnod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What UK guidance says about these totals</source>
        <translation>Beth mae canllawiau&apos;r DU yn ei ddweud am y cyfansymiau hyn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the nurse checked</source>
        <translation>Beth wnaeth y nyrs ei wirio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No review checklist filled in yet.</source>
        <translation>Does dim rhestr wirio adolygiad wedi&apos;i llenwi eto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>heb ofyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>checked on %1</source>
        <translation>wedi&apos;i wirio ar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review on %1.</source>
        <translation>Adolygiad ar %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inhaler technique</source>
        <translation>Techneg anadlydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacer</source>
        <translation>Spacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smoking</source>
        <translation>Ysmygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second-hand smoke</source>
        <translation>Mwg ail-law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flu vaccine this season (%1)</source>
        <translation>Brechlyn ffliw y tymor hwn (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My agenda for the review</source>
        <translation>Fy agenda ar gyfer yr adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none written</source>
        <translation>dim wedi&apos;u hysgrifennu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asthma control</source>
        <translation>Rheoli asthma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No RCP 3 Questions answered in this period.</source>
        <translation>Ni atebwyd y 3 Chwestiwn RCP yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RCP 3 Questions on %1:</source>
        <translation>3 Chwestiwn RCP ar %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All RCP 3 scores (newest first): %1</source>
        <translation>Pob sgôr RCP 3 (y diweddaraf yn gyntaf): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2 a week)</source>
        <translation>%1 (%2 yr wythnos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms and reliever</source>
        <translation>Symptomau a&apos;r lliniarydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with a diary entry</source>
        <translation>Diwrnodau gyda chofnod dyddiadur</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Days reliever used</source>
        <translation>Diwrnodau y defnyddiwyd y lliniarydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken by asthma</source>
        <translation>Nosweithiau wedi deffro oherwydd asthma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in the green zone</source>
        <translation>Diwrnodau yn y parth gwyrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the amber zone</source>
        <translation>Diwrnodau yn y parth ambr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the red zone</source>
        <translation>Diwrnodau yn y parth coch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with no readings or diary</source>
        <translation>Diwrnodau heb ddarlleniadau na dyddiadur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak flow</source>
        <translation>Llif brig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Readings</source>
        <translation>Darlleniadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average morning</source>
        <translation>Cyfartaledd y bore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average evening</source>
        <translation>Cyfartaledd y noswaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Uchaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Isaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest as % of personal best</source>
        <translation>Isaf fel % o&apos;r gorau personol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average daily variability</source>
        <translation>Amrywioldeb dyddiol cyfartalog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attacks and urgent care</source>
        <translation>Pyliau a gofal brys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None recorded in this period.</source>
        <translation>Dim wedi&apos;u cofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no care recorded</source>
        <translation>dim gofal wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/medicines_section.py" line="+24"/>
        <source>No figure: no doses were due in this period (the plan gives no times for its regular medicines).</source>
        <translation>Dim ffigur: nid oedd dognau&apos;n ddyledus yn y cyfnod hwn (nid yw&apos;r cynllun yn rhoi amserau i&apos;w feddyginiaethau rheolaidd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 % (doses due: %2; logged as taken: %3; logged as not taken: %4; not logged: %5)</source>
        <translation>%1 % (dognau&apos;n ddyledus: %2; wedi&apos;u cofnodi fel wedi&apos;u cymryd: %3; fel heb eu cymryd: %4; heb eu cofnodi: %5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Medicines taken</source>
        <translation>Meddyginiaethau a gymerwyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preventer doses taken</source>
        <translation>Dognau ataliol a gymerwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever inhalers started in the last month</source>
        <translation>Anadlyddion lliniaru a ddechreuwyd yn y mis diwethaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever inhalers started in the last 3 months</source>
        <translation>Anadlyddion lliniaru a ddechreuwyd yn y 3 mis diwethaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever inhalers started in the last 12 months</source>
        <translation>Anadlyddion lliniaru a ddechreuwyd yn y 12 mis diwethaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever puffs logged in this period</source>
        <translation>Pwffiau lliniaru a gofnodwyd yn y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (about %2 a week)</source>
        <translation>%1 (tua %2 yr wythnos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most days with reliever in one week</source>
        <translation>Y nifer mwyaf o ddyddiau gyda lliniarydd mewn wythnos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the plan does not give the times for this medicine, so its doses are not counted.</source>
        <translation>%1: nid yw&apos;r cynllun yn rhoi&apos;r amserau ar gyfer y feddyginiaeth hon, felly nid yw ei dognau&apos;n cael eu cyfrif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted from what was logged in the app and the inhalers started in it; the inhaler&apos;s own counter and the prescription record are the ones to check.</source>
        <translation>Wedi&apos;i gyfrif o&apos;r hyn a gofnodwyd yn yr ap a&apos;r anadlyddion a ddechreuwyd ynddo; cownter yr anadlydd ei hun a&apos;r cofnod presgripsiwn yw&apos;r rhai i&apos;w gwirio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What UK guidance says about reliever use</source>
        <translation>Beth mae canllawiau&apos;r DU yn ei ddweud am ddefnyddio lliniarydd</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/review_summary.py" line="+37"/>
        <location line="+15"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review summary</source>
        <translation>Crynodeb yr adolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF...</source>
        <translation>Cadw PDF...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print...</source>
        <translation>Argraffu...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export...</source>
        <translation>Allforio...</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Save PDF</source>
        <translation>Cadw PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../asthma_app/domain/schedule.py" line="+29"/>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every morning</source>
        <translation>Bob bore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every evening</source>
        <translation>Bob nos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every morning and evening</source>
        <translation>Bob bore a nos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other times, as agreed</source>
        <translation>Amserau eraill, fel y cytunwyd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Morning</source>
        <translation>Bore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening</source>
        <translation>Nos</translation>
    </message>
</context>
<context>
    <name>SchoolCopy</name>
    <message>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+38"/>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copy for school</source>
        <translation>Copi i&apos;r ysgol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Child&apos;s details</source>
        <translation>Manylion y plentyn</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/pdf.py" line="+11"/>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+11"/>
        <source>Asthma plan: copy for school or nursery</source>
        <translation>Cynllun asthma: copi i&apos;r ysgol neu&apos;r feithrinfa</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/printing/school_copy.py" line="+5"/>
        <source>Born in %1</source>
        <translation>Blwyddyn geni: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call %1 now if you see any of these:</source>
        <translation>Ffoniwch %1 nawr os gwelwch chi unrhyw un o&apos;r rhain:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In an asthma attack</source>
        <translation>Mewn pwl o asthma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reliever inhaler</source>
        <translation>Anadlydd lliniarydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not written in the plan</source>
        <translation>heb ei ysgrifennu yn y cynllun</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Uses a spacer</source>
        <translation>Yn defnyddio spacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses a mask with the spacer</source>
        <translation>Yn defnyddio masg gyda&apos;r spacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drug allergies</source>
        <translation>Alergeddau i gyffuriau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>dim wedi&apos;u cofnodi</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Who to call</source>
        <translation>Pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>GP or asthma nurse</source>
        <translation>Meddyg teulu neu nyrs asthma</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+61"/>
        <source>School or nursery contact</source>
        <translation>Cyswllt yr ysgol neu&apos;r feithrinfa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the asthma action plan agreed on %1 with %2.</source>
        <translation>O&apos;r cynllun gweithredu asthma a gytunwyd ar %1 gyda %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No action plan recorded: these are the general UK attack steps. Ask the child&apos;s nurse or doctor for a written plan.</source>
        <translation>Dim cynllun gweithredu wedi&apos;i gofnodi: dyma gamau cyffredinol y DU ar gyfer pwl o asthma. Gofynnwch i nyrs neu feddyg y plentyn am gynllun ysgrifenedig.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+76"/>
        <source>Copy given to the school or nursery on %1.</source>
        <translation>Copi wedi&apos;i roi i&apos;r ysgol neu&apos;r feithrinfa ar %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — asthma plan, school copy</source>
        <translation>%1 — cynllun asthma, copi&apos;r ysgol</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <location filename="../asthma_app/ui/profile_dialogs.py" line="+21"/>
        <source>Passphrase and lock</source>
        <translation>Cyfrinymadrodd a chloi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 minutes without use</source>
        <translation>Ar ôl %1 munud heb ei ddefnyddio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again</source>
        <translation>Yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the app</source>
        <translation>Cloi&apos;r ap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If this passphrase is forgotten, this diary cannot be opened by anyone: not by you, not by your GP practice or nurse, not by the makers of this app. There is no way to reset it. Keep your printed asthma plan, and an export of your diary, somewhere safe.</source>
        <translation>Os anghofir y cyfrinymadrodd hwn, ni all neb agor y dyddiadur hwn: nid chi, nid eich practis meddyg teulu na&apos;ch nyrs, nid gwneuthurwyr yr ap hwn. Does dim modd ei ailosod. Cadwch eich cynllun asthma printiedig, ac allforyn o&apos;ch dyddiadur, rywle diogel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I understand: a forgotten passphrase means this diary is lost.</source>
        <translation>Rwy&apos;n deall: mae cyfrinymadrodd anghofiedig yn golygu bod y dyddiadur hwn ar goll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove passphrase</source>
        <translation>Tynnu&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A passphrase keeps this person&apos;s diary private from others using this computer. It is stored only in a scrambled form: if it is forgotten, it cannot be read back.</source>
        <translation>Mae cyfrinymadrodd yn cadw dyddiadur y person hwn yn breifat rhag pobl eraill sy&apos;n defnyddio&apos;r cyfrifiadur hwn. Dim ond ar ffurf wedi&apos;i chymysgu y caiff ei gadw: os caiff ei anghofio, nid oes modd ei ddarllen yn ôl.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Please type the current passphrase first.</source>
        <translation>Teipiwch y cyfrinymadrodd presennol yn gyntaf.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The two passphrases are different.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please use at least 4 characters.</source>
        <translation>Defnyddiwch o leiaf 4 nod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To lock the app, first choose a passphrase.</source>
        <translation>I gloi&apos;r ap, dewiswch gyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please confirm that you understand what happens if the passphrase is forgotten.</source>
        <translation>Cadarnhewch eich bod yn deall beth sy&apos;n digwydd os anghofir y cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <location filename="../asthma_app/ui/speech.py" line="+92"/>
        <source>Read aloud is not available: no speech program is installed on this computer.</source>
        <translation>Nid yw darllen yn uchel ar gael: does dim rhaglen lleferydd wedi&apos;i gosod ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Read aloud is not available right now: the computer&apos;s speech program did not start.</source>
        <translation>Nid yw darllen yn uchel ar gael ar hyn o bryd: ni ddechreuodd rhaglen lleferydd y cyfrifiadur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read aloud is not available in %1: there is no voice for this language on this computer.</source>
        <translation>Nid yw darllen yn uchel ar gael yn %1: does dim llais ar gyfer yr iaith hon ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Read aloud stopped: the computer&apos;s speech program is not working.</source>
        <translation>Stopiodd darllen yn uchel: nid yw rhaglen lleferydd y cyfrifiadur yn gweithio.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../asthma_app/app.py" line="+349"/>
        <source>The data folder %1 could not be made: %2

Choose a folder you can write to (for example with --data-dir).</source>
        <translation>Doedd dim modd creu&apos;r ffolder data %1: %2

Dewiswch ffolder y gallwch ysgrifennu iddi (er enghraifft gyda --data-dir).</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+40"/>
        <source>This period</source>
        <translation>Y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the diary shows</source>
        <translation>Beth mae&apos;r dyddiadur yn ei ddangos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Peak flow readings</source>
        <translation>Darlleniadau llif brig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average morning</source>
        <translation>Cyfartaledd y bore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average evening</source>
        <translation>Cyfartaledd y nos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest</source>
        <translation>Uchaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest</source>
        <translation>Isaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest % of best</source>
        <translation>% isaf o&apos;r gorau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variability</source>
        <translation>Amrywiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days green / amber / red</source>
        <translation>Diwrnodau gwyrdd / ambr / coch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days with no data</source>
        <translation>Diwrnodau heb ddata</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Reliever days a week</source>
        <translation>Diwrnodau lliniarydd yr wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken a week</source>
        <translation>Nosweithiau deffro yr wythnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings missed</source>
        <translation>Darlleniadau a fethwyd</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../asthma_app/commands/diary.py" line="-83"/>
        <source>The diary file is damaged. Start the app to repair it: it keeps the damaged file and tells you what it brought back. Nothing was changed.</source>
        <translation>Mae ffeil y dyddiadur wedi&apos;i difrodi. Dechreuwch yr ap i&apos;w thrwsio: mae&apos;n cadw&apos;r ffeil sydd wedi&apos;i difrodi ac yn dweud wrthych beth ddaeth yn ôl. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/errors.py" line="+83"/>
        <source>The data folder is read-only, so nothing can be saved. Nothing was changed.</source>
        <translation>Mae&apos;r ffolder data yn un darllen yn unig, felly does dim byd yn gallu cael ei gadw. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not allow the app to change the data folder, so nothing can be saved. Nothing was changed.</source>
        <translation>Nid yw&apos;r cyfrifiadur hwn yn caniatáu i&apos;r ap newid y ffolder data, felly does dim byd yn gallu cael ei gadw. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full, so this could not be saved. Nothing was changed.</source>
        <translation>Mae&apos;r ddisg yn llawn, felly doedd dim modd cadw hyn. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary is in use by another program. Close it and try again. Nothing was changed.</source>
        <translation>Mae rhaglen arall yn defnyddio&apos;r dyddiadur. Caewch hi a rhowch gynnig arall arni. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The diary file is damaged, so this could not be done. Close the app and start it again: it checks the file and repairs what it can.</source>
        <translation>Mae ffeil y dyddiadur wedi&apos;i difrodi, felly doedd dim modd gwneud hyn. Caewch yr ap a&apos;i agor eto: mae&apos;n gwirio&apos;r ffeil ac yn trwsio&apos;r hyn y gall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a diary of this app (or it is damaged beyond reading), so it could not be used.</source>
        <translation>Nid dyddiadur yr ap hwn yw&apos;r ffeil hon (neu mae wedi&apos;i difrodi gormod i&apos;w darllen), felly doedd dim modd ei defnyddio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk could not be read or written, so this could not be done. Check that the disk or memory stick is still connected, then try again.</source>
        <translation>Doedd dim modd darllen nac ysgrifennu i&apos;r ddisg, felly doedd dim modd gwneud hyn. Gwiriwch fod y ddisg neu&apos;r cof bach wedi&apos;i chysylltu o hyd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diary file could not be opened. Check that the data folder still exists and that you may use it.</source>
        <translation>Doedd dim modd agor ffeil y dyddiadur. Gwiriwch fod y ffolder data yn dal i fodoli a bod hawl gennych i&apos;w defnyddio.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/database.py" line="+189"/>
        <source>The diary could not be opened or saved (%1). Nothing was changed.</source>
        <translation>Doedd dim modd agor na chadw&apos;r dyddiadur (%1). Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault.py" line="+61"/>
        <source>This person&apos;s encrypted diary could not be opened with that passphrase. Nothing was changed.</source>
        <translation>Nid oedd modd agor dyddiadur wedi&apos;i amgryptio&apos;r person hwn gyda&apos;r cyfrinymadrodd hwnnw. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person&apos;s encrypted diary is damaged and could not be opened. Nothing was changed; their encrypted backups are kept in the data folder&apos;s backups.</source>
        <translation>Mae dyddiadur wedi&apos;i amgryptio&apos;r person hwn wedi&apos;i ddifrodi ac ni ellid ei agor. Ni newidiwyd dim; cedwir eu copïau wrth gefn wedi&apos;u hamgryptio yng nghopïau wrth gefn y ffolder data.</translation>
    </message>
    <message>
        <location filename="../asthma_app/storage/vault_moves.py" line="+39"/>
        <source>The diary could not be moved safely, so nothing was changed. Please try again.</source>
        <translation>Nid oedd modd symud y dyddiadur yn ddiogel, felly ni newidiwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>SymptomDialog</name>
    <message>
        <location filename="../asthma_app/ui/dialogs/symptoms.py" line="+51"/>
        <source>How is your asthma?</source>
        <translation>Sut mae eich asthma?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time</source>
        <translation>Dyddiad ac amser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I had asthma symptoms during the day</source>
        <translation>Cefais symptomau asthma yn ystod y dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I woke up at night because of my asthma</source>
        <translation>Deffrais yn y nos oherwydd fy asthma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asthma stopped me doing things I usually do</source>
        <translation>Fe wnaeth asthma fy rhwystro rhag gwneud pethau rwy&apos;n eu gwneud fel arfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Reliever puffs today</source>
        <translation>Pwffiau lliniarydd heddiw</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amber signs from your plan</source>
        <translation>Arwyddion ambr o&apos;ch cynllun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Red signs from your plan</source>
        <translation>Arwyddion coch o&apos;ch cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggers I met</source>
        <translation>Sbardunau a wynebais</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Other triggers, separated by commas</source>
        <translation>Sbardunau eraill, wedi&apos;u gwahanu gan atalnodau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Nodyn (dewisol)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zone from these answers</source>
        <translation>Parth o&apos;r atebion hyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No plan yet, so no zone. Your answers go in your diary.</source>
        <translation>Dim cynllun eto, felly dim parth. Mae eich atebion yn mynd i&apos;ch dyddiadur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo change to symptom entry</source>
        <translation>Dadwneud newid i&apos;r cofnod symptomau</translation>
    </message>
</context>
<context>
    <name>TimeoutWarning</name>
    <message>
        <location filename="../asthma_app/ui/kiosk_dialogs.py" line="-113"/>
        <location line="+10"/>
        <source>Are you still there?</source>
        <translation>Ydych chi yno o hyd?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Time-out warning</source>
        <translation>Rhybudd terfyn amser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;m still here</source>
        <translation>Rydw i yma o hyd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To keep your information private, this screen will be cleared in %1 seconds. Press the button if you need more time.</source>
        <translation>I gadw eich gwybodaeth yn breifat, bydd y sgrin hon yn cael ei chlirio ymhen %1 eiliad. Pwyswch y botwm os oes angen mwy o amser arnoch chi.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="-4"/>
        <location filename="../asthma_app/ui/pages/today.py" line="+20"/>
        <location line="+36"/>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/today.py" line="-32"/>
        <source>Log peak flow</source>
        <translation>Cofnodi llif brig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log how I feel</source>
        <translation>Cofnodi sut rwy&apos;n teimlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add my action plan</source>
        <translation>Ychwanegu fy nghynllun gweithredu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Next asthma review: %1.</source>
        <translation>Adolygiad asthma nesaf: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your review is overdue: please book it with your GP surgery.</source>
        <translation>Mae eich adolygiad yn hwyr: trefnwch ef gyda&apos;ch meddygfa.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <location filename="../asthma_app/ui/widgets/topic_view.py" line="+38"/>
        <source>Topic text</source>
        <translation>Testun y pwnc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smaller text</source>
        <translation>Testun llai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bigger text</source>
        <translation>Testun mwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this topic</source>
        <translation>Argraffu&apos;r pwnc hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this topic aloud</source>
        <translation>Darllen y pwnc hwn yn uchel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This topic is not in your language yet, so it is shown in English.</source>
        <translation>Nid yw&apos;r pwnc hwn yn eich iaith eto, felly mae&apos;n cael ei ddangos yn Saesneg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This translation has not yet been checked by a fluent speaker.</source>
        <translation>Nid yw siaradwr rhugl wedi gwirio&apos;r cyfieithiad hwn eto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last reviewed: %1</source>
        <translation>Adolygwyd ddiwethaf: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources: %1</source>
        <translation>Ffynonellau: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Print topic</source>
        <translation>Argraffu pwnc</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <location filename="../asthma_app/domain/trend_notes.py" line="+33"/>
        <source>Your action plan lists this as an amber sign: “%1”.</source>
        <translation>Mae eich cynllun gweithredu yn rhestru hwn fel arwydd ambr: “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reliever used on %1 of the %2 days in this period.</source>
        <translation>Defnyddiwyd lliniarydd ar %1 o&apos;r %2 diwrnod yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever used on %1 of the %2 days with a diary entry (days without an entry: %3).</source>
        <translation>Defnyddiwyd lliniarydd ar %1 o&apos;r %2 diwrnod gyda chofnod dyddiadur (diwrnodau heb gofnod: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is %1 days a week on average.</source>
        <translation>Mae hynny&apos;n %1 diwrnod yr wythnos ar gyfartaledd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reliever</source>
        <translation>lliniarydd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woken at night by asthma on %1 of the %2 days in this period.</source>
        <translation>Deffro yn y nos oherwydd asthma ar %1 o&apos;r %2 diwrnod yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Woken at night by asthma on %1 of the %2 days with a diary entry (days without an entry: %3).</source>
        <translation>Deffro yn y nos oherwydd asthma ar %1 o&apos;r %2 diwrnod gyda chofnod dyddiadur (diwrnodau heb gofnod: %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>night</source>
        <translation>nos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No peak flow readings in this period.</source>
        <translation>Dim darlleniadau llif brig yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average morning peak flow: %1 L/min.</source>
        <translation>Llif brig cyfartalog yn y bore: %1 L/min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average evening peak flow: %1 L/min.</source>
        <translation>Llif brig cyfartalog gyda&apos;r nos: %1 L/min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highest reading %1 L/min, lowest %2 L/min.</source>
        <translation>Darlleniad uchaf %1 L/min, isaf %2 L/min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lowest reading was %1 % of the personal best in your plan at the time.</source>
        <translation>Roedd y darlleniad isaf yn %1 % o&apos;r gorau personol yn eich cynllun ar y pryd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak flow varied by %1 % on average between morning and evening (days with both readings: %2).</source>
        <translation>Amrywiodd y llif brig %1 % ar gyfartaledd rhwng y bore a&apos;r nos (diwrnodau gyda&apos;r ddau ddarlleniad: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 morning and evening readings were not recorded.</source>
        <translation>Ni chofnodwyd %1 o %2 darlleniad bore a nos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days in the green zone: %1. Amber zone: %2. Red zone: %3. No data: %4.</source>
        <translation>Diwrnodau yn y parth gwyrdd: %1. Parth ambr: %2. Parth coch: %3. Dim data: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days with data but no zone, because no plan with zones was in force: %1.</source>
        <translation>Diwrnodau gyda data ond dim parth, oherwydd nad oedd cynllun gyda pharthau mewn grym: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No diary entries in this period.</source>
        <translation>Dim cofnodion dyddiadur yn y cyfnod hwn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readings left out of these figures because they could not be converted to one meter scale: %1.</source>
        <translation>Darlleniadau a adawyd allan o&apos;r ffigurau hyn oherwydd nad oedd modd eu trosi i un raddfa mesurydd: %1.</translation>
    </message>
    <message>
        <location filename="../asthma_app/services/trends.py" line="+302"/>
        <source>No zone: there was no plan with a personal best then.</source>
        <translation>Dim parth: doedd dim cynllun gyda gorau personol bryd hynny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lowest reading was %1 % of the personal best in your plan then: %2.</source>
        <translation>Roedd y darlleniad isaf yn %1 % o&apos;r gorau personol yn eich cynllun bryd hynny: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of the personal best in your plan then: %2.</source>
        <translation>%1 % o&apos;r gorau personol yn eich cynllun bryd hynny: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reading, %2: %3 L/min.</source>
        <translation>%1 – darlleniad, %2: %3 L/min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 readings in the %2 days from %3: lowest %4 L/min, highest %5 L/min, average %6 L/min (%7 readings).</source>
        <translation>%1 – darlleniadau yn y %2 diwrnod o %3 ymlaen: isaf %4 L/min, uchaf %5 L/min, cyfartaledd %6 L/min (%7 darlleniad).</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+23"/>
        <source>no doses due (no times in the plan)</source>
        <translation>dim dognau&apos;n ddyledus (dim amserau yn y cynllun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 % (%2 of %3 due)</source>
        <translation>%1 % (%2 o %3 yn ddyledus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preventer doses taken</source>
        <translation>Dognau ataliol a gymerwyd</translation>
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
        <translation>dim ffigur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doses taken / due</source>
        <translation>Dognau a gymerwyd / dyledus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever puffs a week</source>
        <translation>Pwffiau lliniaru yr wythnos</translation>
    </message>
</context>
<context>
    <name>TrendsCharts</name>
    <message>
        <location filename="../asthma_app/ui/charts.py" line="+322"/>
        <source>Personal best in your plan</source>
        <translation>Gorau personol yn eich cynllun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliever puffs</source>
        <translation>Pwffiau lliniarydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken</source>
        <translation>Nosweithiau deffro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventer doses taken</source>
        <translation>Dognau ataliol a gymerwyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Morning: blue solid line with round dots. Evening: purple dashed line with triangles. Dotted black line: the personal best in your plan. Background: green, amber and red zones from the plan in force on each day.</source>
        <translation>Bore: llinell las solet gyda dotiau crwn. Nos: llinell borffor doredig gyda thrionglau. Llinell ddu ddotiog: y gorau personol yn eich cynllun. Cefndir: parthau gwyrdd, ambr a choch o&apos;r cynllun a oedd mewn grym bob dydd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Peak flow chart</source>
        <translation>Siart llif brig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever puffs chart</source>
        <translation>Siart pwffiau lliniarydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nights woken chart</source>
        <translation>Siart nosweithiau deffro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preventer doses taken chart</source>
        <translation>Siart dognau ataliol a gymerwyd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Green zone</source>
        <translation>Parth gwyrdd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amber zone</source>
        <translation>Parth ambr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone</source>
        <translation>Parth coch</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lowest to highest</source>
        <translation>Isaf i uchaf</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Peak flow (L/min)</source>
        <translation>Llif brig (L/min)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Peak flow (L/min): average, lowest and highest in each %n days</source>
        <translation>
            <numerusform>Llif brig (L/min): cyfartaledd, isaf ac uchaf ym mhob %n diwrnod</numerusform>
            <numerusform>Llif brig (L/min): cyfartaledd, isaf ac uchaf ym mhob %n diwrnod</numerusform>
            <numerusform>Llif brig (L/min): cyfartaledd, isaf ac uchaf ym mhob %n diwrnod</numerusform>
            <numerusform>Llif brig (L/min): cyfartaledd, isaf ac uchaf ym mhob %n diwrnod</numerusform>
            <numerusform>Llif brig (L/min): cyfartaledd, isaf ac uchaf ym mhob %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reliever puffs each day</source>
        <translation>Pwffiau lliniarydd bob dydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woken at night by asthma (1 = yes)</source>
        <translation>Deffro yn y nos oherwydd asthma (1 = do)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reliever puffs in each %n days</source>
        <translation>
            <numerusform>Pwffiau lliniarydd ym mhob %n diwrnod</numerusform>
            <numerusform>Pwffiau lliniarydd ym mhob %n diwrnod</numerusform>
            <numerusform>Pwffiau lliniarydd ym mhob %n diwrnod</numerusform>
            <numerusform>Pwffiau lliniarydd ym mhob %n diwrnod</numerusform>
            <numerusform>Pwffiau lliniarydd ym mhob %n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nights woken by asthma in each %n days</source>
        <translation>
            <numerusform>Nosweithiau deffro oherwydd asthma ym mhob %n diwrnod</numerusform>
            <numerusform>Nosweithiau deffro oherwydd asthma ym mhob %n diwrnod</numerusform>
            <numerusform>Nosweithiau deffro oherwydd asthma ym mhob %n diwrnod</numerusform>
            <numerusform>Nosweithiau deffro oherwydd asthma ym mhob %n diwrnod</numerusform>
            <numerusform>Nosweithiau deffro oherwydd asthma ym mhob %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preventer doses taken: none due in this period (the plan gives no times for its regular medicines, or there was no plan), so there is no figure.</source>
        <translation>Dognau ataliol a gymerwyd: dim yn ddyledus yn y cyfnod hwn (nid yw&apos;r cynllun yn rhoi amserau i&apos;w feddyginiaethau rheolaidd, neu nid oedd cynllun), felly nid oes ffigur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preventer doses taken each day, as a per cent of the doses due (from what you logged)</source>
        <translation>Dognau ataliol a gymerwyd bob dydd, fel canran o&apos;r dognau dyledus (o&apos;r hyn a gofnodwyd gennych)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Preventer doses taken in each %n days, as a per cent of the doses due (from what you logged)</source>
        <translation>
            <numerusform>Dognau ataliol a gymerwyd ym mhob %n diwrnod, fel canran o&apos;r dognau dyledus (o&apos;r hyn a gofnodwyd gennych)</numerusform>
            <numerusform>Dognau ataliol a gymerwyd ym mhob %n diwrnod, fel canran o&apos;r dognau dyledus (o&apos;r hyn a gofnodwyd gennych)</numerusform>
            <numerusform>Dognau ataliol a gymerwyd ym mhob %n diwrnod, fel canran o&apos;r dognau dyledus (o&apos;r hyn a gofnodwyd gennych)</numerusform>
            <numerusform>Dognau ataliol a gymerwyd ym mhob %n diwrnod, fel canran o&apos;r dognau dyledus (o&apos;r hyn a gofnodwyd gennych)</numerusform>
            <numerusform>Dognau ataliol a gymerwyd ym mhob %n diwrnod, fel canran o&apos;r dognau dyledus (o&apos;r hyn a gofnodwyd gennych)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../asthma_app/ui/pages/trends.py" line="+171"/>
        <location line="+187"/>
        <source>Click a dot on the chart to see that reading.</source>
        <translation>Cliciwch ar ddot ar y siart i weld y darlleniad hwnnw.</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/__init__.py" line="+3"/>
        <location filename="../asthma_app/ui/pages/trends.py" line="-172"/>
        <location line="+92"/>
        <source>Trends</source>
        <translation>Tueddiadau</translation>
    </message>
    <message>
        <location filename="../asthma_app/ui/pages/trends.py" line="-70"/>
        <source>2 weeks</source>
        <translation>2 wythnos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 months</source>
        <translation>3 mis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 year</source>
        <translation>1 flwyddyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Y cyfan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Dewis fy hun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this period</source>
        <translation>Dangos y cyfnod hwn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Earlier</source>
        <translation>← Cynharach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier</source>
        <translation>Cynharach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later →</source>
        <translation>Hwyrach →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Hwyrach</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hyd at</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+163"/>
        <source>View as table</source>
        <translation>Gweld fel tabl</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Save chart as PNG…</source>
        <translation>Cadw&apos;r siart fel PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find my personal best…</source>
        <translation>Dod o hyd i fy ngorau personol…</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%1 to %2 (%n days)</source>
        <translation>
            <numerusform>%1 i %2 (%n diwrnod)</numerusform>
            <numerusform>%1 i %2 (%n diwrnod)</numerusform>
            <numerusform>%1 i %2 (%n diwrnod)</numerusform>
            <numerusform>%1 i %2 (%n diwrnod)</numerusform>
            <numerusform>%1 i %2 (%n diwrnod)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>View as chart</source>
        <translation>Gweld fel siart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save chart as PNG</source>
        <translation>Cadw&apos;r siart fel PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Delweddau PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>TrendsTables</name>
    <message>
        <location filename="../asthma_app/ui/widgets/trend_panels.py" line="+35"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Adeg</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Peak flow</source>
        <translation>Llif brig</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>% of best</source>
        <translation>% o&apos;r gorau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zone</source>
        <translation>Parth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak flow readings table</source>
        <translation>Tabl darlleniadau llif brig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Diwrnodau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reliever puffs</source>
        <translation>Pwffiau lliniarydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nights woken</source>
        <translation>Nosweithiau deffro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preventer doses taken</source>
        <translation>Dognau ataliol a gymerwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliever and nights table</source>
        <translation>Tabl lliniarydd a nosweithiau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reliever and nights woken</source>
        <translation>Lliniarydd a nosweithiau deffro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no diary entry</source>
        <translation>dim cofnod dyddiadur</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../asthma_app/ui/workers.py" line="+179"/>
        <source>This file was not imported. Nothing was changed.

%1</source>
        <translation>Ni fewnforiwyd y ffeil hon. Ni newidiwyd dim.

%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Something went wrong, so this was not finished. Nothing was changed. Please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le, felly ni chafodd hyn ei orffen. Ni newidiwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>Zone</name>
    <message>
        <location filename="../asthma_app/domain/zones.py" line="+22"/>
        <source>Green zone: your usual asthma</source>
        <translation>Parth gwyrdd: eich asthma arferol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber zone: your asthma is getting worse</source>
        <translation>Parth ambr: mae eich asthma&apos;n gwaethygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red zone: asthma attack</source>
        <translation>Parth coch: pwl o asthma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
</context>
<context>
    <name>ZoneCard</name>
    <message>
        <location filename="../asthma_app/ui/widgets/zone_card.py" line="+33"/>
        <source>What your plan says to do</source>
        <translation>Beth mae eich cynllun yn dweud i&apos;w wneud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Learn more</source>
        <translation>Dysgu mwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read my zone aloud</source>
        <translation>Darllen fy mharth yn uchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this attack</source>
        <translation>Cofnodi&apos;r pwl hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afterwards: write down what happened and what care you needed, for your follow-up and review</source>
        <translation>Wedyn: ysgrifennwch beth ddigwyddodd a pha ofal oedd ei angen arnoch, ar gyfer eich apwyntiad dilynol a&apos;ch adolygiad</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No zone yet</source>
        <translation>Dim parth eto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ OUT OF DATE: check again now.</source>
        <translation>⚠ WEDI DYDDIO: gwiriwch eto nawr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ NOT ALL UP TO DATE: check again now.</source>
        <translation>⚠ NID YW&apos;R CYFAN YN GYFREDOL: gwiriwch eto nawr.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Based on what you logged at %1.</source>
        <translation>Yn seiliedig ar yr hyn a gofnodwyd gennych am %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From your action plan (agreed %1 with %2).</source>
        <translation>O&apos;ch cynllun gweithredu (cytunwyd %1 gyda %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Learn more: what to do in an asthma attack</source>
        <translation>Dysgu mwy: beth i&apos;w wneud mewn pwl o asthma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn more: when your asthma is getting worse</source>
        <translation>Dysgu mwy: pan fydd eich asthma&apos;n gwaethygu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Peak flow: none logged yet, and your plan uses peak flow. Do a peak flow now.</source>
        <translation>Llif brig: dim wedi&apos;i gofnodi eto, ac mae eich cynllun yn defnyddio llif brig. Gwnewch lif brig nawr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak flow out of date: your last one, at %1, was in the %2 zone (%3). Your plan asks you to check at least every %4 hours: do a peak flow now.</source>
        <translation>Llif brig wedi dyddio: roedd eich un olaf, am %1, yn y parth: %2 (%3). Mae eich cynllun yn gofyn i chi wirio o leiaf bob %4 awr: gwnewch lif brig nawr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How you feel is out of date: your last entry, at %1, was in the %2 zone (%3). Your plan asks you to check at least every %4 hours: log how you feel now.</source>
        <translation>Mae sut rydych chi&apos;n teimlo wedi dyddio: roedd eich cofnod olaf, am %1, yn y parth: %2 (%3). Mae eich cynllun yn gofyn i chi wirio o leiaf bob %4 awr: cofnodwch sut rydych chi&apos;n teimlo nawr.</translation>
    </message>
</context>
</TS>
