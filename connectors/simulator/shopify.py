"""A simulated Shopify shop: the Admin REST API (2025-07) routes omsdesk uses, with Shopify's rules.

Mirrored behaviour (shopify.dev REST reference and the official Ruby client's tests):

* auth by the ``X-Shopify-Access-Token`` header: a custom app's Admin API token
  (``shpat_…``, permanent until the app is uninstalled, so the expire-token fault
  leaves it alone) or tokens from a Dev Dashboard app's client-credentials grant
  (``POST /admin/oauth/access_token``), which expire; a bad token gets 401
  ``[API] Invalid API key or access token …``, a missing scope 403;
* the leaky bucket per app and shop: 40 requests, leaking 2 per second (both
  options), ``X-Shopify-Shop-Api-Call-Limit: used/40`` on every answer, and when
  full 429 ``Exceeded 2 calls per second for api client…`` with ``Retry-After``;
* cursor paging of ``orders.json``: an opaque ``page_info`` in a ``Link`` header
  (``rel="next"`` / ``rel="previous"``, none when there is no other page); a
  ``page_info`` request may carry only ``limit`` and ``fields``, and ``page`` is
  refused; ``updated_at_min`` & co. are inclusive; ``status`` defaults to ``open``;
* errors as ``{"errors": …}``: a string, a list or an object by field, as in
  the shared samples;
* fulfillment orders and ``POST /fulfillments.json`` with
  ``line_items_by_fulfillment_order`` (422 ``The fulfillment order is not in an
  open state.``), inventory levels set per location and inventory item.

Every accepted tracking number and stock level lands in :attr:`ShopifyShop.pushes`.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import math
import re
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

from connectors.simulator.faults import CannedAnswer, FaultPlan
from connectors.simulator.messages import (
    OrderTruth,
    PushLog,
    RecordedRequest,
    RequestLog,
    SimRequest,
    SimResponse,
    derived_credential,
    html_response,
)
from connectors.simulator.shopify_orders import (
    LISTINGS_BY_INVENTORY_ITEM,
    LISTINGS_BY_VARIANT,
    Listing,
    ShopSettings,
    fulfil,
    fulfillment_orders,
    money,
    order_for_fulfillment_order,
    status_word,
    tracking_url,
)
from connectors.simulator.shopify_store import (
    SORT_FIELDS,
    STATUS_FILTERS,
    LevelError,
    OrderQuery,
    ShopifyStore,
    SortKey,
    compact_json,
    epoch_seconds,
)

API_VERSION = "2025-07"
API_ROUTE = re.compile(r"^/admin/api/(\d{4}-\d{2}|unstable)/(.+?)\.json$")
TOKEN_ROUTE = "/admin/oauth/access_token"
MAX_LIMIT = 250
DEFAULT_LIMIT = 50
PAGE_INFO_PARAMS = frozenset({"page_info", "limit", "fields"})
TOKEN_LIFETIME_SECONDS = 86399
INVALID_TOKEN = "[API] Invalid API key or access token (unrecognized login or wrong password)"
SCOPES = frozenset({"read_orders", "read_all_orders", "write_merchant_managed_fulfillment_orders",
                    "write_fulfillments", "read_fulfillments", "write_inventory", "read_inventory",
                    "read_locations", "read_products"})
MAINTENANCE_PAGE = ("<!DOCTYPE html><html lang=\"en\"><head><title>Shopify</title></head><body>"
                    "<h1>There was a problem loading this website</h1><p>Try refreshing the page.</p></body></html>")
STATUS_ERRORS = {400: "Bad Request", 401: INVALID_TOKEN, 402: "This shop's plan does not have access to this feature",
                 403: "Forbidden", 404: "Not Found", 422: "Unprocessable Entity", 500: "An unexpected error occurred",
                 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}

Monotonic = Callable[[], float]
Headers = tuple[tuple[str, str], ...]


def shopify_json(status: int, payload: Any, headers: Headers = ()) -> SimResponse:
    return SimResponse(status, compact_json(payload).encode("utf-8"),
                       (("Content-Type", "application/json; charset=utf-8"), *headers))


def shopify_error(status: int, errors: Any, headers: Headers = ()) -> SimResponse:
    return shopify_json(status, {"errors": errors}, headers)


class _Refusal(Exception):
    """A request the shop answers with an error; ``response`` is that answer."""

    def __init__(self, response: SimResponse) -> None:
        super().__init__(response.status)
        self.response = response


def _bad_param(name: str, message: str = "Invalid value.") -> _Refusal:
    return _Refusal(shopify_error(400, {name: message}))


def _unprocessable(*messages: str) -> _Refusal:
    return _Refusal(shopify_error(422, list(messages)))


class LeakyBucket:
    """Shopify's REST limit: each request fills the bucket by one; it drains at ``leak_per_second`` per second."""

    def __init__(self, size: int, leak_per_second: float, monotonic: Monotonic) -> None:
        self.size = size
        self.leak_per_second = leak_per_second
        self._monotonic = monotonic
        self._level = 0.0
        self._at = monotonic()
        self._lock = threading.Lock()

    def admit(self) -> float:
        """0 when the request may go ahead (and is counted); else the seconds until it could."""
        with self._lock:
            self._drain()
            if self._level + 1 > self.size:
                return (self._level + 1 - self.size) / self.leak_per_second
            self._level += 1
            return 0.0

    @property
    def used(self) -> int:
        with self._lock:
            self._drain()
            return min(self.size, math.ceil(self._level - 1e-9))

    def _drain(self) -> None:
        now = self._monotonic()
        self._level = max(0.0, self._level - (now - self._at) * self.leak_per_second)
        self._at = now


