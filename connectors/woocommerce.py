"""WooCommerce REST API v3 connector (``/wp-json/wc/v3``).

Pulls orders incrementally (``modified_after`` + ``orderby=date&order=asc``) and
maps each order payload to :class:`connectors.base.ChannelOrder`. Every order is
parsed on its own: a broken one becomes an :class:`OrderParseFailure` naming the
field, the rest of the page still arrives.

Pushes back the way merchants' tools do it with WooCommerce:

* a package's tracking number goes to the Shipment Tracking extension
  (``/wp-json/wc-shipment-tracking/v3/orders/<id>/shipment-trackings``), or, where
  that answers ``rest_no_route`` (not installed; remembered), into a customer
  note; then ``PUT /orders/<id>`` ``{"status": "completed"}`` when the package
  completes the order (so the "Completed order" e-mail carries the tracking);
* stock levels go in batches of at most 100 to ``/products/batch`` and
  ``/products/<parent>/variations/batch`` with ``manage_stock`` on (WooCommerce
  ignores ``stock_quantity`` otherwise); per-item refusals become per-level results.

Every push may be repeated safely: the tracking number is looked up before each
attempt to add it, and stock quantities are absolute.

Auth follows the WooCommerce docs: HTTP Basic over HTTPS, OAuth 1.0a one-legged
signing over plain HTTP; ``options["auth"]`` ("basic", "oauth1", "query")
overrides the choice.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import re
import secrets
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import requests
from requests.auth import AuthBase, HTTPBasicAuth

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
    ThrottledError,
    TransientError,
)
from connectors.http import ErrorBody, HttpClient, JsonResponse, Sleep, url_for_messages, with_details
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
    tracking_key,
)

API_PREFIX = "/wp-json/wc/v3"
TRACKING_API_PREFIX = "/wp-json/wc-shipment-tracking/v3"
AUTH_MODES = ("basic", "oauth1", "query")
MAX_PER_PAGE = 100
MAX_BATCH_ITEMS = 100  # WooCommerce's woocommerce_rest_batch_items_limit
CHINESE_NOTE_COUNTRIES = frozenset({"CN", "TW", "HK", "MO"})
NO_ROUTE = "rest_no_route"
WRITE_BACKOFF_CAP_SECONDS = 30.0

Params = list[tuple[str, str]]
Found = TypeVar("Found")
Item = TypeVar("Item")


# -- payload parsing ---------------------------------------------------------------


def _order_time(order: dict[str, Any], name: str, *, required: bool) -> datetime | None:
    """``<name>_gmt`` as UTC; only when it is absent, the site-local ``<name>`` read as UTC."""
    gmt_field = f"{name}_gmt"
    if order.get(gmt_field) not in (None, ""):
        return as_datetime(order[gmt_field], gmt_field)
    if order.get(name) not in (None, ""):
        return as_datetime(order[name], name)
    if required:
        raise PayloadError(gmt_field, "is missing")
    return None


def _address(order: dict[str, Any], key: str) -> ChannelAddress:
    raw = order.get(key)
    if raw in (None, []):  # PHP serialises an empty address as []
        return ChannelAddress()
    raw = as_object(raw, key)

    def field(name: str) -> str:
        return as_text(raw.get(name), f"{key}.{name}")

    return ChannelAddress(
        name=person_name(field("first_name"), field("last_name"), field("country")),
        company=field("company"),
        line1=field("address_1"),
        line2=field("address_2"),
        city=field("city"),
        state=field("state"),
        postcode=field("postcode"),
        country=field("country"),
        phone=field("phone"),
        email=field("email"),
    )


def _attributes(meta_data: Any) -> tuple[tuple[str, str], ...]:
    """Visible line meta (variation attributes, add-on fields); "_" keys are internal."""
    if not isinstance(meta_data, list):
        return ()
    attributes = []
    for entry in meta_data:
        if not isinstance(entry, dict):
            continue
        key, value = entry.get("key"), entry.get("value")
        if not isinstance(key, str) or not key or key.startswith("_"):
            continue
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            attributes.append((key, str(value)))
    return tuple(attributes)


def _line(raw: Any, path: str) -> ChannelOrderLine:
    line = as_object(raw, path)
    quantity = as_decimal(line.get("quantity"), f"{path}.quantity")
    if quantity == 0:
        raise PayloadError(f"{path}.quantity", "is 0; a line needs a quantity to work out its unit price")
    subtotal = as_decimal(line.get("subtotal"), f"{path}.subtotal")
    return ChannelOrderLine(
        external_id=as_identifier(line.get("id"), f"{path}.id"),
        channel_sku=as_text(line.get("sku"), f"{path}.sku"),
        title=html.unescape(as_text(line.get("name"), f"{path}.name")),
        quantity=quantity,
        unit_price=(subtotal / quantity).quantize(UNIT_PRICE_PLACES, ROUND_HALF_UP),
        subtotal=subtotal,
        subtotal_tax=as_decimal(line.get("subtotal_tax"), f"{path}.subtotal_tax", required=False),
        total=as_decimal(line.get("total"), f"{path}.total"),
        total_tax=as_decimal(line.get("total_tax"), f"{path}.total_tax", required=False),
        channel_item_id=as_optional_identifier(line.get("product_id"), f"{path}.product_id"),
        channel_variant_id=as_optional_identifier(line.get("variation_id"), f"{path}.variation_id"),
        tax_class=as_text(line.get("tax_class"), f"{path}.tax_class"),
        attributes=_attributes(line.get("meta_data")),
    )


def _sum_of(order: dict[str, Any], list_key: str, amount_key: str) -> Decimal:
    total = ZERO
    for index, entry in enumerate(as_list(order.get(list_key), list_key)):
        path = f"{list_key}[{index}]"
        total += as_decimal(as_object(entry, path).get(amount_key), f"{path}.{amount_key}", required=False)
    return total


def _refunded_total(order: dict[str, Any]) -> Decimal:
    """Refund totals are negative in the payload ("-10.00"); the sum is returned positive."""
    return -_sum_of(order, "refunds", "total")


def _coupon_codes(order: dict[str, Any]) -> tuple[str, ...]:
    codes = []
    for index, entry in enumerate(as_list(order.get("coupon_lines"), "coupon_lines")):
        path = f"coupon_lines[{index}]"
        code = as_text(as_object(entry, path).get("code"), f"{path}.code")
        if code:
            codes.append(code)
    return tuple(codes)


# WooCommerce's own statuses; plugins add more, which count as open orders.
LIFECYCLES = {
    "pending": Lifecycle.AWAITING_PAYMENT,
    "checkout-draft": Lifecycle.AWAITING_PAYMENT,
    "processing": Lifecycle.OPEN,
    "on-hold": Lifecycle.ON_HOLD,  # usually waiting for a bank transfer to be confirmed
    "completed": Lifecycle.COMPLETED,
    "cancelled": Lifecycle.CANCELLED,
    "failed": Lifecycle.CANCELLED,
    "trash": Lifecycle.CANCELLED,
    "refunded": Lifecycle.REFUNDED,
}


def lifecycle_of(status: str) -> Lifecycle:
    return LIFECYCLES.get(status, Lifecycle.OPEN)


def _buyer_name(billing: ChannelAddress, shipping: ChannelAddress) -> str:
    return billing.name or shipping.name


def unwrap_envelope(payload: Any) -> Any:
    """Responses tunnelled through WordPress.com/Jetpack arrive as ``{"data": …}``."""
    if isinstance(payload, dict) and "data" in payload and "id" not in payload and "code" not in payload:
        return payload["data"]
    return payload


def parse_order(payload: dict[str, Any]) -> ChannelOrder:
    """One WooCommerce order payload → ChannelOrder; raises :class:`PayloadError`."""
    order = unwrap_envelope(payload)
    if not isinstance(order, dict):
        raise PayloadError(WHOLE_ORDER, f"expected an order object, got {describe(order)}")
    external_id = as_identifier(order.get("id"), "id")
    created_at = _order_time(order, "date_created", required=True)
    billing, shipping = _address(order, "billing"), _address(order, "shipping")
    lines = as_list(order.get("line_items"), "line_items")
    status = as_required_text(order.get("status"), "status")
    return ChannelOrder(
        external_id=external_id,
        number=as_text(order.get("number"), "number") or external_id,
        status=status,
        lifecycle=lifecycle_of(status),
        currency=as_required_text(order.get("currency"), "currency"),
        created_at=created_at,
        updated_at=_order_time(order, "date_modified", required=False) or created_at,
        lines=tuple(_line(line, f"line_items[{index}]") for index, line in enumerate(lines)),
        total=as_decimal(order.get("total"), "total"),
        total_tax=as_decimal(order.get("total_tax"), "total_tax", required=False),
        discount_total=as_decimal(order.get("discount_total"), "discount_total", required=False),
        discount_tax=as_decimal(order.get("discount_tax"), "discount_tax", required=False),
        shipping_total=as_decimal(order.get("shipping_total"), "shipping_total", required=False),
        shipping_tax=as_decimal(order.get("shipping_tax"), "shipping_tax", required=False),
        fee_total=_sum_of(order, "fee_lines", "total"),
        fee_tax=_sum_of(order, "fee_lines", "total_tax"),
        refunded_total=_refunded_total(order),
        prices_include_tax=as_boolean(order.get("prices_include_tax"), "prices_include_tax"),
        paid_at=_order_time(order, "date_paid", required=False),
        completed_at=_order_time(order, "date_completed", required=False),
        buyer_name=_buyer_name(billing, shipping),
        buyer_email=billing.email,
        buyer_phone=billing.phone,
        billing_address=billing,
        shipping_address=shipping,
        buyer_remark=as_text(order.get("customer_note"), "customer_note"),
        payment_method=as_text(order.get("payment_method_title"), "payment_method_title")
        or as_text(order.get("payment_method"), "payment_method"),
        coupon_codes=_coupon_codes(order),
        raw=order,
    )


def parse_order_safely(item: Any) -> ChannelOrder | OrderParseFailure:
    return parse_safely(lambda: parse_order(item), external_id_of(item), raw_of(item))


def parse_orders(payload: Any) -> tuple[list[ChannelOrder], list[OrderParseFailure]]:
    """A list of orders, one order, or a ``{"data": …}`` envelope of either."""
    body = unwrap_envelope(payload)
    items = body if isinstance(body, list) else [body]
    orders: list[ChannelOrder] = []
    failures: list[OrderParseFailure] = []
    for item in items:
        result = parse_order_safely(item)
        if isinstance(result, OrderParseFailure):
            failures.append(result)
        else:
            orders.append(result)
    return orders, failures


# -- OAuth 1.0a one-legged signing ---------------------------------------------------


def _rfc3986(text: str) -> str:
    return quote(text, safe="~")


def oauth1_base_string(method: str, url: str, params: Sequence[tuple[str, str]]) -> str:
    """``METHOD&pct(url)&pct(k=v&…)`` the way WooCommerce rebuilds it to check a signature."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    base_url = urlunsplit((parts.scheme, host, parts.path, "", ""))
    # WooCommerce sorts on the raw key (PHP strcmp, so byte order), then encodes.
    ordered = sorted(params, key=lambda pair: pair[0].encode())
    joined = "&".join(f"{_rfc3986(key)}={_rfc3986(value)}" for key, value in ordered)
    return "&".join((method.upper(), _rfc3986(base_url), _rfc3986(joined)))


