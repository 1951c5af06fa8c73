"""Generate and change Shopify order payloads (Admin REST 2025-07 ``Order`` resource).

The payloads carry the fields of the shop's ``GET /orders.json`` answer in the
shared samples (``orders_list_status_any.response.json``), keys in the same order
(``id`` first, the rest alphabetical, nested objects last), and their money adds
up the way Shopify's does:

* a line's ``discount_allocations`` share the order's discount; its ``tax_lines``
  are charged on ``price × quantity − discount`` (or are included in it when the
  shop's prices include tax);
* ``subtotal_price`` = ``total_line_items_price`` − ``total_discounts``;
* ``total_price`` = ``subtotal_price`` + shipping + ``total_tax`` (taxes excluded)
  or ``subtotal_price`` + shipping (taxes included);
* refunds hold ``refund_line_items`` (``subtotal`` and ``total_tax`` as JSON
  numbers, as Shopify sends them), a ``shipping_refund`` adjustment for full
  refunds, and one successful ``refund`` transaction for the amount paid back;
  ``current_*`` totals and ``financial_status`` follow.

Every order is planned first (:func:`draw_fate`: when it was placed, paid,
fulfilled, refunded, cancelled or archived) and built from the same
``random.Random`` stream, so the shop can index 100,000 orders without building
them and build any one later with the same result. Ids are derived from the
order's index (Shopify's ids exceed 2^31).
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from connectors.simulator.catalogue import CATALOGUE, REDUCED_RATE
from connectors.simulator.names import Person, chinese_person, latin_person, random_buyer
from connectors.simulator.woocommerce_orders import CHINESE_REMARKS, CNY_PER_UNIT, LATIN_REMARKS

CENT = Decimal("0.01")
ZERO = Decimal("0")
SHOP_ID = 60_123_456_789
APP_ID_ONLINE_STORE = 580_111
ORDER_ID_BASE = 6_104_000_000_000
LINE_ID_BASE = 15_220_000_000_000
FULFILLMENT_ID_BASE = 5_310_000_000_000
FULFILLMENT_ORDER_ID_BASE = 7_020_000_000_000
FULFILLMENT_ORDER_LINE_ID_BASE = 16_830_000_000_000
REFUND_ID_BASE = 1_020_000_000_000
REFUND_LINE_ID_BASE = 2_210_000_000_000
ADJUSTMENT_ID_BASE = 2_930_000_000_000
TRANSACTION_ID_BASE = 7_410_000_000_000
SHIPPING_LINE_ID_BASE = 5_030_000_000_000
CUSTOMER_ID_BASE = 8_950_000_000_000
PRODUCT_ID_BASE = 8_412_000_000_000
VARIANT_ID_BASE = 44_871_000_000_000
INVENTORY_ITEM_ID_BASE = 46_953_000_000_000
IDS_PER_ORDER = 64  # room for the lines, fulfillments, refunds … of one order
FIRST_ORDER_NUMBER = 1001
HISTORY_DAYS = 30

# What became of an order; "partial" means some lines shipped, "archived" fulfilled and closed.
FATE_WEIGHTS_NEW = {"pending": 12, "authorized": 8, "paid": 55, "partial": 5, "fulfilled": 12, "cancelled": 8}
FATE_WEIGHTS_OLD = {"pending": 2, "authorized": 1, "paid": 6, "partial": 3, "fulfilled": 25, "archived": 25,
                    "partially_refunded": 10, "refunded": 6, "cancelled": 10, "cancelled_after_payment": 12}
FATE_WEIGHTS_LIVE = {"pending": 20, "authorized": 10, "paid": 70}
LINE_COUNT_WEIGHTS = {1: 45, 2: 30, 3: 15, 4: 7, 5: 3}
CANCEL_REASONS = ("customer", "inventory", "declined", "fraud", "other")
REFUND_NOTES = ("客户退货", "尺码不合适", "商品破损", "Customer changed their mind", "Damaged in transit", None)
ORDER_TAGS = ("VIP", "wholesale", "gift", "priority", "repeat customer")


# -- products ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Listing:
    """One Shopify variant of a catalogue product, with its inventory item."""

    product_id: int
    variant_id: int
    inventory_item_id: int
    sku: str
    title: str
    variant_title: str | None
    price_cny: Decimal
    tax_class: str
    grams: int
    gift_card: bool

    @property
    def name(self) -> str:
        return f"{self.title} - {self.variant_title}" if self.variant_title else self.title

    @property
    def tracked(self) -> bool:
        """Gift cards are not stocked: Shopify does not track their inventory."""
        return not self.gift_card


def _listings() -> tuple[Listing, ...]:
    listings = []
    for product in CATALOGUE:
        title = html.unescape(product.name)
        for variant in product.variants:
            key = variant.variation_id or product.product_id * 100
            labels = variant.name[len(product.name) + 3:] if variant.variation_id else ""
            listings.append(Listing(
                product_id=PRODUCT_ID_BASE + product.product_id,
                variant_id=VARIANT_ID_BASE + key,
                inventory_item_id=INVENTORY_ITEM_ID_BASE + key,
                sku=variant.sku,
                title=title,
                variant_title=labels.replace(", ", " / ") or None,
                price_cny=variant.price,
                tax_class=variant.tax_class,
                grams=200 + (product.product_id % 7) * 50,
                gift_card="礼品卡" in product.name,
            ))
    return tuple(listings)


LISTINGS: tuple[Listing, ...] = _listings()
LISTINGS_BY_VARIANT: dict[int, Listing] = {listing.variant_id: listing for listing in LISTINGS}
LISTINGS_BY_INVENTORY_ITEM: dict[int, Listing] = {listing.inventory_item_id: listing for listing in LISTINGS}
SELLABLE_PRODUCTS: tuple[tuple[Listing, ...], ...] = tuple(
    group for group in (tuple(x for x in LISTINGS if x.product_id == PRODUCT_ID_BASE + p.product_id)
                        for p in CATALOGUE) if not group[0].gift_card
)


# -- taxes, discounts, shipping, carriers -----------------------------------------------------


@dataclass(frozen=True)
class TaxRate:
    title: str
    rate: Decimal

    def charged_on(self, amount: Decimal, included: bool) -> Decimal:
        """The tax on ``amount``, or the part of ``amount`` that is tax when prices include it."""
        tax = amount * self.rate / (1 + self.rate) if included else amount * self.rate
        return tax.quantize(CENT, ROUND_HALF_UP)


US_STATE_RATES = {"NY": "0.08875", "CA": "0.0725", "WA": "0.065", "TX": "0.0625", "IL": "0.0625", "MA": "0.0625"}
COUNTRY_RATES = {
    ("GB", ""): TaxRate("GB VAT", Decimal("0.2")),
    ("DE", ""): TaxRate("DE MwSt.", Decimal("0.19")),
    ("DE", REDUCED_RATE): TaxRate("DE MwSt. ermäßigt", Decimal("0.07")),
    ("CN", ""): TaxRate("CN 增值税", Decimal("0.13")),
    ("CN", REDUCED_RATE): TaxRate("CN 增值税 9%", Decimal("0.09")),
}
TAXED_SHIPPING_COUNTRIES = frozenset({"GB", "DE", "CN"})


def tax_rate(country: str, state: str, tax_class: str) -> TaxRate | None:
    if country == "US":
        rate = US_STATE_RATES.get(state)
        return TaxRate(f"{state} State Tax", Decimal(rate)) if rate else None
    return COUNTRY_RATES.get((country, tax_class))


@dataclass(frozen=True)
class DiscountCode:
    code: str
    value_type: str  # percentage | fixed_amount
    value_cny: Decimal  # the percentage, or the amount in CNY
    minimum_cny: Decimal = ZERO


DISCOUNT_CODES = (
    DiscountCode("WELCOME10", "percentage", Decimal("10")),
    DiscountCode("SPRING15", "percentage", Decimal("15")),
    DiscountCode("VIP20", "percentage", Decimal("20")),
    DiscountCode("SAVE35", "fixed_amount", Decimal("35"), Decimal("199")),
    DiscountCode("TAKE70", "fixed_amount", Decimal("70"), Decimal("399")),
)

# Shopify builds the tracking link itself for the carriers it knows.
CARRIER_URLS = {
    "SF Express": "https://www.sf-express.com/chn/sc/waybill/waybill-detail/{}",
    "China Post": "https://track.chinapost.com.cn/?num={}",
    "YunExpress": "https://www.yuntrack.com/parcelTracking?id={}",
    "DHL Express": "https://www.dhl.com/en/express/tracking.html?AWB={}",
    "UPS": "https://www.ups.com/WebTracking?loc=en_US&requester=ST&trackNums={}",
    "USPS": "https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1={}",
    "FedEx": "https://www.fedex.com/fedextrack/?tracknumbers={}",
}


def tracking_url(company: str, number: str) -> str:
    template = CARRIER_URLS.get(company)
    return template.format(number) if template else ""


# China's provinces as Shopify names them (names.py speaks WooCommerce's CN codes).
CN_PROVINCES = {
    "CN2": ("Beijing", "BJ"), "CN3": ("Tianjin", "TJ"), "CN10": ("Shanghai", "SH"), "CN11": ("Jiangsu", "JS"),
    "CN12": ("Zhejiang", "ZJ"), "CN14": ("Fujian", "FJ"), "CN16": ("Shandong", "SD"), "CN17": ("Henan", "HA"),
    "CN18": ("Hubei", "HB"), "CN19": ("Hunan", "HN"), "CN20": ("Guangdong", "GD"), "CN23": ("Chongqing", "CQ"),
    "CN24": ("Sichuan", "SC"), "CN26": ("Shaanxi", "SN"),
}
US_STATES = {"NY": "New York", "CA": "California", "WA": "Washington", "TX": "Texas", "IL": "Illinois",
             "MA": "Massachusetts"}
COUNTRY_NAMES = {"CN": "China", "US": "United States", "GB": "United Kingdom", "DE": "Germany"}


# -- small helpers -----------------------------------------------------------------------------


def money(amount: Decimal) -> str:
    return f"{amount.quantize(CENT, ROUND_HALF_UP):.2f}"


def money_set(amount: str, currency: str) -> dict[str, dict[str, str]]:
    """Shopify's ``*_set``: the amount in shop and presentment currency (the same here)."""
    value = {"amount": amount, "currency_code": currency}
    return {"shop_money": dict(value), "presentment_money": dict(value)}