def create_shop(
    *,
    slug: str,
    url: str,
    seed: int,
    orders: int,
    epoch: datetime,
    clock: Callable[[], datetime],
    currency: str = "USD",
    taxes_included: bool = False,
    utc_offset_hours: float = 8,
    auth: str = "access_token",
    bucket_size: int = 40,
    leak_per_second: float = 2.0,
    monotonic: Monotonic = time.monotonic,
    token_lifetime_seconds: int = TOKEN_LIFETIME_SECONDS,
) -> ShopifyShop:
    """A Shopify shop at ``url``. ``auth`` is what :meth:`ShopifyShop.connection` hands out:
    ``"access_token"`` (a custom app's permanent token) or ``"client_credentials"``
    (a Dev Dashboard app's client ID and secret); the shop accepts both either way."""
    if auth not in ("access_token", "client_credentials"):
        raise ValueError(f"auth must be 'access_token' or 'client_credentials', not {auth!r}")
    store = ShopifyStore(seed=seed, orders=orders, epoch=epoch, clock=clock, settings=ShopSettings(
        currency=currency, taxes_included=taxes_included, utc_offset=timedelta(hours=utc_offset_hours),
        location_id=71_500_000_001, domain=f"{slug}.myshopify.com"))
    return ShopifyShop(slug=slug, url=url, store=store, seed=seed, auth=auth,
                       bucket=LeakyBucket(bucket_size, leak_per_second, monotonic), monotonic=monotonic,
                       token_lifetime_seconds=token_lifetime_seconds)


