"""A simulated WooCommerce shop: the ``/wp-json/wc/v3`` routes, auth, paging, push-back and faults.

Behaviour follows WooCommerce and WordPress core:

* auth as in ``WC_REST_Authentication``: key/secret by HTTP Basic or the
  ``consumer_key``/``consumer_secret`` query (accepted on plain HTTP too, as if
  behind a TLS-terminating proxy), or OAuth 1.0a one-legged (HMAC-SHA1/SHA256,
  15-minute timestamp window, nonces not reusable); the same error codes and
  messages ("Consumer key is invalid.", "Consumer secret is invalid.", …);
* paging headers as WordPress builds them: ``X-WP-Total``, ``X-WP-TotalPages``
  and ``Link`` with ``rel="prev"``/``rel="next"`` only (WordPress sends no
  first/last), the links repeating every query parameter of the request;
* JSON encoded as ``wp_json_encode`` does (``\\/`` and ``\\uXXXX`` escapes);
* push-back as WooCommerce core and the Shipment Tracking extension do it:
  ``PUT /orders/<id>`` (status), ``POST /orders/<id>/notes``, products and
  variations with single and batch updates (``POST``/``PUT``/``PATCH``, at most
  100 items, per-item ``{"id", "error"}`` answers for unknown ids), and
  ``/wp-json/wc-shipment-tracking/v3`` (absent, so ``rest_no_route``, when the
  shop is created with ``shipment_tracking=False``); a read-only key gets
  "The API key provided does not have write permissions." on every write.

Accepted pushes go to ``shop.pushes``: a tracking item, or a note naming a
tracking number ("tracking number: X" / "运单号：X"), as ``tracking``; every
stock quantity that counted as ``stock``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, unquote

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
from connectors.simulator.woocommerce_store import (
    ListingError,
    OrderQuery,
    StockChange,
    WooCommerceStore,
    compact_json,
    truthy,
)

OAUTH_WINDOW_SECONDS = 15 * 60
OAUTH_PARAMS = ("oauth_consumer_key", "oauth_timestamp", "oauth_nonce", "oauth_signature", "oauth_signature_method")
ORDER_ROUTE = re.compile(r"^/wp-json/wc/v3/orders/(\d+)/?$")
NOTES_ROUTE = re.compile(r"^/wp-json/wc/v3/orders/(\d+)/notes/?$")
LIST_ROUTE = re.compile(r"^/wp-json/wc/v3/orders/?$")
INDEX_ROUTE = re.compile(r"^/wp-json/?$")
PRODUCTS_ROUTE = re.compile(r"^/wp-json/wc/v3/products/?$")
PRODUCT_ROUTE = re.compile(r"^/wp-json/wc/v3/products/(\d+)/?$")
PRODUCTS_BATCH_ROUTE = re.compile(r"^/wp-json/wc/v3/products/batch/?$")
VARIATIONS_ROUTE = re.compile(r"^/wp-json/wc/v3/products/(\d+)/variations/?$")
VARIATION_ROUTE = re.compile(r"^/wp-json/wc/v3/products/(\d+)/variations/(\d+)/?$")
VARIATIONS_BATCH_ROUTE = re.compile(r"^/wp-json/wc/v3/products/(\d+)/variations/batch/?$")
TRACKING_NAMESPACE = "/wp-json/wc-shipment-tracking/v3"
PROVIDERS_ROUTE = re.compile(r"^/wp-json/wc-shipment-tracking/v3/(?:orders/\d+/)?shipment-trackings/providers/?$")
TRACKINGS_ROUTE = re.compile(r"^/wp-json/wc-shipment-tracking/v3/orders/(\d+)/shipment-trackings/?$")
TRACKING_ROUTE = re.compile(r"^/wp-json/wc-shipment-tracking/v3/orders/(\d+)/shipment-trackings/([a-fA-F0-9]{0,32})/?$")
READABLE = ("GET", "HEAD")
EDITABLE = ("POST", "PUT", "PATCH")
BATCH_LIMIT = 100
# The carriers the Shipment Tracking extension knows (a part of its list); others are "custom".
TRACKING_PROVIDERS = {
    "Australia": {"Australia Post": "https://auspost.com.au/mypost/track/#/details/%1$s"},
    "Germany": {"DHL Intraship (DE)": "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=%1$s",
                "Hermes": "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation/#%1$s"},
    "Global": {"Aramex": "https://www.aramex.com/track/track-results-new?ShipmentNumber=%1$s"},
    "United Kingdom": {"DHL": "https://www.dhl.com/content/g0/en/express/tracking.shtml?brand=DHL&AWB=%1$s",
                       "Royal Mail": "https://www.royalmail.com/track-your-item#/tracking-results/%1$s"},
    "United States": {"Fedex": "https://www.fedex.com/apps/fedextrack/?action=track&tracknumbers=%1$s",
                      "UPS": "https://www.ups.com/track?loc=en_US&tracknum=%1$s",
                      "USPS": "https://tools.usps.com/tracking/%1$s"},
}
NOTE_TRACKING_NUMBER = re.compile(r"(?:tracking number|运单号)\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9-]*)", re.IGNORECASE)
# What WooCommerce answers a caller without the permission a route needs.
DENIED = {
    "list": ("woocommerce_rest_cannot_view", "Sorry, you cannot list resources."),
    "view": ("woocommerce_rest_cannot_view", "Sorry, you cannot view this resource."),
    "create": ("woocommerce_rest_cannot_create", "Sorry, you are not allowed to create resources."),
    "edit": ("woocommerce_rest_cannot_edit", "Sorry, you are not allowed to edit this resource."),
    "batch": ("woocommerce_rest_cannot_batch", "Sorry, you are not allowed to batch manipulate this resource."),
}
ORDERBY_VALUES = ("date", "id", "include", "title", "slug", "modified")
STATUS_VALUES = frozenset({"pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed",
                           "trash", "checkout-draft"})
CRITICAL_ERROR = ("<p>There has been a critical error on this website.</p><p><a href=\"https://wordpress.org/"
                  "documentation/article/faq-troubleshooting/\">Learn more about troubleshooting WordPress.</a></p>")
PHP_WARNING_PAGE = ("<br />\n<b>Warning</b>:  Undefined array key \"shipping\" in <b>/var/www/html/wp-content/"
                    "plugins/cn-shipping/cn-shipping.php</b> on line <b>214</b><br />\n[{\"id\":")
ERROR_BODIES = {
    400: ("rest_invalid_param", "Invalid parameter(s)."),
    401: ("woocommerce_rest_cannot_view", "Sorry, you cannot list resources."),
    403: ("rest_forbidden", "Sorry, you are not allowed to do that."),
    404: ("rest_no_route", "No route was found matching the URL and request method."),
    429: ("rest_too_many_requests", "Too many requests. Please slow down."),
    500: ("internal_server_error", CRITICAL_ERROR),
}


def wp_json(payload: Any) -> bytes:
    """Encode like ``wp_json_encode`` with default flags: compact, ASCII only, slashes escaped."""
    return compact_json(payload).replace("/", "\\/").encode("ascii")


def wp_response(status: int, payload: Any, headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
    return SimResponse(status, wp_json(payload), (("Content-Type", "application/json; charset=UTF-8"), *headers))


def wp_error(status: int, code: str, message: str, **data: Any) -> SimResponse:
    return wp_response(status, {"code": code, "message": message, "data": {"status": status, **data}})


def rawurlencode(text: str) -> str:
    """PHP ``rawurlencode``: everything but ``A-Za-z0-9-_.~`` percent-encoded."""
    return quote(text, safe="~")


class _InvalidParam(Exception):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(reason)
        self.response = wp_error(400, "rest_invalid_param", f"Invalid parameter(s): {name}", params={name: reason})


class _AuthFailure(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.response = wp_error(401, code, message)


class _Refusal(Exception):
    """A ``WP_Error`` a handler returns."""

    def __init__(self, status: int, code: str, message: str, **data: Any) -> None:
        super().__init__(message)
        self.response = wp_error(status, code, message, **data)


@dataclass(frozen=True)
class _Route:
    methods: tuple[str, ...]
    pattern: re.Pattern[str]
    handler: str  # the WooCommerceShop method answering it, given (request, match)
    access: str  # a DENIED key, or "public"
    extension: bool = False  # served only while the Shipment Tracking extension is active


ROUTES = (
    _Route(READABLE, LIST_ROUTE, "_list_orders", "list"),
    _Route(READABLE, ORDER_ROUTE, "_get_order", "view"),
    _Route(EDITABLE, ORDER_ROUTE, "_update_order", "edit"),
    _Route(READABLE, NOTES_ROUTE, "_get_notes", "list"),
    _Route(("POST",), NOTES_ROUTE, "_create_note", "create"),
    _Route(READABLE, PRODUCTS_ROUTE, "_list_products", "list"),
    _Route(EDITABLE, PRODUCTS_BATCH_ROUTE, "_batch_products", "batch"),
    _Route(READABLE, PRODUCT_ROUTE, "_get_product", "view"),
    _Route(EDITABLE, PRODUCT_ROUTE, "_update_product", "edit"),
    _Route(READABLE, VARIATIONS_ROUTE, "_list_variations", "list"),
    _Route(EDITABLE, VARIATIONS_BATCH_ROUTE, "_batch_variations", "batch"),
    _Route(READABLE, VARIATION_ROUTE, "_get_variation", "view"),
    _Route(EDITABLE, VARIATION_ROUTE, "_update_variation", "edit"),
    _Route(READABLE, PROVIDERS_ROUTE, "_tracking_providers", "public", extension=True),
    _Route(READABLE, TRACKINGS_ROUTE, "_list_trackings", "list", extension=True),
    _Route(("POST",), TRACKINGS_ROUTE, "_create_tracking", "create", extension=True),
    _Route(READABLE, TRACKING_ROUTE, "_get_tracking", "view", extension=True),
)


def create_shop(
    *,
    slug: str,
    url: str,
    seed: int,
    orders: int,
    epoch: datetime,
    clock: Callable[[], datetime],
    key: str | None = None,
    secret: str | None = None,
    currency: str = "CNY",
    utc_offset_hours: float | None = None,
    shipment_tracking: bool = True,
    key_permissions: str = "read_write",
) -> WooCommerceShop:
    """``shipment_tracking``: whether the Shipment Tracking extension is installed;
    ``key_permissions``: "read", "write" or "read_write", as the REST API key was created."""
    if utc_offset_hours is None:
        utc_offset_hours = 8 if currency == "CNY" else 0
    store = WooCommerceStore(seed=seed, orders=orders, epoch=epoch, currency=currency,
                             utc_offset=timedelta(hours=utc_offset_hours), clock=clock)
    shop = WooCommerceShop(slug=slug, url=url, store=store, key=key or derived_credential("ck_", seed, slug),
                           secret=secret or derived_credential("cs_", seed, slug))
    shop.shipment_tracking = shipment_tracking
    shop.key_permissions = key_permissions
    return shop


class WooCommerceShop:
    kind = "woocommerce"

    def __init__(self, *, slug: str, url: str, store: WooCommerceStore, key: str, secret: str) -> None:
        self.slug = slug
        self.url = url
        self.store = store
        self.store.site_url = url
        self.key = key
        self.secret = secret
        self.faults = FaultPlan()
        self.pushes = PushLog()
        self.link_headers = True  # False: omit Link, as some proxies do
        self.jetpack_envelope = False  # True: wrap bodies as {"data": …} like the Jetpack tunnel
        self.shipment_tracking = True  # False: the Shipment Tracking extension is not installed
        self.key_permissions = "read_write"  # or "read" / "write", as the key was created
        self._log = RequestLog()
        self._nonces: dict[str, float] = {}
        self._nonce_lock = threading.Lock()

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._log.entries()

    def live_tick(self) -> None:
        self.store.live_tick()

    def connection(self) -> dict[str, Any]:
        return {"base_url": self.url, "key": self.key, "secret": self.secret, "options": {}}

    def truth(self) -> dict[str, OrderTruth]:
        return {str(order["id"]): OrderTruth(str(order["id"]), order["status"], Decimal(order["total"]),
                                             order["currency"])
                for order in self.store.orders(self.store.ids())}

    def handle(self, request: SimRequest) -> SimResponse:
        response = self._respond(request)
        self._log.add(request, response.status)
        return response

    # -- dispatch -------------------------------------------------------------------------------

    def _respond(self, request: SimRequest) -> SimResponse:
        if not request.path.startswith("/wp-json"):
            return html_response(404, "<!DOCTYPE html><title>Page not found</title>"
                                      "<h1>Oops! That page can&rsquo;t be found.</h1>")
        if INDEX_ROUTE.match(request.path):
            namespaces = ["wp/v2", "wc/v3", *(["wc-shipment-tracking/v3"] if self.shipment_tracking else [])]
            return wp_response(200, {"name": "omsdesk simulated shop", "url": self.url, "home": self.url,
                                     "namespaces": namespaces})
        self.faults.take_token_expiry()  # consumer keys do not expire: nothing to invalidate
        answer = self.faults.take_answer()
        if answer is not None:
            return self._canned(answer)
        try:
            authenticated = self._authenticate(request)
            if authenticated:
                self._check_key_permissions(request.method)
        except _AuthFailure as failure:
            return failure.response
        try:
            return self._route(request, authenticated)
        except (_Refusal, _InvalidParam) as refusal:
            return refusal.response

    def _route(self, request: SimRequest, authenticated: bool) -> SimResponse:
        for route in ROUTES:
            if route.extension and not self.shipment_tracking:
                continue
            match = route.pattern.match(request.path)
            if match is None or request.method not in route.methods:
                continue
            if not authenticated and route.access != "public":
                return wp_error(401, *DENIED[route.access])
            handler: Callable[[SimRequest, re.Match[str]], SimResponse] = getattr(self, route.handler)
            return handler(request, match)
        return wp_error(404, *ERROR_BODIES[404])

    def _check_key_permissions(self, method: str) -> None:
        """``WC_REST_Authentication::check_permissions``: the key's scope against the method."""
        needed = "read" if method in READABLE else "write"
        if needed not in self.key_permissions.split("_"):
            raise _AuthFailure("woocommerce_rest_authentication_error",
                               f"The API key provided does not have {needed} permissions.")

    def _canned(self, answer: CannedAnswer) -> SimResponse:
        headers: tuple[tuple[str, str], ...] = ()
        if answer.retry_after is not None:
            headers = (("Retry-After", f"{answer.retry_after:g}" if isinstance(answer.retry_after, float | int)
                        else str(answer.retry_after)),)
        if answer.garbled:
            return SimResponse(200, PHP_WARNING_PAGE.encode(), (("Content-Type", "application/json; charset=UTF-8"),))
        code, message = ERROR_BODIES.get(answer.status, (f"http_{answer.status}", "The server could not answer."))
        response = wp_error(answer.status, code, message)
        return SimResponse(response.status, response.body, response.headers + headers)

    def _body(self, status: int, payload: Any, headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
        return self._json_body(status, compact_json(payload), headers)

    def _json_body(self, status: int, text: str, headers: tuple[tuple[str, str], ...] = ()) -> SimResponse:
        """``text`` is ASCII JSON from :func:`compact_json`; WordPress also escapes every slash."""
        if self.jetpack_envelope:
            text = '{"data":' + text + "}"
        api_link = ("Link", f'<{self.url}/wp-json/>; rel="https://api.w.org/"')
        return SimResponse(status, text.replace("/", "\\/").encode("ascii"),
                           (("Content-Type", "application/json; charset=UTF-8"), api_link, *headers))

    # -- orders ---------------------------------------------------------------------------------

    def _get_order(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        order_id = int(match.group(1))
        try:
            payload = self.store.order(order_id)
        except KeyError:
            return wp_error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        return self._body(200, self.faults.apply_malformations(order_id, payload))

    def _get_notes(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        try:
            return self._body(200, [self._served_note(int(match.group(1)), note)
                                    for note in self.store.notes(int(match.group(1)))])
        except KeyError:
            return wp_error(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")

    def _served_note(self, order_id: int, note: dict[str, Any]) -> dict[str, Any]:
        base = f"{self.url}/wp-json/wc/v3/orders/{order_id}"
        return {**note, "_links": {"self": [{"href": f"{base}/notes/{note['id']}"}],
                                   "collection": [{"href": f"{base}/notes"}], "up": [{"href": base}]}}

    def _list_orders(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        page, per_page, query = self._list_params(request.query)
        ids = self.store.select(query)
        total_pages = math.ceil(len(ids) / per_page)
        page_ids = ids[(page - 1) * per_page: page * per_page]
        if page > 1 and page_ids and self.faults.take_page_duplicate():
            page_ids = [ids[(page - 1) * per_page - 1], *page_ids]  # as if an insert shifted the offsets
        texts = [self._order_json(order_id, text)
                 for order_id, text in zip(page_ids, self.store.orders_json(page_ids), strict=True)]
        headers = [("X-WP-Total", str(len(ids))), ("X-WP-TotalPages", str(total_pages))]
        if self.link_headers:
            headers += self._paging_links(request.query_pairs, page, total_pages, "orders")
        paging_fault = self.faults.take_paging_fault(page)
        if paging_fault is not None:
            self.store.modify_orders(ids[: page * per_page][: paging_fault.count])
        return self._json_body(200, "[" + ",".join(texts) + "]", tuple(headers))

    def _order_json(self, order_id: int, text: str) -> str:
        if not self.faults.malforms(order_id):
            return text
        return compact_json(self.faults.apply_malformations(order_id, json.loads(text)))

    def _list_params(self, query: dict[str, str]) -> tuple[int, int, OrderQuery]:
        per_page = _int_param(query, "per_page", 10, 1, 100)
        page = _int_param(query, "page", 1, 1, None)
        orderby = query.get("orderby", "date")
        if orderby not in ORDERBY_VALUES:
            raise _InvalidParam("orderby", f"orderby is not one of {', '.join(ORDERBY_VALUES)}.")
        order = query.get("order", "desc")
        if order not in ("asc", "desc"):
            raise _InvalidParam("order", "order is not one of asc and desc.")
        gmt = query.get("dates_are_gmt", "").lower() in ("true", "1")
        return page, per_page, OrderQuery(
            modified_after=self._date_param(query, "modified_after", gmt),
            modified_before=self._date_param(query, "modified_before", gmt),
            created_after=self._date_param(query, "after", gmt),
            created_before=self._date_param(query, "before", gmt),
            statuses=_statuses(query.get("status", "any")),
            orderby=orderby if orderby in ("id", "modified") else "date",
            descending=order == "desc",
        )

    def _date_param(self, query: dict[str, str], name: str, gmt: bool) -> datetime | None:
        text = query.get(name)
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise _InvalidParam(name, "Invalid date.") from None
        if moment.tzinfo is not None:
            return moment.astimezone(UTC)
        return (moment if gmt else moment - self.store.utc_offset).replace(tzinfo=UTC)

    def _paging_links(self, query_pairs: tuple[tuple[str, str], ...], page: int,
                      total_pages: int, route: str) -> list[tuple[str, str]]:
        """``Link`` headers as ``WC_REST_CRUD_Controller::get_items`` builds them."""
        base = f"{self.url}/wp-json/wc/v3/{route}"

        def link(target: int) -> str:
            pairs = [(key, str(target) if key == "page" else value) for key, value in dict(query_pairs).items()]
            if "page" not in dict(query_pairs):
                pairs.append(("page", str(target)))
            return base + "?" + "&".join(f"{quote_plus(key, safe='[]')}={quote_plus(value, safe=':')}"
                                         for key, value in pairs)

        links = []
        if page > 1:
            links.append(("Link", f'<{link(min(page - 1, total_pages))}>; rel="prev"'))
        if total_pages > page:
            links.append(("Link", f'<{link(page + 1)}>; rel="next"'))
        return links

    # -- order writes -------------------------------------------------------------------------

    def _update_order(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        """``PUT /orders/<id>``: the simulator applies ``status`` and ignores the other fields."""
        params = _request_params(request)
        status = params.get("status")
        if status is not None and status not in STATUS_VALUES:
            raise _InvalidParam("status", f"status is not one of {', '.join(sorted(STATUS_VALUES))}.")
        order_id = int(match.group(1))
        try:
            order = self.store.set_status(order_id, status) if status else self.store.order(order_id)
        except KeyError:
            raise _Refusal(400, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.") from None
        return self._body(200, order)

    def _create_note(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        params = _request_params(request)
        text = _required_text(params, "note")
        order_id = int(match.group(1))
        try:
            note = self.store.add_note(order_id, text, customer_note=truthy(params.get("customer_note")))
        except KeyError:
            raise _Refusal(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.") from None
        tracking = NOTE_TRACKING_NUMBER.search(text)
        if tracking:
            self.pushes.add("tracking", f"{order_id}/{tracking.group(1)}", {"note": text}, request.time)
        served = self._served_note(order_id, note)
        return self._body(201, served, (("Location", served["_links"]["self"][0]["href"]),))

    # -- products and variations ------------------------------------------------------------------

    def _list_products(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        query = request.query
        ids = self.store.product_ids(_sku_filter(query), query.get("type", ""))
        return self._listing_page(request, ids, self.store.products, "products")

    def _list_variations(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        parent_id = int(match.group(1))
        ids = self.store.variation_ids(parent_id, _sku_filter(request.query))
        return self._listing_page(request, ids, lambda page: self.store.variations(parent_id, page),
                                  f"products/{parent_id}/variations")

    def _listing_page(self, request: SimRequest, ids: list[int],
                      served: Callable[[list[int]], list[dict[str, Any]]], route: str) -> SimResponse:
        per_page = _int_param(request.query, "per_page", 10, 1, 100)
        page = _int_param(request.query, "page", 1, 1, None)
        total_pages = math.ceil(len(ids) / per_page)
        headers = [("X-WP-Total", str(len(ids))), ("X-WP-TotalPages", str(total_pages))]
        if self.link_headers:
            headers += self._paging_links(request.query_pairs, page, total_pages, route)
        return self._body(200, served(ids[(page - 1) * per_page: page * per_page]), tuple(headers))

    def _get_product(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        try:
            return self._body(200, self.store.products([int(match.group(1))])[0])
        except KeyError:
            return wp_error(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")

    def _get_variation(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        try:
            return self._body(200, self.store.variations(int(match.group(1)), [int(match.group(2))])[0])
        except KeyError:
            return wp_error(404, "woocommerce_rest_product_variation_invalid_id", "Invalid ID.")

    def _update_product(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        return self._update_listing(request, int(match.group(1)), 0)

    def _update_variation(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        return self._update_listing(request, int(match.group(1)), int(match.group(2)))

    def _update_listing(self, request: SimRequest, product_id: int, variation_id: int) -> SimResponse:
        params = _request_params(request)
        try:
            listing = self._apply_listing_update(request, product_id, variation_id, params)
        except ListingError as refused:
            return wp_error(refused.status, refused.code, refused.message)
        return self._body(200, listing)

    def _batch_products(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        return self._batch(request, lambda item: (_item_id(item), 0))

    def _batch_variations(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        parent_id = int(match.group(1))

        def variation_of_parent(item: dict[str, Any]) -> tuple[int, int]:
            if not _item_id(item):
                raise ListingError("woocommerce_rest_product_variation_invalid_id", "Invalid ID.")
            return parent_id, _item_id(item)

        return self._batch(request, variation_of_parent)

    def _batch(self, request: SimRequest, target: Callable[[dict[str, Any]], tuple[int, int]]) -> SimResponse:
        """``WC_REST_Controller::batch_items``: each item on its own, refusals as ``{"id", "error"}``.
        Only ``update`` is simulated; ``create`` and ``delete`` items are refused."""
        params = _request_params(request)
        parts = {part: params[part] for part in ("create", "update", "delete") if isinstance(params.get(part), list)}
        if sum(len(items) for items in parts.values()) > BATCH_LIMIT:
            raise _Refusal(413, "woocommerce_rest_request_entity_too_large",
                           f"Unable to accept more than {BATCH_LIMIT} items for this request.")
        answer: dict[str, list[dict[str, Any]]] = {}
        for part, items in parts.items():
            answer[part] = [self._batch_item(request, part, item, target) for item in items]
        return self._body(200, answer)

    def _batch_item(self, request: SimRequest, part: str, item: Any,
                    target: Callable[[dict[str, Any]], tuple[int, int]]) -> dict[str, Any]:
        item = item if isinstance(item, dict) else {"id": item}
        try:
            if part != "update":
                raise ListingError("simulator_not_supported", f"The simulator does not {part} products.", 501)
            product_id, variation_id = target(item)
            return self._apply_listing_update(request, product_id, variation_id, item)
        except ListingError as refused:
            return {"id": item.get("id") or 0,
                    "error": {"code": refused.code, "message": refused.message, "data": {"status": refused.status}}}

    def _apply_listing_update(self, request: SimRequest, product_id: int, variation_id: int,
                              changes: dict[str, Any]) -> dict[str, Any]:
        listing, change = self.store.update_listing(product_id, variation_id, changes)
        if change is not None:
            self._record_stock(change, changes, request)
        return listing

    def _record_stock(self, change: StockChange, changes: dict[str, Any], request: SimRequest) -> None:
        self.pushes.add("stock", change.listing_key, dict(changes), request.time)

    # -- the Shipment Tracking extension ------------------------------------------------------------

    def _tracking_providers(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        return self._body(200, TRACKING_PROVIDERS)

    def _list_trackings(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        order_id = int(match.group(1))
        try:
            items = self.store.trackings(order_id)
        except KeyError:
            raise _Refusal(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.") from None
        return self._body(200, [self._served_tracking(order_id, item) for item in items])

    def _get_tracking(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        order_id, tracking_id = int(match.group(1)), match.group(2)
        try:
            items = self.store.trackings(order_id)
        except KeyError:
            raise _Refusal(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.") from None
        for item in items:
            if item["tracking_id"] == tracking_id:
                return self._body(200, self._served_tracking(order_id, item))
        raise _Refusal(404, "woocommerce_rest_order_shipment_tracking_invalid_id", "Invalid shipment tracking ID.")

    def _create_tracking(self, request: SimRequest, match: re.Match[str]) -> SimResponse:
        """``WC_Shipment_Tracking_Order_REST_API_Controller::create_item``: 201 and the formatted item.
        Nothing stops the same tracking number from being added twice."""
        params = _request_params(request)
        if params.get("tracking_id"):
            raise _Refusal(400, "woocommerce_rest_shop_order_shipment_tracking_exists",
                           "Cannot create existing order shipment tracking.")
        number = _required_text(params, "tracking_number")
        order_id = int(match.group(1))
        item = {"tracking_provider": sanitize_title(str(params.get("tracking_provider") or "")),
                "custom_tracking_provider": _clean(params.get("custom_tracking_provider")),
                "custom_tracking_link": _clean(params.get("custom_tracking_link")),
                "tracking_number": number,
                "date_shipped": self._shipped_timestamp(params.get("date_shipped"), request.time)}
        try:
            stored = self.store.add_tracking(order_id, item)
        except KeyError:
            raise _Refusal(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.") from None
        self.pushes.add("tracking", f"{order_id}/{number}", dict(params), request.time)
        served = self._served_tracking(order_id, stored)
        return self._body(201, served, (("Location", served["_links"]["self"][0]["href"]),))

    @staticmethod
    def _shipped_timestamp(value: Any, now: datetime) -> str:
        """``strtotime`` of the date (PHP runs in UTC under WordPress); now when none was given."""
        text = _clean(value)
        if not text:
            return str(int(now.timestamp()))
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return "0"  # strtotime() failed: the extension shows 1970-01-01
        return str(int((moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()))

    def _served_tracking(self, order_id: int, item: dict[str, Any]) -> dict[str, Any]:
        provider, link = _formatted_provider(item)
        base = f"{self.url}{TRACKING_NAMESPACE}/orders/{order_id}/shipment-trackings"
        shipped = datetime.fromtimestamp(int(item["date_shipped"]), UTC)
        return {"tracking_id": item["tracking_id"], "tracking_provider": provider, "tracking_link": link,
                "tracking_number": item["tracking_number"], "date_shipped": shipped.strftime("%Y-%m-%d"),
                "_links": {"self": [{"href": f"{base}/{item['tracking_id']}"}], "collection": [{"href": base}],
                           "up": [{"href": f"{self.url}{TRACKING_NAMESPACE}/orders/{order_id}"}]}}

    # -- authentication (mirrors WC_REST_Authentication) --------------------------------

    def _authenticate(self, request: SimRequest) -> bool:
        key, secret = self._key_and_secret(request)
        if key and secret and key == self.key:
            if not hmac.compare_digest(secret, self.secret):
                raise _AuthFailure("woocommerce_rest_authentication_error", "Consumer secret is invalid.")
            return True
        params = self._oauth_params(request)
        if params is None:
            return False
        if params["oauth_consumer_key"] != self.key:
            raise _AuthFailure("woocommerce_rest_authentication_error", "Consumer key is invalid.")
        self._check_signature(request, params)
        self._check_timestamp_and_nonce(params["oauth_timestamp"], params["oauth_nonce"])
        return True

    @staticmethod
    def _key_and_secret(request: SimRequest) -> tuple[str, str]:
        query = request.query
        if query.get("consumer_key") and query.get("consumer_secret"):
            return query["consumer_key"], query["consumer_secret"]
        header = request.header("Authorization")
        if header[:6].lower() != "basic ":
            return "", ""
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return "", ""
        key, _, secret = decoded.partition(":")
        return key, secret

    @staticmethod
    def _oauth_params(request: SimRequest) -> dict[str, str] | None:
        params = request.query
        header = request.header("Authorization").strip()
        if header.startswith("OAuth "):
            for name, quoted, bare in re.findall(r'(oauth_[a-z_-]*)=(?:"([^"]*)"|([^,]*))', header):
                params[name] = unquote(quoted or bare)
        missing = [name for name in OAUTH_PARAMS if not params.get(name)]
        if len(missing) == len(OAUTH_PARAMS):
            return None
        if missing:
            noun = "parameter" if len(missing) == 1 else "parameters"
            raise _AuthFailure("woocommerce_rest_authentication_missing_parameter",
                               f"Missing OAuth {noun} {', '.join(missing)}")
        return params

    def _check_signature(self, request: SimRequest, params: dict[str, str]) -> None:
        method = params["oauth_signature_method"]
        if method not in ("HMAC-SHA1", "HMAC-SHA256"):
            raise _AuthFailure("woocommerce_rest_authentication_error",
                               "Invalid signature - signature method is invalid.")
        signed = {name: value for name, value in params.items() if name != "oauth_signature"}
        # PHP decodes "+" in a query as a space; WooCommerce undoes that for the signature.
        given = unquote(params["oauth_signature"].replace(" ", "+"))
        pairs = [(rawurlencode(k), rawurlencode(v)) for k, v in sorted(signed.items(), key=lambda kv: kv[0].encode())]
        query_string = "%26".join(rawurlencode(f"{k}={v}") for k, v in pairs)
        string_to_sign = f"{request.method}&{rawurlencode(self.url + request.path)}&{query_string}"
        digest = hashlib.sha1 if method == "HMAC-SHA1" else hashlib.sha256
        expected = base64.b64encode(hmac.new(f"{self.secret}&".encode(), string_to_sign.encode(), digest).digest())
        if not hmac.compare_digest(expected.decode(), given):
            raise _AuthFailure("woocommerce_rest_authentication_error",
                               "Invalid signature - provided signature does not match.")

    def _check_timestamp_and_nonce(self, timestamp: str, nonce: str) -> None:
        now = time.time()  # wall clock, like the real server, whatever the simulator's order clock says
        if not timestamp.isdigit() or abs(int(timestamp) - now) > OAUTH_WINDOW_SECONDS:
            raise _AuthFailure("woocommerce_rest_authentication_error", "Invalid timestamp.")
        with self._nonce_lock:
            for old, used_at in list(self._nonces.items()):
                if used_at < now - OAUTH_WINDOW_SECONDS:
                    del self._nonces[old]
            if nonce in self._nonces:
                raise _AuthFailure("woocommerce_rest_authentication_error",
                                   "Invalid nonce - nonce has already been used.")
            self._nonces[nonce] = now


def _int_param(query: dict[str, str], name: str, default: int, low: int, high: int | None) -> int:
    text = query.get(name)
    if text is None:
        return default
    bounds = f"between {low} (inclusive) and {high} (inclusive)" if high else f"greater than or equal to {low}"
    try:
        value = int(text)
    except ValueError:
        raise _InvalidParam(name, f"{name} is not of type integer.") from None
    if value < low or (high is not None and value > high):
        raise _InvalidParam(name, f"{name} must be {bounds}")
    return value


def _statuses(text: str) -> frozenset[str] | None:
    wanted = frozenset(part.strip() for part in text.split(",") if part.strip())
    if not wanted or "any" in wanted:
        return None
    unknown = sorted(wanted - STATUS_VALUES)
    if unknown:
        raise _InvalidParam("status", f"status[0] is not one of any, {', '.join(sorted(STATUS_VALUES))}.")
    return wanted


def sanitize_title(text: str) -> str:
    """WordPress ``sanitize_title`` for the ASCII names carriers have: "Royal Mail" -> "royal-mail"."""
    return re.sub(r"[^a-z0-9_-]+", "-", text.strip().lower()).strip("-")


def _clean(value: Any) -> str:
    """``wc_clean`` of a text field: tags stripped, trimmed."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    return re.sub(r"<[^>]*>", "", str(value)).strip()


def _formatted_provider(item: dict[str, Any]) -> tuple[str, str]:
    """The provider name and link the extension shows: the custom ones, else the known provider's."""
    if item["custom_tracking_provider"]:
        return item["custom_tracking_provider"], item["custom_tracking_link"]
    for providers in TRACKING_PROVIDERS.values():
        for name, link_format in providers.items():
            if sanitize_title(name) == item["tracking_provider"]:
                return name, link_format.replace("%1$s", quote(item["tracking_number"]))
    return "", ""


def _request_params(request: SimRequest) -> dict[str, Any]:
    """The request's parameters as ``WP_REST_Request::get_params`` merges them: query, then body."""
    params: dict[str, Any] = dict(request.query)
    if not request.body:
        return params
    if "json" in request.header("Content-Type").lower():
        try:
            body = json.loads(request.body)
        except ValueError:
            raise _Refusal(400, "rest_invalid_json", "Invalid JSON body passed.") from None
        if isinstance(body, dict):
            params.update(body)
    else:
        params.update(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
    return params


def _required_text(params: dict[str, Any], name: str) -> str:
    text = _clean(params.get(name))
    if not text:
        raise _Refusal(400, "rest_missing_callback_param", f"Missing parameter(s): {name}", params=[name])
    return text


def _item_id(item: dict[str, Any]) -> int:
    try:
        return int(item.get("id") or 0)
    except (TypeError, ValueError):
        return 0


def _sku_filter(query: dict[str, str]) -> frozenset[str] | None:
    """``?sku=a,b``: the SKUs asked for, or None when not filtering."""
    if not query.get("sku"):
        return None
    return frozenset(part.strip() for part in query["sku"].split(",") if part.strip())
