"""Add or edit a shop: channel, name, address, the channel's settings and credentials, stock sync, schedule,
and allocation (which warehouses its orders ship from, and what happens when none has all of an order).

The settings fields come from the chosen connector's ``settings``; secrets go to the
keyring. "Test connection" runs in the background and ends in a clear verdict next to
the button: connected, authentication failed, unreachable, or the channel's message.
"""

from __future__ import annotations

import html
import logging
from enum import StrEnum

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from connectors.base import AuthError, ConnectorError, TransientError
from connectors.registry import available_kinds, connector_class
from omsdesk.errors import UserError, ValidationError
from omsdesk.inventory.queries import WarehouseInfo, warehouses
from omsdesk.orders.allocation import AllocationSettings, save_allocation_settings
from omsdesk.sync.shops import (
    ShopInfo, ShopSpec, add_shop, connector_for_spec, shop_config, update_shop, validate_spec,
)
from omsdesk.sync.stock_sync import OPTION as STOCK_SYNC_OPTION
from omsdesk.sync.stock_sync import StockSyncSettings
from omsdesk.ui.channels.settings_form import (
    AllocationGroup, ConnectorSettingsForm, StockSyncGroup, connector_text, hint_label,
)
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import channel_label, user_message
from omsdesk.ui.tasks import TaskContext

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b91c1c;"
OK_STYLE = "color: #15803d;"
BUSY_STYLE = "color: #4b5563;"
INVALID_FIELD = "border: 1px solid #dc2626; border-radius: 3px;"

DEFAULT_CHANNEL = "woocommerce"  # the merchant's own web shop: where most start

# Channels whose API lives at one fixed gateway: the address is filled in for a new shop.
GATEWAYS = {
    "taobao": "https://gw.api.taobao.com/router/rest",
    "pinduoduo": "https://gw-api.pinduoduo.com/api/router",
}
URL_EXAMPLES = {
    "woocommerce": "https://shop.example.com",
    "shopify": "https://your-shop.myshopify.com",
    "amazon": "https://sellingpartnerapi-eu.amazon.com",
    **GATEWAYS,
}


class Verdict(StrEnum):
    OK = "ok"
    AUTH_FAILED = "auth_failed"
    UNREACHABLE = "unreachable"
    FAILED = "failed"


def verdict_of(error: BaseException) -> Verdict:
    """What a failed connection test means for the merchant."""
    if isinstance(error, AuthError):
        return Verdict.AUTH_FAILED
    if isinstance(error, TransientError | ConnectionError | TimeoutError):
        return Verdict.UNREACHABLE
    return Verdict.FAILED


def channel_name(kind: str) -> str:
    """The display name of a channel: ours (translated), else what its connector calls itself."""
    label = channel_label(kind)
    if label != kind:
        return label
    try:
        return connector_class(kind).display_name
    except Exception:  # noqa: BLE001 - a broken third-party connector must not break the dialog
        return kind


