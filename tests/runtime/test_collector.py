"""Garbage is collected in the GUI thread only while a worker thread runs.

A collection in a worker thread can destroy Qt objects there and deadlock with
the GUI thread (Qt's locks against Python's); these tests watch where every
collection runs.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6 import QtCore

from gd_desktop.runtime.collector import collect_in_gui_thread
from gd_desktop.runtime.controller import RunController
from gd_desktop.runtime.threads import threads_may_run, track_thread

# Far more new containers than generation 0's threshold, many times over.
CYCLES = 200_000


class Churn(QtCore.QThread):
    """Makes reference cycles in its own thread, as a computing worker does."""

    def run(self) -> None:
        for _ in range(CYCLES):
            cycle: list[object] = []
            cycle.append(cycle)


@pytest.fixture
def collection_threads() -> Iterator[list[int]]:
    """The thread of every collection that starts while the test runs."""
    seen: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.get_ident())

    gc.callbacks.append(note)
    try:
        yield seen
    finally:
        gc.callbacks.remove(note)


def test_a_busy_worker_thread_never_collects(qtbot, collection_threads) -> None:
    churn = Churn()
    track_thread(churn)
    collector = collect_in_gui_thread(threads_may_run)
    before = collector.collections
    assert not gc.isenabled() and collector.active
    churn.start()
    qtbot.waitUntil(churn.isFinished, timeout=60000)
    churn.wait(5000)
    # The GUI thread's timer collects what the worker left.
    qtbot.waitUntil(lambda: collector.collections > before, timeout=20000)
    assert collection_threads, "no collection ran"
    assert set(collection_threads) == {threading.get_ident()}
    # No worker left: automatic collection is back.
    qtbot.waitUntil(gc.isenabled, timeout=20000)
    assert not collector.active


def test_the_run_worker_thread_hands_collection_to_the_gui_thread(qtbot) -> None:
    controller = RunController(use_process=False)
    try:
        assert not gc.isenabled()
    finally:
        assert controller.shutdown()
    qtbot.waitUntil(gc.isenabled, timeout=20000)
