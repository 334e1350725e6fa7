"""The Rating type: 1 to N stars, a number everywhere (sorting, filters, totals, formulas), added by its own module."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supasoft.core.errors import SchemaError, ValidationError
from supasoft.core.fieldtypes import TYPE_CLASSES, field_types
from supasoft.core.fieldtypes.rating import RatingOptions
from supasoft.core.fieldtypes.roles import is_numeric, result_kind, type_of
from supasoft.core.meta import Condition, FieldDef, FilterGroup, SortKey
from supasoft.services.record_model import ListQuery
from supasoft.services.session import Session

RATING = field_types.get("rating") if "rating" in field_types else None


def fdef(**extra: object) -> FieldDef:
    return FieldDef(1, "Score", "rating", extra=dict(extra))


def test_rating_is_registered_by_one_line() -> None:
    assert "rating.RatingFieldType" in TYPE_CLASSES
    assert RATING is not None and RATING.label == "Rating"


def test_rating_is_a_left_aligned_number() -> None:
    f = fdef()
    assert is_numeric(f) and result_kind(f) == "number"
    assert type_of(f).alignment == "left" and "ge" in type_of(f).operators and type_of(f).sortable


@pytest.mark.parametrize(("raw", "value"), [
    ("3", 3), (4, 4), (5.0, 5), (Decimal("1"), 1), ("★★★☆☆", 3), ("***", 3), ("0", None), (0, None), ("", None),
    (None, None), (" 2 ", 2),
])
def test_parse_reads_numbers_and_stars(raw: object, value: object) -> None:
    assert RATING.parse(raw, fdef()) == value


@pytest.mark.parametrize("raw", ["6", 6, -1, "2.5", 2.5, "★★★★★★", "great", True])
def test_values_outside_the_scale_are_refused(raw: object) -> None:
    with pytest.raises(ValueError, match=r"must be a rating from 1 to 5|is not a number"):
        RATING.parse(raw, fdef())


def test_the_number_of_stars_sets_the_scale() -> None:
    seven = fdef(stars=7)
    assert RATING.options(seven) == RatingOptions(stars=7) and RATING.options(fdef()).stars == 5
    assert RATING.parse("7", seven) == 7
    assert RATING.validate(7, seven) is None and RATING.validate(7, fdef()) == "must be a rating from 1 to 5"
    assert RATING.fast_check(seven)(7) and not RATING.fast_check(fdef())(7)
    assert not RATING.fast_check(seven)(0) and not RATING.fast_check(seven)(True)


@pytest.mark.parametrize(("stars", "ok"), [(3, True), (10, True), (2, False), (11, False), ("5", False), (True, False)])
def test_stars_must_be_3_to_10(stars: object, ok: bool) -> None:
    problems = RATING.check_options(fdef(stars=stars))
    assert problems == ([] if ok else ["the number of stars must be between 3 and 10"])


def test_rating_shows_as_a_number_and_the_ui_draws_the_stars() -> None:
    f = fdef()
    assert RATING.format(4, f) == "4" and RATING.format(None, f) == ""
    assert RATING.to_cell(4, f) == 4 and RATING.to_api(4, f) == 4 and RATING.from_api(4, f) == 4
    assert RATING.from_cell("4", f, "pl") == 4 and RATING.to_template(4, f, "pl") == "4"


@pytest.mark.all_backends
def test_ratings_are_stored_sorted_filtered_totalled_and_computed(session: Session) -> None:
    cfg, records = session.configuration, session.records
    order = cfg.add_object("Order", "Orders")
    line = cfg.add_object("Line", "Lines")
    link = cfg.add_link(line.id, order.id, "Lines")
    score = cfg.add_field(line.id, FieldDef(0, "Score", "rating", extra={"stars": 7}))
    doubled = cfg.add_field(line.id, FieldDef(0, "Doubled", "formula", formula="{Score} * 2", scale=0))
    total = cfg.add_field(order.id, FieldDef(0, "Total score", "formula", formula="SUM({Lines.Score})", scale=0))
    parent = records.new(order.id)
    parent_id = records.save(parent).id
    for value in ("7", 2, "★★★★☆☆☆", None):
        child = records.new(line.id)
        child.values[score.id] = value
        child.values[link.field] = parent_id
        records.save(child)
    rows = records.list(line.id, ListQuery(columns=[(score.id,), (doubled.id,)], sort=[SortKey((score.id,), True)]))
    assert [r.cells[0] for r in rows][:3] == [7, 4, 2]
    assert [r.cells[1] for r in rows][:3] == [Decimal(14), Decimal(8), Decimal(4)]
    at_least_4 = FilterGroup("and", [Condition((score.id,), "ge", "4")])
    assert records.count(line.id, ListQuery(filter=at_least_4)) == 2
    assert records.get(order.id, parent_id).values[total.id] == Decimal(13)
    bad = records.new(line.id)
    bad.values[score.id] = 8
    with pytest.raises(ValidationError, match="Score: .*must be a rating from 1 to 7"):
        records.save(bad)
    assert len(records.insert_many(line.id, [{score.id: 5}, {score.id: 1}])) == 2
    with pytest.raises(ValidationError, match="must be a rating from 1 to 7"):
        records.insert_many(line.id, [{score.id: 5}, {score.id: 9}])


@pytest.mark.all_backends
def test_the_admin_cannot_set_a_scale_outside_3_to_10(session: Session) -> None:
    obj = session.configuration.add_object("Thing", "Things")
    with pytest.raises(SchemaError, match="the number of stars must be between 3 and 10"):
        session.configuration.add_field(obj.id, FieldDef(0, "Score", "rating", extra={"stars": 12}))


@pytest.mark.all_backends
def test_a_rating_column_passes_the_schema_audit(session: Session) -> None:
    from supasoft.storage.schema_audit import physical_problems

    obj = session.configuration.add_object("Thing", "Things")
    session.configuration.add_field(obj.id, FieldDef(0, "Score", "rating", indexed=True))
    with session.storage.connect() as conn:
        assert physical_problems(conn, session.configuration.config, session.storage.kind) == []
