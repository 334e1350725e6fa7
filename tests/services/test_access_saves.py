"""Saves are refused before anything is written; files belong to their record and field; references leak nothing.

Clients (Name, Contract file, Notes), Deals (Title, Client reference) with Lines (detail set).
admin; anna: full on her own clients, deals and lines, client Notes read-only; jim: read on every client, Contract hidden;
boss: full on all clients (may give a client to another owner); bob: nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from supasoft.core.errors import NotFound, PermissionDenied, ValidationError
from supasoft.core.fieldtypes import FileValue
from supasoft.core.meta import FieldDef
from supasoft.services.record_model import Record
from supasoft.services.session import Session, open_session
from supasoft.storage.catalog import sys_counters, sys_files, sys_history, sys_trash

PASSWORD = "correct horse"

pytestmark = pytest.mark.all_backends


@pytest.fixture
def office(db_path: Path | str) -> dict:
    s = open_session(db_path)
    cfg = s.configuration
    ids: dict[str, Any] = {"path": db_path}
    ids["client"] = cfg.add_object("Client", "Clients").id
    ids["name"] = cfg.add_field(ids["client"], FieldDef(0, "Name", "string")).id
    ids["contract"] = cfg.add_field(ids["client"], FieldDef(0, "Contract", "file")).id
    ids["notes"] = cfg.add_field(ids["client"], FieldDef(0, "Notes", "string")).id
    cfg.update_object(ids["client"], display_field=ids["name"])
    ids["deal"] = cfg.add_object("Deal", "Deals").id
    ids["title"] = cfg.add_field(ids["deal"], FieldDef(0, "Title", "string")).id
    ids["deal.client"] = cfg.add_link(ids["deal"], ids["client"], "Deals").field
    ids["deal.notes"] = cfg.add_field(ids["deal"], FieldDef(0, "Client notes", "string", receiver=(ids["deal.client"], ids["notes"]))).id
    ids["line"] = cfg.add_object("Line", "Lines").id
    ids["item"] = cfg.add_field(ids["line"], FieldDef(0, "Item", "string")).id
    link = cfg.add_link(ids["line"], ids["deal"], "Lines")
    ids["lines"], ids["line.deal"] = link.id, link.field
    users = s.users
    users.sleep = lambda seconds: None
    for login in ("admin", "anna", "jim", "boss", "bob"):
        ids[login] = users.create_user(login, PASSWORD, login.title())
    for obj in ("client", "deal", "line"):
        users.grant(("user", ids["anna"]), ids[obj], "full", scope="own")
    users.grant_field(("user", ids["anna"]), ids["client"], ids["notes"], "read_only")
    users.grant(("user", ids["jim"]), ids["client"], "read")
    users.grant_field(("user", ids["jim"]), ids["client"], ids["contract"], "hidden")
    users.grant(("user", ids["boss"]), ids["client"], "full")
    ids["acme"] = save_client(s, ids, "Acme", FileValue("acme.pdf", b"secret contract"))  # owned by admin
    ids["acme.file"] = s.records.get(ids["client"], ids["acme"]).values[ids["contract"]].file_id
    s.close()
    return ids


def login(ids: dict, who: str) -> Session:
    s = open_session(ids["path"], login=who, password=PASSWORD)
    s.users.sleep = lambda seconds: None
    return s


def save_client(s: Session, ids: dict, name: str, contract: Any = None, owner: int | None = None) -> int:
    record = s.records.new(ids["client"])
    record.values.update({ids["name"]: name, ids["contract"]: contract})
    record.owner_id = owner
    return s.records.save(record).id


def written(s: Session, ids: dict) -> dict[str, list[tuple]]:
    """Every row a save could touch: the object tables, history, trash, files and Code counters."""
    repo = s.records.repo()
    tables = [repo.table(s.records.obj(ids[o])) for o in ("client", "deal", "line")]
    tables += [sys_history, sys_trash, sys_files, sys_counters]
    with s.storage.connect() as conn:
        return {t.name: sorted((tuple(r) for r in conn.execute(sa.select(t)).all()), key=repr) for t in tables}


# --- files ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("who", ["anna", "admin"])
def test_a_stored_file_id_cannot_be_put_into_another_record(office: dict, who: str) -> None:
    s = login(office, who)
    try:
        own = save_client(s, office, "Own", FileValue("own.txt", b"mine"))
        before = written(s, office)
        for value in (office["acme.file"], FileValue("", file_id=office["acme.file"])):
            with pytest.raises(ValidationError, match="Contract: holds a file of another record") as refused:
                save_client(s, office, "Thief", value)
            assert refused.value.problems[0].field_id == office["contract"]
            record = s.records.get(office["client"], own)
            record.values[office["contract"]] = value
            with pytest.raises(ValidationError, match="holds a file of another record"):
                s.records.save(record)
        with pytest.raises(ValidationError, match="holds a file of another record"):
            s.records.insert_many(office["client"], [{office["name"]: "Bulk", office["contract"]: office["acme.file"]}])
        assert written(s, office) == before
        record = s.records.get(office["client"], own)  # its own stored file stays on a re-save
        record.values[office["name"]] = "Own, renamed"
        saved = s.records.save(record)
        assert s.records.read_file(saved.values[office["contract"]].file_id, object_id=office["client"], record_id=own,
                                   field_id=office["contract"]) == ("own.txt", b"mine")
    finally:
        s.close()


def test_reading_a_file_checks_its_record_and_field(office: dict) -> None:
    file_id, where = office["acme.file"], {"object_id": office["client"], "record_id": office["acme"], "field_id": office["contract"]}
    admin = login(office, "admin")
    try:
        assert admin.records.read_file(file_id, **where) == ("acme.pdf", b"secret contract")
        with pytest.raises(PermissionDenied, match="does not belong"):
            admin.records.read_file(file_id, **{**where, "field_id": office["notes"]})
    finally:
        admin.close()
    jim = login(office, "jim")  # may read Acme, but Contract is hidden from him
    try:
        with pytest.raises(PermissionDenied, match="not allowed to see this field"):
            jim.records.read_file(file_id, **where)
        with pytest.raises(PermissionDenied, match="through their record"):
            jim.records.read_file(file_id)
    finally:
        jim.close()
    anna = login(office, "anna")  # may not read Acme at all: it answers as a missing record
    try:
        own = save_client(anna, office, "Own", FileValue("own.txt", b"mine"))
        with pytest.raises(NotFound):
            anna.records.read_file(file_id, **where)
        with pytest.raises(PermissionDenied, match="does not belong"):  # her own record does not open Acme's file
            anna.records.read_file(file_id, **{**where, "record_id": own})
    finally:
        anna.close()


# --- references -----------------------------------------------------------------------------------------
def test_a_reference_to_a_forbidden_record_reads_like_a_missing_one(office: dict) -> None:
    anna = login(office, "anna")
    try:
        before = written(anna, office)
        messages = []
        for target in (office["acme"], 987654):  # exists but not hers / does not exist
            deal = anna.records.new(office["deal"])
            deal.values.update({office["title"]: "Try", office["deal.client"]: target})
            with pytest.raises(ValidationError) as refused:
                anna.records.save(deal)
            messages.append(str(refused.value))
        assert messages[0] == messages[1] == "Client: points at a record that does not exist"
        assert written(anna, office) == before
        own = save_client(anna, office, "Own")
        deal = anna.records.new(office["deal"])
        deal.values.update({office["title"]: "Fine", office["deal.client"]: own})
        assert anna.records.save(deal).values[office["deal.client"]] == own
    finally:
        anna.close()


def test_picking_a_forbidden_record_copies_nothing_from_it(office: dict) -> None:
    admin = login(office, "admin")
    try:
        record = admin.records.get(office["client"], office["acme"])
        record.values[office["notes"]] = "pays late"
        admin.records.save(record)
        assert admin.records.picked(office["deal"], office["deal.client"], office["acme"]) == {office["deal.notes"]: "pays late"}
    finally:
        admin.close()
    anna = login(office, "anna")
    try:
        assert anna.records.picked(office["deal"], office["deal.client"], office["acme"]) == {office["deal.notes"]: None}
        assert anna.records.picked(office["deal"], office["deal.client"], 987654) == {office["deal.notes"]: None}
    finally:
        anna.close()


def test_bulk_inserts_keep_the_same_rules(office: dict) -> None:
    anna = login(office, "anna")
    try:
        own = save_client(anna, office, "Own")
        before = written(anna, office)
        messages = []
        for target in (office["acme"], 987654):
            with pytest.raises(ValidationError) as refused:
                anna.records.insert_many(office["deal"], [{office["title"]: "Ok", office["deal.client"]: own},
                                                          {office["title"]: "Try", office["deal.client"]: target}])
            messages.append(str(refused.value))
        assert messages[0] == messages[1] == "Client: points at a record that does not exist"
        assert written(anna, office) == before
        [new] = anna.records.insert_many(office["client"], [{office["name"]: "Bulk", office["notes"]: "not hers to set"}])
        assert anna.records.get(office["client"], new).values[office["notes"]] is None
    finally:
        anna.close()


def test_an_unchanged_reference_to_a_record_one_cannot_read_still_saves(office: dict) -> None:
    admin = login(office, "admin")
    try:
        deal = admin.records.new(office["deal"])
        deal.values.update({office["title"]: "Shared deal", office["deal.client"]: office["acme"]})
        deal_id = admin.records.save(deal).id
        admin.users.share_record(office["deal"], deal_id, ("user", office["anna"]), "change")
    finally:
        admin.close()
    anna = login(office, "anna")
    try:
        deal = anna.records.get(office["deal"], deal_id)
        deal.values[office["title"]] = "Renamed by Anna"
        assert anna.records.save(deal).values[office["deal.client"]] == office["acme"]
    finally:
        anna.close()


# --- owner ----------------------------------------------------------------------------------------------
def test_giving_a_record_to_another_owner_without_the_right_writes_nothing(office: dict) -> None:
    anna = login(office, "anna")
    try:
        mine = save_client(anna, office, "Mine")
        before = written(anna, office)
        with pytest.raises(PermissionDenied, match="give clients to another owner"):
            save_client(anna, office, "Planted", FileValue("note.txt", b"x"), owner=office["bob"])
        record = anna.records.get(office["client"], mine)
        record.owner_id = office["bob"]
        record.values[office["name"]] = "Handed over"
        with pytest.raises(PermissionDenied, match="another owner"):
            anna.records.save(record)
        deal = anna.records.new(office["deal"])  # a detail line with a foreign owner refuses the whole save
        deal.values[office["title"]] = "With lines"
        good, bad = Record(office["line"], values={office["item"]: "ok"}), Record(office["line"], values={office["item"]: "x"})
        bad.owner_id = office["bob"]
        with pytest.raises(PermissionDenied, match="give lines to another owner"):
            anna.records.save(deal, details={office["lines"]: [good, bad]})
        assert written(anna, office) == before
        assert anna.records.get(office["client"], mine).owner_id == office["anna"]
    finally:
        anna.close()


def test_full_rights_on_all_records_may_give_a_record_to_another_owner(office: dict) -> None:
    boss = login(office, "boss")
    try:
        given = save_client(boss, office, "For Anna", owner=office["anna"])
        assert boss.records.get(office["client"], given).owner_id == office["anna"]
        record = boss.records.get(office["client"], office["acme"])
        record.owner_id = office["anna"]
        boss.records.save(record)
        with pytest.raises(NotFound):
            save_client(boss, office, "Nobody's", owner=424242)
    finally:
        boss.close()
    anna = login(office, "anna")  # Acme is hers now
    try:
        assert anna.records.get(office["client"], office["acme"]).values[office["name"]] == "Acme"
    finally:
        anna.close()


def test_removing_a_detail_line_needs_the_delete_right_on_it(office: dict) -> None:
    admin = login(office, "admin")
    try:
        deal = admin.records.new(office["deal"])
        deal.values[office["title"]] = "Order"
        line = Record(office["line"], values={office["item"]: "kept by admin"})
        deal_id = admin.records.save(deal, details={office["lines"]: [line]}).id
        admin.users.share_record(office["deal"], deal_id, ("user", office["anna"]), "change")
    finally:
        admin.close()
    anna = login(office, "anna")  # may change the deal, but the admin's line is not hers to delete
    try:
        before = written(anna, office)
        deal = anna.records.get(office["deal"], deal_id)
        with pytest.raises(PermissionDenied):
            anna.records.save(deal, details={office["lines"]: []})
        assert written(anna, office) == before
    finally:
        anna.close()
