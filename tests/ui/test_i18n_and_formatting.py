"""Translations load and are complete; values read the way a merchant expects."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from omsdesk.orders.models import OrderState
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_address_lines, format_datetime, format_money, format_quantity
from omsdesk.ui.i18n import (
    install_translators, remove_translators, resolve_language, resources_dir, state_label, translations_dir,
)
from omsdesk.ui.main_window import MainWindow
from omsdesk.ui.orders.model import COLUMN_INDEX
from omsdesk.ui.settings import Language

TS_FILE = translations_dir() / "omsdesk_zh_CN.ts"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, Language.CHINESE)
    yield
    remove_translators(qapp, translators)


def test_resources_are_found_next_to_the_package_and_in_a_frozen_build(monkeypatch, tmp_path) -> None:
    assert (resources_dir() / "icons" / "omsdesk.svg").is_file()
    assert (translations_dir() / "omsdesk_zh_CN.qm").is_file()
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


def test_chinese_ui(qtbot, ctx: UiContext, chinese: None) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "订单"
    assert window.tabs.tabText(window.tabs.indexOf(window.channels)) == "渠道"
    model = window.orders.model
    assert model.headerData(COLUMN_INDEX["number"], Qt_Horizontal()) == "订单号"
    assert model.headerData(COLUMN_INDEX["state"], Qt_Horizontal()) == "订单状态"
    assert state_label(OrderState.NEW) == "待审核"
    assert window.orders.search_edit.placeholderText() == "订单号、买家、电话或 SKU"


def test_qt_own_catalogue_is_loaded_for_standard_buttons(qtbot, chinese: None) -> None:
    from PySide6.QtWidgets import QDialogButtonBox
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def Qt_Horizontal():  # noqa: N802 - reads like the Qt constant it stands for
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal


def test_every_message_in_the_catalogue_is_translated() -> None:
    root = ET.parse(TS_FILE).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 150
    problems = [
        (m.findtext("source"), m.find("translation").attrib)
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (m.findtext("translation") or "").strip()
    ]
    assert problems == []
    for m in messages:  # placeholders survive translation
        for marker in ("%1", "%2", "%3", "%4"):
            assert (marker in m.findtext("source")) == (marker in m.findtext("translation")), m.findtext("source")


def test_system_language_follows_the_locale() -> None:
    assert resolve_language(Language.SYSTEM, QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
    assert resolve_language(Language.SYSTEM, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"
    assert resolve_language(Language.ENGLISH, QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "en"


@pytest.mark.parametrize(("amount", "currency", "expected"), [
    (Decimal("1234.5"), "CNY", "¥1,234.50"),
    (Decimal("12"), "USD", "US$12.00"),
    (Decimal("-3.10"), "EUR", "-€3.10"),
    (Decimal("1500"), "JPY", "JP¥1,500"),
    (Decimal("3"), "CHF", "CHF\u00a03.00"),
])
def test_money(amount: Decimal, currency: str, expected: str) -> None:
    assert format_money(amount, currency) == expected


def test_quantities_and_times(monkeypatch) -> None:
    assert format_quantity(Decimal("2.0000")) == "2"
    assert format_quantity(Decimal("1.5000")) == "1.5"
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    import time
    time.tzset()
    try:
        assert format_datetime(datetime(2026, 1, 31, 20, 30, tzinfo=UTC)) == "2026-02-01 04:30"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_chinese_address_reads_from_province_down() -> None:
    lines = format_address_lines({"name": "王小明", "phone": "13800000000", "line1": "姑苏区干将西路 864 号",
                                  "line2": "2单元", "city": "苏州市", "state": "CN11", "postcode": "215005",
                                  "country": "CN"})
    assert lines == ["王小明  13800000000", "China 江苏省苏州市姑苏区干将西路 864 号2单元", "Postcode 215005"]
    municipality = format_address_lines({"city": "上海市", "state": "CN10", "line1": "浦东新区", "country": "CN"},
                                        with_contact=False)
    assert municipality == ["China 上海市浦东新区"]


def test_western_address_keeps_its_order() -> None:
    lines = format_address_lines({"name": "Alice Smith", "line1": "1 Main St", "city": "Chicago", "state": "IL",
                                  "postcode": "60601", "country": "US"})
    assert lines == ["Alice Smith", "1 Main St", "Chicago, IL 60601", "United States"]


def test_service_messages_are_shown_in_the_users_language(chinese: None) -> None:
    from omsdesk.errors import ValidationError
    from omsdesk.ui.i18n import user_message

    error = ValidationError("name", "a shop named {name!r} already exists", name="官方旗舰店")
    assert str(error) == "name: a shop named '官方旗舰店' already exists"  # the CLI and the log stay English
    assert user_message(error) == "已存在名为 '官方旗舰店' 的店铺"
    assert user_message(RuntimeError("disk on fire")) == "disk on fire"


def test_every_core_message_is_in_the_catalogue() -> None:
    """Each QT_TRANSLATE_NOOP in the Qt-free core must have been collected by lupdate."""
    import ast

    from tests.helpers import REPO_ROOT

    catalogue = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TS_FILE).getroot().findall("./context")
        for message in context.findall("message")
    }
    marked: set[tuple[str, str]] = set()
    for path in (REPO_ROOT / "omsdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
                marked.add((node.args[0].value, node.args[1].value))
    assert len(marked) > 50, "too few marked messages found: the check is out of date"
    assert marked <= catalogue, f"run `make translations`: missing {sorted(marked - catalogue)[:5]}"
