"""What the import wizard's pages share: the service, the file read, the mapping, the preview and the result."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from supasoft.services.importing import ImportMapping, ImportPreview, ImportResult, ImportService, SourceTable
from supasoft.services.session import Session
from supasoft.widgets.busy import BusyTask, start_busy

FILE, MAPPING, DETAILS, PREVIEW, RUN = range(5)  # the wizard's page ids


@dataclass
class ImportJob:
    """One import as the wizard builds it, page by page."""

    session: Session
    service: ImportService
    object_id: int | None = None
    path: Path | None = None
    sheet: str | None = None
    table: str | None = None
    source: SourceTable | None = None
    locale: str = ""  # "" = each column as detected; else "pl", "en" or "en_US" for every column
    mapping: ImportMapping | None = None
    preview: ImportPreview | None = None
    result: ImportResult | None = None
    results: list[ImportResult] = field(default_factory=list)
    # parent and detail rows together (Orders and their lines from two sheets, tables or files)
    with_details: bool = False
    detail_path: Path | None = None
    detail_part: str | None = None  # the sheet or table of detail_path
    detail_source: SourceTable | None = None
    detail_mapping: ImportMapping | None = None
    parent_key: str = ""  # the parent file's column holding the key (an old order number)
    link_column: str = ""  # the detail file's column holding its parent's key
    details: Any = None  # the services' DetailImport once previewed
    detail_result: ImportResult | None = None

    def detail_objects(self) -> list[Any]:
        """Objects pointing at the import's object whose records this user may create (its detail rows)."""
        from supasoft.core.fieldtypes.roles import link_target

        access = self.session.access
        return [o for o in self.session.configuration.config.objects
                if any(link_target(f) == self.object_id for f in o.fields) and access.allowed("create", o.id)]

    def effective_source(self) -> SourceTable | None:
        """The file as read, with every column in the locale the user chose (when they chose one)."""
        if self.source is None or not self.locale:
            return self.source
        return dataclasses.replace(self.source, locales=[self.locale] * len(self.source.headers))

    def objects(self) -> list[Any]:
        """The objects this user may import into (create or change records of)."""
        access = self.session.access
        return [o for o in self.session.configuration.config.objects
                if access.allowed("create", o.id) or access.allowed("update", o.id)]


def in_worker(parent: QWidget, work: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None]) -> BusyTask:
    """Run work off the GUI thread without a progress dialog (the page shows its own state)."""
    return start_busy(lambda _progress: work(), parent, on_done=on_done, on_error=on_error, show_dialog=False)
