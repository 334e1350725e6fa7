"""An order card shows its total once: the lines' "Cost total" goes when the card's Total field sums the costs."""

from __future__ import annotations

from dataclasses import replace

from supasoft.core.meta import FieldDef
from tests.ui.cards.test_card_window import card, lite, lite_file  # noqa: F401 - fixtures

__all__ = ["lite", "lite_file"]


def test_the_lines_total_is_not_repeated_under_the_cards_total(qtbot, lite):  # noqa: ANN001, F811
    session, ids = lite
    config = session.configuration
    detail_set = config.config.detail_sets_of(ids["order"])[0]
    config.save_detail_set(replace(detail_set, totals=[ids["line.cost"], ids["line.quantity"]]))
    window = card(qtbot, session, ids["order"])
    grid = next(iter(window.form.grids.values()))
    assert ids["order.total"] in window.form.slots  # "Total" = SUM({Lines.Cost}) is on the card
    assert not grid.total_labels[ids["line.cost"]].isVisible()  # so "Cost total" would say it again
    assert grid.total_labels[ids["line.quantity"]].isVisible()  # nothing on the card sums the quantities


def test_without_a_summing_field_the_lines_total_stays(qtbot, lite):  # noqa: ANN001, F811
    session, ids = lite
    session.configuration.update_field(ids["order"], ids["order.total"], formula="MAX({Lines.Cost})")
    window = card(qtbot, session, ids["order"])
    grid = next(iter(window.form.grids.values()))
    assert grid.total_labels[ids["line.cost"]].isVisible()


def test_a_total_field_over_another_column_keeps_the_cost_total(qtbot, lite):  # noqa: ANN001, F811
    session, ids = lite
    session.configuration.add_field(ids["order"], FieldDef(0, "Pieces", "formula", formula="SUM({Lines.Quantity})", scale=3))
    window = card(qtbot, session, ids["order"])
    grid = next(iter(window.form.grids.values()))
    assert not grid.total_labels[ids["line.cost"]].isVisible()  # Total still sums the costs
