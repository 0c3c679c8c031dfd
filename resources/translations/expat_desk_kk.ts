<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>App</name>
    <message>
        <source>Expat Desk</source>
        <translation>Expat Desk</translation>
    </message>
    <message>
        <source>The database cannot be opened.

%1</source>
        <translation>Дерекқорды ашу мүмкін емес.

%1</translation>
    </message>
    <message>
        <source>Expat Desk is already open</source>
        <translation>Expat Desk ашық тұр</translation>
    </message>
    <message>
        <source>Expat Desk is already open on this database.</source>
        <translation>Expat Desk осы дерекқорда ашық тұр.</translation>
    </message>
    <message>
        <source>the client form: %1</source>
        <translation>клиент карточкасы: %1</translation>
    </message>
    <message>
        <source>a new case, not yet opened</source>
        <translation>әлі ашылмаған жаңа іс</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Сақталмаған жұмыс</translation>
    </message>
    <message>
        <source>Expat Desk closed before this was saved. Bring it back?</source>
        <translation>Expat Desk бұл жұмыс сақталмай тұрып жабылды. Қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… және тағы %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Мерзімі бүгін: %1</translation>
    </message>
    <message>
        <source>This database is empty. Fill it with demo data (200 sample clients with their cases) to try Expat Desk?</source>
        <translation>Бұл дерекқор бос. Expat Desk-ті байқап көру үшін оны демо деректермен (істері бар 200 үлгі клиент) толтырасыз ба?</translation>
    </message>
</context>
<context>
    <name>AttorneyEditor</name>
    <message>
        <source>New attorney</source>
        <translation>Жаңа сенім білдірілген адам</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Сенім білдірілген адам</translation>
    </message>
    <message>
        <source>As the identity document writes it</source>
        <translation>Жеке басын куәландыратын құжатта жазылғандай</translation>
    </message>
    <message>
        <source>Latin letters and digits, as printed</source>
        <translation>Латын әріптері мен цифрлар, басылғандай</translation>
    </message>
    <message>
        <source>For example МВД РК</source>
        <translation>Мысалы, ҚР ІІМ немесе МВД РК</translation>
    </message>
    <message>
        <source>&amp;Resident of Kazakhstan (the IIN is printed)</source>
        <translation>Қазақстан &amp;резиденті (ЖСН сенімхатта көрсетіледі)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>А&amp;ты-жөні:</translation>
    </message>
    <message>
        <source>Attorney&apos;s full name</source>
        <translation>Сенім білдірілген адамның аты-жөні</translation>
    </message>
    <message>
        <source>Identity &amp;document:</source>
        <translation>Жеке басын куәландыратын &amp;құжат:</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Берілген &amp;күні:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Берген орган:</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Құжатты берген орган</translation>
    </message>
    <message>
        <source>Resident of Kazakhstan</source>
        <translation>Қазақстан резиденті</translation>
    </message>
    <message>
        <source>II&amp;N:</source>
        <translation>&amp;ЖСН:</translation>
    </message>
    <message>
        <source>Attorney&apos;s IIN</source>
        <translation>Сенім білдірілген адамның ЖСН</translation>
    </message>
    <message>
        <source>%1: what is wrong</source>
        <translation>%1: қате</translation>
    </message>
    <message>
        <source>Why the attorney was not saved</source>
        <translation>Сенім білдірілген адам неге сақталмады</translation>
    </message>
    <message>
        <source>Save the attorney</source>
        <translation>Сенім білдірілген адамды сақтау</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
</context>
<context>
    <name>Attorneys</name>
    <message>
        <source>Kazakhstan ID card</source>
        <translation>ҚР жеке куәлігі</translation>
    </message>
    <message>
        <source>Kazakhstan passport</source>
        <translation>ҚР паспорты</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Шетелдік паспорт</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>AttorneysDialog</name>
    <message>
        <source>Attorneys</source>
        <translation>Сенім білдірілген адамдар</translation>
    </message>
    <message>
        <source>The people a power of attorney may name. A retired attorney stays on the documents printed with them, but is no longer offered for new ones.</source>
        <translation>Сенімхатта көрсетуге болатын адамдар. Тізімнен шығарылған сенім білдірілген адам бұрын басылған құжаттарда қалады, бірақ жаңа құжаттар үшін ұсынылмайды.</translation>
    </message>
    <message>
        <source>Attorneys on record</source>
        <translation>Тіркелген сенім білдірілген адамдар</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Show &amp;retired attorneys</source>
        <translation>Тізімнен &amp;шығарылғандарды көрсету</translation>
    </message>
    <message>
        <source>Show retired attorneys</source>
        <translation>Тізімнен шығарылған сенім білдірілген адамдарды көрсету</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Add an attorney</source>
        <translation>Сенім білдірілген адамды қосу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Edit the chosen attorney</source>
        <translation>Таңдалған сенім білдірілген адамды өзгерту</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Тізімнен ш&amp;ығару</translation>
    </message>
    <message>
        <source>Retire the chosen attorney</source>
        <translation>Таңдалған сенім білдірілген адамды тізімнен шығару</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Қатенің сипаттамасы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>non-resident</source>
        <translation>резидент емес</translation>
    </message>
    <message>
        <source>active</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>тізімнен шығарылған</translation>
    </message>
    <message>
        <source>Retire attorney</source>
        <translation>Сенім білдірілген адамды тізімнен шығару</translation>
    </message>
    <message>
        <source>Retire %1? The documents already printed keep the name; new powers of attorney can no longer name them.</source>
        <translation>%1 тізімнен шығарылсын ба? Бұрын басылған құжаттарда аты сақталады; жаңа сенімхаттарда оны енді көрсетуге болмайды.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Тізімнен шығару</translation>
    </message>
    <message>
        <source>Not retired: %1</source>
        <translation>Тізімнен шығарылмады: %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Бүгінгі резервтік көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made.

%1</source>
        <translation>Бүгінгі резервтік көшірмені жасау мүмкін болмады.

%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервтік көшірме сақталды: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервтік көшірме жасалуда…</translation>
    </message>
    <message>
        <source>The backup could not be made.

%1</source>
        <translation>Резервтік көшірмені жасау мүмкін болмады.

%1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервтік көшірме жасалды</translation>
    </message>
    <message>
        <source>The database and its files are backed up to
%1</source>
        <translation>Дерекқор мен оның файлдарының резервтік көшірмесі мына жерге сақталды:
%1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Қалтаны ашу</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Резервтік көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Резервтік көшірме тексерілуде…</translation>
    </message>
    <message>
        <source>This backup cannot be restored.

%1</source>
        <translation>Бұл резервтік көшірмеден қалпына келтіру мүмкін емес.

%1</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервтік көшірмелер…</translation>
    </message>
    <message>
        <source>Encrypt backups, and copy each to a USB drive or a network share</source>
        <translation>Резервтік көшірмелерді шифрлау және әрқайсысын USB жинақтағышына немесе желілік қалтаға көшіру</translation>
    </message>
    <message>
        <source>Expat Desk backups (*.zip *.zip.edb)</source>
        <translation>Expat Desk резервтік көшірмелері (*.zip *.zip.edb)</translation>
    </message>
    <message>
        <source>Replace all the data with the backup of %1 UTC (%2 clients, %3 cases, %4 files)?</source>
        <translation>Барлық деректерді %1 UTC уақытында жасалған резервтік көшірмемен (%2 клиент, %3 іс, %4 файл) ауыстырасыз ба?</translation>
    </message>
    <message>
        <source>What is there now is backed up first, so this restore can be undone.</source>
        <translation>Алдымен қазіргі деректердің резервтік көшірмесі жасалады, сондықтан бұл қалпына келтіруді болдырмауға болады.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The restore failed.

%1</source>
        <translation>Қалпына келтіру сәтсіз аяқталды.

%1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Қалпына келтірілді: %1</translation>
    </message>
    <message>
        <source>Expat Desk</source>
        <translation>Expat Desk</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase:</source>
        <translation>%1 файлы шифрланған. Оның құпия сөз тіркесін енгізіңіз:</translation>
    </message>
    <message>
        <source>The passphrase is wrong; a backup opens only with its own.</source>
        <translation>Құпия сөз тіркесі қате: резервтік көшірме тек өз құпия сөз тіркесімен ашылады.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Резервтік көшірменің құпия сөз тіркесі</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервтік көшірмелер</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрлау</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>Резервтік көшірмелерді құпия сөз тіркесімен &amp;шифрлау</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия сөз тіркесі</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Құпия сөз тіркесі қайта</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the system&apos;s keyring</source>
        <translation>Құпия сөз тіркесін жүйенің құпиясөз қоймасында &amp;есте сақтау</translation>
    </message>
    <message>
        <source>At least %1 characters. Without it an encrypted backup cannot be restored: keep it somewhere safe, away from this laptop.</source>
        <translation>Кемінде %1 таңба. Онсыз шифрланған резервтік көшірмені қалпына келтіру мүмкін емес: оны осы ноутбуктан бөлек, сенімді жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Encryption is on. Type a passphrase only to change it: backups made before still open with the old one.</source>
        <translation>Шифрлау қосулы. Құпия сөз тіркесін тек оны өзгерту үшін енгізіңіз: бұрынғы резервтік көшірмелер ескісімен ашыла береді.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия сөз тіркесі:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Қайта:</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Резервтік көшірмелердің екінші қалтасы</translation>
    </message>
    <message>
        <source>None: backups stay on this laptop only</source>
        <translation>Жоқ: резервтік көшірмелер тек осы ноутбукта сақталады</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Тазарту</translation>
    </message>
    <message>
        <source>Each backup is copied there too. Last copy: %1 UTC.</source>
        <translation>Әр резервтік көшірме сол жерге де көшіріледі. Соңғы көшіру: %1 UTC.</translation>
    </message>
    <message>
        <source>Each backup is copied there too. No backup has been copied yet.</source>
        <translation>Әр резервтік көшірме сол жерге де көшіріледі. Әзірге бірде-бір көшірме көшірілген жоқ.</translation>
    </message>
    <message>
        <source>A USB drive or a network share, so that a lost laptop loses no data.</source>
        <translation>Ноутбук жоғалса да деректер жоғалмауы үшін USB жинақтағышы немесе желілік қалта.</translation>
    </message>
    <message>
        <source>This folder is on this laptop&apos;s own disk: choose a USB drive or a network share.</source>
        <translation>Бұл қалта осы ноутбуктың өз дискісінде: USB жинақтағышын немесе желілік қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Backups copied off this laptop hold every client&apos;s passport: turn encryption on.</source>
        <translation>Ноутбуктан тыс көшірілген резервтік көшірмелерде барлық клиенттердің паспорт деректері бар: шифрлауды қосыңыз.</translation>
    </message>
    <message>
        <source>Type the passphrase, so that it can be remembered.</source>
        <translation>Есте сақталуы үшін құпия сөз тіркесін енгізіңіз.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Құпия сөз тіркестері сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The system&apos;s keyring is not available, so the passphrase is not remembered: a restore will ask for it.</source>
        <translation>Жүйенің құпиясөз қоймасы қолжетімсіз, сондықтан құпия сөз тіркесі есте сақталмады: қалпына келтіру кезінде ол сұралады.</translation>
    </message>
