"""The run worker (a QObject in a QThread) and the GUI-side controller that owns it.

The worker owns a ``Race`` of one to six runs (one run is a race of one); the GUI
sends commands as queued signals, so the runs' state needs no locks. Every record
of every run reaches the GUI exactly once and in order through ``records_ready``:
one signal per run and update at a finite speed, and per run the records made
since the last signal in one block at unlimited speed.
"""

from __future__ import annotations

import math
import sys
import time
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6 import QtCore

from gd_desktop.core.config import ConfigError, ExperimentConfig
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.insight import RunInsight
from gd_desktop.core.race import PALETTE, Race, RaceEntry
from gd_desktop.core.run import STOP_DIVERGED, Run
from gd_desktop.runtime.engine import EngineError, EngineProcess, RemoteRace

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
_engines: weakref.WeakSet[EngineProcess] = weakref.WeakSet()


def live_threads() -> list[QtCore.QThread]:
    """Worker threads still running (tests check that none is left behind)."""
    return [t for t in _threads if t.isRunning()]


def live_engines() -> list[EngineProcess]:
    """Engine processes still running (tests check that none is left behind)."""
    return [e for e in _engines if e.alive]


@dataclass(frozen=True, eq=False)
class RecordBlock:
    """Consecutive records of one run: rows[:, j] is record ``start + j`` (0-based).

    ``lane`` is the run's place in the race; ``stop_reason`` is set on the block
    after which that run makes no more records (the block may then be empty).
    """

    run_id: int
    start: int
    rows: np.ndarray
    lane: int = 0
    stop_reason: str | None = None

    @property
    def stop(self) -> int:
        return self.start + int(self.rows.shape[1])


@dataclass(frozen=True, eq=False)
class RunInfo:
    """What the views need to draw a freshly loaded run (read-only in the GUI)."""

    run_id: int
    race: Race | RemoteRace
    insight: RunInsight

    @property
    def runs(self) -> list[Run]:
        return self.race.runs

    @property
    def entries(self) -> list[RaceEntry]:
        return self.race.entries

    @property
    def run(self) -> Run:
        """The first run (the only one outside a race)."""
        return self.race.runs[0]

    @property
    def config(self) -> ExperimentConfig:
        return self.run.config


def single(config: ExperimentConfig) -> list[RaceEntry]:
    """A race of one run."""
    return [RaceEntry(config, "Run 1", PALETTE[0])]


