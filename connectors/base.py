"""Plain data that every channel connector returns, and the connector interface.

Nothing here knows about Qt, the database or the omsdesk package: a connector
speaks its channel's HTTP API and hands back these data classes; the sync engine
in ``omsdesk.sync`` maps them into the database.

Money is always ``Decimal``. Timestamps are timezone-aware UTC ``datetime``s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar, Protocol, runtime_checkable

ZERO = Decimal("0")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark a label for the app's translation catalogue; the app translates it when shown."""
    return text


@dataclass(frozen=True)
class SettingField:
    """One value a connector needs from the merchant, as the shop settings form shows it.

    Values named ``key`` and ``secret`` go to :attr:`ShopConfig.key` and
    :attr:`ShopConfig.secret`; other secret values to :attr:`ShopConfig.secrets`,
    the rest to :attr:`ShopConfig.options`. ``label`` and ``help`` are marked with
    ``QT_TRANSLATE_NOOP("Connectors", …)``.
    """

    name: str
    label: str
    secret: bool = False
    required: bool = True
    default: str = ""
    help: str = ""


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
    fulfilled_by_channel: bool = False  # the marketplace ships it from its own warehouse (Amazon FBA)
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
    backoff_seconds: float = 0.5  # the first retry's wait; it doubles per attempt (tests make it small)
    secrets: dict[str, str] = field(default_factory=dict, repr=False)
    """Secret values beyond key and secret (a refresh token, a session key), by setting name."""
    save_credentials: Callable[[dict[str, str]], None] | None = field(default=None, compare=False, repr=False)
    """Called when the connector obtains new credentials (a refreshed access token and
    its expiry, as name → text) so that the next run starts with them."""


@dataclass(frozen=True)
class ShipmentLine:
    """Part of an order that left in one package. ``external_line_id`` is the channel's line id."""

    external_line_id: str
    quantity: Decimal
    channel_sku: str = ""
    channel_item_id: str = ""
    channel_variant_id: str = ""


@dataclass(frozen=True)
class ShipmentConfirmation:
    """One package to confirm to the channel.

    ``lines`` empty means the whole order. ``carrier_code`` is already in the
    channel's own vocabulary (the app maps its carriers per shop); ``package_id``
    is ours and unique, so a connector may use it as an idempotency key.
    ``completes_order`` is False while more packages of the order are to follow.
    """

    order_external_id: str
    package_id: str
    carrier_code: str
    tracking_number: str
    shipped_at: datetime
    lines: tuple[ShipmentLine, ...] = ()
    carrier_name: str = ""
    tracking_url: str = ""
    completes_order: bool = True


@dataclass(frozen=True)
class StockLevel:
    """An absolute quantity to publish for one listing, identified as the channel knows it."""

    quantity: int
    channel_sku: str = ""
    channel_item_id: str = ""
    channel_variant_id: str = ""

    @property
    def key(self) -> str:
        return "/".join((self.channel_item_id, self.channel_variant_id, self.channel_sku))


@dataclass(frozen=True)
class PushResult:
    """What the channel said about one pushed item (a package or a stock level).

    ``accepted`` False with ``retryable`` False means the channel refused it for
    good (``message`` says why); retryable refusals may succeed later.
    """

    key: str
    accepted: bool
    message: str = ""
    channel_reference: str = ""
    retryable: bool = False


class ConnectorError(Exception):
    """A channel call failed; ``str()`` is a message fit for the user.

    The HTTP client fills in what it knows of the channel's answer: ``status`` (HTTP),
    ``code`` (the channel's own error code), ``detail`` (its message) and ``retry_after``.
    """

    retryable: ClassVar[bool] = False
    status: int | None = None
    code: str = ""
    detail: str = ""
    retry_after: float | None = None


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


class RejectedError(ConnectorError):
    """The channel understood the request and refused it (invalid data, wrong order state)."""


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
    settings: ClassVar[tuple[SettingField, ...]]

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


@runtime_checkable
class PushingConnector(Connector, Protocol):
    """A connector that also sends tracking numbers and stock levels back.

    Both pushes must be safe to repeat: the outbox retries an item whose answer
    was lost (the connection dropped after the channel acted), so a repeated
    :meth:`confirm_shipment` for the same package must not create a second
    shipment at the channel (look at the channel's state first, or treat its
    "already shipped with this tracking number" answer as success).
    """

    max_stock_batch: ClassVar[int]
    """How many stock levels :meth:`push_stock` accepts in one call (1 = no batching)."""

    def fetch_order(self, external_id: str, cancelled: CancelCheck | None = None) -> ChannelOrder | OrderParseFailure:
        """One order, fresh from the channel (used to retry orders that failed to import)."""
        ...

    def confirm_shipment(self, shipment: ShipmentConfirmation, cancelled: CancelCheck | None = None) -> PushResult:
        """Mark the package shipped with its tracking number. Raises :class:`ConnectorError`
        when the channel could not be asked (retryable errors say so)."""
        ...

    def push_stock(self, levels: Sequence[StockLevel], cancelled: CancelCheck | None = None) -> list[PushResult]:
        """Publish absolute quantities; one result per level, in order. Raises
        :class:`ConnectorError` when the whole call failed."""
        ...
