"""What the user reads for the inventory values stored as English identifiers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omsdesk.inventory.models import (
    LocationKind, MoveReason, PurchaseOrderState, StocktakeState, TransferState,
)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def reason_label(reason: MoveReason | str) -> str:
    labels = {
        MoveReason.RECEIPT: lambda: _translate("MoveReason", "Receipt"),
        MoveReason.SHIPMENT: lambda: _translate("MoveReason", "Shipment"),
        MoveReason.CUSTOMER_RETURN: lambda: _translate("MoveReason", "Customer return"),
        MoveReason.SUPPLIER_RETURN: lambda: _translate("MoveReason", "Return to supplier"),
        MoveReason.SCRAP: lambda: _translate("MoveReason", "Scrap"),
        MoveReason.INTERNAL: lambda: _translate("MoveReason", "Internal move"),
        MoveReason.TRANSFER_OUT: lambda: _translate("MoveReason", "Transfer out"),
        MoveReason.TRANSFER_IN: lambda: _translate("MoveReason", "Transfer in"),
        MoveReason.STOCKTAKE: lambda: _translate("MoveReason", "Stocktake"),
        MoveReason.ADJUSTMENT: lambda: _translate("MoveReason", "Adjustment"),
        MoveReason.ASSEMBLY: lambda: _translate("MoveReason", "Assembly"),
        MoveReason.DISASSEMBLY: lambda: _translate("MoveReason", "Disassembly"),
    }
    label = labels.get(reason)  # type: ignore[call-overload]
    return label() if label else str(reason)


def location_kind_label(kind: LocationKind | str) -> str:
    labels = {
        LocationKind.VIEW: lambda: _translate("LocationKind", "Warehouse"),
        LocationKind.ZONE: lambda: _translate("LocationKind", "Zone"),
        LocationKind.AISLE: lambda: _translate("LocationKind", "Aisle"),
        LocationKind.SHELF: lambda: _translate("LocationKind", "Shelf"),
        LocationKind.BIN: lambda: _translate("LocationKind", "Bin"),
        LocationKind.SUPPLIER: lambda: _translate("LocationKind", "Supplier"),
        LocationKind.CUSTOMER: lambda: _translate("LocationKind", "Customer"),
        LocationKind.INVENTORY_LOSS: lambda: _translate("LocationKind", "Inventory loss"),
        LocationKind.SCRAP: lambda: _translate("LocationKind", "Scrap"),
        LocationKind.TRANSIT: lambda: _translate("LocationKind", "In transit"),
        LocationKind.ASSEMBLY: lambda: _translate("LocationKind", "Assembly"),
    }
    label = labels.get(kind)  # type: ignore[call-overload]
    return label() if label else str(kind)


VIRTUAL_PATHS = {f"@{kind.value}": kind for kind in LocationKind}


def path_label(path: str) -> str:
    """A location path as shown: virtual locations (``@supplier``) by their name."""
    kind = VIRTUAL_PATHS.get(path)
    return f"‹{location_kind_label(kind)}›" if kind is not None else path


def po_state_label(state: PurchaseOrderState | str) -> str:
    labels = {
        PurchaseOrderState.DRAFT: lambda: _translate("PurchaseOrderState", "Draft"),
        PurchaseOrderState.SENT: lambda: _translate("PurchaseOrderState", "Sent"),
        PurchaseOrderState.PARTIALLY_RECEIVED: lambda: _translate("PurchaseOrderState", "Partially received"),
        PurchaseOrderState.RECEIVED: lambda: _translate("PurchaseOrderState", "Received"),
        PurchaseOrderState.CLOSED: lambda: _translate("PurchaseOrderState", "Closed"),
        PurchaseOrderState.CANCELLED: lambda: _translate("PurchaseOrderState", "Cancelled"),
    }
    label = labels.get(state)  # type: ignore[call-overload]
    return label() if label else str(state)


def transfer_state_label(state: TransferState | str) -> str:
    labels = {
        TransferState.DRAFT: lambda: _translate("TransferState", "Draft"),
        TransferState.SHIPPED: lambda: _translate("TransferState", "Shipped"),
        TransferState.RECEIVED: lambda: _translate("TransferState", "Received"),
        TransferState.CANCELLED: lambda: _translate("TransferState", "Cancelled"),
    }
    label = labels.get(state)  # type: ignore[call-overload]
    return label() if label else str(state)


def stocktake_state_label(state: StocktakeState | str) -> str:
    labels = {
        StocktakeState.COUNTING: lambda: _translate("StocktakeState", "Counting"),
        StocktakeState.POSTED: lambda: _translate("StocktakeState", "Posted"),
        StocktakeState.CANCELLED: lambda: _translate("StocktakeState", "Cancelled"),
    }
    label = labels.get(state)  # type: ignore[call-overload]
    return label() if label else str(state)
