<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <source>Expat Desk</source>
        <translation>Expat Desk</translation>
    </message>
    <message>
        <source>The database cannot be opened.

%1</source>
        <translation>Не удаётся открыть базу данных.

%1</translation>
    </message>
    <message>
        <source>Expat Desk is already open</source>
        <translation>Expat Desk уже открыт</translation>
    </message>
    <message>
        <source>Expat Desk is already open on this database.</source>
        <translation>Expat Desk уже открыт с этой базой данных.</translation>
    </message>
    <message>
        <source>the client form: %1</source>
        <translation>карточка клиента: %1</translation>
    </message>
    <message>
        <source>a new case, not yet opened</source>
        <translation>новое дело, ещё не открытое</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Несохранённые данные</translation>
    </message>
    <message>
        <source>Expat Desk closed before this was saved. Bring it back?</source>
        <translation>Expat Desk был закрыт до сохранения этих данных. Восстановить их?</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>Срок сегодня: %1</translation>
    </message>
    <message>
        <source>This database is empty. Fill it with demo data (200 sample clients with their cases) to try Expat Desk?</source>
        <translation>База данных пуста. Заполнить её демонстрационными данными (200 условных клиентов с делами), чтобы опробовать Expat Desk?</translation>
    </message>
</context>
<context>
    <name>AttorneyEditor</name>
    <message>
        <source>New attorney</source>
        <translation>Новый поверенный</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Поверенный</translation>
    </message>
    <message>
        <source>As the identity document writes it</source>
        <translation>Как указано в документе, удостоверяющем личность</translation>
    </message>
    <message>
        <source>Latin letters and digits, as printed</source>
        <translation>Латинские буквы и цифры, как в документе</translation>
    </message>
    <message>
        <source>For example МВД РК</source>
        <translation>Например, МВД РК</translation>
    </message>
    <message>
        <source>&amp;Resident of Kazakhstan (the IIN is printed)</source>
        <translation>&amp;Резидент Казахстана (ИИН указывается в доверенности)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Attorney&apos;s full name</source>
        <translation>ФИО поверенного</translation>
    </message>
    <message>
        <source>Identity &amp;document:</source>
        <translation>&amp;Документ, удостоверяющий личность:</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Дата в&amp;ыдачи:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Кем выдан:</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Орган выдачи</translation>
    </message>
    <message>
        <source>Resident of Kazakhstan</source>
        <translation>Резидент Казахстана</translation>
    </message>
    <message>
        <source>II&amp;N:</source>
        <translation>&amp;ИИН:</translation>
    </message>
    <message>
        <source>Attorney&apos;s IIN</source>
        <translation>ИИН поверенного</translation>
    </message>
    <message>
        <source>%1: what is wrong</source>
        <translation>%1: ошибка</translation>
    </message>
    <message>
        <source>Why the attorney was not saved</source>
        <translation>Почему поверенный не сохранён</translation>
    </message>
    <message>
        <source>Save the attorney</source>
        <translation>Сохранить поверенного</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Attorneys</name>
    <message>
        <source>Kazakhstan ID card</source>
        <translation>Удостоверение личности РК</translation>
    </message>
    <message>
        <source>Kazakhstan passport</source>
        <translation>Паспорт РК</translation>
    </message>
    <message>
        <source>Foreign passport</source>
        <translation>Иностранный паспорт</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
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
        <translation>Поверенные</translation>
    </message>
    <message>
        <source>The people a power of attorney may name. A retired attorney stays on the documents printed with them, but is no longer offered for new ones.</source>
        <translation>Лица, которые могут быть указаны в доверенности. Поверенный, переведённый в архив, остаётся в уже напечатанных документах, но для новых больше не предлагается.</translation>
    </message>
    <message>
        <source>Attorneys on record</source>
        <translation>Поверенные в справочнике</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Show &amp;retired attorneys</source>
        <translation>Показывать поверенных в &amp;архиве</translation>
    </message>
    <message>
        <source>Show retired attorneys</source>
        <translation>Показывать поверенных в архиве</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add an attorney</source>
        <translation>Добавить поверенного</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the chosen attorney</source>
        <translation>Изменить выбранного поверенного</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <source>Retire the chosen attorney</source>
        <translation>Перевести выбранного поверенного в архив</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Описание ошибки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>non-resident</source>
        <translation>нерезидент</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действующий</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>Retire attorney</source>
        <translation>Перевод поверенного в архив</translation>
    </message>
    <message>
        <source>Retire %1? The documents already printed keep the name; new powers of attorney can no longer name them.</source>
        <translation>Перевести %1 в архив? В уже напечатанных документах это имя сохранится; в новых доверенностях указать этого поверенного будет нельзя.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Not retired: %1</source>
        <translation>Не переведён в архив: %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Создание ежедневной резервной копии…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made.

%1</source>
        <translation>Не удалось создать ежедневную резервную копию.

%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message>
        <source>The backup could not be made.

%1</source>
        <translation>Не удалось создать резервную копию.

%1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>The database and its files are backed up to
%1</source>
        <translation>Резервная копия базы данных и её файлов сохранена в
%1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>This backup cannot be restored.

%1</source>
        <translation>Эту резервную копию невозможно восстановить.

%1</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>Encrypt backups, and copy each to a USB drive or a network share</source>
        <translation>Шифровать резервные копии и копировать каждую на USB-накопитель или в сетевую папку</translation>
    </message>
    <message>
        <source>Expat Desk backups (*.zip *.zip.edb)</source>
        <translation>Резервные копии Expat Desk (*.zip *.zip.edb)</translation>
    </message>
    <message>
        <source>Replace all the data with the backup of %1 UTC (%2 clients, %3 cases, %4 files)?</source>
        <translation>Заменить все данные резервной копией от %1 UTC (клиентов: %2, дел: %3, файлов: %4)?</translation>
    </message>
    <message>
        <source>What is there now is backed up first, so this restore can be undone.</source>
        <translation>Сначала будет создана резервная копия текущих данных, поэтому восстановление можно будет отменить.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>The restore failed.

%1</source>
        <translation>Восстановление не удалось.

