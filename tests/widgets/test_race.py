"""Races in the real window: every run drawn in every view, a live table equal to
headless runs, show/hide, click-to-start, and update-rule and schedule settings."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph.opengl as gl
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.race import READY_RACES, Race, summarize
from gd_desktop.core.run import Run
from gd_desktop.core.schedules import rates
from gd_desktop.session.views import lane_point_limit, path_indices
from gd_desktop.widgets import names
from gd_desktop.widgets.main_window import MainWindow
from gd_desktop.widgets.numbers import summary_value as number

from .helpers import enter_text, run_to_finish, trigger, wait_idle


def choose_race(qtbot, w: MainWindow, key: str) -> None:
    """Pick a ready-made race in the race dock's combo, as a user would."""
    combo = w.findChild(QtWidgets.QComboBox, names.RACE_COMBO)
    assert combo is not None
    index = combo.findData(key)
    assert index > 0, key
    old = w.info.run_id if w.info is not None else 0
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info is not None and w.info.run_id > old and w.state == "ready")


def choose(qtbot, w: MainWindow, combo: QtWidgets.QComboBox, data: str) -> None:
    """Choose an item of a panel combo (a new run follows) and wait for it to load."""
    old = w.info.run_id if w.info is not None else 0
    combo.setCurrentIndex(combo.findData(data))
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info is not None and w.info.run_id > old and w.state == "ready")


def legend_labels(legend) -> list[str]:
    return [label.text for _, label in legend.items]


def test_a_three_run_race_runs_to_the_end_in_every_view_and_matches_headless(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "optimizers")
    entries = w.info.entries
    labels = [e.label for e in entries]
    assert len(w.info.runs) == 3 and labels == ["GD", "Momentum", "Adam"]
    run_to_finish(qtbot, w)
    w.draw_frame()
    assert w.order_errors == 0

    for lane, (entry, run) in enumerate(zip(entries, w.info.runs, strict=True)):
        assert run.finished and w.lanes[lane].received == run.step
        index = path_indices(run.step, lane_point_limit(3))
        last = (float(run.records.take("w0", index)[-1]), float(run.records.take("w1", index)[-1]))
        # Contour view: the whole (decimated) path of this run, ending at its weights.
        x, y = w.contour_view.lane_points(lane)
        assert x.size == index.size + 1 and w.contour_view.lane_shown(lane)
        assert (x[-1], y[-1]) == last
        # 3D view: one line per run, the same number of points.
        if isinstance(w.surface_view, gl.GLViewWidget):
            line = w.surface_view.lane_positions(lane)
            assert line is not None and line.shape == (index.size + 1, 3)
            assert w.surface_view.race_paths_item.visible()
        # MSE view: each run's curve ends at its final MSE.
        steps, mse = w.loss_view.lane_points(lane)
        assert steps[-1] == run.step
        assert math.isclose(10 ** mse[-1], run.mse, rel_tol=1e-9)

        # The race table shows what the same run made headless gives.
        alone = Run(entry.config)
        alone.run_to_end()
        summary = summarize(alone)
        assert np.array_equal(alone.records.rows(0, alone.step), run.records.rows(0, run.step))
        panel = w.race_panel
        assert panel.cell(lane, "run") == entry.label
        assert panel.cell(lane, "update") == f"{summary.step:,}"
        assert panel.cell(lane, "final") == number(summary.final_mse)
        assert panel.cell(lane, "best") == number(summary.best_mse)
        expected_target = "—" if summary.to_target is None else f"{summary.to_target:,}"
        assert panel.cell(lane, "target") == expected_target
        assert panel.cell(lane, "distance") == number(summary.distance)
        assert panel.cell(lane, "status") == "finished"

    # Legends: every view names every run.
    assert legend_labels(w.contour_view.legend) == labels
    if isinstance(w.surface_view, gl.GLViewWidget):
        legend = w.surface_view.legend
        assert legend.isVisible() and all(label in legend.text() for label in labels)
    assert legend_labels(w.loss_view.getPlotItem().legend)[:3] == labels
    assert w.contour_view.legend.isVisible()
    # Momentum and Adam reach the target; plain descent at the blog's rate does not.
    assert w.race_panel.cell(0, "target") == "—"
    assert w.race_panel.cell(1, "target") != "—" and w.race_panel.cell(2, "target") != "—"


