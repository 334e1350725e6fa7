"""The UI's one door to the report service: run, list, load and save reports."""

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
    """Reaches the session's report service (built on first use when the session has none)."""

    def __init__(self, session: Session):
        self.session = session

    @property
    def service(self) -> Any:
        service = getattr(self.session, "reports", None)
        if service is None:
            from supasoft.services.reports import ReportService

            service = ReportService(self.session.records, self.session.users)
        return service

    def saved(self) -> list[SavedEntry]:
        service = self.service
        if not hasattr(service, "saved"):
            return []
        return [SavedEntry(r.id, r.name, r.shared) for r in service.saved()]

    def load(self, report_id: Any) -> ReportSpec:
        return self.service.load(report_id)

    def save(self, spec: ReportSpec, report_id: Any = None) -> Any:
        return self.service.save(spec, report_id)

    def may_share(self) -> bool:
        return True
