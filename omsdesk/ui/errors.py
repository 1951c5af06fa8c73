"""Unexpected errors end in a dialog, never in a crash.

The hook tells three kinds apart (Anki's ``aqt/errors.py``, qutebrowser): a
:class:`UserError` is shown as its message; a known problem of the environment
(database locked, disk full, network down) gets a sentence the user can act on;
anything else is a bug, shown with a "Details" section holding the traceback.
Everything is logged. The hook itself never raises.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QStyle, QVBoxLayout, QWidget,
)

from omsdesk.errors import UserError
from omsdesk.ui.i18n import user_message

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


@dataclass(frozen=True)
class ErrorReport:
    title: str
    message: str
    details: str
    is_bug: bool



def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
        orig = getattr(chain[-1], "orig", None)
        if isinstance(orig, BaseException) and orig not in chain:
            chain.append(orig)
    return chain


def _environment_message(error: BaseException) -> str | None:
    """Friendly text for known problems of the machine, not of omsdesk."""
    for cause in _causes(error):
        text = str(cause).lower()
        if "database is locked" in text or "database table is locked" in text:
            return QCoreApplication.translate(
                "ErrorReport",
                "The database is busy: another omsdesk window or program is writing to it. "
                "Wait a moment and try again.")
        if "database or disk is full" in text or (isinstance(cause, OSError) and cause.errno == errno.ENOSPC):
            return QCoreApplication.translate(
                "ErrorReport", "The disk is full. Free some space, then try again; the last change was not saved.")
        if isinstance(cause, OSError) and cause.errno in (errno.EACCES, errno.EROFS):
            return QCoreApplication.translate(
                "ErrorReport",
                "omsdesk may not write to a file it needs (permission denied or a read-only disk): %1",
            ).replace("%1", str(cause))
        if "unable to open database file" in text:
            return QCoreApplication.translate(
                "ErrorReport",
                "omsdesk cannot open its database file. Check that the folder exists and is writable.")
        if _is_network_error(cause):
            return QCoreApplication.translate(
                "ErrorReport",
                "The network is not reachable, or the server did not answer. "
                "Check the internet connection and try again.")
        if isinstance(cause, sqlite3.DatabaseError) and "malformed" in text:
            return QCoreApplication.translate(
                "ErrorReport",
                "The database file is damaged. Restore the latest backup from the data folder's backups folder.")
    return None


def _is_network_error(error: BaseException) -> bool:
    if isinstance(error, ConnectionError | TimeoutError):
        return True
    try:
        import requests
    except ImportError:  # pragma: no cover - requests is a dependency
        return False
    return isinstance(error, requests.ConnectionError | requests.Timeout)


def describe(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> ErrorReport:
    details = "".join(traceback.format_exception(exc_type, error, tb))
    if isinstance(error, UserError):
        return ErrorReport(QCoreApplication.translate("ErrorReport", "omsdesk"), user_message(error), details,
                           is_bug=False)
    known = _environment_message(error)
    if known is not None:
        return ErrorReport(QCoreApplication.translate("ErrorReport", "omsdesk"), known, details, is_bug=False)
    message = QCoreApplication.translate(
        "ErrorReport",
        "Something went wrong inside omsdesk. The program keeps running, but the last action "
        "may not have finished. The details are saved in the log; please send them to your "
        "support contact.")
    return ErrorReport(QCoreApplication.translate("ErrorReport", "Unexpected error"), message, details, is_bug=True)


class ErrorDialog(QDialog):
    def __init__(self, report: ErrorReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(report.title)
        self.setMinimumWidth(520)
        icon = QLabel()
        pixmaps = QStyle.StandardPixmap
        kind = pixmaps.SP_MessageBoxCritical if report.is_bug else pixmaps.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(kind).pixmap(40, 40))
        self.message_label = QLabel(report.message)
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(420)
        top = QHBoxLayout()
        top.addWidget(icon, 0)
        top.addWidget(self.message_label, 1)
        self.details = QPlainTextEdit(report.details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(220)
        self.details.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        copy_button = QPushButton(self.tr("Copy details"))
        copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(report.details))
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    @Slot(bool)
    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()


class ErrorReporter(QObject):
    """Installs ``sys.excepthook`` / ``threading.excepthook`` and shows one dialog at a time."""

    _from_thread = Signal(object)
    reported = Signal(object)  # ErrorReport, after logging (tests, status bar)

    def __init__(self, parent: QObject | None = None,
                 dialog_parent: Callable[[], QWidget | None] | None = None) -> None:
        super().__init__(parent)
        self._dialog_parent = dialog_parent or QApplication.activeWindow
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._showing = False
        self._queued: list[ErrorReport] = []
        self._from_thread.connect(self._show_later)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        try:
            if issubclass(exc_type, KeyboardInterrupt):
                QCoreApplication.quit()
                return
            self.report_exception(error, exc_type, tb)
        except Exception:  # noqa: BLE001 - the hook must never raise
            traceback.print_exc()

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def report_exception(self, error: BaseException, exc_type: type[BaseException] | None = None,
                         tb: TracebackType | None = None) -> None:
        """Log and show ``error``; callable from any thread."""
        report = describe(exc_type or type(error), error, tb if tb is not None else error.__traceback__)
        if report.is_bug:
            log.error("unexpected error\n%s", report.details)
        else:
            log.warning("%s\n%s", report.message, report.details)
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            self._from_thread.emit(report)
        else:
            self._show_later(report)

    @Slot(object)
    def _show_later(self, report: ErrorReport) -> None:
        self.reported.emit(report)
        # Not inside the failing slot's stack (a paint event, a half-finished model reset).
        QTimer.singleShot(0, lambda: self._show(report))

    def _show(self, report: ErrorReport) -> None:
        if self._showing:
            self._queued.append(report)
            return
        self._showing = True
        try:
            dialog = ErrorDialog(report, self._dialog_parent())
            dialog.exec()
            dialog.deleteLater()
        except Exception:  # noqa: BLE001
            traceback.print_exc()
        finally:
            self._showing = False
        if self._queued:
            # A burst of the same failure (a timer firing every second) would be a dialog storm.
            pending, self._queued = self._queued, []
            if all(p.details == pending[0].details for p in pending) and pending[0].details == report.details:
                return
            self._show(pending[-1])