def oauth1_signature(base_string: str, secret: str, method: str = "HMAC-SHA256") -> str:
    digest = hashlib.sha1 if method == "HMAC-SHA1" else hashlib.sha256
    mac = hmac.new(f"{secret}&".encode(), base_string.encode(), digest)
    return base64.b64encode(mac.digest()).decode("ascii")


def oauth1_sign(
    method: str,
    url: str,
    params: Sequence[tuple[str, str]],
    key: str,
    secret: str,
    *,
    timestamp: int,
    nonce: str,
    signature_method: str = "HMAC-SHA256",
) -> list[tuple[str, str]]:
    """``params`` plus the oauth_* parameters, ready for the query string."""
    signed = [
        *params,
        ("oauth_consumer_key", key),
        ("oauth_nonce", nonce),
        ("oauth_signature_method", signature_method),
        ("oauth_timestamp", str(timestamp)),
    ]
    signature = oauth1_signature(oauth1_base_string(method, url, signed), secret, signature_method)
    return [*signed, ("oauth_signature", signature)]


class WooCommerceOAuth1(AuthBase):
    """Signs each prepared request afresh, so a retried request gets a new nonce."""

    def __init__(self, key: str, secret: str, clock: Callable[[], float] = time.time) -> None:
        self.key = key
        self.secret = secret
        self._clock = clock

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        parts = urlsplit(request.url or "")
        params = parse_qsl(parts.query, keep_blank_values=True)
        signed = oauth1_sign(
            request.method or "GET", request.url or "", params, self.key, self.secret,
            timestamp=int(self._clock()), nonce=secrets.token_hex(16),
        )
        request.url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(signed), ""))
        return request


