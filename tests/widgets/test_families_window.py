"""Loss families in the window: every landscape race runs with every view drawn, the
family chooser starts a run of its family, and a click on the contour view starts
every run there (a run's own start gives way)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.csv_import import dataset_for
from gd_desktop.core.family_run import FamilyRun
from gd_desktop.core.landscape_races import LANDSCAPE_RACES
from gd_desktop.core.race import Race
from gd_desktop.widgets import names

from .helpers import readout, rgb, run_to_finish, trigger, wait_idle
from .test_race import choose, choose_race


def _headless(key: str) -> Race:
    entries = LANDSCAPE_RACES[key][1]()
    data = entries[0].config.data
    race = Race(entries, dataset_for(data).dataset if data.source == "csv" else None)
    race.run_to_end()
    return race


def _drawn(w) -> None:
    """Every view shows something: the GL surface, the contour image, the loss curves."""
    qtbot_image = rgb(w.surface_view.grabFramebuffer())
    assert qtbot_image.std() > 5.0
    image = w.contour_view.image_item.image
    assert image is not None and np.isfinite(image).any() and np.nanstd(image) > 0
    for lane in range(len(w.lanes)):
        for view in (w.loss_view, w.contour_view):
            points = view.lane_points(lane)
            assert points is not None and len(points[0]) > 1, (view, lane)


@pytest.mark.parametrize("key", sorted(LANDSCAPE_RACES))
def test_every_landscape_race_runs_in_the_window_with_every_view_drawn(qtbot, window, key) -> None:
    w = window
    choose_race(qtbot, w, key)
    assert [r.config.model for r in w.info.runs] == [
        e.config.model for e in LANDSCAPE_RACES[key][1]()
    ]
    run_to_finish(qtbot, w, timeout=120_000)
    qtbot.waitUntil(lambda: all(lane.finished for lane in w.lanes), timeout=60_000)
    w.draw_frame()
    expected = _headless(key)
    for lane, run in zip(w.lanes, expected.runs, strict=True):
        assert lane.received == run.step
        np.testing.assert_array_equal(lane.records.rows(0, run.step), run.records.rows(0, run.step))
    _drawn(w)
    assert w.race_panel.note_label.isVisibleTo(w) and len(w.race_panel.note_label.text()) > 100
    text = w.insight_panel.text()
    if key == "separable":
        assert "no finite optimum" in text
        assert readout(w, names.READOUT_DISTANCE) == "-"  # there is no optimum to be near
    else:
        assert "lowest known" in text and "λ =" in text
    assert "2/λmax" in w.panel.lr_hint.text() or "no local limit" in w.panel.lr_hint.text()


def test_the_saddle_race_leaves_plain_descent_beside_the_saddle_in_the_window(
    qtbot, window
) -> None:
    w = window
    choose_race(qtbot, w, "saddle")
    run_to_finish(qtbot, w, timeout=120_000)
    qtbot.waitUntil(lambda: all(lane.finished for lane in w.lanes), timeout=60_000)
    gd, momentum, adam = (lane.weights for lane in w.lanes)
    assert math.hypot(*gd) < 0.1
    for w0, w1 in (momentum, adam):
        assert min(math.hypot(w0, w1 - 1), math.hypot(w0, w1 + 1)) < 0.1


@pytest.mark.parametrize("model", ["logistic", "neuron", "surface"])
def test_the_family_chooser_starts_a_run_of_that_family(qtbot, window, model) -> None:
    w = window
    choose(qtbot, w, w.panel.model_combo, model)
    if model == "surface":  # rosenbrock's minimum is the default start (1, 1)
        choose(qtbot, w, w.panel.surface_combo, "himmelblau")
    config = w.info.config
    assert config.model == model
    assert w.panel.method_combo.isEnabled() == (model != "surface")
    if model == "surface":
        assert "full batch" in w.panel.method_combo.toolTip()
        assert config.surface == w.panel.surface_combo.currentData()
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    reference = FamilyRun(config)
    reference.advance(3)
    np.testing.assert_array_equal(w.lanes[0].records.rows(0, 3), reference.records.rows(0, 3))
    w.draw_frame()
    _drawn(w)
    if model == "surface":  # himmelblau's other critical points, marked by kind
        kinds = sorted(w.contour_view.critical_item.data["data"])
        assert kinds == ["maximum"] + ["minimum"] * 3 + ["saddle"] * 4
        assert w.surface_view.drawing.critical_item.visible()
        # Outlines over the paths: a run resting on a point leaves its kind in sight.
        view = w.contour_view
        assert view.critical_item.zValue() > max(view.path_item.zValue(), view.race_paths.zValue())
        assert pg.mkBrush(view.critical_item.opts["brush"]).style() == QtCore.Qt.BrushStyle.NoBrush
    elif model == "neuron":  # the other minimum and the saddle
        assert sorted(w.contour_view.critical_item.data["data"]) == ["minimum", "saddle"]
    trigger(qtbot, w, w.actions_.step)
    assert "dL/dw0" in w.equation_panel.text()


def test_a_click_on_the_contour_view_starts_every_landscape_run_there(qtbot, window) -> None:
    w = window
    choose_race(qtbot, w, "two-minima")
    assert len({r.start_weights for r in w.info.runs}) == 2
    view = w.contour_view
    target = (0.3, -0.2)
    box = view.getPlotItem().getViewBox()
    at = view.mapFromScene(box.mapViewToScene(QtCore.QPointF(*target)))
    old = w.info.run_id
    qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=at)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready")
    (x0, x1), (y0, y1) = box.viewRange()
    pixel = max((x1 - x0) / box.width(), (y1 - y0) / box.height())
    starts = [r.start_weights for r in w.info.runs]
    assert starts[0] == starts[1]
    assert (
        abs(starts[0][0] - target[0]) <= 1.5 * pixel
        and abs(starts[0][1] - target[1]) <= 1.5 * pixel
    )
    assert all(
        isinstance(r.config, ExperimentConfig) and r.config.model == "surface" for r in w.info.runs
    )


def test_a_family_on_many_rows_is_drawn_from_a_sample_and_says_so(qtbot, window) -> None:
    from gd_desktop.core.config import DataConfig

    w = window
    old = w.info.run_id
    w.load(ExperimentConfig(model="neuron", data=DataConfig(samples=20_000), learning_rate=0.1))
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=30_000)
    title = w.contour_view.getPlotItem().titleLabel
    assert "1,000 of 20,000 rows" in w.presenter.drawn_title
    assert title.isVisible() or not w.presenter.surface_swap.pending
    trigger(qtbot, w, w.actions_.step)
    reference = FamilyRun(w.info.config)
    reference.advance(1)
    np.testing.assert_array_equal(w.lanes[0].records.rows(0, 1), reference.records.rows(0, 1))
    old = w.info.run_id
    w.load(ExperimentConfig(model="surface", surface="saddle", learning_rate=0.01))
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=30_000)
    assert not w.contour_view.getPlotItem().titleLabel.isVisible()


def test_the_full_data_surface_replaces_the_sample_once_computed(qtbot, window) -> None:
    from gd_desktop.core.config import DataConfig

    w = window
    old = w.info.run_id
    w.load(ExperimentConfig(model="neuron", data=DataConfig(samples=20_000), learning_rate=0.1))
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=30_000)
    frames = w.painter.frames_drawn
    title = w.contour_view.getPlotItem().titleLabel
    swap = w.presenter.surface_swap
    # The window keeps drawing while the surface is computed in its own thread.
    assert swap.full_surface.thread_.isRunning()
    trigger(qtbot, w, w.actions_.step)
    w.painter.request()
    qtbot.waitUntil(lambda: not swap.pending and not title.isVisible(), timeout=120_000)
    assert w.painter.frames_drawn > frames
    objective = w.lanes[0].loss
    for view in (w.contour_view, w.surface_view):
        window_ = view.loss_window
        if window_ is None:
            continue
        g0, g1 = np.meshgrid(window_.w0_axis, window_.w1_axis, indexing="ij")
        np.testing.assert_allclose(window_.losses, objective.loss_grid(g0, g1), rtol=1e-12)
        sample = objective.drawing_sample(1000).loss_grid(g0, g1)
        assert not np.allclose(window_.losses, sample, rtol=1e-6)
    # The path is drawn again over the new surface.
    points = w.contour_view.lane_points(0)
    assert points is not None and len(points[0]) == 2
