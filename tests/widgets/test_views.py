"""The surface, contour and loss views, driven with a real run under Xvfb with real GL."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtGui

from gd_desktop.core import Run, preset
from gd_desktop.widgets import names
from gd_desktop.widgets.contour_view import ContourView
from gd_desktop.widgets.gl_support import opengl_problem
from gd_desktop.widgets.loss_view import LossView
from gd_desktop.widgets.loss_window import LossWindow
from gd_desktop.widgets.surface_drawing import LIFT
from gd_desktop.widgets.surface_placeholder import SurfacePlaceholder
from gd_desktop.widgets.surface_view import SurfaceView, make_surface_view


@pytest.fixture(scope="module")
def finished_run() -> Run:
    run = Run(preset("blog-batch"))
    run.run_to_end()
    return run


def path_of(run: Run, every: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The run's path with the start prepended, thinned to every ``every``-th update."""
    w0 = np.concatenate(([run.start_weights[0]], run.records.column("w0")[every - 1 :: every]))
    w1 = np.concatenate(([run.start_weights[1]], run.records.column("w1")[every - 1 :: every]))
    mse = np.concatenate(([run.start_mse], run.records.column("mse")[every - 1 :: every]))
    return w0, w1, mse


def needs_gl() -> None:
    problem = opengl_problem()
    if problem is not None:
        pytest.skip(f"no OpenGL here: {problem}")


# -- LossWindow ----------------------------------------------------------------------


def test_window_contains_start_optimum_and_path_with_margin(finished_run: Run) -> None:
    loss = finished_run.loss
    w0, w1, _ = path_of(finished_run)
    points = np.vstack(([finished_run.start_weights, loss.optimum], np.column_stack((w0, w1))))
    window = LossWindow.around(loss, points)

    assert window.contains(w0, w1)
    assert window.contains(*finished_run.start_weights)
    assert window.contains(*loss.optimum)
    span0 = points[:, 0].max() - points[:, 0].min()
    span1 = points[:, 1].max() - points[:, 1].min()
    # 15% of the span on each side (or the minimum half-width, whichever is larger).
    assert window.w1_range[0] == pytest.approx(points[:, 1].min() - 0.15 * span1)
    assert window.w1_range[1] == pytest.approx(points[:, 1].max() + 0.15 * span1)
    assert window.w0_range[0] <= points[:, 0].min() - 0.15 * span0
    assert window.losses.shape == (window.w0_axis.size, window.w1_axis.size) == (81, 81)
    assert window.losses[3, 7] == pytest.approx(loss.mse(window.w0_axis[3], window.w1_axis[7]))
    assert not window.contains(window.w0_range[1] + 1.0, window.w1_range[0])


def test_window_of_a_single_point_still_shows_a_bowl(finished_run: Run) -> None:
    loss = finished_run.loss
    window = LossWindow.around(loss, np.array([loss.optimum, loss.optimum]))
    half0 = 0.5 * (window.w0_range[1] - window.w0_range[0])
    half1 = 0.5 * (window.w1_range[1] - window.w1_range[0])
    assert half0 == pytest.approx(0.05 * 30.0) and half1 == pytest.approx(0.05 * 30.0)
    assert window.loss_max > window.loss_min

    tiny = LossWindow.around(loss, np.zeros((1, 2)))
    assert tiny.w0_range == pytest.approx((-1e-3, 1e-3))


def test_window_ignores_non_finite_points_and_scales_without_warnings(finished_run: Run) -> None:
    loss = finished_run.loss
    points = np.array([[1.0, 1.0], [np.nan, 3.0], [np.inf, -np.inf], list(loss.optimum)])
    window = LossWindow.around(loss, points)
    assert np.isfinite(window.w0_range).all() and np.isfinite(window.w1_range).all()
    assert window.contains(np.array([1.0, np.nan]), np.array([1.0, 0.0]))

    values = np.array([0.0, -1.0, window.loss_max * 10, np.inf, np.nan])
    for log in (False, True):
        scaled = window.normalized(values, log)
        assert np.all((scaled >= 0) & (scaled <= 1))
        assert scaled[0] == 0.0 and scaled[2] == 1.0
    assert window.normalized(window.losses, True).min() == 0.0
    assert window.normalized(window.losses, True).max() == pytest.approx(1.0)


