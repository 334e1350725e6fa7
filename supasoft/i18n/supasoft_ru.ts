<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <location filename="../shell/about.py" line="+17" />
        <source>&lt;h3&gt;Supasoft %s&lt;/h3&gt;&lt;p&gt;An open-source CRM constructor: build the objects, fields, tables and cards your office needs, then work in them.&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Supasoft %s&lt;/h3&gt;&lt;p&gt;Открытый конструктор CRM: создайте объекты, поля, таблицы и карточки, нужные вашему офису, и работайте в них.&lt;/p&gt;&lt;p&gt;Лицензия: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About Supasoft</source>
        <translation>О программе Supasoft</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Networked</source>
        <translation>Сетевая</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Free (one file)</source>
        <translation>Бесплатная (один файл)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Structure version</source>
        <translation>Версия структуры</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Database information</source>
        <translation>Сведения о базе</translation>
    </message>
</context>
<context>
    <name>AccessRights</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>You do not have the right to manage access rights.</source>
        <translation>У вас нет права управлять правами доступа.</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Добавлен пользователь</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пользователь включён</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Пользователь отключён</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Пароль сброшен</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>Group added</source>
        <translation>Добавлена группа</translation>
    </message>
    <message>
        <source>Added to group</source>
        <translation>Добавлен в группу</translation>
    </message>
    <message>
        <source>Removed from group</source>
        <translation>Удалён из группы</translation>
    </message>
    <message>
        <source>Rights changed</source>
        <translation>Права изменены</translation>
    </message>
    <message>
        <source>Field rights changed</source>
        <translation>Права на поля изменены</translation>
    </message>
    <message>
        <source>Record shared</source>
        <translation>Предоставлен доступ к записи</translation>
    </message>
    <message>
        <source>group %s</source>
        <translation>группа %s</translation>
    </message>
    <message>
        <source>user %s</source>
        <translation>пользователь %s</translation>
    </message>
    <message>
        <source>all objects (global right)</source>
        <translation>все объекты (глобальное право)</translation>
    </message>
    <message>
        <source>Change the structure</source>
        <translation>Изменение структуры</translation>
    </message>
    <message>
        <source>Manage access</source>
        <translation>Управление доступом</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>record #%s</source>
        <translation>запись № %s</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Нет доступа</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>Own records</source>
        <translation>Свои записи</translation>
    </message>
    <message>
        <source>Own group's records</source>
        <translation>Записи своей группы</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Сохранённый фильтр</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>Можно изменять</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Access rights</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <source>Group: %s</source>
        <translation>Группа: %s</translation>
    </message>
    <message>
        <source>User: %s</source>
        <translation>Пользователь: %s</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Rights of:</source>
        <translation>Права для:</translation>
    </message>
    <message>
        <source>Hidden fields never leave the database for this user or group: not in tables, cards, searches, exports or reports.</source>
        <translation>Скрытые поля никогда не покидают базу данных для этого пользователя или группы: их нет в таблицах, карточках, поиске, экспорте и отчётах.</translation>
    </message>
    <message>
        <source>As the groups give</source>
        <translation>Как в группах</translation>
    </message>
    <message>
        <source>or</source>
        <translation>или</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Добавить группу…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Members of %s</source>
        <translation>Участники группы %s</translation>
    </message>
    <message>
        <source>You cannot remove yourself from the administrators.</source>
        <translation>Нельзя исключить себя из администраторов.</translation>
    </message>
    <message>
        <source>Change the structure (Configurator)</source>
        <translation>Изменение структуры (Конфигуратор)</translation>
    </message>
    <message>
        <source>Manage users and access rights</source>
        <translation>Управление пользователями и правами доступа</translation>
    </message>
    <message>
        <source>Global rights</source>
        <translation>Глобальные права</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Add a user or a group first.</source>
        <translation>Сначала добавьте пользователя или группу.</translation>
    </message>
    <message>
        <source>Administrators have every right; the grants below do not limit them.</source>
        <translation>У администраторов есть все права; назначения ниже их не ограничивают.</translation>
    </message>
    <message>
        <source>A user's own grant on an object replaces the grants of the user's groups.</source>
        <translation>Собственное право пользователя на объект заменяет права его групп.</translation>
    </message>
    <message>
        <source>Members get the most open access any of their groups gives.</source>
        <translation>Участники получают самый широкий доступ из тех, что дают их группы.</translation>
    </message>
    <message>
        <source>Granted (removing a global right is not available yet).</source>
        <translation>Назначено (отзыв глобального права пока недоступен).</translation>
    </message>
    <message>
        <source>Edit filter…</source>
        <translation>Изменить фильтр…</translation>
    </message>
    <message>
        <source>You do not have the right to share these records.</source>
        <translation>У вас нет права предоставлять доступ к этим записям.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Reset password of %s</source>
        <translation>Сброс пароля пользователя %s</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Группы…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>The first user you add becomes an administrator; from then on everyone logs in.</source>
        <translation>Первый добавленный пользователь становится администратором; после этого вход выполняют все.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <source>Groups of %s</source>
        <translation>Группы пользователя %s</translation>
    </message>
    <message>
        <source>Server account</source>
        <translation>Учётная запись сервера</translation>
    </message>
    <message>
        <source>Create server account…</source>
        <translation>Создать учётную запись сервера…</translation>
    </message>
    <message>
        <source>Set server password…</source>
        <translation>Задать пароль на сервере…</translation>
    </message>
    <message>
        <source>Delete server account</source>
        <translation>Удалить учётную запись сервера</translation>
    </message>
    <message>
        <source>This database is not on a server.</source>
        <translation>Эта база не на сервере.</translation>
    </message>
    <message>
        <source>Server accounts can be managed only by a server administrator: %s</source>
        <translation>Учётными записями сервера может управлять только администратор сервера: %s</translation>
    </message>
    <message>
        <source>No server account: %s cannot connect to this database yet.</source>
        <translation>Нет учётной записи сервера: %s пока не может подключиться к этой базе.</translation>
    </message>
    <message>
        <source>Server account %s: administrator (role RDB$ADMIN).</source>
        <translation>Учётная запись сервера %s: администратор (роль RDB$ADMIN).</translation>
    </message>
    <message>
        <source>Server account %s: staff (role SUPASOFT_STAFF).</source>
        <translation>Учётная запись сервера %s: сотрудник (роль SUPASOFT_STAFF).</translation>
    </message>
    <message>
        <source>Server account %s exists but has no role in this database; create it again to grant one.</source>
        <translation>Учётная запись сервера %s существует, но не имеет роли в этой базе; создайте её заново, чтобы выдать роль.</translation>
    </message>
    <message>
        <source>Server account for %s</source>
        <translation>Учётная запись сервера для %s</translation>
    </message>
    <message>
        <source>Server password of %s</source>
        <translation>Пароль на сервере для %s</translation>
    </message>
    <message>
        <source>Delete the server account %s? This user will no longer be able to connect to the server.</source>
        <translation>Удалить учётную запись сервера %s? Этот пользователь больше не сможет подключаться к серверу.</translation>
    </message>
    <message>
        <source>The server %s does not answer. Check that the Firebird server is running and that Server= and Port= in client.ini are right, then try again.</source>
        <extracomment>Tried in this order: a role the account does not hold is silently replaced by NONE, which then has no rights. storage of an open server session -&gt; (URL with credentials and role, role, server user); Session is unhashable</extracomment>
        <translation>Сервер %s не отвечает. Проверьте, что сервер Firebird запущен и что Server= и Port= в client.ini верны, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The database %s does not exist on the server %s. Check Path= in client.ini or ask your administrator.</source>
        <translation>База %s не существует на сервере %s. Проверьте Path= в client.ini или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The account %s may not use this database. Ask an administrator to create your server account in Access rights → Users.</source>
        <translation>Учётной записи %s не разрешено использовать эту базу. Попросите администратора создать вашу учётную запись сервера в разделе Права доступа → Пользователи.</translation>
    </message>
    <message>
        <source>Could not connect: %s</source>
        <translation>Не удалось подключиться: %s</translation>
    </message>
    <message>
        <source>Connect to the Supasoft server</source>
        <translation>Подключение к серверу Supasoft</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Запомнить пароль</translation>
    </message>
    <message>
        <source>Kept in your system's password store, never in a file.</source>
        <translation>Хранится в системном хранилище паролей, никогда в файле.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>This database is on a Supasoft server. Log in with your server account.</source>
        <translation>Эта база находится на сервере Supasoft. Войдите под своей учётной записью сервера.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>Подключение к %s…</translation>
    </message>
    <message>
        <source>The server %s did not answer within %d seconds. Check the network and that the server is running, then try again.</source>
        <translation>Сервер %s не ответил за %d с. Проверьте сеть и что сервер запущен, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Reports over all records</source>
        <translation>Отчёты по всем записям</translation>
    </message>
    <message>
        <source>With the Reports right, a report counts every record of the object, not only the readable ones</source>
        <translation>При праве «Отчёты» отчёт считает все записи объекта, а не только доступные для чтения</translation>
    </message>
</context>
<context>
    <name>AccessRightsWindow</name>
    <message>
        <location filename="../accessrights/access_window.py" line="+4" />
        <source>Access rights</source>
        <translation>Права доступа</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Object rights</source>
        <translation>Права на объекты</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field rights</source>
        <translation>Права на поля</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
</context>
<context>
    <name>AddTileDialog</name>
    <message>
        <location filename="../reports/dashboard_tiles.py" line="+233" />
        <source>Add to the dashboard</source>
        <translation>Добавить на панель</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show as:</source>
        <translation>Показать как:</translation>
    </message>
