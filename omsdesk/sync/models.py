from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from omsdesk.db.base import Base
from omsdesk.db.types import UTCDateTime, utc_now


class Shop(Base):
    """A channel account: one shop on one channel (the own web shop, a marketplace store).

    Secrets never live here: ``credentials_ref`` names the keyring entry that holds them.
    """

    __tablename__ = "shops"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(120), unique=True)
    base_url: Mapped[str] = mapped_column(String(500))
    credentials_ref: Mapped[str] = mapped_column(String(120))
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(default=True)
    auto_sync_minutes: Mapped[int] = mapped_column(default=0)
    sync_cursor: Mapped[datetime | None] = mapped_column(UTCDateTime())
    stock_cursor: Mapped[int] = mapped_column(default=0)  # the last StockChange id published
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class RunStatus(StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    PARTIAL = "partial"  # finished, but some orders could not be imported
    FAILED = "failed"
    CANCELLED = "cancelled"
    INTERRUPTED = "interrupted"  # the process ended while it ran


class SyncRun(Base):
    """One pull of one shop: when, from which cursor, what it did."""

    __tablename__ = "sync_runs"
    __table_args__ = (Index(None, "shop_id", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    actor: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[RunStatus] = mapped_column(
        Enum(RunStatus, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]),
        default=RunStatus.RUNNING,
    )
    fetched_from: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cursor_after: Mapped[datetime | None] = mapped_column(UTCDateTime())
    pages: Mapped[int] = mapped_column(default=0)
    new_count: Mapped[int] = mapped_column(default=0)
    updated_count: Mapped[int] = mapped_column(default=0)
    unchanged_count: Mapped[int] = mapped_column(default=0)
    failed_count: Mapped[int] = mapped_column(default=0)
    message: Mapped[str] = mapped_column(default="")


class SyncError(Base):
    """An order that could not be imported, with the reason and the payload as received."""

    __tablename__ = "sync_errors"
    __table_args__ = (Index(None, "shop_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("sync_runs.id", ondelete="CASCADE"), index=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(200), default="")
    message: Mapped[str]
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # imported later, or retried


def _str_enum(enum_class: type[StrEnum]) -> Enum:
    return Enum(enum_class, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class OutboxKind(StrEnum):
    TRACKING = "tracking"
    STOCK = "stock"


class OutboxState(StrEnum):
    PENDING = "pending"  # waiting for its next attempt
    SENDING = "sending"  # claimed by a sender (taken over when the claim goes stale)
    DONE = "done"  # the channel acknowledged it: never sent again
    FAILED = "failed"  # refused, or out of attempts: waits for a person to retry


class OutboxItem(Base):
    """A push to a channel, written in the same transaction as the change that causes it.

    ``key`` names what it is about (a shipment number, a listing) so that stock
    levels for one listing coalesce and a stale attempt never overwrites a newer one.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index(None, "shop_id", "state", "next_attempt_at"),
        Index(None, "shop_id", "kind", "key"),
        Index(None, "state", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    kind: Mapped[OutboxKind] = mapped_column(_str_enum(OutboxKind))
    key: Mapped[str] = mapped_column(String(300))
    label: Mapped[str] = mapped_column(String(300), default="")  # what a person reads in the queue
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[OutboxState] = mapped_column(_str_enum(OutboxState), default=OutboxState.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    claimed_by: Mapped[str] = mapped_column(String(80), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str] = mapped_column(default="")
    channel_reference: Mapped[str] = mapped_column(String(200), default="")
    reference_type: Mapped[str] = mapped_column(String(40), default="")
    reference_id: Mapped[int | None]
    created_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class StockPublication(Base):
    """What stock sync last queued for one mapped listing, so only changes are pushed."""

    __tablename__ = "stock_publications"

    mapping_id: Mapped[int] = mapped_column(ForeignKey("channel_sku_mappings.id", ondelete="CASCADE"),
                                            primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[int]
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
