"""`check`: the database file's integrity, the stored structure document, the document against the real tables, and
stored formula values against a fresh computation."""

from __future__ import annotations

from supasoft.services.config_check import document_problems
from supasoft.services.formula_check import stale_formula_problems
from supasoft.services.session import Session
from supasoft.storage.schema_audit import file_problems, physical_problems


def check_database(session: Session) -> list[str]:
    """Every problem found (empty = clean)."""
    problems: list[str] = []
    storage = session.storage
    config = session.configuration.config
    problems += [f"structure {path}: {message}" if path else f"structure: {message}" for path, message in document_problems(config)]
    with storage.connect() as conn:
        problems += file_problems(conn, storage.kind)
        problems += physical_problems(conn, config, storage.kind)
    if not problems:  # formulas can only be evaluated over tables that match the structure
        problems += stale_formula_problems(session)
    return problems
