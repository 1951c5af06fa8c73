"""Amazon Selling Partner API connector: Orders v0 for orders and shipments, Listings Items for stock.

Mirrors the documented SP-API behaviour (see the "Amazon" section of the channel contracts):

* Login with Amazon: the refresh token is exchanged for an access token
  (form-encoded ``grant_type=refresh_token`` POST to the LWA token endpoint),
  which is reused until shortly before it expires, handed to the app through
  ``ShopConfig.save_credentials`` so the next run starts with it, and sent as
  ``x-amz-access-token`` (no SigV4 since 2023-10-02). A 403 ``Unauthorized``
  answer gets one fresh token and one more try.
* ``getOrders`` by ``LastUpdatedAfter`` and ``MarketplaceIds``, paged with
  ``NextToken`` (sent together with the same filters); one ``getOrderItems``
  call per order, because only the items carry prices. ``Pending`` orders are
  held back: Amazon has no prices for them yet, and their ``LastUpdateDate``
  moves when they are paid or cancelled, so a later pull brings them.
* A token bucket per operation paces requests at the documented rate and
  burst (overridable with the ``rate_limits`` option; adjusted to the
  ``x-amzn-RateLimit-Limit`` header otherwise); a 429 ``QuotaExceeded`` empties
  the bucket before the retry.
* ``confirmShipment`` per package with a ``packageReferenceId`` derived from
  our package id, so a repeat (the first answer lost) names the same package
  and creates no second shipment; stock through ``patchListingsItem`` with a
  ``fulfillment_availability`` patch.

Money: ``ItemPrice`` is the line total (unit price × quantity). On marketplaces
whose prices include VAT (Europe, Japan, …) the ``*Tax`` amounts are the VAT
contained, and the line amounts handed on exclude it, as everywhere in omsdesk.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar
from urllib.parse import quote, urlsplit, urlunsplit

import requests
from requests.auth import AuthBase

from connectors.base import (
    QT_TRANSLATE_NOOP,
    ZERO,
    AuthError,
    CancelCheck,
    CancelledError,
    ChannelAddress,
    ChannelOrder,
    ChannelOrderLine,
    ConnectorError,
    Lifecycle,
    NotFoundError,
    OrderPage,
    OrderParseFailure,
    PushResult,
    RejectedError,
    SettingField,
    ShipmentConfirmation,
    ShopConfig,
    StockLevel,
)
from connectors.http import ErrorBody, HttpClient, JsonResponse, Params, Sleep, raise_if_cancelled, url_for_messages
from connectors.payload import (
    UNIT_PRICE_PLACES,
    WHOLE_ORDER,
    PayloadError,
    as_boolean,
    as_datetime,
    as_decimal,
    as_identifier,
    as_list,
    as_object,
    as_required_text,
    as_text,
    describe,
    parse_safely,
)

log = logging.getLogger(__name__)

LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"
ORDERS_PATH = "/orders/v0/orders"
LISTINGS_PATH = "/listings/2021-08-01/items"
STOCK_PATCH_PATH = "/attributes/fulfillment_availability"
MAX_PER_PAGE = 100
FIRST_PULL_FROM = datetime(2000, 1, 1, tzinfo=UTC)
TOKEN_REFRESH_MARGIN_SECONDS = 60.0
DEFAULT_TOKEN_LIFETIME_SECONDS = 3600.0
AUTH_RETRIES = 3  # fresh tokens per call; more than one only while Amazon keeps saying "expired"

# The documented rate (requests per second) and burst of each operation used here.
DOCUMENTED_RATE_LIMITS: dict[str, tuple[float, float]] = {
    "getOrders": (0.0167, 20),
    "getOrder": (0.5, 30),
    "getOrderItems": (0.5, 30),
    "confirmShipment": (2.0, 10),
    "patchListingsItem": (5.0, 5),
}
OPERATIONS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("GET", re.compile(r"/orders/v0/orders/?$"), "getOrders"),
    ("GET", re.compile(r"/orders/v0/orders/[^/]+/orderItems/?$"), "getOrderItems"),
    ("POST", re.compile(r"/orders/v0/orders/[^/]+/shipmentConfirmation/?$"), "confirmShipment"),
    ("GET", re.compile(r"/orders/v0/orders/[^/]+/?$"), "getOrder"),
    ("PATCH", re.compile(r"/listings/2021-08-01/items/[^/]+/.+$"), "patchListingsItem"),
)

MARKETPLACES: dict[str, tuple[str, str]] = {  # id -> (name, currency)
    "ATVPDKIKX0DER": ("Amazon.com", "USD"), "A2EUQ1WTGCTBG2": ("Amazon.ca", "CAD"),
    "A1AM78C64UM0Y8": ("Amazon.com.mx", "MXN"), "A2Q3Y263D00KWC": ("Amazon.com.br", "BRL"),
    "A1F83G8C2ARO7P": ("Amazon.co.uk", "GBP"), "A1PA6795UKMFR9": ("Amazon.de", "EUR"),
    "A13V1IB3VIYZZH": ("Amazon.fr", "EUR"), "APJ6JRA9NG5V4": ("Amazon.it", "EUR"),
    "A1RKKUPIHCS9HS": ("Amazon.es", "EUR"), "A1805IZSGTT6HS": ("Amazon.nl", "EUR"),
    "A2NODRKZP88ZB9": ("Amazon.se", "SEK"), "A1C3SOZRARQ6R3": ("Amazon.pl", "PLN"),
    "AMEN7PMS3EDWL": ("Amazon.com.be", "EUR"), "A33AVAJ2PDY3EV": ("Amazon.com.tr", "TRY"),
    "A2VIGQ35RCS4UG": ("Amazon.ae", "AED"), "A17E79C6D8DWNP": ("Amazon.sa", "SAR"),
    "A21TJRUUN4KGV": ("Amazon.in", "INR"), "A1VC38T7YXB528": ("Amazon.co.jp", "JPY"),
    "A39IBJ37TRP1C6": ("Amazon.com.au", "AUD"), "A19VAU5U5O7RUS": ("Amazon.sg", "SGD"),
}
# Marketplaces whose prices include VAT / GST / consumption tax; on the others tax comes on top.
TAX_INCLUDED_MARKETPLACES = frozenset(MARKETPLACES) - {"ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"}

PENDING = "Pending"
LIFECYCLES = {
    PENDING: Lifecycle.AWAITING_PAYMENT,
    "PendingAvailability": Lifecycle.AWAITING_PAYMENT,  # a pre-order, not yet charged
    "Unshipped": Lifecycle.OPEN,
    "PartiallyShipped": Lifecycle.OPEN,
    "Shipped": Lifecycle.SHIPPED,
    "InvoiceUnconfirmed": Lifecycle.SHIPPED,  # shipped; the invoice is not yet confirmed
    "Canceled": Lifecycle.CANCELLED,
    "Unfulfillable": Lifecycle.ON_HOLD,  # Amazon (MCF) cannot fulfil it
}
UNPRICED_STATUSES = frozenset({PENDING, "Canceled"})
LINE_MONEY = ("ItemPrice", "ItemTax", "PromotionDiscount", "PromotionDiscountTax", "ShippingPrice", "ShippingTax",
              "ShippingDiscount", "ShippingDiscountTax", "CODFee", "CODFeeDiscount")


# -- rate limits -------------------------------------------------------------------------------


def parse_rate_limits(value: Any) -> dict[str, tuple[float, float]]:
    """``{"getOrders": (rate, burst)}`` or option text ``"getOrders=0.0167/20, *=10/10"`` (``*``: every
    operation) → overrides by operation; raises ConnectorError on text it cannot read."""
    if value in (None, ""):
        return {}
    try:
        if isinstance(value, str):
            pairs = []
            for part in filter(None, (chunk.strip() for chunk in value.split(","))):
                name, _, numbers = part.partition("=")
                rate, _, burst = numbers.partition("/")
                pairs.append((name.strip(), float(rate), float(burst or 1)))
        else:
            pairs = [(str(name), float(rate), float(burst)) for name, (rate, burst) in dict(value).items()]
    except (TypeError, ValueError):
        raise ConnectorError(
            f"The Amazon rate_limits option {value!r} cannot be read; write it as "
            "\"getOrders=0.0167/20, getOrderItems=0.5/30\" (requests per second / burst)."
        ) from None
    limits: dict[str, tuple[float, float]] = {}
    for name, rate, burst in pairs:
        if rate <= 0 or burst < 1:
            raise ConnectorError(f"The Amazon rate limit {name}={rate:g}/{burst:g} needs a rate above 0 "
                                 "and a burst of at least 1.")
        for operation in (DOCUMENTED_RATE_LIMITS if name == "*" else [name]):
            limits[operation] = (rate, burst)
    return limits


@dataclass
class _Bucket:
    rate: float
    burst: float
    tokens: float
    stamp: float


class RatePacer:
    """A token bucket per SP-API operation: up to ``burst`` requests at once, then ``rate`` per second.

    A request takes its token at once and waits for it when the bucket is in
    debt, so waits stay right even when ``sleep`` returns early (tests).
    """

    def __init__(self, limits: Mapping[str, tuple[float, float]], clock: Callable[[], float],
                 wait: Callable[[float, CancelCheck | None], None]) -> None:
        self._clock = clock
        self._wait = wait
        now = clock()
        self._buckets = {name: _Bucket(rate, burst, burst, now) for name, (rate, burst) in limits.items()}

    def limit(self, operation: str) -> tuple[float, float] | None:
        bucket = self._buckets.get(operation)
        return None if bucket is None else (bucket.rate, bucket.burst)

    def acquire(self, operation: str, cancelled: CancelCheck | None = None) -> None:
        bucket = self._buckets.get(operation)
        if bucket is None:
            return
        self._refill(bucket)
        bucket.tokens -= 1
        if bucket.tokens < 0:
            self._wait(-bucket.tokens / bucket.rate, cancelled)

    def drain(self, operation: str) -> None:
        """Amazon said the quota is used up, so its bucket is emptier than ours (another app may
        share the seller's quota): the next request waits a full interval, and no more bursts."""
        bucket = self._buckets.get(operation)
        if bucket is not None:
            self._refill(bucket)
            bucket.tokens = min(bucket.tokens, 0.0)
            bucket.burst = 1.0

    def set_rate(self, operation: str, rate: float) -> None:
        bucket = self._buckets.get(operation)
        if bucket is not None and rate > 0:
            self._refill(bucket)
            bucket.rate = rate

    def _refill(self, bucket: _Bucket) -> None:
        now = self._clock()
        bucket.tokens = min(bucket.burst, bucket.tokens + (now - bucket.stamp) * bucket.rate)
        bucket.stamp = now


def operation_of(method: str, url: str) -> str:
    path = urlsplit(url).path
    for verb, pattern, operation in OPERATIONS:
        if method.upper() == verb and pattern.search(path):
            return operation
    return ""


# -- payload parsing ----------------------------------------------------------------------------


def _time(value: Any, field: str) -> datetime:
    if value in (None, ""):
        raise PayloadError(field, "is missing")
    return as_datetime(value, field)


def _money(value: Any, field: str, *, required: bool = False) -> Decimal:
    """An SP-API ``Money`` object (``{"CurrencyCode", "Amount"}``); absent means zero unless required."""
    if value is None:
        if required:
            raise PayloadError(field, "is missing")
        return ZERO
    return as_decimal(as_object(value, field).get("Amount"), f"{field}.Amount")


def _currency_of(value: Any) -> str:
    if isinstance(value, dict) and isinstance(value.get("CurrencyCode"), str):
        return value["CurrencyCode"].strip()
    return ""


@dataclass(frozen=True)
class _LineCharges:
    """What one order item adds to the order beyond its goods (shipping, COD fee), excluding tax."""

    shipping: Decimal
    shipping_tax: Decimal
    fee: Decimal
    discount_tax: Decimal


def _net(amount: Decimal, tax: Decimal, tax_included: bool) -> Decimal:
    return amount - tax if tax_included else amount


def _line(raw: Any, path: str, tax_included: bool, priced: bool) -> tuple[ChannelOrderLine, _LineCharges]:
    """One order item; ``priced`` False (a Pending or Canceled order) lets the prices be absent."""
    item = as_object(raw, path)
    quantity = as_decimal(item.get("QuantityOrdered"), f"{path}.QuantityOrdered")
    if quantity < 0:
        raise PayloadError(f"{path}.QuantityOrdered", f"{quantity} is negative")
    a = {name: _money(item.get(name), f"{path}.{name}", required=name == "ItemPrice" and priced and quantity > 0)
         for name in LINE_MONEY}
    subtotal = _net(a["ItemPrice"], a["ItemTax"], tax_included)
    discount = _net(a["PromotionDiscount"], a["PromotionDiscountTax"], tax_included)
    line = ChannelOrderLine(
        external_id=as_identifier(item.get("OrderItemId"), f"{path}.OrderItemId"),
        channel_sku=as_text(item.get("SellerSKU"), f"{path}.SellerSKU"),
        title=as_text(item.get("Title"), f"{path}.Title"),
        quantity=quantity,
        # ItemPrice is the line total; a cancelled item may have quantity 0.
        unit_price=(subtotal / quantity).quantize(UNIT_PRICE_PLACES, ROUND_HALF_UP) if quantity else ZERO,
        subtotal=subtotal,
        subtotal_tax=a["ItemTax"],
        total=subtotal - discount,
        total_tax=a["ItemTax"] - a["PromotionDiscountTax"],
        channel_item_id=as_text(item.get("ASIN"), f"{path}.ASIN"),
        attributes=_item_attributes(item, path),
    )
    charges = _LineCharges(
        shipping=_net(a["ShippingPrice"], a["ShippingTax"], tax_included)
        - _net(a["ShippingDiscount"], a["ShippingDiscountTax"], tax_included),
        shipping_tax=a["ShippingTax"] - a["ShippingDiscountTax"],
        fee=a["CODFee"] - a["CODFeeDiscount"],
        discount_tax=a["PromotionDiscountTax"],
    )
    return line, charges


def _cancel_request(item: dict[str, Any], path: str) -> str | None:
    """The buyer's reason when they asked to cancel this item, else None."""
    request = item.get("BuyerRequestedCancel")
    if request is None:
        return None
    request = as_object(request, f"{path}.BuyerRequestedCancel")
    if not as_boolean(request.get("IsBuyerRequestedCancel"), f"{path}.BuyerRequestedCancel.IsBuyerRequestedCancel"):
        return None
    return as_text(request.get("BuyerCancelReason"), f"{path}.BuyerRequestedCancel.BuyerCancelReason")


def _item_attributes(item: dict[str, Any], path: str) -> tuple[tuple[str, str], ...]:
    attributes = []
    condition = " ".join(filter(None, (as_text(item.get("ConditionId"), f"{path}.ConditionId"),
                                       as_text(item.get("ConditionSubtypeId"), f"{path}.ConditionSubtypeId"))))
    if condition and condition != "New New":
        attributes.append(("Condition", condition))
    if as_boolean(item.get("IsGift"), f"{path}.IsGift"):
        attributes.append(("Gift", "yes"))
    reason = _cancel_request(item, path)
    if reason is not None:
        attributes.append(("Buyer requested cancellation", reason or "yes"))
    return tuple(attributes)


def _address(raw: Any, field: str) -> ChannelAddress:
    if raw is None:
        return ChannelAddress()
    address = as_object(raw, field)

    def value(name: str) -> str:
        return as_text(address.get(name), f"{field}.{name}")

    return ChannelAddress(
        name=value("Name"),
        company=value("CompanyName"),
        line1=value("AddressLine1"),
        line2=" ".join(filter(None, (value("AddressLine2"), value("AddressLine3")))),
        city=value("City") or value("Municipality"),
        state=value("StateOrRegion") or value("County"),
        postcode=value("PostalCode"),
        country=value("CountryCode"),
        phone=value("Phone"),
    )


def _order_currency(order: dict[str, Any], items: list[Any]) -> str:
    candidates = [_currency_of(order.get("OrderTotal"))]
    candidates += [_currency_of(item.get("ItemPrice")) for item in items if isinstance(item, dict)]
    candidates.append(MARKETPLACES.get(str(order.get("MarketplaceId") or ""), ("", ""))[1])
    currency = next((code for code in candidates if code), "")
    if not currency:
        raise PayloadError("OrderTotal.CurrencyCode", "is missing, and the marketplace does not say it")
    return currency


def _promotion_ids(items: list[Any]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for index, item in enumerate(items):
        for position, promotion in enumerate(as_list(item.get("PromotionIds"), f"OrderItems[{index}].PromotionIds")):
            seen[as_text(promotion, f"OrderItems[{index}].PromotionIds[{position}]")] = None
    return tuple(code for code in seen if code)


def _buyer_remark(items: list[Any]) -> str:
    reasons = {_cancel_request(item, f"OrderItems[{index}]") for index, item in enumerate(items)}
    reasons.discard(None)
    if not reasons:
        return ""
    return "Buyer asked to cancel: " + "; ".join(sorted(reason or "no reason given" for reason in reasons))


def _payment_method(order: dict[str, Any]) -> str:
    details = [as_text(entry, f"PaymentMethodDetails[{index}]")
               for index, entry in enumerate(as_list(order.get("PaymentMethodDetails"), "PaymentMethodDetails"))]
    return ", ".join(filter(None, details)) or as_text(order.get("PaymentMethod"), "PaymentMethod")


def lifecycle_of(status: str) -> Lifecycle:
    return LIFECYCLES.get(status, Lifecycle.OPEN)


def parse_order(order: Any, items: Any) -> ChannelOrder:
    """An Orders v0 ``Order`` and its ``OrderItems`` → ChannelOrder; raises :class:`PayloadError`
    (item fields are named ``OrderItems[i].…``)."""
    order = as_object(order, WHOLE_ORDER)
    external_id = as_required_text(order.get("AmazonOrderId"), "AmazonOrderId")
    status = as_required_text(order.get("OrderStatus"), "OrderStatus")
    tax_included = str(order.get("MarketplaceId") or "") in TAX_INCLUDED_MARKETPLACES
    priced = status not in UNPRICED_STATUSES
    item_list = as_list(items, "OrderItems")
    parsed = [_line(item, f"OrderItems[{index}]", tax_included, priced) for index, item in enumerate(item_list)]
    lines = tuple(line for line, _ in parsed)
    shipping_tax = sum((charges.shipping_tax for _, charges in parsed), ZERO)
    created_at = _time(order.get("PurchaseDate"), "PurchaseDate")
    shipping_address = _address(order.get("ShippingAddress"), "ShippingAddress")
    buyer = as_object(order.get("BuyerInfo") or {}, "BuyerInfo")
    return ChannelOrder(
        external_id=external_id,
        number=external_id,
        status=status,
        lifecycle=lifecycle_of(status),
        fulfilled_by_channel=order.get("FulfillmentChannel") == "AFN",
        currency=_order_currency(order, item_list),
        created_at=created_at,
        updated_at=_time(order["LastUpdateDate"], "LastUpdateDate") if order.get("LastUpdateDate") else created_at,
        lines=lines,
        total=_money(order.get("OrderTotal"), "OrderTotal", required=priced),
        total_tax=sum((line.total_tax for line in lines), ZERO) + shipping_tax,
        discount_total=sum((line.discount for line in lines), ZERO),
        discount_tax=sum((charges.discount_tax for _, charges in parsed), ZERO),
        shipping_total=sum((charges.shipping for _, charges in parsed), ZERO),
        shipping_tax=shipping_tax,
        fee_total=sum((charges.fee for _, charges in parsed), ZERO),
        prices_include_tax=tax_included,
        buyer_name=as_text(buyer.get("BuyerName"), "BuyerInfo.BuyerName") or shipping_address.name,
        buyer_email=as_text(buyer.get("BuyerEmail"), "BuyerInfo.BuyerEmail"),
        buyer_phone=shipping_address.phone,
        shipping_address=shipping_address,
        buyer_remark=_buyer_remark(item_list),
        payment_method=_payment_method(order),
        coupon_codes=_promotion_ids(item_list),
        raw={**order, "OrderItems": item_list},
    )


def parse_order_safely(order: Any, items: Any) -> ChannelOrder | OrderParseFailure:
    external_id = as_text(order.get("AmazonOrderId"), "") if isinstance(order, dict) else ""
    raw = {**order, "OrderItems": items} if isinstance(order, dict) else {"value": order}
    return parse_safely(lambda: parse_order(order, items), external_id, raw)


# -- requests --------------------------------------------------------------------------------------


class _AccessToken(AuthBase):
    """Paces each attempt (retries too) to its operation's rate and sends the current access token."""

    def __init__(self, connector: AmazonConnector, operation: str, cancelled: CancelCheck | None) -> None:
        self.connector = connector
        self.operation = operation
        self.cancelled = cancelled

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        self.connector.pacer.acquire(self.operation, self.cancelled)
        request.headers["x-amz-access-token"] = self.connector.access_token
        request.headers["x-amz-date"] = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        return request


@dataclass(frozen=True)
class _SpApiRefusal:
    """A 4xx answer Amazon understood and said no to: its status, error code and what it said
    (``{"errors": [{"code", "message", "details"}]}`` as "message [code] details")."""

    status: int
    code: str = ""
    said: str = ""
    said_briefly: str = ""  # without the details


class _ShipmentProblem(Exception):
    """A shipment that cannot be sent as it is (a fractional quantity, no items to ship)."""


def normalise_endpoint(url: str) -> str:
    text = url.strip()
    if not text:
        raise ConnectorError("The Amazon SP-API endpoint is empty; enter the seller's region, such as "
                             "https://sellingpartnerapi-na.amazon.com (-eu for Europe, -fe for the Far East).")
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectorError(f"{url!r} is not a web address; it should look like "
                             "https://sellingpartnerapi-eu.amazon.com.")
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def package_reference(package_id: str) -> str:
    """Amazon's ``packageReferenceId`` must be a positive number; ours is any text. Digits are kept,
    anything else becomes a stable number, so a repeated push names the same package."""
    text = package_id.strip()
    if text.isascii() and text.isdigit() and 0 < int(text) < 10 ** 15:
        return str(int(text))
    number = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") % 10 ** 15
    return str(number or 1)


def _amazon_time(moment: datetime) -> str:
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")  # whole seconds, rounded down: the filter is inclusive


def _whole_quantity(quantity: Decimal, line_id: str) -> int:
    if quantity != quantity.to_integral_value() or quantity <= 0:
        raise _ShipmentProblem(f"line {line_id} has quantity {quantity}; Amazon ships whole units only")
    return int(quantity)


def _marketplace_ids(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        parts = [str(part) for part in value]
    else:
        parts = str(value or "").split(",")
    return tuple(part.strip() for part in parts if part.strip())


def _per_page(option: Any) -> int:
    try:
        value = int(option) if option not in (None, "") else MAX_PER_PAGE
    except (TypeError, ValueError):
        value = MAX_PER_PAGE
    return max(1, min(MAX_PER_PAGE, value))


# -- the connector ---------------------------------------------------------------------------------


class AmazonConnector:
    kind: ClassVar[str] = "amazon"
    display_name: ClassVar[str] = "Amazon"
    max_stock_batch: ClassVar[int] = 20
    settings: ClassVar[tuple[SettingField, ...]] = (
        SettingField("key", QT_TRANSLATE_NOOP("Connectors", "LWA client ID"),
                     help=QT_TRANSLATE_NOOP("Connectors", "Developer Central › your app › View LWA credentials")),
        SettingField("secret", QT_TRANSLATE_NOOP("Connectors", "LWA client secret"), secret=True),
        SettingField("refresh_token", QT_TRANSLATE_NOOP("Connectors", "Refresh token"), secret=True,
                     help=QT_TRANSLATE_NOOP("Connectors", "Given when the seller authorises the app (Atzr|…)")),
        SettingField("seller_id", QT_TRANSLATE_NOOP("Connectors", "Seller ID (merchant token)"),
                     help=QT_TRANSLATE_NOOP("Connectors", "Seller Central › Settings › Account Info › "
                                                          "Merchant Token; needed to publish stock")),
        SettingField("marketplace_ids", QT_TRANSLATE_NOOP("Connectors", "Marketplace IDs (comma separated)"),
                     default="ATVPDKIKX0DER",
                     help=QT_TRANSLATE_NOOP("Connectors", "ATVPDKIKX0DER = US, A1F83G8C2ARO7P = UK, "
                                                          "A1PA6795UKMFR9 = DE")),
        SettingField("lwa_url", QT_TRANSLATE_NOOP("Connectors", "LWA token endpoint"), required=False,
                     default=LWA_TOKEN_URL,
                     help=QT_TRANSLATE_NOOP("Connectors", "Leave empty for https://api.amazon.com/auth/o2/token")),
        SettingField("rate_limits", QT_TRANSLATE_NOOP("Connectors", "Rate limits (operation=rate/burst, …)"),
                     required=False,
                     help=QT_TRANSLATE_NOOP("Connectors", "Only if Amazon raised your limits; empty uses the "
                                                          "documented ones")),
    )

    def __init__(
        self,
        config: ShopConfig,
        *,
        sleep: Sleep | None = None,
        session: requests.Session | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """``sleep``, ``session`` and ``clock`` (monotonic seconds, for the rate pacing) are for tests."""
        self.config = config
        self.base_url = normalise_endpoint(config.base_url)
        options = config.options
        self.marketplace_ids = _marketplace_ids(options.get("marketplace_ids"))
        self.seller_id = str(options.get("seller_id") or "").strip()
        self.lwa_url = str(options.get("lwa_url") or "").strip() or LWA_TOKEN_URL
        self.per_page = _per_page(options.get("per_page"))
        self._configured_limits = parse_rate_limits(options.get("rate_limits"))
        self._refresh_token = config.secrets.get("refresh_token", "").strip()
        self.access_token, self._refresh_at = self._stored_token(config.secrets)
        self.held_orders: list[str] = []
        """Ids of the ``Pending`` orders the last pull held back."""
        user_agent = f"omsdesk-amazon-connector (Language=Python/{platform.python_version()})"
        client_options = {"timeout": config.timeout_seconds, "max_retries": config.max_retries, "sleep": sleep,
                          "backoff_base": config.backoff_seconds, "user_agent": user_agent}
        # Every request this connector sends is safe to repeat (they go out as idempotent): GETs are;
        # so is the LWA token exchange; confirmShipment names its package with a packageReferenceId, so
        # a repeat confirms the same package; a stock PATCH sets an absolute quantity.
        self._http = HttpClient(self.display_name, session=session, error_detail=self._error_detail,
                                not_found_message=self._not_found_message, **client_options)
        self._http.session.hooks["response"].append(self._observe_limits)
        self._lwa = HttpClient("Amazon login (LWA)", session=self._http.session, error_detail=self._lwa_error_detail,
                               not_found_message=self._no_lwa_message, **client_options)
        self.pacer = RatePacer({**DOCUMENTED_RATE_LIMITS, **self._configured_limits},
                               clock or time.monotonic, self._http.wait)

    def close(self) -> None:
        self._http.close()  # the LWA client shares its session

    # -- Connector protocol -----------------------------------------------------------------------

    def test_connection(self) -> str:
        self._require_marketplaces()
        since = datetime.now(UTC) - timedelta(days=1)
        self._call("getOrders", "GET", ORDERS_PATH, params=self._order_filters(since, per_page=1),
                   what="the connection test")
        names = ", ".join(MARKETPLACES.get(mid, (mid, ""))[0] for mid in self.marketplace_ids)
        seller = f"seller {self.seller_id}" if self.seller_id else "seller"
        return f"Amazon {seller} on {names}: connected"

    def iter_order_pages(
        self, modified_after: datetime | None, cancelled: CancelCheck | None = None
    ) -> Iterator[OrderPage]:
        self._require_marketplaces()
        self.held_orders = []
        filters = self._order_filters(modified_after or FIRST_PULL_FROM, per_page=self.per_page)
        params, page = filters, 1
        while True:
            raise_if_cancelled(cancelled)
            result = self._call("getOrders", "GET", ORDERS_PATH, params=params, cancelled=cancelled,
                                what=f"orders page {page}")
            payload = self._payload(result.body, f"orders page {page}")
            orders, failures = self._complete_orders(self._orders_of(payload, page), cancelled)
            yield OrderPage(page, None, tuple(orders), tuple(failures))
            next_token = payload.get("NextToken")
            if not isinstance(next_token, str) or not next_token:
                if self.held_orders:
                    log.info("Amazon: %d pending orders held back until they are paid", len(self.held_orders))
                return
            # The contract: NextToken goes back together with the same filters.
            params, page = [*filters, ("NextToken", next_token)], page + 1

    def fetch_order(self, external_id: str, cancelled: CancelCheck | None = None) -> ChannelOrder | OrderParseFailure:
        self._require_marketplaces()
        result = self._call("getOrder", "GET", f"{ORDERS_PATH}/{quote(external_id, safe='')}",
                            cancelled=cancelled, what=f"order {external_id}")
        order = self._payload(result.body, f"order {external_id}")
        if order.get("OrderStatus") == PENDING:
            return OrderParseFailure(external_id, "OrderStatus",
                                     "is Pending: Amazon has no prices for it until it is paid", order)
        return parse_order_safely(order, self._order_items(external_id, cancelled))

    def confirm_shipment(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None = None) -> PushResult:
        self._require_marketplaces()
        order_id, reference = shipment.order_external_id, package_reference(shipment.package_id)
        try:
            order_items = self._shipment_items(shipment, cancelled)
        except _ShipmentProblem as problem:
            return PushResult(shipment.package_id, False, f"Cannot confirm the shipment of Amazon order "
                                                          f"{order_id}: {problem}.")
        except ConnectorError as error:
            if self._refusal_of(error) is None:
                raise
            return PushResult(shipment.package_id, False, f"Cannot confirm the shipment of Amazon order "
                                                          f"{order_id}: {error}")
        body = {"marketplaceId": self._order_marketplace(order_id, cancelled),
                "packageDetail": self._package_detail(shipment, reference, order_items)}
        try:
            self._call("confirmShipment", "POST", f"{ORDERS_PATH}/{quote(order_id, safe='')}/shipmentConfirmation",
                       json_body=body, cancelled=cancelled, want_json=False,
                       what=f"the shipment of order {order_id}")
        except ConnectorError as error:
            refusal = self._refusal_of(error)
            if refusal is None:
                raise
            return PushResult(shipment.package_id, False, self._shipment_refused_message(shipment, refusal))
        return PushResult(shipment.package_id, True, channel_reference=reference)

    def push_stock(self, levels: Sequence[StockLevel], cancelled: CancelCheck | None = None) -> list[PushResult]:
        self._require_marketplaces()
        if not self.seller_id:
            raise ConnectorError("Amazon needs the seller ID (Seller Central › Settings › Account Info › "
                                 "Merchant Token) to publish stock; enter it in the shop settings.")
        results: list[PushResult] = []
        for index, level in enumerate(levels):
            raise_if_cancelled(cancelled)
            try:
                results.append(self._push_level(level, cancelled))
            except ConnectorError as error:
                if isinstance(error, (AuthError, CancelledError)) or not any(r.accepted for r in results):
                    raise
                # Part of the batch went through: keep those results, the rest may be tried again.
                results += [PushResult(rest.key, False, str(error), retryable=error.retryable)
                            for rest in levels[index:]]
                break
        return results

    # -- orders ------------------------------------------------------------------------------------

    def _order_filters(self, since: datetime, *, per_page: int) -> list[tuple[str, str]]:
        return [("MarketplaceIds", ",".join(self.marketplace_ids)), ("LastUpdatedAfter", _amazon_time(since)),
                ("MaxResultsPerPage", str(per_page))]

    def _orders_of(self, payload: dict[str, Any], page: int) -> list[Any]:
        orders = payload.get("Orders")
        if not isinstance(orders, list):
            raise ConnectorError(f"Amazon at {self._where(ORDERS_PATH)} sent orders page {page} without a list "
                                 f"of orders (payload.Orders is {describe(orders)[:80]}).")
        return orders

    def _complete_orders(self, raw_orders: list[Any],
                         cancelled: CancelCheck | None) -> tuple[list[ChannelOrder], list[OrderParseFailure]]:
        """Each order with its items; Pending orders are held back, unreadable ones become failures."""
        orders: list[ChannelOrder] = []
        failures: list[OrderParseFailure] = []
        for raw in raw_orders:
            order_id = as_text(raw.get("AmazonOrderId"), "") if isinstance(raw, dict) else ""
            if isinstance(raw, dict) and raw.get("OrderStatus") == PENDING:
                self.held_orders.append(order_id)
                continue
            result = self._complete_order(raw, order_id, cancelled)
            (failures if isinstance(result, OrderParseFailure) else orders).append(result)
        return orders, failures

    def _complete_order(self, raw: Any, order_id: str,
                        cancelled: CancelCheck | None) -> ChannelOrder | OrderParseFailure:
        if not order_id:
            return parse_order_safely(raw, [])  # reports the missing or odd AmazonOrderId
        try:
            items = self._order_items(order_id, cancelled)
        except ConnectorError as error:
            if self._refusal_of(error) is None:
                raise  # the channel could not be asked: the pull stops and is tried again later
            return OrderParseFailure(order_id, "OrderItems", f"Amazon refused to list the items: {error}",
                                     {**raw, "OrderItems": None})
        return parse_order_safely(raw, items)

    def _order_items(self, order_id: str, cancelled: CancelCheck | None) -> Any:
        """Every item of the order (following NextToken), or whatever odd value Amazon sent instead."""
        path = f"{ORDERS_PATH}/{quote(order_id, safe='')}/orderItems"
        items: list[Any] = []
        params: Params = None
        while True:
            result = self._call("getOrderItems", "GET", path, params=params, cancelled=cancelled,
                                what=f"the items of order {order_id}")
            payload = self._payload(result.body, f"the items of order {order_id}")
            page_items = payload.get("OrderItems")
            if not isinstance(page_items, list):
                return page_items if not items else items
            items += page_items
            next_token = payload.get("NextToken")
            if not isinstance(next_token, str) or not next_token:
                return items
            params = [("NextToken", next_token)]

    def _payload(self, body: Any, what: str) -> dict[str, Any]:
        if isinstance(body, dict) and isinstance(body.get("payload"), dict):
            return body["payload"]
        raise ConnectorError(f"Amazon at {self.base_url} answered {what} without a payload "
                             f"({describe(body)[:80]}).")

    # -- shipments ----------------------------------------------------------------------------------

    def _shipment_items(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None) -> list[dict[str, Any]]:
        if shipment.lines:
            return [{"orderItemId": line.external_line_id,
                     "quantity": _whole_quantity(line.quantity, line.external_line_id)} for line in shipment.lines]
        items = self._order_items(shipment.order_external_id, cancelled)
        if not isinstance(items, list) or not items:
            raise _ShipmentProblem("Amazon lists no items for it")
        counts = []
        for index, item in enumerate(items):
            path = f"OrderItems[{index}]"
            try:
                item = as_object(item, path)
                counts.append((as_identifier(item.get("OrderItemId"), f"{path}.OrderItemId"),
                               int(as_decimal(item.get("QuantityOrdered"), f"{path}.QuantityOrdered")),
                               int(as_decimal(item.get("QuantityShipped"), f"{path}.QuantityShipped",
                                            required=False))))
            except PayloadError as error:
                raise _ShipmentProblem(f"its items cannot be read ({error})") from None
        unshipped = [{"orderItemId": item_id, "quantity": ordered - shipped}
                     for item_id, ordered, shipped in counts if ordered > shipped]
        # Nothing left to ship: this package may be the one confirmed before (its answer lost).
        # Naming everything again under the same package reference changes nothing at Amazon.
        return unshipped or [{"orderItemId": item_id, "quantity": ordered}
                             for item_id, ordered, _ in counts if ordered > 0]

    def _order_marketplace(self, order_id: str, cancelled: CancelCheck | None) -> str:
        if len(self.marketplace_ids) == 1:
            return self.marketplace_ids[0]
        result = self._call("getOrder", "GET", f"{ORDERS_PATH}/{quote(order_id, safe='')}", cancelled=cancelled,
                            what=f"order {order_id}")
        return str(self._payload(result.body, f"order {order_id}").get("MarketplaceId") or self.marketplace_ids[0])

    @staticmethod
    def _package_detail(shipment: ShipmentConfirmation, reference: str,
                        order_items: list[dict[str, Any]]) -> dict[str, Any]:
        shipped_at = shipment.shipped_at
        shipped_at = shipped_at.replace(tzinfo=UTC) if shipped_at.tzinfo is None else shipped_at.astimezone(UTC)
        return {
            "packageReferenceId": reference,
            "carrierCode": shipment.carrier_code,
            "carrierName": shipment.carrier_name or shipment.carrier_code,
            "trackingNumber": shipment.tracking_number,
            "shipDate": shipped_at.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "orderItems": order_items,
        }

    @staticmethod
    def _shipment_refused_message(shipment: ShipmentConfirmation, refusal: _SpApiRefusal) -> str:
        said = refusal.said
        message = (f"Amazon refused the shipment of order {shipment.order_external_id} (package "
                   f"{shipment.package_id}, tracking {shipment.tracking_number}, HTTP {refusal.status}): "
                   f"{said or 'no reason given'}.")
        if "already fulfilled" in said or "GeneralError" in said:
            message += " The order may already be shipped in Seller Central; check it there."
        elif refusal.status == 404:
            message += " Check that the order belongs to this Amazon account."
        return message

    # -- stock ------------------------------------------------------------------------------------------

    def _push_level(self, level: StockLevel, cancelled: CancelCheck | None) -> PushResult:
        sku = level.channel_sku.strip()
        if not sku:
            return PushResult(level.key, False, "Amazon identifies listings by seller SKU; this listing has none.")
        body = {"productType": "PRODUCT", "patches": [{
            "op": "replace", "path": STOCK_PATCH_PATH,
            "value": [{"fulfillment_channel_code": "DEFAULT", "quantity": max(0, level.quantity)}]}]}
        path = f"{LISTINGS_PATH}/{quote(self.seller_id, safe='')}/{quote(sku, safe='')}"
        params = [("marketplaceIds", ",".join(self.marketplace_ids)), ("issueLocale", "en_US")]
        try:
            result = self._call("patchListingsItem", "PATCH", path, params=params, json_body=body,
                                cancelled=cancelled, what=f"the stock of SKU {sku}")
        except ConnectorError as error:
            refusal = self._refusal_of(error)
            if refusal is None:
                raise
            return PushResult(level.key, False, f"Amazon refused the stock of SKU {sku} (HTTP {refusal.status}): "
                                                f"{refusal.said_briefly or 'no reason given'}.")
        return self._listing_result(level, sku, result.body)

    @staticmethod
    def _listing_result(level: StockLevel, sku: str, body: Any) -> PushResult:
        body = body if isinstance(body, dict) else {}
        status = str(body.get("status") or "")
        if status in ("ACCEPTED", "VALID"):
            return PushResult(level.key, True, channel_reference=str(body.get("submissionId") or ""))
        issues = [issue for issue in body.get("issues") or [] if isinstance(issue, dict)]
        said = "; ".join(f"{issue.get('message', '')} [{issue.get('code', '')}]".strip() for issue in issues
                         if issue.get("severity", "ERROR") == "ERROR")
        return PushResult(level.key, False, f"Amazon did not accept the stock of SKU {sku} "
                                            f"({status or 'no status'}): {said or 'no reason given'}.")

    # -- calling the API ------------------------------------------------------------------------------

    def _call(self, operation: str, method: str, path: str, *, params: Params = None, json_body: Any = None,
              cancelled: CancelCheck | None = None, what: str = "", want_json: bool = True) -> JsonResponse:
        """One SP-API request with a valid access token; a 403 gets a fresh token and another try."""
        url = self.base_url + path
        fresh_tokens = 0
        while True:
            just_refreshed = self._ensure_token(cancelled)
            try:
                return self._http.send_json(method, url, params=params, auth=_AccessToken(self, operation, cancelled),
                                            json_body=json_body, cancelled=cancelled, what=what, idempotent=True)
            except AuthError as error:
                expired = "expired" in getattr(error, "detail", "").lower()
                if fresh_tokens == AUTH_RETRIES or (just_refreshed and not expired):
                    raise
                fresh_tokens += 1
                self.access_token = ""

    @staticmethod
    def _refusal_of(error: ConnectorError) -> _SpApiRefusal | None:
        """The 4xx answer behind ``error`` when Amazon understood the request and said no."""
        status = getattr(error, "status", None)
        if type(error) not in (ConnectorError, NotFoundError, RejectedError) or status is None:
            return None
        if not 400 <= status < 500:
            return None
        return _SpApiRefusal(status, error.code, error.detail, str(getattr(error, "data", None) or ""))

    def _observe_limits(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        """Follow Amazon's own word on the rate (limits can be raised per seller) unless configured."""
        operation = operation_of(response.request.method or "", response.request.url or "")
        if not operation:
            return
        if response.status_code == 429:
            self.pacer.drain(operation)
        header = response.headers.get("x-amzn-RateLimit-Limit")
        if header and operation not in self._configured_limits:
            try:
                self.pacer.set_rate(operation, float(header))
            except ValueError:
                pass

    def _require_marketplaces(self) -> None:
        if not self.marketplace_ids:
            raise ConnectorError("Amazon needs at least one marketplace ID (for example ATVPDKIKX0DER for "
                                 "amazon.com); enter it in the shop settings.")

    def _where(self, path: str) -> str:
        return url_for_messages(self.base_url + path)

    # -- Login with Amazon ------------------------------------------------------------------------------

    @staticmethod
    def _stored_token(secrets: Mapping[str, str]) -> tuple[str, float]:
        """An access token saved by an earlier run, and when to refresh it."""
        token = secrets.get("access_token", "").strip()
        try:
            expires_at = datetime.fromisoformat(secrets.get("access_token_expires_at", "").replace("Z", "+00:00"))
        except ValueError:
            return "", 0.0
        if not token or expires_at.tzinfo is None:
            return "", 0.0
        return token, expires_at.timestamp() - TOKEN_REFRESH_MARGIN_SECONDS

    def _ensure_token(self, cancelled: CancelCheck | None) -> bool:
        """True when a new access token was just obtained."""
        if self.access_token and time.time() < self._refresh_at:
            return False
        self._obtain_token(cancelled)
        return True

    def _obtain_token(self, cancelled: CancelCheck | None) -> None:
        if not (self.config.key and self.config.secret and self._refresh_token):
            raise AuthError("Amazon needs the LWA client ID and client secret of the SP-API app and the "
                            "seller's refresh token; enter all three in the shop settings.")
        form = {"grant_type": "refresh_token", "refresh_token": self._refresh_token,
                "client_id": self.config.key, "client_secret": self.config.secret}
        try:
            result = self._lwa.send_json("POST", self.lwa_url, form_body=form, cancelled=cancelled,
                                         what="an access token", idempotent=True)
        except ConnectorError as error:
            if getattr(error, "code", "") in ("invalid_grant", "invalid_client", "unauthorized_client"):
                raise AuthError(str(error)) from error
            raise
        self._accept_token(result.body)

    def _accept_token(self, body: Any) -> None:
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise ConnectorError(f"Amazon login (LWA) at {url_for_messages(self.lwa_url)} answered without an "
                                 "access token. Check the LWA token endpoint in the shop settings.")
        try:
            lifetime = float(body.get("expires_in") or DEFAULT_TOKEN_LIFETIME_SECONDS)
        except (TypeError, ValueError):
            lifetime = DEFAULT_TOKEN_LIFETIME_SECONDS
        now = time.time()
        self.access_token = token
        self._refresh_at = now + lifetime - min(TOKEN_REFRESH_MARGIN_SECONDS, lifetime / 10)
        expires_at = datetime.fromtimestamp(now + lifetime, UTC).isoformat(timespec="seconds")
        changes = {"access_token": token, "access_token_expires_at": expires_at}
        new_refresh_token = body.get("refresh_token")
        if isinstance(new_refresh_token, str) and new_refresh_token and new_refresh_token != self._refresh_token:
            self._refresh_token = changes["refresh_token"] = new_refresh_token
        self._save_credentials(changes)

    def _save_credentials(self, changes: dict[str, str]) -> None:
        if self.config.save_credentials is None:
            return
        try:
            self.config.save_credentials(changes)
        except Exception:  # noqa: BLE001 - a keyring hiccup must not stop the sync; the token still works now
            log.warning("Amazon: could not keep the new access token for the next run", exc_info=True)

    # -- error messages -----------------------------------------------------------------------------------

    @staticmethod
    def _error_detail(response: requests.Response) -> ErrorBody:
        message = code = details = ""
        try:
            errors = json.loads(response.content).get("errors")
            first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
            code, message, details = (str(first.get(name) or "") for name in ("code", "message", "details"))
        except (ValueError, AttributeError):
            pass
        detail = " ".join(filter(None, (message, f"[{code}]" if code else "", details)))
        if response.status_code == 403:
            detail += (" Check that the seller authorised this app (the refresh token belongs to it), that the "
                       "app has the Orders and Product Listing roles, and that the endpoint is the seller's "
                       "region (sellingpartnerapi-na, -eu or -fe).")
        # data: what Amazon said without the details, for the stock results
        return ErrorBody(detail.strip(), code, " ".join(filter(None, (message, f"[{code}]" if code else ""))))

    @staticmethod
    def _lwa_error_detail(response: requests.Response) -> ErrorBody:
        try:
            body = json.loads(response.content)
        except ValueError:
            return ErrorBody()
        if not isinstance(body, dict):
            return ErrorBody()
        code = str(body.get("error") or "")
        detail = " ".join(filter(None, (str(body.get("error_description") or ""), f"[{code}]" if code else "")))
        if code == "invalid_grant":
            detail += (" The refresh token is wrong, expired or was revoked: authorise the app again in "
                       "Seller Central and enter the new refresh token.")
        elif code in ("invalid_client", "unauthorized_client"):
            detail += (" Check the LWA client ID and client secret (Developer Central › your app › "
                       "View LWA credentials).")
        return ErrorBody(detail, code)

    def _not_found_message(self, url: str, detail: str, code: str = "") -> str:
        if detail:
            return f"Amazon at {url} (HTTP 404): {detail}"
        return (f"There is no Selling Partner API at {url} (HTTP 404). Check the endpoint: it should be the "
                "seller's region, https://sellingpartnerapi-na.amazon.com, -eu or -fe.")

    def _no_lwa_message(self, url: str, detail: str, code: str = "") -> str:
        return (f"There is no Login with Amazon token endpoint at {url} (HTTP 404). Leave the LWA token "
                f"endpoint empty to use {LWA_TOKEN_URL}.")
