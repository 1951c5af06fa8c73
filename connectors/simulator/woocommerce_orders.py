"""Generate and change WooCommerce order payloads, deterministically from a ``random.Random``.

The order payloads follow the field set of WooCommerce's own ``GET /orders/<id>``
example (``order_get.response.json``); the product and variation payloads their
lines point at follow ``product_get`` / ``product_variation_get``. Money always
adds up:

* line ``total`` = ``subtotal`` − the coupon's share of the discount,
* ``discount_total`` = Σ(line subtotal − line total),
* ``total_tax`` = Σ line ``total_tax`` + ``shipping_tax`` + Σ fee taxes,
* ``total`` = Σ line totals + ``shipping_total`` + Σ fee totals + ``total_tax``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from connectors.simulator.catalogue import CATALOGUE, REDUCED_RATE, Product, Variant
from connectors.simulator.names import Person, chinese_person, random_buyer

CENT = Decimal("0.01")
ZERO = Decimal("0")
WC_VERSION = "8.9.3"
# Units of the catalogue's CNY prices per unit of the shop currency.
CNY_PER_UNIT = {"CNY": Decimal("1"), "USD": Decimal("7"), "EUR": Decimal("8"), "GBP": Decimal("9")}

STATUS_WEIGHTS_NEW = {"pending": 20, "processing": 55, "on-hold": 15, "cancelled": 5, "completed": 5}
STATUS_WEIGHTS_OLD = {"pending": 4, "processing": 14, "on-hold": 5, "completed": 57, "cancelled": 10, "refunded": 10}
LIVE_STATUS_WEIGHTS = {"pending": 25, "processing": 60, "on-hold": 15}

CHINESE_REMARKS = ("请周末送货", "工作日白天家里没人，请放快递柜", "请用顺丰发货，谢谢", "送礼用的，请不要放发票",
                   "麻烦包装结实一点，谢谢！", "到了先打电话", "需要开发票，抬头见备注", "尽快发货，急用")
LATIN_REMARKS = ("Please leave the parcel at the front door.", "It's a gift – please don't include the invoice.",
                 "Ring the bell twice, please.", "Deliver after 5 pm if possible.")
REFUND_REASONS = ("客户退货", "尺码不合适", "商品破损", "", "Customer changed their mind", "Damaged in transit")
ADMIN_NOTES = ("已联系客户确认地址", "客户要求改为顺丰", "Stock checked, ready to pack", "Called customer, no answer")
USER_AGENTS = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 MicroMessenger/8.0.47",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; 23127PN0CC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0 Mobile Safari/537.36",
)
ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# The key order of WooCommerce's own GET /orders/<id> example (without _links, added when served).
ORDER_KEYS = (
    "id", "parent_id", "number", "order_key", "created_via", "version", "status", "currency",
    "date_created", "date_created_gmt", "date_modified", "date_modified_gmt", "discount_total", "discount_tax",
    "shipping_total", "shipping_tax", "cart_tax", "total", "total_tax", "prices_include_tax", "customer_id",
    "customer_ip_address", "customer_user_agent", "customer_note", "billing", "shipping", "payment_method",
    "payment_method_title", "transaction_id", "date_paid", "date_paid_gmt", "date_completed",
    "date_completed_gmt", "cart_hash", "meta_data", "line_items", "tax_lines", "shipping_lines", "fee_lines",
    "coupon_lines", "refunds",
)


@dataclass(frozen=True)
class TaxRate:
    rate_id: int
    country: str
    percent: Decimal
    label: str

    @property
    def rate_code(self) -> str:
        return f"{self.country}-{self.label}-1".upper()

    def tax_on(self, amount: Decimal) -> Decimal:
        return (amount * self.percent / 100).quantize(CENT, ROUND_HALF_UP)


TAX_RATES: dict[tuple[str, str], TaxRate] = {
    ("CN", ""): TaxRate(1, "CN", Decimal("13"), "增值税"),
    ("CN", REDUCED_RATE): TaxRate(2, "CN", Decimal("9"), "增值税 9%"),
    ("DE", ""): TaxRate(3, "DE", Decimal("19"), "MwSt."),
    ("DE", REDUCED_RATE): TaxRate(4, "DE", Decimal("7"), "MwSt. ermäßigt"),
    ("GB", ""): TaxRate(5, "GB", Decimal("20"), "VAT"),
    ("GB", REDUCED_RATE): TaxRate(6, "GB", Decimal("5"), "Reduced rate"),
}


@dataclass(frozen=True)
class Coupon:
    code: str
    percent: Decimal = ZERO  # percentage coupons
    amount_cny: Decimal = ZERO  # fixed-cart coupons
    minimum_cny: Decimal = ZERO


COUPONS = (
    Coupon("WELCOME10", percent=Decimal("10")),
    Coupon("VIP15", percent=Decimal("15")),
    Coupon("DOUBLE11", percent=Decimal("20")),
    Coupon("SAVE20", amount_cny=Decimal("20"), minimum_cny=Decimal("199")),
    Coupon("MINUS50", amount_cny=Decimal("50"), minimum_cny=Decimal("399")),
)


@dataclass
class _Line:
    variant: Variant
    quantity: int
    unit_price: Decimal
    rate: TaxRate | None
    discount: Decimal = ZERO

    @property
    def subtotal(self) -> Decimal:
        return self.unit_price * self.quantity

    @property
    def total(self) -> Decimal:
        return self.subtotal - self.discount

    def tax(self, amount: Decimal) -> Decimal:
        return self.rate.tax_on(amount) if self.rate else ZERO


@dataclass
class _Charge:
    """A shipping or fee line: a name, an amount and its tax."""

    title: str
    method_id: str
    total: Decimal
    rate: TaxRate | None

    @property
    def tax(self) -> Decimal:
        return self.rate.tax_on(self.total) if self.rate else ZERO


@dataclass
class _Cart:
    buyer: Person
    recipient: Person
    lines: list[_Line]
    coupon: Coupon | None
    shipping: _Charge
    fees: list[_Charge] = field(default_factory=list)


def money(amount: Decimal) -> str:
    return f"{amount.quantize(CENT, ROUND_HALF_UP):.2f}"


def price_in(currency: str, amount_cny: Decimal) -> Decimal:
    """A catalogue price (CNY) in the shop's currency, to the cent."""
    return (amount_cny / CNY_PER_UNIT.get(currency, Decimal("1"))).quantize(CENT, ROUND_HALF_UP)