</context>
<context>
    <name>BindingCheck</name>
    <message>
        <source>Expat Desk</source>
        <translation>Expat Desk</translation>
    </message>
    <message>
        <source>This copy of Expat Desk runs on Python %1 with Qt for Python %2, which together make the window close by itself after some hours of work.</source>
        <translation>Expat Desk-тің бұл көшірмесі Python %1 және Qt for Python %2 нұсқаларында жұмыс істейді: осы үйлесімде терезе бірнеше сағат жұмыстан кейін өздігінен жабылып қалады.</translation>
    </message>
    <message>
        <source>Save your work often and ask for Expat Desk to be installed with Python 3.12 or newer.</source>
        <translation>Жұмысыңызды жиі сақтаңыз және Expat Desk-ті Python 3.12 немесе одан жаңа нұсқамен орнатуды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>A business day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>No business day: %1</source>
        <translation>Жұмыс күні емес: %1</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Өндірістік күнтізбе</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s holidays and transferred days come with the app. When the government announces a transfer late, set the day here: the centre&apos;s own days win.</source>
        <translation>Қазақстанның мереке күндері мен демалыс күндерінің ауыстырылуы қолданбаға енгізілген. Үкімет ауыстыруды кеш жарияласа, күнді осы жерде белгілеңіз: орталық белгілеген күндердің басымдығы бар.</translation>
    </message>
    <message>
        <source>About the business calendar</source>
        <translation>Өндірістік күнтізбе туралы</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Таңдалған күн</translation>
    </message>
    <message>
        <source>Whether the selected day is a business day</source>
        <translation>Таңдалған күн жұмыс күні ме, жоқ па</translation>
    </message>
    <message>
        <source>This day is</source>
        <translation>Бұл күн</translation>
    </message>
    <message>
        <source>As the national calendar says</source>
        <translation>Мемлекеттік күнтізбе бойынша</translation>
    </message>
    <message>
        <source>A day off at the centre</source>
        <translation>Орталықтағы демалыс күні</translation>
    </message>
    <message>
        <source>A working day at the centre</source>
        <translation>Орталықтағы жұмыс күні</translation>
    </message>
    <message>
        <source>The centre&apos;s own days:</source>
        <translation>Орталық белгілеген күндер:</translation>
    </message>
    <message>
        <source>The centre&apos;s own days off and working days</source>
        <translation>Орталық белгілеген демалыс және жұмыс күндері</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>New case wizard</source>
        <translation>Жаңа іс ашу шебері</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ЖСН %1</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Паспорт нөмірі</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: қате</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 өрісін тазарту</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(таңдалмаған)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>%1 has no IIN: an EDS needs one. Open an IIN case first.</source>
        <translation>Клиенттің (%1) ЖСН-і жоқ, ал ЭЦҚ алу үшін ЖСН қажет. Алдымен ЖСН алу ісін ашыңыз.</translation>
    </message>
    <message>
        <source>%1 already has an IIN (%2).</source>
        <translation>Клиенттің (%1) ЖСН-і бұрыннан бар (%2).</translation>
    </message>
    <message>
        <source>Police registration is only for citizens of countries with a reciprocal visa-free agreement with Kazakhstan, and %1 has none (%2). The host party&apos;s migration notification registers %3.</source>
        <translation>Көші-қон полициясында тіркеу тек Қазақстанмен визасыз режим туралы өзара келісімі бар елдердің азаматтарына жүргізіледі, ал «%1» (%2) елінің мұндай келісімі жоқ. Клиенттің (%3) болуы қабылдаушы тарап беретін келу туралы хабарлама арқылы тіркеледі.</translation>
    </message>
    <message>
        <source>%1 is a citizen of Kazakhstan: this service is for foreign citizens.</source>
        <translation>%1 — Қазақстан азаматы: бұл қызмет шетел азаматтарына арналған.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>%1 (from the client record)</source>
        <translation>%1 (клиент карточкасынан)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (міндетті емес)</translation>
    </message>
    <message>
        <source>%1 (new client)</source>
        <translation>%1 (жаңа клиент)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Қызмет: %1</translation>
    </message>
    <message>
        <source>Checklist: %1 items</source>
        <translation>Құжаттар тізбесі: %1 тармақ</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ескертпе: %1</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Бұл істен бас тартасыз ба?</translation>
    </message>
    <message>
        <source>The case is not opened yet. Discard what you have entered?</source>
        <translation>Іс әлі ашылған жоқ. Енгізілген деректерден бас тартасыз ба?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>already belongs to client #%1 %2</source>
        <translation>№%1 клиентке (%2) бұрыннан тиесілі</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>Іс ашылмады</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>Істі ашу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Pick the client the case is for, or register a new one.</source>
        <translation>Іс ашылатын клиентті таңдаңыз немесе жаңа клиентті тіркеңіз.</translation>
    </message>
    <message>
        <source>&amp;Existing client</source>
        <translation>Тізілімдегі &amp;клиент</translation>
    </message>
    <message>
        <source>Existing client</source>
        <translation>Тізілімдегі клиент</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Клиентті іздеу</translation>
    </message>
    <message>
        <source>Name in Latin or Cyrillic, passport, IIN, phone or employer</source>
        <translation>Латын немесе кирилл әрпімен аты-жөні, паспорт, ЖСН, телефон немесе жұмыс беруші</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Сәйкес клиенттер</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Жаңа клиент</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <source>&amp;Surname (Latin):</source>
        <translation>Т&amp;егі (латынша):</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Тегі (латынша)</translation>
    </message>
    <message>
        <source>As in the passport, e.g. MÜLLER</source>
        <translation>Паспорттағыдай, мысалы MÜLLER</translation>
    </message>
    <message>
        <source>Surname (Latin): error</source>
        <translation>Тегі (латынша): қате</translation>
    </message>
    <message>
        <source>&amp;Given names (Latin):</source>
        <translation>А&amp;ты (латынша):</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Аты (латынша)</translation>
    </message>
    <message>
        <source>As in the passport</source>
        <translation>Паспорттағыдай</translation>
    </message>
    <message>
        <source>Given names (Latin): error</source>
        <translation>Аты (латынша): қате</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туға&amp;н күні:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Birth date: error</source>
        <translation>Туған күні: қате</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>Аза&amp;маттығы:</translation>
    </message>
    <message>
        <source>Citizenship: error</source>
        <translation>Азаматтығы: қате</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>&amp;Паспорт нөмірі:</translation>
    </message>
    <message>
        <source>5 to 20 Latin letters and digits</source>
        <translation>5-тен 20-ға дейін латын әрпі мен цифр</translation>
    </message>
    <message>
        <source>Passport number: error</source>
        <translation>Паспорт нөмірі: қате</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>What the client needs.</source>
        <translation>Клиентке қажетті қызмет.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Only what this service needs.</source>
        <translation>Тек осы қызметке қажеттісі ғана.</translation>
    </message>
    <message>
        <source>Why this case cannot be opened</source>
        <translation>Бұл істі неге ашуға болмайды</translation>
    </message>
    <message>
        <source>Open an &amp;IIN case instead</source>
        <translation>Оның орнына ЖСН алу &amp;ісін ашу</translation>
    </message>
    <message>
        <source>Open an IIN case instead</source>
        <translation>Оның орнына ЖСН алу ісін ашу</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Құжаттар тізбесі</translation>
    </message>
    <message>
        <source>The documents and steps the case will track. Nothing is stored yet.</source>
        <translation>Іс бойынша бақыланатын құжаттар мен қадамдар. Әзірге ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>Checklist of the case</source>
        <translation>Істің құжаттар тізбесі</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Click Finish to open the case.</source>
        <translation>Істі ашу үшін «Аяқтау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>Істің қысқаша мазмұны</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Save the centre&apos;s details</source>
        <translation>Орталық деректемелерін сақтау</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <source>Centre details</source>
        <translation>Орталық деректемелері</translation>
    </message>
    <message>
        <source>The centre&apos;s name, BIN and address are printed on every consent, power of attorney and letter it generates.</source>
        <translation>Орталықтың атауы, БСН және мекенжайы қолданба қалыптастыратын әрбір келісімде, сенімхатта және хатта басылады.</translation>
    </message>
    <message>
        <source>About the centre&apos;s details</source>
        <translation>Орталық деректемелері туралы</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Орталықтың атауы</translation>
    </message>
    <message>
        <source>Name: what is wrong</source>
        <translation>Атауы: қате</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <source>Business identification number (BIN)</source>
        <translation>Бизнес-сәйкестендіру нөмірі (БСН)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>BIN: what is wrong</source>
        <translation>БСН: қате</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>Address of the centre</source>
        <translation>Орталықтың мекенжайы</translation>
    </message>
    <message>
        <source>Street, building, city</source>
        <translation>Көше, үй, қала</translation>
    </message>
    <message>
        <source>Address: what is wrong</source>
        <translation>Мекенжайы: қате</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Міндетті</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жай-күйі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан-көшірме</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>received</source>
        <translation>алынды</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>тексерілді</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>талап етілмейді</translation>
    </message>
    <message>
        <source>state</source>
        <translation>жай-күйі</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>скан-көшірме</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>тапсырылған күні</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>жабылған күні</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>нәтижесі</translation>
    </message>
    <message>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>No case selected</source>
        <translation>Іс таңдалмаған</translation>
    </message>
    <message>
        <source>rules v%1 of %2</source>
        <translation>ережелер, %1-редакция, %2</translation>
    </message>
    <message>
        <source>%1 · %2 (%5) · %3 · %4</source>
        <translation>%1 · %2 (%5) · %3 · %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>%1 required documents collected</source>
        <translation>Жиналған міндетті құжаттар: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Жетіспейді: %1</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Тапсыруға дайын</translation>
    </message>
    <message>
        <source>All required documents are in</source>
        <translation>Барлық міндетті құжаттар бар</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>Скан-көшірме: %1</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Скан-көшірме тіркелмеген</translation>
    </message>
    <message>
        <source>Selected document: %1</source>
        <translation>Таңдалған құжат: %1</translation>
    </message>
    <message>
        <source>Selected document</source>
        <translation>Таңдалған құжат</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>item #%1</source>
        <translation>№%1 тармақ</translation>
    </message>
    <message>
        <source>case</source>
        <translation>іс</translation>
    </message>
    <message>
        <source>%1 generated: %2</source>
        <translation>%1 қалыптастырылды: %2</translation>
    </message>
    <message>
        <source>%1 opened: %2</source>
        <translation>%1 ашылды: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, қалыптастырған: %1</translation>
    </message>
    <message>
        <source>%1, generated %2%3
%4
SHA-256 %5</source>
        <translation>%1, қалыптастырылған күні %2%3
%4
SHA-256 %5</translation>
    </message>
    <message>
        <source>Generated doc&amp;uments (%1)</source>
        <translation>Қалыптастырылған &amp;құжаттар (%1)</translation>
    </message>
    <message>
        <source>Generated doc&amp;uments</source>
        <translation>Қалыптастырылған &amp;құжаттар</translation>
    </message>
    <message>
        <source>This document is not shown: %1.

The copy on record must stay as it was generated. Generate the document again if it is still needed.</source>
        <translation>Бұл құжат көрсетілмейді: %1.

Сақталған көшірме қалыптастырылған күйінде қалуы тиіс. Құжат әлі қажет болса, оны қайта қалыптастырыңыз.</translation>
    </message>
    <message>
        <source>The scan %1 is no longer on this computer.</source>
        <translation>%1 скан-көшірмесі бұл компьютерде енді жоқ.</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Скан-көшірмені тіркеу</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Скан-көшірмелер (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Талап етілмейді</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this client?</source>
        <translation>Бұл клиентке «%1» неге талап етілмейді?</translation>
    </message>
    <message>
        <source>The IIN issued:</source>
        <translation>Берілген ЖСН:</translation>
    </message>
    <message>
        <source>Outcome (optional):</source>
        <translation>Нәтижесі (міндетті емес):</translation>
    </message>
    <message>
        <source>Complete the case</source>
        <translation>Істі аяқтау</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Әрекет мүмкін емес</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Құжаттар тізбесі</translation>
    </message>
    <message>
        <source>Checklist of the case</source>
        <translation>Істің құжаттар тізбесі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Required documents collected</source>
        <translation>Жиналған міндетті құжаттар</translation>
    </message>
    <message>
        <source>What the case still needs</source>
        <translation>Іс бойынша әлі не жетіспейді</translation>
    </message>
    <message>
        <source>Checklist of the case&apos;s documents</source>
        <translation>Іс құжаттарының тізбесі</translation>
    </message>
    <message>
        <source>Drop a scan on a document to attach it</source>
        <translation>Құжатқа тіркеу үшін скан-көшірмені оның үстіне сүйреп апарыңыз</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>Date the document came in or the step was done</source>
        <translation>Құжат келіп түскен немесе қадам орындалған күн</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Mark as:</source>
        <translation>Белгілеу:</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Алынды</translation>
    </message>
    <message>
        <source>The client brought this document</source>
        <translation>Клиент бұл құжатты әкелді</translation>
    </message>
    <message>
        <source>Mark as received</source>
        <translation>Алынды деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Тексерілді</translation>
    </message>
    <message>
        <source>You checked this document</source>
        <translation>Сіз бұл құжатты тексердіңіз</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Тексерілді деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Missing</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>This document is still to be collected</source>
        <translation>Бұл құжат әлі жиналуы тиіс</translation>
    </message>
    <message>
        <source>Mark as missing</source>
        <translation>Жоқ деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>Талап етіл&amp;мейді</translation>
    </message>
    <message>
        <source>This document does not apply to the client</source>
        <translation>Бұл құжат клиенттен талап етілмейді</translation>
    </message>
    <message>
        <source>Mark as not applicable</source>
        <translation>Талап етілмейді деп белгілеу</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>Note on the document</source>
        <translation>Құжатқа ескертпе</translation>
    </message>
    <message>
        <source>A note on this document, saved when you leave the field</source>
        <translation>Бұл құжатқа ескертпе, өрістен шыққанда сақталады</translation>
    </message>
    <message>
        <source>Attached scan</source>
        <translation>Тіркелген скан-көшірме</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>&amp;Скан-көшірмені тіркеу…</translation>
    </message>
    <message>
        <source>Copy a scan of this document into the case</source>
        <translation>Бұл құжаттың скан-көшірмесін іске көшіру</translation>
    </message>
    <message>
        <source>O&amp;pen scan</source>
        <translation>Скан-көшірмені а&amp;шу</translation>
    </message>
    <message>
        <source>Open the attached scan in its usual program</source>
        <translation>Тіркелген скан-көшірмені әдеттегі бағдарламасында ашу</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Скан-көшірмені ашу</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Істің мәртебесі</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Та&amp;псыру</translation>
    </message>
    <message>
        <source>Hand the case to the state body (every required document is in)</source>
        <translation>Істі мемлекеттік органға тапсыру (барлық міндетті құжаттар жиналған)</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>Істі тапсыру</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>А&amp;яқтау</translation>
    </message>
    <message>
        <source>The state body has decided: record the outcome</source>
        <translation>Мемлекеттік орган шешім қабылдады: нәтижесін енгізіңіз</translation>
    </message>
    <message>
        <source>Re&amp;fused…</source>
        <translation>&amp;Бас тартылды…</translation>
    </message>
    <message>
        <source>The state body refused the application: record its reason and date</source>
        <translation>Мемлекеттік орган өтінішті қабылдамады: бас тарту себебі мен күнін енгізіңіз</translation>
    </message>
    <message>
        <source>Record the case as refused by the authority</source>
        <translation>Мемлекеттік органның іс бойынша бас тартуын белгілеу</translation>
    </message>
    <message>
        <source>Re&amp;turn for corrections</source>
        <translation>Тү&amp;зетуге қайтару</translation>
    </message>
    <message>
        <source>The state body sent the case back: open it again</source>
        <translation>Мемлекеттік орган істі қайтарды: оны қайта ашыңыз</translation>
    </message>
    <message>
        <source>Return the case for corrections</source>
        <translation>Істі түзетуге қайтару</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Қа&amp;йта ашу</translation>
    </message>
    <message>
        <source>Open a completed or cancelled case again</source>
        <translation>Аяқталған немесе тоқтатылған істі қайта ашу</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Істі қайта ашу</translation>
    </message>
    <message>
        <source>Cance&amp;l case</source>
        <translation>Істі т&amp;оқтату</translation>
    </message>
    <message>
        <source>The client no longer needs this service</source>
        <translation>Клиентке бұл қызмет енді қажет емес</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Істі тоқтату</translation>
    </message>
    <message>
        <source>History and generated documents of the case</source>
        <translation>Істің тарихы және қалыптастырылған құжаттары</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Та&amp;рих</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Істің тарихы</translation>
    </message>
    <message>
        <source>Documents generated for the case</source>
        <translation>Іс бойынша қалыптастырылған құжаттар</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file as it was generated</source>
        <translation>Файлды қалыптастырылған күйінде ашу үшін екі рет шертіңіз немесе Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>&amp;Generate documents…</source>
        <translation>Құжаттарды қалыптастыр&amp;у…</translation>
    </message>
    <message>
        <source>Fill in the consent, power of attorney or letter of this case, to print (Ctrl+G)</source>
        <translation>Осы істің келісімін, сенімхатын немесе хатын басып шығару үшін толтыру (Ctrl+G)</translation>
    </message>
    <message>
        <source>Generate documents</source>
        <translation>Құжаттарды қалыптастыру</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Show the selected document as it was generated, to print it again or save a copy</source>
        <translation>Таңдалған құжатты қайта басып шығару немесе көшірмесін сақтау үшін оны қалыптастырылған күйінде көрсету</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Таңдалған құжатты ашу</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Not stated</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Клиент карточкасындағы (%1) өзгерістерді сақтайсыз ба?</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Fill from the passport&apos;s machine-readable lines</source>
        <translation>Паспорттың машинамен оқылатын аймағы бойынша толтыру</translation>
    </message>
    <message>
        <source>Passport machine-readable lines</source>
        <translation>Паспорттың машинамен оқылатын аймағы</translation>
    </message>
    <message>
        <source>Paste the two lines at the bottom of the passport page</source>
        <translation>Паспорт бетінің төменгі жағындағы екі жолды кірістіріңіз</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Толтыру</translation>
    </message>
    <message>
        <source>Fill the passport fields from these lines</source>
        <translation>Паспорт деректерін осы жолдар бойынша толтыру</translation>
    </message>
    <message>
        <source>What is wrong with the machine-readable lines</source>
        <translation>Машинамен оқылатын аймақтағы қате</translation>
    </message>
    <message>
        <source>Surname (Latin):</source>
        <translation>Тегі (латынша):</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Тегі (латынша)</translation>
    </message>
    <message>
        <source>Surname (Latin): what is wrong</source>
        <translation>Тегі (латынша): қате</translation>
    </message>
    <message>
        <source>Given names (Latin):</source>
        <translation>Аты (латынша):</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Аты (латынша)</translation>
    </message>
    <message>
        <source>Given names (Latin): what is wrong</source>
        <translation>Аты (латынша): қате</translation>
    </message>
    <message>
        <source>Surname (Cyrillic):</source>
        <translation>Тегі (кириллицамен):</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Тегі (кириллицамен)</translation>
    </message>
    <message>
        <source>Surname (Cyrillic): what is wrong</source>
        <translation>Тегі (кириллицамен): қате</translation>
    </message>
    <message>
        <source>Given names (Cyrillic):</source>
        <translation>Аты (кириллицамен):</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Аты (кириллицамен)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic): what is wrong</source>
        <translation>Аты (кириллицамен): қате</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>if the client has one</source>
        <translation>бар болса</translation>
    </message>
    <message>
        <source>Patronymic: what is wrong</source>
        <translation>Әкесінің аты: қате</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Date of birth: what is wrong</source>
        <translation>Туған күні: қате</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Sex: what is wrong</source>
        <translation>Жынысы: қате</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Азаматтығы:</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Citizenship: what is wrong</source>
        <translation>Азаматтығы: қате</translation>
    </message>
    <message>
        <source>Passport number:</source>
        <translation>Паспорт нөмірі:</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Паспорт нөмірі</translation>
    </message>
    <message>
        <source>Passport number: what is wrong</source>
        <translation>Паспорт нөмірі: қате</translation>
    </message>
    <message>
        <source>Passport issued:</source>
        <translation>Паспорт берілген күні:</translation>
    </message>
    <message>
        <source>Passport issued</source>
        <translation>Паспорт берілген күні</translation>
    </message>
    <message>
        <source>Passport issued: what is wrong</source>
        <translation>Паспорт берілген күні: қате</translation>
    </message>
    <message>
        <source>Passport issued by:</source>
        <translation>Паспортты берген орган:</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Паспортты берген орган</translation>
    </message>
    <message>
        <source>as the passport names it, e.g. MVD 77001</source>
        <translation>паспортта жазылғандай, мысалы MVD 77001</translation>
    </message>
    <message>
        <source>Passport issued by: what is wrong</source>
        <translation>Паспортты берген орган: қате</translation>
    </message>
    <message>
        <source>Passport expires:</source>
        <translation>Паспорттың жарамдылық мерзімі:</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Паспорттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Passport expires: what is wrong</source>
        <translation>Паспорттың жарамдылық мерзімі: қате</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>IIN: what is wrong</source>
        <translation>ЖСН: қате</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Phone: what is wrong</source>
        <translation>Телефоны: қате</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электрондық поштасы:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық поштасы</translation>
    </message>
    <message>
        <source>E-mail: what is wrong</source>
        <translation>Электрондық поштасы: қате</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Жұмыс беруші:</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Employer: what is wrong</source>
        <translation>Жұмыс беруші: қате</translation>
    </message>
    <message>
        <source>Address in Kazakhstan:</source>
        <translation>Қазақстандағы мекенжайы:</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Қазақстандағы мекенжайы</translation>
    </message>
    <message>
        <source>Address in Kazakhstan: what is wrong</source>
        <translation>Қазақстандағы мекенжайы: қате</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Notes: what is wrong</source>
        <translation>Ескертпелер: қате</translation>
    </message>
    <message>
        <source>Warnings about this client</source>
        <translation>Осы клиент туралы ескертулер</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Forget the changes</source>
        <translation>Өзгерістерден бас тарту</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the client</source>
        <translation>Клиент карточкасын сақтау</translation>
    </message>