def test_a_run_that_ends_first_stops_while_the_others_go_on(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "blog")  # batch and SGD: 500 updates; mini-batch: 2,000
    run_to_finish(qtbot, w)
    steps = [run.step for run in w.info.runs]
    assert steps == [500, 500, 2000]
    assert w.loss_view.getPlotItem().getViewBox().viewRange()[0][1] >= 2000
    headless = Race(w.info.entries)
    headless.run_to_end()
    for mine, theirs in zip(w.info.runs, headless.runs, strict=True):
        assert np.array_equal(mine.records.rows(0, mine.step), theirs.records.rows(0, theirs.step))


def test_show_hide_add_and_remove_runs(qtbot, window) -> None:
    w = window
    old = w.info.run_id
    w.race_panel.add_button.click()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready")
    assert len(w.info.runs) == 2 and w.selected == 1
    assert w.info.entries[0].color != w.info.entries[1].color
    for _ in range(5):
        trigger(qtbot, w, w.actions_.step)
    w.draw_frame()
    assert w.contour_view.lane_shown(1) and w.loss_view.lane_shown(1)

    # Untick run 2 in the table: hidden in every view, still running.
    item = w.race_panel.table.item(1, 0)
    item.setCheckState(QtCore.Qt.CheckState.Unchecked)
    assert not w.contour_view.lane_shown(1) and not w.loss_view.lane_shown(1)
    assert w.contour_view.lane_shown(0) and w.loss_view.lane_shown(0)
    assert not w.data_view.lane_items[1].isVisible()
    if isinstance(w.surface_view, gl.GLViewWidget):
        drawn = w.surface_view.race_paths_item.pos
        assert len(drawn) == 2 * (len(w.surface_view.lane_positions(0)) - 1)  # run 1 only
    trigger(qtbot, w, w.actions_.step)
    assert w.lanes[1].received == 6
    item.setCheckState(QtCore.Qt.CheckState.Checked)
    assert w.contour_view.lane_shown(1)

    old = w.info.run_id
    w.race_panel.remove_button.click()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready")
    assert len(w.info.runs) == 1 and not w.race_panel.remove_button.isEnabled()
    assert not w.contour_view.legend.isVisible()
    if isinstance(w.surface_view, gl.GLViewWidget):
        assert not w.surface_view.legend.isVisible()


def test_selecting_a_run_puts_its_settings_in_the_panel(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "optimizers")
    w.race_panel.table.selectRow(2)
    assert w.selected == 2
    assert w.panel.optimizer_combo.currentData() == "adam"
    assert w.panel.lr_input.value() == 1.0
    assert "m̂" in w.panel.rule_equations.text()
    # A change in the panel now applies to Adam only.
    old = w.info.run_id
    w.panel.bias_check.setChecked(False)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready")
    configs = [run.config for run in w.info.runs]
    assert [c.optimizer.name for c in configs] == ["gd", "momentum", "adam"]
    assert [c.optimizer.bias_correction for c in configs] == [True, True, False]


def test_a_click_on_the_contour_view_starts_every_run_there(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "optimizers")
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    view = w.contour_view
    target = (6.0, -12.0)
    box = view.getPlotItem().getViewBox()
    scene = box.mapViewToScene(QtCore.QPointF(*target))
    at = view.mapFromScene(scene)
    old = w.info.run_id
    qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=at)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready")
    # Where a pixel lands in weight units: the click is exact to within a pixel.
    (x0, x1), (y0, y1) = box.viewRange()
    pixel = max((x1 - x0) / box.width(), (y1 - y0) / box.height())
    for run in w.info.runs:
        assert run.step == 0 and w.lanes[0].received == 0
        assert abs(run.start_weights[0] - target[0]) <= 1.5 * pixel
        assert abs(run.start_weights[1] - target[1]) <= 1.5 * pixel
        assert run.start_weights == w.info.runs[0].start_weights
    assert (w.panel.init_w0_input.value(), w.panel.init_w1_input.value()) == (
        w.info.runs[0].start_weights
    )
    x, y = view.start_item.getData()
    assert (x[0], y[0]) == w.info.runs[0].start_weights


