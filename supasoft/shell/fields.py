"""Field paths an object's tables can show or filter on, including fields reached through references."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from supasoft.core.fieldtypes.roles import is_derived, is_file, link_target
from supasoft.core.meta import Configuration, FieldDef, FieldPath, ObjectDef

MAX_DEPTH = 2  # Order → Client → City: two references deep


@dataclass(frozen=True)
class PathInfo:
    """A reachable value: its path, the title users see and its field (None = the Code)."""

    path: FieldPath
    title: str
    field: FieldDef | None


def code_title() -> str:
    return QCoreApplication.translate("Fields", "Code")


def describe_path(config: Configuration, object_id: int, path: FieldPath) -> PathInfo | None:
    """Title and field of a path, or None when a field on it no longer exists."""
    if not path:
        return PathInfo((), code_title(), None)
    current: ObjectDef = config.object_by_id(object_id)
    names: list[str] = []
    f: FieldDef | None = None
    for fid in path:
        try:
            f = current.field_by_id(fid)
        except KeyError:
            return None
        names.append(f.name)
        if (target := link_target(f)) is not None:
            try:
                current = config.object_by_id(target)
            except KeyError:
                return None
    return PathInfo(tuple(path), " → ".join(names), f)


def reachable(config: Configuration, object_id: int, depth: int = MAX_DEPTH) -> list[PathInfo]:
    """The Code, every field, and (depth levels deep) the fields of referenced objects."""
    out = [PathInfo((), code_title(), None)]

    def walk(obj: ObjectDef, prefix: FieldPath, names: tuple[str, ...], level: int) -> None:
        for f in obj.fields:
            path = (*prefix, f.id)
            title = " → ".join((*names, f.name))
            out.append(PathInfo(path, title, f))
            if link_target(f) is not None and level < depth:
                try:
                    target = config.object_by_id(f.target)  # type: ignore[arg-type]
                except KeyError:
                    continue
                walk(target, path, (*names, f.name), level + 1)

    walk(config.object_by_id(object_id), (), (), 0)
    return out


def editable_fields(obj: ObjectDef) -> list[FieldDef]:
    """Fields a bulk change can set: stored, not computed, not shown from elsewhere, not files."""
    return [f for f in obj.fields if not is_derived(f) and not is_file(f)]
