"""Saved reports: personal ones belong to their owner, shared ones are for everyone and need `configure`
to create, change or delete (as shared table views do). A user sees shared reports and their own, and only
those on objects they may read and report on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from supasoft.core.errors import NotFound, PermissionDenied, SchemaError
from supasoft.core.messages import Message
from supasoft.core.reports.spec import ReportSpec
from supasoft.storage import report_store

MAX_NAME = 200


@dataclass
class SavedReport:
    """A saved report as listed: its name, object, whether it is shared and whether it is the user's own."""

    id: int
    name: str
    object_id: int
    shared: bool
    mine: bool


class ReportLibrary:
    """Saved reports of the session's user (the RecordService carries the storage, the actor and the rights)."""

    def __init__(self, records: Any):
        self.storage = records.basis.storage
        self.access = records.access
        self.actor = records.actor
        self._records = records

    @property
    def config(self) -> Any:
        return self._records.config

    def _visible(self, stored: report_store.StoredReport) -> bool:
        """On an object that still exists and that the user may read and report on."""
        if not any(o.id == stored.object_id for o in self.config.objects):
            return False
        return self.access.allowed("read", stored.object_id) and self.access.allowed("report", stored.object_id)

    def list(self) -> list[SavedReport]:
        """Shared reports and the user's own, on objects the user may report on, by name."""
        with self.storage.connect() as conn:
            found = report_store.visible_reports(conn, self.actor.user_id)
        return [SavedReport(r.id, r.name, r.object_id, r.shared, r.owner_id == self.actor.user_id and not r.shared)
                for r in found if self._visible(r)]

    def _stored(self, report_id: int) -> report_store.StoredReport:
        with self.storage.connect() as conn:
            stored = report_store.report_by_id(conn, report_id)
        if stored is None or not (stored.shared or stored.owner_id == self.actor.user_id) or not self._visible(stored):
            raise NotFound(Message("Report #{id} does not exist", id=report_id))
        return stored

    def load(self, report_id: int) -> ReportSpec:
        """The saved spec (its name and sharing as stored)."""
        stored = self._stored(report_id)
        spec = ReportSpec.from_json(stored.spec)
        spec.name, spec.shared = stored.name, stored.shared
        return spec

    def find(self, name: str) -> SavedReport:
        """A report by name, ignoring case; the user's own before a shared one of the same name."""
        wanted = name.strip().casefold()
        matches = [r for r in self.list() if r.name.casefold() == wanted]
        if not matches:
            raise NotFound(Message("There is no report named {name}", name=name))
        return sorted(matches, key=lambda r: not r.mine)[0]

    def save(self, spec: ReportSpec, report_id: int | None = None) -> int:
        """Store a new report (report_id None) or replace one; returns its id."""
        name = spec.name.strip()
        if not name or len(name) > MAX_NAME:
            raise SchemaError(Message("A report needs a name of at most {limit} characters", limit=MAX_NAME))
        self.access.require("report", spec.object_id)
        if spec.shared:
            self.access.require("configure")
        with self.storage.begin() as conn:
            if report_id is None:
                return report_store.insert_report(conn, name, spec.object_id, self.actor.user_id, spec.shared, spec.to_json())
            existing = report_store.report_by_id(conn, report_id)
            if existing is None:
                raise NotFound(Message("Report #{id} does not exist", id=report_id))
            self._may_change(existing)
            report_store.update_report(conn, report_id, name, spec.object_id, spec.shared, spec.to_json())
            return report_id

    def delete(self, report_id: int) -> None:
        with self.storage.begin() as conn:
            existing = report_store.report_by_id(conn, report_id)
            if existing is None:
                raise NotFound(Message("Report #{id} does not exist", id=report_id))
            self._may_change(existing)
            report_store.delete_report(conn, report_id)

    def _may_change(self, stored: report_store.StoredReport) -> None:
        if stored.shared or stored.owner_id != self.actor.user_id:
            if not self.access.allowed("configure"):
                raise PermissionDenied(Message("Only the owner or someone who may change the structure can change this report."))