def test_bad_rule_settings_are_explained_next_to_the_field_and_start_nothing(qtbot, window) -> None:
    w = window
    choose(qtbot, w, w.panel.optimizer_combo, "momentum")
    assert w.info.config.optimizer.name == "momentum"
    run_id = w.info.run_id
    message = w.panel.findChild(QtWidgets.QLabel, f"{names.BETA_INPUT}Problem")
    assert message is not None and not message.isVisible()

    for bad in ("1", "-0.1", "nan", "x"):
        enter_text(qtbot, w.panel.beta_input, bad)
        wait_idle(qtbot, w)
        assert message.isVisible(), bad
        assert "Momentum beta" in message.text(), message.text()
        assert w.info.run_id == run_id and w.info.config.optimizer.beta == 0.9
    enter_text(qtbot, w.panel.beta_input, "0.5")
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > run_id)
    assert not message.isVisible() and w.info.config.optimizer.beta == 0.5

    choose(qtbot, w, w.panel.optimizer_combo, "adam")
    run_id = w.info.run_id
    enter_text(qtbot, w.panel.eps_input, "0")
    wait_idle(qtbot, w)
    eps_message = w.panel.findChild(QtWidgets.QLabel, f"{names.EPS_INPUT}Problem")
    assert eps_message.isVisible() and "greater than 0" in eps_message.text()
    assert w.info.run_id == run_id


def test_a_schedule_that_would_reach_zero_is_refused_next_to_its_field(qtbot, window) -> None:
    w = window
    choose(qtbot, w, w.panel.schedule_combo, "exponential")
    run_id = w.info.run_id
    enter_text(qtbot, w.panel.exp_gamma_input, "0.01")  # 0.01^499 underflows to 0
    wait_idle(qtbot, w)
    message = w.panel.findChild(QtWidgets.QLabel, f"{names.EXP_GAMMA_INPUT}Problem")
    assert message.isVisible() and "fall to 0" in message.text(), message.text()
    assert w.info.run_id == run_id and w.info.config.schedule.exp_gamma == 0.99
    enter_text(qtbot, w.panel.exp_gamma_input, "0.9")
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > run_id)
    assert not message.isVisible() and w.info.config.schedule.exp_gamma == 0.9


def test_the_schedule_plot_and_the_records_follow_the_chosen_schedule(qtbot, window) -> None:
    w = window
    choose(qtbot, w, w.panel.schedule_combo, "cosine")
    config = w.info.config
    expected = rates(config.schedule, config.learning_rate, 500)
    k, shown = w.panel.schedule_curve.getData()
    assert np.allclose(shown, expected[k.astype(int) - 1], rtol=1e-12)
    assert "cos" in w.panel.schedule_text.text()
    run_to_finish(qtbot, w)
    run = w.info.run
    assert np.array_equal(run.records.column("lr"), expected)


def test_arrows_show_the_gradient_step_and_the_actual_update(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "optimizers")
    w.arrows_check.setChecked(True)
    for _ in range(4):
        trigger(qtbot, w, w.actions_.step)
    w.draw_frame()
    view = w.contour_view
    gx, gy = view.gradient_arrows.getData()
    assert gx.size == 3 * 6  # three runs, six points (three strokes) each
    for lane, run in enumerate(w.info.runs):
        sx, sy = view.step_arrows[lane].getData()
        assert sx.size == 6
        w0, w1 = run.weights
        assert (sx[0], sy[0]) == (w0, w1)
        before = run.records.record(run.step - 2)
        scale = view.arrow_scale
        assert math.isclose(sx[1] - w0, scale * (w0 - before["w0"]), rel_tol=1e-9, abs_tol=1e-12)
    w.arrows_check.setChecked(False)
    cleared = view.gradient_arrows.getData()[0]
    assert cleared is None or cleared.size == 0


