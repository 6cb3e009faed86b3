"""The timeline in the real window: scrubbing shows record k in every view, readout,
panel and the race table; step back and forward; continuing from an earlier
update gives the records of a fresh run stopped there and continued."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pyqtgraph.opengl as gl
import pytest
from PySide6 import QtCore, QtWidgets

from gd_desktop.core import BatchConfig, preset
from gd_desktop.core.race import Race, blog_race
from gd_desktop.core.run import Run
from gd_desktop.widgets import names
from gd_desktop.widgets.main_window import MainWindow
from gd_desktop.widgets.timeline import set_ask_before_discarding

from .helpers import assert_readouts_show, run_to_finish, set_speed, trigger, wait_idle

SCHEMES = {
    "batch": preset("blog-batch"),
    "sgd-replace": preset("blog-sgd"),
    "minibatch-shuffle": replace(
        preset("blog-minibatch"),
        batching=BatchConfig(method="minibatch", batch_size=30, order="shuffle"),
        budget=40,  # epochs of 4 updates: 160 updates
    ),
}


@pytest.fixture(autouse=True)
def asking(window):
    """Each test starts with the question on, and leaves it on."""
    set_ask_before_discarding(True)
    yield
    set_ask_before_discarding(True)


def slider(w: MainWindow) -> QtWidgets.QAbstractSlider:
    found = w.findChild(QtWidgets.QAbstractSlider, names.TIMELINE_SLIDER)
    assert found is not None
    return found


def load(qtbot, w: MainWindow, entries) -> None:
    old = w.info.run_id if w.info is not None else 0
    w.load_race(entries, selected=0)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info is not None and w.info.run_id > old and w.state == "ready")


def answer_discard(qtbot, w: MainWindow, yes: bool = True, never_again: bool = False) -> None:
    qtbot.waitUntil(lambda: w.timeline_bar.discard_box is not None)
    box = w.timeline_bar.discard_box
    assert box is not None and box.objectName() == names.DISCARD_BOX and box.isVisible()
    if never_again:
        check = box.checkBox()
        assert check is not None
        check.setChecked(True)
    which = (
        QtWidgets.QMessageBox.StandardButton.Yes if yes else QtWidgets.QMessageBox.StandardButton.No
    )
    button = box.button(which)
    assert button is not None
    button.click()


def assert_views_show(w: MainWindow, lane: int, run: Run, k: int) -> None:
    """Every view draws run ``lane`` from its start to record ``k``."""
    row = run.records.rows(k - 1, k)[:, 0]
    x, y = w.contour_view.lane_points(lane)
    assert x.size == k + 1  # the start and k updates (few enough: none left out)
    assert (x[-1], y[-1]) == (row[2], row[3])
    steps, mse = w.loss_view.lane_points(lane)
    assert steps[-1] == k
    assert math.isclose(10 ** mse[-1], row[4], rel_tol=1e-9)
    if isinstance(w.surface_view, gl.GLViewWidget):
        line = w.surface_view.lane_positions(lane)
        assert line is not None and line.shape == (k + 1, 3)
    assert w.race_panel.cell(lane, "update") == f"{k:,}"


def test_scrubbing_a_finished_run_shows_that_update_everywhere(qtbot, window) -> None:
    w = window
    run_to_finish(qtbot, w)
    reference = Run(w.info.config)
    reference.run_to_end()
    bar = slider(w)
    assert (bar.minimum(), bar.maximum(), bar.value()) == (0, 500, 500)
    bar.setValue(37)
    assert w.session.cursor == 37
    assert_readouts_show(w, reference.records.rows(36, 37)[:, 0], "at 37")
    assert_views_show(w, 0, reference, 37)
    shown = w.equation_panel.shown
    assert shown["step"] == 37 and shown["w0_new"] == reference.records.record(36)["w0"]
    assert w.insight_panel.learning_rate == reference.records.record(36)["lr"]
    bar.setValue(0)
    assert_readouts_show(w, None, "at the start")
    bar.setValue(500)
    assert w.session.cursor is None  # the latest again: live
    assert_readouts_show(w, reference.records.rows(499, 500)[:, 0], "at the end")


def test_scrubbing_a_three_run_race_moves_every_run(qtbot, window) -> None:
    w = window
    load(qtbot, w, blog_race())
    run_to_finish(qtbot, w, timeout=60000)
    race = Race(blog_race())
    race.run_to_end()
    bar = slider(w)
    assert bar.maximum() == max(run.step for run in race.runs)
    bar.setValue(123)
    for lane, run in enumerate(race.runs):
        assert_views_show(w, lane, run, 123)
    assert_readouts_show(w, race.runs[0].records.rows(122, 123)[:, 0], "race at 123")
    # Another run selected: the readouts and the update panel follow it, at 123.
    w.select_lane(1)
    assert_readouts_show(w, race.runs[1].records.rows(122, 123)[:, 0], "SGD at 123")
    w.timeline_bar.show_equation()
    shown = w.equation_panel.shown
    assert shown["step"] == 123
    again = Run(blog_race()[1].config)
    again.advance(123)
    np.testing.assert_array_equal(shown["rows"], again.batch_rows(123))


def test_step_back_then_step_gives_the_same_record(qtbot, window) -> None:
    w = window
    for _ in range(10):
        trigger(qtbot, w, w.actions_.step)
    before = w.run.row(10).copy()
    back = w.timeline_bar.back_action
    assert back.objectName() == names.STEP_BACK_BUTTON and back.isEnabled()
    back.trigger()
    assert_readouts_show(w, w.run.row(9), "one back")
    assert slider(w).value() == 9
    run_id = w.info.run_id
    w.actions_.step.trigger()  # Step from update 9: asks, then does update 10 again
    answer_discard(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > run_id and w.received == 10, timeout=20000)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.session.timeline.live)
    np.testing.assert_array_equal(w.run.row(10), before)
    assert_readouts_show(w, before, "stepped again")


def test_no_keeps_every_record_and_never_again_stops_asking(qtbot, window) -> None:
    w = window
    for _ in range(6):
        trigger(qtbot, w, w.actions_.step)
    w.timeline_bar.show_update(2)
    run_id = w.info.run_id
    w.actions_.step.trigger()
    answer_discard(qtbot, w, yes=False)
    wait_idle(qtbot, w)
    assert w.info.run_id == run_id and w.received == 6 and w.session.cursor == 2
    w.actions_.step.trigger()
    answer_discard(qtbot, w, never_again=True)
    qtbot.waitUntil(lambda: w.info.run_id > run_id and w.received == 3, timeout=20000)
    w.timeline_bar.show_update(1)
    run_id = w.info.run_id
    w.actions_.step.trigger()  # no question now
    qtbot.waitUntil(lambda: w.info.run_id > run_id and w.received == 2, timeout=20000)
    assert w.timeline_bar.discard_box is None


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_run_from_an_earlier_update_equals_a_fresh_run(qtbot, window, scheme) -> None:
    w = window
    config = SCHEMES[scheme]
    w.panel.set_config(config)
    w.load(config)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready" and w.info.config == config)
    run_to_finish(qtbot, w)
    fresh = Run(config)
    fresh.run_to_end()
    w.timeline_bar.show_update(57)
    assert w.actions_.run.isEnabled()  # a finished run continues from an earlier update
    set_ask_before_discarding(False)
    run_id = w.info.run_id
    w.actions_.run.trigger()
    qtbot.waitUntil(lambda: w.info.run_id > run_id and w.state == "finished", timeout=30000)
    wait_idle(qtbot, w)
    assert w.received == fresh.step
    np.testing.assert_array_equal(
        w.run.records.rows(0, fresh.step), fresh.records.rows(0, fresh.step)
    )


def test_dragging_the_slider_pauses_a_running_experiment(qtbot, window) -> None:
    w = window
    set_speed(qtbot, w, 20)
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.received >= 3, timeout=20000)
    bar = slider(w)
    bar.setValue(2)
    qtbot.waitUntil(lambda: w.state == "paused", timeout=20000)
    wait_idle(qtbot, w)
    w.draw_frame()
    assert w.session.cursor == 2 and bar.value() == 2
    assert_readouts_show(w, w.run.row(2), "dragged to 2")
    live = w.findChild(QtWidgets.QPushButton, names.LIVE_BUTTON)
    assert live is not None and not live.isChecked()
    live.click()
    assert w.session.cursor is None and bar.value() == w.received


def test_ctrl_keys_move_through_the_records(qtbot, window) -> None:
    w = window
    for _ in range(4):
        trigger(qtbot, w, w.actions_.step)
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    w.contour_view.setFocus()
    ctrl = QtCore.Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(w.contour_view, QtCore.Qt.Key.Key_Left, ctrl)
    qtbot.waitUntil(lambda: w.session.cursor == 3)
    qtbot.keyClick(w.contour_view, QtCore.Qt.Key.Key_Left, ctrl)
    qtbot.waitUntil(lambda: w.session.cursor == 2)
    qtbot.keyClick(w.contour_view, QtCore.Qt.Key.Key_Right, ctrl)
    qtbot.keyClick(w.contour_view, QtCore.Qt.Key.Key_Right, ctrl)
    qtbot.waitUntil(lambda: w.session.cursor is None)
    assert w.received == 4
    # Right alone is still Step.
    qtbot.keyClick(w.contour_view, QtCore.Qt.Key.Key_Right)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.received == 5)
