"""Run and Step pressed while a run loads land once it is ready; Enter in a field
hands the keyboard back so Space runs."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gd_desktop.widgets.fields import NumberField

from .helpers import enter_text, set_speed, wait_idle


def focus_window(qtbot, w) -> None:
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=20000)


def test_a_step_pressed_while_loading_lands_once_the_run_is_ready(qtbot, window) -> None:
    w = window
    focus_window(qtbot, w)
    w.contour_view.setFocus()
    w.panel.lr_input.setValue(0.001)
    w.apply_panel()  # a new run: it loads
    assert w.state == "loading"
    assert w.actions_.step.isEnabled()
    qtbot.keyClick(w.contour_view, QtCore.Qt.Key.Key_Right)
    qtbot.keyClick(w.contour_view, QtCore.Qt.Key.Key_N)
    assert w.received == 0
    qtbot.waitUntil(lambda: w.received == 2 and w.state == "paused", timeout=30000)
    assert w.run is not None and w.run.learning_rate == 0.001


def test_run_pressed_while_loading_runs_once_ready(qtbot, window) -> None:
    w = window
    set_speed(qtbot, w, 10)
    w.reset()
    assert w.state == "loading"
    w.actions_.run.trigger()
    qtbot.waitUntil(lambda: w.state == "running", timeout=30000)
    w.actions_.run.trigger()
    qtbot.waitUntil(lambda: w.state == "paused", timeout=30000)
    wait_idle(qtbot, w)


def space_runs_then_pauses(qtbot, w) -> None:
    """Space starts the run (once its race is loaded), Space again pauses it."""
    focused = QtWidgets.QApplication.focusWidget()
    qtbot.keyClick(focused, QtCore.Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.state == "running", timeout=30000)
    qtbot.keyClick(QtWidgets.QApplication.focusWidget(), QtCore.Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.state == "paused", timeout=30000)
    wait_idle(qtbot, w)


def test_space_runs_after_enter_in_the_budget(qtbot, window) -> None:
    w = window
    set_speed(qtbot, w, 5)
    focus_window(qtbot, w)
    budget = w.panel.steps_input
    budget.setFocus()
    budget.selectAll()
    qtbot.keyClicks(budget, "600")
    qtbot.keyClick(budget, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not budget.hasFocus(), timeout=20000)
    space_runs_then_pauses(qtbot, w)
    assert budget.value() == 600 and w.config.budget == 600


def test_space_runs_after_enter_in_every_field(qtbot, window) -> None:
    w = window
    set_speed(qtbot, w, 5)
    focus_window(qtbot, w)
    fields = [
        f
        for f in w.panel.findChildren(QtWidgets.QWidget)
        if isinstance(f, NumberField | QtWidgets.QAbstractSpinBox)
        and f.isVisibleTo(w.panel)
        and f.isEnabled()
    ]
    assert len(fields) >= 6
    for field in fields:
        if isinstance(field, NumberField):
            enter_text(qtbot, field, field.text())
        else:
            field.setFocus()
            qtbot.keyClick(field, QtCore.Qt.Key.Key_Return)
        qtbot.waitUntil(lambda f=field: not f.hasFocus(), timeout=20000)
        assert w.contour_view.hasFocus(), field.objectName()
        space_runs_then_pauses(qtbot, w)
        w.reset()
        qtbot.waitUntil(lambda: w.state == "ready", timeout=30000)
