"""The orders and listings of one simulated Amazon seller, in the SP-API Orders v0 shape.

Payloads follow the Orders v0 model (``ordersV0.json``) and its sandbox examples:
``Order`` objects as ``getOrders``/``getOrder`` serve them and ``OrderItem``
lists as ``getOrderItems`` serves them. Money is ``{"CurrencyCode", "Amount"}``
with ``Amount`` a string, and it adds up:

* ``ItemPrice`` is the line total (unit price × ``QuantityOrdered``);
  ``ItemTax`` the tax on it, ``PromotionDiscount``/``PromotionDiscountTax`` a
  promotion's share, ``ShippingPrice``/``ShippingTax`` and
  ``ShippingDiscount``/``ShippingDiscountTax`` the line's shipping;
* on amazon.com sales tax comes on top: ``OrderTotal`` = Σ(ItemPrice + ItemTax
  − PromotionDiscount − PromotionDiscountTax + ShippingPrice + ShippingTax −
  ShippingDiscount − ShippingDiscountTax);
* on the European marketplaces prices include VAT and the ``*Tax`` fields are
  the VAT they contain: ``OrderTotal`` = Σ(ItemPrice − PromotionDiscount +
  ShippingPrice − ShippingDiscount).

A ``Pending`` order (not yet paid) has no ``OrderTotal``, address or buyer
info and its items no prices, as the contract says; an order cancelled while
pending stays that way. ``NumberOfItemsShipped``/``Unshipped`` are 0/0 for
pending orders, as in the sandbox example.

Where Amazon documents nothing the simulator assumes: ``LastUpdateDate`` of
a change is later than every earlier one (so an order changed during a pull
comes again on a later page); refunds are not visible in Orders v0 (they live
in the Finances API), so a refund only moves ``LastUpdateDate``; addresses
and buyer info are served as to an app holding a Restricted Data Token.
"""

from __future__ import annotations

import base64
import bisect
import gc
import hashlib
import html
import itertools
import json
import random
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from connectors.simulator.catalogue import CATALOGUE, REDUCED_RATE
from connectors.simulator.messages import OrderTruth
from connectors.simulator.names import Person, chinese_person, latin_person
from connectors.simulator.woocommerce_orders import CNY_PER_UNIT

CENT = Decimal("0.01")
ZERO = Decimal("0")
HISTORY_DAYS = 30
LIVE_CHANGE_CHANCE = 0.3
CHINESE_BUYER_SHARE = 0.35
MILLISECOND = timedelta(milliseconds=1)
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

PENDING, UNSHIPPED, PARTIALLY_SHIPPED, SHIPPED, CANCELED = (
    "Pending", "Unshipped", "PartiallyShipped", "Shipped", "Canceled")

# (values, cumulative weights) for random.choices, accumulated once: orders are made by the 100,000.
Weighted = tuple[tuple[Any, ...], tuple[int, ...]]


def weighted(weights: dict[Any, int]) -> Weighted:
    return tuple(weights), tuple(itertools.accumulate(weights.values()))


STATUSES_NEW = weighted({PENDING: 15, UNSHIPPED: 55, PARTIALLY_SHIPPED: 5, SHIPPED: 20, CANCELED: 5})
STATUSES_OLD = weighted({PENDING: 2, UNSHIPPED: 8, PARTIALLY_SHIPPED: 2, SHIPPED: 80, CANCELED: 8})
LIVE_STATUSES = weighted({PENDING: 40, UNSHIPPED: 60})
LINE_COUNTS = weighted({1: 55, 2: 28, 3: 12, 4: 5})
QUANTITIES = weighted({1: 75, 2: 18, 3: 7})

UNPRICED_ORDER_KEYS = frozenset({"OrderTotal", "ShippingAddress", "BuyerInfo"})
ITEM_MONEY_KEYS = frozenset({"ItemPrice", "ItemTax", "ShippingPrice", "ShippingTax", "ShippingDiscount",
                             "ShippingDiscountTax", "PromotionDiscount", "PromotionDiscountTax"})
CANCEL_REASONS = ("Found cheaper somewhere else.", "Ordered by mistake.", "Delivery date too late.",
                  "不想要了", "地址填错了")
CARRIERS = (("USPS", "USPS", "Priority Mail"), ("UPS", "UPS", "UPS Ground"), ("FedEx", "FedEx", "FedEx Ground"),
            ("DHL", "DHL", "DHL Express"), ("Other", "顺丰速运", "SF International"))

