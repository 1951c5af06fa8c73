"""Manual orders (phone, B2B): entered in the app, then reviewed by the same rules as imported ones.

They belong to one shop of the channel ``manual`` ("Phone and B2B orders"), created on first use;
it has no connector, so sync and stock sync pass it by and its shipments confirm to no channel.

Amounts are computed exactly, to the cent, half up, per line: quantity × unit price, less the
line's discount, in the order's tax mode (prices with or without tax); the tax is the line's rate
on that, or the part of it that was tax when prices include tax. Shipping carries no tax. The
order's totals are the sums, and the price allocation (分摊) spreads the shipping over the lines
as it does for imported orders, so the lines' net amounts sum exactly to the total (residual 0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.catalog.models import Sku
from omsdesk.db.engine import Database
from omsdesk.db.sequences import next_number
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from omsdesk.orders import keys
from omsdesk.orders.merge import note_in_history
from omsdesk.orders.models import Order, OrderLine, OrderOrigin, OrderState, PaymentStatus
from omsdesk.orders.money import allocate_prices
from omsdesk.sync.models import Shop

MANUAL_CHANNEL = "manual"
MANUAL_SHOP_NAME = "Phone and B2B orders"
NUMBER_PREFIX = "MO"
ZERO = Decimal(0)
ONE = Decimal(1)
CENT = Decimal("0.01")
FOUR_PLACES = Decimal("0.0001")


def round_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def _four_places(amount: Decimal) -> Decimal:
    return amount.quantize(FOUR_PLACES, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class ManualLine:
    sku_id: int
    quantity: Decimal
    unit_price: Decimal  # in the order's tax mode: with tax when the order's prices include it
    discount: Decimal = ZERO  # on the whole line, in the same tax mode
    tax_rate: Decimal = ZERO  # a fraction: 0.13 for 13 %


@dataclass(frozen=True)
class ManualOrderSpec:
    buyer_name: str
    lines: Sequence[ManualLine]
    buyer_phone: str = ""
    buyer_email: str = ""
    ship_name: str = ""  # empty: the buyer
    ship_company: str = ""
    ship_line1: str = ""
    ship_line2: str = ""
    ship_city: str = ""
    ship_state: str = ""
    ship_postcode: str = ""
    ship_country: str = ""
    ship_phone: str = ""  # empty: the buyer's
    currency: str = "CNY"
    prices_include_tax: bool = False
    shipping: Decimal = ZERO  # in the order's tax mode; shipping carries no tax
    buyer_remark: str = ""
    seller_remark: str = ""
    paid: bool = True
    payment_method: str = ""


@dataclass(frozen=True)
class LineAmounts:
    """One line's stored amounts (excl. tax unless named so)."""

    unit_price: Decimal
    subtotal: Decimal
    subtotal_tax: Decimal
    discount: Decimal
    total: Decimal
    total_tax: Decimal
    shown_total: Decimal  # the line total as the person typed prices: with tax when prices include it

    @property
    def total_incl_tax(self) -> Decimal:
        return self.total + self.total_tax


@dataclass(frozen=True)
class ManualTotals:
    """The order's totals as the form shows them (in its tax mode), and the lines' amounts."""

    lines: list[LineAmounts] = field(default_factory=list)
    goods: Decimal = ZERO  # Σ quantity × unit price, in the order's tax mode
    discount: Decimal = ZERO
    shipping: Decimal = ZERO
    tax: Decimal = ZERO  # added on top, or included (prices with tax)
    total: Decimal = ZERO

    @property
    def line_totals(self) -> list[Decimal]:
        return [line.shown_total for line in self.lines]


def _without_tax(amount: Decimal, rate: Decimal) -> Decimal:
    return round_cents(amount / (ONE + rate))


def line_amounts(line: ManualLine, include_tax: bool) -> LineAmounts:
    gross = round_cents(line.quantity * line.unit_price)
    shown = gross - round_cents(line.discount)
    if include_tax:
        subtotal, total = _without_tax(gross, line.tax_rate), _without_tax(shown, line.tax_rate)
        subtotal_tax, total_tax = gross - subtotal, shown - total
        unit_price = _four_places(line.unit_price / (ONE + line.tax_rate))
    else:
        subtotal, total = gross, shown
        subtotal_tax, total_tax = round_cents(gross * line.tax_rate), round_cents(shown * line.tax_rate)
        unit_price = _four_places(line.unit_price)
    return LineAmounts(unit_price, subtotal, subtotal_tax, subtotal - total, total, total_tax, shown)