class ShopifyShop:
    kind = "shopify"

    def __init__(self, *, slug: str, url: str, store: ShopifyStore, seed: int, auth: str, bucket: LeakyBucket,
                 monotonic: Monotonic, token_lifetime_seconds: int) -> None:
        self.slug = slug
        self.url = url
        self.store = store
        self.auth = auth
        self.access_token = "shpat_" + derived_credential("", seed, slug)[:32]
        self.client_id = derived_credential("", seed * 3 + 1, slug)[:32]
        self.client_secret = "shpss_" + derived_credential("", seed * 5 + 2, slug)[:32]
        self.scopes = set(SCOPES)
        self.bucket = bucket
        self.faults = FaultPlan()
        self.pushes = PushLog()
        self.token_lifetime_seconds = token_lifetime_seconds
        self._monotonic = monotonic
        self._granted: dict[str, float] = {}  # client-credentials token -> expiry (monotonic)
        self._tokens_lock = threading.Lock()
        self._log = RequestLog()

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._log.entries()

    @property
    def granted_tokens(self) -> list[str]:
        with self._tokens_lock:
            return list(self._granted)

    def live_tick(self) -> None:
        self.store.live_tick()

    def connection(self) -> dict[str, Any]:
        """The shop's plan (its bucket) goes with it, as a merchant on Shopify Plus would set it."""
        options = {"bucket_size": self.bucket.size, "leak_per_second": self.bucket.leak_per_second}
        if self.auth == "client_credentials":
            return {"base_url": self.url, "key": self.client_id, "secret": "", "options": options,
                    "secrets": {"client_secret": self.client_secret}}
        return {"base_url": self.url, "key": "", "secret": self.access_token, "options": options}

    def truth(self) -> dict[str, OrderTruth]:
        return {str(order["id"]): OrderTruth(str(order["id"]), status_word(order), Decimal(order["total_price"]),
                                             order["currency"])
                for order in self.store.orders(self.store.ids())}

    def handle(self, request: SimRequest) -> SimResponse:
        response = self._respond(request)
        self._log.add(request, response.status)
        return response

    # -- the pipeline: canned faults, token grant, expiry, auth, bucket, route ---------------------------

    def _respond(self, request: SimRequest) -> SimResponse:
        if not request.path.startswith("/admin/"):
            return html_response(404, "<!DOCTYPE html><title>404 Not Found</title><h1>Page not found</h1>")
        answer = self.faults.take_answer()
        if answer is not None:
            return self._canned(answer)
        if request.path == TOKEN_ROUTE:
            return self._grant(request)
        if self.faults.take_token_expiry():
            with self._tokens_lock:
                self._granted.clear()  # the permanent custom-app token does not expire
        if not self._authenticated(request.header("X-Shopify-Access-Token")):
            return shopify_error(401, INVALID_TOKEN)
        wait = self.bucket.admit()
        if wait:
            return shopify_error(429, f"Exceeded {self.bucket.leak_per_second:g} calls per second for api client. "
                                      "Reduce request rates to resume uninterrupted service.",
                                 (("Retry-After", f"{max(wait, 0.001):.3f}"), *self._limit_header()))
        try:
            response = self._route(request)
        except _Refusal as refusal:
            response = refusal.response
        return SimResponse(response.status, response.body,
                           (*response.headers, *self._limit_header(), ("X-Shopify-API-Version", API_VERSION)))

    def _limit_header(self) -> Headers:
        return (("X-Shopify-Shop-Api-Call-Limit", f"{self.bucket.used}/{self.bucket.size}"),)

    def _canned(self, answer: CannedAnswer) -> SimResponse:
        if answer.garbled:
            return SimResponse(200, MAINTENANCE_PAGE.encode(), (("Content-Type", "text/html; charset=utf-8"),))
        headers: Headers = ()
        if answer.retry_after is not None:
            value = answer.retry_after
            headers = (("Retry-After", repr(float(value)) if isinstance(value, float | int) else str(value)),)
        if answer.status == 429:
            return shopify_error(429, "Exceeded 2 calls per second for api client. Reduce request rates to resume "
                                      "uninterrupted service.",
                                 (*headers, ("X-Shopify-Shop-Api-Call-Limit",
                                             f"{self.bucket.size}/{self.bucket.size}")))
        return shopify_error(answer.status, STATUS_ERRORS.get(answer.status, "Error"), headers)

    def _authenticated(self, token: str) -> bool:
        if token and _same(token, self.access_token):
            return True
        with self._tokens_lock:
            expires = self._granted.get(token)
            if expires is not None and expires <= self._monotonic():
                del self._granted[token]
                return False
            return expires is not None

    def _grant(self, request: SimRequest) -> SimResponse:
        """The client-credentials grant of a Dev Dashboard app (JSON or form body)."""
        if request.method != "POST":
            return shopify_error(404, "Not Found")
        try:
            body = json.loads(request.body) if request.body.strip().startswith(b"{") else \
                dict(parse_qsl(request.body.decode()))
        except (ValueError, UnicodeDecodeError):
            body = {}
        if body.get("grant_type") != "client_credentials":
            return shopify_json(400, {"error": "unsupported_grant_type",
                                      "error_description": "The authorization grant type is not supported."})
        if body.get("client_id") != self.client_id or \
                not _same(str(body.get("client_secret", "")), self.client_secret):
            return shopify_json(401, {"error": "invalid_client", "error_description": (
                "Client authentication failed due to unknown client, no client authentication included, "
                "or unsupported authentication method.")})
        token = "shpat_" + secrets.token_hex(16)
        with self._tokens_lock:
            self._granted[token] = self._monotonic() + self.token_lifetime_seconds
        return shopify_json(200, {"access_token": token, "scope": ",".join(sorted(self.scopes)),
                                  "expires_in": self.token_lifetime_seconds})

    def _route(self, request: SimRequest) -> SimResponse:
        match = API_ROUTE.match(request.path)
        if match is None:
            return shopify_error(404, "Not Found")
        resource, method = match.group(2), request.method
        for pattern, verb, scope, handler in self._routes():
            found = re.fullmatch(pattern, resource)
            if found and verb == method:
                if scope and scope not in self.scopes:
                    raise _Refusal(shopify_error(
                        403, f"[API] This action requires merchant approval for {scope} scope."))
                return handler(request, *(int(group) for group in found.groups()))
        return shopify_error(404, "Not Found")

    def _routes(self) -> tuple[tuple[str, str, str, Callable[..., SimResponse]], ...]:
        return (
            ("shop", "GET", "", self._shop),
            ("orders", "GET", "read_orders", self._list_orders),
            ("orders/count", "GET", "read_orders", self._count_orders),
            (r"orders/(\d+)", "GET", "read_orders", self._get_order),
            (r"orders/(\d+)/fulfillment_orders", "GET", "write_merchant_managed_fulfillment_orders",
             self._get_fulfillment_orders),
            (r"orders/(\d+)/fulfillments", "GET", "read_orders", self._get_fulfillments),
            ("fulfillments", "POST", "write_fulfillments", self._create_fulfillment),
            ("locations", "GET", "read_locations", self._locations),
            (r"variants/(\d+)", "GET", "read_products", self._get_variant),
            ("inventory_levels", "GET", "read_inventory", self._list_levels),
            ("inventory_levels/set", "POST", "write_inventory", self._set_level),
        )

    # -- the shop and its orders --------------------------------------------------------------------

    def _shop(self, request: SimRequest) -> SimResponse:
        settings = self.store.settings
        return shopify_json(200, {"shop": {
            "id": 60_123_456_789, "name": f"omsdesk demo ({self.slug})", "email": f"owner@{settings.domain}",
            "domain": settings.domain, "country_code": "CN", "country_name": "China", "currency": settings.currency,
            "iana_timezone": "Asia/Shanghai" if settings.utc_offset == timedelta(hours=8) else "Etc/UTC",
            "taxes_included": settings.taxes_included, "plan_name": "basic", "plan_display_name": "Basic",
            "myshopify_domain": settings.domain, "primary_location_id": self.store.primary_location["id"],
            "multi_location_enabled": True, "enabled_presentment_currencies": [settings.currency],
        }})

    def _get_order(self, request: SimRequest, order_id: int) -> SimResponse:
        if order_id not in self.store:
            return shopify_error(404, "Not Found")
        order = self._malformed(order_id, self.store.order(order_id))
        return shopify_json(200, {"order": _only_fields(order, request.query.get("fields"))})

    def _malformed(self, order_id: int, order: dict[str, Any]) -> dict[str, Any]:
        return self.faults.apply_malformations(order_id, order) if self.faults.malforms(order_id) else order

    def _count_orders(self, request: SimRequest) -> SimResponse:
        query = self._order_query(request.query)
        return shopify_json(200, {"count": self.store.count_matching(query)})

    def _list_orders(self, request: SimRequest) -> SimResponse:
        params = request.query
        if "page" in params:
            raise _bad_param("page", "page cannot be passed. See https://shopify.dev/api/usage/pagination-rest "
                                     "for more information.")
        limit = _limit(params.get("limit"))
        cursor = _Cursor.decode(params["page_info"]) if "page_info" in params else None
        if cursor is not None:
            extra = sorted(set(params) - PAGE_INFO_PARAMS)
            if extra:
                raise _bad_param(extra[0], f"{extra[0]} cannot be passed when page_info is present.")
            query, page = cursor.query, cursor.page
        else:
            query, page = self._order_query(params), 1
        ids, before, after = self._page_ids(query, cursor, limit)
        if cursor is not None and cursor.direction == "next" and self.faults.take_page_duplicate():
            ids.insert(0, cursor.last[1])
        texts = [self._order_json(order_id, params.get("fields")) for order_id in ids]
        links = self._links(request, query, ids, page, limit, before, after)
        fault = self.faults.take_paging_fault(page)
        if fault is not None:
            self.store.modify_orders(ids[: fault.count])
        body = b'{"orders":[' + b",".join(texts) + b"]}"
        headers: Headers = (("Content-Type", "application/json; charset=utf-8"),)
        if links:  # Shopify sends no Link header when everything fits on one page
            headers += (("Link", links),)
        return SimResponse(200, body, headers)

    def _page_ids(self, query: OrderQuery, cursor: _Cursor | None, limit: int) -> tuple[list[int], bool, bool]:
        """This page's ids and whether pages exist before and after it."""
        if cursor is None:
            ids, more = self.store.select(query, None, limit)
            return ids, False, more
        if cursor.direction == "next":
            ids, more = self.store.select(query, cursor.last, limit)
            return ids, True, more
        backwards = dataclasses.replace(query, descending=not query.descending)
        ids, more = self.store.select(backwards, cursor.last, limit)
        return ids[::-1], more, True

    def _order_json(self, order_id: int, fields: str | None) -> bytes:
        if fields is None and not self.faults.malforms(order_id):
            return self.store.orders_json([order_id])[0]
        return compact_json(_only_fields(self._malformed(order_id, self.store.order(order_id)), fields)).encode()

    def _links(self, request: SimRequest, query: OrderQuery, ids: list[int], page: int, limit: int,
               before: bool, after: bool) -> str:
        if not ids:
            return ""
        base = f"{self.url}/{request.path.lstrip('/')}"
        fields = request.query.get("fields")
        extra = f"&fields={fields}" if fields else ""
        links = []
        if before:
            first = self.store.sort_key(ids[0], query.sort)
            token = _Cursor(query, "prev", first, page - 1).encode()
            links.append(f'<{base}?limit={limit}{extra}&page_info={token}>; rel="previous"')
        if after:
            last = self.store.sort_key(ids[-1], query.sort)
            token = _Cursor(query, "next", last, page + 1).encode()
            links.append(f'<{base}?limit={limit}{extra}&page_info={token}>; rel="next"')
        return ", ".join(links)

    def _order_query(self, params: dict[str, str]) -> OrderQuery:
        status = params.get("status", "open")
        if status not in STATUS_FILTERS:
            raise _bad_param("status")
        sort, _, direction = params.get("order", "id desc").partition(" ")
        if sort not in SORT_FIELDS or direction.lower() not in ("", "asc", "desc"):
            raise _bad_param("order")
        ids = params.get("ids")
        try:
            id_set = frozenset(int(part) for part in ids.split(",") if part.strip()) if ids else None
            since_id = int(params["since_id"]) if params.get("since_id") else None
        except ValueError:
            raise _bad_param("ids" if ids else "since_id") from None
        return OrderQuery(
            status=status, ids=id_set, since_id=since_id, sort=sort, descending=direction.lower() != "asc",
            **{f"{name}_{edge}": self._time_param(params, f"{name}_at_{edge}")
               for name in ("updated", "created") for edge in ("min", "max")},
        )

    def _time_param(self, params: dict[str, str], name: str) -> int | None:
        text = params.get(name)
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.strip().replace(" ", "+"))
        except ValueError:
            raise _bad_param(name) from None
        if moment.tzinfo is None:  # read in the shop's time zone
            moment = (moment - self.store.settings.utc_offset).replace(tzinfo=UTC)
        return epoch_seconds(moment)

    # -- fulfillment ------------------------------------------------------------------------------

    def _get_fulfillment_orders(self, request: SimRequest, order_id: int) -> SimResponse:
        if order_id not in self.store:
            return shopify_error(404, "Not Found")
        order = self.store.order(order_id)
        return shopify_json(200, {"fulfillment_orders": fulfillment_orders(order, self.store.primary_location)})

    def _get_fulfillments(self, request: SimRequest, order_id: int) -> SimResponse:
        if order_id not in self.store:
            return shopify_error(404, "Not Found")
        return shopify_json(200, {"fulfillments": self.store.order(order_id)["fulfillments"]})

    def _create_fulfillment(self, request: SimRequest) -> SimResponse:
        spec = _json_object(request.body).get("fulfillment")
        groups = spec.get("line_items_by_fulfillment_order") if isinstance(spec, dict) else None
        if not isinstance(groups, list) or not groups or not all(isinstance(group, dict) for group in groups):
            raise _Refusal(shopify_error(400, {"fulfillment": "Required parameter missing or invalid"}))
        order_id = self._order_of_groups(groups)
        tracking = spec.get("tracking_info") if isinstance(spec.get("tracking_info"), dict) else {}
        number, company = str(tracking.get("number") or ""), str(tracking.get("company") or "")
        url = str(tracking.get("url") or "") or tracking_url(company, number)

        def ship(order: dict[str, Any]) -> dict[str, Any]:
            quantities = self._requested_quantities(order, groups)
            return fulfil(order, request.time, quantities, self.store.settings, number=number, company=company,
                          url=url, location_id=self.store.primary_location["id"])

        fulfillment = self.store.update(order_id, ship)
        self.pushes.add("tracking", f"{order_id}/{number}", spec, request.time)
        return shopify_json(201, {"fulfillment": fulfillment})

    def _order_of_groups(self, groups: list[dict[str, Any]]) -> int:
        """The order the fulfillment orders belong to (each order here has one fulfillment order)."""
        fo_ids = [group.get("fulfillment_order_id") for group in groups]
        if not all(isinstance(fo_id, int) and not isinstance(fo_id, bool) for fo_id in fo_ids):
            raise _Refusal(shopify_error(400, {"fulfillment": "Required parameter missing or invalid"}))
        order_ids = {order_for_fulfillment_order(fo_id) for fo_id in fo_ids}
        if not all(order_id in self.store for order_id in order_ids):
            raise _unprocessable("Fulfillment order does not exist.")
        if len(order_ids) > 1 or len(fo_ids) > 1:
            raise _unprocessable("All fulfillment orders must belong to the same order and appear once.")
        return order_ids.pop()

    def _requested_quantities(self, order: dict[str, Any], groups: list[dict[str, Any]]) -> dict[int, int]:
        fulfillment_order = fulfillment_orders(order, self.store.primary_location)[0]
        group = groups[0]
        if group["fulfillment_order_id"] != fulfillment_order["id"]:
            raise _unprocessable("Fulfillment order does not exist.")
        if fulfillment_order["status"] not in ("open", "in_progress"):
            raise _unprocessable("The fulfillment order is not in an open state.")
        items = {item["id"]: item for item in fulfillment_order["line_items"]}
        wanted = group.get("fulfillment_order_line_items")
        if wanted is None:
            return {item["line_item_id"]: item["fulfillable_quantity"] for item in items.values()
                    if item["fulfillable_quantity"] > 0}
        if not isinstance(wanted, list) or not wanted:
            raise _unprocessable("Fulfillment order line items can't be blank.")
        quantities: dict[int, int] = {}
        for entry in wanted:
            item = items.get(entry.get("id")) if isinstance(entry, dict) else None
            if item is None:
                raise _unprocessable("Invalid fulfillment order line item id.")
            quantity = entry.get("quantity")
            if not isinstance(quantity, int) or not 0 < quantity <= item["fulfillable_quantity"]:
                raise _unprocessable("Invalid fulfillment order line item quantity requested.")
            quantities[item["line_item_id"]] = quantities.get(item["line_item_id"], 0) + quantity
        return quantities

    # -- locations and inventory ----------------------------------------------------------------

    def _locations(self, request: SimRequest) -> SimResponse:
        return shopify_json(200, {"locations": sorted(self.store.locations, key=lambda loc: loc["name"])})

    def _get_variant(self, request: SimRequest, variant_id: int) -> SimResponse:
        listing = LISTINGS_BY_VARIANT.get(variant_id)
        if listing is None:
            return shopify_error(404, "Not Found")
        return shopify_json(200, {"variant": self._variant(listing)})

    def _variant(self, listing: Listing) -> dict[str, Any]:
        settings = self.store.settings
        quantity = self.store.inventory_quantity(listing)
        return {
            "id": listing.variant_id, "product_id": listing.product_id,
            "title": listing.variant_title or "Default Title", "price": money(settings.price(listing.price_cny)),
            "position": 1, "inventory_policy": "deny", "compare_at_price": None,
            "option1": (listing.variant_title or "Default Title").split(" / ")[0], "option2": None, "option3": None,
            "created_at": "2024-03-01T10:00:00+08:00", "updated_at": "2024-03-01T10:00:00+08:00",
            "taxable": not listing.gift_card, "barcode": None, "fulfillment_service": "manual",
            "grams": listing.grams, "inventory_management": None if listing.gift_card else "shopify",
            "requires_shipping": not listing.gift_card, "sku": listing.sku, "weight": listing.grams / 1000,
            "weight_unit": "kg", "inventory_item_id": listing.inventory_item_id, "inventory_quantity": quantity,
            "old_inventory_quantity": quantity,
            "presentment_prices": [{"price": {"amount": money(settings.price(listing.price_cny)),
                                              "currency_code": settings.currency}, "compare_at_price": None}],
            "tax_code": None, "admin_graphql_api_id": f"gid://shopify/ProductVariant/{listing.variant_id}",
            "image_id": None,
        }

    def _list_levels(self, request: SimRequest) -> SimResponse:
        try:
            items = [int(part) for part in request.query.get("inventory_item_ids", "").split(",") if part]
            locations = [int(part) for part in request.query.get("location_ids", "").split(",") if part]
        except ValueError:
            raise _bad_param("inventory_item_ids") from None
        return shopify_json(200, {"inventory_levels": self.store.levels(items, locations or None)})

    def _set_level(self, request: SimRequest) -> SimResponse:
        body = _json_object(request.body)
        for name in ("location_id", "inventory_item_id", "available"):
            if not isinstance(body.get(name), int) or isinstance(body.get(name), bool):
                raise _Refusal(shopify_error(400, {name: "Required parameter missing or invalid"}))
        try:
            level = self.store.set_level(body["inventory_item_id"], body["location_id"], body["available"])
        except LevelError as refused:
            raise _unprocessable(str(refused)) from None
        listing = LISTINGS_BY_INVENTORY_ITEM[body["inventory_item_id"]]
        self.pushes.add("stock", f"{listing.product_id}/{listing.variant_id}/{listing.sku}", body, request.time)
        return shopify_json(200, {"inventory_level": level})


