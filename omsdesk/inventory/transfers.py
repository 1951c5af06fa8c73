"""Transfers between warehouses through the transit location: drafted, shipped, then received.

Drafting a transfer reserves its quantities in the sending warehouse, so orders
cannot promise stock that is about to leave. Shipping releases that reservation
and moves the goods from their bins to transit (TRANSFER_OUT): they leave the
sending warehouse's totals at once. The receiving warehouse books what arrives
from transit into its bins (TRANSFER_IN), in one go or in parts; the transfer is
received when every line has arrived in full. ``TRANSFER_TRANSITIONS`` declares
where each operation may start; anything else is refused and changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.sequences import next_number
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from omsdesk.inventory.ledger import MoveSpec, post_moves, release, reserve
from omsdesk.inventory.locations import virtual_location
from omsdesk.inventory.models import LocationKind, MoveReason, Transfer, TransferLine, TransferState
from omsdesk.inventory.queries import (
    ZERO, Transition, check_quantity, guard, last_change, shown, sku_refs, stock_location, warehouse_code,
)

TS = TransferState
RESERVATION_DOCUMENT = "transfer"

TRANSFER_TRANSITIONS: dict[str, Transition] = {
    "ship": Transition(frozenset({TS.DRAFT}), TS.SHIPPED, QT_TRANSLATE_NOOP(
        "Messages", "transfer {number} is {state}: only a draft can be shipped")),
    "receive": Transition(frozenset({TS.SHIPPED}), None, QT_TRANSLATE_NOOP(
        "Messages", "transfer {number} is {state}: only a shipped transfer can be received")),
    "cancel": Transition(frozenset({TS.DRAFT}), TS.CANCELLED, QT_TRANSLATE_NOOP(
        "Messages", "transfer {number} is {state}: only a draft can be cancelled")),
}


@dataclass(frozen=True)
class TransferLineSpec:
    sku_id: int
    quantity: Decimal
    from_location_id: int


def create_transfer(db: Database, actor: Actor, from_warehouse_id: int, to_warehouse_id: int,
                    lines: Sequence[TransferLineSpec], note: str = "") -> int:
    """A draft transfer numbered TR-…; its quantities are reserved in the sending warehouse."""
    with db.transaction() as session:
        source, target = warehouse_code(session, from_warehouse_id), warehouse_code(session, to_warehouse_id)
        if from_warehouse_id == to_warehouse_id:
            raise ValidationError("warehouse", QT_TRANSLATE_NOOP(
                "Messages", "a transfer needs two different warehouses, not {warehouse} twice"), warehouse=source)
        if not lines:
            raise ValidationError("lines", QT_TRANSLATE_NOOP("Messages", "a transfer needs at least one line"))
        skus = sku_refs(session, [line.sku_id for line in lines])
        transfer = Transfer(number=next_number(session, "TR"), from_warehouse_id=from_warehouse_id,
                            to_warehouse_id=to_warehouse_id, state=TS.DRAFT, note=note.strip())
        audited = []
        for line in lines:
            bin_ = stock_location(session, line.from_location_id, from_warehouse_id)
            quantity = check_quantity(line.quantity, f"{skus[line.sku_id].code}, {bin_.path}")
            transfer.lines.append(TransferLine(sku_id=line.sku_id, quantity=quantity,
                                               from_location_id=line.from_location_id))
            audited.append({"sku": skus[line.sku_id].code, "quantity": quantity, "from": bin_.path})
        session.add(transfer)
        session.flush()
        for line in transfer.lines:
            reserve(session, actor, line.sku_id, from_warehouse_id, line.quantity, RESERVATION_DOCUMENT,
                    transfer.id, line.id, line.from_location_id)
        audit.record(session, actor, "transfer.create", "transfer", transfer.id,
                     f"created {transfer.number} from {source} to {target}",
                     after={"number": transfer.number, "from": source, "to": target, "lines": audited})
        return transfer.id


def _load(session: Session, transfer_id: int, expected_version: int | None) -> Transfer:
    transfer = session.get(Transfer, transfer_id, with_for_update=True)
    if transfer is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "transfer {id} does not exist"), id=transfer_id)
    if expected_version is not None and transfer.version != expected_version:
        change = last_change(session, "transfer", transfer_id)
        raise ConflictError(QT_TRANSLATE_NOOP(
            "Messages", "transfer {number} was changed by {actor} ({change}) while you had it open; reload it and try again"),
            number=transfer.number, actor=change.actor, change=change.summary)
    return transfer


def ship_transfer(db: Database, actor: Actor, transfer_id: int, expected_version: int | None = None) -> list[int]:
    """Move every line from its bin to transit; returns the move ids."""
    with db.transaction() as session:
        transfer = _load(session, transfer_id, expected_version)
        guard(TRANSFER_TRANSITIONS, "ship", transfer.state, transfer.number)
        release(session, RESERVATION_DOCUMENT, transfer.id)
        transit = virtual_location(session, LocationKind.TRANSIT)
        move_ids = post_moves(session, actor, [
            MoveSpec(line.sku_id, line.quantity, line.from_location_id, transit, MoveReason.TRANSFER_OUT,
                     reference_type="transfer", reference_id=transfer.id, reference_no=transfer.number)
            for line in transfer.lines
        ])
        transfer.state, transfer.shipped_at = TS.SHIPPED, utc_now()
        session.flush()
        audit.record(session, actor, "transfer.ship", "transfer", transfer.id, f"shipped {transfer.number}",
                     before={"state": TS.DRAFT}, after={"state": TS.SHIPPED})
        return move_ids


def _received_per_line(transfer: Transfer, received: Sequence[tuple[int, Decimal, int]],
                       codes: dict[int, str]) -> dict[int, Decimal]:
    lines = {line.id: line for line in transfer.lines}
    totals: dict[int, Decimal] = {}
    for line_id, quantity, _ in received:
        line = lines.get(line_id)
        if line is None:
            raise ValidationError("line", QT_TRANSLATE_NOOP(
                "Messages", "transfer line {id} is not on {number}"), id=line_id, number=transfer.number)
        totals[line_id] = totals.get(line_id, ZERO) + check_quantity(quantity, codes[line.sku_id])
    for line_id, quantity in totals.items():
        line = lines[line_id]
        in_transit = line.quantity - line.received_quantity
        if quantity > in_transit:
            raise ValidationError("quantity", QT_TRANSLATE_NOOP(
                "Messages", "{sku} on {number}: {quantity} received but only {in_transit} still in transit"),
                sku=codes[line.sku_id], number=transfer.number, quantity=shown(quantity), in_transit=shown(in_transit))
    return totals


def receive_transfer(db: Database, actor: Actor, transfer_id: int, received: Sequence[tuple[int, Decimal, int]],
                     expected_version: int | None = None) -> TransferState:
    """Book arrivals: each (line_id, quantity, to_location_id) from transit into a bin of the receiving warehouse.

    Returns the transfer's state: still shipped while something is in transit, else received.
    """
    with db.transaction() as session:
        transfer = _load(session, transfer_id, expected_version)
        guard(TRANSFER_TRANSITIONS, "receive", transfer.state, transfer.number)
        if not received:
            raise ValidationError("lines", QT_TRANSLATE_NOOP(
                "Messages", "nothing to receive on transfer {number}"), number=transfer.number)
        codes = {sku.id: sku.code for sku in sku_refs(session, [line.sku_id for line in transfer.lines]).values()}
        totals = _received_per_line(transfer, received, codes)
        lines = {line.id: line for line in transfer.lines}
        transit = virtual_location(session, LocationKind.TRANSIT)
        moves, audited = [], []
        for line_id, quantity, to_location_id in received:
            bin_ = stock_location(session, to_location_id, transfer.to_warehouse_id)
            line = lines[line_id]
            moves.append(MoveSpec(line.sku_id, Decimal(str(quantity)), transit, to_location_id,
                                  MoveReason.TRANSFER_IN, reference_type="transfer", reference_id=transfer.id,
                                  reference_no=transfer.number))
            line.to_location_id = to_location_id
            audited.append({"sku": codes[line.sku_id], "quantity": quantity, "to": bin_.path})
        post_moves(session, actor, moves)
        for line_id, quantity in totals.items():
            lines[line_id].received_quantity += quantity
        before = transfer.state
        if all(line.received_quantity >= line.quantity for line in transfer.lines):
            transfer.state, transfer.received_at = TS.RECEIVED, utc_now()
        flag_modified(transfer, "note")  # a partial arrival is a change of the transfer too
        session.flush()
        audit.record(session, actor, "transfer.receive", "transfer", transfer.id,
                     f"received goods of {transfer.number}", before={"state": before},
                     after={"state": transfer.state, "lines": audited})
        return transfer.state


def cancel_transfer(db: Database, actor: Actor, transfer_id: int, expected_version: int | None = None) -> None:
    """Cancel a draft; its reservation is released."""
    with db.transaction() as session:
        transfer = _load(session, transfer_id, expected_version)
        guard(TRANSFER_TRANSITIONS, "cancel", transfer.state, transfer.number)
        release(session, RESERVATION_DOCUMENT, transfer.id)
        transfer.state = TS.CANCELLED
        session.flush()
        audit.record(session, actor, "transfer.cancel", "transfer", transfer.id, f"cancelled {transfer.number}",
                     before={"state": TS.DRAFT}, after={"state": TS.CANCELLED})
