"""Split (拆单): lines or quantities of an order become an order of their own (a second parcel).

The part is a new order (origin SPLIT) of the same shop, buyer and address, in the original's
state, with ``parent_id`` the original and the channel's order id of the original: the channel
knows one order, so the part confirms its shipment as that order, line by line.

Money follows the lines exactly. A line moved whole moves with all its amounts; a partial
quantity ``q`` of ``Q`` takes ``money.part_of(amount, q, Q)`` of each amount (half up, to the
cent) and the original line keeps the rest, so every amount sums exactly to what it was. The
tax-inclusive amounts are the exclusive ones plus tax on both sides. The part's order totals are
its lines' net amounts (shipping, fees and order discounts are already spread into them; its
shipping / fee / discount columns are the share its lines carry), and the original's drop by
exactly as much; a residual stays on the original. So on each order Σ lines' net incl. tax + residual == total.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from omsdesk.fulfilment.services import shipped_quantities, tracking_numbers
from omsdesk.inventory.ledger import quantity_text
from omsdesk.orders import keys, states
from omsdesk.orders.models import AfterSalesStatus, InvoiceStatus, Order, OrderLine, OrderOrigin, OrderState
from omsdesk.orders.money import allocate_prices, part_of
from omsdesk.orders.states import OrderOperation

ZERO = Decimal(0)
FOUR_PLACES = Decimal("0.0001")
# Line amounts split in proportion to quantity; the "incl. tax" ones are derived (excl. + tax).
SPLIT_LINE_AMOUNTS = ("subtotal", "subtotal_tax", "discount", "total", "total_tax", "net_total", "net_tax")
LINE_COPIED = ("external_id", "channel_sku", "channel_item_id", "channel_variant_id", "sku_id", "title",
               "attributes", "tax_class", "unit_price", "unit_net", "unit_net_incl_tax")
ORDER_COPIED = ("shop_id", "channel_status", "payment_status", "currency", "priority", "buyer_name", "buyer_email",
                "buyer_phone", "ship_name", "ship_company", "ship_line1", "ship_line2", "ship_city", "ship_state",
                "ship_postcode", "ship_country", "ship_phone", "billing_address", "prices_include_tax",
                "buyer_remark", "seller_remark", "payment_method", "coupon_codes", "channel_created_at",
                "channel_updated_at", "paid_at", "content_hash")


def _validated(session: Session, order: Order, part: Mapping[int, Decimal]) -> list[tuple[OrderLine, Decimal]]:
    """(line, quantity to move) for each line in ``part``, refused with the line and the reason."""
    lines = {line.id: line for line in order.lines}
    wanted = {line_id: Decimal(quantity) for line_id, quantity in part.items() if quantity}
    if not wanted:
        raise ValidationError("lines", QT_TRANSLATE_NOOP(
            "Messages", "choose the lines or quantities to split off order {number}"), number=order.number)
    shipped = shipped_quantities(session, order.id)
    moves: list[tuple[OrderLine, Decimal]] = []
    for line_id, quantity in wanted.items():
        line = lines.get(line_id)
        if line is None:
            raise ValidationError("lines", QT_TRANSLATE_NOOP("Messages", "line {line} is not on order {number}"),
                                  line=line_id, number=order.number)
        left = line.quantity - shipped.get(line.id, ZERO)
        if not quantity.is_finite() or not 0 < quantity <= left or quantity.quantize(FOUR_PLACES) != quantity:
            raise ValidationError("quantity", QT_TRANSLATE_NOOP(
                "Messages", "line {line_no} of order {number}: {asked} cannot be split off; "
                            "choose more than 0 and at most {left}"),
                line_no=line.line_no, number=order.number, asked=quantity_text(quantity), left=quantity_text(left))
        moves.append((line, quantity))
    staying = sum((line.quantity for line in order.lines), ZERO) - sum((q for _, q in moves), ZERO)
    if staying <= 0:
        raise ValidationError("quantity", QT_TRANSLATE_NOOP(
            "Messages", "nothing would be left on order {number}: keep at least one unit on it"),
            number=order.number)
    return moves


def _root(session: Session, order: Order) -> Order:
    """The channel's order this one came from (itself unless it is a part)."""
    root = order
    while root.origin is OrderOrigin.SPLIT and root.parent_id is not None:
        parent = session.get(Order, root.parent_id)
        if parent is None:
            break
        root = parent
    return root


