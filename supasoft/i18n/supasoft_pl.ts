<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>About</name>
    <message>
        <location filename="../shell/about.py" line="+17" />
        <source>&lt;h3&gt;Supasoft %s&lt;/h3&gt;&lt;p&gt;An open-source CRM constructor: build the objects, fields, tables and cards your office needs, then work in them.&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Supasoft %s&lt;/h3&gt;&lt;p&gt;Otwarty konstruktor CRM: zbuduj obiekty, pola, tabele i karty potrzebne w biurze, a potem w nich pracuj.&lt;/p&gt;&lt;p&gt;Licencja: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About Supasoft</source>
        <translation>O programie Supasoft</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Edition</source>
        <translation>Wydanie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Networked</source>
        <translation>Sieciowe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Free (one file)</source>
        <translation>Darmowe (jeden plik)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Engine</source>
        <translation>Silnik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schema version</source>
        <translation>Wersja schematu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Structure version</source>
        <translation>Wersja struktury</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Program version</source>
        <translation>Wersja programu</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Database information</source>
        <translation>Informacje o bazie</translation>
    </message>
</context>
<context>
    <name>AccessRights</name>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>You do not have the right to manage access rights.</source>
        <translation>Nie masz uprawnień do zarządzania uprawnieniami dostępu.</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Nieudane logowanie</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Dodano użytkownika</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Włączono użytkownika</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Wyłączono użytkownika</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Zresetowano hasło</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Zmieniono hasło</translation>
    </message>
    <message>
        <source>Group added</source>
        <translation>Dodano grupę</translation>
    </message>
    <message>
        <source>Added to group</source>
        <translation>Dodano do grupy</translation>
    </message>
    <message>
        <source>Removed from group</source>
        <translation>Usunięto z grupy</translation>
    </message>
    <message>
        <source>Rights changed</source>
        <translation>Zmieniono uprawnienia</translation>
    </message>
    <message>
        <source>Field rights changed</source>
        <translation>Zmieniono uprawnienia do pól</translation>
    </message>
    <message>
        <source>Record shared</source>
        <translation>Udostępniono rekord</translation>
    </message>
    <message>
        <source>group %s</source>
        <translation>grupa %s</translation>
    </message>
    <message>
        <source>user %s</source>
        <translation>użytkownik %s</translation>
    </message>
    <message>
        <source>all objects (global right)</source>
        <translation>wszystkie obiekty (uprawnienie globalne)</translation>
    </message>
    <message>
        <source>Change the structure</source>
        <translation>Zmiana struktury</translation>
    </message>
    <message>
        <source>Manage access</source>
        <translation>Zarządzanie dostępem</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>record #%s</source>
        <translation>rekord nr %s</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Brak dostępu</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Odczyt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Pełny</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Wszystkie rekordy</translation>
    </message>
    <message>
        <source>Own records</source>
        <translation>Własne rekordy</translation>
    </message>
    <message>
        <source>Own group's records</source>
        <translation>Rekordy własnej grupy</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Zapisany filtr</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ukryte</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Tylko odczyt</translation>
    </message>
    <message>
        <source>Editable</source>
        <translation>Edytowalne</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Access rights</source>
        <translation>Uprawnienia dostępu</translation>
    </message>
    <message>
        <source>Group: %s</source>
        <translation>Grupa: %s</translation>
    </message>
    <message>
        <source>User: %s</source>
        <translation>Użytkownik: %s</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Dostęp</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Obiekt:</translation>
    </message>
    <message>
        <source>Rights of:</source>
        <translation>Uprawnienia dla:</translation>
    </message>
    <message>
        <source>Hidden fields never leave the database for this user or group: not in tables, cards, searches, exports or reports.</source>
        <translation>Ukryte pola nigdy nie opuszczają bazy danych dla tego użytkownika lub grupy: nie ma ich w tabelach, kartach, wyszukiwaniu, eksporcie ani raportach.</translation>
    </message>
    <message>
        <source>As the groups give</source>
        <translation>Jak w grupach</translation>
    </message>
    <message>
        <source>or</source>
        <translation>lub</translation>
    </message>
    <message>
        <source>Add group…</source>
        <translation>Dodaj grupę…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Members of %s</source>
        <translation>Członkowie grupy %s</translation>
    </message>
    <message>
        <source>You cannot remove yourself from the administrators.</source>
        <translation>Nie możesz usunąć siebie z administratorów.</translation>
    </message>
    <message>
        <source>Change the structure (Configurator)</source>
        <translation>Zmiana struktury (Konfigurator)</translation>
    </message>
    <message>
        <source>Manage users and access rights</source>
        <translation>Zarządzanie użytkownikami i uprawnieniami dostępu</translation>
    </message>
    <message>
        <source>Global rights</source>
        <translation>Uprawnienia globalne</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtr</translation>
    </message>
    <message>
        <source>Add a user or a group first.</source>
        <translation>Najpierw dodaj użytkownika lub grupę.</translation>
    </message>
    <message>
        <source>Administrators have every right; the grants below do not limit them.</source>
        <translation>Administratorzy mają wszystkie uprawnienia; poniższe nadania ich nie ograniczają.</translation>
    </message>
    <message>
        <source>A user's own grant on an object replaces the grants of the user's groups.</source>
        <translation>Własne uprawnienie użytkownika do obiektu zastępuje uprawnienia jego grup.</translation>
    </message>
    <message>
        <source>Members get the most open access any of their groups gives.</source>
        <translation>Członkowie otrzymują najszerszy dostęp, jaki daje którakolwiek z ich grup.</translation>
    </message>
    <message>
        <source>Granted (removing a global right is not available yet).</source>
        <translation>Nadane (odebranie uprawnienia globalnego nie jest jeszcze dostępne).</translation>
    </message>
    <message>
        <source>Edit filter…</source>
        <translation>Edytuj filtr…</translation>
    </message>
    <message>
        <source>You do not have the right to share these records.</source>
        <translation>Nie masz uprawnień do udostępniania tych rekordów.</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nowy użytkownik</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <source>Enter a login.</source>
        <translation>Wpisz login.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Hasła nie są zgodne.</translation>
    </message>
    <message>
        <source>Reset password of %s</source>
        <translation>Resetuj hasło użytkownika %s</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Wpisz nazwę.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Dodaj użytkownika…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Resetuj hasło…</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Grupy…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <source>The first user you add becomes an administrator; from then on everyone logs in.</source>
        <translation>Pierwszy dodany użytkownik zostaje administratorem; od tej chwili wszyscy się logują.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Nie możesz wyłączyć własnego konta.</translation>
    </message>
    <message>
        <source>Groups of %s</source>
        <translation>Grupy użytkownika %s</translation>
    </message>
    <message>
        <source>Server account</source>
        <translation>Konto na serwerze</translation>
    </message>
    <message>
        <source>Create server account…</source>
        <translation>Utwórz konto na serwerze…</translation>
    </message>
    <message>
        <source>Set server password…</source>
        <translation>Ustaw hasło na serwerze…</translation>
    </message>
    <message>
        <source>Delete server account</source>
        <translation>Usuń konto na serwerze</translation>
    </message>
    <message>
        <source>This database is not on a server.</source>
        <translation>Ta baza nie jest na serwerze.</translation>
    </message>
    <message>
        <source>Server accounts can be managed only by a server administrator: %s</source>
        <translation>Kontami na serwerze może zarządzać tylko administrator serwera: %s</translation>
    </message>
    <message>
        <source>No server account: %s cannot connect to this database yet.</source>
        <translation>Brak konta na serwerze: %s nie może jeszcze połączyć się z tą bazą.</translation>
    </message>
    <message>
        <source>Server account %s: administrator (role RDB$ADMIN).</source>
        <translation>Konto na serwerze %s: administrator (rola RDB$ADMIN).</translation>
    </message>
    <message>
        <source>Server account %s: staff (role SUPASOFT_STAFF).</source>
        <translation>Konto na serwerze %s: pracownik (rola SUPASOFT_STAFF).</translation>
    </message>
    <message>
        <source>Server account %s exists but has no role in this database; create it again to grant one.</source>
        <translation>Konto na serwerze %s istnieje, ale nie ma roli w tej bazie; utwórz je ponownie, aby ją nadać.</translation>
    </message>
    <message>
        <source>Server account for %s</source>
        <translation>Konto na serwerze dla %s</translation>
    </message>
    <message>
        <source>Server password of %s</source>
        <translation>Hasło na serwerze dla %s</translation>
    </message>
    <message>
        <source>Delete the server account %s? This user will no longer be able to connect to the server.</source>
        <translation>Usunąć konto na serwerze %s? Ten użytkownik nie będzie mógł już łączyć się z serwerem.</translation>
    </message>
    <message>
        <source>The server %s does not answer. Check that the Firebird server is running and that Server= and Port= in client.ini are right, then try again.</source>
        <extracomment>Tried in this order: a role the account does not hold is silently replaced by NONE, which then has no rights. storage of an open server session -&gt; (URL with credentials and role, role, server user); Session is unhashable</extracomment>
        <translation>Serwer %s nie odpowiada. Sprawdź, czy serwer Firebird działa i czy Server= i Port= w client.ini są poprawne, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Błędna nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>The database %s does not exist on the server %s. Check Path= in client.ini or ask your administrator.</source>
        <translation>Baza %s nie istnieje na serwerze %s. Sprawdź Path= w client.ini lub zapytaj administratora.</translation>
    </message>
    <message>
        <source>The account %s may not use this database. Ask an administrator to create your server account in Access rights → Users.</source>
        <translation>Konto %s nie może używać tej bazy. Poproś administratora o utworzenie konta na serwerze w Prawa dostępu → Użytkownicy.</translation>
    </message>
    <message>
        <source>Could not connect: %s</source>
        <translation>Nie udało się połączyć: %s</translation>
    </message>
    <message>
        <source>Connect to the Supasoft server</source>
        <translation>Połącz z serwerem Supasoft</translation>
    </message>
    <message>
        <source>Remember password</source>
        <translation>Zapamiętaj hasło</translation>
    </message>
    <message>
        <source>Kept in your system's password store, never in a file.</source>
        <translation>Przechowywane w systemowym magazynie haseł, nigdy w pliku.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>This database is on a Supasoft server. Log in with your server account.</source>
        <translation>Ta baza jest na serwerze Supasoft. Zaloguj się kontem na serwerze.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>Łączenie z %s…</translation>
    </message>
    <message>
        <source>The server %s did not answer within %d seconds. Check the network and that the server is running, then try again.</source>
        <translation>Serwer %s nie odpowiedział w ciągu %d s. Sprawdź sieć i czy serwer działa, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Reports over all records</source>
        <translation>Raporty ze wszystkich rekordów</translation>
    </message>
    <message>
        <source>With the Reports right, a report counts every record of the object, not only the readable ones</source>
        <translation>Z uprawnieniem Raporty raport liczy wszystkie rekordy obiektu, nie tylko te, które można odczytać</translation>
    </message>
</context>
<context>
    <name>AccessRightsWindow</name>
    <message>
        <location filename="../accessrights/access_window.py" line="+4" />
        <source>Access rights</source>
        <translation>Uprawnienia dostępu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Object rights</source>
        <translation>Uprawnienia do obiektów</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Field rights</source>
        <translation>Uprawnienia do pól</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Audit log</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
</context>
<context>
    <name>AddTileDialog</name>
    <message>
        <location filename="../reports/dashboard_tiles.py" line="+233" />
        <source>Add to the dashboard</source>
        <translation>Dodaj do pulpitu</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Report:</source>
        <translation>Raport:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show as:</source>
        <translation>Pokaż jako:</translation>
    </message>
</context>
<context>
    <name>ApiServerDialog</name>
    <message>
        <location filename="../shell/api_server_dialog.py" line="+38" />
        <source>API server</source>
        <translation>Serwer API</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Allow other computers on the network</source>
        <translation>Zezwalaj innym komputerom w sieci</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>what the token is for, e.g. Web shop</source>
        <translation>do czego służy token, np. Sklep internetowy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May change records</source>
        <translation>Może zmieniać rekordy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New token</source>
        <translation>Nowy token</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a new token is shown here once</source>
        <translation>nowy token pojawi się tu tylko raz</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Tokens (each acts with your rights):</source>
        <translation>Tokeny (każdy działa z Twoimi uprawnieniami):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Running at %1 (documentation: %1/docs)</source>
        <translation>Działa pod adresem %1 (dokumentacja: %1/docs)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stopped</source>
        <translation>Zatrzymany</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop the server</source>
        <translation>Zatrzymaj serwer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start the server</source>
        <translation>Uruchom serwer</translation>
    </message>
</context>
<context>
    <name>BulkSetDialog</name>
    <message numerus="yes">
        <location filename="../shell/bulk.py" line="+100" />
        <source>Change %n record(s)</source>
        <translation><numerusform>Zmień %n rekord</numerusform><numerusform>Zmień %n rekordy</numerusform><numerusform>Zmień %n rekordów</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Set the same value in %n selected record(s).</source>
        <translation><numerusform>Ustaw tę samą wartość w %n zaznaczonym rekordzie.</numerusform><numerusform>Ustaw tę samą wartość w %n zaznaczonych rekordach.</numerusform><numerusform>Ustaw tę samą wartość w %n zaznaczonych rekordach.</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Field:</source>
        <translation>Pole:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>New value:</source>
        <translation>Nowa wartość:</translation>
    </message>
