"""File → Settings…: the language (applied at the next start) and the order review rules (shared)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from omsdesk.ui.settings import AppSettings, Language

if TYPE_CHECKING:
    from omsdesk.ui.context import UiContext
    from omsdesk.ui.orders.review_settings import ReviewSettingsPage


class SettingsDialog(QDialog):
    """``ctx`` (or the parent window's) gives the pages kept in the database, such as the review rules."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None, ctx: UiContext | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System default"), Language.SYSTEM)
        self.language_combo.addItem("English", Language.ENGLISH)  # language names are written in themselves
        self.language_combo.addItem("简体中文", Language.CHINESE)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        note = QLabel(self.tr("A change of language takes effect when omsdesk is started again."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #6b7280;")
        general = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language_combo)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(note)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.review_page: ReviewSettingsPage | None = None
        ctx = ctx if ctx is not None else getattr(parent, "ctx", None)
        if ctx is not None:
            from omsdesk.ui.orders.review_settings import ReviewSettingsPage

            self.review_page = ReviewSettingsPage(ctx)
            self.tabs.addTab(self.review_page, self.tr("Order review"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def show_review_rules(self) -> None:
        if self.review_page is not None:
            self.tabs.setCurrentWidget(self.review_page)

    def accept(self) -> None:
        self.settings.language = self.language_combo.currentData()
        self.settings.sync()
        if self.review_page is None or not self.review_page.is_loaded:
            super().accept()
            return
        self.buttons.setEnabled(False)  # the rules go to the database first; a refused value keeps the dialog open
        self.review_page.save(on_saved=super().accept, on_failed=self._review_refused)

    def _review_refused(self) -> None:
        self.buttons.setEnabled(True)
        self.show_review_rules()
