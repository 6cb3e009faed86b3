"""The main window driven like a user: runs, steps, reset and live learning-rate changes."""

from __future__ import annotations

import numpy as np
import pyqtgraph.opengl as gl
import pytest
from PySide6 import QtGui

from gd_desktop.core.presets import PRESETS
from gd_desktop.widgets import names
from gd_desktop.widgets.surface_drawing import LIFT

from .helpers import (
    assert_readouts_show,
    choose_preset,
    close_to,
    enter_text,
    headless,
    readout,
    rgb,
    run_to_finish,
    trigger,
)

LR_COLUMN = 8
F32 = 1e-6  # float32 resolution of coordinates in [-1, 1]


def surface_point(view, w0: float, w1: float, mse: float) -> np.ndarray:
    """Where the 3D view puts weights (w0, w1) at height ``mse`` in its drawing box.

    x and y follow from the view's weights rectangle; the height scale (linear or
    log, lifted above the surface) is the view's own choice, so it is taken from it.
    """
    window = view.loss_window
    (a0, b0), (a1, b1) = window.w0_range, window.w1_range
    x = 2.0 * (w0 - a0) / (b0 - a0) - 1.0
    y = 2.0 * (w1 - a1) / (b1 - a1) - 1.0
    z = view.box_positions(np.array([w0]), np.array([w1]), np.array([mse]), LIFT)[0, 2]
    return np.array([x, y, z])


def project(view, points: np.ndarray) -> np.ndarray:
    """Pixel positions (x, y) of drawing-box points in the 3D view's framebuffer."""
    width, height = view.deviceWidth(), view.deviceHeight()
    viewport = (0, 0, width, height)
    transform = view.projectionMatrix(viewport, viewport) * view.viewMatrix()
    out = np.empty((len(points), 2))
    for i, (x, y, z) in enumerate(points):
        p = transform.map(QtGui.QVector3D(float(x), float(y), float(z)))
        out[i] = ((p.x() + 1.0) / 2.0 * width, (1.0 - p.y()) / 2.0 * height)
    return out


def distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """For each point of ``a``, the distance to the nearest point of ``b``."""
    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2)).min(axis=1)


def orange_pixels(pixels: np.ndarray) -> int:
    """Pixels of the path's orange, which the viridis surface never shows."""
    r, g, b = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return int(np.sum((r > 180) & (g > 70) & (g < 200) & (b < 90)))


@pytest.mark.parametrize("preset_id", list(PRESETS))
def test_run_to_the_end_matches_the_headless_engine(qtbot, window, spy, preset_id) -> None:
    w = window
    choose_preset(qtbot, w, preset_id)
    assert w.info.config == PRESETS[preset_id]
    run_to_finish(qtbot, w)
    w.draw_frame()

    reference = headless(w)
    n = reference.step
    assert w.state == "finished"
    assert w.received == n == w.info.run.total_updates
    assert w.order_errors == 0 and spy.errors == []
    # Bit-identical: the GUI's run and what reached the GUI equal the headless run.
    assert np.array_equal(spy.rows(w.info.run_id), reference.records.rows(0, n))
    assert np.array_equal(w.info.run.records.rows(0, n), reference.records.rows(0, n))
    assert (float(w.last_row[2]), float(w.last_row[3])) == reference.weights
    assert_readouts_show(w, reference.records.rows(n - 1, n)[:, 0])
    assert readout(w, names.READOUT_STATE) == "finished"


@pytest.mark.parametrize("k", [1, 7])
def test_after_k_steps_views_and_readouts_show_record_k(qtbot, window, spy, k) -> None:
    w = window
    for i in range(k):
        trigger(qtbot, w, w.actions_.step)
        assert w.received == i + 1 and w.state == "paused"
    w.draw_frame()

    reference = headless(w, k)
    rows = reference.records.rows(0, k)
    start = reference.start_weights
    assert np.array_equal(spy.rows(w.info.run_id), rows)
    assert [b.rows.shape[1] for b in spy.emissions(w.info.run_id)] == [1] * k  # one signal per step

    # 2D view: start plus k updates, the last one is record k.
    x, y = w.contour_view.path_item.getData()
    assert len(x) == len(y) == k + 1
    assert (x[0], y[0]) == start
    assert np.array_equal(x[1:], rows[2]) and np.array_equal(y[1:], rows[3])
    cx, cy = w.contour_view.current_item.getData()
    assert (cx[-1], cy[-1]) == (rows[2, -1], rows[3, -1])

    # 3D view: the same points mapped into its drawing box (GL items hold float32).
    view = w.surface_view
    assert isinstance(view, gl.GLViewWidget)
    pos = view.path_item.pos
    assert pos.shape == (k + 1, 3)
    expected_last = surface_point(view, rows[2, -1], rows[3, -1], rows[4, -1])
    np.testing.assert_allclose(pos[-1], expected_last, rtol=0, atol=F32)
    np.testing.assert_allclose(pos[0], surface_point(view, *start, reference.start_mse), atol=F32)
    np.testing.assert_allclose(view.current_item.pos[-1], expected_last, atol=F32)
    # Batch descent lowers the MSE at every step: the path never climbs.
    assert np.all(np.diff(pos[:, 2]) <= F32)

    # Readouts and the MSE curve end at record k.
    assert_readouts_show(w, rows[:, -1])
    assert readout(w, names.READOUT_STATE) == "paused"
    steps, mse = w.loss_view.mse_curve.getData()
    assert steps[-1] == k and len(steps) == k + 1
    shown = 10.0 ** mse[-1] if w.loss_view.log_y else mse[-1]
    assert shown == pytest.approx(rows[4, -1], rel=1e-12)
    best = readout(w, names.READOUT_BEST_MSE)
    assert close_to(best, float(rows[4].min())) and best.endswith(f"@{int(rows[4].argmin()) + 1}")