def _is_auth_param(name: str) -> bool:
    return name.startswith("oauth_") or name in ("consumer_key", "consumer_secret")


# -- the connector ------------------------------------------------------------------------


def normalise_base_url(url: str) -> str:
    """The site root: trailing slashes and a pasted ``/wp-json/...`` suffix removed."""
    text = url.strip()
    if not text:
        raise ConnectorError("The WooCommerce shop URL is empty; enter the address of the shop.")
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConnectorError(f"{url!r} is not a web address; it should look like https://shop.example.com.")
    path = re.sub(r"/wp-json(/.*)?$", "", parts.path.rstrip("/"))
    return urlunsplit((parts.scheme, parts.netloc, path.rstrip("/"), "", ""))


def _auth_mode(option: Any, base_url: str) -> str:
    if option in (None, ""):
        return "basic" if base_url.startswith("https://") else "oauth1"
    mode = str(option).strip().lower()
    if mode not in AUTH_MODES:
        raise ConnectorError(f"Unknown WooCommerce auth option {option!r}; use one of {', '.join(AUTH_MODES)}.")
    return mode


def _per_page(option: Any) -> int:
    try:
        value = int(option) if option is not None else MAX_PER_PAGE
    except (TypeError, ValueError):
        value = MAX_PER_PAGE
    return max(1, min(MAX_PER_PAGE, value))


def _header_int(response: requests.Response, name: str) -> int | None:
    try:
        return int(response.headers.get(name, "").strip())
    except ValueError:
        return None


def _gmt_query_time(moment: datetime) -> str:
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    # Whole seconds, rounded down: WooCommerce stores seconds and compares with ">".
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _with_page(params: Params, page: int) -> Params:
    return [*(pair for pair in params if pair[0] != "page"), ("page", str(page))]


def _strip_html(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())

# -- push-back helpers -------------------------------------------------------------------------------


def _numeric_id(text: str) -> str:
    """A WooCommerce post id ("1234"), or "" when ``text`` is not one."""
    stripped = text.strip()
    return stripped if stripped.isdigit() and int(stripped) > 0 else ""


def _tracking_id_of(items: Sequence[Any], number: str) -> str | None:
    """The id of the Shipment Tracking item with ``number``, or None when there is none."""
    for item in items:
        if isinstance(item, dict) and tracking_key(item.get("tracking_number")) == tracking_key(number):
            return str(item.get("tracking_id") or "")
    return None


def _note_naming(notes: Sequence[Any], number: str) -> str | None:
    """The id of an order note that names ``number`` as a whole word, or None."""
    pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(number.strip())}(?![A-Za-z0-9])", re.IGNORECASE)
    for note in notes:
        if isinstance(note, dict) and pattern.search(_strip_html(str(note.get("note") or ""))):
            return str(note.get("id") or "")
    return None


