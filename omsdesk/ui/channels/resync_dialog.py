"""Ask from when a shop's orders should be pulled again ("Re-sync from date…")."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget,
)

DEFAULT_DAYS_BACK = 7
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


def as_utc(moment: QDateTime) -> datetime:
    """A local date-time from the editor as an aware UTC datetime."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


class ResyncDialog(QDialog):
    def __init__(self, shop_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-sync %1").replace("%1", shop_name))
        self.setMinimumWidth(460)
        explanation = QLabel(self.tr(
            "Fetches every order of %1 changed since this moment again, whatever was fetched before. Orders that "
            "changed are updated, missing ones are added; nothing is duplicated.").replace("%1", shop_name))
        explanation.setWordWrap(True)
        now = QDateTime.currentDateTime()
        self.since_edit = QDateTimeEdit(now.addDays(-DEFAULT_DAYS_BACK))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.since_edit.setMaximumDateTime(now)
        self.since_edit.setMinimumWidth(200)
        self.since_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form = QFormLayout()
        form.addRow(self.tr("Changed since"), self.since_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re-sync"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def since(self) -> datetime:
        return as_utc(self.since_edit.dateTime())
