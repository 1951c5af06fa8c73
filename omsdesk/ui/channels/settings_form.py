"""The parts of the shop dialog that follow the channel: its connector's settings, stock sync, allocation.

A connector declares what it needs as :class:`connectors.base.SettingField`s; the
form shows one field per setting (secret ones masked, required ones marked with *,
the help as a hint underneath). Values named ``key`` and ``secret``, and every secret
one, go to the keyring; the others are the shop's options.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget,
)

from connectors.base import SettingField
from omsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from omsdesk.inventory.queries import WarehouseInfo
from omsdesk.orders.allocation import AllocationSettings
from omsdesk.orders.models import PartialPolicy
from omsdesk.sync.stock_sync import StockSyncSettings

HINT_STYLE = "color: #6b7280; font-size: 9pt;"
KEYRING_NAMES = ("key", "secret")
EXAMPLE_SELLABLE = 100


def connector_text(text: str) -> str:
    """A connector's label or help in the user's language (marked with QT_TRANSLATE_NOOP("Connectors", …))."""
    return QCoreApplication.translate("Connectors", text) if text else ""


def kept_in_keyring(setting: SettingField) -> bool:
    return setting.secret or setting.name in KEYRING_NAMES


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setStyleSheet(HINT_STYLE)
    return label


@dataclass(frozen=True)
class SettingValues:
    """What the form holds, sorted the way :class:`omsdesk.sync.shops.ShopSpec` takes it."""

    key: str = ""
    secret: str = ""
    secrets: dict[str, str] = field(default_factory=dict)
    options: dict[str, str] = field(default_factory=dict)


class ConnectorSettingsForm(QWidget):
    """One row per setting of the chosen connector; rebuilt when the channel changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings: tuple[SettingField, ...] = ()
        self.edits: dict[str, QLineEdit] = {}
        self.keeping_stored = False
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def show_settings(self, settings: Sequence[SettingField], *, keeping_stored: bool,
                      options: dict[str, Any] | None = None) -> None:
        """``keeping_stored``: editing a saved shop, so an empty keyring field keeps what is stored."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.settings, self.keeping_stored = tuple(settings), keeping_stored
        self.edits = {}
        for setting in self.settings:
            self.form.addRow(self.label_text(setting), self._field(setting, options or {}))
            if setting.help:
                self.form.addRow("", hint_label(connector_text(setting.help)))

    def show_problem(self, text: str) -> None:
        """The connector could not be loaded: say why instead of showing fields."""
        self.show_settings((), keeping_stored=self.keeping_stored)
        label = hint_label(text)
        label.setStyleSheet("color: #b91c1c;")
        self.form.addRow(label)

    def label_text(self, setting: SettingField) -> str:
        label = connector_text(setting.label)
        return f"{label} *" if setting.required else label

    def _field(self, setting: SettingField, options: dict[str, Any]) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"setting_{setting.name}")
        edit.setAccessibleName(connector_text(setting.label))
        if setting.secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if self.keeping_stored and kept_in_keyring(setting):
            edit.setPlaceholderText(self.tr("Leave empty to keep the stored value"))
        elif kept_in_keyring(setting):
            edit.setText(setting.default)
        else:
            stored = options.get(setting.name)
            edit.setText(setting.default if stored is None else str(stored))
        if setting.help:
            edit.setToolTip(connector_text(setting.help))
        edit.textEdited.connect(lambda _: self.changed.emit())
        self.edits[setting.name] = edit
        return edit

    def show_stored_key(self, key: str) -> None:
        """Fill in the stored (non-secret) key once loaded, unless the user has typed one meanwhile."""
        edit = self.edits.get("key")
        setting = self.setting("key")
        if edit is not None and setting is not None and not setting.secret and not edit.text():
            edit.setText(key)

    def field_label(self, name: str) -> str:
        """The label shown in front of a setting's field ("" when the channel has no such setting)."""
        edit = self.edits.get(name)
        label = self.form.labelForField(edit) if edit is not None else None
        return label.text() if isinstance(label, QLabel) else ""

    def setting(self, name: str) -> SettingField | None:
        return next((s for s in self.settings if s.name == name), None)

    def edit_for_label(self, label: str) -> QLineEdit | None:
        """The field of the setting labelled ``label`` (the English label a ValidationError names)."""
        return next((self.edits[s.name] for s in self.settings if s.label == label), None)

    def values(self) -> SettingValues:
        text = {name: edit.text().strip() for name, edit in self.edits.items()}
        secrets = {s.name: text[s.name] for s in self.settings if s.secret and s.name not in KEYRING_NAMES}
        options = {s.name: text[s.name] for s in self.settings if not kept_in_keyring(s)}
        return SettingValues(text.get("key", ""), text.get("secret", ""), secrets, options)

    def first_missing(self) -> SettingField | None:
        """The first required setting left empty (a stored keyring value counts when editing)."""
        for setting in self.settings:
            if not setting.required or self.edits[setting.name].text().strip():
                continue
            if self.keeping_stored and kept_in_keyring(setting):
                continue
            return setting
        return None


