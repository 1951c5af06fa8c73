"""Ask why: the reason a person gives to hold, cancel or reject orders (kept in the order's history)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def hold_reasons() -> list[str]:
    return [QCoreApplication.translate("ReasonDialog", "Waiting for the buyer to confirm the address"), QCoreApplication.translate("ReasonDialog", "Suspected fraud"),
            QCoreApplication.translate("ReasonDialog", "Buyer asked to wait"), QCoreApplication.translate("ReasonDialog", "Waiting for stock"), QCoreApplication.translate("ReasonDialog", "Waiting for payment")]


def cancel_reasons() -> list[str]:
    return [QCoreApplication.translate("ReasonDialog", "Buyer asked to cancel"), QCoreApplication.translate("ReasonDialog", "Out of stock"), QCoreApplication.translate("ReasonDialog", "Duplicate order"), QCoreApplication.translate("ReasonDialog", "Suspected fraud"),
            QCoreApplication.translate("ReasonDialog", "Address cannot be delivered to")]


def reject_reasons() -> list[str]:
    """Review: reject to hold."""
    return [QCoreApplication.translate("ReasonDialog", "Address incomplete: contacting the buyer"), QCoreApplication.translate("ReasonDialog", "Suspected duplicate"), QCoreApplication.translate("ReasonDialog", "Suspected fraud"),
            QCoreApplication.translate("ReasonDialog", "Buyer on the block list"), QCoreApplication.translate("ReasonDialog", "Remark needs an answer")]


class ReasonDialog(QDialog):
    """An editable combo of common reasons; OK stays disabled until there is a reason."""

    def __init__(self, title: str, prompt: str, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(reasons)
        self.combo.setCurrentIndex(-1)
        self.combo.lineEdit().setPlaceholderText(self.tr("Choose a reason or type your own"))
        self.combo.lineEdit().setMaxLength(200)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._accept_if_given)
        self.buttons.rejected.connect(self.reject)
        self.combo.currentTextChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def reason(self) -> str:
        return " ".join(self.combo.currentText().split())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def _accept_if_given(self) -> None:
        if self.reason():
            self.accept()


def ask_reason(parent: QWidget | None, title: str, prompt: str, reasons: list[str]) -> str | None:
    """The reason the person gave (spaces tidied), or ``None`` when they cancelled."""
    dialog = ReasonDialog(title, prompt, reasons, parent)
    try:
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
