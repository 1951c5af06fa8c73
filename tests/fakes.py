"""In-memory stand-ins used by service tests: a keyring and a scripted connector."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import ClassVar

from keyring.backend import KeyringBackend

from connectors.base import (
    CancelCheck,
    CancelledError,
    ChannelAddress,
    ChannelOrder,
    ChannelOrderLine,
    Lifecycle,
    OrderPage,
    OrderParseFailure,
    PushResult,
    ShipmentConfirmation,
    StockLevel,
)

EPOCH = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


def make_order(number: int, *, minutes: int = 0, status: str = "processing", lines: int = 2,
               lifecycle: Lifecycle = Lifecycle.OPEN, buyer: str = "王小明") -> ChannelOrder:
    order_lines = tuple(
        ChannelOrderLine(
            external_id=f"{number}-{n}", channel_sku=f"SKU-{n:03d}", title=f"T恤 Tee {n}",
            quantity=Decimal(n), unit_price=Decimal("10.00"), subtotal=Decimal(10 * n),
            subtotal_tax=Decimal("1.30") * n, total=Decimal(10 * n), total_tax=Decimal("1.30") * n,
        )
        for n in range(1, lines + 1)
    )
    goods = sum((line.total for line in order_lines), Decimal(0))
    tax = sum((line.total_tax for line in order_lines), Decimal(0))
    created = EPOCH + timedelta(minutes=number)
    return ChannelOrder(
        external_id=str(number), number=f"#{number}", status=status, currency="CNY",
        created_at=created, updated_at=created + timedelta(minutes=minutes), lines=order_lines,
        total=goods + tax + Decimal("8.00"), total_tax=tax, shipping_total=Decimal("8.00"),
        lifecycle=lifecycle, buyer_name=buyer, buyer_phone=f"1380000{number:04d}",
        shipping_address=ChannelAddress(name=buyer, line1="人民路 1 号", city="上海市", country="CN"),
        raw={"id": number, "status": status},
    )


class ScriptedConnector:
    """Serves a list of orders in pages, filtered by updated_at, like a real channel."""

    kind: ClassVar[str] = "scripted"
    display_name: ClassVar[str] = "Scripted"

    def __init__(self, orders: Sequence[ChannelOrder], page_size: int = 3,
                 failures: Sequence[OrderParseFailure] = (), fail_after_pages: int | None = None) -> None:
        self.orders = list(orders)
        self.page_size = page_size
        self.failures = list(failures)
        self.fail_after_pages = fail_after_pages
        self.requested_from: list[datetime | None] = []

    def test_connection(self) -> str:
        return f"scripted: {len(self.orders)} orders"

    def change(self, external_id: str, **changes: object) -> None:
        self.orders = [replace(o, **changes) if o.external_id == external_id else o for o in self.orders]

    def iter_order_pages(self, modified_after: datetime | None,
                         cancelled: CancelCheck | None = None) -> Iterator[OrderPage]:
        self.requested_from.append(modified_after)
        matching = [o for o in self.orders if modified_after is None or o.updated_at > modified_after]
        matching.sort(key=lambda o: o.created_at)
        pages = [matching[i:i + self.page_size] for i in range(0, len(matching), self.page_size)] or [[]]
        for number, chunk in enumerate(pages, start=1):
            if cancelled and cancelled():
                raise CancelledError("cancelled")
            if self.fail_after_pages is not None and number > self.fail_after_pages:
                from connectors.base import TransientError
                raise TransientError("the shop stopped answering (simulated)")
            failures = tuple(self.failures) if number == 1 else ()
            yield OrderPage(number, len(pages), tuple(chunk), failures)


class PushingScriptedConnector(ScriptedConnector):
    """A scripted connector that also takes pushes, records them, and fails on request."""

    max_stock_batch: ClassVar[int] = 2
    settings: ClassVar[tuple] = ()

    def __init__(self, orders: Sequence[ChannelOrder] = (), **kwargs: object) -> None:
        super().__init__(orders, **kwargs)  # type: ignore[arg-type]
        self.shipments: list[ShipmentConfirmation] = []
        self.stock_calls: list[list[StockLevel]] = []
        self.failing: list[Exception] = []  # raised, one per call, before anything else
        self.refused_packages: set[str] = set()
        self.refused_listings: set[str] = set()

    def fetch_order(self, external_id: str, cancelled: CancelCheck | None = None) -> ChannelOrder | OrderParseFailure:
        for order in self.orders:
            if order.external_id == external_id:
                return order
        return OrderParseFailure(external_id, "id", "no such order on the channel")

    def _maybe_fail(self) -> None:
        if self.failing:
            raise self.failing.pop(0)

    def confirm_shipment(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None = None) -> PushResult:
        self._maybe_fail()
        if shipment.package_id in self.refused_packages:
            return PushResult(shipment.package_id, False, "order is cancelled on the channel")
        self.shipments.append(shipment)
        return PushResult(shipment.package_id, True, channel_reference=f"F-{len(self.shipments)}")

    def push_stock(self, levels: Sequence[StockLevel], cancelled: CancelCheck | None = None) -> list[PushResult]:
        self._maybe_fail()
        self.stock_calls.append(list(levels))
        return [PushResult(level.key, level.key not in self.refused_listings,
                           "" if level.key not in self.refused_listings else "listing is closed")
                for level in levels]

    def pushed_levels(self) -> dict[str, int]:
        latest: dict[str, int] = {}
        for call in self.stock_calls:
            for level in call:
                if level.key not in self.refused_listings:
                    latest[level.key] = level.quantity
        return latest
