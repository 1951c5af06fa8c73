from __future__ import annotations

import pytest

from omsdesk.runtime import Runtime
from omsdesk.sync.models import Shop
from tests.inventory.conftest import world  # noqa: F401 - the warehouse world, for stock sync tests


@pytest.fixture
def shop_id(runtime: Runtime) -> int:
    with runtime.db.transaction() as session:
        shop = Shop(channel="woocommerce", name="Web shop", base_url="http://127.0.0.1:1",
                    credentials_ref="test", options={})
        session.add(shop)
        session.flush()
        return shop.id
