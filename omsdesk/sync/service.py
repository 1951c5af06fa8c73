"""Run one incremental pull of one shop.

The cursor is the newest ``updated_at`` the shop has shown us, but never later
than the moment the run started: an order modified while we were paging may
carry an older timestamp than one we saw later on, and the next run fetches from
``cursor - overlap`` so that it, and any clock skew, is covered. The cursor moves
only when a run completes; a run that is cancelled, fails or is killed leaves it
where it was, and the next run re-reads the same window, which the idempotent
importer turns into "unchanged" — nothing is lost, nothing duplicated.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from connectors.base import (
    CancelCheck,
    CancelledError,
    ChannelOrder,
    Connector,
    ConnectorError,
    OrderParseFailure,
    PushingConnector,
)
from omsdesk.auth import audit
from omsdesk.auth.actor import Actor
from omsdesk.db.engine import Database
from omsdesk.db.types import utc_now
from omsdesk.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from omsdesk.orders.manual import MANUAL_CHANNEL
from omsdesk.sync.importer import PageImporter, record_failures
from omsdesk.sync.models import RunStatus, Shop, SyncError, SyncRun
from omsdesk.sync.secrets import SecretStore
from omsdesk.sync.shops import connector_for

log = logging.getLogger(__name__)

DEFAULT_OVERLAP = timedelta(minutes=10)
STALE_RUN_AFTER = timedelta(hours=2)
ERRORS_KEPT_IN_RESULT = 50


@dataclass(frozen=True)
class SyncProgress:
    shop_id: int
    shop_name: str
    page: int
    total_pages: int | None
    new: int
    updated: int
    unchanged: int
    failed: int


@dataclass
class SyncResult:
    shop_id: int
    shop_name: str
    run_id: int
    status: RunStatus = RunStatus.RUNNING
    pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    message: str = ""
    errors: list[OrderParseFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in (RunStatus.SUCCEEDED, RunStatus.PARTIAL)

    def summary(self) -> str:
        return (
            f"{self.shop_name}: {self.new} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.failed} failed"
        )


ProgressCallback = Callable[[SyncProgress], None]


def _start_run(db: Database, actor: Actor, shop_id: int, overlap: timedelta,
               since: datetime | None = None) -> tuple[SyncResult, datetime | None]:
    with db.transaction() as session:
        shop = session.get(Shop, shop_id)
        if shop is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Messages", "shop {shop_id} does not exist"), shop_id=shop_id)
        session.execute(
            update(SyncRun)
            .where(SyncRun.shop_id == shop_id, SyncRun.status == RunStatus.RUNNING,
                   SyncRun.started_at < utc_now() - STALE_RUN_AFTER)
            .values(status=RunStatus.INTERRUPTED, message="the program ended while this run was going")
        )
        fetch_from = shop.sync_cursor - overlap if shop.sync_cursor else None
        if since is not None:
            fetch_from = since
        run = SyncRun(shop_id=shop_id, actor=actor.name, fetched_from=fetch_from)
        session.add(run)
        session.flush()
        return SyncResult(shop_id, shop.name, run.id), fetch_from


def _next_cursor(previous: datetime | None, newest_seen: datetime | None, started: datetime) -> datetime | None:
    if newest_seen is None:
        return previous
    candidate = min(newest_seen, started)
    return max(candidate, previous) if previous else candidate


def _finish(db: Database, actor: Actor, result: SyncResult, cursor: datetime | None, advance: bool) -> None:
    log.info("sync run %s %s: %s %s", result.run_id, result.status.value, result.summary(), result.message)
    with db.transaction() as session:
        now = utc_now()
        session.execute(
            update(SyncRun).where(SyncRun.id == result.run_id).values(
                status=result.status, finished_at=now, message=result.message[:2000],
                cursor_after=cursor if advance else None,
            )
        )
        values: dict[str, object] = {"last_sync_at": now}
        if advance:
            values["sync_cursor"] = cursor
        session.execute(update(Shop).where(Shop.id == result.shop_id).values(**values))
        audit.record(
            session, actor, "shop.sync", "shop", result.shop_id, result.summary(),
            after={"run": result.run_id, "status": result.status.value, "new": result.new,
                   "updated": result.updated, "unchanged": result.unchanged, "failed": result.failed},
        )


def _nothing_to_pull(db: Database, shop_id: int) -> SyncResult | None:
    """The shop of manual orders has no channel to pull from: a finished, empty result, no run recorded."""
    with db.reading() as session:
        shop = session.execute(select(Shop.name, Shop.channel).where(Shop.id == shop_id)).one_or_none()
    if shop is None or shop.channel != MANUAL_CHANNEL:
        return None
    return SyncResult(shop_id, shop.name, 0, RunStatus.SUCCEEDED, message="orders of this shop are entered in the app")


def run_sync(
    db: Database,
    secrets: SecretStore | None,
    actor: Actor,
    shop_id: int,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    connector: Connector | None = None,
    overlap: timedelta = DEFAULT_OVERLAP,
    since: datetime | None = None,
) -> SyncResult:
    """Pull what changed in one shop since its cursor (or ``since``: "re-sync from date").
    Channel failures end up in the result (and the run log), never as exceptions; bugs still raise."""
    if connector is None and (skipped := _nothing_to_pull(db, shop_id)) is not None:
        return skipped
    started = utc_now()
    result, fetch_from = _start_run(db, actor, shop_id, overlap, since)
    with db.reading() as session:
        previous_cursor = session.scalar(select(Shop.sync_cursor).where(Shop.id == shop_id))
    newest_seen: datetime | None = None
    try:
        if connector is None:
            assert secrets is not None, "a SecretStore is needed to build the shop's connector"
            connector = connector_for(db, secrets, shop_id)
        for page in connector.iter_order_pages(fetch_from, cancelled):
            with db.transaction() as session:
                outcome = PageImporter(session, shop_id, actor).apply(page.orders)
                failures = [*page.failures, *outcome.failures]
                record_failures(session, result.run_id, shop_id, failures)
                resolve_errors(session, shop_id, _imported_ids(page.orders, failures))
                result.pages += 1
                result.new += outcome.new
                result.updated += outcome.updated
                result.unchanged += outcome.unchanged
                result.failed += len(failures)
                room = ERRORS_KEPT_IN_RESULT - len(result.errors)
                result.errors.extend(failures[: max(room, 0)])
                session.execute(
                    update(SyncRun).where(SyncRun.id == result.run_id).values(
                        pages=result.pages, new_count=result.new, updated_count=result.updated,
                        unchanged_count=result.unchanged, failed_count=result.failed,
                    )
                )
            if outcome.newest_update and (newest_seen is None or outcome.newest_update > newest_seen):
                newest_seen = outcome.newest_update
            if progress:
                progress(SyncProgress(shop_id, result.shop_name, page.page, page.total_pages,
                                      result.new, result.updated, result.unchanged, result.failed))
    except CancelledError:
        result.status, result.message = RunStatus.CANCELLED, "cancelled by the user"
    except (ConnectorError, UserError) as error:
        result.status, result.message = RunStatus.FAILED, str(error)
    except Exception as error:
        result.status, result.message = RunStatus.FAILED, f"internal error: {error!r}"
        _finish(db, actor, result, None, advance=False)
        raise
    else:
        result.status = RunStatus.PARTIAL if result.failed else RunStatus.SUCCEEDED
        if result.failed:
            result.message = f"{result.failed} order(s) could not be imported; see the errors"
    cursor = _next_cursor(previous_cursor, newest_seen, started)
    _finish(db, actor, result, cursor, advance=result.ok)
    return result


def _imported_ids(orders: Sequence[ChannelOrder], failures: Sequence[OrderParseFailure]) -> set[str]:
    failed = {failure.external_id for failure in failures}
    return {order.external_id for order in orders} - failed


def resolve_errors(session: Session, shop_id: int, external_ids: Iterable[str]) -> None:
    """Orders that imported after all: their earlier errors are settled."""
    ids = sorted(external_ids)
    for start in range(0, len(ids), 500):
        session.execute(update(SyncError).where(
            SyncError.shop_id == shop_id, SyncError.resolved_at.is_(None),
            SyncError.external_id.in_(ids[start:start + 500])).values(resolved_at=utc_now()))


def unresolved_order_ids(db: Database, shop_id: int) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(
            select(SyncError.external_id).where(SyncError.shop_id == shop_id, SyncError.resolved_at.is_(None),
                                                SyncError.external_id != "")
            .distinct().order_by(SyncError.external_id)))


@dataclass(frozen=True)
class UnresolvedError:
    external_id: str
    field: str
    message: str
    last_seen: datetime
    times: int  # how many runs reported the order


def unresolved_errors(db: Database, shop_id: int) -> list[UnresolvedError]:
    """The latest error of each order the shop still could not import, newest first."""
    open_errors = (SyncError.shop_id == shop_id, SyncError.resolved_at.is_(None), SyncError.external_id != "")
    latest = (select(SyncError.external_id, func.max(SyncError.id).label("id"), func.count().label("times"))
              .where(*open_errors).group_by(SyncError.external_id).subquery())
    statement = (select(SyncError.external_id, SyncError.field, SyncError.message, SyncError.at, latest.c.times)
                 .join(latest, latest.c.id == SyncError.id).order_by(SyncError.id.desc()))
    with db.reading() as session:
        return [UnresolvedError(*row) for row in session.execute(statement)]


def retry_failed_orders(
    db: Database,
    secrets: SecretStore | None,
    actor: Actor,
    shop_id: int,
    *,
    connector: PushingConnector | None = None,
    cancelled: CancelCheck | None = None,
) -> SyncResult:
    """Fetch every order of the shop that failed to import, afresh, and import it (one run, all of them)."""
    result, _ = _start_run(db, actor, shop_id, DEFAULT_OVERLAP)
    try:
        if connector is None:
            assert secrets is not None, "a SecretStore is needed to build the shop's connector"
            connector = connector_for(db, secrets, shop_id)  # type: ignore[assignment]
        assert connector is not None
        fetched: list[ChannelOrder] = []
        failures: list[OrderParseFailure] = []
        for external_id in unresolved_order_ids(db, shop_id):
            if cancelled and cancelled():
                raise CancelledError("Cancelled.")
            answer = connector.fetch_order(external_id, cancelled)
            (failures if isinstance(answer, OrderParseFailure) else fetched).append(answer)  # type: ignore[arg-type]
        with db.transaction() as session:
            outcome = PageImporter(session, shop_id, actor).apply(fetched)
            failures += outcome.failures
            record_failures(session, result.run_id, shop_id, failures)
            resolve_errors(session, shop_id, _imported_ids(fetched, failures))
        result.pages, result.new, result.updated = 1, outcome.new, outcome.updated
        result.unchanged, result.failed = outcome.unchanged, len(failures)
        result.errors = failures[:ERRORS_KEPT_IN_RESULT]
        result.status = RunStatus.PARTIAL if failures else RunStatus.SUCCEEDED
    except CancelledError:
        result.status, result.message = RunStatus.CANCELLED, "cancelled by the user"
    except (ConnectorError, UserError) as error:
        result.status, result.message = RunStatus.FAILED, str(error)
    _finish(db, actor, result, None, advance=False)
    return result


def run_errors(db: Database, run_id: int) -> list[OrderParseFailure]:
    with db.reading() as session:
        rows = session.scalars(select(SyncError).where(SyncError.run_id == run_id).order_by(SyncError.id))
        return [OrderParseFailure(r.external_id, r.field, r.message) for r in rows]
