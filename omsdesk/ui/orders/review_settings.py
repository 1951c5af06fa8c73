"""Settings → Order review: switch each review rule (审单规则) and edit its parameters.

The rules are shared by every desktop (stored in the database): loaded in the background when the
page opens, saved through the write queue; a value the service refuses is shown under the rules
and its field gets the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omsdesk.errors import ValidationError
from omsdesk.orders.review import MAX_DUPLICATE_HOURS, ReviewRules, load_rules, save_rules
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import user_message
from omsdesk.ui.tasks import TaskContext

HINT_STYLE = "color: #6b7280;"
ERROR_STYLE = "color: #b91c1c;"


def _row(*widgets: QWidget, indent: bool = False, stretch: bool = True) -> QHBoxLayout:
    """Widgets side by side: a rule's switch and its parameter; ``indent`` for what belongs to the rule above."""
    row = QHBoxLayout()
    if indent:
        row.addSpacing(24)
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    return row


class ReviewSettingsPage(QWidget):
    """The review rules as check boxes, each with its parameters beside or under it."""

    loaded = Signal()
    saved = Signal()
    failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.is_loaded = False
        self._build()
        self.setEnabled(False)  # until the stored rules are in
        self.load()

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.address_check = QCheckBox(self.tr("Shipping address complete and plausible"))
        self.postcode_check = QCheckBox(self.tr("Require a postcode"))
        self.unmapped_check = QCheckBox(self.tr("Every line mapped to a SKU"))
        self.stock_check = QCheckBox(self.tr("Stock available in the shop's warehouses"))
        self.remark_check = QCheckBox(self.tr("Buyer or seller remark present"))
        self.amount_check = QCheckBox(self.tr("Order total above"))
        self.threshold_edit = QLineEdit()
        self.threshold_edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"\d{0,12}([.,]\d{0,2})?"), self.threshold_edit))
        self.threshold_edit.setMaximumWidth(140)
        self.blocked_check = QCheckBox(self.tr("Buyer on the block list"))
        self.block_list_edit = QPlainTextEdit()
        self.block_list_edit.setPlaceholderText(self.tr("One buyer name, phone number or e-mail per line"))
        self.block_list_edit.setTabChangesFocus(True)
        self.block_list_edit.setMinimumHeight(80)
        self.duplicate_check = QCheckBox(self.tr("Suspected duplicate: same buyer, address and goods"))
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(1, MAX_DUPLICATE_HOURS)
        self.hours_spin.setMaximumWidth(90)
        self.unpaid_check = QCheckBox(self.tr("Not paid yet"))

        rules = QVBoxLayout()
        rules.addWidget(self.address_check)
        rules.addLayout(_row(self.postcode_check, indent=True))
        rules.addWidget(self.unmapped_check)
        rules.addWidget(self.stock_check)
        rules.addWidget(self.remark_check)
        rules.addLayout(_row(self.amount_check, self.threshold_edit))
        rules.addWidget(self.duplicate_check)
        within, hours = QLabel(self.tr("within")), QLabel(self.tr("hours of another order"))
        rules.addLayout(_row(within, self.hours_spin, hours, indent=True))
        rules.addWidget(self.unpaid_check)
        rules.addWidget(self.blocked_check)
        rules.addLayout(_row(self.block_list_edit, indent=True, stretch=False))

        rules_box = QGroupBox(self.tr("Hold an order for a person when"))
        rules_box.setLayout(rules)
        hint = QLabel(self.tr("New orders that pass every rule switched on are approved automatically when "
                              "they are imported; the others wait with their reasons shown as flags. "
                              "These rules apply on every desktop."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(rules_box)
        layout.addWidget(hint)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        for check, editors in ((self.address_check, [self.postcode_check]),
                               (self.amount_check, [self.threshold_edit]),
                               (self.duplicate_check, [within, self.hours_spin, hours]),
                               (self.blocked_check, [self.block_list_edit])):
            check.toggled.connect(lambda on, widgets=editors: [w.setEnabled(on) for w in widgets])

    # -- rules ↔ widgets -----------------------------------------------------------------------

    def show_rules(self, rules: ReviewRules) -> None:
        self.address_check.setChecked(rules.address)
        self.postcode_check.setChecked(rules.require_postcode)
        self.unmapped_check.setChecked(rules.unmapped_sku)
        self.stock_check.setChecked(rules.out_of_stock)
        self.remark_check.setChecked(rules.remark)
        self.amount_check.setChecked(rules.high_amount)
        self.threshold_edit.setText(f"{rules.amount_threshold:.2f}")
        self.blocked_check.setChecked(rules.blocked_buyer)
        self.block_list_edit.setPlainText("\n".join(rules.block_list))
        self.duplicate_check.setChecked(rules.suspected_duplicate)
        self.hours_spin.setValue(rules.duplicate_hours)
        self.unpaid_check.setChecked(rules.unpaid)
        for check in (self.address_check, self.amount_check, self.duplicate_check, self.blocked_check):
            check.toggled.emit(check.isChecked())

    def rules(self) -> ReviewRules:
        """The rules as shown; a threshold that is not an amount raises ValidationError."""
        text = self.threshold_edit.text().strip().replace(",", ".")
        try:
            threshold = Decimal(text)
        except InvalidOperation:
            raise ValidationError("amount_threshold", self.tr("Type the amount above which an order is held, "
                                                              "e.g. 5000")) from None
        block_list = tuple(line.strip() for line in self.block_list_edit.toPlainText().splitlines() if line.strip())
        return ReviewRules(
            address=self.address_check.isChecked(), require_postcode=self.postcode_check.isChecked(),
            unmapped_sku=self.unmapped_check.isChecked(), out_of_stock=self.stock_check.isChecked(),
            remark=self.remark_check.isChecked(), high_amount=self.amount_check.isChecked(),
            amount_threshold=threshold, blocked_buyer=self.blocked_check.isChecked(), block_list=block_list,
            suspected_duplicate=self.duplicate_check.isChecked(), duplicate_hours=self.hours_spin.value(),
            unpaid=self.unpaid_check.isChecked())

    # -- background work -----------------------------------------------------------------------

    def load(self) -> None:
        self._show_status(self.tr("Loading the review rules…"))
        db = self.ctx.rt.db

        def read(_: TaskContext) -> ReviewRules:
            with db.reading() as session:
                return load_rules(session)

        self.ctx.tasks.run(read, self._loaded, self._load_failed, owner=self, name="load review rules")

    def _loaded(self, rules: ReviewRules) -> None:
        self.show_rules(rules)
        self.is_loaded = True
        self.setEnabled(True)
        self._show_status("")
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.ctx.report(error)
        self._show_status(self.tr("The review rules could not be loaded: %1").replace("%1", user_message(error)),
                          error=True)

    def save(self, on_saved: Callable[[], None] | None = None, on_failed: Callable[[], None] | None = None) -> None:
        """Store the rules shown; ``on_saved`` / ``on_failed`` run on the UI thread afterwards."""
        try:
            rules = self.rules()
        except ValidationError as error:
            self._refused(error)
            if on_failed is not None:
                on_failed()
            return
        ctx = self.ctx

        def write(_: TaskContext) -> ReviewRules:
            return save_rules(ctx.rt.db, ctx.rt.actor, rules)

        def done(stored: ReviewRules) -> None:
            self.show_rules(stored)
            self._show_status(self.tr("Review rules saved."))
            self.saved.emit()
            if on_saved is not None:
                on_saved()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self._refused(error)
            else:
                self.ctx.report(error)
                self._show_status(user_message(error), error=True)
            self.failed.emit(user_message(error))
            if on_failed is not None:
                on_failed()

        self._show_status(self.tr("Saving…"))
        ctx.tasks.run_write(write, done, failed, owner=self, name="save review rules")

    def _refused(self, error: ValidationError) -> None:
        self._show_status(user_message(error), error=True)
        field_widget = {"amount_threshold": self.threshold_edit, "duplicate_hours": self.hours_spin,
                        "block_list": self.block_list_edit}.get(error.field)
        if field_widget is not None:
            field_widget.setFocus()

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
