"""The runs' paths on the 3D loss surface: one run's path and point, or a race's lanes.

A race draws every run's path as one GL item and every current point as another
(colours per vertex): one GL item per run would cost a draw call each.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph.opengl as gl
from PySide6 import QtWidgets

from gd_desktop.widgets.plot_views import LEGEND_COLUMNS, rgb
from gd_desktop.widgets.run_labels import legend_label
from gd_desktop.widgets.surface_drawing import LIFT, ON_TOP, SurfaceDrawing

PATH_COLOR = (1.0, 0.6, 0.1, 1.0)
CURRENT_COLOR = (1.0, 0.85, 0.3, 1.0)
LEGEND_TEXT = "#c8c8d2"
LEGEND_HIDDEN = "#6b6b78"
# Pixels at a line scale of 1.
PATH_WIDTH = 3.0
CURRENT_SIZE = 10.0

Path = tuple[np.ndarray, np.ndarray, np.ndarray]


class SurfacePaths:
    """Each run's path (w0, w1, loss) lifted onto ``drawing``'s surface, in its colour.

    One run is drawn with ``path_item`` and ``current_item``, a race with
    ``race_paths_item`` and ``race_current_item``; ``legend`` names a race's runs.
    """

    def __init__(self, drawing: SurfaceDrawing, legend: QtWidgets.QLabel) -> None:
        self._drawing = drawing
        self._legend = legend
        self._paths: list[Path | None] = [None]
        self._boxed: list[np.ndarray | None] = [None]
        self._visible: list[bool] = [True]
        self._colors: list[tuple[float, float, float, float]] = [PATH_COLOR]
        self._legend_entries: list[tuple[str, str]] = []

        self.path_item = gl.GLLinePlotItem(
            pos=np.empty((0, 3)), color=PATH_COLOR, width=PATH_WIDTH, antialias=True
        )
        self.current_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)), color=CURRENT_COLOR, size=CURRENT_SIZE, glOptions=ON_TOP
        )
        self.current_item.setDepthValue(12)
        self.race_paths_item = gl.GLLinePlotItem(
            pos=np.empty((0, 3)), mode="lines", width=PATH_WIDTH, antialias=True
        )
        self.race_current_item = gl.GLScatterPlotItem(
            pos=np.zeros((1, 3)), size=CURRENT_SIZE, glOptions=ON_TOP
        )
        self.race_current_item.setDepthValue(13)
        for item in (
            self.path_item,
            self.current_item,
            self.race_paths_item,
            self.race_current_item,
        ):
            item.setVisible(False)

    @property
    def race(self) -> bool:
        return len(self._colors) > 1

    def set_lanes(self, colors: Sequence[str], labels: Sequence[str]) -> None:
        """One path per run, in these colours (the current point too, in a race)."""
        self._legend_entries = list(zip(colors, labels, strict=True))
        self._colors = [(r / 255, g / 255, b / 255, 1.0) for r, g, b in map(rgb, colors)]
        self.path_item.setData(color=self._colors[0])
        self._paths = [None] * len(colors)
        self._boxed = [None] * len(colors)
        self._visible = [True] * len(colors)
        self.clear()
        self._show_legend()

    def set_line_scale(self, scale: float) -> None:
        """Paths and current points ``scale`` x their usual size (for a projector)."""
        for line in (self.path_item, self.race_paths_item):
            line.setData(width=PATH_WIDTH * scale)
        for point in (self.current_item, self.race_current_item):
            point.setData(size=CURRENT_SIZE * scale)

    def rename_lanes(self, labels: Sequence[str]) -> None:
        """New names for the runs in the legend (after a language switch)."""
        colors = [color for color, _name in self._legend_entries]
        self._legend_entries = list(zip(colors, labels, strict=False))
        self._show_legend()

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
        """Several runs' paths at once, (lane, w0, w1, loss) each: one redraw for all."""
        for lane, w0, w1, loss in paths:
            self.set_path(w0, w1, loss, lane=lane, redraw=False)
        if self.race:
            self._draw_race()

    def set_path(
        self,
        w0: np.ndarray,
        w1: np.ndarray,
        loss: np.ndarray,
        lane: int = 0,
        redraw: bool = True,
    ) -> None:
        """Draw a run's path (start at index 0, already decimated); the last point is current.

        A path leaving the window widens it, and every run is drawn again in the new one.
        """
        w0 = np.asarray(w0, dtype=np.float64).ravel()
        w1 = np.asarray(w1, dtype=np.float64).ravel()
        loss = np.asarray(loss, dtype=np.float64).ravel()
        if w0.size == 0:
            self._clear_lane(lane)
            return
        self._paths[lane] = (w0, w1, loss)
        if self._drawing.loss_window is None:
            return
        if self._drawing.hold(w0, w1):
            for other in range(len(self._paths)):
                if other != lane:
                    self._draw_path(other)
        self._draw_path(lane)
        if redraw and self.race:
            self._draw_race()

    def redraw(self) -> None:
        """Every run's path again, after the surface's height or colour scale changed."""
        for lane in range(len(self._paths)):
            self._draw_path(lane)
        if self.race:
            self._draw_race()

    def clear(self) -> None:
        """Forget every run's path."""
        for lane in range(len(self._paths)):
            self._clear_lane(lane)
        self.race_paths_item.setVisible(False)
        self.race_current_item.setVisible(False)

    # -- drawing ---------------------------------------------------------------------
    def _clear_lane(self, lane: int) -> None:
        if lane < len(self._paths):
            self._paths[lane] = None
            self._boxed[lane] = None
        if lane == 0:
            self.path_item.setData(pos=np.empty((0, 3)))
            self.path_item.setVisible(False)
            self.current_item.setVisible(False)

    def _show_legend(self) -> None:
        """The runs' names in their colours, along the view's top (races only)."""
        parts = []
        for lane, (color, name) in enumerate(self._legend_entries):
            shown = lane < len(self._visible) and self._visible[lane]
            text_color = LEGEND_TEXT if shown else LEGEND_HIDDEN
            parts.append(
                f'<span style="color:{color if shown else LEGEND_HIDDEN}">&#9632;</span> '
                f'<span style="color:{text_color}">{legend_label(name)}</span>'
            )
        # Rows of a few runs side by side, as the 2D legends: short, so clear of the
        # loss axis's name in the corner below.
        rows = [parts[i : i + LEGEND_COLUMNS] for i in range(0, len(parts), LEGEND_COLUMNS)]
        self._legend.setText("<br>".join("&nbsp;&nbsp; ".join(row) for row in rows))
        self._legend.adjustSize()
        self._legend.setVisible(len(self._legend_entries) > 1)

    def _draw_path(self, lane: int) -> None:
        path = self._paths[lane] if lane < len(self._paths) else None
        if path is None or self._drawing.loss_window is None:
            return
        w0, w1, loss = path
        if w0.size == 0:
            return
        pos = self._drawing.box_positions(w0, w1, loss, LIFT)
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
