"""Shops (channel accounts): add, edit, list, and build their connectors."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from connectors.base import Connector, ShopConfig
from connectors.registry import available_kinds, connector_class, create_connector
from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFoundError, ValidationError
from omsdesk.orders.models import Order
from omsdesk.sync.models import Shop, SyncRun
from omsdesk.sync.secrets import Credentials, SecretStore


@dataclass(frozen=True)
class ShopSpec:
    """What the user fills in to add or edit a shop. An empty secret keeps the stored one."""

    channel: str
    name: str
    base_url: str
    key: str = ""
    secret: str = ""
    auto_sync_minutes: int = 0
    active: bool = True
    options: dict[str, Any] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict, repr=False)
    """Secret values beyond key and secret, by the connector's setting name; empty ones keep the stored."""

    def credentials(self) -> Credentials:
        return Credentials(self.key.strip(), self.secret.strip(),
                           {name: value.strip() for name, value in self.secrets.items() if value.strip()})


@dataclass(frozen=True)
class LastRun:
    status: str
    started_at: datetime
    finished_at: datetime | None
    new: int
    updated: int
    unchanged: int
    failed: int
    message: str


@dataclass(frozen=True)
class ShopInfo:
    id: int
    channel: str
    name: str
    base_url: str
    active: bool
    auto_sync_minutes: int
    sync_cursor: datetime | None
    last_sync_at: datetime | None
    version: int
    order_count: int
    options: dict[str, Any]
    last_run: LastRun | None


def validate_spec(spec: ShopSpec, *, creating: bool) -> None:
    if spec.channel not in available_kinds():
        raise ValidationError("channel", QT_TRANSLATE_NOOP("Messages", "unknown channel {channel!r}; known: {known}"),
                              channel=spec.channel, known=", ".join(available_kinds()))
    if not spec.name.strip():
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "a shop needs a name"))
    parsed = urlparse(spec.base_url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValidationError("URL", QT_TRANSLATE_NOOP("Messages", "{url!r} is not an http(s) address like https://shop.example.com"),
                              url=spec.base_url)
    if creating:
        _check_required_settings(spec)
    if spec.auto_sync_minutes < 0:
        raise ValidationError("automatic sync", QT_TRANSLATE_NOOP("Messages", "minutes cannot be negative"))


def _check_required_settings(spec: ShopSpec) -> None:
    values = {"key": spec.key, "secret": spec.secret, **spec.secrets,
              **{name: str(value) for name, value in spec.options.items()}}
    for setting in connector_class(spec.channel).settings:
        if setting.required and not values.get(setting.name, "").strip():
            raise ValidationError(setting.label, QT_TRANSLATE_NOOP("Messages", "{setting} is required for {channel}"),
                                  setting=setting.label, channel=connector_class(spec.channel).display_name)


def _audited_fields(shop: Shop) -> dict[str, Any]:
    return {
        "channel": shop.channel,
        "name": shop.name,
        "base_url": shop.base_url,
        "active": shop.active,
        "auto_sync_minutes": shop.auto_sync_minutes,
    }


def _ensure_unique_name(session: Session, name: str, shop_id: int | None) -> None:
    clash = session.scalar(select(Shop.id).where(func.lower(Shop.name) == name.lower()))
    if clash is not None and clash != shop_id:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "a shop named {name!r} already exists"), name=name)


def add_shop(db: Database, secrets: SecretStore, actor: Actor, spec: ShopSpec) -> int:
    validate_spec(spec, creating=True)
    name = spec.name.strip()
    ref = f"shop-{uuid.uuid4()}"
    with db.transaction() as session:
        _ensure_unique_name(session, name, None)
        shop = Shop(
            channel=spec.channel,
            name=name,
            base_url=spec.base_url.strip().rstrip("/"),
            credentials_ref=ref,
            options=dict(spec.options),
            active=spec.active,
            auto_sync_minutes=spec.auto_sync_minutes,
        )
        session.add(shop)
        session.flush()
        secrets.save(ref, spec.credentials())
        audit.record(session, actor, "shop.add", "shop", shop.id, f"added shop {name}", after=_audited_fields(shop))
        return shop.id


def update_shop(
    db: Database, secrets: SecretStore, actor: Actor, shop_id: int, spec: ShopSpec, expected_version: int
) -> None:
    validate_spec(spec, creating=False)
    with db.transaction() as session:
        shop = session.get(Shop, shop_id)
        if shop is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "shop {shop_id} no longer exists"), shop_id=shop_id)
        if shop.version != expected_version:
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Messages", "shop {name!r} was changed by someone else while you edited it; reload it and try again"
            ), name=shop.name)
        _ensure_unique_name(session, spec.name.strip(), shop_id)
        before = _audited_fields(shop)
        shop.channel = spec.channel
        shop.name = spec.name.strip()
        shop.base_url = spec.base_url.strip().rstrip("/")
        shop.active = spec.active
        shop.auto_sync_minutes = spec.auto_sync_minutes
        shop.options = {**shop.options, **spec.options}
        typed = spec.credentials()
        if typed.key or typed.secret or typed.extra:
            old = secrets.load(shop.credentials_ref) or Credentials("", "")
            secrets.save(shop.credentials_ref, old.merged({"key": typed.key, "secret": typed.secret, **typed.extra}))
        changed_before, changed_after = audit.changed_fields(before, _audited_fields(shop))
        for name in ("secret", *typed.extra):
            if name == "secret" and not typed.secret:
                continue
            changed_after[name] = "(changed)"
        session.flush()
        audit.record(
            session, actor, "shop.update", "shop", shop.id, f"edited shop {shop.name}",
            before=changed_before, after=changed_after,
        )


