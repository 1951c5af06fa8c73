"""Unexpected errors end in a dialog, never a crash; the app entry points start and stop cleanly."""

from __future__ import annotations

import errno
import sqlite3
import sys

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from omsdesk.db.migrate import DatabaseTooNewError
from omsdesk.errors import ValidationError
from omsdesk.runtime import Runtime
from omsdesk.ui.errors import ErrorDialog, ErrorReport, ErrorReporter, describe
from omsdesk.ui.tasks import TaskRunner


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[ErrorReport]:
    """Replaces the modal dialog's exec: records what it would have shown."""
    reports: list[ErrorReport] = []

    def fake_exec(self: ErrorDialog) -> int:
        reports.append(self.report)
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", fake_exec)
    return reports


def raise_and_catch(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


def test_hook_shows_a_dialog_with_details(qtbot, qapp: QApplication, shown: list[ErrorReport]) -> None:
    reporter = ErrorReporter()
    reporter.install()
    try:
        sys.excepthook(*raise_and_catch(RuntimeError("kaputt")))
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter.excepthook
    report = shown[0]
    assert report.is_bug
    assert "keeps running" in report.message
    assert "RuntimeError: kaputt" in report.details and "Traceback" in report.details


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_ends_in_the_dialog(qtbot, qapp: QApplication, shown: list[ErrorReport]) -> None:
    reporter = ErrorReporter()
    reporter.install()

    def broken_slot() -> None:
        raise KeyError("missing")

    try:
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    finally:
        reporter.uninstall()
    assert "KeyError: 'missing'" in shown[0].details


def test_a_failed_background_task_ends_in_the_dialog(qtbot, qapp: QApplication, shown: list[ErrorReport]) -> None:
    reporter = ErrorReporter()
    runner = TaskRunner(default_error_handler=reporter.report_exception)
    try:
        runner.run(lambda _: [][1])
        qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    finally:
        runner.shutdown()
    assert "IndexError" in shown[0].details


def test_the_dialog_hides_details_until_asked(qtbot) -> None:
    report = describe(*raise_and_catch(ValueError("x")))  # type: ignore[arg-type]
    dialog = ErrorDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible() and "ValueError" in dialog.details.toPlainText()


@pytest.mark.parametrize(("error", "expected"), [
    (OperationalError("UPDATE x", {}, sqlite3.OperationalError("database is locked")), "database is busy"),
    (OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full")), "disk is full"),
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
    (ConnectionError("Network is unreachable"), "network is not reachable"),
    (ValidationError("name", "a shop needs a name"), "a shop needs a name"),
])
def test_known_problems_get_friendly_text(error: BaseException, expected: str) -> None:
    report = describe(*raise_and_catch(error))  # type: ignore[arg-type]
    assert not report.is_bug
    assert expected in report.message


def test_main_refuses_a_database_from_a_newer_version(qapp, home, monkeypatch: pytest.MonkeyPatch) -> None:
    from omsdesk import app

    shown_messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown_messages.append(text))

    def too_new(_url: str | None = None) -> Runtime:
        raise DatabaseTooNewError("This database was created or upgraded by a newer version of omsdesk")

    monkeypatch.setattr(app, "open_runtime", too_new)
    assert app.main(database_url=None) == 1
    assert shown_messages and "newer version of omsdesk" in shown_messages[0]


def test_run_app_demo_syncs_and_stops_the_simulator(qapp, rt: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    from omsdesk import app
    from omsdesk.demo import _serving, seed_demo
    from omsdesk.sync.shops import list_shops
    from omsdesk.ui.main_window import MainWindow

    seed_demo(rt, orders=25, seed=2, channels=("woocommerce",))
    # QApplication.exec() leaves Qt's "quit now" flag set, which stalls QTest.qWait in later tests:
    # a local event loop stands in for it.
    loop = QEventLoop()
    monkeypatch.setattr(app, "_event_loop", lambda _app: loop.exec())
    seen: dict[str, object] = {}
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(20_000)

    def watch() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and (windows[0].orders.model.rowCount() == 25 or not deadline.isActive()):
            seen["title"] = windows[0].windowTitle()
            seen["rows"] = windows[0].orders.model.rowCount()
            windows[0].close()
            loop.quit()
        else:
            QTimer.singleShot(100, watch)

    QTimer.singleShot(100, watch)
    assert app.run_app(rt, demo=True) == 0
    assert seen["rows"] == 25
    assert "demo" in str(seen["title"])
    shop = list_shops(rt.db)[0]
    assert not _serving(shop.base_url, "webshop"), "the simulator still runs after quitting"