def test_contour_segments_lie_on_their_levels(finished_run: Run) -> None:
    loss = finished_run.loss
    window = LossWindow.around(loss, np.array([finished_run.start_weights, loss.optimum]))
    levels = window.contour_levels(12)
    assert levels.size == 12 and np.all(np.diff(levels) > 0)
    assert levels[0] > window.log_floor and levels[-1] < window.loss_max
    # Linear interpolation of a quadratic along a cell edge of length h is off by
    # at most lambda_max * h^2 / 8 in MSE.
    h = max(np.diff(window.w0_axis)[0], np.diff(window.w1_axis)[0])
    error = loss.eigenvalues[1] * h * h / 8
    for level in levels:
        segments = window.contour_segments(np.array([level]))
        assert segments.shape[0] > 3 and segments.shape[1:] == (2, 2)
        assert window.contains(segments[..., 0], segments[..., 1])
        on_curve = loss.mse_grid(segments[..., 0], segments[..., 1])
        assert np.all(np.abs(on_curve - level) <= error * (1 + 1e-9))
        if level > 100 * error:
            assert np.allclose(on_curve, level, rtol=0.01)


# -- SurfaceView ---------------------------------------------------------------------


def test_make_surface_view_builds_the_gl_view_here(qtbot) -> None:
    needs_gl()
    view = make_surface_view()
    qtbot.addWidget(view)
    assert isinstance(view, SurfaceView)
    assert view.objectName() == names.SURFACE_VIEW
    assert view.accessibleName() and view.toolTip()
    assert view.minimumWidth() >= 200 and view.minimumHeight() >= 150


def test_surface_path_items_hold_the_given_points(qtbot, finished_run: Run) -> None:
    needs_gl()
    view = SurfaceView()
    qtbot.addWidget(view)
    view.set_loss(finished_run.loss, finished_run.start_weights)
    assert view.path_item.pos.shape == (0, 3)
    assert not view.path_item.visible()

    w0, w1, mse = path_of(finished_run, every=5)
    k = w0.size - 1
    view.set_path(w0, w1, mse)
    pos = view.path_item.pos
    assert pos.shape == (k + 1, 3)
    assert np.array_equal(view.current_item.pos[0], pos[-1])
    assert np.all(np.abs(pos[:, :2]) <= 1.0)
    assert np.all((pos[:, 2] >= LIFT) & (pos[:, 2] <= 1.0 + LIFT))
    # Descending loss is descending height; the start sits at the start marker.
    assert pos[0, 2] > pos[-1, 2]
    assert np.allclose(pos[0], view.start_item.pos[0])
    window = view.loss_window
    assert window is not None and window.contains(w0, w1)

    view.clear_path()
    assert view.path_item.pos.shape == (0, 3)
    assert not view.current_item.visible()

    view.set_path(w0, w1, mse)
    view.set_path(w0[:0], w1[:0], mse[:0])  # an empty path clears too
    assert view.path_item.pos.shape == (0, 3)


def test_surface_reframes_when_the_path_leaves_the_window(qtbot, finished_run: Run) -> None:
    needs_gl()
    view = SurfaceView()
    qtbot.addWidget(view)
    loss = finished_run.loss
    view.set_loss(loss, finished_run.start_weights)
    before = view.loss_window
    assert before is not None
    # A diverging path: it overshoots further out at every update.
    steps = np.arange(12)
    w0 = loss.optimum[0] + (1.0 - loss.optimum[0]) * (-1.8) ** steps
    w1 = loss.optimum[1] + (1.0 - loss.optimum[1]) * (-1.8) ** steps
    mse = loss.mse_grid(w0, w1)
    view.set_path(w0, w1, mse)
    after = view.loss_window
    assert after is not None and after is not before
    assert after.contains(w0, w1) and not before.contains(w0, w1)
    assert after.contains(*loss.optimum) and after.contains(*finished_run.start_weights)
    assert view.path_item.pos.shape == (12, 3)
    assert np.all(np.abs(view.path_item.pos[:, :2]) <= 1.0)


