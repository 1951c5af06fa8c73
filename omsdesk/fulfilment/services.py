"""Record a parcel that left: carrier, tracking number, lines; and queue its channel confirmation.

The shipment and its outbox item are written in one transaction, so a confirmation
is never lost and never sent for a shipment that was not recorded. The confirmation goes
to the channel's order (a split part confirms as its original, line by line); manual
orders have no channel to confirm to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from connectors.base import ShipmentConfirmation
from connectors.base import ShipmentLine as ChannelShipmentLine
from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.sequences import next_number
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from omsdesk.fulfilment.carriers import carrier
from omsdesk.fulfilment.models import Shipment, ShipmentLine
from omsdesk.orders import keys, states
from omsdesk.orders.models import Order, OrderLine, OrderOrigin, OrderState
from omsdesk.orders.states import OrderOperation
from omsdesk.sync.models import Shop
from omsdesk.sync.outbox import enqueue_tracking

ZERO = Decimal(0)
# The states a parcel may leave from, as the state × operation table says.
SHIPPABLE = tuple(state for state in OrderState if states.allowed(OrderOperation.SHIP, state))
CARRIER_CODES_OPTION = "carrier_codes"  # shop option: our carrier code → the channel's


@dataclass(frozen=True)
class ShipmentSpec:
    order_id: int
    carrier_code: str
    tracking_number: str
    carrier_name: str = ""
    lines: Mapping[int, Decimal] = field(default_factory=dict)  # order line id → quantity; empty: all that is left
    shipped_at: datetime | None = None


def shipped_quantities(session: Session, order_id: int) -> dict[int, Decimal]:
    rows = session.execute(
        select(ShipmentLine.order_line_id, func.sum(ShipmentLine.quantity))
        .join(Shipment, Shipment.id == ShipmentLine.shipment_id)
        .where(Shipment.order_id == order_id).group_by(ShipmentLine.order_line_id)
    )
    return {line_id: quantity for line_id, quantity in rows}


def tracking_numbers(session: Session, order_id: int) -> list[str]:
    """The order's tracking numbers, oldest shipment first (search finds orders by them)."""
    return list(session.scalars(
        select(Shipment.tracking_number).where(Shipment.order_id == order_id).order_by(Shipment.id)))


def _order(session: Session, order_id: int) -> Order:
    order = session.scalars(select(Order).where(Order.id == order_id).options(selectinload(Order.lines))).first()
    if order is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "order {order_id} does not exist"), order_id=order_id)
    return order


def _check(spec: ShipmentSpec, order: Order) -> None:
    if not spec.carrier_code.strip():
        raise ValidationError("carrier", QT_TRANSLATE_NOOP("Messages", "choose the carrier"))
    if not spec.tracking_number.strip():
        raise ValidationError("tracking number", QT_TRANSLATE_NOOP("Messages", "enter the tracking number"))
    known = carrier(spec.carrier_code.strip())
    if not known.accepts(spec.tracking_number.strip()):
        raise ValidationError("tracking number", QT_TRANSLATE_NOOP(
            "Messages", "{tracking} does not look like a {carrier} tracking number"),
            tracking=spec.tracking_number.strip(), carrier=known.name)
    states.check(order, OrderOperation.SHIP)


def _quantities(spec: ShipmentSpec, order: Order, shipped: dict[int, Decimal]) -> dict[int, Decimal]:
    left = {line.id: line.quantity - shipped.get(line.id, ZERO) for line in order.lines}
    wanted = dict(spec.lines) or {line_id: quantity for line_id, quantity in left.items() if quantity > 0}
    for line_id, quantity in wanted.items():
        if line_id not in left:
            raise ValidationError("lines", QT_TRANSLATE_NOOP("Messages", "line {line} is not on order {number}"),
                                  line=line_id, number=order.number)
        if quantity <= 0 or quantity > left[line_id]:
            raise ValidationError("quantity", QT_TRANSLATE_NOOP(
                "Messages", "line {line}: {quantity} asked, {left} left to ship"),
                line=line_id, quantity=quantity.normalize(), left=left[line_id].normalize())
    if not wanted:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("Messages", "everything on order {number} has shipped"),
                              number=order.number)
    return wanted


def record_shipment_in(session: Session, actor: Actor, spec: ShipmentSpec) -> int:
    order = _order(session, spec.order_id)
    _check(spec, order)
    shipped = shipped_quantities(session, order.id)
    quantities = _quantities(spec, order, shipped)
    shipment = Shipment(number=next_number(session, "SHP"), order_id=order.id, carrier_code=spec.carrier_code.strip(),
                        carrier_name=spec.carrier_name.strip(), tracking_number=spec.tracking_number.strip(),
                        shipped_at=spec.shipped_at or utc_now(), created_by=actor.name,
                        lines=[ShipmentLine(order_line_id=i, quantity=q) for i, q in quantities.items()])
    session.add(shipment)
    complete = all(shipped.get(line.id, ZERO) + quantities.get(line.id, ZERO) >= line.quantity for line in order.lines)
    previous = order.state
    if complete:
        states.move(session, actor, order, OrderOperation.SHIP, reason=f"{shipment.number} {shipment.tracking_number}")
    session.flush()
    keys.refresh_keys(order, tracking_numbers(session, order.id))
    if order.origin is not OrderOrigin.MANUAL:
        _queue_confirmation(session, actor, order, shipment, quantities, complete)
    audit.record(session, actor, "order.shipped" if complete else "order.partly_shipped", "order", order.id,
                 f"{shipment.number}: {shipment.carrier_name or shipment.carrier_code} {shipment.tracking_number}",
                 before={"state": previous.value}, after={"state": order.state.value, "shipment": shipment.number})
    return shipment.id


def _queue_confirmation(session: Session, actor: Actor, order: Order, shipment: Shipment,
                        quantities: dict[int, Decimal], complete: bool) -> None:
    shop = session.get(Shop, order.shop_id)
    carrier_codes = (shop.options if shop else {}).get(CARRIER_CODES_OPTION, {})
    lines_by_id: dict[int, OrderLine] = {line.id: line for line in order.lines}
    # The whole order in one parcel is confirmed as "the whole order": the channel then ships
    # whatever it still shows as open, even when part of it was shipped outside omsdesk. Not so
    # for a split order: the channel's order is more than this parcel, so it is confirmed by line.
    whole_order = (complete and _is_the_whole_channel_order(session, order)
                   and all(quantities.get(line.id) == line.quantity for line in order.lines))
    confirmation = ShipmentConfirmation(
        order_external_id=order.channel_order_id or order.external_id, package_id=shipment.number,
        carrier_code=carrier_codes.get(shipment.carrier_code, shipment.carrier_code),
        tracking_number=shipment.tracking_number, shipped_at=shipment.shipped_at,
        carrier_name=shipment.carrier_name, completes_order=complete,
        lines=() if whole_order else tuple(
            ChannelShipmentLine(lines_by_id[i].external_id, q, lines_by_id[i].channel_sku,
                                lines_by_id[i].channel_item_id, lines_by_id[i].channel_variant_id)
            for i, q in quantities.items()
        ),
    )
    enqueue_tracking(session, actor, order.shop_id, confirmation, order_id=order.id, order_number=order.number)


def _is_the_whole_channel_order(session: Session, order: Order) -> bool:
    if order.origin is not OrderOrigin.CHANNEL:
        return False
    return session.scalar(select(Order.id).where(Order.parent_id == order.id).limit(1)) is None


def record_shipment(db: Database, actor: Actor, spec: ShipmentSpec) -> int:
    with db.transaction() as session:
        return record_shipment_in(session, actor, spec)