</context>
<context>
    <name>BusyTask</name>
    <message>
        <location filename="../widgets/busy.py" line="+98" />
        <source>Working…</source>
        <extracomment>The work's view of progress: report (done, total); False back means "the user cancelled, stop".</extracomment>
        <translation>Trwa praca…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>CardDesigner</name>
    <message>
        <location filename="../configurator/card_designer.py" line="+83" />
        <source>Add to card →</source>
        <translation>Dodaj do karty →</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+180" />
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="-179" />
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+197" />
        <source>Generate automatically</source>
        <translation>Generuj automatycznie</translation>
    </message>
    <message>
        <location line="-197" />
        <location line="+241" />
        <source>Save card</source>
        <translation>Zapisz kartę</translation>
    </message>
    <message>
        <location line="-225" />
        <source>beside the field</source>
        <translation>obok pola</translation>
    </message>
    <message>
        <location line="+0" />
        <source>above the field</source>
        <translation>nad polem</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no label</source>
        <translation>bez etykiety</translation>
    </message>
    <message>
        <location line="+7" />
        <source>automatic</source>
        <translation>automatycznie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read-only</source>
        <translation>Tylko odczyt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hidden</source>
        <translation>Ukryte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Selected element</source>
        <translation>Zaznaczony element</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Label:</source>
        <translation>Etykieta:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Width (pixels):</source>
        <translation>Szerokość (piksele):</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Drag onto the card:</source>
        <translation>Przeciągnij na kartę:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Card layout — drop into a box, or before/after an element:</source>
        <translation>Układ karty — upuść do ramki albo przed/za elementem:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Preview (the real card):</source>
        <translation>Podgląd (prawdziwa karta):</translation>
    </message>
    <message>
        <location line="+75" />
        <source>The preview cannot show this layout: {0}</source>
        <translation>Podgląd nie może pokazać tego układu: {0}</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+44" />
        <source>Move</source>
        <translation>Przenieś</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+18" />
        <source>Add {0}</source>
        <translation>Dodaj: {0}</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Change {0}</source>
        <translation>Zmień: {0}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Saved. Open cards of this object show the new layout.</source>
        <translation>Zapisano. Otwarte karty tego obiektu pokazują nowy układ.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../widgets/card_form.py" line="+290" />
        <source>No record matches this text</source>
        <translation>Żaden rekord nie pasuje do tego tekstu</translation>
    </message>
    <message>
        <location line="+49" />
        <source>The record was not saved. Please correct:</source>
        <translation>Rekord nie został zapisany. Popraw:</translation>
    </message>
</context>
<context>
    <name>CardPrint</name>
    <message>
        <location filename="../reports/print_card_window.py" line="+33" />
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print this card or save it as PDF (Ctrl+P)</source>
        <translation>Drukuj tę kartę lub zapisz ją jako PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print preview…</source>
        <translation>Podgląd wydruku…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
</context>
<context>
    <name>CardWindow</name>
    <message>
        <location filename="../cards/card_window.py" line="+85" />
        <source>Card</source>
        <extracomment>What upper layers add to every new card (the documents package adds its Document button); called with the card.</extracomment>
        <translation>Karta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+72" />
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <location line="-72" />
        <source>Read the stored record again (F5)</source>
        <translation>Wczytaj ponownie zapisany rekord (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+156" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="-156" />
        <source>Move to the trash (Del)</source>
        <translation>Przenieś do kosza (Del)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <location line="+70" />
        <source>Discard your changes and read the stored record again?</source>
        <translation>Odrzucić zmiany i wczytać ponownie zapisany rekord?</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Not saved: please correct the marked fields.</source>
        <translation>Nie zapisano: popraw zaznaczone pola.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Someone else is saving this record right now; try again in a moment.</source>
        <translation>Ktoś inny właśnie zapisuje ten rekord; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not saved: the record was changed by someone else.</source>
        <translation>Nie zapisano: rekord został zmieniony przez innego użytkownika.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Someone else saved this record meanwhile; choose the values to keep.</source>
        <translation>W międzyczasie inny użytkownik zapisał ten rekord; wybierz wartości do zachowania.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Move {what} to the trash?</source>
        <translation>Przenieść do kosza: {what}?</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} has unsaved changes. Save them?</source>
        <translation>Niezapisane zmiany: {what}. Zapisać je?</translation>
    </message>
    <message>
        <location line="+27" />
        <source>This {name}</source>
        <translation>ten rekord ({name})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New {name}</source>
        <translation>Nowy rekord: {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{title} (read only)</source>
        <translation>{title} (tylko odczyt)</translation>
    </message>
    <message>
        <location line="+49" />
        <source>This record was deleted meanwhile.</source>
        <translation>W międzyczasie ten rekord został usunięty.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Another user deleted this record (it is in the trash).</source>
        <translation>Inny użytkownik usunął ten rekord (jest w koszu).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Another user saved this record at %s. Your changes are kept: when you save, you choose which of their values to keep.</source>
        <translation>Inny użytkownik zapisał ten rekord o %s. Twoje zmiany zostają: przy zapisie wybierzesz, które jego wartości zachować.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Updated: another user saved this record at %s.</source>
        <translation>Zaktualizowano: inny użytkownik zapisał ten rekord o %s.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../accessrights/login_dialog.py" line="+130" />
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Current password:</source>
        <translation>Bieżące hasło:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New password:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Repeat new password:</source>
        <translation>Powtórz nowe hasło:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The new passwords do not match.</source>
        <translation>Nowe hasła nie są zgodne.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The current password is wrong.</source>
        <translation>Bieżące hasło jest nieprawidłowe.</translation>
    </message>
</context>
<context>
    <name>ChildrenView</name>
    <message>
        <location filename="../widgets/children_view.py" line="+49" />
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Save this record first</source>
        <translation>Najpierw zapisz ten rekord</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You may not create these records</source>
        <translation>Nie możesz tworzyć tych rekordów</translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <location filename="../configurator/maintenance_dialogs.py" line="+42" />
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Host</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Process</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+9" />
        <source> (this Supasoft)</source>
        <translation> (ten Supasoft)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} (pid {1})</source>
        <translation>{0} (pid {1})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>local</source>
        <translation>lokalnie</translation>
    </message>
</context>
<context>
    <name>ColumnTable</name>
    <message>
        <location filename="../importer/column_table.py" line="+46" />
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Matched by</source>
        <translation>Dopasowanie po</translation>
    </message>
    <message>
        <location line="+32" />
        <source>— leave out —</source>
        <translation>— pomiń —</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Name or Code</source>
        <translation>Nazwa lub kod</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../shell/columns_dialog.py" line="+28" />
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Tick the columns to show. Open a reference to show fields of the linked record. Drag column headers in the table to change their order.</source>
        <translation>Zaznacz kolumny do pokazania. Rozwiń odwołanie, aby pokazać pola powiązanego rekordu. Przeciągnij nagłówki kolumn w tabeli, aby zmienić ich kolejność.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Open to show fields of %s</source>
        <translation>Rozwiń, aby pokazać pola: %s</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../widgets/condition_editor.py" line="+110" />
        <source>Remove this condition</source>
        <extracomment>the value as given (its field, items) and as the current input shows it ([] when it could not take it)</extracomment>
        <translation>Usuń ten warunek</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <location filename="../widgets/condition_values.py" line="+41" />
        <source>is</source>
        <translation>jest równe</translation>
    </message>
    <message>
        <location line="+0" />
        <source>is not</source>
        <translation>nie jest równe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is filled in</source>
        <translation>jest wypełnione</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is one of (;)</source>
        <translation>jest jednym z (;)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>less than</source>
        <translation>mniejsze niż</translation>
    </message>
    <message>
        <location line="+0" />
        <source>at most</source>
        <translation>co najwyżej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>more than</source>
        <translation>większe niż</translation>
    </message>
    <message>
        <location line="+0" />
        <source>at least</source>
        <translation>co najmniej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>between (;)</source>
        <translation>pomiędzy (;)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>does not contain</source>
        <translation>nie zawiera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>starts with</source>
        <translation>zaczyna się od</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ends with</source>
        <translation>kończy się na</translation>
    </message>
    <message>
        <location line="+6" />
        <source>current user</source>
        <translation>bieżący użytkownik</translation>
    </message>
