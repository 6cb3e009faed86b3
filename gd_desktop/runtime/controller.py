"""The GUI-side owner of the run worker's thread: it numbers and relays commands.

Commands go to the worker as queued signals; the worker's signals (snapshots of
the race, see ``worker``) are connected to by whoever draws them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6 import QtCore

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.race import PALETTE, RaceEntry
from gd_desktop.runtime.threads import GIL_SWITCH_SECONDS, STOP_WAIT_MS, track_thread
from gd_desktop.runtime.watchdog import EngineWatchdog
from gd_desktop.runtime.worker import RunWorker


def single(config: ExperimentConfig) -> list[RaceEntry]:
    """A race of one run."""
    return [RaceEntry(config, "Run 1", PALETTE[0])]


class RunController(QtCore.QObject):
    """GUI-side owner of the worker thread; relays commands and events.

    Commands are numbered; ``acknowledged`` holds the number of the last one the
    worker has handled, so callers can wait for a command to take effect.
    """

    load_requested = QtCore.Signal(int, object, object)
    start_requested = QtCore.Signal(int)
    pause_requested = QtCore.Signal(int)
    step_requested = QtCore.Signal(int, int)
    learning_rate_requested = QtCore.Signal(int, int, float)
    speed_requested = QtCore.Signal(int, float)
    shutdown_requested = QtCore.Signal()

    def __init__(self, parent: QtCore.QObject | None = None, use_process: bool = True):
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_SECONDS))
        self.worker = RunWorker(use_process)
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
        # In this (the GUI) thread: the worker's may be waiting on the stuck engine.
        self.watchdog = EngineWatchdog(self.worker, self)
        self.watchdog.stuck.connect(self.worker.check_engine, queued)
        self.sent = 0
        self.acknowledged = 0
        track_thread(self.worker_thread)
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

    def load(
        self,
        race: ExperimentConfig | Sequence[RaceEntry],
        dataset: Dataset | None = None,
    ) -> int:
        """Load a race (a config alone is a race of one)."""
        entries = single(race) if isinstance(race, ExperimentConfig) else list(race)
        serial = self._next()
        self.load_requested.emit(serial, entries, dataset)
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

    def set_learning_rate(self, learning_rate: float, lane: int = 0) -> int:
        serial = self._next()
        self.learning_rate_requested.emit(serial, lane, learning_rate)
        return serial

    def set_speed(self, updates_per_second: float) -> int:
        serial = self._next()
        self.speed_requested.emit(serial, updates_per_second)
        return serial

    def shutdown(self) -> bool:
        """Stop the worker and its thread within a bounded wait; True if it stopped."""
        self.watchdog.stop()
        if not self.worker_thread.isRunning():
            return True
        self.shutdown_requested.emit()
        self.worker_thread.quit()
        stopped = self.worker_thread.wait(STOP_WAIT_MS)
        if not stopped and self.worker.engine is not None:
            # The worker waits on the engine (a long load): stop the engine, so it ends.
            self.worker.kill_engine()
            stopped = self.worker_thread.wait(STOP_WAIT_MS)
        return bool(stopped)