</context>
<context>
    <name>ClientModel</name>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Кириллицамен аты-жөні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
</context>
<context>
    <name>ClientRegister</name>
    <message>
        <source>All services</source>
        <translation>Барлық қызметтер</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Барлық менеджерлер</translation>
    </message>
    <message>
        <source>More than %1 found</source>
        <translation>%1 клиенттен көп табылды</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Табылғаны: %1</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>Клиенттер: %1</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Клиентті іздеу</translation>
    </message>
    <message>
        <source>Name in Latin or Cyrillic, passport, IIN, phone or employer</source>
        <translation>Латын немесе кирилл әрпімен аты-жөні, паспорт, ЖСН, телефон немесе жұмыс беруші</translation>
    </message>
    <message>
        <source>How many clients match</source>
        <translation>Қанша клиент сәйкес келеді</translation>
    </message>
    <message>
        <source>Only clients with a case of this service</source>
        <translation>Тек осы қызмет бойынша ісі бар клиенттер</translation>
    </message>
    <message>
        <source>Only clients with a case in this status</source>
        <translation>Тек осы мәртебедегі ісі бар клиенттер</translation>
    </message>
    <message>
        <source>Only clients of this manager</source>
        <translation>Тек осы менеджердің клиенттері</translation>
    </message>
    <message>
        <source>Has &amp;overdue items</source>
        <translation>&amp;Мерзімі өткені бар</translation>
    </message>
    <message>
        <source>Only clients with overdue items</source>
        <translation>Тек мерзімі өткен тармақтары бар клиенттер</translation>
    </message>
    <message>
        <source>Client register</source>
        <translation>Клиенттер тізілімі</translation>
    </message>
</context>
<context>
    <name>ClientStays</name>
    <message>
        <source>Arrival</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Кеткен күні</translation>
    </message>
    <message>
        <source>Stays on</source>
        <translation>Болу негізі</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>No stay recorded yet: add the client&apos;s last entry into Kazakhstan.</source>
        <translation>Болу кезеңі әлі жазылмаған: клиенттің Қазақстанға соңғы келуін қосыңыз.</translation>
    </message>
    <message>
        <source>Visa
%1</source>
        <translation>Виза
%1</translation>
    </message>
    <message>
        <source>still here</source>
        <translation>әлі елде</translation>
    </message>
    <message>
        <source>Still in Kazakhstan: no departure yet</source>
        <translation>Әлі Қазақстанда: кеткен күні жоқ</translation>
    </message>
    <message>
        <source>Remove the stay</source>
        <translation>Болу кезеңін жою</translation>
    </message>
    <message>
        <source>Remove the stay from %1? Its lines stay in the history.</source>
        <translation>Болу кезеңін (келген күні: %1) жоясыз ба? Оның жазбалары тарихта сақталады.</translation>
    </message>
    <message>
        <source>Stays in Kazakhstan</source>
        <translation>Қазақстанда болу кезеңдері</translation>
    </message>
    <message>
        <source>About the stays</source>
        <translation>Болу кезеңдері туралы</translation>
    </message>
    <message>
        <source>The client&apos;s stays</source>
        <translation>Клиенттің болу кезеңдері</translation>
    </message>
    <message>
        <source>A&amp;dd stay…</source>
        <translation>Болу кезеңін &amp;қосу…</translation>
    </message>
    <message>
        <source>Add a stay</source>
        <translation>Болу кезеңін қосу</translation>
    </message>
    <message>
        <source>Edit s&amp;tay…</source>
        <translation>Болу кезеңін ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Edit the chosen stay</source>
        <translation>Таңдалған болу кезеңін өзгерту</translation>
    </message>
    <message>
        <source>Re&amp;move stay</source>
        <translation>Болу кезеңін &amp;жою</translation>
    </message>
    <message>
        <source>Remove the chosen stay</source>
        <translation>Таңдалған болу кезеңін жою</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country&apos;s name or code</source>
        <translation>Елдің атауын немесе кодын енгізіңіз</translation>
    </message>
</context>
<context>
    <name>DeskManager</name>
    <message>
        <source>Manager at this desk</source>
        <translation>Осы жұмыс орнындағы менеджер</translation>
    </message>
    <message>
        <source>Who works at this desk? Every change is recorded in their name.</source>
        <translation>Осы жұмыс орнында кім жұмыс істейді? Әрбір өзгеріс оның атынан жазылады.</translation>
    </message>
    <message>
        <source>Name of the manager at this desk</source>
        <translation>Осы жұмыс орнындағы менеджердің аты</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Ағымдағы менеджер: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <source>the client&apos;s name (client details)</source>
        <translation>клиенттің аты-жөні (клиент деректері)</translation>
    </message>
    <message>
        <source>the passport&apos;s date of issue (client details)</source>
        <translation>паспорттың берілген күні (клиент деректері)</translation>
    </message>
    <message>
        <source>the passport&apos;s issuing authority (client details)</source>
        <translation>паспортты берген орган (клиент деректері)</translation>
    </message>
    <message>
        <source>the client&apos;s date of birth (client details)</source>
        <translation>клиенттің туған күні (клиент деректері)</translation>
    </message>
    <message>
        <source>the client&apos;s citizenship (client details)</source>
        <translation>клиенттің азаматтығы (клиент деректері)</translation>
    </message>
    <message>
        <source>the client&apos;s passport number (client details)</source>
        <translation>клиенттің паспорт нөмірі (клиент деректері)</translation>
    </message>
    <message>
        <source>the client&apos;s address (client details)</source>
        <translation>клиенттің мекенжайы (клиент деректері)</translation>
    </message>
    <message>
        <source>the centre&apos;s name (Settings, Centre details)</source>
        <translation>орталықтың атауы (Баптаулар, Орталық деректемелері)</translation>
    </message>
    <message>
        <source>the centre&apos;s BIN (Settings, Centre details)</source>
        <translation>орталықтың БСН-і (Баптаулар, Орталық деректемелері)</translation>
    </message>
    <message>
        <source>the centre&apos;s address (Settings, Centre details)</source>
        <translation>орталықтың мекенжайы (Баптаулар, Орталық деректемелері)</translation>
    </message>
    <message>
        <source>the place of signing (resources/documents/common.toml)</source>
        <translation>қол қою орны (resources/documents/common.toml)</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>іс нөмірі</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>the consent&apos;s term</source>
        <translation>келісімнің қолданылу мерзімі</translation>
    </message>
    <message>
        <source>the attorney (Settings → Attorneys)</source>
        <translation>сенім білдірілген адам (Баптаулар → Сенім білдірілген адамдар)</translation>
    </message>
    <message>
        <source>the power of attorney&apos;s term</source>
        <translation>сенімхаттың қолданылу мерзімі</translation>
    </message>
    <message>
        <source>the host party (case answers)</source>
        <translation>қабылдаушы тарап (іс деректері)</translation>
    </message>
    <message>
        <source>whether the host party is a company or a private person (Host parties)</source>
        <translation>қабылдаушы тарап заңды тұлға ма, әлде жеке тұлға ма (Қабылдаушы тараптар)</translation>
    </message>
    <message>
        <source>the host party&apos;s name (Host parties)</source>
        <translation>қабылдаушы тараптың атауы (Қабылдаушы тараптар)</translation>
    </message>
    <message>
        <source>the host party&apos;s BIN or IIN (Host parties)</source>
        <translation>қабылдаушы тараптың БСН-і немесе ЖСН-і (Қабылдаушы тараптар)</translation>
    </message>
    <message>
        <source>the host party&apos;s address (Host parties)</source>
        <translation>қабылдаушы тараптың мекенжайы (Қабылдаушы тараптар)</translation>
    </message>
    <message>
        <source>the host party&apos;s phone (Host parties)</source>
        <translation>қабылдаушы тараптың телефоны (Қабылдаушы тараптар)</translation>
    </message>
    <message>
        <source>the name and position of the host party&apos;s head (Host parties)</source>
        <translation>қабылдаушы тарап басшысының аты-жөні мен лауазымы (Қабылдаушы тараптар)</translation>
    </message>
    <message>
        <source>the passport&apos;s date of expiry (client details)</source>
        <translation>паспорттың жарамдылық мерзімі (клиент деректері)</translation>
    </message>
    <message>
        <source>the entry this letter notifies: its basis and purpose (client details, Stays)</source>
        <translation>хатта хабарланатын келу: оның негізі мен мақсаты (клиент деректері, Болу кезеңдері)</translation>
    </message>
    <message>
        <source>the visa&apos;s number (client details, Stays)</source>
        <translation>виза нөмірі (клиент деректері, Болу кезеңдері)</translation>
    </message>
    <message>
        <source>the visa&apos;s or permit&apos;s last day (client details, Stays)</source>
        <translation>визаның немесе рұқсаттың соңғы күні (клиент деректері, Болу кезеңдері)</translation>
    </message>
    <message>
        <source>the date of arrival (case answers)</source>
        <translation>келген күні (іс деректері)</translation>
    </message>
    <message>
        <source>the address of stay</source>
        <translation>болу мекенжайы</translation>
    </message>
    <message>
        <source>the last day of stay</source>
        <translation>болу мерзімінің соңғы күні</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Kept as %1 · SHA-256 %2, unchanged since it was generated.</source>
        <translation>%1 ретінде сақталған · SHA-256 %2, қалыптастырылғаннан бері өзгермеген.</translation>
    </message>
    <message>
        <source>Generated by %1. </source>
        <translation>Қалыптастырған: %1. </translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a PDF.</source>
        <translation>%1 файлын PDF ретінде оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Generated document</source>
        <translation>Қалыптастырылған құжат</translation>
    </message>
    <message>
        <source>Document shown</source>
        <translation>Көрсетілген құжат</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Беттер саны</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Құжатты басып шығару</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save a copy of the document, e.g. to send it by e-mail</source>
        <translation>Құжаттың көшірмесін сақтау, мысалы, оны электрондық поштамен жіберу үшін</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Құжаттың көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>Where the file is kept and its fingerprint</source>
        <translation>Файлдың сақталған орны және бақылау сомасы</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Generate documents: %1</source>
        <translation>Құжаттарды қалыптастыру: %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>None: one language alone</source>
        <translation>Жоқ: бір ғана тіл</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No ter&amp;m stated: one year, until %1</source>
        <translation>Мерзімі көрсетілме&amp;ген: бір жыл, соңғы күні — %1</translation>
    </message>
    <message>
        <source>The client&apos;s address: %1</source>
        <translation>Клиенттің мекенжайы: %1</translation>
    </message>
    <message>
        <source>The client has no address on file: type it here</source>
        <translation>Клиенттің мекенжайы жазылмаған: оны осы жерге енгізіңіз</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>The attorneys of Settings → Attorneys</source>
        <translation>«Баптаулар → Сенім білдірілген адамдар» бөліміндегі адамдар</translation>
    </message>
    <message>
        <source>The two columns need two different languages.</source>
        <translation>Екі баған екі түрлі тілде болуы тиіс.</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Қалыптастырылмады: %1</translation>
    </message>
    <message>
        <source>Choose the attorney, or add one with New attorney.</source>
        <translation>Сенім білдірілген адамды таңдаңыз немесе «Жаңа сенім білдірілген адам» арқылы қосыңыз.</translation>
    </message>
    <message>
        <source>Required: a document is never printed with a blank.</source>
        <translation>Міндетті өріс: құжат толтырылмаған өрістермен басылмайды.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was generated. Fill in first:</source>
        <translation>Ештеңе қалыптастырылмады. Алдымен толтырыңыз:</translation>
    </message>
    <message>
        <source>Generated and filed on the case: %1.</source>
        <translation>Қалыптастырылып, іске тігілді: %1.</translation>
    </message>
    <message>
        <source>Generate documents</source>
        <translation>Құжаттарды қалыптастыру</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Documents to generate</source>
        <translation>Қалыптастырылатын құжаттар</translation>
    </message>
    <message>
        <source>&amp;Consent to personal data processing</source>
        <translation>Дербес деректерді жинауға және өңдеуге &amp;келісім</translation>
    </message>
    <message>
        <source>Consent to the collection and processing of personal data</source>
        <translation>Дербес деректерді жинауға және өңдеуге келісім</translation>
    </message>
    <message>
        <source>P&amp;ower of attorney</source>
        <translation>&amp;Сенімхат</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>Notification letter of the &amp;host party</source>
        <translation>Қабылдаушы &amp;тараптың келу туралы хабарламасы</translation>
    </message>
    <message>
        <source>Notification letter of the host party</source>
        <translation>Қабылдаушы тараптың келу туралы хабарламасы</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>&amp;Left column:</source>
        <translation>Сол &amp;жақ баған:</translation>
    </message>
    <message>
        <source>Language of the left column</source>
        <translation>Сол жақ бағанның тілі</translation>
    </message>
    <message>
        <source>&amp;Right column:</source>
        <translation>&amp;Оң жақ баған:</translation>
    </message>
    <message>
        <source>Language of the right column</source>
        <translation>Оң жақ бағанның тілі</translation>
    </message>
    <message>
        <source>Languages: what is wrong</source>
        <translation>Тілдер: қате</translation>
    </message>
    <message>
        <source>&amp;Attorney:</source>
        <translation>Сенім білдірілген &amp;адам:</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Сенім білдірілген адам</translation>
    </message>
    <message>
        <source>The attorneys of Settings, Attorneys: name and identity document</source>
        <translation>«Баптаулар → Сенім білдірілген адамдар» бөліміндегі адамдар: аты-жөні және жеке басын куәландыратын құжаты</translation>
    </message>
    <message>
        <source>Choose the attorney</source>
        <translation>Сенім білдірілген адамды таңдаңыз</translation>
    </message>
    <message>
        <source>Ne&amp;w attorney…</source>
        <translation>Жаңа сенім білдірілген а&amp;дам…</translation>
    </message>
    <message>
        <source>New attorney</source>
        <translation>Жаңа сенім білдірілген адам</translation>
    </message>
    <message>
        <source>Attorney: what is wrong</source>
        <translation>Сенім білдірілген адам: қате</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Қолданылу &amp;мерзімі:</translation>
    </message>
    <message>
        <source>No ter&amp;m stated</source>
        <translation>Мерзімі көрсетілме&amp;ген</translation>
    </message>
    <message>
        <source>No term stated: valid for one year</source>
        <translation>Мерзімі көрсетілмеген: бір жыл бойы жарамды</translation>
    </message>
    <message>
        <source>Civil Code, Article 168: a power of attorney without a stated term is valid for one year; a stated term is at most three years</source>
        <translation>Азаматтық кодекс, 168-бап: мерзімі көрсетілмеген сенімхат бір жыл бойы жарамды; көрсетілген мерзім үш жылдан аспайды</translation>
    </message>
    <message>
        <source>Power of attorney valid until</source>
        <translation>Сенімхаттың қолданылу мерзімі</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Valid until: what is wrong</source>
        <translation>Қолданылу мерзімі: қате</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Келу туралы хабарлама</translation>
    </message>
    <message>
        <source>Address of sta&amp;y:</source>
        <translation>&amp;Болу мекенжайы:</translation>
    </message>
    <message>
        <source>Address of stay</source>
        <translation>Болу мекенжайы</translation>
    </message>
    <message>
        <source>Address of stay: what is wrong</source>
        <translation>Болу мекенжайы: қате</translation>
    </message>
    <message>
        <source>Stays un&amp;til:</source>
        <translation>Болу мерзімінің соң&amp;ғы күні:</translation>
    </message>
    <message>
        <source>Last day of stay</source>
        <translation>Болу мерзімінің соңғы күні</translation>
    </message>
    <message>
        <source>Stays until: what is wrong</source>
        <translation>Болу мерзімінің соңғы күні: қате</translation>
    </message>
    <message>
        <source>What must be filled in first</source>
        <translation>Алдымен нені толтыру керек</translation>
    </message>
    <message>
        <source>Centr&amp;e details…</source>
        <translation>Орта&amp;лық деректемелері…</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name, BIN and address, printed on every document</source>
        <translation>Әрбір құжатта басылатын орталықтың атауын, БСН мен мекенжайын енгізу</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s details</source>
        <translation>Орталық деректемелерін енгізу</translation>
    </message>
    <message>
        <source>What was generated</source>
        <translation>Не қалыптастырылды</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Қалыптастыру</translation>
    </message>
    <message>
        <source>Make the documents ticked, file them on the case and show them</source>
        <translation>Белгіленген құжаттарды қалыптастыру, оларды іске тігу және көрсету</translation>
    </message>
    <message>
        <source>Generate the documents ticked</source>
        <translation>Белгіленген құжаттарды қалыптастыру</translation>
    </message>
    <message>
        <source>Sho&amp;wing:</source>
        <translation>Көрсетілге&amp;н:</translation>
    </message>
    <message>
        <source>Generated document shown</source>
        <translation>Көрсетілген қалыптастырылған құжат</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Беттер саны</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Print the document shown</source>
        <translation>Көрсетілген құжатты басып шығару</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Басқаша сақта&amp;у…</translation>
    </message>
    <message>
        <source>Save a copy of the document shown, e.g. to send it by e-mail</source>
        <translation>Көрсетілген құжаттың көшірмесін сақтау, мысалы, оны электрондық поштамен жіберу үшін</translation>
    </message>
    <message>
        <source>Save a copy of the document shown</source>
        <translation>Көрсетілген құжаттың көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Tick the documents and press Generate: they are filed on the case and shown here, ready to print or save.</source>
        <translation>Құжаттарды белгілеп, «Қалыптастыру» батырмасын басыңыз: олар іске тігіліп, осы жерде басып шығаруға немесе сақтауға дайын күйде көрсетіледі.</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Құжатты алдын ала қарау</translation>
    </message>
