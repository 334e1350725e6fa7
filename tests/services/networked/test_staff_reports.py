"""Live Firebird: a staff server account (role SUPASOFT_STAFF, reading through server privileges) runs a report with
'reports over all records' over every record while its lists show only its own, and keeps its own dashboard
in SYS_DASHBOARDS but may not share one (issue 14 points 4 and 5)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

pytest.importorskip("sqlalchemy_firebird", reason="sqlalchemy-firebird not installed")

from sqlalchemy.engine import make_url  # noqa: E402

from supasoft.core.errors import PermissionDenied  # noqa: E402
from supasoft.core.reports.spec import Measure, ReportSpec  # noqa: E402
from supasoft.services.dashboards import DashboardTile  # noqa: E402
from supasoft.services.networked import server_admin  # noqa: E402
from supasoft.services.record_model import ListQuery  # noqa: E402
from supasoft.services.report_library import ReportLibrary  # noqa: E402
from supasoft.services.reports import ReportService  # noqa: E402
from supasoft.services.session import Session, open_session  # noqa: E402
from supasoft.services.setup import lite_ids  # noqa: E402
from supasoft.storage.firebird import accounts  # noqa: E402
from supasoft.storage.firebird.server_tools import ServerTarget, drop_database  # noqa: E402
from tests.storage.firebird.conftest import DRIVERS, FB_URL, SKIP_REASON, driver_url  # noqa: E402

pytestmark = pytest.mark.firebird

SERVER_PASSWORD = "Staff-srv-1"
ADMIN_CLIENTS = 3


@dataclass
class Env:
    url: str
    staff: str
    client: int  # the Lite Client object

    def staff_url(self, driver: str) -> str:
        url = make_url(self.url).set(username=self.staff, password=SERVER_PASSWORD, drivername=f"firebird+{driver}")
        return url.update_query_dict({"role": accounts.STAFF_ROLE}).render_as_string(hide_password=False)


def _save_client(session: Session, object_id: int, name: str) -> None:
    record = session.records.new(object_id)
    record.values[session.configuration.config.object_by_id(object_id).display_field] = name
    session.records.save(record)


@pytest.fixture(scope="module")
def env() -> Iterator[Env]:
    """A Lite database on the server; the administrator saves clients; the staff member reads only their own
    clients but may report on all of them."""
    if not FB_URL:
        pytest.skip(SKIP_REASON)
    base = make_url(FB_URL)
    path = f"{base.database.rsplit('/', 1)[0]}/staffrep_{uuid.uuid4().hex[:10]}.fdb"
    url = base.set(database=path).render_as_string(hide_password=False)
    staff = f"ss_rep_{uuid.uuid4().hex[:8]}"
    server_admin.create_database(url, "lite")
    created: list[str] = []
    try:
        admin = open_session(url, create=False)
        try:
            admin.users.sleep = lambda seconds: None
            admin.users.create_user("boss", "boss-pass-1", "Boss")
            admin.login("boss", "boss-pass-1")
            client = lite_ids(admin)["client"]
            staff_id = admin.users.create_user(staff, "app-pass-1", "Staff Member")
            admin.users.grant(("user", staff_id), client, "full", scope="own", flags=("report", "report_all"))
            for i in range(ADMIN_CLIENTS):
                _save_client(admin, client, f"Client of the office {i}")
        finally:
            admin.close()
        created.append(server_admin.create_account(url, staff, SERVER_PASSWORD))
        yield Env(url, staff, client)
    finally:
        for name in created:
            server_admin.drop_account(FB_URL, name)
        drop_database(ServerTarget.parse(url))


@pytest.mark.parametrize("driver", DRIVERS)
def test_staff_reports_over_all_records_and_keeps_a_dashboard(env: Env, driver: str) -> None:
    driver_url(driver)  # skips when the driver is not installed
    session = open_session(env.staff_url(driver), create=False)
    try:
        assert session.sign_on_server_account() and session.actor.name == env.staff
        _save_client(session, env.client, f"Own client {driver}")
        own = session.records.count(env.client, ListQuery())
        result = ReportService(session.records).run(ReportSpec(env.client, measures=[Measure()]))
        assert result.counts_all and result.value((), ())[0] == ADMIN_CLIENTS + own and own >= 1
        assert session.records.count(env.client, ListQuery(filter=result.drill((), ()))) == own  # the drill-down: hers only
        report_id = ReportLibrary(session.records).save(ReportSpec(env.client, measures=[Measure()], name=f"Clients {driver}"))
        board = session.dashboards.create(f"Staff board {driver}", tiles=[DashboardTile(report_id, "kpi")])
        session.dashboards.save(board, columns=1, name=f"Staff board {driver}, renamed")
        loaded = session.dashboards.load(board)
        assert loaded.mine and loaded.columns == 1 and [t.available for t in loaded.tiles] == [True]
        with pytest.raises(PermissionDenied):
            session.dashboards.save(board, shared=True)
        shared = next(d for d in session.dashboards.list() if d.shared)
        with pytest.raises(PermissionDenied):
            session.dashboards.delete(shared.id)
    finally:
        session.close()
