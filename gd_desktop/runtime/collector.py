"""Python's cyclic garbage collector, run only in the GUI thread while workers run.

Python collects reference cycles in whichever thread happens to allocate when a
threshold is crossed. A cycle can hold Qt objects (a closed window's menus and
actions, a lambda connected to a signal), so a collection in a worker thread
destroys GUI objects there: Qt then takes its own locks while PySide asks for
Python's lock, and the GUI thread, destroying an object at the same moment,
waits for the opposite order. Both threads stop for good (seen here: a worker
emitting records while the window relaid a plot).

So while any worker thread runs, automatic collection is off and a timer in the
GUI thread collects whatever generation is due; once no worker runs, automatic
collection is back on.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6 import QtCore

# How often the GUI thread looks whether a collection is due.
COLLECT_EVERY_MS = 200


class GuiThreadCollector(QtCore.QObject):
    """Collects garbage on a timer in the thread it lives in (the GUI thread).

    ``workers_running`` says whether any worker thread still runs; when none
    does, the timer stops and Python's automatic collection is switched back on.
    """

    def __init__(self, workers_running: Callable[[], bool], parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self._workers_running = workers_running
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(COLLECT_EVERY_MS)
        self._timer.timeout.connect(self.collect_due)
        self.collections = 0

    @property
    def active(self) -> bool:
        """True while automatic collection is off and this timer stands in for it."""
        return self._timer.isActive()

    def take_over(self) -> None:
        """Switch automatic collection off and collect on the timer from now on."""
        gc.disable()
        if not self._timer.isActive():
            self._timer.start()

    @QtCore.Slot()
    def collect_due(self) -> None:
        """Collect the oldest generation whose count has passed its threshold."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] >= thresholds[generation]:
                gc.collect(generation)
                self.collections += 1
                break
        if not self._workers_running():
            self._timer.stop()
            gc.enable()


_collector: GuiThreadCollector | None = None


def collect_in_gui_thread(workers_running: Callable[[], bool]) -> GuiThreadCollector:
    """Make sure cycles are collected only in the GUI thread while workers run.

    Call it from the GUI thread, before a worker thread starts (the application
    object must exist; the collector lives as long as it does).
    """
    global _collector
    app = QtCore.QCoreApplication.instance()
    try:
        current = _collector is not None and _collector.parent() is app
    except RuntimeError:  # its application object is gone: a new one is running
        current = False
    if not current or _collector is None:
        _collector = GuiThreadCollector(workers_running, app)
    _collector.take_over()
    return _collector
