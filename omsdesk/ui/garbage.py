"""Python's cycle collector run on the UI thread only.

Automatic collection runs in whichever thread happens to allocate when a threshold is reached —
often a background task. If a reference cycle holds a Qt object (a dialog and its slots), the
wrapper would be destroyed on that thread and Qt crashes. So automatic collection is switched
off and this timer collects on the UI thread instead, as qutebrowser does.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, interval=CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds (what gc would do)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
        gc.collect()