# -- paging cursors ---------------------------------------------------------------------------------


class _Cursor:
    """What an opaque ``page_info`` carries: the first request's filters and where the page ended."""

    def __init__(self, query: OrderQuery, direction: str, last: SortKey, page: int) -> None:
        self.query = query
        self.direction = direction
        self.last = last
        self.page = page

    def encode(self) -> str:
        query = {**dataclasses.asdict(self.query),
                 "ids": sorted(self.query.ids) if self.query.ids is not None else None}
        payload = {"q": query, "direction": self.direction, "last_value": self.last[0], "last_id": self.last[1],
                   "page": self.page}
        return base64.urlsafe_b64encode(compact_json(payload).encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> _Cursor:
        try:
            payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
            query = dict(payload["q"])
            query["ids"] = frozenset(query["ids"]) if query["ids"] is not None else None
            return cls(OrderQuery(**query), payload["direction"], (int(payload["last_value"]),
                                                                    int(payload["last_id"])), int(payload["page"]))
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise _bad_param("page_info") from None


def _same(given: str, expected: str) -> bool:
    """A constant-time comparison that also takes text a client should not have sent (non-ASCII)."""
    return secrets.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8"))


def _limit(text: str | None) -> int:
    if text is None:
        return DEFAULT_LIMIT
    try:
        value = int(text)
    except ValueError:
        raise _bad_param("limit") from None
    return max(1, min(MAX_LIMIT, value))


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(body or b"{}")
    except ValueError:
        raise _Refusal(shopify_error(400, "Invalid JSON in request body")) from None
    if not isinstance(payload, dict):
        raise _Refusal(shopify_error(400, "Invalid JSON in request body"))
    return payload


def _only_fields(order: dict[str, Any], fields: str | None) -> dict[str, Any]:
    if not fields:
        return order
    wanted = {name.strip() for name in fields.split(",")}
    return {key: value for key, value in order.items() if key in wanted}
