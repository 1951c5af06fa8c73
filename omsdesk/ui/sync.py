"""Runs shop jobs in the background: on request, for every shop, and automatically.

A shop's job is a full cycle (:func:`omsdesk.sync.cycle.run_shop_cycle`): pull the
orders that changed, plan its stock levels, send what its outbox holds. Jobs of
different shops run in parallel (network-bound; the database serialises their short
write transactions); the same shop never runs two jobs at once — a pull, a re-sync
from a date and a retry of failed orders all count as the shop's job.

Between pulls the automatic timer sends the due outbox items of every active shop
(:func:`omsdesk.sync.cycle.push_now`), so a tracking number goes out within one check
interval of the shipment. Outcomes go out as :class:`AppEvents` signals: the Orders
workspace refreshes when orders changed, the Channels workspace when a run ended or
the outbox changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from connectors.base import Connector, PushingConnector
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, UserError
from omsdesk.orders.manual import MANUAL_CHANNEL
from omsdesk.sync.cycle import CycleResult, push_now, run_shop_cycle
from omsdesk.sync.outbox import SendOutcome
from omsdesk.sync.service import SyncProgress, SyncResult, retry_failed_orders
from omsdesk.sync.shops import ShopInfo, connector_for, list_shops
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import user_message
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


class CannotRetryError(UserError):
    def __init__(self, channel: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Messages", "{channel} cannot fetch single orders, so failed orders cannot be retried one by one; "
                        "use “Re-sync from date” instead"), channel=channel)


class SyncManager(QObject):
    running_changed = Signal()

    def __init__(self, ctx: UiContext, parent: QObject | None = None,
                 connector_factory: ConnectorFactory | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.connector_factory = connector_factory
        self._running: dict[int, Task[Any]] = {}  # the shop's job: a cycle, a re-sync or a retry
        self._pushing: dict[int, Task[SendOutcome]] = {}
        self._push_crashed: set[int] = set()  # reported once, not on every tick
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(ctx.settings.auto_sync_check_seconds * 1000)
        self.auto_timer.timeout.connect(self.start_due)

    def start_automatic(self) -> None:
        self.auto_timer.start()

    def is_running(self, shop_id: int) -> bool:
        return shop_id in self._running

    def is_pushing(self, shop_id: int) -> bool:
        return shop_id in self._pushing

    @property
    def running_ids(self) -> list[int]:
        return list(self._running)

    # -- starting jobs ---------------------------------------------------------------

    def sync(self, shop_id: int) -> bool:
        """Start a full cycle of one shop; False when that shop is already busy."""
        return self._start_cycle(shop_id, since=None)

    def resync_from(self, shop_id: int, moment: datetime) -> bool:
        """A cycle that pulls every order changed since ``moment`` again, whatever the shop's cursor says."""
        return self._start_cycle(shop_id, since=moment)

    def retry_failed(self, shop_id: int) -> bool:
        """Fetch each order of the shop that failed to import, afresh, and import it."""
        ctx, connector = self.ctx, self._connector(shop_id)

        def work(task: TaskContext) -> SyncResult:
            channel = connector or connector_for(ctx.rt.db, ctx.rt.secrets, shop_id)
            if not isinstance(channel, PushingConnector):
                raise CannotRetryError(getattr(channel, "display_name", type(channel).__name__))
            return retry_failed_orders(ctx.rt.db, ctx.rt.secrets, ctx.rt.actor, shop_id, connector=channel,
                                       cancelled=task.cancelled)

        return self._start(shop_id, work, lambda result: self._retry_finished(shop_id, result),
                           f"retry failed orders of shop {shop_id}")

    def push(self, shop_id: int) -> bool:
        """Send the shop's due outbox items now; False while the shop is busy (its cycle sends them)."""
        if shop_id in self._running or shop_id in self._pushing:
            return False
        ctx, connector = self.ctx, self._connector(shop_id)

        def work(task: TaskContext) -> SendOutcome:
            return push_now(ctx.rt.db, ctx.rt.secrets, shop_id, connector=connector, cancelled=task.cancelled)

        self._pushing[shop_id] = ctx.tasks.run_long(
            work, lambda outcome: self._pushed(shop_id, outcome), lambda error: self._push_failed(shop_id, error),
            owner=self, name=f"push shop {shop_id}")
        return True

    def sync_all(self) -> None:
        self._with_shops(lambda shops: [self.sync(s.id) for s in shops if s.active])

    @Slot()
    def start_due(self) -> None:
        """The timer's tick: a cycle for every shop that is due, a push for every other active one."""
        self._with_shops(self._start_due_jobs)

    def _start_due_jobs(self, shops: list[ShopInfo]) -> None:
        for shop in shops:
            if is_due(shop):
                self.sync(shop.id)
            elif shop.active:
                self.push(shop.id)

    def cancel(self, shop_id: int) -> None:
        task = self._running.get(shop_id)
        if task is not None:
            task.cancel()

    def cancel_all(self) -> None:
        for task in [*self._running.values(), *self._pushing.values()]:
            task.cancel()

    def _connector(self, shop_id: int) -> Connector | None:
        return self.connector_factory(shop_id) if self.connector_factory else None

    def _with_shops(self, then: Callable[[list[ShopInfo]], object]) -> None:
        def load(_: TaskContext) -> list[ShopInfo]:
            return [shop for shop in list_shops(self.ctx.rt.db) if shop.channel != MANUAL_CHANNEL]

        self.ctx.tasks.run(load, then, owner=self, name="list shops")

    def _start_cycle(self, shop_id: int, since: datetime | None) -> bool:
        ctx, connector = self.ctx, self._connector(shop_id)

        def work(task: TaskContext) -> CycleResult:
            return run_shop_cycle(ctx.rt.db, ctx.rt.secrets, ctx.rt.actor, shop_id, since=since,
                                  progress=task.report, cancelled=task.cancelled, connector=connector)

        return self._start(shop_id, work, lambda result: self._cycle_finished(shop_id, result),
                           f"sync shop {shop_id}")

    def _start(self, shop_id: int, work: Callable[[TaskContext], Any], on_done: Callable[[Any], None],
               name: str) -> bool:
        if shop_id in self._running:
            return False
        self._running[shop_id] = self.ctx.tasks.run_long(
            work, on_done, lambda error: self._failed(shop_id, error), self._progress, owner=self, name=name)
        self.ctx.events.sync_started.emit(shop_id)
        self.running_changed.emit()
        return True

    # -- outcomes --------------------------------------------------------------------

    def _progress(self, progress: SyncProgress) -> None:
        self.ctx.events.sync_progress.emit(progress)

    def _cycle_finished(self, shop_id: int, result: CycleResult) -> None:
        self._running.pop(shop_id, None)
        log.info("cycle finished: %s", result.summary())
        if result.sync is not None:
            self.ctx.events.sync_finished.emit(result.sync)
        if result.orders_changed:
            self.ctx.events.orders_changed.emit()
        if result.stock.queued or result.pushes.handled:
            self.ctx.events.outbox_changed.emit(shop_id)
        self.ctx.events.shops_changed.emit()
        self.running_changed.emit()

    def _retry_finished(self, shop_id: int, result: SyncResult) -> None:
        self._running.pop(shop_id, None)
        log.info("retry of failed orders finished: %s (%s)", result.summary(), result.status)
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

    def _pushed(self, shop_id: int, outcome: SendOutcome) -> None:
        self._pushing.pop(shop_id, None)
        self._push_crashed.discard(shop_id)
        if outcome.message:
            log.info("shop %s: outbox not sent: %s", shop_id, outcome.message)
        if outcome.handled:
            log.info("shop %s pushed: %s sent, %s retrying, %s failed", shop_id, outcome.sent, outcome.retrying,
                     outcome.failed)
            self.ctx.events.outbox_changed.emit(shop_id)

    def _push_failed(self, shop_id: int, error: BaseException) -> None:
        self._pushing.pop(shop_id, None)
        log.error("sending the outbox of shop %s failed", shop_id, exc_info=error)
        if shop_id not in self._push_crashed and not isinstance(error, UserError):
            self.ctx.report(error)
        self._push_crashed.add(shop_id)