# WooCommerce state codes used by names.py -> the province as Amazon prints it
CHINESE_PROVINCES = {"CN2": "北京市", "CN3": "天津市", "CN10": "上海市", "CN11": "江苏省", "CN12": "浙江省",
                     "CN14": "福建省", "CN16": "山东省", "CN17": "河南省", "CN18": "湖北省", "CN19": "湖南省",
                     "CN20": "广东省", "CN23": "重庆市", "CN24": "四川省", "CN26": "陕西省"}
US_SALES_TAX = {"NY": Decimal("0.08875"), "CA": Decimal("0.0725"), "WA": Decimal("0.101"),
                "TX": Decimal("0.0825"), "IL": Decimal("0.1025"), "MA": Decimal("0.0625")}
VAT_RATES = {("GB", ""): Decimal("0.20"), ("GB", REDUCED_RATE): ZERO,
             ("DE", ""): Decimal("0.19"), ("DE", REDUCED_RATE): Decimal("0.07")}
SHIP_FROM = {"Name": "深圳跨境仓 Shenzhen Cross-border Warehouse", "AddressLine1": "宝安区新安六路88号",
             "City": "深圳市", "StateOrRegion": "广东省", "PostalCode": "518101", "CountryCode": "CN",
             "Phone": "+86 755 2345 6789", "AddressType": "Commercial"}


@dataclass(frozen=True)
class Marketplace:
    code: str
    marketplace_id: str
    sales_channel: str
    currency: str
    country: str
    prices_include_tax: bool
    order_prefixes: tuple[str, ...]
    shipping_fees: tuple[tuple[str, str, str], ...]  # (ShipServiceLevel, category, fee)
    free_shipping_from: Decimal


MARKETPLACES = {
    "US": Marketplace("US", "ATVPDKIKX0DER", "Amazon.com", "USD", "US", False, ("111", "112", "113", "114"),
                      (("Std US D2D Dom", "Standard", "5.99"), ("Exp US D2D Dom", "Expedited", "9.99")),
                      Decimal("35")),
    "UK": Marketplace("UK", "A1F83G8C2ARO7P", "Amazon.co.uk", "GBP", "GB", True, ("202", "203", "204", "205"),
                      (("Std UK Dom_1", "Standard", "3.99"), ("Exp UK Dom_1", "Expedited", "5.99")),
                      Decimal("25")),
    "DE": Marketplace("DE", "A1PA6795UKMFR9", "Amazon.de", "EUR", "DE", True, ("302", "303", "304", "305"),
                      (("Std DE Dom_1", "Standard", "3.99"), ("Exp DE Dom_1", "Expedited", "6.99")),
                      Decimal("29")),
}


def amazon_time(moment: datetime) -> str:
    """``2019-05-08T21:59:59Z``, with milliseconds (``…59.058Z``) only when there are any."""
    moment = moment.astimezone(UTC)
    if moment.microsecond:
        return moment.isoformat(timespec="milliseconds")[:23] + "Z"
    return moment.isoformat(timespec="seconds")[:19] + "Z"


def money(amount: Decimal) -> str:
    return f"{amount.quantize(CENT, ROUND_HALF_UP):.2f}"


def amount_of(money_object: dict[str, str] | None) -> Decimal:
    return Decimal(money_object["Amount"]) if money_object else ZERO


