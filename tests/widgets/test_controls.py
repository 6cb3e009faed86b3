"""Stable names, the fields' formats, and which controls are enabled in which state."""

from __future__ import annotations

import math

import pyqtgraph.opengl as gl
from PySide6 import QtGui, QtWidgets

from gd_desktop.core.presets import PRESETS
from gd_desktop.widgets import names
from gd_desktop.widgets.parameter_panel import speed_at

from .helpers import (
    UNLIMITED_POSITION,
    choose_preset,
    enter_text,
    run_to_finish,
    set_speed,
    trigger,
    wait_idle,
)

REQUIRED_NAMES = [
    "runButton",
    "stepButton",
    "resetButton",
    "presetCombo",
    "methodCombo",
    "learningRateInput",
    "stepsInput",
    "batchSizeInput",
    "seedInput",
    "speedInput",
    "initW0Input",
    "initW1Input",
    "surfaceView",
    "contourView",
    "lossView",
    "logView",
    "readoutStep",
    "readoutW0",
    "readoutW1",
    "readoutMse",
    "readoutBestMse",
    "readoutState",
]


def enabled(w, *names_: str) -> list[bool]:
    return [w.findChild(QtGui.QAction, name).isEnabled() for name in names_]


def test_every_required_name_exists_with_an_accessible_name(window) -> None:
    w = window
    missing = []
    for name in REQUIRED_NAMES:
        widget = w.findChild(QtWidgets.QWidget, name)
        action = w.findChild(QtGui.QAction, name)
        if widget is None and action is None:
            missing.append(name)
            continue
        if widget is not None:  # toolbar buttons carry their action's name too
            assert widget.accessibleName(), f"{name} has no accessible name"
        else:
            assert action.text(), f"action {name} has no text"
    assert missing == []
    # The names module holds them all, spelled the same.
    assert set(REQUIRED_NAMES) <= {v for k, v in vars(names).items() if k.isupper()}
    assert isinstance(w.findChild(QtWidgets.QWidget, names.SURFACE_VIEW), gl.GLViewWidget)
    for name in (names.READOUT_STEP, names.READOUT_W0, names.READOUT_STATE):
        assert isinstance(w.findChild(QtWidgets.QLabel, name), QtWidgets.QLabel)


def test_preset_combo_carries_the_preset_ids(window) -> None:
    combo = window.findChild(QtWidgets.QComboBox, names.PRESET_COMBO)
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert set(PRESETS) <= set(ids)
    assert {"blog-batch", "blog-sgd", "blog-minibatch"} <= set(ids)


def test_learning_rate_field_accepts_and_shows_scientific_notation(qtbot, window) -> None:
    w = window
    field = w.findChild(QtWidgets.QLineEdit, names.LEARNING_RATE_INPUT)
    assert field is w.panel.lr_input
    assert field.text() == "2e-5"  # the preset's rate, not rounded to 0.00

    enter_text(qtbot, field, "7.5e-6")
    wait_idle(qtbot, w)
    assert field.value() == 7.5e-6 and "e" in field.text()
    assert w.info.run.learning_rate == 7.5e-6

    enter_text(qtbot, field, "2e-5")
    wait_idle(qtbot, w)
    assert field.value() == 2e-5 and field.text() == "2e-5"
    assert w.info.run.learning_rate == 2e-5

    # Not a number, or not > 0: marked, reported, and the last good value kept.
    for bad in ("abc", "-1e-5", "0"):
        sent = w.controller.sent
        enter_text(qtbot, field, bad)
        assert field.value() == 2e-5 and field.property("problem")
        assert w.controller.sent == sent
    # Set from elsewhere (a preset), it is shown in scientific notation too.
    choose_preset(qtbot, w, "blog-minibatch")
    assert field.text() == "1e-5"


