"""Shopify Admin REST API connector (version 2025-07, ``/admin/api/2025-07/…json``).

* Pull: ``orders.json?status=any&updated_at_min=…&order=updated_at asc&limit=250``,
  then the ``page_info`` cursor from the ``Link`` header (those requests carry only
  ``limit`` and ``page_info``, as Shopify requires). Sorting by ``updated_at``
  means an order changed during the pull moves behind the cursor and comes again
  instead of being skipped. Each order is parsed on its own; a broken one becomes
  an :class:`OrderParseFailure` naming the field.
* Auth: the ``X-Shopify-Access-Token`` header with a custom app's Admin API token,
  or, for an app made in the Dev Dashboard, tokens from the client-credentials
  grant (client ID and secret), fetched again when Shopify answers 401.
* Rate limit: every answer's ``X-Shopify-Shop-Api-Call-Limit`` (used/size) feeds a
  model of Shopify's leaky bucket, and requests wait before the bucket is full;
  a 429 is retried after its ``Retry-After``.
* Push: tracking through the fulfillment-orders flow (``GET
  orders/{id}/fulfillment_orders.json``, then ``POST fulfillments.json`` with
  ``line_items_by_fulfillment_order``), after checking the order's fulfillments
  so that a repeated push never ships twice; stock through
  ``inventory_levels/set.json`` at one location, variant → inventory item looked
  up once through ``variants/{id}.json``.

Money: the shop-currency strings (``total_price``, line ``price``,
``discount_allocations``, ``tax_lines``); when ``taxes_included`` the line and
shipping amounts are reduced to amounts without tax, as :class:`ChannelOrder`
wants. Shopify has no single status word: ``status`` is ``financial_status``,
then ``fulfillment_status`` and ``cancelled`` when present (``paid/partial``).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qsl, urlsplit, urlunsplit

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
    SettingField,
    ShipmentConfirmation,
    ShopConfig,
    StockLevel,
)
from connectors.http import HttpClient, JsonResponse, Sleep, url_for_messages, with_details
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
    as_optional_identifier,
    as_required_text,
    as_text,
    describe,
    external_id_of,
    parse_safely,
    person_name,
    raw_of,
)

API_VERSION = "2025-07"
MAX_PAGE_SIZE = 250
CENT = Decimal("0.01")
CALL_LIMIT_HEADER = "X-Shopify-Shop-Api-Call-Limit"
# Shopify's buckets drain in 20 s (40 at 2/s, Plus 400 at 20/s): the leak rate follows from the size.
BUCKET_DRAIN_SECONDS = 20.0
TOKEN_REFRESH_MARGIN = timedelta(minutes=5)
BACKOFF_CAP_SECONDS = 30.0
OPEN_FULFILLMENT_ORDER = frozenset({"open", "in_progress"})
LIVE_FULFILLMENT = frozenset({"success", "pending", "open"})
ADMIN_TOKEN_HELP = ("Shopify admin › Settings › Apps and sales channels › Develop apps › your app › "
                    "API credentials")
DEV_DASHBOARD_HELP = "Shopify Dev Dashboard › your app › Settings"

T = TypeVar("T")


# -- payload parsing ---------------------------------------------------------------------------


def unwrap_order(payload: Any) -> Any:
    """``{"order": {…}}`` (the single-order endpoints) → the order itself."""
    if isinstance(payload, dict) and "id" not in payload and isinstance(payload.get("order"), dict):
        return payload["order"]
    return payload


def status_word(financial: str, fulfillment: str, cancelled: bool) -> str:
    """``paid``, ``paid/partial``, ``refunded/cancelled``: Shopify's own words, joined."""
    return "/".join(part for part in (financial, fulfillment, "cancelled" if cancelled else "") if part)


def lifecycle_of(financial: str, fulfillment: str, cancelled: bool, closed: bool) -> Lifecycle:
    if cancelled or financial == "voided":
        return Lifecycle.CANCELLED
    if financial == "refunded":
        return Lifecycle.REFUNDED
    if fulfillment == "fulfilled":
        return Lifecycle.COMPLETED if closed else Lifecycle.SHIPPED
    if financial in ("pending", "partially_paid"):
        return Lifecycle.AWAITING_PAYMENT
    return Lifecycle.OPEN  # paid, authorized (captured on shipping), partially_refunded; partial shipments


def _sum(entries: list[Any], path: str, amount_key: str) -> Decimal:
    total = ZERO
    for index, entry in enumerate(entries):
        where = f"{path}[{index}]"
        total += as_decimal(as_object(entry, where).get(amount_key), f"{where}.{amount_key}", required=False)
    return total


def _shop_money(order: dict[str, Any], key: str) -> Decimal | None:
    """``<key>.shop_money.amount`` when the ``*_set`` object is there."""
    value = order.get(key)
    if value is None:
        return None
    shop_money = as_object(as_object(value, key).get("shop_money"), f"{key}.shop_money")
    return as_decimal(shop_money.get("amount"), f"{key}.shop_money.amount")


def _undiscounted_tax(gross: Decimal, discount: Decimal, tax: Decimal) -> Decimal:
    """Shopify reports a line's tax after discounts only; before them it is the same share of
    the undiscounted amount (rate × gross, whatever the rates and whether prices include tax)."""
    if not discount or not tax or gross == discount:
        return tax
    return (tax * gross / (gross - discount)).quantize(CENT, ROUND_HALF_UP)


