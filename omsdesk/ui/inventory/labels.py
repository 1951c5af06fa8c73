"""What the user reads for the inventory values stored as English identifiers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omsdesk.documents.labels import LabelSize
from omsdesk.inventory.models import (
    LocationKind, MoveReason, PurchaseOrderState, StocktakeState, TransferState,
)


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``. Call it with literal context and text, as in
    ``translate("StockTable", "On hand")``: that is what ``pyside6-lupdate`` collects
    (a wrapper that supplies the context itself hides the text from it)."""
    return QCoreApplication.translate(context, text)


def reason_label(reason: MoveReason | str) -> str:
    labels = {
        MoveReason.RECEIPT: lambda: translate("MoveReason", "Receipt"),
        MoveReason.SHIPMENT: lambda: translate("MoveReason", "Shipment"),
        MoveReason.CUSTOMER_RETURN: lambda: translate("MoveReason", "Customer return"),
        MoveReason.SUPPLIER_RETURN: lambda: translate("MoveReason", "Return to supplier"),
        MoveReason.SCRAP: lambda: translate("MoveReason", "Scrap"),
        MoveReason.INTERNAL: lambda: translate("MoveReason", "Internal move"),
        MoveReason.TRANSFER_OUT: lambda: translate("MoveReason", "Transfer out"),
        MoveReason.TRANSFER_IN: lambda: translate("MoveReason", "Transfer in"),
        MoveReason.STOCKTAKE: lambda: translate("MoveReason", "Stocktake"),
        MoveReason.ADJUSTMENT: lambda: translate("MoveReason", "Adjustment"),
        MoveReason.ASSEMBLY: lambda: translate("MoveReason", "Assembly"),
        MoveReason.DISASSEMBLY: lambda: translate("MoveReason", "Disassembly"),
    }
    label = labels.get(reason)  # type: ignore[call-overload]
    return label() if label else str(reason)


def location_kind_label(kind: LocationKind | str) -> str:
    labels = {
        LocationKind.VIEW: lambda: translate("LocationKind", "Warehouse"),
        LocationKind.ZONE: lambda: translate("LocationKind", "Zone"),
        LocationKind.AISLE: lambda: translate("LocationKind", "Aisle"),
        LocationKind.SHELF: lambda: translate("LocationKind", "Shelf"),
        LocationKind.BIN: lambda: translate("LocationKind", "Bin"),
        LocationKind.SUPPLIER: lambda: translate("LocationKind", "Supplier"),
        LocationKind.CUSTOMER: lambda: translate("LocationKind", "Customer"),
        LocationKind.INVENTORY_LOSS: lambda: translate("LocationKind", "Inventory loss"),
        LocationKind.SCRAP: lambda: translate("LocationKind", "Scrap"),
        LocationKind.TRANSIT: lambda: translate("LocationKind", "In transit"),
        LocationKind.ASSEMBLY: lambda: translate("LocationKind", "Assembly"),
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
        PurchaseOrderState.DRAFT: lambda: translate("PurchaseOrderState", "Draft"),
        PurchaseOrderState.SENT: lambda: translate("PurchaseOrderState", "Sent"),
        PurchaseOrderState.PARTIALLY_RECEIVED: lambda: translate("PurchaseOrderState", "Partially received"),
        PurchaseOrderState.RECEIVED: lambda: translate("PurchaseOrderState", "Received"),
        PurchaseOrderState.CLOSED: lambda: translate("PurchaseOrderState", "Closed"),
        PurchaseOrderState.CANCELLED: lambda: translate("PurchaseOrderState", "Cancelled"),
    }
    label = labels.get(state)  # type: ignore[call-overload]
    return label() if label else str(state)


def transfer_state_label(state: TransferState | str) -> str:
    labels = {
        TransferState.DRAFT: lambda: translate("TransferState", "Draft"),
        TransferState.SHIPPED: lambda: translate("TransferState", "Shipped"),
        TransferState.RECEIVED: lambda: translate("TransferState", "Received"),
        TransferState.CANCELLED: lambda: translate("TransferState", "Cancelled"),
    }
    label = labels.get(state)  # type: ignore[call-overload]
    return label() if label else str(state)


def stocktake_state_label(state: StocktakeState | str) -> str:
    labels = {
        StocktakeState.COUNTING: lambda: translate("StocktakeState", "Counting"),
        StocktakeState.POSTED: lambda: translate("StocktakeState", "Posted"),
        StocktakeState.CANCELLED: lambda: translate("StocktakeState", "Cancelled"),
    }
    label = labels.get(state)  # type: ignore[call-overload]
    return label() if label else str(state)


def label_size_title(size: LabelSize) -> str:
    """The label stock as the user reads it (``LabelSize.layout.title`` is the English one)."""
    titles = {
        LabelSize.THERMAL_50x30: lambda: translate("LabelSize", "50 × 30 mm thermal"),
        LabelSize.THERMAL_60x40: lambda: translate("LabelSize", "60 × 40 mm thermal"),
        LabelSize.THERMAL_100x50: lambda: translate("LabelSize", "100 × 50 mm thermal"),
        LabelSize.A4_3x8: lambda: translate("LabelSize", "A4 sheet, 3 × 8 labels of 70 × 36 mm"),
    }
    title = titles.get(size)
    return title() if title else size.layout.title