def preview_totals(lines: Sequence[ManualLine], shipping: Decimal, include_tax: bool) -> ManualTotals:
    """What ``create_manual_order`` will store, for the form's live totals (no validation)."""
    amounts = [line_amounts(line, include_tax) for line in lines]
    shipping = round_cents(shipping)
    goods = sum((round_cents(line.quantity * line.unit_price) for line in lines), ZERO)
    discount = sum((round_cents(line.discount) for line in lines), ZERO)
    tax = sum((line.total_tax for line in amounts), ZERO)
    total = sum((line.total_incl_tax for line in amounts), ZERO) + shipping
    return ManualTotals(amounts, goods, discount, shipping, tax, total)


# -- validation ---------------------------------------------------------------------------------


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _check_line(index: int, line: ManualLine, sku: Sku | None) -> None:
    where, n = f"lines[{index}]", index + 1
    if sku is None:
        raise ValidationError(f"{where}.sku", QT_TRANSLATE_NOOP("Messages", "line {n}: SKU {sku} does not exist"),
                              n=n, sku=line.sku_id)
    if not sku.active:
        raise ValidationError(f"{where}.sku", QT_TRANSLATE_NOOP("Messages", "line {n}: SKU {sku} is inactive"),
                              n=n, sku=sku.code)
    if not line.quantity.is_finite() or line.quantity <= 0 or _places(line.quantity) > 4:
        raise ValidationError(f"{where}.quantity", QT_TRANSLATE_NOOP(
            "Messages", "line {n} ({sku}): the quantity must be positive, with at most 4 decimals"), n=n, sku=sku.code)
    if not line.unit_price.is_finite() or line.unit_price < 0 or _places(line.unit_price) > 4:
        raise ValidationError(f"{where}.unit_price", QT_TRANSLATE_NOOP(
            "Messages", "line {n} ({sku}): the unit price cannot be negative"), n=n, sku=sku.code)
    if not line.tax_rate.is_finite() or not 0 <= line.tax_rate < 1:
        raise ValidationError(f"{where}.tax_rate", QT_TRANSLATE_NOOP(
            "Messages", "line {n} ({sku}): the tax rate must be from 0 to under 100 %"), n=n, sku=sku.code)
    gross = round_cents(line.quantity * line.unit_price)
    if not line.discount.is_finite() or line.discount < 0 or round_cents(line.discount) > gross:
        raise ValidationError(f"{where}.discount", QT_TRANSLATE_NOOP(
            "Messages", "line {n} ({sku}): the discount must be from 0 to the line's {amount}"),
            n=n, sku=sku.code, amount=gross)


def _check(spec: ManualOrderSpec, skus: dict[int, Sku]) -> None:
    if not spec.buyer_name.strip():
        raise ValidationError("buyer_name", QT_TRANSLATE_NOOP("Messages", "enter the buyer's name"))
    currency = spec.currency.strip()
    if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
        raise ValidationError("currency", QT_TRANSLATE_NOOP(
            "Messages", "{currency!r} is not a currency code like CNY"), currency=spec.currency)
    if not spec.lines:
        raise ValidationError("lines", QT_TRANSLATE_NOOP("Messages", "add at least one item"))
    for index, line in enumerate(spec.lines):
        _check_line(index, line, skus.get(line.sku_id))
    if not spec.shipping.is_finite() or spec.shipping < 0:
        raise ValidationError("shipping", QT_TRANSLATE_NOOP("Messages", "shipping cannot be negative"))


# -- the shop -------------------------------------------------------------------------------------


def manual_shop_id(session: Session, actor: Actor) -> int:
    """The shop manual orders belong to, created on first use (two desktops at once: one wins)."""
    found = session.scalar(select(Shop.id).where(Shop.channel == MANUAL_CHANNEL).order_by(Shop.id).limit(1))
    if found is not None:
        return found
    name = MANUAL_SHOP_NAME
    if session.scalar(select(Shop.id).where(Shop.name == name)) is not None:
        name = f"{MANUAL_SHOP_NAME} ({MANUAL_CHANNEL})"  # a channel shop took the name
    try:
        with session.begin_nested():
            shop = Shop(channel=MANUAL_CHANNEL, name=name, base_url="", credentials_ref="", options={},
                        active=True, auto_sync_minutes=0)
            session.add(shop)
            session.flush()
    except IntegrityError:
        found = session.scalar(select(Shop.id).where(Shop.channel == MANUAL_CHANNEL).order_by(Shop.id).limit(1))
        if found is None:
            raise
        return found
    audit.record(session, actor, "shop.add", "shop", shop.id, f"added shop {name} for manual orders",
                 after={"channel": MANUAL_CHANNEL, "name": name})
    return shop.id


# -- creating the order ---------------------------------------------------------------------------


