"""Records → Import…: file, mapping, preview, import; a window of its own that stays responsive (the work runs in
workers) while the main window's tables refresh as records arrive."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from supasoft.importer.details_page import DetailsPage
from supasoft.importer.file_page import FilePage
from supasoft.importer.job import DETAILS, FILE, MAPPING, PREVIEW, RUN, ImportJob
from supasoft.importer.mapping_page import MappingPage
from supasoft.importer.preview_page import PreviewPage
from supasoft.importer.run_page import RunPage
from supasoft.services.importing import ImportService
from supasoft.services.session import Session
from supasoft.widgets.screen_fit import fit_window


class ImportWizard(QWizard):
    """The pages over one ImportJob (the details page only for parent and detail rows); Back keeps the choices."""

    def __init__(self, session: Session, object_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import records"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.job = ImportJob(session, ImportService(session.records), object_id=object_id)
        self.file_page = FilePage(self.job, self)
        self.mapping_page = MappingPage(self.job, self)
        self.details_page = DetailsPage(self.job, self)
        self.preview_page = PreviewPage(self.job, self)
        self.run_page = RunPage(self.job, self)
        for page_id, page in ((FILE, self.file_page), (MAPPING, self.mapping_page), (DETAILS, self.details_page),
                              (PREVIEW, self.preview_page), (RUN, self.run_page)):
            self.setPage(page_id, page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.currentIdChanged.connect(lambda _id: self._lock_back())
        self.run_page.completeChanged.connect(self._lock_back)
        fit_window(self, QSize(900, 620))

    def _lock_back(self) -> None:
        """No going back while an import runs, nor after it wrote something (start a new import instead)."""
        if self.currentPage() is self.run_page:
            self.button(QWizard.WizardButton.BackButton).setEnabled(not self.run_page.running() and self.job.result is None)

    def reject(self) -> None:
        self.run_page.stop.set()  # an import still running stops after its current batch; what it wrote stays
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.run_page.stop.set()
        super().closeEvent(event)
