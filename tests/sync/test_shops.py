"""Shops: validation, secrets kept out of the database, audited edits, optimistic locking."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from omsdesk.auth.actor import Actor
from omsdesk.auth.models import AuditEntry
from omsdesk.errors import ConflictError, ValidationError
from omsdesk.runtime import Runtime
from omsdesk.sync.shops import (
    ShopSpec,
    add_shop,
    find_shop,
    list_shops,
    shop_config,
    update_shop,
)

SPEC = ShopSpec("woocommerce", "Own shop", "https://shop.example.com/", "ck_123", "cs_secret_456")


def test_add_stores_the_shop_and_keeps_secrets_out_of_the_database(runtime: Runtime) -> None:
    shop_id = add_shop(runtime.db, runtime.secrets, runtime.actor, SPEC)
    kind, config = shop_config(runtime.db, runtime.secrets, shop_id)
    assert (kind, config.base_url, config.key, config.secret) == (
        "woocommerce", "https://shop.example.com", "ck_123", "cs_secret_456")
    with runtime.db.reading() as session:
        dump = json.dumps([list(map(str, row)) for row in session.execute(text("SELECT * FROM shops"))])
        audit = session.scalars(select(AuditEntry)).one()
    assert "cs_secret_456" not in dump and "ck_123" not in dump
    assert (audit.action, audit.entity_id, audit.actor) == ("shop.add", shop_id, runtime.actor.name)
    assert "cs_secret_456" not in json.dumps(audit.after)


@pytest.mark.parametrize(
    ("change", "field"),
    [({"name": "  "}, "name"), ({"base_url": "shop.example.com"}, "URL"), ({"channel": "ebay"}, "channel"),
     ({"secret": ""}, "Consumer secret"), ({"auto_sync_minutes": -5}, "automatic sync")],
)
def test_bad_input_is_refused_naming_the_field(runtime: Runtime, change: dict, field: str) -> None:
    from dataclasses import replace

    with pytest.raises(ValidationError) as refused:
        add_shop(runtime.db, runtime.secrets, runtime.actor, replace(SPEC, **change))
    assert refused.value.field == field
    assert list_shops(runtime.db) == []


def test_names_are_unique_ignoring_case(runtime: Runtime) -> None:
    add_shop(runtime.db, runtime.secrets, runtime.actor, SPEC)
    from dataclasses import replace

    with pytest.raises(ValidationError, match="already exists"):
        add_shop(runtime.db, runtime.secrets, runtime.actor, replace(SPEC, name="OWN SHOP"))
    assert find_shop(runtime.db, "own shop").name == "Own shop"


def test_edit_keeps_the_stored_secret_when_left_empty_and_is_audited(runtime: Runtime) -> None:
    from dataclasses import replace

    shop_id = add_shop(runtime.db, runtime.secrets, runtime.actor, SPEC)
    version = find_shop(runtime.db, "Own shop").version
    update_shop(runtime.db, runtime.secrets, Actor("li.na"), shop_id,
                replace(SPEC, name="Own web shop", key="", secret="", auto_sync_minutes=15), version)
    _, config = shop_config(runtime.db, runtime.secrets, shop_id)
    assert (config.key, config.secret) == ("ck_123", "cs_secret_456")
    shop = find_shop(runtime.db, "Own web shop")
    assert shop.auto_sync_minutes == 15 and shop.version == version + 1
    with runtime.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "shop.update")).one()
    assert entry.actor == "li.na"
    assert entry.before == {"name": "Own shop", "auto_sync_minutes": 0}
    assert entry.after == {"name": "Own web shop", "auto_sync_minutes": 15}


def test_editing_a_stale_copy_is_refused_and_changes_nothing(runtime: Runtime) -> None:
    from dataclasses import replace

    shop_id = add_shop(runtime.db, runtime.secrets, runtime.actor, SPEC)
    stale = find_shop(runtime.db, "Own shop").version
    update_shop(runtime.db, runtime.secrets, runtime.actor, shop_id, replace(SPEC, name="First"), stale)
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_shop(runtime.db, runtime.secrets, runtime.actor, shop_id, replace(SPEC, name="Second"), stale)
    assert [s.name for s in list_shops(runtime.db)] == ["First"]