def _last_runs(session: Session) -> dict[int, SyncRun]:
    latest = select(func.max(SyncRun.id)).group_by(SyncRun.shop_id)
    return {run.shop_id: run for run in session.scalars(select(SyncRun).where(SyncRun.id.in_(latest)))}


def _order_counts(session: Session) -> dict[int, int]:
    rows = session.execute(select(Order.shop_id, func.count()).group_by(Order.shop_id))
    return {shop_id: count for shop_id, count in rows}


def _info(shop: Shop, run: SyncRun | None, order_count: int) -> ShopInfo:
    last_run = None
    if run is not None:
        last_run = LastRun(
            run.status.value, run.started_at, run.finished_at, run.new_count,
            run.updated_count, run.unchanged_count, run.failed_count, run.message,
        )
    return ShopInfo(
        shop.id, shop.channel, shop.name, shop.base_url, shop.active, shop.auto_sync_minutes,
        shop.sync_cursor, shop.last_sync_at, shop.version, order_count, dict(shop.options), last_run,
    )


def list_shops(db: Database) -> list[ShopInfo]:
    with db.reading() as session:
        runs = _last_runs(session)
        counts = _order_counts(session)
        shops = session.scalars(select(Shop).order_by(Shop.name))
        return [_info(shop, runs.get(shop.id), counts.get(shop.id, 0)) for shop in shops]


def get_shop(db: Database, shop_id: int) -> ShopInfo:
    for info in list_shops(db):
        if info.id == shop_id:
            return info
    raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "shop {shop_id} does not exist"), shop_id=shop_id)


def find_shop(db: Database, name: str) -> ShopInfo:
    for info in list_shops(db):
        if info.name.lower() == name.strip().lower():
            return info
    known = ", ".join(s.name for s in list_shops(db)) or "none yet"
    raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "no shop named {name!r} (shops: {known})"), name=name, known=known)


def shop_config(db: Database, secrets: SecretStore, shop_id: int) -> tuple[str, ShopConfig]:
    with db.reading() as session:
        shop = session.get(Shop, shop_id)
        if shop is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "shop {shop_id} does not exist"), shop_id=shop_id)
        credentials = secrets.load(shop.credentials_ref)
        if credentials is None:
            raise ValidationError("credentials", QT_TRANSLATE_NOOP(
                "Messages", "no API key is stored for shop {name!r}; edit the shop and enter it again"
            ), name=shop.name)
        ref = shop.credentials_ref
        return shop.channel, ShopConfig(
            shop.base_url, credentials.key, credentials.secret, dict(shop.options),
            secrets=dict(credentials.extra), save_credentials=_credential_saver(secrets, ref),
            **_network_settings(shop.options),
        )


NETWORK_OPTIONS = {"timeout_seconds": float, "max_retries": int, "backoff_seconds": float}


def _network_settings(options: dict[str, Any]) -> dict[str, Any]:
    """Advanced shop options that tune the HTTP client (a slow channel, a flaky line, the tests)."""
    return {name: kind(options[name]) for name, kind in NETWORK_OPTIONS.items() if options.get(name) not in (None, "")}


def _credential_saver(secrets: SecretStore, ref: str) -> Callable[[dict[str, str]], None]:
    """Keeps tokens a connector refreshed, so the next run (and the next start) uses them."""

    def save(changes: dict[str, str]) -> None:
        secrets.update(ref, changes)

    return save


def connector_for(db: Database, secrets: SecretStore, shop_id: int) -> Connector:
    kind, config = shop_config(db, secrets, shop_id)
    return create_connector(kind, config)


def connector_for_spec(spec: ShopSpec, secrets: SecretStore | None = None, shop_id: int | None = None,
                       db: Database | None = None) -> Connector:
    """A connector for what the user typed (used by 'test connection' before saving)."""
    typed = spec.credentials()
    if shop_id is not None and db is not None and secrets is not None:
        _, stored = shop_config(db, secrets, shop_id)
        typed = Credentials(stored.key, stored.secret, dict(stored.secrets)).merged(
            {"key": typed.key, "secret": typed.secret, **typed.extra})
    config = ShopConfig(spec.base_url.strip().rstrip("/"), typed.key, typed.secret, dict(spec.options),
                        secrets=dict(typed.extra))
    return create_connector(spec.channel, config)


def recent_runs(db: Database, shop_id: int, limit: int = 20) -> list[LastRun]:
    """The shop's latest sync runs, newest first."""
    with db.reading() as session:
        runs = session.scalars(
            select(SyncRun).where(SyncRun.shop_id == shop_id).order_by(SyncRun.id.desc()).limit(limit)
        )
        return [
            LastRun(run.status.value, run.started_at, run.finished_at, run.new_count, run.updated_count,
                    run.unchanged_count, run.failed_count, run.message)
            for run in runs
        ]