def test_every_ready_made_race_loads(qtbot, window) -> None:
    w = window
    for key in READY_RACES:
        choose_race(qtbot, w, key)
        assert len(w.info.runs) == 3
        assert w.race_panel.table.rowCount() == 3


def test_adding_a_run_while_running_draws_without_errors(qtbot, window) -> None:
    w = window
    with qtbot.captureExceptions() as exceptions:
        w.panel.speed_input.setValue(30)
        wait_idle(qtbot, w)
        trigger(qtbot, w, w.actions_.run)
        qtbot.waitUntil(lambda: w.received > 20)
        w.race_panel.add_button.click()  # the selected run is now one the window has not got
        w.redraw()  # a frame before the new race arrives
        wait_idle(qtbot, w)
        qtbot.waitUntil(lambda: len(w.lanes) == 2 and w.state == "ready")
        w.draw_frame()
    assert exceptions == []
    assert w.selected == 1 and w.race_panel.table.rowCount() == 2


def test_stopped_runs_keep_their_final_fit_in_the_data_view(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "blog")  # batch and SGD stop at 500 updates, mini-batch at 2,000
    run_to_finish(qtbot, w)
    w.draw_frame()
    for lane, run in enumerate(w.info.runs):
        x, y = w.data_view.lane_items[lane].getData()
        w0, w1 = run.weights
        shown = w.data_view.shown_rows
        if len(w.info.runs) > 1 and shown.size > 400:
            shown = shown[:: -(-shown.size // 400)]
        expected = w0 * run.dataset.features[shown, 0] + w1 * run.dataset.features[shown, 1]
        assert np.allclose(y, expected), lane


def test_hiding_the_selected_run_hides_its_batch_curve_and_best_marker(qtbot, window) -> None:
    w = window
    for _ in range(5):
        trigger(qtbot, w, w.actions_.step)
    w.draw_frame()
    assert w.loss_view.batch_curve.isVisible() and w.loss_view.best_item.isVisible()
    w.race_panel.table.item(0, 0).setCheckState(QtCore.Qt.CheckState.Unchecked)
    assert not w.loss_view.lane_shown(0)
    assert not w.loss_view.batch_curve.isVisible() and not w.loss_view.best_item.isVisible()
    w.race_panel.table.item(0, 0).setCheckState(QtCore.Qt.CheckState.Checked)
    assert w.loss_view.batch_curve.isVisible() and w.loss_view.lane_shown(0)


def test_a_budget_beyond_the_cap_leaves_the_schedule_plot_empty_and_runs_nothing(
    qtbot, window
) -> None:
    w = window
    choose(qtbot, w, w.panel.method_combo, "sgd")
    run_id = w.info.run_id
    w.panel.unit_combo.setCurrentIndex(w.panel.unit_combo.findData("epochs"))
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > run_id)
    run_id = w.info.run_id
    w.panel.steps_input.setValue(9_000_000)  # 9e8 updates, over the 10^7 cap
    wait_idle(qtbot, w)
    assert w.info.run_id == run_id
    shown = w.panel.schedule_curve.getData()[0]
    assert shown is None or shown.size == 0
    assert "exceeds the cap" in w.panel.problem_label.text()


def test_the_target_mse_can_be_set_and_the_table_counts_to_it(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "optimizers")
    run_to_finish(qtbot, w)
    field = w.findChild(QtWidgets.QLineEdit, names.TARGET_INPUT)
    assert field is not None and field.placeholderText() == "auto"
    for text, target in (("1000", 1000.0), ("1e-12", 1e-12), ("", None)):
        enter_text(qtbot, field, text) if text else field.clear()
        field.editingFinished.emit()
        for lane, run in enumerate(w.info.runs):
            s = summarize(run, target)
            expected = "—" if s.to_target is None else f"{s.to_target:,}"
            assert w.race_panel.cell(lane, "target") == expected, (text, lane)
    # GD at the blog's rate reaches MSE 1000 but never the default target.
    enter_text(qtbot, field, "1000")
    assert w.race_panel.cell(0, "target") != "—"
    enter_text(qtbot, field, "-3")
    assert field.property("problem") and w.race_panel.cell(0, "target") != "—"


def test_a_click_on_the_3d_surface_starts_every_run_there(qtbot, window) -> None:
    from .test_main_window import project

    w = window
    view = w.surface_view
    assert isinstance(view, gl.GLViewWidget), getattr(view, "reason", view)
    choose_race(qtbot, w, "optimizers")
    run = w.info.run
    (a0, b0), (a1, b1) = view.loss_window.w0_range, view.loss_window.w1_range
    target = (a0 + 0.45 * (b0 - a0), a1 + 0.75 * (b1 - a1))  # on the far slope, in sight
    box = view.box_positions(
        np.array([target[0]]), np.array([target[1]]), np.array([run.loss.mse(*target)]), 0.0
    )
    ((px, py),) = project(view, box)
    ratio = view.devicePixelRatioF()
    at = QtCore.QPoint(round(px / ratio), round(py / ratio))
    hit = view.weights_at(QtCore.QPointF(at))
    cell = max(b0 - a0, b1 - a1) / 50  # a click is exact to a pixel or so
    assert hit is not None and abs(hit[0] - target[0]) < cell and abs(hit[1] - target[1]) < cell
    old = w.info.run_id
    qtbot.mouseClick(view, QtCore.Qt.MouseButton.LeftButton, pos=at)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready")
    expected = (float(f"{hit[0]:.4g}"), float(f"{hit[1]:.4g}"))
    assert all(r.start_weights == expected for r in w.info.runs)
    # Wherever one clicks on the surface, the point found is the one drawn there.
    (a0, b0), (a1, b1) = view.loss_window.w0_range, view.loss_window.w1_range  # new start
    for fx, fy in ((0.62, 0.35), (0.2, 0.5), (0.8, 0.8), (0.5, 0.1)):
        point = (a0 + fx * (b0 - a0), a1 + fy * (b1 - a1))
        box = view.box_positions(
            np.array([point[0]]), np.array([point[1]]), np.array([run.loss.mse(*point)]), 0.0
        )
        ((qx, qy),) = project(view, box)
        found = view.weights_at(QtCore.QPointF(qx / ratio, qy / ratio))
        assert found is not None, (fx, fy)
        back = view.box_positions(
            np.array([found[0]]), np.array([found[1]]), np.array([run.loss.mse(*found)]), 0.0
        )
        ((rx, ry),) = project(view, back)
        assert abs(rx - qx) <= 1.5 and abs(ry - qy) <= 1.5, (fx, fy, rx, qx, ry, qy)
    # Off the surface (the top corner of the background): nothing happens.
    assert view.weights_at(QtCore.QPointF(2, 2)) is None
    # A drag rotates the view and does not restart anything.
    old = w.info.run_id
    qtbot.mousePress(view, QtCore.Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(view, at + QtCore.QPoint(40, 10))
    qtbot.mouseRelease(view, QtCore.Qt.MouseButton.LeftButton, pos=at + QtCore.QPoint(40, 10))
    wait_idle(qtbot, w)
    assert w.info.run_id == old


def test_the_race_table_says_paused_after_a_pause(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "optimizers")
    w.panel.speed_input.setValue(0)  # 1 update a second: a pause comes between records
    wait_idle(qtbot, w)
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.received >= 1 and w.race_panel.cell(0, "status") == "running")
    qtbot.wait(100)  # the frame of that record is drawn; no record is on its way
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.state == "paused")
    assert [w.race_panel.cell(lane, "status") for lane in range(3)] == ["paused"] * 3
