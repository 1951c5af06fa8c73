"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 does)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    flag = Signal(bool)
    anything = Signal(int, str, object)


def test_emitting_bools_leaves_the_reference_counts_of_true_and_false_alone(qapp) -> None:
    """PySide6 6.12.0 decrements True on every bool emitted; the process then aborts in
    ``bool_dealloc``. pyproject.toml excludes that release."""
    emitter = Emitter()
    emitter.flag.connect(lambda value: None)
    emitter.anything.connect(lambda number, text, value: None)
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(1000):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        emitter.anything.emit(1, "x", False)
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] - before[0] > -300 and after[1] - before[1] > -300, (before, after)  # the bug: -1000 or worse