def _next_suffix(session: Session, root: Order) -> int:
    """2, 3, …: one more than any part of the root's order so far."""
    used = [1]
    parents = [root.id]
    while parents:
        rows = session.execute(select(Order.id, Order.external_id).where(Order.parent_id.in_(parents))).all()
        for _, external_id in rows:
            suffix = external_id.rpartition("~")[2]
            if suffix.isdigit():
                used.append(int(suffix))
        parents = [row.id for row in rows]
    return max(used) + 1


def _split_line(line: OrderLine, quantity: Decimal, line_no: int) -> OrderLine:
    """A new line with ``quantity`` of ``line`` and its share of every amount; ``line`` keeps the rest."""
    taken = {name: part_of(getattr(line, name), quantity, line.quantity) for name in SPLIT_LINE_AMOUNTS}
    new = OrderLine(line_no=line_no, quantity=quantity, source_line_id=line.id, allocated_quantity=ZERO,
                    **{name: getattr(line, name) for name in LINE_COPIED}, **taken)
    for name, amount in taken.items():
        setattr(line, name, getattr(line, name) - amount)
    line.quantity -= quantity
    line.allocated_quantity = min(line.allocated_quantity, line.quantity)
    for target in (line, new):
        target.total_incl_tax = target.total + target.total_tax
        target.net_total_incl_tax = target.net_total + target.net_tax
    return new


def _new_order(original: Order, root: Order, suffix: int) -> Order:
    return Order(
        **{name: getattr(original, name) for name in ORDER_COPIED},
        external_id=f"{root.external_id}~{suffix}", number=f"{root.number}-{suffix}",
        state=original.state, state_reason=original.state_reason, state_changed_at=utc_now(),
        invoice_status=InvoiceStatus.NONE, after_sales_status=AfterSalesStatus.NONE, origin=OrderOrigin.SPLIT,
        channel_order_id=original.channel_order_id or original.external_id, parent_id=original.id,
        goods_subtotal=ZERO, discount_total=ZERO, discount_tax=ZERO, shipping_total=ZERO, shipping_tax=ZERO,
        fee_total=ZERO, fee_tax=ZERO, total_tax=ZERO, total_excl_tax=ZERO, total=ZERO, refunded_total=ZERO,
        residual=ZERO, item_count=ZERO, imported_at=utc_now(), updated_at=utc_now(),
    )


def _move_totals(original: Order, new: Order) -> None:
    """The part's totals are its lines' nets; the original's drop by exactly the same."""
    sums = {
        "goods_subtotal": sum((line.subtotal for line in new.lines), ZERO),
        "total": sum((line.net_total_incl_tax for line in new.lines), ZERO),
        "total_tax": sum((line.net_tax for line in new.lines), ZERO),
        "total_excl_tax": sum((line.net_total for line in new.lines), ZERO),
        "item_count": sum((line.quantity for line in new.lines), ZERO),
    }
    sums.update(_order_level_shares(original, new.lines))
    for name, amount in sums.items():
        setattr(new, name, amount)
        setattr(original, name, getattr(original, name) - amount)