</context>
<context>
    <name>Configurator</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Zakładki</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Zakładka</translation>
    </message>
    <message>
        <source>Group box</source>
        <translation>Ramka grupy</translation>
    </message>
    <message>
        <source>Row (side by side)</source>
        <translation>Wiersz (poziomo)</translation>
    </message>
    <message>
        <source>Column (stacked)</source>
        <translation>Kolumna (pionowo)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Detail set</source>
        <translation>Zestaw pozycji</translation>
    </message>
    <message>
        <source>Child records</source>
        <translation>Rekordy podrzędne</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>tylko odczyt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ukryte</translation>
    </message>
    <message>
        <source>label above</source>
        <translation>etykieta nad polem</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>bez etykiety</translation>
    </message>
    <message>
        <source>width {0}</source>
        <translation>szerokość {0}</translation>
    </message>
    <message>
        <source>Card of {0}</source>
        <translation>Karta: {0}</translation>
    </message>
    <message>
        <source>Configurator</source>
        <translation>Konfigurator</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Eksport konfiguracji</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write {0}: {1}</source>
        <translation>Nie można zapisać {0}: {1}</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Nie można odczytać {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a configuration file: {1}</source>
        <translation>{0} nie jest plikiem konfiguracji: {1}</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Import konfiguracji</translation>
    </message>
    <message>
        <source>Refuse while children exist</source>
        <translation>Odmów, dopóki istnieją rekordy podrzędne</translation>
    </message>
    <message>
        <source>Delete the children too</source>
        <translation>Usuń również rekordy podrzędne</translation>
    </message>
    <message>
        <source>Keep the children, clear the link</source>
        <translation>Zachowaj rekordy podrzędne, wyczyść powiązanie</translation>
    </message>
    <message>
        <source>Cannot undo this change any more: {0}</source>
        <translation>Tej zmiany nie można już cofnąć: {0}</translation>
    </message>
</context>
<context>
    <name>ConfiguratorWindow</name>
    <message>
        <location filename="../configurator/configurator_window.py" line="+34" />
        <source>Configurator</source>
        <translation>Konfigurator</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Fields</source>
        <translation>Pola</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tables</source>
        <translation>Tabele</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parent links</source>
        <translation>Powiązania nadrzędne</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Child links</source>
        <translation>Powiązania podrzędne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detail sets</source>
        <translation>Zestawy pozycji</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Undo takes back additions, renames and options; deletions and type changes are kept in an automatic backup instead.</source>
        <translation>Cofnij wycofuje dodania, zmiany nazw i opcji; usunięcia i zmiany typów są zamiast tego zabezpieczane automatyczną kopią zapasową.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export configuration…</source>
        <translation>Eksportuj konfigurację…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import configuration…</source>
        <translation>Importuj konfigurację…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Objects</source>
        <translation>&amp;Obiekty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add object…</source>
        <translation>Dodaj obiekt…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New catalog…</source>
        <translation>Nowy słownik…</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Add an object to start (Add object… on the left).</source>
        <translation>Na początek dodaj obiekt (Dodaj obiekt… po lewej).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>catalog</source>
        <translation>słownik</translation>
    </message>
    <message>
        <location line="+0" />
        <source>object</source>
        <translation>obiekt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;{0}&lt;/b&gt; / {1} — {2}, {3} field(s), codes like {4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; / {1} — {2}, pola: {3}, kody np. {4}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../cards/conflict_dialog.py" line="+37" />
        <source>{name} was changed by someone else</source>
        <translation>{name} — rekord zmieniony przez innego użytkownika</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Someone else saved this {name} while you were editing it. For each field below, choose which value to keep; your other changes are kept as you made them.</source>
        <translation>Inny użytkownik zapisał ten rekord ({name}), podczas twojej edycji. Dla każdego pola poniżej wybierz wartość do zachowania; pozostałe twoje zmiany zostaną zachowane.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Before</source>
        <translation>Przed zmianą</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mine</source>
        <translation>Moja wersja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Theirs (saved meanwhile)</source>
        <translation>Cudza wersja (zapisana w międzyczasie)</translation>
    </message>
    <message>
        <location line="+14" />
        <location line="+1" />
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Keep all mine</source>
        <translation>Zachowaj wszystkie moje</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Take all theirs</source>
        <translation>Przyjmij wszystkie cudze</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save with these values</source>
        <translation>Zapisz z tymi wartościami</translation>
    </message>
</context>
<context>
    <name>ConnectedUsersDialog</name>
    <message>
        <location filename="../configurator/maintenance_dialogs.py" line="+57" />
        <source>Connected users</source>
        <translation>Połączeni użytkownicy</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{0} connection(s); {1} from other users or programs (refreshed every 2 s).</source>
        <translation>Połączenia: {0}; od innych użytkowników lub programów: {1} (odświeżane co 2 s).</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../reports/dashboard_tiles.py" line="-190" />
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../reports/dashboard.py" line="+77" />
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Shared with everyone</source>
        <translation>Wspólny dla wszystkich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everyone sees a shared dashboard; sharing needs the right to change the structure</source>
        <translation>Wspólny pulpit widzą wszyscy; udostępnianie wymaga uprawnienia do zmiany struktury</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put a saved report on the dashboard</source>
        <translation>Umieść zapisany raport na pulpicie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dashboard:</source>
        <translation>Pulpit:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Saved reports at a glance; click a number, bar or slice for its records.</source>
        <translation>Zapisane raporty w skrócie; kliknij liczbę, słupek lub wycinek, aby zobaczyć jego rekordy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Columns:</source>
        <translation>Kolumny:</translation>
    </message>
    <message>
        <location line="+49" />
        <location line="+4" />
        <source>My dashboard</source>
        <translation>Mój pulpit</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%s (shared)</source>
        <translation>%s (wspólny)</translation>
    </message>
    <message>
        <location line="+67" />
        <source>New dashboard</source>
        <translation>Nowy pulpit</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+7" />
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rename the dashboard</source>
        <translation>Zmień nazwę pulpitu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete the dashboard</source>
        <translation>Usuń pulpit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the dashboard %s? The reports on it stay.</source>
        <translation>Usunąć pulpit %s? Raporty na nim pozostaną.</translation>
    </message>
    <message>
        <location line="-128" />
        <location line="+13" />
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../widgets/date_editors.py" line="+216" />
        <source>today</source>
        <translation>dziś</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location line="+33" />
        <source>now</source>
        <translation>teraz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>today</source>
        <translation>dziś</translation>
    </message>
</context>
<context>
    <name>DetailGrid</name>
    <message>
        <location filename="../widgets/detail_grid.py" line="+72" />
        <source>Add line</source>
        <translation>Dodaj pozycję</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a line (Insert)</source>
        <translation>Dodaj pozycję (Insert)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected line (Delete)</source>
        <translation>Usuń zaznaczoną pozycję (Delete)</translation>
    </message>
    <message>
        <location line="+142" />
        <source>{name} total: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>{name} — suma: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DetailSetsTab</name>
    <message>
        <location filename="../configurator/detail_sets_tab.py" line="+59" />
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Child link:</source>
        <translation>Powiązanie podrzędne:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Columns (tick, in order):</source>
        <translation>Kolumny (zaznacz, w kolejności):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Totals under the grid:</source>
        <translation>Sumy pod tabelą:</translation>
    </message>
    <message>
        <location line="+92" />
        <source>Add a child link first (tab Child links).</source>
        <translation>Najpierw dodaj powiązanie podrzędne (zakładka Powiązania podrzędne).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tick at least one column.</source>
        <translation>Zaznacz co najmniej jedną kolumnę.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Add detail set</source>
        <translation>Dodaj zestaw pozycji</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change detail set</source>
        <translation>Zmień zestaw pozycji</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+10" />
        <source>Delete detail set</source>
        <translation>Usuń zestaw pozycji</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Delete the detail set {0}? The records stay.</source>
        <translation>Usunąć zestaw pozycji {0}? Rekordy pozostaną.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../importer/details_page.py" line="+27" />
        <source>Detail rows</source>
        <translation>Wiersze szczegółowe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rows linked to the imported ones by a key, such as order lines by an old order number.</source>
        <translation>Wiersze powiązane z importowanymi kluczem, np. pozycje zamówień przez stary numer zamówienia.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another file…</source>
        <translation>Inny plik…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Detail rows are:</source>
        <translation>Wiersze szczegółowe to:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Column with the parent's key:</source>
        <translation>Kolumna z kluczem nadrzędnego:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Parent key column (imported file):</source>
        <translation>Kolumna klucza nadrzędnego (importowany plik):</translation>
    </message>
    <message>
        <location line="-13" />
        <source>File with the detail rows</source>
        <translation>Plik z wierszami szczegółowymi</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Reading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The file cannot be read: %s</source>
        <translation>Nie można odczytać pliku: %s</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Choose a field for at least one column.</source>
        <translation>Wybierz pole dla co najmniej jednej kolumny.</translation>
    </message>
</context>
<context>
    <name>DocumentButton</name>
    <message>
        <location filename="../documents/card_button.py" line="+25" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill a Word template from this record</source>
        <translation>Wypełnij szablon Word danymi tego rekordu</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No templates yet (Documents → Templates…)</source>
        <translation>Brak szablonów (Dokumenty → Szablony…)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More choices…</source>
        <translation>Więcej opcji…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save, PDF, keep on the record</source>
        <translation>Zapisz, PDF, zachowaj w rekordzie</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Opened %s.</source>
        <translation>Otwarto %s.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../documents/menu.py" line="+61" />
        <source>There are no document templates yet; a user who may change the structure adds them</source>
        <translation>Nie ma jeszcze szablonów dokumentów; dodaje je użytkownik uprawniony do zmiany struktury</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Templates…</source>
        <translation>&amp;Szablony…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Fill template for selected…</source>
        <translation>&amp;Wypełnij szablon dla zaznaczonych…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Select one or more records in a table first</source>
        <translation>Najpierw zaznacz jeden lub więcej rekordów w tabeli</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You may not make documents of these records</source>
        <translation>Nie możesz tworzyć dokumentów z tych rekordów</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This object has no document templates yet</source>
        <translation>Ten obiekt nie ma jeszcze szablonów dokumentów</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../configurator/field_dialog.py" line="+55" />
        <source>Edit field {0}</source>
        <translation>Edycja pola {0}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New field of {0}</source>
        <translation>Nowe pole obiektu {0}</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="+106" />
        <location line="+26" />
        <location line="+20" />
        <source>automatic</source>
        <translation>automatycznie</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+10" />
        <source>Required (must be filled in)</source>
        <translation>Wymagane (musi być wypełnione)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unique (no two records alike)</source>
        <translation>Unikalne (bez powtórzeń w rekordach)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indexed (fast sorting and search)</source>
        <translation>Indeksowane (szybkie sortowanie i wyszukiwanie)</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="+85" />
        <source>standard ({0} MB)</source>
        <translation>standardowo ({0} MB)</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+3" />
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="-62" />
        <source>— choose —</source>
        <translation>— wybierz —</translation>
    </message>
    <message>
        <location line="+32" />
        <source>One choice per line, in the order shown</source>
        <translation>Jedna opcja w wierszu, w kolejności wyświetlania</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+5" />
        <source>Entered by the user</source>
        <translation>Wpisywana przez użytkownika</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown from a linked record (read-only)</source>
        <translation>Pokazywana z powiązanego rekordu (tylko odczyt)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copied from a record when it is picked</source>
        <translation>Kopiowana z rekordu przy jego wyborze</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="-96" />
        <source>Length (characters):</source>
        <translation>Długość (znaki):</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Digits in all:</source>
        <translation>Cyfr łącznie:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Digits after the point:</source>
        <translation>Cyfr po przecinku:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>External object:</source>
        <translation>Obiekt zewnętrzny:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choices:</source>
        <translation>Opcje:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Largest file:</source>
        <translation>Największy plik:</translation>
    </message>
    <message>
        <location line="+88" />
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Smallest value:</source>
        <translation>Najmniejsza wartość:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Largest value:</source>
        <translation>Największa wartość:</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The smallest value is not a number.</source>
        <translation>Najmniejsza wartość nie jest liczbą.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The largest value is not a number.</source>
        <translation>Największa wartość nie jest liczbą.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The smallest value is above the largest.</source>
        <translation>Najmniejsza wartość jest większa od największej.</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+11" />
        <source>Default value:</source>
        <translation>Wartość domyślna:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Where the value comes from</source>
        <translation>Skąd pochodzi wartość</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record picked in / field:</source>
        <translation>Rekord wybrany w / pole:</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="-103" />
        <source>Formula</source>
        <translation>Formuła</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+131" />
        <source>Give the field a name.</source>
        <translation>Nadaj polu nazwę.</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/options.py" line="-71" />
        <source>Choose the external object this reference points at.</source>
        <translation>Wybierz obiekt zewnętrzny, na który wskazuje to odwołanie.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Add at least one choice (one per line).</source>
        <translation>Dodaj co najmniej jedną opcję (jedna w wierszu).</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The formula does not work: {0}</source>
        <translation>Formuła nie działa: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is empty</source>
        <translation>jest pusta</translation>
    </message>
    <message>
        <location filename="../configurator/field_dialog.py" line="+4" />
        <source>Choose the reference field and the field to take the value from.</source>
        <translation>Wybierz pole odwołania i pole, z którego ma pochodzić wartość.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The default value {0!r} {1}.</source>
        <translation>Wartość domyślna {0!r}: {1}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The field {0}.</source>
        <translation>Pole: {0}.</translation>
    </message>
    <message>
        <location filename="../widgets/type_ui/rating.py" line="+233" />
        <source>Number of stars:</source>
        <translation>Liczba gwiazdek:</translation>
    </message>
</context>
<context>
    <name>FieldTree</name>
    <message>
        <location filename="../reports/field_tree.py" line="+81" />
        <source>Open to use fields of %s</source>
        <extracomment>The drag-and-drop type of a field path (JSON list of field ids). Whether the user may see the field at a path from an object (the access service's path_visible).</extracomment>
        <translation>Rozwiń, aby użyć pól obiektu %s</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../shell/fields.py" line="+25" />
        <location filename="../widgets/record_source.py" line="+57" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
</context>
<context>
    <name>FieldsTab</name>
    <message>
        <location filename="../configurator/fields_tab.py" line="+52" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Add field…</source>
        <translation>Dodaj pole…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+223" />
        <source>Show in references</source>
        <translation>Pokazuj w odwołaniach</translation>
    </message>
    <message>
        <location line="-222" />
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show this field earlier in All fields, new cards and field lists (Ctrl+Up)</source>
        <translation>Pokazuj to pole wcześniej we „Wszystkich polach”, w nowych kartach i listach pól (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show this field later in All fields, new cards and field lists (Ctrl+Down)</source>
        <translation>Pokazuj to pole później we „Wszystkich polach”, w nowych kartach i listach pól (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+34" />
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+32" />
        <source>shown from {0}</source>
        <translation>pokazywane z {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>copied from {0} when picked</source>
        <translation>kopiowane z {0} przy wyborze</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unique</source>
        <translation>unikalne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>default {0}</source>
        <translation>domyślnie {0}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Move field {0}</source>
        <translation>Przesunięcie pola {0}</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Add field {0}</source>
        <translation>Dodaj pole {0}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The type was not changed.</source>
        <translation>Typ nie został zmieniony.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Change field {0}</source>
        <translation>Zmień pole {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>An automatic backup is taken first; Undo cannot bring the values back — restore the backup instead.</source>
        <translation>Najpierw zostanie utworzona automatyczna kopia zapasowa; Cofnij nie przywróci wartości — w tym celu przywróć kopię zapasową.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is used here (these uses are removed too):</source>
        <translation>Jest używane tutaj (te użycia również zostaną usunięte):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete field</source>
        <translation>Usuń pole</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete the field {0} and all its values?</source>
        <translation>Usunąć pole {0} i wszystkie jego wartości?</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <location filename="../widgets/file_editor.py" line="+27" />
        <source>Attach…</source>
        <extracomment>A stored file (no bytes here) should be written to a path: the card fetches it from the service.</extracomment>
        <translation>Dołącz…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The file is too big ({size}); at most {limit} allowed</source>
        <translation>Plik jest za duży ({size}); dozwolone najwyżej {limit}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot read the file: {error}</source>
        <translation>Nie można odczytać pliku: {error}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot save the file: {error}</source>
        <translation>Nie można zapisać pliku: {error}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Attach a file</source>
        <translation>Dołącz plik</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the file</source>
        <translation>Zapisz plik</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(no file)</source>
        <translation>(brak pliku)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../importer/file_page.py" line="+24" />
        <location line="+3" />
        <source>File to import</source>
        <translation>Plik do importu</translation>
    </message>
    <message>
        <location line="-2" />
        <source>An Excel workbook (.xlsx), a CSV file, or a table of another SQLite database.</source>
        <translation>Skoroszyt Excela (.xlsx), plik CSV lub tabela innej bazy SQLite.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../importer/source_picker.py" line="+62" />
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sheet:</source>
        <translation>Arkusz:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Table:</source>
        <translation>Tabela:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Semicolon ;</source>
        <translation>Średnik ;</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Comma ,</source>
        <translation>Przecinek ,</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Vertical bar |</source>
        <translation>Kreska pionowa |</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delimiter:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <location filename="../importer/file_page.py" line="+13" />
        <source>Numbers and dates:</source>
        <translation>Liczby i daty:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import into:</source>
        <translation>Importuj do:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>As detected for each column (%s)</source>
        <translation>Jak wykryto dla każdej kolumny (%s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Polish: 1 234,56 and 31.12.2025</source>
        <translation>Polski: 1 234,56 i 31.12.2025</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English: 1,234.56 and 31/12/2025</source>
        <translation>Angielski: 1,234.56 i 31/12/2025</translation>
    </message>
    <message>
        <location line="+1" />
        <source>American: 1,234.56 and 12/31/2025</source>
        <translation>Amerykański: 1,234.56 i 12/31/2025</translation>
    </message>
    <message>
        <location filename="../importer/source_picker.py" line="+23" />
        <source>Files to import (*.xlsx *.csv *.txt *.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Pliki do importu (*.xlsx *.csv *.txt *.db *.sqlite *.sqlite3 *.db3);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../importer/file_page.py" line="+58" />
        <source>Reading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rows: %s, columns: %s</source>
        <translation>Wiersze: %s, kolumny: %s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rows that cannot be read as they are: %s (see the preview)</source>
        <translation>Wiersze, których nie można odczytać w obecnej postaci: %s (zobacz podgląd)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file cannot be read: %s</source>
        <translation>Nie można odczytać pliku: %s</translation>
    </message>
</context>
<context>
    <name>FillDialog</name>
    <message>
        <location filename="../documents/fill_dialog.py" line="+46" />
        <source>Fill a template — %s</source>
        <translation>Wypełnij szablon — %s</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%s (default)</source>
        <translation>%s (domyślny)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (needs LibreOffice)</source>
        <translation>PDF (wymaga LibreOffice)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>One document, a page per record</source>
        <translation>Jeden dokument, strona na rekord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A .zip with a document per record</source>
        <translation>Plik .zip z dokumentem dla każdego rekordu</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%n record(s) of %1</source>
        <translation><numerusform>%1: %n rekord</numerusform><numerusform>%1: %n rekordy</numerusform><numerusform>%1: %n rekordów</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Several records:</source>
        <translation>Kilka rekordów:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill the template and open the result with the system's program</source>
        <translation>Wypełnij szablon i otwórz wynik w programie systemowym</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill the template and save the result as a file</source>
        <translation>Wypełnij szablon i zapisz wynik jako plik</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep on the record</source>
        <translation>Zachowaj w rekordzie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Store the Word document in the chosen file field of each record (a new version)</source>
        <translation>Zapisz dokument Word w wybranym polu pliku każdego rekordu (nowa wersja)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>To keep documents on the records, add a file field to %s (Configurator).</source>
        <translation>Aby przechowywać dokumenty przy rekordach, dodaj pole plikowe do obiektu %s (Konfigurator).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>File field:</source>
        <translation>Pole pliku:</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%s has no document templates yet (Documents → Templates…).</source>
        <translation>%s nie ma jeszcze szablonów dokumentów (Dokumenty → Szablony…).</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+49" />
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <location line="-49" />
        <location line="+49" />
        <source>Filling the template…</source>
        <translation>Wypełnianie szablonu…</translation>
    </message>
    <message>
        <location line="-47" />
        <source>Cancelled; nothing was made.</source>
        <translation>Anulowano; nic nie utworzono.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Opened %s.</source>
        <translation>Otwarto %s.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save the document</source>
        <translation>Zapisz dokument</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file cannot be written: %s</source>
        <translation>Nie można zapisać pliku: %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved to %s.</source>
        <translation>Zapisano w %s.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancelled; the documents made before stay on their records.</source>
        <translation>Anulowano; dokumenty utworzone wcześniej pozostają w swoich rekordach.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Kept on %n record(s).</source>
        <translation><numerusform>Zachowano w %n rekordzie.</numerusform><numerusform>Zachowano w %n rekordach.</numerusform><numerusform>Zachowano w %n rekordach.</numerusform></translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <location filename="../widgets/condition_values.py" line="-30" />
        <source>equals</source>
        <translation>równa się</translation>
    </message>
    <message>
        <location line="+0" />
        <source>does not equal</source>
        <translation>nie równa się</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is empty</source>
        <translation>jest puste</translation>
    </message>
    <message>
        <location line="+0" />
        <source>is not empty</source>
        <translation>nie jest puste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is one of (comma-separated)</source>
        <translation>jest jednym z (po przecinku)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is less than</source>
        <translation>jest mniejsze niż</translation>
    </message>
    <message>
        <location line="+0" />
        <source>is at most</source>
        <translation>jest co najwyżej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is greater than</source>
        <translation>jest większe niż</translation>
    </message>
    <message>
        <location line="+0" />
        <source>is at least</source>
        <translation>jest co najmniej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>is between</source>
        <translation>jest pomiędzy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contains</source>
        <translation>zawiera</translation>
    </message>
    <message>
        <location line="+0" />
        <source>does not contain</source>
        <translation>nie zawiera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>starts with</source>
        <translation>zaczyna się od</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ends with</source>
        <translation>kończy się na</translation>
    </message>
    <message>
        <location filename="../shell/filter_dialog.py" line="+162" />
        <source> AND </source>
        <translation> I </translation>
    </message>
    <message>
        <location line="+0" />
        <source> OR </source>
        <translation> LUB </translation>
    </message>
    <message>
        <location line="+21" />
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <location line="+4" />
        <source>is one of</source>
        <translation>jest jednym z</translation>
    </message>
</context>
<context>
    <name>FilterBuilderDialog</name>
    <message>
        <location line="-145" />
        <source>Filter %s</source>
        <extracomment>The builder is never narrower than this: a field, an operator and a value side by side.</extracomment>
        <translation>Filtr: %s</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Clear filter</source>
        <translation>Wyczyść filtr</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Text is compared ignoring upper and lower case: equals, contains, starts with and the quick search alike.</source>
        <translation>Tekst jest porównywany bez względu na wielkość liter: tak samo w „równa się”, „zawiera”, „zaczyna się od” i w szybkim wyszukiwaniu.</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Enter the value to compare {0} with, or choose "is empty".</source>
        <translation>Wpisz wartość, z którą porównać {0}, albo wybierz „jest puste”.</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../accessrights/filter_dialog.py" line="+9" />
        <source>Records covered: %s</source>
        <translation>Objęte rekordy: %s</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The grant covers the records that match:</source>
        <translation>Uprawnienie obejmuje rekordy spełniające:</translation>
    </message>
</context>
<context>
    <name>FormatWarningBar</name>
    <message>
        <location filename="../configurator/maintenance_menu.py" line="+32" />
        <source>Table formats…</source>
        <translation>Wersje tabel…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{0} has used {1} of {2} table versions on the server; rebuild the database soon (Maintenance → Table formats)</source>
        <translation>{0}: zużyto {1} z {2} wersji tabeli na serwerze; wkrótce przebuduj bazę (Konserwacja → Wersje tabel)</translation>
    </message>
    <message>
        <location line="+3" />
        <source> — and {0} more table(s).</source>
        <translation> — i jeszcze tabele: {0}.</translation>
    </message>
</context>
<context>
    <name>FormatsDialog</name>
    <message>
        <location filename="../configurator/maintenance_formats.py" line="+55" />
        <source>Table formats</source>
        <translation>Wersje tabel</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Every structure change on the server uses one of a table's 255 versions (formats). A table that has used all 255 can no longer be changed until the database is rebuilt (a backup and restore), which starts every table at 1 again.</source>
        <translation>Każda zmiana struktury na serwerze zużywa jedną z 255 wersji (formatów) tabeli. Tabeli, która zużyła wszystkie 255, nie można zmienić, dopóki baza nie zostanie przebudowana (kopia zapasowa i odtworzenie), co zaczyna każdą tabelę znów od 1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Versions used</source>
        <translation>Zużyte wersje</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Keep the backup file:</source>
        <translation>Zachowaj plik kopii:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>crm-before-rebuild.fbk</source>
        <translation>crm-przed-przebudowa.fbk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Rebuild the database…</source>
        <translation>Przebuduj bazę…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel the rebuild</source>
        <translation>Anuluj przebudowę</translation>
    </message>
    <message>
        <location line="+32" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rebuild soon</source>
        <translation>Wkrótce przebuduj</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rebuild now</source>
        <translation>Przebuduj teraz</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0} of {1}</source>
        <translation>{0} z {1}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Keep the backup as</source>
        <translation>Zachowaj kopię jako</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Firebird backups (*.fbk)</source>
        <translation>Kopie Firebird (*.fbk)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Choose where to keep the backup file (Browse…).</source>
        <translation>Wybierz, gdzie zachować plik kopii (Przeglądaj…).</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+12" />
        <source>Rebuild the database</source>
        <translation>Przebudowa bazy</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Rebuild the database now?</source>
        <translation>Przebudować bazę teraz?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Supasoft backs the database up (gbak), restores the backup to a test copy to prove it is complete, then replaces the database with the restored one. Every table starts at version 1 again and the file is compacted. Everyone else must be disconnected while it runs; this Configurator reconnects by itself afterwards.</source>
        <translation>Supasoft tworzy kopię zapasową bazy (gbak), odtwarza ją do kopii testowej, aby sprawdzić, że jest kompletna, a potem zastępuje bazę odtworzoną. Każda tabela zaczyna znów od wersji 1, a plik zostaje zmniejszony. W tym czasie wszyscy inni muszą być rozłączeni; ten Konfigurator połączy się potem sam.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{0} other connection(s) must close before the rebuild:</source>
        <translation>Przed przebudową muszą zostać zamknięte inne połączenia ({0}):</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start maintenance mode to ask them to close Supasoft, then rebuild when nobody else is connected.</source>
        <translation>Włącz tryb konserwacji, aby poprosić ich o zamknięcie Supasoft, a potem przebuduj, gdy nikt inny nie będzie połączony.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start maintenance mode</source>
        <translation>Włącz tryb konserwacji</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for {0} connection(s) to close.</source>
        <translation>Oczekiwanie na zamknięcie połączeń: {0}.</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+17" />
        <source>Rebuilding…</source>
        <translation>Przebudowa…</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Backing up the database: {0} of {1} tables</source>
        <translation>Tworzenie kopii zapasowej bazy: {0} z {1} tabel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restoring a test copy to prove the backup is complete: {0} of {1} tables</source>
        <translation>Odtwarzanie kopii testowej, aby sprawdzić, że kopia jest kompletna: {0} z {1} tabel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replacing the database with the restored copy: {0} of {1} tables</source>
        <translation>Zastępowanie bazy odtworzoną kopią: {0} z {1} tabel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Checking who is connected…</source>
        <translation>Sprawdzanie, kto jest połączony…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reading the structure again…</source>
        <translation>Ponowne wczytywanie struktury…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database is being replaced: this cannot be stopped.</source>
        <translation>Baza jest właśnie zastępowana: tego nie można przerwać.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Rebuilt in {0:.1f} s: the most used table went from {1} to {2} version(s).</source>
        <translation>Przebudowano w {0:.1f} s: najbardziej zużyta tabela ma teraz {2} wersji zamiast {1}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup is kept in {0}.</source>
        <translation>Kopia zapasowa jest w {0}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The rebuild was cancelled; the database was not changed.</source>
        <translation>Przebudowę anulowano; baza nie została zmieniona.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The rebuild failed: {0}</source>
        <translation>Przebudowa nie powiodła się: {0}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../widgets/formatting.py" line="+207" />
        <source>Yes</source>
        <extracomment>Formatters of plug-in field types (the UI type registry adds them), by type key; they win over the roles.</extracomment>
        <translation>Tak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>FormulaEditor</name>
    <message>
        <location filename="../configurator/formula_editor.py" line="+44" />
        <source>e.g. {Price} * {Quantity}  or  SUM({Lines.Cost})</source>
        <translation>np. {Cena} * {Ilość}  lub  SUM({Pozycje.Koszt})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Fields (double-click to insert)</source>
        <translation>Pola (kliknij dwukrotnie, aby wstawić)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>{0} (child records)</source>
        <translation>{0} (rekordy podrzędne)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Write a formula.</source>
        <translation>Wpisz formułę.</translation>
    </message>
    <message>
        <location line="+9" />
        <source> (at character {0})</source>
        <translation> (w znaku {0})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>OK — the result is a {0}.</source>
        <translation>OK — typ wyniku: {0}.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Preview: {0}</source>
        <translation>Podgląd: {0}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Preview: no {0} yet to compute it on.</source>
        <translation>Podgląd: brak rekordów ({0}), na których można by obliczyć.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview on the first record: {0}</source>
        <translation>Podgląd na pierwszym rekordzie: {0}</translation>
    </message>
    <message><source>number</source><translation>liczba</translation></message><message><source>string</source><translation>tekst</translation></message><message><source>date</source><translation>data</translation></message><message><source>datetime</source><translation>data i godzina</translation></message><message><source>boolean</source><translation>tak/nie</translation></message><message><source>reference</source><translation>odwołanie</translation></message><message><source>Gives `then` when the condition is true, otherwise `else` (empty if omitted).</source><translation>Zwraca `then`, gdy warunek jest prawdziwy, w przeciwnym razie `else` (puste, jeśli pominięto).</translation></message><message><source>TRUE when the value is empty.</source><translation>TRUE, gdy wartość jest pusta.</translation></message><message><source>Rounds half up to the given digits after the point (0 by default; negative rounds to tens...).</source><translation>Zaokrągla (połówki w górę) do podanej liczby cyfr po przecinku (domyślnie 0; wartość ujemna zaokrągla do dziesiątek...).</translation></message><message><source>The number without its sign.</source><translation>Liczba bez znaku.</translation></message><message><source>The smallest non-empty value, of the arguments or of a child collection.</source><translation>Najmniejsza niepusta wartość spośród argumentów lub zbioru rekordów podrzędnych.</translation></message><message><source>The largest non-empty value, of the arguments or of a child collection.</source><translation>Największa niepusta wartość spośród argumentów lub zbioru rekordów podrzędnych.</translation></message><message><source>Joins values as text (the same as a &amp; b); empty values add nothing.</source><translation>Łączy wartości w tekst (tak samo jak a &amp; b); puste wartości niczego nie dodają.</translation></message><message><source>The first n characters of the text.</source><translation>Pierwsze n znaków tekstu.</translation></message><message><source>The last n characters of the text.</source><translation>Ostatnie n znaków tekstu.</translation></message><message><source>The number of characters in the text (0 when empty).</source><translation>Liczba znaków w tekście (0, gdy pusty).</translation></message><message><source>The text in capital letters.</source><translation>Tekst wielkimi literami.</translation></message><message><source>The text in small letters.</source><translation>Tekst małymi literami.</translation></message><message><source>The text without leading and trailing spaces.</source><translation>Tekst bez spacji na początku i na końcu.</translation></message><message><source>Today's date.</source><translation>Dzisiejsza data.</translation></message><message><source>The current date and time (to the second).</source><translation>Bieżąca data i godzina (z dokładnością do sekundy).</translation></message><message><source>The year of a date.</source><translation>Rok z daty.</translation></message><message><source>The month of a date, 1 to 12.</source><translation>Miesiąc z daty, od 1 do 12.</translation></message><message><source>The day of the month of a date, 1 to 31.</source><translation>Dzień miesiąca z daty, od 1 do 31.</translation></message><message><source>The date moved by n units (end of month is kept in range).</source><translation>Data przesunięta o n jednostek (koniec miesiąca pozostaje w zakresie).</translation></message><message><source>Whole units from date1 to date2 (days by default).</source><translation>Pełne jednostki od date1 do date2 (domyślnie dni).</translation></message><message><source>The total of a field over the child records (0 when there are none).</source><translation>Suma pola w rekordach podrzędnych (0, gdy ich brak).</translation></message><message><source>How many child records there are (with the field filled in).</source><translation>Liczba rekordów podrzędnych (z wypełnionym polem).</translation></message><message><source>The average of a field over the child records (empty when there are none).</source><translation>Średnia pola w rekordach podrzędnych (puste, gdy ich brak).</translation></message></context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../widgets/condition_editor.py" line="+132" />
        <source>Show records matching</source>
        <translation>Pokaż rekordy spełniające</translation>
    </message>
    <message>
        <location line="-7" />
        <source>all of these (AND)</source>
        <translation>wszystkie warunki (I)</translation>
    </message>
    <message>
        <location line="-3" />
        <source>All conditions hold</source>
        <translation>Spełnione wszystkie warunki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any condition holds</source>
        <translation>Spełniony dowolny warunek</translation>
    </message>
    <message>
        <location line="+3" />
        <source>any of these (OR)</source>
        <translation>dowolny z warunków (LUB)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Remove this group</source>
        <translation>Usuń tę grupę</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Add condition</source>
        <translation>Dodaj warunek</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add group</source>
        <translation>Dodaj grupę</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../widgets/history_view.py" line="+34" />
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+51" />
        <source>#{id} (deleted)</source>
        <translation>#{id} (usunięty)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../importer/wizard.py" line="+27" />
        <source>Import records</source>
        <translation>Import rekordów</translation>
    </message>
</context>
<context>
    <name>KpiView</name>
    <message>
        <location filename="../reports/kpi.py" line="+38" />
        <source>Click to see the records behind this number</source>
        <translation>Kliknij, aby zobaczyć rekordy tej liczby</translation>
    </message>
    <message>
        <location line="+40" />
        <source>against %1 (%2)</source>
        <translation>wobec %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app.py" line="+186" />
        <source>Cannot open the database</source>
        <extracomment>Where client.ini is looked for: beside the executable of a frozen bundle, else the source checkout. Hook for the networked edition: (Settings) -&gt; Session | (user, password) | None, showing a login window.</extracomment>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location line="+26" />
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file %s already exists. Choose a new name, or open it with File → Open database.</source>
        <translation>Plik %s już istnieje. Wybierz nową nazwę albo otwórz go poleceniem Plik → Otwórz bazę danych.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../configurator/links_tab.py" line="+9" />
        <source>New parent link</source>
        <translation>Nowe powiązanie nadrzędne</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New child link</source>
        <translation>Nowe powiązanie podrzędne</translation>
    </message>
    <message>
        <location line="+7" />
        <source>e.g. Lines, Contacts, Orders</source>
        <translation>np. Pozycje, Kontakty, Zamówienia</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Parent object:</source>
        <translation>Obiekt nadrzędny:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Child object:</source>
        <translation>Obiekt podrzędny:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name of the children (seen from the parent):</source>
        <translation>Nazwa rekordów podrzędnych (z punktu widzenia nadrzędnego):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>When the parent is deleted:</source>
        <translation>Gdy rekord nadrzędny zostanie usunięty:</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Choose the other object.</source>
        <translation>Wybierz drugi obiekt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name the children, e.g. Lines.</source>
        <translation>Nazwij rekordy podrzędne, np. Pozycje.</translation>
    </message>
</context>
<context>
    <name>LinksTab</name>
    <message>
        <location line="+23" />
        <source>Parent</source>
        <translation>Nadrzędny</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Child</source>
        <translation>Podrzędny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>When the parent is deleted</source>
        <translation>Gdy nadrzędny zostanie usunięty</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Add link…</source>
        <translation>Dodaj powiązanie…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Delete link…</source>
        <translation>Usuń powiązanie…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A child link adds a reference field to the child; its records then show inside the parent's card.</source>
        <translation>Powiązanie podrzędne dodaje do obiektu podrzędnego pole odwołania; jego rekordy są wtedy widoczne na karcie rekordu nadrzędnego.</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Add link {0}</source>
        <translation>Dodaj powiązanie {0}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>On delete</source>
        <translation>Przy usuwaniu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete the link {0}? The reference field stays as a plain reference; detail sets over it go.</source>
        <translation>Usunąć powiązanie {0}? Pole odwołania pozostanie jako zwykłe odwołanie; oparte na nim zestawy pozycji zostaną usunięte.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete link</source>
        <translation>Usuń powiązanie</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../accessrights/login_dialog.py" line="-123" />
        <source>Log in to Supasoft</source>
        <translation>Logowanie do Supasoft</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Log in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This database is protected. Enter your login and password.</source>
        <translation>Ta baza danych jest chroniona. Wpisz login i hasło.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Enter your login.</source>
        <translation>Wpisz swój login.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Wrong login or password.</source>
        <translation>Nieprawidłowy login lub hasło.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Could not check the password: %s</source>
        <translation>Nie udało się sprawdzić hasła: %s</translation>
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
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supasoft databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bazy Supasoft (*.db *.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Back up the database</source>
        <translation>Utwórz kopię zapasową bazy</translation>
    </message>
    <message>
        <location line="-40" />
        <location line="+41" />
        <source>Supasoft databases (*.db)</source>
        <translation>Bazy Supasoft (*.db)</translation>
    </message>
    <message>
        <location line="-42" />
        <location line="+13" />
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location line="-13" />
        <source>new-crm.db</source>
        <translation>nowy-crm.db</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The new database gets the ready CRM. Add demo data to look around?</source>
        <translation>Nowa baza danych otrzyma gotowy CRM. Dodać dane przykładowe, aby się rozejrzeć?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>With demo data</source>
        <translation>Z danymi przykładowymi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty</source>
        <translation>Pusta</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Logged in: %s</source>
        <translation>Zalogowany: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Login: %s</source>
        <translation>Login: %s</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Backup saved to %s</source>
        <translation>Kopię zapasową zapisano w %s</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+5" />
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Supasoft databases (*.db);;All files (*)</source>
        <translation>Bazy Supasoft (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Replace everything in this database with the backup %s?
A safety copy of the current state is taken first.</source>
        <translation>Zastąpić całą zawartość tej bazy kopią %s?
Najpierw zostanie zapisana kopia bieżącego stanu.</translation>
    </message>
    <message>
        <location filename="../shell/menus.py" line="+34" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Back up…</source>
        <translation>&amp;Kopia zapasowa…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Restore from a backup…</source>
        <translation>P&amp;rzywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Switch user…</source>
        <translation>&amp;Zmień użytkownika…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Log out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;xit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Records</source>
        <translation>&amp;Rekordy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;New record</source>
        <translation>&amp;Nowy rekord</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Open record</source>
        <translation>&amp;Otwórz rekord</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;fresh</source>
        <translation>Odś&amp;wież</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Find…</source>
        <translation>&amp;Szukaj…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Change field in selected…</source>
        <translation>&amp;Zmień pole w zaznaczonych…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Eksport do Excela…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Trash</source>
        <translation>&amp;Kosz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;ports</source>
        <translation>R&amp;aporty</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenty</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Coming in a later version</source>
        <translation>W jednej z kolejnych wersji</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>coming</source>
        <translation>wkrótce</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Configurator…</source>
        <translation>&amp;Konfigurator…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Access rights…</source>
        <translation>&amp;Uprawnienia dostępu…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About Supasoft</source>
        <translation>&amp;O programie Supasoft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Database information</source>
        <translation>&amp;Informacje o bazie</translation>
    </message>
    <message>
        <location filename="../shell/api_server_dialog.py" line="+31" />
        <source>API server…</source>
        <translation>Serwer API…</translation>
    </message>
</context>
<context>
    <name>MaintenanceBanner</name>
    <message>
        <location filename="../shell/maintenance.py" line="+57" />
        <source>Close now</source>
        <extracomment>The open card windows (duck-typed: .form.is_dirty(), .close(), .save(), .show_status()); the shell does not import cards/, the composition root hands CardWindows.windows in.</extracomment>
        <translation>Zamknij teraz</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{admin} is changing the database structure{message}. Save your work: Supasoft will close your cards and tables when the time runs out.</source>
        <translation>{admin} zmienia strukturę bazy{message}. Zapisz swoją pracę: Supasoft zamknie twoje karty i tabele, gdy czas minie.</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Closing in %n s</source>
        <translation><numerusform>Zamknięcie za %n s</numerusform><numerusform>Zamknięcie za %n s</numerusform><numerusform>Zamknięcie za %n s</numerusform></translation>
    </message>
</context>
<context>
    <name>MaintenanceControl</name>
    <message>
        <location filename="../configurator/maintenance_menu.py" line="+19" />
        <source>&amp;Maintenance</source>
        <translation>&amp;Konserwacja</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connected users…</source>
        <translation>Połączeni użytkownicy…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Maintenance mode…</source>
        <translation>Tryb konserwacji…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Table formats…</source>
        <translation>Wersje tabel…</translation>
    </message>
    <message numerus="yes">
        <location line="+71" />
        <source>Maintenance mode: %n user(s) still connected</source>
        <translation><numerusform>Tryb konserwacji: nadal połączony %n użytkownik</numerusform><numerusform>Tryb konserwacji: nadal połączeni %n użytkownicy</numerusform><numerusform>Tryb konserwacji: nadal połączonych %n użytkowników</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance mode: nobody else connected</source>
        <translation>Tryb konserwacji: nikt inny nie jest połączony</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Configurator</source>
        <translation>Konfigurator</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start maintenance mode to ask them to close Supasoft, then make the change again.</source>
        <translation>Włącz tryb konserwacji, aby poprosić ich o zamknięcie Supasoft, a potem wprowadź zmianę ponownie.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start maintenance mode</source>
        <translation>Włącz tryb konserwacji</translation>
    </message>
</context>
<context>
    <name>MaintenanceController</name>
    <message>
        <location filename="../shell/maintenance.py" line="+120" />
        <source>The database is being changed: your changes are kept and saved when it is back.</source>
        <translation>Baza jest zmieniana: twoje zmiany zostają i zostaną zapisane, gdy będzie znów dostępna.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The database is back: your changes were saved.</source>
        <translation>Baza jest znów dostępna: twoje zmiany zapisano.</translation>
    </message>
</context>
<context>
    <name>MaintenanceModeDialog</name>
    <message>
        <location filename="../configurator/maintenance_dialogs.py" line="+12" />
        <source>Maintenance mode</source>
        <translation>Tryb konserwacji</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Maintenance mode asks everyone else to close Supasoft, so you can change the structure or rebuild the database. They see your message; new logins are told to wait.</source>
        <translation>Tryb konserwacji prosi wszystkich innych o zamknięcie Supasoft, abyś mógł zmienić strukturę lub przebudować bazę. Zobaczą twoją wiadomość; nowe logowania muszą poczekać.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Message to the others, e.g. Adding fields to Deal, back in 10 minutes</source>
        <translation>Wiadomość dla innych, np. Dodaję pola do Transakcji, wracam za 10 minut</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Start maintenance mode</source>
        <translation>Włącz tryb konserwacji</translation>
    </message>
    <message>
        <location line="+3" />
        <source>End maintenance</source>
        <translation>Zakończ konserwację</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Maintenance mode is off.</source>
        <translation>Tryb konserwacji jest wyłączony.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Maintenance mode is on (since {0}, by {1}). Still connected: {2}.</source>
        <translation>Tryb konserwacji jest włączony (od {0}, przez {1}). Nadal połączeni: {2}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Maintenance mode is on (since {0}, by {1}). Nobody else is connected: you can change the structure or rebuild now.</source>
        <translation>Tryb konserwacji jest włączony (od {0}, przez {1}). Nikt inny nie jest połączony: możesz teraz zmienić strukturę lub przebudować bazę.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../importer/mapping_page.py" line="+42" />
        <source>Columns and fields</source>
        <translation>Kolumny i pola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the field each column goes to. Columns left out are not imported.</source>
        <translation>Wybierz pole dla każdej kolumny. Pominięte kolumny nie są importowane.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Create new records</source>
        <translation>Utwórz nowe rekordy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Update existing records</source>
        <translation>Zmień istniejące rekordy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Update existing records, create the others</source>
        <translation>Zmień istniejące rekordy, utwórz pozostałe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Mode:</source>
        <translation>Tryb:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key fields (find the records to update):</source>
        <translation>Pola kluczowe (do znalezienia rekordów do zmiany):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New records take the numbers of the Code column as their Codes</source>
        <translation>Nowe rekordy otrzymują jako kody numery z kolumny kodu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Also import detail rows linked to these (for example order lines)</source>
        <translation>Importuj też powiązane wiersze szczegółowe (np. pozycje zamówień)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Folder of the files:</source>
        <translation>Folder z plikami:</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Key: %s</source>
        <translation>Klucz: %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Folder of the files</source>
        <translation>Folder z plikami</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Choose a field for at least one column.</source>
        <translation>Wybierz pole dla co najmniej jednej kolumny.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Updating needs one or more key fields to find the records.</source>
        <translation>Do zmiany potrzebne jest co najmniej jedno pole kluczowe, by znaleźć rekordy.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../shell/navigator.py" line="+60" />
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message numerus="yes">
        <location line="+22" />
        <source>%n record(s)</source>
        <translation><numerusform>%n rekord</numerusform><numerusform>%n rekordy</numerusform><numerusform>%n rekordów</numerusform></translation>
    </message>
</context>
<context>
    <name>ObjectDialog</name>
    <message>
        <location filename="../configurator/object_dialog.py" line="+25" />
        <source>Edit object</source>
        <translation>Edycja obiektu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New object</source>
        <translation>Nowy obiekt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. Clients</source>
        <translation>np. Klienci</translation>
    </message>
    <message>
        <location line="+3" />
        <source>e.g. ORD-</source>
        <translation>np. ZAM-</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no zeros</source>
        <translation>bez zer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name (one):</source>
        <translation>Nazwa (l. pojedyncza):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name (many):</source>
        <translation>Nazwa (l. mnoga):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code prefix:</source>
        <translation>Prefiks kodu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code digits:</source>
        <translation>Liczba cyfr kodu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codes look like:</source>
        <translation>Przykładowy kod:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Give the object a name, e.g. Client.</source>
        <translation>Nadaj obiektowi nazwę, np. Klient.</translation>
    </message>
</context>
<context>
    <name>ObjectsPanel</name>
    <message>
        <location filename="../configurator/objects_panel.py" line="+41" />
        <source>Add object…</source>
        <translation>Dodaj obiekt…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New catalog…</source>
        <translation>Nowy słownik…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rename / numbering…</source>
        <translation>Nazwa / numeracja…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Duplicate…</source>
        <translation>Duplikuj…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move up</source>
        <translation>Przenieś w górę</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move down</source>
        <translation>Przenieś w dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>{0} (catalog)</source>
        <translation>{0} (słownik)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{0} — codes like {1}</source>
        <translation>{0} — kody np. {1}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>New catalog</source>
        <translation>Nowy słownik</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Add {0}</source>
        <translation>Dodaj: {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change {0}</source>
        <translation>Zmień: {0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Duplicate {0}</source>
        <translation>Duplikuj: {0}</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>{0} copy</source>
        <translation>{0} — kopia</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Reorder objects</source>
        <translation>Zmień kolejność obiektów</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Delete {0} and ALL its records?</source>
        <translation>Usunąć {0} i WSZYSTKIE rekordy tego obiektu?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An automatic backup is taken first; Undo cannot bring it back — restore the backup instead.</source>
        <translation>Najpierw zostanie utworzona automatyczna kopia zapasowa; Cofnij nie przywróci obiektu — w tym celu przywróć kopię zapasową.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is used here (these uses are removed too):</source>
        <translation>Jest używany tutaj (te użycia również zostaną usunięte):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete object</source>
        <translation>Usuń obiekt</translation>
    </message>
</context>
<context>
    <name>ParamBar</name>
    <message>
        <location filename="../reports/param_bar.py" line="+51" />
        <source>%s from</source>
        <translation>%s od</translation>
    </message>
    <message>
        <location line="+2" />
        <source>to</source>
        <translation>do</translation>
    </message>
</context>
<context>
    <name>PathTree</name>
    <message>
        <location filename="../configurator/path_tree.py" line="+22" />
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
</context>
<context>
    <name>PausedDialog</name>
    <message>
        <location filename="../shell/maintenance.py" line="-142" />
        <source>Supasoft is paused</source>
        <translation>Supasoft jest wstrzymany</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database is being changed by {admin} since {since}.</source>
        <translation>Bazę zmienia {admin} od {since}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Supasoft reconnects by itself when {admin} finishes.</source>
        <translation>Supasoft połączy się sam, gdy {admin} skończy.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n card(s) with unsaved changes stay open; they are saved when the database is back.</source>
        <translation><numerusform>%n karta z niezapisanymi zmianami pozostaje otwarta; zostanie zapisana, gdy baza będzie znów dostępna.</numerusform><numerusform>%n karty z niezapisanymi zmianami pozostają otwarte; zostaną zapisane, gdy baza będzie znów dostępna.</numerusform><numerusform>%n kart z niezapisanymi zmianami pozostaje otwartych; zostaną zapisane, gdy baza będzie znów dostępna.</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exit Supasoft</source>
        <translation>Zakończ Supasoft</translation>
    </message>
</context>
<context>
    <name>PivotModel</name>
    <message>
        <location filename="../reports/pivot_model.py" line="+76" />
        <source>Double-click to see the records behind this number</source>
        <translation>Kliknij dwukrotnie, aby zobaczyć rekordy tej liczby</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+4" />
        <location line="+7" />
        <location line="+19" />
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="-28" />
        <location line="+7" />
        <location line="+19" />
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPanel</name>
    <message>
        <location filename="../documents/placeholder_panel.py" line="+36" />
        <source>Filter names…</source>
        <translation>Filtruj nazwy…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag to paste</source>
        <translation>Znacznik do wklejenia</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Copy tag</source>
        <translation>Kopiuj znacznik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put the selected tag on the clipboard, to paste it into the Word template</source>
        <translation>Skopiuj zaznaczony znacznik do schowka, aby wkleić go do szablonu Word</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Formats inside a tag: |date('long') 14 March 2025 · |date('month') · |money('PLN') 1,234.50 zł · |words('PLN') the amount in words · |number(2)</source>
        <translation>Formaty w znaczniku: |date('long') 14 marca 2025 · |date('month') · |money('PLN') 1 234,50 zł · |words('PLN') kwota słownie · |number(2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>For example {{ date|date('long') }} or {{ total|words('PLN') }}; dates and amounts are written in the template's language</source>
        <translation>Na przykład {{ data|date('long') }} lub {{ razem|words('PLN') }}; daty i kwoty są zapisywane w języku szablonu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Placeholders (double-click copies the tag)</source>
        <translation>Pola do wstawienia (dwuklik kopiuje znacznik)</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Copied %s</source>
        <translation>Skopiowano %s</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+14" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Current user</source>
        <translation>Bieżący użytkownik</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%s: a table row per line</source>
        <translation>%s: wiersz tabeli na każdą pozycję</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%s: end of the row</source>
        <translation>%s: koniec wiersza</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 → total of %2</source>
        <translation>%1 → suma %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%s (picture)</source>
        <translation>%s (obraz)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Put this tag alone in a table row above the row to repeat; end with the end tag in a row below</source>
        <translation>Wstaw ten znacznik sam w wierszu tabeli nad powtarzanym wierszem; zakończ znacznikiem końca w wierszu poniżej</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The picture 40 mm wide; image(40, 20) gives width and height in mm</source>
        <translation>Obraz o szerokości 40 mm; image(40, 20) podaje szerokość i wysokość w mm</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../configurator/import_export.py" line="-80" />
        <source>Import configuration</source>
        <translation>Import konfiguracji</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Also delete objects and fields missing from the file</source>
        <translation>Usuń też obiekty i pola, których nie ma w pliku</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An automatic backup is taken first when data could be lost. Undo cannot reverse an import.</source>
        <translation>Gdy dane mogłyby zostać utracone, najpierw tworzona jest automatyczna kopia zapasowa. Importu nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What will change:</source>
        <translation>Co się zmieni:</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../documents/preview_dialog.py" line="+45" />
        <source>Preview — %s</source>
        <translation>Podgląd — %s</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Find a record…</source>
        <translation>Znajdź rekord…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open in Word</source>
        <translation>Otwórz w Wordzie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open this document with the program the system uses for .docx files</source>
        <translation>Otwórz ten dokument programem, którego system używa dla plików .docx</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Record:</source>
        <translation>Rekord:</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Choose a template and a record.</source>
        <translation>Wybierz szablon i rekord.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There are no records to fill the template from.</source>
        <translation>Brak rekordów, z których można wypełnić szablon.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../importer/preview_model.py" line="+88" />
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+55" />
        <source>create</source>
        <translation>utwórz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>update</source>
        <translation>zmień</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skip</source>
        <translation>pomiń</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../importer/preview_page.py" line="+52" />
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every row as it would be imported. Cells with a problem are red: point at one to see why.</source>
        <translation>Każdy wiersz tak, jak zostałby zaimportowany. Komórki z problemem są czerwone: wskaż jedną, by zobaczyć dlaczego.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Only rows with problems</source>
        <translation>Tylko wiersze z problemami</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Stop checking</source>
        <translation>Przerwij sprawdzanie</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Checking every row…</source>
        <translation>Sprawdzanie wszystkich wierszy…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Checking rows: %s of %s</source>
        <translation>Sprawdzanie wierszy: %s z %s</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Checking stopped: go back to change the mapping, or check again.</source>
        <translation>Sprawdzanie przerwane: wróć, aby zmienić przypisanie kolumn, albo sprawdź ponownie.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Would create: %s, update: %s, skip: %s</source>
        <translation>Do utworzenia: %s, do zmiany: %s, do pominięcia: %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported rows</source>
        <translation>Importowane wiersze</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Detail rows</source>
        <translation>Wiersze szczegółowe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detail rows: would create %s, skip %s</source>
        <translation>Wiersze szczegółowe: do utworzenia %s, do pominięcia %s</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The preview failed: %s</source>
        <translation>Podgląd się nie powiódł: %s</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../reports/print_menu.py" line="+28" />
        <source>&amp;Print list…</source>
        <translation>&amp;Drukuj listę…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save list as P&amp;DF…</source>
        <translation>Zapisz listę jako P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print &amp;card…</source>
        <translation>Drukuj &amp;kartę…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save card as PDF…</source>
        <translation>Zapisz kartę jako PDF…</translation>
    </message>
    <message>
        <location line="+43" />
        <location line="+10" />
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
</context>
<context>
    <name>PrintRecords</name>
    <message>
        <location filename="../reports/print_records.py" line="+46" />
        <source>%1 record(s)</source>
        <translation>Rekordów: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(the first %1 printed)</source>
        <translation>(wydrukowano pierwsze %1)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Print %1</source>
        <translation>Drukuj: %1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../widgets/type_ui/rating.py" line="-143" />
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{0} of {1}</source>
        <translation>{0} z {1}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not rated</source>
        <translation>Bez oceny</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <location filename="../widgets/reference_picker.py" line="+67" />
        <source>Type to search…</source>
        <extracomment>The object id user fields pass to the lookup (users are not a configured object).</extracomment>
        <translation>Pisz, aby wyszukać…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open the linked record</source>
        <translation>Otwórz powiązany rekord</translation>
    </message>
    <message>
        <location line="+65" />
        <source>New {name}…</source>
        <translation>Nowy rekord: {name}…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>No record matches this text</source>
        <translation>Żaden rekord nie pasuje do tego tekstu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Several records match; pick one from the list</source>
        <translation>Pasuje kilka rekordów; wybierz jeden z listy</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../reports/chart.py" line="+72" />
        <source>Bars</source>
        <extracomment>Series colours (colour-blind friendly: Okabe-Ito, then Tol's), in order. Called with (category index, series index) when a bar or point is clicked.</extracomment>
        <translation>Słupki</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stacked bars</source>
        <translation>Słupki skumulowane</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Lines</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pie</source>
        <translation>Kołowy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Donut</source>
        <translation>Pierścieniowy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One number (against the period before)</source>
        <translation>Jedna liczba (wobec poprzedniego okresu)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Value:</source>
        <translation>Wartość:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Chart:</source>
        <translation>Wykres:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>No groups to draw: put a field in Rows, or widen the filter or the dates asked.</source>
        <translation>Brak grup do narysowania: dodaj pole do Wierszy albo poszerz filtr lub zakres dat.</translation>
    </message>
</context>
<context>
    <name>ReportDesigner</name>
    <message>
        <location filename="../reports/designer.py" line="+57" />
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To rows</source>
        <translation>Do wierszy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Group the rows by the chosen field</source>
        <translation>Grupuj wiersze według wybranego pola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To columns</source>
        <translation>Do kolumn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Group the columns by the chosen field</source>
        <translation>Grupuj kolumny według wybranego pola</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To values</source>
        <translation>Do wartości</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Calculate on the chosen field</source>
        <translation>Licz na wybranym polu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Filter…</source>
        <translation>Filtr…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>From a view</source>
        <translation>Z widoku</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the filter of a saved view of this table</source>
        <translation>Użyj filtru zapisanego widoku tej tabeli</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A date range asked each time the report runs</source>
        <translation>Zakres dat pytany przy każdym uruchomieniu raportu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Subtotals</source>
        <translation>Sumy częściowe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grand totals</source>
        <translation>Sumy końcowe</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Object:</source>
        <translation>Obiekt:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ask when run:</source>
        <translation>Pytaj przy uruchomieniu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sort rows:</source>
        <translation>Sortuj wiersze:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Top rows:</source>
        <translation>Pierwsze wiersze:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Fields (open a reference for the linked record's fields):</source>
        <translation>Pola (rozwiń odwołanie, aby użyć pól powiązanego rekordu):</translation>
    </message>
    <message>
        <location line="+65" />
        <source>No saved view of this table has a filter</source>
        <translation>Żaden zapisany widok tej tabeli nie ma filtru</translation>
    </message>
    <message>
        <location line="+9" />
        <source>All records</source>
        <translation>Wszystkie rekordy</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Groups in order</source>
        <translation>Grupy w kolejności</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Groups in reverse order</source>
        <translation>Grupy w odwrotnej kolejności</translation>
    </message>
    <message>
        <location line="+3" />
        <source>By %s, largest first</source>
        <translation>Według %s, malejąco</translation>
    </message>
    <message>
        <location line="+1" />
        <source>By %s, smallest first</source>
        <translation>Według %s, rosnąco</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing</source>
        <translation>Nic</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%s from … to …</source>
        <translation>%s od … do …</translation>
    </message>
    <message>
        <location line="+73" />
        <source>New report</source>
        <translation>Nowy raport</translation>
    </message>
</context>
<context>
    <name>ReportDrill</name>
    <message>
        <location filename="../reports/drill.py" line="+25" />
        <source>Records behind %s</source>
        <translation>Rekordy z raportu %s</translation>
    </message>
    <message>
        <location line="+9" />
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(only the records you may read are listed)</source>
        <translation>(pokazano tylko rekordy, które możesz odczytać)</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <location filename="../reports/printing.py" line="+118" />
        <source>%1 · Page %2 of %3</source>
        <translation>%1 · Strona %2 z %3</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Saving as PDF…</source>
        <translation>Zapisywanie jako PDF…</translation>
    </message>
</context>
<context>
    <name>ReportTab</name>
    <message>
        <location filename="../reports/report_tab.py" line="+81" />
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Calculate the report again</source>
        <translation>Przelicz raport ponownie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export…</source>
        <translation>Eksport…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the report to an Excel workbook (.xlsx) or a .csv file</source>
        <translation>Zapisz raport do skoroszytu Excel (.xlsx) lub pliku .csv</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print preview…</source>
        <translation>Podgląd wydruku…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete this saved report</source>
        <translation>Usuń ten zapisany raport</translation>
    </message>
    <message>
        <location line="+75" />
        <source>shared</source>
        <translation>wspólny</translation>
    </message>
    <message>
        <location line="+0" />
        <source>personal</source>
        <translation>osobisty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(not saved)</source>
        <translation>(niezapisany)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Calculating…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No records match the report's filter and the dates asked</source>
        <translation>Żaden rekord nie spełnia filtra raportu i podanych dat</translation>
    </message>
    <message>
        <location filename="../reports/pdf_export.py" line="+80" />
        <location filename="../reports/report_tab.py" line="-4" />
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../reports/report_tab.py" line="+0" />
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message numerus="yes">
        <location filename="../reports/report_tab.py" line="+6" />
        <source>%n group(s)</source>
        <translation><numerusform>%n grupa</numerusform><numerusform>%n grupy</numerusform><numerusform>%n grup</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>double-click a number to see its records</source>
        <translation>kliknij dwukrotnie liczbę, aby zobaczyć jej rekordy</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The report could not be calculated: %s</source>
        <translation>Nie udało się obliczyć raportu: %s</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+27" />
        <source>Export report</source>
        <translation>Eksport raportu</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Skoroszyty Excel (*.xlsx);;Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Report exported to %s</source>
        <translation>Raport wyeksportowano do %s</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Print %s</source>
        <translation>Drukuj: %s</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Report saved as %s</source>
        <translation>Raport zapisano jako %s</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Report saved: %s</source>
        <translation>Zapisano raport: %s</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+13" />
        <source>Delete report</source>
        <translation>Usuń raport</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Delete the saved report %s? What it shows stays open until you close it.</source>
        <translation>Usunąć zapisany raport %s? To, co pokazuje, pozostanie otwarte, dopóki go nie zamkniesz.</translation>
    </message>
</context>
<context>
    <name>ReportZones</name>
    <message>
        <location filename="../reports/zones.py" line="+32" />
        <source>Day</source>
        <extracomment>Calculations whose numbers add up, so a share of the total or a running total means something.</extracomment>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Day of week</source>
        <translation>Dzień tygodnia</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Month of year</source>
        <translation>Miesiąc roku</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Maximum</source>
        <translation>Maksimum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Distinct count</source>
        <translation>Liczba różnych</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Share of total</source>
        <translation>Udział w całości</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Running total</source>
        <translation>Suma narastająca</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../reports/menu.py" line="+43" />
        <source>&amp;New report…</source>
        <translation>&amp;Nowy raport…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You may not build reports on any object</source>
        <translation>Nie możesz tworzyć raportów dla żadnego obiektu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Pulpit</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%s (personal)</source>
        <translation>%s (osobisty)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../importer/run_page.py" line="+52" />
        <location line="+12" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-11" />
        <source>A dry run checks everything again and writes nothing.</source>
        <translation>Próba sprawdza wszystko ponownie i niczego nie zapisuje.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skip rows with problems, import the good ones</source>
        <translation>Pomiń wiersze z problemami, importuj poprawne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All or nothing: import only when no row has a problem</source>
        <translation>Wszystko albo nic: importuj tylko, gdy żaden wiersz nie ma problemu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Dry run</source>
        <translation>Próba</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cancel the import</source>
        <translation>Przerwij import</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Save error file…</source>
        <translation>Zapisz plik błędów…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo this import</source>
        <translation>Cofnij ten import</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Dry run, nothing written: would create %s, update %s, skip %s</source>
        <translation>Próba, nic nie zapisano: do utworzenia %s, do zmiany %s, do pominięcia %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Would create: %s, update: %s, skip: %s</source>
        <translation>Do utworzenia: %s, do zmiany: %s, do pominięcia: %s</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Detail rows: would create %s, skip %s</source>
        <translation>Wiersze szczegółowe: do utworzenia %s, do pominięcia %s</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Checking every row…</source>
        <translation>Sprawdzanie wszystkich wierszy…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Cancelling the undo: nothing of it will be kept…</source>
        <translation>Anulowanie cofania: nic z niego nie zostanie zachowane…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelling after the rows being written…</source>
        <translation>Przerywanie po zapisaniu bieżących wierszy…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rows: %s of %s (%s per second)</source>
        <translation>Wiersze: %s z %s (%s na sekundę)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cancelled. Kept what was imported before the cancel: created %s, updated %s.</source>
        <translation>Przerwano. Zachowano to, co zaimportowano przed przerwaniem: utworzono %s, zmieniono %s.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Imported: created %s, updated %s, skipped %s.</source>
        <translation>Zaimportowano: utworzono %s, zmieniono %s, pominięto %s.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Detail rows created: %s.</source>
        <translation>Utworzone wiersze szczegółowe: %s.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rows: %s in %s s (%s per second)</source>
        <translation>Wiersze: %s w %s s (%s na sekundę)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing was imported: %s problem(s), listed below. Rows and their detail rows go in together: correct them in the file and import the whole file again.</source>
        <translation>Nic nie zaimportowano: problemy (%s) są wymienione poniżej. Wiersze i ich wiersze szczegółowe wchodzą razem: popraw je w pliku i zaimportuj ponownie cały plik.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was imported: %s problem(s), listed below. Correct them in the file and import it again, or skip rows with problems: then only those rows go to the error file, to fix and import.</source>
        <translation>Nic nie zaimportowano: problemy (%s) są wymienione poniżej. Popraw je w pliku i zaimportuj go ponownie albo pomiń wiersze z problemami: wtedy tylko one trafią do pliku błędów, do poprawienia i zaimportowania.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The import failed: %s</source>
        <translation>Import się nie powiódł: %s</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save error file</source>
        <translation>Zapisz plik błędów</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Skoroszyt Excela (*.xlsx);;Plik CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Rows with problems saved to %s: %s</source>
        <translation>Wiersze z problemami zapisano w %s: %s</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Undoing the import…</source>
        <translation>Cofanie importu…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Records taken back: %s of %s</source>
        <translation>Cofnięte rekordy: %s z %s</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Import undone. Moved to the trash: %s; given their earlier values back: %s.</source>
        <translation>Import cofnięty. Przeniesiono do kosza: %s; przywrócono wcześniejsze wartości: %s.</translation>
    </message>
</context>
<context>
    <name>SaveReportDialog</name>
    <message>
        <location filename="../reports/save_dialog.py" line="+13" />
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Shared: everyone who may read the data sees this report</source>
        <translation>Wspólny: raport widzi każdy, kto może czytać te dane</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
</context>
<context>
    <name>SaveViewDialog</name>
    <message>
        <location filename="../shell/views.py" line="+62" />
        <source>Save view as</source>
        <translation>Zapisz widok jako</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Name of the new view</source>
        <translation>Nazwa nowego widoku</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone can use this view</source>
        <translation>Widok dostępny dla wszystkich</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unticked: only you see it in the list of views</source>
        <translation>Bez zaznaczenia: widzisz go tylko ty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sharing views needs the right to configure</source>
        <translation>Udostępnianie widoków wymaga prawa do konfiguracji</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../accessrights/share_dialog.py" line="+8" />
        <source>Share %s</source>
        <translation>Udostępnij: %s</translation>
    </message>
    <message>
        <location line="+8" />
        <source>With:</source>
        <translation>Komu:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access:</source>
        <translation>Dostęp:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a user or group more access to this %s. Sharing adds to their rights on %s; it does not open %s to people who have no access to them at all.</source>
        <translation>Daj użytkownikowi lub grupie szerszy dostęp do tego rekordu (%s). Udostępnienie rozszerza ich uprawnienia w obiekcie „%s”; nie otwiera obiektu „%s” osobom, które nie mają do niego żadnego dostępu.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../shell/startup.py" line="+134" />
        <source>This database was written by a newer Supasoft. Install the newer version, or choose another file or a backup.</source>
        <translation>Tę bazę zapisała nowsza wersja Supasoft. Zainstaluj nowszą wersję albo wybierz inny plik lub kopię zapasową.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fix the settings file (the message names the line), then start again.</source>
        <translation>Popraw plik ustawień (komunikat wskazuje wiersz) i uruchom program ponownie.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose another database file, restore a backup, or quit.</source>
        <translation>Wybierz inny plik bazy, przywróć kopię zapasową lub zakończ.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose another file…</source>
        <translation>Wybierz inny plik…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Restore a backup…</source>
        <translation>Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <location line="-37" />
        <location line="+38" />
        <location line="+84" />
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="-130" />
        <source>Welcome to Supasoft</source>
        <extracomment>Firebird needs a server login before opening: returns the session it opened (the login window connects itself, so it can show why a try failed and let the user retry), (user, password), or None when cancelled. Copies a backup over a database file that cannot be opened (the composition root wires storage's restore).</extracomment>
        <translation>Witamy w Supasoft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supasoft will create a new database with the ready CRM (clients, contacts, products, orders, tasks…) in
%s

Start with demo data to look around, or with an empty CRM for your own records.</source>
        <translation>Supasoft utworzy nową bazę danych z gotowym CRM (klienci, kontakty, produkty, zamówienia, zadania…) w
%s

Zacznij od danych przykładowych, aby się rozejrzeć, albo od pustego CRM na własne rekordy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ready CRM with demo data</source>
        <translation>Gotowy CRM z danymi przykładowymi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty ready CRM</source>
        <translation>Pusty gotowy CRM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open another database…</source>
        <translation>Otwórz inną bazę danych…</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+35" />
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location line="-34" />
        <location line="+36" />
        <source>Supasoft databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bazy Supasoft (*.db *.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Choose another database file, or quit.</source>
        <translation>Wybierz inny plik bazy danych albo zakończ.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Choose a backup</source>
        <translation>Wybierz kopię zapasową</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supasoft databases (*.db);;All files (*)</source>
        <translation>Bazy Supasoft (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Opening the database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening was cancelled.</source>
        <translation>Otwieranie anulowano.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Maintenance mode is on</source>
        <translation>Tryb konserwacji jest włączony</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are an administrator, so you may work; other users wait until it ends.</source>
        <translation>Jesteś administratorem, więc możesz pracować; inni użytkownicy czekają na koniec.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database is being changed</source>
        <translation>Baza jest zmieniana</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try again later.</source>
        <translation>Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database is being changed by {admin} since {since}</source>
        <translation>Bazę zmienia {admin} od {since}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Settings file problem</source>
        <translation>Problem z plikiem ustawień</translation>
    </message>
    <message>
        <location filename="../app.py" line="+45" />
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
</context>
<context>
    <name>TableRights</name>
    <message>
        <location filename="../shell/table_rights.py" line="+26" />
        <source>You may not add %s: your rights do not include creating records here.</source>
        <translation>Nie możesz dodawać: %s — Twoje uprawnienia nie obejmują tworzenia rekordów tutaj.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You may not delete %s: your rights do not include deleting records here.</source>
        <translation>Nie możesz usuwać: %s — Twoje uprawnienia nie obejmują usuwania rekordów tutaj.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You may not change %s: your rights allow reading only.</source>
        <translation>Nie możesz zmieniać: %s — Twoje uprawnienia pozwalają tylko na odczyt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You may not export %s: ask an administrator for the export right.</source>
        <translation>Nie możesz eksportować: %s — poproś administratora o prawo eksportu.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 %2 has %3 %4; delete them first.</source>
        <translation>%1 %2 ma powiązane rekordy (%4: %3); najpierw je usuń.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>… and %d more</source>
        <translation>… i %d więcej</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../shell/table_ops.py" line="+40" />
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <location line="+14" />
        <source>… and %d more</source>
        <translation>… i %d więcej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some records were not changed:</source>
        <translation>Niektóre rekordy nie zostały zmienione:</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Move %n record(s) to the trash?</source>
        <translation><numerusform>Przenieść %n rekord do kosza?</numerusform><numerusform>Przenieść %n rekordy do kosza?</numerusform><numerusform>Przenieść %n rekordów do kosza?</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>Deleting…</source>
        <translation>Usuwanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s) moved to the trash.</source>
        <translation><numerusform>%n rekord przeniesiono do kosza.</numerusform><numerusform>%n rekordy przeniesiono do kosza.</numerusform><numerusform>%n rekordów przeniesiono do kosza.</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot move to the trash:</source>
        <translation>Nie można przenieść do kosza:</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>The other %n record(s) can be moved.</source>
        <translation><numerusform>Pozostały %n rekord można przenieść.</numerusform><numerusform>Pozostałe %n rekordy można przenieść.</numerusform><numerusform>Pozostałe %n rekordów można przenieść.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Undoing…</source>
        <translation>Cofanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s) put back.</source>
        <translation><numerusform>Przywrócono %n rekord.</numerusform><numerusform>Przywrócono %n rekordy.</numerusform><numerusform>Przywrócono %n rekordów.</numerusform></translation>
    </message>
    <message>
        <location line="+32" />
        <source>Changing…</source>
        <translation>Zmienianie…</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n record(s) changed.</source>
        <translation><numerusform>Zmieniono %n rekord.</numerusform><numerusform>Zmieniono %n rekordy.</numerusform><numerusform>Zmieniono %n rekordów.</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>Select the records to change first.</source>
        <translation>Najpierw zaznacz rekordy do zmiany.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>You do not have the right to export.</source>
        <translation>Nie masz prawa do eksportu.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s) exported to %1</source>
        <translation><numerusform>Wyeksportowano %n rekord do %1</numerusform><numerusform>Wyeksportowano %n rekordy do %1</numerusform><numerusform>Wyeksportowano %n rekordów do %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n text(s) did not fit in an Excel cell (32,767 characters) and were cut; the file lists them on the sheet "%1":</source>
        <translation><numerusform>%n tekst nie zmieścił się w komórce Excela (32 767 znaków) i został przycięty; plik wymienia go w arkuszu „%1”:</numerusform><numerusform>%n teksty nie zmieściły się w komórce Excela (32 767 znaków) i zostały przycięte; plik wymienia je w arkuszu „%1”:</numerusform><numerusform>%n tekstów nie zmieściło się w komórce Excela (32 767 znaków) i zostały przycięte; plik wymienia je w arkuszu „%1”:</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>CSV file, UTF-8, semicolons (*.csv)</source>
        <translation>Plik CSV, UTF-8, średniki (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export to Excel</source>
        <translation>Eksport do Excela</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../shell/table_tab.py" line="+110" />
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New record (Ctrl+N)</source>
        <translation>Nowy rekord (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected records to the trash (Del)</source>
        <translation>Przenieś zaznaczone rekordy do kosza (Del)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search… (Ctrl+F)</source>
        <translation>Szukaj… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter…</source>
        <translation>Filtr…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Clear filter</source>
        <translation>Wyczyść filtr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Columns…</source>
        <translation>Kolumny…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the columns</source>
        <translation>Wybierz kolumny</translation>
    </message>
    <message>
        <location line="+2" />
        <source> View: </source>
        <translation> Widok: </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the columns, sort and filter in this view</source>
        <translation>Zapisz kolumny, sortowanie i filtr w tym widoku</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save view as…</source>
        <translation>Zapisz widok jako…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the columns, sort and filter as a new view</source>
        <translation>Zapisz kolumny, sortowanie i filtr jako nowy widok</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change field…</source>
        <translation>Zmień pole…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set one field in all selected records</source>
        <translation>Ustaw jedno pole we wszystkich zaznaczonych rekordach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the current view to Excel</source>
        <translation>Eksportuj bieżący widok do Excela</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Put back what was just deleted or changed (Ctrl+Z)</source>
        <translation>Przywróć to, co właśnie usunięto lub zmieniono (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%s (personal)</source>
        <translation>%s (osobisty)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All fields</source>
        <translation>Wszystkie pola</translation>
    </message>
    <message>
        <location line="+125" />
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
        <source>More than %n record(s)</source>
        <translation><numerusform>Ponad %n rekord</numerusform><numerusform>Ponad %n rekordy</numerusform><numerusform>Ponad %n rekordów</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n record(s)</source>
        <translation><numerusform>%n rekord</numerusform><numerusform>%n rekordy</numerusform><numerusform>%n rekordów</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n selected</source>
        <translation><numerusform>%n zaznaczony</numerusform><numerusform>%n zaznaczone</numerusform><numerusform>%n zaznaczonych</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter: %s</source>
        <translation>Filtr: %s</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search: %s</source>
        <translation>Szukane: %s</translation>
    </message>
</context>
<context>
    <name>TablesTab</name>
    <message>
        <location filename="../configurator/tables_tab.py" line="+56" />
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Width</source>
        <translation>Szerokość</translation>
    </message>
    <message>
        <location line="+6" />
        <source>descending</source>
        <translation>malejąco</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Tables of this object:</source>
        <translation>Tabele tego obiektu:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New</source>
        <translation>Nowa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fields (open a reference to reach its fields):</source>
        <translation>Pola (rozwiń odwołanie, aby dotrzeć do jego pól):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add column →</source>
        <translation>Dodaj kolumnę →</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove column</source>
        <translation>Usuń kolumnę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Columns:</source>
        <translation>Kolumny:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sorted by:</source>
        <translation>Sortowanie według:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show only records where</source>
        <translation>Pokaż tylko rekordy, w których</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save table</source>
        <translation>Zapisz tabelę</translation>
    </message>
    <message>
        <location line="+41" />
        <source>New table</source>
        <translation>Nowa tabela</translation>
    </message>
    <message>
        <location line="+51" />
        <source>That column is already in the table.</source>
        <translation>Ta kolumna jest już w tabeli.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(no sort: newest first as entered)</source>
        <translation>(bez sortowania: od najnowszych)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Add at least one column.</source>
        <translation>Dodaj co najmniej jedną kolumnę.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Add table {0}</source>
        <translation>Dodaj tabelę {0}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Change table {0}</source>
        <translation>Zmień tabelę {0}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Delete table</source>
        <translation>Usuń tabelę</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Delete the table {0}? No records are deleted.</source>
        <translation>Usunąć tabelę {0}? Żadne rekordy nie zostaną usunięte.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Delete table {0}</source>
        <translation>Usuń tabelę {0}</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../documents/templates_dialog.py" line="+46" />
        <source>Document templates</source>
        <translation>Szablony dokumentów</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+88" />
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <location line="-78" />
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Add a Word template (.docx) to this object</source>
        <translation>Dodaj szablon Word (.docx) do tego obiektu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace…</source>
        <translation>Zastąp…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Upload a new version of the selected template's file</source>
        <translation>Wgraj nową wersję pliku zaznaczonego szablonu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make default</source>
        <translation>Ustaw jako domyślny</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Use the selected template when none is chosen</source>
        <translation>Używaj zaznaczonego szablonu, gdy żaden nie zostanie wybrany</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+179" />
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="-179" />
        <source>Delete the selected template</source>
        <translation>Usuń zaznaczony szablon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save a copy…</source>
        <translation>Zapisz kopię…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Save the template's file, to edit it in Word</source>
        <translation>Zapisz plik szablonu, aby edytować go w Wordzie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview…</source>
        <translation>Podgląd…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fill the selected template from a record and read the result</source>
        <translation>Wypełnij zaznaczony szablon danymi rekordu i przejrzyj wynik</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Object:</source>
        <translation>Obiekt:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Only users who may change the structure (Configurator) manage templates</source>
        <translation>Szablonami zarządzają tylko użytkownicy uprawnieni do zmiany struktury (Konfigurator)</translation>
    </message>
    <message>
        <location line="+71" />
        <location line="+3" />
        <source>Add a template</source>
        <translation>Dodaj szablon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the template:</source>
        <translation>Nazwa szablonu:</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+26" />
        <source>The file cannot be read:</source>
        <translation>Nie można odczytać pliku:</translation>
    </message>
    <message>
        <location line="-21" />
        <source>%s was not added:</source>
        <translation>Nie dodano %s:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Template %s added.</source>
        <translation>Dodano szablon %s.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Replace the template's file</source>
        <translation>Zastąp plik szablonu</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%s was not stored:</source>
        <translation>Nie zapisano %s:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Template %s replaced.</source>
        <translation>Zastąpiono szablon %s.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Not changed:</source>
        <translation>Nie zmieniono:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%s is now the default template.</source>
        <translation>%s jest teraz szablonem domyślnym.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Delete the template %s?</source>
        <translation>Usunąć szablon %s?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not deleted:</source>
        <translation>Nie usunięto:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Template %s deleted.</source>
        <translation>Usunięto szablon %s.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a copy of the template</source>
        <translation>Zapisz kopię szablonu</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file cannot be written:</source>
        <translation>Nie można zapisać pliku:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not saved:</source>
        <translation>Nie zapisano:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Saved to %s.</source>
        <translation>Zapisano w %s.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <location filename="../widgets/editors.py" line="+133" />
        <source>The text is too long</source>
        <translation>Tekst jest za długi</translation>
    </message>
</context>
<context>
    <name>TileFrame</name>
    <message>
        <location filename="../reports/dashboard_tiles.py" line="+30" />
        <location line="+50" />
        <source>Back to one column</source>
        <translation>Wróć do jednej kolumny</translation>
    </message>
    <message>
        <location line="-50" />
        <location line="+51" />
        <source>Take the whole row</source>
        <translation>Zajmij cały wiersz</translation>
    </message>
    <message>
        <location line="-31" />
        <source>Drag the title to move the tile; drag its lower-right corner to resize it</source>
        <translation>Przeciągnij tytuł, aby przesunąć kafelek; przeciągnij jego prawy dolny róg, aby zmienić rozmiar</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Size in grid cells</source>
        <translation>Rozmiar w komórkach siatki</translation>
    </message>
    <message>
        <location line="+6" />
        <source>One column wider</source>
        <translation>O jedną kolumnę szerszy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One column narrower</source>
        <translation>O jedną kolumnę węższy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One row taller</source>
        <translation>O jeden wiersz wyższy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One row shorter</source>
        <translation>O jeden wiersz niższy</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <location line="-40" />
        <source>Move earlier</source>
        <translation>Przesuń wcześniej</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move later</source>
        <translation>Przesuń dalej</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Take off the dashboard</source>
        <translation>Zdejmij z pulpitu</translation>
    </message>
    <message>
        <location line="+99" />
        <source>Calculating…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Total</source>
        <translation>Razem</translation>
    </message>
</context>
<context>
    <name>TrashTab</name>
    <message>
        <location filename="../shell/trash_tab.py" line="+38" />
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Object</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deleted by</source>
        <translation>Usunął</translation>
    </message>
    <message>
        <location line="+0" />
        <source>With children</source>
        <translation>Z podrzędnymi</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restore selected</source>
        <translation>Przywróć zaznaczone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Empty trash…</source>
        <translation>Opróżnij kosz…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trash: %s</source>
        <translation>Kosz: %s</translation>
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%n deleted record(s)</source>
        <translation><numerusform>%n usunięty rekord</numerusform><numerusform>%n usunięte rekordy</numerusform><numerusform>%n usuniętych rekordów</numerusform></translation>
    </message>
    <message>
        <location line="+22" />
        <source>Delete every record in this trash for good? This cannot be undone.</source>
        <translation>Usunąć na zawsze wszystkie rekordy z tego kosza? Tego nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>TypeChangeDialog</name>
    <message>
        <location filename="../configurator/type_change_dialog.py" line="+35" />
        <source>Change the type of {0}</source>
        <translation>Zmiana typu pola {0}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Do not change the type if any value would be lost</source>
        <translation>Nie zmieniaj typu, jeśli jakakolwiek wartość zostałaby utracona</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Change it, and keep the values that do not fit in a new field "{0} (old value)"</source>
        <translation>Zmień i zachowaj niepasujące wartości w nowym polu „{0} (stara wartość)”</translation>
    </message>
    <message>
        <location line="+8" />
        <source>An automatic backup is taken before the change; Undo cannot reverse a type change.</source>
        <translation>Przed zmianą tworzona jest automatyczna kopia zapasowa; zmiany typu nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{0} value(s): {1} convert, {2} would not convert:</source>
        <translation>Wartości: {0}; da się przekształcić: {1}, nie da się: {2}:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{0} value(s): all convert.</source>
        <translation>Wartości: {0}; wszystkie da się przekształcić.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>record #{0}: {1}</source>
        <translation>rekord nr {0}: {1}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>… and {0} more</source>
        <translation>… i {0} więcej</translation>
    </message>
</context>
<context>
    <name>UnavailableTile</name>
    <message>
        <location filename="../reports/dashboard_tiles.py" line="-52" />
        <source>Unavailable report</source>
        <translation>Niedostępny raport</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This report is not available to you: it was deleted, or you may not see it.</source>
        <translation>Ten raport jest dla ciebie niedostępny: został usunięty albo nie wolno ci go widzieć.</translation>
    </message>
</context>
<context>
    <name>UniqueKeyDialog</name>
    <message>
        <location filename="../configurator/unique_keys_box.py" line="+36" />
        <source>Add unique key</source>
        <translation>Dodaj klucz unikalny</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Made from the fields when left empty</source>
        <translation>Utworzona z nazw pól, gdy puste</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No two records may hold the same values in all the ticked fields. Records with all of them empty are not held to the key; an empty value in some of them counts as a value.</source>
        <translation>Żadne dwa rekordy nie mogą mieć tych samych wartości we wszystkich zaznaczonych polach. Rekordy, w których wszystkie są puste, nie podlegają kluczowi; pusta wartość w niektórych z nich liczy się jako wartość.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fields:</source>
        <translation>Pola:</translation>
    </message>
</context>
<context>
    <name>UniqueKeysBox</name>
    <message>
        <location line="+33" />
        <source>Unique keys</source>
        <translation>Klucze unikalne</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Add key…</source>
        <translation>Dodaj klucz…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refuse records that repeat the values of the chosen fields (an order and a product once per order); an import can use the key to find records</source>
        <translation>Odrzucaj rekordy powtarzające wartości wybranych pól (zamówienie i produkt raz na zamówienie); import może użyć klucza do wyszukania rekordów</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove key</source>
        <translation>Usuń klucz</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Add unique key {0}</source>
        <translation>Dodanie klucza unikalnego {0}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Remove unique key {0}</source>
        <translation>Usunięcie klucza unikalnego {0}</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../shell/user_guide.py" line="+50" />
        <source>Supasoft user guide</source>
        <translation>Podręcznik użytkownika Supasoft</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The user guide (docs/user-guide.md) is not installed with this copy.</source>
        <translation>Podręcznik użytkownika (docs/user-guide.md) nie jest zainstalowany w tej kopii.</translation>
    </message>
</context>
<context>
    <name>ValueInput</name>
    <message>
        <location filename="../widgets/condition_values.py" line="+77" />
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <location line="+0" />
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The earlier value does not fit this field: enter a new one</source>
        <translation>Poprzednia wartość nie pasuje do tego pola: wpisz nową</translation>
    </message>
</context>
<context>
    <name>ViewSaver</name>
    <message>
        <location filename="../shell/views.py" line="+34" />
        <source>Save the changes to the shared view "{0}" for everyone?</source>
        <translation>Zapisać zmiany we wspólnym widoku „{0}” dla wszystkich?</translation>
    </message>
    <message>
        <location line="+22" />
        <source>A view named "{0}" exists and you may not change it: choose another name.</source>
        <translation>Widok o nazwie „{0}” już istnieje i nie możesz go zmienić: wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A view named "{0}" exists. Replace it?</source>
        <translation>Widok o nazwie „{0}” już istnieje. Zastąpić go?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The shared view "{0}" exists. Replace it for everyone?</source>
        <translation>Wspólny widok „{0}” już istnieje. Zastąpić go dla wszystkich?</translation>
    </message>
</context>
<context>
    <name>ZoneList</name>
    <message>
        <location filename="../reports/zones.py" line="+83" />
        <source>Drag fields here, or choose one and press the button above</source>
        <translation>Przeciągnij tu pola albo wybierz pole i naciśnij przycisk powyżej</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Dates grouped by…</source>
        <translation>Daty grupowane według…</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <location line="+69" />
        <source>A share or running total needs a count or a sum</source>
        <translation>Udział lub suma narastająca wymaga liczby lub sumy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exact value</source>
        <translation>Dokładna wartość</translation>
    </message>
</context>
<context>
    <name>_TemporalEditor</name>
    <message>
        <location filename="../widgets/date_editors.py" line="-208" />
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Wybierz z kalendarza (Alt+Strzałka w dół)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <location line="+117" />
        <source>Not a date and time: type it like {example} or {iso}</source>
        <translation>To nie jest data i godzina: wpisz je jak {example} lub {iso}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not a date: type it like {example} or {iso}</source>
        <translation>To nie jest data: wpisz ją jak {example} lub {iso}</translation>
    </message>
</context>
<context><name>FieldTypes</name><message><source>String</source><translation>Ciąg znaków</translation></message><message><source>Text</source><translation>Tekst</translation></message><message><source>Integer</source><translation>Liczba całkowita</translation></message><message><source>Decimal</source><translation>Liczba dziesiętna</translation></message><message><source>Money</source><translation>Kwota</translation></message><message><source>Float</source><translation>Liczba zmiennoprzecinkowa</translation></message><message><source>Date</source><translation>Data</translation></message><message><source>Date and time</source><translation>Data i godzina</translation></message><message><source>Yes/No</source><translation>Tak/Nie</translation></message><message><source>Choice list</source><translation>Lista wyboru</translation></message><message><source>Reference</source><translation>Odwołanie</translation></message><message><source>Formula</source><translation>Formuła</translation></message><message><source>E-mail</source><translation>E-mail</translation></message><message><source>Phone</source><translation>Telefon</translation></message><message><source>Web address</source><translation>Adres WWW</translation></message><message><source>File</source><translation>Plik</translation></message><message><source>User</source><translation>Użytkownik</translation></message><message><source>Rating</source><translation>Ocena</translation></message></context></TS>