"""File → Settings…: the language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from omsdesk.ui.settings import AppSettings, Language


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(420)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System default"), Language.SYSTEM)
        self.language_combo.addItem("English", Language.ENGLISH)  # language names are written in themselves
        self.language_combo.addItem("简体中文", Language.CHINESE)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        note = QLabel(self.tr("A change of language takes effect when omsdesk is started again."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b7280;")
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = self.language_combo.currentData()
        self.settings.sync()
        super().accept()
