"""The 3D view's axes: ticks and values for w0, w1 and the loss, the same values the
contour view's axes show for the same window."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtCore

from gd_desktop.widgets.surface_axes import major_ticks
from gd_desktop.widgets.surface_view import CAMERA_FAR, CAMERA_NEAR, SurfaceView

from .helpers import run_to_finish, wait_idle
from .test_race import choose_race


def contour_ticks(w, axis_name: str, low: float, high: float) -> list[float]:
    """The labelled ticks the contour view draws once its axis spans [low, high]."""
    plot = w.contour_view.getPlotItem()
    if axis_name == "bottom":
        plot.setXRange(low, high, padding=0.0)
    else:
        plot.setYRange(low, high, padding=0.0)
    axis = plot.getAxis(axis_name)
    size = axis.width() if axis_name == "bottom" else axis.height()
    levels = axis.tickValues(low, high, size)
    return [float(v) for v in levels[0][1] if low <= v <= high]


def test_the_3d_axes_tick_the_contour_views_values(qtbot, window) -> None:
    w = window
    view = w.surface_view
    assert isinstance(view, SurfaceView)
    run_to_finish(qtbot, w)
    w.draw_frame()
    loss_window = view.loss_window
    assert loss_window is not None
    (a0, b0), (a1, b1) = loss_window.w0_range, loss_window.w1_range
    ticks = view.axes.ticks
    assert len(ticks["w0"]) >= 3 and len(ticks["w1"]) >= 3 and len(ticks["loss"]) >= 2
    assert ticks["w0"] == pytest.approx(contour_ticks(w, "bottom", a0, b0))
    assert ticks["w1"] == pytest.approx(contour_ticks(w, "left", a1, b1))
    # Every value is written next to its tick, and the axes are named.
    texts = {axis: [t.text for t in view.axes.values[axis] if t.text] for axis in ticks}
    assert [float(t) for t in texts["w0"]] == pytest.approx(ticks["w0"])
    assert len(texts["loss"]) == len(ticks["loss"])
    assert [view.axes.titles[a].text for a in ("w0", "w1", "loss")] == ["w0", "w1", "MSE"]
    low, high = loss_window.loss_min, loss_window.loss_max
    assert all(low <= v <= high for v in ticks["loss"])


def test_major_ticks_are_pyqtgraphs_rule(qapp) -> None:
    assert major_ticks(0.0, 10.0, 300) == [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]


def test_one_colour_scale_for_both_views_and_log_colour_switches_both(qtbot, window) -> None:
    w = window
    view = w.surface_view
    assert isinstance(view, SurfaceView)
    scale = view.colour_scale
    assert scale is not None and w.contour_view.colour_scale is scale
    # It covers both windows' losses.
    for loss_window in (view.loss_window, w.contour_view.loss_window):
        assert loss_window is not None
        assert scale.low <= loss_window.loss_min and loss_window.loss_max <= scale.high
    contour_window = w.contour_view.loss_window
    image = w.contour_view.image_item.image
    assert image == pytest.approx(scale.normalized(contour_window.losses, True))
    bar = view.colour_bar
    assert bar.isVisible() and bar.labels
    low, high = scale.limits(True)
    assert all(low <= value <= high and text.startswith("1e") for value, text in bar.labels)

    w.log_color_check.setChecked(False)
    assert not view.log_color
    image = w.contour_view.image_item.image
    assert image == pytest.approx(scale.normalized(contour_window.losses, False))
    low, high = scale.limits(False)
    assert all(low <= value <= high for value, _ in bar.labels)
    assert not any(text.startswith("1e") for _, text in bar.labels)
    w.log_color_check.setChecked(True)
    assert view.log_color


def test_the_camera_frames_the_way_from_the_start_to_the_minimum(qtbot, window) -> None:
    w = window
    view = w.surface_view
    assert isinstance(view, SurfaceView)
    distances = []
    for start in ((1.0, 1.0), (12.0, -35.0)):  # two sides of the minimum (2, -30)
        old = w.info.run_id
        w.start_at(*start)
        qtbot.waitUntil(lambda o=old: w.info.run_id > o and w.state == "ready", timeout=30000)
        run = w.run
        optimum = run.loss.optimum
        box = view.box_positions(
            np.array([start[0], optimum[0]]),
            np.array([start[1], optimum[1]]),
            np.array([run.start_mse, run.loss.loss(*optimum)]),
            0.0,
        )
        centre = view.opts["center"]
        middle = box.mean(axis=0)
        assert (centre.x(), centre.y()) == pytest.approx((0.5 * middle[0], 0.5 * middle[1]))
        distances.append(view.opts["distance"])
    # Closer than the whole box's view, as the path spans less than the whole box.
    assert all(CAMERA_NEAR <= d < CAMERA_FAR for d in distances), distances


def click_contour_at(qtbot, w, target: tuple[float, float]) -> None:
    """A left click on the contour view at the weights ``target``; waits for the new run."""
    view = w.contour_view
    box = view.getPlotItem().getViewBox()
    at = view.mapFromScene(box.mapViewToScene(QtCore.QPointF(*target)))
    old = w.info.run_id
    qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=at)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=20000)


def test_the_shared_colour_scale_follows_the_windows_the_views_show(qtbot, window) -> None:
    w = window
    view = w.surface_view
    assert isinstance(view, SurfaceView)
    choose_race(qtbot, w, "saddle")
    first = view.colour_scale
    # Zoomed out, a click far up the w1 wall starts every run there; the first steps
    # overshoot past the window's far side, so both views widen as the runs go.
    box = w.contour_view.getPlotItem().getViewBox()
    box.setRange(xRange=(-10.0, 10.0), yRange=(-10.0, 10.0), padding=0.0)
    click_contour_at(qtbot, w, (0.5, 7.0))
    loaded = [view.loss_window, w.contour_view.loss_window]
    run_to_finish(qtbot, w, timeout=120_000)
    qtbot.waitUntil(lambda: all(lane.finished for lane in w.lanes), timeout=60_000)
    w.draw_frame()
    scale = view.colour_scale
    assert scale is not None and scale != first and w.contour_view.colour_scale == scale
    windows = [view.loss_window, w.contour_view.loss_window]
    assert all(now is not then for now, then in zip(windows, loaded, strict=True))
    for loss_window in windows:
        assert loss_window is not None
        assert scale.low <= loss_window.loss_min and loss_window.loss_max <= scale.high
    assert scale.high == max(lw.loss_max for lw in windows)
    contour_window = w.contour_view.loss_window
    image = w.contour_view.image_item.image
    assert image == pytest.approx(scale.normalized(contour_window.losses, True))
    low, high = scale.limits(True)
    labels = view.colour_bar.labels
    assert labels and all(low <= value <= high for value, _ in labels)
    assert [float(text) for _, text in labels] == pytest.approx(
        [10**value for value, _ in labels], rel=1e-2
    )
