"""The list a placeholder panel shows: every name a template of an object may use, with the exact tag to copy."""

from __future__ import annotations

from dataclasses import dataclass

from supasoft.core.fieldtypes.roles import is_file
from supasoft.services.document_context import ObjectSlots, SetSlot


@dataclass(frozen=True)
class Placeholder:
    """One usable name: `name` as a path (client.name), `tag` to paste, `label` in the structure's words."""

    name: str
    tag: str
    label: str
    kind: str  # value, record (a reference, printed as its display text), image, loop, end, total


def loop_variable(set_name: str) -> str:
    """The variable a row loop names one line by: lines -> line, items -> item, anything else -> <name>_line."""
    return set_name[:-1] if len(set_name) > 1 and set_name.endswith("s") else f"{set_name}_line"


def placeholder_list(slots: ObjectSlots) -> list[Placeholder]:
    out = [Placeholder("code", "{{ code }}", "Code", "value")]
    out += _fields(slots, "", "")
    out += [Placeholder("today", "{{ today }}", "Today", "value"), Placeholder("user", "{{ user }}", "Current user", "value")]
    for s in slots.sets:
        out += _set(s)
    return out


def _fields(slots: ObjectSlots, prefix: str, label: str) -> list[Placeholder]:
    out = []
    if prefix:
        out.append(Placeholder(f"{prefix}code", f"{{{{ {prefix}code }}}}", f"{label}Code", "value"))
    for slot in slots.fields:
        path = prefix + slot.name
        title = label + slot.field.name
        if slot.target is None:
            out.append(Placeholder(path, f"{{{{ {path} }}}}", title, "value"))
            if is_file(slot.field):
                out.append(Placeholder(f"{path}|image", f"{{{{ {path}|image(40) }}}}", f"{title} (picture)", "image"))
        else:
            out.append(Placeholder(path, f"{{{{ {path} }}}}", title, "record"))
            out += _fields(slot.target, path + ".", title + " → ")
    return out


def _set(s: SetSlot) -> list[Placeholder]:
    item = loop_variable(s.name)
    name = s.detail.name
    out = [Placeholder(s.name, f"{{%tr for {item} in {s.name} %}}", f"{name}: a table row per line", "loop")]
    out += _fields(s.lines, item + ".", f"{name} → ")[1:]  # the line's fields (its Code after them)
    out.append(Placeholder(f"{item}.code", f"{{{{ {item}.code }}}}", f"{name} → Code", "value"))
    out.append(Placeholder(f"end {s.name}", "{%tr endfor %}", f"{name}: end of the row", "end"))
    for t in s.totals:
        path = f"{s.totals_name}.{t.name}"
        out.append(Placeholder(path, f"{{{{ {path} }}}}", f"{name} → total of {t.field.name}", "total"))
    return out
