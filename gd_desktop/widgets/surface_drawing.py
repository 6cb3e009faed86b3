"""The loss surface of the 3D view: the surface, its wireframe, the markers and axis labels.

Weights and height are mapped into a fixed box (x, y in [-1, 1] from the
window, z in [0, 1] from the colour scale) so any data scale looks the same.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from OpenGL import GL
from PySide6 import QtCore, QtGui

from gd_desktop.core.objective import Objective, lowest_minimum
from gd_desktop.widgets.colour_scale import ColourScale
from gd_desktop.widgets.critical_marks import KIND_MARKS, other_points, rgba
from gd_desktop.widgets.loss_window import LossWindow, landmarks
from gd_desktop.widgets.surface_axes import SurfaceAxes


def loss_title(code: str) -> str:
    """The loss axis's name for a loss code ("mse"); the code itself when unknown."""
    titles = {"mse": QtCore.QCoreApplication.translate("SurfaceView", "MSE")}
    return titles.get(code, code)


COLORMAP = "viridis"
START_COLOR = (0.95, 0.95, 0.95, 1.0)
OPTIMUM_COLOR = (1.0, 0.2, 0.55, 1.0)
WIREFRAME_COLOR = (1.0, 1.0, 1.0, 0.22)
# Lift of the path and markers above the surface, in box units (z spans 0..1),
# so the depth test does not hide them inside the surface.
LIFT = 0.015
# Markers are drawn over everything: a point sprite shares one depth, so the
# surface in front of it would cut it in half.
ON_TOP = {
    GL.GL_DEPTH_TEST: False,
    GL.GL_BLEND: True,
    GL.GL_CULL_FACE: False,
    "glBlendFunc": (GL.GL_SRC_ALPHA, GL.GL_ONE_MINUS_SRC_ALPHA),
}
# Every how many grid lines the wireframe draws.
WIREFRAME_EVERY = 5
GRID = 41
# The markers' sizes in pixels at a line scale of 1.
MARKER_SIZES = {"start_item": 11.0, "optimum_item": 16.0, "critical_item": 12.0}
# The translation context of the view's words (they are the 3D view's).


def axis_font(font: QtGui.QFont) -> QtGui.QFont:
    """``font`` for the 3D axes' words, at least 9 points (GL text is not hinted)."""
    font = QtGui.QFont(font)
    font.setPointSizeF(max(font.pointSizeF(), 9.0))
    return font


