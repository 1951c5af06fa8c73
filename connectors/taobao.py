"""Taobao / Tmall connector over the Taobao Open Platform (TOP) router API.

Mirrors the TOP docs ("API调用方法详解", docId 101617) and the official SDKs:

* every call goes to one router URL (``https://gw.api.taobao.com/router/rest``)
  with ``method``, ``app_key``, ``session`` (the seller's access token),
  ``timestamp`` (``yyyy-MM-dd HH:mm:ss`` in GMT+8), ``v=2.0``, ``format=json``,
  ``sign_method`` and ``sign``: upper-case hex of md5(secret + sorted
  name/value pairs + secret), or HMAC-MD5 / HMAC-SHA256 of the pairs;
* orders come from ``taobao.trades.sold.increment.get`` in closed windows of at
  most 30 minutes, each paged from its last page backwards (the list is sorted
  by ``modified`` descending; a trade that changes while we page leaves the
  window instead of pushing unread trades onto pages already read), then
  ``taobao.trade.fullinfo.get`` per trade for the full detail;
* every failure is HTTP 200 with ``error_response``: invalid or expired
  sessions become :class:`AuthError` (Taobao has no token refresh in this flow,
  the seller must authorise the app again), App Call Limited and ``*-limit``
  sub codes are throttling, ``isp.*`` platform errors are retried, ``isv.*``
  caller errors are :class:`RejectedError`;
* tracking goes back with ``taobao.logistics.offline.send`` (whole trade, or
  sub-orders with ``is_split``/``sub_tid``), stock with
  ``taobao.item.quantity.update`` (``type=1``, a full update). Both look at the
  channel's state first, so a repeat never ships twice.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, ClassVar

import requests
from requests.auth import AuthBase

from connectors.base import (
    QT_TRANSLATE_NOOP,
    ZERO,
    AuthError,
    CancelCheck,
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
    ThrottledError,
    TransientError,
)
from connectors.http import HttpClient, JsonResponse, RetryLater, Sleep, router_url, with_details
from connectors.payload import (
    WHOLE_ORDER,
    PayloadError,
    as_decimal,
    as_identifier,
    as_list,
    as_object,
    as_text,
    describe,
    parse_safely,
    raw_of,
)

DEFAULT_GATEWAY = "https://gw.api.taobao.com/router/rest"
ROUTER_PATH = "/router/rest"
CHINA_STANDARD_TIME = timezone(timedelta(hours=8), "Asia/Shanghai")  # no DST since 1991
TOP_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
SIGN_METHODS = ("md5", "hmac", "hmac-sha256")
MAX_WINDOW = timedelta(minutes=30)
INCREMENT_HORIZON = timedelta(days=90) - timedelta(hours=1)  # the increment API covers three months
DEFAULT_INITIAL_SYNC_DAYS = 3
DEFAULT_PAGE_SIZE = 50  # the docs recommend 40-50 for fewer time-outs
DEFAULT_SETTLE_SECONDS = 5.0
CATCH_UP_ROUNDS = 4
MAX_BAN_WAIT_SECONDS = 300.0
UNIT_PRICE_PLACES = Decimal("0.0001")
LIST_FIELDS = "tid,tid_str,status,modified"
TRADE_FIELDS = ",".join((
    "tid", "tid_str", "status", "type", "created", "modified", "pay_time", "consign_time", "end_time",
    "seller_nick", "buyer_nick", "buyer_message", "seller_memo", "payment", "total_fee", "post_fee",
    "discount_fee", "adjust_fee", "received_payment", "order_tax_fee", "alipay_no", "shipping_type",
    "receiver_name", "receiver_state", "receiver_city", "receiver_district", "receiver_town",
    "receiver_address", "receiver_zip", "receiver_mobile", "receiver_phone", "receiver_country",
    "num_iid", "title", "price", "num", "orders",
))
BAN_SECONDS = re.compile(r"ban will last for (\d+) more second", re.IGNORECASE)

Params = list[tuple[str, str]]
Clock = Callable[[], datetime]

# -- time and signatures ---------------------------------------------------------------------


def top_time(moment: datetime) -> str:
    """A UTC (or any aware) datetime as TOP writes times: GMT+8, whole seconds."""
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return aware.astimezone(CHINA_STANDARD_TIME).strftime(TOP_TIME_FORMAT)


def parse_top_time(value: Any, field: str) -> datetime:
    """``yyyy-MM-dd HH:mm:ss`` in China Standard Time → aware UTC."""
    if not isinstance(value, str):
        raise PayloadError(field, "is missing" if value is None else f"expected a date and time, got {describe(value)}")
    try:
        local = datetime.strptime(value.strip(), TOP_TIME_FORMAT)
    except ValueError:
        raise PayloadError(field, f"{value!r} is not a date and time (yyyy-MM-dd HH:mm:ss)") from None
    return local.replace(tzinfo=CHINA_STANDARD_TIME).astimezone(UTC)


def _optional_time(trade: Mapping[str, Any], field: str) -> datetime | None:
    value = trade.get(field)
    return None if value in (None, "") else parse_top_time(value, field)


def string_to_sign(params: Mapping[str, str] | Sequence[tuple[str, str]], body: str = "") -> str:
    """Every parameter but ``sign`` with a non-empty value, sorted by name, as ``name value`` run together."""
    pairs = params.items() if isinstance(params, Mapping) else params
    return "".join(f"{name}{value}" for name, value in sorted(pairs) if name != "sign" and value != "") + body


def top_sign(params: Mapping[str, str] | Sequence[tuple[str, str]], secret: str, sign_method: str = "md5",
             body: str = "") -> str:
    """The ``sign`` parameter: md5 wraps the text in the secret; the HMACs key with it."""
    text = string_to_sign(params, body).encode("utf-8")
    if sign_method == "md5":
        digest = hashlib.md5(secret.encode("utf-8") + text + secret.encode("utf-8")).hexdigest()
    elif sign_method in ("hmac", "hmac-sha256"):
        algorithm = hashlib.md5 if sign_method == "hmac" else hashlib.sha256
        digest = hmac.new(secret.encode("utf-8"), text, algorithm).hexdigest()
    else:
        raise ConnectorError(f"Unknown Taobao signature method {sign_method!r}; use one of {', '.join(SIGN_METHODS)}.")
    return digest.upper()


# -- trade parsing ----------------------------------------------------------------------------

LIFECYCLES = {
    "TRADE_NO_CREATE_PAY": Lifecycle.AWAITING_PAYMENT,
    "WAIT_BUYER_PAY": Lifecycle.AWAITING_PAYMENT,
    "PAY_PENDING": Lifecycle.AWAITING_PAYMENT,  # an international card payment being confirmed
    "WAIT_PRE_AUTH_CONFIRM": Lifecycle.AWAITING_PAYMENT,  # 0元购 contract pending
    "ALL_WAIT_PAY": Lifecycle.AWAITING_PAYMENT,  # query aggregate, listed for completeness
    "WAIT_SELLER_SEND_GOODS": Lifecycle.OPEN,
    "SELLER_CONSIGNED_PART": Lifecycle.OPEN,  # some sub-orders still to ship
    "PAID_FORBID_CONSIGN": Lifecycle.ON_HOLD,  # paid, but Taobao forbids shipping yet (group buy open)
    "WAIT_BUYER_CONFIRM_GOODS": Lifecycle.SHIPPED,
    "TRADE_BUYER_SIGNED": Lifecycle.SHIPPED,  # cash on delivery: signed for
    "TRADE_FINISHED": Lifecycle.COMPLETED,
    "TRADE_CLOSED": Lifecycle.CANCELLED,  # refunded after payment, or closed; see lifecycle_of
    "TRADE_CLOSED_BY_TAOBAO": Lifecycle.CANCELLED,  # closed before payment
    "ALL_CLOSED": Lifecycle.CANCELLED,
}
REFUND_DONE = "SUCCESS"
CLOSED_STATUSES = frozenset({"TRADE_CLOSED", "TRADE_CLOSED_BY_TAOBAO"})
UNPAID_STATUSES = frozenset({"TRADE_NO_CREATE_PAY", "WAIT_BUYER_PAY", "PAY_PENDING", "WAIT_PRE_AUTH_CONFIRM"})


def lifecycle_of(status: str, *, every_line_refunded: bool = False) -> Lifecycle:
    """TRADE_CLOSED after every sub-order was refunded is a refund; unknown words count as open."""
    if status == "TRADE_CLOSED" and every_line_refunded:
        return Lifecycle.REFUNDED
    return LIFECYCLES.get(status, Lifecycle.OPEN)


def as_optional_identifier(value: Any, field: str) -> str:
    return "" if value in (None, "", 0, "0") else as_identifier(value, field)


def _trade_id(trade: Mapping[str, Any]) -> str:
    """``tid_str`` when present: 19-digit tids do not survive JSON parsers that use doubles."""
    if trade.get("tid_str") not in (None, ""):
        return as_identifier(trade["tid_str"], "tid_str")
    return as_identifier(trade.get("tid"), "tid")


def _attributes(properties: str) -> tuple[tuple[str, str], ...]:
    """``颜色分类:黑色;尺码:M`` → ((颜色分类, 黑色), (尺码, M))."""
    pairs = []
    for part in properties.split(";"):
        name, _, value = part.partition(":")
        if name.strip() and value.strip():
            pairs.append((name.strip(), value.strip()))
    return tuple(pairs)


def _sub_orders(trade: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """(path, sub-order) pairs; ``orders`` is ``{"order": [...]}`` (or a bare list with ``simplify``).
    The docs' example holds an empty ``{}`` placeholder, which is skipped."""
    raw = trade.get("orders")
    if raw is None:
        return []
    if isinstance(raw, dict):
        entries, path = as_list(raw.get("order"), "orders.order"), "orders.order"
    else:
        entries, path = as_list(raw, "orders"), "orders"
    return [(f"{path}[{index}]", entry) for index, entry in enumerate(entries) if entry != {}]