def test_speed_input_maximum_means_unlimited(qtbot, window, spy) -> None:
    w = window
    slider = w.findChild(QtWidgets.QSlider, names.SPEED_INPUT)
    assert slider is w.panel.speed_input
    assert speed_at(slider.minimum()) == 1.0
    assert math.isfinite(speed_at(slider.maximum() - 1))
    assert math.isinf(speed_at(slider.maximum()))
    set_speed(qtbot, w, UNLIMITED_POSITION)
    assert math.isinf(w.panel.speed())
    assert w.panel.speed_label.text() == "unlimited"
    run_to_finish(qtbot, w)
    # Unlimited: several records per signal (500 records in far fewer emissions).
    assert len(spy.emissions(w.info.run_id)) < 100 and w.received == 500


def test_controls_are_enabled_only_when_they_make_sense(qtbot, window) -> None:
    w = window
    run, step, epoch, reset = (
        names.RUN_BUTTON,
        names.STEP_BUTTON,
        names.STEP_EPOCH_BUTTON,
        names.RESET_BUTTON,
    )
    assert w.state == "ready"
    assert enabled(w, run, step, epoch, reset) == [True, True, True, False]
    # Batch descent: no batch size, order, drop-last or blog scaling to choose.
    panel = w.panel
    assert not panel.batch_size_input.isEnabled() and not panel.order_combo.isEnabled()
    assert not panel.blog_scaling_check.isEnabled()

    set_speed(qtbot, w, 5)  # about 3 updates a second: it stays running
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.state == "running")
    assert enabled(w, run, step, epoch, reset) == [True, False, False, True]
    assert w.actions_.run.text() == "Pause"
    button = w.findChild(QtWidgets.QToolButton, run)
    assert button is not None and button.isEnabled() and button.text() == "Pause"

    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.state == "paused")
    assert enabled(w, run, step, epoch, reset) == [True, True, True, True]
    assert w.actions_.run.text() == "Run"

    run_to_finish(qtbot, w)
    assert w.state == "finished"
    assert enabled(w, run, step, epoch, reset) == [False, False, False, True]
    assert not w.findChild(QtWidgets.QToolButton, step).isEnabled()

    choose_preset(qtbot, w, "blog-minibatch")
    assert panel.batch_size_input.isEnabled() and panel.order_combo.isEnabled()
    assert panel.drop_last_check.isEnabled()
    choose_preset(qtbot, w, "blog-sgd")
    assert not panel.batch_size_input.isEnabled() and panel.blog_scaling_check.isEnabled()
    # With replacement there is no "last batch" to drop.
    assert panel.order_combo.currentData() == "replace" and not panel.drop_last_check.isEnabled()


def test_keyboard_shortcuts_drive_the_run(qtbot, window) -> None:
    w = window
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    w.contour_view.setFocus()
    sent = w.controller.sent
    qtbot.keyClick(w.contour_view, "N")
    wait_idle(qtbot, w)
    assert w.controller.sent == sent + 1 and w.received == 1
    qtbot.keyClick(w.contour_view, "R")
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready")
    assert w.received == 0


def test_run_then_pause_pressed_quickly_leaves_the_run_paused(qtbot, window) -> None:
    w = window
    set_speed(qtbot, w, 10)
    w.actions_.run.trigger()
    w.actions_.run.trigger()  # Space twice, faster than the worker's reply
    wait_idle(qtbot, w)
    try:
        assert w.state != "running"
    finally:
        if w.state == "running":
            trigger(qtbot, w, w.actions_.run)


def test_the_window_can_be_made_900_by_600(qtbot, window) -> None:
    w = window
    hint = w.minimumSizeHint()
    assert hint.width() <= 900 and hint.height() <= 600, hint


def test_a_bad_dataset_field_is_explained_and_keeps_the_run(qtbot, window) -> None:
    w = window
    before = w.info.run_id
    enter_text(qtbot, w.panel.noise_input, "loud")
    wait_idle(qtbot, w)
    assert "'loud' is not a number" in w.panel.problem_label.text()
    assert w.info.run_id == before