def _line(n: int, line: ManualLine, sku: Sku, amounts: LineAmounts) -> OrderLine:
    return OrderLine(
        line_no=n, external_id=str(n), channel_sku=sku.code, title=sku.name, attributes=dict(sku.attributes or {}),
        tax_class=sku.tax_class, sku_id=sku.id, quantity=line.quantity, unit_price=amounts.unit_price,
        unit_net=_four_places(amounts.total / line.quantity),
        unit_net_incl_tax=_four_places(amounts.total_incl_tax / line.quantity),
        subtotal=amounts.subtotal, subtotal_tax=amounts.subtotal_tax, discount=amounts.discount,
        total=amounts.total, total_tax=amounts.total_tax, total_incl_tax=amounts.total_incl_tax,
        allocated_quantity=ZERO,
    )


def _order(spec: ManualOrderSpec, shop_id: int, number: str, totals: ManualTotals) -> Order:
    now = utc_now()
    lines = totals.lines
    total_tax = sum((line.total_tax for line in lines), ZERO)
    return Order(
        shop_id=shop_id, external_id=number, number=number, channel_status=MANUAL_CHANNEL, state=OrderState.NEW,
        payment_status=PaymentStatus.PAID if spec.paid else PaymentStatus.UNPAID, origin=OrderOrigin.MANUAL,
        channel_order_id="", currency=spec.currency.strip().upper(),
        buyer_name=spec.buyer_name.strip(), buyer_email=spec.buyer_email.strip(), buyer_phone=spec.buyer_phone.strip(),
        ship_name=spec.ship_name.strip() or spec.buyer_name.strip(), ship_company=spec.ship_company.strip(),
        ship_line1=spec.ship_line1.strip(), ship_line2=spec.ship_line2.strip(), ship_city=spec.ship_city.strip(),
        ship_state=spec.ship_state.strip(), ship_postcode=spec.ship_postcode.strip(),
        ship_country=spec.ship_country.strip().upper(),
        ship_phone=spec.ship_phone.strip() or spec.buyer_phone.strip(), billing_address={},
        prices_include_tax=spec.prices_include_tax,
        goods_subtotal=sum((line.subtotal for line in lines), ZERO),
        discount_total=sum((line.discount for line in lines), ZERO),
        discount_tax=sum((line.subtotal_tax - line.total_tax for line in lines), ZERO),
        shipping_total=totals.shipping, shipping_tax=ZERO, fee_total=ZERO, fee_tax=ZERO,
        total_tax=total_tax, total_excl_tax=totals.total - total_tax, total=totals.total, refunded_total=ZERO,
        item_count=sum((line.quantity for line in spec.lines), ZERO),
        buyer_remark=spec.buyer_remark.strip(), seller_remark=spec.seller_remark.strip(),
        payment_method=spec.payment_method.strip(), coupon_codes="",
        channel_created_at=now, channel_updated_at=now, paid_at=now if spec.paid else None,
        imported_at=now, updated_at=now, content_hash="",
    )


def create_manual_order_in(session: Session, actor: Actor, spec: ManualOrderSpec) -> Order:
    wanted = {line.sku_id for line in spec.lines}
    skus = {sku.id: sku for sku in session.scalars(select(Sku).where(Sku.id.in_(wanted)))}
    _check(spec, skus)
    totals = preview_totals(spec.lines, spec.shipping, spec.prices_include_tax)
    number = next_number(session, NUMBER_PREFIX)
    order = _order(spec, manual_shop_id(session, actor), number, totals)
    order.lines = [_line(n, line, skus[line.sku_id], amounts)
                   for n, (line, amounts) in enumerate(zip(spec.lines, totals.lines, strict=True), start=1)]
    allocation = allocate_prices(order, order.lines)
    for line, net in zip(order.lines, allocation.lines, strict=True):
        line.net_total, line.net_tax, line.net_total_incl_tax = net.net_total, net.net_tax, net.net_total_incl_tax
    order.residual = allocation.residual  # 0: our own amounts agree with themselves
    keys.refresh_keys(order)
    session.add(order)
    session.flush()
    note_in_history(session, actor, order, "create", "entered in the app (phone / B2B)")
    audit.record(session, actor, "order.created_manually", "order", order.id,
                 f"manual order {number} for {order.buyer_name}: {order.total} {order.currency}",
                 after={"number": number, "total": order.total, "lines": len(order.lines)})
    _review(session, actor, order)
    return order


def _review(session: Session, actor: Actor, order: Order) -> None:
    """The same review as an imported order: clean ones are approved, the rest wait with their flags."""
    from omsdesk.orders.review import review_in  # review reads allocation settings, which import orders

    review_in(session, actor, [order.id])


def create_manual_order(db: Database, actor: Actor, spec: ManualOrderSpec) -> int:
    with db.transaction() as session:
        return create_manual_order_in(session, actor, spec).id