def test_surface_log_colour_recolours_but_keeps_the_true_shape(qtbot, finished_run: Run) -> None:
    needs_gl()
    view = SurfaceView()
    qtbot.addWidget(view)
    view.set_loss(finished_run.loss, finished_run.start_weights)
    w0, w1, mse = path_of(finished_run, every=10)
    view.set_path(w0, w1, mse)
    linear_z = view.path_item.pos[:, 2].copy()
    linear_colors = view.surface_item.opts["meshdata"].vertexColors().copy()

    view.set_log_color(True)
    assert view.log_color
    assert not np.array_equal(view.surface_item.opts["meshdata"].vertexColors(), linear_colors)
    # Only the colours follow log10(MSE); heights stay the MSE, the bowl's true shape.
    np.testing.assert_array_equal(view.path_item.pos[:, 2], linear_z)
    assert view.path_item.pos.shape == (w0.size, 3)


def assert_shows(view: ContourView, window: LossWindow) -> None:
    """The view shows the whole (square) window, stretched only to the widget's aspect."""
    (x0, x1), (y0, y1) = view.getPlotItem().getViewBox().viewRange()
    tol = 1e-9 * (window.w0_range[1] - window.w0_range[0])
    assert x0 <= window.w0_range[0] + tol and x1 >= window.w0_range[1] - tol
    assert y0 <= window.w1_range[0] + tol and y1 >= window.w1_range[1] - tol
    spans = (window.w0_range[1] - window.w0_range[0], window.w1_range[1] - window.w1_range[0])
    assert spans[0] == pytest.approx(spans[1])