</context>
<context>
    <name>ApiServerDialog</name>
    <message>
        <location filename="../shell/api_server_dialog.py" line="+38" />
        <source>API server</source>
        <translation>Сервер API</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Allow other computers on the network</source>
        <translation>Разрешить другим компьютерам в сети</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>what the token is for, e.g. Web shop</source>
        <translation>для чего токен, например Интернет-магазин</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May change records</source>
        <translation>Может изменять записи</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New token</source>
        <translation>Новый токен</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a new token is shown here once</source>
        <translation>новый токен будет показан здесь один раз</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Tokens (each acts with your rights):</source>
        <translation>Токены (каждый действует с вашими правами):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Running at %1 (documentation: %1/docs)</source>
        <translation>Работает по адресу %1 (документация: %1/docs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped</source>
        <translation>Остановлен</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the server</source>
        <translation>Остановить сервер</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start the server</source>
        <translation>Запустить сервер</translation>
    </message>
</context>
<context>
    <name>BulkSetDialog</name>
    <message numerus="yes">
        <location filename="../shell/bulk.py" line="+100" />
        <source>Change %n record(s)</source>
        <translation><numerusform>Изменить %n запись</numerusform><numerusform>Изменить %n записи</numerusform><numerusform>Изменить %n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Set the same value in %n selected record(s).</source>
        <translation><numerusform>Задать одно значение в %n выбранной записи.</numerusform><numerusform>Задать одно значение в %n выбранных записях.</numerusform><numerusform>Задать одно значение в %n выбранных записях.</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Field:</source>
        <translation>Поле:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>New value:</source>
        <translation>Новое значение:</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <location filename="../widgets/busy.py" line="+98" />
        <source>Working…</source>
        <extracomment>The work's view of progress: report (done, total); False back means "the user cancelled, stop".</extracomment>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>CardDesigner</name>
    <message>
        <location filename="../configurator/card_designer.py" line="+83" />
        <source>Add to card →</source>
        <translation>В карточку →</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+180" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-179" />
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+197" />
        <source>Generate automatically</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location line="-197" />
        <location line="+241" />
        <source>Save card</source>
        <translation>Сохранить карточку</translation>
    </message>
    <message>
        <location line="-225" />
        <source>beside the field</source>
        <translation>слева от поля</translation>
    </message>
    <message>
        <location line="+0" />
        <source>above the field</source>
        <translation>над полем</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no label</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <location line="+7" />
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only</source>
        <translation>Только чтение</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hidden</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Selected element</source>
        <translation>Выбранный элемент</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Width (pixels):</source>
        <translation>Ширина (пиксели):</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Drag onto the card:</source>
        <translation>Перетащите в карточку:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Card layout — drop into a box, or before/after an element:</source>
        <translation>Макет карточки — перетащите в группу или до/после элемента:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Preview (the real card):</source>
        <translation>Предпросмотр (настоящая карточка):</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The preview cannot show this layout: {0}</source>
        <translation>Предпросмотр не может показать этот макет: {0}</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+44" />
        <source>Move</source>
        <translation>Переместить</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+18" />
        <source>Add {0}</source>
        <translation>Добавить: {0}</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Change {0}</source>
        <translation>Изменить: {0}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Saved. Open cards of this object show the new layout.</source>
        <translation>Сохранено. Открытые карточки этого объекта показывают новый макет.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../widgets/card_form.py" line="+290" />
        <source>No record matches this text</source>
        <translation>Нет записей, подходящих под этот текст</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The record was not saved. Please correct:</source>
        <translation>Запись не сохранена. Исправьте:</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <location filename="../reports/print_card_window.py" line="+33" />
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print this card or save it as PDF (Ctrl+P)</source>
        <translation>Напечатать эту карточку или сохранить её в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../cards/card_window.py" line="+85" />
        <source>Card</source>
        <extracomment>What upper layers add to every new card (the documents package adds its Document button); called with the card.</extracomment>
        <translation>Карточка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+72" />
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="-72" />
        <source>Read the stored record again (F5)</source>
        <translation>Заново прочитать сохранённую запись (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-156" />
        <source>Move to the trash (Del)</source>
        <translation>Переместить в корзину (Del)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Discard your changes and read the stored record again?</source>
        <translation>Отменить изменения и заново прочитать сохранённую запись?</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Not saved: please correct the marked fields.</source>
        <translation>Не сохранено: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Someone else is saving this record right now; try again in a moment.</source>
        <translation>Кто-то другой сейчас сохраняет эту запись; повторите попытку через минуту.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not saved: the record was changed by someone else.</source>
        <translation>Не сохранено: запись изменена другим пользователем.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone else saved this record meanwhile; choose the values to keep.</source>
        <translation>Тем временем запись сохранил другой пользователь; выберите, какие значения оставить.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Move {what} to the trash?</source>
        <translation>Переместить в корзину: {what}?</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} has unsaved changes. Save them?</source>
        <translation>Несохранённые изменения: {what}. Сохранить их?</translation>
    </message>
    <message>
        <location line="+27" />
        <source>This {name}</source>
        <translation>эта запись ({name})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New {name}</source>
        <translation>Новая запись: {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{title} (read only)</source>
        <translation>{title} (только чтение)</translation>
    </message>
    <message>
        <location line="+49" />
        <source>This record was deleted meanwhile.</source>
        <translation>Тем временем эта запись была удалена.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Another user deleted this record (it is in the trash).</source>
        <translation>Другой пользователь удалил эту запись (она в корзине).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Another user saved this record at %s. Your changes are kept: when you save, you choose which of their values to keep.</source>
        <translation>Другой пользователь сохранил эту запись в %s. Ваши изменения сохранены: при сохранении вы выберете, какие его значения оставить.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Updated: another user saved this record at %s.</source>
        <translation>Обновлено: другой пользователь сохранил эту запись в %s.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../accessrights/login_dialog.py" line="+130" />
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat new password:</source>
        <translation>Повторите новый пароль:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The new passwords do not match.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
</context>
<context>
    <name>ChildrenView</name>
    <message>
        <location filename="../widgets/children_view.py" line="+49" />
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Save this record first</source>
        <translation>Сначала сохраните эту запись</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You may not create these records</source>
        <translation>Вы не можете создавать такие записи</translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <location filename="../configurator/maintenance_dialogs.py" line="+42" />
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Host</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Process</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+9" />
        <source> (this Supasoft)</source>
        <translation> (этот Supasoft)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} (pid {1})</source>
        <translation>{0} (pid {1})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>local</source>
        <translation>локально</translation>
    </message>
</context>
<context>
    <name>ColumnTable</name>
    <message>
        <location filename="../importer/column_table.py" line="+46" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Matched by</source>
        <translation>Сопоставление по</translation>
    </message>
    <message>
        <location line="+32" />
        <source>— leave out —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Name or Code</source>
        <translation>Название или код</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../shell/columns_dialog.py" line="+28" />
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Tick the columns to show. Open a reference to show fields of the linked record. Drag column headers in the table to change their order.</source>
        <translation>Отметьте столбцы для показа. Раскройте ссылку, чтобы показать поля связанной записи. Перетащите заголовки столбцов в таблице, чтобы изменить порядок.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Open to show fields of %s</source>
        <translation>Раскройте, чтобы показать поля: %s</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../widgets/condition_editor.py" line="+110" />
        <source>Remove this condition</source>
        <extracomment>the value as given (its field, items) and as the current input shows it ([] when it could not take it)</extracomment>
        <translation>Удалить условие</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <location filename="../widgets/condition_values.py" line="+41" />
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <location line="+0" />
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is filled in</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is one of (;)</source>
        <translation>одно из (;)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <location line="+0" />
        <source>at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <location line="+0" />
        <source>at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>between (;)</source>
        <translation>между (;)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <location line="+1" />
        <source>does not contain</source>
        <translation>не содержит</translation>
    </message>
    <message>
        <location line="+1" />
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ends with</source>
        <translation>заканчивается на</translation>
    </message>
    <message>
        <location line="+6" />
        <source>current user</source>
        <translation>текущий пользователь</translation>
    </message>
</context>
<context>
    <name>Configurator</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Вкладки</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Вкладка</translation>
    </message>
    <message>
        <source>Group box</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Row (side by side)</source>
        <translation>Строка (рядом)</translation>
    </message>
    <message>
        <source>Column (stacked)</source>
        <translation>Столбец (стопкой)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Detail set</source>
        <translation>Табличная часть</translation>
    </message>
    <message>
        <source>Child records</source>
        <translation>Подчинённые записи</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только чтение</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>label above</source>
        <translation>подпись сверху</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>без подписи</translation>
    </message>
    <message>
        <source>width {0}</source>
        <translation>ширина {0}</translation>
    </message>
    <message>
        <source>Card of {0}</source>
        <translation>Карточка: {0}</translation>
    </message>
    <message>
        <source>Configurator</source>
        <translation>Конфигуратор</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Экспорт конфигурации</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Не удаётся записать {0}: {1}</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Не удаётся прочитать {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a configuration file: {1}</source>
        <translation>{0} не является файлом конфигурации: {1}</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Импорт конфигурации</translation>
    </message>
    <message>
        <source>Refuse while children exist</source>
        <translation>Запретить, пока есть подчинённые записи</translation>
    </message>
    <message>
        <source>Delete the children too</source>
        <translation>Удалить и подчинённые записи</translation>
    </message>
    <message>
        <source>Keep the children, clear the link</source>
        <translation>Оставить подчинённые записи, очистить ссылку</translation>
    </message>
    <message>
        <source>Cannot undo this change any more: {0}</source>
        <translation>Это изменение больше нельзя отменить: {0}</translation>
    </message>
</context>
<context>
    <name>ConfiguratorWindow</name>
    <message>
        <location filename="../configurator/configurator_window.py" line="+34" />
        <source>Configurator</source>
        <translation>Конфигуратор</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent links</source>
        <translation>Связи с родителями</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Child links</source>
        <translation>Подчинённые связи</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail sets</source>
        <translation>Табличные части</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Undo takes back additions, renames and options; deletions and type changes are kept in an automatic backup instead.</source>
        <translation>Отмена возвращает добавления, переименования и параметры; удаления и смена типов вместо этого сохраняются в автоматической резервной копии.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export configuration…</source>
        <translation>Экспорт конфигурации…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import configuration…</source>
        <translation>Импорт конфигурации…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Objects</source>
        <translation>&amp;Объекты</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add object…</source>
        <translation>Добавить объект…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New catalog…</source>
        <translation>Новый справочник…</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Add an object to start (Add object… on the left).</source>
        <translation>Для начала добавьте объект (Добавить объект… слева).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>catalog</source>
        <translation>справочник</translation>
    </message>
    <message>
        <location line="+0" />
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;{0}&lt;/b&gt; / {1} — {2}, {3} field(s), codes like {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; / {1} — {2}, полей: {3}, коды вида {4}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../cards/conflict_dialog.py" line="+37" />
        <source>{name} was changed by someone else</source>
        <translation>{name} — запись изменена другим пользователем</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone else saved this {name} while you were editing it. For each field below, choose which value to keep; your other changes are kept as you made them.</source>
        <translation>Другой пользователь сохранил эту запись ({name}), пока вы её редактировали. Для каждого поля ниже выберите, какое значение оставить; остальные ваши изменения сохранятся.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theirs (saved meanwhile)</source>
        <translation>Чужое (сохранено тем временем)</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+1" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Keep all mine</source>
        <translation>Оставить все мои</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take all theirs</source>
        <translation>Принять все чужие</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save with these values</source>
        <translation>Сохранить с этими значениями</translation>
    </message>
</context>
<context>
    <name>ConnectedUsersDialog</name>
    <message>
        <location filename="../configurator/maintenance_dialogs.py" line="+57" />
        <source>Connected users</source>
        <translation>Подключённые пользователи</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{0} connection(s); {1} from other users or programs (refreshed every 2 s).</source>
        <translation>Подключений: {0}; от других пользователей или программ: {1} (обновляется каждые 2 с).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../reports/dashboard_tiles.py" line="-190" />
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../reports/dashboard.py" line="+77" />
        <source>New…</source>
        <translation>Новая…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared with everyone</source>
        <translation>Общая для всех</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everyone sees a shared dashboard; sharing needs the right to change the structure</source>
        <translation>Общую панель видят все; чтобы сделать панель общей, нужно право менять структуру</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put a saved report on the dashboard</source>
        <translation>Поместить сохранённый отчёт на панель</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dashboard:</source>
        <translation>Панель:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved reports at a glance; click a number, bar or slice for its records.</source>
        <translation>Сохранённые отчёты с первого взгляда; щёлкните число, столбец или сектор, чтобы увидеть его записи.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location line="+49" />
        <location line="+4" />
        <source>My dashboard</source>
        <translation>Моя панель</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%s (shared)</source>
        <translation>%s (общая)</translation>
    </message>
    <message>
        <location line="+67" />
        <source>New dashboard</source>
        <translation>Новая панель</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rename the dashboard</source>
        <translation>Переименовать панель</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete the dashboard</source>
        <translation>Удалить панель</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the dashboard %s? The reports on it stay.</source>
        <translation>Удалить панель %s? Отчёты на ней останутся.</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+13" />
        <source>Dashboard</source>
        <translation>Панель</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../widgets/date_editors.py" line="+216" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location line="+33" />
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location line="+2" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>DetailGrid</name>
    <message>
        <location filename="../widgets/detail_grid.py" line="+72" />
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a line (Insert)</source>
        <translation>Добавить строку (Insert)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected line (Delete)</source>
        <translation>Удалить выбранную строку (Delete)</translation>
    </message>
    <message>
        <location line="+142" />
        <source>{name} total: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>{name} — итого: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DetailSetsTab</name>
    <message>
        <location filename="../configurator/detail_sets_tab.py" line="+59" />
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Child link:</source>
        <translation>Подчинённая связь:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Columns (tick, in order):</source>
        <translation>Столбцы (отметьте, по порядку):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Totals under the grid:</source>
        <translation>Итоги под таблицей:</translation>
    </message>
    <message>
        <location line="+92" />
        <source>Add a child link first (tab Child links).</source>
        <translation>Сначала добавьте подчинённую связь (вкладка «Подчинённые связи»).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick at least one column.</source>
        <translation>Отметьте хотя бы один столбец.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add detail set</source>
        <translation>Добавить табличную часть</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change detail set</source>
        <translation>Изменить табличную часть</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+10" />
        <source>Delete detail set</source>
        <translation>Удалить табличную часть</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Delete the detail set {0}? The records stay.</source>
        <translation>Удалить табличную часть {0}? Записи останутся.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../importer/details_page.py" line="+27" />
        <source>Detail rows</source>
        <translation>Подчинённые строки</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows linked to the imported ones by a key, such as order lines by an old order number.</source>
        <translation>Строки, связанные с импортируемыми по ключу, например строки заказов по старому номеру заказа.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another file…</source>
        <translation>Другой файл…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Detail rows are:</source>
        <translation>Подчинённые строки — это:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Column with the parent's key:</source>
        <translation>Столбец с ключом родительской записи:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parent key column (imported file):</source>
        <translation>Столбец ключа родителя (импортируемый файл):</translation>
    </message>
    <message>
        <location line="-13" />
        <source>File with the detail rows</source>
        <translation>Файл с подчинёнными строками</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The file cannot be read: %s</source>
        <translation>Не удаётся прочитать файл: %s</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Choose a field for at least one column.</source>
        <translation>Выберите поле хотя бы для одного столбца.</translation>
    </message>
</context>
<context>
    <name>DocumentButton</name>
    <message>
        <location filename="../documents/card_button.py" line="+25" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill a Word template from this record</source>
        <translation>Заполнить шаблон Word данными этой записи</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No templates yet (Documents → Templates…)</source>
        <translation>Шаблонов пока нет (Документы → Шаблоны…)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More choices…</source>
        <translation>Другие варианты…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save, PDF, keep on the record</source>
        <translation>Сохранить, PDF, хранить в записи</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Opened %s.</source>
        <translation>Открыт %s.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../documents/menu.py" line="+61" />
        <source>There are no document templates yet; a user who may change the structure adds them</source>
        <translation>Шаблонов документов пока нет; их добавляет пользователь с правом изменять структуру</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Templates…</source>
        <translation>&amp;Шаблоны…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Fill template for selected…</source>
        <translation>&amp;Заполнить шаблон для выбранных…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Select one or more records in a table first</source>
        <translation>Сначала выберите одну или несколько записей в таблице</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You may not make documents of these records</source>
        <translation>Вам нельзя создавать документы по этим записям</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This object has no document templates yet</source>
        <translation>У этого объекта пока нет шаблонов документов</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../configurator/field_dialog.py" line="+55" />
        <source>Edit field {0}</source>
        <translation>Изменение поля {0}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New field of {0}</source>
        <translation>Новое поле объекта {0}</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="+106" />
        <location line="+26" />
        <location line="+20" />
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+10" />
        <source>Required (must be filled in)</source>
        <translation>Обязательное (должно быть заполнено)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unique (no two records alike)</source>
        <translation>Уникальное (без повторов в записях)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indexed (fast sorting and search)</source>
        <translation>Индексированное (быстрые сортировка и поиск)</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="+85" />
        <source>standard ({0} MB)</source>
        <translation>стандартно ({0} МБ)</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+3" />
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="-62" />
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location line="+32" />
        <source>One choice per line, in the order shown</source>
        <translation>По одному варианту в строке, в порядке показа</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+5" />
        <source>Entered by the user</source>
        <translation>Вводится пользователем</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown from a linked record (read-only)</source>
        <translation>Показывается из связанной записи (только чтение)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copied from a record when it is picked</source>
        <translation>Копируется из записи при её выборе</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="-96" />
        <source>Length (characters):</source>
        <translation>Длина (символов):</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Digits in all:</source>
        <translation>Всего цифр:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Digits after the point:</source>
        <translation>Цифр после запятой:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>External object:</source>
        <translation>Внешний объект:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choices:</source>
        <translation>Варианты:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Largest file:</source>
        <translation>Наибольший файл:</translation>
    </message>
    <message>
        <location line="+88" />
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Smallest value:</source>
        <translation>Наименьшее значение:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest value:</source>
        <translation>Наибольшее значение:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The smallest value is not a number.</source>
        <translation>Наименьшее значение не является числом.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The largest value is not a number.</source>
        <translation>Наибольшее значение не является числом.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The smallest value is above the largest.</source>
        <translation>Наименьшее значение больше наибольшего.</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+11" />
        <source>Default value:</source>
        <translation>Значение по умолчанию:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the value comes from</source>
        <translation>Откуда берётся значение</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record picked in / field:</source>
        <translation>Запись, выбранная в / поле:</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="-103" />
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+131" />
        <source>Give the field a name.</source>
        <translation>Задайте название поля.</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="-71" />
        <source>Choose the external object this reference points at.</source>
        <translation>Выберите внешний объект, на который указывает ссылка.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Add at least one choice (one per line).</source>
        <translation>Добавьте хотя бы один вариант (по одному в строке).</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The formula does not work: {0}</source>
        <translation>Формула не работает: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is empty</source>
        <translation>она пуста</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+4" />
        <source>Choose the reference field and the field to take the value from.</source>
        <translation>Выберите поле-ссылку и поле, из которого берётся значение.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The default value {0!r} {1}.</source>
        <translation>Значение по умолчанию {0!r}: {1}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The field {0}.</source>
        <translation>Поле: {0}.</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/rating.py" line="+233" />
        <source>Number of stars:</source>
        <translation>Количество звёзд:</translation>
    </message>
</context>
<context>
    <name>FieldTree</name>
    <message>
        <location filename="../reports/field_tree.py" line="+81" />
        <source>Open to use fields of %s</source>
        <extracomment>The drag-and-drop type of a field path (JSON list of field ids). Whether the user may see the field at a path from an object (the access service's path_visible).</extracomment>
        <translation>Раскройте, чтобы использовать поля объекта %s</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../shell/fields.py" line="+25" />
        <location filename="../widgets/record_source.py" line="+57" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>FieldsTab</name>
    <message>
        <location filename="../configurator/fields_tab.py" line="+52" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add field…</source>
        <translation>Добавить поле…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+223" />
        <source>Show in references</source>
        <translation>Показывать в ссылках</translation>
    </message>
    <message>
        <location line="-222" />
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show this field earlier in All fields, new cards and field lists (Ctrl+Up)</source>
        <translation>Показывать это поле раньше во «Всех полях», новых карточках и списках полей (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show this field later in All fields, new cards and field lists (Ctrl+Down)</source>
        <translation>Показывать это поле позже во «Всех полях», новых карточках и списках полей (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+32" />
        <source>shown from {0}</source>
        <translation>показывается из {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>copied from {0} when picked</source>
        <translation>копируется из {0} при выборе</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unique</source>
        <translation>уникальное</translation>
    </message>
    <message>
        <location line="+2" />
        <source>default {0}</source>
        <translation>по умолчанию {0}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Move field {0}</source>
        <translation>Перемещение поля {0}</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Add field {0}</source>
        <translation>Добавить поле {0}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The type was not changed.</source>
        <translation>Тип не изменён.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Change field {0}</source>
        <translation>Изменить поле {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>An automatic backup is taken first; Undo cannot bring the values back — restore the backup instead.</source>
        <translation>Сначала создаётся автоматическая резервная копия; отмена не вернёт значения — для этого восстановите резервную копию.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is used here (these uses are removed too):</source>
        <translation>Используется здесь (эти использования тоже будут удалены):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete the field {0} and all its values?</source>
        <translation>Удалить поле {0} и все его значения?</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../widgets/file_editor.py" line="+27" />
        <source>Attach…</source>
        <extracomment>A stored file (no bytes here) should be written to a path: the card fetches it from the service.</extracomment>
        <translation>Прикрепить…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The file is too big ({size}); at most {limit} allowed</source>
        <translation>Файл слишком большой ({size}); допускается не более {limit}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot read the file: {error}</source>
        <translation>Не удаётся прочитать файл: {error}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot save the file: {error}</source>
        <translation>Не удаётся сохранить файл: {error}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(no file)</source>
        <translation>(нет файла)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../importer/file_page.py" line="+24" />
        <location line="+3" />
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location line="-2" />
        <source>An Excel workbook (.xlsx), a CSV file, or a table of another SQLite database.</source>
        <translation>Книга Excel (.xlsx), файл CSV или таблица другой базы SQLite.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../importer/source_picker.py" line="+62" />
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table:</source>
        <translation>Таблица:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Vertical bar |</source>
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delimiter:</source>
        <translation>Разделитель:</translation>
    </message>
    <message>
        <location filename="../importer/file_page.py" line="+13" />
        <source>Numbers and dates:</source>
        <translation>Числа и даты:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import into:</source>
        <translation>Импортировать в:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>As detected for each column (%s)</source>
        <translation>Как определено для каждого столбца (%s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Polish: 1 234,56 and 31.12.2025</source>
        <translation>Польский: 1 234,56 и 31.12.2025</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English: 1,234.56 and 31/12/2025</source>
        <translation>Английский: 1,234.56 и 31/12/2025</translation>
    </message>
    <message>
        <location line="+1" />
        <source>American: 1,234.56 and 12/31/2025</source>
        <translation>Американский: 1,234.56 и 12/31/2025</translation>
    </message>
    <message>
        <location filename="../importer/source_picker.py" line="+23" />
        <source>Files to import (*.xlsx *.csv *.txt *.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Файлы для импорта (*.xlsx *.csv *.txt *.db *.sqlite *.sqlite3 *.db3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../importer/file_page.py" line="+58" />
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rows: %s, columns: %s</source>
        <translation>Строк: %s, столбцов: %s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rows that cannot be read as they are: %s (see the preview)</source>
        <translation>Строки, которые нельзя прочитать как есть: %s (см. предпросмотр)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file cannot be read: %s</source>
        <translation>Не удаётся прочитать файл: %s</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <location filename="../documents/fill_dialog.py" line="+46" />
        <source>Fill a template — %s</source>
        <translation>Заполнить шаблон — %s</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%s (default)</source>
        <translation>%s (по умолчанию)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (needs LibreOffice)</source>
        <translation>PDF (нужен LibreOffice)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>One document, a page per record</source>
        <translation>Один документ, по странице на запись</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A .zip with a document per record</source>
        <translation>Архив .zip с документом на каждую запись</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n record(s) of %1</source>
        <translation><numerusform>%1: %n запись</numerusform><numerusform>%1: %n записи</numerusform><numerusform>%1: %n записей</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Several records:</source>
        <translation>Несколько записей:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill the template and open the result with the system's program</source>
        <translation>Заполнить шаблон и открыть результат в системной программе</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill the template and save the result as a file</source>
        <translation>Заполнить шаблон и сохранить результат в файл</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep on the record</source>
        <translation>Сохранить в записи</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the Word document in the chosen file field of each record (a new version)</source>
        <translation>Сохранить документ Word в выбранном файловом поле каждой записи (новая версия)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>To keep documents on the records, add a file field to %s (Configurator).</source>
        <translation>Чтобы хранить документы в записях, добавьте файловое поле в %s (Конфигуратор).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>File field:</source>
        <translation>Файловое поле:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%s has no document templates yet (Documents → Templates…).</source>
        <translation>У объекта %s пока нет шаблонов документов (Документы → Шаблоны…).</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+49" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location line="-49" />
        <location line="+49" />
        <source>Filling the template…</source>
        <translation>Заполнение шаблона…</translation>
    </message>
    <message>
        <location line="-47" />
        <source>Cancelled; nothing was made.</source>
        <translation>Отменено; ничего не создано.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Opened %s.</source>
        <translation>Открыт %s.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file cannot be written: %s</source>
        <translation>Не удаётся записать файл: %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved to %s.</source>
        <translation>Сохранено в %s.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancelled; the documents made before stay on their records.</source>
        <translation>Отменено; уже созданные документы остаются в своих записях.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Kept on %n record(s).</source>
        <translation><numerusform>Сохранено в %n записи.</numerusform><numerusform>Сохранено в %n записях.</numerusform><numerusform>Сохранено в %n записях.</numerusform></translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../widgets/condition_values.py" line="-30" />
        <source>equals</source>
        <translation>равно</translation>
    </message>
    <message>
        <location line="+0" />
        <source>does not equal</source>
        <translation>не равно</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+0" />
        <source>is not empty</source>
        <translation>не пусто</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is one of (comma-separated)</source>
        <translation>одно из (через запятую)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <location line="+0" />
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is greater than</source>
        <translation>больше</translation>
    </message>
    <message>
        <location line="+0" />
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is between</source>
        <translation>между</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <location line="+0" />
        <source>does not contain</source>
        <translation>не содержит</translation>
    </message>
    <message>
        <location line="+1" />
        <source>starts with</source>
        <translation>начинается с</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ends with</source>
        <translation>заканчивается на</translation>
    </message>
    <message>
        <location filename="../shell/filter_dialog.py" line="+162" />
        <source> AND </source>
        <translation> И </translation>
    </message>
    <message>
        <location line="+0" />
        <source> OR </source>
        <translation> ИЛИ </translation>
    </message>
    <message>
        <location line="+21" />
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location line="+4" />
        <source>is one of</source>
        <translation>одно из</translation>
    </message>
</context>
<context>
    <name>FilterBuilderDialog</name>
    <message>
        <location line="-145" />
        <source>Filter %s</source>
        <extracomment>The builder is never narrower than this: a field, an operator and a value side by side.</extracomment>
        <translation>Фильтр: %s</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Text is compared ignoring upper and lower case: equals, contains, starts with and the quick search alike.</source>
        <translation>Текст сравнивается без учёта регистра: одинаково в «равно», «содержит», «начинается с» и в быстром поиске.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Enter the value to compare {0} with, or choose "is empty".</source>
        <translation>Введите значение для сравнения с {0} или выберите «пусто».</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../accessrights/filter_dialog.py" line="+9" />
        <source>Records covered: %s</source>
        <translation>Охватываемые записи: %s</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The grant covers the records that match:</source>
        <translation>Право распространяется на записи, где:</translation>
    </message>
</context>
<context>
    <name>FormatWarningBar</name>
    <message>
        <location filename="../configurator/maintenance_menu.py" line="+32" />
        <source>Table formats…</source>
        <translation>Версии таблиц…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{0} has used {1} of {2} table versions on the server; rebuild the database soon (Maintenance → Table formats)</source>
        <translation>{0}: использовано {1} из {2} версий таблицы на сервере; скоро перестройте базу (Обслуживание → Версии таблиц)</translation>
    </message>
    <message>
        <location line="+3" />
        <source> — and {0} more table(s).</source>
        <translation> — и ещё таблиц: {0}.</translation>
    </message>
</context>
<context>
    <name>FormatsDialog</name>
    <message>
        <location filename="../configurator/maintenance_formats.py" line="+55" />
        <source>Table formats</source>
        <translation>Версии таблиц</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Every structure change on the server uses one of a table's 255 versions (formats). A table that has used all 255 can no longer be changed until the database is rebuilt (a backup and restore), which starts every table at 1 again.</source>
        <translation>Каждое изменение структуры на сервере расходует одну из 255 версий (форматов) таблицы. Таблицу, израсходовавшую все 255, нельзя изменить, пока база не будет перестроена (резервная копия и восстановление), после чего каждая таблица снова начинается с 1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Versions used</source>
        <translation>Использовано версий</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep the backup file:</source>
        <translation>Сохранить файл копии:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>crm-before-rebuild.fbk</source>
        <translation>crm-do-perestroyki.fbk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Rebuild the database…</source>
        <translation>Перестроить базу…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel the rebuild</source>
        <translation>Отменить перестройку</translation>
    </message>
    <message>
        <location line="+32" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rebuild soon</source>
        <translation>Скоро перестроить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rebuild now</source>
        <translation>Перестроить сейчас</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Keep the backup as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firebird backups (*.fbk)</source>
        <translation>Резервные копии Firebird (*.fbk)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Choose where to keep the backup file (Browse…).</source>
        <translation>Выберите, где сохранить файл копии (Обзор…).</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+12" />
        <source>Rebuild the database</source>
        <translation>Перестройка базы</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Rebuild the database now?</source>
        <translation>Перестроить базу сейчас?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Supasoft backs the database up (gbak), restores the backup to a test copy to prove it is complete, then replaces the database with the restored one. Every table starts at version 1 again and the file is compacted. Everyone else must be disconnected while it runs; this Configurator reconnects by itself afterwards.</source>
        <translation>Supasoft делает резервную копию базы (gbak), восстанавливает её в тестовую копию, чтобы убедиться в её полноте, затем заменяет базу восстановленной. Каждая таблица снова начинается с версии 1, файл сжимается. На это время все остальные должны отключиться; этот Конфигуратор затем подключится сам.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0} other connection(s) must close before the rebuild:</source>
        <translation>Перед перестройкой должны закрыться другие подключения ({0}):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start maintenance mode to ask them to close Supasoft, then rebuild when nobody else is connected.</source>
        <translation>Включите режим обслуживания, чтобы попросить их закрыть Supasoft, затем перестройте, когда никого больше не будет.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start maintenance mode</source>
        <translation>Включить режим обслуживания</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for {0} connection(s) to close.</source>
        <translation>Ожидание закрытия подключений: {0}.</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+17" />
        <source>Rebuilding…</source>
        <translation>Перестройка…</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Backing up the database: {0} of {1} tables</source>
        <translation>Резервное копирование базы: {0} из {1} таблиц</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restoring a test copy to prove the backup is complete: {0} of {1} tables</source>
        <translation>Восстановление тестовой копии, чтобы проверить полноту резервной копии: {0} из {1} таблиц</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replacing the database with the restored copy: {0} of {1} tables</source>
        <translation>Замена базы восстановленной копией: {0} из {1} таблиц</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checking who is connected…</source>
        <translation>Проверка, кто подключён…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reading the structure again…</source>
        <translation>Повторное чтение структуры…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database is being replaced: this cannot be stopped.</source>
        <translation>База сейчас заменяется: это нельзя остановить.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Rebuilt in {0:.1f} s: the most used table went from {1} to {2} version(s).</source>
        <translation>Перестроено за {0:.1f} с: у самой используемой таблицы теперь {2} версий вместо {1}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup is kept in {0}.</source>
        <translation>Резервная копия сохранена в {0}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The rebuild was cancelled; the database was not changed.</source>
        <translation>Перестройка отменена; база не изменена.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The rebuild failed: {0}</source>
        <translation>Перестройка не удалась: {0}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../widgets/formatting.py" line="+207" />
        <source>Yes</source>
        <extracomment>Formatters of plug-in field types (the UI type registry adds them), by type key; they win over the roles.</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <location filename="../configurator/formula_editor.py" line="+44" />
        <source>e.g. {Price} * {Quantity}  or  SUM({Lines.Cost})</source>
        <translation>напр. {Цена} * {Количество}  или  SUM({Строки.Стоимость})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fields (double-click to insert)</source>
        <translation>Поля (двойной щелчок — вставить)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>{0} (child records)</source>
        <translation>{0} (подчинённые записи)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Write a formula.</source>
        <translation>Введите формулу.</translation>
    </message>
    <message>
        <location line="+9" />
        <source> (at character {0})</source>
        <translation> (в символе {0})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>OK — the result is a {0}.</source>
        <translation>OK — тип результата: {0}.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: {0}</source>
        <translation>Предпросмотр: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preview: no {0} yet to compute it on.</source>
        <translation>Предпросмотр: пока нет записей ({0}) для вычисления.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview on the first record: {0}</source>
        <translation>Предпросмотр по первой записи: {0}</translation>
    </message>
    <message><source>number</source><translation>число</translation></message><message><source>string</source><translation>строка</translation></message><message><source>date</source><translation>дата</translation></message><message><source>datetime</source><translation>дата и время</translation></message><message><source>boolean</source><translation>да/нет</translation></message><message><source>reference</source><translation>ссылка</translation></message><message><source>Gives `then` when the condition is true, otherwise `else` (empty if omitted).</source><translation>Возвращает `then`, если условие истинно, иначе `else` (пусто, если не указано).</translation></message><message><source>TRUE when the value is empty.</source><translation>TRUE, если значение пустое.</translation></message><message><source>Rounds half up to the given digits after the point (0 by default; negative rounds to tens...).</source><translation>Округляет (половину вверх) до заданного числа цифр после запятой (по умолчанию 0; отрицательное — до десятков...).</translation></message><message><source>The number without its sign.</source><translation>Число без знака.</translation></message><message><source>The smallest non-empty value, of the arguments or of a child collection.</source><translation>Наименьшее непустое значение среди аргументов или подчинённых записей.</translation></message><message><source>The largest non-empty value, of the arguments or of a child collection.</source><translation>Наибольшее непустое значение среди аргументов или подчинённых записей.</translation></message><message><source>Joins values as text (the same as a &amp; b); empty values add nothing.</source><translation>Соединяет значения в текст (то же, что a &amp; b); пустые значения ничего не добавляют.</translation></message><message><source>The first n characters of the text.</source><translation>Первые n символов текста.</translation></message><message><source>The last n characters of the text.</source><translation>Последние n символов текста.</translation></message><message><source>The number of characters in the text (0 when empty).</source><translation>Число символов в тексте (0, если пусто).</translation></message><message><source>The text in capital letters.</source><translation>Текст прописными буквами.</translation></message><message><source>The text in small letters.</source><translation>Текст строчными буквами.</translation></message><message><source>The text without leading and trailing spaces.</source><translation>Текст без пробелов в начале и в конце.</translation></message><message><source>Today's date.</source><translation>Сегодняшняя дата.</translation></message><message><source>The current date and time (to the second).</source><translation>Текущие дата и время (с точностью до секунды).</translation></message><message><source>The year of a date.</source><translation>Год даты.</translation></message><message><source>The month of a date, 1 to 12.</source><translation>Месяц даты, от 1 до 12.</translation></message><message><source>The day of the month of a date, 1 to 31.</source><translation>День месяца даты, от 1 до 31.</translation></message><message><source>The date moved by n units (end of month is kept in range).</source><translation>Дата, сдвинутая на n единиц (конец месяца остаётся в пределах месяца).</translation></message><message><source>Whole units from date1 to date2 (days by default).</source><translation>Целые единицы от date1 до date2 (по умолчанию дни).</translation></message><message><source>The total of a field over the child records (0 when there are none).</source><translation>Сумма поля по подчинённым записям (0, если их нет).</translation></message><message><source>How many child records there are (with the field filled in).</source><translation>Количество подчинённых записей (с заполненным полем).</translation></message><message><source>The average of a field over the child records (empty when there are none).</source><translation>Среднее значение поля по подчинённым записям (пусто, если их нет).</translation></message></context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../widgets/condition_editor.py" line="+132" />
        <source>Show records matching</source>
        <translation>Показать записи, где выполнены</translation>
    </message>
    <message>
        <location line="-7" />
        <source>all of these (AND)</source>
        <translation>все условия (И)</translation>
    </message>
    <message>
        <location line="-3" />
        <source>All conditions hold</source>
        <translation>Выполнены все условия</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any condition holds</source>
        <translation>Выполнено любое условие</translation>
    </message>
    <message>
        <location line="+3" />
        <source>any of these (OR)</source>
        <translation>любое из условий (ИЛИ)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Remove this group</source>
        <translation>Удалить группу</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Add condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add group</source>
        <translation>Добавить группу</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../widgets/history_view.py" line="+34" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+51" />
        <source>#{id} (deleted)</source>
        <translation>#{id} (удалена)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../importer/wizard.py" line="+27" />
        <source>Import records</source>
        <translation>Импорт записей</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <location filename="../reports/kpi.py" line="+38" />
        <source>Click to see the records behind this number</source>
        <translation>Щёлкните, чтобы увидеть записи этого числа</translation>
    </message>
    <message>
        <location line="+40" />
        <source>against %1 (%2)</source>
        <translation>по сравнению с %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app.py" line="+186" />
        <source>Cannot open the database</source>
        <extracomment>Where client.ini is looked for: beside the executable of a frozen bundle, else the source checkout. Hook for the networked edition: (Settings) -&gt; Session | (user, password) | None, showing a login window.</extracomment>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="+26" />
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file %s already exists. Choose a new name, or open it with File → Open database.</source>
        <translation>Файл %s уже существует. Выберите новое имя или откройте его через Файл → Открыть базу данных.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../configurator/links_tab.py" line="+9" />
        <source>New parent link</source>
        <translation>Новая связь с родителем</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New child link</source>
        <translation>Новая подчинённая связь</translation>
    </message>
    <message>
        <location line="+7" />
        <source>e.g. Lines, Contacts, Orders</source>
        <translation>напр. Строки, Контакты, Заказы</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Parent object:</source>
        <translation>Родительский объект:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Child object:</source>
        <translation>Подчинённый объект:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the children (seen from the parent):</source>
        <translation>Название подчинённых записей (со стороны родителя):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When the parent is deleted:</source>
        <translation>При удалении родительской записи:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the other object.</source>
        <translation>Выберите второй объект.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the children, e.g. Lines.</source>
        <translation>Назовите подчинённые записи, напр. Строки.</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location line="+23" />
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Child</source>
        <translation>Подчинённый</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When the parent is deleted</source>
        <translation>При удалении родителя</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add link…</source>
        <translation>Добавить связь…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete link…</source>
        <translation>Удалить связь…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A child link adds a reference field to the child; its records then show inside the parent's card.</source>
        <translation>Подчинённая связь добавляет подчинённому объекту поле-ссылку; его записи затем видны в карточке родителя.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Add link {0}</source>
        <translation>Добавить связь {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>On delete</source>
        <translation>При удалении</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete the link {0}? The reference field stays as a plain reference; detail sets over it go.</source>
        <translation>Удалить связь {0}? Поле-ссылка останется обычной ссылкой; табличные части на её основе будут удалены.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete link</source>
        <translation>Удалить связь</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../accessrights/login_dialog.py" line="-123" />
        <source>Log in to Supasoft</source>
        <translation>Вход в Supasoft</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This database is protected. Enter your login and password.</source>
        <translation>Эта база данных защищена. Введите логин и пароль.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not check the password: %s</source>
        <translation>Не удалось проверить пароль: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../shell/main_window.py" line="+69" />
        <source>Supasoft — %s</source>
        <translation>Supasoft — %s</translation>
    </message>
    <message>
        <location line="+129" />
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supasoft databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы Supasoft (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Back up the database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+41" />
        <source>Supasoft databases (*.db)</source>
        <translation>Базы Supasoft (*.db)</translation>
    </message>
    <message>
        <location line="-42" />
        <location line="+13" />
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="-13" />
        <source>new-crm.db</source>
        <translation>novaya-crm.db</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The new database gets the ready CRM. Add demo data to look around?</source>
        <translation>Новая база данных получит готовую CRM. Добавить демо-данные, чтобы осмотреться?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With demo data</source>
        <translation>С демо-данными</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty</source>
        <translation>Пустая</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Logged in: %s</source>
        <translation>Вход выполнен: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Login: %s</source>
        <translation>Логин: %s</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Backup saved to %s</source>
        <translation>Резервная копия сохранена в %s</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Supasoft databases (*.db);;All files (*)</source>
        <translation>Базы Supasoft (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Replace everything in this database with the backup %s?
A safety copy of the current state is taken first.</source>
        <translation>Заменить всё содержимое этой базы копией %s?
Сначала будет сохранена копия текущего состояния.</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="+34" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Switch user…</source>
        <translation>&amp;Сменить пользователя…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Log out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open record</source>
        <translation>&amp;Открыть запись</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find…</source>
        <translation>На&amp;йти…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Change field in selected…</source>
        <translation>&amp;Изменить поле в выбранных…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Trash</source>
        <translation>&amp;Корзина</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;ports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Coming in a later version</source>
        <translation>Появится в следующей версии</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>coming</source>
        <translation>скоро</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Configurator…</source>
        <translation>&amp;Конфигуратор…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Access rights…</source>
        <translation>&amp;Права доступа…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About Supasoft</source>
        <translation>&amp;О программе Supasoft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Database information</source>
        <translation>&amp;Сведения о базе</translation>
    </message>
    <message>
        <location filename="../shell/api_server_dialog.py" line="+31" />
        <source>API server…</source>
        <translation>Сервер API…</translation>
    </message>
</context>
<context>
    <name>MaintenanceBanner</name>
    <message>
        <location filename="../shell/maintenance.py" line="+57" />
        <source>Close now</source>
        <extracomment>The open card windows (duck-typed: .form.is_dirty(), .close(), .save(), .show_status()); the shell does not import cards/, the composition root hands CardWindows.windows in.</extracomment>
        <translation>Закрыть сейчас</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{admin} is changing the database structure{message}. Save your work: Supasoft will close your cards and tables when the time runs out.</source>
        <translation>{admin} изменяет структуру базы{message}. Сохраните работу: Supasoft закроет ваши карточки и таблицы, когда время истечёт.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Closing in %n s</source>
        <translation><numerusform>Закрытие через %n с</numerusform><numerusform>Закрытие через %n с</numerusform><numerusform>Закрытие через %n с</numerusform></translation>
    </message>
</context>
<context>
    <name>MaintenanceControl</name>
    <message>
        <location filename="../configurator/maintenance_menu.py" line="+19" />
        <source>&amp;Maintenance</source>
        <translation>&amp;Обслуживание</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected users…</source>
        <translation>Подключённые пользователи…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maintenance mode…</source>
        <translation>Режим обслуживания…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table formats…</source>
        <translation>Версии таблиц…</translation>
    </message>
    <message numerus="yes">
        <location line="+71" />
        <source>Maintenance mode: %n user(s) still connected</source>
        <translation><numerusform>Режим обслуживания: ещё подключён %n пользователь</numerusform><numerusform>Режим обслуживания: ещё подключены %n пользователя</numerusform><numerusform>Режим обслуживания: ещё подключено %n пользователей</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance mode: nobody else connected</source>
        <translation>Режим обслуживания: больше никто не подключён</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Configurator</source>
        <translation>Конфигуратор</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start maintenance mode to ask them to close Supasoft, then make the change again.</source>
        <translation>Включите режим обслуживания, чтобы попросить их закрыть Supasoft, затем повторите изменение.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start maintenance mode</source>
        <translation>Включить режим обслуживания</translation>
    </message>
</context>
<context>
    <name>MaintenanceController</name>
    <message>
        <location filename="../shell/maintenance.py" line="+120" />
        <source>The database is being changed: your changes are kept and saved when it is back.</source>
        <translation>База изменяется: ваши изменения сохранены и будут записаны, когда она снова станет доступна.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The database is back: your changes were saved.</source>
        <translation>База снова доступна: ваши изменения записаны.</translation>
    </message>
</context>
<context>
    <name>MaintenanceModeDialog</name>
    <message>
        <location filename="../configurator/maintenance_dialogs.py" line="+12" />
        <source>Maintenance mode</source>
        <translation>Режим обслуживания</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Maintenance mode asks everyone else to close Supasoft, so you can change the structure or rebuild the database. They see your message; new logins are told to wait.</source>
        <translation>Режим обслуживания просит всех остальных закрыть Supasoft, чтобы вы могли изменить структуру или перестроить базу. Они увидят ваше сообщение; новым входам будет предложено подождать.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Message to the others, e.g. Adding fields to Deal, back in 10 minutes</source>
        <translation>Сообщение для остальных, например: Добавляю поля в Сделки, вернусь через 10 минут</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start maintenance mode</source>
        <translation>Включить режим обслуживания</translation>
    </message>
    <message>
        <location line="+3" />
        <source>End maintenance</source>
        <translation>Завершить обслуживание</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Maintenance mode is off.</source>
        <translation>Режим обслуживания выключен.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance mode is on (since {0}, by {1}). Still connected: {2}.</source>
        <translation>Режим обслуживания включён (с {0}, включил {1}). Ещё подключены: {2}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Maintenance mode is on (since {0}, by {1}). Nobody else is connected: you can change the structure or rebuild now.</source>
        <translation>Режим обслуживания включён (с {0}, включил {1}). Больше никто не подключён: можно менять структуру или перестраивать базу.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../importer/mapping_page.py" line="+42" />
        <source>Columns and fields</source>
        <translation>Столбцы и поля</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the field each column goes to. Columns left out are not imported.</source>
        <translation>Выберите поле для каждого столбца. Пропущенные столбцы не импортируются.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Create new records</source>
        <translation>Создать новые записи</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Update existing records</source>
        <translation>Изменить существующие записи</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Update existing records, create the others</source>
        <translation>Изменить существующие записи, создать остальные</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key fields (find the records to update):</source>
        <translation>Ключевые поля (для поиска изменяемых записей):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New records take the numbers of the Code column as their Codes</source>
        <translation>Новые записи получают коды из номеров столбца кода</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Also import detail rows linked to these (for example order lines)</source>
        <translation>Импортировать также связанные подчинённые строки (например, строки заказов)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Folder of the files:</source>
        <translation>Папка с файлами:</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Key: %s</source>
        <translation>Ключ: %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Folder of the files</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Choose a field for at least one column.</source>
        <translation>Выберите поле хотя бы для одного столбца.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updating needs one or more key fields to find the records.</source>
        <translation>Для изменения нужно хотя бы одно ключевое поле, чтобы найти записи.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../shell/navigator.py" line="+60" />
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n record(s)</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <location filename="../configurator/object_dialog.py" line="+25" />
        <source>Edit object</source>
        <translation>Изменение объекта</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New object</source>
        <translation>Новый объект</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. Clients</source>
        <translation>напр. Клиенты</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. ORD-</source>
        <translation>напр. ЗАК-</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no zeros</source>
        <translation>без нулей</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name (one):</source>
        <translation>Название (ед. ч.):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name (many):</source>
        <translation>Название (мн. ч.):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code prefix:</source>
        <translation>Префикс кода:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code digits:</source>
        <translation>Цифр в коде:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codes look like:</source>
        <translation>Пример кода:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Give the object a name, e.g. Client.</source>
        <translation>Задайте название объекта, напр. Клиент.</translation>
    </message>
</context>
<context>
    <name>ObjectsPanel</name>
    <message>
        <location filename="../configurator/objects_panel.py" line="+41" />
        <source>Add object…</source>
        <translation>Добавить объект…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New catalog…</source>
        <translation>Новый справочник…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename / numbering…</source>
        <translation>Название / нумерация…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Duplicate…</source>
        <translation>Дублировать…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>{0} (catalog)</source>
        <translation>{0} (справочник)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} — codes like {1}</source>
        <translation>{0} — коды вида {1}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>New catalog</source>
        <translation>Новый справочник</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add {0}</source>
        <translation>Добавить: {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change {0}</source>
        <translation>Изменить: {0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Duplicate {0}</source>
        <translation>Дублировать: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>{0} copy</source>
        <translation>{0} — копия</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Reorder objects</source>
        <translation>Изменить порядок объектов</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Delete {0} and ALL its records?</source>
        <translation>Удалить {0} и ВСЕ записи этого объекта?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An automatic backup is taken first; Undo cannot bring it back — restore the backup instead.</source>
        <translation>Сначала создаётся автоматическая резервная копия; отмена не вернёт объект — для этого восстановите резервную копию.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is used here (these uses are removed too):</source>
        <translation>Используется здесь (эти использования тоже будут удалены):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete object</source>
        <translation>Удалить объект</translation>
    </message>
</context>
<context>
    <name>ParamBar</name>
    <message>
        <location filename="../reports/param_bar.py" line="+51" />
        <source>%s from</source>
        <translation>%s с</translation>
    </message>
    <message>
        <location line="+2" />
        <source>to</source>
        <translation>по</translation>
    </message>
</context>
<context>
    <name>PathTree</name>
    <message>
        <location filename="../configurator/path_tree.py" line="+22" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>PausedDialog</name>
    <message>
        <location filename="../shell/maintenance.py" line="-142" />
        <source>Supasoft is paused</source>
        <translation>Supasoft приостановлен</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database is being changed by {admin} since {since}.</source>
        <translation>Базу изменяет {admin} с {since}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Supasoft reconnects by itself when {admin} finishes.</source>
        <translation>Supasoft подключится сам, когда {admin} закончит.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n card(s) with unsaved changes stay open; they are saved when the database is back.</source>
        <translation><numerusform>%n карточка с несохранёнными изменениями остаётся открытой; она будет сохранена, когда база снова станет доступна.</numerusform><numerusform>%n карточки с несохранёнными изменениями остаются открытыми; они будут сохранены, когда база снова станет доступна.</numerusform><numerusform>%n карточек с несохранёнными изменениями остаются открытыми; они будут сохранены, когда база снова станет доступна.</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exit Supasoft</source>
        <translation>Выйти из Supasoft</translation>
    </message>
</context>
<context>
    <name>PivotModel</name>
    <message>
        <location filename="../reports/pivot_model.py" line="+76" />
        <source>Double-click to see the records behind this number</source>
        <translation>Дважды щёлкните, чтобы увидеть записи этого числа</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+4" />
        <location line="+7" />
        <location line="+19" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="-28" />
        <location line="+7" />
        <location line="+19" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPanel</name>
    <message>
        <location filename="../documents/placeholder_panel.py" line="+36" />
        <source>Filter names…</source>
        <translation>Фильтр имён…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag to paste</source>
        <translation>Тег для вставки</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copy tag</source>
        <translation>Копировать тег</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the selected tag on the clipboard, to paste it into the Word template</source>
        <translation>Скопировать выбранный тег в буфер обмена, чтобы вставить его в шаблон Word</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Formats inside a tag: |date('long') 14 March 2025 · |date('month') · |money('PLN') 1,234.50 zł · |words('PLN') the amount in words · |number(2)</source>
        <translation>Форматы в теге: |date('long') 14 марта 2025 г. · |date('month') · |money('PLN') 1 234,50 zł · |words('PLN') сумма прописью · |number(2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>For example {{ date|date('long') }} or {{ total|words('PLN') }}; dates and amounts are written in the template's language</source>
        <translation>Например, {{ data|date('long') }} или {{ itogo|words('PLN') }}; даты и суммы пишутся на языке шаблона</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Placeholders (double-click copies the tag)</source>
        <translation>Поля для подстановки (двойной щелчок копирует тег)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Copied %s</source>
        <translation>Скопировано: %s</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+14" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Current user</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%s: a table row per line</source>
        <translation>%s: строка таблицы на каждую позицию</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%s: end of the row</source>
        <translation>%s: конец строки</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 → total of %2</source>
        <translation>%1 → итог по %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%s (picture)</source>
        <translation>%s (изображение)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Put this tag alone in a table row above the row to repeat; end with the end tag in a row below</source>
        <translation>Поместите этот тег отдельно в строку таблицы над повторяемой строкой; завершите тегом конца в строке ниже</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The picture 40 mm wide; image(40, 20) gives width and height in mm</source>
        <translation>Изображение шириной 40 мм; image(40, 20) задаёт ширину и высоту в мм</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../configurator/import_export.py" line="-80" />
        <source>Import configuration</source>
        <translation>Импорт конфигурации</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Also delete objects and fields missing from the file</source>
        <translation>Также удалить объекты и поля, которых нет в файле</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An automatic backup is taken first when data could be lost. Undo cannot reverse an import.</source>
        <translation>Если данные могут быть потеряны, сначала создаётся автоматическая резервная копия. Импорт нельзя отменить.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What will change:</source>
        <translation>Что изменится:</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../documents/preview_dialog.py" line="+45" />
        <source>Preview — %s</source>
        <translation>Предпросмотр — %s</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Find a record…</source>
        <translation>Найти запись…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open in Word</source>
        <translation>Открыть в Word</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open this document with the program the system uses for .docx files</source>
        <translation>Открыть документ программой, которую система использует для файлов .docx</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Choose a template and a record.</source>
        <translation>Выберите шаблон и запись.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There are no records to fill the template from.</source>
        <translation>Нет записей для заполнения шаблона.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../importer/preview_model.py" line="+88" />
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+55" />
        <source>create</source>
        <translation>создать</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update</source>
        <translation>изменить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skip</source>
        <translation>пропустить</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../importer/preview_page.py" line="+52" />
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every row as it would be imported. Cells with a problem are red: point at one to see why.</source>
        <translation>Каждая строка так, как она будет импортирована. Ячейки с проблемой выделены красным: наведите на ячейку, чтобы увидеть причину.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Only rows with problems</source>
        <translation>Только строки с проблемами</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Stop checking</source>
        <translation>Остановить проверку</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Checking rows: %s of %s</source>
        <translation>Проверка строк: %s из %s</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Checking stopped: go back to change the mapping, or check again.</source>
        <translation>Проверка остановлена: вернитесь, чтобы изменить сопоставление, или проверьте снова.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Would create: %s, update: %s, skip: %s</source>
        <translation>Будет создано: %s, изменено: %s, пропущено: %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported rows</source>
        <translation>Импортируемые строки</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Detail rows</source>
        <translation>Подчинённые строки</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detail rows: would create %s, skip %s</source>
        <translation>Подчинённые строки: будет создано %s, пропущено %s</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The preview failed: %s</source>
        <translation>Не удалось построить предпросмотр: %s</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../reports/print_menu.py" line="+28" />
        <source>&amp;Print list…</source>
        <translation>&amp;Печать списка…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save list as P&amp;DF…</source>
        <translation>Сохранить список в P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print &amp;card…</source>
        <translation>Печать &amp;карточки…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save card as PDF…</source>
        <translation>Сохранить карточку в PDF…</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+10" />
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
</context>
<context>
    <name>PrintRecords</name>
    <message>
        <location filename="../reports/print_records.py" line="+46" />
        <source>%1 record(s)</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(the first %1 printed)</source>
        <translation>(напечатаны первые %1)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Print %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../widgets/type_ui/rating.py" line="-143" />
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <location filename="../widgets/reference_picker.py" line="+67" />
        <source>Type to search…</source>
        <extracomment>The object id user fields pass to the lookup (users are not a configured object).</extracomment>
        <translation>Начните вводить для поиска…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open the linked record</source>
        <translation>Открыть связанную запись</translation>
    </message>
    <message>
        <location line="+65" />
        <source>New {name}…</source>
        <translation>Новая запись: {name}…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No record matches this text</source>
        <translation>Нет записей, подходящих под этот текст</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Several records match; pick one from the list</source>
        <translation>Подходят несколько записей; выберите одну из списка</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../reports/chart.py" line="+72" />
        <source>Bars</source>
        <extracomment>Series colours (colour-blind friendly: Okabe-Ito, then Tol's), in order. Called with (category index, series index) when a bar or point is clicked.</extracomment>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stacked bars</source>
        <translation>Столбцы с накоплением</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lines</source>
        <translation>Линии</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pie</source>
        <translation>Круговая</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Donut</source>
        <translation>Кольцевая</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One number (against the period before)</source>
        <translation>Одно число (по сравнению с предыдущим периодом)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Value:</source>
        <translation>Значение:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Chart:</source>
        <translation>Диаграмма:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No groups to draw: put a field in Rows, or widen the filter or the dates asked.</source>
        <translation>Нет групп для диаграммы: добавьте поле в Строки или расширьте фильтр или диапазон дат.</translation>
    </message>
</context>
<context>
    <name>ReportDesigner</name>
    <message>
        <location filename="../reports/designer.py" line="+57" />
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To rows</source>
        <translation>В строки</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Group the rows by the chosen field</source>
        <translation>Группировать строки по выбранному полю</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To columns</source>
        <translation>В столбцы</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Group the columns by the chosen field</source>
        <translation>Группировать столбцы по выбранному полю</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To values</source>
        <translation>В значения</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Calculate on the chosen field</source>
        <translation>Вычислять по выбранному полю</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From a view</source>
        <translation>Из представления</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the filter of a saved view of this table</source>
        <translation>Взять фильтр сохранённого представления этой таблицы</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A date range asked each time the report runs</source>
        <translation>Диапазон дат, запрашиваемый при каждом запуске отчёта</translation>
    </message>
    <message>
        <location line="+8" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Subtotals</source>
        <translation>Промежуточные итоги</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grand totals</source>
        <translation>Общие итоги</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ask when run:</source>
        <translation>Спрашивать при запуске:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sort rows:</source>
        <translation>Сортировать строки:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top rows:</source>
        <translation>Первые строки:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fields (open a reference for the linked record's fields):</source>
        <translation>Поля (раскройте ссылку, чтобы использовать поля связанной записи):</translation>
    </message>
    <message>
        <location line="+65" />
        <source>No saved view of this table has a filter</source>
        <translation>Ни у одного сохранённого представления этой таблицы нет фильтра</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Groups in order</source>
        <translation>Группы по порядку</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups in reverse order</source>
        <translation>Группы в обратном порядке</translation>
    </message>
    <message>
        <location line="+3" />
        <source>By %s, largest first</source>
        <translation>По %s, по убыванию</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By %s, smallest first</source>
        <translation>По %s, по возрастанию</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing</source>
        <translation>Ничего</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%s from … to …</source>
        <translation>%s с … по …</translation>
    </message>
    <message>
        <location line="+73" />
        <source>New report</source>
        <translation>Новый отчёт</translation>
    </message>
</context>
<context>
    <name>ReportDrill</name>
    <message>
        <location filename="../reports/drill.py" line="+25" />
        <source>Records behind %s</source>
        <translation>Записи из отчёта %s</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(only the records you may read are listed)</source>
        <translation>(показаны только записи, которые вам можно читать)</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../reports/printing.py" line="+118" />
        <source>%1 · Page %2 of %3</source>
        <translation>%1 · Страница %2 из %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Saving as PDF…</source>
        <translation>Сохранение в PDF…</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../reports/report_tab.py" line="+81" />
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calculate the report again</source>
        <translation>Пересчитать отчёт</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the report to an Excel workbook (.xlsx) or a .csv file</source>
        <translation>Записать отчёт в книгу Excel (.xlsx) или файл .csv</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print preview…</source>
        <translation>Предварительный просмотр…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete this saved report</source>
        <translation>Удалить этот сохранённый отчёт</translation>
    </message>
    <message>
        <location line="+75" />
        <source>shared</source>
        <translation>общий</translation>
    </message>
    <message>
        <location line="+0" />
        <source>personal</source>
        <translation>личный</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(not saved)</source>
        <translation>(не сохранён)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Calculating…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No records match the report's filter and the dates asked</source>
        <translation>Нет записей, подходящих под фильтр отчёта и заданные даты</translation>
    </message>
    <message>
        <location filename="../reports/pdf_export.py" line="+80" />
        <location filename="../reports/report_tab.py" line="-4" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../reports/report_tab.py" line="+0" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/report_tab.py" line="+6" />
        <source>%n group(s)</source>
        <translation><numerusform>%n группа</numerusform><numerusform>%n группы</numerusform><numerusform>%n групп</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>double-click a number to see its records</source>
        <translation>дважды щёлкните число, чтобы увидеть его записи</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The report could not be calculated: %s</source>
        <translation>Не удалось вычислить отчёт: %s</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+27" />
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Книги Excel (*.xlsx);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Report exported to %s</source>
        <translation>Отчёт экспортирован в %s</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Print %s</source>
        <translation>Печать: %s</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Report saved as %s</source>
        <translation>Отчёт сохранён как %s</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Report saved: %s</source>
        <translation>Отчёт сохранён: %s</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+13" />
        <source>Delete report</source>
        <translation>Удалить отчёт</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Delete the saved report %s? What it shows stays open until you close it.</source>
        <translation>Удалить сохранённый отчёт %s? То, что он показывает, останется открытым, пока вы его не закроете.</translation>
    </message>
</context>
<context>
    <name>ReportZones</name>
    <message>
        <location filename="../reports/zones.py" line="+32" />
        <source>Day</source>
        <extracomment>Calculations whose numbers add up, so a share of the total or a running total means something.</extracomment>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day of week</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month of year</source>
        <translation>Месяц года</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Maximum</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Distinct count</source>
        <translation>Количество различных</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share of total</source>
        <translation>Доля от итога</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running total</source>
        <translation>Нарастающий итог</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../reports/menu.py" line="+43" />
        <source>&amp;New report…</source>
        <translation>&amp;Новый отчёт…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You may not build reports on any object</source>
        <translation>Вам нельзя строить отчёты ни по одному объекту</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Панель</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%s (personal)</source>
        <translation>%s (личный)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../importer/run_page.py" line="+52" />
        <location line="+12" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="-11" />
        <source>A dry run checks everything again and writes nothing.</source>
        <translation>Пробный запуск проверяет всё заново и ничего не записывает.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skip rows with problems, import the good ones</source>
        <translation>Пропустить строки с проблемами, импортировать правильные</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All or nothing: import only when no row has a problem</source>
        <translation>Всё или ничего: импортировать, только если ни в одной строке нет проблем</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dry run</source>
        <translation>Пробный запуск</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel the import</source>
        <translation>Прервать импорт</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Save error file…</source>
        <translation>Сохранить файл ошибок…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo this import</source>
        <translation>Отменить этот импорт</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Dry run, nothing written: would create %s, update %s, skip %s</source>
        <translation>Пробный запуск, ничего не записано: будет создано %s, изменено %s, пропущено %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Would create: %s, update: %s, skip: %s</source>
        <translation>Будет создано: %s, изменено: %s, пропущено: %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Detail rows: would create %s, skip %s</source>
        <translation>Подчинённые строки: будет создано %s, пропущено %s</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cancelling the undo: nothing of it will be kept…</source>
        <translation>Отмена отката: ничего из него не будет сохранено…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelling after the rows being written…</source>
        <translation>Прерывание после записи текущих строк…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rows: %s of %s (%s per second)</source>
        <translation>Строк: %s из %s (%s в секунду)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cancelled. Kept what was imported before the cancel: created %s, updated %s.</source>
        <translation>Прервано. Сохранено то, что импортировано до прерывания: создано %s, изменено %s.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported: created %s, updated %s, skipped %s.</source>
        <translation>Импортировано: создано %s, изменено %s, пропущено %s.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detail rows created: %s.</source>
        <translation>Создано подчинённых строк: %s.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rows: %s in %s s (%s per second)</source>
        <translation>Строк: %s за %s с (%s в секунду)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing was imported: %s problem(s), listed below. Rows and their detail rows go in together: correct them in the file and import the whole file again.</source>
        <translation>Ничего не импортировано: проблем: %s, они перечислены ниже. Строки и их подчинённые строки импортируются вместе: исправьте их в файле и импортируйте весь файл заново.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was imported: %s problem(s), listed below. Correct them in the file and import it again, or skip rows with problems: then only those rows go to the error file, to fix and import.</source>
        <translation>Ничего не импортировано: проблем: %s, они перечислены ниже. Исправьте их в файле и импортируйте его заново или пропустите строки с проблемами: тогда только они попадут в файл ошибок, чтобы исправить и импортировать.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The import failed: %s</source>
        <translation>Импорт не удался: %s</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save error file</source>
        <translation>Сохранить файл ошибок</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Rows with problems saved to %s: %s</source>
        <translation>Строки с проблемами сохранены в %s: %s</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Undoing the import…</source>
        <translation>Отмена импорта…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Records taken back: %s of %s</source>
        <translation>Возвращено записей: %s из %s</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import undone. Moved to the trash: %s; given their earlier values back: %s.</source>
        <translation>Импорт отменён. Перемещено в корзину: %s; возвращены прежние значения: %s.</translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../reports/save_dialog.py" line="+13" />
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shared: everyone who may read the data sees this report</source>
        <translation>Общий: отчёт видят все, кому разрешено читать эти данные</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../shell/views.py" line="+62" />
        <source>Save view as</source>
        <translation>Сохранить вид как</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name of the new view</source>
        <translation>Название нового вида</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone can use this view</source>
        <translation>Вид доступен всем</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unticked: only you see it in the list of views</source>
        <translation>Без отметки: вид видите только вы</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharing views needs the right to configure</source>
        <translation>Для общих видов нужно право на настройку</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../accessrights/share_dialog.py" line="+8" />
        <source>Share %s</source>
        <translation>Предоставить доступ: %s</translation>
    </message>
    <message>
        <location line="+8" />
        <source>With:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access:</source>
        <translation>Доступ:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a user or group more access to this %s. Sharing adds to their rights on %s; it does not open %s to people who have no access to them at all.</source>
        <translation>Предоставьте пользователю или группе больший доступ к этой записи (%s). Предоставление доступа расширяет их права на объект «%s», но не открывает объект «%s» тем, у кого к нему нет доступа вовсе.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../shell/startup.py" line="+134" />
        <source>This database was written by a newer Supasoft. Install the newer version, or choose another file or a backup.</source>
        <translation>Эта база записана более новой версией Supasoft. Установите новую версию или выберите другой файл или резервную копию.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix the settings file (the message names the line), then start again.</source>
        <translation>Исправьте файл настроек (в сообщении указана строка) и запустите программу снова.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose another database file, restore a backup, or quit.</source>
        <translation>Выберите другой файл базы, восстановите резервную копию или выйдите.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot open the database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore a backup…</source>
        <translation>Восстановить резервную копию…</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+38" />
        <location line="+84" />
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Welcome to Supasoft</source>
        <extracomment>Firebird needs a server login before opening: returns the session it opened (the login window connects itself, so it can show why a try failed and let the user retry), (user, password), or None when cancelled. Copies a backup over a database file that cannot be opened (the composition root wires storage's restore).</extracomment>
        <translation>Добро пожаловать в Supasoft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supasoft will create a new database with the ready CRM (clients, contacts, products, orders, tasks…) in
%s

Start with demo data to look around, or with an empty CRM for your own records.</source>
        <translation>Supasoft создаст новую базу данных с готовой CRM (клиенты, контакты, товары, заказы, задачи…) в
%s

Начните с демонстрационных данных, чтобы осмотреться, или с пустой CRM для своих записей.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ready CRM with demo data</source>
        <translation>Готовая CRM с демо-данными</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty ready CRM</source>
        <translation>Пустая готовая CRM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open another database…</source>
        <translation>Открыть другую базу данных…</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+35" />
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <location line="-34" />
        <location line="+36" />
        <source>Supasoft databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы Supasoft (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Choose another database file, or quit.</source>
        <translation>Выберите другой файл базы данных или выйдите.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supasoft databases (*.db);;All files (*)</source>
        <translation>Базы Supasoft (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening was cancelled.</source>
        <translation>Открытие отменено.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Maintenance mode is on</source>
        <translation>Режим обслуживания включён</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are an administrator, so you may work; other users wait until it ends.</source>
        <translation>Вы администратор, поэтому можете работать; остальные пользователи ждут окончания.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database is being changed</source>
        <translation>База изменяется</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try again later.</source>
        <translation>Повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database is being changed by {admin} since {since}</source>
        <translation>Базу изменяет {admin} с {since}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Settings file problem</source>
        <translation>Ошибка в файле настроек</translation>
    </message>
    <message>
        <location filename="../app.py" line="+45" />
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
</context>
<context>
    <name>TableRights</name>
    <message>
        <location filename="../shell/table_rights.py" line="+26" />
        <source>You may not add %s: your rights do not include creating records here.</source>
        <translation>Вы не можете добавлять %s: ваши права не включают создание записей здесь.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You may not delete %s: your rights do not include deleting records here.</source>
        <translation>Вы не можете удалять %s: ваши права не включают удаление записей здесь.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You may not change %s: your rights allow reading only.</source>
        <translation>Вы не можете изменять %s: ваши права разрешают только чтение.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You may not export %s: ask an administrator for the export right.</source>
        <translation>Вы не можете экспортировать %s: попросите администратора о праве экспорта.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 %2 has %3 %4; delete them first.</source>
        <translation>У %1 %2 есть связанные записи (%4: %3); сначала удалите их.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>… and %d more</source>
        <translation>… и ещё %d</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../shell/table_ops.py" line="+40" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+14" />
        <source>… and %d more</source>
        <translation>… и ещё %d</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some records were not changed:</source>
        <translation>Некоторые записи не изменены:</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Move %n record(s) to the trash?</source>
        <translation><numerusform>Переместить %n запись в корзину?</numerusform><numerusform>Переместить %n записи в корзину?</numerusform><numerusform>Переместить %n записей в корзину?</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>Deleting…</source>
        <translation>Удаление…</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s) moved to the trash.</source>
        <translation><numerusform>%n запись перемещена в корзину.</numerusform><numerusform>%n записи перемещены в корзину.</numerusform><numerusform>%n записей перемещено в корзину.</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot move to the trash:</source>
        <translation>Нельзя переместить в корзину:</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>The other %n record(s) can be moved.</source>
        <translation><numerusform>Остальную %n запись можно переместить.</numerusform><numerusform>Остальные %n записи можно переместить.</numerusform><numerusform>Остальные %n записей можно переместить.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Undoing…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s) put back.</source>
        <translation><numerusform>Восстановлена %n запись.</numerusform><numerusform>Восстановлены %n записи.</numerusform><numerusform>Восстановлено %n записей.</numerusform></translation>
    </message>
    <message>
        <location line="+32" />
        <source>Changing…</source>
        <translation>Изменение…</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s) changed.</source>
        <translation><numerusform>Изменена %n запись.</numerusform><numerusform>Изменены %n записи.</numerusform><numerusform>Изменено %n записей.</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>Select the records to change first.</source>
        <translation>Сначала выберите записи для изменения.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>You do not have the right to export.</source>
        <translation>У вас нет права на экспорт.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s) exported to %1</source>
        <translation><numerusform>%n запись выгружена в %1</numerusform><numerusform>%n записи выгружены в %1</numerusform><numerusform>%n записей выгружено в %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n text(s) did not fit in an Excel cell (32,767 characters) and were cut; the file lists them on the sheet "%1":</source>
        <translation><numerusform>%n текст не поместился в ячейку Excel (32 767 символов) и был обрезан; файл перечисляет его на листе «%1»:</numerusform><numerusform>%n текста не поместились в ячейку Excel (32 767 символов) и были обрезаны; файл перечисляет их на листе «%1»:</numerusform><numerusform>%n текстов не поместились в ячейку Excel (32 767 символов) и были обрезаны; файл перечисляет их на листе «%1»:</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>CSV file, UTF-8, semicolons (*.csv)</source>
        <translation>Файл CSV, UTF-8, точка с запятой (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../shell/table_tab.py" line="+110" />
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected records to the trash (Del)</source>
        <translation>Переместить выбранные записи в корзину (Del)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search… (Ctrl+F)</source>
        <translation>Поиск… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Columns…</source>
        <translation>Столбцы…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the columns</source>
        <translation>Выбрать столбцы</translation>
    </message>
    <message>
        <location line="+2" />
        <source> View: </source>
        <translation> Вид: </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save view</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the columns, sort and filter in this view</source>
        <translation>Сохранить столбцы, сортировку и фильтр в этом виде</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save view as…</source>
        <translation>Сохранить вид как…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the columns, sort and filter as a new view</source>
        <translation>Сохранить столбцы, сортировку и фильтр как новый вид</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change field…</source>
        <translation>Изменить поле…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set one field in all selected records</source>
        <translation>Задать одно поле во всех выбранных записях</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the current view to Excel</source>
        <translation>Выгрузить текущий вид в Excel</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back what was just deleted or changed (Ctrl+Z)</source>
        <translation>Вернуть только что удалённое или изменённое (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%s (personal)</source>
        <translation>%s (личный)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All fields</source>
        <translation>Все поля</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>More than %n record(s)</source>
        <translation><numerusform>Более %n записи</numerusform><numerusform>Более %n записей</numerusform><numerusform>Более %n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s)</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n selected</source>
        <translation><numerusform>%n выбрана</numerusform><numerusform>%n выбраны</numerusform><numerusform>%n выбрано</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter: %s</source>
        <translation>Фильтр: %s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search: %s</source>
        <translation>Поиск: %s</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../configurator/tables_tab.py" line="+56" />
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <location line="+6" />
        <source>descending</source>
        <translation>по убыванию</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Tables of this object:</source>
        <translation>Таблицы этого объекта:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fields (open a reference to reach its fields):</source>
        <translation>Поля (раскройте ссылку, чтобы увидеть её поля):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add column →</source>
        <translation>Добавить столбец →</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove column</source>
        <translation>Удалить столбец</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sorted by:</source>
        <translation>Сортировка по:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show only records where</source>
        <translation>Показывать только записи, где</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save table</source>
        <translation>Сохранить таблицу</translation>
    </message>
    <message>
        <location line="+41" />
        <source>New table</source>
        <translation>Новая таблица</translation>
    </message>
    <message>
        <location line="+51" />
        <source>That column is already in the table.</source>
        <translation>Этот столбец уже есть в таблице.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(no sort: newest first as entered)</source>
        <translation>(без сортировки: сначала новые)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Add at least one column.</source>
        <translation>Добавьте хотя бы один столбец.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add table {0}</source>
        <translation>Добавить таблицу {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change table {0}</source>
        <translation>Изменить таблицу {0}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Delete table</source>
        <translation>Удалить таблицу</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete the table {0}? No records are deleted.</source>
        <translation>Удалить таблицу {0}? Записи не удаляются.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete table {0}</source>
        <translation>Удалить таблицу {0}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../documents/templates_dialog.py" line="+46" />
        <source>Document templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+88" />
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location line="-78" />
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a Word template (.docx) to this object</source>
        <translation>Добавить шаблон Word (.docx) к этому объекту</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Upload a new version of the selected template's file</source>
        <translation>Загрузить новую версию файла выбранного шаблона</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make default</source>
        <translation>Сделать основным</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use the selected template when none is chosen</source>
        <translation>Использовать выбранный шаблон, когда шаблон не указан</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+179" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-179" />
        <source>Delete the selected template</source>
        <translation>Удалить выбранный шаблон</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save the template's file, to edit it in Word</source>
        <translation>Сохранить файл шаблона, чтобы редактировать его в Word</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview…</source>
        <translation>Предпросмотр…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fill the selected template from a record and read the result</source>
        <translation>Заполнить выбранный шаблон данными записи и просмотреть результат</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Only users who may change the structure (Configurator) manage templates</source>
        <translation>Шаблонами управляют только пользователи с правом изменять структуру (Конфигуратор)</translation>
    </message>
    <message>
        <location line="+71" />
        <location line="+3" />
        <source>Add a template</source>
        <translation>Добавить шаблон</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the template:</source>
        <translation>Название шаблона:</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+26" />
        <source>The file cannot be read:</source>
        <translation>Не удаётся прочитать файл:</translation>
    </message>
    <message>
        <location line="-21" />
        <source>%s was not added:</source>
        <translation>%s не добавлен:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Template %s added.</source>
        <translation>Шаблон %s добавлен.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace the template's file</source>
        <translation>Заменить файл шаблона</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%s was not stored:</source>
        <translation>%s не сохранён:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Template %s replaced.</source>
        <translation>Шаблон %s заменён.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not changed:</source>
        <translation>Не изменено:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%s is now the default template.</source>
        <translation>%s теперь шаблон по умолчанию.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete the template %s?</source>
        <translation>Удалить шаблон %s?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not deleted:</source>
        <translation>Не удалено:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template %s deleted.</source>
        <translation>Шаблон %s удалён.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a copy of the template</source>
        <translation>Сохранить копию шаблона</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file cannot be written:</source>
        <translation>Не удаётся записать файл:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not saved:</source>
        <translation>Не сохранено:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved to %s.</source>
        <translation>Сохранено в %s.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../widgets/editors.py" line="+133" />
        <source>The text is too long</source>
        <translation>Текст слишком длинный</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../reports/dashboard_tiles.py" line="+30" />
        <location line="+50" />
        <source>Back to one column</source>
        <translation>Вернуть в один столбец</translation>
    </message>
    <message>
        <location line="-50" />
        <location line="+51" />
        <source>Take the whole row</source>
        <translation>Занять всю строку</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Drag the title to move the tile; drag its lower-right corner to resize it</source>
        <translation>Перетащите заголовок, чтобы переместить плитку; перетащите её правый нижний угол, чтобы изменить размер</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Size in grid cells</source>
        <translation>Размер в ячейках сетки</translation>
    </message>
    <message>
        <location line="+6" />
        <source>One column wider</source>
        <translation>На один столбец шире</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One column narrower</source>
        <translation>На один столбец уже</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One row taller</source>
        <translation>На одну строку выше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One row shorter</source>
        <translation>На одну строку ниже</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <location line="-40" />
        <source>Move earlier</source>
        <translation>Переместить раньше</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move later</source>
        <translation>Переместить дальше</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Take off the dashboard</source>
        <translation>Убрать с панели</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Calculating…</source>
        <translation>Вычисление…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>TrashTab</name>
    <message>
        <location filename="../shell/trash_tab.py" line="+38" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted by</source>
        <translation>Удалил</translation>
    </message>
    <message>
        <location line="+0" />
        <source>With children</source>
        <translation>С подчинёнными</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restore selected</source>
        <translation>Восстановить выбранные</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty trash…</source>
        <translation>Очистить корзину…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trash: %s</source>
        <translation>Корзина: %s</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%n deleted record(s)</source>
        <translation><numerusform>%n удалённая запись</numerusform><numerusform>%n удалённые записи</numerusform><numerusform>%n удалённых записей</numerusform></translation>
    </message>
    <message>
        <location line="+22" />
        <source>Delete every record in this trash for good? This cannot be undone.</source>
        <translation>Удалить навсегда все записи из этой корзины? Это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>TypeChangeDialog</name>
    <message>
        <location filename="../configurator/type_change_dialog.py" line="+35" />
        <source>Change the type of {0}</source>
        <translation>Смена типа поля {0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Do not change the type if any value would be lost</source>
        <translation>Не менять тип, если какое-либо значение будет потеряно</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change it, and keep the values that do not fit in a new field "{0} (old value)"</source>
        <translation>Изменить, а неподходящие значения сохранить в новом поле «{0} (старое значение)»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>An automatic backup is taken before the change; Undo cannot reverse a type change.</source>
        <translation>Перед изменением создаётся автоматическая резервная копия; смену типа нельзя отменить.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{0} value(s): {1} convert, {2} would not convert:</source>
        <translation>Значений: {0}; преобразуются: {1}, не преобразуются: {2}:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} value(s): all convert.</source>
        <translation>Значений: {0}; все преобразуются.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>record #{0}: {1}</source>
        <translation>запись № {0}: {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
</context>
<context>
    <name>UnavailableTile</name>
    <message>
        <location filename="../reports/dashboard_tiles.py" line="-52" />
        <source>Unavailable report</source>
        <translation>Недоступный отчёт</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This report is not available to you: it was deleted, or you may not see it.</source>
        <translation>Этот отчёт вам недоступен: он удалён или вам нельзя его видеть.</translation>
    </message>
</context>
<context>
    <name>UniqueKeyDialog</name>
    <message>
        <location filename="../configurator/unique_keys_box.py" line="+36" />
        <source>Add unique key</source>
        <translation>Добавить уникальный ключ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Made from the fields when left empty</source>
        <translation>Составляется из полей, если оставить пустым</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No two records may hold the same values in all the ticked fields. Records with all of them empty are not held to the key; an empty value in some of them counts as a value.</source>
        <translation>Никакие две записи не могут иметь одинаковые значения во всех отмеченных полях. Записи, у которых все они пусты, ключу не подчиняются; пустое значение в некоторых из них считается значением.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fields:</source>
        <translation>Поля:</translation>
    </message>
</context>
<context>
    <name>UniqueKeysBox</name>
    <message>
        <location line="+33" />
        <source>Unique keys</source>
        <translation>Уникальные ключи</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add key…</source>
        <translation>Добавить ключ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refuse records that repeat the values of the chosen fields (an order and a product once per order); an import can use the key to find records</source>
        <translation>Отклонять записи, повторяющие значения выбранных полей (заказ и товар — один раз на заказ); импорт может находить записи по этому ключу</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Add unique key {0}</source>
        <translation>Добавление уникального ключа {0}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Remove unique key {0}</source>
        <translation>Удаление уникального ключа {0}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../shell/user_guide.py" line="+50" />
        <source>Supasoft user guide</source>
        <translation>Руководство пользователя Supasoft</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The user guide (docs/user-guide.md) is not installed with this copy.</source>
        <translation>Руководство пользователя (docs/user-guide.md) не установлено в этой копии.</translation>
    </message>
</context>
<context>
    <name>ValueInput</name>
    <message>
        <location filename="../widgets/condition_values.py" line="+77" />
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <location line="+0" />
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The earlier value does not fit this field: enter a new one</source>
        <translation>Прежнее значение не подходит для этого поля: введите новое</translation>
    </message>
</context>
<context>
    <name>ViewSaver</name>
    <message>
        <location filename="../shell/views.py" line="+34" />
        <source>Save the changes to the shared view "{0}" for everyone?</source>
        <translation>Сохранить изменения общего вида «{0}» для всех?</translation>
    </message>
    <message>
        <location line="+22" />
        <source>A view named "{0}" exists and you may not change it: choose another name.</source>
        <translation>Вид «{0}» уже существует, и вы не можете его изменить: выберите другое название.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A view named "{0}" exists. Replace it?</source>
        <translation>Вид «{0}» уже существует. Заменить его?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The shared view "{0}" exists. Replace it for everyone?</source>
        <translation>Общий вид «{0}» уже существует. Заменить его для всех?</translation>
    </message>
</context>
<context>
    <name>ZoneList</name>
    <message>
        <location filename="../reports/zones.py" line="+83" />
        <source>Drag fields here, or choose one and press the button above</source>
        <translation>Перетащите сюда поля или выберите поле и нажмите кнопку выше</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Dates grouped by…</source>
        <translation>Группировать даты по…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+69" />
        <source>A share or running total needs a count or a sum</source>
        <translation>Для доли или нарастающего итога нужно количество или сумма</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exact value</source>
        <translation>Точное значение</translation>
    </message>
</context>
<context>
    <name>_TemporalEditor</name>
    <message>
        <location filename="../widgets/date_editors.py" line="-208" />
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Стрелка вниз)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location line="+117" />
        <source>Not a date and time: type it like {example} or {iso}</source>
        <translation>Это не дата и время: введите их как {example} или {iso}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not a date: type it like {example} or {iso}</source>
        <translation>Это не дата: введите её как {example} или {iso}</translation>
    </message>
</context>
<context><name>FieldTypes</name><message><source>String</source><translation>Строка</translation></message><message><source>Text</source><translation>Текст</translation></message><message><source>Integer</source><translation>Целое число</translation></message><message><source>Decimal</source><translation>Десятичное число</translation></message><message><source>Money</source><translation>Денежная сумма</translation></message><message><source>Float</source><translation>Число с плавающей точкой</translation></message><message><source>Date</source><translation>Дата</translation></message><message><source>Date and time</source><translation>Дата и время</translation></message><message><source>Yes/No</source><translation>Да/Нет</translation></message><message><source>Choice list</source><translation>Список выбора</translation></message><message><source>Reference</source><translation>Ссылка</translation></message><message><source>Formula</source><translation>Формула</translation></message><message><source>E-mail</source><translation>Эл. почта</translation></message><message><source>Phone</source><translation>Телефон</translation></message><message><source>Web address</source><translation>Веб-адрес</translation></message><message><source>File</source><translation>Файл</translation></message><message><source>User</source><translation>Пользователь</translation></message><message><source>Rating</source><translation>Оценка</translation></message></context></TS>