"""Unmapped listings: order lines no SKU could be found for, grouped by shop and listing.

One mapping (listing → SKU) resolves every unmapped line of that listing in every order;
the Orders workspace then refreshes through ``events.orders_changed``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QStackedWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from omsdesk.catalog.mapping import (
    MappingResult, UnmappedListing, map_channel_sku, unmapped_listings, unmapped_order_ids,
)
from omsdesk.errors import UserError
from omsdesk.ui.context import UiContext
from omsdesk.ui.formatting import format_count, format_datetime
from omsdesk.ui.i18n import user_message
from omsdesk.ui.products.common import ERROR_STYLE, HINT_STYLE, OK_STYLE, PickedSku, SkuPicker
from omsdesk.ui.tasks import TaskContext
from omsdesk.ui.widgets import RIGHT

log = logging.getLogger(__name__)

LISTING_ROLE = Qt.ItemDataRole.UserRole + 1


def listing_key(listing: UnmappedListing) -> tuple[int, str, str, str]:
    return listing.shop_id, listing.channel_item_id, listing.channel_variant_id, listing.channel_sku


class UnmappedView(QWidget):
    count_changed = Signal(int)  # listings waiting for a mapping
    mapped = Signal(object)  # MappingResult
    loaded = Signal(int)

    COLUMNS = 7

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listings: list[UnmappedListing] = []
        self.orders_per_shop: dict[int, int] = {}
        self._generation = 0
        self._stale = True
        self._build()
        ctx.events.orders_changed.connect(self._orders_changed)
        ctx.events.sync_finished.connect(lambda _: self._orders_changed())

    def _build(self) -> None:
        intro = QLabel(self.tr("Order lines whose listing is not mapped to one of your SKUs. Pick the SKU and "
                               "map it once: every order with that listing is resolved."))
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: title, seller SKU or item id"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.textChanged.connect(lambda _: self._apply_filter())
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.filter_edit)
        top.addWidget(self.refresh_button)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([self.tr("Listing"), self.tr("Seller SKU"), self.tr("Item id"),
                                   self.tr("Variant id"), self.tr("Orders"), self.tr("Lines"),
                                   self.tr("First seen")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 110), (3, 100), (4, 70), (5, 60), (6, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for column in (4, 5):
            self.tree.headerItem().setTextAlignment(column, RIGHT)
        self.empty = QLabel(self.tr("Every imported order line is mapped to a SKU."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("font-size: 13pt; color: #4b5563;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.picker = SkuPicker(self.ctx, placeholder=self.tr("Map to: SKU code, name or barcode — type or scan"))
        self.map_button = QPushButton(self.tr("Map"))
        self.map_button.setEnabled(False)
        self.map_button.setDefault(True)
        self.selected_label = QLabel()
        self.selected_label.setStyleSheet("font-weight: 600;")
        self.selected_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        action = QHBoxLayout()
        action.addWidget(self.selected_label, 2)
        action.addWidget(self.picker, 3, Qt.AlignmentFlag.AlignTop)
        action.addWidget(self.map_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(action)
        layout.addWidget(self.message)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.picker.picked.connect(lambda _: self._update_button())
        self.picker.edit.returnPressed.connect(self._enter_in_picker)
        self.map_button.clicked.connect(self.map_selected)
        self._selection_changed()

    # -- loading ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _orders_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()
        else:
            self.refresh_count()

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        db = self.ctx.rt.db

        def load(_: TaskContext) -> tuple[list[UnmappedListing], dict[int, int]]:
            with db.reading() as session:
                listings = unmapped_listings(session)
                orders = {shop_id: len(unmapped_order_ids(session, shop_id))
                          for shop_id in sorted({li.shop_id for li in listings})}
            return listings, orders

        def show(result: tuple[list[UnmappedListing], dict[int, int]]) -> None:
            if generation == self._generation:
                self.show_listings(*result)
                self.loaded.emit(len(result[0]))

        self.ctx.tasks.run(load, show, owner=self, name="unmapped listings")

    def refresh_count(self) -> None:
        """Only the number (for the tab title) while the view is hidden."""
        db = self.ctx.rt.db

        def load(_: TaskContext) -> int:
            with db.reading() as session:
                return len(unmapped_listings(session))

        self.ctx.tasks.run(load, self.count_changed.emit, owner=self, name="unmapped count")

    def show_listings(self, listings: list[UnmappedListing], orders_per_shop: dict[int, int] | None = None,
                      select: UnmappedListing | None = None) -> None:
        """``orders_per_shop``: orders with an unmapped line (an order with two unmapped listings
        counts once); without it, the known counts are kept. ``select``: the listing to select
        (else the selected one stays selected)."""
        chosen = select or self.selected_listing()
        self.listings = list(listings)
        if orders_per_shop is not None:
            self.orders_per_shop = dict(orders_per_shop)
        self.tree.blockSignals(True)
        self.tree.clear()
        shops: dict[int, QTreeWidgetItem] = {}
        totals: dict[int, int] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        select_item: QTreeWidgetItem | None = None
        for listing in listings:
            group = shops.get(listing.shop_id)
            if group is None:
                group = QTreeWidgetItem(self.tree)
                group.setFirstColumnSpanned(True)
                group.setFont(0, bold)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                shops[listing.shop_id] = group
            totals[listing.shop_id] = totals.get(listing.shop_id, 0) + 1
            item = QTreeWidgetItem(group, [
                listing.title or self.tr("(no title)"), listing.channel_sku, listing.channel_item_id,
                listing.channel_variant_id, format_count(listing.order_count), format_count(listing.line_count),
                format_datetime(listing.first_seen),
            ])
            item.setData(0, LISTING_ROLE, listing)
            item.setToolTip(0, listing.title)
            for column in (4, 5):
                item.setTextAlignment(column, RIGHT)
            if chosen is not None and listing_key(listing) == listing_key(chosen):
                select_item = item
        for shop_id, group in shops.items():
            count = totals[shop_id]
            name = next(li.shop_name for li in listings if li.shop_id == shop_id)
            text = self.tr("1 listing") if count == 1 else self.tr("%1 listings").replace("%1", str(count))
            orders = self.orders_per_shop.get(shop_id)
            if orders is not None:
                orders_text = (self.tr("1 order") if orders == 1
                               else self.tr("%1 orders").replace("%1", format_count(orders)))
                text = self.tr("%1, in %2").replace("%1", text).replace("%2", orders_text)
            group.setText(0, f"{name} — {text}")
        self.tree.expandAll()
        self._apply_filter(select_first=False)
        self.tree.blockSignals(False)
        self.stack.setCurrentWidget(self.tree if listings else self.empty)
        if select_item is None or select_item.isHidden():
            select_item = self._first_visible()
        if select_item is not None:
            self.tree.setCurrentItem(select_item)
            self.tree.scrollToItem(select_item)
        self._selection_changed()
        self.count_changed.emit(len(listings))

    # -- filtering ---------------------------------------------------------------------

    def _listing_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(top).child(n) for top in range(self.tree.topLevelItemCount())
                for n in range(self.tree.topLevelItem(top).childCount())]

    def _first_visible(self) -> QTreeWidgetItem | None:
        return next((item for item in self._listing_items() if not item.isHidden()), None)

    def _apply_filter(self, select_first: bool = True) -> None:
        """Show the listings whose title, seller SKU, item id or variant id contain the filter text."""
        text = self.filter_edit.text().strip().casefold()
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            shown = 0
            for n in range(group.childCount()):
                item = group.child(n)
                listing: UnmappedListing = item.data(0, LISTING_ROLE)
                match = not text or any(text in (value or "").casefold() for value in (
                    listing.title, listing.channel_sku, listing.channel_item_id, listing.channel_variant_id))
                item.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)
        current = self.tree.currentItem()
        if select_first and (current is None or current.isHidden()):
            first = self._first_visible()
            if first is not None:
                self.tree.setCurrentItem(first)
            else:
                self.tree.setCurrentItem(None)
            self._selection_changed()

    # -- mapping ---------------------------------------------------------------------

    def selected_listing(self) -> UnmappedListing | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, LISTING_ROLE)

    def select_listing(self, listing: UnmappedListing) -> bool:
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for n in range(group.childCount()):
                item = group.child(n)
                if listing_key(item.data(0, LISTING_ROLE)) == listing_key(listing):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _selection_changed(self) -> None:
        listing = self.selected_listing()
        if listing is None:
            self.selected_label.setText(self.tr("Select a listing above."))
        else:
            what = listing.channel_sku or listing.channel_item_id
            self.selected_label.setText(self.tr("Map %1 (%2) of %3 to:").replace("%1", what).replace(
                "%2", listing.title or "—").replace("%3", listing.shop_name))
        self._update_button()

    def _update_button(self) -> None:
        self.map_button.setEnabled(self.selected_listing() is not None and self.picker.sku is not None)

    def _enter_in_picker(self) -> None:
        if self.map_button.isEnabled() and self.picker.sku is not None and \
                self.picker.edit.text() == SkuPicker.display(self.picker.sku):
            self.map_selected()

    @Slot()
    def map_selected(self) -> None:
        listing, sku = self.selected_listing(), self.picker.sku
        if listing is None or sku is None:
            return
        self.map_button.setEnabled(False)
        rt = self.ctx.rt

        def write(_: TaskContext) -> MappingResult:
            return map_channel_sku(rt.db, rt.actor, listing.shop_id, channel_item_id=listing.channel_item_id,
                                   channel_variant_id=listing.channel_variant_id, channel_sku=listing.channel_sku,
                                   sku_id=sku.id)

        self.ctx.tasks.run_write(write, lambda result: self._mapped(listing, sku, result), self._map_failed,
                                 owner=self, name="map listing")

    def _mapped(self, listing: UnmappedListing, sku: PickedSku, result: MappingResult) -> None:
        self._remove(listing)
        what = listing.channel_sku or listing.channel_item_id
        orders = (self.tr("1 order resolved") if result.orders_resolved == 1
                  else self.tr("%1 orders resolved").replace("%1", format_count(result.orders_resolved)))
        lines = (self.tr("1 line") if result.lines_resolved == 1
                 else self.tr("%1 lines").replace("%1", format_count(result.lines_resolved)))
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(self.tr("Mapped %1 to %2: %3 (%4).").replace("%1", what).replace("%2", sku.code)
                             .replace("%3", orders).replace("%4", lines))
        self.message.setVisible(True)
        self.picker.clear()
        self.mapped.emit(result)
        self.ctx.events.orders_changed.emit()

    def _map_failed(self, error: BaseException) -> None:
        self._update_button()
        if isinstance(error, UserError):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(user_message(error))
            self.message.setVisible(True)
        else:
            self.ctx.report(error)

    def _remove(self, listing: UnmappedListing) -> None:
        """Take a mapped listing out of the list; the one below it (else above) is selected, so
        mapping the listings of one product one after another needs no scrolling back."""
        visible = [item.data(0, LISTING_ROLE) for item in self._listing_items() if not item.isHidden()]
        keys = [listing_key(li) for li in visible]
        following = None
        if listing_key(listing) in keys:
            index = keys.index(listing_key(listing))
            after, before = visible[index + 1:index + 2], visible[max(index - 1, 0):index]
            following = (after or before or [None])[0]
        self.listings = [li for li in self.listings if listing_key(li) != listing_key(listing)]
        self.orders_per_shop.pop(listing.shop_id, None)  # counted again by the refresh that follows
        self.show_listings(self.listings, select=following)
