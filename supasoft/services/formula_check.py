"""`check` and `recompute`: stored formula values compared with a fresh computation, and repaired."""

from __future__ import annotations

from supasoft.core.errors import NotFound
from supasoft.core.fieldtypes.roles import is_formula
from supasoft.core.messages import Message
from supasoft.services.session import Session

SHOWN_CODES = 5


def stale_formula_problems(session: Session) -> list[str]:
    """One line per formula field whose stored values differ from what the formula gives now."""
    records = session.records
    repo = records.repo()
    config = repo.config
    problems: list[str] = []
    with session.storage.connect() as conn:
        for obj in config.objects:
            stale = records.formulas.stale(conn, repo, obj)
            for fid, ids in sorted(stale.items()):
                codes = repo.codes_of(conn, obj, ids[:SHOWN_CODES])
                more = f" and {len(ids) - SHOWN_CODES} more" if len(ids) > SHOWN_CODES else ""
                problems.append(f"formulas: {obj.name}.{obj.field_by_id(fid).name}: {len(ids)} stored value(s) out of date "
                                f"({', '.join(codes)}{more}); run `supasoft-admin recompute {obj.name}`")
    return problems


def recompute_formulas(session: Session, object_name: str | None = None) -> dict[str, int]:
    """Recompute the stored formulas of one object (by name) or of all, with everything that reads them; name -> records."""
    config = session.records.config
    if object_name is None:
        objects = list(config.objects)
    else:
        found = config.object_by_name(object_name)
        if found is None:
            raise NotFound(Message("There is no object named {name!r}", name=object_name))
        objects = [found]
    return {o.name: session.records.recompute_formulas(o.id) for o in objects if any(is_formula(f) for f in o.fields)}
