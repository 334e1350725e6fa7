"""Every field type makes the round trip through the API's JSON: what is sent is stored and read back the same."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supasoft.core.fieldtypes import field_types
from supasoft.core.meta import FieldDef

pytestmark = pytest.mark.all_backends

#: type -> (extra definition, a JSON value sent, the JSON value read back)
SAMPLES: dict[str, tuple[dict, object, object]] = {
    "string": ({"length": 50}, "Zażółć gęślą", "Zażółć gęślą"),
    "text": ({}, "line 1\nline 2 — Съешь же ещё", "line 1\nline 2 — Съешь же ещё"),
    "integer": ({}, 9007199254740993, 9007199254740993),
    "decimal": ({"precision": 12, "scale": 3}, "1234.567", "1234.567"),
    "money": ({"precision": 15, "scale": 2}, 19.5, "19.50"),
    "float": ({}, 0.1, 0.1),
    "date": ({}, "2025-03-14", "2025-03-14"),
    "datetime": ({}, "2025-03-14T09:26:53", "2025-03-14T09:26:53"),
    "boolean": ({}, True, True),
    "choice": ({"choices": ("New", "Won", "Lost")}, "Won", "Won"),
    "reference": ({}, "acme", "acme"),  # the id of a record, filled in below
    "formula": ({"formula": "{Rating} * 2", "result_type": "number"}, None, "8"),
    "email": ({"length": 100}, "anna@example.com", "anna@example.com"),
    "phone": ({"length": 30}, "+48 600 100 200", "+48 600 100 200"),
    "url": ({"length": 200}, "https://example.com/a?b=c", "https://example.com/a?b=c"),
    "file": ({}, None, None),  # files arrive by upload (tests/api/test_api_records.py)
    "user": ({}, "anna", "anna"),  # the id of a user, filled in below
    "rating": ({"extra": {"stars": 5}}, 4, 4),
}


def test_samples_cover_every_field_type() -> None:
    assert set(SAMPLES) == set(field_types.keys())


def test_every_field_type_round_trips(crm: dict, admin_session, client_for) -> None:
    cfg = admin_session.configuration
    obj = cfg.add_object("Sample", "Samples")
    for kind, (extra, _, _) in sorted(SAMPLES.items(), key=lambda item: item[0] == "formula"):
        if kind == "reference":
            extra = {"target": crm["client"]}
        cfg.add_field(obj.id, FieldDef(0, kind.capitalize(), kind, **extra))
    sent = {kind.capitalize(): value for kind, (_, value, _) in SAMPLES.items() if kind != "formula"}
    sent["Reference"], sent["User"] = crm["acme"], crm["anna"]
    api = client_for("admin", write=True)
    made = api.post(f"/api/v1/objects/{obj.id}/records", json={"values": sent})
    assert made.status_code == 201, made.text
    expected = {kind.capitalize(): back for kind, (_, _, back) in SAMPLES.items()}
    expected["Reference"], expected["User"] = crm["acme"], crm["anna"]
    got = api.get(f"/api/v1/objects/{obj.id}/records/{made.json()['id']}").json()["values"]
    assert Decimal(str(got.pop("Formula"))) == Decimal(str(expected.pop("Formula")))  # computed, at the formula's scale
    assert got == expected
    listed = api.get(f"/api/v1/objects/{obj.id}/records").json()["items"][0]["values"]
    listed.pop("code")
    assert Decimal(str(listed.pop("Formula"))) == 8
    assert listed == expected


def test_computed_fields_and_bad_values_are_refused_by_name(crm: dict, client_for) -> None:
    api = client_for("admin", write=True)
    answer = api.post("/api/v1/objects/Deals/records", json={"values": {"Amount": "12,50", "Title": ["a"]}})
    assert answer.status_code == 400
    assert "Amount" in answer.json()["error"] and "Title" in answer.json()["error"]
