"""The ``omsdesk`` command: no arguments opens the app; subcommands run jobs headless.

Exit codes: 0 success, 1 the operation failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, TextIO

from sqlalchemy.exc import OperationalError

from omsdesk import __version__
from omsdesk.config import DATABASE_URL_ENV
from omsdesk.errors import UserError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandFailed(Exception):
    """Ends a command with exit code 1 and the message on stderr."""


def _database_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help=f"database URL (default: ${DATABASE_URL_ENV}, else the SQLite file in the user data directory)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omsdesk", description="Merchant-side order management. Without a command, opens the app."
    )
    parser.add_argument("--version", action="version", version=f"omsdesk {__version__}")
    _database_option(parser, None)
    common = argparse.ArgumentParser(add_help=False)
    _database_option(common, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = commands.add_parser("db", help="database maintenance", parents=[common])
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="create or migrate the database", parents=[common])

    demo = commands.add_parser("demo", help="demo database fed by the channel simulator", parents=[common])
    demo.add_argument("--no-gui", action="store_true", help="seed, sync once, print what was imported, exit")
    demo.add_argument("--orders", type=_positive_int, default=300, metavar="N", help="orders in the demo shop")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (same seed, same orders)")

    simulator = commands.add_parser("simulator", help="run the channel simulator in the foreground")
    simulator.add_argument("--port", type=int, default=8765, metavar="P")
    simulator.add_argument("--orders", type=_positive_int, default=300, metavar="N")
    simulator.add_argument("--seed", type=int, default=1, metavar="S")

    shop = commands.add_parser("shop", help="channel accounts", parents=[common])
    shop_commands = shop.add_subparsers(dest="shop_command", metavar="ACTION", required=True)
    add = shop_commands.add_parser("add", help="add a shop", parents=[common])
    add.add_argument("--channel", required=True, help="channel kind, e.g. woocommerce")
    add.add_argument("--name", required=True)
    add.add_argument("--url", required=True, help="the shop's base URL, e.g. https://shop.example.com")
    add.add_argument("--key", default="", help="API key / app key / client id (stored in the system keyring)")
    add.add_argument("--secret", default="", help="API secret / access token (stored in the system keyring)")
    add.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", type=_setting,
                     help="another setting of the channel, e.g. seller_id=A1B2 or refresh_token=Atzr|… "
                          "(secret ones go to the keyring); repeat as needed")
    add.add_argument("--auto-sync", type=int, default=0, metavar="MIN", help="sync every MIN minutes in the app")
    shop_commands.add_parser("list", help="list shops", parents=[common])

    sync = commands.add_parser("sync", help="pull new and changed orders, publish stock, send tracking",
                               parents=[common])
    sync.add_argument("--shop", metavar="NAME", help="only this shop (default: every active shop)")
    sync.add_argument("--since", type=_moment, metavar="DATE",
                      help="re-sync from this date (ISO, e.g. 2026-11-01 or 2026-11-01T08:00+08:00)")
    sync.add_argument("--retry-failed", action="store_true",
                      help="also fetch again every order that failed to import")

    outbox = commands.add_parser("outbox", help="pushes waiting for the channels", parents=[common])
    outbox_commands = outbox.add_subparsers(dest="action", required=True, metavar="ACTION")
    outbox_list = outbox_commands.add_parser("list", help="pending and failed pushes", parents=[common])
    outbox_list.add_argument("--all", action="store_true", help="include the ones already sent")
    outbox_retry = outbox_commands.add_parser("retry", help="queue every failed push again", parents=[common])
    outbox_retry.add_argument("--shop", metavar="NAME")

    orders = commands.add_parser("orders", help="orders", parents=[common])
    order_commands = orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    listing = order_commands.add_parser("list", help="list orders, newest first", parents=[common])
    listing.add_argument("--status", metavar="S", help="our state (new, cancelled, …) or the channel's status")
    listing.add_argument("--shop", metavar="NAME")
    listing.add_argument("--search", metavar="TEXT", help="order number, buyer, phone or SKU (prefix)")
    listing.add_argument("--limit", type=_positive_int, metavar="N")
    listing.add_argument("--format", choices=("table", "json", "csv"), default="table")
    return parser


def _setting(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=VALUE")
    return name.strip(), value


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-01 or 2026-11-01T08:00") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is not a positive whole number")
    return value


def _runtime(args: argparse.Namespace, *, stores_secrets: bool = False) -> Any:
    from omsdesk.runtime import open_runtime

    runtime = open_runtime(args.database)
    if stores_secrets and runtime.secrets.warning:
        print(f"warning: {runtime.secrets.warning}", file=sys.stderr)
    return runtime


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    rt = _runtime(args)
    result = rt.upgrade
    if result.changed:
        backup = f" (backup: {result.backup})" if result.backup else ""
        print(f"database upgraded from {result.before or 'empty'} to {result.after}{backup}")
    else:
        print(f"database is up to date (schema {result.after})")
    print(f"database: {rt.db.display_url}")
    return EXIT_OK


def cmd_shop_add(args: argparse.Namespace) -> int:
    from omsdesk.sync.shops import ShopSpec, add_shop

    from connectors.registry import UnknownChannelError, connector_class

    rt = _runtime(args, stores_secrets=True)
    try:
        secret_names = {s.name for s in connector_class(args.channel).settings if s.secret}
    except UnknownChannelError:
        secret_names = set()  # add_shop refuses the channel with the list of known ones
    values = dict(args.set)
    spec = ShopSpec(args.channel, args.name, args.url, args.key, args.secret, args.auto_sync,
                    options={n: v for n, v in values.items() if n not in secret_names},
                    secrets={n: v for n, v in values.items() if n in secret_names})
    shop_id = add_shop(rt.db, rt.secrets, rt.actor, spec)
    print(f"added shop {args.name!r} (id {shop_id}, {args.channel})")
    return EXIT_OK


def cmd_shop_list(args: argparse.Namespace) -> int:
    from omsdesk.sync.shops import list_shops

    rt = _runtime(args)
    rows = [
        [s.name, s.channel, s.base_url, str(s.order_count), _when(s.last_sync_at),
         s.last_run.status if s.last_run else "never", "yes" if s.active else "no"]
        for s in list_shops(rt.db)
    ]
    _print_table(["shop", "channel", "url", "orders", "last sync", "last result", "active"], rows, sys.stdout)
    return EXIT_OK


def _sync_shops(rt: Any, shop_name: str | None, since: datetime | None = None,
                retry_failed: bool = False) -> list[Any]:
    """One cycle per shop (pull, stock plan, pushes), the shops in parallel."""
    from concurrent.futures import ThreadPoolExecutor

    from omsdesk.sync.cycle import run_shop_cycle
    from omsdesk.sync.service import retry_failed_orders
    from omsdesk.sync.shops import find_shop, list_shops

    shops = [find_shop(rt.db, shop_name)] if shop_name else [s for s in list_shops(rt.db) if s.active]
    if not shops:
        raise CommandFailed("no shops to sync: add one with 'omsdesk shop add'")
    progress = _print_progress if sys.stderr.isatty() and len(shops) == 1 else None

    def cycle(shop: Any) -> Any:
        result = run_shop_cycle(rt.db, rt.secrets, rt.actor, shop.id, since=since, progress=progress)
        if retry_failed:
            result.retried = retry_failed_orders(rt.db, rt.secrets, rt.actor, shop.id)
        return result

    with ThreadPoolExecutor(max_workers=min(len(shops), 5), thread_name_prefix="sync") as pool:
        return list(pool.map(cycle, shops))


def _print_progress(progress: Any) -> None:
    pages = f"{progress.page}/{progress.total_pages}" if progress.total_pages else str(progress.page)
    print(f"\r{progress.shop_name}: page {pages}, {progress.new} new, {progress.updated} updated, "
          f"{progress.unchanged} unchanged, {progress.failed} failed", end="", file=sys.stderr, flush=True)
    if progress.total_pages and progress.page >= progress.total_pages:
        print(file=sys.stderr)


def _report_sync(rt: Any, results: Sequence[Any]) -> int:
    from omsdesk.sync.shops import list_shops

    stored = {shop.id: shop.order_count for shop in list_shops(rt.db)}
    failed = False
    for cycle in results:
        result = cycle.sync
        print(f"{result.summary()} ({stored.get(result.shop_id, 0)} orders stored)")
        extra = cycle.summary().removeprefix(result.summary()).lstrip("; ")
        if extra:
            print(f"  {extra}")
        if cycle.retried is not None:
            print(f"  retried failed orders: {cycle.retried.summary()}")
        for error in result.errors:
            print(f"  error: {error}", file=sys.stderr)
        if not result.ok:
            failed = True
            print(f"{result.shop_name}: sync failed: {result.message}", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from omsdesk.demo import ensure_simulator

    rt = _runtime(args)
    simulator = ensure_simulator(rt)
    try:
        return _report_sync(rt, _sync_shops(rt, args.shop, args.since, args.retry_failed))
    finally:
        if simulator:
            simulator.stop()


def cmd_outbox_list(args: argparse.Namespace) -> int:
    from omsdesk.sync.models import OutboxState
    from omsdesk.sync.outbox import list_items
    from omsdesk.sync.shops import list_shops

    rt = _runtime(args)
    names = {shop.id: shop.name for shop in list_shops(rt.db)}
    states = () if args.all else (OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED)
    rows = [[names.get(i.shop_id, "?"), i.kind, i.label, i.state, str(i.attempts), _when(i.created_at),
             i.last_error[:80]] for i in list_items(rt.db, states=states)]
    _print_table(["shop", "kind", "what", "state", "tries", "queued", "last error"], rows, sys.stdout)
    return EXIT_OK


def cmd_outbox_retry(args: argparse.Namespace) -> int:
    from omsdesk.sync.outbox import retry
    from omsdesk.sync.shops import find_shop

    rt = _runtime(args)
    shop_id = find_shop(rt.db, args.shop).id if args.shop else None
    print(f"{retry(rt.db, rt.actor, shop_id=shop_id)} failed push(es) queued again")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from omsdesk.demo import ensure_simulator, seed_demo

    rt = _runtime(args, stores_secrets=True)
    seed_demo(rt, args.orders, args.seed)
    if not args.no_gui:
        from omsdesk.app import run_app

        return run_app(rt, demo=True)
    simulator = ensure_simulator(rt)
    try:
        code = _report_sync(rt, _sync_shops(rt, None))
    finally:
        if simulator:
            simulator.stop()
    print(f"database: {rt.db.display_url}")
    return code


def cmd_simulator(args: argparse.Namespace) -> int:
    from connectors.simulator import serve

    serve(port=args.port, orders=args.orders, seed=args.seed)
    return EXIT_OK


def cmd_orders_list(args: argparse.Namespace) -> int:
    from omsdesk.orders.models import OrderState
    from omsdesk.orders.queries import OrderFilter, list_rows
    from omsdesk.sync.shops import find_shop

    rt = _runtime(args)
    states: tuple[OrderState, ...] = ()
    channel_statuses: tuple[str, ...] = ()
    if args.status:
        if args.status in {s.value for s in OrderState}:
            states = (OrderState(args.status),)
        else:
            channel_statuses = (args.status,)
    shop_ids = (find_shop(rt.db, args.shop).id,) if args.shop else ()
    criteria = OrderFilter(args.search or "", states, shop_ids, channel_statuses)
    with rt.db.reading() as session:
        rows = list_rows(session, criteria, limit=args.limit)
    FORMATTERS[args.format](rows, sys.stdout)
    return EXIT_OK


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return getattr(value, "value", value)


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    from unicodedata import east_asian_width

    def width(text: str) -> int:
        return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)

    widths = [max([width(h), *(width(r[i]) for r in rows)]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

    print(line(headers), file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for row in rows:
        print(line(row), file=out)
    print(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})", file=out)


def _orders_table(rows: Sequence[Any], out: TextIO) -> None:
    table = [
        [r.number, r.shop_name, _when(r.created_at), r.buyer_name, r.ship_city, f"{r.item_count.normalize():f}",
         f"{r.total} {r.currency}", r.channel_status, r.state.value]
        for r in rows
    ]
    headers = ["number", "shop", "created", "buyer", "city", "items", "total", "channel status", "state"]
    _print_table(headers, table, out)


def _orders_json(rows: Sequence[Any], out: TextIO) -> None:
    data = [{k: _plain(v) for k, v in asdict(r).items()} for r in rows]
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _orders_csv(rows: Sequence[Any], out: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(asdict(rows[0])))
    writer.writeheader()
    for r in rows:
        writer.writerow({k: _plain(v) for k, v in asdict(r).items()})


FORMATTERS: dict[str, Callable[[Sequence[Any], TextIO], None]] = {
    "table": _orders_table, "json": _orders_json, "csv": _orders_csv,
}

COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("db", "upgrade"): cmd_db_upgrade,
    ("demo", None): cmd_demo,
    ("simulator", None): cmd_simulator,
    ("shop", "add"): cmd_shop_add,
    ("shop", "list"): cmd_shop_list,
    ("sync", None): cmd_sync,
    ("outbox", "list"): cmd_outbox_list,
    ("outbox", "retry"): cmd_outbox_retry,
    ("orders", "list"): cmd_orders_list,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from omsdesk.app import main as app_main

        return app_main(database_url=args.database)
    action = getattr(args, f"{args.command}_command", None)
    try:
        return COMMANDS[(args.command, action)](args)
    except (UserError, CommandFailed) as error:
        print(f"omsdesk: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OperationalError as error:  # database unreachable, locked, disk full…
        print(f"omsdesk: cannot use the database: {error.orig}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("omsdesk: interrupted", file=sys.stderr)
        return EXIT_FAILED
