"""Import Excel/CSV…: a QWizard over the import services, five pages sharing one ImportState.

The pages read and write ``wizard.state``; long work (dry run, commit) runs on a worker thread through
``desktop_app.ui.widgets.worker.Task``; the wizard waits for it before it closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop_app.excel import Preview
from desktop_app.services.importing import ImportPlan, ImportProfile, ImportReport
from desktop_app.ui.context import AppContext


@dataclass
class ImportState:
    path: Path | None = None
    shown: Preview | None = None
    #: The profile as far as the user has made it: columns from the mapping page, settings from options.
    profile: ImportProfile = field(default_factory=ImportProfile)
    #: A profile loaded from a file: its settings are kept when the mapping is redone.
    loaded: ImportProfile | None = None
    plan: ImportPlan | None = None
    report: ImportReport | None = None  # of the dry run
    result: ImportReport | None = None  # of the commit


class ImportWizard(QWizard):
    #: The batch id of a committed import; the main window reloads its customer list.
    imported = Signal(int)

    FILE, MAPPING, OPTIONS, DRY_RUN, COMMIT = range(5)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from desktop_app.ui.importing.file_page import FilePage
        from desktop_app.ui.importing.mapping_page import MappingPage
        from desktop_app.ui.importing.options_page import OptionsPage
        from desktop_app.ui.importing.run_pages import CommitPage, DryRunPage

        super().__init__(parent)
        self.ctx = ctx
        self.state = ImportState()
        self.setWindowTitle(self.tr("Import customers from Excel/CSV"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(1000, 700)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.dry_run_page = DryRunPage(self)
        self.commit_page = CommitPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.mapping_page, self.options_page, self.dry_run_page, self.commit_page)
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import now"))

    def stop_work(self) -> None:
        """Cancels and waits for any worker: no thread outlives the wizard."""
        for page in (self.dry_run_page, self.commit_page):
            page.stop()

    def done(self, result: int) -> None:
        if self.commit_page.running():
            return  # the commit is cancelled with its own button; closing mid-way would hide the outcome
        self.stop_work()
        super().done(result)
