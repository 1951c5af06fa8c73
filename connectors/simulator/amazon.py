"""A simulated Amazon seller: SP-API Orders v0, Listings Items 2021-08-01 and the LWA token endpoint.

Behaviour mirrors the SP-API contract and the recorded exchanges in the samples:

* Login with Amazon under ``<shop url>/auth/o2/token``: a form-encoded
  ``grant_type=refresh_token`` exchange answering ``{"access_token": "Atza|…",
  "refresh_token", "token_type": "bearer", "expires_in"}``, and LWA's own
  errors (``invalid_grant``, ``invalid_client``, ``unsupported_grant_type``);
* every API call needs ``x-amz-access-token``; a missing, unknown or expired one
  is answered 403 ``Unauthorized`` "Access to requested resource is denied."
  (with "The access token you provided has expired." for an expired one);
* a token bucket per operation at the documented rate and burst (getOrders
  0.0167 rps / 20, getOrder and getOrderItems 0.5 / 30, confirmShipment 2 / 10,
  patchListingsItem 5 / 5; overridable with ``rate_limits``); an empty bucket
  answers 429 ``QuotaExceeded``; every answer carries ``x-amzn-RateLimit-Limit``
  and ``x-amzn-RequestId``;
* ``getOrders`` by ``CreatedAfter`` or ``LastUpdatedAfter`` (exactly one),
  ``MarketplaceIds`` required, ``…Before`` at least two minutes before now,
  ``MaxResultsPerPage`` 1–100, and an opaque ``NextToken`` that carries the
  original filters (a request with it may repeat them; they do not change);
* ``confirmShipment`` answers 204; ``packageReferenceId`` must be a positive
  number; the same package confirmed again with the same tracking number
  changes nothing, with another tracking number it corrects the package;
* errors as ``{"errors": [{"code", "message", "details"}]}``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl

from connectors.simulator.amazon_orders import (
    MARKETPLACES,
    AmazonStore,
    Listing,
    OrderQuery,
    ShipmentRefused,
    compact,
)
from connectors.simulator.faults import CannedAnswer, FaultPlan
from connectors.simulator.messages import (
    OrderTruth,
    PushLog,
    RecordedRequest,
    RequestLog,
    SimRequest,
    SimResponse,
    derived_credential,
)

TOKEN_PATH = "/auth/o2/token"
DOCUMENTED_RATE_LIMITS: dict[str, tuple[float, float]] = {
    "getOrders": (0.0167, 20),
    "getOrder": (0.5, 30),
    "getOrderItems": (0.5, 30),
    "getOrderAddress": (0.5, 30),
    "getOrderBuyerInfo": (0.5, 30),
    "confirmShipment": (2.0, 10),
    "patchListingsItem": (5.0, 5),
    "getListingsItem": (5.0, 10),
}
ORDER_ID = r"([^/]+)"
# (method, path, operation, handler method)
ROUTES: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    ("GET", re.compile(r"^/orders/v0/orders/?$"), "getOrders", "_get_orders"),
    ("GET", re.compile(rf"^/orders/v0/orders/{ORDER_ID}/orderItems/?$"), "getOrderItems", "_get_order_items"),
    ("GET", re.compile(rf"^/orders/v0/orders/{ORDER_ID}/address/?$"), "getOrderAddress", "_get_order_address"),
    ("GET", re.compile(rf"^/orders/v0/orders/{ORDER_ID}/buyerInfo/?$"), "getOrderBuyerInfo", "_get_order_buyer_info"),
    ("POST", re.compile(rf"^/orders/v0/orders/{ORDER_ID}/shipmentConfirmation/?$"), "confirmShipment",
     "_confirm_shipment"),
    ("GET", re.compile(rf"^/orders/v0/orders/{ORDER_ID}/?$"), "getOrder", "_get_order"),
    ("PATCH", re.compile(r"^/listings/2021-08-01/items/([^/]+)/(.+)$"), "patchListingsItem", "_patch_listings_item"),
    ("GET", re.compile(r"^/listings/2021-08-01/items/([^/]+)/(.+)$"), "getListingsItem", "_get_listings_item"),
)
AMAZON_ORDER_ID = re.compile(r"^[0-9]{3}-[0-9]{7}-[0-9]{7}$")
POSITIVE_NUMBER = re.compile(r"^[1-9][0-9]*$")
MAX_RESULTS_PER_PAGE = 100
MIN_BEFORE_AGE = timedelta(minutes=2)
STOCK_PATH = "/attributes/fulfillment_availability"

UNAUTHORIZED = "Access to requested resource is denied."
TOKEN_EXPIRED = "The access token you provided has expired."
TOKEN_INVALID = "The access token you provided is revoked, malformed or invalid."
QUOTA_EXCEEDED = "You exceeded your quota for the requested resource."
INVALID_GRANT = ("The request has an invalid grant parameter : refresh_token. User may have unauthorized or "
                 "didn't grant the permission.")
CANNED_ERRORS = {
    400: ("InvalidInput", "Invalid Input"),
    403: ("Unauthorized", UNAUTHORIZED),
    404: ("NotFound", "Resource not found"),
    429: ("QuotaExceeded", QUOTA_EXCEEDED),
    500: ("InternalFailure", "We encountered an internal error. Please try again."),
    503: ("ServiceUnavailable", "Service temporarily unavailable. Please try again later."),
}
GATEWAY_PAGE = ("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
                "</center></body></html>")

RateLimits = Mapping[str, tuple[float, float]]


# -- small pieces -----------------------------------------------------------------------------


def parse_rate_limits(value: RateLimits | str | None) -> dict[str, tuple[float, float]]:
    """The documented limits, overridden per operation by ``{"getOrders": (rate, burst)}`` or the
    option text ``"getOrders=0.0167/20, *=100/100"`` (``*`` = every operation)."""
    limits = dict(DOCUMENTED_RATE_LIMITS)
    if not value:
        return limits
    pairs: list[tuple[str, tuple[float, float]]] = []
    if isinstance(value, str):
        for part in filter(None, (chunk.strip() for chunk in value.split(","))):
            name, _, numbers = part.partition("=")
            rate, _, burst = numbers.partition("/")
            pairs.append((name.strip(), (float(rate), float(burst or 1))))
    else:
        pairs = [(name, (float(rate), float(burst))) for name, (rate, burst) in value.items()]
    for name, limit in pairs:
        for operation in (limits if name == "*" else [name]):
            limits[operation] = limit
    return limits


def format_rate_limits(limits: RateLimits) -> str:
    return ",".join(f"{name}={rate:g}/{burst:g}" for name, (rate, burst) in limits.items())


class _TokenBucket:
    """``burst`` requests at once, refilled at ``rate`` per second (real time)."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self._tokens, self._stamp = burst, time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True


