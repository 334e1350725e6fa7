"""Live Firebird: what a staff account may do with its own SQL tool (issue 11 item 11).

A staff server account (role SUPASOFT_STAFF) connects through the RAW drivers (firebird-driver and fdb), with no
app code in between, and tries every forbidden statement: reading password hashes, writing the structure document,
users, groups, members, grants and field grants, changing or deleting audit and history rows. The server must refuse
each one ("no permission", gds 335544352, sqlstate 28000), while the statements the app needs keep working. The
same account then runs the app itself end to end (sign-on, list, save with history, people, sharing, trash).

Set SUPASOFT_PRIVILEGE_TABLE=path.md to write the statement/answer table (pasted in docs/access-rights.md).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from sqlalchemy.engine import make_url  # noqa: E402

from supasoft.core.errors import PermissionDenied  # noqa: E402
from supasoft.services.networked import server_admin  # noqa: E402
from supasoft.services.record_model import ListQuery  # noqa: E402
from supasoft.services.session import open_session  # noqa: E402
from supasoft.services.users import LoginFailed  # noqa: E402
from supasoft.storage.firebird import accounts  # noqa: E402
from supasoft.storage.firebird.errors import classify  # noqa: E402
from supasoft.storage.firebird.server_tools import ServerTarget, drop_database  # noqa: E402
from tests.storage.firebird.conftest import FB_URL, SKIP_REASON, driver_url  # noqa: E402

pytestmark = pytest.mark.firebird

SERVER_PASSWORD = "Staff-srv-1"
NO_PERMISSION = 335544352


@dataclass
class Env:
    url: str
    path: str
    staff: str  # server account and app login of the staff member
    staff_id: int
    colleague_id: int
    admin_group: int
    object_id: int
    record_id: int  # a record saved by the administrator

    def staff_url(self, driver: str = "firebird") -> str:
        url = make_url(self.url).set(username=self.staff, password=SERVER_PASSWORD, drivername=f"firebird+{driver}")
        return url.update_query_dict({"role": accounts.STAFF_ROLE}).render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def env() -> Iterator[Env]:
    if not FB_URL:
        pytest.skip(SKIP_REASON)
    base = make_url(FB_URL)
    path = f"{base.database.rsplit('/', 1)[0]}/staffpriv_{uuid.uuid4().hex[:10]}.fdb"
    url = base.set(database=path).render_as_string(hide_password=False)
    staff = f"ss_priv_{uuid.uuid4().hex[:8]}"
    server_admin.create_database(url, "lite")
    created: list[str] = []
    try:
        admin = open_session(url, create=False)
        try:
            admin.users.create_user("boss", "boss-pass-1", "Boss")
            admin.login("boss", "boss-pass-1")
            staff_id = admin.users.create_user(staff, "app-pass-1", "Staff Member")
            colleague = admin.users.create_user("colleague", "coll-pass-1", "Colleague")
            obj = admin.configuration.config.objects[0]
            admin.users.grant(("user", staff_id), obj.id, "full", flags=("report",))
            record = admin.records.save(_new_record(admin, obj.id, "Saved by the administrator"))
            admin_group = admin.users.groups()["Administrators"]
        finally:
            admin.close()
        created.append(server_admin.create_account(url, staff, SERVER_PASSWORD))
        yield Env(url, path, staff, staff_id, colleague, admin_group, obj.id, int(record.id))
    finally:
        for name in created:
            server_admin.drop_account(FB_URL, name)
        drop_database(ServerTarget.parse(url))


def _new_record(session: Any, object_id: int, name: str) -> Any:
    """A new record with its required fields filled (the Lite template's Client needs a Name)."""
    record = session.records.new(object_id)
    obj = session.configuration.config.object_by_id(object_id)
    record.values[obj.display_field] = name
    return record


def _raw_connect(env: Env, driver: str) -> Any:
    """A raw driver connection as the staff account with its role (no SQLAlchemy, no app code)."""
    driver_url(driver)  # skips when the driver is not installed
    if driver == "fdb":
        import fdb

        return fdb.connect(host="127.0.0.1", port=3050, database=env.path, user=env.staff, password=SERVER_PASSWORD,
                           role=accounts.STAFF_ROLE, charset="UTF8")
    from firebird.driver import connect

    return connect(f"127.0.0.1/3050:{env.path}", user=env.staff, password=SERVER_PASSWORD,
                   role=accounts.STAFF_ROLE, charset="UTF8")


def _attempt(con: Any, sql: str) -> tuple[bool, str, Any]:
    """Run one statement and commit; (ok, the server's answer in one line, the exception or None)."""
    cur = con.cursor()
    try:
        cur.execute(sql)
        rows = cur.fetchall() if cur.description else None
        count = len(rows) if rows is not None else cur.rowcount
        con.commit()
        return True, (f"OK, {count} row(s)" if rows is not None else f"OK, {count} row(s) affected"), None
    except Exception as exc:  # noqa: BLE001 - the server's refusal is what is being recorded
        con.rollback()
        lines = [ln.strip().lstrip("-").strip() for ln in str(exc.args[0] if exc.args else exc).splitlines()]
        reason = next((ln for ln in lines if ln.lower().startswith("no permission")), lines[-1] if lines else "")
        if getattr(exc, "gds_codes", None):  # firebird-driver: SQLSTATE and the whole status vector
            codes = f"SQLSTATE {exc.sqlstate}, gds {exc.gds_codes[0]}"
        else:  # fdb: (message, sqlcode, gdscode)
            codes = f"sqlcode {exc.args[1]}, gds {exc.args[2]}" if len(exc.args) >= 3 else type(exc).__name__
        return False, f"refused ({codes}): {reason}", exc
    finally:
        cur.close()


def _statements(env: Env) -> list[tuple[str, bool]]:
    """(statement, allowed?) for a staff account; ids come from the fixture, never from user text."""
    t = f"t_{env.object_id}"
    me, admins = env.staff_id, env.admin_group
    forbidden = [
        "select password_hash from sys_passwords",
        "select count(*) from sys_passwords",
        "select token_hash from sys_api_tokens",
        "select count(*) from sys_api_log",
        f"update sys_passwords set failed_logins = 0 where user_id = {me}",
        "update sys_config set document = '{}'",
        "insert into sys_config (id, version, document, updated_at) values (2, 1, '{}', current_timestamp)",
        "delete from sys_config",
        f"update sys_users set full_name = 'x' where id = {me}",
        "insert into sys_users (login, active, created_at) values ('intruder', true, current_timestamp)",
        f"delete from sys_users where id = {env.colleague_id}",
        "insert into sys_groups (name, builtin) values ('intruders', false)",
        "update sys_groups set name = 'x'",
        "delete from sys_groups",
        f"insert into sys_members (user_id, group_id) values ({me}, {admins})",
        "delete from sys_members",
        "insert into sys_grants (principal_kind, principal_id, object_id, \"LEVEL\", scope, flags)"
        f" values ('user', {me}, null, 'manage_access', 'all', '')",
        "update sys_grants set \"LEVEL\" = 'full'",
        "delete from sys_grants",
        "insert into sys_field_grants (principal_kind, principal_id, object_id, field_id, \"MODE\")"
        f" values ('user', {me}, {env.object_id}, 1, 'edit')",
        "update sys_field_grants set \"MODE\" = 'edit'",
        "delete from sys_field_grants",
        "update sys_audit set detail = 'x'",
        "delete from sys_audit",
        "update sys_history set new_value = 'x'",
        "delete from sys_history",
        "update sys_info set \"value\" = 'x'",
        "update sys_schema_version set version_num = 'x'",
        "update sys_trash set payload = 'x'",
        "update sys_record_grants set \"LEVEL\" = 'full'",
        "delete from sys_files",
    ]
    allowed = [
        f"select count(*) from {t}",
        f"insert into {t} (rec_code) values (9999)",
        f"update {t} set rec_code = 9998 where rec_code = 9999",
        f"delete from {t} where rec_code = 9998",
        "select id, login, full_name, active from sys_users",
        "select document from sys_config",
        "select count(*) from sys_grants",
        "insert into sys_history (object_id, record_id, rec_version, \"at\", user_id, user_name, action)"
        f" values ({env.object_id}, {env.record_id}, 1, current_timestamp, {me}, 'raw sql', 'update')",
        "insert into sys_audit (\"at\", user_id, user_name, event) values (current_timestamp, null, 'raw sql', 'test')",
        "select count(*) from sys_audit",
    ]
    return [(s, False) for s in forbidden] + [(s, True) for s in allowed]


_ANSWERS: dict[str, dict[str, str]] = {}


@pytest.fixture(scope="module", autouse=True)
def _write_table() -> Iterator[None]:
    yield
    target = os.environ.get("SUPASOFT_PRIVILEGE_TABLE")
    if target and _ANSWERS:
        drivers = sorted({d for answers in _ANSWERS.values() for d in answers}, reverse=True)
        labels = {"firebird": "firebird-driver"}
        lines = ["| statement (as a staff account, role SUPASOFT_STAFF) | " + " | ".join(labels.get(d, d) for d in drivers)
                 + " |",
                 "|---" * (len(drivers) + 1) + "|"]
        for sql, answers in _ANSWERS.items():
            cells = [answers.get(d, "") for d in drivers]
            lines.append(f"| `{sql}` | " + " | ".join(c.replace("|", "/") for c in cells) + " |")
        with open(target, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")


@pytest.mark.parametrize("driver", ["firebird", "fdb"])
def test_the_server_refuses_what_staff_must_not_do(env: Env, driver: str) -> None:
    con = _raw_connect(env, driver)
    wrong: list[str] = []
    try:
        for sql, allowed in _statements(env):
            ok, answer, exc = _attempt(con, sql)
            _ANSWERS.setdefault(sql, {})[driver] = answer
            if allowed and not ok:
                wrong.append(f"refused but needed: {sql}: {answer}")
            elif not allowed and (ok or classify(exc) != "no_permission"):
                wrong.append(f"not refused for lack of permission: {sql}: {answer}")
            if exc is not None and not allowed and driver == "firebird":
                assert NO_PERMISSION in exc.gds_codes and exc.sqlstate == "28000", sql
            if exc is not None and not allowed and driver == "fdb":
                assert exc.args[2] == NO_PERMISSION, sql
    finally:
        con.close()
    assert not wrong, "\n".join(wrong)


def test_the_app_still_works_for_the_staff_account(env: Env) -> None:
    session = open_session(env.staff_url(), create=False)
    try:
        assert session.sign_on_server_account() and session.actor.name == env.staff
        records = session.records
        assert records.list(env.object_id, ListQuery()), "the staff member sees the administrator's record"
        saved = records.save(_new_record(session, env.object_id, "Saved by staff"))
        assert records.history_of(env.object_id, saved.id), "the save wrote its history rows"
        changed = records.get(env.object_id, saved.id)
        records.save(changed)
        people = {p.login for p in session.users.people()}
        assert {"boss", "colleague", env.staff} <= people
        session.users.share_record(env.object_id, saved.id, ("user", env.colleague_id), "read")
        session.users.share_record(env.object_id, saved.id, ("user", env.colleague_id), "none")
        records.delete(env.object_id, saved.id)
        trash = [t for t in records.trash_items(env.object_id) if t.record_id == saved.id]
        assert trash
        records.restore(trash[0].id)
        assert records.get(env.object_id, saved.id).id == saved.id
        display = session.configuration.config.object_by_id(env.object_id).display_field
        imported = records.insert_many(env.object_id, [{display: f"Imported {i}"} for i in range(3)])
        assert len(imported) == 3 and records.history_of(env.object_id, imported[0])
        from supasoft.core.reports.spec import Measure, ReportSpec
        from supasoft.services.report_library import ReportLibrary

        library = ReportLibrary(records)
        spec = ReportSpec(env.object_id, rows=[], columns=[], measures=[Measure(None, "count")], name="My count")
        saved_report = library.save(spec)  # a personal report: staff may keep their own designs
        assert [r.name for r in library.list() if r.mine] == ["My count"]
        library.delete(saved_report)
        with pytest.raises(PermissionDenied):
            session.users.users()  # rights management: refused by the app (and by the server for writes)
        with pytest.raises(PermissionDenied, match="may not check app passwords"):  # the login window shows it
            session.users.verify("boss", "boss-pass-1")  # hashes are out of a staff account's reach
        with pytest.raises(PermissionDenied, match="server account"):
            session.users.change_own_password(env.staff, "app-pass-1", "new-pass-12")
    finally:
        session.close()


def test_an_administrator_session_still_checks_app_passwords(env: Env) -> None:
    session = open_session(env.url, create=False)
    try:
        session.users.sleep = lambda seconds: None
        with pytest.raises(LoginFailed):
            session.login("colleague", "wrong-password")
        assert session.login("colleague", "coll-pass-1").name == "colleague"
    finally:
        session.close()


def test_refresh_gives_staff_exactly_their_system_privileges(env: Env) -> None:
    from supasoft.storage.firebird.server_tools import open_engine

    engine = open_engine(ServerTarget.parse(env.url))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"GRANT UPDATE, DELETE ON sys_audit TO ROLE {accounts.STAFF_ROLE}")
        with engine.begin() as conn:
            assert accounts.refresh_staff_grants(conn) == 1  # one REVOKE takes the extra privileges back
        with engine.begin() as conn:
            assert accounts.refresh_staff_grants(conn) == 0
            have = accounts._granted(conn, accounts.STAFF_ROLE)
        for table, letters in accounts.STAFF_SYSTEM_PRIVILEGES.items():
            held = {p for t, p in have if t == table}
            assert held == set(letters), table
    finally:
        engine.dispose()


def test_upgrading_a_server_database_takes_the_hashes_out_of_staff_reach() -> None:
    """A database at 0003 whose staff role held DML on every table: opening it with this version moves the hashes
    and revokes what staff no longer get, so the same staff account is refused at once."""
    import sqlalchemy as sa
    from alembic import command

    from supasoft.services.users import _hasher
    from supasoft.storage.firebird.server_tools import create_database, open_engine
    from supasoft.storage.migrations import runner

    if not FB_URL:
        pytest.skip(SKIP_REASON)
    base = make_url(FB_URL)
    path = f"{base.database.rsplit('/', 1)[0]}/staffupg_{uuid.uuid4().hex[:10]}.fdb"
    url = base.set(database=path).render_as_string(hide_password=False)
    target = ServerTarget.parse(url)
    staff = f"ss_upg_{uuid.uuid4().hex[:8]}"
    create_database(target)
    engine = open_engine(target)
    account = ""
    try:
        with engine.connect() as conn:
            cfg = runner._config()
            cfg.attributes["connection"] = conn
            sa.event.listen(conn, "after_cursor_execute", runner._commit_after_ddl)
            command.upgrade(cfg, "0003")
            conn.commit()
        with engine.begin() as conn:
            conn.execute(sa.text(
                "insert into sys_users (login, full_name, password_hash, active, failed_logins, created_at)"
                " values (:login, 'Old', :h, true, 0, current_timestamp)"), {"login": staff, "h": _hasher.hash("old-pass-1")})
        engine.dispose()
        account = server_admin.create_account(url, staff, SERVER_PASSWORD)
        with engine.begin() as conn:
            for table in accounts._user_tables(conn):  # the old grants: DML on every table
                conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO ROLE {accounts.STAFF_ROLE}")
        engine.dispose()
        session = open_session(url, create=False)  # the administrator opens it: migration 0004 runs
        try:
            assert session.storage.schema_revision() == runner.head_revision()
            assert session.login(staff, "old-pass-1").name == staff
        finally:
            session.close()
        from firebird.driver import connect

        con = connect(f"127.0.0.1/3050:{path}", user=staff, password=SERVER_PASSWORD, role=accounts.STAFF_ROLE,
                      charset="UTF8")
        try:
            for sql in ("select password_hash from sys_passwords", "delete from sys_audit", "update sys_users set active = false"):
                ok, answer, exc = _attempt(con, sql)
                assert not ok and classify(exc) == "no_permission", (sql, answer)
            ok, answer, _ = _attempt(con, "select login from sys_users")
            assert ok, answer
        finally:
            con.close()
    finally:
        engine.dispose()
        if account:
            server_admin.drop_account(FB_URL, account)
        drop_database(target)


@pytest.mark.parametrize("driver", ["firebird", "fdb"])
def test_rows_staff_write_carry_their_own_name(env: Env, driver: str) -> None:
    """A staff account's raw INSERT into audit, history or trash in a colleague's name is stamped with its own."""
    con = _raw_connect(env, driver)
    marker = f"forged {driver} {uuid.uuid4().hex[:6]}"
    try:
        for sql in (
            "insert into sys_audit (\"at\", user_id, user_name, event, detail)"
            f" values (current_timestamp, {env.colleague_id}, 'colleague', 'forged', '{marker}')",
            "insert into sys_history (object_id, record_id, rec_version, \"at\", user_id, user_name, action, new_value)"
            f" values ({env.object_id}, {env.record_id}, 1, current_timestamp, {env.colleague_id}, 'colleague',"
            f" 'update', '{marker}')",
            "insert into sys_trash (object_id, record_id, title, deleted_at, deleted_by, payload)"
            f" values ({env.object_id}, 999999, '{marker}', current_timestamp, 'colleague', '{{}}')",
        ):
            ok, answer, _ = _attempt(con, sql)
            assert ok, answer
            _ANSWERS.setdefault(sql.replace(marker, "..."), {})[driver] = answer
        stored = [
            _attempt_rows(con, f"select user_id, user_name from sys_audit where detail = '{marker}'"),
            _attempt_rows(con, f"select user_id, user_name from sys_history where new_value = '{marker}'"),
            _attempt_rows(con, f"select 0, deleted_by from sys_trash where title = '{marker}'"),
        ]
        _attempt(con, f"delete from sys_trash where title = '{marker}'")
    finally:
        con.close()
    assert stored[0] == [(env.staff_id, env.staff)] and stored[1] == [(env.staff_id, env.staff)]
    assert stored[2] == [(0, env.staff)]


def _attempt_rows(con: Any, sql: str) -> list[tuple]:
    cur = con.cursor()
    try:
        cur.execute(sql)
        rows = [tuple(r) for r in cur.fetchall()]
    finally:
        cur.close()
    con.commit()
    return rows