def _line_total(order: Mapping[str, Any], path: str) -> Decimal:
    """What the buyer paid for the sub-order's goods after every discount (``divide_order_fee``);
    without it, ``total_fee`` less the sub-order's share of shop discounts."""
    if order.get("divide_order_fee") not in (None, ""):
        return as_decimal(order["divide_order_fee"], f"{path}.divide_order_fee")
    share = as_decimal(order.get("part_mjz_discount"), f"{path}.part_mjz_discount", required=False)
    return as_decimal(order.get("total_fee"), f"{path}.total_fee") - share


def _quantity(value: Any, field: str) -> Decimal:
    quantity = as_decimal(value, field)
    if quantity <= 0 or quantity != quantity.to_integral_value():
        raise PayloadError(field, f"{value!r} is not a positive whole number of items")
    return quantity


def _line(order_value: Any, path: str) -> ChannelOrderLine:
    order = as_object(order_value, path)
    quantity = _quantity(order.get("num"), f"{path}.num")
    price = as_decimal(order.get("price"), f"{path}.price")
    oid_field = "oid_str" if order.get("oid_str") not in (None, "") else "oid"
    return ChannelOrderLine(
        external_id=as_identifier(order.get(oid_field), f"{path}.{oid_field}"),
        channel_sku=as_text(order.get("outer_sku_id"), f"{path}.outer_sku_id")
        or as_text(order.get("outer_iid"), f"{path}.outer_iid"),
        title=as_text(order.get("title"), f"{path}.title"),
        quantity=quantity,
        unit_price=price.quantize(UNIT_PRICE_PLACES),
        subtotal=price * quantity,
        subtotal_tax=ZERO,
        total=_line_total(order, path),
        total_tax=ZERO,
        channel_item_id=as_optional_identifier(order.get("num_iid"), f"{path}.num_iid"),
        channel_variant_id=as_optional_identifier(order.get("sku_id"), f"{path}.sku_id"),
        attributes=_attributes(as_text(order.get("sku_properties_name"), f"{path}.sku_properties_name")),
    )


