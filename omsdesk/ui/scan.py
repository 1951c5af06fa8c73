"""A field for barcode scanners and keyboards alike.

A scanner types like a keyboard and ends with Enter. On Enter the field looks the
text up in the background — a product by barcode or SKU code
(:func:`omsdesk.catalog.barcodes.find_sku`), a location by its label or path
(:func:`omsdesk.inventory.locations.location_by_barcode`) — and emits the hit.
An unknown code, or a code of the wrong kind (a product where a bin label is
expected), is refused loudly: the field flashes red, the message names the code
and says what to do, and the app beeps. The caller may refuse a valid hit too
(``reject``), e.g. a SKU that is not on the purchase order.

Scans are handled one at a time in the order they were made, so "bin, then
three products" stays in that order however fast the scanner is; codes already
seen are answered from a small cache without a query.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from omsdesk.catalog.barcodes import SkuHit, find_sku
from omsdesk.catalog.models import SkuKind
from omsdesk.inventory.locations import location_by_barcode
from omsdesk.inventory.models import LocationKind
from omsdesk.ui.context import UiContext
from omsdesk.ui.i18n import user_message
from omsdesk.inventory.queries import SkuChoice, sku_search
from omsdesk.ui.tasks import TaskContext

log = logging.getLogger(__name__)

FLASH_MS = 1200
CACHE_SECONDS = 30.0  # a burst of scans is answered from memory; a barcode moved to another SKU is seen soon
SEARCH_DELAY_MS = 200
CHOICE_SEPARATOR = "  ·  "
LARGE = "font-size: 13pt; padding: 4px 6px;"
FLASH = "background: #fecaca; color: #7f1d1d; border: 2px solid #dc2626; border-radius: 3px;"
GOOD = "background: #dcfce7; border: 2px solid #16a34a; border-radius: 3px;"
ERROR_MESSAGE_STYLE = ("QLabel { color: #ffffff; background: #dc2626; font-weight: 700; font-size: 11pt;"
                       " padding: 5px 8px; border-radius: 3px; }")
OK_MESSAGE_STYLE = "QLabel { color: #15803d; font-weight: 600; padding: 2px 0; }"
WARN_MESSAGE_STYLE = ("QLabel { color: #78350f; background: #fef3c7; font-weight: 600; padding: 3px 8px;"
                      " border: 1px solid #f59e0b; border-radius: 3px; }")
STORAGE_KINDS = frozenset({LocationKind.ZONE, LocationKind.AISLE, LocationKind.SHELF, LocationKind.BIN})


class ScanKind(StrEnum):
    SKU = "sku"
    BIN = "bin"


@dataclass(frozen=True)
class BinHit:
    """A scanned location label."""

    id: int
    warehouse_id: int | None
    kind: LocationKind
    code: str
    path: str
    barcode: str
    active: bool


@dataclass(frozen=True)
class _Lookup:
    text: str
    sku: SkuHit | None
    location: BinHit | None


class ScanField(QWidget):
    """A scan/typing field with its message line underneath.

    ``accept`` names what the field takes now (a SKU, a bin, or either); change it
    with :meth:`set_accept` as a flow moves from "scan the bin" to "scan items".
    """

    sku_scanned = Signal(object)  # SkuHit
    bin_scanned = Signal(object)  # BinHit
    failed = Signal(str, str)  # the scanned text, the message shown
    busy_changed = Signal(bool)

    def __init__(self, ctx: UiContext, accept: tuple[ScanKind, ...] = (ScanKind.SKU,),
                 placeholder: str = "", parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        size = "" if compact else LARGE
        self._styles = {"normal": f"QLineEdit {{ {size} }}" if size else "",
                        "flash": f"QLineEdit {{ {size} {FLASH} }}", "good": f"QLineEdit {{ {size} {GOOD} }}"}
        self.accept = tuple(accept)
        self.warehouse_id: int | None = None  # when set, bins of other warehouses are refused
        self._queue: deque[str] = deque()
        self._busy = False
        self._cache: dict[str, tuple[float, _Lookup]] = {}
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder or self._default_placeholder())
        self.edit.setClearButtonEnabled(True)
        self.edit.setStyleSheet(self._styles["normal"])
        self.edit.setMinimumWidth(160 if compact else 260)
        self.edit.returnPressed.connect(self._entered)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(lambda: self.edit.setStyleSheet(self._styles["normal"]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)

    def _default_placeholder(self) -> str:
        if self.accept == (ScanKind.BIN,):
            return self.tr("Scan a bin label or type its path, then Enter")
        if ScanKind.BIN in self.accept:
            return self.tr("Scan a bin label or a product, then Enter")
        return self.tr("Scan a barcode or type a SKU code, then Enter")

    # -- typing a name ---------------------------------------------------------------

    def enable_search(self) -> None:
        """Offer matching SKUs (code or name prefix) while the user types; choosing one scans its code."""
        self._choices = QStringListModel(self)
        self.completer = QCompleter(self._choices, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self._chosen)
        self.edit.setCompleter(self.completer)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.edit.textEdited.connect(lambda _: self._search_timer.start())
        self._search_generation = 0

    def _search(self) -> None:
        text = self.edit.text().strip()
        if len(text) < 2 or ScanKind.SKU not in self.accept:
            return
        self._search_generation += 1
        generation, db = self._search_generation, self.ctx.rt.db

        def query(_: TaskContext) -> list[SkuChoice]:
            with db.reading() as session:
                return sku_search(session, text)

        def show(choices: list[SkuChoice]) -> None:
            if generation != self._search_generation or self.edit.text().strip() != text:
                return
            self._choices.setStringList([f"{c.code}{CHOICE_SEPARATOR}{c.name}" for c in choices])
            if choices:
                self.completer.complete()

        self.ctx.tasks.run(query, show, owner=self, name="SKU search")

    @Slot(str)
    def _chosen(self, text: str) -> None:
        code = text.split(CHOICE_SEPARATOR, 1)[0]
        self.edit.setText(code)
        self._entered()

    # -- public ------------------------------------------------------------------------

    def set_accept(self, accept: tuple[ScanKind, ...], placeholder: str = "") -> None:
        self.accept = tuple(accept)
        self.edit.setPlaceholderText(placeholder or self._default_placeholder())

    def reject(self, message: str) -> None:
        """Refuse a hit loudly (the caller knows why: not on this order, other warehouse, …)."""
        self.edit.setStyleSheet(self._styles["flash"])
        self._flash_timer.start()
        self.message.setStyleSheet(ERROR_MESSAGE_STYLE)
        self.message.setText(message)
        self.message.setVisible(True)
        QApplication.beep()

    def confirm(self, message: str) -> None:
        """Say what the last scan did, quietly (green)."""
        self._flash_timer.stop()
        self.edit.setStyleSheet(self._styles["good"])
        self._flash_timer.start()
        self.message.setStyleSheet(OK_MESSAGE_STYLE)
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def warn(self, message: str) -> None:
        """The scan was taken, but something about it deserves a look (amber, no beep)."""
        self.confirm(message)
        self.message.setStyleSheet(WARN_MESSAGE_STYLE)

    def clear_message(self) -> None:
        """No message, and no red or green left on the field."""
        self._flash_timer.stop()
        self.edit.setStyleSheet(self._styles["normal"])
        self.message.setVisible(False)
        self.message.setText("")

    def scan(self, text: str) -> None:
        """Handle ``text`` as if it had been scanned (the Enter key ends here too)."""
        code = text.strip()
        if not code:
            return
        self._queue.append(code)
        self._next()

    @property
    def busy(self) -> bool:
        return self._busy or bool(self._queue)

    @property
    def showing_error(self) -> bool:
        return not self.message.isHidden() and self.message.styleSheet() == ERROR_MESSAGE_STYLE

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.edit.clear()
            self.clear_message()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The line edit has taken the scan (returnPressed) and passes the key on; in a dialog it
            # would go on to press the default button (QDialogButtonBox makes its first Ok / Save one
            # the default when shown, whatever autoDefault says): "Start count" or "Save" on a scan.
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the queue ---------------------------------------------------------------------

    @Slot()
    def _entered(self) -> None:
        text = self.edit.text()
        if CHOICE_SEPARATOR in text:  # a suggestion chosen with Enter: its code
            text = text.split(CHOICE_SEPARATOR, 1)[0]
        self.edit.clear()
        if hasattr(self, "_search_timer"):
            self._search_timer.stop()
            self._search_generation += 1
        self.scan(text)

    def _next(self) -> None:
        if self._busy:
            return
        while self._queue:
            code = self._queue[0]
            cached = self._cache.get(code)
            if cached is None or time.monotonic() - cached[0] > CACHE_SECONDS:
                break
            self._queue.popleft()
            self._deliver(cached[1])
        if not self._queue:
            return
        code = self._queue[0]
        self._set_busy(True)
        db = self.ctx.rt.db
        wants_bin = ScanKind.BIN in self.accept
        wants_sku = ScanKind.SKU in self.accept

        def look_up(_: TaskContext) -> _Lookup:
            with db.reading() as session:
                location = location_by_barcode(session, code)
                bin_hit = None if location is None else BinHit(
                    location.id, location.warehouse_id, location.kind, location.code, location.path,
                    location.barcode, location.active)
                # A bin label never needs the product lookup, and the reverse; but look both up when the
                # first finds nothing, so a wrong kind of code gets a precise message.
                sku = None
                if bin_hit is None or (wants_sku and not wants_bin):
                    sku = find_sku(session, code)
                return _Lookup(code, sku, bin_hit)

        self.ctx.tasks.run(look_up, self._looked_up, self._lookup_failed, owner=self, name="scan lookup")

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _looked_up(self, found: _Lookup) -> None:
        if self._queue and self._queue[0] == found.text:
            self._queue.popleft()
        if found.sku is not None or found.location is not None:
            self._cache[found.text] = (time.monotonic(), found)
        self._set_busy(False)
        self._deliver(found)
        self._next()

    def _lookup_failed(self, error: BaseException) -> None:
        code = self._queue.popleft() if self._queue else ""
        self._set_busy(False)
        log.warning("scan lookup for %r failed", code, exc_info=error)
        self._fail(code, self.tr("%1 could not be looked up: %2").replace("%1", code).replace(
            "%2", user_message(error)))
        self._next()

    # -- what a scan means -------------------------------------------------------------

    def _deliver(self, found: _Lookup) -> None:
        code = found.text
        wants_bin, wants_sku = ScanKind.BIN in self.accept, ScanKind.SKU in self.accept
        location, sku = found.location, found.sku
        if location is not None and wants_bin:
            problem = self._location_problem(location)
            if problem:
                self._fail(code, problem)
                return
            self.clear_message()
            self.bin_scanned.emit(location)
            return
        if sku is not None and wants_sku:
            if not sku.active:
                self._fail(code, self.tr("%1 (%2) is no longer in use: it cannot be received, moved or counted.")
                           .replace("%1", sku.code).replace("%2", sku.name))
                return
            if sku.kind is SkuKind.VIRTUAL_BUNDLE:
                self._fail(code, self.tr("%1 is a virtual bundle: it has no stock of its own. "
                                         "Scan its components instead.").replace("%1", sku.code))
                return
            self.clear_message()
            self.sku_scanned.emit(sku)
            return
        if location is not None:
            self._fail(code, self.tr("%1 is the label of location %2, not a product. Scan the product's barcode.")
                       .replace("%1", code).replace("%2", location.path))
        elif sku is not None:
            self._fail(code, self.tr("%1 is product %2 (%3), not a bin label. Scan the bin label first.")
                       .replace("%1", code).replace("%2", sku.code).replace("%3", sku.name))
        elif wants_bin and not wants_sku:
            self._fail(code, self.tr("Unknown code %1: no bin has this label. Check the label, or type the bin "
                                     "path (e.g. SH/A/01).").replace("%1", code))
        else:
            self._fail(code, self.tr("Unknown code %1: no product has this barcode or SKU code. "
                                     "Nothing was added.").replace("%1", code))

    def _location_problem(self, location: BinHit) -> str | None:
        if location.kind not in STORAGE_KINDS:
            return self.tr("%1 is not a place that holds stock (%2). Scan a bin label.").replace(
                "%1", location.path).replace("%2", location.kind.value)
        if not location.active:
            return self.tr("Location %1 is no longer in use.").replace("%1", location.path)
        if self.warehouse_id is not None and location.warehouse_id != self.warehouse_id:
            return self.tr("Location %1 belongs to another warehouse. Scan a bin of this warehouse.").replace(
                "%1", location.path)
        return None

    def _fail(self, code: str, message: str) -> None:
        self.reject(message)
        self.failed.emit(code, message)
