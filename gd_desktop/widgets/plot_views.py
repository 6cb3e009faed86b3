"""Repaint policy shared by the 2D plot views.

A QGraphicsScene marks its views dirty through queued calls, so a plot that
changes in a frame would be repainted one event-loop pass after the 3D view. With
a GL view in the window every repaint composes the whole window, which in
software GL costs about as much as drawing the views: two repaints a frame halve
the frame rate. The 2D views therefore mark their viewport dirty themselves, at
once, whenever they change, and let the scene's own updates go.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

P = ParamSpec("P")
R = TypeVar("R")


BACKGROUND = "#1e1e24"
FOREGROUND = "#c8c8d2"
# A legend above a plot runs in rows of at most this many entries.
LEGEND_COLUMNS = 4
# A legend's text size in points, at a text scale of 1 (pyqtgraph's default).
LEGEND_POINTS = 9.0
# Room beside each legend entry's sample and label, in pixels (pyqtgraph's spacing).
SPACING = 5.0


def style_plot(view: pg.PlotWidget, bottom: str, left: str) -> pg.PlotItem:
    """The dark look shared by the 2D views: axis labels and pens; returns the PlotItem."""
    plot = view.getPlotItem()
    plot.setLabel("bottom", bottom)
    plot.setLabel("left", left)
    plot.hideButtons()
    for side in ("bottom", "left"):
        axis = plot.getAxis(side)
        axis.setPen(FOREGROUND)
        axis.setTextPen(FOREGROUND)
    return plot


def legend_above(view: pg.PlotWidget, legend: pg.LegendItem) -> None:
    """Put ``legend`` in ``view``'s title row, above the data, so it never covers a
    curve, a path or a marker (the views have no titles); its entries run in as many
    columns as fit the view's width, again whenever the view is resized."""
    plot = view.getPlotItem()
    plot.layout.removeItem(plot.titleLabel)
    plot.titleLabel.setVisible(False)
    plot.layout.addItem(legend, 0, 1)
    plot.legend = legend
    view.installEventFilter(LegendFitter(view, legend))


class LegendFitter(QtCore.QObject):
    """Lays a view's legend out again when the view is resized."""

    def __init__(self, view: pg.PlotWidget, legend: pg.LegendItem) -> None:
        super().__init__(view)
        self.view, self.legend = view, legend

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Resize:
            fit_legend(self.view, self.legend)
        return False


def show_legend(view: pg.PlotWidget, legend: pg.LegendItem, on: bool) -> None:
    """Show or hide ``view``'s legend; hidden, it takes no room."""
    fit_legend(view, legend)
    legend.setVisible(on)
    legend.setMaximumHeight(16777215 if on else 0)
    legend.updateSize()


def fit_legend(view: pg.PlotWidget, legend: pg.LegendItem) -> None:
    """Lay the legend's entries out in the most columns, up to LEGEND_COLUMNS, whose
    rows fit beside the view's left axis (a wider row would push the plot's right
    side out of view)."""
    room = view.width() - view.getPlotItem().getAxis("left").width() - 2 * SPACING
    entries = [
        sample.width() + label.minimumWidth() + 2 * SPACING for sample, label in legend.items
    ]
    count = max(1, min(LEGEND_COLUMNS, len(entries)))
    while count > 1 and sum(max(entries[c::count]) for c in range(count)) > room:
        count -= 1
    legend.setColumnCount(count)


def scale_legend(view: pg.PlotWidget, scale: float) -> None:
    """``view``'s legend text ``scale`` x LEGEND_POINTS, laid out again."""
    legend = view.getPlotItem().legend
    if not isinstance(legend, pg.LegendItem):
        return
    legend.setLabelTextSize(f"{LEGEND_POINTS * scale:g}pt")
    for _sample, label in legend.items:
        label.setText(label.text)
    fit_legend(view, legend)
    legend.updateSize()


def repaint_on_request(view: pg.PlotWidget) -> None:
    """Let ``view`` repaint only when asked (and on pan, zoom and resize)."""
    view.setViewportUpdateMode(QtWidgets.QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
    box = view.getPlotItem().getViewBox()
    box.sigRangeChanged.connect(lambda *_: view.viewport().update())
    box.sigStateChanged.connect(lambda *_: view.viewport().update())
    view.scene().sigMouseHover.connect(lambda *_: view.viewport().update())


def repaints(method: Callable[P, R]) -> Callable[P, R]:
    """Decorate a view method that changes what the view shows: repaint after it."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        result = method(*args, **kwargs)
        view = args[0]
        assert isinstance(view, QtWidgets.QGraphicsView)
        view.viewport().update()
        return result

    return wrapper


def rgb(color: str) -> tuple[int, int, int]:
    """(r, g, b) of a #rrggbb colour."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def widened(pen: QtGui.QPen, width: float) -> QtGui.QPen:
    """``pen`` in the same colour and style, ``width`` pixels wide."""
    wide = QtGui.QPen(pen)
    wide.setWidthF(width)
    return wide


def set_pen_width(item: pg.PlotDataItem | pg.ScatterPlotItem, width: float) -> None:
    """An item's pen as it is, ``width`` pixels wide."""
    item.setPen(widened(pg.mkPen(item.opts["pen"]), width))
