"""UI test fixtures: a fresh database per test, an in-memory keyring, a UI context.

Everything runs on the offscreen platform (tests/conftest.py) with the one
QApplication that pytest-qt provides.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QApplication

from omsdesk.config import DATABASE_URL_ENV, HOME_ENV
from omsdesk.runtime import Runtime, open_runtime
from omsdesk.ui.context import UiContext, create_context
from omsdesk.ui.errors import ErrorReport, ErrorReporter
from omsdesk.ui.garbage import MainThreadGarbageCollector
from omsdesk.ui.settings import AppSettings
from tests.fakes import MemoryKeyring


@pytest.fixture(autouse=True)
def collect_garbage_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does: a cycle holding a widget must never be collected on a task's thread."""
    collector = MainThreadGarbageCollector()
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(HOME_ENV, str(tmp_path))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield tmp_path
    keyring.set_keyring(previous)


@pytest.fixture
def rt(home: Path) -> Iterator[Runtime]:
    runtime = open_runtime()
    yield runtime
    runtime.close()


class RecordingReporter(ErrorReporter):
    """Records what would be shown instead of opening a modal dialog in a test."""

    def __init__(self) -> None:
        super().__init__()
        self.reports: list[ErrorReport] = []

    def _show(self, report: ErrorReport) -> None:
        self.reports.append(report)


@pytest.fixture
def reporter(qapp: QApplication) -> RecordingReporter:
    return RecordingReporter()


@pytest.fixture
def ctx(rt: Runtime, reporter: RecordingReporter) -> Iterator[UiContext]:
    context = create_context(rt, AppSettings(rt.paths.settings_file), reporter)
    yield context
    assert context.tasks.shutdown(), "background tasks did not finish"
    assert not reporter.reports, f"unexpected error dialogs: {[r.message for r in reporter.reports]}"


def add_test_shop(rt: Runtime, name: str = "Web shop", url: str = "https://shop.example.com") -> int:
    from omsdesk.sync.shops import ShopSpec, add_shop

    return add_shop(rt.db, rt.secrets, rt.actor, ShopSpec("woocommerce", name, url, "ck_test", "cs_test"))


def import_orders(rt: Runtime, shop_id: int, orders: list) -> None:
    """Put channel orders into the database the way a sync does."""
    from omsdesk.sync.service import run_sync
    from tests.fakes import ScriptedConnector

    result = run_sync(rt.db, None, rt.actor, shop_id, connector=ScriptedConnector(orders, page_size=100))
    assert result.ok, result.message


@pytest.fixture
def orders_db(rt: Runtime) -> Runtime:
    """A shop with 60 scripted orders: varied buyers, states and totals."""
    from connectors.base import Lifecycle
    from tests.fakes import make_order

    shop_id = add_test_shop(rt)
    buyers = ["王小明", "李娜", "Alice Smith", "Bob Jones", "张伟"]
    orders = [
        make_order(n, buyer=buyers[n % len(buyers)], lines=1 + n % 3,
                   status="cancelled" if n % 10 == 0 else "processing",
                   lifecycle=Lifecycle.CANCELLED if n % 10 == 0 else Lifecycle.OPEN)
        for n in range(1, 61)
    ]
    import_orders(rt, shop_id, orders)
    return rt
