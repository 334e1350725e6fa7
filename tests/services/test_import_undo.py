"""Undo of an import reads the updated records' earlier values from history (the log keeps only the history id
range and ids as runs), deletes what it created in batches to the trash (restorable), reports progress, rolls back
whole on a cancel or a refused right, and still undoes an older log that kept the values themselves."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import FieldDef
from supasoft.services import import_plan, import_preview
from supasoft.services.import_undo import UndoCancelled
from supasoft.services.importing import ImportService
from supasoft.services.session import Session, open_session
from tests.services.test_import_apply import PRICE, PRODUCT, PRODUCT_NAME, csv_file, names, run

pytestmark = pytest.mark.all_backends


def state(s: Session) -> list[tuple]:
    """Every product's name and price, and how many records the trash holds: what an undo may change."""
    rows = [(r.id, r.values[PRODUCT_NAME], r.values[PRICE]) for r in (s.records.get(PRODUCT, i) for i in ids(s))]
    return [*rows, ("trash", len(s.records.trash_items()))]


def ids(s: Session) -> list[int]:
    from supasoft.services.record_model import ListQuery

    return sorted(r.id for r in s.records.list(PRODUCT, ListQuery(columns=[(PRODUCT_NAME,)], limit=100000)))


def test_undo_of_an_upsert_gives_earlier_values_from_history_and_the_created_go_to_the_restorable_trash(
        lite: Session, tmp_path: Path) -> None:
    first, second = names(lite, PRODUCT, PRODUCT_NAME)[:2]
    before = state(lite)
    path = csv_file(tmp_path, f"Name;Price\n{first};99,90\n{second};0,5\nNew one;5\nNew two;6\n")
    _, apply = run(lite, path, "Products", mode="upsert", keys=["Name"])
    result = apply()
    assert result.counts == {"created": 2, "updated": 2, "skipped": 0} and not result.before  # nothing kept per record
    service = ImportService(lite.records)
    # the same record changed again by hand after the import: undo gives back what it held before the import
    again = lite.records.get(PRODUCT, result.updated[0])
    again.values[PRICE] = Decimal("77")
    lite.records.save(again)
    stored = json.loads(lite.records.storage.get_info(f"import_{result.import_id}") or "{}")
    assert "before" not in stored and stored["history"] and stored["updated_runs"]
    seen: list[tuple[int, int]] = []
    assert service.undo(result.import_id or 0, progress=lambda done, total: seen.append((done, total))) == (2, 2)
    assert seen and seen[-1] == (4, 4)
    assert state(lite)[:-1] == before[:-1]
    trash = [i for i in lite.records.trash_items(PRODUCT) if i.record_id in set(result.created)]
    assert len(trash) == 2
    lite.records.restore(trash[0].id)  # the created record comes back from the trash
    assert lite.records.get(PRODUCT, trash[0].record_id).values[PRODUCT_NAME] in {"New one", "New two"}


def test_an_older_log_with_the_earlier_values_kept_in_it_still_undoes(lite: Session, tmp_path: Path) -> None:
    target = names(lite, PRODUCT, PRODUCT_NAME)[0]
    before = state(lite)
    path = csv_file(tmp_path, f"Name;Price\n{target};99,90\nOld style;5\n")
    _, apply = run(lite, path, "Products", mode="upsert", keys=["Name"])
    result = apply()
    updated = result.updated[0]
    earlier = next(p for i, _, p in before[:-1] if i == updated)
    old_format = {"number": 900, "object": PRODUCT, "user": "", "at": "", "created_runs": [[result.created[0]] * 2],
                  "before": {str(updated): {str(PRICE): str(earlier)}}, "undone": False}  # as logs were written
    storage = lite.records.storage
    with storage.begin() as conn:
        storage.set_info(conn, "import_900", json.dumps(old_format))
    assert ImportService(lite.records).undo(900) == (1, 1)
    assert state(lite)[:-1] == before[:-1]


def test_a_three_batch_skip_bad_upsert_then_undo_in_batches(lite: Session, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_preview, "KEEP", 2)
    monkeypatch.setattr(import_plan, "SPOOL_BATCH", 3)
    existing = names(lite, PRODUCT, PRODUCT_NAME)[:3]
    before = state(lite)
    lines = [f"{n};{i},25" for i, n in enumerate(existing)] + [f"Batch {i};{'abc' if i == 4 else f'{i},5'}"
                                                               for i in range(8)]
    path = tmp_path / "products.csv"
    path.write_text("Name;Price\n" + "\n".join(lines) + "\n", encoding="utf-8")
    service = ImportService(lite.records)
    table = service.read(path)
    mapping = service.mapping("Products", table.headers, mode="upsert", keys=["Name"])
    result = service.apply(service.preview(table, mapping), skip_bad=True, batch=3)
    assert result.counts == {"created": 7, "updated": 3, "skipped": 1}
    seen: list[tuple[int, int]] = []
    from supasoft.services.import_undo import undo_import

    assert undo_import(lite.records, service.kept(result.import_id or 0), batch=2,
                       progress=lambda done, total: seen.append((done, total))) == (7, 3)
    assert seen == [(2, 10), (3, 10), (5, 10), (7, 10), (9, 10), (10, 10)]  # 2 batches restored, 4 deleted
    assert state(lite)[:-1] == before[:-1]


