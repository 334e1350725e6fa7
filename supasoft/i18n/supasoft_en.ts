<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>BulkSetDialog</name>
    <message numerus="yes">
        <source>Change %n record(s)</source>
        <translation><numerusform>Change %n record</numerusform><numerusform>Change %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set the same value in %n selected record(s).</source>
        <translation><numerusform>Set the same value in %n selected record.</numerusform><numerusform>Set the same value in %n selected records.</numerusform></translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message numerus="yes">
        <source>%n record(s) of %1</source>
        <translation><numerusform>%n record of %1</numerusform><numerusform>%n records of %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Kept on %n record(s).</source>
        <translation><numerusform>Kept on %n record.</numerusform><numerusform>Kept on %n records.</numerusform></translation>
    </message>
</context>
<context>
    <name>MaintenanceBanner</name>
    <message numerus="yes">
        <source>Closing in %n s</source>
        <translation><numerusform>Closing in %n s</numerusform><numerusform>Closing in %n s</numerusform></translation>
    </message>
</context>
<context>
    <name>MaintenanceControl</name>
    <message numerus="yes">
        <source>Maintenance mode: %n user(s) still connected</source>
        <translation><numerusform>Maintenance mode: %n user still connected</numerusform><numerusform>Maintenance mode: %n users still connected</numerusform></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
</context>
<context>
    <name>PausedDialog</name>
    <message numerus="yes">
        <source>%n card(s) with unsaved changes stay open; they are saved when the database is back.</source>
        <translation><numerusform>%n card with unsaved changes stay open; they are saved when the database is back.</numerusform><numerusform>%n cards with unsaved changes stay open; they are saved when the database is back.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation><numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message numerus="yes">
        <source>Move %n record(s) to the trash?</source>
        <translation><numerusform>Move %n record to the trash?</numerusform><numerusform>Move %n records to the trash?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to the trash.</source>
        <translation><numerusform>%n record moved to the trash.</numerusform><numerusform>%n records moved to the trash.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The other %n record(s) can be moved.</source>
        <translation><numerusform>The other %n record can be moved.</numerusform><numerusform>The other %n records can be moved.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) put back.</source>
        <translation><numerusform>%n record put back.</numerusform><numerusform>%n records put back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed.</source>
        <translation><numerusform>%n record changed.</numerusform><numerusform>%n records changed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation><numerusform>%n record exported to %1</numerusform><numerusform>%n records exported to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) did not fit in an Excel cell (32,767 characters) and were cut; the file lists them on the sheet "%1":</source>
        <translation><numerusform>%n text did not fit in an Excel cell (32,767 characters) and were cut; the file lists them on the sheet "%1":</numerusform><numerusform>%n texts did not fit in an Excel cell (32,767 characters) and were cut; the file lists them on the sheet "%1":</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>More than %n record(s)</source>
        <translation><numerusform>More than %n record</numerusform><numerusform>More than %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
</context>
<context>
    <name>TrashTab</name>
    <message numerus="yes">
        <source>%n deleted record(s)</source>
        <translation><numerusform>%n deleted record</numerusform><numerusform>%n deleted records</numerusform></translation>
    </message>
</context>
</TS>