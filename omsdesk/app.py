"""Start the desktop app: QApplication, settings, translations, error hook, database, window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from omsdesk import __version__
from omsdesk.config import APP_NAME, app_paths
from omsdesk.errors import UserError
from omsdesk.runtime import Runtime, open_runtime, setup_logging
from omsdesk.ui.context import create_context
from omsdesk.ui.errors import ErrorReporter
from omsdesk.ui.garbage import MainThreadGarbageCollector
from omsdesk.ui.i18n import install_translators, user_message
from omsdesk.ui.main_window import MainWindow, app_icon
from omsdesk.ui.settings import AppSettings

log = logging.getLogger(__name__)

EXIT_FAILED = 1
DEMO_ARRIVAL_SECONDS = 20


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("omsdesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    if app.findChild(MainThreadGarbageCollector) is None:
        MainThreadGarbageCollector(app)
    return app


def _prepare(app: QApplication, settings: AppSettings) -> ErrorReporter:
    app.setProperty("omsdesk_translators", install_translators(app, settings.language))
    reporter = ErrorReporter(app)
    reporter.install()
    return reporter


def _cannot_start(message: str) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("App", "omsdesk cannot start"), message)
    return EXIT_FAILED


def main(database_url: str | None = None) -> int:
    """Open the app on ``database_url`` (default: the user's database); returns the exit code."""
    app = _application()
    paths = app_paths().ensure()
    setup_logging(paths)
    settings = AppSettings(paths.settings_file)
    reporter = _prepare(app, settings)
    try:
        try:
            rt = open_runtime(database_url)
        except UserError as error:  # e.g. DatabaseTooNewError
            log.warning("cannot open the database: %s", error)
            return _cannot_start(user_message(error))
        except OperationalError as error:
            log.warning("cannot open the database: %s", error)
            return _cannot_start(QCoreApplication.translate(
                "App", "omsdesk cannot open its database: %1").replace("%1", str(error.orig)))
        try:
            return _run(app, rt, settings, reporter)
        finally:
            rt.close()
    finally:
        reporter.uninstall()


def run_app(rt: Runtime, demo: bool = False) -> int:
    """Open the app on an already open runtime; ``demo`` marks the window and syncs at once."""
    app = _application()
    settings = AppSettings(rt.paths.settings_file)
    reporter = _prepare(app, settings)
    try:
        return _run(app, rt, settings, reporter, demo=demo)
    finally:
        reporter.uninstall()


def _start_demo_simulator(rt: Runtime) -> Callable[[], None]:
    """Bring back the simulator behind any demo shop in the database, with live arrivals."""
    from omsdesk.demo import ensure_simulator

    simulator = ensure_simulator(rt)
    if simulator is None:  # no demo shop, or another omsdesk is already serving it
        return lambda: None
    simulator.start_live(arrival_seconds=DEMO_ARRIVAL_SECONDS)
    return simulator.stop


def _run(app: QApplication, rt: Runtime, settings: AppSettings, reporter: ErrorReporter,
         demo: bool = False) -> int:
    stop_simulator = _start_demo_simulator(rt)
    ctx = create_context(rt, settings, reporter)
    window = MainWindow(ctx, demo=demo)
    window.show()
    if demo:
        QTimer.singleShot(0, window.sync_manager.sync_all)
    try:
        return _event_loop(app)
    finally:
        ctx.tasks.shutdown()
        stop_simulator()


def _event_loop(app: QApplication) -> int:
    return app.exec()
