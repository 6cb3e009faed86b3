"""The engine process's watchdog: an engine that stops beating is ended and reported.

The child's beat thread counts up a shared number about every ``HEARTBEAT_S``
seconds, also while its main thread is busy with a long load or slice. Here, in
the GUI thread (which never waits on the engine), a timer looks at that number:
when it has not moved for ``STUCK_AFTER_S`` the child is stopped (SIGSTOP, a
debugger, a machine that froze it) and is killed with the problem ``engine_stuck``.
A request the worker is waiting on then fails with that problem, so the worker
reports it and drops the race; Reset starts a new engine.
"""

from __future__ import annotations

import time

from PySide6 import QtCore

from gd_desktop.core.problems import problem
from gd_desktop.runtime.engine import EngineProcess
from gd_desktop.runtime.worker import RunWorker

# No heartbeat for this long (seconds) marks the engine stuck (the beat is every 0.5 s).
STUCK_AFTER_S = 5.0
# The first beat may take longer: a spawned child imports the app again first,
# which is slow on a busy machine.
FIRST_BEAT_WITHIN_S = 30.0
# How often the heartbeat is looked at.
CHECK_EVERY_MS = 500
# The code of the problem an ended engine reports (params: seconds without a beat).
ENGINE_STUCK = "engine_stuck"


class EngineWatchdog(QtCore.QObject):
    """Looks at the worker's engine every CHECK_EVERY_MS and ends it when it is stuck."""

    stuck = QtCore.Signal()  # an engine was ended; the worker is to report it

    def __init__(self, worker: RunWorker, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._engine: EngineProcess | None = None
        self._beats = 0
        self._since = 0.0
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._engine = None

    @QtCore.Slot()
    def check(self) -> bool:
        """End the engine if its heartbeat has not moved for too long; True if it did."""
        engine = self._worker.engine
        now = time.monotonic()
        if engine is None or engine.ended is not None or engine.exited:
            # None to watch, or already ended; a child that exited is the worker's
            # to find (its pipe says so at once).
            self._engine = None
            return False
        beats = engine.beats
        if engine is not self._engine or beats != self._beats:
            self._engine, self._beats, self._since = engine, beats, now
            return False
        bound = STUCK_AFTER_S if beats else FIRST_BEAT_WITHIN_S
        if now - self._since < bound:
            return False
        engine.kill(problem(ENGINE_STUCK, seconds=bound))
        self._engine = None
        self.stuck.emit()
        return True
