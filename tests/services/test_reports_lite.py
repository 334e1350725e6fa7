"""The Lite demo database on every backend: the shipped reports' numbers equal hand-written GROUP BY queries,
and reports are saved, listed, loaded and shared under the rules of shared views."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from supasoft.core.errors import NotFound, PermissionDenied
from supasoft.core.reports.spec import Grouping, Measure, ReportSpec
from supasoft.services.report_library import ReportLibrary
from supasoft.services.report_presets import add_lite_reports, lite_reports
from supasoft.services.reports import ReportService
from supasoft.services.session import Session, open_session
from supasoft.services.setup import lite_ids
from supasoft.storage.physical import column_name, table_name

pytestmark = pytest.mark.all_backends


def names(session: Session, ids: dict[str, int]) -> dict[str, str]:
    config = session.configuration.config
    out = {}
    for key, value in ids.items():
        if "." in key:
            out[key.replace(".", "_")] = column_name(config.field_owner(value).field_by_id(value))
        else:
            out[key] = table_name(value)
    return out


def hand(session: Session, ids: dict[str, int], sql: str) -> list[tuple]:
    with session.storage.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.text(sql.format(**names(session, ids))))]


def money(session: Session, value: object) -> Decimal | None:
    if value is None:
        return None
    return Decimal(value).scaleb(-2) if session.storage.ops.kind == "sqlite" else Decimal(value)


def month_sql(session: Session, column: str) -> str:
    if session.storage.ops.kind == "sqlite":
        return f"CAST(strftime('%Y', {column}) AS INTEGER) * 100 + CAST(strftime('%m', {column}) AS INTEGER)"
    return f"EXTRACT(YEAR FROM {column}) * 100 + EXTRACT(MONTH FROM {column})"


def test_sales_by_client_and_month_equal_hand_sql(lite: Session) -> None:
    ids = lite_ids(lite)
    spec = ReportSpec(ids["line"], rows=[Grouping((ids["line.order"], ids["order.client"]))],
                      columns=[Grouping((ids["line.order"], ids["order.date"]), "month")],
                      measures=[Measure(), Measure((ids["line.cost"],), "sum")])
    result = ReportService(lite.records).run(spec)
    month = month_sql(lite, "o.{order_date}")
    for group_by, key_of in [
        (["o.{order_client}", month], lambda r: ((r[0],), (dt.date(int(r[1]) // 100, int(r[1]) % 100, 1),))),
        (["o.{order_client}"], lambda r: ((r[0],), ())),
        ([month], lambda r: ((), (dt.date(int(r[0]) // 100, int(r[0]) % 100, 1),))),
        ([], lambda r: ((), ())),
    ]:
        sql = (f"SELECT {', '.join([*group_by, 'COUNT(*)', 'SUM(l.{line_cost})'])} FROM {{line}} l"
               " LEFT JOIN {order} o ON o.id = l.{line_order}" + (f" GROUP BY {', '.join(group_by)}" if group_by else ""))
        rows = hand(lite, ids, sql)
        assert rows
        for row in rows:
            row_key, col_key = key_of(row)
            assert result.value(row_key, col_key) == [row[-2], money(lite, row[-1])], (row_key, col_key)


def test_the_shipped_reports_equal_hand_sql(lite: Session) -> None:
    ids = lite_ids(lite)
    by_month, by_client, payments, tasks = (ReportService(lite.records).run(s) for s in lite_reports(lite.configuration.config, ids))
    total = hand(lite, ids, "SELECT COUNT(*), SUM(l.{line_cost}) FROM {line} l")[0]
    assert by_month.value((), ())[:2] == [total[0], money(lite, total[1])] == by_client.value((), ())[:2]
    sums = [money(lite, s) for (s,) in hand(lite, ids, "SELECT SUM(l.{line_cost}) FROM {line} l LEFT JOIN {order} o"
                                                    " ON o.id = l.{line_order} GROUP BY o.{order_client}")]
    assert [by_client.value(h.key, ())[1] for h in by_client.rows] == sorted(sums, reverse=True)
    month = month_sql(lite, "p.{payment_date}")
    for key, total_paid in hand(lite, ids, f"SELECT {month}, SUM(p.{{payment_amount}}) FROM {{payment}} p GROUP BY {month}"):
        assert payments.value((dt.date(int(key) // 100, int(key) % 100, 1),), ()) == [money(lite, total_paid)]
    done = lite.configuration.config.object_by_id(ids["task"]).field_by_id(ids["task.status"]).choices[-1]
    open_count = hand(lite, ids, "SELECT COUNT(*) FROM {task} t WHERE t.{task_status} <> :done OR t.{task_status} IS NULL"
                      .replace(":done", "'" + done.replace("'", "''") + "'"))[0][0]
    assert tasks.value((), ()) == [open_count] and open_count > 0


def test_saved_reports_round_trip_and_presets_are_shared(lite: Session) -> None:
    ids = lite_ids(lite)
    library = ReportLibrary(lite.records)
    listed = library.list()  # the ready CRM ships its reports, shared with everyone
    assert sorted(r.name for r in listed if r.shared) == sorted(s.name for s in lite_reports(lite.configuration.config, ids, "en"))
    assert add_lite_reports(lite.records, ids) and len(library.list()) == 2 * len(listed)  # added again: new copies
    spec = ReportSpec(ids["payment"], rows=[Grouping((ids["payment.client"],))], measures=[Measure((ids["payment.amount"],), "max")],
                      name="Biggest payments")
    mine = library.save(spec)
    assert library.load(mine) == spec and library.find("biggest PAYMENTS").id == mine and library.find("biggest payments").mine
    spec.name = "Largest payments"
    assert library.save(spec, mine) == mine and library.load(mine).name == "Largest payments"
    library.delete(mine)
    with pytest.raises(NotFound):
        library.load(mine)
    gone = library.save(ReportSpec(ids["note"], name="Notes"))
    lite.configuration.delete_object(ids["note"], cascade=True)
    assert gone not in [r.id for r in library.list()]  # a report on a deleted object is no longer offered
    with pytest.raises(NotFound):
        library.find("Largest payments")


def test_personal_reports_stay_personal(db_path: Path | str) -> None:
    s = open_session(db_path)
    obj = s.configuration.add_object("Thing", "Things")
    users = s.users
    users.sleep = lambda seconds: None
    users.create_user("admin", "correct horse", "Admin")
    anna = users.create_user("anna", "correct horse", "Anna")
    jim = users.create_user("jim", "correct horse", "Jim")
    for who in (anna, jim):
        users.grant(("user", who), obj.id, "read", flags=("report",))
    s.close()
    a = open_session(db_path, login="anna", password="correct horse")
    try:
        library = ReportLibrary(a.records)
        mine = library.save(ReportSpec(obj.id, name="Anna's count"))
        with pytest.raises(PermissionDenied):
            library.save(ReportSpec(obj.id, name="For everyone", shared=True))
    finally:
        a.close()
    j = open_session(db_path, login="jim", password="correct horse")
    try:
        library = ReportLibrary(j.records)
        assert library.list() == []
        with pytest.raises(NotFound):
            library.load(mine)
        with pytest.raises(PermissionDenied):
            library.delete(mine)
    finally:
        j.close()


def test_the_shipped_reports_draw_their_sums(lite: Session) -> None:
    ids = lite_ids(lite)
    library = ReportLibrary(lite.records)
    for spec in lite_reports(lite.configuration.config, ids, "en"):
        saved = library.load(library.find(spec.name).id)
        assert saved.chart == spec.chart and saved.chart.measure < len(saved.measures)
        drawn = saved.measures[saved.chart.measure]
        assert drawn.show == "value" and (drawn.func == "sum" or len(saved.measures) == 1), spec.name
