"""Views of the order list: the built-in ones ("to review", "out of stock", …) and those people save.

A view is a named :class:`~omsdesk.orders.queries.OrderFilter`. Saved views are shared by every
desktop (``SavedOrderView`` rows, their filter as JSON); saving, renaming and deleting one is
audited. Every built-in filter is served by an index, so counting each view stays fast at a
million orders (:func:`view_counts`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from omsdesk.orders.models import OrderIssueKind, OrderState, PaymentStatus, SavedOrderView
from omsdesk.orders.queries import OrderFilter, count_matching

log = logging.getLogger(__name__)

NAME_MAX = 80  # SavedOrderView.name
SAVED_PREFIX = "saved:"


@dataclass(frozen=True)
class ViewInfo:
    key: str  # "to_review", …; "saved:<id>" for a saved view
    name: str  # built-in: the English name, translated in the "OrderViews" context; saved: as written
    criteria: OrderFilter
    saved_id: int | None = None  # None for a built-in view


BUILT_IN_VIEWS: tuple[ViewInfo, ...] = (
    ViewInfo("to_review", QT_TRANSLATE_NOOP("OrderViews", "To review"), OrderFilter(states=(OrderState.NEW,))),
    ViewInfo("unmapped_sku", QT_TRANSLATE_NOOP("OrderViews", "Flagged: unmapped SKU"),
             OrderFilter(issue_kinds=(OrderIssueKind.UNMAPPED_SKU,))),
    ViewInfo("out_of_stock", QT_TRANSLATE_NOOP("OrderViews", "Out of stock"),
             OrderFilter(issue_kinds=(OrderIssueKind.OUT_OF_STOCK,))),
    ViewInfo("ready_to_allocate", QT_TRANSLATE_NOOP("OrderViews", "Ready to allocate"),
             OrderFilter(states=(OrderState.APPROVED,), without_flags=True)),
    ViewInfo("allocated", QT_TRANSLATE_NOOP("OrderViews", "Allocated"), OrderFilter(states=(OrderState.ALLOCATED,))),
    ViewInfo("on_hold", QT_TRANSLATE_NOOP("OrderViews", "On hold"), OrderFilter(states=(OrderState.ON_HOLD,))),
    ViewInfo("needs_attention", QT_TRANSLATE_NOOP("OrderViews", "Needs attention"),
             OrderFilter(needs_attention=True)),
    ViewInfo("all", QT_TRANSLATE_NOOP("OrderViews", "All orders"), OrderFilter()),
)


# -- a filter as JSON, both ways ----------------------------------------------------------------

ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "states": OrderState, "issue_kinds": OrderIssueKind, "payment_statuses": PaymentStatus,
}
DATE_FIELDS = frozenset({"created_from", "created_to"})
DEFAULTS = OrderFilter()


def criteria_to_json(criteria: OrderFilter) -> dict[str, Any]:
    """The fields that differ from an empty filter: enums as their values, dates as ISO 8601 with zone."""
    result: dict[str, Any] = {}
    for item in fields(OrderFilter):
        value = getattr(criteria, item.name)
        if value == getattr(DEFAULTS, item.name):
            continue
        if item.name in DATE_FIELDS:
            result[item.name] = value.astimezone(UTC).isoformat()
        elif isinstance(value, tuple):
            result[item.name] = [member.value if isinstance(member, StrEnum) else member for member in value]
        else:
            result[item.name] = value
    return result


def _date(value: Any) -> datetime:
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _members(name: str, values: Iterable[Any]) -> tuple[Any, ...]:
    convert: Callable[[Any], Any] = ENUM_FIELDS.get(name) or (str if name == "channel_statuses" else int)
    members = []
    for value in values:
        try:
            members.append(convert(value))
        except (TypeError, ValueError):  # e.g. a flag kind a newer version knows: the rest of the view still works
            log.warning("saved order view: ignoring %r in %s", value, name)
    return tuple(members)


def criteria_from_json(data: Mapping[str, Any]) -> OrderFilter:
    """The filter a saved view holds; keys this version does not know are ignored."""
    values: dict[str, Any] = {}
    for item in fields(OrderFilter):
        if item.name not in data or data[item.name] is None:
            continue
        raw = data[item.name]
        default = getattr(DEFAULTS, item.name)
        if item.name in DATE_FIELDS:
            values[item.name] = _date(raw)
        elif isinstance(default, tuple):
            values[item.name] = _members(item.name, raw if isinstance(raw, list | tuple) else [raw])
        elif isinstance(default, bool):
            values[item.name] = bool(raw)
        else:
            values[item.name] = str(raw)
    return OrderFilter(**values)


# -- reading -------------------------------------------------------------------------------------


def saved_key(view_id: int) -> str:
    return f"{SAVED_PREFIX}{view_id}"


def list_views(session: Session) -> list[ViewInfo]:
    """The built-in views, then the saved ones in the order they were saved."""
    saved = session.scalars(select(SavedOrderView).order_by(SavedOrderView.position, SavedOrderView.id))
    return [*BUILT_IN_VIEWS, *(ViewInfo(saved_key(view.id), view.name, criteria_from_json(view.criteria or {}),
                                        view.id) for view in saved)]


def view_counts(session: Session, views: Iterable[ViewInfo]) -> dict[str, int]:
    """How many orders each view shows, by view key (views with the same filter are counted once)."""
    by_criteria: dict[OrderFilter, int] = {}
    counts: dict[str, int] = {}
    for view in views:
        if view.criteria not in by_criteria:
            by_criteria[view.criteria] = count_matching(session, view.criteria)
        counts[view.key] = by_criteria[view.criteria]
    return counts


# -- saving, renaming, deleting ------------------------------------------------------------------


def _checked_name(session: Session, name: str, other_than: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("Messages", "a saved view needs a name"))
    if len(name) > NAME_MAX:
        raise ValidationError("name", QT_TRANSLATE_NOOP(
            "Messages", "the view name \u201c{name}\u201d is longer than {limit} characters"), name=name, limit=NAME_MAX)
    taken = select(SavedOrderView.id).where(func.lower(SavedOrderView.name) == name.lower())
    if other_than is not None:
        taken = taken.where(SavedOrderView.id != other_than)
    if session.scalar(taken) is not None:
        raise ValidationError("name", QT_TRANSLATE_NOOP(
            "Messages", "there is already a saved view named \u201c{name}\u201d; choose another name"), name=name)
    return name


def _saved(session: Session, view_id: int) -> SavedOrderView:
    view = session.get(SavedOrderView, view_id)
    if view is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Messages", "the saved view {view_id} no longer exists (deleted on another desktop?)"), view_id=view_id)
    return view


def save_view(db: Database, actor: Actor, name: str, criteria: OrderFilter) -> int:
    """Save ``criteria`` as a view everyone sees; returns its id."""
    with db.transaction() as session:
        name = _checked_name(session, name)
        position = (session.scalar(select(func.max(SavedOrderView.position))) or 0) + 1
        stored = criteria_to_json(criteria)
        view = SavedOrderView(name=name, criteria=stored, position=position, created_by=actor.name)
        session.add(view)
        session.flush()
        audit.record(session, actor, "order_view.save", "order_view", view.id, f"saved the order view {name}",
                     after={"name": name, "criteria": stored})
        return view.id


def rename_view(db: Database, actor: Actor, view_id: int, name: str) -> None:
    with db.transaction() as session:
        view = _saved(session, view_id)
        name = _checked_name(session, name, other_than=view_id)
        before = view.name
        view.name = name
        audit.record(session, actor, "order_view.rename", "order_view", view_id,
                     f"renamed the order view {before} to {name}", before={"name": before}, after={"name": name})


def delete_view(db: Database, actor: Actor, view_id: int) -> None:
    with db.transaction() as session:
        view = _saved(session, view_id)
        audit.record(session, actor, "order_view.delete", "order_view", view_id,
                     f"deleted the order view {view.name}", before={"name": view.name, "criteria": view.criteria})
        session.delete(view)