def _provider_key(name: str) -> str:
    """Carrier names compare like the extension's ``sanitize_title`` slugs: "Royal Mail" ~ "royal-mail"."""
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def tracking_provider_names(body: Any) -> dict[str, str]:
    """The extension's carriers (``{region: {name: link format}}``) by comparable key."""
    regions = body.values() if isinstance(body, dict) else []
    return {_provider_key(name): name for region in regions if isinstance(region, dict) for name in region}


def _shop_offset(order: dict[str, Any]) -> timedelta:
    """The site's UTC offset, read from an order's local and GMT creation times."""
    try:
        local = datetime.fromisoformat(str(order["date_created"]))
        gmt = datetime.fromisoformat(str(order["date_created_gmt"]))
    except (KeyError, TypeError, ValueError):
        return timedelta(0)
    return local.replace(tzinfo=None) - gmt.replace(tzinfo=None)


def _shop_date(moment: datetime, order: dict[str, Any]) -> str:
    """``moment`` as the shop's calendar date (what ``date_shipped`` shows)."""
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return (utc + _shop_offset(order)).date().isoformat()


def _line_names(order: dict[str, Any], shipment: ShipmentConfirmation) -> list[str]:
    """"name × quantity" for each line of a partial package, named as the order names it."""
    names = {str(line.get("id")): html.unescape(str(line.get("name") or ""))
             for line in order.get("line_items") or [] if isinstance(line, dict)}
    described = []
    for line in shipment.lines:
        name = names.get(line.external_line_id) or line.channel_sku or f"line {line.external_line_id}"
        described.append(f"{name} × {line.quantity.normalize():f}")
    return described


def shipment_note(order: dict[str, Any], shipment: ShipmentConfirmation) -> str:
    """The customer note that carries a tracking number when the Shipment Tracking extension is absent.

    Chinese for orders shipped to Greater China, English otherwise. It always names the
    number after "Tracking number:" / "运单号：", which is how a repeat recognises it.
    """
    shipping = order.get("shipping") if isinstance(order.get("shipping"), dict) else {}
    carrier = shipment.carrier_name or shipment.carrier_code
    items = _line_names(order, shipment)
    if str(shipping.get("country") or "").upper() in CHINESE_NOTE_COUNTRIES:
        lines = [f"您的订单已发货{f'（{carrier}）' if carrier else ''}，运单号：{shipment.tracking_number}"]
        lines += [f"查询物流：{shipment.tracking_url}"] if shipment.tracking_url else []
        lines += [f"本包裹包含：{'，'.join(items)}"] if items else []
    else:
        lines = [f"Your order has shipped{f' with {carrier}' if carrier else ''}. "
                 f"Tracking number: {shipment.tracking_number}"]
        lines += [f"Track it at {shipment.tracking_url}"] if shipment.tracking_url else []
        lines += [f"This package contains: {', '.join(items)}"] if items else []
    return "\n".join(lines)


def _stock_route(level: StockLevel) -> tuple[str, int] | str:
    """The batch route and item id for a level, or why it cannot be sent."""
    product_id = _numeric_id(level.channel_item_id)
    variant = level.channel_variant_id.strip()
    if not product_id:
        return (f"no WooCommerce product id for listing {level.channel_sku or level.key!r}; "
                "map it to a product of the shop (its id is in the order lines) and push again.")
    if variant in ("", "0"):
        return "products/batch", int(product_id)
    if not _numeric_id(variant):
        return f"{variant!r} is not a WooCommerce variation id (they are numbers); check the listing's mapping."
    return f"products/{product_id}/variations/batch", int(variant)


def _listing_label(level: StockLevel) -> str:
    variant = level.channel_variant_id.strip()
    label = f"product {level.channel_item_id}" if variant in ("", "0") else \
        f"variation {variant} of product {level.channel_item_id}"
    return f"{label} (SKU {level.channel_sku})" if level.channel_sku else label


def _stock_result(level: StockLevel, entry: Any) -> PushResult:
    """One ``update`` entry of a batch answer: the listing as saved, or ``{"id", "error"}``."""
    if not isinstance(entry, dict):
        return PushResult(level.key, False, f"WooCommerce did not report on {_listing_label(level)}; "
                                            "push it again.", retryable=True)
    error = entry.get("error")
    if not isinstance(error, dict):
        return PushResult(level.key, True, f"{_listing_label(level)}: stock {entry.get('stock_quantity')}",
                          channel_reference=str(entry.get("id") or ""))
    data = error.get("data") if isinstance(error.get("data"), dict) else {}
    code, message = str(error.get("code") or ""), _strip_html(str(error.get("message") or ""))
    hint = " The listing may have been deleted at the shop: check its mapping." if code.endswith("invalid_id") else ""
    status = data.get("status") if isinstance(data.get("status"), int) else 400
    return PushResult(level.key, False, f"WooCommerce refused stock {level.quantity} for {_listing_label(level)}: "
                                        f"{message or 'no reason given'} [{code or status}].{hint}",
                      retryable=status >= 500 or status == 429)