class SurfaceDrawing:
    """A loss surface over the weights, with the start and the lowest known minimum.

    Heights are the loss itself, so the bowl has its true shape; with log colour
    on, the colours follow log10(loss) (floored at the window's ``log_floor``), so
    the bottom of the bowl, where the late updates happen, shows contrast.
    The window is square in weight units and centred on the minimum, so a round
    bowl looks round and each step is at right angles to the level curves.
    ``items`` are the GL items it draws with, for the view to add.
    """

    def __init__(self, font: QtGui.QFont) -> None:
        self._colormap = pg.colormap.get(COLORMAP)
        self._objective: Objective | None = None
        self._start = (0.0, 0.0)
        self._window: LossWindow | None = None
        self._log_color = False
        self._scale: ColourScale | None = None

        self.surface_item = gl.GLSurfacePlotItem(computeNormals=False, smooth=False)
        self.wireframe_item = gl.GLLinePlotItem(
            mode="lines", color=WIREFRAME_COLOR, width=1.0, antialias=True, glOptions="translucent"
        )
        self.start_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)),
            color=START_COLOR,
            size=MARKER_SIZES["start_item"],
            glOptions=ON_TOP,
        )
        self.optimum_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)),
            color=OPTIMUM_COLOR,
            size=MARKER_SIZES["optimum_item"],
            glOptions=ON_TOP,
        )
        self.critical_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)),
            color=(1.0, 1.0, 1.0, 1.0),
            size=MARKER_SIZES["critical_item"],
            glOptions=ON_TOP,
        )
        self.axes = SurfaceAxes(axis_font(font))
        self.items: tuple[gl.GLGraphicsItem.GLGraphicsItem, ...] = (
            self.surface_item,
            self.wireframe_item,
            self.start_item,
            self.optimum_item,
            self.critical_item,
            *self.axes.items,
        )
        for item in self.items:
            item.setVisible(False)
        self.start_item.setDepthValue(10)
        self.optimum_item.setDepthValue(11)

    # -- state -----------------------------------------------------------------------
    @property
    def loss_window(self) -> LossWindow | None:
        """The weights rectangle drawn now."""
        return self._window

    @property
    def log_color(self) -> bool:
        return self._log_color

    # -- changes ---------------------------------------------------------------------
    def set_loss(self, objective: Objective, start: tuple[float, float]) -> None:
        """Frame the start and the minimum and draw the objective's surface."""
        self._objective = objective
        self._start = (float(start[0]), float(start[1]))
        self._window = LossWindow.around(
            objective,
            landmarks(objective, self._start),
            grid=GRID,
            centered=True,
            square=True,
        )
        self._draw()

    def hold(self, w0: np.ndarray, w1: np.ndarray) -> bool:
        """Widen the window to hold a path (and redraw); True when the window changed."""
        if self._objective is None or self._window is None:
            return False
        wider = self._window.follow(
            self._objective, self._start, w0, w1, grid=GRID, centered=True, square=True
        )
        if wider is None:
            return False
        self._window = wider
        self._draw()
        return True

    def set_colour_scale(self, scale: ColourScale | None) -> None:
        """Colour by ``scale`` (shared with the contour view); None: by this window."""
        self._scale = scale
        if self._window is not None:
            self._draw()

    def set_text_color(self, color: str) -> None:
        """The colour of the axes and their words."""
        self.axes.set_color(color)

    def set_font(self, font: QtGui.QFont) -> None:
        """The axes' tick values and names in ``font`` (at least 9 points)."""
        self.axes.set_font(axis_font(font))

    def set_marker_scale(self, scale: float) -> None:
        """The start, optimum and critical-point marks ``scale`` x their usual size."""
        for name, size in MARKER_SIZES.items():
            getattr(self, name).setData(size=size * scale)

    def set_log_color(self, on: bool) -> bool:
        """Colour by log10(loss) or by loss; True when the colours changed."""
        if bool(on) == self._log_color:
            return False
        self._log_color = bool(on)
        if self._window is not None:
            self._draw()
        return True

    # -- mapping ---------------------------------------------------------------------
    def box_positions(
        self, w0: np.ndarray, w1: np.ndarray, loss: np.ndarray, lift: float
    ) -> np.ndarray:
        """Weights and loss mapped into the drawing box, shape (k, 3)."""
        window = self._window
        assert window is not None
        (a0, b0), (a1, b1) = window.w0_range, window.w1_range
        with np.errstate(over="ignore", invalid="ignore"):
            x = 2.0 * (w0 - a0) / (b0 - a0) - 1.0
            y = 2.0 * (w1 - a1) / (b1 - a1) - 1.0
        z = window.normalized(loss, False) + lift
        box = np.column_stack((x, y, z))
        return np.clip(np.nan_to_num(box, nan=0.0), -1.0, 1.0 + lift)

    # -- drawing ---------------------------------------------------------------------
    def _draw(self) -> None:
        window = self._window
        objective = self._objective
        assert window is not None and objective is not None
        heights = window.normalized(window.losses, False)
        if self._scale is not None:  # the scale the contour view shares
            shades = self._scale.normalized(window.losses, self._log_color)
        else:
            shades = window.normalized(window.losses, True) if self._log_color else heights
        x = np.linspace(-1.0, 1.0, window.w0_axis.size)
        y = np.linspace(-1.0, 1.0, window.w1_axis.size)
        colors = self._colormap.map(shades.ravel(), mode="float")
        self.surface_item.setData(x=x, y=y, z=heights, colors=colors)
        self._draw_wireframe(x, y, heights)
        self._draw_markers(objective)
        self._draw_labels(window)
        for item in self.items:
            if item is not self.optimum_item and item is not self.critical_item:
                item.setVisible(True)

    def _draw_markers(self, objective: Objective) -> None:
        """The start, and the lowest known minimum when there is one."""
        start = self._start
        minimum = lowest_minimum(objective)
        if minimum is None:
            marks = self.box_positions(
                np.array([start[0]]), np.array([start[1]]), np.array([objective.loss(*start)]), LIFT
            )
        else:
            marks = self.box_positions(
                np.array([start[0], minimum.weights[0]]),
                np.array([start[1], minimum.weights[1]]),
                np.array([objective.loss(*start), minimum.loss]),
                LIFT,
            )
            self.optimum_item.setData(pos=marks[1:])
        self.start_item.setData(pos=marks[:1])
        self.optimum_item.setVisible(minimum is not None)
        others = other_points(objective.critical_points(), minimum)
        if others:
            at = self.box_positions(
                np.array([p.weights[0] for p in others]),
                np.array([p.weights[1] for p in others]),
                np.array([p.loss for p in others]),
                LIFT,
            )
            colors = np.array([rgba(KIND_MARKS[p.kind][1]) for p in others])
            self.critical_item.setData(pos=at, color=colors)
        self.critical_item.setVisible(bool(others))

    def retranslate(self) -> None:
        """The range labels again, in the language now in use."""
        if self.loss_window is not None:
            self._draw_labels(self.loss_window)

    def _draw_labels(self, window: LossWindow) -> None:
        """The axes: w0, w1 and the loss, with their ticks."""
        assert self._objective is not None
        self.axes.draw(window, loss_title(self._objective.labels.loss))

    def _draw_wireframe(self, x: np.ndarray, y: np.ndarray, heights: np.ndarray) -> None:
        """Every WIREFRAME_EVERY-th grid line, as segment pairs, for a sense of shape."""
        rows = np.arange(0, x.size, WIREFRAME_EVERY)
        cols = np.arange(0, y.size, WIREFRAME_EVERY)
        z = heights + 0.3 * LIFT
        along_y = np.stack(
            (
                np.broadcast_to(x[rows, None], (rows.size, y.size)),
                np.broadcast_to(y[None, :], (rows.size, y.size)),
                z[rows, :],
            ),
            axis=-1,
        )
        along_x = np.stack(
            (
                np.broadcast_to(x[:, None], (x.size, cols.size)),
                np.broadcast_to(y[None, cols], (x.size, cols.size)),
                z[:, cols],
            ),
            axis=-1,
        ).transpose(1, 0, 2)
        segments = [
            np.stack((line[:-1], line[1:]), axis=1).reshape(-1, 3) for line in (*along_y, *along_x)
        ]
        self.wireframe_item.setData(pos=np.concatenate(segments))