def _line(raw: Any, path: str, taxes_included: bool) -> ChannelOrderLine:
    line = as_object(raw, path)
    quantity = as_decimal(line.get("quantity"), f"{path}.quantity")
    if quantity <= 0:
        raise PayloadError(f"{path}.quantity", f"is {quantity}; a line needs a positive quantity")
    gross = as_decimal(line.get("price"), f"{path}.price") * quantity
    allocations = as_list(line.get("discount_allocations"), f"{path}.discount_allocations")
    discount = _sum(allocations, f"{path}.discount_allocations", "amount") if allocations else \
        as_decimal(line.get("total_discount"), f"{path}.total_discount", required=False)
    tax_lines = as_list(line.get("tax_lines"), f"{path}.tax_lines")
    tax = _sum(tax_lines, f"{path}.tax_lines", "price")
    subtotal_tax = _undiscounted_tax(gross, discount, tax)
    subtotal = gross - subtotal_tax if taxes_included else gross
    total = gross - discount - (tax if taxes_included else ZERO)
    name = as_text(line.get("name"), f"{path}.name") or as_text(line.get("title"), f"{path}.title")
    return ChannelOrderLine(
        external_id=as_identifier(line.get("id"), f"{path}.id"),
        channel_sku=as_text(line.get("sku"), f"{path}.sku"),
        title=name,
        quantity=quantity,
        unit_price=(subtotal / quantity).quantize(UNIT_PRICE_PLACES, ROUND_HALF_UP),
        subtotal=subtotal,
        subtotal_tax=subtotal_tax,
        total=total,
        total_tax=tax,
        channel_item_id=as_optional_identifier(line.get("product_id"), f"{path}.product_id"),
        channel_variant_id=as_optional_identifier(line.get("variant_id"), f"{path}.variant_id"),
        attributes=_properties(line.get("properties")),
    )


def _properties(properties: Any) -> tuple[tuple[str, str], ...]:
    """Line item properties (engraving text, …); names starting with "_" are private to the theme."""
    if not isinstance(properties, list):
        return ()
    pairs = []
    for entry in properties:
        if not isinstance(entry, dict):
            continue
        name, value = entry.get("name"), entry.get("value")
        if isinstance(name, str) and name and not name.startswith("_") and value is not None \
                and not isinstance(value, (dict, list)):
            pairs.append((name, str(value)))
    return tuple(pairs)


def _address(order: dict[str, Any], key: str, email: str = "") -> ChannelAddress:
    raw = order.get(key)
    if raw is None:
        return ChannelAddress()
    raw = as_object(raw, key)

    def field(name: str) -> str:
        return as_text(raw.get(name), f"{key}.{name}")

    country = field("country_code") or field("country")
    return ChannelAddress(
        name=person_name(field("first_name"), field("last_name"), country) or field("name"),
        company=field("company"),
        line1=field("address1"),
        line2=field("address2"),
        city=field("city"),
        state=field("province_code") or field("province"),
        postcode=field("zip"),
        country=country,
        phone=field("phone"),
        email=email,
    )


def _shipping(order: dict[str, Any], taxes_included: bool) -> tuple[Decimal, Decimal]:
    """(shipping without tax and after shipping discounts, its tax)."""
    lines = as_list(order.get("shipping_lines"), "shipping_lines")
    gross = _shop_money(order, "total_shipping_price_set")
    if gross is None:
        gross = _sum(lines, "shipping_lines", "price")
    tax = discount = ZERO
    for index, raw in enumerate(lines):
        path = f"shipping_lines[{index}]"
        line = as_object(raw, path)
        tax += _sum(as_list(line.get("tax_lines"), f"{path}.tax_lines"), f"{path}.tax_lines", "price")
        discount += _sum(as_list(line.get("discount_allocations"), f"{path}.discount_allocations"),
                         f"{path}.discount_allocations", "amount")
    return gross - discount - (tax if taxes_included else ZERO), tax


def _fees(order: dict[str, Any]) -> Decimal:
    """Tips, duties and additional fees: charged on top of goods, shipping and tax."""
    fees = as_decimal(order.get("total_tip_received"), "total_tip_received", required=False)
    for key in ("original_total_duties_set", "original_total_additional_fees_set"):
        fees += _shop_money(order, key) or ZERO
    return fees


def _refunded(order: dict[str, Any]) -> Decimal:
    """Money actually paid back: the successful ``refund`` transactions of every refund."""
    total = ZERO
    for index, raw in enumerate(as_list(order.get("refunds"), "refunds")):
        path = f"refunds[{index}]"
        transactions = as_list(as_object(raw, path).get("transactions"), f"{path}.transactions")
        for position, entry in enumerate(transactions):
            where = f"{path}.transactions[{position}]"
            transaction = as_object(entry, where)
            if transaction.get("kind") == "refund" and transaction.get("status") == "success":
                total += as_decimal(transaction.get("amount"), f"{where}.amount")
    return total


def _optional_time(order: dict[str, Any], key: str) -> datetime | None:
    value = order.get(key)
    return None if value in (None, "") else as_datetime(value, key)


def _buyer(order: dict[str, Any], billing: ChannelAddress, shipping: ChannelAddress) -> tuple[str, str, str]:
    customer = order.get("customer")
    customer = as_object(customer, "customer") if customer is not None else {}
    name = person_name(as_text(customer.get("first_name"), "customer.first_name"),
                       as_text(customer.get("last_name"), "customer.last_name"), billing.country)
    email = as_text(order.get("email"), "email") or as_text(order.get("contact_email"), "contact_email") \
        or as_text(customer.get("email"), "customer.email")
    phone = as_text(order.get("phone"), "phone") or billing.phone or shipping.phone \
        or as_text(customer.get("phone"), "customer.phone")
    return name or billing.name or shipping.name, email, phone


def _codes(order: dict[str, Any]) -> tuple[str, ...]:
    codes = []
    for index, entry in enumerate(as_list(order.get("discount_codes"), "discount_codes")):
        code = as_text(as_object(entry, f"discount_codes[{index}]").get("code"), f"discount_codes[{index}].code")
        if code:
            codes.append(code)
    return tuple(codes)


