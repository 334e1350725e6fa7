"""export_records writes only what the user may read: a hidden field is not a column, records outside the user's
scope are not rows; without the export right nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from supasoft.core.errors import PermissionDenied
from supasoft.core.meta import FieldDef
from supasoft.services.exchange_records import export_records
from supasoft.services.session import open_session

pytestmark = pytest.mark.all_backends


def test_a_hidden_field_is_left_out_of_the_export(db_path: Path | str, tmp_path: Path) -> None:
    s = open_session(db_path)
    cfg = s.configuration
    client = cfg.add_object("Client", "Clients").id
    name = cfg.add_field(client, FieldDef(0, "Name", "string")).id
    secret = cfg.add_field(client, FieldDef(0, "Secret", "string")).id
    record = s.records.new(client)
    record.values.update({name: "Acme", secret: "do not tell"})
    s.records.save(record)
    s.users.sleep = lambda seconds: None
    s.users.create_user("admin", "correct horse", "Admin")
    anna = s.users.create_user("anna", "correct horse", "Anna")
    bob = s.users.create_user("bob", "correct horse", "Bob")
    s.users.grant(("user", anna), client, "full", flags=("export",))
    s.users.grant_field(("user", anna), client, secret, "hidden")
    s.users.grant(("user", bob), client, "read")
    s.close()
    s = open_session(db_path, login="anna", password="correct horse")
    try:
        out = tmp_path / "clients.csv"
        assert export_records(s.records, client, out) == 1
        text = out.read_text(encoding="utf-8-sig")
        assert text.splitlines()[0] == "Code;Name" and "Acme" in text and "do not tell" not in text
    finally:
        s.close()
    s = open_session(db_path, login="bob", password="correct horse")
    try:
        with pytest.raises(PermissionDenied):
            export_records(s.records, client, tmp_path / "no.csv")
        assert not (tmp_path / "no.csv").exists()
    finally:
        s.close()
