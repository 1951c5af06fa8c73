"""Render the main window offscreen with demo data and save PNGs in English and Chinese.

    make screenshots      (or: .venv/bin/python -m tests.ui.screenshots [--out shots] [--orders 300])

Uses a throw-away data folder and an in-memory keyring; needs a CJK font (fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import keyring  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.fakes import MemoryKeyring  # noqa: E402

SIZE = (1280, 800)


def wait_until(app: QApplication, condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/omsdesk-shots"))
    parser.add_argument("--orders", type=int, default=300)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    os.environ["OMSDESK_HOME"] = tempfile.mkdtemp(prefix="omsdesk-shots-")
    keyring.set_keyring(MemoryKeyring())

    from sqlalchemy import select

    from omsdesk.demo import ensure_simulator, seed_demo
    from omsdesk.fulfilment.services import ShipmentSpec, record_shipment
    from omsdesk.orders.models import Order, OrderState, PaymentStatus
    from omsdesk.runtime import open_runtime
    from omsdesk.sync.cycle import run_shop_cycle
    from omsdesk.sync.shops import list_shops
    from omsdesk.ui.context import create_context
    from omsdesk.ui.i18n import install_translators, remove_translators
    from omsdesk.ui.main_window import MainWindow
    from omsdesk.ui.settings import AppSettings, Language

    app = QApplication.instance() or QApplication(sys.argv)
    rt = open_runtime()
    seed_demo(rt, args.orders, seed=1)
    simulator = ensure_simulator(rt)
    try:
        for _ in range(2):  # a second run: the history then has two rows
            for shop in list_shops(rt.db):
                run_shop_cycle(rt.db, rt.secrets, rt.actor, shop.id)
        with rt.db.reading() as session:
            shipped_id, shop_id = session.execute(
                select(Order.id, Order.shop_id).where(Order.state == OrderState.NEW,
                                                      Order.payment_status == PaymentStatus.PAID)
                .order_by(Order.id)).first()
        record_shipment(rt.db, rt.actor, ShipmentSpec(shipped_id, "SF", "SF1234567890123", "顺丰速运"))
        run_shop_cycle(rt.db, rt.secrets, rt.actor, shop_id, pull=False)
        for language in (Language.ENGLISH, Language.CHINESE):
            translators = install_translators(app, language)
            ctx = create_context(rt, AppSettings(rt.paths.settings_file))
            window = MainWindow(ctx, demo=True)
            window.resize(*SIZE)
            window.show()
            orders = window.orders
            wait_until(app, lambda: orders.model.rowCount() > 0)
            orders.select_order(shipped_id)
            wait_until(app, lambda: orders.detail.detail is not None and orders.detail.detail.id == shipped_id)
            window.tabs.setCurrentIndex(0)
            settle(app)
            name = language.value
            window.grab().save(str(args.out / f"orders-{name}.png"))
            window.tabs.setCurrentWidget(window.channels)
            settle(app)
            window.grab().save(str(args.out / f"channels-{name}.png"))
            window.channels.tabs.setCurrentWidget(window.channels.outbox)
            settle(app, 1.0)
            window.grab().save(str(args.out / f"channels-outbox-{name}.png"))
            dialog = window.channels.edit_shop()
            settle(app)
            if dialog is not None:
                dialog.grab().save(str(args.out / f"shop-dialog-{name}.png"))
                dialog.reject()
            window.close()
            ctx.tasks.shutdown()
            remove_translators(app, translators)
            print(f"saved {args.out}/orders-{name}.png, channels-{name}.png, channels-outbox-{name}.png, "
                  f"shop-dialog-{name}.png")
    finally:
        if simulator is not None:
            simulator.stop()
        rt.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
