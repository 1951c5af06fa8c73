"""Settings → Order review: the rules load in the background, a change saved in the UI is what the
service reads back, a refused value keeps the dialog open and names the problem."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from omsdesk.orders.review import ReviewRules, load_rules, save_rules
from omsdesk.runtime import Runtime
from omsdesk.ui.context import UiContext
from omsdesk.ui.orders.review_settings import ReviewSettingsPage
from omsdesk.ui.settings_dialog import SettingsDialog


def stored_rules(rt: Runtime) -> ReviewRules:
    with rt.db.reading() as session:
        return load_rules(session)


def test_page_shows_the_stored_rules(qtbot: QtBot, ctx: UiContext, rt: Runtime) -> None:
    save_rules(rt.db, rt.actor, ReviewRules(remark=False, amount_threshold=Decimal("8000"), duplicate_hours=6,
                                            block_list=("13800001111", "bad@example.com")))
    page = ReviewSettingsPage(ctx)
    qtbot.addWidget(page)
    assert not page.isEnabled()  # nothing to edit until the stored rules are in
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.isEnabled()
    assert not page.remark_check.isChecked() and page.amount_check.isChecked()
    assert page.threshold_edit.text() == "8000.00" and page.hours_spin.value() == 6
    assert page.block_list_edit.toPlainText() == "13800001111\nbad@example.com"
    assert page.postcode_check.isEnabled() and not page.postcode_check.isChecked()


def test_a_rule_changed_in_the_settings_dialog_is_what_review_reads(qtbot: QtBot, ctx: UiContext,
                                                                   rt: Runtime) -> None:
    dialog = SettingsDialog(ctx.settings, ctx=ctx)
    qtbot.addWidget(dialog)
    page = dialog.review_page
    assert page is not None
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    dialog.show_review_rules()
    assert dialog.tabs.currentWidget() is page
    page.stock_check.setChecked(False)
    page.duplicate_check.setChecked(False)
    assert not page.hours_spin.isEnabled()  # its parameter goes with the switch
    page.threshold_edit.setText("12000,50")
    page.block_list_edit.setPlainText("王 小明\n\n  138-0000-2222 \n")
    with qtbot.waitSignal(dialog.finished, timeout=10_000) as finished:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert finished.args == [QDialog.DialogCode.Accepted]
    assert stored_rules(rt) == ReviewRules(out_of_stock=False, suspected_duplicate=False,
                                           amount_threshold=Decimal("12000.50"),
                                           block_list=("王 小明", "138-0000-2222"))


def test_a_refused_value_keeps_the_dialog_open_and_says_why(qtbot: QtBot, ctx: UiContext, rt: Runtime) -> None:
    dialog = SettingsDialog(ctx.settings, ctx=ctx)
    qtbot.addWidget(dialog)
    page = dialog.review_page
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10_000)
    page.block_list_edit.setPlainText("x" * 201)
    with qtbot.waitSignal(page.failed, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.buttons.isEnabled()
    assert "longer than 200 characters" in page.status_label.text()
    assert stored_rules(rt) == ReviewRules()
    page.threshold_edit.setText("")
    page.save()
    assert "amount" in page.status_label.text()  # refused before anything is sent


def test_the_settings_dialog_finds_the_context_on_its_main_window(qtbot: QtBot, ctx: UiContext) -> None:
    window = QMainWindow()
    window.ctx = ctx
    qtbot.addWidget(window)
    dialog = SettingsDialog(ctx.settings, window)
    assert dialog.review_page is not None and dialog.tabs.count() == 2
    qtbot.waitUntil(lambda: dialog.review_page.is_loaded, timeout=10_000)
    alone = SettingsDialog(ctx.settings)
    qtbot.addWidget(alone)
    assert alone.tabs.count() == 1  # no database at hand: the language only
