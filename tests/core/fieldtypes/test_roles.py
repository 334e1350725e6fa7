"""Role questions answer from the type's flags, for every registered type and for an unknown one."""

from __future__ import annotations

from supasoft.core.fieldtypes import field_types, roles
from supasoft.core.meta import FieldDef


def test_links_and_targets() -> None:
    ref = FieldDef(1, "Client", "reference", target=7)
    user = FieldDef(2, "Manager", "user")
    assert roles.links_object(ref) and roles.link_target(ref) == 7 and roles.is_link(ref)
    assert roles.is_user_link(user) and roles.is_link(user) and roles.link_target(user) is None
    assert not roles.links_object(user)


def test_formula_results_decide_number_and_yes_no() -> None:
    total = FieldDef(1, "Total", "formula", formula="1", result_type="number")
    flag = FieldDef(2, "Late", "formula", formula="TRUE", result_type="boolean")
    assert roles.is_formula(total) and roles.is_numeric(total) and not roles.is_yes_no(total)
    assert roles.is_yes_no(flag) and not roles.is_numeric(flag)
    assert roles.result_kind(flag) == "boolean" and roles.result_kind(FieldDef(3, "D", "date")) == "date"


def test_derived_covers_sources() -> None:
    shown = FieldDef(1, "Client city", "string", length=50, source=(2, 3))
    assert roles.is_derived(shown) and not roles.is_formula(shown)


def test_unknown_type_has_no_roles() -> None:
    odd = FieldDef(1, "Future", "hologram")
    assert not any(check(odd) for check in (roles.is_formula, roles.is_file, roles.is_link, roles.is_text,
                                             roles.is_numeric, roles.is_yes_no, roles.is_long_text))


def test_every_type_declares_a_width_and_an_alignment() -> None:
    for key in field_types.keys():
        t = field_types.get(key)
        assert t.alignment in ("left", "right", "center"), key
        assert 40 <= t.default_width <= 400, key
        assert not (t.long_text and t.can_be_unique), key
        assert t.alignment != "right" or t.numeric, key  # right-aligned means a number (rating stars read from the left)