def _order_level_shares(original: Order, moved: list[OrderLine]) -> dict[str, Decimal]:
    """The shipping, fee and discount columns that go with the moved lines.

    The moved lines already carry their share of the order-level amounts in their nets; that share
    is divided over shipping, fees and the order discount in the original's proportions (the last
    one takes the remainder), so each order's breakdown still adds up to its total to the cent.
    """
    allocation = allocate_prices(original, original.lines + moved)
    shares: dict[str, Decimal] = {}
    for suffix, line_part, net_part in (("total", "total", "net_total"), ("tax", "total_tax", "net_tax")):
        moved_share = sum((getattr(line, net_part) - getattr(line, line_part) for line in moved), ZERO)
        order_discount = allocation.order_discount if suffix == "total" else allocation.order_discount_tax
        parts = _proportional(moved_share, [getattr(original, f"shipping_{suffix}"), getattr(original, f"fee_{suffix}"),
                                            -order_discount])
        shares[f"shipping_{suffix}"], shares[f"fee_{suffix}"], discount = parts
        line_discount = sum((line.subtotal - line.total if suffix == "total" else line.subtotal_tax - line.total_tax
                             for line in moved), ZERO)
        shares[f"discount_{suffix}"] = line_discount - discount
    return shares


def _proportional(amount: Decimal, components: list[Decimal]) -> list[Decimal]:
    whole = sum(components, ZERO)
    if whole == 0:
        return [ZERO] * len(components)
    last = max(i for i, component in enumerate(components) if component)  # takes the remainder
    shares = [(amount * c / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if i != last else ZERO
              for i, c in enumerate(components)]
    shares[last] = amount - sum(shares, ZERO)
    return shares


def split_order_in(session: Session, actor: Actor, order: Order, part: Mapping[int, Decimal], reason: str) -> Order:
    """Move ``part`` ({line id: quantity}) of ``order`` into a new order, inside the caller's transaction."""
    states.check(order, OrderOperation.SPLIT)
    moves = _validated(session, order, part)
    root = _root(session, order)
    new = _new_order(order, root, _next_suffix(session, root))
    session.add(new)
    for line_no, (line, quantity) in enumerate(moves, start=1):
        if quantity == line.quantity:  # the whole line moves, with its id (and anything that points at it)
            order.lines.remove(line)
            line.line_no = line_no
            new.lines.append(line)
        else:
            new.lines.append(_split_line(line, quantity, line_no))
    for line_no, line in enumerate(order.lines, start=1):
        line.line_no = line_no
    _move_totals(order, new)
    keys.refresh_keys(new)
    keys.refresh_keys(order, tracking_numbers(session, order.id))
    session.flush()
    _record(session, actor, order, new, reason)
    _review_again(session, actor, order, new)
    return new


def _record(session: Session, actor: Actor, order: Order, new: Order, reason: str) -> None:
    why = f": {reason}" if reason else ""
    moved = ", ".join(f"{line.channel_sku or line.title} × {quantity_text(line.quantity)}" for line in new.lines)
    states.move(session, actor, order, OrderOperation.SPLIT, target=order.state,
                reason=f"split off {new.number} ({moved}){why}")
    states.move(session, actor, new, OrderOperation.SPLIT, target=new.state,
                reason=f"split off order {order.number}{why}")
    audit.record(session, actor, "order.split", "order", order.id,
                 f"order {order.number}: {moved} split off into {new.number}",
                 after={"split_off": new.number, "lines": moved, "total": new.total, "reason": reason})
    audit.record(session, actor, "order.split_off", "order", new.id, f"order {new.number} split off {order.number}",
                 after={"parent": order.number, "lines": moved, "total": new.total, "reason": reason})


def _review_again(session: Session, actor: Actor, order: Order, new: Order) -> None:
    """A split of an order still to review changes what the review finds (e.g. which part is unmapped)."""
    if order.state is OrderState.NEW:
        from omsdesk.orders.review import review_in  # review may look at allocation, which splits

        review_in(session, actor, [order.id, new.id], approve_clean=False)


def split_order(db: Database, actor: Actor, order_id: int, version: int | None, part: Mapping[int, Decimal],
                reason: str = "") -> int:
    """Split ``part`` off the order (checked against the version the person saw); returns the new order's id."""
    with db.transaction() as session:
        order = states.load_for_change(session, order_id, version)
        return split_order_in(session, actor, order, part, reason.strip()).id
