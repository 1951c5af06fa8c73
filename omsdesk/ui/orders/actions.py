"""Batch actions on a selection of orders: progress with Cancel, then a summary of what failed and why.

:class:`BatchRun` runs one batch service call (approve, hold, allocate, …) off the UI thread. The
service's ``progress(done, total)`` travels through the task's progress reports to a progress dialog;
the dialog's *Cancel* sets the task's cancel token, which the service reads between orders (what was
done stays done). When it ends the app hears ``orders_changed``; if anything failed or the person
stopped it, :class:`BatchSummaryDialog` lists each failure — order number and the reason in the
person's language — with *Reload* when someone else had changed an order meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omsdesk.errors import ConflictError
from omsdesk.orders.allocation import AllocationResult
from omsdesk.orders.batch import BatchResult, Cancelled, Progress
from omsdesk.orders.review import ReviewBatchResult
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.i18n import user_message
from omsdesk.ui.tasks import Task, TaskContext
from omsdesk.ui.widgets import read_only_table

BatchWork = Callable[[Progress, Cancelled], BatchResult]
Headline = Callable[[BatchResult], str]  # "12 approved": what the batch did, before the failures
PROGRESS_DELAY_MS = 400  # a batch that ends sooner shows no progress dialog at all


def counted(template: str) -> Headline:
    """A headline that fills ``%1`` of ``template`` ("%1 approved") with the number of orders done."""
    return lambda result: template.replace("%1", format_count(len(result.done)))


def result_text(result: BatchResult, headline: Headline) -> str:
    """"12 approved, 2 failed": the headline of the batch, then how many failed."""
    parts = [headline(result)]
    if result.failed:
        failed = QCoreApplication.translate("BatchSummaryDialog", "%1 failed")
        parts.append(failed.replace("%1", format_count(len(result.failed))))
    return QCoreApplication.translate("BatchSummaryDialog", ", ").join(parts)


def _joined(parts: list[tuple[str, int]]) -> str:
    shown = [template.replace("%1", format_count(count)) for template, count in parts if count]
    return QCoreApplication.translate("BatchSummaryDialog", ", ").join(shown)


def review_headline(result: BatchResult) -> str:
    """Orders reviewed again: how many were approved now, how many still wait with flags."""
    reviewed = QCoreApplication.translate("BatchSummaryDialog", "%1 reviewed").replace(
        "%1", format_count(len(result.done)))
    if not isinstance(result, ReviewBatchResult) or not result.done:
        return reviewed
    details = _joined([
        (QCoreApplication.translate("BatchSummaryDialog", "%1 approved"), len(result.approved)),
        (QCoreApplication.translate("BatchSummaryDialog", "%1 still flagged"), len(result.flagged)),
    ])
    if not details:
        return reviewed
    return QCoreApplication.translate("BatchSummaryDialog", "%1: %2").replace("%1", reviewed).replace("%2", details)


def allocation_headline(result: BatchResult) -> str:
    """What allocation did: allocated in full, in part, split off, or waiting for stock."""
    if not isinstance(result, AllocationResult):
        return counted(QCoreApplication.translate("BatchSummaryDialog", "%1 allocated"))(result)
    text = _joined([
        (QCoreApplication.translate("BatchSummaryDialog", "%1 allocated"), len(result.allocated)),
        (QCoreApplication.translate("BatchSummaryDialog", "%1 allocated in part"), len(result.partial)),
        (QCoreApplication.translate("BatchSummaryDialog", "%1 split off and allocated"), len(result.split_off)),
        (QCoreApplication.translate("BatchSummaryDialog", "%1 waiting for stock"), len(result.waiting)),
    ])
    return text or QCoreApplication.translate("BatchSummaryDialog", "nothing to allocate")


class BatchSummaryDialog(QDialog):
    """What a batch did: the counts, and one row per failed order with the reason."""

    select_requested = Signal(list)  # ids of the failed orders, to look at them in the list
    reload_requested = Signal(list)  # the same, after a conflict: show the orders as they are now

    def __init__(self, title: str, result: BatchResult, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.counts_label = QLabel(text)
        self.counts_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.counts_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        if result.cancelled:
            self.stopped_label = QLabel(self.tr("You stopped it before the end: the orders after these were not "
                                                "touched."))
            self.stopped_label.setWordWrap(True)
            self.stopped_label.setStyleSheet("color: #b45309;")
            layout.addWidget(self.stopped_label)
        self.failures = read_only_table([self.tr("Order no."), self.tr("Why it failed")])
        self.failures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.failures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.failures.setWordWrap(True)
        self.failures.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fill_failures()
        self.failures.setVisible(bool(result.failed))
        layout.addWidget(self.failures, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.select_button = QPushButton(self.tr("Select failed orders"))
        self.select_button.setToolTip(self.tr("Select these orders in the list to deal with them"))
        self.select_button.clicked.connect(self._select)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Someone else changed some of these orders: show them as they are "
                                              "now, then try again"))
        self.reload_button.clicked.connect(self._reload)
        if result.failed:
            self.buttons.addButton(self.select_button, QDialogButtonBox.ButtonRole.ActionRole)
        if self.conflicts():
            self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)
        self.resize(680, 240 + 26 * min(len(result.failed), 12))

    def _fill_failures(self) -> None:
        table = self.failures
        table.setRowCount(len(self.result.failed))
        for row, failure in enumerate(self.result.failed):
            message = user_message(failure.error)
            for column, text in enumerate((failure.number, message)):
                item = QTableWidgetItem(text)
                item.setToolTip(message)
                table.setItem(row, column, item)

    def failed_ids(self) -> list[int]:
        return [failure.order_id for failure in self.result.failed]

    def conflicts(self) -> list[int]:
        return [f.order_id for f in self.result.failed if isinstance(f.error, ConflictError)]

    def _select(self) -> None:
        self.select_requested.emit(self.failed_ids())
        self.accept()

    def _reload(self) -> None:
        self.reload_requested.emit(self.failed_ids())
        self.accept()


class BatchRun(QObject):
    """One batch call in the background: a progress dialog (after a short delay), Cancel, then the outcome.

    ``finished`` carries the :class:`BatchResult`; ``summary`` is the dialog shown when something failed
    or the person stopped the batch (``None`` when all went through: ``message`` says what happened).
    """

    finished = Signal(object)  # BatchResult
    failed = Signal(object)  # the exception, when the batch itself could not run
    progressed = Signal(int, int)  # done, total

    def __init__(self, ctx: UiContext, parent: QWidget, title: str, label: str, headline: Headline,
                 work: BatchWork, total: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.title = title
        self.headline = headline
        self.work = work
        self.result: BatchResult | None = None
        self.summary: BatchSummaryDialog | None = None
        self.message = ""
        self.task: Task[BatchResult] | None = None
        self.progress = QProgressDialog(label, self.tr("Stop"), 0, total, parent)
        self.progress.setWindowTitle(title)
        # Not modal: a modal progress dialog pumps the event loop inside setValue().
        self.progress.setWindowModality(Qt.WindowModality.NonModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumWidth(380)
        self.progress.canceled.connect(self.cancel)
        self.progress.setValue(0)

    def start(self) -> BatchRun:
        def run(context: TaskContext) -> BatchResult:
            return self.work(lambda done, total: context.report((done, total)), context.cancelled)

        self.task = self.ctx.tasks.run_long(run, self._done, self._failed, self._progressed, owner=self,
                                            name=f"batch: {self.title}")
        return self

    def cancel(self) -> None:
        if self.task is not None and not self.task.finished:
            self.task.cancel()
            self.progress.setLabelText(self.tr("Stopping after the current order…"))

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.finished

    def _progressed(self, value: tuple[int, int]) -> None:
        done, total = value
        if self.progress.maximum() != total:
            self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progressed.emit(done, total)

    def _done(self, result: BatchResult) -> None:
        self.result = result
        self._close_progress()
        self.ctx.events.orders_changed.emit()
        self.message = result_text(result, self.headline)
        if result.failed or result.cancelled:
            self.summary = BatchSummaryDialog(self.title, result, self.message, self.parent_widget)
            self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.summary.open()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        self.ctx.events.orders_changed.emit()  # orders before the failure may have changed
        self.message = user_message(error)
        self.ctx.report(error)
        self.failed.emit(error)

    def _close_progress(self) -> None:
        self.progress.canceled.disconnect(self.cancel)
        self.progress.reset()
        self.progress.close()
        self.progress.deleteLater()


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the Orders workspace, in one list (F1)."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = read_only_table([self.tr("Action"), self.tr("Keys")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setRowCount(len(rows))
        for row, (action, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(action))
            key_item = QTableWidgetItem(keys)
            key_item.setForeground(Qt.GlobalColor.darkBlue)
            self.table.setItem(row, 1, key_item)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)
