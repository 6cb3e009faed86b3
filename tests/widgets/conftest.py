"""Fixtures for driving the real main window (real worker thread, real GL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6 import QtCore

from gd_desktop.runtime.worker import live_engines, live_threads
from gd_desktop.widgets.main_window import SETTINGS_GROUP, MainWindow

from .helpers import RecordSpy


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    """A shown main window with its first run loaded; closed (thread stopped) afterwards."""
    settings = QtCore.QSettings()
    settings.remove(SETTINGS_GROUP)  # each test starts from the defaults
    settings.sync()
    w = MainWindow()
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.state == "ready", timeout=10000)
        yield w
    finally:
        w.close()
        assert not w.controller.worker_thread.isRunning()
        assert live_threads() == []
        assert live_engines() == []


@pytest.fixture
def spy(window: MainWindow) -> RecordSpy:
    record_spy = RecordSpy()
    window.controller.worker.records_ready.connect(record_spy.on_records)
    return record_spy