</context>
<context>
    <name>DomainErrors</name>
    <message>
        <source>is required</source>
        <translation>толтыру міндетті</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>болашақтағы күн бола алмайды</translation>
    </message>
    <message>
        <source>must name a host party record</source>
        <translation>қабылдаушы тарап жазбасын көрсетуі керек</translation>
    </message>
    <message>
        <source>is not allowed for this service</source>
        <translation>бұл қызмет үшін рұқсат етілмейді</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>«иә» немесе «жоқ» болуы керек</translation>
    </message>
    <message>
        <source>the check digit does not match: a digit is mistyped</source>
        <translation>бақылау цифры сәйкес келмейді: цифрлардың бірі қате терілген</translation>
    </message>
    <message>
        <source>digit 5 of a BIN is the kind of entity (4, 5 or 6): this is no BIN</source>
        <translation>БСН-нің 5-цифры заңды тұлғаның түрін білдіреді (4, 5 немесе 6): бұл БСН емес</translation>
    </message>
    <message>
        <source>digit 6 of a BIN is the part of the entity (0 to 3): this is no BIN</source>
        <translation>БСН-нің 6-цифры бөлімшенің түрін білдіреді (0-ден 3-ке дейін): бұл БСН емес</translation>
    </message>
    <message>
        <source>this is an individual&apos;s IIN, not a BIN</source>
        <translation>бұл жеке тұлғаның ЖСН-і, БСН емес</translation>
    </message>
    <message>
        <source>a BIN has 12 digits</source>
        <translation>БСН 12 цифрдан тұрады</translation>
    </message>
    <message>
        <source>digits 3-4 of a BIN are the month of registration</source>
        <translation>БСН-нің 3–4-цифрлары тіркелген айды білдіреді</translation>
    </message>
    <message>
        <source>must be one of {allowed}, not {typed}</source>
        <translation>мына мәндердің бірі болуы керек: {allowed}, {typed} емес</translation>
    </message>
    <message>
        <source>already belongs to client #{id} {name}</source>
        <translation>№{id} клиентке ({name}) бұрыннан тиесілі</translation>
    </message>
    <message>
        <source>is not a client field</source>
        <translation>клиент карточкасының өрісі емес</translation>
    </message>
    <message>
        <source>is not an ISO 3166 country code</source>
        <translation>ISO 3166 ел коды емес</translation>
    </message>
    <message>
        <source>The IIN encodes birth date {encoded}, the passport says {passport}</source>
        <translation>ЖСН-де туған күні {encoded} көрсетілген, ал паспортта — {passport}</translation>
    </message>
    <message>
        <source>The IIN encodes sex {encoded}, the passport says {passport}</source>
        <translation>ЖСН-де жынысы {encoded} көрсетілген, ал паспортта — {passport}</translation>
    </message>
    <message>
        <source>the passport expired on {expiry}: record the new passport</source>
        <translation>паспорттың қолданылу мерзімі {expiry} күні аяқталды: жаңа паспорттың деректерін енгізіңіз</translation>
    </message>
    <message>
        <source>the passport expires on {expiry}, within a month: ask for the new one</source>
        <translation>паспорттың қолданылу мерзімі {expiry} күні, бір айдан аз уақыттан кейін аяқталады: жаңа паспортты сұратыңыз</translation>
    </message>
    <message>
        <source>the passport expires on {expiry}, within {months} months: ask for the new one</source>
        <translation>паспорттың қолданылу мерзімі {expiry} күні, {months} ай ішінде аяқталады: жаңа паспортты сұратыңыз</translation>
    </message>
    <message>
        <source>cannot be before 1900</source>
        <translation>1900 жылдан бұрын бола алмайды</translation>
    </message>
    <message>
        <source>cannot be before {other}</source>
        <translation>мынадан бұрын бола алмайды: {other}</translation>
    </message>
    <message>
        <source>cannot be before the arrival</source>
        <translation>келген күнінен бұрын бола алмайды</translation>
    </message>
    <message>
        <source>cannot be before the registration</source>
        <translation>тіркелген күнінен бұрын бола алмайды</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, not {typed}</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күн болуы керек, {typed} емес</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күн болуы керек</translation>
    </message>
    <message>
        <source>IIN digits 1-6 are not a valid birth date (YYMMDD): {digits}</source>
        <translation>ЖСН-нің 1–6-цифрлары жарамды туған күн емес (ЖЖААКК): {digits}</translation>
    </message>
    <message>
        <source>IIN digits 1-6 give a birth date in the future: {birth}</source>
        <translation>ЖСН-нің 1–6-цифрлары болашақтағы туған күнді береді: {birth}</translation>
    </message>
    <message>
        <source>IIN digit 7 must be 1-6 (century and sex), not {digit}</source>
        <translation>ЖСН-нің 7-цифры 1-ден 6-ға дейін болуы керек (туған ғасыры және жынысы), {digit} емес</translation>
    </message>
    <message>
        <source>The IIN check digit needs 11 digits, not {typed}</source>
        <translation>ЖСН бақылау цифрын есептеу үшін 11 цифр қажет, {typed} емес</translation>
    </message>
    <message>
        <source>IIN check digit is {digit}, expected {expected}</source>
        <translation>ЖСН бақылау цифры — {digit}, ал {expected} болуы керек</translation>
    </message>
    <message>
        <source>IIN must have 12 digits, not {count}</source>
        <translation>ЖСН 12 цифрдан тұруы керек, {count} емес</translation>
    </message>
    <message>
        <source>IIN is invalid: its check digit cannot be computed (remainder 10 with both weight sets)</source>
        <translation>ЖСН жарамсыз: бақылау цифрын есептеу мүмкін емес (екі салмақ жиынында да қалдық 10)</translation>
    </message>
    <message>
        <source>IIN contains a character that is not a digit: {char}</source>
        <translation>ЖСН-де цифр емес таңба бар: {char}</translation>
    </message>
    <message>
        <source>cannot be before the birth date</source>
        <translation>туған күнінен бұрын бола алмайды</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>нәтижесі</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>state</source>
        <translation>жай-күйі</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>service</source>
        <translation>қызмет</translation>
    </message>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>түрі</translation>
    </message>
    <message>
        <source>days</source>
        <translation>күндер саны</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ел</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>BIN or IIN</source>
        <translation>БСН немесе ЖСН</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>паспорт нөмірі</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>келген күні</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>кеткен күні</translation>
    </message>
    <message>
        <source>stay until</source>
        <translation>болу мерзімі</translation>
    </message>
    <message>
        <source>term until</source>
        <translation>қолданылу мерзімі</translation>
    </message>
    <message>
        <source>date of the power of attorney</source>
        <translation>сенімхаттың жасалған күні</translation>
    </message>
    <message>
        <source>host party</source>
        <translation>қабылдаушы тарап</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>case</source>
        <translation>іс</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>құжаттар тізбесінің тармағы</translation>
    </message>
    <message>
        <source>attorney</source>
        <translation>сенім білдірілген адам</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>болу кезеңі</translation>
    </message>
    <message>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>must be after the date of issue</source>
        <translation>берілген күнінен кейін болуы керек</translation>
    </message>
    <message>
        <source>must be 5 to 20 Latin letters and digits</source>
        <translation>5-тен 20-ға дейін латын әрпі мен цифрдан тұруы керек</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>басқару таңбасы бар</translation>
    </message>
    <message>
        <source>cannot begin with = + - or @</source>
        <translation>= + - немесе @ таңбасынан басталмауы керек</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>мәтін болуы керек</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>{limit} таңбадан аспауы керек</translation>
    </message>
    <message>
        <source>must be written in Latin letters; {char} is not one</source>
        <translation>латын әріптерімен жазылады; {char} латын әрпі емес</translation>
    </message>
    <message>
        <source>must be written in Cyrillic letters; {char} is not one</source>
        <translation>кирилл әріптерімен жазылады; {char} кирилл әрпі емес</translation>
    </message>
    <message>
        <source>must contain Latin letters</source>
        <translation>латын әріптері болуы керек</translation>
    </message>
    <message>
        <source>must contain Cyrillic letters</source>
        <translation>кирилл әріптері болуы керек</translation>
    </message>
    <message>
        <source>must be written in Cyrillic or in Latin letters</source>
        <translation>кирилл немесе латын әріптерімен, араластырмай жазылады</translation>
    </message>
    <message>
        <source>must be M, F or X</source>
        <translation>M, F немесе X болуы керек</translation>
    </message>
    <message>
        <source>{typed} is not an ISO 3166 alpha-3 country code</source>
        <translation>{typed} — ISO 3166 alpha-3 ел коды емес</translation>
    </message>
    <message>
        <source>may hold only digits, spaces, dashes, brackets and a leading +</source>
        <translation>тек цифрлардан, бос орындардан, сызықшалардан, жақшалардан және басындағы + белгісінен тұра алады</translation>
    </message>
    <message>
        <source>must start with + and the country code (or 8 for Kazakhstan)</source>
        <translation>+ белгісі мен ел кодынан (Қазақстан үшін 8-ден) басталуы керек</translation>
    </message>
    <message>
        <source>must have 7 to 15 digits</source>
        <translation>7-ден 15-ке дейін цифр болуы керек</translation>
    </message>
    <message>
        <source>{typed} is not an e-mail address</source>
        <translation>{typed} — электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>is not a question of this service</source>
        <translation>бұл қызметтің сұрағы емес</translation>
    </message>
    <message>
        <source>must be yes or no, not {typed}</source>
        <translation>«иә» немесе «жоқ» болуы керек, {typed} емес</translation>
    </message>
    <message>
        <source>cannot be before the date of arrival</source>
        <translation>келген күнінен бұрын бола алмайды</translation>
    </message>
    <message>
        <source>this is a BIN, an organisation&apos;s number, not a person&apos;s IIN</source>
        <translation>бұл БСН — ұйымның нөмірі, жеке тұлғаның ЖСН-і емес</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>мына мәндердің бірі болуы керек: {allowed}</translation>
    </message>
    <message>
        <source>a Kazakhstan ID card&apos;s number has 9 digits</source>
        <translation>Қазақстан азаматының жеке куәлігінің нөмірі 9 цифрдан тұрады</translation>
    </message>
    <message>
        <source>is required: a resident of Kazakhstan has an IIN</source>
        <translation>толтыру міндетті: Қазақстан резидентінің ЖСН-і бар</translation>
    </message>
    <message>
        <source>already belongs to attorney #{id} {name}</source>
        <translation>№{id} сенім білдірілген адамға ({name}) бұрыннан тиесілі</translation>
    </message>
    <message>
        <source>may hold only letters, spaces, hyphens and apostrophes; {char} is not one</source>
        <translation>тек әріптерден, бос орындардан, дефистерден және апострофтардан тұра алады; {char} олардың қатарына жатпайды</translation>
    </message>
    <message>
        <source>must be written in one script: Cyrillic or Latin letters, not both</source>
        <translation>бір әліпбимен жазылады: кирилл немесе латын әріптерімен, араластырмай</translation>
    </message>
    <message>
        <source>must begin with a letter</source>
        <translation>әріптен басталуы керек</translation>
    </message>
    <message>
        <source>must be typed in Latin letters and digits; {char} is a Cyrillic letter</source>
        <translation>латын әріптері мен цифрлармен терілуі керек; {char} — кирилл әрпі</translation>
    </message>
    <message>
        <source>a power of attorney without its date is void</source>
        <translation>жасалған күні көрсетілмеген сенімхат жарамсыз</translation>
    </message>
    <message>
        <source>must be after the date the power was made</source>
        <translation>сенімхат жасалған күннен кейін болуы керек</translation>
    </message>
    <message>
        <source>a power of attorney is valid for at most {years} years</source>
        <translation>сенімхат {years} жылдан аспайтын мерзімге беріледі</translation>
    </message>
    <message>
        <source>is not a field of an attorney</source>
        <translation>сенім білдірілген адам деректерінің өрісі емес</translation>
    </message>
    <message>
        <source>must be day_off, working_day or nothing</source>
        <translation>day_off, working_day немесе бос болуы керек</translation>
    </message>
    <message>
        <source>case {number} is {status}: reopen it to change it</source>
        <translation>{number} ісінің мәртебесі — «{status}»: оны өзгерту үшін істі қайта ашыңыз</translation>
    </message>
    <message>
        <source>the case cannot be completed: required documents are missing</source>
        <translation>істі аяқтау мүмкін емес: міндетті құжаттар жетіспейді</translation>
    </message>
    <message>
        <source>cannot be before the case was opened</source>
        <translation>іс ашылған күннен бұрын бола алмайды</translation>
    </message>
    <message>
        <source>{name} has no IIN: an EDS needs one; open an IIN case first</source>
        <translation>клиенттің ({name}) ЖСН-і жоқ, ал ЭЦҚ алу үшін ЖСН қажет; алдымен ЖСН алу ісін ашыңыз</translation>
    </message>
    <message>
        <source>an EDS case cannot be completed for a client without an IIN</source>
        <translation>ЖСН-і жоқ клиент үшін ЭЦҚ ісін аяқтау мүмкін емес</translation>
    </message>
    <message>
        <source>{name} already has an IIN ({iin})</source>
        <translation>клиенттің ({name}) ЖСН-і бұрыннан бар ({iin})</translation>
    </message>
    <message>
        <source>type the IIN issued to complete the case</source>
        <translation>істі аяқтау үшін берілген ЖСН-ді енгізіңіз</translation>
    </message>
    <message>
        <source>a case that is {current} cannot become {target} (allowed: {allowed})</source>
        <translation>«{current}» мәртебесіндегі істі «{target}» мәртебесіне ауыстыруға болмайды (рұқсат етілгені: {allowed})</translation>
    </message>
    <message>
        <source>no case numbered {number}</source>
        <translation>{number} нөмірлі іс табылмады</translation>
    </message>
    <message>
        <source>the client&apos;s passport expired on {expiry}: record the new passport before completing the case</source>
        <translation>клиент паспортының қолданылу мерзімі {expiry} күні аяқталды: істі аяқтамас бұрын жаңа паспорттың деректерін енгізіңіз</translation>
    </message>
    <message>
        <source>the client&apos;s passport expired on {expiry}: record the new passport before submitting the case</source>
        <translation>клиент паспортының қолданылу мерзімі {expiry} күні аяқталды: істі тапсырмас бұрын жаңа паспорттың деректерін енгізіңіз</translation>
    </message>
    <message>
        <source>say why the authority refused the case</source>
        <translation>мемлекеттік органның бас тарту себебін көрсетіңіз</translation>
    </message>
    <message>
        <source>{typed} is not a case status</source>
        <translation>{typed} — іс мәртебесі емес</translation>
    </message>
    <message>
        <source>the case cannot be submitted: required documents are missing</source>
        <translation>істі тапсыру мүмкін емес: міндетті құжаттар жетіспейді</translation>
    </message>
    <message>
        <source>must be the number of an attorney on record</source>
        <translation>тізімдегі сенім білдірілген адамның нөмірі болуы керек</translation>
    </message>
    <message>
        <source>{path} was changed after it was generated</source>
        <translation>{path} файлы қалыптастырылғаннан кейін өзгертілген</translation>
    </message>
    <message>
        <source>{path} is missing: it was moved or deleted</source>
        <translation>{path} файлы жоқ: ол жылжытылған немесе жойылған</translation>
    </message>
    <message>
        <source>a {document} is not made for a {service} case</source>
        <translation>«{document}» құжаты «{service}» ісі бойынша ресімделмейді</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .pdf</source>
        <translation>{path} — қалта; .pdf кеңейтімі бар файл атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>{path} is not a path of the documents folder</source>
        <translation>{path} құжаттар қалтасынан тыс орналасқан</translation>
    </message>
    <message>
        <source>this is a BIN, a legal entity&apos;s number: a private person has an IIN</source>
        <translation>бұл БСН — заңды тұлғаның нөмірі; жеке тұлғаның ЖСН-і болады</translation>
    </message>
    <message>
        <source>{name} is the host party of {cases} case(s) and cannot be removed</source>
        <translation>{name} — {cases} іс бойынша қабылдаушы тарап, сондықтан оны жою мүмкін емес</translation>
    </message>
    <message>
        <source>is required: a legal entity or a private person</source>
        <translation>толтыру міндетті: заңды тұлға немесе жеке тұлға</translation>
    </message>
    <message>
        <source>must be legal (a company) or natural (a private person)</source>
        <translation>legal (заңды тұлға) немесе natural (жеке тұлға) болуы керек</translation>
    </message>
    <message>
        <source>already belongs to host party {name}</source>
        <translation>{name} қабылдаушы тарапына бұрыннан тиесілі</translation>
    </message>
    <message>
        <source>is not a host party field</source>
        <translation>қабылдаушы тарап деректерінің өрісі емес</translation>
    </message>
    <message>
        <source>no host party #{id} is on file</source>
        <translation>№{id} қабылдаушы тарап тізімде жоқ</translation>
    </message>
    <message>
        <source>an item that is {current} cannot become {target} (allowed: {allowed})</source>
        <translation>«{current}» жай-күйіндегі құжатты «{target}» жай-күйіне ауыстыруға болмайды (рұқсат етілгені: {allowed})</translation>
    </message>
    <message>
        <source>say why a required document does not apply</source>
        <translation>міндетті құжаттың неге талап етілмейтінін көрсетіңіз</translation>
    </message>
    <message>
        <source>{typed} is not an item state</source>
        <translation>{typed} — құжаттың жай-күйі емес</translation>
    </message>
    <message>
        <source>a manager named {name} already exists</source>
        <translation>{name} есімді менеджер бұрыннан бар</translation>
    </message>
    <message>
        <source>must be 1 to 100 characters</source>
        <translation>1-ден 100-ге дейін таңбадан тұруы керек</translation>
    </message>
    <message>
        <source>no manager named {name}</source>
        <translation>{name} есімді менеджер табылмады</translation>
    </message>
    <message>
        <source>police registration is only for citizens of countries with a reciprocal visa-free agreement with Kazakhstan, and {country} has none; the host party&apos;s migration notification registers them</source>
        <translation>көші-қон полициясында тіркеу тек Қазақстанмен визасыз режим туралы өзара келісімі бар елдердің азаматтарына жүргізіледі, ал «{country}» елінің мұндай келісімі жоқ; бұл елдің азаматтарының болуы қабылдаушы тарап беретін келу туралы хабарлама арқылы тіркеледі</translation>
    </message>
    <message>
        <source>the service is for foreign citizens; a citizen of Kazakhstan applies as a citizen</source>
        <translation>қызмет шетел азаматтарына арналған; Қазақстан азаматы азаматтарға белгіленген тәртіппен жүгінеді</translation>
    </message>
    <message>
        <source>{typed} is not a service of the centre</source>
        <translation>{typed} — орталықтың қызметі емес</translation>
    </message>
    <message>
        <source>{typed} is not a service</source>
        <translation>{typed} — қызмет емес</translation>
    </message>
    <message>
        <source>cannot be before {earliest}</source>
        <translation>{earliest} күнінен бұрын бола алмайды</translation>
    </message>
    <message>
        <source>cannot be more than a year ahead (after {latest})</source>
        <translation>бір жылдан астам алдағы күн бола алмайды ({latest} күнінен кейін)</translation>
    </message>
    <message>
        <source>a citizen of Kazakhstan is not a foreigner</source>
        <translation>Қазақстан азаматы шетелдік емес</translation>
    </message>
    <message>
        <source>is needed: a later stay begins on {since}</source>
        <translation>міндетті: келесі болу кезеңі {since} күні басталады</translation>
    </message>
    <message>
        <source>the stay from {since} has no departure yet: record it first (only one stay can be open)</source>
        <translation>{since} күні басталған болу кезеңінің кеткен күні әлі көрсетілмеген: алдымен оны енгізіңіз (тек бір болу кезеңі ашық бола алады)</translation>
    </message>
    <message>
        <source>overlaps the stay from {since} to {until}</source>
        <translation>{since} – {until} аралығындағы болу кезеңімен қиылысады</translation>
    </message>
    <message>
        <source>overlaps the stay from {since} to no departure yet</source>
        <translation>{since} күні басталған, кеткен күні әлі көрсетілмеген болу кезеңімен қиылысады</translation>
    </message>
    <message>
        <source>is required for a residence permit: its last valid day</source>
        <translation>тұруға ықтиярхат үшін міндетті: оның қолданылуының соңғы күні</translation>
    </message>
    <message>
        <source>a private visit is registered for at most {days} days, until {until}</source>
        <translation>жеке сапар {days} күннен аспайтын мерзімге тіркеледі, соңғы күні — {until}</translation>
    </message>
    <message>
        <source>is not a stay field</source>
        <translation>болу кезеңі деректерінің өрісі емес</translation>
    </message>
    <message>
        <source>is required for a visa</source>
        <translation>виза үшін міндетті</translation>
    </message>
    <message>
        <source>is required for a visa: its last valid day</source>
        <translation>виза үшін міндетті: оның қолданылуының соңғы күні</translation>
    </message>
    <message>
        <source>a citizen of Kazakhstan has no stays to record: they are not a foreigner</source>
        <translation>Қазақстан азаматының болу кезеңдері есепке алынбайды: ол шетелдік емес</translation>
    </message>
    <message>
        <source>step {step} cannot be dated after step {other} ({on})</source>
        <translation>{step}-қадамның күні {other}-қадамның күнінен ({on}) кейін бола алмайды</translation>
    </message>
    <message>
        <source>step {step} cannot be dated before step {other} ({on})</source>
        <translation>{step}-қадамның күні {other}-қадамның күнінен ({on}) бұрын бола алмайды</translation>
    </message>
    <message>
        <source>step {step} cannot be dated in the future</source>
        <translation>{step}-қадамның күні болашақта бола алмайды</translation>
    </message>
    <message>
        <source>step {step} needs the date it was done</source>
        <translation>{step}-қадам үшін оның орындалған күні қажет</translation>
    </message>
    <message>
        <source>step {earlier} must be done before step {step}</source>
        <translation>{earlier}-қадам {step}-қадамнан бұрын орындалуы керек</translation>
    </message>
    <message>
        <source>step {step} cannot be undone while step {later} is done</source>
        <translation>{later}-қадам орындалып тұрғанда {step}-қадамның орындалу белгісін алып тастауға болмайды</translation>
    </message>
    <message>
        <source>must be a whole number of business days, 1 to 90</source>
        <translation>1-ден 90-ға дейінгі жұмыс күндерінің бүтін саны болуы керек</translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>күндердің бүтін саны болуы керек</translation>
    </message>
    <message>
        <source>must be between 1 and {max} days</source>
        <translation>1 мен {max} күн аралығында болуы керек</translation>
    </message>
    <message>
        <source>cannot exceed the limit within 180 days</source>
        <translation>180 күн ішінде рұқсат етілген күндер санынан аспауы керек</translation>
    </message>
    <message>
        <source>say why the published list is corrected (the agreement, the letter)</source>
        <translation>жарияланған тізімді түзету негізін көрсетіңіз (келісім, хат)</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters, not all the same</source>
        <translation>құпия сөз тіркесінде кемінде {count} таңба болуы тиіс, әрі бәрі бірдей болмауы керек</translation>
    </message>
    <message>
        <source>encryption of backups is not set up: turn it on in Settings → Backups first</source>
        <translation>резервтік көшірмелерді шифрлау бапталмаған: алдымен оны «Баптаулар → Резервтік көшірмелер» мәзірінде қосыңыз</translation>
    </message>
    <message>
        <source>{path}: the passphrase is wrong, the backup is not opened</source>
        <translation>{path}: құпия сөз тіркесі қате, резервтік көшірме ашылмады</translation>
    </message>
    <message>
        <source>{path}: the encrypted backup was altered or cut short; nothing of it is used</source>
        <translation>{path}: шифрланған резервтік көшірме өзгертілген немесе толық емес; одан ештеңе пайдаланылмайды</translation>
    </message>
    <message>
        <source>{path} is encrypted: give its passphrase to restore it</source>
        <translation>{path} шифрланған: қалпына келтіру үшін оның құпия сөз тіркесін көрсетіңіз</translation>
    </message>
    <message>
        <source>the second backup folder {path} cannot be written: {detail}</source>
        <translation>резервтік көшірмелердің екінші {path} қалтасына жазу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: give a file name in an existing folder</source>
        <translation>{path} жазу мүмкін емес: бар қалтадағы файл атауын көрсетіңіз</translation>
    </message>
    <message>
        <source>cannot back up {path}: {detail}</source>
        <translation>{path} резервтік көшірмесін жасау мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>cannot read {path}: {detail}</source>
        <translation>{path} оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>cannot write a backup of {path}: {detail}</source>
        <translation>{path} резервтік көшірмесін жазу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {detail}</source>
        <translation>резервтік көшірмені {path} файлына жазу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({detail})</source>
        <translation>{path}: дерекқор зақымдалған ({detail})</translation>
    </message>
    <message>
        <source>{path}: {name} is not a file a backup of ours holds</source>
        <translation>{path}: {name} файлы Expat Desk резервтік көшірмесінде болмауы тиіс</translation>
    </message>
    <message>
        <source>{path}: the files do not match its manifest</source>
        <translation>{path}: файлдар резервтік көшірменің тізімдемесіне сәйкес келмейді</translation>
    </message>
    <message>
        <source>{path}: {name} was altered or damaged</source>
        <translation>{path}: {name} файлы өзгертілген немесе зақымдалған</translation>
    </message>
    <message>
        <source>{path}: {name} is too large for a backup of ours</source>
        <translation>{path}: {name} файлы Expat Desk резервтік көшірмесі үшін тым үлкен</translation>
    </message>
    <message>
        <source>{path} does not exist: nothing to back up</source>
        <translation>{path} жоқ: резервтік көшірмесін жасайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>{path} is not a backup of Expat Desk (no valid manifest)</source>
        <translation>{path} Expat Desk резервтік көшірмесі емес (жарамды тізімдеме жоқ)</translation>
    </message>
    <message>
        <source>{path} is not an Expat Desk database</source>
        <translation>{path} Expat Desk дерекқоры емес</translation>
    </message>
    <message>
        <source>{path} is not a backup of Expat Desk (not a zip archive)</source>
        <translation>{path} Expat Desk резервтік көшірмесі емес (zip мұрағаты емес)</translation>
    </message>
    <message>
        <source>the restore from {path} did not complete, nothing of it was kept: {detail}</source>
        <translation>{path} көшірмесінен қалпына келтіру аяқталмады, одан ештеңе сақталмады: {detail}</translation>
    </message>
    <message>
        <source>{path} names a restore cut short but cannot be read; nothing was changed</source>
        <translation>{path} үзілген қалпына келтіруді көрсетеді, бірақ оқылмайды; ештеңе өзгертілмеді</translation>
    </message>
    <message>
        <source>too little free space in {folder}: the backup needs {needed} MiB, {free} MiB free</source>
        <translation>{folder} ішінде бос орын жеткіліксіз: резервтік көшірмеге {needed} МиБ қажет, бос орын {free} МиБ</translation>
    </message>
    <message>
        <source>a restore of {path} is under way; try again when it has finished</source>
        <translation>{path} қалпына келтірілуде; ол аяқталған соң қайталап көріңіз</translation>
    </message>
    <message>
        <source>{path}: the {kind} {name} is not the one this app makes</source>
        <translation>{path}: {kind} {name} нысаны осы қолданба жасайтын нысанмен сәйкес келмейді</translation>
    </message>
    <message>
        <source>{path}: the database lacks the {kind} {name} this app makes</source>
        <translation>{path}: дерекқорда осы қолданба жасайтын {kind} {name} нысаны жоқ</translation>
    </message>
    <message>
        <source>{path}: its schema {revision} cannot be brought up to date</source>
        <translation>{path}: оның {revision} сұлбасын ағымдағы нұсқаға дейін жаңарту мүмкін емес</translation>
    </message>
    <message>
        <source>{path}: the database holds an unexpected {kind} {name}</source>
        <translation>{path}: дерекқорда бөгде {kind} {name} нысаны бар</translation>
    </message>
    <message>
        <source>{path}: {name} is not the size its manifest declares</source>
        <translation>{path}: {name} өлшемі резервтік көшірменің тізімдемесінде көрсетілгенмен сәйкес келмейді</translation>
    </message>
    <message>
        <source>{path} would unpack to more than {limit} GiB: too large for a backup of ours</source>
        <translation>{path} ашылғанда {limit} ГиБ-тан асар еді: Expat Desk резервтік көшірмесі үшін тым үлкен</translation>
    </message>
    <message>
        <source>cannot open {path}: {detail}</source>
        <translation>{path} ашу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>cannot use {path}: {detail}</source>
        <translation>{path} пайдалану мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>{path} is not an Expat Desk database or is damaged ({detail})</source>
        <translation>{path} Expat Desk дерекқоры емес немесе зақымдалған ({detail})</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of Expat Desk; it was left unchanged</source>
        <translation>{path} — Expat Desk емес, басқа бағдарламаның дерекқоры; файл өзгеріссіз қалдырылды</translation>
    </message>
    <message>
        <source>{path} is already open in another Expat Desk window; switch to that window, or close it and try again</source>
        <translation>{path} Expat Desk бағдарламасының басқа терезесінде ашық тұр; сол терезеге өтіңіз немесе оны жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>{path} is already open in another Expat Desk window (process {pid} on {host}, since {since}); switch to that window, or close it and try again</source>
        <translation>{path} Expat Desk бағдарламасының басқа терезесінде ашық тұр ({host} компьютеріндегі {pid} процесі, {since} бастап); сол терезеге өтіңіз немесе оны жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} — қалта, дерекқор файлы емес</translation>
    </message>
    <message>
        <source>{path} is locked by another program; close it and try again</source>
        <translation>{path} басқа бағдарламамен бұғатталған; оны жауып, қайталап көріңіз</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} жоқ</translation>
    </message>
    <message>
        <source>{path} was made by a newer Expat Desk (schema {revision}); update the app</source>
        <translation>{path} Expat Desk бағдарламасының жаңа нұсқасымен жасалған (схема {revision}); бағдарламаны жаңартыңыз</translation>
    </message>
    <message>
        <source>cannot create {path}: folder {folder} does not exist</source>
        <translation>{path} жасау мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>the upgrade would break a reference: {detail}</source>
        <translation>жаңарту сілтемелік тұтастықты бұзар еді: {detail}</translation>
    </message>
    <message>
        <source>demo data goes only into an empty database; this one has clients</source>
        <translation>демонстрациялық деректер тек бос дерекқорға жүктеледі; бұл дерекқорда клиенттер бар</translation>
    </message>
    <message>
        <source>cannot write {path}: {detail}</source>
        <translation>{path} жазу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} файлы бос</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — қалта, файл емес</translation>
    </message>
    <message>
        <source>{path} is a symbolic link: give the name of a file, not of a link</source>
        <translation>{path} — символдық сілтеме: сілтеменің емес, файлдың атын көрсетіңіз</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>{path} жазу мүмкін емес: {folder} қалтасы жоқ</translation>
    </message>
    <message>
        <source>{path} is a device, a pipe or a socket, not a file: nothing is written there</source>
        <translation>{path} — файл емес, құрылғы, арна немесе сокет: оған ештеңе жазылмайды</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MiB</source>
        <translation>{name} файлы {limit} МиБ-тан үлкен</translation>
    </message>
    <message>
        <source>the change conflicts with a stored record: {detail}</source>
        <translation>өзгеріс сақталған жазбаға қайшы келеді: {detail}</translation>
    </message>
    <message>
        <source>no {record} #{id}</source>
        <translation>табылмады: {record} №{id}</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook made by Expat Desk, or it is damaged ({detail})</source>
        <translation>{name} — Expat Desk жасаған Excel файлы емес немесе зақымдалған ({detail})</translation>
    </message>
    <message>
        <source>name at least one workload export to merge</source>
        <translation>біріктіру үшін жұмыс көлемі экспортының кемінде біреуін көрсетіңіз</translation>
    </message>
    <message>
        <source>{first} and {second} both hold {manager}&apos;s figures for {week}: merge one export of each manager and week</source>
        <translation>{first} және {second} файлдарында {manager} менеджерінің {week} аптасындағы көрсеткіштері бар: әр менеджер мен апта үшін бір экспорттан біріктіріңіз</translation>
    </message>
    <message>
        <source>{name} is named twice</source>
        <translation>{name} файлы екі рет көрсетілген</translation>
    </message>
    <message>
        <source>{name} is not a workload export of Expat Desk: {detail}</source>
        <translation>{name} Expat Desk жұмыс көлемінің экспорты емес: {detail}</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx)</source>
        <translation>{name} — Excel файлы (.xlsx) емес</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>{name} оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>{week} has not begun yet: today is {today}</source>
        <translation>{week} аптасы әлі басталған жоқ: бүгін {today}</translation>
    </message>
    <message>
        <source>MRZ contains a character not allowed: &apos;{char}&apos;</source>
        <translation>машинамен оқылатын аймақта рұқсат етілмеген таңба бар: «{char}»</translation>
    </message>
    <message>
        <source>MRZ line 2: the check digit of the {field} is {digit}, expected {expected}</source>
        <translation>машинамен оқылатын аймақ, 2-жол: «{field}» өрісінің бақылау цифры — {digit}, ал {expected} болуы керек</translation>
    </message>
    <message>
        <source>MRZ line 2: the composite check digit is {digit}, expected {expected}</source>
        <translation>машинамен оқылатын аймақ, 2-жол: жалпы бақылау цифры — {digit}, ал {expected} болуы керек</translation>
    </message>
    <message>
        <source>MRZ line {line}: the {field} &apos;{typed}&apos; is not a valid country code</source>
        <translation>машинамен оқылатын аймақ, {line}-жол: «{field}» өрісіндегі «{typed}» ел коды емес</translation>
    </message>
    <message>
        <source>MRZ line 2: the {field} is not a real date (YYMMDD): {text}</source>
        <translation>машинамен оқылатын аймақ, 2-жол: «{field}» өрісінде жоқ күн көрсетілген (ЖЖААКК): {text}</translation>
    </message>
    <message>
        <source>MRZ line 1: the document type &apos;{typed}&apos; is not valid</source>
        <translation>машинамен оқылатын аймақ, 1-жол: «{typed}» құжат түрі жарамсыз</translation>
    </message>
    <message>
        <source>MRZ is empty</source>
        <translation>машинамен оқылатын аймақ толтырылмаған</translation>
    </message>
    <message>
        <source>MRZ must have two lines of 44 characters; line {line} has {count}</source>
        <translation>машинамен оқылатын аймақ 44 таңбадан тұратын екі жолдан тұруы керек; {line}-жолда {count} таңба бар</translation>
    </message>
    <message>
        <source>MRZ must have two lines of 44 characters; {count} lines were given</source>
        <translation>машинамен оқылатын аймақ 44 таңбадан тұратын екі жолдан тұруы керек; {count} жол енгізілді</translation>
    </message>
    <message>
        <source>MRZ line 1: the name field contains &apos;{char}&apos;, which is not a letter</source>
        <translation>машинамен оқылатын аймақ, 1-жол: аты-жөні өрісінде әріп емес «{char}» таңбасы бар</translation>
    </message>
    <message>
        <source>MRZ line 2: the document number is empty</source>
        <translation>машинамен оқылатын аймақ, 2-жол: құжат нөмірі көрсетілмеген</translation>
    </message>
    <message>
        <source>MRZ line 1: the surname is empty</source>
        <translation>машинамен оқылатын аймақ, 1-жол: тегі көрсетілмеген</translation>
    </message>
    <message>
        <source>MRZ line 1 must start with &apos;P&apos; (a passport), not &apos;{char}&apos;</source>
        <translation>машинамен оқылатын аймақтың 1-жолы «{char}» емес, «P» (паспорт) әрпінен басталуы керек</translation>
    </message>
    <message>
        <source>MRZ must have two lines of 44 characters; only one line was given ({count} characters)</source>
        <translation>машинамен оқылатын аймақ 44 таңбадан тұратын екі жолдан тұруы керек; тек бір жол енгізілді ({count} таңба)</translation>
    </message>
    <message>
        <source>MRZ line 2: the sex must be M, F, X or &apos;&lt;&apos;, not &apos;{char}&apos;</source>
        <translation>машинамен оқылатын аймақ, 2-жол: жынысы «{char}» емес, M, F, X немесе «&lt;» болуы керек</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>құжат нөмірі</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>жарамдылық мерзімінің аяқталу күні</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>жеке нөмір</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>берген мемлекет</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>азаматтығы</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Осы аптада</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Жақында</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>Host party notifies the migration police</source>
        <translation>Қабылдаушы тарап көші-қон полициясын хабардар етеді</translation>
    </message>
    <message>
        <source>Host party&apos;s letter to the Expat Centre</source>
        <translation>Қабылдаушы тараптың Expat Centre-ге хаты</translation>
    </message>
    <message>
        <source>Target processing time</source>
        <translation>Нормативтік орындау мерзімі</translation>
    </message>
    <message>
        <source>Police registration ends</source>
        <translation>Көші-қон полициясындағы тіркеу мерзімі аяқталады</translation>
    </message>
    <message>
        <source>Registered within 30 days of entry</source>
        <translation>Келгеннен кейін 30 күн ішінде тіркелу</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Паспорттың жарамдылық мерзімі аяқталады</translation>
    </message>
    <message>
        <source>Power of attorney lapses</source>
        <translation>Сенімхаттың қолданылу мерзімі аяқталады</translation>
    </message>
    <message>
        <source>EDS certificate lapses</source>
        <translation>ЭЦҚ тіркеу куәлігінің мерзімі аяқталады</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>within 6 months</source>
        <translation>мерзімі 6 ай ішінде аяқталады</translation>
    </message>
    <message>
        <source>within 3 months</source>
        <translation>мерзімі 3 ай ішінде аяқталады</translation>
    </message>
    <message>
        <source>within a month</source>
        <translation>мерзімі бір ай ішінде аяқталады</translation>
    </message>
    <message>
        <source>expired: the case cannot be completed</source>
        <translation>мерзімі өткен: істі аяқтау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>EraseClient</name>
    <message>
        <source>Erase client</source>
        <translation>Клиентті жою</translation>
    </message>
    <message>
        <source>Erase %1 and everything the app holds about them: %2 cases, their checklists, scans and generated documents. The history keeps one line without any name.