def grab(view: SurfaceView) -> np.ndarray:
    image = view.grabFramebuffer().convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(height, image.bytesPerLine() // 4, 4)[:, :width, :3].astype(int)


def orange_pixels(rgb: np.ndarray) -> int:
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return int(np.sum((r > 180) & (g > 70) & (g < 200) & (b < 90)))


def test_surface_really_renders_the_path(qtbot, finished_run: Run) -> None:
    needs_gl()
    view = SurfaceView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_loss(finished_run.loss, finished_run.start_weights)
    before = grab(view)
    assert before.shape[:2] == (300, 400)
    assert before.reshape(-1, 3).std(axis=0).max() > 10, "surface not drawn"

    w0, w1, mse = path_of(finished_run, every=5)
    view.set_path(w0, w1, mse)
    after = grab(view)
    assert np.abs(after - before).sum(axis=2).astype(bool).sum() > 100
    assert orange_pixels(after) > orange_pixels(before) + 100


def test_placeholder_has_the_same_api_and_remembers(qtbot, finished_run: Run) -> None:
    placeholder = SurfacePlaceholder("no GL in this test")
    qtbot.addWidget(placeholder)
    assert placeholder.objectName() == names.SURFACE_VIEW
    assert placeholder.accessibleName()
    assert "3D view unavailable: no GL in this test." in placeholder.text()
    assert "contour and loss views still work" in placeholder.text()
    assert placeholder.wordWrap()

    for method in ("set_loss", "set_path", "set_log_color", "clear_path"):
        assert callable(getattr(SurfaceView, method)) and callable(getattr(placeholder, method))
    placeholder.set_loss(finished_run.loss, finished_run.start_weights)
    w0, w1, mse = path_of(finished_run, every=50)
    placeholder.set_path(w0, w1, mse)
    placeholder.set_log_color(True)
    assert placeholder.objective is finished_run.loss
    assert placeholder.start == finished_run.start_weights
    assert placeholder.path is not None and np.array_equal(placeholder.path[0], w0)
    assert placeholder.log_color
    placeholder.clear_path()
    assert placeholder.path is None


# -- ContourView ---------------------------------------------------------------------


def test_contour_view_draws_path_markers_and_window(qtbot, finished_run: Run) -> None:
    view = ContourView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert view.objectName() == names.CONTOUR_VIEW and view.toolTip()
    loss = finished_run.loss
    view.set_loss(loss, finished_run.start_weights)
    window = view.loss_window
    assert window is not None
    assert window.contains(*finished_run.start_weights) and window.contains(*loss.optimum)

    assert_shows(view, window)
    rect = view.image_item.mapRectToParent(view.image_item.boundingRect())
    assert rect.left() < window.w0_range[0] < window.w0_range[1] < rect.right()
    assert view.contour_item.getData()[0].size > 100
    assert view.optimum_item.getData()[0] == pytest.approx([loss.optimum[0]])

    w0, w1, mse = path_of(finished_run, every=5)
    view.set_path(w0, w1, mse)
    x, y = view.path_item.getData()
    assert np.array_equal(x, w0) and np.array_equal(y, w1)
    cx, cy = view.current_item.getData()
    assert (cx[0], cy[0]) == (x[-1], y[-1])
    assert view.path_item.opts["symbol"] is None  # many points: line only

    view.set_path(w0[:10], w1[:10], mse[:10])
    assert view.path_item.getData()[0].size == 10
    assert view.path_item.opts["symbol"] == "o"  # few points: dots too

    view.clear_path()
    assert view.path_item.getData()[0] is None or view.path_item.getData()[0].size == 0
    assert not view.current_item.isVisible()

    view.set_path(w0, w1, mse)
    view.set_path(w0[:0], w1[:0], mse[:0])  # an empty path clears too
    assert not view.path_item.isVisible()


def test_contour_view_reframes_when_the_path_leaves(qtbot, finished_run: Run) -> None:
    view = ContourView()
    qtbot.addWidget(view)
    loss = finished_run.loss
    view.set_loss(loss, finished_run.start_weights)
    far = np.array([1.0, 40.0, -50.0])
    view.set_path(far, far, loss.mse_grid(far, far))
    window = view.loss_window
    assert window is not None and window.contains(far, far)
    assert_shows(view, window)


# -- LossView ------------------------------------------------------------------------


def test_loss_view_curves_skip_nan_and_mark_the_best(qtbot, finished_run: Run) -> None:
    view = LossView()
    qtbot.addWidget(view)
    assert view.objectName() == names.LOSS_VIEW and view.toolTip()
    steps = np.concatenate(([0.0], finished_run.records.column("step")))
    mse = np.concatenate(([finished_run.start_mse], finished_run.records.column("mse")))
    batch = np.concatenate(([np.nan], finished_run.records.column("batch_mse")))
    view.set_curves(steps, mse, batch)
    x, y = view.mse_curve.getData()
    assert np.array_equal(x, steps) and np.array_equal(y, mse)
    bx, by = view.batch_curve.getData()
    assert bx[0] == 1.0 and bx.size == steps.size - 1 and np.isfinite(by).all()

    view.set_best(finished_run.best_step, finished_run.best_mse)
    sx, sy = view.best_item.getData()
    assert (sx[0], sy[0]) == (finished_run.best_step, pytest.approx(finished_run.best_mse))

    view.set_log_y(True)
    assert view.log_y
    sx, sy = view.best_item.getData()
    assert sy[0] == pytest.approx(np.log10(finished_run.best_mse))

    view.clear()
    assert view.mse_curve.getData()[0] is None or view.mse_curve.getData()[0].size == 0
    assert view.best_item.getData()[0].size == 0


def test_loss_view_log_axis_survives_zeros_and_infinities(qtbot) -> None:
    view = LossView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    steps = np.arange(6, dtype=float)
    mse = np.array([100.0, 10.0, 0.0, -1.0, np.inf, np.nan])
    batch = np.array([np.nan, 50.0, 0.0, 5.0, np.inf, 1e-3])
    view.set_log_y(True)
    view.set_curves(steps, mse, batch)
    view.set_best(2, 0.0)  # not drawable on a log axis: hidden, no warning
    view.grab()  # paint now: a warning while painting fails the test too
    x, y = view.mse_curve.getData()
    assert np.array_equal(x, [0.0, 1.0])
    assert np.isfinite(y).all()
    assert view.best_item.getData()[0].size == 0
    (_, _), (y0, y1) = view.getPlotItem().getViewBox().viewRange()
    assert np.isfinite([y0, y1]).all() and -5 < y0 < y1 < 5

    view.set_log_y(False)
    x, y = view.mse_curve.getData()
    assert np.array_equal(x, [0.0, 1.0, 2.0, 3.0])
    view.set_best(2, 0.0)
    assert view.best_item.getData()[1][0] == 0.0
