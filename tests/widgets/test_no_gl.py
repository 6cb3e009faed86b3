"""Without OpenGL the app works with a placeholder; without a display it says so and exits 1.

These run in fresh processes: the platform is chosen when the QApplication starts.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from gd_desktop import platform_check

# Builds the window on the offscreen platform (no OpenGL there) with Python
# warnings as errors and every Qt warning counted, runs blog-batch to the end
# through the actions, and exits 0 only if everything held.
NO_GL_SCRIPT = textwrap.dedent(
    """
    import math, sys
    from gd_desktop.app import configure_qt
    configure_qt()
    from PySide6 import QtCore, QtWidgets
    from PySide6.QtTest import QTest

    # Qt's offscreen plugin logs this for ANY shown top-level widget with a layout
    # (a bare QWidget + QVBoxLayout + QPushButton does it too): platform noise,
    # not the app. Every other warning counts.
    PLATFORM_NOISE = {"This plugin does not support propagateSizeHints()"}
    qt_messages = []

    def handler(kind, context, message):
        if kind in (QtCore.QtMsgType.QtDebugMsg, QtCore.QtMsgType.QtInfoMsg):
            return
        if message not in PLATFORM_NOISE:
            qt_messages.append(f"{kind.name}: {message}")

    QtCore.qInstallMessageHandler(handler)
    app = QtWidgets.QApplication([])
    assert app.platformName() == "offscreen", app.platformName()

    from gd_desktop.core import Run, preset
    from gd_desktop.widgets import names
    from gd_desktop.widgets.main_window import MainWindow

    def wait_for(condition, what, timeout=20.0):
        deadline = QtCore.QDeadlineTimer(int(timeout * 1000))
        while not condition():
            if deadline.hasExpired():
                raise SystemExit(f"timed out waiting for {what}")
            QTest.qWait(10)

    window = MainWindow()
    window.show()
    try:
        view = window.findChild(QtWidgets.QWidget, names.SURFACE_VIEW)
        assert type(view).__name__ == "SurfacePlaceholder", type(view)
        assert isinstance(view, QtWidgets.QLabel)
        assert "unavailable" in view.text() and "OpenGL" in view.text(), view.text()
        assert view.accessibleName()
        wait_for(lambda: window.state == "ready", "the first run")
        assert window.info.config == preset("blog-batch")
        window.panel.speed_input.setValue(window.panel.speed_input.maximum())
        window.actions_.run.trigger()
        wait_for(lambda: window.state == "finished", "the run to finish")
        wait_for(lambda: window.controller.idle, "the worker")
        window.draw_frame()
        reference = Run(preset("blog-batch"))
        reference.run_to_end()
        weights = (float(window.last_row[2]), float(window.last_row[3]))
        assert weights == reference.weights, (weights, reference.weights)
        assert window.received == 500 and window.order_errors == 0
        shown = window.findChild(QtWidgets.QLabel, names.READOUT_W0).text()
        assert abs(float(shown) - reference.weights[0]) <= 1e-6 * abs(reference.weights[0])
        assert len(view.path[0]) == 501  # the placeholder still got the path
        # A race, then the language switched both ways: the placeholder is renamed too.
        from gd_desktop.widgets.language import set_language
        window.load_ready_race("optimizers")
        wait_for(lambda: window.state == "ready" and len(window.lanes) == 3, "the race")
        for language in ("ko", "en"):
            set_language(language)
            QTest.qWait(50)
            assert len(view.lanes) == 3, view.lanes
    finally:
        window.close()
    assert not window.controller.worker_thread.isRunning()
    if qt_messages:
        print("\\n".join(qt_messages), file=sys.stderr)
        sys.exit(3)
    print("no-gl ok")
    """
)


def clean_env(tmp_path, **changes: str | None) -> dict[str, str]:
    """The current environment with settings kept in ``tmp_path`` and ``changes`` applied."""
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["HOME"] = str(tmp_path)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def test_without_opengl_the_window_works_with_a_placeholder(tmp_path) -> None:
    env = clean_env(tmp_path, QT_QPA_PLATFORM="offscreen", DISPLAY=None, WAYLAND_DISPLAY=None)
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", NO_GL_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    assert "no-gl ok" in result.stdout
    assert result.stderr == ""


def test_without_a_display_one_line_and_exit_1(tmp_path) -> None:
    env = clean_env(tmp_path, DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    result = subprocess.run(
        [sys.executable, "-m", "gd_desktop"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "DISPLAY" in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_missing_qt_libraries_name_the_apt_package(monkeypatch) -> None:
    monkeypatch.setattr(platform_check, "missing_libraries", lambda: ["libxcb-cursor.so.0"])
    problem = platform_check.display_problem({"DISPLAY": ":99"})
    assert problem is not None
    assert "libxcb-cursor.so.0" in problem
    assert "apt-get install" in problem and "libxcb-cursor0" in problem
    assert "\n" not in problem


@pytest.mark.parametrize(
    "environ",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"QT_QPA_PLATFORM": "wayland"},
    ],
)
def test_platforms_without_x11_are_not_blocked(environ, monkeypatch) -> None:
    monkeypatch.setattr(platform_check, "missing_libraries", lambda: ["libxcb-cursor.so.0"])
    assert platform_check.display_problem(environ) is None


def test_no_display_message_names_display() -> None:
    problem = platform_check.display_problem({})
    assert problem is not None and "DISPLAY" in problem and "\n" not in problem
