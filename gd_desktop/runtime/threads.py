"""Every worker thread and engine process the app starts, so that none outlives it.

Whoever starts a thread or an engine process registers it here; tests (and the
app on closing) check that nothing is left running. While a registered thread
may run, garbage is collected in the GUI thread only (``collector``).
"""

from __future__ import annotations

import weakref

from PySide6 import QtCore

from gd_desktop.runtime.collector import collect_in_gui_thread
from gd_desktop.runtime.engine import EngineProcess

# The GUI thread waits at most this long for the GIL while a worker computes
# (Python's default is 5 ms, long enough to stall a repaint many times over).
GIL_SWITCH_SECONDS = 0.0005
# The bounded wait for a worker thread to stop.
STOP_WAIT_MS = 3000


_threads: weakref.WeakSet[QtCore.QThread] = weakref.WeakSet()
_engines: weakref.WeakSet[EngineProcess] = weakref.WeakSet()


def track_thread(thread: QtCore.QThread) -> None:
    """Count ``thread`` among the app's worker threads (held weakly), before it starts.

    From then until every such thread has finished, Python's cyclic garbage
    collector runs only in the GUI thread (the caller's).
    """
    _threads.add(thread)
    collect_in_gui_thread(threads_may_run)


def threads_may_run() -> bool:
    """True while a registered worker thread runs or has yet to start."""
    for thread in list(_threads):
        try:
            if not thread.isFinished():
                return True
        except RuntimeError:  # its Qt object is gone
            continue
    return False


def track_engine(engine: EngineProcess) -> None:
    """Count ``engine`` among the app's engine processes (held weakly)."""
    _engines.add(engine)


def live_threads() -> list[QtCore.QThread]:
    """Worker threads still running (tests check that none is left behind)."""
    return [t for t in _threads if t.isRunning()]


def live_engines() -> list[EngineProcess]:
    """Engine processes still running (tests check that none is left behind)."""
    return [e for e in _engines if e.alive]
