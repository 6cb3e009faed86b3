"""The marks on the contour map: the start, the lowest minimum (a star), the current
point of one run, and the other critical points by kind."""

from __future__ import annotations

import pyqtgraph as pg

from gd_desktop.core.objective import Objective, lowest_minimum
from gd_desktop.widgets.critical_marks import KIND_MARKS, other_points

CURRENT_COLOR = (255, 217, 77)
START_COLOR = (242, 242, 242)
OPTIMUM_COLOR = (255, 51, 140)
# Diameters in pixels at a line scale of 1.
MARKER_SIZES = {
    "start_item": 10.0,
    "optimum_item": 16.0,
    "current_item": 11.0,
    "critical_item": 14.0,
}
# The critical points are white outlines drawn over the paths, their shape telling
# the kind: a run's marker resting on one still shows through, and no outline takes
# a run's colour.
CRITICAL_LINE = 2.5
CRITICAL_COLOR = "#ffffff"


class ContourMarks:
    """Scatter items for the contour view's points (``items``, lowest first)."""

    def __init__(self) -> None:
        self.start_item = pg.ScatterPlotItem(
            size=MARKER_SIZES["start_item"],
            brush=pg.mkBrush(START_COLOR),
            pen=pg.mkPen("#000000", width=1),
        )
        self.optimum_item = pg.ScatterPlotItem(
            symbol="star",
            size=MARKER_SIZES["optimum_item"],
            brush=pg.mkBrush(OPTIMUM_COLOR),
            pen=pg.mkPen("#ffffff"),
        )
        self.current_item = pg.ScatterPlotItem(
            size=MARKER_SIZES["current_item"],
            brush=pg.mkBrush(CURRENT_COLOR),
            pen=pg.mkPen("#000000", width=1.5),
        )
        self.critical_item = pg.ScatterPlotItem(
            size=MARKER_SIZES["critical_item"],
            brush=pg.mkBrush(None),
            pen=pg.mkPen(CRITICAL_COLOR, width=CRITICAL_LINE),
        )

    def set_scale(self, scale: float) -> None:
        """Every mark ``scale`` x its usual size."""
        for name, size in MARKER_SIZES.items():
            getattr(self, name).setSize(size * scale)
        self.critical_item.setPen(pg.mkPen(CRITICAL_COLOR, width=CRITICAL_LINE * scale))

    def draw(self, objective: Objective, start: tuple[float, float]) -> None:
        """Mark ``start``, ``objective``'s lowest known minimum and its other critical points."""
        self.start_item.setData([start[0]], [start[1]])
        self.start_item.setVisible(True)
        minimum = lowest_minimum(objective)
        if minimum is None:
            self.optimum_item.setData([], [])
        else:
            self.optimum_item.setData([minimum.weights[0]], [minimum.weights[1]])
        self.optimum_item.setVisible(minimum is not None)
        others = other_points(objective.critical_points(), minimum)
        self.critical_item.setData(
            [p.weights[0] for p in others],
            [p.weights[1] for p in others],
            symbol=[KIND_MARKS[p.kind][0] for p in others],
            data=[p.kind for p in others],
        )
        self.critical_item.setVisible(bool(others))
