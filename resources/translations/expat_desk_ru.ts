<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="55"/>
        <location filename="../../expat_desk/ui/app.py" line="175"/>
        <source>Expat Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="56"/>
        <source>The database cannot be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="81"/>
        <source>Expat Desk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="82"/>
        <source>Expat Desk is already open on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="106"/>
        <source>the client form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="108"/>
        <source>a new case, not yet opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="111"/>
        <source>Unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="112"/>
        <source>Expat Desk closed before this was saved. Bring it back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="118"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="157"/>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="160"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="161"/>
        <source>Due today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/app.py" line="176"/>
        <source>This database is empty. Fill it with demo data (200 sample clients with their cases) to try Expat Desk?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttorneyEditor</name>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="76"/>
        <source>New attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="76"/>
        <source>Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="86"/>
        <source>As the identity document writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="92"/>
        <source>Latin letters and digits, as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="100"/>
        <source>For example МВД РК</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="101"/>
        <source>&amp;Resident of Kazakhstan (the IIN is printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="104"/>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="106"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="106"/>
        <source>Attorney&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="107"/>
        <source>Identity &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="107"/>
        <source>Kind of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="108"/>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="108"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="109"/>
        <source>&amp;Issued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="109"/>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="112"/>
        <source>Issued &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="114"/>
        <source>Issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="116"/>
        <source>Resident of Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="117"/>
        <source>II&amp;N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="117"/>
        <source>Attorney&apos;s IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="129"/>
        <source>%1: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="146"/>
        <source>Why the attorney was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="156"/>
        <source>Save the attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="159"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="204"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attorneys</name>
    <message>
        <location filename="../../expat_desk/ui/attorney_editor.py" line="57"/>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttorneysDialog</name>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="41"/>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="42"/>
        <source>Attorneys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="46"/>
        <source>The people a power of attorney may name. A retired attorney stays on the documents printed with them, but is no longer offered for new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="55"/>
        <source>Attorneys on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="58"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="59"/>
        <source>Identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="60"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="61"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="62"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="74"/>
        <source>Show &amp;retired attorneys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="76"/>
        <source>Show retired attorneys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="79"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="79"/>
        <source>Add an attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="82"/>
        <source>Edit the chosen attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="85"/>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="85"/>
        <source>Retire the chosen attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="92"/>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="100"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="145"/>
        <source>non-resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="146"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="146"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="185"/>
        <source>Retire attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="188"/>
        <source>Retire %1? The documents already printed keep the name; new powers of attorney can no longer name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="192"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/attorneys_dialog.py" line="201"/>
        <source>Not retired: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="49"/>
        <source>Making today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="55"/>
        <source>Today&apos;s backup could not be made.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="59"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="66"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="70"/>
        <source>The backup could not be made.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="74"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="75"/>
        <source>The database and its files are backed up to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="80"/>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="94"/>
        <location filename="../../expat_desk/ui/backup_actions.py" line="111"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="96"/>
        <source>Expat Desk backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="102"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="106"/>
        <source>This backup cannot be restored.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="113"/>
        <source>Replace all the data with the backup of %1 UTC (%2 clients, %3 cases, %4 files)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="124"/>
        <source>What is there now is backed up first, so this restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="126"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="135"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="139"/>
        <source>The restore failed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="147"/>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/backup_actions.py" line="154"/>
        <location filename="../../expat_desk/ui/backup_actions.py" line="174"/>
        <source>Expat Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingCheck</name>
    <message>
        <location filename="../../expat_desk/ui/binding_check.py" line="101"/>
        <source>Expat Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/binding_check.py" line="102"/>
        <source>This copy of Expat Desk runs on Python %1 with Qt for Python %2, which together make the window close by itself after some hours of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/binding_check.py" line="114"/>
        <source>Save your work often and ask for Expat Desk to be installed with Python 3.12 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../expat_desk/ui/calendar_dialog.py" line="52"/>
        <source>A business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/calendar_dialog.py" line="54"/>
        <source>No business day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/calendar_dialog.py" line="86"/>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/calendar_dialog.py" line="87"/>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="14"/>
        <source>Business calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="20"/>
        <source>Kazakhstan&apos;s holidays and transferred days come with the app. When the government announces a transfer late, set the day here: the centre&apos;s own days win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="26"/>
        <source>About the business calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="35"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="50"/>
        <source>Selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="57"/>
        <source>Whether the selected day is a business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="67"/>
        <source>This day is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="73"/>
        <location filename="../../forms/calendar_dialog.ui" line="76"/>
        <source>As the national calendar says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="83"/>
        <location filename="../../forms/calendar_dialog.ui" line="86"/>
        <source>A day off at the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="93"/>
        <location filename="../../forms/calendar_dialog.ui" line="96"/>
        <source>A working day at the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="106"/>
        <source>The centre&apos;s own days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="116"/>
        <source>The centre&apos;s own days off and working days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="108"/>
        <location filename="../../forms/case_wizard.ui" line="17"/>
        <source>New case wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="193"/>
        <source>IIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="245"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="246"/>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="247"/>
        <location filename="../../forms/case_wizard.ui" line="164"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="248"/>
        <location filename="../../forms/case_wizard.ui" line="210"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="249"/>
        <location filename="../../forms/case_wizard.ui" line="243"/>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="253"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="325"/>
        <source>%1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="353"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="355"/>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="367"/>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="384"/>
        <location filename="../../forms/case_wizard.ui" line="180"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="397"/>
        <location filename="../../forms/case_wizard.ui" line="213"/>
        <source>ISO alpha-3 code, e.g. DEU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="451"/>
        <source>%1 has no IIN: an EDS needs one. Open an IIN case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="454"/>
        <source>%1 already has an IIN (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="467"/>
        <source>Police registration is only for citizens of countries with a reciprocal visa-free agreement with Kazakhstan, and %1 has none (%2). The host party&apos;s migration notification registers %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="474"/>
        <source>%1 is a citizen of Kazakhstan: this service is for foreign citizens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="481"/>
        <location filename="../../expat_desk/ui/case_wizard.py" line="569"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="481"/>
        <location filename="../../expat_desk/ui/case_wizard.py" line="569"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="492"/>
        <source>%1 (from the client record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="532"/>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="543"/>
        <source>%1 (new client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="547"/>
        <source>Client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="548"/>
        <source>Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="556"/>
        <source>Checklist: %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="561"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="654"/>
        <source>Discard this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="655"/>
        <source>The case is not opened yet. Discard what you have entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="660"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="703"/>
        <source>already belongs to client #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="733"/>
        <source>The case was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/case_wizard.py" line="734"/>
        <source>The case could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="14"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="24"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="27"/>
        <source>Pick the client the case is for, or register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="33"/>
        <source>&amp;Existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="36"/>
        <source>Existing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="46"/>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="49"/>
        <source>Name in Latin or Cyrillic, passport, IIN, phone or employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="59"/>
        <source>Matching clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="72"/>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="75"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="88"/>
        <source>&amp;Surname (Latin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="98"/>
        <source>Surname (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="101"/>
        <source>As in the passport, e.g. MÜLLER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="108"/>
        <source>Surname (Latin): error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="121"/>
        <source>&amp;Given names (Latin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="131"/>
        <source>Given names (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="134"/>
        <source>As in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="141"/>
        <source>Given names (Latin): error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="154"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="170"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="187"/>
        <source>Birth date: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="200"/>
        <source>&amp;Citizenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="220"/>
        <source>Citizenship: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="233"/>
        <source>&amp;Passport number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="246"/>
        <source>5 to 20 Latin letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="253"/>
        <source>Passport number: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="270"/>
        <location filename="../../forms/case_wizard.ui" line="279"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="273"/>
        <source>What the client needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="293"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="296"/>
        <source>Only what this service needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="302"/>
        <source>Why this case cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="315"/>
        <source>Open an &amp;IIN case instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="318"/>
        <source>Open an IIN case instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="338"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="341"/>
        <source>The documents and steps the case will track. Nothing is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="347"/>
        <source>Checklist of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="364"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="367"/>
        <source>Click Finish to open the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/case_wizard.ui" line="373"/>
        <source>Summary of the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <location filename="../../expat_desk/ui/centre_dialog.py" line="29"/>
        <source>Save the centre&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/centre_dialog.py" line="32"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="6"/>
        <location filename="../../forms/centre_dialog.ui" line="7"/>
        <source>Centre details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="11"/>
        <source>The centre&apos;s name, BIN and address are printed on every consent, power of attorney and letter it generates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="13"/>
        <source>About the centre&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="21"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="27"/>
        <source>Name of the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="33"/>
        <source>Name: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="40"/>
        <source>&amp;BIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="46"/>
        <source>Business identification number (BIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="47"/>
        <source>12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="53"/>
        <source>BIN: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="60"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="66"/>
        <source>Address of the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="67"/>
        <source>Street, building, city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/centre_dialog.ui" line="73"/>
        <source>Address: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="67"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="68"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="69"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="72"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="76"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="77"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="78"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="79"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="82"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="83"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="84"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="85"/>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="86"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="87"/>
        <source>submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="88"/>
        <source>closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="89"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="163"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="165"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="298"/>
        <location filename="../../forms/checklist_pane.ui" line="23"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="311"/>
        <source>rules v%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="316"/>
        <source>%1 · %2 (%5) · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="326"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="329"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="333"/>
        <source>%1 required documents collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="340"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="342"/>
        <source>Ready to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="344"/>
        <source>All required documents are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="374"/>
        <source>Scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="376"/>
        <location filename="../../forms/checklist_pane.ui" line="231"/>
        <source>No scan attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="379"/>
        <source>Selected document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="381"/>
        <location filename="../../forms/checklist_pane.ui" line="94"/>
        <location filename="../../forms/checklist_pane.ui" line="97"/>
        <source>Selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="396"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="399"/>
        <source>item #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="402"/>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="407"/>
        <source>%1 generated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="412"/>
        <source>%1 opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="415"/>
        <source>%1, %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="436"/>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="441"/>
        <source>%1, generated %2%3
%4
SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="454"/>
        <source>Generated doc&amp;uments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="456"/>
        <location filename="../../forms/checklist_pane.ui" line="418"/>
        <source>Generated doc&amp;uments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="492"/>
        <source>This document is not shown: %1.

The copy on record must stay as it was generated. Generate the document again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="561"/>
        <source>The scan %1 is no longer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="609"/>
        <location filename="../../forms/checklist_pane.ui" line="263"/>
        <source>Attach scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="611"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="618"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="619"/>
        <source>Why does “%1” not apply to this client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="628"/>
        <source>The IIN issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="630"/>
        <source>Outcome (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="632"/>
        <location filename="../../forms/checklist_pane.ui" line="316"/>
        <source>Complete the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/checklist_pane.py" line="643"/>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="14"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="17"/>
        <source>Checklist of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="26"/>
        <location filename="../../forms/checklist_pane.ui" line="288"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="38"/>
        <source>Required documents collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="48"/>
        <source>What the case still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="63"/>
        <source>Checklist of the case&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="66"/>
        <source>Drop a scan on a document to attach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="105"/>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="115"/>
        <source>Date the document came in or the step was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="121"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="128"/>
        <source>Mark as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="135"/>
        <source>&amp;Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="138"/>
        <source>The client brought this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="141"/>
        <source>Mark as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="148"/>
        <source>&amp;Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="151"/>
        <source>You checked this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="154"/>
        <source>Mark as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="161"/>
        <source>&amp;Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="164"/>
        <source>This document is still to be collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="167"/>
        <source>Mark as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="174"/>
        <source>&amp;Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="177"/>
        <source>This document does not apply to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="180"/>
        <source>Mark as not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="204"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="214"/>
        <source>Note on the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="217"/>
        <source>A note on this document, saved when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="234"/>
        <source>Attached scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="257"/>
        <source>&amp;Attach scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="260"/>
        <source>Copy a scan of this document into the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="270"/>
        <source>O&amp;pen scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="273"/>
        <source>Open the attached scan in its usual program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="276"/>
        <source>Open scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="291"/>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="297"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="300"/>
        <source>Hand the case to the state body (every required document is in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="303"/>
        <source>Submit the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="310"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="313"/>
        <source>The state body has decided: record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="323"/>
        <source>Re&amp;fused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="326"/>
        <source>The state body refused the application: record its reason and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="329"/>
        <source>Record the case as refused by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="336"/>
        <source>Re&amp;turn for corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="339"/>
        <source>The state body sent the case back: open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="342"/>
        <source>Return the case for corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="349"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="352"/>
        <source>Open a completed or cancelled case again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="355"/>
        <source>Reopen the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="362"/>
        <source>Cance&amp;l case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="365"/>
        <source>The client no longer needs this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="368"/>
        <source>Cancel the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="391"/>
        <source>History and generated documents of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="398"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="404"/>
        <source>History of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="424"/>
        <source>Documents generated for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="427"/>
        <source>Double-click or press Enter to open the file as it was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="439"/>
        <source>&amp;Generate documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="442"/>
        <source>Fill in the consent, power of attorney or letter of this case, to print (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="445"/>
        <source>Generate documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="452"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="455"/>
        <source>Show the selected document as it was generated, to print it again or save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/checklist_pane.ui" line="458"/>
        <source>Open the selected document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <location filename="../../expat_desk/ui/client_details.py" line="73"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_details.py" line="74"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_details.py" line="75"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_details.py" line="120"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_details.py" line="177"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_details.py" line="178"/>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="9"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="14"/>
        <source>Fill from the passport&apos;s machine-readable lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="22"/>
        <source>Passport machine-readable lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="23"/>
        <source>Paste the two lines at the bottom of the passport page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="29"/>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="30"/>
        <source>Fill the passport fields from these lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="38"/>
        <source>What is wrong with the machine-readable lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="52"/>
        <source>Surname (Latin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="58"/>
        <source>Surname (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="64"/>
        <source>Surname (Latin): what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="71"/>
        <source>Given names (Latin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="77"/>
        <source>Given names (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="83"/>
        <source>Given names (Latin): what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="90"/>
        <source>Surname (Cyrillic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="96"/>
        <source>Surname (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="102"/>
        <source>Surname (Cyrillic): what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="109"/>
        <source>Given names (Cyrillic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="115"/>
        <source>Given names (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="121"/>
        <source>Given names (Cyrillic): what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="128"/>
        <source>Patronymic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="134"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="135"/>
        <source>if the client has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="140"/>
        <source>Patronymic: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="147"/>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="153"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="154"/>
        <location filename="../../forms/client_details.ui" line="230"/>
        <location filename="../../forms/client_details.ui" line="268"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="159"/>
        <source>Date of birth: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="166"/>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="172"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="178"/>
        <source>Sex: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="185"/>
        <source>Citizenship (ISO code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="191"/>
        <source>Citizenship (ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="197"/>
        <source>Citizenship (ISO code): what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="204"/>
        <source>Passport number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="210"/>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="216"/>
        <source>Passport number: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="223"/>
        <source>Passport issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="229"/>
        <source>Passport issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="235"/>
        <source>Passport issued: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="242"/>
        <source>Passport issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="248"/>
        <source>Passport issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="249"/>
        <source>as the passport names it, e.g. MVD 77001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="254"/>
        <source>Passport issued by: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="261"/>
        <source>Passport expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="267"/>
        <source>Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="273"/>
        <source>Passport expires: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="280"/>
        <source>IIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="286"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="292"/>
        <source>IIN: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="299"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="305"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="311"/>
        <source>Phone: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="318"/>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="324"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="330"/>
        <source>E-mail: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="337"/>
        <source>Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="343"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="349"/>
        <source>Employer: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="356"/>
        <source>Address in Kazakhstan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="362"/>
        <source>Address in Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="368"/>
        <source>Address in Kazakhstan: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="375"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="384"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="390"/>
        <source>Notes: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="404"/>
        <source>Warnings about this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="416"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="417"/>
        <source>Forget the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="422"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_details.ui" line="423"/>
        <source>Save the client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientModel</name>
    <message>
        <location filename="../../expat_desk/ui/client_model.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_model.py" line="31"/>
        <source>Name in Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_model.py" line="32"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_model.py" line="33"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_model.py" line="34"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_model.py" line="35"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_model.py" line="36"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_model.py" line="37"/>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRegister</name>
    <message>
        <location filename="../../expat_desk/ui/client_register.py" line="58"/>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_register.py" line="61"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_register.py" line="104"/>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_register.py" line="114"/>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_register.py" line="116"/>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="19"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="29"/>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="32"/>
        <source>Name in Latin or Cyrillic, passport, IIN, phone or employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="42"/>
        <source>How many clients match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="53"/>
        <source>Only clients with a case of this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="60"/>
        <source>Only clients with a case in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="67"/>
        <source>Only clients of this manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="74"/>
        <source>Has &amp;overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="77"/>
        <source>Only clients with overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_register.ui" line="96"/>
        <source>Client register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStays</name>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="52"/>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="53"/>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="54"/>
        <source>Stays on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="55"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="56"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="57"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="95"/>
        <source>No stay recorded yet: add the client&apos;s last entry into Kazakhstan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="107"/>
        <source>Visa
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="116"/>
        <source>still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="119"/>
        <source>Still in Kazakhstan: no departure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="185"/>
        <location filename="../../expat_desk/ui/client_stays.py" line="200"/>
        <source>Remove the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/client_stays.py" line="186"/>
        <source>Remove the stay from %1? Its lines stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="6"/>
        <location filename="../../forms/client_stays.ui" line="7"/>
        <source>Stays in Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="11"/>
        <source>About the stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="18"/>
        <source>The client&apos;s stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="31"/>
        <source>A&amp;dd stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="32"/>
        <source>Add a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="37"/>
        <source>Edit s&amp;tay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="38"/>
        <source>Edit the chosen stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="43"/>
        <source>Re&amp;move stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/client_stays.ui" line="44"/>
        <source>Remove the chosen stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskManager</name>
    <message>
        <location filename="../../expat_desk/ui/desk_manager.py" line="26"/>
        <location filename="../../expat_desk/ui/desk_manager.py" line="37"/>
        <source>Manager at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/desk_manager.py" line="27"/>
        <source>Who works at this desk? Every change is recorded in their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/desk_manager.py" line="41"/>
        <source>Working as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="210"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="217"/>
        <source>Kept as %1 · SHA-256 %2, unchanged since it was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="222"/>
        <source>Generated by %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="234"/>
        <source>The file %1 cannot be read as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="6"/>
        <location filename="../../forms/document_viewer.ui" line="7"/>
        <source>Generated document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="13"/>
        <source>Document shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="25"/>
        <source>Number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="30"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="31"/>
        <location filename="../../forms/document_viewer.ui" line="32"/>
        <source>Print the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="37"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="38"/>
        <source>Save a copy of the document, e.g. to send it by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="39"/>
        <source>Save a copy of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="47"/>
        <source>Preview of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/document_viewer.ui" line="53"/>
        <source>Where the file is kept and its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="95"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="105"/>
        <source>Generate documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="107"/>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="136"/>
        <source>None: one language alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="138"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="153"/>
        <source>No ter&amp;m stated: one year, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="160"/>
        <source>The client&apos;s address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="162"/>
        <source>The client has no address on file: type it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="166"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="203"/>
        <source>The attorneys of Settings → Attorneys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="251"/>
        <source>The two columns need two different languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="276"/>
        <source>Not generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="300"/>
        <source>Choose the attorney, or add one with New attorney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="302"/>
        <source>Required: a document is never printed with a blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="306"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="312"/>
        <source>Nothing was generated. Fill in first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/documents_dialog.py" line="360"/>
        <source>Generated and filed on the case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="6"/>
        <location filename="../../forms/documents_dialog.ui" line="7"/>
        <source>Generate documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="27"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="33"/>
        <location filename="../../forms/documents_dialog.ui" line="34"/>
        <source>Documents to generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="38"/>
        <source>&amp;Consent to personal data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="39"/>
        <source>Consent to the collection and processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="44"/>
        <source>P&amp;ower of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="45"/>
        <location filename="../../forms/documents_dialog.ui" line="98"/>
        <location filename="../../forms/documents_dialog.ui" line="99"/>
        <source>Power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="50"/>
        <source>Notification letter of the &amp;host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="51"/>
        <source>Notification letter of the host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="59"/>
        <location filename="../../forms/documents_dialog.ui" line="60"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="64"/>
        <source>&amp;Left column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="70"/>
        <source>Language of the left column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="76"/>
        <source>&amp;Right column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="82"/>
        <source>Language of the right column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="88"/>
        <source>Languages: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="103"/>
        <source>&amp;Attorney:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="111"/>
        <source>Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="112"/>
        <source>The attorneys of Settings, Attorneys: name and identity document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="113"/>
        <source>Choose the attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="124"/>
        <source>Ne&amp;w attorney…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="125"/>
        <source>New attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="133"/>
        <source>Attorney: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="140"/>
        <source>Valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="146"/>
        <source>No ter&amp;m stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="147"/>
        <source>No term stated: valid for one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="148"/>
        <source>Civil Code, Article 168: a power of attorney without a stated term is valid for one year; a stated term is at most three years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="154"/>
        <source>Power of attorney valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="156"/>
        <location filename="../../forms/documents_dialog.ui" line="203"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="161"/>
        <source>Valid until: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="171"/>
        <location filename="../../forms/documents_dialog.ui" line="172"/>
        <source>Notification letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="176"/>
        <source>Address of sta&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="182"/>
        <source>Address of stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="188"/>
        <source>Address of stay: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="195"/>
        <source>Stays un&amp;til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="201"/>
        <source>Last day of stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="208"/>
        <source>Stays until: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="218"/>
        <source>What must be filled in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="228"/>
        <source>Centr&amp;e details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="229"/>
        <source>Enter the centre&apos;s name, BIN and address, printed on every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="230"/>
        <source>Enter the centre&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="250"/>
        <source>What was generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="264"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="265"/>
        <source>Make the documents ticked, file them on the case and show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="266"/>
        <source>Generate the documents ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="282"/>
        <source>Sho&amp;wing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="288"/>
        <source>Generated document shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="300"/>
        <source>Number of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="305"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="306"/>
        <location filename="../../forms/documents_dialog.ui" line="307"/>
        <source>Print the document shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="312"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="313"/>
        <source>Save a copy of the document shown, e.g. to send it by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="314"/>
        <source>Save a copy of the document shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="323"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="324"/>
        <source>Tick the documents and press Generate: they are filed on the case and shown here, ready to print or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/documents_dialog.ui" line="332"/>
        <source>Preview of the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="22"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="23"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="24"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="25"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="26"/>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="30"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="31"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="32"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="33"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="34"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="37"/>
        <source>Host party notifies the migration police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="40"/>
        <source>Host party&apos;s letter to the Expat Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="43"/>
        <source>Target processing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="44"/>
        <source>Police registration ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="45"/>
        <source>Registered within 30 days of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="48"/>
        <source>Passport expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="49"/>
        <source>Power of attorney lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="52"/>
        <source>EDS certificate lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="55"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="56"/>
        <source>within 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="57"/>
        <source>within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="58"/>
        <source>within a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/due_model.py" line="59"/>
        <source>expired: the case cannot be completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseClient</name>
    <message>
        <location filename="../../expat_desk/ui/erase_client.py" line="25"/>
        <location filename="../../expat_desk/ui/erase_client.py" line="43"/>
        <location filename="../../expat_desk/ui/erase_client.py" line="50"/>
        <location filename="../../expat_desk/ui/erase_client.py" line="64"/>
        <source>Erase client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/erase_client.py" line="26"/>
        <source>Erase %1 and everything the app holds about them: %2 cases, their checklists, scans and generated documents. The history keeps one line without any name.

Backups keep a copy until they are pruned. This cannot be undone.

Type the surname, %3, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/erase_client.py" line="44"/>
        <source>The surname did not match; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/erase_client.py" line="54"/>
        <source>%1 was erased with %2 cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/erase_client.py" line="59"/>
        <source>These files could not be deleted; delete them by hand:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../expat_desk/ui/errors.py" line="56"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/errors.py" line="58"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/errors.py" line="60"/>
        <source>Everything you saved is safe. The details are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/errors.py" line="65"/>
        <location filename="../../expat_desk/ui/errors.py" line="67"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWeekDialog</name>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="48"/>
        <source>All managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="56"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="59"/>
        <source>Export the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="65"/>
        <source>Close without exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="79"/>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="97"/>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="104"/>
        <location filename="../../forms/export_week_dialog.ui" line="6"/>
        <source>Export week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="97"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="102"/>
        <source>Writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="124"/>
        <source>The workbook was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="140"/>
        <source>Week exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="141"/>
        <source>The workbook is saved as
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/export_week_dialog.py" line="146"/>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="7"/>
        <source>Export a week&apos;s workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="11"/>
        <source>The week&apos;s workload as an Excel workbook for the supervisor: a summary per manager and service, every case touched, and the actions of each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="13"/>
        <source>About the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="20"/>
        <source>&amp;Week of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="28"/>
        <source>A day of the week to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="30"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="35"/>
        <source>The week chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="47"/>
        <source>&amp;Number of weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="53"/>
        <source>How many weeks, ending with the week chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="61"/>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="67"/>
        <source>Whose workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/export_week_dialog.ui" line="74"/>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostParties</name>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="177"/>
        <source>kind (company or private person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="178"/>
        <source>BIN or IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="179"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="180"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="181"/>
        <source>head who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="182"/>
        <source>head&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPartiesDialog</name>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="45"/>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="55"/>
        <source>Host parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="49"/>
        <source>Find a host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="50"/>
        <source>Find by name, BIN or IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="57"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="57"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="57"/>
        <source>BIN / IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="57"/>
        <source>For a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="68"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="69"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="71"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="98"/>
        <source>Legal entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="99"/>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="104"/>
        <source>needs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="104"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="105"/>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="149"/>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="160"/>
        <source>Remove host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="150"/>
        <source>Remove %1 from the host parties?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="161"/>
        <source>%1 is the host party of %2 case(s) and stays on file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPartyEditor</name>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="37"/>
        <source>Host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="37"/>
        <source>New host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="41"/>
        <source>Kind of host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="42"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="43"/>
        <source>Legal entity (company, hotel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="44"/>
        <source>Private person (landlord, relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="46"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="47"/>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="127"/>
        <source>BIN or IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="48"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="49"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="50"/>
        <source>Head who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="51"/>
        <source>Head&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="59"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="66"/>
        <source>+7 717 255 00 00 or 8 717 255 00 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="67"/>
        <source>As the letter prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="70"/>
        <source>The notification letter is printed on this host&apos;s letterhead, with its number, address and phone, signed by its head or, for a private person, by themself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="81"/>
        <source>Save the host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="100"/>
        <source>%1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="125"/>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_party_editor.py" line="126"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPartyPicker</name>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="200"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="202"/>
        <source>New host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="204"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="206"/>
        <source>Edit the chosen host party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="227"/>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/host_parties_dialog.py" line="261"/>
        <source>The letter will need this host&apos;s %1: Edit… adds them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="111"/>
        <source>&amp;Attorneys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="113"/>
        <source>The people a power of attorney may name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="134"/>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="138"/>
        <source>Manager at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="168"/>
        <source>Clients in the register: %1 · Cases in progress: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="172"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="203"/>
        <source>Overdue: %1 · Due today: %2 · This week: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="216"/>
        <source>Working out the deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="218"/>
        <location filename="../../forms/main_window.ui" line="14"/>
        <location filename="../../forms/main_window.ui" line="161"/>
        <location filename="../../forms/main_window.ui" line="164"/>
        <source>Expat Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="268"/>
        <source>Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="270"/>
        <source>Manager: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="281"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="283"/>
        <source>registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="286"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="312"/>
        <source>%1 · %2 · %3 · %4 of %5 documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="320"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="411"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="412"/>
        <source>The workbook holds clients&apos; names and citizenship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="419"/>
        <source>Keep it on this computer or send it to the supervisor only, and delete it when it is no longer needed. You will not be asked again until Expat Desk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="424"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="494"/>
        <source>About Expat Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/main_window.py" line="496"/>
        <source>&lt;h3&gt;Expat Desk %1&lt;/h3&gt;&lt;p&gt;The case desk of the personal managers of the AIFC Expat Centre, Astana.&lt;/p&gt;&lt;p&gt;Works offline; your data stay on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="33"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="40"/>
        <location filename="../../forms/main_window.ui" line="418"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="61"/>
        <source>The selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="65"/>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="76"/>
        <source>Ca&amp;ses and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="86"/>
        <source>C&amp;ases of this client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96"/>
        <source>Cases of the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="110"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="116"/>
        <source>Every change to this client&apos;s details, with who made it and when. Nobody can edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="124"/>
        <source>History of the selected client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="143"/>
        <location filename="../../forms/main_window.ui" line="426"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="171"/>
        <source>What this database holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="184"/>
        <source>Cases by service and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="217"/>
        <location filename="../../forms/main_window.ui" line="434"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="223"/>
        <source>Summary of what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="236"/>
        <source>Deadlines: overdue, due today and due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="264"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="279"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="287"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="295"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="306"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="319"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="322"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="327"/>
        <source>New &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="330"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="335"/>
        <source>New c&amp;ase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="338"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="346"/>
        <source>&amp;Generate documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="349"/>
        <location filename="../../forms/main_window.ui" line="352"/>
        <source>Generate the consent, power of attorney or letter of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="355"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="360"/>
        <source>&amp;Export week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="363"/>
        <location filename="../../forms/main_window.ui" line="366"/>
        <source>Export a week&apos;s workload to an Excel workbook for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="369"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="374"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="377"/>
        <location filename="../../forms/main_window.ui" line="380"/>
        <source>Back the database and its files up into the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="385"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="388"/>
        <location filename="../../forms/main_window.ui" line="391"/>
        <source>Replace the data with a backup, after checking it and backing up what is there now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="399"/>
        <source>E&amp;rase client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="402"/>
        <location filename="../../forms/main_window.ui" line="405"/>
        <source>Erase the selected client and everything about them (the right to erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="410"/>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="413"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="421"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="429"/>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="437"/>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="442"/>
        <source>Business &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="447"/>
        <source>&amp;Stay check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="450"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="455"/>
        <source>&amp;Visa-free countries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="460"/>
        <source>&amp;Target processing times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="465"/>
        <source>&amp;Manager at this desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="468"/>
        <location filename="../../forms/main_window.ui" line="471"/>
        <source>Who works at this desk: every change is recorded in their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="476"/>
        <source>Centre &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="479"/>
        <source>The centre&apos;s name, BIN and address, printed on its documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="484"/>
        <source>&amp;Host parties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="487"/>
        <source>The companies, hotels and landlords who receive clients and sign the notification letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="492"/>
        <source>&amp;About Expat Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="106"/>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="106"/>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="133"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="148"/>
        <source>The printer could not be started: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="177"/>
        <source>Save a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="179"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="189"/>
        <source>The copy was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/document_preview.py" line="193"/>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../expat_desk/ui/refusal_dialog.py" line="26"/>
        <source>Refused by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/refusal_dialog.py" line="30"/>
        <source>The case ends refused: its checklist is kept as it stands, and the case can be reopened to put it right and submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/refusal_dialog.py" line="37"/>
        <source>Reason of the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/refusal_dialog.py" line="39"/>
        <source>As the decision words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/refusal_dialog.py" line="42"/>
        <source>Day of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/refusal_dialog.py" line="47"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/refusal_dialog.py" line="48"/>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayCheckDialog</name>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="52"/>
        <source>Type the client&apos;s citizenship: its ISO code, e.g. USA or RUS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="67"/>
        <source>A citizen of Kazakhstan is not a foreigner: no registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="69"/>
        <source>The departure cannot be before the arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="80"/>
        <source>Registration is needed if the stay lasts more than 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="83"/>
        <source>This stay of %1 days needs registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="87"/>
        <source>This stay of %1 days needs no registration (30 days or less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="92"/>
        <source>Registered by police registration through the centre (reciprocal agreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="94"/>
        <source>Registered by the host party&apos;s migration notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="98"/>
        <source>The host party notifies the migration police by %1; through the centre, the letter by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_check_dialog.py" line="106"/>
        <source>Last visa-free day: %1 (%2 days left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="14"/>
        <source>Stay check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="20"/>
        <source>Answer a caller&apos;s question about a stay without opening a case: whether it needs registration, by when the host party must notify the migration police, and how many visa-free days are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="26"/>
        <source>About the stay check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="35"/>
        <source>&amp;Citizenship (ISO code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="50"/>
        <source>e.g. USA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="53"/>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="60"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="69"/>
        <source>&amp;Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="82"/>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="89"/>
        <source>&amp;Departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="92"/>
        <source>The departure is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="102"/>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="109"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="119"/>
        <source>Purpose of the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="126"/>
        <source>&amp;Visa or permit until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="129"/>
        <source>The stay rests on a visa or permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="139"/>
        <source>Last day of the visa or permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_check_dialog.ui" line="160"/>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayEditor</name>
    <message>
        <location filename="../../expat_desk/ui/stay_editor.py" line="49"/>
        <source>Change the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_editor.py" line="49"/>
        <source>Add a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_editor.py" line="63"/>
        <source>Save the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_editor.py" line="66"/>
        <source>Close without saving the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="6"/>
        <location filename="../../forms/stay_editor.ui" line="7"/>
        <source>Stay in Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="11"/>
        <source>One entry into Kazakhstan and the exit after it, and the visa-free regime, visa or residence permit the stay rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="13"/>
        <source>About a stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="21"/>
        <source>&amp;Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="27"/>
        <source>Day of arrival in Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="29"/>
        <location filename="../../forms/stay_editor.ui" line="51"/>
        <location filename="../../forms/stay_editor.ui" line="120"/>
        <source>dd.MM.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="34"/>
        <source>Arrival: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="41"/>
        <source>&amp;Departure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="49"/>
        <source>Day of departure from Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="56"/>
        <source>&amp;Still in Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="57"/>
        <source>Still in Kazakhstan: no departure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="67"/>
        <source>Departure: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="74"/>
        <source>Stays &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="80"/>
        <source>What the stay rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="85"/>
        <source>Stays on: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="92"/>
        <source>&amp;Visa number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="98"/>
        <source>Visa number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="99"/>
        <source>as printed on the visa, Latin letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="105"/>
        <source>Visa number: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="112"/>
        <source>Valid &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="118"/>
        <source>Last valid day of the visa or permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="125"/>
        <source>Valid until: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="132"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="138"/>
        <source>Purpose of the stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="143"/>
        <source>Purpose: what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/stay_editor.ui" line="152"/>
        <source>Why the stay cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayWords</name>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="23"/>
        <source>Citizens of %1 need a visa: there is no visa-free regime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="28"/>
        <source>Longer than the %1 visa-free days of one entry: without a visa or permit the last day is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="38"/>
        <source>%1 days in Kazakhstan within 180 days, over the %2 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="45"/>
        <source>A private visit is registered for 90 days at most; this stay has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="50"/>
        <source>The visa or permit ends on %1, before the stay does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="54"/>
        <source>The visa or permit ends on %1: renew it in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="58"/>
        <source>Still in Kazakhstan after the last visa-free day, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="67"/>
        <source>%1 days: no registration needed (30 days or less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="76"/>
        <source>Visa-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="78"/>
        <source>Visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="80"/>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="87"/>
        <source>Work (employment or expert contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="89"/>
        <location filename="../../expat_desk/ui/stay_words.py" line="99"/>
        <source>Private visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/stay_words.py" line="97"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../expat_desk/ui/targets_dialog.py" line="25"/>
        <source> business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/targets_dialog.py" line="28"/>
        <source>Target for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/targets_dialog.ui" line="14"/>
        <source>Target processing times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/targets_dialog.ui" line="20"/>
        <source>How many business days a case of each service may take from opening to completion. A case past its target shows as overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/targets_dialog.ui" line="26"/>
        <source>About target processing times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="10"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="11"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="12"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="13"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="14"/>
        <source>Refused by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="17"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="18"/>
        <source>Power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="19"/>
        <source>Notification letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="22"/>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="23"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/titles.py" line="24"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisaFreeDialog</name>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="33"/>
        <source>Citizens of the countries with a reciprocal visa-free agreement are the only foreigners the police register through the centre. The list comes with the app (checked on %1, each country with its sources); correct it here when an agreement comes into force or is suspended, and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="43"/>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="173"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="44"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="45"/>
        <source>Reciprocal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="46"/>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="174"/>
        <location filename="../../forms/visa_free_dialog.ui" line="117"/>
        <source>Days per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="47"/>
        <source>Days in 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="48"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="78"/>
        <source>Corrected by the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="89"/>
        <location filename="../../forms/visa_free_dialog.ui" line="114"/>
        <location filename="../../forms/visa_free_dialog.ui" line="137"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="93"/>
        <source>Centre: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="97"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="97"/>
        <source>one-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="175"/>
        <location filename="../../forms/visa_free_dialog.ui" line="140"/>
        <source>Days within 180 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../expat_desk/ui/visa_free_dialog.py" line="176"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="14"/>
        <location filename="../../forms/visa_free_dialog.ui" line="43"/>
        <source>Visa-free countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="23"/>
        <source>About the visa-free list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="30"/>
        <source>Find a country by name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="36"/>
        <source>Find a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="62"/>
        <source>The centre&apos;s correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="68"/>
        <source>&amp;Country (ISO code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="81"/>
        <source>e.g. THA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="84"/>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="91"/>
        <source>&amp;Reciprocal visa-free agreement in force (police registration possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="94"/>
        <source>Reciprocal visa-free agreement in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="101"/>
        <source>Days per &amp;entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="124"/>
        <source>Days within &amp;180 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="147"/>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="160"/>
        <source>The agreement and its date, or the ministry&apos;s letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="163"/>
        <source>Why the list is corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="170"/>
        <source>color: #c62828;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="176"/>
        <source>Why the correction was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="185"/>
        <source>&amp;Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="188"/>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="195"/>
        <source>&amp;Take off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="198"/>
        <source>Take the country off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="205"/>
        <source>&amp;Back to the published list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/visa_free_dialog.ui" line="208"/>
        <source>Back to the published list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
