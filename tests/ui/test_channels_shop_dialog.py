"""The shop dialog: fields that follow the channel, secrets in the keyring, stock sync, connection verdicts."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from sqlalchemy import select, update

from connectors import registry
from connectors.base import AuthError, SettingField, ShopConfig, TransientError
from connectors.simulator import ChannelSimulator, WooCommerceShop
from omsdesk.auth.models import AuditEntry
from omsdesk.inventory.locations import create_warehouse
from omsdesk.inventory.models import Warehouse
from omsdesk.orders.allocation import AllocationSettings, allocation_settings, save_allocation_settings
from omsdesk.orders.models import PartialPolicy
from omsdesk.runtime import Runtime
from omsdesk.sync.shops import ShopSpec, add_shop, get_shop, shop_config
from omsdesk.sync.stock_sync import StockSyncSettings
from omsdesk.ui.channels.shop_dialog import ShopDialog, Verdict
from omsdesk.ui.context import UiContext
from tests.ui.conftest import add_test_shop

FAKE_KIND = "fakechan"


class FakeChannelConnector:
    """A channel with an extra secret (a session key) and an optional plain option; its
    connection test does what the test asks."""

    kind: ClassVar[str] = FAKE_KIND
    display_name: ClassVar[str] = "Fake channel"
    settings: ClassVar[tuple[SettingField, ...]] = (
        SettingField("key", "App key"),
        SettingField("secret", "App secret", secret=True),
        SettingField("session", "Session key", secret=True, help="Issued when the seller authorises the app"),
        SettingField("region", "Region", required=False, default="cn"),
    )
    failure: ClassVar[Exception | None] = None
    gate: ClassVar[threading.Event | None] = None
    configs: ClassVar[list[ShopConfig]] = []

    def __init__(self, config: ShopConfig) -> None:
        self.config = config

    def test_connection(self) -> str:
        FakeChannelConnector.configs.append(self.config)
        if self.gate is not None:
            assert self.gate.wait(20), "the test never opened the gate"
        if self.failure is not None:
            raise self.failure
        return "Fake shop: 3 orders"

    def iter_order_pages(self, modified_after, cancelled=None) -> Iterator:
        return iter(())


@pytest.fixture
def fake_channel(monkeypatch: pytest.MonkeyPatch) -> type[FakeChannelConnector]:
    monkeypatch.setitem(registry.BUILT_IN, FAKE_KIND, f"{__name__}:FakeChannelConnector")
    monkeypatch.setattr(FakeChannelConnector, "failure", None)
    monkeypatch.setattr(FakeChannelConnector, "gate", None)
    monkeypatch.setattr(FakeChannelConnector, "configs", [])
    return FakeChannelConnector


@pytest.fixture
def simulated_shop() -> Iterator[WooCommerceShop]:
    simulator = ChannelSimulator(port=0)
    shop = simulator.add_woocommerce_shop(slug="webshop", seed=5, orders=7)
    simulator.start()
    yield shop
    simulator.stop()


def open_dialog(qtbot, ctx: UiContext, shop_id: int | None = None) -> ShopDialog:
    dialog = ShopDialog(ctx, get_shop(ctx.rt.db, shop_id) if shop_id else None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_channel(dialog: ShopDialog, kind: str) -> None:
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(kind))


def fill(dialog: ShopDialog, **values: str) -> None:
    dialog.name_edit.setText(values.pop("name", "Fake shop"))
    dialog.url_edit.setText(values.pop("url", "https://fake.example.com"))
    for name, value in values.items():
        dialog.settings_form.edits[name].setText(value)


def visible_texts(dialog: ShopDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_the_settings_fields_follow_the_channel(qtbot, ctx: UiContext, fake_channel) -> None:
    dialog = open_dialog(qtbot, ctx)
    combo = dialog.channel_combo
    kinds = [combo.itemData(i) for i in range(combo.count())]
    assert kinds == registry.available_kinds() and FAKE_KIND in kinds
    assert combo.itemText(kinds.index(FAKE_KIND)) == "Fake channel"  # its own name: we have no label for it
    assert combo.currentData() == "woocommerce" and combo.currentText() == "WooCommerce"  # the default

    form = dialog.settings_form
    assert set(form.edits) == {"key", "secret", "auth"}
    assert form.field_label("key") == "Consumer key *"
    assert form.field_label("auth") == "Authentication (basic, oauth1 or query)"  # optional: no star
    assert form.edits["secret"].echoMode() == QLineEdit.EchoMode.Password
    assert form.edits["key"].echoMode() == QLineEdit.EchoMode.Normal
    # rows added to a shown form appear on the next pass of the event loop
    qtbot.waitUntil(lambda: "WooCommerce › Settings › Advanced › REST API" in visible_texts(dialog), timeout=5000)

    choose_channel(dialog, FAKE_KIND)
    assert set(form.edits) == {"key", "secret", "session", "region"}
    assert form.field_label("auth") == ""
    assert "WooCommerce › Settings › Advanced › REST API" not in visible_texts(dialog)
    qtbot.waitUntil(lambda: "Issued when the seller authorises the app" in visible_texts(dialog), timeout=5000)
    assert form.edits["session"].echoMode() == QLineEdit.EchoMode.Password
    assert form.field_label("session") == "Session key *"
    assert form.edits["region"].text() == "cn"  # the connector's default
    assert dialog.key_edit is form.edits["key"]


def test_a_missing_required_setting_is_named_next_to_the_form(qtbot, rt: Runtime, ctx: UiContext,
                                                              fake_channel) -> None:
    dialog = open_dialog(qtbot, ctx)
    choose_channel(dialog, FAKE_KIND)
    fill(dialog, key="app-1", secret="s3cret")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Session key is required for Fake channel."
    assert "dc2626" in dialog.settings_form.edits["session"].styleSheet()
    assert dialog.settings_form.edits["key"].styleSheet() == ""
    qtbot.wait(100)
    from omsdesk.sync.shops import list_shops
    assert list_shops(rt.db) == []


def test_saving_keeps_secrets_in_the_keyring_and_stock_sync_in_the_options(qtbot, rt: Runtime, ctx: UiContext,
                                                                          fake_channel) -> None:
    dialog = open_dialog(qtbot, ctx)
    choose_channel(dialog, FAKE_KIND)
    fill(dialog, key="app-1", secret="s3cret", session="sess-42")
    dialog.stock_sync.setChecked(True)
    dialog.stock_sync.buffer_spin.setValue(2)
    dialog.stock_sync.percent_spin.setValue(80)
    dialog.stock_sync.maximum_spin.setValue(50)
    assert dialog.stock_sync.example.text() == "Example: with 100 units sellable, this shop shows 50."
    dialog.auto_sync_spin.setValue(15)
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.save()
    shop_id = saved.args[0]

    shop = get_shop(rt.db, shop_id)
    assert (shop.channel, shop.auto_sync_minutes) == (FAKE_KIND, 15)
    assert StockSyncSettings.from_options(shop.options) == StockSyncSettings(True, 2, 80, 50)
    assert shop.options["region"] == "cn"
    stored = json.dumps(shop.options)
    assert "sess-42" not in stored and "s3cret" not in stored and "app-1" not in stored
    _, config = shop_config(rt.db, rt.secrets, shop_id)
    assert (config.key, config.secret, config.secrets) == ("app-1", "s3cret", {"session": "sess-42"})


def test_editing_keeps_stored_secrets_unless_typed_again(qtbot, rt: Runtime, ctx: UiContext, fake_channel) -> None:
    shop_id = add_shop(rt.db, rt.secrets, rt.actor, ShopSpec(
        FAKE_KIND, "Fake shop", "https://fake.example.com", "app-1", "s3cret", options={"region": "hk"},
        secrets={"session": "sess-1"}))
    dialog = open_dialog(qtbot, ctx, shop_id)
    form = dialog.settings_form
    assert not dialog.channel_combo.isEnabled()
    assert form.edits["region"].text() == "hk"
    for name in ("secret", "session"):
        assert form.edits[name].text() == ""
        assert form.edits[name].placeholderText() == "Leave empty to keep the stored value"
    qtbot.waitUntil(lambda: form.edits["key"].text() == "app-1", timeout=20000)  # not secret: shown
    assert dialog.stock_sync.isChecked() is False

    form.edits["session"].setText("sess-2")
    dialog.stock_sync.setChecked(True)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    _, config = shop_config(rt.db, rt.secrets, shop_id)
    assert (config.key, config.secret, config.secrets) == ("app-1", "s3cret", {"session": "sess-2"})
    assert StockSyncSettings.from_options(get_shop(rt.db, shop_id).options).enabled


def test_connection_ok_against_the_simulator(qtbot, ctx: UiContext, simulated_shop: WooCommerceShop) -> None:
    dialog = open_dialog(qtbot, ctx)
    choose_channel(dialog, "woocommerce")
    fill(dialog, url=simulated_shop.url, key=simulated_shop.key, secret=simulated_shop.secret)
    with qtbot.waitSignal(dialog.connection_tested, timeout=30_000) as tested:
        dialog.test_button.click()
    assert tested.args[0] is True
    assert dialog.verdict is Verdict.OK
    assert dialog.verdict_text() == f"✔ Connected\nWooCommerce at {simulated_shop.url}: 7 orders"
    assert "15803d" in dialog.test_label.styleSheet()


def test_connection_with_a_wrong_secret_says_authentication_failed(qtbot, ctx: UiContext,
                                                                   simulated_shop: WooCommerceShop) -> None:
    dialog = open_dialog(qtbot, ctx)
    choose_channel(dialog, "woocommerce")
    fill(dialog, url=simulated_shop.url, key=simulated_shop.key, secret="cs_wrong")
    with qtbot.waitSignal(dialog.connection_tested, timeout=30_000) as tested:
        dialog.test_button.click()
    assert tested.args[0] is False
    assert dialog.verdict is Verdict.AUTH_FAILED
    assert dialog.verdict_text().startswith("✖ Authentication failed: check the credentials\n")
    assert "refused the credentials" in dialog.verdict_text()
    assert "b91c1c" in dialog.test_label.styleSheet()


def test_an_unreachable_channel_is_called_unreachable_and_the_form_stays_usable(qtbot, ctx: UiContext,
                                                                                fake_channel) -> None:
    fake_channel.gate = threading.Event()
    fake_channel.failure = TransientError("Could not reach Fake channel at https://fake.example.com: "
                                          "connection refused (6 attempts).")
    dialog = open_dialog(qtbot, ctx)
    choose_channel(dialog, FAKE_KIND)
    fill(dialog, key="app-1", secret="s3cret", session="sess-1")
    dialog.test_button.click()
    assert dialog.verdict_text() == "Connecting…"
    assert not dialog.test_button.isEnabled()
    assert dialog.name_edit.isEnabled() and dialog.buttons.isEnabled()
    dialog.name_edit.setText("Still typing")  # the window answers while the test runs
    with qtbot.waitSignal(dialog.connection_tested, timeout=20000):
        fake_channel.gate.set()
    assert dialog.verdict is Verdict.UNREACHABLE
    assert dialog.verdict_text() == ("✖ Unreachable: check the address and that the shop is online\n"
                                     "Could not reach Fake channel at https://fake.example.com: connection refused "
                                     "(6 attempts).")
    assert dialog.test_button.isEnabled()
    [config] = fake_channel.configs
    assert config.secrets == {"session": "sess-1"} and config.options["region"] == "cn"


def test_a_verdict_is_dropped_when_the_credentials_change(qtbot, ctx: UiContext, fake_channel) -> None:
    fake_channel.failure = AuthError("Fake channel refused the credentials (HTTP 401).")
    dialog = open_dialog(qtbot, ctx)
    choose_channel(dialog, FAKE_KIND)
    fill(dialog, key="app-1", secret="wrong", session="sess-1")
    with qtbot.waitSignal(dialog.connection_tested, timeout=20000):
        dialog.test_button.click()
    assert dialog.verdict is Verdict.AUTH_FAILED
    qtbot.keyClicks(dialog.settings_form.edits["secret"], "x")
    assert dialog.verdict is None and dialog.test_label.text() == ""


def test_editing_a_woocommerce_shop_tests_with_the_stored_secret(qtbot, rt: Runtime, ctx: UiContext,
                                                                  simulated_shop: WooCommerceShop) -> None:
    shop_id = add_test_shop(rt, "Sim", simulated_shop.url)
    from omsdesk.sync.shops import update_shop
    update_shop(rt.db, rt.secrets, rt.actor, shop_id, ShopSpec("woocommerce", "Sim", simulated_shop.url,
                                                               simulated_shop.key, simulated_shop.secret), 1)
    dialog = open_dialog(qtbot, ctx, shop_id)
    assert dialog.secret_edit.text() == ""
    with qtbot.waitSignal(dialog.connection_tested, timeout=30_000) as tested:
        dialog.test_button.click()
    assert tested.args[0] is True, dialog.verdict_text()


# -- allocation: which warehouses the shop's orders ship from, and the partial policy ----------------------


@pytest.fixture
def two_warehouses(rt: Runtime) -> tuple[int, int]:
    sh = create_warehouse(rt.db, rt.actor, "SH", "上海主仓", priority=10)
    gz = create_warehouse(rt.db, rt.actor, "GZ", "Guangzhou DC", priority=20)
    old = create_warehouse(rt.db, rt.actor, "OLD", "Closed store", priority=1)
    with rt.db.transaction() as session:
        session.execute(update(Warehouse).where(Warehouse.id == old).values(active=False))
    return sh, gz


def listed(dialog: ShopDialog) -> list[tuple[str, bool]]:
    widget = dialog.allocation.warehouse_list
    return [(widget.item(row).text(), widget.item(row).checkState() == Qt.CheckState.Checked)
            for row in range(widget.count())]


def saved_allocation(rt: Runtime, shop_id: int) -> AllocationSettings:
    with rt.db.reading() as session:
        return allocation_settings(session, shop_id)


def allocation_audits(rt: Runtime, shop_id: int) -> list[str]:
    with rt.db.reading() as session:
        return list(session.scalars(select(AuditEntry.summary).where(
            AuditEntry.entity == "shop", AuditEntry.entity_id == shop_id, AuditEntry.action == "shop.allocation")))


def test_a_new_shop_ships_from_the_warehouses_in_the_order_chosen(qtbot, rt: Runtime, ctx: UiContext, fake_channel,
                                                                 two_warehouses) -> None:
    sh, gz = two_warehouses
    dialog = open_dialog(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.allocation.warehouse_list.count() == 2, timeout=20000)
    assert listed(dialog) == [("SH · 上海主仓", True), ("GZ · Guangzhou DC", True)]  # active only, their own order
    assert dialog.allocation.policy_combo.currentText() == "Wait for all stock"
    assert not dialog.allocation.up_button.isEnabled()

    dialog.allocation.warehouse_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.allocation.up_button, Qt.MouseButton.LeftButton)
    dialog.allocation.policy_combo.setCurrentIndex(dialog.allocation.policy_combo.findData("split"))
    assert listed(dialog) == [("GZ · Guangzhou DC", True), ("SH · 上海主仓", True)]
    assert dialog.allocation.policy_hint.text().startswith("What the best-stocked warehouse has is split off")
    choose_channel(dialog, FAKE_KIND)
    fill(dialog, key="app-1", secret="s3cret", session="sess-42")
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.save()

    shop_id = saved.args[0]
    assert saved_allocation(rt, shop_id) == AllocationSettings([gz, sh], PartialPolicy.SPLIT)
    assert allocation_audits(rt, shop_id) == ["set the allocation of shop Fake shop: GZ > SH, split"]


def test_editing_shows_the_shops_allocation_and_keyboard_moves_a_warehouse(qtbot, rt: Runtime, ctx: UiContext,
                                                                           fake_channel, two_warehouses) -> None:
    sh, gz = two_warehouses
    shop_id = add_shop(rt.db, rt.secrets, rt.actor, ShopSpec(
        FAKE_KIND, "Fake shop", "https://fake.example.com", "app-1", "s3cret", secrets={"session": "sess-1"}))
    save_allocation_settings(rt.db, rt.actor, shop_id, AllocationSettings([gz], PartialPolicy.ALLOCATE_AVAILABLE))

    dialog = open_dialog(qtbot, ctx, shop_id)
    qtbot.waitUntil(lambda: dialog.allocation.warehouse_list.count() == 2, timeout=20000)
    assert listed(dialog) == [("GZ · Guangzhou DC", True), ("SH · 上海主仓", False)]
    assert dialog.allocation.policy_combo.currentText() == "Allocate what is there"

    dialog.allocation.warehouse_list.setFocus()
    qtbot.keyClick(dialog.allocation.warehouse_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    dialog.allocation.warehouse_list.item(0).setCheckState(Qt.CheckState.Checked)  # SH, now first
    assert listed(dialog) == [("SH · 上海主仓", True), ("GZ · Guangzhou DC", True)]
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    # all ticked in their own order: stored as "every active warehouse", so a new one is used too
    assert saved_allocation(rt, shop_id) == AllocationSettings([], PartialPolicy.ALLOCATE_AVAILABLE)


def test_saving_without_touching_the_allocation_leaves_it_alone(qtbot, rt: Runtime, ctx: UiContext, fake_channel,
                                                                two_warehouses) -> None:
    sh, _ = two_warehouses
    with rt.db.reading() as session:
        closed = session.scalar(select(Warehouse.id).where(Warehouse.code == "OLD"))
    shop_id = add_shop(rt.db, rt.secrets, rt.actor, ShopSpec(
        FAKE_KIND, "Fake shop", "https://fake.example.com", "app-1", "s3cret", secrets={"session": "sess-1"}))
    save_allocation_settings(rt.db, rt.actor, shop_id, AllocationSettings([closed, sh], PartialPolicy.SPLIT))
    dialog = open_dialog(qtbot, ctx, shop_id)
    qtbot.waitUntil(lambda: dialog.allocation.warehouse_list.count() == 2, timeout=20000)
    assert listed(dialog) == [("SH · 上海主仓", True), ("GZ · Guangzhou DC", False)]  # the closed one is not shown
    dialog.auto_sync_spin.setValue(30)

    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()

    assert saved_allocation(rt, shop_id) == AllocationSettings([closed, sh], PartialPolicy.SPLIT)  # kept as it was
    assert len(allocation_audits(rt, shop_id)) == 1  # only the one made above
    assert get_shop(rt.db, shop_id).auto_sync_minutes == 30


def test_no_warehouse_ticked_is_refused_next_to_the_list(qtbot, rt: Runtime, ctx: UiContext, fake_channel,
                                                        two_warehouses) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.allocation.warehouse_list.count() == 2, timeout=20000)
    choose_channel(dialog, FAKE_KIND)
    fill(dialog, key="app-1", secret="s3cret", session="sess-42")
    for row in range(2):
        dialog.allocation.warehouse_list.item(row).setCheckState(Qt.CheckState.Unchecked)

    dialog.save()

    assert dialog.isVisible()
    assert dialog.error_label.text() == "tick at least one warehouse for this shop's orders to ship from"
    assert "dc2626" in dialog.allocation.warehouse_list.styleSheet()
    qtbot.wait(100)
    from omsdesk.sync.shops import list_shops
    assert list_shops(rt.db) == []


def test_without_warehouses_the_group_says_where_to_add_one(qtbot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.allocation.known is not None, timeout=20000)
    assert dialog.allocation.warehouse_list.count() == 0
    assert dialog.allocation.list_hint.text() == "No active warehouse yet: add one under Inventory › Locations."
    dialog.allocation.validate()  # nothing to tick: not an error