Backups keep a copy until they are pruned. This cannot be undone.

Type the surname, %3, to confirm:</source>
        <translation>%1 клиентін және қолданбадағы ол туралы барлық деректерді жоясыз ба: %2 іс, олардың құжаттар тізбелері, скан-көшірмелері және қалыптастырылған құжаттары? Тарихта атаусыз бір жазба қалады.

Резервтік көшірмелерде деректер олар тазартылғанға дейін сақталады. Бұл әрекетті болдырмау мүмкін емес.

Растау үшін тегін (%3) енгізіңіз:</translation>
    </message>
    <message>
        <source>The client&apos;s surname, to confirm</source>
        <translation>Растау үшін клиенттің тегі</translation>
    </message>
    <message>
        <source>The surname did not match; nothing was erased.</source>
        <translation>Тегі сәйкес келмеді; ештеңе жойылған жоқ.</translation>
    </message>
    <message>
        <source>%1 was erased with %2 cases.</source>
        <translation>Клиент (%1) істерімен бірге жойылды (істер саны: %2).</translation>
    </message>
    <message>
        <source>These files could not be deleted; delete them by hand:
%1</source>
        <translation>Мына файлдарды жою мүмкін болмады; оларды қолмен жойыңыз:
%1</translation>
    </message>
    <message>
        <source>Another program was reading the database, so traces of the erased data stay in its journal file until Expat Desk is closed. Close Expat Desk when you can.</source>
        <translation>Дерекқорды басқа бағдарлама оқып тұрды, сондықтан өшірілген деректердің іздері Expat Desk жабылғанға дейін оның журнал файлында қалады. Мүмкіндігінше Expat Desk-ті жабыңыз.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a file or folder could not be read or written (%1)</source>
        <translation>файлды немесе қалтаны оқу не жазу мүмкін болмады (%1)</translation>
    </message>
    <message>
        <source>the database could not do what was asked (%1)</source>
        <translation>дерекқор сұралған әрекетті орындай алмады (%1)</translation>
    </message>
    <message>
        <source>the computer ran out of memory (%1)</source>
        <translation>компьютердің жады жетпеді (%1)</translation>
    </message>
    <message>
        <source>an error in the program (%1)</source>
        <translation>бағдарлама жұмысындағы ақау (%1)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Қате орын алды: %1</translation>
    </message>
    <message>
        <source>Everything you saved is safe. The details are in %1.</source>
        <translation>Сақталған деректердің бәрі сақтаулы. Толық мәліметтер — %1 файлында.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
