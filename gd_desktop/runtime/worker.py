"""The run worker: a QObject in its own thread that drives a race of one to six runs.

The GUI sends commands as queued signals, so nothing needs a lock. What the worker
emits are immutable snapshots: a ``LoadedRace`` (each run's unchanging facts) on
load, and ``RecordBlock``s (records plus the run's frozen ``RunStatus``), never a
run that is still moving. Every record of every run reaches the GUI exactly once
and in order through ``records_ready``: one signal per run and update at a finite
speed, and per run the records made since the last signal in one block at
unlimited speed.
"""

from __future__ import annotations

import math
import sys
import time
from collections.abc import Sequence

from PySide6 import QtCore

from gd_desktop.core.config import ConfigError
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.family_insight import insight_of
from gd_desktop.core.problems import Problem, ProblemError, problem
from gd_desktop.core.race import RaceEntry
from gd_desktop.runtime.engine import ENGINE_FAILED, EngineError, EngineProcess, RemoteRace
from gd_desktop.runtime.local_race import LocalRace
from gd_desktop.runtime.progress import LaneSlice
from gd_desktop.runtime.threads import (
    GIL_SWITCH_SECONDS,
    STOP_WAIT_MS,
    live_engines,
    live_threads,
    track_engine,
)
from gd_desktop.session.snapshots import LoadedRace, RecordBlock, RunFacts

__all__ = [
    "GIL_SWITCH_SECONDS",
    "STOP_WAIT_MS",
    "LOAD_ERROR",
    "RecordBlock",
    "RunWorker",
    "live_engines",
    "live_threads",
]

UNLIMITED = math.inf
# At unlimited speed: compute for this long, then let the GUI thread have the GIL.
SLICE_SECONDS = 0.006
PAUSE_BETWEEN_SLICES_MS = 2
# At a finite speed, the most updates one timer tick may catch up on.
MAX_CATCH_UP = 2000
# The code of a load that failed for a reason other than the config (params: detail).
LOAD_ERROR = "load_error"


