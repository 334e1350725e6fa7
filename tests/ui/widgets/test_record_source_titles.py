"""Child record lists in cards title the Code column in the interface language, as the main tables do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from supasoft.services.session import open_session
from supasoft.services.setup import initialize, lite_ids
from supasoft.widgets.record_source import CODE_KEY, RecordRowSource


@pytest.mark.parametrize(("language", "title"), [("en", "Code"), ("pl", "Kod"), ("ru", "Код")])
def test_code_column_title_follows_the_language(tmp_path: Path, language: str, title: str,
                                                translations: Callable[[str], str]) -> None:
    translations(language)
    session = open_session(tmp_path / "crm.db")
    initialize(session, "lite", language=language)
    payments = RecordRowSource(session.records, lite_ids(session)["payment"])
    code = next(c for c in payments.columns() if c.key == CODE_KEY)
    assert code.title == title
    session.close()