def compact(payload: Any) -> str:
    """UTF-8 JSON without spaces, as the SP-API writes it."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))


def _hashed(text: str, alphabet: str, length: int) -> str:
    digest = hashlib.sha1(text.encode()).digest()
    return "".join(alphabet[byte % len(alphabet)] for byte in digest[:length])


# -- listings ------------------------------------------------------------------------------------


@dataclass
class Listing:
    """One seller SKU as listed on Amazon; ``quantity`` is the MFN stock Amazon shows."""

    sku: str
    asin: str
    title: str
    price_cny: Decimal
    tax_class: str
    quantity: int

    @property
    def key(self) -> str:
        """The listing as ``StockLevel.key`` spells it: ASIN, no variant id, seller SKU."""
        return f"{self.asin}//{self.sku}"


def asin_for(sku: str) -> str:
    return "B0" + _hashed(f"asin:{sku}", UPPER_ALNUM, 8)


def amazon_generated_sku(product_id: int) -> str:
    """Amazon makes up an SKU like ``GM-ZDPI-9B4E`` for an offer created without one."""
    code = _hashed(f"sku:{product_id}", UPPER_ALNUM, 10)
    return f"{code[:2]}-{code[2:6]}-{code[6:]}"


def build_listings(seed: int) -> dict[str, Listing]:
    rng = random.Random(f"listings:{seed}")
    listings = {}
    for product in CATALOGUE:
        for variant in product.variants:
            sku = variant.sku or amazon_generated_sku(product.product_id)
            listings[sku] = Listing(sku, asin_for(sku), html.unescape(variant.name), variant.price,
                                    variant.tax_class, rng.randint(0, 200))
    return listings


# -- building orders -----------------------------------------------------------------------------


@dataclass
class _Line:
    listing: Listing
    quantity: int
    unit_price: Decimal
    tax_rate: Decimal
    promotion: Decimal = ZERO
    shipping: Decimal = ZERO
    shipping_discount: Decimal = ZERO
    promotion_ids: list[str] = field(default_factory=list)


class OrderFactory:
    """Builds and changes order payloads; owns the random source and the id sets of one seller."""

    def __init__(self, rng: random.Random, marketplace: Marketplace, listings: dict[str, Listing]) -> None:
        self.rng = rng
        self.marketplace = marketplace
        self._listings = [listing for listing in listings.values()]
        self._order_ids: set[str] = set()
        self._cny_per_unit = CNY_PER_UNIT.get(marketplace.currency, Decimal("1"))

    # -- ids and small helpers --------------------------------------------------------------

    def new_order_id(self) -> str:
        while True:
            order_id = (f"{self.rng.choice(self.marketplace.order_prefixes)}-"
                        f"{self.rng.randrange(10 ** 7):07d}-{self.rng.randrange(10 ** 7):07d}")
            if order_id not in self._order_ids:
                self._order_ids.add(order_id)
                return order_id

    def _token(self, length: int, upper: bool = False) -> str:
        """Random letters and digits (base32: A-Z, 2-7), cheaply: orders are generated by the 100,000."""
        size = (5 * length + 7) // 8
        text = base64.b32encode(self.rng.getrandbits(8 * size).to_bytes(size, "big")).decode()[:length]
        return text if upper else text.lower()

    def _money(self, amount: Decimal) -> dict[str, str]:
        return {"CurrencyCode": self.marketplace.currency, "Amount": money(amount)}

    def _price(self, amount_cny: Decimal) -> Decimal:
        return (amount_cny / self._cny_per_unit).quantize(CENT, ROUND_HALF_UP)

    def _tax(self, amount: Decimal, rate: Decimal) -> Decimal:
        if self.marketplace.prices_include_tax:
            return (amount * rate / (1 + rate)).quantize(CENT, ROUND_HALF_UP)
        return (amount * rate).quantize(CENT, ROUND_HALF_UP)

    def _tax_rate(self, listing: Listing, recipient: Person) -> Decimal:
        if self.marketplace.prices_include_tax:
            return VAT_RATES.get((self.marketplace.country, listing.tax_class), ZERO)
        if recipient.country == "US":
            return US_SALES_TAX.get(recipient.state, ZERO)
        return ZERO  # exported: no US sales tax

    # -- a new order ------------------------------------------------------------------------

    def _pick(self, table: Weighted) -> Any:
        values, cumulative = table
        return self.rng.choices(values, cum_weights=cumulative)[0]

    def status_for_age(self, age: timedelta) -> str:
        return self._pick(STATUSES_NEW if age < timedelta(days=1) else STATUSES_OLD)

    def live_status(self) -> str:
        return self._pick(LIVE_STATUSES)

    def build(self, order_id: str, created: datetime) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """A freshly placed order (``Pending``, prices already known to Amazon) and its items."""
        rng, marketplace = self.rng, self.marketplace
        buyer = chinese_person(rng) if rng.random() < CHINESE_BUYER_SHARE else latin_person(rng)
        is_prime = rng.random() < 0.4
        service_level, category, fee = rng.choice(marketplace.shipping_fees[:1] if is_prime
                                                  else marketplace.shipping_fees)
        lines = self._lines(buyer, is_prime, Decimal(fee))
        items = [self._item(line) for line in lines]
        afn = rng.random() < 0.1
        order = {
            "AmazonOrderId": order_id,
            "SellerOrderId": order_id,
            "PurchaseDate": amazon_time(created),
            "LastUpdateDate": amazon_time(created),
            "OrderStatus": PENDING,
            "FulfillmentChannel": "AFN" if afn else "MFN",
            "SalesChannel": marketplace.sales_channel,
            "ShipServiceLevel": service_level,
            "OrderTotal": self._money(self._order_total(lines)),
            "NumberOfItemsShipped": 0,
            "NumberOfItemsUnshipped": 0,
            "PaymentMethod": "Other",
            "PaymentMethodDetails": [rng.choice(("Standard", "Standard", "CreditCard", "GiftCertificate"))],
            "IsReplacementOrder": False,
            "MarketplaceId": marketplace.marketplace_id,
            "ShipmentServiceLevelCategory": category,
            "OrderType": "StandardOrder",
            "EarliestShipDate": amazon_time(created + timedelta(days=1)),
            "LatestShipDate": amazon_time(created + timedelta(days=2)),
            "EarliestDeliveryDate": amazon_time(created + timedelta(days=4)),
            "LatestDeliveryDate": amazon_time(created + timedelta(days=9)),
            "IsBusinessOrder": bool(buyer.company) and rng.random() < 0.5,
            "IsPrime": is_prime,
            "IsGlobalExpressEnabled": False,
            "IsPremiumOrder": False,
            "IsSoldByAB": False,
            "IsIBA": False,
            "DefaultShipFromLocationAddress": dict(SHIP_FROM),
            "FulfillmentInstruction": {"FulfillmentSupplySourceId": "sz-warehouse-01"},
            "IsISPU": False,
            "IsAccessPointOrder": False,
            "ShippingAddress": self.shipping_address(buyer),
            "BuyerInfo": {"BuyerEmail": f"{self._token(15)}@marketplace.amazon.com",
                          "BuyerName": buyer_name(buyer)},
            "AutomatedShippingSettings": {"HasAutomatedShippingSettings": False},
            "ElectronicInvoiceStatus": "NotRequired",
        }
        return order, items

    def _lines(self, buyer: Person, is_prime: bool, fee: Decimal) -> list[_Line]:
        rng = self.rng
        count = self._pick(LINE_COUNTS)
        lines = [_Line(listing, self._pick(QUANTITIES),
                       self._price(listing.price_cny), self._tax_rate(listing, buyer))
                 for listing in rng.sample(self._listings, count)]
        if rng.random() < 0.15:
            percent = Decimal(rng.choice((10, 15, 20)))
            promotion_id = f"PLM_{self._token(12, upper=True)}"
            for line in lines:
                line.promotion = (line.unit_price * line.quantity * percent / 100).quantize(CENT, ROUND_HALF_UP)
                line.promotion_ids.append(promotion_id)
        if not is_prime:
            lines[0].shipping = fee
            goods = sum((line.unit_price * line.quantity - line.promotion for line in lines), ZERO)
            if goods >= self.marketplace.free_shipping_from:
                lines[0].shipping_discount = fee
                lines[0].promotion_ids.append(
                    f"{self.marketplace.code} Core Free Shipping Promotion {rng.randrange(10 ** 9, 10 ** 10)}")
        return lines

    def _line_amounts(self, line: _Line) -> dict[str, Decimal]:
        item_price = line.unit_price * line.quantity
        return {
            "ItemPrice": item_price, "ItemTax": self._tax(item_price, line.tax_rate),
            "PromotionDiscount": line.promotion, "PromotionDiscountTax": self._tax(line.promotion, line.tax_rate),
            "ShippingPrice": line.shipping, "ShippingTax": self._tax(line.shipping, line.tax_rate),
            "ShippingDiscount": line.shipping_discount,
            "ShippingDiscountTax": self._tax(line.shipping_discount, line.tax_rate),
        }

    def _order_total(self, lines: list[_Line]) -> Decimal:
        total = ZERO
        for line in lines:
            a = self._line_amounts(line)
            total += a["ItemPrice"] - a["PromotionDiscount"] + a["ShippingPrice"] - a["ShippingDiscount"]
            if not self.marketplace.prices_include_tax:
                total += a["ItemTax"] - a["PromotionDiscountTax"] + a["ShippingTax"] - a["ShippingDiscountTax"]
        return total

    def _item(self, line: _Line) -> dict[str, Any]:
        amounts = self._line_amounts(line)
        item: dict[str, Any] = {
            "ASIN": line.listing.asin,
            "OrderItemId": str(self.rng.randrange(10 ** 13, 10 ** 14)),
            "SellerSKU": line.listing.sku,
            "Title": line.listing.title,
            "QuantityOrdered": line.quantity,
            "QuantityShipped": 0,
            "ProductInfo": {"NumberOfItems": "1"},
        }
        for name in ("ItemPrice", "ItemTax", "ShippingPrice", "ShippingTax"):
            item[name] = self._money(amounts[name])
        if line.shipping_discount:
            item["ShippingDiscount"] = self._money(amounts["ShippingDiscount"])
            item["ShippingDiscountTax"] = self._money(amounts["ShippingDiscountTax"])
        item["PromotionDiscount"] = self._money(amounts["PromotionDiscount"])
        item["PromotionDiscountTax"] = self._money(amounts["PromotionDiscountTax"])
        if line.promotion_ids:
            item["PromotionIds"] = list(line.promotion_ids)
        item.update({"IsGift": "true" if self.rng.random() < 0.05 else "false", "ConditionId": "New",
                     "ConditionSubtypeId": "New", "IsTransparency": False, "SerialNumberRequired": False})
        return item

    def shipping_address(self, person: Person) -> dict[str, str]:
        address = {"Name": buyer_name(person), "AddressLine1": person.address_1}
        if person.address_2:
            address["AddressLine2"] = person.address_2
        if person.company:
            address["CompanyName"] = person.company
        state = CHINESE_PROVINCES.get(person.state, person.state) if person.is_chinese else person.state
        address.update({"City": person.city, "StateOrRegion": state, "PostalCode": person.postcode,
                        "CountryCode": person.country, "Phone": person.phone,
                        "AddressType": "Commercial" if person.company else "Residential"})
        return address

    def new_shipping_address(self, old: dict[str, str]) -> dict[str, str]:
        """The buyer moved the delivery to another address (same person, another place)."""
        person = chinese_person(self.rng) if old.get("CountryCode") == "CN" else latin_person(self.rng)
        return {**self.shipping_address(person), "Name": old.get("Name", "")}

    def tracking_number(self, carrier: str) -> str:
        if carrier == "USPS":
            return f"9400{self.rng.randrange(10 ** 18):018d}"
        if carrier == "UPS":
            return "1Z" + self._token(16, upper=True)
        if carrier == "Other":
            return f"SF{self.rng.randrange(10 ** 12):012d}"
        return f"{self.rng.randrange(10 ** 12):012d}"

    def carrier(self) -> tuple[str, str, str]:
        return self.rng.choice(CARRIERS)


def buyer_name(person: Person) -> str:
    if person.is_chinese:
        return person.last_name + person.first_name
    return f"{person.first_name} {person.last_name}"


def served_items(items: list[dict[str, Any]], priced: bool) -> list[dict[str, Any]]:
    if priced:
        return items
    return [{key: value for key, value in item.items() if key not in ITEM_MONEY_KEYS} for item in items]


# -- the store -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrderQuery:
    """A ``getOrders`` filter; ``by`` is "updated" (LastUpdatedAfter) or "created" (CreatedAfter)."""

    by: str
    after: datetime
    before: datetime | None = None
    statuses: frozenset[str] | None = None
    fulfillment_channels: frozenset[str] | None = None
    order_ids: frozenset[str] | None = None


Cursor = tuple[datetime, str]


@dataclass
class _Package:
    reference: str
    tracking_number: str
    carrier_code: str
    items: dict[str, int]


class ShipmentRefused(Exception):
    """A ``confirmShipment`` the channel refuses; ``code`` and ``message`` go into the error body."""

    def __init__(self, message: str, code: str = "InvalidInput", status: int = 400) -> None:
        super().__init__(message)
        self.message, self.code, self.status = message, code, status


class AmazonStore:
    """Orders generated from ``(seed, epoch)``, later arrivals and changes at ``clock()``, and listings."""

    def __init__(self, *, seed: int, orders: int, epoch: datetime, marketplace: Marketplace,
                 clock: Callable[[], datetime]) -> None:
        self._lock = threading.RLock()
        self._clock = clock
        self.marketplace = marketplace
        self.listings = build_listings(seed)
        self._factory = OrderFactory(random.Random(seed), marketplace, self.listings)
        self._orders: dict[str, dict[str, Any]] = {}
        self._items: dict[str, list[dict[str, Any]]] = {}
        self._unpriced: set[str] = set()
        self._packages: dict[str, dict[str, _Package]] = {}
        self._updated: dict[str, datetime] = {}
        self._by_updated: list[Cursor] = []
        self._by_created: list[Cursor] = []
        self._order_json: dict[str, str] = {}
        self._items_json: dict[str, str] = {}
        self._bulk = False
        self.epoch = epoch
        self._generate(orders, epoch)

    # -- reading ------------------------------------------------------------------------------

    @property
    def count(self) -> int:
        with self._lock:
            return len(self._orders)

    def ids(self) -> list[str]:
        """Every order id, oldest purchase first."""
        with self._lock:
            return [order_id for _, order_id in self._by_created]

    def __contains__(self, order_id: object) -> bool:
        with self._lock:
            return order_id in self._orders

    def order(self, order_id: str) -> dict[str, Any]:
        """The order as ``getOrder`` serves it (a copy); KeyError when unknown."""
        with self._lock:
            return json.loads(self.order_json(order_id))

    def items(self, order_id: str) -> list[dict[str, Any]]:
        with self._lock:
            return json.loads(self.items_json(order_id))

    def order_json(self, order_id: str) -> str:
        with self._lock:
            text = self._order_json.get(order_id)
            if text is None:
                order = self._orders[order_id]
                if order_id in self._unpriced:
                    order = {key: value for key, value in order.items() if key not in UNPRICED_ORDER_KEYS}
                text = self._order_json[order_id] = compact(order)
            return text

    def items_json(self, order_id: str) -> str:
        """The ``OrderItems`` list as JSON text."""
        with self._lock:
            text = self._items_json.get(order_id)
            if text is None:
                items = served_items(self._items[order_id], order_id not in self._unpriced)
                text = self._items_json[order_id] = compact(items)
            return text

    def status(self, order_id: str) -> str:
        with self._lock:
            return self._orders[order_id]["OrderStatus"]

    def truth(self) -> dict[str, OrderTruth]:
        with self._lock:
            return {order_id: self._truth(order_id) for _, order_id in self._by_created}

    def _truth(self, order_id: str) -> OrderTruth:
        order = self._orders[order_id]
        priced = order_id not in self._unpriced
        return OrderTruth(order_id, order["OrderStatus"], amount_of(order["OrderTotal"]) if priced else ZERO,
                          self.marketplace.currency, held=order["OrderStatus"] == PENDING)

    def select(self, query: OrderQuery, cursor: Cursor | None, limit: int) -> tuple[list[str], bool]:
        """Up to ``limit`` matching ids after ``cursor`` (keyset paging), and whether more match."""
        with self._lock:
            index = self._by_updated if query.by == "updated" else self._by_created
            position = bisect.bisect_right(index, cursor) if cursor else bisect.bisect_left(index, (query.after, ""))
            found: list[str] = []
            while position < len(index):
                moment, order_id = index[position]
                if query.before is not None and moment > query.before:
                    return found, False
                position += 1
                if self._matches(order_id, query):
                    if len(found) == limit:
                        return found, True
                    found.append(order_id)
            return found, False

    def key_of(self, order_id: str, by: str) -> Cursor:
        with self._lock:
            order = self._orders[order_id]
            moment = self._updated[order_id] if by == "updated" else _parse_time(order["PurchaseDate"])
            return moment, order_id

    def _matches(self, order_id: str, query: OrderQuery) -> bool:
        order = self._orders[order_id]
        if query.statuses is not None and order["OrderStatus"] not in query.statuses:
            return False
        if query.fulfillment_channels is not None and order["FulfillmentChannel"] not in query.fulfillment_channels:
            return False
        return query.order_ids is None or order_id in query.order_ids

    # -- generating -----------------------------------------------------------------------------

    def _generate(self, count: int, epoch: datetime) -> None:
        window = HISTORY_DAYS * 86400
        rng = self._factory.rng
        # Millions of new dicts would set off the cyclic garbage collector over and over; none is garbage.
        collecting = gc.isenabled()
        gc.disable()
        self._bulk = True  # sort the indexes once at the end instead of keeping them sorted
        try:
            for offset in sorted(rng.randint(0, window) for _ in range(count)):
                created = epoch - timedelta(seconds=window - offset)
                self._add(self._factory.status_for_age(epoch - created), created, latest=epoch)
        finally:
            self._bulk = False
            self._by_updated = sorted((moment, order_id) for order_id, moment in self._updated.items())
            self._by_created.sort()
            if collecting:
                gc.enable()

    def _add(self, status: str, created: datetime, latest: datetime) -> str:
        order_id = self._factory.new_order_id()
        order, items = self._factory.build(order_id, created)
        self._orders[order_id], self._items[order_id] = order, items
        self._unpriced.add(order_id)
        self._index(order_id, created)
        if self._bulk:
            self._by_created.append((created, order_id))
        else:
            bisect.insort(self._by_created, (created, order_id))
        self._play_history(order_id, status, created, latest)
        return order_id

    def _play_history(self, order_id: str, status: str, created: datetime, latest: datetime) -> None:
        rng = self._factory.rng

        def later(start: datetime, low: float, high: float) -> datetime:
            return min(latest, start + timedelta(seconds=int(rng.uniform(low, high))))

        if status == PENDING:
            return
        if status == CANCELED and rng.random() < 0.5:
            self._cancel(order_id, later(created, 600, 86400))
            return
        paid = later(created, 20, 1800)
        self._pay(order_id, paid)
        if status == CANCELED:
            self._cancel(order_id, later(paid, 3600, 2 * 86400))
        elif status == PARTIALLY_SHIPPED:
            self._ship(order_id, later(paid, 6 * 3600, 2 * 86400), partial=True)
        elif status == SHIPPED:
            self._ship(order_id, later(paid, 6 * 3600, 3 * 86400), partial=False)

    # -- changing ----------------------------------------------------------------------------

    def _index(self, order_id: str, moment: datetime) -> None:
        """The order changed at ``moment``: move it in the LastUpdateDate index, forget its cached JSON."""
        if self._bulk:
            self._updated[order_id] = moment
            self._orders[order_id]["LastUpdateDate"] = amazon_time(moment)
            return
        old = self._updated.get(order_id)
        if old is not None:
            position = bisect.bisect_left(self._by_updated, (old, order_id))
            del self._by_updated[position]
        self._updated[order_id] = moment
        bisect.insort(self._by_updated, (moment, order_id))
        self._orders[order_id]["LastUpdateDate"] = amazon_time(moment)
        self._order_json.pop(order_id, None)
        self._items_json.pop(order_id, None)

    def _change_stamp(self) -> datetime:
        """Now, but later than every LastUpdateDate so far, so the change sorts after any page served."""
        now = self._clock().astimezone(UTC)
        newest = self._by_updated[-1][0] if self._by_updated else now
        return now if now > newest else newest + MILLISECOND

    def _pay(self, order_id: str, moment: datetime) -> None:
        self._orders[order_id]["OrderStatus"] = UNSHIPPED
        self._unpriced.discard(order_id)
        self._recount(order_id)
        self._index(order_id, moment)

    def _cancel(self, order_id: str, moment: datetime) -> None:
        self._orders[order_id]["OrderStatus"] = CANCELED
        self._recount(order_id)
        self._index(order_id, moment)

    def _ship(self, order_id: str, moment: datetime, *, partial: bool) -> None:
        """Shipped by the seller in Seller Central (not through the API)."""
        items = self._items[order_id]
        shipped = {item["OrderItemId"]: item["QuantityOrdered"] - item["QuantityShipped"] for item in items}
        if partial:
            if sum(shipped.values()) < 2:
                partial = False
            else:
                first = next(item_id for item_id, quantity in shipped.items() if quantity)
                shipped = {first: 1}
        code, _, _ = self._factory.carrier()
        reference = str(len(self._packages.get(order_id, {})) + 1)
        package = _Package(reference, self._factory.tracking_number(code), code,
                           {item_id: quantity for item_id, quantity in shipped.items() if quantity})
        self._apply_package(order_id, package, moment)

    def _apply_package(self, order_id: str, package: _Package, moment: datetime) -> None:
        self._packages.setdefault(order_id, {})[package.reference] = package
        for item in self._items[order_id]:
            item["QuantityShipped"] += package.items.get(item["OrderItemId"], 0)
        items = self._items[order_id]
        done = all(item["QuantityShipped"] >= item["QuantityOrdered"] for item in items)
        self._orders[order_id]["OrderStatus"] = SHIPPED if done else PARTIALLY_SHIPPED
        self._recount(order_id)
        self._index(order_id, moment)

    def _recount(self, order_id: str) -> None:
        order, items = self._orders[order_id], self._items[order_id]
        if order["OrderStatus"] in (PENDING, CANCELED):
            order["NumberOfItemsShipped"] = order["NumberOfItemsUnshipped"] = 0
            return
        shipped = sum(item["QuantityShipped"] for item in items)
        order["NumberOfItemsShipped"] = shipped
        order["NumberOfItemsUnshipped"] = sum(item["QuantityOrdered"] for item in items) - shipped

    def add_orders(self, n: int) -> list[str]:
        """``n`` orders placed now (simulator clock); returns their ids."""
        with self._lock:
            added = []
            for _ in range(n):
                now = self._change_stamp()
                added.append(self._add(self._factory.live_status(), now, latest=now))
            return added

    def modify_orders(self, ids: Iterable[str] | None = None, count: int = 1) -> list[str]:
        """Move orders on (pay, cancel, ship, a buyer's cancel request, a new address) or just
        touch them (a refund, invisible in Orders v0); LastUpdateDate becomes now."""
        with self._lock:
            if ids is None:
                pool = [order_id for _, order_id in self._by_created]
                ids = self._factory.rng.sample(pool, min(count, len(pool)))
            changed = list(ids)
            for order_id in changed:
                self._change(order_id, self._change_stamp())
            return changed

    def live_tick(self) -> None:
        with self._lock:
            self.add_orders(1)
            if self._factory.rng.random() < LIVE_CHANGE_CHANCE:
                self.modify_orders(count=1)

    def _change(self, order_id: str, moment: datetime) -> None:
        order, rng = self._orders[order_id], self._factory.rng
        status = order["OrderStatus"]
        if status == PENDING:
            (self._cancel if rng.random() < 0.2 else self._pay)(order_id, moment)
        elif status == UNSHIPPED and order["FulfillmentChannel"] == "MFN":
            self._change_unshipped(order_id, moment)
        elif status in (UNSHIPPED, PARTIALLY_SHIPPED):
            self._ship(order_id, moment, partial=False)
        else:
            self._index(order_id, moment)

    def _change_unshipped(self, order_id: str, moment: datetime) -> None:
        order, rng = self._orders[order_id], self._factory.rng
        roll = rng.random()
        if roll < 0.4:
            self._ship(order_id, moment, partial=False)
        elif roll < 0.55:
            self._cancel(order_id, moment)
        elif roll < 0.8:
            reason = rng.choice(CANCEL_REASONS)
            for item in self._items[order_id]:
                item["BuyerRequestedCancel"] = {"IsBuyerRequestedCancel": "true", "BuyerCancelReason": reason}
            self._index(order_id, moment)
        else:
            order["ShippingAddress"] = self._factory.new_shipping_address(order["ShippingAddress"])
            self._index(order_id, moment)

    # -- pushes ---------------------------------------------------------------------------------

    def confirm_shipment(self, order_id: str, reference: str, tracking_number: str, carrier_code: str,
                         quantities: dict[str, int]) -> bool:
        """Apply one package; True when something changed (a new package, or a new tracking number
        for a known one). A known package with the same tracking number is left as it is."""
        with self._lock:
            order = self._orders.get(order_id)
            if order is None:
                raise ShipmentRefused(f"Order {order_id} not found.", "NotFound", 404)
            if order["FulfillmentChannel"] == "AFN":
                raise ShipmentRefused(f"Order {order_id} is fulfilled by Amazon; the seller cannot confirm it.")
            known = self._packages.get(order_id, {}).get(reference)
            if known is not None:
                if known.tracking_number == tracking_number and known.carrier_code == carrier_code:
                    return False
                known.tracking_number, known.carrier_code = tracking_number, carrier_code
                self._index(order_id, self._change_stamp())
                return True
            self._check_shippable(order_id, order, quantities)
            package = _Package(reference, tracking_number, carrier_code, quantities)
            self._apply_package(order_id, package, self._change_stamp())
            return True

    def _check_shippable(self, order_id: str, order: dict[str, Any], quantities: dict[str, int]) -> None:
        status = order["OrderStatus"]
        if status in (PENDING, CANCELED):
            raise ShipmentRefused(f"Order {order_id} is {status} and cannot be shipped.")
        items = {item["OrderItemId"]: item for item in self._items[order_id]}
        unknown = sorted(set(quantities) - set(items))
        if unknown:
            raise ShipmentRefused(f"Invalid orderItemId {unknown[0]} for order {order_id}.")
        if status == SHIPPED or any(
                quantity > items[item_id]["QuantityOrdered"] - items[item_id]["QuantityShipped"]
                for item_id, quantity in quantities.items()):
            raise ShipmentRefused("Failed to create package due to not finding a matching package or order "
                                  "already fulfilled.", "GeneralError")

    def package(self, order_id: str, reference: str) -> _Package | None:
        with self._lock:
            return self._packages.get(order_id, {}).get(reference)

    def set_quantity(self, sku: str, quantity: int) -> Listing:
        with self._lock:
            listing = self.listings[sku]
            listing.quantity = quantity
            return listing


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)
