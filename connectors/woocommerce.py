"""WooCommerce REST API v3 connector (``/wp-json/wc/v3``).

Pulls orders incrementally (``modified_after`` + ``orderby=date&order=asc``) and
maps each order payload to :class:`connectors.base.ChannelOrder`. Every order is
parsed on its own: a broken one becomes an :class:`OrderParseFailure` naming the
field, the rest of the page still arrives.

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
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, ClassVar
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
    OrderPage,
    OrderParseFailure,
    SettingField,
    ShopConfig,
)
from connectors.http import HttpClient, JsonResponse, Sleep, url_for_messages

API_PREFIX = "/wp-json/wc/v3"
AUTH_MODES = ("basic", "oauth1", "query")
MAX_PER_PAGE = 100
UNIT_PRICE_PLACES = Decimal("0.0001")
FAMILY_NAME_FIRST_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "JP"})
WHOLE_ORDER = "(order)"

Params = list[tuple[str, str]]


# -- payload parsing ---------------------------------------------------------------


class PayloadError(ValueError):
    """An order payload field that cannot be read; ``field`` is a dotted path."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def _decimal(value: Any, field: str, *, required: bool = True) -> Decimal:
    """Money or a quantity from a string or a JSON number, never via float arithmetic."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise PayloadError(field, "is missing" if value is None else "is empty")
        return ZERO
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise PayloadError(field, f"expected a number, got {_describe(value)}")
    try:
        number = Decimal(value.strip() if isinstance(value, str) else str(value))
    except InvalidOperation:
        raise PayloadError(field, f"{value!r} is not a number") from None
    if not number.is_finite():
        raise PayloadError(field, f"{value!r} is not a number")
    return number


def _text(value: Any, field: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise PayloadError(field, f"expected text, got {_describe(value)}")


def _required_text(value: Any, field: str) -> str:
    text = _text(value, field)
    if not text:
        raise PayloadError(field, "is missing")
    return text


def _identifier(value: Any, field: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if value is None:
        raise PayloadError(field, "is missing")
    raise PayloadError(field, f"expected an id, got {_describe(value)}")


def _optional_identifier(value: Any, field: str) -> str:
    """Product and variation ids: WooCommerce writes 0 for "none"."""
    if value in (None, 0, "0", ""):
        return ""
    return _identifier(value, field)


def _boolean(value: Any, field: str) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return value != 0
    if isinstance(value, str) and value.strip().lower() in {"true", "1", "yes", "false", "0", "no", ""}:
        return value.strip().lower() in {"true", "1", "yes"}
    raise PayloadError(field, f"{value!r} is not true or false")


def _list(value: Any, field: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise PayloadError(field, f"expected a list, got {_describe(value)}")
    return value


def _object(value: Any, field: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    raise PayloadError(field, f"expected an object, got {_describe(value)}")


def _parse_datetime(value: Any, field: str) -> datetime:
    if not isinstance(value, str):
        raise PayloadError(field, f"expected a date and time, got {_describe(value)}")
    text = value.strip()
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise PayloadError(field, f"{value!r} is not a date and time") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _order_time(order: dict[str, Any], name: str, *, required: bool) -> datetime | None:
    """``<name>_gmt`` as UTC; only when it is absent, the site-local ``<name>`` read as UTC."""
    gmt_field = f"{name}_gmt"
    if order.get(gmt_field) not in (None, ""):
        return _parse_datetime(order[gmt_field], gmt_field)
    if order.get(name) not in (None, ""):
        return _parse_datetime(order[name], name)
    if required:
        raise PayloadError(gmt_field, "is missing")
    return None


def _is_cjk(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff"  # kana
        or "\u3400" <= ch <= "\u4dbf"
        or "\u4e00" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or "\uac00" <= ch <= "\ud7af"  # hangul
        for ch in text
    )


def person_name(first: str, last: str, country: str = "") -> str:
    """"王小明" for Chinese script, "Wang Xiaoming" in CN/TW/HK/MO/JP, else "First Last"."""
    first, last = first.strip(), last.strip()
    if not first or not last:
        return first or last
    if _is_cjk(first) and _is_cjk(last):
        return last + first
    if _is_cjk(first + last) or country.strip().upper() in FAMILY_NAME_FIRST_COUNTRIES:
        return f"{last} {first}"
    return f"{first} {last}"


def _address(order: dict[str, Any], key: str) -> ChannelAddress:
    raw = order.get(key)
    if raw in (None, []):  # PHP serialises an empty address as []
        return ChannelAddress()
    raw = _object(raw, key)

    def field(name: str) -> str:
        return _text(raw.get(name), f"{key}.{name}")

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
    line = _object(raw, path)
    quantity = _decimal(line.get("quantity"), f"{path}.quantity")
    if quantity == 0:
        raise PayloadError(f"{path}.quantity", "is 0; a line needs a quantity to work out its unit price")
    subtotal = _decimal(line.get("subtotal"), f"{path}.subtotal")
    return ChannelOrderLine(
        external_id=_identifier(line.get("id"), f"{path}.id"),
        channel_sku=_text(line.get("sku"), f"{path}.sku"),
        title=html.unescape(_text(line.get("name"), f"{path}.name")),
        quantity=quantity,
        unit_price=(subtotal / quantity).quantize(UNIT_PRICE_PLACES, ROUND_HALF_UP),
        subtotal=subtotal,
        subtotal_tax=_decimal(line.get("subtotal_tax"), f"{path}.subtotal_tax", required=False),
        total=_decimal(line.get("total"), f"{path}.total"),
        total_tax=_decimal(line.get("total_tax"), f"{path}.total_tax", required=False),
        channel_item_id=_optional_identifier(line.get("product_id"), f"{path}.product_id"),
        channel_variant_id=_optional_identifier(line.get("variation_id"), f"{path}.variation_id"),
        tax_class=_text(line.get("tax_class"), f"{path}.tax_class"),
        attributes=_attributes(line.get("meta_data")),
    )


def _sum_of(order: dict[str, Any], list_key: str, amount_key: str) -> Decimal:
    total = ZERO
    for index, entry in enumerate(_list(order.get(list_key), list_key)):
        path = f"{list_key}[{index}]"
        total += _decimal(_object(entry, path).get(amount_key), f"{path}.{amount_key}", required=False)
    return total


def _refunded_total(order: dict[str, Any]) -> Decimal:
    """Refund totals are negative in the payload ("-10.00"); the sum is returned positive."""
    return -_sum_of(order, "refunds", "total")


def _coupon_codes(order: dict[str, Any]) -> tuple[str, ...]:
    codes = []
    for index, entry in enumerate(_list(order.get("coupon_lines"), "coupon_lines")):
        path = f"coupon_lines[{index}]"
        code = _text(_object(entry, path).get("code"), f"{path}.code")
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
        raise PayloadError(WHOLE_ORDER, f"expected an order object, got {_describe(order)}")
    external_id = _identifier(order.get("id"), "id")
    created_at = _order_time(order, "date_created", required=True)
    billing, shipping = _address(order, "billing"), _address(order, "shipping")
    lines = _list(order.get("line_items"), "line_items")
    status = _required_text(order.get("status"), "status")
    return ChannelOrder(
        external_id=external_id,
        number=_text(order.get("number"), "number") or external_id,
        status=status,
        lifecycle=lifecycle_of(status),
        currency=_required_text(order.get("currency"), "currency"),
        created_at=created_at,
        updated_at=_order_time(order, "date_modified", required=False) or created_at,
        lines=tuple(_line(line, f"line_items[{index}]") for index, line in enumerate(lines)),
        total=_decimal(order.get("total"), "total"),
        total_tax=_decimal(order.get("total_tax"), "total_tax", required=False),
        discount_total=_decimal(order.get("discount_total"), "discount_total", required=False),
        discount_tax=_decimal(order.get("discount_tax"), "discount_tax", required=False),
        shipping_total=_decimal(order.get("shipping_total"), "shipping_total", required=False),
        shipping_tax=_decimal(order.get("shipping_tax"), "shipping_tax", required=False),
        fee_total=_sum_of(order, "fee_lines", "total"),
        fee_tax=_sum_of(order, "fee_lines", "total_tax"),
        refunded_total=_refunded_total(order),
        prices_include_tax=_boolean(order.get("prices_include_tax"), "prices_include_tax"),
        paid_at=_order_time(order, "date_paid", required=False),
        completed_at=_order_time(order, "date_completed", required=False),
        buyer_name=_buyer_name(billing, shipping),
        buyer_email=billing.email,
        buyer_phone=billing.phone,
        billing_address=billing,
        shipping_address=shipping,
        buyer_remark=_text(order.get("customer_note"), "customer_note"),
        payment_method=_text(order.get("payment_method_title"), "payment_method_title")
        or _text(order.get("payment_method"), "payment_method"),
        coupon_codes=_coupon_codes(order),
        raw=order,
    )


def _external_id_of(item: Any) -> str:
    if isinstance(item, dict) and isinstance(item.get("id"), (int, str)) and not isinstance(item.get("id"), bool):
        return str(item["id"]).strip()
    return ""


def parse_order_safely(item: Any) -> ChannelOrder | OrderParseFailure:
    raw = item if isinstance(item, dict) else {"value": item}
    try:
        return parse_order(item)
    except PayloadError as exc:
        return OrderParseFailure(_external_id_of(item), exc.field, exc.message, raw)
    except Exception as exc:  # noqa: BLE001 - one odd order must never stop the page
        return OrderParseFailure(_external_id_of(item), WHOLE_ORDER, f"could not be read ({exc!r})", raw)


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


class WooCommerceConnector:
    kind: ClassVar[str] = "woocommerce"
    display_name: ClassVar[str] = "WooCommerce"
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
        self._http = HttpClient(
            self.display_name,
            timeout=config.timeout_seconds,
            max_retries=config.max_retries,
            sleep=sleep,
            session=session,
            error_detail=self._error_detail,
            not_found_message=self._no_api_message,
        )

    def api_url(self, route: str) -> str:
        return f"{self.base_url}{API_PREFIX}/{route}"

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
                f"as {_describe(items)[:80]} instead of a list of orders."
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
        if not self.config.key or not self.config.secret:
            raise AuthError(
                "WooCommerce needs a consumer key and secret (WooCommerce › Settings › "
                "Advanced › REST API); enter both in the shop settings."
            )
        params = list(params)
        auth: AuthBase | None = None
        if self.auth_mode == "basic":
            auth = HTTPBasicAuth(self.config.key, self.config.secret)
        elif self.auth_mode == "oauth1":
            auth = WooCommerceOAuth1(self.config.key, self.config.secret)
        else:
            params += [("consumer_key", self.config.key), ("consumer_secret", self.config.secret)]
        return self._http.get_json(
            self.api_url(route), params=params, auth=auth, cancelled=cancelled,
            what=what, retry_invalid_json=retry_invalid_json,
        )

    def _error_detail(self, response: requests.Response) -> str:
        try:
            body = unwrap_envelope(json.loads(response.content))
        except ValueError:
            return ""
        if not isinstance(body, dict):
            return ""
        message = _strip_html(str(body.get("message") or ""))
        code = str(body.get("code") or "")
        detail = " ".join(part for part in (message, f"[{code}]" if code else "") if part)
        if response.status_code in (401, 403):
            detail += self._auth_hint(code, response)
        return detail

    def _auth_hint(self, code: str, response: requests.Response) -> str:
        hint = " Check the consumer key and secret (WooCommerce › Settings › Advanced › REST API)."
        if response.history and response.url.startswith("https://") and self.base_url.startswith("http://"):
            hint += " The shop redirected to HTTPS: enter the shop URL with https://."
        elif code == "woocommerce_rest_cannot_view" and self.auth_mode == "basic":
            hint += (" If they are right, the web server may drop the Authorization header: "
                     "set the connection's auth option to \"query\".")
        return hint

    def _no_api_message(self, url: str, detail: str) -> str:
        return (
            f"There is no WooCommerce REST API at {url} (HTTP 404{': ' + detail if detail else ''}). "
            "Check the shop URL: it should be the address of the WordPress site, "
            "such as https://shop.example.com, with WooCommerce installed."
        )
