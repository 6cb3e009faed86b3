"""The full-data loss over the views' grids, computed off the GUI thread: on a
family with many rows the views draw a row sample first and swap in these values
when they are ready, so the window never waits for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6 import QtCore

from gd_desktop.runtime.threads import STOP_WAIT_MS, track_thread

# Weights evaluated per slice: a slice on 10^6 rows takes a fraction of a second,
# and a cancelled or stopped job ends after the slice in hand.
SLICE = 64

Grids = list[tuple[np.ndarray, np.ndarray]]


class SurfaceWorker(QtCore.QObject):
    """Evaluates a loss over grids in its own thread, a slice at a time."""

    computed = QtCore.Signal(int, object)  # job number, the loss on each grid

    def __init__(self) -> None:
        super().__init__()
        self.wanted = 0  # the job still wanted (set from the GUI thread)

    @QtCore.Slot(int, object, object)
    def compute(self, job: int, objective: Any, grids: Grids) -> None:
        out = []
        for w0, w1 in grids:
            flat0, flat1 = w0.ravel(), w1.ravel()
            values = np.empty(flat0.size)
            for start in range(0, flat0.size, SLICE):
                if job != self.wanted:
                    return  # cancelled, or the window is closing
                end = start + SLICE
                with np.errstate(all="ignore"):
                    values[start:end] = objective.loss_grid(flat0[start:end], flat1[start:end])
            out.append(values.reshape(w0.shape))
        self.computed.emit(job, out)


class FullSurface(QtCore.QObject):
    """GUI-side owner of the surface thread (started on the first request)."""

    compute_requested = QtCore.Signal(int, object, object)

    def __init__(self, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self.worker = SurfaceWorker()
        self.thread_ = QtCore.QThread()
        self.thread_.setObjectName("gd-desktop-full-surface")
        self.worker.moveToThread(self.thread_)
        self.compute_requested.connect(self.worker.compute)
        self.worker.computed.connect(self._computed)
        self._job = 0
        self._ready: Callable[[list[np.ndarray]], None] | None = None

    @property
    def pending(self) -> bool:
        return self._ready is not None

    def request(
        self, objective: Any, grids: Grids, ready: Callable[[list[np.ndarray]], None]
    ) -> None:
        """Compute ``objective`` over ``grids``; ``ready`` gets the values (in this
        thread) unless another request or ``cancel`` comes first."""
        if not self.thread_.isRunning():
            track_thread(self.thread_)
            self.thread_.start()
        self._job += 1
        self.worker.wanted = self._job
        self._ready = ready
        self.compute_requested.emit(self._job, objective, grids)

    def cancel(self) -> None:
        self._job += 1
        self.worker.wanted = self._job
        self._ready = None

    def shutdown(self) -> bool:
        """Stop the thread within a bounded wait; True if it stopped."""
        self.cancel()
        if not self.thread_.isRunning():
            return True
        self.thread_.quit()
        return bool(self.thread_.wait(STOP_WAIT_MS))

    @QtCore.Slot(int, object)
    def _computed(self, job: int, values: list[np.ndarray]) -> None:
        ready = self._ready
        if job == self._job and ready is not None:
            self._ready = None
            ready(values)
