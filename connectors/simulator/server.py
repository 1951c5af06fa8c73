"""The channel simulator: one local HTTP server hosting several simulated shops.

Each shop lives under its own URL slug (``http://127.0.0.1:PORT/<slug>``) with
its own data, credentials, fault plan and request log. ``GET /`` lists the
shops so the app can tell that a simulator is running.
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Protocol, TextIO
from urllib.parse import parse_qsl, unquote, urlsplit

from connectors.simulator.messages import SimRequest, SimResponse, html_response, json_response
from connectors.simulator.woocommerce import WooCommerceShop
from connectors.simulator.woocommerce_store import WooCommerceStore

SERVICE_NAME = "omsdesk-channel-simulator"
DEFAULT_EPOCH_BASE = datetime(2025, 5, 1, tzinfo=UTC)
SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
POLL_SECONDS = 0.05

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def default_epoch(seed: int) -> datetime:
    """A fixed "newest order" time for a seed, so that the seed alone reproduces a shop."""
    return DEFAULT_EPOCH_BASE + timedelta(minutes=(seed * 7919) % (24 * 60))


def _as_utc(moment: datetime) -> datetime:
    """A naive datetime is taken as UTC (not as local time, as ``astimezone`` would)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def derived_credential(prefix: str, seed: int, slug: str) -> str:
    return prefix + hashlib.sha1(f"{prefix}{seed}:{slug}".encode()).hexdigest()


class SimulatedShop(Protocol):
    kind: str
    slug: str
    url: str

    def handle(self, request: SimRequest) -> SimResponse: ...

    def live_tick(self) -> None: ...


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "omsdesk-simulator"
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._serve()

    do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        request = SimRequest(
            method=self.command,
            path=unquote(parts.path),
            query_pairs=tuple(parse_qsl(parts.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=self.rfile.read(length) if length else b"",
            time=self.server.simulator.clock(),
        )
        try:
            response = self.server.simulator.handle(request)
        except Exception:  # noqa: BLE001 - a simulator bug answers 500 instead of killing the connection
            traceback.print_exc()
            response = json_response(500, {"code": "simulator_error", "message": "The simulator failed."})
        self._write(response)

    def _write(self, response: SimResponse) -> None:
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet by design
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    simulator: ChannelSimulator


class ChannelSimulator:
    """A local multi-shop channel server. Bind happens at construction, so URLs are known early."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1", clock: Clock | None = None) -> None:
        self.clock: Clock = clock or utc_now
        self._server = _Server((host, port), _Handler)
        self._server.simulator = self
        self._shops: dict[str, SimulatedShop] = {}
        self._shops_lock = threading.Lock()
        self._serve_thread: threading.Thread | None = None
        self._live_thread: threading.Thread | None = None
        self._stop_live = threading.Event()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def shops(self) -> list[SimulatedShop]:
        with self._shops_lock:
            return list(self._shops.values())

    def shop(self, slug: str) -> SimulatedShop:
        with self._shops_lock:
            return self._shops[slug]

    def add_woocommerce_shop(
        self,
        slug: str = "webshop",
        seed: int = 7,
        orders: int = 500,
        epoch: datetime | None = None,
        key: str | None = None,
        secret: str | None = None,
        currency: str = "CNY",
        utc_offset_hours: float | None = None,
    ) -> WooCommerceShop:
        """A WooCommerce shop at ``<base_url>/<slug>``; key/secret default to values derived from the seed."""
        if utc_offset_hours is None:
            utc_offset_hours = 8 if currency == "CNY" else 0
        store = WooCommerceStore(
            seed=seed,
            orders=orders,
            epoch=_as_utc(epoch or default_epoch(seed)).replace(microsecond=0),
            currency=currency,
            utc_offset=timedelta(hours=utc_offset_hours),
            clock=self.clock,
        )
        shop = WooCommerceShop(
            slug=slug,
            url=f"{self.base_url}/{slug}",
            store=store,
            key=key or derived_credential("ck_", seed, slug),
            secret=secret or derived_credential("cs_", seed, slug),
        )
        self._register(shop)
        return shop

    def _register(self, shop: SimulatedShop) -> None:
        if not SLUG_PATTERN.match(shop.slug):
            raise ValueError(f"invalid shop slug {shop.slug!r}: use lower-case letters, digits, - and _")
        with self._shops_lock:
            if shop.slug in self._shops:
                raise ValueError(f"a shop with slug {shop.slug!r} already exists")
            self._shops[shop.slug] = shop

    # -- running --------------------------------------------------------------------------

    def start(self) -> ChannelSimulator:
        if self._serve_thread is None:
            self._serve_thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": POLL_SECONDS},
                name="channel-simulator", daemon=True,
            )
            self._serve_thread.start()
        return self

    def start_live(self, arrival_seconds: float = 20.0) -> None:
        """Every ``arrival_seconds`` a new order arrives in each shop, and now and then one changes."""
        if self._live_thread is not None:
            return
        self._stop_live.clear()
        self._live_thread = threading.Thread(
            target=self._live_loop, args=(arrival_seconds,), name="channel-simulator-live", daemon=True,
        )
        self._live_thread.start()

    def _live_loop(self, arrival_seconds: float) -> None:
        while not self._stop_live.wait(arrival_seconds):
            for shop in self.shops:
                shop.live_tick()

    def stop(self) -> None:
        self._stop_live.set()
        if self._live_thread is not None:
            self._live_thread.join()
            self._live_thread = None
        if self._serve_thread is not None:
            self._server.shutdown()
            self._serve_thread.join()
            self._serve_thread = None
        self._server.server_close()

    def __enter__(self) -> ChannelSimulator:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- routing ----------------------------------------------------------------------------

    def handle(self, request: SimRequest) -> SimResponse:
        if request.path in ("", "/"):
            return json_response(200, self.describe())
        slug, _, rest = request.path.lstrip("/").partition("/")
        with self._shops_lock:
            shop = self._shops.get(slug)
        if shop is None:
            return html_response(404, "<!DOCTYPE html><title>404 Not Found</title><h1>Not Found</h1>")
        return shop.handle(SimRequest(request.method, "/" + rest, request.query_pairs, request.headers,
                                      request.body, request.time))

    def describe(self) -> dict[str, object]:
        return {"service": SERVICE_NAME,
                "shops": [{"kind": shop.kind, "slug": shop.slug, "url": shop.url} for shop in self.shops]}


def serve(
    port: int = 8765,
    orders: int = 500,
    seed: int = 7,
    *,
    epoch: datetime | None = None,
    arrival_seconds: float = 20.0,
    out: TextIO = sys.stdout,
) -> None:
    """Run a simulator with one WooCommerce shop in the foreground until Ctrl+C.

    Without ``epoch`` the history ends at the current hour, so the demo data looks recent.
    """
    simulator = ChannelSimulator(port=port)
    epoch = epoch or utc_now().replace(minute=0, second=0)
    shop = simulator.add_woocommerce_shop(slug="webshop", seed=seed, orders=orders, epoch=epoch)
    simulator.start()
    simulator.start_live(arrival_seconds)
    print(f"omsdesk channel simulator on {simulator.base_url}", file=out)
    print(f"WooCommerce shop: {shop.url}", file=out)
    print(f"  consumer key:    {shop.key}", file=out)
    print(f"  consumer secret: {shop.secret}", file=out)
    print(f"  {shop.store.count} orders; a new one every {arrival_seconds:g} s. Ctrl+C stops.", file=out, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        simulator.stop()
