"""Pages 4 and 5: the dry run and the commit, each on a worker thread with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop_app.errors import UserError
from desktop_app.services.importing import (
    ImportReport,
    Progress,
    dry_run,
    run_import,
    save_issues_xlsx,
)
from desktop_app.ui.importing.summary import counts_html
from desktop_app.ui.widgets.tables import read_only_rows
from desktop_app.ui.widgets.worker import Task

if TYPE_CHECKING:
    from desktop_app.ui.importing.wizard import ImportWizard

Steps = Callable[[Callable[[], bool]], Iterator[Progress]]


def _drive(steps: Iterator[Progress]) -> Generator[Progress, None, ImportReport | None]:
    """Passes the service's steps on; the generator's value is the report of the last one."""
    report = None
    for step in steps:
        report = step.report or report
        yield step
    return report


class _RunPage(QWizardPage):
    """A page that runs one service generator on a worker: progress bar, Cancel, message."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.task: Task | None = None
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(QCoreApplication.translate("ImportWizard", "Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.status)
        self.cancel_button.clicked.connect(self.cancel)

    def start(self, steps: Steps) -> None:
        self.stop()
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        holder: list[Task] = []
        task = Task(
            lambda cancel: _drive(steps(cancel)),
            self,
            on_done=lambda report: self._ended(holder[0], report, None),
            on_error=lambda error: self._ended(holder[0], None, error),
            on_progress=self._progressed,
            progress_dialog=False,  # the page has its own progress bar and Cancel button
        )
        holder.append(task)
        self.task = task
        task.start()
        self.completeChanged.emit()

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(QCoreApplication.translate("ImportWizard", "Cancelling…"))

    def stop(self) -> None:
        """Cancels a running job and waits for its thread."""
        task = self.task
        if task is not None and task.running:
            task.cancel()
            task.wait()

    def _progressed(self, step: Progress) -> None:
        total = max(step.rows_total, step.rows_done, 1)
        self.progress.setRange(0, total)
        self.progress.setValue(step.rows_done)
        text = QCoreApplication.translate("ImportWizard", "%1 of about %2 rows")
        self.status.setText(text.replace("%1", str(step.rows_done)).replace("%2", str(total)))

    def _ended(self, task: Task, report: ImportReport | None, error: BaseException | None) -> None:
        if task is not self.task:
            return
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if report is not None else 0)
        if error is not None and not isinstance(error, UserError):
            self.completeChanged.emit()
            raise error
        self.finished(report, error.message() if isinstance(error, UserError) else "")
        self.completeChanged.emit()

    def finished(self, report: ImportReport | None, error: str) -> None:
        raise NotImplementedError

    def isComplete(self) -> bool:
        return not self.running()


class DryRunPage(_RunPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("A trial run: nothing is written to the database yet."))
        self.setCommitPage(True)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.issues = QTableWidget(0, 4, self)
        self.issues.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Kind"), self.tr("Message")]
        )
        read_only_rows(self.issues, stretch=3)
        self.save_button = QPushButton(self.tr("Save problem list as .xlsx…"), self)
        self.save_button.setEnabled(False)
        self.retry_button = QPushButton(self.tr("Run the check again"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.counts)
        self.layout_.addWidget(self.issues, 1)
        self.layout_.addLayout(buttons)
        self.save_button.clicked.connect(self.choose_issues_file)
        self.retry_button.clicked.connect(self.initializePage)

    def initializePage(self) -> None:
        state = self.wiz.state
        state.report = None
        self.counts.clear()
        self.issues.setRowCount(0)
        self.save_button.setEnabled(False)
        plan, db, actor = state.plan, self.wiz.ctx.db, self.wiz.ctx.actor
        assert plan is not None
        self.status.setText(self.tr("Checking the file…"))
        self.start(lambda cancel: dry_run(db, plan, actor, cancel))

    def cleanupPage(self) -> None:
        self.stop()

    def finished(self, report: ImportReport | None, error: str) -> None:
        self.wiz.state.report = report
        if report is None:
            self.status.setText(error)
            return
        self.status.setText(self.tr("Check finished: nothing has been written yet."))
        self.counts.setText(counts_html(report, committed=False))
        kinds = {"error": self.tr("error"), "warning": self.tr("warning"), "notice": self.tr("notice")}
        self.issues.setRowCount(len(report.issues))
        for row, issue in enumerate(report.issues):
            values = (str(issue.row), issue.column, kinds.get(issue.severity, issue.severity), issue.message)
            for column, text in enumerate(values):
                self.issues.setItem(row, column, QTableWidgetItem(text))
        self.issues.resizeColumnsToContents()
        self.save_button.setEnabled(bool(report.issues))

    def isComplete(self) -> bool:
        report = self.wiz.state.report
        return super().isComplete() and report is not None and not report.needs_merge_policy

    def choose_issues_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save problem list"), "import-problems.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.save_issues(Path(path))

    def save_issues(self, path: Path) -> None:
        report = self.wiz.state.report
        assert report is not None
        try:
            save_issues_xlsx(path, report.issues)
        except OSError as error:
            self.status.setText(self.tr("The list could not be saved: %1").replace("%1", str(error)))
            return
        self.status.setText(self.tr("Problem list saved: %1").replace("%1", str(path)))


class CommitPage(_RunPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("Everything is written in one step. Cancel stops the import and writes nothing.")
        )
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary, 1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        state = self.wiz.state
        state.result = None
        self.summary.clear()
        plan, db, actor = state.plan, self.wiz.ctx.db, self.wiz.ctx.actor
        assert plan is not None
        self.status.setText(self.tr("Importing…"))
        self.start(lambda cancel: run_import(db, plan, actor, cancel))

    def _buttons_enabled(self, enabled: bool) -> None:
        self.wiz.button(QWizard.WizardButton.CancelButton).setEnabled(enabled)

    def start(self, steps: Steps) -> None:
        self._buttons_enabled(False)
        super().start(steps)

    def finished(self, report: ImportReport | None, error: str) -> None:
        self._buttons_enabled(True)
        self.wiz.state.result = report
        if report is None:
            self.status.setText(error)
            self.summary.setText(self.tr("The database is unchanged. Close the wizard or go back to "
                                         "the check and try again."))  # fmt: skip
            return
        assert report.batch_id is not None
        self.status.setText(self.tr("Import finished as batch %1.").replace("%1", str(report.batch_id)))
        self.summary.setText(counts_html(report, committed=True))
        self.wiz.imported.emit(report.batch_id)

    def isComplete(self) -> bool:
        return super().isComplete() and self.wiz.state.result is not None