def _chunks(items: Sequence[Item], size: int) -> Iterator[Sequence[Item]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class WooCommerceConnector:
    kind: ClassVar[str] = "woocommerce"
    display_name: ClassVar[str] = "WooCommerce"
    max_stock_batch: ClassVar[int] = MAX_BATCH_ITEMS
    settings: ClassVar[tuple[SettingField, ...]] = (
        SettingField("key", QT_TRANSLATE_NOOP("Connectors", "Consumer key"),
                     help=QT_TRANSLATE_NOOP("Connectors", "WooCommerce › Settings › Advanced › REST API")),
        SettingField("secret", QT_TRANSLATE_NOOP("Connectors", "Consumer secret"), secret=True),
        SettingField("auth", QT_TRANSLATE_NOOP("Connectors", "Authentication (basic, oauth1 or query)"),
                     required=False,
                     help=QT_TRANSLATE_NOOP("Connectors", "Leave empty: basic over HTTPS, OAuth 1.0a over HTTP.")),
    )

    def __init__(
        self,
        config: ShopConfig,
        *,
        sleep: Sleep | None = None,
        session: requests.Session | None = None,
    ) -> None:
        """``sleep`` and ``session`` are for tests; see :class:`connectors.http.HttpClient`."""
        self.config = config
        self.base_url = normalise_base_url(config.base_url)
        self.auth_mode = _auth_mode(config.options.get("auth"), self.base_url)
        self.per_page = _per_page(config.options.get("per_page"))
        # POSTs that create something (tracking items, notes) are repeated by the client only when
        # the shop cannot have acted; after a lost answer, _write_once looks before writing again.
        self._http = HttpClient(
            self.display_name,
            timeout=config.timeout_seconds,
            max_retries=config.max_retries,
            sleep=sleep,
            session=session,
            error_detail=self._error_detail,
            not_found_message=self._no_api_message,
            backoff_base=config.backoff_seconds,
            backoff_cap=WRITE_BACKOFF_CAP_SECONDS,
        )
        self._write_attempts = max(1, config.max_retries + 1)
        self._has_tracking_extension: bool | None = None  # None until the first tracking push asks
        self._tracking_providers: dict[str, str] | None = None

    def api_url(self, route: str) -> str:
        return f"{self.base_url}{API_PREFIX}/{route}"

    def tracking_url(self, route: str) -> str:
        return f"{self.base_url}{TRACKING_API_PREFIX}/{route}"

    def close(self) -> None:
        self._http.close()

    # -- Connector protocol ---------------------------------------------------------------

    def test_connection(self) -> str:
        result = self._get("orders", [("per_page", "1")], what="the connection test", retry_invalid_json=False)
        total = _header_int(result.response, "X-WP-Total")
        if total is None:
            return f"WooCommerce at {self.base_url}: connected"
        return f"WooCommerce at {self.base_url}: {total} order{'' if total == 1 else 's'}"

    def iter_order_pages(
        self, modified_after: datetime | None, cancelled: CancelCheck | None = None
    ) -> Iterator[OrderPage]:
        params, page = self._first_page_params(modified_after), 1
        while True:
            if cancelled is not None and cancelled():
                raise CancelledError("Cancelled.")
            result = self._get("orders", params, what=f"orders page {page}", cancelled=cancelled)
            items = self._page_items(result.body, page)
            if not items:
                return
            total_pages = _header_int(result.response, "X-WP-TotalPages")
            orders, failures = parse_orders(items)
            yield OrderPage(page, total_pages, tuple(orders), tuple(failures))
            following = self._next_page(result.response, params, page, total_pages, len(items))
            if following is None:
                return
            params, page = following

    # -- PushingConnector protocol ----------------------------------------------------------

    def fetch_order(self, external_id: str, cancelled: CancelCheck | None = None) -> ChannelOrder | OrderParseFailure:
        order_id = _numeric_id(external_id)
        if not order_id:
            raise ConnectorError(f"{external_id!r} is not a WooCommerce order id (they are numbers).")
        return parse_order_safely(self._order_payload(order_id, cancelled))

    def confirm_shipment(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None = None) -> PushResult:
        order_id = _numeric_id(shipment.order_external_id)
        if not order_id:
            return PushResult(shipment.package_id, False, f"{shipment.order_external_id!r} is not a WooCommerce "
                                                          "order id (they are numbers); the package was not sent.")
        if not shipment.tracking_number.strip():
            return PushResult(shipment.package_id, False, f"The package for WooCommerce order {order_id} has no "
                                                          "tracking number; enter one and confirm it again.")
        try:
            return self._confirm(order_id, shipment, cancelled)
        except ConnectorError as exc:
            if not self._is_refusal_of_this_item(exc):
                raise
            return PushResult(shipment.package_id, False, f"WooCommerce order {order_id}: tracking number "
                                                          f"{shipment.tracking_number} was not accepted. {exc}")

    def push_stock(self, levels: Sequence[StockLevel], cancelled: CancelCheck | None = None) -> list[PushResult]:
        results: dict[int, PushResult] = {}
        batches: dict[str, list[tuple[int, StockLevel, int]]] = {}
        for index, level in enumerate(levels):
            target = _stock_route(level)
            if isinstance(target, str):
                results[index] = PushResult(level.key, False, f"WooCommerce: {target}")
            else:
                batches.setdefault(target[0], []).append((index, level, target[1]))
        for route, entries in batches.items():
            for chunk in _chunks(entries, MAX_BATCH_ITEMS):
                results.update(self._push_stock_batch(route, chunk, cancelled))
        return [results[index] for index in range(len(levels))]

    # -- shipments ------------------------------------------------------------------------------

    def _confirm(self, order_id: str, shipment: ShipmentConfirmation, cancelled: CancelCheck | None) -> PushResult:
        order = self._order_payload(order_id, cancelled)
        status = str(order.get("status") or "")
        if lifecycle_of(status) in (Lifecycle.CANCELLED, Lifecycle.REFUNDED):
            return PushResult(shipment.package_id, False, (
                f"WooCommerce order {order_id} is {status}, so tracking number {shipment.tracking_number} "
                "was not sent. If the parcel did leave, settle the order with the customer in WooCommerce."))
        reference, how = self._ensure_tracking(order_id, order, shipment, cancelled)
        done = [f"tracking number {shipment.tracking_number} {how}"]
        if shipment.completes_order and status != "completed":
            self._complete_order(order_id, cancelled)
            done.append("order completed")
        return PushResult(shipment.package_id, True, f"WooCommerce order {order_id}: {', '.join(done)}.",
                          channel_reference=reference)

    def _ensure_tracking(self, order_id: str, order: dict[str, Any], shipment: ShipmentConfirmation,
                         cancelled: CancelCheck | None) -> tuple[str, str]:
        """Add the tracking number unless the order has it already; returns (reference, what happened)."""
        trackings = self._tracking_items(order_id, cancelled)
        if trackings is None:
            return self._ensure_tracking_note(order_id, order, shipment, cancelled)
        number = shipment.tracking_number.strip()
        present = _tracking_id_of(trackings, number)
        reference = self._write_once(
            found=present,
            look=lambda: _tracking_id_of(self._tracking_items(order_id, cancelled) or [], number),
            write=lambda: self._add_tracking(order_id, order, shipment, cancelled),
            what=f"adding tracking number {number} to order {order_id}", cancelled=cancelled)
        return reference, "was already there" if present is not None else "added"

    def _ensure_tracking_note(self, order_id: str, order: dict[str, Any], shipment: ShipmentConfirmation,
                              cancelled: CancelCheck | None) -> tuple[str, str]:
        """Without the extension: a customer note naming the tracking number, unless one does already."""
        number = shipment.tracking_number.strip()
        present = _note_naming(self._notes(order_id, cancelled), number)
        reference = self._write_once(
            found=present,
            look=lambda: _note_naming(self._notes(order_id, cancelled), number),
            write=lambda: self._add_note(order_id, shipment_note(order, shipment), cancelled),
            what=f"the note with tracking number {number} for order {order_id}", cancelled=cancelled)
        return reference, "was already in a note" if present is not None else "sent in a customer note"

    def _tracking_items(self, order_id: str, cancelled: CancelCheck | None) -> list[Any] | None:
        """The order's Shipment Tracking items, or None when the extension is not installed."""
        if self._has_tracking_extension is False:
            return None
        url = self.tracking_url(f"orders/{order_id}/shipment-trackings")
        try:
            result = self._get_url(url, [], what=f"the tracking numbers of order {order_id}", cancelled=cancelled)
        except NotFoundError as missing:
            if missing.code != NO_ROUTE:
                raise
            self._has_tracking_extension = False
            return None
        self._has_tracking_extension = True
        return self._list_body(result.body, url, "tracking numbers")

    def _add_tracking(self, order_id: str, order: dict[str, Any], shipment: ShipmentConfirmation,
                      cancelled: CancelCheck | None) -> str:
        body: dict[str, str] = {"tracking_number": shipment.tracking_number.strip(),
                                "date_shipped": _shop_date(shipment.shipped_at, order)}
        provider = self._known_provider(shipment, cancelled)
        if provider:
            body["tracking_provider"] = provider
        else:
            body["custom_tracking_provider"] = shipment.carrier_name or shipment.carrier_code
            if shipment.tracking_url:
                body["custom_tracking_link"] = shipment.tracking_url
        url = self.tracking_url(f"orders/{order_id}/shipment-trackings")
        answer = self._send_json("POST", url, body, cancelled=cancelled,
                                 what=f"adding tracking number {shipment.tracking_number} to order {order_id}")
        return str(answer.get("tracking_id") or "") if isinstance(answer, dict) else ""

    def _known_provider(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None) -> str:
        """The extension's own name for the carrier (so it links the tracking page), or ""."""
        if self._tracking_providers is None:
            self._tracking_providers = self._fetch_tracking_providers(cancelled)
        for candidate in (shipment.carrier_code, shipment.carrier_name):
            name = self._tracking_providers.get(_provider_key(candidate))
            if name:
                return name
        return ""

    def _fetch_tracking_providers(self, cancelled: CancelCheck | None) -> dict[str, str]:
        url = self.tracking_url("shipment-trackings/providers")
        try:
            body = unwrap_envelope(self._get_url(url, [], what="the carrier list", cancelled=cancelled).body)
        except (TransientError, ThrottledError, CancelledError):
            raise
        except ConnectorError:
            return {}  # no usable list (an older extension, a security plugin): carriers go as custom ones
        return tracking_provider_names(body)

    def _notes(self, order_id: str, cancelled: CancelCheck | None) -> list[Any]:
        url = self.api_url(f"orders/{order_id}/notes")
        result = self._get_url(url, [("type", "any")], what=f"the notes of order {order_id}", cancelled=cancelled)
        return self._list_body(result.body, url, "order notes")

    def _add_note(self, order_id: str, text: str, cancelled: CancelCheck | None) -> str:
        answer = self._send_json("POST", self.api_url(f"orders/{order_id}/notes"),
                                 {"note": text, "customer_note": True}, cancelled=cancelled,
                                 what=f"the tracking note for order {order_id}")
        return str(answer.get("id") or "") if isinstance(answer, dict) else ""

    def _complete_order(self, order_id: str, cancelled: CancelCheck | None) -> None:
        """``PUT`` is repeated by the shared client as needed: completing twice is harmless."""
        self._send_json("PUT", self.api_url(f"orders/{order_id}"), {"status": "completed"},
                        cancelled=cancelled, what=f"completing order {order_id}")

    def _order_payload(self, order_id: str, cancelled: CancelCheck | None) -> dict[str, Any]:
        url = self.api_url(f"orders/{order_id}")
        try:
            body = unwrap_envelope(self._get_url(url, [], what=f"order {order_id}", cancelled=cancelled).body)
        except NotFoundError as missing:
            if not missing.code.endswith("invalid_id"):
                raise  # no WooCommerce there at all: a wrong shop URL
            raise with_details(NotFoundError(f"WooCommerce at {self.base_url} has no order {order_id} (HTTP 404): it "
                                             "was deleted at the shop, or the shop URL points at another shop."),
                               status=missing.status, code=missing.code, detail=missing.detail) from None
        if not isinstance(body, dict):
            raise ConnectorError(f"WooCommerce at {url_for_messages(url)} sent {describe(body)[:80]} "
                                 f"instead of order {order_id}.")
        return body

    # -- stock ----------------------------------------------------------------------------------

    def _push_stock_batch(self, route: str, chunk: Sequence[tuple[int, StockLevel, int]],
                          cancelled: CancelCheck | None) -> dict[int, PushResult]:
        body = {"update": [{"id": item_id, "manage_stock": True, "stock_quantity": level.quantity}
                           for _, level, item_id in chunk]}
        what = f"{len(chunk)} stock level{'s' if len(chunk) != 1 else ''}"
        try:
            # Batch routes take POST, PUT or PATCH; PUT tells the shared client that a repeat is
            # harmless, which it is: the quantities are absolute (a garbled answer is repeated too).
            answer = self._send_json("PUT", self.api_url(route), body, what=what, cancelled=cancelled)
        except ConnectorError as exc:
            if not self._is_refusal_of_this_item(exc):
                raise
            return {index: PushResult(level.key, False, f"WooCommerce refused the stock update of "
                                                        f"{_listing_label(level)}. {exc}")
                    for index, level, _ in chunk}
        updates = answer.get("update") if isinstance(answer, dict) else None
        entries = updates if isinstance(updates, list) else []
        return {index: _stock_result(level, self._batch_entry(entries, position, item_id))
                for position, (index, level, item_id) in enumerate(chunk)}

    @staticmethod
    def _batch_entry(entries: list[Any], position: int, item_id: int) -> Any:
        """The answer for one item: WooCommerce answers in request order, each naming its id."""
        if position < len(entries) and isinstance(entries[position], dict) \
                and str(entries[position].get("id")) == str(item_id):
            return entries[position]
        return next((entry for entry in entries if isinstance(entry, dict) and str(entry.get("id")) == str(item_id)),
                    None)

    # -- writes that survive lost answers -----------------------------------------------------------

    def _write_once(
        self,
        *,
        found: Found | None,
        look: Callable[[], Found | None],
        write: Callable[[], Found],
        what: str,
        cancelled: CancelCheck | None,
    ) -> Found:
        """Make a change at most once: before every attempt but the first (``found`` is what the
        caller saw before it), ``look`` whether an attempt whose answer was lost went through."""
        failures: list[ConnectorError] = []
        for attempt in range(self._write_attempts):
            if attempt:
                self._pause(attempt, cancelled)
                found = look()
            if found is not None:
                return found
            try:
                return write()
            except (TransientError, ThrottledError) as exc:
                failures.append(exc)
        found = look()
        if found is not None:
            return found
        last = failures[-1]
        error = ThrottledError if isinstance(last, ThrottledError) else TransientError
        raise error(f"WooCommerce: {what} did not go through in {len(failures)} attempts; pushing it again is "
                    f"safe, nothing will be doubled. Last problem: {last}")

    def _pause(self, attempt: int, cancelled: CancelCheck | None) -> None:
        self._http.wait(self._http.backoff(attempt), cancelled)

    def _is_refusal_of_this_item(self, exc: ConnectorError) -> bool:
        """True when the shop refused this order or listing (a 4xx other than auth or a missing
        API), which the outbox should report rather than treat as the channel being down."""
        if isinstance(exc, (AuthError, CancelledError, TransientError, ThrottledError)):
            return False
        status, code = getattr(exc, "status", None) or 0, getattr(exc, "code", "")
        return 400 <= status < 500 and code not in ("", NO_ROUTE)  # codeless: a proxy or another site

    # -- paging ------------------------------------------------------------------------------

    def _first_page_params(self, modified_after: datetime | None) -> Params:
        params: Params = []
        if modified_after is not None:
            params.append(("modified_after", _gmt_query_time(modified_after)))
        params += [
            ("dates_are_gmt", "true"),
            ("orderby", "date"),
            ("order", "asc"),
            ("per_page", str(self.per_page)),
            ("status", "any"),
        ]
        return params

    def _page_items(self, body: Any, page: int) -> list[Any]:
        items = unwrap_envelope(body)
        if not isinstance(items, list):
            raise ConnectorError(
                f"WooCommerce at {url_for_messages(self.api_url('orders'))} sent orders page {page} "
                f"as {describe(items)[:80]} instead of a list of orders."
            )
        return items

    def _next_page(
        self,
        response: requests.Response,
        params: Params,
        page: int,
        total_pages: int | None,
        item_count: int,
    ) -> tuple[Params, int] | None:
        next_link = response.links.get("next", {}).get("url")
        if next_link:
            # Only the link's query is used: WordPress builds the link from its own
            # configured site URL, which may differ in scheme or host from the one
            # the merchant entered, and credentials must go where they were entered.
            link_params = [
                (key, value)
                for key, value in parse_qsl(urlsplit(next_link).query, keep_blank_values=True)
                if not _is_auth_param(key)
            ]
            link_page = dict(link_params).get("page", "")
            if link_page.isdigit() and int(link_page) > page:
                return link_params, int(link_page)
        if total_pages is not None:
            return (_with_page(params, page + 1), page + 1) if page < total_pages else None
        # No paging headers at all (a proxy may strip them): a full page means "maybe more".
        return (_with_page(params, page + 1), page + 1) if item_count >= self.per_page else None

    # -- requests -----------------------------------------------------------------------------

    def _get(
        self,
        route: str,
        params: Params,
        *,
        what: str,
        cancelled: CancelCheck | None = None,
        retry_invalid_json: bool = True,
    ) -> JsonResponse:
        return self._get_url(self.api_url(route), params, what=what, cancelled=cancelled,
                             retry_invalid_json=retry_invalid_json)

    def _get_url(
        self,
        url: str,
        params: Params,
        *,
        what: str,
        cancelled: CancelCheck | None = None,
        retry_invalid_json: bool = True,
    ) -> JsonResponse:
        params, auth = self._authorised(params)
        return self._http.get_json(url, params=params, auth=auth, cancelled=cancelled,
                                   what=what, retry_invalid_json=retry_invalid_json)

    def _send_json(self, method: str, url: str, body: Any, *, what: str, cancelled: CancelCheck | None) -> Any:
        """The decoded answer to a write. POST is not repeated after a lost or garbled answer (the shop
        may have acted): the TransientError goes to the caller, which looks before writing again."""
        params, auth = self._authorised([])
        result = self._http.send_json(method, url, params=params, auth=auth, json_body=body, cancelled=cancelled,
                                      what=what)
        return unwrap_envelope(result.body)

    def _authorised(self, params: Params) -> tuple[Params, AuthBase | None]:
        """The query parameters and the requests auth for the configured auth mode."""
        if not self.config.key or not self.config.secret:
            raise AuthError(
                "WooCommerce needs a consumer key and secret (WooCommerce › Settings › "
                "Advanced › REST API); enter both in the shop settings."
            )
        params = list(params)
        if self.auth_mode == "basic":
            return params, HTTPBasicAuth(self.config.key, self.config.secret)
        if self.auth_mode == "oauth1":
            return params, WooCommerceOAuth1(self.config.key, self.config.secret)
        return [*params, ("consumer_key", self.config.key), ("consumer_secret", self.config.secret)], None

    @staticmethod
    def _list_body(body: Any, url: str, what: str) -> list[Any]:
        items = unwrap_envelope(body)
        if not isinstance(items, list):
            raise ConnectorError(f"WooCommerce at {url_for_messages(url)} sent {describe(items)[:80]} "
                                 f"instead of a list of {what}.")
        return items

    def _error_detail(self, response: requests.Response) -> ErrorBody:
        try:
            body = unwrap_envelope(json.loads(response.content))
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return ErrorBody()
        message = _strip_html(str(body.get("message") or ""))
        code = str(body.get("code") or "")
        detail = " ".join(part for part in (message, f"[{code}]" if code else "") if part)
        if response.status_code in (401, 403):
            detail += self._auth_hint(code, message, response)
        return ErrorBody(detail, code)

    def _auth_hint(self, code: str, message: str, response: requests.Response) -> str:
        if "write permissions" in message:
            return (" The key is read-only: give it Read/Write permissions in WooCommerce › Settings › "
                    "Advanced › REST API (or create a new key) and enter it in the shop settings.")
        hint = " Check the consumer key and secret (WooCommerce › Settings › Advanced › REST API)."
        if response.history and response.url.startswith("https://") and self.base_url.startswith("http://"):
            hint += " The shop redirected to HTTPS: enter the shop URL with https://."
        elif code == "woocommerce_rest_cannot_view" and self.auth_mode == "basic":
            hint += (" If they are right, the web server may drop the Authorization header: "
                     "set the connection's auth option to \"query\".")
        return hint

    def _no_api_message(self, url: str, detail: str, code: str = "") -> str:
        if code.endswith("invalid_id"):
            return f"WooCommerce at {url} does not know it (HTTP 404: {detail}); it may have been deleted."
        return (
            f"There is no WooCommerce REST API at {url} (HTTP 404{': ' + detail if detail else ''}). "
            "Check the shop URL: it should be the address of the WordPress site, "
            "such as https://shop.example.com, with WooCommerce installed."
        )
