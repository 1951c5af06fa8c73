"""The "Import errors" tab: orders of a shop that could not be imported and are still missing.

An error stays until the order imports (a later sync or a retry marks it resolved),
so this list is what the merchant still has to look at, across all runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTableWidgetItem, QVBoxLayout, QWidget

from omsdesk.sync.service import UnresolvedError, unresolved_errors
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.widgets import RIGHT, read_only_table, set_column_widths

HINT_STYLE = "color: #6b7280;"


class ImportErrorsPanel(QWidget):
    count_changed = Signal(int)  # orders still missing

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop_id: int | None = None
        self.errors: list[UnresolvedError] = []
        self._generation = 0
        self._busy = False
        self._build()

    def _build(self) -> None:
        self.intro = QLabel(self.tr("Orders the channel sent that could not be imported, with the field and the "
                                    "reason. Fix the cause (often in the shop's own data), then retry them."))
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(HINT_STYLE)
        self.retry_button = QPushButton(self.tr("Retry all failed orders"))
        self.retry_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.table = read_only_table([self.tr("Order"), self.tr("Field"), self.tr("Problem"), self.tr("Last seen"),
                                      self.tr("Times")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, self.table.horizontalHeader().ResizeMode.Stretch)
        self.table.horizontalHeaderItem(4).setTextAlignment(RIGHT)
        set_column_widths(self.table, (110, 220, 400, 140, 70))
        self.empty = QLabel(self.tr("Every order this shop sent has been imported."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 12pt; color: #4b5563;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def show_shop(self, shop_id: int | None) -> None:
        self.shop_id = shop_id
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation, shop_id = self._generation, self.shop_id
        if shop_id is None:
            self._fill([])
            return

        def show(errors: list[UnresolvedError]) -> None:
            if generation == self._generation:
                self._fill(errors)

        self.ctx.tasks.run(lambda _: unresolved_errors(self.ctx.rt.db, shop_id), show, owner=self,
                           name="unresolved import errors")

    def set_busy(self, busy: bool) -> None:
        """While the shop runs a job, a retry would be refused: say so on the button."""
        self._busy = busy
        self._update_button()

    def _update_button(self) -> None:
        self.retry_button.setEnabled(bool(self.errors) and not self._busy)

    def _fill(self, errors: list[UnresolvedError]) -> None:
        self.errors = errors
        self.table.setRowCount(len(errors))
        for row, error in enumerate(errors):
            cells = (error.external_id, error.field, error.message, format_datetime(error.last_seen),
                     format_count(error.times))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 4:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.stack.setCurrentWidget(self.table if errors else self.empty)
        self._update_button()
        self.count_changed.emit(len(errors))
