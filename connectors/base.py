"""Plain data that every channel connector returns, and the connector interface.

Nothing here knows about Qt, the database or the omsdesk package: a connector
speaks its channel's HTTP API and hands back these data classes; the sync engine
in ``omsdesk.sync`` maps them into the database.

Money is always ``Decimal``. Timestamps are timezone-aware UTC ``datetime``s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar, Protocol, runtime_checkable

ZERO = Decimal("0")


class Lifecycle(StrEnum):
    """What a channel's own status word means for us (the word itself is kept verbatim)."""

    AWAITING_PAYMENT = "awaiting_payment"
    OPEN = "open"  # paid (or cash on delivery), waiting to be shipped
    ON_HOLD = "on_hold"
    SHIPPED = "shipped"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"


@dataclass(frozen=True)
class ChannelAddress:
    name: str = ""
    company: str = ""
    line1: str = ""
    line2: str = ""
    city: str = ""
    state: str = ""
    postcode: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ChannelOrderLine:
    """One line of a channel order, amounts as the channel reports them.

    ``subtotal`` is before line discounts, ``total`` after them; both exclude tax.
    ``unit_price`` is the undiscounted unit price excluding tax.
    """

    external_id: str
    channel_sku: str
    title: str
    quantity: Decimal
    unit_price: Decimal
    subtotal: Decimal
    subtotal_tax: Decimal
    total: Decimal
    total_tax: Decimal
    channel_item_id: str = ""
    channel_variant_id: str = ""
    tax_class: str = ""
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def discount(self) -> Decimal:
        return self.subtotal - self.total


@dataclass(frozen=True)
class ChannelOrder:
    """A channel order, normalised. ``status`` is the channel's own word, verbatim."""

    external_id: str
    number: str
    status: str
    currency: str
    created_at: datetime
    updated_at: datetime
    lines: tuple[ChannelOrderLine, ...]
    total: Decimal
    total_tax: Decimal
    discount_total: Decimal = ZERO
    discount_tax: Decimal = ZERO
    shipping_total: Decimal = ZERO
    shipping_tax: Decimal = ZERO
    fee_total: Decimal = ZERO
    fee_tax: Decimal = ZERO
    refunded_total: Decimal = ZERO
    lifecycle: Lifecycle = Lifecycle.OPEN
    prices_include_tax: bool = False
    paid_at: datetime | None = None
    completed_at: datetime | None = None
    buyer_name: str = ""
    buyer_email: str = ""
    buyer_phone: str = ""
    billing_address: ChannelAddress = field(default_factory=ChannelAddress)
    shipping_address: ChannelAddress = field(default_factory=ChannelAddress)
    buyer_remark: str = ""
    payment_method: str = ""
    coupon_codes: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class OrderParseFailure:
    """A payload the connector could not turn into a ChannelOrder.

    ``field`` is a dotted path into the payload (``line_items[2].quantity``).
    """

    external_id: str
    field: str
    message: str
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __str__(self) -> str:
        return f"order {self.external_id or '?'}: {self.field}: {self.message}"


@dataclass(frozen=True)
class OrderPage:
    """One page of an incremental order pull."""

    page: int
    total_pages: int | None
    orders: tuple[ChannelOrder, ...]
    failures: tuple[OrderParseFailure, ...] = ()


@dataclass(frozen=True)
class ShopConfig:
    """What a connector needs to reach one shop (channel account)."""

    base_url: str
    key: str = ""
    secret: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    timeout_seconds: float = 30.0
    max_retries: int = 5


class ConnectorError(Exception):
    """A channel call failed; ``str()`` is a message fit for the user."""

    retryable: ClassVar[bool] = False


class AuthError(ConnectorError):
    """The channel refused our credentials (401 / 403 / bad signature)."""


class NotFoundError(ConnectorError):
    """The URL or resource does not exist (404): usually a wrong base URL."""


class ThrottledError(ConnectorError):
    """Rate limited and still throttled after every retry."""

    retryable = True


class TransientError(ConnectorError):
    """Network failure or 5xx that outlived the retries; trying later may work."""

    retryable = True


class CancelledError(ConnectorError):
    """The caller asked to stop."""


CancelCheck = Callable[[], bool]


@runtime_checkable
class Connector(Protocol):
    """What ``omsdesk.sync`` needs from a channel.

    Implementations are registered in the ``omsdesk.connectors`` entry-point group
    under their ``kind`` and constructed with a :class:`ShopConfig`.
    """

    kind: ClassVar[str]
    display_name: ClassVar[str]

    def test_connection(self) -> str:
        """Make one cheap authenticated call; return a short description of the shop.

        Raises :class:`ConnectorError` (with a user-facing message) on failure.
        """
        ...

    def iter_order_pages(
        self, modified_after: datetime | None, cancelled: CancelCheck | None = None
    ) -> Iterator[OrderPage]:
        """Yield pages of orders modified after ``modified_after`` (all when None),
        oldest first. A payload that cannot be parsed becomes an
        :class:`OrderParseFailure` in its page; it never stops the pull.
        """
        ...
