"""The loss views draw any Objective: one with no minimum frames its points and marks none."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pytest

from gd_desktop.core import Run, preset
from gd_desktop.core.objective import CriticalPoint, ObjectiveLabels
from gd_desktop.widgets.contour_view import ContourView
from gd_desktop.widgets.gl_support import opengl_problem
from gd_desktop.widgets.loss_window import LossWindow, landmarks
from gd_desktop.widgets.surface_picking import surface_hit
from gd_desktop.widgets.surface_view import SurfaceView


class Slope:
    """exp(0.3 w0 + 0.2 w1): positive, smooth, and with no minimum anywhere."""

    labels = ObjectiveLabels(family="slope", loss="loss")

    def loss(self, w0: float, w1: float) -> float:
        return float(self.loss_grid(np.asarray(w0), np.asarray(w1)))

    def gradient(self, w0: float, w1: float) -> tuple[float, float]:
        value = self.loss(w0, w1)
        return 0.3 * value, 0.2 * value

    def loss_grid(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        return np.exp(0.3 * np.asarray(w0, float) + 0.2 * np.asarray(w1, float))

    def hessian(self, w0: float, w1: float) -> np.ndarray:
        return self.loss(w0, w1) * np.array([[0.09, 0.06], [0.06, 0.04]])

    def batch_loss_gradient(
        self, w0: float, w1: float, rows: np.ndarray | None
    ) -> tuple[float, float, float]:
        return (self.loss(w0, w1), *self.gradient(w0, w1))

    def critical_points(self) -> tuple[CriticalPoint, ...]:
        return ()

    def facts(self) -> Mapping[str, float]:
        return {}


START = (1.0, -2.0)


def test_a_window_without_a_minimum_frames_the_points() -> None:
    slope = Slope()
    assert landmarks(slope, START).tolist() == [list(START)]
    path = np.array([[1.0, -2.0], [3.0, 0.0]])
    window = LossWindow.around(slope, path, grid=21, centered=True, square=True)
    assert window.minimum_loss is None
    assert window.contains(path[:, 0], path[:, 1])
    # Without a minimum to centre on, the points are centred.
    assert np.mean(window.w0_range) == pytest.approx(2.0)
    assert np.mean(window.w1_range) == pytest.approx(-1.0)
    assert window.loss_min == pytest.approx(float(window.losses.min()))
    assert window.losses[4, 9] == pytest.approx(slope.loss(window.w0_axis[4], window.w1_axis[9]))


def test_a_least_squares_window_centres_on_the_optimum() -> None:
    loss = Run(preset("blog-batch")).loss
    window = LossWindow.around(loss, landmarks(loss, (0.0, 0.0)), grid=21, centered=True)
    assert np.mean(window.w0_range) == pytest.approx(loss.optimum[0])
    assert np.mean(window.w1_range) == pytest.approx(loss.optimum[1])
    assert window.minimum_loss == loss.optimum_mse


def test_a_ray_straight_down_finds_the_weights_under_it() -> None:
    slope = Slope()
    window = LossWindow.around(slope, np.array([[0.0, 0.0], [4.0, 4.0]]), grid=41, square=True)
    (a0, b0), (a1, b1) = window.w0_range, window.w1_range
    x, y = 0.25, -0.5  # box units
    hit = surface_hit(window, np.array([x, y, 5.0]), np.array([x, y, -5.0]))
    assert hit is not None
    assert hit[0] == pytest.approx(a0 + (x + 1) / 2 * (b0 - a0))
    assert hit[1] == pytest.approx(a1 + (y + 1) / 2 * (b1 - a1))
    # A ray beside the box misses it.
    assert surface_hit(window, np.array([3.0, 0.0, 5.0]), np.array([3.0, 0.0, -5.0])) is None


def test_the_contour_view_marks_no_minimum_where_there_is_none(qtbot) -> None:
    view = ContourView()
    qtbot.addWidget(view)
    view.set_loss(Slope(), START)
    assert not view.optimum_item.isVisible()
    assert view.optimum_item.getData()[0].size == 0
    assert view.start_item.isVisible() and view.contour_item.getData()[0].size > 10
    far = np.array([1.0, 6.0, -4.0])
    view.set_path(far, far, Slope().loss_grid(far, far))
    window = view.loss_window
    assert window is not None and window.contains(far, far)


def test_the_surface_view_marks_no_minimum_where_there_is_none(qtbot) -> None:
    problem = opengl_problem()
    if problem is not None:
        pytest.skip(f"no OpenGL here: {problem}")
    view = SurfaceView()
    qtbot.addWidget(view)
    view.set_loss(Slope(), START)
    assert view.surface_item.visible() and view.start_item.visible()
    assert not view.optimum_item.visible()
    w0, w1 = np.array([1.0, 2.0, 3.0]), np.array([-2.0, -1.0, 0.0])
    view.set_path(w0, w1, Slope().loss_grid(w0, w1))
    assert view.path_item.pos.shape == (3, 3)
    assert np.allclose(view.path_item.pos[0], view.start_item.pos[0])
