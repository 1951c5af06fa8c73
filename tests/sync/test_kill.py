"""A sync process killed mid-run (SIGKILL, no chance to clean up) and restarted ends with the exact set.

The sync runs in a real ``omsdesk sync`` process against the simulator served
from this test process; the test kills it once orders have started to land,
then runs it again to the end, and compares the database with the channel.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from connectors.simulator import ChannelSimulator
from omsdesk.orders.models import Order, OrderLine
from omsdesk.runtime import Runtime, open_runtime
from omsdesk.sync.models import RunStatus, SyncRun
from tests.sync.channel_world import (
    CHANNELS,
    add_simulated,
    compare_with_truth,
    lagging_simulator,
    simulated_shop,
)

ORDERS = 2_000
KILL_AFTER_ORDERS = 300

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")


@pytest.fixture
def simulator() -> Iterator[ChannelSimulator]:
    with lagging_simulator() as sim:
        yield sim


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder shared with the child process; secrets in the plaintext fallback both can read."""
    monkeypatch.setenv("OMSDESK_HOME", str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    import keyring
    from keyring.backends.null import Keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(Keyring())
    yield tmp_path
    keyring.set_keyring(previous)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, home: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{home / 'kill.sqlite3'}"
    return request.getfixturevalue("pg_url")


def order_count(rt: Runtime) -> int:
    with rt.db.reading() as session:
        return session.scalar(select(func.count()).select_from(Order)) or 0


def sync_process(url: str, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "OMSDESK_HOME": str(home), "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    return subprocess.Popen([sys.executable, "-m", "omsdesk", "sync", "--database", url], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def kill_when_orders_land(rt: Runtime, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        landed = order_count(rt)
        if landed >= KILL_AFTER_ORDERS:
            process.send_signal(signal.SIGKILL)
            process.wait()
            return landed
        time.sleep(0.02)
    out, err = process.communicate()
    pytest.fail(f"the sync ended before it could be killed: {out.decode()} {err.decode()}")


@pytest.mark.parametrize("kind", CHANNELS)
def test_a_killed_sync_restarted_ends_with_the_exact_set(kind: str, url: str, home: Path,
                                                         simulator: ChannelSimulator) -> None:
    shop = simulated_shop(simulator, kind, ORDERS, seed=13)
    rt = open_runtime(url)
    try:
        shop_id = add_simulated(rt, shop, kind, timeout=5.0, retries=3)
        landed = kill_when_orders_land(rt, sync_process(url, home))
        assert KILL_AFTER_ORDERS <= landed < ORDERS

        again = sync_process(url, home)
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, err.decode()
        mismatch = compare_with_truth(rt, shop_id, shop)
        assert not mismatch, mismatch
        with rt.db.reading() as session:
            runs = list(session.scalars(select(SyncRun.status).order_by(SyncRun.id)))
            lines = session.scalar(select(func.count()).select_from(OrderLine))
            distinct_lines = session.scalar(select(func.count(func.distinct(OrderLine.order_id))))
        assert runs[0] is RunStatus.RUNNING  # the killed run: it never got to say how it ended
        assert runs[-1] is RunStatus.SUCCEEDED
        assert distinct_lines == order_count(rt) and lines >= distinct_lines
    finally:
        rt.close()