</context>
<context>
    <name>ExportWeekDialog</name>
    <message>
        <source>All managers</source>
        <translation>Барлық менеджерлер</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export the workbook</source>
        <translation>Excel файлын экспорттау</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Экспорттамай жабу</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Export week</source>
        <translation>Аптаны экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel жұмыс кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Excel файлы жазылуда…</translation>
    </message>
    <message>
        <source>The workbook was not written: %1</source>
        <translation>Excel файлы жазылмады: %1</translation>
    </message>
    <message>
        <source>Week exported</source>
        <translation>Апта экспортталды</translation>
    </message>
    <message>
        <source>The workbook is saved as
%1</source>
        <translation>Excel файлы мына жерге сақталды:
%1</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Export a week&apos;s workload</source>
        <translation>Апталық жұмыс көлемін экспорттау</translation>
    </message>
    <message>
        <source>The week&apos;s workload as an Excel workbook for the supervisor: a summary per manager and service, every case touched, and the actions of each day.</source>
        <translation>Апталық жұмыс көлемі басшыға арналған Excel файлы түрінде: менеджерлер мен қызметтер бойынша жиынтық, жұмыс жүргізілген барлық істер және әр күнгі әрекеттер.</translation>
    </message>
    <message>
        <source>About the export</source>
        <translation>Экспорт туралы</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Апта:</translation>
    </message>
    <message>
        <source>A day of the week to export</source>
        <translation>Экспортталатын аптаның бір күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>The week chosen</source>
        <translation>Таңдалған апта</translation>
    </message>
    <message>
        <source>&amp;Number of weeks:</source>
        <translation>Апталар &amp;саны:</translation>
    </message>
    <message>
        <source>How many weeks, ending with the week chosen</source>
        <translation>Таңдалған аптамен аяқталатын апталар саны</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>Whose workload</source>
        <translation>Кімнің жұмыс көлемі</translation>
    </message>
    <message>
        <source>&amp;Language of the workbook:</source>
        <translation>Файлдың &amp;тілі:</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Файлдың тілі</translation>
    </message>
    <message>
        <source>The language of the sheet names, headers, statuses and services in the workbook</source>
        <translation>Файлдағы парақ атауларының, тақырыптардың, мәртебелер мен қызметтердің тілі</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Қатенің сипаттамасы</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Жаңа жыл</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православиелік Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Халықаралық әйелдер күні</translation>
    </message>
    <message>
        <source>Nowruz Holiday</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s People Solidarity Holiday</source>
        <translation>Қазақстан халқының бірлігі мерекесі</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>Отан қорғаушы күні</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Жеңіс күні</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>Астана күні</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Қазақстан Республикасының Конституциясы күні</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Қазақстан Республикасы күні</translation>
    </message>
    <message>
        <source>First President Day</source>
        <translation>Қазақстан Республикасының Тұңғыш Президенті күні</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Тәуелсіздік күні</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Құрбан айт</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>day off set by the centre</source>
        <translation>орталық белгілеген демалыс күні</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (қайта белгіленген демалыс)</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (болжамды күн)</translation>
    </message>
    <message>
        <source>Day off (substituted from %1)</source>
        <translation>Демалыс күні (%1 күнінен ауыстырылды)</translation>
    </message>
