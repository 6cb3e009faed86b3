"""The run worker (a QObject in a QThread) and the GUI-side controller that owns it.

The worker owns the ``Run``; the GUI sends commands as queued signals, so the
run's state needs no locks. Every record reaches the GUI exactly once and in
order through ``records_ready``: one signal per update at a finite speed, and the
records made since the last signal in one block at unlimited speed.
"""

from __future__ import annotations

import math
import sys
import time
import weakref
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore

from gd_desktop.core.config import ConfigError, ExperimentConfig
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.insight import RunInsight
from gd_desktop.core.run import STOP_DIVERGED, Run

UNLIMITED = math.inf
# At unlimited speed: compute for this long, then let the GUI thread have the GIL.
SLICE_SECONDS = 0.006
PAUSE_BETWEEN_SLICES_MS = 2
# The GUI thread waits at most this long for the GIL while the worker computes
# (Python's default is 5 ms, long enough to stall a repaint many times over).
GIL_SWITCH_SECONDS = 0.0005
# At a finite speed, the most updates one timer tick may catch up on.
MAX_CATCH_UP = 2000
STOP_WAIT_MS = 3000

_threads: weakref.WeakSet[QtCore.QThread] = weakref.WeakSet()


def live_threads() -> list[QtCore.QThread]:
    """Worker threads still running (tests check that none is left behind)."""
    return [t for t in _threads if t.isRunning()]


@dataclass(frozen=True, eq=False)
class RecordBlock:
    """Consecutive records of one run: rows[:, j] is record ``start + j`` (0-based)."""

    run_id: int
    start: int
    rows: np.ndarray

    @property
    def stop(self) -> int:
        return self.start + int(self.rows.shape[1])


@dataclass(frozen=True, eq=False)
class RunInfo:
    """What the views need to draw a freshly loaded run (read-only in the GUI)."""

    run_id: int
    run: Run
    insight: RunInsight

    @property
    def config(self) -> ExperimentConfig:
        return self.run.config


class RunWorker(QtCore.QObject):
    """Owns a ``Run`` and advances it on a timer in its own thread."""

    run_loaded = QtCore.Signal(object)  # RunInfo
    records_ready = QtCore.Signal(object)  # RecordBlock
    run_started = QtCore.Signal(int)  # run id
    run_paused = QtCore.Signal(int, int)  # run id, updates done
    run_finished = QtCore.Signal(int, str)  # run id, stop reason
    load_failed = QtCore.Signal(str)
    command_done = QtCore.Signal(int)  # serial of the command just handled

    def __init__(self) -> None:
        super().__init__()
        self._run: Run | None = None
        self._run_id = 0
        self._speed = UNLIMITED
        self._emitted = 0
        self._clock_start = 0.0
        self._clock_base = 0
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    # -- commands (queued slots) ---------------------------------------------------
    @QtCore.Slot(int, object, object)
    def load(self, serial: int, config: ExperimentConfig, dataset: Dataset | None) -> None:
        """Build a new run from a config (and optionally a dataset); idle and at update 0."""
        self._timer.stop()
        try:
            run = Run(config, dataset)
        except (ConfigError, ValueError, MemoryError) as exc:
            self.load_failed.emit(str(exc))
        else:
            self._run = run
            self._run_id += 1
            self._emitted = 0
            # The insight costs O(N) (a second least-squares fit): done here, not
            # in the GUI thread.
            self.run_loaded.emit(RunInfo(self._run_id, run, RunInsight.from_run(run)))
        self.command_done.emit(serial)

    @QtCore.Slot(int)
    def start(self, serial: int) -> None:
        run = self._run
        if run is not None and not run.finished and not self._timer.isActive():
            self._restart_clock()
            self.run_started.emit(self._run_id)
            self._timer.start(0)
        self.command_done.emit(serial)

    @QtCore.Slot(int)
    def pause(self, serial: int) -> None:
        if self._timer.isActive() and self._run is not None:
            self._timer.stop()
            self.run_paused.emit(self._run_id, self._run.step)
        self.command_done.emit(serial)

    @QtCore.Slot(int, int)
    def step(self, serial: int, count: int) -> None:
        """Do ``count`` updates now (0 means: to the end of the current epoch)."""
        run = self._run
        if run is not None and not run.finished and not self._timer.isActive():
            run.advance(count if count > 0 else run.updates_to_epoch_end())
            self._emit_new(per_update=count == 1)
            if run.finished:
                self.run_finished.emit(self._run_id, run.stop_reason or "")
            else:
                self.run_paused.emit(self._run_id, run.step)
        self.command_done.emit(serial)

    @QtCore.Slot(int, float)
    def set_learning_rate(self, serial: int, learning_rate: float) -> None:
        if self._run is not None:
            try:
                self._run.set_learning_rate(learning_rate)
            except ConfigError as exc:
                self.load_failed.emit(str(exc))
        self.command_done.emit(serial)

    @QtCore.Slot(int, float)
    def set_speed(self, serial: int, updates_per_second: float) -> None:
        self._speed = updates_per_second
        self._restart_clock()
        self.command_done.emit(serial)

    @QtCore.Slot()
    def shutdown(self) -> None:
        """Stop advancing; the thread can then quit."""
        self._timer.stop()

    # -- the clock -------------------------------------------------------------------
    def _restart_clock(self) -> None:
        self._clock_start = time.perf_counter()
        self._clock_base = self._run.step if self._run is not None else 0

    def _tick(self) -> None:
        run = self._run
        if run is None:
            return
        if math.isinf(self._speed):
            run.advance(1 << 30, deadline=time.perf_counter() + SLICE_SECONDS)
            self._emit_new(per_update=False)
            delay = PAUSE_BETWEEN_SLICES_MS
        else:
            elapsed = time.perf_counter() - self._clock_start
            due = self._clock_base + int(elapsed * self._speed) - run.step
            if due > 0:
                run.advance(min(due, MAX_CATCH_UP))
                self._emit_new(per_update=True)
            wait = (run.step + 1 - self._clock_base) / self._speed - elapsed
            delay = max(1, min(50, int(wait * 1000)))
        if run.finished:
            self.run_finished.emit(self._run_id, run.stop_reason or "")
        else:
            self._timer.start(delay)

    def _emit_new(self, per_update: bool) -> None:
        run = self._run
        if run is None or run.step == self._emitted:
            return
        rows = run.records.rows(self._emitted, run.step)
        if per_update:
            for j in range(rows.shape[1]):
                self.records_ready.emit(
                    RecordBlock(self._run_id, self._emitted + j, rows[:, j : j + 1])
                )
        else:
            self.records_ready.emit(RecordBlock(self._run_id, self._emitted, rows))
        self._emitted = run.step