class ShopDialog(QDialog):
    saved = Signal(int)  # shop id
    connection_tested = Signal(bool, str)  # ok, message

    def __init__(self, ctx: UiContext, shop: ShopInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shop = shop
        self.verdict: Verdict | None = None
        self._verdict_lines: list[str] = []
        self._testing = False
        self.setWindowTitle(self.tr("Edit shop") if shop else self.tr("Add shop"))
        self._build()
        if shop is not None:
            self._load(shop)
        else:
            self._channel_changed()
        self._load_warehouses()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        """Two columns, so the dialog fits a laptop screen: where and how to connect on the left,
        when to sync and what stock to publish on the right."""
        left_column = QWidget()
        left_column.setMinimumWidth(560)
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(self._build_general())
        left.addWidget(self._build_connection())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._build_schedule())
        self.stock_sync = StockSyncGroup()
        right.addWidget(self.stock_sync)
        self.allocation = AllocationGroup()
        right.addWidget(self.allocation)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(left_column, 3)
        columns.addSpacing(8)
        columns.addLayout(right, 2)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {
            "channel": self.channel_combo, "name": self.name_edit, "URL": self.url_edit,
            "automatic sync": self.auto_sync_spin,
        }

    def _build_general(self) -> QFormLayout:
        self.channel_combo = QComboBox()
        for kind in available_kinds():
            self.channel_combo.addItem(channel_name(kind), kind)
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(DEFAULT_CHANNEL), 0))
        self.channel_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.channel_combo.currentIndexChanged.connect(lambda _: self._channel_changed())
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Web shop (EU)"))
        self.url_edit = QLineEdit()
        self.url_edit.textEdited.connect(lambda _: self._inputs_changed())
        self.url_hint = hint_label("")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Channel"), self.channel_combo)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Shop address (URL)"), self.url_edit)
        form.addRow("", self.url_hint)
        return form

    def _build_connection(self) -> QGroupBox:
        group = QGroupBox(self.tr("Connection"))
        self.settings_form = ConnectorSettingsForm()
        self.settings_form.changed.connect(self._inputs_changed)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_label = QLabel()
        self.test_label.setWordWrap(True)
        self.test_label.setTextFormat(Qt.TextFormat.RichText)
        self.test_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_label, 1)
        self.required_note = hint_label(self.tr("* required"))
        column = QVBoxLayout(group)
        column.addWidget(self.settings_form)
        column.addWidget(self.required_note)
        column.addLayout(test_row)
        return group

    def _build_schedule(self) -> QGroupBox:
        group = QGroupBox(self.tr("Schedule"))
        self.auto_sync_spin = QSpinBox()
        self.auto_sync_spin.setRange(0, 24 * 60)
        self.auto_sync_spin.setSingleStep(5)
        self.auto_sync_spin.setSpecialValueText(self.tr("Off"))
        self.auto_sync_spin.setSuffix(self.tr(" min"))
        self.auto_sync_spin.setMinimumWidth(120)
        self.auto_sync_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.active_check = QCheckBox(self.tr("Include this shop in “Sync all” and automatic syncs"))
        self.active_check.setChecked(True)
        form = QFormLayout(group)
        form.addRow(self.tr("Sync automatically every"), self.auto_sync_spin)
        form.addRow("", self.active_check)
        return group

    # -- the channel's fields --------------------------------------------------------

    @property
    def channel(self) -> str:
        return self.channel_combo.currentData() or ""

    @property
    def key_edit(self) -> QLineEdit | None:
        return self.settings_form.edits.get("key")

    @property
    def secret_edit(self) -> QLineEdit | None:
        return self.settings_form.edits.get("secret")

    def _channel_changed(self) -> None:
        kind = self.channel
        options = self.shop.options if self.shop is not None and self.shop.channel == kind else {}
        try:
            settings = connector_class(kind).settings
        except Exception as error:  # noqa: BLE001 - a connector being installed or broken: say so, stay open
            log.warning("cannot load the %s connector", kind, exc_info=error)
            self.settings_form.show_problem(self.tr("The %1 connector could not be loaded: %2")
                                            .replace("%1", channel_name(kind)).replace("%2", str(error)))
            settings = ()
        else:
            self.settings_form.show_settings(settings, keeping_stored=self.shop is not None, options=options)
        self.required_note.setVisible(any(s.required for s in settings))
        self._show_url_help(kind)
        self._clear_error()
        self._inputs_changed()
        self._refit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_to_contents()

    def _refit(self) -> None:
        """Fit again once the content changed (new rows and texts are laid out on the next pass)."""
        if self.isVisible():
            QTimer.singleShot(0, self._fit_to_contents)

    def _fit_to_contents(self) -> None:
        """Qt sizes a window without asking how tall its wrapped hints get at its width: ask, and grow."""
        self.setMinimumHeight(0)
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.setMinimumHeight(needed)
            if self.height() < needed:
                self.resize(self.width(), needed)

    def _show_url_help(self, kind: str) -> None:
        hints = {
            "woocommerce": self.tr("Your shop's address, as customers open it."),
            "shopify": self.tr("The shop's myshopify.com address, not your own domain."),
            "taobao": self.tr("Taobao Open Platform's API gateway; keep it unless your app uses another."),
            "pinduoduo": self.tr("Pinduoduo Open Platform's API gateway; keep it unless told otherwise."),
            "amazon": self.tr("The Selling Partner API endpoint of your region (-na, -eu or -fe)."),
        }
        self.url_edit.setPlaceholderText(URL_EXAMPLES.get(kind, "https://"))
        self.url_hint.setText(hints.get(kind, ""))
        self.url_hint.setVisible(kind in hints)
        if self.shop is None and (not self.url_edit.text() or self.url_edit.text() in GATEWAYS.values()):
            self.url_edit.setText(GATEWAYS.get(kind, ""))

    def _load(self, shop: ShopInfo) -> None:
        index = self.channel_combo.findData(shop.channel)
        if index < 0:
            self.channel_combo.addItem(channel_name(shop.channel), shop.channel)
            index = self.channel_combo.count() - 1
        self.channel_combo.blockSignals(True)
        self.channel_combo.setCurrentIndex(index)
        self.channel_combo.blockSignals(False)
        self.channel_combo.setEnabled(False)  # its orders belong to that channel
        self.channel_combo.setToolTip(self.tr("A shop stays on its channel; add a new shop for another one."))
        self.name_edit.setText(shop.name)
        self.url_edit.setText(shop.base_url)
        self.auto_sync_spin.setValue(shop.auto_sync_minutes)
        self.active_check.setChecked(shop.active)
        self.stock_sync.load(StockSyncSettings.from_options(shop.options))
        self.allocation.load(AllocationSettings.from_options(shop.options))
        self._channel_changed()
        self._load_stored_key(shop.id)

    def _load_stored_key(self, shop_id: int) -> None:
        rt = self.ctx.rt

        def load(_: TaskContext) -> str:
            return shop_config(rt.db, rt.secrets, shop_id)[1].key

        def not_shown(error: BaseException) -> None:  # the field keeps saying "leave empty to keep it"
            log.info("the stored key of shop %s is not shown: %s", shop_id, error)

        self.ctx.tasks.run(load, self.settings_form.show_stored_key, not_shown, owner=self, name="stored key")

    def _load_warehouses(self) -> None:
        db = self.ctx.rt.db

        def load(_: TaskContext) -> list[WarehouseInfo]:
            with db.reading() as session:
                return warehouses(session)

        self.ctx.tasks.run(load, self._warehouses_loaded, self.ctx.report, owner=self, name="warehouses")

    def _warehouses_loaded(self, found: list[WarehouseInfo]) -> None:
        self.allocation.set_warehouses(found)
        self._refit()

    def spec(self) -> ShopSpec:
        values = self.settings_form.values()
        options = {**values.options, STOCK_SYNC_OPTION: self.stock_sync.settings().as_options()}
        return ShopSpec(
            channel=self.channel,
            name=self.name_edit.text(),
            base_url=self.url_edit.text(),
            key=values.key,
            secret=values.secret,
            auto_sync_minutes=self.auto_sync_spin.value(),
            active=self.active_check.isChecked(),
            options=options,
            secrets=values.secrets,
        )

    # -- validation ------------------------------------------------------------------

    def show_error(self, error: UserError) -> None:
        self._clear_error()
        self.error_label.setText(user_message(error))
        self.error_label.setVisible(True)
        self._refit()
        if isinstance(error, ValidationError):
            self._mark_invalid(self._widget_for(error.field))

    def _show_missing(self, label: str, widget: QWidget | None) -> None:
        self._clear_error()
        self.error_label.setText(self.tr("%1 is required for %2.").replace("%1", label)
                                 .replace("%2", channel_name(self.channel)))
        self.error_label.setVisible(True)
        self._refit()
        self._mark_invalid(widget)

    def _widget_for(self, field: str) -> QWidget | None:
        return (self.fields.get(field) or self.settings_form.edit_for_label(field)
                or self.stock_sync.widget_for(field) or self.allocation.widget_for(field)
                or (self.key_edit if field == "credentials" else None))

    def _mark_invalid(self, widget: QWidget | None) -> None:
        if widget is not None:
            widget.setStyleSheet(INVALID_FIELD)
            widget.setFocus()

    def _clear_error(self) -> None:
        self.error_label.setVisible(False)
        widgets = [*self.fields.values(), *self.settings_form.edits.values(), self.stock_sync.buffer_spin,
                   self.stock_sync.percent_spin, self.stock_sync.maximum_spin, self.allocation.warehouse_list]
        for widget in widgets:
            widget.setStyleSheet("")

    def _validate(self) -> bool:
        """Checks in the order of the form; shows the first problem and returns False."""
        spec = self.spec()
        try:
            validate_spec(spec, creating=False)  # channel, name, address, minutes
            self.stock_sync.settings().validate()
            self.allocation.validate()
        except ValidationError as error:
            self.show_error(error)
            return False
        missing = self.settings_form.first_missing()
        if missing is not None:
            self._show_missing(connector_text(missing.label), self.settings_form.edits[missing.name])
            return False
        return True

    # -- connection test -------------------------------------------------------------

    @Slot()
    def test_connection(self) -> None:
        spec = self.spec()
        shop_id = self.shop.id if self.shop else None
        rt = self.ctx.rt
        self._testing = True
        self.test_button.setEnabled(False)
        self._show_verdict(None, self.tr("Connecting…"), BUSY_STYLE)

        def probe(_: TaskContext) -> str:
            return connector_for_spec(spec, rt.secrets, shop_id, rt.db).test_connection()

        self.ctx.tasks.run(probe, self._tested_ok, self._tested_failed, owner=self, name="test connection")

    def _tested_ok(self, answer: str) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self._show_verdict(Verdict.OK, self.tr("Connected"), OK_STYLE, answer)
        self.connection_tested.emit(True, answer)

    def _tested_failed(self, error: BaseException) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        if not isinstance(error, ConnectorError | UserError | LookupError | OSError):
            log.warning("connection test failed unexpectedly", exc_info=error)
        message = user_message(error)
        verdict = verdict_of(error)
        headlines = {
            Verdict.AUTH_FAILED: self.tr("Authentication failed: check the credentials"),
            Verdict.UNREACHABLE: self.tr("Unreachable: check the address and that the shop is online"),
            Verdict.FAILED: self.tr("Connection failed"),
        }
        self._show_verdict(verdict, headlines[verdict], ERROR_STYLE, message)
        self.connection_tested.emit(False, message)

    def _show_verdict(self, verdict: Verdict | None, headline: str, style: str, detail: str = "") -> None:
        self.verdict = verdict
        mark = "" if verdict is None else "✔ " if verdict is Verdict.OK else "✖ "
        self._verdict_lines = [mark + headline, *([detail] if detail else [])]
        self.test_label.setStyleSheet(style)
        self.test_label.setText("<br>".join([f"<b>{html.escape(self._verdict_lines[0])}</b>",
                                             *map(html.escape, self._verdict_lines[1:])]))
        self._refit()

    def verdict_text(self) -> str:
        """What the verdict label says, as plain text (one line each for headline and detail)."""
        return "\n".join(self._verdict_lines) if self.test_label.text() else ""

    def _inputs_changed(self) -> None:
        """A verdict about other values than the ones now in the form would mislead: drop it."""
        if not self._testing and self.verdict is not None:
            self.verdict = None
            self.test_label.clear()

    # -- saving ----------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        if not self._validate():
            return
        spec = self.spec()
        allocation = self.allocation.settings()
        allocation_changed = allocation != self.allocation.loaded
        self._clear_error()
        self.buttons.setEnabled(False)
        rt, shop = self.ctx.rt, self.shop

        def write(_: TaskContext) -> int:
            if shop is None:
                shop_id = add_shop(rt.db, rt.secrets, rt.actor, spec)
            else:
                update_shop(rt.db, rt.secrets, rt.actor, shop.id, spec, shop.version)
                shop_id = shop.id
            if allocation_changed:  # its own audited step: the warehouses are checked to still exist
                save_allocation_settings(rt.db, rt.actor, shop_id, allocation)
            return shop_id

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
