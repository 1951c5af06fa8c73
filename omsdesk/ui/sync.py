"""Runs shop syncs in the background: on request, for every shop, and automatically.

Syncs of different shops run in parallel (network-bound; SQLite's writer lock
queues their short page transactions); the same shop never syncs twice at once.
Outcomes go out as :class:`AppEvents` signals, so the Orders workspace refreshes
when orders changed and the Channels workspace when a shop's last run did.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from connectors.base import Connector
from omsdesk.db.types import utc_now
from omsdesk.errors import UserError
from omsdesk.ui.i18n import user_message
from omsdesk.sync.service import SyncProgress, SyncResult, run_sync
from omsdesk.sync.shops import ShopInfo, list_shops
from omsdesk.ui.context import UiContext
from omsdesk.ui.tasks import Task, TaskContext

log = logging.getLogger(__name__)

ConnectorFactory = Callable[[int], Connector | None]


def is_due(shop: ShopInfo) -> bool:
    """Active, automatic sync on, and its interval has passed since the last sync."""
    if not shop.active or shop.auto_sync_minutes <= 0:
        return False
    if shop.last_sync_at is None:
        return True
    return utc_now() - shop.last_sync_at >= timedelta(minutes=shop.auto_sync_minutes)


class SyncManager(QObject):
    running_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QObject | None = None,
                 connector_factory: ConnectorFactory | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.connector_factory = connector_factory
        self._running: dict[int, Task[SyncResult]] = {}
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(ctx.settings.auto_sync_check_seconds * 1000)
        self.auto_timer.timeout.connect(self.start_due)

    def start_automatic(self) -> None:
        self.auto_timer.start()

    def is_running(self, shop_id: int) -> bool:
        return shop_id in self._running

    @property
    def running_ids(self) -> list[int]:
        return list(self._running)

    def sync(self, shop_id: int) -> bool:
        """Start a sync of one shop; False when that shop is already syncing."""
        if shop_id in self._running:
            return False
        ctx = self.ctx
        connector = self.connector_factory(shop_id) if self.connector_factory else None

        def work(task: TaskContext) -> SyncResult:
            return run_sync(ctx.rt.db, ctx.rt.secrets, ctx.rt.actor, shop_id, progress=task.report,
                            cancelled=task.cancelled, connector=connector)

        self._running[shop_id] = ctx.tasks.run(
            work,
            lambda result: self._finished(shop_id, result),
            lambda error: self._failed(shop_id, error),
            self._progress,
            owner=self, name=f"sync shop {shop_id}",
        )
        ctx.events.sync_started.emit(shop_id)
        self.running_changed.emit()
        return True

    def sync_all(self) -> None:
        self._with_shops(lambda shops: [self.sync(s.id) for s in shops if s.active])

    @Slot()
    def start_due(self) -> None:
        self._with_shops(lambda shops: [self.sync(s.id) for s in shops if is_due(s)])

    def cancel(self, shop_id: int) -> None:
        task = self._running.get(shop_id)
        if task is not None:
            task.cancel()

    def cancel_all(self) -> None:
        for task in self._running.values():
            task.cancel()

    def _with_shops(self, then: Callable[[list[ShopInfo]], object]) -> None:
        self.ctx.tasks.run(lambda _: list_shops(self.ctx.rt.db), then, owner=self, name="list shops")

    def _progress(self, progress: SyncProgress) -> None:
        self.ctx.events.sync_progress.emit(progress)

    def _finished(self, shop_id: int, result: SyncResult) -> None:
        self._running.pop(shop_id, None)
        log.info("sync finished: %s (%s)", result.summary(), result.status)
        self.ctx.events.sync_finished.emit(result)
        if result.new or result.updated:
            self.ctx.events.orders_changed.emit()
        self.ctx.events.shops_changed.emit()
        self.running_changed.emit()

    def _failed(self, shop_id: int, error: BaseException) -> None:
        self._running.pop(shop_id, None)
        if not isinstance(error, UserError):
            self.ctx.report(error)
        self.ctx.events.sync_failed.emit(shop_id, user_message(error))
        self.ctx.events.shops_changed.emit()
        self.running_changed.emit()
