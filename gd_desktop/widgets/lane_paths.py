"""Many runs' paths drawn by one graphics item: one paint call for a whole race.

A pyqtgraph curve item per run costs its own bounds, data-set and paint
bookkeeping every frame; a race of six would pay it six times in each view. This
item keeps one QPainterPath per run, built straight from the arrays, and an
optional marker at each run's last point (a fixed size in pixels).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

MARKER_RADIUS = 5.5


class LanePaths(QtWidgets.QGraphicsItem):
    """Polylines in data coordinates, one per lane, each with its own pen."""

    def __init__(self, markers: bool = False) -> None:
        super().__init__()
        self._markers = markers
        self._pens: list[QtGui.QPen] = []
        self._brushes: list[QtGui.QBrush] = []
        self._paths: list[QtGui.QPainterPath | None] = []
        self._points: list[tuple[np.ndarray, np.ndarray] | None] = []
        self._visible: list[bool] = []
        self._bounds = QtCore.QRectF()
        self._outline = pg.mkPen("#000000", width=1.5)
        self.width = 2.0
        self.marker_radius = MARKER_RADIUS

    def set_lanes(self, colors: Sequence[tuple[int, int, int]]) -> None:
        """One lane per colour, drawn ``width`` pixels wide (see ``set_sizes``)."""
        self.prepareGeometryChange()
        self._pens = [pg.mkPen(color, width=self.width) for color in colors]
        self._brushes = [pg.mkBrush(color) for color in colors]
        self._paths = [None] * len(colors)
        self._points = [None] * len(colors)
        self._visible = [True] * len(colors)
        self._bounds = QtCore.QRectF()
        self.update()

    def set_sizes(self, width: float, marker_radius: float) -> None:
        """Lines ``width`` pixels wide, markers of ``marker_radius`` pixels."""
        self.width, self.marker_radius = width, marker_radius
        for pen in self._pens:
            pen.setWidthF(width)
        self.update()

    def set_points(self, lane: int, x: np.ndarray, y: np.ndarray) -> None:
        """Lane ``lane``'s polyline (non-finite points are left out)."""
        keep = np.isfinite(x) & np.isfinite(y)
        if not keep.all():
            x, y = x[keep], y[keep]
        self._points[lane] = (x, y)
        self._paths[lane] = pg.arrayToQPath(x, y, connect="all") if x.size else None
        self._update_bounds()

    def clear_lane(self, lane: int) -> None:
        if lane < len(self._paths):
            self._paths[lane] = None
            self._points[lane] = None
            self._update_bounds()

    def set_lane_visible(self, lane: int, on: bool) -> None:
        if lane < len(self._visible):
            self._visible[lane] = bool(on)
            self.update()

    def points(self, lane: int) -> tuple[np.ndarray, np.ndarray] | None:
        """What lane ``lane`` draws (for tests and exports)."""
        return self._points[lane] if lane < len(self._points) else None

    def lane_shown(self, lane: int) -> bool:
        return lane < len(self._visible) and self._visible[lane] and self._paths[lane] is not None

    def _update_bounds(self) -> None:
        rect = QtCore.QRectF()
        for path in self._paths:
            if path is not None:
                rect = rect.united(path.boundingRect())
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect
        self.update()

    # -- QGraphicsItem ----------------------------------------------------------------
    def boundingRect(self) -> QtCore.QRectF:  # noqa: N802 - Qt naming
        # Pens are cosmetic (pixels), so pad generously in data units via the view.
        return self._bounds.adjusted(
            -abs(self._bounds.width()) * 0.05 - 1e-12,
            -abs(self._bounds.height()) * 0.05 - 1e-12,
            abs(self._bounds.width()) * 0.05 + 1e-12,
            abs(self._bounds.height()) * 0.05 + 1e-12,
        )

    def paint(
        self,
        painter: QtGui.QPainter,
        option: QtWidgets.QStyleOptionGraphicsItem,
        widget: QtWidgets.QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        for lane, path in enumerate(self._paths):
            if path is not None and self._visible[lane]:
                painter.setPen(self._pens[lane])
                painter.drawPath(path)
        if not self._markers:
            return
        transform = painter.transform()
        painter.resetTransform()
        painter.setPen(self._outline)
        for lane, points in enumerate(self._points):
            if points is None or not points[0].size or not self._visible[lane]:
                continue
            at = transform.map(QtCore.QPointF(float(points[0][-1]), float(points[1][-1])))
            painter.setBrush(self._brushes[lane])
            painter.drawEllipse(at, self.marker_radius, self.marker_radius)
        painter.setTransform(transform)


class RaceLanes:
    """What a 2D view shows of each run: a race draws them all with one ``LanePaths``,
    a single run with its own pyqtgraph item. Views name the two in the methods below."""

    _colors: list[tuple[int, int, int]]

    def race_item(self) -> LanePaths:
        raise NotImplementedError

    def single_item(self, lane: int) -> pg.PlotDataItem:
        raise NotImplementedError

    @property
    def race(self) -> bool:
        return len(self._colors) > 1

    def lane_points(self, lane: int) -> tuple[np.ndarray, np.ndarray] | None:
        """Run ``lane``'s line as drawn, in view units (the last point is the latest)."""
        if self.race:
            return self.race_item().points(lane)
        x, y = self.single_item(lane).getData()
        return None if x is None or len(x) == 0 else (x, y)

    def lane_shown(self, lane: int) -> bool:
        if self.race:
            return self.race_item().lane_shown(lane)
        return bool(self.single_item(lane).isVisible())
