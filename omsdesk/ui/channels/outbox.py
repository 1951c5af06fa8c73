"""The "Outbox" tab: tracking numbers and stock levels waiting for, or refused by, the channel.

Items are listed newest first with their state in colour; failed ones can be queued
again one by one or all at once, and the workspace then sends them straight away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from omsdesk.db.types import utc_now
from omsdesk.errors import UserError
from omsdesk.sync import outbox
from omsdesk.sync.models import OutboxState
from omsdesk.sync.outbox import OutboxRow
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.i18n import outbox_kind_label, outbox_state_label, user_message
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import RIGHT, read_only_table, set_column_widths

STATE_COLOURS = {
    OutboxState.PENDING: QColor("#b45309"), OutboxState.SENDING: QColor("#1d4ed8"),
    OutboxState.FAILED: QColor("#b91c1c"), OutboxState.DONE: QColor("#15803d"),
}
STATES = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED, OutboxState.DONE)
ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_AT_MOST = 500
OK_STYLE = "color: #15803d;"
ERROR_STYLE = "color: #b91c1c;"
HINT_STYLE = "color: #6b7280;"


class OutboxPanel(QWidget):
    counts_changed = Signal(dict)  # state value → count, for the selected shop
    retried = Signal(int, int)  # shop id, items queued again

    COLUMNS = ("created", "kind", "label", "state", "attempts", "next", "error")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop_id: int | None = None
        self.rows: list[OutboxRow] = []
        self.counts: dict[str, int] = {}
        self._generation = 0
        self._build()

    def _build(self) -> None:
        self.state_combo = QComboBox()
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state_combo.addItem(self.tr("All states"), None)
        for state in STATES:
            self.state_combo.addItem(outbox_state_label(state), state.value)
        self.state_combo.currentIndexChanged.connect(lambda _: self.reload())
        self.retry_selected_button = QPushButton(self.tr("Retry selected"))
        self.retry_all_button = QPushButton(self.tr("Retry all failed"))
        self.retry_selected_button.clicked.connect(self.retry_selected)
        self.retry_all_button.clicked.connect(self.retry_all_failed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.state_combo)
        top.addStretch(1)
        top.addWidget(self.retry_selected_button)
        top.addWidget(self.retry_all_button)
        self.table = read_only_table([
            self.tr("Created"), self.tr("Type"), self.tr("What"), self.tr("State"), self.tr("Attempts"),
            self.tr("Next attempt"), self.tr("Last error"),
        ])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeaderItem(self.COLUMNS.index("attempts")).setTextAlignment(RIGHT)
        set_column_widths(self.table, (130, 90, 380, 80, 70, 130))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("Nothing to send: tracking numbers and stock levels for this shop appear "
                                    "here when they are queued."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 12pt; color: #4b5563;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        self.limit_label = QLabel(self.tr("Showing the newest %1; choose a state to narrow the list.")
                                  .replace("%1", format_count(SHOWN_AT_MOST)))
        self.limit_label.setStyleSheet(HINT_STYLE)
        self.limit_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.message)
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------

    def show_shop(self, shop_id: int | None) -> None:
        if shop_id != self.shop_id:
            self.message.setVisible(False)
        self.shop_id = shop_id
        self.reload()

    def set_state_filter(self, state: OutboxState | None) -> None:
        self.state_combo.setCurrentIndex(self.state_combo.findData(state.value if state else None))

    @Slot()
    def reload(self) -> None:
        self._generation += 1
        generation, shop_id = self._generation, self.shop_id
        if shop_id is None:
            self._fill([], {})
            return
        chosen = self.state_combo.currentData()
        states = [OutboxState(chosen)] if chosen else []
        db = self.ctx.rt.db

        def load(_: TaskContext) -> tuple[list[OutboxRow], dict[str, int]]:
            return (outbox.list_items(db, shop_id=shop_id, states=states, limit=SHOWN_AT_MOST),
                    outbox.counts_by_state(db, shop_id))

        def show(result: tuple[list[OutboxRow], dict[str, int]]) -> None:
            if generation == self._generation:
                self._fill(*result)

        self.ctx.tasks.run(load, show, owner=self, name="outbox items")

    def _fill(self, rows: list[OutboxRow], counts: dict[str, int]) -> None:
        selected = set(self.selected_ids())
        self.rows, self.counts = rows, counts
        self.table.setRowCount(len(rows))
        self.table.blockSignals(True)
        for row, item in enumerate(rows):
            for column, cell in enumerate(self._cells(item)):
                self.table.setItem(row, column, cell)
        self.select_ids(selected)
        self.table.blockSignals(False)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.limit_label.setVisible(len(rows) >= SHOWN_AT_MOST)
        self._show_counts_in_filter(counts)
        self._update_buttons()
        self.counts_changed.emit(counts)

    def _cells(self, row: OutboxRow) -> list[QTableWidgetItem]:
        texts = (format_datetime(row.created_at), outbox_kind_label(row.kind), row.label,
                 outbox_state_label(row.state), format_count(row.attempts), self._next_attempt(row),
                 row.last_error)
        cells = [QTableWidgetItem(text) for text in texts]
        cells[0].setData(ID_ROLE, row.id)
        cells[2].setToolTip(row.label)
        cells[3].setForeground(STATE_COLOURS.get(OutboxState(row.state), QColor("#374151")))
        cells[3].setToolTip(self._state_details(row))
        cells[4].setTextAlignment(RIGHT)
        cells[6].setToolTip(row.last_error)
        if row.state == OutboxState.FAILED:
            cells[6].setForeground(STATE_COLOURS[OutboxState.FAILED])
        return cells

    def _next_attempt(self, row: OutboxRow) -> str:
        if row.state != OutboxState.PENDING:
            return ""
        if row.next_attempt_at <= utc_now():
            return self.tr("Now")
        return format_datetime(row.next_attempt_at)

    def _state_details(self, row: OutboxRow) -> str:
        if row.state == OutboxState.DONE and row.done_at is not None:
            text = self.tr("Done %1").replace("%1", format_datetime(row.done_at))
            if row.channel_reference:
                text += " · " + self.tr("channel reference %1").replace("%1", row.channel_reference)
            return text
        if row.state == OutboxState.FAILED:
            return self.tr("The channel refused it or it ran out of attempts; retry it once the cause is fixed.")
        return ""

    def _show_counts_in_filter(self, counts: dict[str, int]) -> None:
        total = sum(counts.values())
        self.state_combo.setItemText(0, self.tr("All states (%1)").replace("%1", format_count(total)))
        for index, state in enumerate(STATES, start=1):
            count = format_count(counts.get(state.value, 0))
            self.state_combo.setItemText(index, f"{outbox_state_label(state)} ({count})")

    # -- retrying --------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[row].id for row in rows if row < len(self.rows)]

    def select_ids(self, ids: set[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, item in enumerate(self.rows):
            if item.id in ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _selected_failed(self) -> list[int]:
        failed = {row.id for row in self.rows if row.state == OutboxState.FAILED}
        return [item_id for item_id in self.selected_ids() if item_id in failed]

    def _update_buttons(self) -> None:
        self.retry_selected_button.setEnabled(bool(self._selected_failed()))
        self.retry_all_button.setEnabled(self.counts.get(OutboxState.FAILED.value, 0) > 0)

    @Slot()
    def retry_selected(self) -> None:
        ids = self._selected_failed()
        if ids:
            self._retry(ids)

    @Slot()
    def retry_all_failed(self) -> None:
        self._retry(None)

    def _retry(self, item_ids: list[int] | None) -> None:
        shop_id = self.shop_id
        if shop_id is None:
            return
        self.retry_selected_button.setEnabled(False)
        self.retry_all_button.setEnabled(False)
        rt = self.ctx.rt

        def write(_: TaskContext) -> int:
            return outbox.retry(rt.db, rt.actor, item_ids, shop_id=shop_id)

        self.ctx.tasks.run_write(write, lambda count: self._retried(shop_id, count), self._retry_failed,
                                 owner=self, name="retry pushes")

    def _retried(self, shop_id: int, count: int) -> None:
        if count == 1:
            text = self.tr("1 push queued again; sending it now.")
        else:
            text = self.tr("%1 pushes queued again; sending them now.").replace("%1", format_count(count))
        self._say(text if count else self.tr("Nothing to retry: those items are no longer failed."), OK_STYLE)
        self.retried.emit(shop_id, count)
        self.ctx.events.outbox_changed.emit(shop_id)

    def _retry_failed(self, error: BaseException) -> None:
        self._update_buttons()
        if isinstance(error, UserError):
            self._say(user_message(error), ERROR_STYLE)
        else:
            self.ctx.report(error)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(True)
