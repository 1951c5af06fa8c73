"""The parts of the shop dialog that follow the channel: its connector's settings, and stock sync.

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
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy, QSpinBox, QWidget,
)

from connectors.base import SettingField
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