def json_number(amount: Decimal) -> int | float:
    """WooCommerce's line ``price`` is a JSON number, an integer when it is whole."""
    if amount == amount.to_integral_value():
        return int(amount)
    return float(amount.quantize(Decimal("0.0001"), ROUND_HALF_UP).normalize())


def wc_time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%dT%H:%M:%S")


class OrderFactory:
    """Builds order payloads; owns the id counters of one shop (posts, items, meta)."""

    def __init__(self, rng: random.Random, currency: str, utc_offset: timedelta) -> None:
        self.rng = rng
        self.currency = currency
        self.utc_offset = utc_offset
        self._post_id = 1000
        self._item_id = 100
        self._meta_id = 5000

    # -- ids and small helpers ----------------------------------------------------------

    def new_order_id(self) -> int:
        self._post_id += self.rng.randint(1, 3)  # other posts take ids in between
        return self._post_id

    def _new_post_id(self) -> int:
        self._post_id += 1
        return self._post_id

    def _new_item_id(self) -> int:
        self._item_id += 1
        return self._item_id

    def meta(self, key: str, value: Any) -> dict[str, Any]:
        """A new ``meta_data`` entry with the next meta id."""
        return self._meta(key, value)

    def _meta(self, key: str, value: Any) -> dict[str, Any]:
        self._meta_id += 1
        return {"id": self._meta_id, "key": key, "value": value}

    def _price(self, amount_cny: Decimal) -> Decimal:
        return price_in(self.currency, amount_cny)

    def _token(self, length: int, alphabet: str = ALPHANUMERIC) -> str:
        return "".join(self.rng.choices(alphabet, k=length))

    def _set_time(self, order: dict[str, Any], name: str, moment: datetime | None) -> None:
        order[name] = wc_time(None if moment is None else moment + self.utc_offset)
        order[f"{name}_gmt"] = wc_time(moment)

    # -- new orders ---------------------------------------------------------------------------

    def status_for_age(self, age: timedelta) -> str:
        weights = STATUS_WEIGHTS_NEW if age < timedelta(days=1) else STATUS_WEIGHTS_OLD
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def live_status(self) -> str:
        return self.rng.choices(list(LIVE_STATUS_WEIGHTS), weights=list(LIVE_STATUS_WEIGHTS.values()))[0]

    def build(self, order_id: int, created: datetime, status: str, latest: datetime) -> dict[str, Any]:
        """A complete order in ``status``; every later date is capped at ``latest``."""
        cart = self._cart()
        order = self._skeleton(order_id, cart)
        self._fill_money(order, cart)
        self._set_time(order, "date_created", created)
        self._set_time(order, "date_paid", None)
        self._set_time(order, "date_completed", None)
        order["status"] = "pending"
        self._touch(order, created)
        self._play_history(order, cart, status, created, latest)
        return {key: order[key] for key in ORDER_KEYS}

    def _cart(self) -> _Cart:
        buyer = random_buyer(self.rng)
        recipient = chinese_person(self.rng) if buyer.is_chinese and self.rng.random() < 0.15 else buyer
        count = self.rng.choices((1, 2, 3, 4, 5), weights=(40, 30, 15, 10, 5))[0]
        products = self.rng.sample(CATALOGUE, count)
        lines = [self._cart_line(product.variants, recipient.country) for product in products]
        cart = _Cart(buyer, recipient, lines, None, _Charge("", "", ZERO, None))
        cart.coupon = self._apply_coupon(lines)
        cart.shipping = self._shipping(cart)
        if self.rng.random() < 0.06:
            title = "礼品包装" if buyer.is_chinese else "Gift wrapping"
            cart.fees.append(_Charge(title, "", self._price(Decimal("8")), TAX_RATES.get((recipient.country, ""))))
        return cart

    def _cart_line(self, variants: tuple[Variant, ...], country: str) -> _Line:
        variant = self.rng.choice(variants)
        quantity = self.rng.choices((1, 2, 3), weights=(70, 20, 10))[0]
        return _Line(variant, quantity, self._price(variant.price), TAX_RATES.get((country, variant.tax_class)))

    def _apply_coupon(self, lines: list[_Line]) -> Coupon | None:
        cart_subtotal = sum((line.subtotal for line in lines), ZERO)
        eligible = [c for c in COUPONS if self._price(c.minimum_cny) <= cart_subtotal]
        if self.rng.random() >= 0.2 or not eligible:
            return None
        coupon = self.rng.choice(eligible)
        if coupon.percent:
            for line in lines:
                line.discount = (line.subtotal * coupon.percent / 100).quantize(CENT, ROUND_HALF_UP)
        else:
            self._spread(self._price(coupon.amount_cny), lines, cart_subtotal)
        return coupon

    @staticmethod
    def _spread(amount: Decimal, lines: list[_Line], cart_subtotal: Decimal) -> None:
        """A fixed-cart discount shared by line subtotal; the last line takes the rounding."""
        given = ZERO
        for line in lines[:-1]:
            line.discount = (amount * line.subtotal / cart_subtotal).quantize(CENT, ROUND_DOWN)
            given += line.discount
        lines[-1].discount = amount - given

    def _shipping(self, cart: _Cart) -> _Charge:
        goods = sum((line.total for line in cart.lines), ZERO)
        rate = TAX_RATES.get((cart.recipient.country, ""))
        if cart.recipient.is_chinese:
            if goods >= self._price(Decimal("199")) or self.rng.random() < 0.1:
                return _Charge("包邮", "free_shipping:2", ZERO, rate)
            title, method, fee = self.rng.choice((("中通快递", "flat_rate:3", "10"), ("顺丰速运", "flat_rate:4", "18")))
            return _Charge(title, method, self._price(Decimal(fee)), rate)
        if goods >= self._price(Decimal("800")):
            return _Charge("Free international shipping", "free_shipping:5", ZERO, rate)
        title, method, fee = self.rng.choice((("International Standard", "flat_rate:6", "60"),
                                              ("DHL Express", "flat_rate:7", "120")))
        return _Charge(title, method, self._price(Decimal(fee)), rate)

    def _skeleton(self, order_id: int, cart: _Cart) -> dict[str, Any]:
        buyer, chinese = cart.buyer, cart.buyer.is_chinese
        shipping = cart.recipient.shipping()
        return {
            "id": order_id,
            "parent_id": 0,
            "number": str(order_id),
            "order_key": f"wc_order_{self._token(13)}",
            "created_via": "checkout",
            "version": WC_VERSION,
            "status": "pending",
            "currency": self.currency,
            "customer_id": 0 if self.rng.random() < 0.4 else self.rng.randint(2, 4000),
            "customer_ip_address": self._ip_address(chinese),
            "customer_user_agent": self.rng.choice(USER_AGENTS),
            "customer_note": self._remark(chinese),
            "billing": buyer.billing(),
            "shipping": shipping,
            "payment_method": "",
            "payment_method_title": "",
            "transaction_id": "",
            "cart_hash": self._token(32, "0123456789abcdef"),
            "meta_data": [self._meta("is_vat_exempt", "no"),
                          self._meta("_wc_order_attribution_source_type",
                                     self.rng.choice(("typein", "organic", "referral", "utm")))],
        }

    def _ip_address(self, chinese: bool) -> str:
        first = self.rng.choice((36, 58, 113, 116, 183, 223)) if chinese else self.rng.choice((24, 73, 81, 86, 92))
        return f"{first}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"

    def _remark(self, chinese: bool) -> str:
        if self.rng.random() >= 0.15:
            return ""
        return self.rng.choice(CHINESE_REMARKS if chinese else LATIN_REMARKS)

    # -- money ------------------------------------------------------------------------------------

    def _fill_money(self, order: dict[str, Any], cart: _Cart) -> None:
        line_items = [self._line_item(line) for line in cart.lines]
        items_tax = sum((line.tax(line.total) for line in cart.lines), ZERO)
        fee_total = sum((fee.total for fee in cart.fees), ZERO)
        fee_tax = sum((fee.tax for fee in cart.fees), ZERO)
        shipping_tax = cart.shipping.tax
        total_tax = items_tax + fee_tax + shipping_tax
        goods = sum((line.total for line in cart.lines), ZERO)
        order.update({
            "discount_total": money(sum((line.discount for line in cart.lines), ZERO)),
            "discount_tax": money(sum((line.tax(line.subtotal) - line.tax(line.total) for line in cart.lines), ZERO)),
            "shipping_total": money(cart.shipping.total),
            "shipping_tax": money(shipping_tax),
            "cart_tax": money(items_tax + fee_tax),
            "total": money(goods + cart.shipping.total + fee_total + total_tax),
            "total_tax": money(total_tax),
            "prices_include_tax": False,
        })
        order["line_items"] = line_items
        order["tax_lines"] = self._tax_lines(cart)
        order["shipping_lines"] = [self._shipping_line(cart)]
        order["fee_lines"] = [self._fee_line(fee) for fee in cart.fees]
        order["coupon_lines"] = self._coupon_lines(cart)
        order["refunds"] = []

    @staticmethod
    def _taxes(rate: TaxRate | None, total: Decimal, subtotal: Decimal | str) -> list[dict[str, Any]]:
        if rate is None:
            return []
        return [{"id": rate.rate_id, "total": money(total),
                 "subtotal": subtotal if isinstance(subtotal, str) else money(subtotal)}]

    def _line_item(self, line: _Line) -> dict[str, Any]:
        variant = line.variant
        meta = [self._meta(key, value) for key, value in variant.attributes]
        return {
            "id": self._new_item_id(),
            "name": variant.name,
            "product_id": variant.product_id,
            "variation_id": variant.variation_id,
            "quantity": line.quantity,
            "tax_class": variant.tax_class,
            "subtotal": money(line.subtotal),
            "subtotal_tax": money(line.tax(line.subtotal)),
            "total": money(line.total),
            "total_tax": money(line.tax(line.total)),
            "taxes": self._taxes(line.rate, line.tax(line.total), line.tax(line.subtotal)),
            "meta_data": meta,
            "sku": variant.sku,
            "price": json_number(line.total / line.quantity),
        }

    def _tax_lines(self, cart: _Cart) -> list[dict[str, Any]]:
        totals: dict[int, list[Any]] = {}  # rate id -> [rate, cart tax, shipping tax]
        charges = [(line.rate, line.tax(line.total)) for line in cart.lines]
        charges += [(fee.rate, fee.tax) for fee in cart.fees]
        for rate, tax in charges:
            if rate is not None:
                totals.setdefault(rate.rate_id, [rate, ZERO, ZERO])[1] += tax
        if cart.shipping.rate is not None:
            totals.setdefault(cart.shipping.rate.rate_id, [cart.shipping.rate, ZERO, ZERO])[2] += cart.shipping.tax
        return [
            {"id": self._new_item_id(), "rate_code": rate.rate_code, "rate_id": rate.rate_id, "label": rate.label,
             "compound": False, "tax_total": money(cart_tax), "shipping_tax_total": money(shipping_tax),
             "meta_data": []}
            for rate, cart_tax, shipping_tax in (totals[key] for key in sorted(totals))
        ]

    def _shipping_line(self, cart: _Cart) -> dict[str, Any]:
        shipping = cart.shipping
        items = ", ".join(f"{line.variant.name} &times; {line.quantity}" for line in cart.lines)
        return {
            "id": self._new_item_id(),
            "method_title": shipping.title,
            "method_id": shipping.method_id,
            "total": money(shipping.total),
            "total_tax": money(shipping.tax),
            "taxes": self._taxes(shipping.rate, shipping.tax, "") if shipping.tax else [],
            "meta_data": [self._meta("Items", items)],
        }

    def _fee_line(self, fee: _Charge) -> dict[str, Any]:
        return {
            "id": self._new_item_id(),
            "name": fee.title,
            "tax_class": "",
            "tax_status": "taxable",
            "amount": f"{fee.total.normalize():f}",
            "total": money(fee.total),
            "total_tax": money(fee.tax),
            "taxes": self._taxes(fee.rate, fee.tax, ""),
            "meta_data": [],
        }

    def _coupon_lines(self, cart: _Cart) -> list[dict[str, Any]]:
        if cart.coupon is None:
            return []
        discount = sum((line.discount for line in cart.lines), ZERO)
        discount_tax = sum((line.tax(line.subtotal) - line.tax(line.total) for line in cart.lines), ZERO)
        kind = "percent" if cart.coupon.percent else "fixed_cart"
        amount = cart.coupon.percent if cart.coupon.percent else self._price(cart.coupon.amount_cny)
        coupon_data = {"code": cart.coupon.code.lower(), "amount": f"{amount.normalize():f}", "discount_type": kind}
        return [{"id": self._new_item_id(), "code": cart.coupon.code.lower(), "discount": money(discount),
                 "discount_tax": money(discount_tax), "meta_data": [self._meta("coupon_data", coupon_data)]}]

    # -- history: how an order got to its status ----------------------------------------------

    def _play_history(self, order: dict[str, Any], cart: _Cart, status: str, created: datetime,
                      latest: datetime) -> None:
        rng = self.rng

        def later(start: datetime, low: float, high: float) -> datetime:
            return min(latest, start + timedelta(seconds=int(rng.uniform(low, high))))

        if status in ("pending", "cancelled", "on-hold"):
            self._choose_payment(order, cart.buyer, offline=status == "on-hold")
            if status == "cancelled":
                self._cancel(order, later(created, 3600, 2 * 86400))
            elif status == "on-hold":
                order["status"] = "on-hold"
                self._touch(order, later(created, 1, 60))
            else:
                self._touch(order, later(created, 0, 600))
            return
        self._choose_payment(order, cart.buyer, offline=False)
        paid = later(created, 5, 180)
        self._mark_paid(order, paid)
        if status == "processing":
            return
        if status == "completed":
            completed = later(paid, 6 * 3600, 5 * 86400)
            self._complete(order, completed)
            if rng.random() < 0.12:
                self._add_refund(order, later(completed, 86400, 7 * 86400), full=False)
            return
        self._add_refund(order, later(paid, 3600, 10 * 86400), full=True)

    def _choose_payment(self, order: dict[str, Any], buyer: Person, *, offline: bool) -> None:
        if offline:
            choices = (("bacs", "银行转账"), ("cod", "货到付款")) if buyer.is_chinese else \
                (("bacs", "Direct bank transfer"), ("cod", "Cash on delivery"))
        elif buyer.is_chinese:
            choices = (("alipay", "支付宝"), ("alipay", "支付宝"), ("wechatpay", "微信支付"))
        else:
            choices = (("stripe", "Credit Card (Stripe)"), ("stripe", "Credit Card (Stripe)"),
                       ("ppcp-gateway", "PayPal"))
        order["payment_method"], order["payment_method_title"] = self.rng.choice(choices)

    def _transaction_id(self, method: str, paid: datetime) -> str:
        digits = "0123456789"
        if method == "alipay":
            return f"{paid:%Y%m%d}2200{self._token(16, digits)}"
        if method == "wechatpay":
            return f"4200{self._token(6, digits)}{paid:%Y%m%d}{self._token(10, digits)}"
        if method == "stripe":
            return f"pi_{self._token(24)}"
        if method == "ppcp-gateway":
            return self._token(17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        return ""

    # -- state changes (also used for live modifications) --------------------------------------

    def touch(self, order: dict[str, Any], moment: datetime) -> None:
        """The order was saved at ``moment``."""
        self._touch(order, moment)

    def _touch(self, order: dict[str, Any], moment: datetime) -> None:
        self._set_time(order, "date_modified", moment)

    def _mark_paid(self, order: dict[str, Any], moment: datetime) -> None:
        order["status"] = "processing"
        order["transaction_id"] = self._transaction_id(order["payment_method"], moment)
        self._set_time(order, "date_paid", moment)
        for line in order["line_items"]:
            line["meta_data"].append(self._meta("_reduced_stock", str(line["quantity"])))
        self._touch(order, moment)

    def _complete(self, order: dict[str, Any], moment: datetime) -> None:
        order["status"] = "completed"
        self._set_time(order, "date_completed", moment)
        self._touch(order, moment)

    def _cancel(self, order: dict[str, Any], moment: datetime) -> None:
        order["status"] = "cancelled"
        self._touch(order, moment)

    def refundable(self, order: dict[str, Any]) -> Decimal:
        refunded = sum((-Decimal(refund["total"]) for refund in order["refunds"]), ZERO)
        return Decimal(order["total"]) - refunded

    def _add_refund(self, order: dict[str, Any], moment: datetime, *, full: bool) -> None:
        remaining = self.refundable(order)
        if full:
            amount = remaining
        else:
            line = self.rng.choice(order["line_items"])
            amount = min(remaining, Decimal(line["total"]) + Decimal(line["total_tax"]))
        if amount <= 0:
            return
        refund = {"id": self._new_post_id(), "reason": self.rng.choice(REFUND_REASONS), "total": money(-amount)}
        order["refunds"].insert(0, refund)  # WooCommerce lists the newest refund first
        if self.refundable(order) == 0:
            order["status"] = "refunded"
        self._touch(order, moment)

    def change(self, order: dict[str, Any], moment: datetime) -> str | None:
        """Move an order on one step (pay, complete, cancel, refund); None means "add a note"."""
        status, rng = order["status"], self.rng
        if status in ("pending", "on-hold"):
            if status == "pending" and rng.random() < 0.25:
                self._cancel(order, moment)
                return "cancelled"
            self._mark_paid(order, moment)
            return "paid"
        if status == "processing":
            self._complete(order, moment)
            return "completed"
        if status == "completed" and rng.random() < 0.5 and self.refundable(order) > 0:
            self._add_refund(order, moment, full=False)
            return "refunded"
        return None

    def set_status(self, order: dict[str, Any], status: str, moment: datetime) -> None:
        """What ``PUT /orders/<id>`` with a new status does (``WC_Order::status_transition``):
        paid statuses stamp ``date_paid`` once, "completed" stamps ``date_completed``."""
        if status == order["status"]:
            return
        if status in ("processing", "completed") and order["date_paid_gmt"] is None:
            self._mark_paid(order, moment)
        if status == "completed":
            self._complete(order, moment)
        elif status == "cancelled":
            self._cancel(order, moment)
        else:
            order["status"] = status
            self._touch(order, moment)

    def note(self, order: dict[str, Any], moment: datetime, note_id: int) -> dict[str, Any]:
        self._touch(order, moment)
        return {"id": note_id, "author": "system", "date_created": wc_time(moment + self.utc_offset),
                "date_created_gmt": wc_time(moment), "note": self.rng.choice(ADMIN_NOTES), "customer_note": False}

    def new_note_id(self) -> int:
        self._meta_id += 1
        return self._meta_id


# -- products and variations ----------------------------------------------------------------------

ATTRIBUTE_TERMS = {"pa_color": (1, "Color", "颜色"), "pa_size": (2, "Size", "尺码")}
CURRENCY_SYMBOLS = {"CNY": "&yen;", "USD": "&#36;", "EUR": "&euro;", "GBP": "&pound;"}
OUT_OF_STOCK_SHARE = 0.08


def stock_status(manage_stock: bool, quantity: int | None) -> str:
    """``instock`` / ``outofstock`` as WooCommerce derives it for managed stock without backorders."""
    if not manage_stock or quantity is None:
        return "instock"
    return "instock" if quantity > 0 else "outofstock"


class ListingFactory:
    """Product and variation payloads of the catalogue, in the shop's currency and time zone.

    Ids are the catalogue's (``product_id``, ``variation_id``), the ones order lines use.
    Simple products manage their stock, variable products manage it per variation,
    and products without a SKU do not manage stock at all.
    """

    def __init__(self, rng: random.Random, currency: str, utc_offset: timedelta) -> None:
        self.rng = rng
        self.currency = currency
        self.utc_offset = utc_offset

    def initial_stock(self) -> int:
        return 0 if self.rng.random() < OUT_OF_STOCK_SHARE else self.rng.randint(1, 200)

    def _times(self, moment: datetime) -> dict[str, str | None]:
        local, gmt = wc_time(moment + self.utc_offset), wc_time(moment)
        return {"date_created": local, "date_created_gmt": gmt, "date_modified": local, "date_modified_gmt": gmt}

    def _stock(self, manage: bool, quantity: int | None) -> dict[str, Any]:
        return {"manage_stock": manage, "stock_quantity": quantity if manage else None,
                "stock_status": stock_status(manage, quantity), "backorders": "no",
                "backorders_allowed": False, "backordered": False}

    def _price_html(self, amount: Decimal) -> str:
        symbol = CURRENCY_SYMBOLS.get(self.currency, self.currency)
        return (f'<span class="woocommerce-Price-amount amount"><span class="woocommerce-Price-currencySymbol">'
                f"{symbol}</span>{money(amount)}</span>")

    def product(self, product: Product, created: datetime) -> dict[str, Any]:
        """``GET /products/<id>``; variable products carry no stock of their own.

        ``permalink`` is a path here: the store puts the site URL in front when serving."""
        variable = bool(product.axes)
        manage = not variable and product.sku != ""  # SKU-less gift cards and crafts: unmanaged
        price = price_in(self.currency, product.price)
        slug = (product.sku or f"product-{product.product_id}").lower()
        return {
            "id": product.product_id, "name": product.name, "slug": slug,
            "permalink": f"/product/{slug}/", **self._times(created),
            "type": "variable" if variable else "simple", "status": "publish", "featured": False,
            "catalog_visibility": "visible", "description": f"<p>{product.name}</p>\n", "short_description": "",
            "sku": product.sku, "price": money(price), "regular_price": "" if variable else money(price),
            "sale_price": "", "date_on_sale_from": None, "date_on_sale_from_gmt": None, "date_on_sale_to": None,
            "date_on_sale_to_gmt": None, "price_html": self._price_html(price), "on_sale": False,
            "purchasable": True, "total_sales": 0, "virtual": product.sku == "", "downloadable": False,
            "downloads": [], "download_limit": -1, "download_expiry": -1, "external_url": "", "button_text": "",
            "tax_status": "taxable", "tax_class": product.tax_class,
            **self._stock(manage, self.initial_stock() if manage else None),
            "sold_individually": False, "weight": "", "dimensions": {"length": "", "width": "", "height": ""},
            "shipping_required": product.sku != "", "shipping_taxable": True, "shipping_class": "",
            "shipping_class_id": 0, "reviews_allowed": True, "average_rating": "0.00", "rating_count": 0,
            "related_ids": [], "upsell_ids": [], "cross_sell_ids": [], "parent_id": 0, "purchase_note": "",
            "categories": [{"id": 15, "name": "Uncategorized", "slug": "uncategorized"}], "tags": [], "images": [],
            "attributes": self._product_attributes(product), "default_attributes": [],
            "variations": [variant.variation_id for variant in product.variants] if variable else [],
            "grouped_products": [], "menu_order": 0, "meta_data": [],
        }

    def variation(self, product: Product, variant: Variant, created: datetime) -> dict[str, Any]:
        """``GET /products/<id>/variations/<variation id>``: stock is managed per variation."""
        price = price_in(self.currency, variant.price)
        query = "&".join(f"attribute_{key}={value}" for key, value in variant.attributes)
        return {
            "id": variant.variation_id, **self._times(created), "description": "",
            "permalink": f"/product/{(product.sku or f'product-{product.product_id}').lower()}/?{query}",
            "sku": variant.sku, "price": money(price), "regular_price": money(price), "sale_price": "",
            "date_on_sale_from": None, "date_on_sale_from_gmt": None, "date_on_sale_to": None,
            "date_on_sale_to_gmt": None, "on_sale": False, "status": "publish", "purchasable": True,
            "virtual": False, "downloadable": False, "downloads": [], "download_limit": -1, "download_expiry": -1,
            "tax_status": "taxable", "tax_class": variant.tax_class, **self._stock(True, self.initial_stock()),
            "weight": "", "dimensions": {"length": "", "width": "", "height": ""}, "shipping_class": "",
            "shipping_class_id": 0, "image": None, "attributes": self._variation_attributes(product, variant),
            "menu_order": 0, "meta_data": [],
        }

    @staticmethod
    def _chinese(product: Product) -> bool:
        return any("\u4e00" <= ch <= "\u9fff" for ch in product.name)

    def _term_label(self, product: Product, axis_key: str, slug: str) -> str:
        for key, values in product.axes:
            if key == axis_key:
                for value_slug, _, chinese, english in values:
                    if value_slug == slug:
                        return chinese if self._chinese(product) else english
        return slug

    def _product_attributes(self, product: Product) -> list[dict[str, Any]]:
        attributes = []
        for position, (key, values) in enumerate(product.axes):
            term_id, english, chinese = ATTRIBUTE_TERMS[key]
            attributes.append({"id": term_id, "name": chinese if self._chinese(product) else english,
                               "position": position, "visible": True, "variation": True,
                               "options": [self._term_label(product, key, slug) for slug, *_ in values]})
        return attributes

    def _variation_attributes(self, product: Product, variant: Variant) -> list[dict[str, Any]]:
        attributes = []
        for key, slug in variant.attributes:
            term_id, english, chinese = ATTRIBUTE_TERMS[key]
            attributes.append({"id": term_id, "name": chinese if self._chinese(product) else english,
                               "option": self._term_label(product, key, slug)})
        return attributes
