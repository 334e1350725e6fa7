<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row (side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column (stacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished">пусто</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished">содержит</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished">не содержит</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished">начинается с</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation type="unfinished">заканчивается на</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished">Удалить условие</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a configuration file: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse while children exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the children too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the children, clear the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo this change any more: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to manage access rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field rights changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished">Обновить</translation>
    </message>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own group&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">Экспорт</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden fields never leave the database for this user or group: not in tables, cards, searches, exports or reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the groups give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished">и</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself from the administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the structure (Configurator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users and access rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished">Объект</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished">Записи</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user or a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators have every right; the grants below do not limit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user&apos;s own grant on an object replaces the grants of the user&apos;s groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members get the most open access any of their groups gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (removing a global right is not available yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to share these records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Название:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user you add becomes an administrator; from then on everyone logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Supasoft %s&lt;/h3&gt;&lt;p&gt;An open-source CRM constructor: build the objects, fields, tables and cards your office needs, then work in them.&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Supasoft %s&lt;/h3&gt;&lt;p&gt;Открытый конструктор CRM: создайте объекты, поля, таблицы и карточки, нужные вашему офису, и работайте в них.&lt;/p&gt;&lt;p&gt;Лицензия: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Supasoft</source>
        <translation>О программе Supasoft</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Networked</source>
        <translation>Сетевая</translation>
    </message>
    <message>
        <source>Free (one file)</source>
        <translation>Бесплатная (один файл)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>Structure version</source>
        <translation>Версия структуры</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Database information</source>
        <translation>Сведения о базе</translation>
    </message>
</context>
<context>
    <name>AccessRightsWindow</name>
    <message>
        <source>Access rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSetDialog</name>
    <message numerus="yes">
        <source>Change %n record(s)</source>
        <translation>
            <numerusform>Изменить %n запись</numerusform>
            <numerusform>Изменить %n записи</numerusform>
            <numerusform>Изменить %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the same value in %n selected record(s).</source>
        <translation>
            <numerusform>Задать одно значение в %n выбранной записи.</numerusform>
            <numerusform>Задать одно значение в %n выбранных записях.</numerusform>
            <numerusform>Задать одно значение в %n выбранных записях.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Новое значение:</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <source>Working…</source>
        <extracomment>The work&apos;s view of progress: report (done, total); False back means &quot;the user cancelled, stop&quot;.</extracomment>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>CardDesigner</name>
    <message>
        <source>Add to card →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (pixels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto the card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card layout — drop into a box, or before/after an element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (the real card):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot show this layout: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Open cards of this object show the new layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>No record matches this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved. Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the stored record again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Удалить</translation>
    </message>
    <message>
        <source>Move to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes and read the stored record again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the record was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this record meanwhile; choose the values to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {what} to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildrenView</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this record first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not create these records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Tick the columns to show. Open a reference to show fields of the linked record. Drag column headers in the table to change their order.</source>
        <translation>Отметьте столбцы для показа. Раскройте ссылку, чтобы показать поля связанной записи. Перетащите заголовки столбцов в таблице, чтобы изменить порядок.</translation>
    </message>
    <message>
        <source>Open to show fields of %s</source>
        <translation>Раскройте, чтобы показать поля: %s</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>All conditions hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any condition holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished">Добавить условие</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>Удалить условие</translation>
    </message>
</context>
<context>
    <name>ConfiguratorWindow</name>
    <message>
        <source>Configurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo takes back additions, renames and options; deletions and type changes are kept in an automatic backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Файл</translation>
    </message>
    <message>
        <source>Export configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished">Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an object to start (Add object… on the left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; / {1} — {2}, {3} field(s), codes like {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{name} was changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this {name} while you were editing it. For each field below, choose which value to keep; your other changes are kept as you made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs (saved meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with these values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailGrid</name>
    <message>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} total: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailSetsTab</name>
    <message>
        <source>New</source>
        <translation type="unfinished">Новая</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (tick, in order):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals under the grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child link first (tab Child links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add detail set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change detail set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete detail set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the detail set {0}? The records stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>Edit field {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required (must be filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique (no two records alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed (fast sorting and search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard ({0} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice per line, in the order shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown from a linked record (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from a record when it is picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Название:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits in all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits after the point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the value comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record picked in / field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the external object this reference points at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one choice (one per line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula does not work: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reference field and the field to take the value from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default value {0!r} {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>FieldsTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied from {0} when picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change field {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic backup is taken first; Undo cannot bring the values back — restore the backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is used here (these uses are removed too):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the field {0} and all its values?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Attach…</source>
        <extracomment>A stored file (no bytes here) should be written to a path: the card fetches it from the service.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too big ({size}); at most {limit} allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>equals</source>
        <translation>равно</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>не равно</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <source>is one of (comma-separated)</source>
        <translation>одно из (через запятую)</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>между</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>не содержит</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>заканчивается на</translation>
    </message>
    <message>
        <source> AND </source>
        <translation> И </translation>
    </message>
    <message>
        <source> OR </source>
        <translation> ИЛИ </translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>одно из</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Filter %s</source>
        <translation>Фильтр: %s</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Records covered: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conditions hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any condition holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished">Добавить условие</translation>
    </message>
    <message>
        <source>The grant covers the records that match:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <source>e.g. {Price} * {Quantity}  or  SUM({Lines.Cost})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (double-click to insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (child records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at character {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK — the result is a {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: no {0} yet to compute it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on the first record: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Show records matching</source>
        <translation>Показать записи, где выполнены</translation>
    </message>
    <message>
        <source>all of these (AND)</source>
        <translation>все условия (И)</translation>
    </message>
    <message>
        <source>any of these (OR)</source>
        <translation>любое из условий (ИЛИ)</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Удалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>New parent link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lines, Contacts, Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the children (seen from the parent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the parent is deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the other object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the children, e.g. Lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the parent is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child link adds a reference field to the child; its records then show inside the parent&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the link {0}? The reference field stays as a plain reference; detail sets over it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Supasoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is protected. Enter your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the password: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supasoft — %s</source>
        <translation>Supasoft — %s</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Supasoft databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы Supasoft (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <source>Supasoft databases (*.db)</source>
        <translation>Базы Supasoft (*.db)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backup saved to %s</source>
        <translation>Резервная копия сохранена в %s</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Supasoft databases (*.db);;All files (*)</source>
        <translation>Базы Supasoft (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup %s?
A safety copy of the current state is taken first.</source>
        <translation>Заменить всё содержимое этой базы копией %s?
Сначала будет сохранена копия текущего состояния.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Открыть запись</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Change field in selected…</source>
        <translation>&amp;Изменить поле в выбранных…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Корзина</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Появится в следующей версии</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>скоро</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Configurator…</source>
        <translation>&amp;Конфигуратор…</translation>
    </message>
    <message>
        <source>&amp;Access rights…</source>
        <translation>&amp;Права доступа…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Supasoft</source>
        <translation>&amp;О программе Supasoft</translation>
    </message>
    <message>
        <source>&amp;Database information</source>
        <translation>&amp;Сведения о базе</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <source>Edit object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ORD-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (many):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes look like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the object a name, e.g. Client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectsPanel</name>
    <message>
        <source>Add object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename / numbering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — codes like {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} and ALL its records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic backup is taken first; Undo cannot bring it back — restore the backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is used here (these uses are removed too):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathTree</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Код</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Import configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete objects and fields missing from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic backup is taken first when data could be lost. Undo cannot reverse an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <source>Type to search…</source>
        <extracomment>The object id user fields pass to the lookup (users are not a configured object).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record matches this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several records match; pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <source>Save view</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Everyone can use this view</source>
        <translation>Вид доступен всем</translation>
    </message>
    <message>
        <source>Unticked: only you see it in the list of views</source>
        <translation>Без отметки: вид видите только вы</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user or group more access to this %s. Sharing adds to their rights on %s; it does not open %s to people who have no access to them at all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This database was written by a newer Supasoft. Install the newer version, or choose another file or a backup.</source>
        <extracomment>Firebird needs a user name and password before opening; returns (user, password) or None when cancelled. Copies a backup over a database file that cannot be opened (the composition root wires storage&apos;s restore).</extracomment>
        <translation>Эта база записана более новой версией Supasoft. Установите новую версию или выберите другой файл или резервную копию.</translation>
    </message>
    <message>
        <source>Fix the settings file (the message names the line), then start again.</source>
        <translation>Исправьте файл настроек (в сообщении указана строка) и запустите программу снова.</translation>
    </message>
    <message>
        <source>Choose another database file, restore a backup, or quit.</source>
        <translation>Выберите другой файл базы, восстановите резервную копию или выйдите.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Восстановить резервную копию…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Supasoft databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы Supasoft (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Supasoft databases (*.db);;All files (*)</source>
        <translation>Базы Supasoft (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>Открытие отменено.</translation>
    </message>
    <message>
        <source>Settings file problem</source>
        <translation>Ошибка в файле настроек</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… и ещё %d</translation>
    </message>
    <message>
        <source>Some records were not changed:</source>
        <translation>Некоторые записи не изменены:</translation>
    </message>
    <message numerus="yes">
        <source>Move %n record(s) to the trash?</source>
        <translation>
            <numerusform>Переместить %n запись в корзину?</numerusform>
            <numerusform>Переместить %n записи в корзину?</numerusform>
            <numerusform>Переместить %n записей в корзину?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) moved to the trash.</source>
        <translation>
            <numerusform>%n запись перемещена в корзину.</numerusform>
            <numerusform>%n записи перемещены в корзину.</numerusform>
            <numerusform>%n записей перемещено в корзину.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) put back.</source>
        <translation>
            <numerusform>Восстановлена %n запись.</numerusform>
            <numerusform>Восстановлены %n записи.</numerusform>
            <numerusform>Восстановлено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Изменение…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed.</source>
        <translation>
            <numerusform>Изменена %n запись.</numerusform>
            <numerusform>Изменены %n записи.</numerusform>
            <numerusform>Изменено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the records to change first.</source>
        <translation>Сначала выберите записи для изменения.</translation>
    </message>
    <message>
        <source>You do not have the right to export.</source>
        <translation>У вас нет права на экспорт.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>%n запись выгружена в %1</numerusform>
            <numerusform>%n записи выгружены в %1</numerusform>
            <numerusform>%n записей выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the selected records to the trash (Del)</source>
        <translation>Переместить выбранные записи в корзину (Del)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Поиск… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Столбцы…</translation>
    </message>
    <message>
        <source>Choose the columns</source>
        <translation>Выбрать столбцы</translation>
    </message>
    <message>
        <source> View: </source>
        <translation> Вид: </translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Сохранить вид…</translation>
    </message>
    <message>
        <source>Save the columns, sort and filter as a view</source>
        <translation>Сохранить столбцы, сортировку и фильтр как вид</translation>
    </message>
    <message>
        <source>Change field…</source>
        <translation>Изменить поле…</translation>
    </message>
    <message>
        <source>Set one field in all selected records</source>
        <translation>Задать одно поле во всех выбранных записях</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the current view to Excel</source>
        <translation>Выгрузить текущий вид в Excel</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>%s (personal)</source>
        <translation>%s (личный)</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n выбрана</numerusform>
            <numerusform>%n выбраны</numerusform>
            <numerusform>%n выбрано</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %s</source>
        <translation>Фильтр: %s</translation>
    </message>
    <message>
        <source>Search: %s</source>
        <translation>Поиск: %s</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables of this object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Новая</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (open a reference to reach its fields):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add column →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished">Название:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only records where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That column is already in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sort: newest first as entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the table {0}? No records are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete table {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>The text is too long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashTab</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Удалил</translation>
    </message>
    <message>
        <source>With children</source>
        <translation>С подчинёнными</translation>
    </message>
    <message>
        <source>Restore selected</source>
        <translation>Восстановить выбранные</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Trash: %s</source>
        <translation>Корзина: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s)</source>
        <translation>
            <numerusform>%n удалённая запись</numerusform>
            <numerusform>%n удалённые записи</numerusform>
            <numerusform>%n удалённых записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete every record in this trash for good? This cannot be undone.</source>
        <translation>Удалить навсегда все записи из этой корзины? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>TypeChangeDialog</name>
    <message>
        <source>Change the type of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not change the type if any value would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it, and keep the values that do not fit in a new field &quot;{0} (old value)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic backup is taken before the change; Undo cannot reverse a type change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} value(s): {1} convert, {2} would not convert:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} value(s): all convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record #{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueInput</name>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
</context>
<context>
    <name>_TemporalEditor</name>
    <message>
        <source>Clear</source>
        <extracomment>The minimum of the editors doubles as &quot;no date&quot;; it is shown blank (special value text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
