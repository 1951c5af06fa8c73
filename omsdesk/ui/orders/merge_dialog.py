"""Merge orders into one shipment (合单): the suggestions, one group per shop, buyer and address.

The originals stay orders of their own (money, channel confirmations); they share a merge group and
leave the warehouse as one parcel. Opened on a selection, the dialog shows that selection's group, or
says why those orders cannot be merged.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from omsdesk.errors import UserError
from omsdesk.orders import merge
from omsdesk.orders.merge import MergeSuggestion, merge_orders
from omsdesk.orders.models import Order
from omsdesk.sync.models import Shop
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count
from omsdesk.ui.i18n import user_message
from omsdesk.ui.orders.dialog_base import HINT_STYLE, OrderDialog

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class MergeChoices:
    suggestions: list[MergeSuggestion]
    versions: dict[int, int]  # order id → version, for every order shown
    numbers: dict[int, str]  # the numbers of the orders the dialog was opened with
    refusal: UserError | None  # why the orders the dialog was opened with cannot merge
    already_merged: bool = False  # …or that they are merged already


def merge_refusal(session: Session, orders: list[Order]) -> UserError | None:
    """Why the service would refuse to merge these orders (its own message), or ``None`` when it would not."""
    try:
        merge._check_they_fit(session, orders)  # noqa: SLF001 - the service's own check; it writes nothing
    except UserError as error:
        return error
    return None


def _selection_group(session: Session, orders: list[Order]) -> MergeSuggestion:
    """The selection (with the groups its orders are in) shown as one more group to merge."""
    orders = sorted(orders, key=lambda order: (order.channel_created_at, order.id))
    newest = orders[-1]
    shop = session.scalar(select(Shop.name).where(Shop.id == newest.shop_id)) or ""
    address = ", ".join(part for part in (newest.ship_line1, newest.ship_line2, newest.ship_city, newest.ship_state,
                                          newest.ship_postcode, newest.ship_country) if part)
    return MergeSuggestion(tuple(o.id for o in orders), tuple(o.number for o in orders), shop,
                           newest.buyer_name or newest.ship_name, address)


def load_choices(ctx: UiContext, order_ids: list[int]) -> MergeChoices:
    """Suggestions and the versions of their orders; for a selection, its group or why it cannot merge."""
    refusal, already_merged = None, False
    with ctx.rt.db.reading() as session:
        suggestions = merge.merge_suggestions(session)
        if len(order_ids) >= 2 and _group_of(suggestions, order_ids) is None:
            selected = [order for order in (session.get(Order, i) for i in order_ids) if order is not None]
            together = merge._with_their_groups(session, selected)  # noqa: SLF001 - reads only
            refusal = merge_refusal(session, together)
            groups = {order.merge_group_id for order in together}
            already_merged = refusal is None and len(groups) == 1 and None not in groups
            if refusal is None and not already_merged:
                suggestions.insert(0, _selection_group(session, together))
        shown = {order_id for s in suggestions for order_id in s.order_ids} | set(order_ids)
        rows = session.execute(select(Order.id, Order.version, Order.number).where(Order.id.in_(shown))).all()
    return MergeChoices(suggestions, {r[0]: r[1] for r in rows},
                        {r[0]: r[2] for r in rows if r[0] in order_ids}, refusal, already_merged)


def _group_of(suggestions: list[MergeSuggestion], order_ids: list[int]) -> int | None:
    """The index of the suggestion holding every one of ``order_ids``."""
    wanted = set(order_ids)
    for index, suggestion in enumerate(suggestions):
        if wanted <= set(suggestion.order_ids):
            return index
    return None


class MergeDialog(OrderDialog):
    """Groups of orders that can ship together; tick the orders of one group and *Merge*."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, order_ids: list[int] | None = None) -> None:
        super().__init__(ctx, parent)
        self.order_ids = list(order_ids or [])
        self.choices: MergeChoices | None = None
        self.setWindowTitle(self.tr("Merge orders"))
        self.resize(860, 480)
        self.intro = QLabel(self.tr("Orders of the same shop, buyer and address that are not allocated yet can leave "
                                    "as one parcel. Each keeps its own number, money and channel confirmation."))
        self.intro.setWordWrap(True)
        self.selection_note = QLabel()
        self.selection_note.setWordWrap(True)
        self.selection_note.setObjectName("selectionNote")
        self.selection_note.setStyleSheet("QLabel#selectionNote { background: #fef3c7; color: #78350f;"
                                          " border: 1px solid #f59e0b; border-radius: 4px; padding: 4px 6px; }")
        self.selection_note.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Orders"), self.tr("Shop"), self.tr("Buyer"), self.tr("Address")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_ok())
        self.tree.itemChanged.connect(self._item_changed)
        self.status = QLabel(self.tr("Looking for orders to merge…"))
        self.status.setStyleSheet(HINT_STYLE)
        self.status.setWordWrap(True)
        self.ok_button.setText(self.tr("Merge"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.selection_note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.message_row)
        layout.addWidget(self.buttons)
        self.load()

    # -- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        ctx, order_ids = self.ctx, self.order_ids
        self.choices = None
        self.ok_button.setEnabled(False)
        self.run_read(lambda: load_choices(ctx, order_ids), self.show_choices, "merge suggestions")

    def reload(self) -> None:
        self.clear_message()
        self.load()

    def show_choices(self, choices: MergeChoices) -> None:
        self.choices = choices
        self.tree.blockSignals(True)
        self.tree.clear()
        for index, suggestion in enumerate(choices.suggestions):
            self.tree.addTopLevelItem(self._group_item(index, suggestion))
        self.tree.expandAll()
        self.tree.blockSignals(False)
        count = len(choices.suggestions)
        if count == 0:
            status = self.tr("No orders to merge: no two open orders share shop, buyer and address.")
        elif count == 1:
            status = self.tr("1 group of orders can be merged.")
        else:
            status = self.tr("%1 groups of orders can be merged.").replace("%1", format_count(count))
        self.status.setText(status)
        self._show_selection(choices)
        self._update_ok()

    def _group_item(self, index: int, suggestion: MergeSuggestion) -> QTreeWidgetItem:
        count = len(suggestion.order_ids)
        item = QTreeWidgetItem([self.tr("%1 orders").replace("%1", str(count)), suggestion.shop_name,
                                suggestion.buyer, suggestion.address])
        item.setData(0, ID_ROLE, index)
        item.setToolTip(3, suggestion.address)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        for order_id, number in zip(suggestion.order_ids, suggestion.numbers, strict=True):
            child = QTreeWidgetItem([number])
            child.setData(0, ID_ROLE, order_id)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Checked)
            item.addChild(child)
        return item

    def _show_selection(self, choices: MergeChoices) -> None:
        """Opened on a selection: check its orders in their group, or say why they cannot merge."""
        if not self.order_ids:
            first = self.tree.topLevelItem(0)
            if first is not None:
                self.tree.setCurrentItem(first)
                first.setExpanded(True)
            self.selection_note.hide()
            return
        index = _group_of(choices.suggestions, self.order_ids)
        if index is not None:
            group = self.tree.topLevelItem(index)
            self.tree.blockSignals(True)
            for row in range(group.childCount()):
                child = group.child(row)
                wanted = child.data(0, ID_ROLE) in self.order_ids
                child.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.tree.blockSignals(False)
            group.setExpanded(True)
            self.tree.setCurrentItem(group)
            self.tree.scrollToItem(group)
            self.selection_note.hide()
            return
        numbers = ", ".join(choices.numbers.get(order_id, str(order_id)) for order_id in self.order_ids)
        if len(self.order_ids) < 2:
            note = self.tr("Only one order is selected: pick a group below, or select two or more orders first.")
        else:
            if choices.refusal is not None:
                why = user_message(choices.refusal)
            elif choices.already_merged:
                why = self.tr("they are merged already.")
            else:
                why = self.tr("they do not share shop, buyer and address, or one of them is allocated already.")
            note = self.tr("Selected orders %1: %2").replace("%1", numbers).replace("%2", why)
        self.selection_note.setText(note)
        self.selection_note.show()

    # -- choosing ------------------------------------------------------------------------------

    def current_group(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.parent() or item

    def checked_ids(self) -> list[int]:
        group = self.current_group()
        if group is None:
            return []
        return [group.child(row).data(0, ID_ROLE) for row in range(group.childCount())
                if group.child(row).checkState(0) == Qt.CheckState.Checked]

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if item.parent() is not None and column == 0:
            self.tree.setCurrentItem(item)
            self._update_ok()

    def _update_ok(self) -> None:
        ready = self.choices is not None and not self.writing
        self.ok_button.setEnabled(ready and len(self.checked_ids()) >= 2)

    def after_failure(self) -> None:
        self._update_ok()

    def save(self) -> None:
        order_ids = self.checked_ids()
        if self.writing or len(order_ids) < 2 or self.choices is None:
            return
        versions = {order_id: self.choices.versions.get(order_id) for order_id in order_ids}
        rt = self.ctx.rt

        def write() -> int:
            return merge_orders(rt.db, rt.actor, versions)

        self.run_write(write, "merge orders")