def _gateways(order: dict[str, Any]) -> str:
    names = as_list(order.get("payment_gateway_names"), "payment_gateway_names")
    return ", ".join(as_text(name, f"payment_gateway_names[{i}]") for i, name in enumerate(names) if name)


def parse_order(payload: Any) -> ChannelOrder:
    """One Shopify order (bare or as ``{"order": …}``) → ChannelOrder; raises :class:`PayloadError`."""
    order = unwrap_order(payload)
    if not isinstance(order, dict):
        raise PayloadError(WHOLE_ORDER, f"expected an order object, got {describe(order)}")
    external_id = as_identifier(order.get("id"), "id")
    included = as_boolean(order.get("taxes_included"), "taxes_included")
    lines = tuple(_line(raw, f"line_items[{i}]", included)
                  for i, raw in enumerate(as_list(order.get("line_items"), "line_items")))
    created_at = as_datetime(order.get("created_at"), "created_at")
    financial = as_required_text(order.get("financial_status"), "financial_status")
    fulfillment = as_text(order.get("fulfillment_status"), "fulfillment_status")
    cancelled = _optional_time(order, "cancelled_at") is not None
    closed_at = _optional_time(order, "closed_at")
    shipping_total, shipping_tax = _shipping(order, included)
    discount_tax = sum((line.subtotal_tax - line.total_tax for line in lines), ZERO) if included else ZERO
    billing = _address(order, "billing_address", as_text(order.get("email"), "email"))
    shipping = _address(order, "shipping_address")
    buyer_name, buyer_email, buyer_phone = _buyer(order, billing, shipping)
    return ChannelOrder(
        external_id=external_id,
        number=as_text(order.get("name"), "name") or as_text(order.get("order_number"), "order_number") or external_id,
        status=status_word(financial, fulfillment, cancelled),
        lifecycle=lifecycle_of(financial, fulfillment, cancelled, closed_at is not None),
        currency=as_required_text(order.get("currency"), "currency"),
        created_at=created_at,
        updated_at=_optional_time(order, "updated_at") or created_at,
        lines=lines,
        total=as_decimal(order.get("total_price"), "total_price"),
        total_tax=as_decimal(order.get("total_tax"), "total_tax", required=False),
        discount_total=as_decimal(order.get("total_discounts"), "total_discounts", required=False) - discount_tax,
        discount_tax=discount_tax,
        shipping_total=shipping_total,
        shipping_tax=shipping_tax,
        fee_total=_fees(order),
        refunded_total=_refunded(order),
        prices_include_tax=included,
        completed_at=closed_at,
        buyer_name=buyer_name,
        buyer_email=buyer_email,
        buyer_phone=buyer_phone,
        billing_address=billing,
        shipping_address=shipping,
        buyer_remark=as_text(order.get("note"), "note"),
        payment_method=_gateways(order),
        coupon_codes=_codes(order),
        raw=order,
    )


def parse_order_safely(item: Any) -> ChannelOrder | OrderParseFailure:
    return parse_safely(lambda: parse_order(item), external_id_of(unwrap_order(item)), raw_of(item))


def parse_orders(items: Sequence[Any]) -> tuple[list[ChannelOrder], list[OrderParseFailure]]:
    orders: list[ChannelOrder] = []
    failures: list[OrderParseFailure] = []
    for item in items:
        result = parse_order_safely(item)
        if isinstance(result, OrderParseFailure):
            failures.append(result)
        else:
            orders.append(result)
    return orders, failures


# -- fulfillment helpers (pure, so the samples can test them) -------------------------------------


@dataclass(frozen=True)
class Shipped:
    """What the order's fulfillments under one tracking number already hold."""

    fulfillment_ids: tuple[str, ...] = ()
    by_line: dict[str, int] = field(default_factory=dict)  # order line id -> units
    by_variant: dict[str, int] = field(default_factory=dict)


def shipped_with(fulfillments: list[Any], tracking_number: str) -> Shipped:
    """The live (not cancelled or failed) fulfillments carrying ``tracking_number``."""
    ids, by_line, by_variant = [], {}, {}
    for fulfillment in fulfillments:
        if not isinstance(fulfillment, dict):
            continue
        numbers = fulfillment.get("tracking_numbers") or [fulfillment.get("tracking_number")]
        if fulfillment.get("status") not in LIVE_FULFILLMENT or tracking_number not in numbers:
            continue
        ids.append(str(fulfillment.get("id")))
        for item in fulfillment.get("line_items") or []:
            if not isinstance(item, dict):
                continue
            units = int(item.get("quantity") or 0)
            for tally, key in ((by_line, str(item.get("id"))), (by_variant, str(item.get("variant_id")))):
                tally[key] = tally.get(key, 0) + units
    return Shipped(tuple(ids), by_line, by_variant)


@dataclass(frozen=True)
class FulfillmentGroup:
    """What one ``POST fulfillments.json`` ships: fulfillment order id → [(its line item id, units)]."""

    location_id: str
    lines: dict[int, list[tuple[int, int]]]
    whole: frozenset[int] = frozenset()  # fulfillment orders shipped entirely (no line list sent)


def fulfillment_body(group: FulfillmentGroup, number: str, company: str, url: str,
                     notify_customer: bool) -> dict[str, Any]:
    """The request body Shopify documents for ``POST /fulfillments.json``."""
    tracking = {key: value for key, value in (("number", number), ("company", company), ("url", url)) if value}
    orders = []
    for fo_id, items in group.lines.items():
        entry: dict[str, Any] = {"fulfillment_order_id": fo_id}
        if fo_id not in group.whole:
            entry["fulfillment_order_line_items"] = [{"id": item_id, "quantity": units} for item_id, units in items]
        orders.append(entry)
    return {"fulfillment": {"notify_customer": notify_customer, "tracking_info": tracking,
                            "line_items_by_fulfillment_order": orders}}