</context>
<context>
    <name>HostParties</name>
    <message>
        <source>kind (company or private person)</source>
        <translation>түрі (заңды немесе жеке тұлға)</translation>
    </message>
    <message>
        <source>BIN or IIN</source>
        <translation>БСН немесе ЖСН</translation>
    </message>
    <message>
        <source>address</source>
        <translation>мекенжайы</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>head who signs</source>
        <translation>қол қоятын басшы</translation>
    </message>
    <message>
        <source>head&apos;s position</source>
        <translation>басшының лауазымы</translation>
    </message>
</context>
<context>
    <name>HostPartiesDialog</name>
    <message>
        <source>Host parties</source>
        <translation>Қабылдаушы тараптар</translation>
    </message>
    <message>
        <source>Find a host party</source>
        <translation>Қабылдаушы тарапты іздеу</translation>
    </message>
    <message>
        <source>Find by name, BIN or IIN</source>
        <translation>Атауы, БСН немесе ЖСН бойынша іздеу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>BIN / IIN</source>
        <translation>БСН / ЖСН</translation>
    </message>
    <message>
        <source>For a letter</source>
        <translation>Хат үшін</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ж&amp;ою</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>қажет: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Remove host party</source>
        <translation>Қабылдаушы тарапты жою</translation>
    </message>
    <message>
        <source>Remove %1 from the host parties?</source>
        <translation>«%1» қабылдаушы тараптар тізімінен жойылсын ба?</translation>
    </message>
    <message>
        <source>%1 is the host party of %2 case(s) and stays on file.</source>
        <translation>«%1» — %2 іс бойынша қабылдаушы тарап, сондықтан тізімде қалады.</translation>
    </message>
</context>
<context>
    <name>HostPartyEditor</name>
    <message>
        <source>Host party</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <source>New host party</source>
        <translation>Жаңа қабылдаушы тарап</translation>
    </message>
    <message>
        <source>Kind of host party</source>
        <translation>Қабылдаушы тараптың түрі</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(таңдаңыз)</translation>
    </message>
    <message>
        <source>Legal entity (company, hotel)</source>
        <translation>Заңды тұлға (ұйым, қонақүй)</translation>
    </message>
    <message>
        <source>Private person (landlord, relative)</source>
        <translation>Жеке тұлға (пәтер иесі, туысы)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN or IIN</source>
        <translation>БСН немесе ЖСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Head who signs</source>
        <translation>Қол қоятын басшы</translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation>Басшының лауазымы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>+7 717 255 00 00 or 8 717 255 00 00</source>
        <translation>+7 717 255 00 00 немесе 8 717 255 00 00</translation>
    </message>
    <message>
        <source>As the letter prints it</source>
        <translation>Хатта басылатындай</translation>
    </message>
    <message>
        <source>The notification letter is printed on this host&apos;s letterhead, with its number, address and phone, signed by its head or, for a private person, by themself.</source>
        <translation>Келу туралы хабарлама осы қабылдаушы тараптың бланкісінде оның нөмірімен, мекенжайымен және телефонымен басылады; оған басшысы, ал жеке тұлға болса, өзі қол қояды.</translation>
    </message>
    <message>
        <source>Save the host party</source>
        <translation>Қабылдаушы тарапты сақтау</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: қате</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
</context>
<context>
    <name>HostPartyPicker</name>
    <message>
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <source>New host party</source>
        <translation>Жаңа қабылдаушы тарап</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Edit the chosen host party</source>
        <translation>Таңдалған қабылдаушы тарапты өзгерту</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(таңдалмаған)</translation>
    </message>
    <message>
        <source>The letter will need this host&apos;s %1: Edit… adds them.</source>
        <translation>Хат үшін осы қабылдаушы тараптың мына деректері қажет: %1. Оларды «Өзгерту…» батырмасы арқылы қосыңыз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Attorneys…</source>
        <translation>&amp;Сенім білдірілген адамдар…</translation>
    </message>
    <message>
        <source>The people a power of attorney may name</source>
        <translation>Сенімхатта көрсетуге болатын адамдар</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Manager at this desk</source>
        <translation>Осы жұмыс орнындағы менеджер</translation>
    </message>
    <message>
        <source>Working out the deadlines…</source>
        <translation>Мерзімдер есептелуде…</translation>
    </message>
    <message>
        <source>Clients in the register: %1 · Cases in progress: %2</source>
        <translation>Тізілімдегі клиенттер: %1 · Орындалудағы істер: %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due today: %2 · This week: %3</source>
        <translation>Мерзімі өткен: %1 · Мерзімі бүгін: %2 · Осы аптада: %3</translation>
    </message>
    <message>
        <source>Expat Desk</source>
        <translation>Expat Desk</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>Менеджер: %1</translation>
    </message>
    <message>
        <source>Manager: not set</source>
        <translation>Менеджер: көрсетілмеген</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>registered: %1</source>
        <translation>тіркелді: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 documents</source>
        <translation>%1 · %2 · %3 · құжаттар: %5 ішінен %4</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, мерзімі — %2</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Дербес деректер</translation>
    </message>
    <message>
        <source>The workbook holds clients&apos; names and citizenship.</source>
        <translation>Excel файлында клиенттердің аты-жөні мен азаматтығы бар.</translation>
    </message>
    <message>
        <source>Keep it on this computer or send it to the supervisor only, and delete it when it is no longer needed. You will not be asked again until Expat Desk is restarted.</source>
        <translation>Оны осы компьютерде сақтаңыз немесе тек басшыға жіберіңіз, ал қажет болмай қалғанда жойыңыз. Expat Desk қайта іске қосылғанға дейін бұл сұрақ қайта қойылмайды.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>About Expat Desk</source>
        <translation>Expat Desk туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Expat Desk %1&lt;/h3&gt;&lt;p&gt;The case desk of the personal managers of the AIFC Expat Centre, Astana.&lt;/p&gt;&lt;p&gt;Works offline; your data stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Expat Desk %1&lt;/h3&gt;&lt;p&gt;AIFC Expat Centre (Астана) жеке менеджерлерінің клиенттер істерін жүргізуге арналған жұмыс орны.&lt;/p&gt;&lt;p&gt;Интернетсіз жұмыс істейді; деректеріңіз осы компьютерде қалады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенттер</translation>
    </message>
    <message>
        <source>The selected client</source>
        <translation>Таңдалған клиент</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Деректер</translation>
    </message>
    <message>
        <source>Ca&amp;ses and documents</source>
        <translation>&amp;Істер мен құжаттар</translation>
    </message>
    <message>
        <source>C&amp;ases of this client:</source>
        <translation>Клиенттің і&amp;стері:</translation>
    </message>
    <message>
        <source>Cases of the selected client</source>
        <translation>Таңдалған клиенттің істері</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Тар&amp;их</translation>
    </message>
    <message>
        <source>Every change to this client&apos;s details, with who made it and when. Nobody can edit it.</source>
        <translation>Клиент деректеріндегі әрбір өзгеріс оны кім және қашан енгізгенімен бірге көрсетіледі. Бұл тарихты ешкім өзгерте алмайды.</translation>
    </message>
    <message>
        <source>History of the selected client</source>
        <translation>Таңдалған клиенттің тарихы</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <source>What this database holds</source>
        <translation>Бұл дерекқорда не бар</translation>
    </message>
    <message>
        <source>Cases by service and status</source>
        <translation>Қызметтер мен мәртебелер бойынша істер</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Мерзімдер</translation>
    </message>
    <message>
        <source>Summary of what is due</source>
        <translation>Мерзімдер бойынша жиынтық</translation>
    </message>
    <message>
        <source>Deadlines: overdue, due today and due this week</source>
        <translation>Мерзімдер: мерзімі өткен, мерзімі бүгін және осы аптада</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Кө&amp;рініс</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>New &amp;client</source>
        <translation>Жаңа &amp;клиент</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New c&amp;ase…</source>
        <translation>Жаңа &amp;іс…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Generate documents…</source>
        <translation>&amp;Құжаттарды қалыптастыру…</translation>
    </message>
    <message>
        <source>Generate the consent, power of attorney or letter of the selected case</source>
        <translation>Таңдалған істің келісімін, сенімхатын немесе хатын қалыптастыру</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Export week…</source>
        <translation>Аптаны &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export a week&apos;s workload to an Excel workbook for the supervisor</source>
        <translation>Апталық жұмыс көлемін басшыға арналған Excel файлына экспорттау</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Резервтік көшірме жасау</translation>
    </message>
    <message>
        <source>Back the database and its files up into the backups folder</source>
        <translation>Дерекқор мен оның файлдарының резервтік көшірмесін резервтік көшірмелер қалтасына сақтау</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Резервтік көшірмеден қа&amp;лпына келтіру…</translation>
    </message>
    <message>
        <source>Replace the data with a backup, after checking it and backing up what is there now</source>
        <translation>Деректерді резервтік көшірмемен ауыстыру: алдымен көшірме тексеріледі және қазіргі деректердің резервтік көшірмесі жасалады</translation>
    </message>
    <message>
        <source>E&amp;rase client…</source>
        <translation>Клиентті &amp;жою…</translation>
    </message>
    <message>
        <source>Erase the selected client and everything about them (the right to erasure)</source>
        <translation>Таңдалған клиентті және ол туралы барлық деректерді жою (деректерді жою құқығы)</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Клиентті &amp;іздеу</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Business &amp;calendar…</source>
        <translation>Өндірістік &amp;күнтізбе…</translation>
    </message>
    <message>
        <source>&amp;Stay check…</source>
        <translation>&amp;Болу мерзімін тексеру…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Visa-free countries…</source>
        <translation>&amp;Визасыз елдер…</translation>
    </message>
    <message>
        <source>&amp;Target processing times…</source>
        <translation>&amp;Нормативтік мерзімдер…</translation>
    </message>
    <message>
        <source>&amp;Manager at this desk…</source>
        <translation>Осы жұмыс орнындағы &amp;менеджер…</translation>
    </message>
    <message>
        <source>Who works at this desk: every change is recorded in their name</source>
        <translation>Осы жұмыс орнында кім жұмыс істейді: әрбір өзгеріс оның атынан жазылады</translation>
    </message>
    <message>
        <source>Centre &amp;details…</source>
        <translation>&amp;Орталық деректемелері…</translation>
    </message>
    <message>
        <source>The centre&apos;s name, BIN and address, printed on its documents</source>
        <translation>Орталықтың құжаттарында басылатын атауы, БСН және мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Host parties…</source>
        <translation>&amp;Қабылдаушы тараптар…</translation>
    </message>
    <message>
        <source>The companies, hotels and landlords who receive clients and sign the notification letters</source>
        <translation>Клиенттерді қабылдайтын және келу туралы хабарламаларға қол қоятын ұйымдар, қонақүйлер мен пәтер иелері</translation>
    </message>
    <message>
        <source>&amp;About Expat Desk</source>
        <translation>Expat Desk &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Пайдаланушы &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>A manager&apos;s day in ten steps, in your language</source>
        <translation>Менеджердің бір күні он қадамда, сіздің тіліңізде</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>The user guide could not be opened: no browser or no guide is installed.</source>
        <translation>Нұсқаулық ашылмады: браузер немесе нұсқаулықтың өзі орнатылмаған.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>1 page</source>
        <translation>1 бет</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 бет</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Басып шығару: %1</translation>
    </message>
    <message>
        <source>The printer could not be started: check it and try again.</source>
        <translation>Принтерді іске қосу мүмкін болмады: оны тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>%1 көшірмесін сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The copy was not saved: %1</source>
        <translation>Көшірме сақталмады: %1</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Әрекет мүмкін емес</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refused by the authority</source>
        <translation>Мемлекеттік органның бас тартуы</translation>
    </message>
    <message>
        <source>The case ends refused: its checklist is kept as it stands, and the case can be reopened to put it right and submit it again.</source>
        <translation>Іс бас тартумен аяқталады: оның құжаттар тізбесі сол күйінде сақталады, ал істі кемшіліктерді түзетіп, қайта тапсыру үшін қайта ашуға болады.</translation>
    </message>
    <message>
        <source>Reason of the refusal</source>
        <translation>Бас тарту себебі</translation>
    </message>
    <message>
        <source>As the decision words it</source>
        <translation>Шешімде жазылғандай</translation>
    </message>
    <message>
        <source>Day of the decision</source>
        <translation>Шешім қабылданған күн</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Шешім &amp;күні:</translation>
    </message>
