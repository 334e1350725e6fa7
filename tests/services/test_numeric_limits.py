"""A numeric field's minimum and maximum hold on every write path: a card save, a change and a bulk insert."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supasoft.core.errors import SchemaError, ValidationError
from supasoft.core.meta import FieldDef
from supasoft.services.session import Session

pytestmark = pytest.mark.all_backends


@pytest.fixture
def deal(session: Session) -> dict[str, int]:
    """Deals with a discount between 0 and 1 and a quantity above 0."""
    cfg = session.configuration
    obj = cfg.add_object("Deal", "Deals")
    discount = cfg.add_field(obj.id, FieldDef(0, "Discount", "decimal", scale=2, minimum=0, maximum=1))
    quantity = cfg.add_field(obj.id, FieldDef(0, "Quantity", "integer", minimum=1))
    return {"deal": obj.id, "discount": discount.id, "quantity": quantity.id}


def _save(session: Session, ids: dict[str, int], **values: object) -> int:
    record = session.records.new(ids["deal"])
    for key, value in values.items():
        record.values[ids[key]] = value
    return session.records.save(record).id  # type: ignore[return-value]


def test_a_discount_above_the_maximum_is_refused_on_create(session: Session, deal: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match=r"Discount: must be at most 1\.00"):
        _save(session, deal, discount="1,5")
    with pytest.raises(ValidationError, match=r"Quantity: must be at least 1"):
        _save(session, deal, quantity=0)
    assert session.records.count(deal["deal"]) == 0
    assert _save(session, deal, discount=Decimal("0.15"), quantity=3)


def test_a_discount_above_the_maximum_is_refused_on_update(session: Session, deal: dict[str, int]) -> None:
    record_id = _save(session, deal, discount="0.5")
    record = session.records.get(deal["deal"], record_id)
    record.values[deal["discount"]] = Decimal("1.5")
    with pytest.raises(ValidationError, match="must be at most"):
        session.records.save(record)
    assert session.records.get(deal["deal"], record_id).values[deal["discount"]] == Decimal("0.50")


def test_a_bulk_insert_refuses_values_out_of_range(session: Session, deal: dict[str, int]) -> None:
    good = [{deal["discount"]: Decimal("0.25"), deal["quantity"]: 2} for _ in range(20)]
    with pytest.raises(ValidationError, match="must be at most"):  # canonical Decimals: the fast path must not skip it
        session.records.insert_many(deal["deal"], good + [{deal["discount"]: Decimal("1.50")}])
    with pytest.raises(ValidationError, match="must be at least"):
        session.records.insert_many(deal["deal"], good + [{deal["quantity"]: 0}])
    assert session.records.count(deal["deal"]) == 0
    assert len(session.records.insert_many(deal["deal"], good)) == 20


def test_the_admin_sets_limits_that_make_sense(session: Session, deal: dict[str, int]) -> None:
    cfg = session.configuration
    with pytest.raises(SchemaError, match=r"the minimum \(2\) is above the maximum \(1\)"):
        cfg.update_field(deal["deal"], deal["discount"], minimum=2)
    changed = cfg.update_field(deal["deal"], deal["discount"], maximum=Decimal("0.30"))
    assert changed.maximum == Decimal("0.30")
    with pytest.raises(ValidationError, match=r"must be at most 0\.30"):
        _save(session, deal, discount="0.5")


def test_a_configuration_import_carries_the_limits(session: Session, deal: dict[str, int]) -> None:
    from supasoft.core.serialization import configuration_from_json, configuration_to_json
    from supasoft.services.config_import import apply_import, plan_import

    incoming = configuration_from_json(configuration_to_json(session.configuration.config))
    discount = incoming.object_by_id(deal["deal"]).field_by_id(deal["discount"])
    discount.minimum, discount.maximum = Decimal("0.05"), Decimal("0.50")
    plan = plan_import(session.configuration.config, incoming)
    assert [step.kind for step in plan.steps] == ["options"]
    apply_import(session, incoming, plan)
    with pytest.raises(ValidationError, match=r"must be at least 0\.05"):
        _save(session, deal, discount="0.01")
    bad = configuration_from_json(configuration_to_json(session.configuration.config))
    bad.object_by_id(deal["deal"]).field_by_id(deal["discount"]).minimum = 3
    with pytest.raises(SchemaError, match=r"the minimum \(3\) is above the maximum"):
        apply_import(session, bad, plan_import(session.configuration.config, bad))
