"""The outbox: pushes to channels (tracking numbers, stock levels), sent in the background.

An item is written in the same transaction as the change that causes it (a
shipment, a stock plan), so a push is never lost and never made up. A sender
claims due items with a compare-and-set (two desktops never send the same item
at once), calls the connector outside any transaction, and records the answer:

* acknowledged → ``done``: never sent again;
* refused for good → ``failed`` with the channel's reason, until a person retries;
* anything retryable → ``pending`` again, with exponential backoff.

A sender that dies mid-send leaves its items ``sending``; once the claim is stale
another sender takes them over. The item may then reach the channel twice, which
the connectors make harmless (see ``connectors.base.PushingConnector``); a stale
stock level is dropped when a newer one for the same listing exists, so an old
quantity never overwrites a new one.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from connectors.base import (
    CancelCheck,
    CancelledError,
    ConnectorError,
    PushingConnector,
    PushResult,
    ShipmentConfirmation,
    ShipmentLine,
    StockLevel,
)
from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.types import utc_now
from omsdesk.sync.models import OutboxItem, OutboxKind, OutboxState

log = logging.getLogger(__name__)

CLAIM_STALE_AFTER = timedelta(minutes=5)
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=1)
MAX_ATTEMPTS = 12
BATCH = 200


# -- writing items (inside the caller's transaction) -------------------------------------------


def shipment_payload(shipment: ShipmentConfirmation) -> dict[str, Any]:
    return {
        "order_external_id": shipment.order_external_id,
        "package_id": shipment.package_id,
        "carrier_code": shipment.carrier_code,
        "carrier_name": shipment.carrier_name,
        "tracking_number": shipment.tracking_number,
        "tracking_url": shipment.tracking_url,
        "shipped_at": shipment.shipped_at.isoformat(),
        "completes_order": shipment.completes_order,
        "lines": [
            {"external_line_id": line.external_line_id, "quantity": str(line.quantity),
             "channel_sku": line.channel_sku, "channel_item_id": line.channel_item_id,
             "channel_variant_id": line.channel_variant_id}
            for line in shipment.lines
        ],
    }


def shipment_from_payload(payload: dict[str, Any]) -> ShipmentConfirmation:
    lines = tuple(
        ShipmentLine(line["external_line_id"], Decimal(line["quantity"]), line.get("channel_sku", ""),
                     line.get("channel_item_id", ""), line.get("channel_variant_id", ""))
        for line in payload.get("lines", ())
    )
    return ShipmentConfirmation(
        order_external_id=payload["order_external_id"], package_id=payload["package_id"],
        carrier_code=payload["carrier_code"], tracking_number=payload["tracking_number"],
        shipped_at=datetime.fromisoformat(payload["shipped_at"]), lines=lines,
        carrier_name=payload.get("carrier_name", ""), tracking_url=payload.get("tracking_url", ""),
        completes_order=payload.get("completes_order", True),
    )


def enqueue_tracking(session: Session, actor: Actor, shop_id: int, shipment: ShipmentConfirmation, *,
                     order_id: int, order_number: str) -> int:
    item = OutboxItem(
        shop_id=shop_id, kind=OutboxKind.TRACKING, key=shipment.package_id,
        label=f"{order_number} · {shipment.carrier_name or shipment.carrier_code} {shipment.tracking_number}",
        payload=shipment_payload(shipment), reference_type="order", reference_id=order_id,
        created_by=actor.name, created_at=utc_now(), next_attempt_at=utc_now(),
    )
    session.add(item)
    session.flush()
    return item.id


def stock_payload(level: StockLevel) -> dict[str, Any]:
    return {"quantity": level.quantity, "channel_sku": level.channel_sku,
            "channel_item_id": level.channel_item_id, "channel_variant_id": level.channel_variant_id}


def level_from_payload(payload: dict[str, Any]) -> StockLevel:
    return StockLevel(int(payload["quantity"]), payload.get("channel_sku", ""),
                      payload.get("channel_item_id", ""), payload.get("channel_variant_id", ""))


def enqueue_stock(session: Session, actor: Actor, shop_id: int, level: StockLevel, *, sku_id: int,
                  label: str) -> int:
    """Queue a stock level; a level still waiting for the same listing is replaced, not queued twice."""
    now = utc_now()
    waiting = session.scalar(
        select(OutboxItem).where(OutboxItem.shop_id == shop_id, OutboxItem.kind == OutboxKind.STOCK,
                                 OutboxItem.key == level.key, OutboxItem.state == OutboxState.PENDING)
        .order_by(OutboxItem.id.desc()).limit(1)
    )
    if waiting is not None:
        waiting.payload = stock_payload(level)
        waiting.label = label
        waiting.next_attempt_at = min(waiting.next_attempt_at, now)
        session.flush()
        return waiting.id
    item = OutboxItem(
        shop_id=shop_id, kind=OutboxKind.STOCK, key=level.key, label=label, payload=stock_payload(level),
        reference_type="sku", reference_id=sku_id, created_by=actor.name, created_at=now, next_attempt_at=now,
    )
    session.add(item)
    session.flush()
    return item.id


# -- sending -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Claimed:
    id: int
    kind: OutboxKind
    key: str
    payload: dict[str, Any]
    attempts: int


@dataclass
class SendOutcome:
    sent: int = 0
    failed: int = 0
    retrying: int = 0
    superseded: int = 0
    message: str = ""

    @property
    def handled(self) -> int:
        return self.sent + self.failed + self.retrying + self.superseded


def retry_delay(attempts: int) -> timedelta:
    return min(LONGEST_RETRY, FIRST_RETRY * 2 ** max(attempts - 1, 0))


def _due(shop_id: int, now: datetime) -> Any:
    return and_(
        OutboxItem.shop_id == shop_id,
        or_(and_(OutboxItem.state == OutboxState.PENDING, OutboxItem.next_attempt_at <= now),
            and_(OutboxItem.state == OutboxState.SENDING, OutboxItem.claimed_at < now - CLAIM_STALE_AFTER)),
    )


def claim(db: Database, shop_id: int, limit: int = BATCH, now: datetime | None = None) -> list[Claimed]:
    """Take up to ``limit`` due items of a shop for this sender (compare-and-set on their state)."""
    now = now or utc_now()
    token = uuid.uuid4().hex
    with db.transaction() as session:
        ids = list(session.scalars(select(OutboxItem.id).where(_due(shop_id, now)).order_by(OutboxItem.id)
                                   .limit(limit)))
        if not ids:
            return []
        session.execute(
            update(OutboxItem).where(OutboxItem.id.in_(ids), _due(shop_id, now))
            .values(state=OutboxState.SENDING, claimed_by=token, claimed_at=now, attempts=OutboxItem.attempts + 1)
        )
        rows = session.execute(
            select(OutboxItem.id, OutboxItem.kind, OutboxItem.key, OutboxItem.payload, OutboxItem.attempts)
            .where(OutboxItem.claimed_by == token, OutboxItem.state == OutboxState.SENDING).order_by(OutboxItem.id)
        ).all()
        claimed = [Claimed(*row) for row in rows]
        superseded = _superseded_stock(session, shop_id, claimed)
        if superseded:
            _finish(session, superseded, OutboxState.DONE, now, error="superseded by a newer level")
        return [item for item in claimed if item.id not in superseded]


def _superseded_stock(session: Session, shop_id: int, claimed: Sequence[Claimed]) -> set[int]:
    """Stock items with a newer item for the same listing (queued or sent): sending them would go back in time."""
    stock = [item for item in claimed if item.kind is OutboxKind.STOCK]
    if not stock:
        return set()
    newest = dict(session.execute(
        select(OutboxItem.key, func.max(OutboxItem.id))
        .where(OutboxItem.shop_id == shop_id, OutboxItem.kind == OutboxKind.STOCK,
               OutboxItem.key.in_({item.key for item in stock}), OutboxItem.state != OutboxState.FAILED)
        .group_by(OutboxItem.key)
    ).all())
    return {item.id for item in stock if newest.get(item.key, item.id) > item.id}


def _finish(session: Session, ids: Iterable[int], state: OutboxState, now: datetime, *, error: str = "",
            reference: str = "", next_attempt: datetime | None = None) -> None:
    values: dict[str, Any] = {"state": state, "last_error": error[:2000], "claimed_by": ""}
    if state is OutboxState.DONE:
        values.update(done_at=now, channel_reference=reference[:200])
    if next_attempt is not None:
        values["next_attempt_at"] = next_attempt
    session.execute(update(OutboxItem).where(OutboxItem.id.in_(list(ids))).values(**values))


def _record(db: Database, item: Claimed, result: PushResult | ConnectorError, outcome: SendOutcome) -> None:
    now = utc_now()
    with db.transaction() as session:
        if isinstance(result, PushResult) and result.accepted:
            _finish(session, [item.id], OutboxState.DONE, now, reference=result.channel_reference)
            outcome.sent += 1
            return
        message = result.message if isinstance(result, PushResult) else str(result)
        retryable = result.retryable
        if retryable and item.attempts < MAX_ATTEMPTS:
            _finish(session, [item.id], OutboxState.PENDING, now, error=message,
                    next_attempt=now + retry_delay(item.attempts))
            outcome.retrying += 1
        else:
            _finish(session, [item.id], OutboxState.FAILED, now, error=message)
            outcome.failed += 1


def _release(db: Database, items: Sequence[Claimed]) -> None:
    """Give claimed items back untouched (the user cancelled before they were sent)."""
    if not items:
        return
    with db.transaction() as session:
        session.execute(
            update(OutboxItem).where(OutboxItem.id.in_([i.id for i in items]), OutboxItem.state == OutboxState.SENDING)
            .values(state=OutboxState.PENDING, claimed_by="", attempts=OutboxItem.attempts - 1)
        )


def send_due(db: Database, shop_id: int, connector: PushingConnector, *, cancelled: CancelCheck | None = None,
             limit: int = BATCH) -> SendOutcome:
    """Send what is due for one shop; every answer is recorded as soon as it arrives."""
    outcome = SendOutcome()
    while not (cancelled and cancelled()):
        claimed = claim(db, shop_id, limit)
        if not claimed:
            break
        try:
            _send_tracking(db, connector, [i for i in claimed if i.kind is OutboxKind.TRACKING], outcome, cancelled)
            _send_stock(db, connector, [i for i in claimed if i.kind is OutboxKind.STOCK], outcome, cancelled)
        except CancelledError:
            break
        if len(claimed) < limit:
            break
    return outcome


def _send_tracking(db: Database, connector: PushingConnector, items: Sequence[Claimed], outcome: SendOutcome,
                   cancelled: CancelCheck | None) -> None:
    for index, item in enumerate(items):
        if cancelled and cancelled():
            _release(db, items[index:])
            raise CancelledError("Cancelled.")
        try:
            result: PushResult | ConnectorError = connector.confirm_shipment(
                shipment_from_payload(item.payload), cancelled)
        except CancelledError:
            _release(db, items[index:])
            raise
        except ConnectorError as error:
            result = error
        _record(db, item, result, outcome)


def _send_stock(db: Database, connector: PushingConnector, items: Sequence[Claimed], outcome: SendOutcome,
                cancelled: CancelCheck | None) -> None:
    size = max(1, int(getattr(connector, "max_stock_batch", 1)))
    for start in range(0, len(items), size):
        batch = items[start:start + size]
        if cancelled and cancelled():
            _release(db, items[start:])
            raise CancelledError("Cancelled.")
        try:
            results: Sequence[PushResult | ConnectorError] = connector.push_stock(
                [level_from_payload(item.payload) for item in batch], cancelled)
        except CancelledError:
            _release(db, items[start:])
            raise
        except ConnectorError as error:
            results = [error] * len(batch)
        if len(results) != len(batch):
            results = [ConnectorError(f"the connector answered {len(results)} results for {len(batch)} levels")]
            results = results * len(batch)
        for item, result in zip(batch, results, strict=True):
            _record(db, item, result, outcome)


# -- the queue, as people see it --------------------------------------------------------------------


@dataclass(frozen=True)
class OutboxRow:
    id: int
    shop_id: int
    kind: str
    label: str
    state: str
    attempts: int
    last_error: str
    created_at: datetime
    next_attempt_at: datetime
    done_at: datetime | None
    channel_reference: str


def list_items(db: Database, *, shop_id: int | None = None, states: Sequence[OutboxState] = (),
               limit: int = 500) -> list[OutboxRow]:
    """Newest first; the pending and failed ones are what people look at."""
    statement = select(OutboxItem).order_by(OutboxItem.id.desc()).limit(limit)
    if shop_id is not None:
        statement = statement.where(OutboxItem.shop_id == shop_id)
    if states:
        statement = statement.where(OutboxItem.state.in_(list(states)))
    with db.reading() as session:
        return [
            OutboxRow(i.id, i.shop_id, i.kind.value, i.label, i.state.value, i.attempts, i.last_error,
                      i.created_at, i.next_attempt_at, i.done_at, i.channel_reference)
            for i in session.scalars(statement)
        ]


def counts_by_state(db: Database, shop_id: int | None = None) -> dict[str, int]:
    statement = select(OutboxItem.state, func.count()).group_by(OutboxItem.state)
    if shop_id is not None:
        statement = statement.where(OutboxItem.shop_id == shop_id)
    with db.reading() as session:
        return {state.value: count for state, count in session.execute(statement)}


def retry(db: Database, actor: Actor, item_ids: Sequence[int] | None = None, *, shop_id: int | None = None) -> int:
    """Put failed items (the given ones, or all of a shop, or all) back in the queue, due now."""
    criteria = [OutboxItem.state == OutboxState.FAILED]
    if item_ids is not None:
        criteria.append(OutboxItem.id.in_(list(item_ids)))
    if shop_id is not None:
        criteria.append(OutboxItem.shop_id == shop_id)
    with db.transaction() as session:
        now = utc_now()
        count = session.execute(
            update(OutboxItem).where(*criteria)
            .values(state=OutboxState.PENDING, attempts=0, next_attempt_at=now, last_error="")
        ).rowcount or 0
        if count:
            audit.record(session, actor, "outbox.retry", "shop", shop_id, f"{count} push(es) queued again",
                         after={"items": list(item_ids) if item_ids is not None else "all failed"})
        return count


def due_count(db: Database, shop_id: int) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(OutboxItem).where(_due(shop_id, utc_now()))) or 0
