"""The UI's one door to the report services: run a report; list, load and save saved reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from supasoft.core.reports.spec import ReportSpec
from supasoft.services.session import Session


@dataclass(frozen=True)
class SavedEntry:
    """A saved report as the Reports menu lists it."""

    id: Any
    name: str
    shared: bool


class ReportStore:
    """The session's report services (built over its record service when the session carries none)."""

    def __init__(self, session: Session):
        self.session = session

    @property
    def service(self) -> Any:
        service = getattr(self.session, "reports", None)
        if service is None:
            from supasoft.services.reports import ReportService

            service = ReportService(self.session.records, self.session.users)
        return service

    @property
    def library(self) -> Any:
        library = getattr(self.session, "report_library", None)
        if library is None:
            from supasoft.services.report_library import ReportLibrary

            library = ReportLibrary(self.session.records)
        return library

    def saved(self) -> list[SavedEntry]:
        return [SavedEntry(r.id, r.name, r.shared) for r in self.library.list()]

    def load(self, report_id: Any) -> ReportSpec:
        return self.library.load(report_id)

    def save(self, spec: ReportSpec, report_id: Any = None) -> Any:
        return self.library.save(spec, report_id)

    def delete(self, report_id: Any) -> None:
        self.library.delete(report_id)

    def may_share(self) -> bool:
        """Shared reports are for everyone: making one needs the right to change the structure."""
        return self.session.access.allowed("configure")
