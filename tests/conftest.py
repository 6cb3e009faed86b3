"""Session-wide Qt setup and checks shared by every test.

Qt is configured in ``pytest_configure`` because some settings only take effect
before the QApplication exists, and pytest-qt creates it lazily on first use.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from collections.abc import Iterator

import pytest

_settings_dir: str | None = None


def pytest_configure(config: pytest.Config) -> None:
    """Apply the app's own Qt set-up (``configure_qt``) and isolate QSettings.

    Core and session tests need no Qt: without PySide6 this does nothing.
    """
    global _settings_dir
    if importlib.util.find_spec("PySide6") is None:
        return
    from PySide6 import QtCore

    from gd_desktop.app import configure_qt

    configure_qt()
    # Tests never read or write the user's real settings.
    _settings_dir = tempfile.mkdtemp(prefix="gd-desktop-test-settings-")
    settings = QtCore.QSettings
    for fmt in (settings.Format.IniFormat, settings.Format.NativeFormat):
        for scope in (settings.Scope.UserScope, settings.Scope.SystemScope):
            settings.setPath(fmt, scope, _settings_dir)
    settings.setDefaultFormat(settings.Format.IniFormat)


def pytest_unconfigure(config: pytest.Config) -> None:
    if _settings_dir is not None:
        shutil.rmtree(_settings_dir, ignore_errors=True)


@pytest.fixture(autouse=True)
def no_running_qthreads() -> Iterator[None]:
    """Fail a test that leaves a QThread it started still running.

    Uses ``gd_desktop.runtime.threads.live_threads()``. The module is looked up in
    ``sys.modules`` rather than imported: if no test code imported it, it
    cannot have started a thread, and core-only tests stay free of Qt imports.
    """
    before = _live_threads()
    yield
    leaked = [t for t in _live_threads() if not any(t is b for b in before)]
    if not leaked:
        return
    # Stop them (bounded) so a QThread destroyed while running cannot abort
    # the rest of the session, then report the leak.
    for thread in leaked:
        thread.quit()
        thread.wait(5000)
    names = ", ".join(thread.objectName() or repr(thread) for thread in leaked)
    pytest.fail(f"test left {len(leaked)} QThread(s) running: {names}", pytrace=False)


def _live_threads() -> list:
    worker = sys.modules.get("gd_desktop.runtime.threads")
    if worker is None or not hasattr(worker, "live_threads"):
        return []
    return list(worker.live_threads())