def test_a_cancelled_undo_leaves_everything_as_before_and_can_run_again(lite: Session, tmp_path: Path) -> None:
    first = names(lite, PRODUCT, PRODUCT_NAME)[0]
    rows = "\n".join(f"Cancel {i};{i}" for i in range(5))
    path = csv_file(tmp_path, f"Name;Price\n{first};99,90\n{rows}\n")
    _, apply = run(lite, path, "Products", mode="upsert", keys=["Name"])
    result = apply()
    imported = state(lite)
    from supasoft.services.import_undo import read_log, undo_import

    seen: list[tuple[int, int]] = []
    with pytest.raises(UndoCancelled, match="nothing was changed"):
        undo_import(lite.records, read_log(lite.records, result.import_id or 0), batch=2,
                    progress=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) >= 2)
    assert len(seen) == 2  # the restore and one batch of deletes ran, then were rolled back
    assert state(lite) == imported
    assert ImportService(lite.records).undo(result.import_id or 0) == (5, 1)


def test_an_account_that_may_not_delete_is_refused_the_undo_and_nothing_changes(db_path: Path | str,
                                                                                 tmp_path: Path) -> None:
    s = open_session(db_path)
    client = s.configuration.add_object("Client", "Clients").id
    name = s.configuration.add_field(client, FieldDef(0, "Name", "string")).id
    s.users.sleep = lambda seconds: None
    s.users.create_user("admin", "correct horse", "Admin")
    jim = s.users.create_user("jim", "correct horse", "Jim")
    s.users.grant(("user", jim), client, "change")
    s.close()
    s = open_session(db_path, login="admin", password="correct horse")
    try:
        kept = s.records.new(client)
        kept.values[name] = "Acme"
        s.records.save(kept)
        path = csv_file(tmp_path, "Name\nAcme\nBeta\n")
        service = ImportService(s.records)
        table = service.read(path)
        result = service.apply(service.preview(table, service.mapping("Clients", table.headers, mode="upsert",
                                                                         keys=["Name"])))
        assert result.counts == {"created": 1, "updated": 1, "skipped": 0}
    finally:
        s.close()
    s = open_session(db_path, login="jim", password="correct horse")
    try:
        count = s.records.count(client)
        with pytest.raises(PermissionDenied):
            ImportService(s.records).undo(result.import_id or 0)
        assert s.records.count(client) == count and not ImportService(s.records).kept(result.import_id or 0).undone
    finally:
        s.close()


def test_every_field_type_gets_its_earlier_value_back_from_history(lite: Session) -> None:
    from supasoft.services.import_undo import ImportLog, undo_import
    from supasoft.services.record_model import ListQuery
    from supasoft.storage.history_reads import last_history_id
    from tests.cli.test_cli_export import every_type

    deal, fields, _ = every_type(lite)
    record_id = lite.records.list(deal, ListQuery(limit=1))[0].id
    kept = lite.records.get(deal, record_id).values
    emptied = lite.records.new(deal)  # a record whose fields were empty before
    emptied.values[fields[0].id] = "was empty"
    emptied_id = lite.records.save(emptied).id or 0
    was_empty = lite.records.get(deal, emptied_id).values
    assert sum(was_empty.get(f.id) is None for f in fields) >= 12
    other_client = lite.records.list(1, ListQuery(limit=2))[1].id
    changed = {fields[0].id: "Changed", fields[1].id: "Other story", fields[2].id: Decimal("2.5"),
               fields[3].id: Decimal("10.00"), fields[4].id: 7, fields[5].id: 0.5,
               fields[6].id: kept[fields[6].id].replace(year=2020), fields[7].id: kept[fields[7].id].replace(hour=23),
               fields[8].id: False, fields[9].id: "Lost", fields[10].id: "b@example.com", fields[11].id: "+48 1",
               fields[12].id: "https://example.org", fields[13].id: 2, fields[14].id: other_client}
    with lite.records.storage.connect() as conn:
        first = last_history_id(conn) + 1
    for rid in (record_id, emptied_id):  # what an import's updates do: a save each, history written by it
        record = lite.records.get(deal, rid)
        record.values.update(changed)
        lite.records.save(record)
    with lite.records.storage.connect() as conn:
        last = last_history_id(conn)
    assert all(lite.records.get(deal, record_id).values[f] == v for f, v in changed.items())
    assert undo_import(lite.records, ImportLog(0, deal, updated=[record_id, emptied_id], history=[first, last])) == (0, 2)
    back = lite.records.get(deal, record_id).values
    for f in fields:
        assert back.get(f.id) == kept.get(f.id), f.name
    empty = lite.records.get(deal, emptied_id).values
    assert all(empty.get(f.id) == was_empty.get(f.id) for f in fields), [f.name for f in fields
                                                                         if empty.get(f.id) != was_empty.get(f.id)]


def test_a_replaced_file_is_attached_again_with_its_earlier_name_and_bytes(session: Session) -> None:
    from supasoft.core.fieldtypes import FileValue
    from supasoft.services.import_undo import ImportLog, undo_import
    from supasoft.storage.history_reads import last_history_id

    doc = session.configuration.add_object("Doc", "Docs").id
    scan = session.configuration.add_field(doc, FieldDef(0, "Scan", "file")).id
    record = session.records.new(doc)
    record.values[scan] = FileValue("first.txt", data=b"the first scan")
    record_id = session.records.save(record).id or 0
    with session.records.storage.connect() as conn:
        first = last_history_id(conn) + 1
    record = session.records.get(doc, record_id)
    record.values[scan] = FileValue("second.txt", data=b"the imported scan")  # an import's files from a folder
    session.records.save(record)
    with session.records.storage.connect() as conn:
        last = last_history_id(conn)
    assert undo_import(session.records, ImportLog(0, doc, updated=[record_id], history=[first, last])) == (0, 1)
    back = session.records.get(doc, record_id).values[scan]
    assert back.name == "first.txt" and session.records.read_file(back.file_id) == ("first.txt", b"the first scan")
