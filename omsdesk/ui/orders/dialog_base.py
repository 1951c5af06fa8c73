"""What the order dialogs share: one write off the UI thread, refusals shown inline, a Reload on conflicts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QWidget

from omsdesk.errors import ConflictError, UserError, ValidationError
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import user_message

ERROR_STYLE = "QLabel { color: #b91c1c; }"
INVALID_FIELD = "border: 1px solid #dc2626; border-radius: 3px;"
HINT_STYLE = "color: #6b7280;"


class OrderDialog(QDialog):
    """A dialog that changes orders: OK runs one write on the write thread; the outcome comes back here.

    Success emits ``saved`` (an order id) and the app-wide ``orders_changed`` and closes the dialog; a
    refusal stays in the dialog, on the message line, with the field it names highlighted; a conflict
    (someone else changed the order) offers *Reload*.
    """

    saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: dict[str, QWidget] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(QCoreApplication.translate("OrderDialog", "Reload"))
        self.reload_button.setToolTip(QCoreApplication.translate(
            "OrderDialog", "Show the order as it is now; then make your change again"))
        self.reload_button.clicked.connect(self.reload)
        self.message_row = QWidget()
        row = QHBoxLayout(self.message_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)
        row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message_row.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.writing = False

    # -- for subclasses -------------------------------------------------------------------

    def save(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def reload(self) -> None:
        """Fetch the order again after a conflict (dialogs that edit one order override it)."""

    def field_widget(self, field: str) -> QWidget | None:
        return self.fields.get(field)

    def run_write(self, write: Callable[[], int], name: str) -> None:
        self.clear_message()
        self.writing = True
        self.buttons.setEnabled(False)
        self.ctx.tasks.run_write(lambda _: write(), self._written, self._failed, owner=self, name=name)

    def run_read(self, read: Callable[[], Any], done: Callable[[Any], None], name: str) -> None:
        def failed(error: BaseException) -> None:
            self.show_error(error)

        self.ctx.tasks.run(lambda _: read(), done, failed, owner=self, name=name)

    # -- messages ---------------------------------------------------------------------------

    def show_error(self, error: BaseException | str) -> None:
        if isinstance(error, BaseException) and not isinstance(error, UserError):
            self.ctx.report(error)
            text = QCoreApplication.translate(
                "OrderDialog", "That did not work: an unexpected error, reported with its details.")
        else:
            text = error if isinstance(error, str) else user_message(error)
        self.message.setText(text)
        self.reload_button.setVisible(isinstance(error, ConflictError))
        self.message_row.show()
        if isinstance(error, ValidationError):
            self.mark_invalid(error.field)

    def mark_invalid(self, field: str) -> None:
        widget = self.field_widget(field)
        if widget is not None:
            widget.setStyleSheet(INVALID_FIELD)
            widget.setFocus()

    def clear_message(self) -> None:
        self.message_row.hide()
        self.message.setText("")
        for widget in self.fields.values():
            widget.setStyleSheet("")

    # -- outcome ----------------------------------------------------------------------------

    def _written(self, order_id: int) -> None:
        self.writing = False
        self.buttons.setEnabled(True)
        self.ctx.events.orders_changed.emit()
        self.saved.emit(order_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.writing = False
        self.buttons.setEnabled(True)
        self.show_error(error)
        self.after_failure()

    def after_failure(self) -> None:
        """Re-check what OK may do (subclasses that disable it)."""
