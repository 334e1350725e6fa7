"""What a report shows around its numbers: group labels, header titles and measure titles and formats."""

from __future__ import annotations

from typing import Any

from supasoft.core.fieldtypes.roles import is_numeric, is_user_link, link_target, result_kind, type_of
from supasoft.core.messages import Message
from supasoft.core.meta import Configuration, FieldDef, ObjectDef
from supasoft.core.reports.keys import part_label
from supasoft.core.reports.spec import Grouping, Measure, MeasureInfo

FUNC_TITLES = {"count": "Count", "sum": "Sum", "avg": "Average", "min": "Minimum", "max": "Maximum",
               "count_distinct": "Distinct count"}
PART_TITLES = {"day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
               "weekday": "day of week", "month_of_year": "month of year"}
SHARE_FORMAT = "0.0%"
COUNT_FORMAT = "#,##0"


def grouping_title(grouping: Grouping, f: FieldDef | None) -> str:
    """The header over a grouping's labels: its own title, else the field's name (and the date part)."""
    if grouping.title:
        return grouping.title
    name = f.name if f is not None else Message("Code")
    if grouping.date_part is None:
        return name
    return Message("{field} ({part})", field=name, part=Message(PART_TITLES[grouping.date_part]))


def measure_info(measure: Measure, f: FieldDef | None) -> MeasureInfo:
    """A measure's title ("Sum of Amount") and the Excel format of its values (the field type's own)."""
    func = Message(FUNC_TITLES[measure.func])
    if measure.title:
        title: str = measure.title
    elif f is None:
        title = Message("Number of records") if measure.path is None else Message("{func} of {field}", func=func, field="Code")
    else:
        title = Message("{func} of {field}", func=func, field=f.name)
    if measure.show == "share" and not measure.title:
        title = Message("{measure}, share of total", measure=title)
    elif measure.show == "running" and not measure.title:
        title = Message("{measure}, running total", measure=title)
    scale = f.scale if f is not None and type_of(f).has_scale else None
    if measure.show == "share":
        number_format: str | None = SHARE_FORMAT
    elif measure.func in ("count", "count_distinct"):
        number_format = COUNT_FORMAT
    elif f is not None and measure.func == "avg" and is_numeric(f):
        number_format = "#,##0." + "0" * ((scale or 0) + 2)
    else:
        number_format = type_of(f).cell_format(f) if f is not None else None
    return MeasureInfo(title, measure.func, measure.show, number_format, scale)


class Labeler:
    """Turns a group key (and what the database read beside it) into the text users see."""

    def __init__(self, config: Configuration, obj: ObjectDef, levels: list[tuple[Grouping, FieldDef | None]],
                 people: dict[int, str], visible: Any):
        self.config = config
        self.obj = obj
        self.levels = levels
        self.people = people
        self.visible = visible  # (object id, field id) -> bool

    def __call__(self, level: int, key: Any, read: Any) -> str:
        grouping, f = self.levels[level]
        if grouping.date_part is not None:
            return part_label(grouping.date_part, key)
        if f is None:
            return self.obj.format_code(key)
        target = link_target(f)
        if target is not None:
            return self._display(self.config.object_by_id(target), read) if read is not None else f"#{key}"
        if is_user_link(f):
            return self.people.get(key, f"#{key}")
        if read is not None:  # text: its own spelling
            return str(read)
        return type_of(f).format(key, f)

    def _display(self, obj: ObjectDef, value: Any) -> str:
        shown = obj.display_field
        if shown is None or not self.visible(obj.id, shown):
            return obj.format_code(value)
        f = obj.field_by_id(shown)
        target = link_target(f)
        if target is not None:
            return self._display(self.config.object_by_id(target), value)
        t = type_of(f)
        return t.format(t.from_db(value, f), f)


def is_dated(f: FieldDef | None) -> bool:
    return f is not None and result_kind(f) in ("date", "datetime")
