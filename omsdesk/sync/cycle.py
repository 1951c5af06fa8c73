"""One shop's sync cycle: pull orders, plan stock levels, send what the outbox holds.

Shops run their cycles in parallel (the network is the slow part); their
database writes are short transactions that the database serialises (SQLite's
``BEGIN IMMEDIATE`` writer lock, PostgreSQL's row locks).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from connectors.base import CancelCheck, Connector, ConnectorError, PushingConnector
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.errors import UserError
from omsdesk.sync.outbox import SendOutcome, due_count, send_due
from omsdesk.sync.secrets import SecretStore
from omsdesk.sync.service import ProgressCallback, SyncResult, run_sync
from omsdesk.sync.shops import connector_for
from omsdesk.sync.stock_sync import StockPlan, plan_stock_for

log = logging.getLogger(__name__)


@dataclass
class CycleResult:
    shop_id: int
    sync: SyncResult | None = None
    stock: StockPlan = field(default_factory=StockPlan)
    pushes: SendOutcome = field(default_factory=SendOutcome)
    retried: SyncResult | None = None  # a retry of the orders that failed to import, when asked

    @property
    def orders_changed(self) -> bool:
        return self.sync is not None and bool(self.sync.new or self.sync.updated)

    def summary(self) -> str:
        parts = [self.sync.summary()] if self.sync else []
        if self.stock.queued:
            parts.append(f"{self.stock.queued} stock level(s) queued")
        if self.pushes.handled:
            parts.append(f"pushed {self.pushes.sent}, retrying {self.pushes.retrying}, failed {self.pushes.failed}")
        if self.pushes.message:
            parts.append(self.pushes.message)
        return "; ".join(parts)


def push_now(db: Database, secrets: SecretStore | None, shop_id: int, *, connector: Connector | None = None,
             cancelled: CancelCheck | None = None) -> SendOutcome:
    """Send the shop's due outbox items; a channel that cannot be reached leaves them queued."""
    if due_count(db, shop_id) == 0:
        return SendOutcome()
    try:
        if connector is None:
            assert secrets is not None, "a SecretStore is needed to build the shop's connector"
            connector = connector_for(db, secrets, shop_id)
    except (ConnectorError, UserError) as error:
        return SendOutcome(message=str(error))
    if not isinstance(connector, PushingConnector):
        return SendOutcome(message=f"{type(connector).__name__} cannot send tracking or stock to its channel")
    return send_due(db, shop_id, connector, cancelled=cancelled)


def run_shop_cycle(
    db: Database,
    secrets: SecretStore | None,
    actor: Actor,
    shop_id: int,
    *,
    pull: bool = True,
    since: datetime | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    connector: Connector | None = None,
) -> CycleResult:
    result = CycleResult(shop_id)
    if pull:
        result.sync = run_sync(db, secrets, actor, shop_id, progress=progress, cancelled=cancelled,
                               connector=connector, since=since)
    result.stock = plan_stock_for(db, actor, shop_id)
    if not (cancelled and cancelled()):
        result.pushes = push_now(db, secrets, shop_id, connector=connector, cancelled=cancelled)
    log.info("shop %s cycle: %s", shop_id, result.summary())
    return result