class RunController(QtCore.QObject):
    """GUI-side owner of the worker thread; relays commands and events.

    Commands are numbered; ``acknowledged`` holds the number of the last one the
    worker has handled, so callers can wait for a command to take effect.
    """

    load_requested = QtCore.Signal(int, object, object)
    start_requested = QtCore.Signal(int)
    pause_requested = QtCore.Signal(int)
    step_requested = QtCore.Signal(int, int)
    learning_rate_requested = QtCore.Signal(int, float)
    speed_requested = QtCore.Signal(int, float)
    shutdown_requested = QtCore.Signal()

    def __init__(self, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_SECONDS))
        self.worker = RunWorker()
        self.worker_thread = QtCore.QThread()
        self.worker_thread.setObjectName("gd-desktop-run-worker")
        self.worker.moveToThread(self.worker_thread)
        # Runs in the worker thread as it ends, so its timer is stopped there.
        self.worker_thread.finished.connect(
            self.worker.shutdown, QtCore.Qt.ConnectionType.DirectConnection
        )
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self.load_requested.connect(self.worker.load, queued)
        self.start_requested.connect(self.worker.start, queued)
        self.pause_requested.connect(self.worker.pause, queued)
        self.step_requested.connect(self.worker.step, queued)
        self.learning_rate_requested.connect(self.worker.set_learning_rate, queued)
        self.speed_requested.connect(self.worker.set_speed, queued)
        self.shutdown_requested.connect(self.worker.shutdown, queued)
        self.worker.command_done.connect(self._acknowledge)
        self.sent = 0
        self.acknowledged = 0
        _threads.add(self.worker_thread)
        self.worker_thread.start()

    def _next(self) -> int:
        self.sent += 1
        return self.sent

    @QtCore.Slot(int)
    def _acknowledge(self, serial: int) -> None:
        self.acknowledged = serial

    @property
    def idle(self) -> bool:
        """True when the worker has handled every command sent."""
        return self.acknowledged == self.sent

    def load(self, config: ExperimentConfig, dataset: Dataset | None = None) -> int:
        serial = self._next()
        self.load_requested.emit(serial, config, dataset)
        return serial

    def start(self) -> int:
        serial = self._next()
        self.start_requested.emit(serial)
        return serial

    def pause(self) -> int:
        serial = self._next()
        self.pause_requested.emit(serial)
        return serial

    def step(self, count: int = 1) -> int:
        serial = self._next()
        self.step_requested.emit(serial, count)
        return serial

    def set_learning_rate(self, learning_rate: float) -> int:
        serial = self._next()
        self.learning_rate_requested.emit(serial, learning_rate)
        return serial

    def set_speed(self, updates_per_second: float) -> int:
        serial = self._next()
        self.speed_requested.emit(serial, updates_per_second)
        return serial

    def shutdown(self) -> bool:
        """Stop the worker and its thread within a bounded wait; True if it stopped."""
        if not self.worker_thread.isRunning():
            return True
        self.shutdown_requested.emit()
        self.worker_thread.quit()
        stopped = self.worker_thread.wait(STOP_WAIT_MS)
        return bool(stopped)


def is_divergence(reason: str) -> bool:
    return reason == STOP_DIVERGED
