"""Fix an order's shipping address or its seller remark before it is allocated.

Both dialogs save against the version of the order the person saw: when someone else changed the
order meanwhile, the message names who and what, and *Reload* shows the order as it is now.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from omsdesk.orders.operations import AddressChange, edit_address, edit_remarks
from omsdesk.orders.queries import OrderDetail, order_detail
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import country_name
from omsdesk.ui.orders.dialog_base import HINT_STYLE, OrderDialog

ADDRESS_FIELDS = ("name", "company", "phone", "line1", "line2", "city", "state", "postcode", "country")
FIELD_PREFIXES = ("ship_", "shipping_address.", "address.")


def _field_key(field: str) -> str:
    for prefix in FIELD_PREFIXES:
        if field.startswith(prefix):
            return field.removeprefix(prefix)
    return field


class _OneOrderDialog(OrderDialog):
    """Edits one order seen at ``detail.version``; *Reload* fetches it again."""

    def __init__(self, ctx: UiContext, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.detail = detail

    def field_widget(self, field: str) -> QWidget | None:
        return self.fields.get(_field_key(field))

    def reload(self) -> None:
        db, order_id = self.ctx.rt.db, self.detail.id

        def read() -> OrderDetail | None:
            with db.reading() as session:
                return order_detail(session, order_id)

        self.buttons.setEnabled(False)
        self.run_read(read, self._reloaded, "reload order")

    def _reloaded(self, detail: OrderDetail | None) -> None:
        self.buttons.setEnabled(True)
        if detail is None:
            self.show_error(QCoreApplication.translate("OrderDialog", "This order no longer exists."))
            self.ok_button.setEnabled(False)
            return
        self.detail = detail
        self.clear_message()
        self.fill(detail)

    def fill(self, detail: OrderDetail) -> None:
        raise NotImplementedError


class AddressDialog(_OneOrderDialog):
    """The shipping address: recipient, company, phone, street lines, city, state, postcode, country code."""

    def __init__(self, ctx: UiContext, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, parent)
        self.setWindowTitle(self.tr("Edit shipping address — %1").replace("%1", detail.number))
        self.setMinimumWidth(480)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = {
            "name": self.tr("Recipient"), "company": self.tr("Company"), "phone": self.tr("Phone"),
            "line1": self.tr("Address line 1"), "line2": self.tr("Address line 2"), "city": self.tr("City"),
            "state": self.tr("State / province"), "postcode": self.tr("Postcode"), "country": self.tr("Country"),
        }
        for key in ADDRESS_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(200)
            self.edits[key] = edit
            self.fields[key] = edit
            form.addRow(labels[key], self._country_row(edit) if key == "country" else edit)
        self.edits["line1"].setPlaceholderText(self.tr("Street and number, or 区 / 街道 / 门牌号"))
        self.edits["line2"].setPlaceholderText(self.tr("Building, floor, unit (optional)"))
        self.edits["state"].setPlaceholderText(self.tr("e.g. 浙江省, CA"))
        hint = QLabel(self.tr("The channel keeps its own copy: the label and the parcel use this address."))
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        self.ok_button.setText(self.tr("Save address"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message_row)
        layout.addWidget(self.buttons)
        self.fill(detail)
        self.edits["name"].setFocus()

    def _country_row(self, edit: QLineEdit) -> QWidget:
        edit.setMaxLength(2)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z]{0,2}"), edit))
        edit.setPlaceholderText("CN")
        edit.setMaximumWidth(64)
        edit.setToolTip(self.tr("The two-letter ISO country code: CN, HK, US, DE …"))
        self.country_label = QLabel()
        self.country_label.setStyleSheet(HINT_STYLE)
        edit.textEdited.connect(lambda text: edit.setText(text.upper()))
        edit.textChanged.connect(self._show_country)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit)
        box.addWidget(self.country_label, 1)
        return row

    def _show_country(self, code: str) -> None:
        name = country_name(code) if len(code) == 2 else ""
        self.country_label.setText(name if name != code else "")

    def fill(self, detail: OrderDetail) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(detail.shipping_address.get(key) or ""))

    def change(self) -> AddressChange:
        values = {key: " ".join(edit.text().split()) for key, edit in self.edits.items()}
        values["country"] = values["country"].upper()
        return AddressChange(**values)

    def save(self) -> None:
        if self.writing:
            return
        rt, order_id, version, change = self.ctx.rt, self.detail.id, self.detail.version, self.change()

        def write() -> int:
            edit_address(rt.db, rt.actor, order_id, version, change)
            return order_id

        self.run_write(write, "edit address")


class RemarksDialog(_OneOrderDialog):
    """The seller's remark (for colleagues and the warehouse); the buyer's remark is shown for context."""

    def __init__(self, ctx: UiContext, detail: OrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, detail, parent)
        self.setWindowTitle(self.tr("Seller remark — %1").replace("%1", detail.number))
        self.setMinimumWidth(440)
        self.buyer_remark = QLabel()
        self.buyer_remark.setWordWrap(True)
        self.buyer_remark.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buyer_remark.setStyleSheet("QLabel { background: #fef3c7; color: #78350f; border: 1px solid #f59e0b;"
                                        " border-radius: 4px; padding: 4px 6px; }")
        self.remark_edit = QPlainTextEdit()
        self.remark_edit.setPlaceholderText(self.tr("A note for colleagues and the warehouse, e.g. 发顺丰, 不要放发票"))
        self.remark_edit.setTabChangesFocus(True)
        self.remark_edit.setMinimumHeight(90)
        self.fields["seller_remark"] = self.remark_edit
        self.fields["remark"] = self.remark_edit
        self.ok_button.setText(self.tr("Save remark"))
        layout = QVBoxLayout(self)
        self.buyer_title = QLabel(self.tr("Buyer's remark"))
        layout.addWidget(self.buyer_title)
        layout.addWidget(self.buyer_remark)
        layout.addWidget(QLabel(self.tr("Seller remark")))
        layout.addWidget(self.remark_edit, 1)
        layout.addWidget(self.message_row)
        layout.addWidget(self.buttons)
        self.fill(detail)
        self.remark_edit.setFocus()

    def fill(self, detail: OrderDetail) -> None:
        self.buyer_remark.setText(detail.buyer_remark)
        self.buyer_remark.setVisible(bool(detail.buyer_remark))
        self.buyer_title.setVisible(bool(detail.buyer_remark))
        self.remark_edit.setPlainText(detail.seller_remark)

    def remark(self) -> str:
        return self.remark_edit.toPlainText().strip()

    def save(self) -> None:
        if self.writing:
            return
        rt, order_id, version, remark = self.ctx.rt, self.detail.id, self.detail.version, self.remark()

        def write() -> int:
            edit_remarks(rt.db, rt.actor, order_id, version, remark)
            return order_id

        self.run_write(write, "edit remarks")