def inventory_set_body(location_id: str, inventory_item_id: str, available: int) -> dict[str, int]:
    """The request body of ``POST /inventory_levels/set.json`` (ids as JSON numbers)."""
    return {"location_id": int(location_id), "inventory_item_id": int(inventory_item_id), "available": available}


class CannotShip(ValueError):
    """The package does not fit what the order has left to ship; the message says why."""


def plan_fulfillments(fulfillment_orders: list[Any], by_line: dict[str, int] | None,
                      by_variant: dict[str, int] | None = None) -> list[FulfillmentGroup]:
    """Spread the wanted units (order line id → units, variant id → units; both None: all that
    is left) over the open fulfillment orders, one group per location (a fulfillment ships from
    one location). Raises :class:`CannotShip` when the open ones hold fewer units."""
    everything = by_line is None and by_variant is None
    lines_left, variants_left = dict(by_line or {}), dict(by_variant or {})
    chosen: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for fo in fulfillment_orders:
        if not isinstance(fo, dict) or fo.get("status") not in OPEN_FULFILLMENT_ORDER:
            continue
        items = _take_from(fo, lines_left, variants_left, everything=everything)
        if items:
            chosen.setdefault(str(fo.get("assigned_location_id") or ""), {})[int(fo["id"])] = items
    short = [f"line {key}: {units} more" for key, units in lines_left.items() if units > 0] + \
        [f"variant {key}: {units} more" for key, units in variants_left.items() if units > 0]
    if short:
        raise CannotShip(f"the package holds more units than are left to ship ({', '.join(short)})")
    return [FulfillmentGroup(location, lines, frozenset(lines) if everything else frozenset())
            for location, lines in chosen.items()]


def _take_from(fo: dict[str, Any], by_line: dict[str, int], by_variant: dict[str, int], *,
               everything: bool) -> list[tuple[int, int]]:
    """(fulfillment order line item id, units) taken from this fulfillment order; the wanted
    units it covers are deducted from ``by_line`` / ``by_variant``."""
    chosen: dict[int, int] = {}
    for item in fo.get("line_items") or []:
        left = int(item.get("fulfillable_quantity") or 0) if isinstance(item, dict) else 0
        if left <= 0:
            continue
        item_id = int(item["id"])
        if everything:
            chosen[item_id] = left
            continue
        for pool, key in ((by_line, str(item.get("line_item_id"))), (by_variant, str(item.get("variant_id")))):
            units = min(left, pool.get(key, 0))
            if units > 0:
                pool[key] -= units
                left -= units
                chosen[item_id] = chosen.get(item_id, 0) + units
    return list(chosen.items())


# -- the rate limit --------------------------------------------------------------------------------


class CallLimitPacer:
    """A client-side model of Shopify's leaky bucket, fed by ``X-Shopify-Shop-Api-Call-Limit``.

    Requests wait while the bucket, as last reported and drained since, would be above
    its ceiling (a tenth below full, at least two requests), so our own pace never brings
    a 429; one can still come when another program uses the same app's bucket, and its
    ``Retry-After`` is then waited out by the HTTP client.
    """

    def __init__(self, monotonic: Callable[[], float] = time.monotonic, *, size: int = 40,
                 leak_per_second: float | None = None) -> None:
        """``leak_per_second`` when the shop's plan is known; else it follows from the bucket's size."""
        self._monotonic = monotonic
        self.used = 0
        self.size = size
        self.leak_per_second = leak_per_second
        self._seen_at: float | None = None

    def observe(self, header: str | None) -> None:
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", header or "")
        if match is None or int(match.group(2)) <= 0:
            return
        self.used, self.size = int(match.group(1)), int(match.group(2))
        self._seen_at = self._monotonic()

    def wait_before_next(self) -> float:
        if self._seen_at is None:
            return 0.0
        leak = self.leak_per_second or self.size / BUCKET_DRAIN_SECONDS
        level = max(0.0, self.used - (self._monotonic() - self._seen_at) * leak)
        ceiling = self.size - max(2, self.size // 10)
        return max(0.0, (level + 1 - ceiling) / leak)


# -- the connector ------------------------------------------------------------------------------------


def normalise_shop_url(url: str) -> str:
    """``https://{shop}.myshopify.com`` from what merchants paste: the bare shop name, the
    myshopify domain, an admin link (``admin.shopify.com/store/{shop}``) or any of them with a path."""
    text = url.strip()
    if not text:
        raise ConnectorError("The Shopify shop URL is empty; enter the shop's address, such as "
                             "https://your-shop.myshopify.com.")
    if re.fullmatch(r"[a-z0-9][a-z0-9-]*", text, flags=re.IGNORECASE):
        return f"https://{text.lower()}.myshopify.com"
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectorError(f"{url!r} is not a web address; it should look like https://your-shop.myshopify.com.")
    admin = re.match(r"^/store/([a-z0-9][a-z0-9-]*)", parts.path, flags=re.IGNORECASE)
    if parts.hostname == "admin.shopify.com" and admin:
        return f"https://{admin.group(1).lower()}.myshopify.com"
    path = re.sub(r"/admin(/.*)?$", "", parts.path.rstrip("/"))
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))


def _errors_text(errors: Any) -> str:
    """Shopify's ``errors``: a string, a list of strings or ``{field: message(s)}``."""
    if isinstance(errors, str):
        return errors.strip()
    if isinstance(errors, list):
        return "; ".join(_errors_text(entry) for entry in errors if _errors_text(entry))
    if isinstance(errors, dict):
        return "; ".join(f"{field}: {_errors_text(message)}" for field, message in errors.items())
    return "" if errors is None else str(errors)


def _reason(response: requests.Response) -> str:
    try:
        body = json.loads(response.content)
    except ValueError:
        return ""
    if not isinstance(body, dict):
        return ""
    return _errors_text(body.get("errors")) or _errors_text(body.get("error_description")) \
        or _errors_text(body.get("error"))


