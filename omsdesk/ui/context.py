"""What every workspace needs: the runtime, the task runner, app events and settings."""

from __future__ import annotations

from dataclasses import dataclass

from omsdesk.runtime import Runtime
from omsdesk.ui.errors import ErrorReporter
from omsdesk.ui.events import AppEvents
from omsdesk.ui.settings import AppSettings
from omsdesk.ui.tasks import TaskRunner


@dataclass
class UiContext:
    rt: Runtime
    tasks: TaskRunner
    events: AppEvents
    settings: AppSettings
    errors: ErrorReporter

    def report(self, error: BaseException) -> None:
        """The default for a task's failure: the error dialog (friendly text, details)."""
        self.errors.report_exception(error)


def create_context(rt: Runtime, settings: AppSettings, errors: ErrorReporter | None = None) -> UiContext:
    reporter = errors or ErrorReporter()
    tasks = TaskRunner(default_error_handler=reporter.report_exception)
    return UiContext(rt, tasks, AppEvents(), settings, reporter)
