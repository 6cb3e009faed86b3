"""Hands what the worker reports to the session, in the thread the session lives in.

The session is plain Python: connected straight to the worker's signals, its
methods would run in the worker's thread. This QObject lives in the GUI thread, so
Qt queues each report to it and the session only ever runs there.
"""

from __future__ import annotations

from PySide6 import QtCore

from gd_desktop.core.problems import Problem
from gd_desktop.runtime.worker import RunWorker
from gd_desktop.session.experiment import Session
from gd_desktop.session.snapshots import LoadedRace, RecordBlock


class SessionFeed(QtCore.QObject):
    """Receives the worker's signals (queued) and calls the session's ``on_*`` methods."""

    def __init__(self, worker: RunWorker, session: Session, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self.session = session
        worker.run_loaded.connect(self.loaded)
        worker.records_ready.connect(self.records)
        worker.run_started.connect(self.started)
        worker.run_paused.connect(self.paused)
        worker.run_finished.connect(self.finished)
        worker.load_failed.connect(self.load_failed)
        worker.engine_failed.connect(self.engine_failed)

    @QtCore.Slot(object)
    def loaded(self, loaded: LoadedRace) -> None:
        self.session.on_loaded(loaded)

    @QtCore.Slot(object)
    def records(self, block: RecordBlock) -> None:
        self.session.on_records(block)

    @QtCore.Slot(int)
    def started(self, run_id: int) -> None:
        self.session.on_started(run_id)

    @QtCore.Slot(int, int)
    def paused(self, run_id: int, step: int) -> None:
        self.session.on_paused(run_id, step)

    @QtCore.Slot(int, str)
    def finished(self, run_id: int, reason: str) -> None:
        self.session.on_finished(run_id, reason)

    @QtCore.Slot(object)
    def load_failed(self, problems: list[Problem]) -> None:
        self.session.on_load_failed(problems)

    @QtCore.Slot(object)
    def engine_failed(self, failure: Problem) -> None:
        self.session.on_engine_failed(failure)