class RunWorker(QtCore.QObject):
    """Drives a race on a timer in its own thread and hands out snapshots of it.

    The race is computed in an engine process when one can be started (the
    default), else in this thread; ``use_process`` chooses.
    """

    run_loaded = QtCore.Signal(object)  # LoadedRace
    records_ready = QtCore.Signal(object)  # RecordBlock
    run_started = QtCore.Signal(int)  # run id
    run_paused = QtCore.Signal(int, int)  # run id, updates done
    run_finished = QtCore.Signal(int, str)  # run id, stop reason
    load_failed = QtCore.Signal(object)  # list[Problem]
    engine_failed = QtCore.Signal(object)  # Problem: the engine stopped; the race is gone
    command_done = QtCore.Signal(int)  # serial of the command just handled

    def __init__(self, use_process: bool = True) -> None:
        super().__init__()
        self._use_process = use_process
        self._engine: EngineProcess | None = None
        # Why the engine process could not be started (then computing is done here).
        self.engine_problem: Problem | None = None
        self._race: RemoteRace | LocalRace | None = None
        self._run_id = 0
        self._speed = UNLIMITED
        self._stop_sent: list[bool] = []
        self._clock_start = 0.0
        self._clock_base = 0
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)

    @property
    def engine(self) -> EngineProcess | None:
        """The engine process in use, if any (None before the first load, or when
        computing in this thread)."""
        return self._engine

    def kill_engine(self) -> None:
        """Stop the engine process at once, from any thread: a request the worker
        is waiting on then fails, so the worker's thread can end."""
        engine = self._engine
        if engine is not None:
            engine.kill()

    # -- commands (queued slots) ---------------------------------------------------
    @QtCore.Slot(int, object, object)
    def load(self, serial: int, entries: Sequence[RaceEntry], dataset: Dataset | None) -> None:
        """Build a new race (and optionally on a dataset); idle and at update 0."""
        self._timer.stop()
        try:
            engine = self._engine_process()
            race = RemoteRace(engine, entries, dataset) if engine else LocalRace(entries, dataset)
        except (ConfigError, ProblemError) as exc:
            self.load_failed.emit(list(exc.problems))
        except (ValueError, MemoryError) as exc:
            self.load_failed.emit([problem(LOAD_ERROR, detail=str(exc))])
        except EngineError as exc:
            self._engine_failed(exc.problem)
        else:
            self._race = race
            self._run_id += 1
            self._stop_sent = [False] * len(race.runs)
            # The insight costs O(N) (a second least-squares fit): done here, not
            # in the GUI thread.
            insight = insight_of(race.runs[0])
            facts = tuple(
                RunFacts.of(run, entry) for run, entry in zip(race.runs, race.entries, strict=True)
            )
            self.run_loaded.emit(LoadedRace(self._run_id, facts, insight))
        self.command_done.emit(serial)

    @QtCore.Slot(int)
    def start(self, serial: int) -> None:
        race = self._race
        if race is not None and not race.progress.finished and not self._timer.isActive():
            self._restart_clock()
            self.run_started.emit(self._run_id)
            self._timer.start(0)
        self.command_done.emit(serial)

    @QtCore.Slot(int)
    def pause(self, serial: int) -> None:
        race = self._race
        if self._timer.isActive() and race is not None:
            self._timer.stop()
            # The slice asked ahead is done by now or soon: its records count.
            try:
                race.settle()
            except EngineError as exc:
                self._engine_failed(exc.problem)
            except (ValueError, MemoryError) as exc:
                self._engine_failed(problem(ENGINE_FAILED, detail=str(exc)))
            else:
                self._emit_new(per_update=False)
                self._report_stop()
        self.command_done.emit(serial)

    @QtCore.Slot(int, int)
    def step(self, serial: int, count: int) -> None:
        """Do ``count`` lockstep updates now (0 means: to the end of the current epoch)."""
        race = self._race
        if race is not None and not race.progress.finished and not self._timer.isActive():
            todo = count if count > 0 else race.progress.updates_to_epoch_end()
            if self._advance(todo):
                self._emit_new(per_update=count == 1)
                self._report_stop()
        self.command_done.emit(serial)

    @QtCore.Slot(int, int, float)
    def set_learning_rate(self, serial: int, lane: int, learning_rate: float) -> None:
        race = self._race
        if race is not None and 0 <= lane < len(race.runs):
            try:
                race.set_learning_rate(lane, learning_rate)
            except ConfigError as exc:
                self.load_failed.emit(list(exc.problems))
            except EngineError as exc:
                self._engine_failed(exc.problem)
        self.command_done.emit(serial)

    @QtCore.Slot(int, float)
    def set_speed(self, serial: int, updates_per_second: float) -> None:
        self._speed = updates_per_second
        self._restart_clock()
        self.command_done.emit(serial)

    @QtCore.Slot()
    def check_engine(self) -> None:
        """The watchdog ended the engine: report it now, even when nothing waits on it
        (a request that was waiting has reported it already)."""
        engine = self._engine
        if engine is not None and engine.ended is not None:
            self._engine_failed(engine.ended)

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
        if self._engine is not None and self._engine.ended is not None:
            self._engine.close()  # ended by the watchdog: a new one takes over
            self._engine = None
        if self._engine is None or not self._engine.alive:
            try:
                self._engine = EngineProcess()
            except (OSError, RuntimeError) as exc:
                # No process could be started (a limit, or a main module that cannot
                # be imported again without running): compute here instead.
                self._use_process = False
                self.engine_problem = problem("engine_unavailable", detail=str(exc))
                print(f"gd-desktop: computing in the window's process: {exc}", file=sys.stderr)
                return None
            track_engine(self._engine)
        return self._engine

    def _engine_failed(self, why: Problem) -> None:
        """The engine process died or failed: say so; a new load starts a new one."""
        self._timer.stop()
        self._race = None
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self.engine_failed.emit(why)

    def _advance(self, count: int, deadline: float | None = None, ahead: bool = False) -> bool:
        """Advance the race; False (and reported) if the engine process failed.

        ``ahead``: at full speed, the engine process computes the next slice while
        this one is handed to the window.
        """
        race = self._race
        assert race is not None
        try:
            race.advance(count, deadline, ahead=ahead)
        except EngineError as exc:
            self._engine_failed(exc.problem)
            return False
        except (ValueError, MemoryError) as exc:  # the child could not go on
            self._engine_failed(problem(ENGINE_FAILED, detail=str(exc)))
            return False
        return True

    # -- the clock -------------------------------------------------------------------
    def _restart_clock(self) -> None:
        self._clock_start = time.perf_counter()
        self._clock_base = self._race.progress.step if self._race is not None else 0

    def _tick(self) -> None:
        race = self._race
        if race is None:
            return
        progress = race.progress
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
            due = self._clock_base + int(elapsed * self._speed) - progress.step
            if due > 0:
                if not self._advance(min(due, MAX_CATCH_UP)):
                    return
                self._emit_new(per_update=True)
            wait = (progress.step + 1 - self._clock_base) / self._speed - elapsed
            delay = max(1, min(50, int(wait * 1000)))
        if progress.finished:
            self.run_finished.emit(self._run_id, self._finish_reason())
        else:
            self._timer.start(delay)

    def _report_stop(self) -> None:
        """After a pause or a step: finished, or paused at the current update."""
        assert self._race is not None
        progress = self._race.progress
        if progress.finished:
            self.run_finished.emit(self._run_id, self._finish_reason())
        else:
            self.run_paused.emit(self._run_id, progress.step)

    def _finish_reason(self) -> str:
        """The first run's stop reason (the race ends when every run has stopped)."""
        assert self._race is not None
        return self._race.progress.statuses[0].stop_reason or ""

    def _emit_new(self, per_update: bool) -> None:
        """Hand the records gathered since the last call to the GUI, as blocks."""
        race = self._race
        if race is None:
            return
        pending: list[tuple[int, LaneSlice]] = []
        for lane, piece in enumerate(race.progress.take()):
            stopped = piece.status.stop_reason is not None
            if piece.rows.shape[1] or (stopped and not self._stop_sent[lane]):
                pending.append((lane, piece))
                self._stop_sent[lane] = stopped
        if not per_update:
            for lane, piece in pending:
                self._emit_block(lane, piece, 0, piece.rows.shape[1])
            return
        # Update by update, every run's record of an update before the next update.
        longest = max((piece.rows.shape[1] for _, piece in pending), default=0)
        for j in range(max(longest, 1)):
            for lane, piece in pending:
                k = piece.rows.shape[1]
                if j < k or (j == 0 and k == 0):
                    self._emit_block(lane, piece, j, min(j + 1, k))

    def _emit_block(self, lane: int, piece: LaneSlice, first: int, stop: int) -> None:
        """Records [first, stop) of ``piece``; the last block of a piece carries the
        run's status (and its stop reason, once it has stopped)."""
        last = stop >= piece.rows.shape[1]
        status = piece.status if last else None
        self.records_ready.emit(
            RecordBlock(
                self._run_id,
                piece.start + first,
                piece.rows[:, first:stop],
                lane,
                piece.status.stop_reason if last else None,
                status,
            )
        )