def shop_time(moment: datetime, utc_offset: timedelta) -> str:
    """``2025-07-02T11:30:59-05:00``: Shopify writes times in the shop's time zone."""
    local = moment.astimezone(UTC) + utc_offset
    minutes = int(utc_offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{local:%Y-%m-%dT%H:%M:%S}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_shop_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def shopify_address(person: Person) -> dict[str, Any]:
    """A ``names.Person`` in Shopify's address shape."""
    if person.country == "CN":
        province, province_code = CN_PROVINCES.get(person.state, (None, None))
    elif person.country == "US":
        province, province_code = US_STATES.get(person.state), person.state or None
    else:
        province, province_code = None, None
    return {
        "first_name": person.first_name, "address1": person.address_1, "phone": person.phone or None,
        "city": person.city, "zip": person.postcode, "province": province,
        "country": COUNTRY_NAMES.get(person.country, person.country), "last_name": person.last_name,
        "address2": person.address_2, "company": person.company or None, "latitude": None, "longitude": None,
        "name": f"{person.first_name} {person.last_name}", "country_code": person.country,
        "province_code": province_code,
    }


def _hex32(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def order_index(order: dict[str, Any]) -> int:
    return int(order["number"]) - 1


def _sub_id(base: int, order: dict[str, Any], slot: int) -> int:
    return base + order_index(order) * IDS_PER_ORDER + slot


def order_id_for(index: int) -> int:
    return ORDER_ID_BASE + index * 4096 + (index * 7919) % 4000


def fulfillment_order_id_for(order: dict[str, Any]) -> int:
    return FULFILLMENT_ORDER_ID_BASE + order_index(order)


def order_for_fulfillment_order(fulfillment_order_id: int) -> int:
    return order_id_for(fulfillment_order_id - FULFILLMENT_ORDER_ID_BASE)


def fulfillment_order_line_id_for(order: dict[str, Any], line_position: int) -> int:
    return _sub_id(FULFILLMENT_ORDER_LINE_ID_BASE, order, line_position)


def status_word(order: dict[str, Any]) -> str:
    """The order's state as omsdesk shows Shopify's words: ``paid``, ``paid/partial``, ``voided/cancelled``."""
    parts = [order["financial_status"]]
    if order["fulfillment_status"]:
        parts.append(order["fulfillment_status"])
    if order["cancelled_at"]:
        parts.append("cancelled")
    return "/".join(parts)


# -- an order's fate ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Fate:
    """What happens to an order, and when; all times UTC and never after the shop's "latest"."""

    kind: str
    line_count: int
    manual_payment: bool
    placed: datetime
    paid: datetime | None = None
    fulfilled: datetime | None = None
    refunded: datetime | None = None
    cancelled: datetime | None = None
    closed: datetime | None = None

    @property
    def updated(self) -> datetime:
        return max(t for t in (self.placed, self.paid, self.fulfilled, self.refunded, self.cancelled, self.closed)
                   if t is not None)


def draw_fate(rng: random.Random, placed: datetime, latest: datetime, *, live: bool = False) -> Fate:
    """The first draws of an order's random stream; the cart is drawn after them."""
    if live:
        weights = FATE_WEIGHTS_LIVE
    else:
        weights = FATE_WEIGHTS_NEW if latest - placed < timedelta(days=1) else FATE_WEIGHTS_OLD
    kind = rng.choices(list(weights), weights=list(weights.values()))[0]
    line_count = rng.choices(list(LINE_COUNT_WEIGHTS), weights=list(LINE_COUNT_WEIGHTS.values()))[0]
    if kind == "partial":
        line_count = max(2, line_count)
    manual = kind == "pending" or (kind == "cancelled" and rng.random() < 0.5)

    def later(start: datetime, low: float, high: float) -> datetime:
        return min(latest, start + timedelta(seconds=int(rng.uniform(low, high))))

    if kind in ("pending", "authorized"):
        return Fate(kind, line_count, manual, placed)
    if kind == "cancelled":
        return Fate(kind, line_count, manual, placed, cancelled=later(placed, 1800, 2 * 86400))
    paid = placed if kind != "paid" or rng.random() < 0.8 else later(placed, 60, 3600)
    if kind == "paid":
        return Fate(kind, line_count, manual, placed, paid=paid)
    if kind in ("refunded", "cancelled_after_payment"):
        when = later(paid, 3600, 3 * 86400)
        return Fate(kind, line_count, manual, placed, paid=paid, refunded=when,
                    cancelled=when if kind == "cancelled_after_payment" or rng.random() < 0.5 else None)
    fulfilled = later(paid, 3 * 3600, 4 * 86400)
    if kind in ("partial", "fulfilled"):
        return Fate(kind, line_count, manual, placed, paid=paid, fulfilled=fulfilled)
    if kind == "archived":
        return Fate(kind, line_count, manual, placed, paid=paid, fulfilled=fulfilled,
                    closed=later(fulfilled, 86400, 10 * 86400))
    return Fate(kind, line_count, manual, placed, paid=paid, fulfilled=fulfilled,
                refunded=later(fulfilled, 86400, 14 * 86400))


# -- building an order ------------------------------------------------------------------------


@dataclass(frozen=True)
class ShopSettings:
    currency: str
    taxes_included: bool
    utc_offset: timedelta
    location_id: int
    domain: str

    @property
    def cny_per_unit(self) -> Decimal:
        return CNY_PER_UNIT.get(self.currency, Decimal("1"))

    def price(self, amount_cny: Decimal) -> Decimal:
        return (amount_cny / self.cny_per_unit).quantize(CENT, ROUND_HALF_UP)

    def time(self, moment: datetime | None) -> str | None:
        return None if moment is None else shop_time(moment, self.utc_offset)


@dataclass
class _CartLine:
    listing: Listing
    quantity: int
    price: Decimal
    rate: TaxRate | None
    discount: Decimal = ZERO

    @property
    def gross(self) -> Decimal:
        return self.price * self.quantity


class OrderBuilder:
    """Builds order payloads for one shop; every random draw comes from the order's own stream."""

    def __init__(self, settings: ShopSettings) -> None:
        self.settings = settings

    def build(self, index: int, fate: Fate, rng: random.Random) -> dict[str, Any]:
        buyer = random_buyer(rng)
        recipient = chinese_person(rng) if buyer.is_chinese and rng.random() < 0.15 else buyer
        lines = self._cart_lines(rng, fate.line_count, recipient)
        code = self._apply_discount(rng, lines)
        shipping_title, shipping_price = self._shipping(rng, lines, recipient)
        order = self._skeleton(index, fate, rng, buyer, recipient)
        self._fill_money(order, lines, code, shipping_title, shipping_price, recipient)
        self._play(order, fate, rng, recipient)
        order["updated_at"] = self.settings.time(fate.updated)
        return in_key_order(order)

    # -- the cart ---------------------------------------------------------------------------

    def _cart_lines(self, rng: random.Random, count: int, recipient: Person) -> list[_CartLine]:
        lines = []
        for variants in rng.sample(SELLABLE_PRODUCTS, count):
            listing = rng.choice(variants)
            quantity = rng.choices((1, 2, 3), weights=(70, 20, 10))[0]
            rate = tax_rate(recipient.country, recipient.state, listing.tax_class)
            lines.append(_CartLine(listing, quantity, self.settings.price(listing.price_cny), rate))
        return lines

    def _apply_discount(self, rng: random.Random, lines: list[_CartLine]) -> DiscountCode | None:
        goods = sum((line.gross for line in lines), ZERO)
        eligible = [c for c in DISCOUNT_CODES if self.settings.price(c.minimum_cny) <= goods]
        if rng.random() >= 0.2 or not eligible:
            return None
        code = rng.choice(eligible)
        if code.value_type == "percentage":
            for line in lines:
                line.discount = (line.gross * code.value_cny / 100).quantize(CENT, ROUND_HALF_UP)
            return code
        amount, given = self.settings.price(code.value_cny), ZERO
        for line in lines[:-1]:  # "across": shared by line price, the last line takes the rounding
            line.discount = (amount * line.gross / goods).quantize(CENT, ROUND_DOWN)
            given += line.discount
        lines[-1].discount = amount - given
        return code

    def _shipping(self, rng: random.Random, lines: list[_CartLine], recipient: Person) -> tuple[str, Decimal]:
        goods = sum((line.gross - line.discount for line in lines), ZERO)
        price = self.settings.price
        if recipient.is_chinese:
            if goods >= price(Decimal("199")):
                return "包邮 Free Shipping", ZERO
            title, fee = rng.choice((("标准快递 Standard", "10"), ("顺丰速运 SF Express", "18")))
            return title, price(Decimal(fee))
        if goods >= price(Decimal("800")):
            return "Free International Shipping", ZERO
        title, fee = rng.choice((("International Standard", "60"), ("DHL Express", "120")))
        return title, price(Decimal(fee))

    # -- the payload --------------------------------------------------------------------------

    def _skeleton(self, index: int, fate: Fate, rng: random.Random, buyer: Person,
                  recipient: Person) -> dict[str, Any]:
        settings, order_id = self.settings, order_id_for(index)
        placed = settings.time(fate.placed)
        token = _hex32(rng)
        customer_id = CUSTOMER_ID_BASE + rng.randrange(50_000)
        gateway = self._gateway(rng, buyer, fate)
        note = rng.choice(CHINESE_REMARKS if buyer.is_chinese else LATIN_REMARKS) if rng.random() < 0.15 else None
        billing = shopify_address(buyer)
        return {
            "id": order_id,
            "admin_graphql_api_id": f"gid://shopify/Order/{order_id}",
            "app_id": APP_ID_ONLINE_STORE,
            "browser_ip": f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "buyer_accepts_marketing": rng.random() < 0.3,
            "cancel_reason": None,
            "cancelled_at": None,
            "cart_token": _hex32(rng),
            "checkout_id": 30_000_000_000_000 + index,
            "checkout_token": _hex32(rng),
            "closed_at": None,
            "confirmation_number": "".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", k=9)),
            "confirmed": True,
            "contact_email": buyer.email,
            "created_at": placed,
            "currency": settings.currency,
            "customer_locale": "zh-CN" if buyer.is_chinese else "en",
            "discount_codes": [],
            "email": buyer.email,
            "estimated_taxes": False,
            "financial_status": "pending",
            "fulfillment_status": None,
            "landing_site": "/",
            "location_id": None,
            "name": f"#{FIRST_ORDER_NUMBER + index}",
            "note": note,
            "note_attributes": [],
            "number": index + 1,
            "order_number": FIRST_ORDER_NUMBER + index,
            "order_status_url": f"https://{settings.domain}/{SHOP_ID}/orders/{token}/authenticate?key="
                                + _hex32(rng),
            "payment_gateway_names": [gateway],
            "phone": None,
            "presentment_currency": settings.currency,
            "processed_at": placed,
            "source_name": "web",
            "tags": "",
            "tax_exempt": False,
            "taxes_included": settings.taxes_included,
            "test": False,
            "token": token,
            "total_tip_received": "0.00",
            "updated_at": placed,
            "user_id": None,
            "billing_address": billing,
            "customer": self._customer(customer_id, buyer, billing, placed),
            "discount_applications": [],
            "fulfillments": [],
            "line_items": [],
            "payment_terms": None,
            "refunds": [],
            "shipping_address": shopify_address(recipient),
            "shipping_lines": [],
        }

    @staticmethod
    def _gateway(rng: random.Random, buyer: Person, fate: Fate) -> str:
        if fate.manual_payment:
            return rng.choice(("Bank Deposit", "Cash on Delivery (COD)"))
        if buyer.is_chinese:
            return rng.choice(("shopify_payments", "alipay", "paypal"))
        return rng.choice(("shopify_payments", "shopify_payments", "paypal"))

    def _customer(self, customer_id: int, buyer: Person, billing: dict[str, Any], placed: str | None
                  ) -> dict[str, Any]:
        return {
            "id": customer_id, "email": buyer.email, "created_at": placed, "updated_at": placed,
            "first_name": buyer.first_name, "last_name": buyer.last_name, "state": "disabled", "note": None,
            "verified_email": True, "multipass_identifier": None, "tax_exempt": False, "phone": buyer.phone,
            "tags": "", "currency": self.settings.currency,
            "admin_graphql_api_id": f"gid://shopify/Customer/{customer_id}",
            "default_address": {"id": customer_id + 1, "customer_id": customer_id, **billing, "default": True},
        }

    def _fill_money(self, order: dict[str, Any], lines: list[_CartLine], code: DiscountCode | None,
                    shipping_title: str, shipping_price: Decimal, recipient: Person) -> None:
        currency, included = self.settings.currency, self.settings.taxes_included
        tax_totals: dict[tuple[str, Decimal], Decimal] = {}
        order["line_items"] = [self._line_item(order, position, line, code is not None, tax_totals)
                               for position, line in enumerate(lines)]
        shipping_rate = tax_rate(recipient.country, recipient.state, "") \
            if recipient.country in TAXED_SHIPPING_COUNTRIES else None
        shipping_tax = shipping_rate.charged_on(shipping_price, included) if shipping_rate else ZERO
        if shipping_rate and shipping_tax:
            key = (shipping_rate.title, shipping_rate.rate)
            tax_totals[key] = tax_totals.get(key, ZERO) + shipping_tax
        order["shipping_lines"] = [self._shipping_line(order, shipping_title, shipping_price, shipping_rate,
                                                       shipping_tax)]
        gross = sum((line.gross for line in lines), ZERO)
        discounts = sum((line.discount for line in lines), ZERO)
        total_tax = sum(tax_totals.values(), ZERO)
        subtotal = gross - discounts
        total = subtotal + shipping_price + (ZERO if included else total_tax)
        order["tax_lines"] = [_tax_line(title, rate, amount, currency)
                              for (title, rate), amount in sorted(tax_totals.items())]
        if code is not None:
            order["discount_codes"] = [{"code": code.code, "amount": money(discounts), "type": code.value_type}]
            value = code.value_cny if code.value_type == "percentage" else self.settings.price(code.value_cny)
            order["discount_applications"] = [{
                "target_type": "line_item", "type": "discount_code", "value": f"{value:.1f}",
                "value_type": code.value_type, "allocation_method": "across", "target_selection": "all",
                "code": code.code,
            }]
        amounts = {"total_line_items_price": gross, "total_discounts": discounts, "subtotal_price": subtotal,
                   "total_tax": total_tax, "total_price": total}
        for name, amount in amounts.items():
            order[name] = money(amount)
            order[f"{name}_set"] = money_set(money(amount), currency)
        order["total_shipping_price_set"] = money_set(money(shipping_price), currency)
        order["total_outstanding"] = order["total_price"]
        order["total_weight"] = sum(line.listing.grams * line.quantity for line in lines)
        refresh_current_totals(order)

    def _line_item(self, order: dict[str, Any], position: int, line: _CartLine, discounted: bool,
                   tax_totals: dict[tuple[str, Decimal], Decimal]) -> dict[str, Any]:
        currency, listing = self.settings.currency, line.listing
        tax = line.rate.charged_on(line.gross - line.discount, self.settings.taxes_included) if line.rate else ZERO
        tax_lines = []
        if line.rate is not None:
            key = (line.rate.title, line.rate.rate)
            tax_totals[key] = tax_totals.get(key, ZERO) + tax
            tax_lines.append(_tax_line(line.rate.title, line.rate.rate, tax, currency))
        line_id = _sub_id(LINE_ID_BASE, order, position)
        allocations = [{"amount": money(line.discount), "amount_set": money_set(money(line.discount), currency),
                        "discount_application_index": 0}] if discounted else []
        return {
            "id": line_id,
            "admin_graphql_api_id": f"gid://shopify/LineItem/{line_id}",
            "current_quantity": line.quantity,
            "fulfillable_quantity": line.quantity,
            "fulfillment_service": "manual",
            "fulfillment_status": None,
            "gift_card": False,
            "grams": listing.grams,
            "name": listing.name,
            "price": money(line.price),
            "price_set": money_set(money(line.price), currency),
            "product_exists": True,
            "product_id": listing.product_id,
            "properties": [],
            "quantity": line.quantity,
            "requires_shipping": True,
            "sku": listing.sku,
            "taxable": line.rate is not None,
            "title": listing.title,
            "total_discount": "0.00",
            "total_discount_set": money_set("0.00", currency),
            "variant_id": listing.variant_id,
            "variant_inventory_management": "shopify",
            "variant_title": listing.variant_title,
            "vendor": "omsdesk demo",
            "tax_lines": tax_lines,
            "duties": [],
            "discount_allocations": allocations,
        }

    def _shipping_line(self, order: dict[str, Any], title: str, price: Decimal, rate: TaxRate | None,
                       tax: Decimal) -> dict[str, Any]:
        currency = self.settings.currency
        return {
            "id": _sub_id(SHIPPING_LINE_ID_BASE, order, 0),
            "carrier_identifier": None,
            "code": title,
            "discounted_price": money(price),
            "discounted_price_set": money_set(money(price), currency),
            "is_removed": False,
            "phone": None,
            "price": money(price),
            "price_set": money_set(money(price), currency),
            "source": "shopify",
            "title": title,
            "tax_lines": [_tax_line(rate.title, rate.rate, tax, currency)] if rate and tax else [],
            "discount_allocations": [],
        }

    # -- history ------------------------------------------------------------------------------

    def _play(self, order: dict[str, Any], fate: Fate, rng: random.Random, recipient: Person) -> None:
        settings = self.settings
        if fate.kind == "authorized" or (fate.kind == "cancelled" and not fate.manual_payment):
            order["financial_status"] = "authorized"
        if fate.paid is not None:
            mark_paid(order, fate.paid, settings)
        if fate.fulfilled is not None:
            lines = order["line_items"]
            quantities = {lines[0]["id"]: lines[0]["quantity"]} if fate.kind == "partial" else None
            company, number = carrier_and_number(rng, recipient.country)
            fulfil(order, fate.fulfilled, quantities, settings, number=number, company=company,
                   url=tracking_url(company, number))
        if fate.refunded is not None:
            whole = fate.kind in ("refunded", "cancelled_after_payment")
            refund(order, fate.refunded, None if whole else {order["line_items"][0]["id"]: 1}, settings,
                   note=rng.choice(REFUND_NOTES), shipping=whole)
        if fate.cancelled is not None:
            cancel(order, fate.cancelled, rng.choice(CANCEL_REASONS), settings)
        if fate.closed is not None:
            order["closed_at"] = settings.time(fate.closed)


NESTED_KEYS = ("billing_address", "customer", "discount_applications", "fulfillments", "line_items",
               "payment_terms", "refunds", "shipping_address", "shipping_lines")


_KEY_ORDERS: dict[frozenset[str], tuple[str, ...]] = {}


def in_key_order(order: dict[str, Any]) -> dict[str, Any]:
    """Shopify's key order: ``id``, ``admin_graphql_api_id``, the other fields A–Z, nested objects last."""
    keys = frozenset(order)
    ordered = _KEY_ORDERS.get(keys)
    if ordered is None:  # every order has the same keys: sort them once
        first = ("id", "admin_graphql_api_id")
        middle = sorted(key for key in keys if key not in first and key not in NESTED_KEYS)
        ordered = _KEY_ORDERS[keys] = tuple(key for key in (*first, *middle, *NESTED_KEYS) if key in keys)
    return {key: order[key] for key in ordered}


def _tax_line(title: str, rate: Decimal, amount: Decimal, currency: str) -> dict[str, Any]:
    # Shopify writes the rate as a JSON number (0.06).
    return {"price": money(amount), "rate": float(rate), "title": title,
            "price_set": money_set(money(amount), currency), "channel_liable": False}


def carrier_and_number(rng: random.Random, country: str) -> tuple[str, str]:
    digits = "0123456789"
    if country == "CN":
        if rng.random() < 0.7:
            return "SF Express", "SF" + "".join(rng.choices(digits, k=13))
        return "China Post", "9" + "".join(rng.choices(digits, k=12))
    if rng.random() < 0.6:
        return "YunExpress", "YT" + "".join(rng.choices(digits, k=16))
    return "DHL Express", "".join(rng.choices(digits, k=10))


# -- changes (generation, live traffic and pushes share them) -------------------------------


def touch(order: dict[str, Any], moment: datetime, settings: ShopSettings) -> None:
    """``updated_at`` moves forward only, as a real shop's does."""
    now = settings.time(moment)
    if now is not None and parse_shop_time(now) >= parse_shop_time(order["updated_at"]):
        order["updated_at"] = now


def mark_paid(order: dict[str, Any], moment: datetime, settings: ShopSettings) -> None:
    order["financial_status"] = "paid"
    order["total_outstanding"] = "0.00"
    touch(order, moment, settings)


def _refunded_quantities(order: dict[str, Any]) -> dict[int, int]:
    refunded: dict[int, int] = {}
    for entry in order["refunds"]:
        for item in entry["refund_line_items"]:
            refunded[item["line_item_id"]] = refunded.get(item["line_item_id"], 0) + item["quantity"]
    return refunded


def _refresh_fulfillment_status(order: dict[str, Any]) -> None:
    for line in order["line_items"]:
        shipped = line["current_quantity"] - line["fulfillable_quantity"]
        if shipped > 0:
            line["fulfillment_status"] = "fulfilled" if line["fulfillable_quantity"] == 0 else "partial"
    if not order["fulfillments"]:
        order["fulfillment_status"] = None
    else:
        still_open = any(line["fulfillable_quantity"] > 0 for line in order["line_items"])
        order["fulfillment_status"] = "partial" if still_open else "fulfilled"


def fulfil(order: dict[str, Any], moment: datetime, quantities: dict[int, int] | None, settings: ShopSettings,
           *, number: str, company: str, url: str, location_id: int | None = None) -> dict[str, Any]:
    """Ship ``quantities`` (line id → units; None: everything still to ship); returns the fulfillment."""
    lines = {line["id"]: line for line in order["line_items"]}
    if quantities is None:
        quantities = {line_id: line["fulfillable_quantity"] for line_id, line in lines.items()
                      if line["fulfillable_quantity"] > 0}
    items = []
    for line_id, quantity in quantities.items():
        line = lines[line_id]
        line["fulfillable_quantity"] -= quantity
        items.append({key: line[key] for key in ("id", "variant_id", "title", "sku", "variant_title", "vendor",
                                                  "product_id", "name", "price", "fulfillable_quantity")}
                     | {"quantity": quantity})
    slot = len(order["fulfillments"])
    fulfillment_id = _sub_id(FULFILLMENT_ID_BASE, order, slot)
    when = settings.time(moment)
    fulfillment = {
        "id": fulfillment_id, "admin_graphql_api_id": f"gid://shopify/Fulfillment/{fulfillment_id}",
        "created_at": when, "location_id": location_id or settings.location_id, "name": f"{order['name']}.{slot + 1}",
        "order_id": order["id"], "origin_address": {}, "receipt": {}, "service": "manual", "shipment_status": None,
        "status": "success", "tracking_company": company or None, "tracking_number": number or None,
        "tracking_numbers": [number] if number else [], "tracking_url": url or None,
        "tracking_urls": [url] if url else [], "updated_at": when, "line_items": items,
    }
    order["fulfillments"].append(fulfillment)
    _refresh_fulfillment_status(order)
    touch(order, moment, settings)
    return fulfillment


def _line_money(line: dict[str, Any]) -> tuple[Decimal, Decimal]:
    """(price × quantity − discount, tax) of a whole line."""
    discount = sum((Decimal(a["amount"]) for a in line["discount_allocations"]), ZERO)
    tax = sum((Decimal(t["price"]) for t in line["tax_lines"]), ZERO)
    return Decimal(line["price"]) * line["quantity"] - discount, tax


def refund(order: dict[str, Any], moment: datetime, quantities: dict[int, int] | None, settings: ShopSettings,
           *, note: str | None, shipping: bool) -> None:
    """Refund ``quantities`` (None: every unit not yet refunded), unshipped units first."""
    currency, included = settings.currency, settings.taxes_included
    already = _refunded_quantities(order)
    lines = {line["id"]: line for line in order["line_items"]}
    if quantities is None:
        quantities = {line_id: line["current_quantity"] for line_id, line in lines.items()
                      if line["current_quantity"] > 0}
    slot = len(order["refunds"])
    refund_id = _sub_id(REFUND_ID_BASE, order, slot)
    items, paid_back, tax_back = [], ZERO, ZERO
    for position, (line_id, quantity) in enumerate(quantities.items()):
        line = lines[line_id]
        net, tax = _line_money(line)
        if quantity + already.get(line_id, 0) >= line["quantity"]:  # the last units take the rounding
            done = Decimal(already.get(line_id, 0))
            subtotal = net - (net * done / line["quantity"]).quantize(CENT, ROUND_HALF_UP)
            line_tax = tax - (tax * done / line["quantity"]).quantize(CENT, ROUND_HALF_UP)
        else:
            subtotal = (net * quantity / line["quantity"]).quantize(CENT, ROUND_HALF_UP)
            line_tax = (tax * quantity / line["quantity"]).quantize(CENT, ROUND_HALF_UP)
        unshipped = min(quantity, line["fulfillable_quantity"])
        line["fulfillable_quantity"] -= unshipped
        line["current_quantity"] -= quantity
        items.append({
            "id": REFUND_LINE_ID_BASE + (refund_id - REFUND_ID_BASE) * 8 + position, "line_item_id": line_id,
            "location_id": settings.location_id,
            "quantity": quantity, "restock_type": "cancel" if unshipped == quantity else "return",
            # Shopify sends these two as JSON numbers, unlike every other amount.
            "subtotal": float(subtotal), "subtotal_set": money_set(money(subtotal), currency),
            "total_tax": float(line_tax), "total_tax_set": money_set(money(line_tax), currency),
        })
        paid_back += subtotal if included else subtotal + line_tax
        tax_back += line_tax
    adjustments = []
    if shipping:
        shipping_line = order["shipping_lines"][0]
        price = Decimal(shipping_line["price"])
        shipping_tax = sum((Decimal(t["price"]) for t in shipping_line["tax_lines"]), ZERO)
        if price:
            adjustments.append({
                "id": ADJUSTMENT_ID_BASE + refund_id - REFUND_ID_BASE, "order_id": order["id"],
                "refund_id": refund_id, "kind": "shipping_refund",
                "reason": "Shipping refund", "amount": money(-(price - shipping_tax if included else price)),
                "tax_amount": money(-shipping_tax),
            })
            paid_back += price if included else price + shipping_tax
            tax_back += shipping_tax
    when = settings.time(moment)
    transaction_id = _sub_id(TRANSACTION_ID_BASE, order, slot)
    order["refunds"].append({
        "id": refund_id, "admin_graphql_api_id": f"gid://shopify/Refund/{refund_id}", "created_at": when,
        "note": note, "order_id": order["id"], "processed_at": when, "restock": True, "user_id": None,
        "order_adjustments": adjustments,
        "transactions": [{
            "id": transaction_id, "admin_graphql_api_id": f"gid://shopify/OrderTransaction/{transaction_id}",
            "amount": money(paid_back), "authorization": None, "created_at": when, "currency": currency,
            "gateway": order["payment_gateway_names"][0], "kind": "refund", "order_id": order["id"],
            "processed_at": when, "status": "success", "test": False,
        }],
        "refund_line_items": items, "duties": [], "additional_fees": [],
    })
    _refresh_fulfillment_status(order)
    refreshed = refresh_current_totals(order)
    order["financial_status"] = "refunded" if refreshed <= 0 else "partially_refunded"
    touch(order, moment, settings)


def refresh_current_totals(order: dict[str, Any]) -> Decimal:
    """``current_*`` after refunds; returns what the buyer still pays."""
    currency = order["currency"]
    refunded, tax_back, goods_back = ZERO, ZERO, ZERO
    for entry in order["refunds"]:
        refunded += sum((Decimal(t["amount"]) for t in entry["transactions"]
                         if t["kind"] == "refund" and t["status"] == "success"), ZERO)
        tax_back += sum((Decimal(money_set_amount(i["total_tax_set"])) for i in entry["refund_line_items"]), ZERO)
        tax_back -= sum((Decimal(a["tax_amount"]) for a in entry["order_adjustments"]), ZERO)
        goods_back += sum((Decimal(money_set_amount(i["subtotal_set"])) for i in entry["refund_line_items"]), ZERO)
    current = {
        "current_subtotal_price": Decimal(order["subtotal_price"]) - goods_back,
        "current_total_discounts": Decimal(order["total_discounts"]),
        "current_total_price": Decimal(order["total_price"]) - refunded,
        "current_total_tax": Decimal(order["total_tax"]) - tax_back,
    }
    for name, amount in current.items():
        order[name] = money(amount)
        order[f"{name}_set"] = money_set(money(amount), currency)
    return current["current_total_price"]


def money_set_amount(value: dict[str, Any]) -> str:
    return value["shop_money"]["amount"]


def cancel(order: dict[str, Any], moment: datetime, reason: str, settings: ShopSettings) -> None:
    """Cancel: an unpaid or only authorised order is voided, a paid one refunded in full first."""
    if order["financial_status"] in ("paid", "partially_refunded"):
        refund(order, moment, None, settings, note="Order canceled", shipping=True)
    elif order["financial_status"] in ("pending", "authorized"):
        order["financial_status"] = "voided"
    order["cancelled_at"] = settings.time(moment)
    order["cancel_reason"] = reason
    touch(order, moment, settings)


def fulfillment_orders(order: dict[str, Any], location: dict[str, Any]) -> list[dict[str, Any]]:
    """The order's one fulfillment order at the shop's primary location, as Shopify derives it."""
    fo_id = fulfillment_order_id_for(order)
    shipped_any = bool(order["fulfillments"])
    open_units = sum(line["fulfillable_quantity"] for line in order["line_items"])
    if order["cancelled_at"] and not shipped_any:
        status = "cancelled"
    elif open_units == 0 or order["cancelled_at"]:
        status = "closed"
    else:
        status = "in_progress" if shipped_any else "open"
    items = [{
        "id": fulfillment_order_line_id_for(order, position), "shop_id": SHOP_ID, "fulfillment_order_id": fo_id,
        "quantity": line["current_quantity"], "line_item_id": line["id"],
        "inventory_item_id": LISTINGS_BY_VARIANT[line["variant_id"]].inventory_item_id,
        "fulfillable_quantity": line["fulfillable_quantity"] if status in ("open", "in_progress") else 0,
        "variant_id": line["variant_id"],
    } for position, line in enumerate(order["line_items"]) if line["current_quantity"] > 0]
    destination = order["shipping_address"] or {}
    return [{
        "id": fo_id, "created_at": order["created_at"], "updated_at": order["updated_at"], "shop_id": SHOP_ID,
        "order_id": order["id"], "assigned_location_id": location["id"], "request_status": "unsubmitted",
        "status": status, "fulfill_at": None, "fulfill_by": None,
        "supported_actions": ["create_fulfillment", "move"] if status in ("open", "in_progress") else [],
        "destination": {key: destination.get(key) for key in ("address1", "address2", "city", "company",
                                                               "country", "first_name", "last_name", "phone",
                                                               "province", "zip")}
                       | {"id": fo_id + 1, "email": order["email"]},
        "line_items": items, "international_duties": None, "fulfillment_holds": [], "delivery_method": None,
        "assigned_location": {"address1": location.get("address1"), "address2": None, "city": location.get("city"),
                              "country_code": location.get("country_code"), "location_id": location["id"],
                              "name": location["name"], "phone": None, "province": None, "zip": location.get("zip")},
        "merchant_requests": [],
    }]


# -- live changes ---------------------------------------------------------------------------


def change_order(order: dict[str, Any], moment: datetime, settings: ShopSettings, rng: random.Random) -> str:
    """Move an order on one plausible step; returns what happened (for logs and tests)."""
    financial, shipped = order["financial_status"], order["fulfillment_status"]
    roll = rng.random()
    if order["cancelled_at"] or financial in ("refunded", "voided"):
        return _retag(order, moment, settings, rng)
    if financial in ("pending", "authorized"):
        if roll < 0.7:
            mark_paid(order, moment, settings)
            return "paid"
        cancel(order, moment, "customer", settings)
        return "cancelled"
    if shipped in (None, "partial"):
        if roll < 0.45:
            country = (order["shipping_address"] or {}).get("country_code", "")
            company, number = carrier_and_number(rng, country)
            fulfil(order, moment, None, settings, number=number, company=company, url=tracking_url(company, number))
            return "fulfilled"
        if roll < 0.6 and shipped is None:
            cancel(order, moment, "customer", settings)
            return "cancelled"
        if roll < 0.8 and shipped is None:
            _move_address(order, moment, settings, rng)
            return "address changed"
    if roll < 0.5 and any(line["current_quantity"] > 0 for line in order["line_items"]):
        line = next(line for line in order["line_items"] if line["current_quantity"] > 0)
        refund(order, moment, {line["id"]: 1}, settings, note=rng.choice(REFUND_NOTES), shipping=False)
        return "refunded"
    return _retag(order, moment, settings, rng)


def _retag(order: dict[str, Any], moment: datetime, settings: ShopSettings, rng: random.Random) -> str:
    order["tags"] = ", ".join(sorted(set(filter(None, order["tags"].split(", "))) | {rng.choice(ORDER_TAGS)}))
    touch(order, moment, settings)
    return "tagged"


def _move_address(order: dict[str, Any], moment: datetime, settings: ShopSettings, rng: random.Random) -> None:
    current = order["shipping_address"] or {}
    person = chinese_person(rng) if current.get("country_code") == "CN" else latin_person(rng)
    address = shopify_address(person)
    for key in ("first_name", "last_name", "name", "phone"):  # same recipient, new place
        address[key] = current.get(key, address[key])
    order["shipping_address"] = address
    touch(order, moment, settings)