def sp_error(status: int, code: str, message: str, details: str = "",
             headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
    error = {"code": code, "message": message}
    if details:
        error["details"] = details
    return sp_json(status, compact({"errors": [error]}), headers)


def sp_json(status: int, text: str, headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
    return SimResponse(status, text.encode("utf-8"), (("Content-Type", "application/json"),
                                                      ("x-amzn-RequestId", str(uuid.uuid4())), *headers))


def lwa_json(status: int, payload: dict[str, Any]) -> SimResponse:
    return SimResponse(status, compact(payload).encode("utf-8"), (
        ("Content-Type", "application/json;charset=UTF-8"), ("x-amzn-RequestId", str(uuid.uuid4())),
        ("Cache-Control", "no-cache, no-store, must-revalidate"), ("Pragma", "no-cache")))


def _b64(payload: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(compact(payload).encode()).decode().rstrip("=")


def _unb64(token: str) -> dict[str, Any]:
    decoded = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    if not isinstance(decoded, dict):
        raise ValueError("not a token")
    return decoded


def _parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _seller_id(seed: int, slug: str) -> str:
    digest = hashlib.sha1(f"seller:{seed}:{slug}".encode()).digest()
    return "A" + "".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[byte % 36] for byte in digest[:13])


class _Refusal(Exception):
    """A request the channel answers with an error; ``response`` is that answer."""

    def __init__(self, response: SimResponse) -> None:
        super().__init__(response.status)
        self.response = response


class _BadRequest(_Refusal):
    def __init__(self, message: str, details: str = "", code: str = "InvalidInput") -> None:
        super().__init__(sp_error(400, code, message, details))


class _NotFound(_Refusal):
    def __init__(self, order_id: str) -> None:
        super().__init__(sp_error(404, "NotFound", f"Order {order_id} was not found."))


@dataclass(frozen=True)
class _PageState:
    query: OrderQuery
    marketplace_ids: tuple[str, ...]
    limit: int
    cursor: tuple[datetime, str] | None = None
    page: int = 1


def create_shop(
    *,
    slug: str,
    url: str,
    seed: int,
    orders: int,
    epoch: datetime,
    clock: Callable[[], datetime],
    marketplace: str = "US",
    rate_limits: RateLimits | str | None = None,
    token_lifetime: float = 3600,
    items_page_size: int = 100,
    client_id: str | None = None,
    client_secret: str | None = None,
    refresh_token: str | None = None,
) -> AmazonShop:
    """A seller on one marketplace (``US``, ``UK`` or ``DE``) with ``orders`` orders of the 30 days before ``epoch``."""
    store = AmazonStore(seed=seed, orders=orders, epoch=epoch, marketplace=MARKETPLACES[marketplace], clock=clock)
    return AmazonShop(
        slug=slug, url=url, store=store,
        client_id=client_id or "amzn1.application-oa2-client." + derived_credential("", seed, slug)[:32],
        client_secret=client_secret or "amzn1.oa2-cs.v1." + derived_credential("cs", seed, slug)[2:],
        refresh_token=refresh_token or "Atzr|IwEB" + derived_credential("rt", seed, slug)[2:],
        seller_id=_seller_id(seed, slug), rate_limits=parse_rate_limits(rate_limits),
        token_lifetime=token_lifetime, items_page_size=items_page_size,
    )


class AmazonShop:
    """One seller account: its LWA app credentials, its orders and listings, rate limits, faults and pushes."""

    kind = "amazon"

    def __init__(self, *, slug: str, url: str, store: AmazonStore, client_id: str, client_secret: str,
                 refresh_token: str, seller_id: str, rate_limits: RateLimits, token_lifetime: float,
                 items_page_size: int) -> None:
        self.slug, self.url, self.store = slug, url, store
        self.client_id, self.client_secret, self.refresh_token = client_id, client_secret, refresh_token
        self.seller_id = seller_id
        self.rate_limits = dict(rate_limits)
        self.token_lifetime = token_lifetime
        self.items_page_size = max(1, items_page_size)
        self.faults = FaultPlan()
        self.pushes = PushLog()
        self.tokens_issued = 0
        self._log = RequestLog()
        self._lock = threading.Lock()
        self._access_tokens: dict[str, float] = {}
        self._buckets = {name: _TokenBucket(rate, burst) for name, (rate, burst) in self.rate_limits.items()}

    @property
    def marketplace_id(self) -> str:
        return self.store.marketplace.marketplace_id

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._log.entries()

    def live_tick(self) -> None:
        self.store.live_tick()

    def connection(self) -> dict[str, Any]:
        return {
            "base_url": self.url, "key": self.client_id, "secret": self.client_secret,
            "secrets": {"refresh_token": self.refresh_token},
            "options": {"seller_id": self.seller_id, "marketplace_ids": self.marketplace_id,
                        "lwa_url": self.url + TOKEN_PATH, "rate_limits": format_rate_limits(self.rate_limits)},
        }

    def truth(self) -> dict[str, OrderTruth]:
        return self.store.truth()

    def expire_tokens(self) -> None:
        with self._lock:
            now = time.time()
            self._access_tokens = {token: min(expiry, now) for token, expiry in self._access_tokens.items()}

    def handle(self, request: SimRequest) -> SimResponse:
        response = self._respond(request)
        self._log.add(request, response.status)
        return response

    # -- dispatch ---------------------------------------------------------------------------

    def _respond(self, request: SimRequest) -> SimResponse:
        if request.path == TOKEN_PATH:
            return self._token_endpoint(request)
        route = self._route(request)
        if route is None:
            return sp_error(404, "NotFound", "Resource not found")
        operation, handler, arguments = route
        limit = (("x-amzn-RateLimit-Limit", f"{self.rate_limits[operation][0]:g}"),)
        answer = self.faults.take_answer()
        if answer is not None:
            return self._canned(answer, limit)
        if self.faults.take_token_expiry():
            self.expire_tokens()
        refusal = self._check_token(request)
        if refusal is not None:
            return refusal
        with self._lock:
            within_quota = self._buckets[operation].take()
        if not within_quota:
            return sp_error(429, "QuotaExceeded", QUOTA_EXCEEDED, headers=limit)
        try:
            response = getattr(self, handler)(request, *arguments)
        except _Refusal as refusal:
            response = refusal.response
        return SimResponse(response.status, response.body, response.headers + limit)

    @staticmethod
    def _route(request: SimRequest) -> tuple[str, str, tuple[str, ...]] | None:
        """The operation, the method that answers it, and the path's arguments."""
        for method, pattern, operation, handler in ROUTES:
            match = pattern.match(request.path)
            if match and request.method == method:
                return operation, handler, match.groups()
        return None

    def _canned(self, answer: CannedAnswer, limit: tuple[tuple[str, str], ...]) -> SimResponse:
        if answer.garbled:
            return SimResponse(200, GATEWAY_PAGE.encode(), (("Content-Type", "text/html"),))
        headers = limit
        if answer.retry_after is not None:
            value = answer.retry_after
            headers += (("Retry-After", f"{value:g}" if isinstance(value, float | int) else str(value)),)
        code, message = CANNED_ERRORS.get(answer.status, (f"Http{answer.status}", "The request failed."))
        return sp_error(answer.status, code, message, headers=headers)

    # -- Login with Amazon ---------------------------------------------------------------------

    def _token_endpoint(self, request: SimRequest) -> SimResponse:
        answer = self.faults.take_answer()
        if answer is not None:
            if answer.garbled:
                return SimResponse(200, GATEWAY_PAGE.encode(), (("Content-Type", "text/html"),))
            return lwa_json(answer.status, {"error_description": "The server could not answer; try again.",
                                            "error": "server_error" if answer.status >= 500 else "slow_down"})
        if request.method != "POST":
            return lwa_json(400, {"error_description": "The request method must be POST.",
                                  "error": "invalid_request"})
        form = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        if form.get("grant_type") != "refresh_token":
            return lwa_json(400, {"error_description": "The authorization grant type is not supported by the "
                                                       "authorization server", "error": "unsupported_grant_type"})
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return lwa_json(401, {"error_description": "Client authentication failed", "error": "invalid_client"})
        if form.get("refresh_token") != self.refresh_token:
            return lwa_json(400, {"error_description": INVALID_GRANT, "error": "invalid_grant"})
        token = "Atza|IwEB" + secrets.token_urlsafe(48)
        with self._lock:
            self._access_tokens[token] = time.time() + self.token_lifetime
            self.tokens_issued += 1
        return lwa_json(200, {"access_token": token, "refresh_token": self.refresh_token,
                              "token_type": "bearer", "expires_in": int(self.token_lifetime)})

    def _check_token(self, request: SimRequest) -> SimResponse | None:
        token = request.header("x-amz-access-token")
        with self._lock:
            expiry = self._access_tokens.get(token) if token else None
        if expiry is None:
            return sp_error(403, "Unauthorized", UNAUTHORIZED, TOKEN_INVALID if token else "")
        if expiry <= time.time():
            return sp_error(403, "Unauthorized", UNAUTHORIZED, TOKEN_EXPIRED)
        return None

    # -- getOrders ---------------------------------------------------------------------------

    def _get_orders(self, request: SimRequest) -> SimResponse:
        state = self._page_state(request)
        ids, more = self.store.select(state.query, state.cursor, state.limit)
        if state.cursor is not None and self.faults.take_page_duplicate() and state.cursor[1] in self.store:
            ids = [state.cursor[1], *ids]
        texts = [self._order_text(order_id) for order_id in ids]
        cursor = self.store.key_of(ids[-1], state.query.by) if ids else state.cursor
        fault = self.faults.take_paging_fault(state.page)
        if fault is not None and ids:
            self.store.modify_orders(ids[: fault.count])
            more = more or state.query.by == "updated"  # changed orders sort after this page
        payload = ""
        if more:
            token = self._next_token(state, cursor)
            payload = f'"NextToken":{json.dumps(token)},'
        return sp_json(200, '{"payload":{' + payload + '"Orders":[' + ",".join(texts) + "]}}")

    def _page_state(self, request: SimRequest) -> _PageState:
        marketplace_ids = self._marketplace_ids(request, "MarketplaceIds")
        token = request.query.get("NextToken")
        if token:
            return self._decode_next_token(token, marketplace_ids)
        query = self._order_query(request)
        return _PageState(query, marketplace_ids, self._max_results(request.query.get("MaxResultsPerPage")))

    def _marketplace_ids(self, request: SimRequest, name: str) -> tuple[str, ...]:
        values = [part.strip() for key, value in request.query_pairs if key == name
                  for part in value.split(",") if part.strip()]
        if not values:
            raise _BadRequest(f"{name} is required and must not be empty.")
        unknown = [value for value in values if value != self.marketplace_id]
        if unknown:
            raise _BadRequest(f"Invalid {name}: {', '.join(unknown)}",
                              "The seller is not registered in that marketplace.")
        return tuple(values)

    def _order_query(self, request: SimRequest) -> OrderQuery:
        query, now = request.query, request.time
        order_ids = self._list_param(query, "AmazonOrderIds")
        if order_ids is not None and len(order_ids) > 50:
            raise _BadRequest("AmazonOrderIds can hold at most 50 ids.")
        created_after, updated_after = query.get("CreatedAfter"), query.get("LastUpdatedAfter")
        if order_ids is None and bool(created_after) == bool(updated_after):
            raise _BadRequest("Exactly one of CreatedAfter and LastUpdatedAfter must be specified.")
        by = "updated" if updated_after else "created"
        prefix = "LastUpdated" if by == "updated" else "Created"
        after = self._time_param(query, f"{prefix}After") or datetime(1970, 1, 1, tzinfo=UTC)
        before = self._time_param(query, f"{prefix}Before")
        if before is not None and (before < after or before > now - MIN_BEFORE_AGE):
            raise _BadRequest(f"{prefix}Before must be later than {prefix}After and at least 2 minutes "
                              "before the time of the request.")
        return OrderQuery(by, after, before, self._list_param(query, "OrderStatuses"),
                          self._list_param(query, "FulfillmentChannels"), order_ids)

    @staticmethod
    def _time_param(query: dict[str, str], name: str) -> datetime | None:
        text = query.get(name)
        if not text:
            return None
        try:
            return _parse_time(text)
        except ValueError:
            raise _BadRequest(f"Invalid {name}: {text!r} is not an ISO 8601 date-time.") from None

    @staticmethod
    def _list_param(query: dict[str, str], name: str) -> frozenset[str] | None:
        text = query.get(name)
        if not text:
            return None
        return frozenset(part.strip() for part in text.split(",") if part.strip())

    @staticmethod
    def _max_results(text: str | None) -> int:
        if text is None:
            return MAX_RESULTS_PER_PAGE
        if not text.isdigit() or not 1 <= int(text) <= MAX_RESULTS_PER_PAGE:
            raise _BadRequest("MaxResultsPerPage must be an integer from 1 to 100.")
        return int(text)

    def _next_token(self, state: _PageState, cursor: tuple[datetime, str] | None) -> str:
        query = state.query
        return _b64({
            "by": query.by, "after": query.after.isoformat(), "before": query.before and query.before.isoformat(),
            "st": sorted(query.statuses or ()), "fc": sorted(query.fulfillment_channels or ()),
            "ids": sorted(query.order_ids or ()), "n": state.limit, "p": state.page + 1,
            "k": cursor and [cursor[0].isoformat(), cursor[1]],
        })

    @staticmethod
    def _decode_next_token(token: str, marketplace_ids: tuple[str, ...]) -> _PageState:
        try:
            data = _unb64(token)
            query = OrderQuery(
                data["by"], datetime.fromisoformat(data["after"]),
                datetime.fromisoformat(data["before"]) if data["before"] else None,
                frozenset(data["st"]) or None, frozenset(data["fc"]) or None, frozenset(data["ids"]) or None)
            cursor = (datetime.fromisoformat(data["k"][0]), data["k"][1]) if data["k"] else None
            return _PageState(query, marketplace_ids, int(data["n"]), cursor, int(data["p"]))
        except (ValueError, KeyError, TypeError, IndexError, binascii.Error):
            raise _BadRequest("Invalid NextToken.", "The NextToken is malformed or expired.") from None

    def _order_text(self, order_id: str) -> str:
        if not self.faults.malforms(order_id):  # type: ignore[arg-type] - Amazon ids are text
            return self.store.order_json(order_id)
        combined = self.faults.apply_malformations(  # type: ignore[arg-type]
            order_id, {**self.store.order(order_id), "OrderItems": self.store.items(order_id)})
        combined.pop("OrderItems", None)
        return compact(combined)

    # -- one order --------------------------------------------------------------------------

    def _known_order(self, order_id: str) -> str:
        if not AMAZON_ORDER_ID.match(order_id):
            raise _BadRequest("Invalid Input", f"{order_id!r} is not an Amazon order id (3-7-7 digits).")
        if order_id not in self.store:
            raise _NotFound(order_id)
        return order_id

    def _get_order(self, request: SimRequest, order_id: str) -> SimResponse:
        order_id = self._known_order(order_id)
        return sp_json(200, '{"payload":' + self._order_text(order_id) + "}")

    def _get_order_address(self, request: SimRequest, order_id: str) -> SimResponse:
        return self._order_part(order_id, "ShippingAddress")

    def _get_order_buyer_info(self, request: SimRequest, order_id: str) -> SimResponse:
        return self._order_part(order_id, "BuyerInfo")

    def _order_part(self, order_id: str, key: str) -> SimResponse:
        order = self.store.order(self._known_order(order_id))
        part = order.get(key, {})
        payload = {"AmazonOrderId": order_id, key: part} if key == "ShippingAddress" else \
            {"AmazonOrderId": order_id, **part}
        return sp_json(200, compact({"payload": payload}))

    def _get_order_items(self, request: SimRequest, order_id: str) -> SimResponse:
        order_id = self._known_order(order_id)
        start = 0
        token = request.query.get("NextToken")
        if token:
            try:
                start = int(_unb64(token)["o"])
            except (ValueError, KeyError, TypeError, binascii.Error):
                raise _BadRequest("Invalid NextToken.") from None
        items = self._items_of(order_id)
        end = start + self.items_page_size
        payload = {"AmazonOrderId": order_id, "OrderItems": items[start:end]}
        if end < len(items):
            payload["NextToken"] = _b64({"o": end})
        return sp_json(200, compact({"payload": payload}))

    def _items_of(self, order_id: str) -> list[Any]:
        if not self.faults.malforms(order_id):  # type: ignore[arg-type]
            return json.loads(self.store.items_json(order_id))
        combined = self.faults.apply_malformations(  # type: ignore[arg-type]
            order_id, {**self.store.order(order_id), "OrderItems": self.store.items(order_id)})
        return combined.get("OrderItems") or []

    # -- confirmShipment -----------------------------------------------------------------------

    def _confirm_shipment(self, request: SimRequest, order_id: str) -> SimResponse:
        order_id = self._known_order(order_id)
        body = self._json_body(request)
        if body.get("marketplaceId") != self.marketplace_id:
            raise _BadRequest("Invalid Input", "marketplaceId is missing or not the order's marketplace.",
                              code="Invalid Input")
        package = body.get("packageDetail")
        if not isinstance(package, dict):
            raise _BadRequest("Invalid Input", "packageDetail is required.", code="Invalid Input")
        reference, tracking, carrier, quantities = self._package_fields(package)
        try:
            changed = self.store.confirm_shipment(order_id, reference, tracking, carrier, quantities)
        except ShipmentRefused as refused:
            return sp_error(refused.status, refused.code, refused.message)
        if changed:
            self.pushes.add("tracking", f"{order_id}/{tracking}", body, request.time)
        return SimResponse(204, b"", (("x-amzn-RequestId", str(uuid.uuid4())),))

    @staticmethod
    def _json_body(request: SimRequest) -> dict[str, Any]:
        try:
            body = json.loads(request.body or b"null")
        except ValueError:
            raise _BadRequest("Invalid Input", "The request body is not valid JSON.", code="Invalid Input") from None
        if not isinstance(body, dict):
            raise _BadRequest("Invalid Input", "The request body must be a JSON object.", code="Invalid Input")
        return body

    @staticmethod
    def _package_fields(package: dict[str, Any]) -> tuple[str, str, str, dict[str, int]]:
        reference = package.get("packageReferenceId")
        if not isinstance(reference, str) or not POSITIVE_NUMBER.match(reference):
            raise _BadRequest("PackageReferenceId: is invalid, must be a positive numeric value.")
        missing = [name for name in ("carrierCode", "trackingNumber", "shipDate")
                   if not isinstance(package.get(name), str) or not package[name].strip()]
        if missing:
            raise _BadRequest("The input you have submitted is not valid. Please check the fields with invalid "
                              f"type [packageDetail.{missing[0]}].")
        try:
            _parse_time(package["shipDate"])
        except ValueError:
            raise _BadRequest("Invalid shipDate: use ISO 8601.") from None
        items = package.get("orderItems")
        if not isinstance(items, list) or not items:
            raise _BadRequest("packageDetail.orderItems must list at least one order item.")
        quantities: dict[str, int] = {}
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("orderItemId"), str):
                raise _BadRequest("Each order item needs an orderItemId.")
            quantity = item.get("quantity")
            if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
                raise _BadRequest(f"Invalid quantity for order item {item['orderItemId']}: {quantity!r}.")
            quantities[item["orderItemId"]] = quantities.get(item["orderItemId"], 0) + quantity
        return reference, package["trackingNumber"].strip(), package["carrierCode"].strip(), quantities

    # -- Listings Items -------------------------------------------------------------------------

    def _listing(self, request: SimRequest, seller_id: str, sku: str) -> Listing:
        if seller_id != self.seller_id:
            raise _Refusal(sp_error(403, "Unauthorized", UNAUTHORIZED,
                                    f"Seller {seller_id} is not this application's authorised seller."))
        self._marketplace_ids(request, "marketplaceIds")
        listing = self.store.listings.get(sku)
        if listing is None:
            raise _Refusal(sp_error(404, "NOT_FOUND", f"SKU '{sku}' not found in marketplace {self.marketplace_id}."))
        return listing

    def _get_listings_item(self, request: SimRequest, seller_id: str, sku: str) -> SimResponse:
        listing = self._listing(request, seller_id, sku)
        included = (request.query.get("includedData") or "summaries").split(",")
        body: dict[str, Any] = {"sku": listing.sku}
        if "summaries" in included:
            body["summaries"] = [{"marketplaceId": self.marketplace_id, "asin": listing.asin, "productType": "PRODUCT",
                                  "conditionType": "new_new", "status": ["BUYABLE", "DISCOVERABLE"],
                                  "itemName": listing.title}]
        if "fulfillmentAvailability" in included:
            body["fulfillmentAvailability"] = [{"fulfillmentChannelCode": "DEFAULT", "quantity": listing.quantity}]
        return sp_json(200, compact(body))

    def _patch_listings_item(self, request: SimRequest, seller_id: str, sku: str) -> SimResponse:
        listing = self._listing(request, seller_id, sku)
        body = self._json_body(request)
        if not isinstance(body.get("productType"), str) or not isinstance(body.get("patches"), list) \
                or not body["patches"]:
            return sp_error(400, "BAD_REQUEST", "Invalid input", "productType and patches are required.")
        quantity, issues = self._stock_patch(body["patches"])
        status = "INVALID" if issues else "ACCEPTED"
        if not issues and request.query.get("mode") == "VALIDATION_PREVIEW":
            status = "VALID"
        elif not issues and quantity is not None:
            self.store.set_quantity(sku, quantity)
            self.pushes.add("stock", listing.key, body, request.time)
        return sp_json(200, compact({"sku": sku, "status": status, "submissionId": uuid.uuid4().hex,
                                     "issues": issues}))

    @staticmethod
    def _stock_patch(patches: list[Any]) -> tuple[int | None, list[dict[str, Any]]]:
        """The quantity a ``fulfillment_availability`` patch sets, or the issues that make it invalid."""
        quantity = None
        for patch in patches:
            if not isinstance(patch, dict) or patch.get("path") != STOCK_PATH:
                continue
            values = patch.get("value")
            entry = values[0] if isinstance(values, list) and values and isinstance(values[0], dict) else {}
            value = entry.get("quantity")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                return None, [{"code": "4000001", "severity": "ERROR",
                               "message": f"The value '{value}' provided for 'quantity' is invalid: enter a "
                                          "whole number of 0 or more.",
                               "attributeNames": ["fulfillment_availability"]}]
            quantity = value
        return quantity, []
