"""Add or edit a shop: channel, name, address, API credentials, automatic sync."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from connectors.base import ConnectorError
from connectors.registry import available_kinds
from omsdesk.errors import UserError, ValidationError
from omsdesk.sync.shops import ShopInfo, ShopSpec, add_shop, connector_for_spec, update_shop, validate_spec
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import channel_label, user_message
from omsdesk.ui.tasks import TaskContext

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b91c1c;"
OK_STYLE = "color: #15803d;"
INVALID_FIELD = "border: 1px solid #dc2626; border-radius: 3px;"


class ShopDialog(QDialog):
    saved = Signal(int)  # shop id
    connection_tested = Signal(bool, str)  # ok, message

    def __init__(self, ctx: UiContext, shop: ShopInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop = shop
        self.setWindowTitle(self.tr("Edit shop") if shop else self.tr("Add shop"))
        self.setMinimumWidth(520)
        self._build()
        if shop is not None:
            self._load(shop)

    def _build(self) -> None:
        self.channel_combo = QComboBox()
        for kind in available_kinds():
            self.channel_combo.addItem(channel_label(kind), kind)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Web shop (EU)"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://shop.example.com")
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("ck_…")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText("cs_…")
        self.auto_sync_spin = QSpinBox()
        self.auto_sync_spin.setRange(0, 24 * 60)
        self.auto_sync_spin.setSingleStep(5)
        self.auto_sync_spin.setSpecialValueText(self.tr("Off"))
        self.auto_sync_spin.setSuffix(self.tr(" min"))
        self.active_check = QCheckBox(self.tr("Include this shop in “Sync all” and automatic syncs"))
        self.active_check.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Channel"), self.channel_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Shop address (URL)"), self.url_edit)
        form.addRow(self.tr("API key"), self.key_edit)
        form.addRow(self.tr("API secret"), self.secret_edit)
        form.addRow(self.tr("Sync automatically every"), self.auto_sync_spin)
        form.addRow("", self.active_check)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_label = QLabel()
        self.test_label.setWordWrap(True)
        self.test_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_label, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {
            "channel": self.channel_combo, "name": self.name_edit, "URL": self.url_edit,
            "credentials": self.key_edit, "automatic sync": self.auto_sync_spin,
        }

    def _load(self, shop: ShopInfo) -> None:
        index = self.channel_combo.findData(shop.channel)
        if index < 0:
            self.channel_combo.addItem(channel_label(shop.channel), shop.channel)
            index = self.channel_combo.count() - 1
        self.channel_combo.setCurrentIndex(index)
        self.name_edit.setText(shop.name)
        self.url_edit.setText(shop.base_url)
        keep = self.tr("Leave empty to keep the stored one")
        self.key_edit.setPlaceholderText(keep)
        self.secret_edit.setPlaceholderText(keep)
        self.auto_sync_spin.setValue(shop.auto_sync_minutes)
        self.active_check.setChecked(shop.active)

    def spec(self) -> ShopSpec:
        return ShopSpec(
            channel=self.channel_combo.currentData() or "",
            name=self.name_edit.text(),
            base_url=self.url_edit.text(),
            key=self.key_edit.text(),
            secret=self.secret_edit.text(),
            auto_sync_minutes=self.auto_sync_spin.value(),
            active=self.active_check.isChecked(),
        )

    # -- validation ------------------------------------------------------------------

    def show_error(self, error: UserError) -> None:
        self._clear_error()
        self.error_label.setText(user_message(error))
        self.error_label.setVisible(True)
        if isinstance(error, ValidationError):
            widget = self.fields.get(error.field)
            if widget is not None:
                widget.setStyleSheet(INVALID_FIELD)
                widget.setFocus()

    def _clear_error(self) -> None:
        self.error_label.setVisible(False)
        for widget in self.fields.values():
            widget.setStyleSheet("")

    # -- connection test -------------------------------------------------------------

    @Slot()
    def test_connection(self) -> None:
        spec = self.spec()
        shop_id = self.shop.id if self.shop else None
        rt = self.ctx.rt
        self.test_button.setEnabled(False)
        self.test_label.setStyleSheet("")
        self.test_label.setText(self.tr("Connecting…"))

        def probe(_: TaskContext) -> str:
            return connector_for_spec(spec, rt.secrets, shop_id, rt.db).test_connection()

        self.ctx.tasks.run(probe, self._tested_ok, self._tested_failed, owner=self, name="test connection")

    def _tested_ok(self, answer: str) -> None:
        self.test_button.setEnabled(True)
        self.test_label.setStyleSheet(OK_STYLE)
        self.test_label.setText(self.tr("Connected: %1").replace("%1", answer))
        self.connection_tested.emit(True, answer)

    def _tested_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if not isinstance(error, ConnectorError | UserError | LookupError):
            log.warning("connection test failed unexpectedly", exc_info=error)
        message = user_message(error)
        self.test_label.setStyleSheet(ERROR_STYLE)
        self.test_label.setText(message)
        self.connection_tested.emit(False, message)

    # -- saving ----------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        spec = self.spec()
        try:
            validate_spec(spec, creating=self.shop is None)
        except ValidationError as error:
            self.show_error(error)
            return
        self._clear_error()
        self.buttons.setEnabled(False)
        rt, shop = self.ctx.rt, self.shop

        def write(_: TaskContext) -> int:
            if shop is None:
                return add_shop(rt.db, rt.secrets, rt.actor, spec)
            update_shop(rt.db, rt.secrets, rt.actor, shop.id, spec, shop.version)
            return shop.id

        self.ctx.tasks.run_write(write, self._saved, self._save_failed, owner=self, name="save shop")

    def _saved(self, shop_id: int) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(shop_id)
        self.ctx.events.shops_changed.emit()
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, UserError):
            self.show_error(error)
        else:
            self.ctx.report(error)
