"""The `omsdesk` command line: headless jobs, output formats, exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.simulator import ChannelSimulator
from omsdesk import __version__
from omsdesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def simulator() -> Iterator[ChannelSimulator]:
    with ChannelSimulator(port=0) as sim:
        sim.add_woocommerce_shop(slug="webshop", seed=5, orders=40, key="ck_test", secret="cs_test")
        sim.start()
        yield sim


def test_version_through_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "omsdesk", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"omsdesk {__version__}"


def test_bad_usage_exits_with_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["orders", "list", "--format", "xml"])
    assert stop.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_db_upgrade_creates_then_reports_up_to_date(capsys, tmp_path: Path) -> None:
    sqlite_url = f"sqlite:///{tmp_path / 'new.sqlite3'}"  # not the migrated copy the fixture gives
    code, out, _ = run(capsys, "db", "upgrade", "--database", sqlite_url)
    assert code == 0 and "upgraded from empty" in out
    code, out, _ = run(capsys, "--database", sqlite_url, "db", "upgrade")
    assert code == 0 and "up to date" in out


def test_default_database_is_in_the_data_folder_and_env_overrides(capsys, isolated_home, sqlite_url, monkeypatch) -> None:
    run(capsys, "db", "upgrade")
    assert (isolated_home / "data" / "omsdesk.sqlite3").exists()
    monkeypatch.setenv("OMSDESK_DATABASE_URL", sqlite_url)
    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0 and sqlite_url.removeprefix("sqlite:///") in out


def test_a_database_newer_than_the_app_fails_with_a_clear_message(capsys, sqlite_url: str) -> None:
    run(capsys, "db", "upgrade", "--database", sqlite_url)
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    code, _, err = run(capsys, "orders", "list", "--database", sqlite_url)
    assert code == 1
    assert "newer version of omsdesk" in err


def test_demo_without_gui_imports_and_a_second_sync_reports_unchanged(capsys, sqlite_url: str) -> None:
    code, out, _ = run(capsys, "demo", "--no-gui", "--orders", "60", "--seed", "3", "--database", sqlite_url)
    assert code == 0
    assert "Demo web shop: 60 new, 0 updated, 0 unchanged, 0 failed (60 orders stored)" in out
    code, out, _ = run(capsys, "sync", "--database", sqlite_url)
    assert code == 0
    # The second pull reads only the overlap window; what it reads is unchanged.
    assert re.search(r"Demo web shop: 0 new, 0 updated, [1-9]\d* unchanged, 0 failed \(60 orders stored\)", out), out


def test_orders_list_formats_and_status_filter(capsys, sqlite_url: str) -> None:
    _, demo_out, _ = run(capsys, "demo", "--no-gui", "--orders", "40", "--database", sqlite_url)
    stored = sum(int(n) for n in re.findall(r"\((\d+) orders stored\)", demo_out))
    code, out, _ = run(capsys, "orders", "list", "--format", "json", "--database", sqlite_url)
    assert code == 0
    orders = json.loads(out)
    assert len(orders) == stored and stored >= 5 * 40 - 10  # five demo shops; Amazon holds its unpaid ones
    assert {o["channel"] for o in orders} == {"woocommerce", "shopify", "amazon", "taobao", "pinduoduo"}
    assert all(isinstance(o["total"], str) and "." in o["total"] for o in orders)
    created = [o["created_at"] for o in orders]
    assert created == sorted(created, reverse=True)

    code, out, _ = run(capsys, "orders", "list", "--format", "csv", "--status", "cancelled", "--database", sqlite_url)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["state"] for r in rows} == {"cancelled"}

    code, out, _ = run(capsys, "orders", "list", "--limit", "3", "--database", sqlite_url)
    assert code == 0 and "(3 rows)" in out and "number" in out.splitlines()[0]


def test_shop_add_list_and_sync_against_the_simulator(capsys, sqlite_url: str, simulator: ChannelSimulator) -> None:
    url = f"{simulator.base_url}/webshop"
    code, out, _ = run(capsys, "shop", "add", "--channel", "woocommerce", "--name", "Web", "--url", url,
                       "--key", "ck_test", "--secret", "cs_test", "--database", sqlite_url)
    assert code == 0 and "added shop 'Web'" in out
    code, out, _ = run(capsys, "sync", "--shop", "web", "--database", sqlite_url)
    assert code == 0 and "Web: 40 new" in out
    code, out, _ = run(capsys, "shop", "list", "--database", sqlite_url)
    assert "Web" in out and "succeeded" in out and " 40 " in out


def test_shop_add_refuses_bad_input_with_exit_1(capsys, sqlite_url: str) -> None:
    code, _, err = run(capsys, "shop", "add", "--channel", "ebay", "--name", "x", "--url", "https://x.example",
                       "--key", "k", "--secret", "s", "--database", sqlite_url)
    assert code == 1 and "unknown channel 'ebay'" in err
    code, _, err = run(capsys, "shop", "add", "--channel", "woocommerce", "--name", "x", "--url", "shop.example",
                       "--key", "k", "--secret", "s", "--database", sqlite_url)
    assert code == 1 and "URL" in err


def test_sync_failures_exit_1_with_the_reason(capsys, sqlite_url: str, simulator: ChannelSimulator) -> None:
    url = f"{simulator.base_url}/webshop"
    run(capsys, "shop", "add", "--channel", "woocommerce", "--name", "Web", "--url", url,
        "--key", "ck_test", "--secret", "wrong", "--database", sqlite_url)
    code, _, err = run(capsys, "sync", "--database", sqlite_url)
    assert code == 1 and "refused the credentials" in err and "Check the consumer key and secret" in err
    code, _, err = run(capsys, "sync", "--shop", "nope", "--database", sqlite_url)
    assert code == 1 and "no shop named 'nope'" in err


def test_shop_add_takes_a_channels_other_settings(capsys, sqlite_url: str) -> None:
    code, out, err = run(capsys, "shop", "add", "--channel", "amazon", "--name", "Amazon US",
                         "--url", "https://sellingpartnerapi-na.amazon.com", "--key", "amzn1.application-oa2-client.x",
                         "--secret", "cs", "--set", "refresh_token=Atzr|abc", "--set", "seller_id=A1B2C3",
                         "--set", "marketplace_ids=ATVPDKIKX0DER", "--database", sqlite_url)
    assert code == 0, err
    from omsdesk.runtime import open_runtime
    from omsdesk.sync.shops import find_shop, shop_config

    rt = open_runtime(sqlite_url)
    try:
        shop = find_shop(rt.db, "Amazon US")
        _, config = shop_config(rt.db, rt.secrets, shop.id)
        assert config.secrets == {"refresh_token": "Atzr|abc"}  # in the keyring, not the database
        assert shop.options == {"seller_id": "A1B2C3", "marketplace_ids": "ATVPDKIKX0DER"}
    finally:
        rt.close()
    code, _, err = run(capsys, "shop", "add", "--channel", "amazon", "--name", "Amazon UK", "--url",
                       "https://sellingpartnerapi-eu.amazon.com", "--key", "k", "--secret", "s", "--database", sqlite_url)
    assert code == 1 and "Refresh token is required for Amazon" in err
