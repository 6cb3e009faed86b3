"""The 3D loss surface with the descent path drawn on it, or a placeholder without GL.

Weights and height are mapped into a fixed box (x, y in [-1, 1] from the
window, z in [0, 1] from the colour scale) so any data scale looks the same.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from OpenGL import GL
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.loss import LeastSquaresLoss
from gd_desktop.widgets import names
from gd_desktop.widgets.gl_support import opengl_problem
from gd_desktop.widgets.loss_window import LossWindow
from gd_desktop.widgets.numbers import window_bound
from gd_desktop.widgets.plot_views import BACKGROUND, rgb

COLORMAP = "viridis"
PATH_COLOR = (1.0, 0.6, 0.1, 1.0)
CURRENT_COLOR = (1.0, 0.85, 0.3, 1.0)
START_COLOR = (0.95, 0.95, 0.95, 1.0)
OPTIMUM_COLOR = (1.0, 0.2, 0.55, 1.0)
WIREFRAME_COLOR = (1.0, 1.0, 1.0, 0.22)
LABEL_COLOR = (200, 200, 210, 255)
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
# A press and release this close (pixels) is a click, not a drag.
CLICK_SLOP = 3
RAY_SAMPLES = 400


class _SurfaceDrawing:
    """Rotatable 3D MSE surface over the weights, with the path, start and optimum.

    Heights are the MSE itself, so the bowl has its true shape; with log colour
    on, the colours follow log10(MSE) (floored at the window's ``log_floor``), so
    the bottom of the bowl, where the late updates happen, shows contrast.
    The window is square in weight units and centred on the optimum, so a round
    bowl looks round and each step is at right angles to the level curves.

    The drawing is kept apart from the Qt class the view is built on.
    """

    # Provided by GLViewMixin and the Qt class the view is built on.
    addItem: Any
    setBackgroundColor: Any
    setCameraPosition: Any
    tr: Any

    def _setup(self, font: QtGui.QFont) -> None:
        self.setBackgroundColor(BACKGROUND)
        self.setCameraPosition(
            pos=QtGui.QVector3D(0.0, 0.0, 0.3), distance=4.2, elevation=28.0, azimuth=-55.0
        )

        self._colormap = pg.colormap.get(COLORMAP)
        self._loss: LeastSquaresLoss | None = None
        self._start = (0.0, 0.0)
        self._window: LossWindow | None = None
        self._log_color = False
        self._path: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._paths: list[tuple[np.ndarray, np.ndarray, np.ndarray] | None] = [None]
        self._visible: list[bool] = [True]

        self.surface_item = gl.GLSurfacePlotItem(computeNormals=False, smooth=False)
        self.wireframe_item = gl.GLLinePlotItem(
            mode="lines", color=WIREFRAME_COLOR, width=1.0, antialias=True, glOptions="translucent"
        )
        self.path_item = gl.GLLinePlotItem(
            pos=np.empty((0, 3)), color=PATH_COLOR, width=3.0, antialias=True
        )
        self.start_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)), color=START_COLOR, size=11.0, glOptions=ON_TOP
        )
        self.optimum_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)), color=OPTIMUM_COLOR, size=16.0, glOptions=ON_TOP
        )
        self.current_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)), color=CURRENT_COLOR, size=10.0, glOptions=ON_TOP
        )
        font = QtGui.QFont(font)
        font.setPointSizeF(max(font.pointSizeF(), 9.0))
        align = QtCore.Qt.AlignmentFlag
        self.w0_label = gl.GLTextItem(
            color=LABEL_COLOR, font=font, alignment=align.AlignHCenter | align.AlignTop
        )
        self.w1_label = gl.GLTextItem(
            color=LABEL_COLOR, font=font, alignment=align.AlignHCenter | align.AlignTop
        )
        for item in (
            self.surface_item,
            self.wireframe_item,
            self.path_item,
            self.start_item,
            self.optimum_item,
            self.current_item,
            self.w0_label,
            self.w1_label,
        ):
            item.setVisible(False)
            self.addItem(item)
        for depth, item in enumerate((self.start_item, self.optimum_item, self.current_item)):
            item.setDepthValue(10 + depth)
        # A race draws every run's path as one item and every current point as another
        # (colours per vertex): one GL item per run would cost a draw call each.
        self.race_paths_item = gl.GLLinePlotItem(
            pos=np.empty((0, 3)), mode="lines", width=3.0, antialias=True
        )
        self.race_current_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)), size=10.0, glOptions=ON_TOP
        )
        self.race_current_item.setDepthValue(13)
        for item in (self.race_paths_item, self.race_current_item):
            item.setVisible(False)
            self.addItem(item)
        self._colors: list[tuple[float, float, float, float]] = [PATH_COLOR]
        self._legend_entries: list[tuple[str, str]] = []
        self._boxed: list[np.ndarray | None] = [None]

    def set_lanes(self, colors: Sequence[str], labels: Sequence[str]) -> None:
        """One path per run, in these colours (the current point too, in a race)."""
        self._legend_entries = list(zip(colors, labels, strict=True))
        self._colors = [(r / 255, g / 255, b / 255, 1.0) for r, g, b in map(rgb, colors)]
        self.path_item.setData(color=self._colors[0])
        self._paths = [None] * len(colors)
        self._boxed = [None] * len(colors)
        self._visible = [True] * len(colors)
        self.clear_path()
        self._show_legend()

    def _show_legend(self) -> None:
        """The runs' names in their colours, over the view's corner (races only)."""
        label = getattr(self, "legend", None)
        if label is None:
            return
        parts = []
        for lane, (color, name) in enumerate(self._legend_entries):
            shown = lane < len(self._visible) and self._visible[lane]
            text_color = "#c8c8d2" if shown else "#6b6b78"
            parts.append(
                f'<span style="color:{color if shown else "#6b6b78"}">&#9632;</span> '
                f'<span style="color:{text_color}">{html.escape(name)}</span>'
            )
        label.setText("<br>".join(parts))
        label.adjustSize()
        label.setVisible(len(self._legend_entries) > 1)

    @property
    def race(self) -> bool:
        return len(self._colors) > 1

    def set_lane_visible(self, lane: int, on: bool) -> None:
        if lane < len(self._visible):
            self._visible[lane] = bool(on)
            self._show_legend()
            if self.race:
                self._draw_race()
            else:
                shown = on and self._paths[lane] is not None  # the one run: lane 0
                for item in (self.path_item, self.current_item):
                    item.setVisible(shown)

    def lane_positions(self, lane: int) -> np.ndarray | None:
        """Run ``lane``'s path as drawn, in box units (k, 3); None if not drawn."""
        if not self.race:
            return self.path_item.pos if self._paths[0] is not None else None
        return self._boxed[lane]

    def set_paths(self, paths: Sequence[tuple[int, np.ndarray, np.ndarray, np.ndarray]]) -> None:
        """Several runs' paths at once, (lane, w0, w1, mse) each: one redraw for all."""
        for lane, w0, w1, mse in paths:
            self.set_path(w0, w1, mse, lane=lane, redraw=False)
        if self.race:
            self._draw_race()

    # -- public API (shared with SurfacePlaceholder) --------------------------------
    def set_loss(self, loss: LeastSquaresLoss, start: tuple[float, float]) -> None:
        """Start a new run: frame start and optimum, draw the surface, clear the path."""
        self._loss = loss
        self._start = (float(start[0]), float(start[1]))
        self._window = LossWindow.around(
            loss, np.array([self._start, loss.optimum]), grid=GRID, centered=True, square=True
        )
        self.clear_path()
        self._draw_surface()

    def set_path(
        self,
        w0: np.ndarray,
        w1: np.ndarray,
        mse: np.ndarray,
        lane: int = 0,
        redraw: bool = True,
    ) -> None:
        """Draw a run's path (start at index 0, already decimated); the last point is current."""
        w0 = np.asarray(w0, dtype=np.float64).ravel()
        w1 = np.asarray(w1, dtype=np.float64).ravel()
        mse = np.asarray(mse, dtype=np.float64).ravel()
        if lane == 0:
            self._path = (w0, w1, mse)
        if w0.size == 0:
            self._clear_lane(lane)
            return
        self._paths[lane] = (w0, w1, mse)
        if self._loss is None or self._window is None:
            return
        wider = self._window.follow(
            self._loss, self._start, w0, w1, grid=GRID, centered=True, square=True
        )
        if wider is not None:
            self._window = wider
            self._draw_surface()
            for other in range(len(self._paths)):
                if other != lane:
                    self._draw_path(other)
        self._draw_path(lane)
        if redraw and self.race:
            self._draw_race()

    def set_log_color(self, on: bool) -> None:
        """Colour the surface by log10(MSE) instead of MSE."""
        if bool(on) == self._log_color:
            return
        self._log_color = bool(on)
        if self._window is not None:
            self._draw_surface()
            for lane in range(len(self._paths)):
                self._draw_path(lane)
            if self.race:
                self._draw_race()

    def clear_path(self) -> None:
        """Forget every run's path."""
        self._path = None
        for lane in range(len(self._paths)):
            self._clear_lane(lane)
        self.race_paths_item.setVisible(False)
        self.race_current_item.setVisible(False)

    def _clear_lane(self, lane: int) -> None:
        if lane < len(self._paths):
            self._paths[lane] = None
            self._boxed[lane] = None
        if lane == 0:
            self.path_item.setData(pos=np.empty((0, 3)))
            self.path_item.setVisible(False)
            self.current_item.setVisible(False)

    @property
    def loss_window(self) -> LossWindow | None:
        """The weights rectangle drawn now."""
        return self._window

    @property
    def log_color(self) -> bool:
        return self._log_color

    # -- drawing -------------------------------------------------------------------
    def _box(self, w0: np.ndarray, w1: np.ndarray, mse: np.ndarray, lift: float) -> np.ndarray:
        """Weights and MSE mapped into the drawing box, shape (k, 3)."""
        window = self._window
        assert window is not None
        (a0, b0), (a1, b1) = window.w0_range, window.w1_range
        with np.errstate(over="ignore", invalid="ignore"):
            x = 2.0 * (w0 - a0) / (b0 - a0) - 1.0
            y = 2.0 * (w1 - a1) / (b1 - a1) - 1.0
        z = window.normalized(mse, False) + lift
        box = np.column_stack((x, y, z))
        return np.clip(np.nan_to_num(box, nan=0.0), -1.0, 1.0 + lift)

    def _draw_surface(self) -> None:
        window = self._window
        loss = self._loss
        assert window is not None and loss is not None
        heights = window.normalized(window.mse, False)
        shades = window.normalized(window.mse, True) if self._log_color else heights
        x = np.linspace(-1.0, 1.0, window.w0_axis.size)
        y = np.linspace(-1.0, 1.0, window.w1_axis.size)
        colors = self._colormap.map(shades.ravel(), mode="float")
        self.surface_item.setData(x=x, y=y, z=heights, colors=colors)
        self._draw_wireframe(x, y, heights)

        marks = self._box(
            np.array([self._start[0], loss.optimum[0]]),
            np.array([self._start[1], loss.optimum[1]]),
            np.array([loss.mse(*self._start), loss.optimum_mse]),
            LIFT,
        )
        self.start_item.setData(pos=marks[:1])
        self.optimum_item.setData(pos=marks[1:])

        (a0, b0), (a1, b1) = window.w0_range, window.w1_range
        self.w0_label.setData(
            pos=(0.0, -1.2, 0.0),
            text=self.tr("w0: {low} to {high}").format(
                low=window_bound(a0, b0 - a0), high=window_bound(b0, b0 - a0)
            ),
        )
        self.w1_label.setData(
            pos=(1.3, 0.0, 0.0),
            text=self.tr("w1: {low} to {high}").format(
                low=window_bound(a1, b1 - a1), high=window_bound(b1, b1 - a1)
            ),
        )
        for item in (
            self.surface_item,
            self.wireframe_item,
            self.start_item,
            self.optimum_item,
            self.w0_label,
            self.w1_label,
        ):
            item.setVisible(True)

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

    def _draw_path(self, lane: int = 0) -> None:
        path_data = self._paths[lane] if lane < len(self._paths) else None
        if path_data is None or self._window is None:
            return
        w0, w1, mse = path_data
        if w0.size == 0:
            return
        pos = self._box(w0, w1, mse, LIFT)
        if self.race:
            self._boxed[lane] = pos
            return
        self.path_item.setData(pos=pos)
        self.current_item.setData(pos=pos[-1:])
        if self._visible[lane]:
            for item in (self.path_item, self.current_item):
                if not item.visible():
                    item.setVisible(True)

    def _draw_race(self) -> None:
        """Every shown run's path as segment pairs, and its current point, in its colour."""
        segments, colors, points, point_colors = [], [], [], []
        for lane, pos in enumerate(self._boxed):
            if pos is None or not self._visible[lane]:
                continue
            color = self._colors[lane]
            if len(pos) >= 2:
                pairs = np.stack((pos[:-1], pos[1:]), axis=1).reshape(-1, 3)
                segments.append(pairs)
                colors.append(np.broadcast_to(color, (len(pairs), 4)))
            points.append(pos[-1])
            point_colors.append(color)
        if segments:
            self.race_paths_item.setData(pos=np.concatenate(segments), color=np.concatenate(colors))
        self.race_paths_item.setVisible(bool(segments))
        if points:
            self.race_current_item.setData(pos=np.array(points), color=np.array(point_colors))
        self.race_current_item.setVisible(bool(points))


TOOLTIP = (
    "The full-data MSE over the two weights, with the descent path on it.\n"
    "Click the surface to start every run there. Drag to rotate, wheel to zoom,\n"
    "middle-drag to pan."
)


class SurfaceView(_SurfaceDrawing, gl.GLViewWidget):
    """The 3D view as a widget (drawn into the window's backing store).

    A click (press and release without a drag) on the surface emits
    ``start_clicked`` with the weights there.
    """

    start_clicked = QtCore.Signal(float, float)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(names.SURFACE_VIEW)
        self.setAccessibleName(self.tr("Loss surface, 3D"))
        self.setToolTip(self.tr(TOOLTIP))
        # GLViewWidget's size hint is (-1, -1); without a minimum a layout can
        # squeeze it to nothing and it never initialises.
        self.setMinimumSize(240, 180)
        self._setup(self.font())
        # The legend of a race: a plain label over the corner of the 3D view.
        self.legend = QtWidgets.QLabel(self)
        self.legend.setObjectName(f"{names.SURFACE_VIEW}Legend")
        self.legend.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.legend.setStyleSheet(
            "QLabel { background: rgba(30, 30, 36, 200); padding: 4px 6px; border-radius: 3px; }"
        )
        self.legend.move(8, 8)
        self.legend.hide()
        self._pressed_at: QtCore.QPointF | None = None

    # -- click to start ----------------------------------------------------------------
    def mousePressEvent(self, ev: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt naming
        self._pressed_at = ev.position()
        super().mousePressEvent(ev)

    def mouseReleaseEvent(self, ev: QtGui.QMouseEvent) -> None:  # noqa: N802 - Qt naming
        super().mouseReleaseEvent(ev)
        pressed, self._pressed_at = self._pressed_at, None
        if ev.button() != QtCore.Qt.MouseButton.LeftButton or pressed is None:
            return
        if (ev.position() - pressed).manhattanLength() > CLICK_SLOP:
            return  # a drag (it rotated the view), not a click
        hit = self.weights_at(ev.position())
        if hit is not None:
            self.start_clicked.emit(*hit)

    def weights_at(self, position: QtCore.QPointF) -> tuple[float, float] | None:
        """The weights of the surface point under a widget position, or None off it.

        The pixel's ray from the camera is followed until it first goes below the
        surface; the crossing is found to a fraction of a grid cell.
        """
        window = self._window
        if window is None:
            return None
        width, height = self.deviceWidth(), self.deviceHeight()
        ratio = self.devicePixelRatioF()
        ndc_x = 2.0 * position.x() * ratio / width - 1.0
        ndc_y = 1.0 - 2.0 * position.y() * ratio / height
        viewport = (0, 0, width, height)
        inverse, ok = (self.projectionMatrix(viewport, viewport) * self.viewMatrix()).inverted()
        if not ok:
            return None
        near = inverse.map(QtGui.QVector3D(ndc_x, ndc_y, -1.0))
        far = inverse.map(QtGui.QVector3D(ndc_x, ndc_y, 1.0))
        a = np.array([near.x(), near.y(), near.z()])
        b = np.array([far.x(), far.y(), far.z()])
        heights = window.normalized(window.mse, False)
        # Only the part of the ray inside the surface's box is searched.
        span = _box_span(a, b - a, float(heights.min()), float(heights.max()))
        if span is None:
            return None
        t = np.linspace(span[0], span[1], RAY_SAMPLES)
        points = a[None, :] + t[:, None] * (b - a)[None, :]
        x, y = np.clip(points[:, 0], -1.0, 1.0), np.clip(points[:, 1], -1.0, 1.0)
        below = points[:, 2] <= _height_at(heights, x, y)
        # The first crossing of the surface, from above or (under a rim) from below.
        crossings = np.flatnonzero(below[1:] != below[:-1])
        if crossings.size == 0:
            return None
        lo, hi = t[crossings[0]], t[crossings[0] + 1]
        side = below[crossings[0]]

        def is_below(u: float) -> bool:
            p = a + u * (b - a)
            return bool(p[2] <= _height_at(heights, np.clip(p[0], -1, 1), np.clip(p[1], -1, 1)))

        for _ in range(30):  # bisection down to far below a pixel
            mid = 0.5 * (lo + hi)
            if is_below(mid) == side:
                lo = mid
            else:
                hi = mid
        x, y = (a + hi * (b - a))[:2]
        (a0, b0), (a1, b1) = window.w0_range, window.w1_range
        return float(a0 + (x + 1.0) / 2.0 * (b0 - a0)), float(a1 + (y + 1.0) / 2.0 * (b1 - a1))


def _box_span(
    origin: np.ndarray, direction: np.ndarray, low: float, high: float
) -> tuple[float, float] | None:
    """Where a ray (origin + t * direction, t >= 0) is inside [-1, 1]^2 x [low, high]."""
    enter, leave = 0.0, np.inf
    for axis, (lo, hi) in enumerate(((-1.0, 1.0), (-1.0, 1.0), (low, high))):
        o, d = origin[axis], direction[axis]
        if abs(d) < 1e-12:
            if not lo <= o <= hi:
                return None
            continue
        t1, t2 = sorted(((lo - o) / d, (hi - o) / d))
        enter, leave = max(enter, t1), min(leave, t2)
    return (enter, leave) if enter < leave else None


def _height_at(heights: np.ndarray, x: Any, y: Any) -> Any:
    """Bilinear height of the surface grid (x, y in [-1, 1]) at the given points."""
    n0, n1 = heights.shape
    u = (np.asarray(x) + 1.0) / 2.0 * (n0 - 1)
    v = (np.asarray(y) + 1.0) / 2.0 * (n1 - 1)
    i = np.clip(np.floor(u).astype(int), 0, n0 - 2)
    j = np.clip(np.floor(v).astype(int), 0, n1 - 2)
    fu, fv = u - i, v - j
    return (
        heights[i, j] * (1 - fu) * (1 - fv)
        + heights[i + 1, j] * fu * (1 - fv)
        + heights[i, j + 1] * (1 - fu) * fv
        + heights[i + 1, j + 1] * fu * fv
    )


class SurfacePlaceholder(QtWidgets.QLabel):
    """Stands in for SurfaceView without usable OpenGL; same methods, which only remember."""

    def __init__(self, reason: str, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(names.SURFACE_VIEW)
        self.setAccessibleName(self.tr("Loss surface, 3D (unavailable)"))
        self.reason = reason
        self.setText(
            self.tr("3D view unavailable: {reason}. The contour and loss views still work.").format(
                reason=reason
            )
        )
        self.setWordWrap(True)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(240, 180)
        self.setStyleSheet(f"QLabel {{ background: {BACKGROUND}; color: #c8c8d2; padding: 16px; }}")
        self.setToolTip(self.tr("The 3D surface needs desktop OpenGL 2.1 or newer."))
        self.loss: LeastSquaresLoss | None = None
        self.start: tuple[float, float] | None = None
        self.path: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.log_color = False
        self.lanes: list[str] = []

    def set_loss(self, loss: LeastSquaresLoss, start: tuple[float, float]) -> None:
        self.loss = loss
        self.start = (float(start[0]), float(start[1]))
        self.path = None

    def set_path(self, w0: np.ndarray, w1: np.ndarray, mse: np.ndarray, lane: int = 0) -> None:
        if lane == 0:
            self.path = (np.asarray(w0), np.asarray(w1), np.asarray(mse))

    def set_lanes(self, colors: Sequence[str], labels: Sequence[str]) -> None:
        self.lanes = list(labels)

    def set_paths(self, paths: Sequence[tuple[int, np.ndarray, np.ndarray, np.ndarray]]) -> None:
        for lane, w0, w1, mse in paths:
            self.set_path(w0, w1, mse, lane)

    def set_lane_visible(self, lane: int, on: bool) -> None:
        pass

    def set_log_color(self, on: bool) -> None:
        self.log_color = bool(on)

    def clear_path(self) -> None:
        self.path = None


def make_surface_view(
    parent: QtWidgets.QWidget | None = None,
) -> SurfaceView | SurfacePlaceholder:
    """The 3D view when OpenGL works here, else a placeholder saying why."""
    problem = opengl_problem()
    if problem is None:
        return SurfaceView(parent)
    return SurfacePlaceholder(problem, parent)
