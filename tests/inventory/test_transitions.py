"""Every operation a document's state does not allow is refused, and nothing changes.

Walks the declared tables (PO_TRANSITIONS, TRANSFER_TRANSITIONS, STOCKTAKE_TRANSITIONS):
for each document brought into each of its states by the real services, every
operation whose table row does not list that state must raise NotAllowedError
and leave the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

import pytest

from omsdesk.inventory import purchasing, receiving, stocktake, transfers
from omsdesk.inventory.models import (
    PurchaseOrder, PurchaseOrderState, Stocktake, StocktakeState, Transfer, TransferState,
)
from omsdesk.inventory.purchasing import PO_TRANSITIONS, PoLineSpec
from omsdesk.inventory.queries import NotAllowedError, Transition, transfer_lines
from omsdesk.inventory.receiving import ReceiptLineSpec, ReceiptSpec
from omsdesk.inventory.stocktake import STOCKTAKE_TRANSITIONS, StocktakeScope
from omsdesk.inventory.transfers import TRANSFER_TRANSITIONS, TransferLineSpec
from tests.inventory.conftest import World
from tests.inventory.helpers import D, add_supplier, everything

Op = Callable[[int], object]

TABLES: dict[str, tuple[dict[str, Transition], type[StrEnum]]] = {
    "purchase order": (PO_TRANSITIONS, PurchaseOrderState),
    "transfer": (TRANSFER_TRANSITIONS, TransferState),
    "stocktake": (STOCKTAKE_TRANSITIONS, StocktakeState),
}


def test_every_state_is_reachable_and_every_target_is_a_state() -> None:
    for name, (table, states) in TABLES.items():
        sources = set().union(*(t.sources for t in table.values()))
        targets = {t.target for t in table.values() if t.target is not None}
        assert sources | targets <= set(states), name
        assert set(states) - sources, f"{name}: some state should be final"


# -- bringing a document into a state with the real services -------------------------


def _purchase_order(world: World, state: PurchaseOrderState) -> int:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    acme = add_supplier(world, "ACME", {"MUG-01": "8", "TS-BLK-M": "12"})
    po = purchasing.create_purchase_order(db, actor, acme, world.main, [PoLineSpec(sku["MUG-01"], D(2)),
                                                                        PoLineSpec(sku["TS-BLK-M"], D(1))])
    if state is PurchaseOrderState.CANCELLED:
        purchasing.cancel_po(db, actor, po)
    if state in (PurchaseOrderState.DRAFT, PurchaseOrderState.CANCELLED):
        return po
    purchasing.send_po(db, actor, po)
    if state is PurchaseOrderState.SENT:
        return po
    receiving.receive(db, actor, ReceiptSpec(world.main, [ReceiptLineSpec(sku["MUG-01"], D(2), bins["A-01"])],
                                             purchase_order_id=po))
    if state is PurchaseOrderState.RECEIVED:
        receiving.receive(db, actor, ReceiptSpec(world.main, [ReceiptLineSpec(sku["TS-BLK-M"], D(1), bins["A-01"])],
                                                 purchase_order_id=po))
    if state is PurchaseOrderState.CLOSED:
        purchasing.close_po(db, actor, po)
    return po


def _transfer(world: World, state: TransferState) -> int:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    world.receive("MUG-01", "5", "A-01")
    transfer = transfers.create_transfer(db, actor, world.main, world.second,
                                         [TransferLineSpec(sku["MUG-01"], D(2), bins["A-01"])])
    if state is TransferState.CANCELLED:
        transfers.cancel_transfer(db, actor, transfer)
    if state in (TransferState.SHIPPED, TransferState.RECEIVED):
        transfers.ship_transfer(db, actor, transfer)
    if state is TransferState.RECEIVED:
        with db.reading() as session:
            line = transfer_lines(session, transfer)[0].id
        transfers.receive_transfer(db, actor, transfer, [(line, D(2), bins["B-01"])])
    return transfer


def _stocktake(world: World, state: StocktakeState) -> int:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    world.receive("MUG-01", "5", "A-01")
    count = stocktake.start_stocktake(db, actor, world.main, StocktakeScope())
    stocktake.record_count(db, actor, count, sku["MUG-01"], bins["A-01"], D(4))
    if state is StocktakeState.POSTED:
        stocktake.post_stocktake(db, actor, count)
    if state is StocktakeState.CANCELLED:
        stocktake.cancel_stocktake(db, actor, count)
    return count


def _operations(world: World, document: str, doc_id: int) -> dict[str, Op]:
    db, actor, sku, bins = world.rt.db, world.rt.actor, world.skus, world.bins
    if document == "purchase order":
        return {
            "edit": lambda i: purchasing.update_po_lines(db, actor, i, [PoLineSpec(sku["MUG-01"], D(9))]),
            "send": lambda i: purchasing.send_po(db, actor, i),
            "receive": lambda i: receiving.receive(db, actor, ReceiptSpec(
                world.main, [ReceiptLineSpec(sku["TS-BLK-M"], D(1), bins["A-02"])], purchase_order_id=i)),
            "close": lambda i: purchasing.close_po(db, actor, i),
            "cancel": lambda i: purchasing.cancel_po(db, actor, i),
        }
    if document == "transfer":
        with db.reading() as session:
            line = transfer_lines(session, doc_id)[0].id
        return {
            "ship": lambda i: transfers.ship_transfer(db, actor, i),
            "receive": lambda i: transfers.receive_transfer(db, actor, i, [(line, D(1), bins["B-01"])]),
            "cancel": lambda i: transfers.cancel_transfer(db, actor, i),
        }
    return {
        "count": lambda i: stocktake.record_count(db, actor, i, sku["MUG-01"], bins["A-01"], D(3)),
        "post": lambda i: stocktake.post_stocktake(db, actor, i),
        "cancel": lambda i: stocktake.cancel_stocktake(db, actor, i),
    }


BUILDERS: dict[str, Callable[[World, StrEnum], int]] = {
    "purchase order": _purchase_order,  # type: ignore[dict-item]
    "transfer": _transfer,  # type: ignore[dict-item]
    "stocktake": _stocktake,  # type: ignore[dict-item]
}

MODELS = {"purchase order": PurchaseOrder, "transfer": Transfer, "stocktake": Stocktake}

CASES = [(document, state) for document, (_, states) in TABLES.items() for state in states]


@pytest.mark.parametrize(("document", "state"), CASES, ids=[f"{d}-{s.value}" for d, s in CASES])
def test_operations_the_state_does_not_allow_are_refused_and_change_nothing(
        world: World, document: str, state: StrEnum) -> None:
    table = TABLES[document][0]
    doc_id = BUILDERS[document](world, state)
    with world.rt.db.reading() as session:
        assert session.get(MODELS[document], doc_id).state is state
    operations = _operations(world, document, doc_id)
    assert set(operations) == set(table), "every operation of the table is exercised"
    forbidden = [action for action, rule in table.items() if state not in rule.sources]
    before = everything(world)
    for action in forbidden:
        with pytest.raises(NotAllowedError, match=f" is {state.value.replace('_', ' ')}: "):
            operations[action](doc_id)
        assert everything(world) == before, f"{action} in {state} changed something"
