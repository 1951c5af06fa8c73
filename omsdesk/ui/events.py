"""App-wide change notifications, so that a workspace refreshes only when a change concerns it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    orders_changed = Signal()
    shops_changed = Signal()  # shops added or edited, or a run of theirs ended (pull, re-sync, retry)
    stock_changed = Signal()  # moves posted: receipts, transfers, counts, scrap, adjustments
    purchasing_changed = Signal()  # suppliers, purchase orders, receipts against them
    sync_started = Signal(int)  # shop id
    sync_progress = Signal(object)  # omsdesk.sync.service.SyncProgress
    sync_finished = Signal(object)  # omsdesk.sync.service.SyncResult
    sync_failed = Signal(int, str)  # shop id, message (the run could not even start)
    outbox_changed = Signal(int)  # shop id: pushes queued, sent, refused or queued again
