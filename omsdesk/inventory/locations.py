"""Warehouses and their location trees, and the virtual locations outside them."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from omsdesk.inventory.models import INTERNAL_KINDS, Location, LocationKind, Warehouse

# Which kind may hold which: a zone in the warehouse root, aisles in zones, …
CHILD_KINDS = {
    LocationKind.VIEW: {LocationKind.ZONE, LocationKind.AISLE, LocationKind.SHELF, LocationKind.BIN},
    LocationKind.ZONE: {LocationKind.AISLE, LocationKind.SHELF, LocationKind.BIN},
    LocationKind.AISLE: {LocationKind.SHELF, LocationKind.BIN},
    LocationKind.SHELF: {LocationKind.BIN},
    LocationKind.BIN: set(),
}


def _code(value: str, field: str) -> str:
    code = value.strip().upper()
    if not code or any(c.isspace() or c == "/" for c in code) or len(code) > 40:
        raise ValidationError(field, QT_TRANSLATE_NOOP(
            "Messages", "{code!r} is not a usable code: 1–40 characters, no spaces or '/'"), code=value)
    return code


def location_barcode(path: str) -> str:
    """The barcode printed on a location's label: its path with dashes (Code 128 friendly)."""
    return "L-" + path.replace("/", "-")


def create_warehouse(db: Database, actor: Actor, code: str, name: str, *, address: str = "",
                     allow_negative: bool = False, priority: int = 100) -> int:
    code = _code(code, "code")
    if not name.strip():
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "a warehouse needs a name"))
    with db.transaction() as session:
        if session.scalar(select(Warehouse.id).where(func.upper(Warehouse.code) == code)):
            raise ValidationError("code", QT_TRANSLATE_NOOP("Messages", "warehouse {code} already exists"), code=code)
        warehouse = Warehouse(code=code, name=name.strip(), address=address, allow_negative=allow_negative,
                              priority=priority)
        session.add(warehouse)
        session.flush()
        session.add(Location(warehouse_id=warehouse.id, kind=LocationKind.VIEW, code=code, name=name.strip(),
                             path=code, barcode=location_barcode(code)))
        audit.record(session, actor, "warehouse.add", "warehouse", warehouse.id, f"added warehouse {code}",
                     after={"code": code, "name": name, "allow_negative": allow_negative})
        return warehouse.id


def warehouse_root(session: Session, warehouse_id: int) -> Location:
    root = session.scalar(select(Location).where(
        Location.warehouse_id == warehouse_id, Location.kind == LocationKind.VIEW))
    if root is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "warehouse {id} does not exist"), id=warehouse_id)
    return root


def add_location(db: Database, actor: Actor, parent_id: int, kind: LocationKind, code: str,
                 name: str = "") -> int:
    """A zone, aisle, shelf or bin inside ``parent``; its path and barcode follow from the parent's."""
    code = _code(code, "code")
    with db.transaction() as session:
        parent = session.get(Location, parent_id)
        if parent is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "location {id} does not exist"), id=parent_id)
        if kind not in CHILD_KINDS.get(parent.kind, set()):
            raise ValidationError("kind", QT_TRANSLATE_NOOP(
                "Messages", "a {kind} cannot be placed in a {parent}"), kind=kind.value, parent=parent.kind.value)
        path = f"{parent.path}/{code}"
        if session.scalar(select(Location.id).where(Location.path == path)):
            raise ValidationError("code", QT_TRANSLATE_NOOP("Messages", "location {path} already exists"), path=path)
        location = Location(warehouse_id=parent.warehouse_id, parent_id=parent.id, kind=kind, code=code,
                            name=name, path=path, barcode=location_barcode(path))
        session.add(location)
        session.flush()
        audit.record(session, actor, "location.add", "location", location.id, f"added {kind.value} {path}")
        return location.id


def virtual_location(session: Session, kind: LocationKind) -> int:
    """The one location of a virtual kind (supplier, customer, scrap, …), created on first use."""
    if kind in INTERNAL_KINDS:
        raise ValueError(f"{kind} is not a virtual location kind")
    found = session.scalar(select(Location.id).where(Location.kind == kind, Location.warehouse_id.is_(None)))
    if found is not None:
        return found
    with session.begin_nested():
        location = Location(warehouse_id=None, kind=kind, code=kind.value.upper(), name=kind.value,
                            path=f"@{kind.value}", barcode=f"V-{kind.value.upper()}")
        session.add(location)
        session.flush()
        return location.id


def location_by_barcode(session: Session, code: str) -> Location | None:
    """The location a scanned label names (its barcode, or its path typed by hand)."""
    text = code.strip()
    return session.scalar(select(Location).where((Location.barcode == text) | (Location.path == text.upper())))
