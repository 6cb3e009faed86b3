"""The 3D view: the loss surface with the runs' paths on it, rotatable, click to start.

The drawing is split by what it shows (``surface_drawing``: the surface and its
markers; ``surface_paths``: the runs) and what a click means (``surface_picking``);
this module puts them in a GL widget, or a placeholder where OpenGL is missing.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph.opengl as gl
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.objective import Objective
from gd_desktop.widgets import names
from gd_desktop.widgets.colour_bar import ColourBar
from gd_desktop.widgets.colour_scale import ColourScale
from gd_desktop.widgets.gl_support import opengl_problem
from gd_desktop.widgets.loss_window import LossWindow, landmarks
from gd_desktop.widgets.plot_views import BACKGROUND
from gd_desktop.widgets.surface_drawing import COLORMAP, SurfaceDrawing
from gd_desktop.widgets.surface_paths import SurfacePaths
from gd_desktop.widgets.surface_picking import surface_hit
from gd_desktop.widgets.surface_placeholder import SurfacePlaceholder

# A press and release this close (pixels) is a click, not a drag.
# The camera: its distance from the box (whole box far, a short path near) and the
# height it looks at, in box units (the box is 2 x 2 x 1).
CAMERA_FAR = 4.2
CAMERA_NEAR = 3.5
CAMERA_HEIGHT = 0.2
CLICK_SLOP = 3

TOOLTIP = (
    "The full-data MSE over the two weights, with the descent path on it.\n"
    "Click the surface to start every run there. Drag to rotate, wheel to zoom,\n"
    "middle-drag to pan."
)


class SurfaceView(gl.GLViewWidget):
    """The 3D view as a widget (drawn into the window's backing store).

    ``drawing`` draws the loss surface, ``paths`` the runs on it; their GL items
    are also named here (``surface_item``, ``path_item``, ...). A click (press and
    release without a drag) on the surface emits ``start_clicked`` with the
    weights there.
    """

    start_clicked = QtCore.Signal(float, float)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(names.SURFACE_VIEW)
        self.setAccessibleName(self.tr("Loss surface, 3D"))
        self.setToolTip(self.tr(TOOLTIP))
        # GLViewWidget's size hint is (-1, -1); without a minimum a layout can
        # squeeze it to nothing and it never initialises.
        self.setMinimumSize(240, 150)
        self.setBackgroundColor(BACKGROUND)
        self.setCameraPosition(
            pos=QtGui.QVector3D(0.0, 0.0, CAMERA_HEIGHT),
            distance=CAMERA_FAR,
            elevation=28.0,
            azimuth=-55.0,
        )
        # The legend of a race: a plain label over the corner of the 3D view.
        self.legend = QtWidgets.QLabel(self)
        self.legend.setObjectName(f"{names.SURFACE_VIEW}Legend")
        self.legend.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.legend.setStyleSheet(
            "QLabel { background: rgba(30, 30, 36, 200); padding: 4px 6px; border-radius: 3px; }"
        )
        self.legend.move(8, 8)
        self.legend.hide()
        self.drawing = SurfaceDrawing(self.font())
        self._scale: ColourScale | None = None
        self.colour_bar = ColourBar(COLORMAP, self)
        self.colour_bar.setObjectName(f"{names.SURFACE_VIEW}ColourBar")
        self.paths = SurfacePaths(self.drawing, self.legend)
        self.surface_item = self.drawing.surface_item
        self.wireframe_item = self.drawing.wireframe_item
        self.start_item = self.drawing.start_item
        self.optimum_item = self.drawing.optimum_item
        self.axes = self.drawing.axes
        self.path_item = self.paths.path_item
        self.current_item = self.paths.current_item
        self.race_paths_item = self.paths.race_paths_item
        self.race_current_item = self.paths.race_current_item
        # Items of equal depth are drawn in the order they were added.
        for item in (
            self.surface_item,
            self.wireframe_item,
            self.path_item,
            self.start_item,
            self.optimum_item,
            self.current_item,
            *self.axes.items,
            self.race_paths_item,
            self.race_current_item,
        ):
            self.addItem(item)
        self._pressed_at: QtCore.QPointF | None = None

    # -- what is drawn -----------------------------------------------------------------
    def set_loss(self, objective: Objective, start: tuple[float, float]) -> None:
        """Start a new run: frame start and optimum, draw the surface, clear the path."""
        self.paths.clear()
        self.drawing.set_loss(objective, start)
        self.frame_path(objective, start)

    def frame_path(self, objective: Objective, start: tuple[float, float]) -> None:
        """Aim the camera towards the middle of the way from the start to the minimum,
        closer the less of the box that way spans, so the path fills the view."""
        marks = landmarks(objective, start)
        losses = np.array([objective.loss(float(a), float(b)) for a, b in marks])
        box = self.drawing.box_positions(marks[:, 0], marks[:, 1], losses, 0.0)
        centre = box.mean(axis=0)
        extent = float(np.ptp(box[:, :2], axis=0).max()) if len(box) > 1 else 0.0
        distance = min(CAMERA_FAR, max(CAMERA_NEAR, CAMERA_NEAR + 0.8 * extent))
        # Half way from the box's centre to the path's: the axes stay in sight.
        self.setCameraPosition(
            pos=QtGui.QVector3D(0.5 * centre[0], 0.5 * centre[1], CAMERA_HEIGHT),
            distance=distance,
        )

    def set_lanes(self, colors: Sequence[str], labels: Sequence[str]) -> None:
        """One path per run, in these colours (the current point too, in a race)."""
        self.paths.set_lanes(colors, labels)
        self.place_legend()

    def rename_lanes(self, labels: Sequence[str]) -> None:
        self.paths.rename_lanes(labels)
        self.place_legend()

    def set_path(
        self, w0: np.ndarray, w1: np.ndarray, mse: np.ndarray, lane: int = 0, redraw: bool = True
    ) -> None:
        """Draw a run's path (start at index 0, already decimated); the last point is current."""
        self.paths.set_path(w0, w1, mse, lane=lane, redraw=redraw)

    def set_paths(self, paths: Sequence[tuple[int, np.ndarray, np.ndarray, np.ndarray]]) -> None:
        """Several runs' paths at once, (lane, w0, w1, mse) each: one redraw for all."""
        self.paths.set_paths(paths)

    def set_lane_visible(self, lane: int, on: bool) -> None:
        self.paths.set_lane_visible(lane, on)

    def set_line_scale(self, scale: float) -> None:
        """Paths and markers ``scale`` x their usual size (for a projector)."""
        self.paths.set_line_scale(scale)
        self.drawing.set_marker_scale(scale)
        self.update()

    def set_text_font(self, font: QtGui.QFont) -> None:
        """The axes, the legend and the colour bar written in ``font``."""
        self.drawing.set_font(font)
        self.legend.setFont(font)
        self.legend.adjustSize()
        self.colour_bar.setFont(font)
        self.colour_bar.place()
        self.place_legend()
        self.update()

    def set_colors(self, background: str, foreground: str) -> None:
        """The theme's background behind the surface and its colour for the words."""
        self.setBackgroundColor(background)
        self.drawing.set_text_color(foreground)
        self.colour_bar.set_text_color(foreground)
        self.update()

    @property
    def colour_scale(self) -> ColourScale | None:
        return self._scale

    def set_colour_scale(self, scale: ColourScale | None) -> None:
        """Colour by ``scale`` (the contour view's too), and show it in the colour bar."""
        self._scale = scale
        self.drawing.set_colour_scale(scale)
        self.colour_bar.set_scale(scale, self.drawing.log_color)

    def set_log_color(self, on: bool) -> None:
        """Colour the surface by log10(MSE) instead of MSE."""
        self.colour_bar.set_scale(self._scale, on)
        if self.drawing.set_log_color(on) and self.drawing.loss_window is not None:
            self.paths.redraw()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self.colour_bar.place()
        self.place_legend()

    def place_legend(self) -> None:
        """The race's legend along the top, ending left of the colour bar: clear of the
        loss axis's name in the top-left corner."""
        right = self.colour_bar.x() - 8
        self.legend.move(max(8, right - self.legend.width()), 8)

    def clear_path(self) -> None:
        """Forget every run's path."""
        self.paths.clear()

    def lane_positions(self, lane: int) -> np.ndarray | None:
        """Run ``lane``'s path as drawn, in box units (k, 3); None if not drawn."""
        return self.paths.lane_positions(lane)

    def box_positions(
        self, w0: np.ndarray, w1: np.ndarray, loss: np.ndarray, lift: float
    ) -> np.ndarray:
        """Weights and loss mapped into the drawing box, shape (k, 3)."""
        return self.drawing.box_positions(w0, w1, loss, lift)

    @property
    def race(self) -> bool:
        return self.paths.race

    @property
    def loss_window(self) -> LossWindow | None:
        """The weights rectangle drawn now."""
        return self.drawing.loss_window

    @property
    def log_color(self) -> bool:
        return self.drawing.log_color

    # -- click to start ----------------------------------------------------------------
    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.drawing.retranslate()
            self.update()

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
        """The weights of the surface point under a widget position, or None off it."""
        window = self.loss_window
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
        return surface_hit(
            window,
            np.array([near.x(), near.y(), near.z()]),
            np.array([far.x(), far.y(), far.z()]),
        )


def make_surface_view(
    parent: QtWidgets.QWidget | None = None,
) -> SurfaceView | SurfacePlaceholder:
    """The 3D view when OpenGL works here, else a placeholder saying why."""
    problem = opengl_problem()
    if problem is None:
        return SurfaceView(parent)
    return SurfacePlaceholder(problem, parent)
