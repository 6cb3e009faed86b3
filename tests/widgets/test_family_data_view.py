"""The data view follows the family: two-feature logistic data drawn by class with
each run's decision boundary w0 f0 + w1 f1 = 0, and the logistic curve for one
feature plus an intercept."""

from __future__ import annotations

import numpy as np

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.settings import DataConfig
from gd_desktop.widgets.class_plot import boundary_segment
from gd_desktop.widgets.data_view import CURVE_POINTS

from .helpers import trigger


def _load(qtbot, w, config: ExperimentConfig) -> None:
    old = w.info.run_id
    w.load(config)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=30_000)


def _steps(qtbot, w, count: int) -> None:
    for _ in range(count):
        trigger(qtbot, w, w.actions_.step)
    qtbot.waitUntil(lambda: w.lanes[0].received == count, timeout=30_000)
    w.painter.redraw()


def test_boundary_segment_clips_the_line_to_the_box() -> None:
    box = (-2.0, 2.0, -1.0, 1.0)
    xs, ys = boundary_segment(1.0, 0.0, box) or ([], [])  # f0 = 0: vertical
    assert xs == [0.0, 0.0] and sorted(ys) == [-1.0, 1.0]
    xs, ys = boundary_segment(1.0, -1.0, box) or ([], [])  # f1 = f0, cut by f1's sides
    assert sorted(xs) == [-1.0, 1.0] and sorted(ys) == [-1.0, 1.0]
    assert boundary_segment(0.0, 0.0, box) is None
    assert boundary_segment(1.0, 1.0, (1.0, 2.0, 1.0, 2.0)) is None  # misses the box
    assert boundary_segment(float("nan"), 1.0, box) is None


def test_two_feature_classes_are_drawn_by_class_with_each_decision_boundary(qtbot, window) -> None:
    w = window
    data = DataConfig(samples=200, separation=2.0)
    _load(qtbot, w, ExperimentConfig(model="logistic", data=data, learning_rate=0.5, init=(1, -1)))
    view = w.data_view
    assert view.classes and not view.line_fit
    dataset = w.lanes[0].dataset
    rows = view.shown_rows
    f0, f1 = dataset.features[rows].T
    positive = dataset.target[rows] == 1
    assert 0 < positive.sum() < positive.size
    np.testing.assert_array_equal(view.data_item.getData()[0], f0[~positive])
    np.testing.assert_array_equal(view.data_item.getData()[1], f1[~positive])
    np.testing.assert_array_equal(view.positive_item.getData()[0], f0[positive])
    np.testing.assert_array_equal(view.positive_item.getData()[1], f1[positive])
    colors = {item.opts["brush"].color().getRgb() for item in (view.data_item, view.positive_item)}
    assert len(colors) == 2
    _steps(qtbot, w, 5)
    w0, w1 = w.lanes[0].weights
    xs, ys = view.line_item.getData()
    assert len(xs) == 2
    np.testing.assert_allclose(w0 * np.asarray(xs) + w1 * np.asarray(ys), 0.0, atol=1e-9)
    # The boundary spans the data window: its ends are on the window's edges.
    low0, high0 = f0.min(), f0.max()
    low1, high1 = f1.min(), f1.max()
    for x, y in zip(xs, ys, strict=True):
        assert low0 - 0.1 * (high0 - low0) <= x <= high0 + 0.1 * (high0 - low0)
        assert low1 - 0.1 * (high1 - low1) <= y <= high1 + 0.1 * (high1 - low1)
    assert view.line_item.isVisible() and view.line_item.opts["symbol"] is None


def test_one_feature_and_an_intercept_still_draw_the_logistic_curve(qtbot, window) -> None:
    w = window
    data = DataConfig(source="line", samples=200, separation=2.0)
    _load(qtbot, w, ExperimentConfig(model="logistic", data=data, learning_rate=0.5))
    view = w.data_view
    assert view.line_fit and not view.classes
    _steps(qtbot, w, 3)
    xs, ys = view.line_item.getData()
    assert len(xs) == CURVE_POINTS and np.all((ys > 0) & (ys < 1))