def test_reset_restores_the_initial_state(qtbot, window, spy) -> None:
    w = window
    start = w.info.run.start_weights
    first_id = w.info.run_id
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    trigger(qtbot, w, w.actions_.step_epoch)
    assert w.received == 4

    trigger(qtbot, w, w.actions_.reset)
    qtbot.waitUntil(lambda: w.state == "ready")
    w.draw_frame()
    assert w.info.run_id == first_id + 1 and w.info.config == PRESETS["blog-batch"]
    assert w.received == 0 and w.last_row is None and w.order_errors == 0
    x, y = w.contour_view.path_item.getData()
    assert list(x) == [start[0]] and list(y) == [start[1]]
    assert w.surface_view.path_item.pos.shape == (1, 3)
    assert len(w.loss_view.mse_curve.getData()[0]) == 1
    assert readout(w, names.READOUT_STEP) == "0 / 500"
    assert readout(w, names.READOUT_STATE) == "ready"
    assert readout(w, names.READOUT_BEST_MSE) == "-"
    assert_readouts_show(w, None)
    assert w.actions_.run.isEnabled() and w.actions_.step.isEnabled()
    assert not w.actions_.reset.isEnabled()

    # The same seed gives the same run again.
    trigger(qtbot, w, w.actions_.step)
    assert np.array_equal(spy.rows(w.info.run_id), spy.rows(first_id)[:, :1])


def test_learning_rate_change_takes_effect_at_the_next_update(qtbot, window, spy) -> None:
    w = window
    old, new = PRESETS["blog-batch"].learning_rate, 3.5e-5
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    enter_text(qtbot, w.panel.lr_input, "3.5e-5")
    qtbot.waitUntil(lambda: w.controller.idle)
    assert w.panel.lr_input.value() == new
    assert w.info.run.learning_rate == new
    assert w.received == 3 and w.state == "paused"  # no reset
    trigger(qtbot, w, w.actions_.step)

    rows = spy.rows(w.info.run_id)
    assert list(rows[LR_COLUMN]) == [old, old, old, new]
    reference = headless(w, 3)
    reference.set_learning_rate(new)
    reference.advance(1)
    assert np.array_equal(rows, reference.records.rows(0, 4))
    w.draw_frame()
    assert_readouts_show(w, rows[:, -1])


def test_surface_framebuffer_shows_the_path_after_steps(qtbot, window) -> None:
    w = window
    view = w.surface_view
    # Under Xvfb with GLX the real 3D view must be there: this test never skips.
    assert isinstance(view, gl.GLViewWidget), getattr(view, "reason", view)
    before = rgb(view.grabFramebuffer())
    assert before.reshape(-1, 3).std(axis=0).max() > 10, "the surface is not drawn"

    for _ in range(24):
        trigger(qtbot, w, w.actions_.step)
    w.draw_frame()
    stepped = rgb(view.grabFramebuffer())
    run_to_finish(qtbot, w)
    w.draw_frame()
    finished = rgb(view.grabFramebuffer())

    assert stepped.shape == finished.shape == before.shape
    changed = [int(np.any(image != before, axis=2).sum()) for image in (stepped, finished)]
    assert changed[0] > 50, f"24 steps changed only {changed[0]} pixels"
    assert changed[1] > 400, f"the whole run changed only {changed[1]} pixels"
    assert orange_pixels(finished) > orange_pixels(before) + 100

    # The change is where the path is: near its projected points, and all along it.
    ys, xs = np.nonzero(np.any(finished != before, axis=2))
    changed_at = np.column_stack((xs, ys))[:: max(1, len(xs) // 3000)]
    path_at = project(view, view.path_item.pos[::3])
    near_path = float(np.mean(distances(changed_at, path_at) <= 8.0))
    covered = float(np.mean(distances(path_at, changed_at) <= 3.0))
    assert near_path > 0.9, f"{near_path:.0%} of the changed pixels are near the path"
    assert covered > 0.8, f"only {covered:.0%} of the path shows in the framebuffer"