def _trade_level_line(trade: Mapping[str, Any], external_id: str) -> ChannelOrderLine | None:
    """A trade without readable sub-orders still names its item (``num_iid``, ``title``, ``num``,
    ``price``), as ``taobao.trades.sold.get`` does for single-item trades: one line from those."""
    if trade.get("num_iid") in (None, "", 0) or trade.get("price") in (None, ""):
        return None
    quantity = _quantity(trade.get("num"), "num")
    price = as_decimal(trade["price"], "price")
    total = (as_decimal(trade.get("total_fee"), "total_fee", required=False) or price * quantity) \
        - as_decimal(trade.get("discount_fee"), "discount_fee", required=False) \
        + as_decimal(trade.get("adjust_fee"), "adjust_fee", required=False)
    return ChannelOrderLine(
        external_id=external_id, channel_sku="", title=as_text(trade.get("title"), "title"), quantity=quantity,
        unit_price=price.quantize(UNIT_PRICE_PLACES), subtotal=price * quantity, subtotal_tax=ZERO,
        total=total, total_tax=ZERO, channel_item_id=as_identifier(trade["num_iid"], "num_iid"),
    )


def _receiver(trade: Mapping[str, Any]) -> ChannelAddress:
    def receiver(name: str) -> str:
        return as_text(trade.get(f"receiver_{name}"), f"receiver_{name}")

    district, city = receiver("district"), receiver("city")
    country = receiver("country")
    # The docs: a county-level city under a province sits in receiver_district, with no receiver_city.
    return ChannelAddress(
        name=receiver("name"),
        line1="".join(part for part in ((district if city else ""), receiver("town")) if part),
        line2=receiver("address"),
        city=city or district,
        state=receiver("state"),
        postcode=receiver("zip"),
        country="CN" if country in ("", "中国", "CN", "China") else country,
        phone=receiver("mobile") or receiver("phone"),
    )


def parse_trade(payload: Any) -> ChannelOrder:
    """One trade (``trade_fullinfo_get_response.trade`` or a list entry) → ChannelOrder;
    raises :class:`PayloadError` naming the field."""
    if not isinstance(payload, dict):
        raise PayloadError(WHOLE_ORDER, f"expected a trade object, got {describe(payload)}")
    trade = payload
    external_id = _trade_id(trade)
    status = as_text(trade.get("status"), "status")
    if not status:
        raise PayloadError("status", "is missing")
    created = parse_top_time(trade.get("created"), "created")
    sub_orders = _sub_orders(trade)
    lines = [_line(order, path) for path, order in sub_orders]
    if not lines and (fallback := _trade_level_line(trade, external_id)) is not None:
        lines.append(fallback)
    refunded_lines = [line for line, (_, order) in zip(lines, sub_orders, strict=False)
                      if isinstance(order, dict) and order.get("refund_status") == REFUND_DONE]
    paid_at = _optional_time(trade, "pay_time")
    every_line_refunded = bool(sub_orders) and len(refunded_lines) == len(sub_orders) and paid_at is not None
    lifecycle = lifecycle_of(status, every_line_refunded=every_line_refunded)
    total = as_decimal(trade.get("payment"), "payment")
    receiver = _receiver(trade)
    return ChannelOrder(
        external_id=external_id,
        number=external_id,
        status=status,
        lifecycle=lifecycle,
        currency="CNY",
        created_at=created,
        updated_at=_optional_time(trade, "modified") or created,
        lines=tuple(lines),
        total=total,
        total_tax=as_decimal(trade.get("order_tax_fee"), "order_tax_fee", required=False),
        prices_include_tax=True,  # Chinese retail prices include VAT; only cross-border tax is itemised
        discount_total=sum((line.subtotal - line.total for line in lines), ZERO),
        shipping_total=as_decimal(trade.get("post_fee"), "post_fee", required=False),
        # Trades carry no refund amounts: a sub-order refunded in full counts with what was paid for it.
        refunded_total=total if lifecycle is Lifecycle.REFUNDED else sum((line.total for line in refunded_lines), ZERO),
        paid_at=paid_at,
        completed_at=_optional_time(trade, "end_time") if status == "TRADE_FINISHED" else None,
        buyer_name=as_text(trade.get("buyer_nick"), "buyer_nick") or receiver.name,
        buyer_phone=receiver.phone,
        shipping_address=receiver,
        buyer_remark=as_text(trade.get("buyer_message"), "buyer_message"),
        payment_method=_payment_method(trade, paid_at),
        raw=trade,
    )