class StockSyncGroup(QGroupBox):
    """On/off, safety buffer, percentage and maximum of the stock levels published to this shop."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stock sync: publish stock levels to this shop"), parent)
        self.setCheckable(True)
        self.setChecked(False)
        self.loaded = StockSyncSettings()
        self.buffer_spin = QSpinBox()
        self.buffer_spin.setRange(0, 1_000_000)
        self.buffer_spin.setSuffix(self.tr(" units"))
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(1, 100)
        self.percent_spin.setValue(100)
        self.percent_spin.setSuffix(" %")
        self.maximum_spin = QSpinBox()
        self.maximum_spin.setRange(0, 1_000_000)
        self.maximum_spin.setSpecialValueText(self.tr("No limit"))
        for spin in (self.buffer_spin, self.percent_spin, self.maximum_spin):
            spin.setMinimumWidth(120)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.valueChanged.connect(self._update_example)
        self.toggled.connect(self._update_example)
        self.example = hint_label("")
        form = QFormLayout(self)
        form.addRow(hint_label(self.tr(
            "Publishes what your warehouses can sell (on hand − reserved − open orders), less the safety buffer, "
            "times the percentage, at most the maximum.")))
        form.addRow(self.tr("Safety buffer"), self.buffer_spin)
        form.addRow(self.tr("Percentage"), self.percent_spin)
        form.addRow(self.tr("Maximum"), self.maximum_spin)
        form.addRow(self.example)
        self._update_example()

    def load(self, settings: StockSyncSettings) -> None:
        self.loaded = settings
        self.setChecked(settings.enabled)
        self.buffer_spin.setValue(settings.buffer)
        self.percent_spin.setValue(settings.percent)
        self.maximum_spin.setValue(settings.maximum or 0)

    def settings(self) -> StockSyncSettings:
        """The chosen values; warehouses chosen elsewhere are kept."""
        maximum = self.maximum_spin.value() or None
        return replace(self.loaded, enabled=self.isChecked(), buffer=self.buffer_spin.value(),
                       percent=self.percent_spin.value(), maximum=maximum)

    def widget_for(self, field_name: str) -> QWidget | None:
        """The spin box a :meth:`StockSyncSettings.validate` error names."""
        return {"safety buffer": self.buffer_spin, "percentage": self.percent_spin,
                "maximum": self.maximum_spin}.get(field_name)

    def _update_example(self) -> None:
        if not self.isChecked():
            self.example.setText(self.tr("Off: this shop's stock levels are left as they are on the channel."))
        else:
            shown = self.settings().published(Decimal(EXAMPLE_SELLABLE))
            self.example.setText(self.tr("Example: with %1 units sellable, this shop shows %2.")
                                 .replace("%1", str(EXAMPLE_SELLABLE)).replace("%2", str(shown)))
        self.changed.emit()


class AllocationGroup(QGroupBox):
    """Where this shop's orders ship from (the ticked warehouses, first to last) and what allocation does
    when no warehouse has the whole order (the partial policy)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Allocation: where this shop's orders ship from"), parent)
        self.loaded = AllocationSettings()
        self.known: list[WarehouseInfo] | None = None  # the active warehouses, once read
        self.warehouse_list = QListWidget()
        self.warehouse_list.setObjectName("allocation_warehouses")
        self.warehouse_list.setAccessibleName(self.tr("Warehouses in shipping order"))
        self.warehouse_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.warehouse_list.setMaximumHeight(110)
        self.warehouse_list.itemChanged.connect(lambda _: self.changed.emit())
        self.warehouse_list.currentRowChanged.connect(lambda _: self._update_buttons())
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Ship from this warehouse before the one above it (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Ship from this warehouse after the one below it (Ctrl+Down)"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.warehouse_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_current(step))
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("partial_policy")
        for policy, text in ((PartialPolicy.WAIT, self.tr("Wait for all stock")),
                             (PartialPolicy.SPLIT, self.tr("Split off what can ship")),
                             (PartialPolicy.ALLOCATE_AVAILABLE, self.tr("Allocate what is there"))):
            self.policy_combo.addItem(text, policy.value)
        self.policy_combo.currentIndexChanged.connect(lambda _: self._policy_changed())
        self.policy_hint = hint_label("")
        self.list_hint = hint_label(self.tr("Loading warehouses…"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.warehouse_list, 1)
        row.addLayout(buttons)
        form = QFormLayout(self)
        form.addRow(hint_label(self.tr(
            "An order ships from the first ticked warehouse that has all of it; unticked ones are not used.")))
        form.addRow(row)
        form.addRow(self.list_hint)
        form.addRow(self.tr("When none has all of it"), self.policy_combo)
        form.addRow(self.policy_hint)
        self._policy_changed()
        self._update_buttons()

    def load(self, settings: AllocationSettings) -> None:
        self.loaded = settings
        self.policy_combo.setCurrentIndex(max(self.policy_combo.findData(settings.partial_policy.value), 0))
        if self.known is not None:
            self._fill()

    def set_warehouses(self, warehouses: list[WarehouseInfo]) -> None:
        """The active warehouses in their own shipping order (priority, then code)."""
        self.known = list(warehouses)
        self._fill()

    def _fill(self) -> None:
        by_id = {w.id: w for w in self.known or []}
        chosen = [w for w in self.loaded.warehouse_ids if w in by_id]
        ticked = set(chosen) if chosen else set(by_id)
        ordered = [by_id[w] for w in chosen] + [w for w in self.known or [] if w.id not in chosen]
        self.warehouse_list.blockSignals(True)
        self.warehouse_list.clear()
        for warehouse in ordered:
            item = QListWidgetItem(f"{warehouse.code} · {warehouse.name}")
            item.setData(Qt.ItemDataRole.UserRole, warehouse.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if warehouse.id in ticked else Qt.CheckState.Unchecked)
            self.warehouse_list.addItem(item)
        self.warehouse_list.blockSignals(False)
        self.warehouse_list.setCurrentRow(0 if ordered else -1)
        self.list_hint.setText("" if ordered else self.tr(
            "No active warehouse yet: add one under Inventory › Locations."))
        self.list_hint.setVisible(not ordered)
        self._update_buttons()

    def move_current(self, step: int) -> None:
        row = self.warehouse_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.warehouse_list.count():
            return
        item = self.warehouse_list.takeItem(row)
        self.warehouse_list.insertItem(target, item)
        self.warehouse_list.setCurrentRow(target)
        self.changed.emit()

    def ticked_ids(self) -> list[int]:
        items = (self.warehouse_list.item(row) for row in range(self.warehouse_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def settings(self) -> AllocationSettings:
        """What the form says. Every warehouse ticked, in its own order, is stored as "every active
        warehouse", so a warehouse added later is used too."""
        policy = PartialPolicy(self.policy_combo.currentData())
        if self.known is None:  # not read yet: the warehouses stay as they were
            return AllocationSettings(list(self.loaded.warehouse_ids), policy)
        ticked, active = self.ticked_ids(), [w.id for w in self.known]
        if self.loaded.warehouse_ids and ticked == [w for w in self.loaded.warehouse_ids if w in active]:
            return AllocationSettings(list(self.loaded.warehouse_ids), policy)  # as stored, inactive ones included
        return AllocationSettings([] if ticked == active else ticked, policy)

    def validate(self) -> None:
        if self.known and not self.ticked_ids():
            raise ValidationError("warehouses", QT_TRANSLATE_NOOP(
                "Messages", "tick at least one warehouse for this shop's orders to ship from"))

    def widget_for(self, field_name: str) -> QWidget | None:
        return self.warehouse_list if field_name == "warehouses" else None

    def _update_buttons(self) -> None:
        row, count = self.warehouse_list.currentRow(), self.warehouse_list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _policy_changed(self) -> None:
        hints = {
            PartialPolicy.WAIT.value: self.tr(
                "Nothing is reserved until one warehouse has the whole order; it waits, flagged out of stock."),
            PartialPolicy.SPLIT.value: self.tr(
                "What the best-stocked warehouse has is split off into its own order and ships now; "
                "the rest waits as the original order."),
            PartialPolicy.ALLOCATE_AVAILABLE.value: self.tr(
                "What the best-stocked warehouse has is reserved and the order is allocated, "
                "flagged with what is still short."),
        }
        self.policy_hint.setText(hints[self.policy_combo.currentData()])
        self.changed.emit()