</context>
<context>
    <name>SecondCopy</name>
    <message>
        <source>Copying the backup to %1…</source>
        <translation>Резервтік көшірме %1 қалтасына көшірілуде…</translation>
    </message>
    <message>
        <source>The backup was not copied to the second folder: %1</source>
        <translation>Резервтік көшірме екінші қалтаға көшірілмеді: %1</translation>
    </message>
    <message>
        <source>Backup copied to %1</source>
        <translation>Резервтік көшірме көшірілді: %1</translation>
    </message>
</context>
<context>
    <name>StayCheckDialog</name>
    <message>
        <source>Choose the client&apos;s citizenship: type part of its name or its ISO code.</source>
        <translation>Клиенттің азаматтығын таңдаңыз: ел атауының бір бөлігін немесе ISO кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>A citizen of Kazakhstan is not a foreigner: no registration.</source>
        <translation>Қазақстан азаматы шетелдік болып саналмайды: тіркеу қажет емес.</translation>
    </message>
    <message>
        <source>The departure cannot be before the arrival.</source>
        <translation>Кеткен күні келген күнінен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>Registration is needed if the stay lasts more than 30 days.</source>
        <translation>Болу кезеңі 30 күннен асса, тіркеу қажет.</translation>
    </message>
    <message>
        <source>This stay of %1 days needs registration.</source>
        <translation>%1 күндік бұл болу кезеңі тіркеуді қажет етеді.</translation>
    </message>
    <message>
        <source>This stay of %1 days needs no registration (30 days or less).</source>
        <translation>%1 күндік бұл болу кезеңі тіркеуді қажет етпейді (30 күн немесе одан аз).</translation>
    </message>
    <message>
        <source>Registered by police registration through the centre (reciprocal agreement).</source>
        <translation>Орталық арқылы көші-қон полициясында тіркеледі (визасыз режим туралы өзара келісім).</translation>
    </message>
    <message>
        <source>Registered by the host party&apos;s migration notification.</source>
        <translation>Қабылдаушы тарап беретін келу туралы хабарлама арқылы тіркеледі.</translation>
    </message>
    <message>
        <source>The host party notifies the migration police by %1; through the centre, the letter by %2.</source>
        <translation>Қабылдаушы тарап көші-қон полициясын хабардар етудің соңғы күні: %1; орталық арқылы хатты беру мерзімі: %2.</translation>
    </message>
    <message>
        <source>Last visa-free day: %1 (%2 days left).</source>
        <translation>Визасыз болудың соңғы күні: %1 (%2 күн қалды).</translation>
    </message>
    <message>
        <source>Stay check</source>
        <translation>Болу мерзімін тексеру</translation>
    </message>
    <message>
        <source>Answer a caller&apos;s question about a stay without opening a case: whether it needs registration, by when the host party must notify the migration police, and how many visa-free days are left.</source>
        <translation>Іс ашпай-ақ қоңырау шалушының болу туралы сұрағына жауап беру: тіркеу қажет пе, қабылдаушы тарап көші-қон полициясын қай күнге дейін хабардар етуі тиіс және визасыз қанша күн қалды.</translation>
    </message>
    <message>
        <source>About the stay check</source>
        <translation>Болу мерзімін тексеру туралы</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Азаматтығы:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Келген күні:</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>К&amp;еткен күні:</translation>
    </message>
    <message>
        <source>The departure is known</source>
        <translation>Кеткен күні белгілі</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Кеткен күні</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Мақсаты:</translation>
    </message>
    <message>
        <source>Purpose of the stay</source>
        <translation>Болу мақсаты</translation>
    </message>
    <message>
        <source>&amp;Visa or permit until:</source>
        <translation>&amp;Виза немесе рұқсаттың мерзімі:</translation>
    </message>
    <message>
        <source>The stay rests on a visa or permit</source>
        <translation>Болу виза немесе рұқсат негізінде</translation>
    </message>
    <message>
        <source>Last day of the visa or permit</source>
        <translation>Визаның немесе рұқсаттың соңғы күні</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Жауап</translation>
    </message>
</context>
<context>
    <name>StayEditor</name>
    <message>
        <source>Change the stay</source>
        <translation>Болу кезеңін өзгерту</translation>
    </message>
    <message>
        <source>Add a stay</source>
        <translation>Болу кезеңін қосу</translation>
    </message>
    <message>
        <source>Save the stay</source>
        <translation>Болу кезеңін сақтау</translation>
    </message>
    <message>
        <source>Close without saving the stay</source>
        <translation>Болу кезеңін сақтамай жабу</translation>
    </message>
    <message>
        <source>Stay in Kazakhstan</source>
        <translation>Қазақстанда болу кезеңі</translation>
    </message>
    <message>
        <source>One entry into Kazakhstan and the exit after it, and the visa-free regime, visa or residence permit the stay rests on.</source>
        <translation>Қазақстанға бір рет келу және одан кейінгі шығу, сондай-ақ болу негізі болып табылатын визасыз режим, виза немесе тұруға ықтиярхат.</translation>
    </message>
    <message>
        <source>About a stay</source>
        <translation>Болу кезеңі туралы</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Келген күні:</translation>
    </message>
    <message>
        <source>Day of arrival in Kazakhstan</source>
        <translation>Қазақстанға келген күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Arrival: what is wrong</source>
        <translation>Келген күні: қате</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>К&amp;еткен күні:</translation>
    </message>
    <message>
        <source>Day of departure from Kazakhstan</source>
        <translation>Қазақстаннан кеткен күні</translation>
    </message>
    <message>
        <source>&amp;Still in Kazakhstan</source>
        <translation>Әлі &amp;Қазақстанда</translation>
    </message>
    <message>
        <source>Still in Kazakhstan: no departure yet</source>
        <translation>Әлі Қазақстанда: кеткен күні жоқ</translation>
    </message>
    <message>
        <source>Departure: what is wrong</source>
        <translation>Кеткен күні: қате</translation>
    </message>
    <message>
        <source>Stays &amp;on:</source>
        <translation>Болу &amp;негізі:</translation>
    </message>
    <message>
        <source>What the stay rests on</source>
        <translation>Болу негізі</translation>
    </message>
    <message>
        <source>Stays on: what is wrong</source>
        <translation>Болу негізі: қате</translation>
    </message>
    <message>
        <source>&amp;Visa number:</source>
        <translation>&amp;Виза нөмірі:</translation>
    </message>
    <message>
        <source>Visa number</source>
        <translation>Виза нөмірі</translation>
    </message>
    <message>
        <source>as printed on the visa, Latin letters and digits</source>
        <translation>визада басылғандай, латын әріптері мен цифрлар</translation>
    </message>
    <message>
        <source>Visa number: what is wrong</source>
        <translation>Виза нөмірі: қате</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Жарамдылық &amp;мерзімі:</translation>
    </message>
    <message>
        <source>Last valid day of the visa or permit</source>
        <translation>Визаның немесе рұқсаттың жарамдылығының соңғы күні</translation>
    </message>
    <message>
        <source>Valid until: what is wrong</source>
        <translation>Жарамдылық мерзімі: қате</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>Мақ&amp;саты:</translation>
    </message>
    <message>
        <source>Purpose of the stay</source>
        <translation>Болу мақсаты</translation>
    </message>
    <message>
        <source>Purpose: what is wrong</source>
        <translation>Мақсаты: қате</translation>
    </message>
    <message>
        <source>Why the stay cannot be saved</source>
        <translation>Болу кезеңін неге сақтауға болмайды</translation>
    </message>
</context>
<context>
    <name>StayWords</name>
    <message>
        <source>Citizens of %1 need a visa: there is no visa-free regime.</source>
        <translation>«%1» елінің азаматтарына виза қажет: визасыз режим қолданылмайды.</translation>
    </message>
    <message>
        <source>Longer than the %1 visa-free days of one entry: without a visa or permit the last day is %2.</source>
        <translation>Бір рет келгенде визасыз болуға рұқсат етілген %1 күннен ұзақ: виза немесе рұқсат болмаса, соңғы күн — %2.</translation>
    </message>
    <message>
        <source>%1 days in Kazakhstan within 180 days, over the %2 allowed.</source>
        <translation>180 күн ішінде Қазақстанда %1 күн — бұл рұқсат етілген %2 күннен асады.</translation>
    </message>
    <message>
        <source>A private visit is registered for 90 days at most; this stay has %1.</source>
        <translation>Жеке сапар ең көбі 90 күнге тіркеледі; бұл болу кезеңі — %1 күн.</translation>
    </message>
    <message>
        <source>The visa or permit ends on %1, before the stay does.</source>
        <translation>Визаның немесе рұқсаттың мерзімі болу кезеңі аяқталғанға дейін бітеді: %1.</translation>
    </message>
    <message>
        <source>The visa or permit ends on %1: renew it in time.</source>
        <translation>Визаның немесе рұқсаттың мерзімі бітеді: %1. Оны уақтылы ұзартыңыз.</translation>
    </message>
    <message>
        <source>Still in Kazakhstan after the last visa-free day, %1.</source>
        <translation>Визасыз болудың соңғы күнінен (%1) кейін әлі Қазақстанда.</translation>
    </message>
    <message>
        <source>%1 days: no registration needed (30 days or less).</source>
        <translation>%1 күн: тіркеу қажет емес (30 күн немесе одан аз).</translation>
    </message>
    <message>
        <source>Visa-free</source>
        <translation>Визасыз</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>Work (employment or expert contract)</source>
        <translation>Жұмыс (еңбек шарты немесе сарапшымен шарт)</translation>
    </message>
    <message>
        <source>Private visit</source>
        <translation>Жеке сапар</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Жұмыс</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source> business days</source>
        <translation> жұмыс күні</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>%1 үшін нормативтік мерзім</translation>
    </message>
    <message>
        <source>Target processing times</source>
        <translation>Нормативтік орындау мерзімдері</translation>
    </message>
    <message>
        <source>How many business days a case of each service may take from opening to completion. A case past its target shows as overdue.</source>
        <translation>Әр қызмет бойынша іс ашылғаннан бастап аяқталғанға дейін қанша жұмыс күніне созылуы мүмкін. Нормативтік мерзімнен асқан іс мерзімі өткен болып көрсетіледі.</translation>
    </message>
    <message>
        <source>About target processing times</source>
        <translation>Нормативтік орындау мерзімдері туралы</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Тапсырылды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Refused by the authority</source>
        <translation>Мемлекеттік орган бас тартты</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Келу туралы хабарлама</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
</context>
<context>
    <name>VisaFreeDialog</name>
    <message>
        <source>Citizens of the countries with a reciprocal visa-free agreement are the only foreigners the police register through the centre. The list comes with the app (checked on %1, each country with its sources); correct it here when an agreement comes into force or is suspended, and say why.</source>
        <translation>Көші-қон полициясы орталық арқылы шетелдіктердің ішінен тек визасыз режим туралы өзара келісімі бар елдердің азаматтарын тіркейді. Тізім қолданбаға енгізілген (%1 күні тексерілген, әр ел бойынша дереккөздері көрсетілген); келісім күшіне енгенде немесе оның қолданылуы тоқтатылғанда тізімді осы жерде түзетіп, себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Өзара</translation>
    </message>
    <message>
        <source>Days per entry</source>
        <translation>Бір рет келгендегі күндер</translation>
    </message>
    <message>
        <source>Days in 180</source>
        <translation>180 күндегі күндер</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Corrected by the centre</source>
        <translation>Орталық түзеткен</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>Орталық: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>біржақты</translation>
    </message>
    <message>
        <source>Days within 180 days</source>
        <translation>180 күн ішіндегі күндер</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Visa-free countries</source>
        <translation>Визасыз елдер</translation>
    </message>
    <message>
        <source>About the visa-free list</source>
        <translation>Визасыз елдер тізімі туралы</translation>
    </message>
    <message>
        <source>Find a country by name or code</source>
        <translation>Елді атауы немесе коды бойынша іздеу</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Елді іздеу</translation>
    </message>
    <message>
        <source>The centre&apos;s correction</source>
        <translation>Орталықтың түзетуі</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ел коды</translation>
    </message>
    <message>
        <source>&amp;Reciprocal visa-free agreement in force (police registration possible)</source>
        <translation>&amp;Визасыз режим туралы өзара келісім күшінде (көші-қон полициясында тіркеуге болады)</translation>
    </message>
    <message>
        <source>Reciprocal visa-free agreement in force</source>
        <translation>Визасыз режим туралы өзара келісім күшінде</translation>
    </message>
    <message>
        <source>Days per &amp;entry:</source>
        <translation>Бір рет келгендегі &amp;күндер:</translation>
    </message>
    <message>
        <source>Days within &amp;180 days:</source>
        <translation>&amp;180 күн ішіндегі күндер:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>The agreement and its date, or the ministry&apos;s letter</source>
        <translation>Келісім және оның күні немесе министрліктің хаты</translation>
    </message>
    <message>
        <source>Why the list is corrected</source>
        <translation>Тізім неге түзетілді</translation>
    </message>
    <message>
        <source>color: #c62828;</source>
        <translation>color: #c62828;</translation>
    </message>
    <message>
        <source>Why the correction was not saved</source>
        <translation>Түзету неге сақталмады</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>&amp;Түзетуді сақтау</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Түзетуді сақтау</translation>
    </message>
    <message>
        <source>&amp;Take off the list</source>
        <translation>Тізімнен &amp;алып тастау</translation>
    </message>
    <message>
        <source>Take the country off the list</source>
        <translation>Елді тізімнен алып тастау</translation>
    </message>
    <message>
        <source>&amp;Back to the published list</source>
        <translation>&amp;Жарияланған тізімге қайту</translation>
    </message>
    <message>
        <source>Back to the published list</source>
        <translation>Жарияланған тізімге қайту</translation>
    </message>
</context>
</TS>
