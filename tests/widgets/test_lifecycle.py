"""New runs from data and method changes, divergence, the log, settings and shortcuts."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore

from gd_desktop.core.presets import PRESETS
from gd_desktop.core.records import blog_line
from gd_desktop.core.run import Run
from gd_desktop.runtime.worker import live_threads
from gd_desktop.widgets import names
from gd_desktop.widgets.main_window import MainWindow

from .helpers import (
    assert_readouts_show,
    choose_preset,
    enter_text,
    headless,
    readout,
    rgb,
    run_to_finish,
    set_speed,
    trigger,
    wait_idle,
)


def test_a_data_change_starts_a_new_run_and_redraws_the_surface_at_once(qtbot, window) -> None:
    w = window
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    old_id, old_optimum = w.info.run_id, w.info.run.loss.optimum
    old_features = w.info.run.dataset.features
    old_window = w.contour_view.loss_window.w0_range
    before = rgb(w.surface_view.grabFramebuffer())

    w.panel.seed_input.setValue(7)  # other rows, same true weights
    wait_idle(qtbot, w)
    assert w.state == "ready" and w.info.run_id == old_id + 1
    assert w.info.config.seed == 7 and w.received == 0
    assert not np.array_equal(w.info.run.dataset.features, old_features)
    assert readout(w, names.READOUT_STEP) == "0 / 500"

    enter_text(qtbot, w.panel.true_w0_input, "15")  # moves the optimum
    wait_idle(qtbot, w)
    assert w.info.run_id == old_id + 2 and w.info.config.data.true_weights == (15.0, -30.0)
    assert not np.allclose(w.info.run.loss.optimum, old_optimum)
    assert w.contour_view.loss_window.w0_range != old_window
    assert len(w.contour_view.path_item.getData()[0]) == 1
    after = rgb(w.surface_view.grabFramebuffer())
    assert int(np.any(after != before, axis=2).sum()) > 1000  # a new surface

    # A method change is a new run too, with the method's natural order.
    w.panel.method_combo.setCurrentIndex(w.panel.method_combo.findData("sgd"))
    wait_idle(qtbot, w)
    assert w.info.run_id == old_id + 3 and w.state == "ready"
    assert w.info.config.batching.method == "sgd"
    assert w.info.config.batching.order == "replace"
    trigger(qtbot, w, w.actions_.step)
    assert np.array_equal(w.info.run.records.rows(0, 1), headless(w, 1).records.rows(0, 1))


def test_divergence_is_shown_and_a_stable_rate_recovers(qtbot, window, spy) -> None:
    w = window
    enter_text(qtbot, w.panel.lr_input, "0.03")
    wait_idle(qtbot, w)
    assert "diverges" in w.panel.lr_hint.text()
    run_to_finish(qtbot, w)
    w.draw_frame()

    assert w.state == "diverged" and readout(w, names.READOUT_STATE) == "diverged"
    assert w.banner.isVisible() and w.banner_button.isVisible()
    assert "stable limit" in w.banner.text()
    assert not w.actions_.run.isEnabled() and not w.actions_.step.isEnabled()
    assert w.actions_.reset.isEnabled()
    reference = Run(PRESETS["blog-batch"])
    reference.set_learning_rate(0.03)
    reference.run_to_end()
    assert reference.stop_reason == "diverged" and 0 < reference.step < 500
    n = reference.step
    assert w.received == n
    assert np.array_equal(spy.rows(w.info.run_id), reference.records.rows(0, n))
    assert_readouts_show(w, reference.records.rows(n - 1, n)[:, 0])

    old_id = w.info.run_id
    stable = w.info.run.loss.stable_learning_rate
    qtbot.mouseClick(w.banner_button, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    rate = float(f"{0.9 * stable:.3g}")
    assert w.info.run_id == old_id + 1 and w.state == "ready"
    assert w.info.run.learning_rate == rate == w.panel.lr_input.value()
    assert not w.banner.isVisible()
    run_to_finish(qtbot, w)
    assert w.state == "finished" and w.received == 500


def test_the_log_shows_each_update_in_the_blog_format_and_stays_bounded(qtbot, window) -> None:
    w = window
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    w.draw_frame()
    lines = w.log_view.toPlainText().splitlines()
    rows = w.info.run.records.rows(0, 3)
    expected = [blog_line(int(r[0]), 500, float(r[2]), float(r[3]), float(r[4])) for r in rows.T]
    assert lines[-3:] == expected

    w.panel.steps_input.setValue(60_000)
    wait_idle(qtbot, w)
    run_to_finish(qtbot, w)
    w.draw_frame()
    assert w.log_view.blockCount() <= 5000
    last = w.info.run.records.rows(59_999, 60_000)[:, 0]
    assert w.log_view.toPlainText().splitlines()[-2] == blog_line(
        60_000, 60_000, float(last[2]), float(last[3]), float(last[4])
    )


def test_speed_and_view_options_are_remembered(qtbot, window) -> None:
    w = window
    set_speed(qtbot, w, 30)
    w.log_y_check.setChecked(False)
    w.close()

    second = MainWindow()
    qtbot.addWidget(second)
    try:
        second.show()
        qtbot.waitUntil(lambda: second.state == "ready")
        assert second.panel.speed_input.value() == 30
        assert second.panel.speed_label.text() == "1000 /s"
        assert not second.log_y_check.isChecked() and not second.loss_view.log_y
    finally:
        second.close()
    assert live_threads() == []


def test_keyboard_shortcuts_run_pause_and_step_an_epoch(qtbot, window) -> None:
    w = window
    choose_preset(qtbot, w, "blog-minibatch")  # 4 updates an epoch
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    target = w.contour_view
    target.setFocus()
    qtbot.keyClick(target, QtCore.Qt.Key.Key_N)
    qtbot.keyClick(target, QtCore.Qt.Key.Key_N, QtCore.Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, w)
    assert w.received == 4 and w.state == "paused"
    qtbot.keyClick(target, QtCore.Qt.Key.Key_Right)
    wait_idle(qtbot, w)
    assert w.received == 5

    set_speed(qtbot, w, 10)  # 10 updates a second
    target.setFocus()
    qtbot.keyClick(target, QtCore.Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.state == "running")
    qtbot.keyClick(target, QtCore.Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.state == "paused" and w.controller.idle)
    assert 5 <= w.received < 2000


def test_a_rate_set_while_a_run_loads_survives_reset(qtbot, window) -> None:
    w = window
    # Two inputs in one batch of events: commit the noise field (a new run) and,
    # before the worker answers, drag the learning-rate slider.
    enter_text(qtbot, w.panel.noise_input, "1")
    slider = w.panel.lr_slider
    slider.setValue(slider.value() + 30)
    rate = w.panel.lr_input.value()
    wait_idle(qtbot, w)
    assert w.info.config.data.noise == 1.0
    assert w.info.run.learning_rate == rate  # the worker applied it to the new run

    trigger(qtbot, w, w.actions_.step)
    trigger(qtbot, w, w.actions_.reset)
    assert w.panel.lr_input.value() == rate
    assert w.info.run.learning_rate == rate, "Reset went back to the old rate"