def error_detail(response: requests.Response) -> str:
    """The reason in a Shopify error body, plus what to do about 401, 402 and 403."""
    detail = _reason(response)
    hint = {
        401: f" Check the Admin API access token ({ADMIN_TOKEN_HELP}), or the client ID and secret "
             f"({DEV_DASHBOARD_HELP}).",
        402: " The shop is frozen or its plan lacks this feature: check the shop's billing in the Shopify admin.",
        403: " Give the app the access scopes omsdesk needs (read_orders, read_all_orders, "
             "write_merchant_managed_fulfillment_orders, write_inventory, read_locations, read_products) "
             "and install the new version.",
    }.get(response.status_code, "")
    return (detail + hint).strip()


class _TokenAuth(AuthBase):
    """Sets the current access token on each prepared request (a retry after a refresh gets the new one)."""

    def __init__(self, token: Callable[[], str]) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["X-Shopify-Access-Token"] = self._token()
        return request


def _yes(value: Any, default: bool) -> bool:
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    return str(value).strip().lower() in ("1", "true", "yes", "on")


class ShopifyConnector:
    kind: ClassVar[str] = "shopify"
    display_name: ClassVar[str] = "Shopify"
    max_stock_batch: ClassVar[int] = 50
    settings: ClassVar[tuple[SettingField, ...]] = (
        SettingField("secret", QT_TRANSLATE_NOOP("Connectors", "Admin API access token"), secret=True,
                     required=False,
                     help=QT_TRANSLATE_NOOP("Connectors", "Shopify admin › Settings › Apps and sales channels › "
                                                          "Develop apps › your app › API credentials (shpat_…). "
                                                          "Leave empty for a Dev Dashboard app.")),
        SettingField("key", QT_TRANSLATE_NOOP("Connectors", "Client ID (Dev Dashboard app)"), required=False,
                     help=QT_TRANSLATE_NOOP("Connectors", "Only for an app made in the Shopify Dev Dashboard: "
                                                          "omsdesk then fetches access tokens itself.")),
        SettingField("client_secret", QT_TRANSLATE_NOOP("Connectors", "Client secret (Dev Dashboard app)"),
                     secret=True, required=False),
        SettingField("location_id", QT_TRANSLATE_NOOP("Connectors", "Location ID for stock"), required=False,
                     help=QT_TRANSLATE_NOOP("Connectors", "Leave empty to use the shop's primary location.")),
        SettingField("notify_customer", QT_TRANSLATE_NOOP("Connectors", "Email the buyer when shipped (yes/no)"),
                     required=False, default="yes"),
    )

    def __init__(
        self,
        config: ShopConfig,
        *,
        sleep: Sleep | None = None,
        session: requests.Session | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        """``sleep``, ``session`` and ``monotonic`` are for tests."""
        self.config = config
        self.base_url = normalise_shop_url(config.base_url)
        self.api_version = str(config.options.get("api_version") or API_VERSION)
        self.page_size = _page_size(config.options.get("page_size"))
        self.notify_customer = _yes(config.options.get("notify_customer"), default=True)
        self._token = config.secret.strip()
        self._client_id = config.key.strip()
        self._client_secret = config.secrets.get("client_secret", "").strip()
        self._token_expires: datetime | None = _expiry(config.secrets.get("token_expires_at"))
        self._pacer = CallLimitPacer(monotonic, size=_number(config.options.get("bucket_size"), int, 40),
                                     leak_per_second=_number(config.options.get("leak_per_second"), float, None))
        self._location_id = str(config.options.get("location_id") or "").strip()
        self._inventory_items: dict[str, str] = {}
        session = session or requests.Session()
        session.hooks["response"].append(self._observe)
        common = {"timeout": config.timeout_seconds, "max_retries": config.max_retries, "sleep": sleep,
                  "session": session, "not_found_message": self._no_api_message,
                  "backoff_base": config.backoff_seconds, "backoff_cap": BACKOFF_CAP_SECONDS}
        self._http = HttpClient(self.display_name, error_detail=error_detail, **common)
        # The token grant's errors are read without the API's hints.
        self._token_http = HttpClient(self.display_name, error_detail=_reason, **common)
        self._auth = _TokenAuth(lambda: self._token)

    def api_url(self, route: str) -> str:
        return f"{self.base_url}/admin/api/{self.api_version}/{route}.json"

    def close(self) -> None:
        self._http.close()

    # -- Connector protocol --------------------------------------------------------------------------

    def test_connection(self) -> str:
        shop = self._get("shop", what="the connection test").body
        count = self._get("orders/count", [("status", "any")], what="the connection test").body
        name = as_text((shop.get("shop") or {}).get("name"), "shop.name") if isinstance(shop, dict) else ""
        orders = count.get("count") if isinstance(count, dict) else None
        label = f"Shopify shop {name!r}" if name else "Shopify"
        if isinstance(orders, int):
            return f"{label} at {self.base_url}: {orders} order{'' if orders == 1 else 's'}"
        return f"{label} at {self.base_url}: connected"

    def iter_order_pages(
        self, modified_after: datetime | None, cancelled: CancelCheck | None = None
    ) -> Iterator[OrderPage]:
        filters: list[tuple[str, str]] = [("status", "any")]
        if modified_after is not None:
            filters.append(("updated_at_min", _query_time(modified_after)))
        total_pages = self._page_estimate(filters, cancelled)
        params = [*filters, ("order", "updated_at asc"), ("limit", str(self.page_size))]
        page = 1
        while True:
            _check(cancelled)
            result = self._get("orders", params, what=f"orders page {page}", cancelled=cancelled)
            items = self._page_items(result.body, page)
            if not items:
                return
            orders, failures = parse_orders(items)
            yield OrderPage(page, max(total_pages, page) if total_pages else None, tuple(orders), tuple(failures))
            page_info = _next_page_info(result.response)
            if not page_info:
                return
            # Shopify refuses filters next to page_info: the cursor carries them.
            params, page = [("limit", str(self.page_size)), ("page_info", page_info)], page + 1

    def fetch_order(self, external_id: str, cancelled: CancelCheck | None = None) -> ChannelOrder | OrderParseFailure:
        try:
            result = self._get(f"orders/{_order_id(external_id)}", what=f"order {external_id}", cancelled=cancelled)
        except NotFoundError:
            raise NotFoundError(f"Shopify at {self.base_url} has no order {external_id} (deleted, or from "
                                "another shop?).") from None
        return parse_order_safely(result.body)

    def confirm_shipment(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None = None) -> PushResult:
        return self._repeating(lambda: self._confirm_once(shipment, cancelled),
                               f"the tracking of order {shipment.order_external_id}", cancelled)

    def push_stock(self, levels: Sequence[StockLevel], cancelled: CancelCheck | None = None) -> list[PushResult]:
        if not levels:
            return []
        location_id = self._stock_location(cancelled)
        return [self._push_level(level, location_id, cancelled) for level in levels]

    # -- orders ----------------------------------------------------------------------------------------

    def _page_estimate(self, filters: list[tuple[str, str]], cancelled: CancelCheck | None) -> int | None:
        body = self._get("orders/count", filters, what="the order count", cancelled=cancelled).body
        count = body.get("count") if isinstance(body, dict) else None
        if not isinstance(count, int) or isinstance(count, bool):
            return None
        return max(1, -(-count // self.page_size))

    def _page_items(self, body: Any, page: int) -> list[Any]:
        items = body.get("orders") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise ConnectorError(
                f"Shopify at {url_for_messages(self.api_url('orders'))} sent orders page {page} as "
                f"{describe(body)[:80]} instead of a list of orders."
            )
        return items

    # -- tracking ------------------------------------------------------------------------------------

    def _confirm_once(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None) -> PushResult:
        """Look at the order's fulfillments first: a package whose earlier push reached Shopify
        (the answer lost) is reported as done instead of being shipped again."""
        order_id = _order_id(shipment.order_external_id)
        number = shipment.tracking_number.strip()
        reject = _rejecter(shipment)
        if not number:
            return reject("the tracking number is empty")
        try:
            fulfillments = self._get_list(f"orders/{order_id}/fulfillments", "fulfillments",
                                          what=f"the fulfillments of order {order_id}", cancelled=cancelled)
        except NotFoundError:
            return reject(f"Shopify has no order {order_id} (deleted, or from another shop?)")
        already = shipped_with(fulfillments, number)
        try:
            by_line, by_variant = _units_to_ship(shipment, already)
        except CannotShip as problem:
            return reject(str(problem))
        if shipment.lines and not by_line and not by_variant:
            return _accepted(shipment, already, "already shipped with this tracking number")
        fulfillment_orders = self._get_list(f"orders/{order_id}/fulfillment_orders", "fulfillment_orders",
                                            what=f"the fulfillment orders of order {order_id}", cancelled=cancelled)
        try:
            groups = plan_fulfillments(fulfillment_orders, by_line if shipment.lines else None,
                                       by_variant if shipment.lines else None)
        except CannotShip as problem:
            return reject(f"order {order_id}: {problem}")
        if not groups:
            if already.fulfillment_ids:
                return _accepted(shipment, already, "already shipped with this tracking number")
            return reject(f"order {order_id} has nothing left to ship (fulfilled, cancelled or closed)")
        created = []
        for group in groups:
            outcome = self._post_fulfillment(group, shipment, cancelled)
            if isinstance(outcome, PushResult):
                return outcome
            created.append(outcome)
        return PushResult(shipment.package_id, True, f"shipped with tracking number {number}",
                          channel_reference=",".join((*already.fulfillment_ids, *created)))

    def _post_fulfillment(self, group: FulfillmentGroup, shipment: ShipmentConfirmation,
                          cancelled: CancelCheck | None) -> str | PushResult:
        """The new fulfillment's id, or the refusal (Shopify's 422 reason) as a PushResult."""
        body = fulfillment_body(group, shipment.tracking_number.strip(), shipment.carrier_code or
                                shipment.carrier_name, shipment.tracking_url, self.notify_customer)
        try:
            # Not repeated after a lost answer (Shopify may have acted): confirm_shipment looks first, then retries.
            answer = self._post("fulfillments", body, what=f"the tracking of order {shipment.order_external_id}",
                                cancelled=cancelled, idempotent=False)
        except ConnectorError as refused:
            if refused.retryable or isinstance(refused, (AuthError, CancelledError)):
                raise
            return _rejecter(shipment)(str(refused))
        fulfillment = answer.get("fulfillment") if isinstance(answer, dict) else None
        return str(fulfillment.get("id")) if isinstance(fulfillment, dict) else ""

    # -- stock ---------------------------------------------------------------------------------------

    def _stock_location(self, cancelled: CancelCheck | None) -> str:
        if self._location_id:
            if not self._location_id.isdigit():
                raise ConnectorError(f"The Shopify location ID {self._location_id!r} in the shop settings is not a "
                                     "number; copy it from Shopify admin › Settings › Locations (the number at the "
                                     "end of the location's address), or leave it empty for the primary location.")
            return self._location_id
        shop = self._get("shop", what="the shop's primary location", cancelled=cancelled).body
        primary = str((shop.get("shop") or {}).get("primary_location_id") or "") if isinstance(shop, dict) else ""
        locations = self._get_list("locations", "locations", what="the shop's locations", cancelled=cancelled)
        chosen = choose_location(locations, primary)
        if chosen is None:
            raise ConnectorError(f"Shopify at {self.base_url} has no active location to hold stock. Add or "
                                 "reactivate one (Settings › Locations), or enter a location ID in the shop settings.")
        self._location_id = chosen
        return chosen

    def _push_level(self, level: StockLevel, location_id: str, cancelled: CancelCheck | None) -> PushResult:
        variant = level.channel_variant_id.strip()
        if not variant:
            return PushResult(level.key, False, f"listing {level.key}: Shopify stock is set per variant, and this "
                                                "listing has no variant id; map it from an imported order line.")
        what = f"the stock of variant {variant}"
        try:
            item_id = self._inventory_item(variant, cancelled)
            body = inventory_set_body(location_id, item_id, level.quantity)
            # Setting an absolute quantity twice is harmless, so any failed attempt may be repeated.
            answer = self._post("inventory_levels/set", body, what=what, cancelled=cancelled, idempotent=True)
        except NotFoundError:
            return PushResult(level.key, False, f"Shopify has no variant {variant} (deleted?); listing {level.key} "
                                                "was not updated.")
        except ConnectorError as refused:
            if refused.retryable:
                tries = getattr(refused, "attempts", 1)
                again = type(refused)(f"Shopify: {what} did not go through in {tries} attempt"
                                      f"{'s' if tries != 1 else ''}; trying again later is safe, nothing will be "
                                      f"doubled. Last problem: {refused}")
                raise with_details(again, status=getattr(refused, "status", None), code=getattr(refused, "code", ""),
                                   retry_after=getattr(refused, "retry_after", None)) from None
            if isinstance(refused, (AuthError, CancelledError)):
                raise
            return PushResult(level.key, False, f"listing {level.key}: {refused}")
        stored = answer.get("inventory_level") if isinstance(answer, dict) else None
        available = stored.get("available") if isinstance(stored, dict) else level.quantity
        return PushResult(level.key, True, f"{available} available at location {location_id}",
                          channel_reference=f"{item_id}@{location_id}")

    def _inventory_item(self, variant_id: str, cancelled: CancelCheck | None) -> str:
        """The variant's inventory item id, asked once per connector."""
        cached = self._inventory_items.get(variant_id)
        if cached is None:
            body = self._get(f"variants/{_order_id(variant_id)}", what=f"variant {variant_id}",
                             cancelled=cancelled).body
            cached = self._inventory_items[variant_id] = inventory_item_of(body, variant_id)
        return cached

    # -- requests ------------------------------------------------------------------------------------

    def _get(self, route: str, params: Sequence[tuple[str, str]] = (), *, what: str,
             cancelled: CancelCheck | None = None) -> JsonResponse:
        return self._authorised(lambda: self._http.get_json(
            self.api_url(route), params=list(params), auth=self._auth, cancelled=cancelled, what=what), cancelled)

    def _get_list(self, route: str, key: str, *, what: str, cancelled: CancelCheck | None) -> list[Any]:
        """``GET <route>`` whose answer is ``{key: [...]}``."""
        body = self._get(route, what=what, cancelled=cancelled).body
        items = body.get(key) if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise ConnectorError(f"Shopify at {url_for_messages(self.api_url(route))} sent {what} as "
                                 f"{describe(body)[:80]} instead of a list of {key}.")
        return items

    def _post(self, route: str, body: dict[str, Any], *, what: str, cancelled: CancelCheck | None,
              idempotent: bool) -> Any:
        """A POST, repeated after a lost or garbled answer only when ``idempotent``."""
        url = self.api_url(route)
        return self._authorised(lambda: self._http.send_json(
            "POST", url, json_body=body, auth=self._auth, cancelled=cancelled, what=what,
            idempotent=idempotent), cancelled).body

    def _authorised(self, send: Callable[[], T], cancelled: CancelCheck | None) -> T:
        """Send with a valid token: fetch one first if needed, and once more after a 401."""
        self._ensure_token(cancelled)
        self._pause(self._pacer.wait_before_next(), cancelled)
        try:
            return send()
        except AuthError as refused:
            if refused.status != 401 or not self._can_fetch_tokens:
                raise
        self._fetch_token(cancelled)
        self._pause(self._pacer.wait_before_next(), cancelled)
        return send()

    def _repeating(self, attempt: Callable[[], T], what: str, cancelled: CancelCheck | None) -> T:
        """Run ``attempt`` until it gets an answer; it must be safe to run again after a lost answer."""
        tries = 0
        while True:
            tries += 1
            try:
                return attempt()
            except ConnectorError as failure:
                if not failure.retryable:
                    raise
                if tries > self.config.max_retries:
                    raise type(failure)(f"Shopify: {what} did not go through in {tries} attempts; trying again "
                                        f"later is safe, nothing will be doubled. Last problem: {failure}") from None
            self._pause(self._http.backoff(tries), cancelled)

    def _observe(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self._pacer.observe(response.headers.get(CALL_LIMIT_HEADER))

    def _pause(self, seconds: float, cancelled: CancelCheck | None) -> None:
        self._http.wait(seconds, cancelled)

    # -- tokens ----------------------------------------------------------------------------------------

    @property
    def _can_fetch_tokens(self) -> bool:
        return bool(self._client_id and self._client_secret)

    def _ensure_token(self, cancelled: CancelCheck | None) -> None:
        expiring = self._token_expires is not None and datetime.now(UTC) >= self._token_expires - TOKEN_REFRESH_MARGIN
        if self._token and not (expiring and self._can_fetch_tokens):
            return
        if not self._can_fetch_tokens:
            raise AuthError(f"Shopify needs an Admin API access token ({ADMIN_TOKEN_HELP}), or the client ID and "
                            f"secret of a Dev Dashboard app ({DEV_DASHBOARD_HELP}); enter them in the shop settings.")
        self._fetch_token(cancelled)

    def _fetch_token(self, cancelled: CancelCheck | None) -> None:
        """The client-credentials grant; the new token is handed to ``save_credentials``."""
        url = f"{self.base_url}/admin/oauth/access_token"
        body = {"client_id": self._client_id, "client_secret": self._client_secret, "grant_type": "client_credentials"}

        try:
            # A second grant only makes a second token: safe to repeat.
            answer = self._token_http.send_json("POST", url, json_body=body, cancelled=cancelled,
                                                what="a new access token", idempotent=True).body
        except ConnectorError as refused:
            if refused.retryable or isinstance(refused, CancelledError):
                raise
            raise AuthError(f"{refused} Check the client ID and secret ({DEV_DASHBOARD_HELP}) and that the app is "
                            "installed on this shop.") from None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise AuthError(f"Shopify at {self.base_url} granted no access token; check the app's settings "
                            f"({DEV_DASHBOARD_HELP}).")
        self._token = token
        lifetime = answer.get("expires_in")
        self._token_expires = datetime.now(UTC) + timedelta(seconds=lifetime) \
            if isinstance(lifetime, int) and lifetime > 0 else None
        if self.config.save_credentials is not None:
            saved = {"secret": token}
            if self._token_expires is not None:
                saved["token_expires_at"] = self._token_expires.isoformat(timespec="seconds")
            self.config.save_credentials(saved)

    def _no_api_message(self, url: str, detail: str, code: str = "") -> str:
        return (f"There is no Shopify Admin API at {url} (HTTP 404{': ' + detail if detail else ''}). "
                "Check the shop URL: it should be the shop's myshopify.com address, such as "
                "https://your-shop.myshopify.com.")


# -- small helpers ----------------------------------------------------------------------------------


N = TypeVar("N", int, float)


def _number(option: Any, kind: type[N], default: Any) -> Any:
    """A numeric option (hidden, for tuning and tests); anything unreadable means the default."""
    try:
        value = kind(option)
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


def _page_size(option: Any) -> int:
    try:
        value = int(option) if option not in (None, "") else MAX_PAGE_SIZE
    except (TypeError, ValueError):
        value = MAX_PAGE_SIZE
    return max(1, min(MAX_PAGE_SIZE, value))


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise CancelledError("Cancelled.")


def _query_time(moment: datetime) -> str:
    """Whole seconds, rounded down (``updated_at_min`` is inclusive, so nothing is lost)."""
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.replace(microsecond=0).isoformat()


def _next_page_info(response: requests.Response) -> str:
    """The ``page_info`` of the ``rel="next"`` link; only it is used: the link's host need not be ours."""
    link = response.links.get("next", {}).get("url", "")
    return dict(parse_qsl(urlsplit(link).query)).get("page_info", "")


def _order_id(external_id: str) -> str:
    text = str(external_id).strip()
    if not text.isdigit():
        raise ConnectorError(f"{external_id!r} is not a Shopify id (Shopify ids are numbers).")
    return text


def _expiry(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return as_datetime(text, "token_expires_at")
    except PayloadError:
        return None


def _rejecter(shipment: ShipmentConfirmation) -> Callable[[str], PushResult]:
    def reject(reason: str) -> PushResult:
        return PushResult(shipment.package_id, False, f"Shopify did not take package {shipment.package_id} "
                                                      f"(order {shipment.order_external_id}, tracking "
                                                      f"{shipment.tracking_number}): {reason}.")
    return reject


def _accepted(shipment: ShipmentConfirmation, already: Shipped, message: str) -> PushResult:
    return PushResult(shipment.package_id, True, message, channel_reference=",".join(already.fulfillment_ids))


def _units_to_ship(shipment: ShipmentConfirmation, already: Shipped) -> tuple[dict[str, int], dict[str, int]]:
    """Units of the package not yet shipped under its tracking number, per order line id (and per
    variant id for package lines that name only the variant)."""
    by_line: dict[str, int] = {}
    by_variant: dict[str, int] = {}
    for line in shipment.lines:
        if line.quantity != line.quantity.to_integral_value() or line.quantity <= 0:
            raise CannotShip(f"line {line.external_line_id or line.channel_variant_id}: {line.quantity} is not a "
                             "whole number of units")
        units = int(line.quantity)
        if line.external_line_id:
            by_line[line.external_line_id] = by_line.get(line.external_line_id, 0) + units
        elif line.channel_variant_id:
            by_variant[line.channel_variant_id] = by_variant.get(line.channel_variant_id, 0) + units
        else:
            raise CannotShip("a package line names neither a Shopify line item nor a variant")
    for wanted, shipped in ((by_line, already.by_line), (by_variant, already.by_variant)):
        for key in wanted:
            wanted[key] = max(0, wanted[key] - shipped.get(key, 0))
    return {k: v for k, v in by_line.items() if v}, {k: v for k, v in by_variant.items() if v}


def choose_location(locations: list[Any], primary_id: str) -> str | None:
    """The primary location if it can hold stock, else the first active one that can (not a
    fulfillment service's "legacy" location)."""
    usable = [loc for loc in locations if isinstance(loc, dict) and loc.get("active") and not loc.get("legacy")]
    chosen = next((loc for loc in usable if str(loc.get("id")) == primary_id), usable[0] if usable else None)
    return None if chosen is None else str(chosen["id"])


def inventory_item_of(body: Any, variant_id: str) -> str:
    """``variant.inventory_item_id`` of a ``GET variants/{id}.json`` answer."""
    variant = body.get("variant") if isinstance(body, dict) else None
    item = variant.get("inventory_item_id") if isinstance(variant, dict) else None
    if not isinstance(item, int) or isinstance(item, bool):
        raise ConnectorError(f"Shopify sent variant {variant_id} without an inventory item id.")
    return str(item)
