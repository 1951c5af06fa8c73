"""The main window: both workspaces, status bar, and state remembered between sessions."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.main_window import MainWindow
from omsdesk.ui.settings import AppSettings


def test_opens_with_every_workspace(qtbot, rt: Runtime, ctx: UiContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Orders", "Products", "Inventory", "Purchasing", "Channels"]
    assert window.windowTitle() == "omsdesk"
    assert "sqlite" in window.database_label.text()
    assert rt.actor.name in window.user_label.text()
    # An empty database shows the hint, not a blank table.
    qtbot.waitUntil(lambda: window.orders.stack.currentIndex() == 1, timeout=20000)
    assert window.orders.empty_label.text() == "No orders yet — add a shop in Channels and sync."
    window.orders.empty_button.click()
    assert window.tabs.currentWidget() is window.channels


def test_demo_title(qtbot, ctx: UiContext) -> None:
    window = MainWindow(ctx, demo=True)
    qtbot.addWidget(window)
    assert "demo" in window.windowTitle()


def test_geometry_and_last_tab_survive_a_restart(qtbot, rt: Runtime, ctx: UiContext) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 520)  # the offscreen screen is only 800×600
    first.move(40, 30)
    first.tabs.setCurrentWidget(first.channels)
    QApplication.processEvents()
    first.close()

    ctx.settings = AppSettings(rt.paths.settings_file)  # read back from the file
    assert ctx.settings.last_tab == "channels"
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.tabs.currentWidget() is second.channels
    assert first.height() == 520
    assert (second.width(), second.height()) == (first.width(), 520)


def test_password_is_hidden_in_the_status_bar(qtbot, ctx: UiContext, monkeypatch) -> None:
    monkeypatch.setattr(type(ctx.rt.db), "display_url",
                        property(lambda self: "postgresql+psycopg://clerk:***@db.local/oms"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "***" in window.database_label.text() and "secret" not in window.database_label.text()