%1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Данные восстановлены из %1</translation>
    </message>
    <message>
        <source>Expat Desk</source>
        <translation>Expat Desk</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase:</source>
        <translation>Файл %1 зашифрован. Введите его парольную фразу:</translation>
    </message>
    <message>
        <source>The passphrase is wrong; a backup opens only with its own.</source>
        <translation>Парольная фраза неверна: резервная копия открывается только своей парольной фразой.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>&amp;Шифровать резервные копии парольной фразой</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the system&apos;s keyring</source>
        <translation>&amp;Запомнить парольную фразу в хранилище паролей системы</translation>
    </message>
    <message>
        <source>At least %1 characters. Without it an encrypted backup cannot be restored: keep it somewhere safe, away from this laptop.</source>
        <translation>Не менее %1 символов. Без неё зашифрованную резервную копию восстановить нельзя: храните её в надёжном месте, не на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Encryption is on. Type a passphrase only to change it: backups made before still open with the old one.</source>
        <translation>Шифрование включено. Вводите парольную фразу, только чтобы её сменить: прежние резервные копии по-прежнему открываются старой.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Вторая папка резервных копий</translation>
    </message>
    <message>
        <source>None: backups stay on this laptop only</source>
        <translation>Нет: резервные копии хранятся только на этом ноутбуке</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Each backup is copied there too. Last copy: %1 UTC.</source>
        <translation>Каждая резервная копия копируется и туда. Последнее копирование: %1 UTC.</translation>
    </message>
    <message>
        <source>Each backup is copied there too. No backup has been copied yet.</source>
        <translation>Каждая резервная копия копируется и туда. Копий там пока нет.</translation>
    </message>
    <message>
        <source>A USB drive or a network share, so that a lost laptop loses no data.</source>
        <translation>USB-накопитель или сетевая папка, чтобы при потере ноутбука данные не были утрачены.</translation>
    </message>
    <message>
        <source>This folder is on this laptop&apos;s own disk: choose a USB drive or a network share.</source>
        <translation>Эта папка находится на диске самого ноутбука: выберите USB-накопитель или сетевую папку.</translation>
    </message>
    <message>
        <source>Backups copied off this laptop hold every client&apos;s passport: turn encryption on.</source>
        <translation>Резервные копии, вынесенные с ноутбука, содержат паспортные данные всех клиентов: включите шифрование.</translation>
    </message>
    <message>
        <source>Type the passphrase, so that it can be remembered.</source>
        <translation>Введите парольную фразу, чтобы её можно было запомнить.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The system&apos;s keyring is not available, so the passphrase is not remembered: a restore will ask for it.</source>
        <translation>Хранилище паролей системы недоступно, поэтому парольная фраза не запомнена: при восстановлении она будет запрошена.</translation>
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
        <translation>Эта копия Expat Desk работает на Python %1 с Qt for Python %2; при таком сочетании окно через несколько часов работы может закрыться само.</translation>
    </message>
    <message>
        <source>Save your work often and ask for Expat Desk to be installed with Python 3.12 or newer.</source>
        <translation>Чаще сохраняйте данные и попросите установить Expat Desk с Python 3.12 или новее.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>A business day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>No business day: %1</source>
        <translation>Нерабочий день: %1</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s holidays and transferred days come with the app. When the government announces a transfer late, set the day here: the centre&apos;s own days win.</source>
        <translation>Праздничные дни и переносы выходных в Казахстане уже заложены в приложение. Если Правительство объявит перенос с опозданием, укажите день здесь: дни, заданные центром, имеют приоритет.</translation>
    </message>
    <message>
        <source>About the business calendar</source>
        <translation>О производственном календаре</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Выбранный день</translation>
    </message>
    <message>
        <source>Whether the selected day is a business day</source>
        <translation>Является ли выбранный день рабочим</translation>
    </message>
    <message>
        <source>This day is</source>
        <translation>Этот день</translation>
    </message>
    <message>
        <source>As the national calendar says</source>
        <translation>По государственному календарю</translation>
    </message>
    <message>
        <source>A day off at the centre</source>
        <translation>Выходной день в центре</translation>
    </message>
    <message>
        <source>A working day at the centre</source>
        <translation>Рабочий день в центре</translation>
    </message>
    <message>
        <source>The centre&apos;s own days:</source>
        <translation>Дни, заданные центром:</translation>
    </message>
    <message>
        <source>The centre&apos;s own days off and working days</source>
        <translation>Выходные и рабочие дни, заданные центром</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <source>New case wizard</source>
        <translation>Мастер открытия дела</translation>
    </message>
    <message>
        <source>IIN %1</source>
        <translation>ИИН %1</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: ошибка</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Очистить: %1</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>%1 has no IIN: an EDS needs one. Open an IIN case first.</source>
        <translation>У клиента %1 нет ИИН, а он необходим для получения ЭЦП. Сначала откройте дело на получение ИИН.</translation>
    </message>
    <message>
        <source>%1 already has an IIN (%2).</source>
        <translation>У клиента %1 уже есть ИИН (%2).</translation>
    </message>
    <message>
        <source>Police registration is only for citizens of countries with a reciprocal visa-free agreement with Kazakhstan, and %1 has none (%2). The host party&apos;s migration notification registers %3.</source>
        <translation>Регистрация в миграционной полиции проводится только для граждан стран, заключивших с Казахстаном соглашение о взаимном безвизовом режиме, а у страны «%1» (%2) такого соглашения нет. Пребывание клиента %3 регистрируется на основании уведомления о прибытии, которое подаёт принимающая сторона.</translation>
    </message>
    <message>
        <source>%1 is a citizen of Kazakhstan: this service is for foreign citizens.</source>
        <translation>%1 — гражданин Казахстана, а эта услуга предназначена для иностранных граждан.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 (from the client record)</source>
        <translation>%1 (из карточки клиента)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (необязательно)</translation>
    </message>
    <message>
        <source>%1 (new client)</source>
        <translation>%1 (новый клиент)</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Услуга: %1</translation>
    </message>
    <message>
        <source>Checklist: %1 items</source>
        <translation>Перечень документов (пунктов: %1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Отказаться от открытия дела?</translation>
    </message>
    <message>
        <source>The case is not opened yet. Discard what you have entered?</source>
        <translation>Дело ещё не открыто. Удалить введённые данные?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить ввод</translation>
    </message>
    <message>
        <source>already belongs to client #%1 %2</source>
        <translation>уже указан у клиента №%1 %2</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>Дело не открыто</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>Не удалось открыть дело: %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Pick the client the case is for, or register a new one.</source>
        <translation>Выберите клиента, для которого открывается дело, или зарегистрируйте нового.</translation>
    </message>
    <message>
        <source>&amp;Existing client</source>
        <translation>Клиент из &amp;реестра</translation>
    </message>
    <message>
        <source>Existing client</source>
        <translation>Клиент из реестра</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <source>Name in Latin or Cyrillic, passport, IIN, phone or employer</source>
        <translation>Имя латиницей или кириллицей, паспорт, ИИН, телефон или работодатель</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>Н&amp;овый клиент</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>&amp;Surname (Latin):</source>
        <translation>&amp;Фамилия (латиницей):</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <source>As in the passport, e.g. MÜLLER</source>
        <translation>Как в паспорте, например MÜLLER</translation>
    </message>
    <message>
        <source>Surname (Latin): error</source>
        <translation>Фамилия (латиницей): ошибка</translation>
    </message>
    <message>
        <source>&amp;Given names (Latin):</source>
        <translation>&amp;Имя (латиницей):</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <source>As in the passport</source>
        <translation>Как в паспорте</translation>
    </message>
    <message>
        <source>Given names (Latin): error</source>
        <translation>Имя (латиницей): ошибка</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Д&amp;ата рождения:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Birth date: error</source>
        <translation>Дата рождения: ошибка</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>Citizenship: error</source>
        <translation>Гражданство: ошибка</translation>
    </message>
    <message>
        <source>&amp;Passport number:</source>
        <translation>Номер &amp;паспорта:</translation>
    </message>
    <message>
        <source>5 to 20 Latin letters and digits</source>
        <translation>От 5 до 20 латинских букв и цифр</translation>
    </message>
    <message>
        <source>Passport number: error</source>
        <translation>Номер паспорта: ошибка</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>What the client needs.</source>
        <translation>Услуга, которая нужна клиенту.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Only what this service needs.</source>
        <translation>Только то, что требуется для этой услуги.</translation>
    </message>
    <message>
        <source>Why this case cannot be opened</source>
        <translation>Почему это дело нельзя открыть</translation>
    </message>
    <message>
        <source>Open an &amp;IIN case instead</source>
        <translation>Открыть дело на получение &amp;ИИН</translation>
    </message>
    <message>
        <source>Open an IIN case instead</source>
        <translation>Открыть вместо этого дело на получение ИИН</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Перечень документов</translation>
    </message>
    <message>
        <source>The documents and steps the case will track. Nothing is stored yet.</source>
        <translation>Документы и этапы, которые будут отслеживаться по делу. Пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>Checklist of the case</source>
        <translation>Перечень документов по делу</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Click Finish to open the case.</source>
        <translation>Нажмите «Завершить», чтобы открыть дело.</translation>
    </message>
    <message>
        <source>Summary of the case</source>
        <translation>Сводка по делу</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Save the centre&apos;s details</source>
        <translation>Сохранить реквизиты центра</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Centre details</source>
        <translation>Реквизиты центра</translation>
    </message>
    <message>
        <source>The centre&apos;s name, BIN and address are printed on every consent, power of attorney and letter it generates.</source>
        <translation>Наименование, БИН и адрес центра печатаются на каждом формируемом согласии, доверенности и письме.</translation>
    </message>
    <message>
        <source>About the centre&apos;s details</source>
        <translation>О реквизитах центра</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Наименование центра</translation>
    </message>
    <message>
        <source>Name: what is wrong</source>
        <translation>Наименование: ошибка</translation>
    </message>
    <message>
        <source>&amp;BIN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <source>Business identification number (BIN)</source>
        <translation>Бизнес-идентификационный номер (БИН)</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>BIN: what is wrong</source>
        <translation>БИН: ошибка</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Address of the centre</source>
        <translation>Адрес центра</translation>
    </message>
    <message>
        <source>Street, building, city</source>
        <translation>Улица, дом, город</translation>
    </message>
    <message>
        <source>Address: what is wrong</source>
        <translation>Адрес: ошибка</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>скан</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>submitted on</source>
        <translation>дата подачи</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>дата закрытия</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательный</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательный</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>No case selected</source>
        <translation>Дело не выбрано</translation>
    </message>
    <message>
        <source>rules v%1 of %2</source>
        <translation>правила, ред. %1 от %2</translation>
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
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 required documents collected</source>
        <translation>Собрано обязательных документов: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>Готово к подаче</translation>
    </message>
    <message>
        <source>All required documents are in</source>
        <translation>Все обязательные документы собраны</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>Скан: %1</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Скан не прикреплён</translation>
    </message>
    <message>
        <source>Selected document: %1</source>
        <translation>Выбранный документ: %1</translation>
    </message>
    <message>
        <source>Selected document</source>
        <translation>Выбранный документ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>item #%1</source>
        <translation>пункт №%1</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>%1 generated: %2</source>
        <translation>Сформирован документ «%1»: %2</translation>
    </message>
    <message>
        <source>%1 opened: %2</source>
        <translation>%1 открыто: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4</source>
        <translation>%1, %2: %3 → %4</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, автор: %1</translation>
    </message>
    <message>
        <source>%1, generated %2%3
%4
SHA-256 %5</source>
        <translation>%1, сформирован %2%3
%4
SHA-256 %5</translation>
    </message>
    <message>
        <source>Generated doc&amp;uments (%1)</source>
        <translation>&amp;Сформированные документы (%1)</translation>
    </message>
    <message>
        <source>Generated doc&amp;uments</source>
        <translation>&amp;Сформированные документы</translation>
    </message>
    <message>
        <source>This document is not shown: %1.

The copy on record must stay as it was generated. Generate the document again if it is still needed.</source>
        <translation>Документ не показан: %1.

Хранимая копия должна оставаться в том виде, в каком была сформирована. Если документ ещё нужен, сформируйте его заново.</translation>
    </message>
    <message>
        <source>The scan %1 is no longer on this computer.</source>
        <translation>Скана %1 больше нет на этом компьютере.</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Прикрепить скан</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <source>Why does “%1” not apply to this client?</source>
        <translation>Почему документ «%1» не требуется этому клиенту?</translation>
    </message>
    <message>
        <source>The IIN issued:</source>
        <translation>Присвоенный ИИН:</translation>
    </message>
    <message>
        <source>Outcome (optional):</source>
        <translation>Результат (необязательно):</translation>
    </message>
    <message>
        <source>Complete the case</source>
        <translation>Завершить дело</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Действие невозможно</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Перечень документов</translation>
    </message>
    <message>
        <source>Checklist of the case</source>
        <translation>Перечень документов по делу</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Required documents collected</source>
        <translation>Собрано обязательных документов</translation>
    </message>
    <message>
        <source>What the case still needs</source>
        <translation>Чего ещё не хватает по делу</translation>
    </message>
    <message>
        <source>Checklist of the case&apos;s documents</source>
        <translation>Перечень документов по делу</translation>
    </message>
    <message>
        <source>Drop a scan on a document to attach it</source>
        <translation>Перетащите скан на документ, чтобы прикрепить его</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Date the document came in or the step was done</source>
        <translation>Дата поступления документа или выполнения этапа</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Mark as:</source>
        <translation>Отметить как:</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>По&amp;лучен</translation>
    </message>
    <message>
        <source>The client brought this document</source>
        <translation>Клиент представил этот документ</translation>
    </message>
    <message>
        <source>Mark as received</source>
        <translation>Отметить как полученный</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>П&amp;роверен</translation>
    </message>
    <message>
        <source>You checked this document</source>
        <translation>Вы проверили этот документ</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>Отметить как проверенный</translation>
    </message>
    <message>
        <source>&amp;Missing</source>
        <translation>&amp;Отсутствует</translation>
    </message>
    <message>
        <source>This document is still to be collected</source>
        <translation>Этот документ ещё предстоит получить</translation>
    </message>
    <message>
        <source>Mark as missing</source>
        <translation>Отметить как отсутствующий</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>Не &amp;требуется</translation>
    </message>
    <message>
        <source>This document does not apply to the client</source>
        <translation>Этот документ не требуется клиенту</translation>
    </message>
    <message>
        <source>Mark as not applicable</source>
        <translation>Отметить как не требующийся</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Note on the document</source>
        <translation>Примечание к документу</translation>
    </message>
    <message>
        <source>A note on this document, saved when you leave the field</source>
        <translation>Примечание к документу; сохраняется при выходе из поля</translation>
    </message>
    <message>
        <source>Attached scan</source>
        <translation>Прикреплённый скан</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>При&amp;крепить скан…</translation>
    </message>
    <message>
        <source>Copy a scan of this document into the case</source>
        <translation>Скопировать скан этого документа в дело</translation>
    </message>
    <message>
        <source>O&amp;pen scan</source>
        <translation>Откр&amp;ыть скан</translation>
    </message>
    <message>
        <source>Open the attached scan in its usual program</source>
        <translation>Открыть прикреплённый скан в программе по умолчанию</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Открыть скан</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>Под&amp;ать</translation>
    </message>
    <message>
        <source>Hand the case to the state body (every required document is in)</source>
        <translation>Передать дело в государственный орган (все обязательные документы собраны)</translation>
    </message>
    <message>
        <source>Submit the case</source>
        <translation>Подать дело</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>Завер&amp;шить</translation>
    </message>
    <message>
        <source>The state body has decided: record the outcome</source>
        <translation>Государственный орган принял решение: внесите результат</translation>
    </message>
    <message>
        <source>Re&amp;fused…</source>
        <translation>Отка&amp;з…</translation>
    </message>
    <message>
        <source>The state body refused the application: record its reason and date</source>
        <translation>Государственный орган отказал в заявлении: внесите причину и дату отказа</translation>
    </message>
    <message>
        <source>Record the case as refused by the authority</source>
        <translation>Отметить отказ государственного органа по делу</translation>
    </message>
    <message>
        <source>Re&amp;turn for corrections</source>
        <translation>В&amp;ернуть на доработку</translation>
    </message>
    <message>
        <source>The state body sent the case back: open it again</source>
        <translation>Государственный орган вернул дело: откройте его повторно</translation>
    </message>
    <message>
        <source>Return the case for corrections</source>
        <translation>Вернуть дело на доработку</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Возо&amp;бновить</translation>
    </message>
    <message>
        <source>Open a completed or cancelled case again</source>
        <translation>Повторно открыть завершённое или отменённое дело</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Возобновить дело</translation>
    </message>
    <message>
        <source>Cance&amp;l case</source>
        <translation>От&amp;менить дело</translation>
    </message>
    <message>
        <source>The client no longer needs this service</source>
        <translation>Клиенту больше не нужна эта услуга</translation>
    </message>
    <message>
        <source>Cancel the case</source>
        <translation>Отменить дело</translation>
    </message>
    <message>
        <source>History and generated documents of the case</source>
        <translation>История и сформированные документы по делу</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>История дела</translation>
    </message>
    <message>
        <source>Documents generated for the case</source>
        <translation>Документы, сформированные по делу</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file as it was generated</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть файл в сформированном виде</translation>
    </message>
    <message>
        <source>&amp;Generate documents…</source>
        <translation>Сформировать док&amp;ументы…</translation>
    </message>
    <message>
        <source>Fill in the consent, power of attorney or letter of this case, to print (Ctrl+G)</source>
        <translation>Заполнить согласие, доверенность или письмо по этому делу для печати (Ctrl+G)</translation>
    </message>
    <message>
        <source>Generate documents</source>
        <translation>Сформировать документы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show the selected document as it was generated, to print it again or save a copy</source>
        <translation>Показать выбранный документ в сформированном виде, чтобы повторно напечатать его или сохранить копию</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Открыть выбранный документ</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения в карточке клиента %1?</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Fill from the passport&apos;s machine-readable lines</source>
        <translation>Заполнить по машиночитаемой зоне паспорта</translation>
    </message>
    <message>
        <source>Passport machine-readable lines</source>
        <translation>Машиночитаемая зона паспорта</translation>
    </message>
    <message>
        <source>Paste the two lines at the bottom of the passport page</source>
        <translation>Вставьте две строки из нижней части страницы паспорта</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <source>Fill the passport fields from these lines</source>
        <translation>Заполнить паспортные данные по этим строкам</translation>
    </message>
    <message>
        <source>What is wrong with the machine-readable lines</source>
        <translation>Ошибка в машиночитаемой зоне</translation>
    </message>
    <message>
        <source>Surname (Latin):</source>
        <translation>Фамилия (латиницей):</translation>
    </message>
    <message>
        <source>Surname (Latin)</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <source>Surname (Latin): what is wrong</source>
        <translation>Фамилия (латиницей): ошибка</translation>
    </message>
    <message>
        <source>Given names (Latin):</source>
        <translation>Имя (латиницей):</translation>
    </message>
    <message>
        <source>Given names (Latin)</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <source>Given names (Latin): what is wrong</source>
        <translation>Имя (латиницей): ошибка</translation>
    </message>
    <message>
        <source>Surname (Cyrillic):</source>
        <translation>Фамилия (кириллицей):</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Фамилия (кириллицей)</translation>
    </message>
    <message>
        <source>Surname (Cyrillic): what is wrong</source>
        <translation>Фамилия (кириллицей): ошибка</translation>
    </message>
    <message>
        <source>Given names (Cyrillic):</source>
        <translation>Имя (кириллицей):</translation>
    </message>
    <message>
        <source>Given names (Cyrillic)</source>
        <translation>Имя (кириллицей)</translation>
    </message>
    <message>
        <source>Given names (Cyrillic): what is wrong</source>
        <translation>Имя (кириллицей): ошибка</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>if the client has one</source>
        <translation>при наличии</translation>
    </message>
    <message>
        <source>Patronymic: what is wrong</source>
        <translation>Отчество: ошибка</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Date of birth: what is wrong</source>
        <translation>Дата рождения: ошибка</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Sex: what is wrong</source>
        <translation>Пол: ошибка</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Citizenship: what is wrong</source>
        <translation>Гражданство: ошибка</translation>
    </message>
    <message>
        <source>Passport number:</source>
        <translation>Номер паспорта:</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Passport number: what is wrong</source>
        <translation>Номер паспорта: ошибка</translation>
    </message>
    <message>
        <source>Passport issued:</source>
        <translation>Дата выдачи паспорта:</translation>
    </message>
    <message>
        <source>Passport issued</source>
        <translation>Дата выдачи паспорта</translation>
    </message>
    <message>
        <source>Passport issued: what is wrong</source>
        <translation>Дата выдачи паспорта: ошибка</translation>
    </message>
    <message>
        <source>Passport issued by:</source>
        <translation>Кем выдан паспорт:</translation>
    </message>
    <message>
        <source>Passport issued by</source>
        <translation>Кем выдан паспорт</translation>
    </message>
    <message>
        <source>as the passport names it, e.g. MVD 77001</source>
        <translation>как указано в паспорте, например MVD 77001</translation>
    </message>
    <message>
        <source>Passport issued by: what is wrong</source>
        <translation>Кем выдан паспорт: ошибка</translation>
    </message>
    <message>
        <source>Passport expires:</source>
        <translation>Паспорт действителен до:</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Паспорт действителен до</translation>
    </message>
    <message>
        <source>Passport expires: what is wrong</source>
        <translation>Паспорт действителен до: ошибка</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>IIN: what is wrong</source>
        <translation>ИИН: ошибка</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone: what is wrong</source>
        <translation>Телефон: ошибка</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>E-mail: what is wrong</source>
        <translation>Электронная почта: ошибка</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Работодатель:</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Employer: what is wrong</source>
        <translation>Работодатель: ошибка</translation>
    </message>
    <message>
        <source>Address in Kazakhstan:</source>
        <translation>Адрес в Казахстане:</translation>
    </message>
    <message>
        <source>Address in Kazakhstan</source>
        <translation>Адрес в Казахстане</translation>
    </message>
    <message>
        <source>Address in Kazakhstan: what is wrong</source>
        <translation>Адрес в Казахстане: ошибка</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Notes: what is wrong</source>
        <translation>Примечания: ошибка</translation>
    </message>
    <message>
        <source>Warnings about this client</source>
        <translation>Предупреждения по клиенту</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Отмени&amp;ть</translation>
    </message>
    <message>
        <source>Forget the changes</source>
        <translation>Отменить внесённые изменения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the client</source>
        <translation>Сохранить карточку клиента</translation>
    </message>
</context>
<context>
    <name>ClientModel</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>ФИО кириллицей</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
</context>
<context>
    <name>ClientRegister</name>
    <message>
        <source>All services</source>
        <translation>Все услуги</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>More than %1 found</source>
        <translation>Найдено более %1</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Поис&amp;к:</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <source>Name in Latin or Cyrillic, passport, IIN, phone or employer</source>
        <translation>Имя латиницей или кириллицей, паспорт, ИИН, телефон или работодатель</translation>
    </message>
    <message>
        <source>How many clients match</source>
        <translation>Сколько клиентов найдено</translation>
    </message>
    <message>
        <source>Only clients with a case of this service</source>
        <translation>Только клиенты с делом по этой услуге</translation>
    </message>
    <message>
        <source>Only clients with a case in this status</source>
        <translation>Только клиенты с делом в этом статусе</translation>
    </message>
    <message>
        <source>Only clients of this manager</source>
        <translation>Только клиенты этого менеджера</translation>
    </message>
    <message>
        <source>Has &amp;overdue items</source>
        <translation>&amp;Есть просроченные</translation>
    </message>
    <message>
        <source>Only clients with overdue items</source>
        <translation>Только клиенты с пропущенными сроками</translation>
    </message>
    <message>
        <source>Client register</source>
        <translation>Реестр клиентов</translation>
    </message>
</context>
<context>
    <name>ClientStays</name>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Stays on</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>No stay recorded yet: add the client&apos;s last entry into Kazakhstan.</source>
        <translation>Сведений о пребывании пока нет: добавьте последний въезд клиента в Казахстан.</translation>
    </message>
    <message>
        <source>Visa
%1</source>
        <translation>Виза
%1</translation>
    </message>
    <message>
        <source>still here</source>
        <translation>ещё в стране</translation>
    </message>
    <message>
        <source>Still in Kazakhstan: no departure yet</source>
        <translation>Ещё в Казахстане: выезда пока не было</translation>
    </message>
    <message>
        <source>Remove the stay</source>
        <translation>Удаление пребывания</translation>
    </message>
    <message>
        <source>Remove the stay from %1? Its lines stay in the history.</source>
        <translation>Удалить пребывание с %1? Записи о нём останутся в истории.</translation>
    </message>
    <message>
        <source>Stays in Kazakhstan</source>
        <translation>Пребывание в Казахстане</translation>
    </message>
    <message>
        <source>About the stays</source>
        <translation>О сведениях о пребывании</translation>
    </message>
    <message>
        <source>The client&apos;s stays</source>
        <translation>Пребывание клиента</translation>
    </message>
    <message>
        <source>A&amp;dd stay…</source>
        <translation>До&amp;бавить пребывание…</translation>
    </message>
    <message>
        <source>Add a stay</source>
        <translation>Добавить пребывание</translation>
    </message>
    <message>
        <source>Edit s&amp;tay…</source>
        <translation>Из&amp;менить пребывание…</translation>
    </message>
    <message>
        <source>Edit the chosen stay</source>
        <translation>Изменить выбранное пребывание</translation>
    </message>
    <message>
        <source>Re&amp;move stay</source>
        <translation>&amp;Удалить пребывание</translation>
    </message>
    <message>
        <source>Remove the chosen stay</source>
        <translation>Удалить выбранное пребывание</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country&apos;s name or code</source>
        <translation>Введите название страны или её код</translation>
    </message>
</context>
<context>
    <name>DeskManager</name>
    <message>
        <source>Manager at this desk</source>
        <translation>Менеджер на этом рабочем месте</translation>
    </message>
    <message>
        <source>Who works at this desk? Every change is recorded in their name.</source>
        <translation>Кто работает на этом рабочем месте? Каждое изменение записывается от его имени.</translation>
    </message>
    <message>
        <source>Name of the manager at this desk</source>
        <translation>Имя менеджера на этом рабочем месте</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Текущий менеджер: %1</translation>
    </message>
</context>
<context>
    <name>DocumentFields</name>
    <message>
        <source>the client&apos;s name (client details)</source>
        <translation>ФИО клиента (данные клиента)</translation>
    </message>
    <message>
        <source>the passport&apos;s date of issue (client details)</source>
        <translation>дата выдачи паспорта (данные клиента)</translation>
    </message>
    <message>
        <source>the passport&apos;s issuing authority (client details)</source>
        <translation>орган, выдавший паспорт (данные клиента)</translation>
    </message>
    <message>
        <source>the client&apos;s date of birth (client details)</source>
        <translation>дата рождения клиента (данные клиента)</translation>
    </message>
    <message>
        <source>the client&apos;s citizenship (client details)</source>
        <translation>гражданство клиента (данные клиента)</translation>
    </message>
    <message>
        <source>the client&apos;s passport number (client details)</source>
        <translation>номер паспорта клиента (данные клиента)</translation>
    </message>
    <message>
        <source>the client&apos;s address (client details)</source>
        <translation>адрес клиента (данные клиента)</translation>
    </message>
    <message>
        <source>the centre&apos;s name (Settings, Centre details)</source>
        <translation>наименование центра (Настройки, Реквизиты центра)</translation>
    </message>
    <message>
        <source>the centre&apos;s BIN (Settings, Centre details)</source>
        <translation>БИН центра (Настройки, Реквизиты центра)</translation>
    </message>
    <message>
        <source>the centre&apos;s address (Settings, Centre details)</source>
        <translation>адрес центра (Настройки, Реквизиты центра)</translation>
    </message>
    <message>
        <source>the place of signing (resources/documents/common.toml)</source>
        <translation>место подписания (resources/documents/common.toml)</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>номер дела</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>the consent&apos;s term</source>
        <translation>срок действия согласия</translation>
    </message>
    <message>
        <source>the attorney (Settings → Attorneys)</source>
        <translation>поверенный (Настройки → Поверенные)</translation>
    </message>
    <message>
        <source>the power of attorney&apos;s term</source>
        <translation>срок действия доверенности</translation>
    </message>
    <message>
        <source>the host party (case answers)</source>
        <translation>принимающая сторона (данные дела)</translation>
    </message>
    <message>
        <source>whether the host party is a company or a private person (Host parties)</source>
        <translation>является ли принимающая сторона юридическим или физическим лицом (Принимающие стороны)</translation>
    </message>
    <message>
        <source>the host party&apos;s name (Host parties)</source>
        <translation>наименование принимающей стороны (Принимающие стороны)</translation>
    </message>
    <message>
        <source>the host party&apos;s BIN or IIN (Host parties)</source>
        <translation>БИН или ИИН принимающей стороны (Принимающие стороны)</translation>
    </message>
    <message>
        <source>the host party&apos;s address (Host parties)</source>
        <translation>адрес принимающей стороны (Принимающие стороны)</translation>
    </message>
    <message>
        <source>the host party&apos;s phone (Host parties)</source>
        <translation>телефон принимающей стороны (Принимающие стороны)</translation>
    </message>
    <message>
        <source>the name and position of the host party&apos;s head (Host parties)</source>
        <translation>ФИО и должность руководителя принимающей стороны (Принимающие стороны)</translation>
    </message>
    <message>
        <source>the passport&apos;s date of expiry (client details)</source>
        <translation>срок действия паспорта (данные клиента)</translation>
    </message>
    <message>
        <source>the entry this letter notifies: its basis and purpose (client details, Stays)</source>
        <translation>въезд, о котором уведомляет письмо: основание и цель (данные клиента, Пребывание)</translation>
    </message>
    <message>
        <source>the visa&apos;s number (client details, Stays)</source>
        <translation>номер визы (данные клиента, Пребывание)</translation>
    </message>
    <message>
        <source>the visa&apos;s or permit&apos;s last day (client details, Stays)</source>
        <translation>последний день действия визы или разрешения (данные клиента, Пребывание)</translation>
    </message>
    <message>
        <source>the date of arrival (case answers)</source>
        <translation>дата прибытия (данные дела)</translation>
    </message>
    <message>
        <source>the address of stay</source>
        <translation>адрес пребывания</translation>
    </message>
    <message>
        <source>the last day of stay</source>
        <translation>последний день пребывания</translation>
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
        <translation>Хранится как %1 · SHA-256 %2, без изменений с момента формирования.</translation>
    </message>
    <message>
        <source>Generated by %1. </source>
        <translation>Автор: %1. </translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a PDF.</source>
        <translation>Файл %1 не удаётся прочитать как PDF.</translation>
    </message>
    <message>
        <source>Generated document</source>
        <translation>Сформированный документ</translation>
    </message>
    <message>
        <source>Document shown</source>
        <translation>Показанный документ</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Количество страниц</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Напечатать документ</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save a copy of the document, e.g. to send it by e-mail</source>
        <translation>Сохранить копию документа, например чтобы отправить её по электронной почте</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Сохранить копию документа</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Предварительный просмотр документа</translation>
    </message>
    <message>
        <source>Where the file is kept and its fingerprint</source>
        <translation>Где хранится файл и его контрольная сумма</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Generate documents: %1</source>
        <translation>Формирование документов: %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>None: one language alone</source>
        <translation>Нет: только один язык</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No ter&amp;m stated: one year, until %1</source>
        <translation>&amp;Без указания срока: один год, до %1</translation>
    </message>
    <message>
        <source>The client&apos;s address: %1</source>
        <translation>Адрес клиента: %1</translation>
    </message>
    <message>
        <source>The client has no address on file: type it here</source>
        <translation>Адрес клиента не указан: введите его здесь</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>The attorneys of Settings → Attorneys</source>
        <translation>Поверенные из раздела «Настройки → Поверенные»</translation>
    </message>
    <message>
        <source>The two columns need two different languages.</source>
        <translation>Для двух колонок нужны два разных языка.</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>Не сформировано: %1</translation>
    </message>
    <message>
        <source>Choose the attorney, or add one with New attorney.</source>
        <translation>Выберите поверенного или добавьте его кнопкой «Новый поверенный».</translation>
    </message>
    <message>
        <source>Required: a document is never printed with a blank.</source>
        <translation>Обязательное поле: документ не печатается с незаполненными полями.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was generated. Fill in first:</source>
        <translation>Ничего не сформировано. Сначала заполните:</translation>
    </message>
    <message>
        <source>Generated and filed on the case: %1.</source>
        <translation>Сформировано и приобщено к делу: %1.</translation>
    </message>
    <message>
        <source>Generate documents</source>
        <translation>Формирование документов</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Documents to generate</source>
        <translation>Документы для формирования</translation>
    </message>
    <message>
        <source>&amp;Consent to personal data processing</source>
        <translation>Со&amp;гласие на сбор и обработку персональных данных</translation>
    </message>
    <message>
        <source>Consent to the collection and processing of personal data</source>
        <translation>Согласие на сбор и обработку персональных данных</translation>
    </message>
    <message>
        <source>P&amp;ower of attorney</source>
        <translation>&amp;Доверенность</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>Notification letter of the &amp;host party</source>
        <translation>&amp;Уведомление о прибытии от принимающей стороны</translation>
    </message>
    <message>
        <source>Notification letter of the host party</source>
        <translation>Уведомление о прибытии от принимающей стороны</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>&amp;Left column:</source>
        <translation>&amp;Левая колонка:</translation>
    </message>
    <message>
        <source>Language of the left column</source>
        <translation>Язык левой колонки</translation>
    </message>
    <message>
        <source>&amp;Right column:</source>
        <translation>П&amp;равая колонка:</translation>
    </message>
    <message>
        <source>Language of the right column</source>
        <translation>Язык правой колонки</translation>
    </message>
    <message>
        <source>Languages: what is wrong</source>
        <translation>Языки: ошибка</translation>
    </message>
    <message>
        <source>&amp;Attorney:</source>
        <translation>&amp;Поверенный:</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Поверенный</translation>
    </message>
    <message>
        <source>The attorneys of Settings, Attorneys: name and identity document</source>
        <translation>Поверенные из раздела «Настройки → Поверенные»: ФИО и документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Choose the attorney</source>
        <translation>Выберите поверенного</translation>
    </message>
    <message>
        <source>Ne&amp;w attorney…</source>
        <translation>&amp;Новый поверенный…</translation>
    </message>
    <message>
        <source>New attorney</source>
        <translation>Новый поверенный</translation>
    </message>
    <message>
        <source>Attorney: what is wrong</source>
        <translation>Поверенный: ошибка</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>&amp;Срок действия до:</translation>
    </message>
    <message>
        <source>No ter&amp;m stated</source>
        <translation>&amp;Без указания срока</translation>
    </message>
    <message>
        <source>No term stated: valid for one year</source>
        <translation>Без указания срока: действует один год</translation>
    </message>
    <message>
        <source>Civil Code, Article 168: a power of attorney without a stated term is valid for one year; a stated term is at most three years</source>
        <translation>Гражданский кодекс, статья 168: доверенность без указания срока действует один год; указанный срок — не более трёх лет</translation>
    </message>
    <message>
        <source>Power of attorney valid until</source>
        <translation>Доверенность действует до</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Valid until: what is wrong</source>
        <translation>Срок действия: ошибка</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Уведомление о прибытии</translation>
    </message>
    <message>
        <source>Address of sta&amp;y:</source>
        <translation>&amp;Адрес пребывания:</translation>
    </message>
    <message>
        <source>Address of stay</source>
        <translation>Адрес пребывания</translation>
    </message>
    <message>
        <source>Address of stay: what is wrong</source>
        <translation>Адрес пребывания: ошибка</translation>
    </message>
    <message>
        <source>Stays un&amp;til:</source>
        <translation>Пребывание д&amp;о:</translation>
    </message>
    <message>
        <source>Last day of stay</source>
        <translation>Последний день пребывания</translation>
    </message>
    <message>
        <source>Stays until: what is wrong</source>
        <translation>Пребывание до: ошибка</translation>
    </message>
    <message>
        <source>What must be filled in first</source>
        <translation>Что нужно заполнить сначала</translation>
    </message>
    <message>
        <source>Centr&amp;e details…</source>
        <translation>Рекв&amp;изиты центра…</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s name, BIN and address, printed on every document</source>
        <translation>Ввести наименование, БИН и адрес центра, которые печатаются на каждом документе</translation>
    </message>
    <message>
        <source>Enter the centre&apos;s details</source>
        <translation>Ввести реквизиты центра</translation>
    </message>
    <message>
        <source>What was generated</source>
        <translation>Что сформировано</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Сфор&amp;мировать</translation>
    </message>
    <message>
        <source>Make the documents ticked, file them on the case and show them</source>
        <translation>Сформировать отмеченные документы, приобщить их к делу и показать</translation>
    </message>
    <message>
        <source>Generate the documents ticked</source>
        <translation>Сформировать отмеченные документы</translation>
    </message>
    <message>
        <source>Sho&amp;wing:</source>
        <translation>Пока&amp;зан:</translation>
    </message>
    <message>
        <source>Generated document shown</source>
        <translation>Показанный сформированный документ</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Количество страниц</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the document shown</source>
        <translation>Напечатать показанный документ</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save a copy of the document shown, e.g. to send it by e-mail</source>
        <translation>Сохранить копию показанного документа, например чтобы отправить её по электронной почте</translation>
    </message>
    <message>
        <source>Save a copy of the document shown</source>
        <translation>Сохранить копию показанного документа</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Tick the documents and press Generate: they are filed on the case and shown here, ready to print or save.</source>
        <translation>Отметьте документы и нажмите «Сформировать»: они будут приобщены к делу и показаны здесь для печати или сохранения.</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Предварительный просмотр документа</translation>
    </message>
</context>
<context>
    <name>DomainErrors</name>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>не может быть в будущем</translation>
    </message>
    <message>
        <source>must name a host party record</source>
        <translation>должно указывать на запись принимающей стороны</translation>
    </message>
    <message>
        <source>is not allowed for this service</source>
        <translation>не допускается для этой услуги</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>должно быть «да» или «нет»</translation>
    </message>
    <message>
        <source>the check digit does not match: a digit is mistyped</source>
        <translation>контрольная цифра не совпадает: одна из цифр введена с ошибкой</translation>
    </message>
    <message>
        <source>digit 5 of a BIN is the kind of entity (4, 5 or 6): this is no BIN</source>
        <translation>5-я цифра БИН обозначает тип юридического лица (4, 5 или 6): это не БИН</translation>
    </message>
    <message>
        <source>digit 6 of a BIN is the part of the entity (0 to 3): this is no BIN</source>
        <translation>6-я цифра БИН обозначает вид подразделения (от 0 до 3): это не БИН</translation>
    </message>
    <message>
        <source>this is an individual&apos;s IIN, not a BIN</source>
        <translation>это ИИН физического лица, а не БИН</translation>
    </message>
    <message>
        <source>a BIN has 12 digits</source>
        <translation>БИН состоит из 12 цифр</translation>
    </message>
    <message>
        <source>digits 3-4 of a BIN are the month of registration</source>
        <translation>3-я и 4-я цифры БИН обозначают месяц регистрации</translation>
    </message>
    <message>
        <source>must be one of {allowed}, not {typed}</source>
        <translation>должно быть одним из значений: {allowed}, а не {typed}</translation>
    </message>
    <message>
        <source>already belongs to client #{id} {name}</source>
        <translation>уже указан у клиента №{id} {name}</translation>
    </message>
    <message>
        <source>is not a client field</source>
        <translation>не является полем карточки клиента</translation>
    </message>
    <message>
        <source>is not an ISO 3166 country code</source>
        <translation>не является кодом страны ISO 3166</translation>
    </message>
    <message>
        <source>The IIN encodes birth date {encoded}, the passport says {passport}</source>
        <translation>В ИИН указана дата рождения {encoded}, а в паспорте — {passport}</translation>
    </message>
    <message>
        <source>The IIN encodes sex {encoded}, the passport says {passport}</source>
        <translation>В ИИН указан пол {encoded}, а в паспорте — {passport}</translation>
    </message>
    <message>
        <source>the passport expired on {expiry}: record the new passport</source>
        <translation>срок действия паспорта истёк {expiry}: внесите данные нового паспорта</translation>
    </message>
    <message>
        <source>the passport expires on {expiry}, within a month: ask for the new one</source>
        <translation>срок действия паспорта истекает {expiry}, менее чем через месяц: запросите новый паспорт</translation>
    </message>
    <message>
        <source>the passport expires on {expiry}, within {months} months: ask for the new one</source>
        <translation>срок действия паспорта истекает {expiry}, в течение {months} мес.: запросите новый паспорт</translation>
    </message>
    <message>
        <source>cannot be before 1900</source>
        <translation>не может быть раньше 1900 года</translation>
    </message>
    <message>
        <source>cannot be before {other}</source>
        <translation>не может быть раньше: {other}</translation>
    </message>
    <message>
        <source>cannot be before the arrival</source>
        <translation>не может быть раньше даты прибытия</translation>
    </message>
    <message>
        <source>cannot be before the registration</source>
        <translation>не может быть раньше даты регистрации</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD, not {typed}</source>
        <translation>должно быть датой в виде ГГГГ-ММ-ДД, а не {typed}</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>должно быть датой в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>IIN digits 1-6 are not a valid birth date (YYMMDD): {digits}</source>
        <translation>цифры 1–6 ИИН не образуют действительную дату рождения (ГГММДД): {digits}</translation>
    </message>
    <message>
        <source>IIN digits 1-6 give a birth date in the future: {birth}</source>
        <translation>цифры 1–6 ИИН дают дату рождения в будущем: {birth}</translation>
    </message>
    <message>
        <source>IIN digit 7 must be 1-6 (century and sex), not {digit}</source>
        <translation>7-я цифра ИИН должна быть от 1 до 6 (век рождения и пол), а не {digit}</translation>
    </message>
    <message>
        <source>The IIN check digit needs 11 digits, not {typed}</source>
        <translation>Для расчёта контрольной цифры ИИН нужны 11 цифр, а не {typed}</translation>
    </message>
    <message>
        <source>IIN check digit is {digit}, expected {expected}</source>
        <translation>контрольная цифра ИИН — {digit}, а должна быть {expected}</translation>
    </message>
    <message>
        <source>IIN must have 12 digits, not {count}</source>
        <translation>ИИН должен состоять из 12 цифр, а не из {count}</translation>
    </message>
    <message>
        <source>IIN is invalid: its check digit cannot be computed (remainder 10 with both weight sets)</source>
        <translation>ИИН недействителен: контрольную цифру невозможно вычислить (остаток 10 при обоих наборах весов)</translation>
    </message>
    <message>
        <source>IIN contains a character that is not a digit: {char}</source>
        <translation>ИИН содержит символ, не являющийся цифрой: {char}</translation>
    </message>
    <message>
        <source>cannot be before the birth date</source>
        <translation>не может быть раньше даты рождения</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>service</source>
        <translation>услуга</translation>
    </message>
    <message>
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>days</source>
        <translation>количество дней</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>BIN or IIN</source>
        <translation>БИН или ИИН</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>номер паспорта</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>дата прибытия</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>дата выезда</translation>
    </message>
    <message>
        <source>stay until</source>
        <translation>срок пребывания</translation>
    </message>
    <message>
        <source>term until</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>date of the power of attorney</source>
        <translation>дата совершения доверенности</translation>
    </message>
    <message>
        <source>host party</source>
        <translation>принимающая сторона</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>пункт перечня документов</translation>
    </message>
    <message>
        <source>attorney</source>
        <translation>поверенный</translation>
    </message>
    <message>
        <source>stay</source>
        <translation>пребывание</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
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
        <translation>нет</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>must be after the date of issue</source>
        <translation>должно быть позже даты выдачи</translation>
    </message>
    <message>
        <source>must be 5 to 20 Latin letters and digits</source>
        <translation>должен содержать от 5 до 20 латинских букв и цифр</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>содержит управляющий символ</translation>
    </message>
    <message>
        <source>cannot begin with = + - or @</source>
        <translation>не может начинаться с = + - или @</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>должно содержать не более {limit} символов</translation>
    </message>
    <message>
        <source>must be written in Latin letters; {char} is not one</source>
        <translation>пишется латинскими буквами; {char} — не латинская буква</translation>
    </message>
    <message>
        <source>must be written in Cyrillic letters; {char} is not one</source>
        <translation>пишется кириллицей; {char} — не буква кириллицы</translation>
    </message>
    <message>
        <source>must contain Latin letters</source>
        <translation>должно содержать латинские буквы</translation>
    </message>
    <message>
        <source>must contain Cyrillic letters</source>
        <translation>должно содержать буквы кириллицы</translation>
    </message>
    <message>
        <source>must be written in Cyrillic or in Latin letters</source>
        <translation>пишется кириллицей или латиницей, без смешения</translation>
    </message>
    <message>
        <source>must be M, F or X</source>
        <translation>должно быть M, F или X</translation>
    </message>
    <message>
        <source>{typed} is not an ISO 3166 alpha-3 country code</source>
        <translation>{typed} — не код страны ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>may hold only digits, spaces, dashes, brackets and a leading +</source>
        <translation>допускаются только цифры, пробелы, дефисы, скобки и + в начале</translation>
    </message>
    <message>
        <source>must start with + and the country code (or 8 for Kazakhstan)</source>
        <translation>должен начинаться с + и кода страны (или с 8 для Казахстана)</translation>
    </message>
    <message>
        <source>must have 7 to 15 digits</source>
        <translation>должен содержать от 7 до 15 цифр</translation>
    </message>
    <message>
        <source>{typed} is not an e-mail address</source>
        <translation>{typed} — не адрес электронной почты</translation>
    </message>
    <message>
        <source>is not a question of this service</source>
        <translation>не относится к вопросам этой услуги</translation>
    </message>
    <message>
        <source>must be yes or no, not {typed}</source>
        <translation>должно быть «да» или «нет», а не {typed}</translation>
    </message>
    <message>
        <source>cannot be before the date of arrival</source>
        <translation>не может быть раньше даты прибытия</translation>
    </message>
    <message>
        <source>this is a BIN, an organisation&apos;s number, not a person&apos;s IIN</source>
        <translation>это БИН — номер организации, а не ИИН физического лица</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>должно быть одним из значений: {allowed}</translation>
    </message>
    <message>
        <source>a Kazakhstan ID card&apos;s number has 9 digits</source>
        <translation>номер удостоверения личности гражданина Казахстана состоит из 9 цифр</translation>
    </message>
    <message>
        <source>is required: a resident of Kazakhstan has an IIN</source>
        <translation>обязательно для заполнения: у резидента Казахстана есть ИИН</translation>
    </message>
    <message>
        <source>already belongs to attorney #{id} {name}</source>
        <translation>уже указан у поверенного №{id} {name}</translation>
    </message>
    <message>
        <source>may hold only letters, spaces, hyphens and apostrophes; {char} is not one</source>
        <translation>допускаются только буквы, пробелы, дефисы и апострофы; {char} к ним не относится</translation>
    </message>
    <message>
        <source>must be written in one script: Cyrillic or Latin letters, not both</source>
        <translation>пишется одним алфавитом: кириллицей или латиницей, без смешения</translation>
    </message>
    <message>
        <source>must begin with a letter</source>
        <translation>должно начинаться с буквы</translation>
    </message>
    <message>
        <source>must be typed in Latin letters and digits; {char} is a Cyrillic letter</source>
        <translation>вводится латинскими буквами и цифрами; {char} — буква кириллицы</translation>
    </message>
    <message>
        <source>a power of attorney without its date is void</source>
        <translation>доверенность без указания даты её совершения ничтожна</translation>
    </message>
    <message>
        <source>must be after the date the power was made</source>
        <translation>должен истекать позже даты совершения доверенности</translation>
    </message>
    <message>
        <source>a power of attorney is valid for at most {years} years</source>
        <translation>доверенность выдаётся на срок не более {years} лет</translation>
    </message>
    <message>
        <source>is not a field of an attorney</source>
        <translation>не является полем данных поверенного</translation>
    </message>
    <message>
        <source>must be day_off, working_day or nothing</source>
        <translation>должно быть day_off, working_day или пустым</translation>
    </message>
    <message>
        <source>case {number} is {status}: reopen it to change it</source>
        <translation>дело {number} имеет статус «{status}»: чтобы изменить его, возобновите дело</translation>
    </message>
    <message>
        <source>the case cannot be completed: required documents are missing</source>
        <translation>дело нельзя завершить: не хватает обязательных документов</translation>
    </message>
    <message>
        <source>cannot be before the case was opened</source>
        <translation>не может быть раньше даты открытия дела</translation>
    </message>
    <message>
        <source>{name} has no IIN: an EDS needs one; open an IIN case first</source>
        <translation>у клиента {name} нет ИИН, а он необходим для получения ЭЦП; сначала откройте дело на получение ИИН</translation>
    </message>
    <message>
        <source>an EDS case cannot be completed for a client without an IIN</source>
        <translation>дело на получение ЭЦП нельзя завершить для клиента без ИИН</translation>
    </message>
    <message>
        <source>{name} already has an IIN ({iin})</source>
        <translation>у клиента {name} уже есть ИИН ({iin})</translation>
    </message>
    <message>
        <source>type the IIN issued to complete the case</source>
        <translation>чтобы завершить дело, введите присвоенный ИИН</translation>
    </message>
    <message>
        <source>a case that is {current} cannot become {target} (allowed: {allowed})</source>
        <translation>дело со статусом «{current}» нельзя перевести в статус «{target}» (допустимо: {allowed})</translation>
    </message>
    <message>
        <source>no case numbered {number}</source>
        <translation>дело с номером {number} не найдено</translation>
    </message>
    <message>
        <source>the client&apos;s passport expired on {expiry}: record the new passport before completing the case</source>
        <translation>срок действия паспорта клиента истёк {expiry}: внесите данные нового паспорта, прежде чем завершить дело</translation>
    </message>
    <message>
        <source>the client&apos;s passport expired on {expiry}: record the new passport before submitting the case</source>
        <translation>срок действия паспорта клиента истёк {expiry}: внесите данные нового паспорта, прежде чем подать дело</translation>
    </message>
    <message>
        <source>say why the authority refused the case</source>
        <translation>укажите причину отказа государственного органа</translation>
    </message>
    <message>
        <source>{typed} is not a case status</source>
        <translation>{typed} — не статус дела</translation>
    </message>
    <message>
        <source>the case cannot be submitted: required documents are missing</source>
        <translation>дело нельзя подать: не хватает обязательных документов</translation>
    </message>
    <message>
        <source>must be the number of an attorney on record</source>
        <translation>должно быть номером поверенного из справочника</translation>
    </message>
    <message>
        <source>{path} was changed after it was generated</source>
        <translation>файл {path} изменён после формирования</translation>
    </message>
    <message>
        <source>{path} is missing: it was moved or deleted</source>
        <translation>файл {path} отсутствует: он перемещён или удалён</translation>
    </message>
    <message>
        <source>a {document} is not made for a {service} case</source>
        <translation>документ «{document}» не оформляется по делу «{service}»</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name ending in .pdf</source>
        <translation>{path} — это папка; укажите имя файла с расширением .pdf</translation>
    </message>
    <message>
        <source>{path} is not a path of the documents folder</source>
        <translation>{path} находится вне папки документов</translation>
    </message>
    <message>
        <source>this is a BIN, a legal entity&apos;s number: a private person has an IIN</source>
        <translation>это БИН — номер юридического лица; у физического лица есть ИИН</translation>
    </message>
    <message>
        <source>{name} is the host party of {cases} case(s) and cannot be removed</source>
        <translation>{name} является принимающей стороной по делам (количество: {cases}) и не может быть удалена</translation>
    </message>
    <message>
        <source>is required: a legal entity or a private person</source>
        <translation>обязательно для заполнения: юридическое или физическое лицо</translation>
    </message>
    <message>
        <source>must be legal (a company) or natural (a private person)</source>
        <translation>должно быть legal (юридическое лицо) или natural (физическое лицо)</translation>
    </message>
    <message>
        <source>already belongs to host party {name}</source>
        <translation>уже указан у принимающей стороны {name}</translation>
    </message>
    <message>
        <source>is not a host party field</source>
        <translation>не является полем данных принимающей стороны</translation>
    </message>
    <message>
        <source>no host party #{id} is on file</source>
        <translation>принимающая сторона №{id} не найдена в справочнике</translation>
    </message>
    <message>
        <source>an item that is {current} cannot become {target} (allowed: {allowed})</source>
        <translation>документ в состоянии «{current}» нельзя перевести в состояние «{target}» (допустимо: {allowed})</translation>
    </message>
    <message>
        <source>say why a required document does not apply</source>
        <translation>укажите, почему обязательный документ не требуется</translation>
    </message>
    <message>
        <source>{typed} is not an item state</source>
        <translation>{typed} — не состояние документа</translation>
    </message>
    <message>
        <source>a manager named {name} already exists</source>
        <translation>менеджер с именем {name} уже существует</translation>
    </message>
    <message>
        <source>must be 1 to 100 characters</source>
        <translation>должно содержать от 1 до 100 символов</translation>
    </message>
    <message>
        <source>no manager named {name}</source>
        <translation>менеджер с именем {name} не найден</translation>
    </message>
    <message>
        <source>police registration is only for citizens of countries with a reciprocal visa-free agreement with Kazakhstan, and {country} has none; the host party&apos;s migration notification registers them</source>
        <translation>регистрация в миграционной полиции проводится только для граждан стран, заключивших с Казахстаном соглашение о взаимном безвизовом режиме, а у страны «{country}» такого соглашения нет; пребывание её граждан регистрируется на основании уведомления о прибытии, которое подаёт принимающая сторона</translation>
    </message>
    <message>
        <source>the service is for foreign citizens; a citizen of Kazakhstan applies as a citizen</source>
        <translation>услуга предназначена для иностранных граждан; гражданин Казахстана обращается в порядке, установленном для граждан</translation>
    </message>
    <message>
        <source>{typed} is not a service of the centre</source>
        <translation>{typed} — не услуга центра</translation>
    </message>
    <message>
        <source>{typed} is not a service</source>
        <translation>{typed} — не услуга</translation>
    </message>
    <message>
        <source>cannot be before {earliest}</source>
        <translation>не может быть раньше {earliest}</translation>
    </message>
    <message>
        <source>cannot be more than a year ahead (after {latest})</source>
        <translation>не может быть более чем на год вперёд (позже {latest})</translation>
    </message>
    <message>
        <source>a citizen of Kazakhstan is not a foreigner</source>
        <translation>гражданин Казахстана не является иностранцем</translation>
    </message>
    <message>
        <source>is needed: a later stay begins on {since}</source>
        <translation>обязательно: следующее пребывание начинается {since}</translation>
    </message>
    <message>
        <source>the stay from {since} has no departure yet: record it first (only one stay can be open)</source>
        <translation>у пребывания с {since} ещё не указана дата выезда: сначала внесите её (открытым может быть только одно пребывание)</translation>
    </message>
    <message>
        <source>overlaps the stay from {since} to {until}</source>
        <translation>пересекается с пребыванием с {since} по {until}</translation>
    </message>
    <message>
        <source>overlaps the stay from {since} to no departure yet</source>
        <translation>пересекается с пребыванием с {since}, дата выезда по которому ещё не указана</translation>
    </message>
    <message>
        <source>is required for a residence permit: its last valid day</source>
        <translation>обязательно для вида на жительство: последний день его действия</translation>
    </message>
    <message>
        <source>a private visit is registered for at most {days} days, until {until}</source>
        <translation>частная поездка регистрируется не более чем на {days} дней, до {until}</translation>
    </message>
    <message>
        <source>is not a stay field</source>
        <translation>не является полем данных о пребывании</translation>
    </message>
    <message>
        <source>is required for a visa</source>
        <translation>обязательно для визы</translation>
    </message>
    <message>
        <source>is required for a visa: its last valid day</source>
        <translation>обязательно для визы: последний день её действия</translation>
    </message>
    <message>
        <source>a citizen of Kazakhstan has no stays to record: they are not a foreigner</source>
        <translation>пребывания гражданина Казахстана не учитываются: он не является иностранцем</translation>
    </message>
    <message>
        <source>step {step} cannot be dated after step {other} ({on})</source>
        <translation>этап {step} не может быть датирован позже этапа {other} ({on})</translation>
    </message>
    <message>
        <source>step {step} cannot be dated before step {other} ({on})</source>
        <translation>этап {step} не может быть датирован раньше этапа {other} ({on})</translation>
    </message>
    <message>
        <source>step {step} cannot be dated in the future</source>
        <translation>этап {step} не может быть датирован будущим числом</translation>
    </message>
    <message>
        <source>step {step} needs the date it was done</source>
        <translation>для этапа {step} нужна дата его выполнения</translation>
    </message>
    <message>
        <source>step {earlier} must be done before step {step}</source>
        <translation>этап {earlier} должен быть выполнен до этапа {step}</translation>
    </message>
    <message>
        <source>step {step} cannot be undone while step {later} is done</source>
        <translation>отметку о выполнении этапа {step} нельзя снять, пока выполнен этап {later}</translation>
    </message>
    <message>
        <source>must be a whole number of business days, 1 to 90</source>
        <translation>должно быть целым числом рабочих дней, от 1 до 90</translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>должно быть целым числом дней</translation>
    </message>
    <message>
        <source>must be between 1 and {max} days</source>
        <translation>должно быть от 1 до {max} дней</translation>
    </message>
    <message>
        <source>cannot exceed the limit within 180 days</source>
        <translation>не может превышать допустимое число дней в пределах 180 дней</translation>
    </message>
    <message>
        <source>say why the published list is corrected (the agreement, the letter)</source>
        <translation>укажите основание исправления опубликованного перечня (соглашение, письмо)</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters, not all the same</source>
        <translation>парольная фраза должна содержать не менее {count} символов, и не все одинаковые</translation>
    </message>
    <message>
        <source>encryption of backups is not set up: turn it on in Settings → Backups first</source>
        <translation>шифрование резервных копий не настроено: сначала включите его в меню «Настройки → Резервные копии»</translation>
    </message>
    <message>
        <source>{path}: the passphrase is wrong, the backup is not opened</source>
        <translation>{path}: парольная фраза неверна, резервная копия не открыта</translation>
    </message>
    <message>
        <source>{path}: the encrypted backup was altered or cut short; nothing of it is used</source>
        <translation>{path}: зашифрованная резервная копия изменена или обрезана; ничего из неё не используется</translation>
    </message>
    <message>
        <source>{path} is encrypted: give its passphrase to restore it</source>
        <translation>{path} зашифрован: для восстановления укажите его парольную фразу</translation>
    </message>
    <message>
        <source>the second backup folder {path} cannot be written: {detail}</source>
        <translation>во вторую папку резервных копий {path} нельзя записать: {detail}</translation>
    </message>
    <message>
        <source>cannot write {path}: give a file name in an existing folder</source>
        <translation>невозможно записать {path}: укажите имя файла в существующей папке</translation>
    </message>
    <message>
        <source>cannot back up {path}: {detail}</source>
        <translation>невозможно создать резервную копию {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot read {path}: {detail}</source>
        <translation>невозможно прочитать {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write a backup of {path}: {detail}</source>
        <translation>невозможно записать резервную копию {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {detail}</source>
        <translation>невозможно записать резервную копию в файл {path}: {detail}</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({detail})</source>
        <translation>{path}: база данных повреждена ({detail})</translation>
    </message>
    <message>
        <source>{path}: {name} is not a file a backup of ours holds</source>
        <translation>{path}: файл {name} не может входить в резервную копию Expat Desk</translation>
    </message>
    <message>
        <source>{path}: the files do not match its manifest</source>
        <translation>{path}: файлы не соответствуют описи резервной копии</translation>
    </message>
    <message>
        <source>{path}: {name} was altered or damaged</source>
        <translation>{path}: файл {name} изменён или повреждён</translation>
    </message>
    <message>
        <source>{path}: {name} is too large for a backup of ours</source>
        <translation>{path}: файл {name} слишком велик для резервной копии Expat Desk</translation>
    </message>
    <message>
        <source>{path} does not exist: nothing to back up</source>
        <translation>{path} не существует: копировать нечего</translation>
    </message>
    <message>
        <source>{path} is not a backup of Expat Desk (no valid manifest)</source>
        <translation>{path} не является резервной копией Expat Desk (нет действительной описи)</translation>
    </message>
    <message>
        <source>{path} is not an Expat Desk database</source>
        <translation>{path} не является базой данных Expat Desk</translation>
    </message>
    <message>
        <source>{path} is not a backup of Expat Desk (not a zip archive)</source>
        <translation>{path} не является резервной копией Expat Desk (это не zip-архив)</translation>
    </message>
    <message>
        <source>the restore from {path} did not complete, nothing of it was kept: {detail}</source>
        <translation>восстановление из {path} не завершено, ничего из него не сохранено: {detail}</translation>
    </message>
    <message>
        <source>{path} names a restore cut short but cannot be read; nothing was changed</source>
        <translation>{path} указывает на прерванное восстановление, но не читается; ничего не изменено</translation>
    </message>
    <message>
        <source>too little free space in {folder}: the backup needs {needed} MiB, {free} MiB free</source>
        <translation>недостаточно свободного места в {folder}: резервной копии нужно {needed} МиБ, свободно {free} МиБ</translation>
    </message>
    <message>
        <source>a restore of {path} is under way; try again when it has finished</source>
        <translation>идёт восстановление {path}; повторите попытку после его завершения</translation>
    </message>
    <message>
        <source>{path}: the {kind} {name} is not the one this app makes</source>
        <translation>{path}: объект {kind} {name} не совпадает с тем, который создаёт это приложение</translation>
    </message>
    <message>
        <source>{path}: the database lacks the {kind} {name} this app makes</source>
        <translation>{path}: в базе данных нет объекта {kind} {name}, который создаёт это приложение</translation>
    </message>
    <message>
        <source>{path}: its schema {revision} cannot be brought up to date</source>
        <translation>{path}: его схему {revision} невозможно обновить до текущей</translation>
    </message>
    <message>
        <source>{path}: the database holds an unexpected {kind} {name}</source>
        <translation>{path}: в базе данных есть посторонний объект {kind} {name}</translation>
    </message>
    <message>
        <source>{path}: {name} is not the size its manifest declares</source>
        <translation>{path}: размер {name} не совпадает с указанным в описи резервной копии</translation>
    </message>
    <message>
        <source>{path} would unpack to more than {limit} GiB: too large for a backup of ours</source>
        <translation>{path} после распаковки занял бы больше {limit} ГиБ: слишком много для резервной копии Expat Desk</translation>
    </message>
    <message>
        <source>cannot open {path}: {detail}</source>
        <translation>невозможно открыть {path}: {detail}</translation>
    </message>
    <message>
        <source>cannot use {path}: {detail}</source>
        <translation>невозможно использовать {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is not an Expat Desk database or is damaged ({detail})</source>
        <translation>{path} не является базой данных Expat Desk или повреждён ({detail})</translation>
    </message>
    <message>
        <source>{path} is a database of another program, not of Expat Desk; it was left unchanged</source>
        <translation>{path} — база данных другой программы, а не Expat Desk; файл оставлен без изменений</translation>
    </message>
    <message>
        <source>{path} is already open in another Expat Desk window; switch to that window, or close it and try again</source>
        <translation>{path} уже открыт в другом окне Expat Desk; перейдите в то окно или закройте его и повторите попытку</translation>
    </message>
    <message>
        <source>{path} is already open in another Expat Desk window (process {pid} on {host}, since {since}); switch to that window, or close it and try again</source>
        <translation>{path} уже открыт в другом окне Expat Desk (процесс {pid} на компьютере {host}, с {since}); перейдите в то окно или закройте его и повторите попытку</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} — это папка, а не файл базы данных</translation>
    </message>
    <message>
        <source>{path} is locked by another program; close it and try again</source>
        <translation>{path} заблокирован другой программой; закройте её и повторите попытку</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не существует</translation>
    </message>
    <message>
        <source>{path} was made by a newer Expat Desk (schema {revision}); update the app</source>
        <translation>{path} создан более новой версией Expat Desk (схема {revision}); обновите программу</translation>
    </message>
    <message>
        <source>cannot create {path}: folder {folder} does not exist</source>
        <translation>невозможно создать {path}: папка {folder} не существует</translation>
    </message>
    <message>
        <source>the upgrade would break a reference: {detail}</source>
        <translation>обновление нарушило бы ссылочную целостность: {detail}</translation>
    </message>
    <message>
        <source>demo data goes only into an empty database; this one has clients</source>
        <translation>демонстрационные данные загружаются только в пустую базу данных; в этой уже есть клиенты</translation>
    </message>
    <message>
        <source>cannot write {path}: {detail}</source>
        <translation>не удаётся записать {path}: {detail}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>файл {name} пуст</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — это папка, а не файл</translation>
    </message>
    <message>
        <source>{path} is a symbolic link: give the name of a file, not of a link</source>
        <translation>{path} — символическая ссылка: укажите имя файла, а не ссылки</translation>
    </message>
    <message>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>невозможно записать {path}: папка {folder} не существует</translation>
    </message>
    <message>
        <source>{path} is a device, a pipe or a socket, not a file: nothing is written there</source>
        <translation>{path} — устройство, канал или сокет, а не файл: туда ничего не записывается</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MiB</source>
        <translation>файл {name} больше {limit} МиБ</translation>
    </message>
    <message>
        <source>the change conflicts with a stored record: {detail}</source>
        <translation>изменение противоречит сохранённой записи: {detail}</translation>
    </message>
    <message>
        <source>no {record} #{id}</source>
        <translation>не найдено: {record} №{id}</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook made by Expat Desk, or it is damaged ({detail})</source>
        <translation>{name} не является файлом Excel, созданным Expat Desk, или повреждён ({detail})</translation>
    </message>
    <message>
        <source>name at least one workload export to merge</source>
        <translation>укажите хотя бы один файл экспорта нагрузки для объединения</translation>
    </message>
    <message>
        <source>{first} and {second} both hold {manager}&apos;s figures for {week}: merge one export of each manager and week</source>
        <translation>файлы {first} и {second} содержат показатели менеджера {manager} за {week}: объединяйте по одному экспорту на каждого менеджера и неделю</translation>
    </message>
    <message>
        <source>{name} is named twice</source>
        <translation>файл {name} указан дважды</translation>
    </message>
    <message>
        <source>{name} is not a workload export of Expat Desk: {detail}</source>
        <translation>{name} не является экспортом нагрузки Expat Desk: {detail}</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx)</source>
        <translation>{name} не является файлом Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>не удаётся прочитать {name}: {detail}</translation>
    </message>
    <message>
        <source>{week} has not begun yet: today is {today}</source>
        <translation>неделя {week} ещё не началась: сегодня {today}</translation>
    </message>
    <message>
        <source>MRZ contains a character not allowed: &apos;{char}&apos;</source>
        <translation>машиночитаемая зона содержит недопустимый символ: «{char}»</translation>
    </message>
    <message>
        <source>MRZ line 2: the check digit of the {field} is {digit}, expected {expected}</source>
        <translation>машиночитаемая зона, строка 2: контрольная цифра поля «{field}» — {digit}, а должна быть {expected}</translation>
    </message>
    <message>
        <source>MRZ line 2: the composite check digit is {digit}, expected {expected}</source>
        <translation>машиночитаемая зона, строка 2: общая контрольная цифра — {digit}, а должна быть {expected}</translation>
    </message>
    <message>
        <source>MRZ line {line}: the {field} &apos;{typed}&apos; is not a valid country code</source>
        <translation>машиночитаемая зона, строка {line}: «{typed}» в поле «{field}» не является кодом страны</translation>
    </message>
    <message>
        <source>MRZ line 2: the {field} is not a real date (YYMMDD): {text}</source>
        <translation>машиночитаемая зона, строка 2: в поле «{field}» указана несуществующая дата (ГГММДД): {text}</translation>
    </message>
    <message>
        <source>MRZ line 1: the document type &apos;{typed}&apos; is not valid</source>
        <translation>машиночитаемая зона, строка 1: недопустимый тип документа «{typed}»</translation>
    </message>
    <message>
        <source>MRZ is empty</source>
        <translation>машиночитаемая зона не заполнена</translation>
    </message>
    <message>
        <source>MRZ must have two lines of 44 characters; line {line} has {count}</source>
        <translation>машиночитаемая зона должна состоять из двух строк по 44 символа; в строке {line} символов: {count}</translation>
    </message>
    <message>
        <source>MRZ must have two lines of 44 characters; {count} lines were given</source>
        <translation>машиночитаемая зона должна состоять из двух строк по 44 символа; введено строк: {count}</translation>
    </message>
    <message>
        <source>MRZ line 1: the name field contains &apos;{char}&apos;, which is not a letter</source>
        <translation>машиночитаемая зона, строка 1: в поле имени есть символ «{char}», который не является буквой</translation>
    </message>
    <message>
        <source>MRZ line 2: the document number is empty</source>
        <translation>машиночитаемая зона, строка 2: номер документа не указан</translation>
    </message>
    <message>
        <source>MRZ line 1: the surname is empty</source>
        <translation>машиночитаемая зона, строка 1: фамилия не указана</translation>
    </message>
    <message>
        <source>MRZ line 1 must start with &apos;P&apos; (a passport), not &apos;{char}&apos;</source>
        <translation>строка 1 машиночитаемой зоны должна начинаться с «P» (паспорт), а не с «{char}»</translation>
    </message>
    <message>
        <source>MRZ must have two lines of 44 characters; only one line was given ({count} characters)</source>
        <translation>машиночитаемая зона должна состоять из двух строк по 44 символа; введена только одна строка (символов: {count})</translation>
    </message>
    <message>
        <source>MRZ line 2: the sex must be M, F, X or &apos;&lt;&apos;, not &apos;{char}&apos;</source>
        <translation>машиночитаемая зона, строка 2: пол должен быть указан как M, F, X или «&lt;», а не «{char}»</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>дата окончания срока действия</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>личный номер</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>государство выдачи</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>В ближайшее время</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Host party notifies the migration police</source>
        <translation>Уведомление миграционной полиции принимающей стороной</translation>
    </message>
    <message>
        <source>Host party&apos;s letter to the Expat Centre</source>
        <translation>Письмо принимающей стороны в Expat Centre</translation>
    </message>
    <message>
        <source>Target processing time</source>
        <translation>Нормативный срок исполнения</translation>
    </message>
    <message>
        <source>Police registration ends</source>
        <translation>Окончание срока регистрации</translation>
    </message>
    <message>
        <source>Registered within 30 days of entry</source>
        <translation>Регистрация в течение 30 дней после въезда</translation>
    </message>
    <message>
        <source>Passport expires</source>
        <translation>Истечение срока действия паспорта</translation>
    </message>
    <message>
        <source>Power of attorney lapses</source>
        <translation>Истечение срока доверенности</translation>
    </message>
    <message>
        <source>EDS certificate lapses</source>
        <translation>Истечение срока сертификата ЭЦП</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <source>within 6 months</source>
        <translation>истекает в течение 6 месяцев</translation>
    </message>
    <message>
        <source>within 3 months</source>
        <translation>истекает в течение 3 месяцев</translation>
    </message>
    <message>
        <source>within a month</source>
        <translation>истекает в течение месяца</translation>
    </message>
    <message>
        <source>expired: the case cannot be completed</source>
        <translation>истёк: дело не может быть завершено</translation>
    </message>
</context>
<context>
    <name>EraseClient</name>
    <message>
        <source>Erase client</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <source>Erase %1 and everything the app holds about them: %2 cases, their checklists, scans and generated documents. The history keeps one line without any name.

Backups keep a copy until they are pruned. This cannot be undone.

Type the surname, %3, to confirm:</source>
        <translation>Удалить клиента %1 и все сведения о нём в приложении: дела (%2), их перечни документов, сканы и сформированные документы? В истории останется одна запись без имени.

Копия сохраняется в резервных копиях до их очистки. Это действие нельзя отменить.

Для подтверждения введите фамилию (%3):</translation>
    </message>
    <message>
        <source>The client&apos;s surname, to confirm</source>
        <translation>Фамилия клиента для подтверждения</translation>
    </message>
    <message>
        <source>The surname did not match; nothing was erased.</source>
        <translation>Фамилия не совпала; ничего не удалено.</translation>
    </message>
    <message>
        <source>%1 was erased with %2 cases.</source>
        <translation>Клиент %1 удалён вместе с делами (%2).</translation>
    </message>
    <message>
        <source>These files could not be deleted; delete them by hand:
%1</source>
        <translation>Не удалось удалить эти файлы; удалите их вручную:
%1</translation>
    </message>
    <message>
        <source>Another program was reading the database, so traces of the erased data stay in its journal file until Expat Desk is closed. Close Expat Desk when you can.</source>
        <translation>Другая программа читала базу данных, поэтому следы удалённых данных остаются в её файле журнала до закрытия Expat Desk. Закройте Expat Desk при первой возможности.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a file or folder could not be read or written (%1)</source>
        <translation>не удалось прочитать или записать файл либо папку (%1)</translation>
    </message>
    <message>
        <source>the database could not do what was asked (%1)</source>
        <translation>база данных не смогла выполнить запрошенное действие (%1)</translation>
    </message>
    <message>
        <source>the computer ran out of memory (%1)</source>
        <translation>компьютеру не хватило памяти (%1)</translation>
    </message>
    <message>
        <source>an error in the program (%1)</source>
        <translation>сбой в работе программы (%1)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Произошла ошибка: %1</translation>
    </message>
    <message>
        <source>Everything you saved is safe. The details are in %1.</source>
        <translation>Все сохранённые данные в сохранности. Подробности — в файле %1.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
</context>
<context>
    <name>ExportWeekDialog</name>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the workbook</source>
        <translation>Экспортировать файл Excel</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Закрыть без экспорта</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: с %2 по %3</translation>
    </message>
    <message>
        <source>Export week</source>
        <translation>Экспорт за неделю</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Запись файла Excel…</translation>
    </message>
    <message>
        <source>The workbook was not written: %1</source>
        <translation>Файл Excel не записан: %1</translation>
    </message>
    <message>
        <source>Week exported</source>
        <translation>Неделя экспортирована</translation>
    </message>
    <message>
        <source>The workbook is saved as
%1</source>
        <translation>Файл Excel сохранён как
%1</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Export a week&apos;s workload</source>
        <translation>Экспорт нагрузки за неделю</translation>
    </message>
    <message>
        <source>The week&apos;s workload as an Excel workbook for the supervisor: a summary per manager and service, every case touched, and the actions of each day.</source>
        <translation>Нагрузка за неделю в виде файла Excel для руководителя: сводка по менеджерам и услугам, все дела, по которым велась работа, и действия за каждый день.</translation>
    </message>
    <message>
        <source>About the export</source>
        <translation>Об экспорте</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>&amp;Неделя:</translation>
    </message>
    <message>
        <source>A day of the week to export</source>
        <translation>Любой день экспортируемой недели</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>The week chosen</source>
        <translation>Выбранная неделя</translation>
    </message>
    <message>
        <source>&amp;Number of weeks:</source>
        <translation>&amp;Количество недель:</translation>
    </message>
    <message>
        <source>How many weeks, ending with the week chosen</source>
        <translation>Сколько недель, заканчивая выбранной</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>Whose workload</source>
        <translation>Чья нагрузка</translation>
    </message>
    <message>
        <source>&amp;Language of the workbook:</source>
        <translation>&amp;Язык файла:</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Язык файла</translation>
    </message>
    <message>
        <source>The language of the sheet names, headers, statuses and services in the workbook</source>
        <translation>Язык названий листов, заголовков, статусов и услуг в файле</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Описание ошибки</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Nowruz Holiday</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Kazakhstan&apos;s People Solidarity Holiday</source>
        <translation>Праздник единства народа Казахстана</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>День Столицы</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции Республики Казахстан</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <source>First President Day</source>
        <translation>День Первого Президента Республики Казахстан</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Курбан айт</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>day off set by the centre</source>
        <translation>выходной день, установленный центром</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (перенесённый выходной)</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (ориентировочная дата)</translation>
    </message>
    <message>
        <source>Day off (substituted from %1)</source>
        <translation>Выходной день (перенесён с %1)</translation>
    </message>
</context>
<context>
    <name>HostParties</name>
    <message>
        <source>kind (company or private person)</source>
        <translation>вид (организация или физическое лицо)</translation>
    </message>
    <message>
        <source>BIN or IIN</source>
        <translation>БИН или ИИН</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>head who signs</source>
        <translation>подписывающий руководитель</translation>
    </message>
    <message>
        <source>head&apos;s position</source>
        <translation>должность руководителя</translation>
    </message>
</context>
<context>
    <name>HostPartiesDialog</name>
    <message>
        <source>Host parties</source>
        <translation>Принимающие стороны</translation>
    </message>
    <message>
        <source>Find a host party</source>
        <translation>Поиск принимающей стороны</translation>
    </message>
    <message>
        <source>Find by name, BIN or IIN</source>
        <translation>Поиск по наименованию, БИН или ИИН</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>BIN / IIN</source>
        <translation>БИН / ИИН</translation>
    </message>
    <message>
        <source>For a letter</source>
        <translation>Для письма</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>needs %1</source>
        <translation>не хватает: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Remove host party</source>
        <translation>Удаление принимающей стороны</translation>
    </message>
    <message>
        <source>Remove %1 from the host parties?</source>
        <translation>Удалить «%1» из списка принимающих сторон?</translation>
    </message>
    <message>
        <source>%1 is the host party of %2 case(s) and stays on file.</source>
        <translation>«%1» указана принимающей стороной в делах (%2) и остаётся в справочнике.</translation>
    </message>
</context>
<context>
    <name>HostPartyEditor</name>
    <message>
        <source>Host party</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>New host party</source>
        <translation>Новая принимающая сторона</translation>
    </message>
    <message>
        <source>Kind of host party</source>
        <translation>Вид принимающей стороны</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Legal entity (company, hotel)</source>
        <translation>Юридическое лицо (организация, гостиница)</translation>
    </message>
    <message>
        <source>Private person (landlord, relative)</source>
        <translation>Физическое лицо (арендодатель, родственник)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>BIN or IIN</source>
        <translation>БИН или ИИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Head who signs</source>
        <translation>Подписывающий руководитель</translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation>Должность руководителя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>+7 717 255 00 00 or 8 717 255 00 00</source>
        <translation>+7 717 255 00 00 или 8 717 255 00 00</translation>
    </message>
    <message>
        <source>As the letter prints it</source>
        <translation>Как будет напечатано в письме</translation>
    </message>
    <message>
        <source>The notification letter is printed on this host&apos;s letterhead, with its number, address and phone, signed by its head or, for a private person, by themself.</source>
        <translation>Уведомление о прибытии печатается на бланке этой принимающей стороны с её номером, адресом и телефоном и подписывается её руководителем, а физическим лицом — лично.</translation>
    </message>
    <message>
        <source>Save the host party</source>
        <translation>Сохранить принимающую сторону</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: ошибка</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
</context>
<context>
    <name>HostPartyPicker</name>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>New host party</source>
        <translation>Новая принимающая сторона</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the chosen host party</source>
        <translation>Изменить выбранную принимающую сторону</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>The letter will need this host&apos;s %1: Edit… adds them.</source>
        <translation>Для письма у этой принимающей стороны не хватает сведений: %1. Добавьте их кнопкой «Изменить…».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Attorneys…</source>
        <translation>&amp;Поверенные…</translation>
    </message>
    <message>
        <source>The people a power of attorney may name</source>
        <translation>Лица, которые могут быть указаны в доверенности</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Manager at this desk</source>
        <translation>Менеджер на этом рабочем месте</translation>
    </message>
    <message>
        <source>Working out the deadlines…</source>
        <translation>Расчёт сроков…</translation>
    </message>
    <message>
        <source>Clients in the register: %1 · Cases in progress: %2</source>
        <translation>Клиентов в реестре: %1 · Дел в работе: %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Overdue: %1 · Due today: %2 · This week: %3</source>
        <translation>Просрочено: %1 · Срок сегодня: %2 · На этой неделе: %3</translation>
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
        <translation>Менеджер: не указан</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>registered: %1</source>
        <translation>регистрация: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 of %5 documents</source>
        <translation>%1 · %2 · %3 · документов: %4 из %5</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 — до %2</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>The workbook holds clients&apos; names and citizenship.</source>
        <translation>Файл Excel содержит имена и гражданство клиентов.</translation>
    </message>
    <message>
        <source>Keep it on this computer or send it to the supervisor only, and delete it when it is no longer needed. You will not be asked again until Expat Desk is restarted.</source>
        <translation>Храните его на этом компьютере или передавайте только руководителю и удалите, когда он станет не нужен. До перезапуска Expat Desk этот вопрос больше не будет задан.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>About Expat Desk</source>
        <translation>О программе Expat Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Expat Desk %1&lt;/h3&gt;&lt;p&gt;The case desk of the personal managers of the AIFC Expat Centre, Astana.&lt;/p&gt;&lt;p&gt;Works offline; your data stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Expat Desk %1&lt;/h3&gt;&lt;p&gt;Рабочее место персональных менеджеров AIFC Expat Centre (Астана) для ведения дел клиентов.&lt;/p&gt;&lt;p&gt;Работает без подключения к интернету; ваши данные остаются на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>К&amp;лиенты</translation>
    </message>
    <message>
        <source>The selected client</source>
        <translation>Выбранный клиент</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>Ca&amp;ses and documents</source>
        <translation>Дел&amp;а и документы</translation>
    </message>
    <message>
        <source>C&amp;ases of this client:</source>
        <translation>Дела &amp;этого клиента:</translation>
    </message>
    <message>
        <source>Cases of the selected client</source>
        <translation>Дела выбранного клиента</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Every change to this client&apos;s details, with who made it and when. Nobody can edit it.</source>
        <translation>Все изменения данных клиента с указанием, кто и когда их внёс. Изменить эту историю нельзя.</translation>
    </message>
    <message>
        <source>History of the selected client</source>
        <translation>История выбранного клиента</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>What this database holds</source>
        <translation>Что содержится в базе данных</translation>
    </message>
    <message>
        <source>Cases by service and status</source>
        <translation>Дела по услугам и статусам</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>С&amp;роки</translation>
    </message>
    <message>
        <source>Summary of what is due</source>
        <translation>Сводка по срокам</translation>
    </message>
    <message>
        <source>Deadlines: overdue, due today and due this week</source>
        <translation>Сроки: просроченные, на сегодня и на этой неделе</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>New &amp;client</source>
        <translation>Новый &amp;клиент</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New c&amp;ase…</source>
        <translation>Новое &amp;дело…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Generate documents…</source>
        <translation>&amp;Сформировать документы…</translation>
    </message>
    <message>
        <source>Generate the consent, power of attorney or letter of the selected case</source>
        <translation>Сформировать согласие, доверенность или письмо по выбранному делу</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Export week…</source>
        <translation>&amp;Экспорт за неделю…</translation>
    </message>
    <message>
        <source>Export a week&apos;s workload to an Excel workbook for the supervisor</source>
        <translation>Экспортировать нагрузку за неделю в файл Excel для руководителя</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Back the database and its files up into the backups folder</source>
        <translation>Сохранить резервную копию базы данных и её файлов в папку резервных копий</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Replace the data with a backup, after checking it and backing up what is there now</source>
        <translation>Заменить данные резервной копией после её проверки и резервного копирования текущих данных</translation>
    </message>
    <message>
        <source>E&amp;rase client…</source>
        <translation>&amp;Удалить клиента…</translation>
    </message>
    <message>
        <source>Erase the selected client and everything about them (the right to erasure)</source>
        <translation>Удалить выбранного клиента и все сведения о нём (право на удаление персональных данных)</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Найти клиента</translation>
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
        <translation>Производственный &amp;календарь…</translation>
    </message>
    <message>
        <source>&amp;Stay check…</source>
        <translation>&amp;Проверка пребывания…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Visa-free countries…</source>
        <translation>&amp;Безвизовые страны…</translation>
    </message>
    <message>
        <source>&amp;Target processing times…</source>
        <translation>&amp;Нормативные сроки…</translation>
    </message>
    <message>
        <source>&amp;Manager at this desk…</source>
        <translation>&amp;Менеджер на этом рабочем месте…</translation>
    </message>
    <message>
        <source>Who works at this desk: every change is recorded in their name</source>
        <translation>Кто работает на этом рабочем месте: каждое изменение записывается от его имени</translation>
    </message>
    <message>
        <source>Centre &amp;details…</source>
        <translation>&amp;Реквизиты центра…</translation>
    </message>
    <message>
        <source>The centre&apos;s name, BIN and address, printed on its documents</source>
        <translation>Наименование, БИН и адрес центра, печатаемые на его документах</translation>
    </message>
    <message>
        <source>&amp;Host parties…</source>
        <translation>Принимающие &amp;стороны…</translation>
    </message>
    <message>
        <source>The companies, hotels and landlords who receive clients and sign the notification letters</source>
        <translation>Организации, гостиницы и арендодатели, которые принимают клиентов и подписывают уведомления о прибытии</translation>
    </message>
    <message>
        <source>&amp;About Expat Desk</source>
        <translation>&amp;О программе Expat Desk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>A manager&apos;s day in ten steps, in your language</source>
        <translation>День менеджера в десяти шагах на вашем языке</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide could not be opened: no browser or no guide is installed.</source>
        <translation>Не удалось открыть руководство: не установлен браузер или само руководство.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>1 page</source>
        <translation>1 страница</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>The printer could not be started: check it and try again.</source>
        <translation>Не удалось запустить печать: проверьте принтер и повторите попытку.</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Сохранение копии: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The copy was not saved: %1</source>
        <translation>Копия не сохранена: %1</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Действие невозможно</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Refused by the authority</source>
        <translation>Отказ государственного органа</translation>
    </message>
    <message>
        <source>The case ends refused: its checklist is kept as it stands, and the case can be reopened to put it right and submit it again.</source>
        <translation>Дело закрывается с отказом: перечень документов сохраняется в текущем виде, дело можно возобновить, чтобы устранить замечания и подать повторно.</translation>
    </message>
    <message>
        <source>Reason of the refusal</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>As the decision words it</source>
        <translation>Как сформулировано в решении</translation>
    </message>
    <message>
        <source>Day of the decision</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>Дата &amp;решения:</translation>
    </message>
</context>
<context>
    <name>SecondCopy</name>
    <message>
        <source>Copying the backup to %1…</source>
        <translation>Копирование резервной копии в %1…</translation>
    </message>
    <message>
        <source>The backup was not copied to the second folder: %1</source>
        <translation>Резервная копия не скопирована во вторую папку: %1</translation>
    </message>
    <message>
        <source>Backup copied to %1</source>
        <translation>Резервная копия скопирована: %1</translation>
    </message>
</context>
<context>
    <name>StayCheckDialog</name>
    <message>
        <source>Choose the client&apos;s citizenship: type part of its name or its ISO code.</source>
        <translation>Выберите гражданство клиента: введите часть названия страны или её код ISO.</translation>
    </message>
    <message>
        <source>A citizen of Kazakhstan is not a foreigner: no registration.</source>
        <translation>Гражданин Казахстана не является иностранцем: регистрация не требуется.</translation>
    </message>
    <message>
        <source>The departure cannot be before the arrival.</source>
        <translation>Дата выезда не может быть раньше даты прибытия.</translation>
    </message>
    <message>
        <source>Registration is needed if the stay lasts more than 30 days.</source>
        <translation>Регистрация требуется, если пребывание длится более 30 дней.</translation>
    </message>
    <message>
        <source>This stay of %1 days needs registration.</source>
        <translation>Пребывание продолжительностью %1 дн. требует регистрации.</translation>
    </message>
    <message>
        <source>This stay of %1 days needs no registration (30 days or less).</source>
        <translation>Пребывание продолжительностью %1 дн. не требует регистрации (не более 30 дней).</translation>
    </message>
    <message>
        <source>Registered by police registration through the centre (reciprocal agreement).</source>
        <translation>Регистрируется в миграционной полиции через центр (соглашение о взаимном безвизовом режиме).</translation>
    </message>
    <message>
        <source>Registered by the host party&apos;s migration notification.</source>
        <translation>Регистрируется на основании уведомления о прибытии, которое подаёт принимающая сторона.</translation>
    </message>
    <message>
        <source>The host party notifies the migration police by %1; through the centre, the letter by %2.</source>
        <translation>Принимающая сторона уведомляет миграционную полицию до %1; при подаче через центр письмо — до %2.</translation>
    </message>
    <message>
        <source>Last visa-free day: %1 (%2 days left).</source>
        <translation>Последний день безвизового пребывания: %1 (осталось дней: %2).</translation>
    </message>
    <message>
        <source>Stay check</source>
        <translation>Проверка пребывания</translation>
    </message>
    <message>
        <source>Answer a caller&apos;s question about a stay without opening a case: whether it needs registration, by when the host party must notify the migration police, and how many visa-free days are left.</source>
        <translation>Ответ на вопрос о пребывании без открытия дела: нужна ли регистрация, до какого срока принимающая сторона должна уведомить миграционную полицию и сколько осталось дней безвизового пребывания.</translation>
    </message>
    <message>
        <source>About the stay check</source>
        <translation>О проверке пребывания</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Прибытие:</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Выезд:</translation>
    </message>
    <message>
        <source>The departure is known</source>
        <translation>Дата выезда известна</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Purpose of the stay</source>
        <translation>Цель пребывания</translation>
    </message>
    <message>
        <source>&amp;Visa or permit until:</source>
        <translation>Виза или &amp;разрешение до:</translation>
    </message>
    <message>
        <source>The stay rests on a visa or permit</source>
        <translation>Пребывание на основании визы или разрешения</translation>
    </message>
    <message>
        <source>Last day of the visa or permit</source>
        <translation>Последний день действия визы или разрешения</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>StayEditor</name>
    <message>
        <source>Change the stay</source>
        <translation>Изменение пребывания</translation>
    </message>
    <message>
        <source>Add a stay</source>
        <translation>Добавление пребывания</translation>
    </message>
    <message>
        <source>Save the stay</source>
        <translation>Сохранить пребывание</translation>
    </message>
    <message>
        <source>Close without saving the stay</source>
        <translation>Закрыть без сохранения пребывания</translation>
    </message>
    <message>
        <source>Stay in Kazakhstan</source>
        <translation>Пребывание в Казахстане</translation>
    </message>
    <message>
        <source>One entry into Kazakhstan and the exit after it, and the visa-free regime, visa or residence permit the stay rests on.</source>
        <translation>Один въезд в Казахстан и последующий выезд, а также основание пребывания: безвизовый режим, виза или вид на жительство.</translation>
    </message>
    <message>
        <source>About a stay</source>
        <translation>О пребывании</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Прибытие:</translation>
    </message>
    <message>
        <source>Day of arrival in Kazakhstan</source>
        <translation>Дата прибытия в Казахстан</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Arrival: what is wrong</source>
        <translation>Прибытие: ошибка</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Выезд:</translation>
    </message>
    <message>
        <source>Day of departure from Kazakhstan</source>
        <translation>Дата выезда из Казахстана</translation>
    </message>
    <message>
        <source>&amp;Still in Kazakhstan</source>
        <translation>&amp;Ещё в Казахстане</translation>
    </message>
    <message>
        <source>Still in Kazakhstan: no departure yet</source>
        <translation>Ещё в Казахстане: выезда пока не было</translation>
    </message>
    <message>
        <source>Departure: what is wrong</source>
        <translation>Выезд: ошибка</translation>
    </message>
    <message>
        <source>Stays &amp;on:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>What the stay rests on</source>
        <translation>Основание пребывания</translation>
    </message>
    <message>
        <source>Stays on: what is wrong</source>
        <translation>Основание: ошибка</translation>
    </message>
    <message>
        <source>&amp;Visa number:</source>
        <translation>&amp;Номер визы:</translation>
    </message>
    <message>
        <source>Visa number</source>
        <translation>Номер визы</translation>
    </message>
    <message>
        <source>as printed on the visa, Latin letters and digits</source>
        <translation>как указано в визе, латинские буквы и цифры</translation>
    </message>
    <message>
        <source>Visa number: what is wrong</source>
        <translation>Номер визы: ошибка</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>&amp;Действительна до:</translation>
    </message>
    <message>
        <source>Last valid day of the visa or permit</source>
        <translation>Последний день действия визы или разрешения</translation>
    </message>
    <message>
        <source>Valid until: what is wrong</source>
        <translation>Действительна до: ошибка</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>Purpose of the stay</source>
        <translation>Цель пребывания</translation>
    </message>
    <message>
        <source>Purpose: what is wrong</source>
        <translation>Цель: ошибка</translation>
    </message>
    <message>
        <source>Why the stay cannot be saved</source>
        <translation>Почему пребывание нельзя сохранить</translation>
    </message>
</context>
<context>
    <name>StayWords</name>
    <message>
        <source>Citizens of %1 need a visa: there is no visa-free regime.</source>
        <translation>Гражданам страны «%1» нужна виза: безвизовый режим не действует.</translation>
    </message>
    <message>
        <source>Longer than the %1 visa-free days of one entry: without a visa or permit the last day is %2.</source>
        <translation>Превышено число безвизовых дней за один въезд (%1): без визы или разрешения последний день — %2.</translation>
    </message>
    <message>
        <source>%1 days in Kazakhstan within 180 days, over the %2 allowed.</source>
        <translation>В Казахстане %1 дн. в течение 180 дней — сверх допустимых %2.</translation>
    </message>
    <message>
        <source>A private visit is registered for 90 days at most; this stay has %1.</source>
        <translation>Частная поездка регистрируется не более чем на 90 дней; это пребывание — %1 дн.</translation>
    </message>
    <message>
        <source>The visa or permit ends on %1, before the stay does.</source>
        <translation>Срок действия визы или разрешения истекает %1, раньше окончания пребывания.</translation>
    </message>
    <message>
        <source>The visa or permit ends on %1: renew it in time.</source>
        <translation>Срок действия визы или разрешения истекает %1: продлите его вовремя.</translation>
    </message>
    <message>
        <source>Still in Kazakhstan after the last visa-free day, %1.</source>
        <translation>Находится в Казахстане после последнего дня безвизового пребывания (%1).</translation>
    </message>
    <message>
        <source>%1 days: no registration needed (30 days or less).</source>
        <translation>%1 дн.: регистрация не требуется (не более 30 дней).</translation>
    </message>
    <message>
        <source>Visa-free</source>
        <translation>Безвизовый режим</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Work (employment or expert contract)</source>
        <translation>Работа (трудовой договор или договор с экспертом)</translation>
    </message>
    <message>
        <source>Private visit</source>
        <translation>Частная поездка</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source> business days</source>
        <translation> раб. дн.</translation>
    </message>
    <message>
        <source>Target for %1</source>
        <translation>Нормативный срок: %1</translation>
    </message>
    <message>
        <source>Target processing times</source>
        <translation>Нормативные сроки исполнения</translation>
    </message>
    <message>
        <source>How many business days a case of each service may take from opening to completion. A case past its target shows as overdue.</source>
        <translation>Сколько рабочих дней может занимать дело по каждой услуге от открытия до завершения. Дело, превысившее нормативный срок, отображается как просроченное.</translation>
    </message>
    <message>
        <source>About target processing times</source>
        <translation>О нормативных сроках исполнения</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Refused by the authority</source>
        <translation>Отказано госорганом</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Уведомление о прибытии</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>VisaFreeDialog</name>
    <message>
        <source>Citizens of the countries with a reciprocal visa-free agreement are the only foreigners the police register through the centre. The list comes with the app (checked on %1, each country with its sources); correct it here when an agreement comes into force or is suspended, and say why.</source>
        <translation>Через центр в миграционной полиции регистрируются только граждане стран, заключивших с Казахстаном соглашение о взаимном безвизовом режиме. Список встроен в приложение (проверен %1, по каждой стране указаны источники); исправляйте его здесь, когда соглашение вступает в силу или приостанавливается, с указанием причины.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Reciprocal</source>
        <translation>Взаимный</translation>
    </message>
    <message>
        <source>Days per entry</source>
        <translation>Дней за въезд</translation>
    </message>
    <message>
        <source>Days in 180</source>
        <translation>Дней за 180</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Corrected by the centre</source>
        <translation>Исправлено центром</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <source>Centre: %1</source>
        <translation>Центр: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>односторонний</translation>
    </message>
    <message>
        <source>Days within 180 days</source>
        <translation>Дней в течение 180 дней</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Visa-free countries</source>
        <translation>Безвизовые страны</translation>
    </message>
    <message>
        <source>About the visa-free list</source>
        <translation>О списке безвизовых стран</translation>
    </message>
    <message>
        <source>Find a country by name or code</source>
        <translation>Поиск страны по названию или коду</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Поиск страны</translation>
    </message>
    <message>
        <source>The centre&apos;s correction</source>
        <translation>Исправление центра</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <source>&amp;Reciprocal visa-free agreement in force (police registration possible)</source>
        <translation>&amp;Действует соглашение о взаимном безвизовом режиме (возможна регистрация)</translation>
    </message>
    <message>
        <source>Reciprocal visa-free agreement in force</source>
        <translation>Действует соглашение о взаимном безвизовом режиме</translation>
    </message>
    <message>
        <source>Days per &amp;entry:</source>
        <translation>Дней за один &amp;въезд:</translation>
    </message>
    <message>
        <source>Days within &amp;180 days:</source>
        <translation>Дней &amp;за 180 дней:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>The agreement and its date, or the ministry&apos;s letter</source>
        <translation>Соглашение и его дата или письмо министерства</translation>
    </message>
    <message>
        <source>Why the list is corrected</source>
        <translation>Причина исправления списка</translation>
    </message>
    <message>
        <source>color: #c62828;</source>
        <translation>color: #c62828;</translation>
    </message>
    <message>
        <source>Why the correction was not saved</source>
        <translation>Почему исправление не сохранено</translation>
    </message>
    <message>
        <source>&amp;Save the correction</source>
        <translation>Со&amp;хранить исправление</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Сохранить исправление</translation>
    </message>
    <message>
        <source>&amp;Take off the list</source>
        <translation>&amp;Исключить из списка</translation>
    </message>
    <message>
        <source>Take the country off the list</source>
        <translation>Исключить страну из списка</translation>
    </message>
    <message>
        <source>&amp;Back to the published list</source>
        <translation>Восстановить &amp;опубликованный список</translation>
    </message>
    <message>
        <source>Back to the published list</source>
        <translation>Восстановить опубликованный список</translation>
    </message>
</context>
</TS>