def _payment_method(trade: Mapping[str, Any], paid_at: datetime | None) -> str:
    if trade.get("type") == "cod":
        return "货到付款"
    return "支付宝" if trade.get("alipay_no") or paid_at is not None else ""


def external_id_of(item: Any) -> str:
    if not isinstance(item, dict):
        return ""
    for key in ("tid_str", "tid"):
        value = item.get(key)
        if isinstance(value, (int, str)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return ""


def parse_trade_safely(item: Any) -> ChannelOrder | OrderParseFailure:
    return parse_safely(lambda: parse_trade(item), external_id_of(item), raw_of(item))


def trades_of(body: Any) -> list[Any]:
    """The trades of a ``trades_sold_*_get_response`` (no ``trades`` key when nothing matched)."""
    if not isinstance(body, dict):
        return []
    trades = body.get("trades")
    if trades is None:
        return []
    if isinstance(trades, dict):
        trades = trades.get("trade", [])
    return trades if isinstance(trades, list) else []


# -- error responses ---------------------------------------------------------------------------


class Failure(StrEnum):
    AUTH = "auth"
    SESSION_EXPIRED = "session_expired"
    THROTTLED = "throttled"
    RETRY = "retry"
    CLOCK = "clock"
    REJECTED = "rejected"


AUTH_CODES = frozenset({"11", "12", "13", "24", "25", "26", "27", "28", "29"})
CALLER_CODES = frozenset({"21", "22", "23", "32", "33", "34", "40", "41", "43"})
# isv.* sub codes are caller errors, except these, which the docs tell you to retry.
RETRYABLE_ISV_SUB_CODES = frozenset({"isv.logistics-offline-service-error:b150"})  # compared lower-case


@dataclass(frozen=True)
class TopError:
    """An ``error_response`` body."""

    code: str
    msg: str
    sub_code: str = ""
    sub_msg: str = ""
    request_id: str = ""

    @classmethod
    def from_body(cls, body: Any) -> TopError | None:
        if not isinstance(body, dict) or "error_response" not in body:
            return None
        raw = body["error_response"] if isinstance(body["error_response"], dict) else {}

        def text(key: str) -> str:
            value = raw.get(key)
            return "" if value is None else str(value).strip()

        return cls(text("code"), text("msg"), text("sub_code"), text("sub_msg"), text("request_id"))

    @property
    def failure(self) -> Failure:
        sub = self.sub_code.lower()
        if sub == "session-expired" or "session-expired" in self.msg.lower():
            return Failure.SESSION_EXPIRED
        if self.code in AUTH_CODES or sub.startswith("isv.permission"):  # e.g. isv.permission-api-package-limit
            return Failure.AUTH
        if self.code == "7" or sub.startswith("accesscontrol.") or (sub.startswith("isp.") and sub.endswith("-limit")) \
                or "call-limited" in sub or sub == "isv.trade-service-rejection":
            return Failure.THROTTLED
        if self.code == "31":
            return Failure.CLOCK
        if sub.startswith("isp.") or sub in RETRYABLE_ISV_SUB_CODES or (self.code in ("10", "15", "520") and not sub):
            return Failure.RETRY
        return Failure.REJECTED

    @property
    def ban_seconds(self) -> float | None:
        match = BAN_SECONDS.search(self.sub_msg) or BAN_SECONDS.search(self.msg)
        return float(match.group(1)) if match else None

    def __str__(self) -> str:
        codes = ", ".join(part for part in (f"code {self.code}" if self.code else "", self.sub_code) if part)
        text = f"{self.msg or 'error'} ({codes})" if codes else self.msg or "error"
        return f"{text}: {self.sub_msg}" if self.sub_msg else text


class TopRejectedError(RejectedError):
    """Taobao refused the call itself (an ``isv.*`` caller error); ``error`` is what it said."""

    def __init__(self, message: str, error: TopError) -> None:
        super().__init__(message)
        self.error = error


class _TopSignature(AuthBase):
    """Signs each attempt afresh (the gateway checks the timestamp against its own clock)."""

    def __init__(self, connector: TaobaoConnector, api: str, params: Params) -> None:
        self.connector, self.api, self.params = connector, api, params

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.prepare_url(self.connector.gateway_url, self.connector._signed(self.api, self.params))  # noqa: SLF001
        return request


# -- the connector --------------------------------------------------------------------------------


def normalise_gateway_url(url: str) -> str:
    """The router URL: the TOP gateway when empty, ``/router/rest`` added when missing."""
    return router_url(url, DEFAULT_GATEWAY, ROUTER_PATH, f"the Taobao gateway is {DEFAULT_GATEWAY}")


def _bounded_int(option: Any, default: int, low: int, high: int, label: str) -> int:
    if option in (None, ""):
        return default
    try:
        value = int(str(option).strip())
    except ValueError:
        raise ConnectorError(f"The Taobao setting {label} must be a whole number, not {option!r}.") from None
    if not low <= value <= high:
        raise ConnectorError(f"The Taobao setting {label} must be between {low} and {high}, not {value}.")
    return value


def _whole_second(moment: datetime) -> datetime:
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.replace(microsecond=0)


def _windows(start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
    """Adjacent closed windows of at most 30 minutes; a boundary second is read twice, which is harmless."""
    while start < end:
        window_end = min(start + MAX_WINDOW, end)
        yield start, window_end
        start = window_end


@dataclass
class _Pull:
    """What one ``iter_order_pages`` run remembers: pages yielded, and the list's ``modified`` of
    every trade already fetched, so a trade repeated on another page or window is fetched once."""

    pages: int = 0
    fetched: dict[str, str] = field(default_factory=dict)


def _system_clock() -> datetime:
    return datetime.now(UTC)


class TaobaoConnector:
    kind: ClassVar[str] = "taobao"
    display_name: ClassVar[str] = "Taobao / Tmall"
    max_stock_batch: ClassVar[int] = 50  # one taobao.item.quantity.update per listing
    settings: ClassVar[tuple[SettingField, ...]] = (
        SettingField("key", QT_TRANSLATE_NOOP("Connectors", "App Key"),
                     help=QT_TRANSLATE_NOOP("Connectors", "Taobao Open Platform console › your app › App Key")),
        SettingField("secret", QT_TRANSLATE_NOOP("Connectors", "App Secret"), secret=True),
        SettingField("session", QT_TRANSLATE_NOOP("Connectors", "Session key (seller authorisation)"), secret=True,
                     help=QT_TRANSLATE_NOOP("Connectors", "Issued when the seller authorises the app; "
                                                          "when it expires the seller must authorise again.")),
        SettingField("sign_method", QT_TRANSLATE_NOOP("Connectors", "Signature method (md5, hmac or hmac-sha256)"),
                     required=False, default="md5"),
        SettingField("initial_sync_days", QT_TRANSLATE_NOOP("Connectors", "Days of orders to fetch on the first sync"),
                     required=False, default=str(DEFAULT_INITIAL_SYNC_DAYS),
                     help=QT_TRANSLATE_NOOP("Connectors", "Taobao only lists changes of the last three months.")),
    )

    def __init__(
        self,
        config: ShopConfig,
        *,
        sleep: Sleep | None = None,
        session: requests.Session | None = None,
        clock: Clock | None = None,
    ) -> None:
        """``sleep``, ``session`` and ``clock`` (the "now" that closes sync windows) are for tests."""
        self.config = config
        self.gateway_url = normalise_gateway_url(config.base_url)
        self.sign_method = str(config.options.get("sign_method") or "md5").strip().lower()
        if self.sign_method not in SIGN_METHODS:
            raise ConnectorError(f"Unknown Taobao signature method {self.sign_method!r}; "
                                 f"use one of {', '.join(SIGN_METHODS)}.")
        self.initial_sync_days = _bounded_int(config.options.get("initial_sync_days"), DEFAULT_INITIAL_SYNC_DAYS,
                                              1, 89, "initial_sync_days")
        self.page_size = _bounded_int(config.options.get("page_size"), DEFAULT_PAGE_SIZE, 1, 100, "page_size")
        self.settle = timedelta(seconds=float(config.options.get("settle_seconds", DEFAULT_SETTLE_SECONDS)))
        self._clock = clock or _system_clock
        self._http = HttpClient(
            self.display_name, timeout=config.timeout_seconds, max_retries=config.max_retries, sleep=sleep,
            session=session, not_found_message=self._no_gateway_message, backoff_base=config.backoff_seconds,
            max_retry_after=MAX_BAN_WAIT_SECONDS,
        )

    def close(self) -> None:
        self._http.close()

    # -- Connector protocol -----------------------------------------------------------------------

    def test_connection(self) -> str:
        body = self._call("taobao.user.seller.get", [("fields", "nick,user_id,type")], what="the connection test")
        user = body.get("user") if isinstance(body.get("user"), dict) else {}
        kind = "Tmall" if user.get("type") == "B" else "Taobao"
        return f"{kind} shop {user.get('nick') or '?'}: connected"

    def iter_order_pages(
        self, modified_after: datetime | None, cancelled: CancelCheck | None = None
    ) -> Iterator[OrderPage]:
        """Closed windows from ``modified_after`` (or ``initial_sync_days`` ago) up to a few seconds ago,
        short catch-up windows for what changed meanwhile, and last the seconds up to now."""
        self._require_credentials()
        end = self._settled_now()
        start = self._first_start(modified_after, end)
        pull = _Pull()
        for _round in range(CATCH_UP_ROUNDS + 1):
            yield from self._pages(start, end, pull, cancelled)
            start, newer = end, self._settled_now()
            if newer <= end:
                break
            end = newer
        # The open tail: a trade changed within this very second may shift another across a page
        # boundary while we read; the sync engine's overlap reads these seconds again next time.
        yield from self._pages(start, _whole_second(self._clock()), pull, cancelled)

    def _pages(self, start: datetime, end: datetime, pull: _Pull,
               cancelled: CancelCheck | None) -> Iterator[OrderPage]:
        for window_start, window_end in _windows(start, end):
            for entries in self._window_list_pages(window_start, window_end, cancelled):
                orders, failures = self._fetch_listed(entries, pull.fetched, cancelled)
                if orders or failures:
                    pull.pages += 1
                    yield OrderPage(pull.pages, None, tuple(orders), tuple(failures))

    def fetch_order(self, external_id: str, cancelled: CancelCheck | None = None) -> ChannelOrder | OrderParseFailure:
        tid = self._tid(external_id)
        try:
            body = self._call("taobao.trade.fullinfo.get", [("fields", TRADE_FIELDS), ("tid", tid)],
                              what=f"trade {tid}", cancelled=cancelled)
        except TopRejectedError as exc:
            if exc.error.sub_code == "isv.trade-not-exist":
                raise NotFoundError(f"Taobao / Tmall has no trade {tid} for this seller ({exc.error}). "
                                    "Check the order number and that the session key belongs to this shop.") from exc
            raise
        return parse_trade_safely(body.get("trade"))

    def confirm_shipment(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None = None) -> PushResult:
        tid = self._tid(shipment.order_external_id)
        if not shipment.carrier_code.strip() or not shipment.tracking_number.strip():
            return PushResult(shipment.package_id, False, "Taobao needs a carrier code (from taobao.logistics."
                              "companies.get, such as ZTO, YTO or SF) and a tracking number for every package.")
        trade = self._trade_state(tid, cancelled)
        plan = _ShipmentPlan.of(trade, shipment)
        if plan.result is not None:
            return plan.result
        try:
            self._call("taobao.logistics.offline.send", plan.params(tid, shipment), what=f"shipping trade {tid}",
                       cancelled=cancelled, write=True)
        except TopRejectedError as exc:
            if exc.error.sub_code.endswith(":B04"):  # shipped or closed: perhaps by our own lost first attempt
                replan = _ShipmentPlan.of(self._trade_state(tid, cancelled), shipment)
                if replan.result is not None:
                    return replan.result
            return PushResult(shipment.package_id, False, str(exc))
        return PushResult(shipment.package_id, True, plan.note, channel_reference=f"{tid}/{shipment.tracking_number}")

    def push_stock(self, levels: Sequence[StockLevel], cancelled: CancelCheck | None = None) -> list[PushResult]:
        if len(levels) > self.max_stock_batch:
            raise ConnectorError(f"At most {self.max_stock_batch} stock levels go to Taobao in one call, "
                                 f"not {len(levels)}.")
        return [self._push_level(level, cancelled) for level in levels]

    # -- pulling -------------------------------------------------------------------------------------

    def _settled_now(self) -> datetime:
        """Windows end a few seconds in the past: a closed window can only lose trades while we page."""
        return _whole_second(self._clock() - self.settle)

    def _first_start(self, modified_after: datetime | None, end: datetime) -> datetime:
        if modified_after is None:
            return end - timedelta(days=self.initial_sync_days)
        return max(_whole_second(modified_after), end - INCREMENT_HORIZON)

    def _window_list_pages(self, start: datetime, end: datetime,
                           cancelled: CancelCheck | None) -> Iterator[list[Any]]:
        """The window's list pages, last page first; page 1 is read first only for the count and again
        at the end, as trades that moved while we paged may have moved onto it."""
        total, first_entries = self._list_page(start, end, 1, cancelled)
        last_page = max(1, math.ceil(total / self.page_size))
        if last_page == 1:
            yield first_entries
            return
        for page_no in range(last_page, 0, -1):
            yield self._list_page(start, end, page_no, cancelled)[1]

    def _list_page(self, start: datetime, end: datetime, page_no: int,
                   cancelled: CancelCheck | None) -> tuple[int, list[Any]]:
        params = [
            ("fields", LIST_FIELDS), ("start_modified", top_time(start)), ("end_modified", top_time(end)),
            ("page_no", str(page_no)), ("page_size", str(self.page_size)),
            ("use_has_next", "false"),  # backward paging needs total_results to find the last page
        ]
        what = f"trades modified {top_time(start)}–{top_time(end)[11:]} (GMT+8), page {page_no}"
        body = self._call("taobao.trades.sold.increment.get", params, what=what, cancelled=cancelled)
        total = body.get("total_results")
        if isinstance(total, str) and total.isdigit():
            total = int(total)
        if not isinstance(total, int) or isinstance(total, bool):
            raise ConnectorError(f"Taobao / Tmall answered {what} without a total_results count; "
                                 "the connector needs it to page backwards.")
        return total, trades_of(body)

    def _fetch_listed(self, entries: list[Any], fetched: dict[str, str],
                      cancelled: CancelCheck | None) -> tuple[list[ChannelOrder], list[OrderParseFailure]]:
        orders: list[ChannelOrder] = []
        failures: list[OrderParseFailure] = []
        for index, entry in enumerate(entries):
            tid = external_id_of(entry)
            if not tid.isdigit():
                failures.append(OrderParseFailure(tid, f"trades.trade[{index}].tid", "is missing or not a number",
                                                  entry if isinstance(entry, dict) else {"value": entry}))
                continue
            modified = str(entry.get("modified") or "")
            if modified and fetched.get(tid) == modified:
                continue  # the same version seen on another page or window
            result = self._fetch_for_pull(tid, cancelled)
            fetched[tid] = modified
            (failures if isinstance(result, OrderParseFailure) else orders).append(result)
        return orders, failures

    def _fetch_for_pull(self, tid: str, cancelled: CancelCheck | None) -> ChannelOrder | OrderParseFailure:
        try:
            body = self._call("taobao.trade.fullinfo.get", [("fields", TRADE_FIELDS), ("tid", tid)],
                              what=f"trade {tid}", cancelled=cancelled)
        except TopRejectedError as exc:
            return OrderParseFailure(tid, WHOLE_ORDER, f"Taobao did not return the trade: {exc.error}", {"tid": tid})
        if not isinstance(body.get("trade"), dict):
            return OrderParseFailure(tid, "trade", "is missing from the answer", body)
        return parse_trade_safely(body["trade"])

    # -- pushing -------------------------------------------------------------------------------------

    def _trade_state(self, tid: str, cancelled: CancelCheck | None) -> dict[str, Any]:
        body = self._call("taobao.trade.fullinfo.get", [("fields", "tid,status,orders"), ("tid", tid)],
                          what=f"the state of trade {tid}", cancelled=cancelled)
        trade = body.get("trade")
        if not isinstance(trade, dict):
            raise ConnectorError(f"Taobao / Tmall answered the state of trade {tid} without the trade.")
        return trade

    def _push_level(self, level: StockLevel, cancelled: CancelCheck | None) -> PushResult:
        if not level.channel_item_id.strip().isdigit():
            return PushResult(level.key, False, "Taobao needs the listing's item id (num_iid, a number) "
                              f"to set its stock; this listing has {level.channel_item_id or 'none'}.")
        if level.quantity < 0:
            return PushResult(level.key, False, f"Taobao cannot list a negative stock ({level.quantity}).")
        params = [("num_iid", level.channel_item_id.strip()), ("quantity", str(level.quantity)), ("type", "1")]
        if level.channel_variant_id.strip():
            params.append(("sku_id", level.channel_variant_id.strip()))
        label = f"listing {level.key}"
        try:
            body = self._call("taobao.item.quantity.update", params, what=f"the stock of {label}",
                              cancelled=cancelled, write=True)
        except TopRejectedError as exc:
            return PushResult(level.key, False, str(exc))
        item = body.get("item") if isinstance(body.get("item"), dict) else {}
        return PushResult(level.key, True, channel_reference=str(item.get("num_iid") or level.channel_item_id))

    # -- requests --------------------------------------------------------------------------------------

    def _require_credentials(self) -> None:
        missing = [label for label, value in (("App Key", self.config.key), ("App Secret", self.config.secret),
                                              ("session key", self.config.secrets.get("session", "")))
                   if not value.strip()]
        if missing:
            raise AuthError(f"Taobao / Tmall needs the {', '.join(missing)}: enter them in the shop settings "
                            "(the session key comes from the seller authorising your app).")

    @staticmethod
    def _tid(external_id: str) -> str:
        tid = external_id.strip()
        if not tid.isdigit():
            raise RejectedError(f"{external_id!r} is not a Taobao trade number (tid); those are all digits.")
        return tid

    def _signed(self, api: str, params: Params) -> Params:
        system = [
            ("method", api), ("app_key", self.config.key.strip()),
            ("session", self.config.secrets.get("session", "").strip()),
            ("timestamp", top_time(datetime.now(UTC))),  # the gateway checks it against its own clock
            ("format", "json"), ("v", "2.0"), ("sign_method", self.sign_method),
        ]
        signed = [*system, *params]
        return [*signed, ("sign", top_sign(signed, self.config.secret.strip(), self.sign_method))]

    def _call(self, api: str, params: Params, *, what: str, cancelled: CancelCheck | None = None,
              write: bool = False) -> dict[str, Any]:
        """One API call with the retries its answer allows; returns the ``<api>_response`` object.
        Reads are GETs, writes POSTs; both pushes are safe to repeat, so writes are sent as idempotent."""
        self._require_credentials()

        def check(result: JsonResponse) -> RetryLater | ConnectorError | None:
            error = TopError.from_body(result.body)
            if error is None:
                return None
            failure = error.failure

            def give_up(attempts: int) -> ConnectorError:
                return connector_error(error, api, what, attempts)

            code = error.sub_code or error.code
            if failure in (Failure.RETRY, Failure.THROTTLED, Failure.CLOCK):
                throttled = failure is Failure.THROTTLED
                return RetryLater(str(error), code=code, retry_after=error.ban_seconds if throttled else None,
                                  throttled=throttled, not_acted=throttled, give_up=give_up)
            return with_details(give_up(1), code=code, detail=str(error))

        result = self._http.send_json("POST" if write else "GET", self.gateway_url,
                                      auth=_TopSignature(self, api, params), what=what, cancelled=cancelled,
                                      idempotent=True, check=check)
        return self._result(result.body, api, what)

    def _result(self, body: Any, api: str, what: str) -> dict[str, Any]:
        root = api.removeprefix("taobao.").replace(".", "_") + "_response"
        result = body.get(root) if isinstance(body, dict) else None
        if not isinstance(result, dict):
            raise ConnectorError(f"Taobao / Tmall answered {what} with {describe(body)[:80]} instead of {root}.")
        return result

    def _error(self, error: TopError, api: str, what: str, attempts: int) -> ConnectorError:
        return connector_error(error, api, what, attempts)

    def _no_gateway_message(self, url: str, detail: str, code: str = "") -> str:
        return (f"There is no Taobao TOP gateway at {url} (HTTP 404{': ' + detail if detail else ''}). "
                f"Check the gateway URL in the shop settings; Taobao's is {DEFAULT_GATEWAY}.")


def connector_error(error: TopError, api: str, what: str, attempts: int = 1) -> ConnectorError:
    """The user-facing error for an ``error_response`` that outlived its retries (or allows none)."""
    tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
    match error.failure:
        case Failure.SESSION_EXPIRED:
            return AuthError(
                f"Taobao / Tmall: the seller's session key has expired ({error}). Taobao does not renew it "
                "for this kind of app: the seller must authorise the app again (Taobao seller login › "
                "authorise), then enter the new session key in the shop settings.")
        case Failure.AUTH:
            return AuthError(f"Taobao / Tmall refused {what} ({error}). {_auth_hint(error, api)}")
        case Failure.THROTTLED:
            return ThrottledError(
                f"Taobao / Tmall is limiting this app's calls ({error}) during {what}, after {tries}. "
                "Try again later; the limit is set per app in the Taobao Open Platform console.")
        case Failure.CLOCK:
            return ConnectorError(
                f"Taobao / Tmall refused the request time ({error}) after {tries}: it accepts requests only "
                "within 10 minutes of its own clock. Check this computer's date, time and time zone.")
        case Failure.RETRY:
            return TransientError(f"Taobao / Tmall failed {what} after {tries}; last answer: {error}. "
                                  "Try again later.")
    return TopRejectedError(f"Taobao / Tmall refused {what}: {error}.", error)


def _auth_hint(error: TopError, api: str) -> str:
    if error.code in ("24", "25"):
        return "Check the App Secret and the signature method (md5, hmac or hmac-sha256) in the shop settings."
    if error.code in ("28", "29"):
        return "Check the App Key in the shop settings."
    if error.code in ("26", "27"):
        return ("Check the session key in the shop settings: it must be the one Taobao issued when this seller "
                "authorised this app. If the seller withdrew the authorisation, they must authorise the app again.")
    return f"The app may lack the permission for {api}: request it in the Taobao Open Platform console."


@dataclass(frozen=True)
class _ShipmentPlan:
    """What to do with a package given the trade's state: a ready answer, or the sub-orders to ship."""

    result: PushResult | None = None
    sub_tids: tuple[str, ...] = ()
    split: bool = False
    note: str = ""

    def params(self, tid: str, shipment: ShipmentConfirmation) -> Params:
        params = [("tid", tid), ("out_sid", shipment.tracking_number.strip()),
                  ("company_code", shipment.carrier_code.strip())]
        if self.split:
            params += [("is_split", "1"), ("sub_tid", ",".join(self.sub_tids))]
        return params

    @classmethod
    def of(cls, trade: dict[str, Any], shipment: ShipmentConfirmation) -> _ShipmentPlan:
        key, tracking = shipment.package_id, shipment.tracking_number.strip()
        status = str(trade.get("status") or "")
        orders = {_sub_order_id(order): order for _, order in _sub_orders(trade) if isinstance(order, dict)}
        wanted = [line.external_line_id for line in shipment.lines]
        unknown = [oid for oid in wanted if oid not in orders]
        if unknown:
            return cls(PushResult(key, False, f"Trade {trade.get('tid')} has no sub-order {', '.join(unknown)}; "
                                              "Taobao ships by sub-order (oid)."))
        targets = [orders[oid] for oid in wanted] if wanted else \
            [order for order in orders.values() if order.get("refund_status") != REFUND_DONE]
        # A whole-trade package after a partial one ships only the rest, so ours may be on some sub-orders.
        ours = [order.get("invoice_no") == tracking for order in targets]
        if targets and (all(ours) if wanted else any(ours) and all(order.get("invoice_no") for order in targets)):
            return cls(PushResult(key, True, f"Already shipped on Taobao with tracking number {tracking}.",
                                  channel_reference=f"{trade.get('tid')}/{tracking}"))
        refusal = _refusal(status, targets, tracking, bool(wanted))
        if refusal is not None:
            return cls(PushResult(key, False, refusal[0], retryable=refusal[1]))
        pending = [order for order in targets if not order.get("invoice_no")]
        split = bool(wanted) or len(pending) < len(targets)  # a whole-trade package after a partial one
        note = _whole_sub_order_note(shipment, orders)
        return cls(None, tuple(_sub_order_id(order) for order in pending), split, note)


def _whole_sub_order_note(shipment: ShipmentConfirmation, orders: Mapping[str, Mapping[str, Any]]) -> str:
    """Taobao has no partial quantities: a package with part of a sub-order ships all of it."""
    partial = []
    for line in shipment.lines:
        ordered = orders[line.external_line_id].get("num")
        try:
            if line.quantity < Decimal(str(ordered)):
                partial.append(f"{line.external_line_id} ({line.quantity} of {ordered})")
        except InvalidOperation:
            continue
    if not partial:
        return ""
    return f"Taobao ships whole sub-orders: {', '.join(partial)} now marked shipped in full."


def _sub_order_id(order: Mapping[str, Any]) -> str:
    value = order.get("oid_str") if order.get("oid_str") not in (None, "") else order.get("oid")
    return "" if value is None else str(value).strip()


def _refusal(status: str, targets: list[dict[str, Any]], tracking: str, partial: bool) -> tuple[str, bool] | None:
    """Why Taobao cannot take this package now (message, retryable), or None when it can."""
    if status in CLOSED_STATUSES:
        return f"The trade is closed on Taobao ({status}); do not ship it.", False
    if status in UNPAID_STATUSES:
        return f"The buyer has not paid yet ({status}); Taobao accepts shipments only for paid trades.", True
    if status == "PAID_FORBID_CONSIGN":
        return "Taobao does not allow shipping this trade yet (PAID_FORBID_CONSIGN, e.g. an open group buy).", True
    if not targets:
        return "Every sub-order of this trade was refunded; there is nothing to ship.", False
    refunded = [_sub_order_id(order) for order in targets if order.get("refund_status") == REFUND_DONE]
    if refunded:
        return f"Sub-order {', '.join(refunded)} was refunded; Taobao will not ship it.", False
    shipped = [order for order in targets if order.get("invoice_no") and order.get("invoice_no") != tracking]
    if shipped and (partial or all(order.get("invoice_no") for order in targets)):
        numbers = ", ".join(sorted({str(order["invoice_no"]) for order in shipped}))
        return (f"Already shipped on Taobao with tracking number {numbers}, not {tracking}; Taobao keeps one "
                "tracking number per sub-order (correct it in the seller centre if it is wrong)."), False
    return None