class RunWorker(QtCore.QObject):
    """Owns a race and advances it on a timer in its own thread.

    The race is computed in an engine process when one can be started (the
    default), else in this thread; ``use_process`` chooses.
    """

    run_loaded = QtCore.Signal(object)  # RunInfo
    records_ready = QtCore.Signal(object)  # RecordBlock
    run_started = QtCore.Signal(int)  # run id
    run_paused = QtCore.Signal(int, int)  # run id, updates done
    run_finished = QtCore.Signal(int, str)  # run id, stop reason
    load_failed = QtCore.Signal(str)
    engine_failed = QtCore.Signal(str)  # the engine process stopped; the race is gone
    command_done = QtCore.Signal(int)  # serial of the command just handled

    def __init__(self, use_process: bool = True) -> None:
        super().__init__()
        self._use_process = use_process
        self._engine: EngineProcess | None = None
        self.engine_problem: str | None = None
        self._race: Race | RemoteRace | None = None
        self._run_id = 0
        self._speed = UNLIMITED
        self._emitted: list[int] = []
        self._stop_sent: list[bool] = []
        self._clock_start = 0.0
        self._clock_base = 0
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    # -- commands (queued slots) ---------------------------------------------------
    @QtCore.Slot(int, object, object)
    def load(self, serial: int, entries: Sequence[RaceEntry], dataset: Dataset | None) -> None:
        """Build a new race (and optionally on a dataset); idle and at update 0."""
        self._timer.stop()
        try:
            engine = self._engine_process()
            race = RemoteRace(engine, entries, dataset) if engine else Race(entries, dataset)
        except (ConfigError, ValueError, MemoryError) as exc:
            self.load_failed.emit(str(exc))
        except EngineError as exc:
            self._engine_failed(exc)
        else:
            self._race = race
            self._run_id += 1
            self._emitted = [0] * len(race.runs)
            self._stop_sent = [False] * len(race.runs)
            # The insight costs O(N) (a second least-squares fit): done here, not
            # in the GUI thread.
            insight = RunInsight.from_run(race.runs[0])
            self.run_loaded.emit(RunInfo(self._run_id, race, insight))
        self.command_done.emit(serial)

    @QtCore.Slot(int)
    def start(self, serial: int) -> None:
        race = self._race
        if race is not None and not race.finished and not self._timer.isActive():
            self._restart_clock()
            self.run_started.emit(self._run_id)
            self._timer.start(0)
        self.command_done.emit(serial)

    @QtCore.Slot(int)
    def pause(self, serial: int) -> None:
        race = self._race
        if self._timer.isActive() and race is not None:
            self._timer.stop()
            if isinstance(race, RemoteRace):
                # The slice asked ahead is done by now or soon: its records count.
                try:
                    race.settle()
                except (EngineError, ValueError, MemoryError) as exc:
                    self._engine_failed(EngineError(str(exc)))
                    self.command_done.emit(serial)
                    return
                self._emit_new(per_update=False)
            if race.finished:
                self.run_finished.emit(self._run_id, self._finish_reason())
            else:
                self.run_paused.emit(self._run_id, race.step)
        self.command_done.emit(serial)

    @QtCore.Slot(int, int)
    def step(self, serial: int, count: int) -> None:
        """Do ``count`` lockstep updates now (0 means: to the end of the current epoch)."""
        race = self._race
        if race is not None and not race.finished and not self._timer.isActive():
            if not self._advance(count if count > 0 else race.updates_to_epoch_end()):
                self.command_done.emit(serial)
                return
            self._emit_new(per_update=count == 1)
            if race.finished:
                self.run_finished.emit(self._run_id, self._finish_reason())
            else:
                self.run_paused.emit(self._run_id, race.step)
        self.command_done.emit(serial)

    @QtCore.Slot(int, int, float)
    def set_learning_rate(self, serial: int, lane: int, learning_rate: float) -> None:
        race = self._race
        if race is not None and 0 <= lane < len(race.runs):
            try:
                race.set_learning_rate(lane, learning_rate)
            except ConfigError as exc:
                self.load_failed.emit(str(exc))
            except EngineError as exc:
                self._engine_failed(exc)
        self.command_done.emit(serial)

    @QtCore.Slot(int, float)
    def set_speed(self, serial: int, updates_per_second: float) -> None:
        self._speed = updates_per_second
        self._restart_clock()
        self.command_done.emit(serial)

    @QtCore.Slot()
    def shutdown(self) -> None:
        """Stop advancing and the engine process; the thread can then quit."""
        self._timer.stop()
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    # -- the engine process --------------------------------------------------------------
    def _engine_process(self) -> EngineProcess | None:
        """The engine process, started on first use; None to compute in this thread."""
        if not self._use_process:
            return None
        if self._engine is None or not self._engine.alive:
            try:
                self._engine = EngineProcess()
            except (OSError, RuntimeError) as exc:
                # No process could be started (a limit, or a main module that cannot
                # be imported again without running): compute here instead.
                self._use_process = False
                self.engine_problem = str(exc)
                print(f"gd-desktop: computing in the window's process: {exc}", file=sys.stderr)
                return None
            _engines.add(self._engine)
        return self._engine

    def _engine_failed(self, exc: Exception) -> None:
        """The engine process died or failed: say so; Reset starts a new one."""
        self._timer.stop()
        self._race = None
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self.engine_failed.emit(f"{exc}; press Reset to start again")

    def _advance(self, count: int, deadline: float | None = None, ahead: bool = False) -> bool:
        """Advance the race; False (and reported) if the engine process failed.

        ``ahead``: at full speed, the engine process computes the next slice while
        this one is handed to the window.
        """
        race = self._race
        assert race is not None
        try:
            if isinstance(race, RemoteRace):
                race.advance(count, deadline, ahead=ahead)
            else:
                race.advance(count, deadline)
        except EngineError as exc:
            self._engine_failed(exc)
            return False
        except (ValueError, MemoryError) as exc:  # the child could not go on
            self._engine_failed(EngineError(f"the engine process failed ({exc})"))
            return False
        return True

    # -- the clock -------------------------------------------------------------------
    def _restart_clock(self) -> None:
        self._clock_start = time.perf_counter()
        self._clock_base = self._race.step if self._race is not None else 0

    def _tick(self) -> None:
        race = self._race
        if race is None:
            return
        if math.isinf(self._speed):
            deadline = time.perf_counter() + SLICE_SECONDS
            if not self._advance(1 << 30, deadline, ahead=True):
                return
            self._emit_new(per_update=False)
            # A pause between slices: computing in this thread, it lets the window have
            # Python's lock; with the engine process (which is computing the next
            # slice meanwhile), it leaves the window a share of the CPU to draw with.
            delay = PAUSE_BETWEEN_SLICES_MS
        else:
            elapsed = time.perf_counter() - self._clock_start
            due = self._clock_base + int(elapsed * self._speed) - race.step
            if due > 0:
                if not self._advance(min(due, MAX_CATCH_UP)):
                    return
                self._emit_new(per_update=True)
            wait = (race.step + 1 - self._clock_base) / self._speed - elapsed
            delay = max(1, min(50, int(wait * 1000)))
        if race.finished:
            self.run_finished.emit(self._run_id, self._finish_reason())
        else:
            self._timer.start(delay)

    def _finish_reason(self) -> str:
        """The first run's stop reason (the race ends when every run has stopped)."""
        assert self._race is not None
        return self._race.runs[0].stop_reason or ""

    def _emit_new(self, per_update: bool) -> None:
        race = self._race
        if race is None:
            return
        pending = []
        for lane, run in enumerate(race.runs):
            done = self._emitted[lane]
            ending = run.finished and not self._stop_sent[lane]
            if run.step > done or ending:
                pending.append((lane, done, run.records.rows(done, run.step), run.stop_reason))
                self._emitted[lane] = run.step
                self._stop_sent[lane] = run.finished
        if per_update:
            # Update by update, every run's record of an update before the next update.
            longest = max((rows.shape[1] for _, _, rows, _ in pending), default=0)
            for j in range(max(longest, 1)):
                for lane, done, rows, reason in pending:
                    k = rows.shape[1]
                    if j < k or (j == 0 and k == 0):
                        last = j >= k - 1
                        self.records_ready.emit(
                            RecordBlock(
                                self._run_id,
                                done + j,
                                rows[:, j : j + 1],
                                lane,
                                reason if last else None,
                            )
                        )
        else:
            for lane, done, rows, reason in pending:
                self.records_ready.emit(RecordBlock(self._run_id, done, rows, lane, reason))


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
        if not self.worker_thread.isRunning():
            return True
        self.shutdown_requested.emit()
        self.worker_thread.quit()
        stopped = self.worker_thread.wait(STOP_WAIT_MS)
        engine = self.worker._engine
        if not stopped and engine is not None:
            # The worker waits on the engine (a long load): stop the engine, so it ends.
            engine.kill()
            stopped = self.worker_thread.wait(STOP_WAIT_MS)
        return bool(stopped)


def is_divergence(reason: str) -> bool:
    return reason == STOP_DIVERGED
