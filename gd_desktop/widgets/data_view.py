"""The data with the current fit: a scatter and line for a line fit, the classes and
each run's decision boundary for two-feature logistic data, else predicted vs actual."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.dataset import Dataset
from gd_desktop.widgets import names
from gd_desktop.widgets.class_plot import CLASS_COLORS, boundary_segment
from gd_desktop.widgets.family_text import predicted
from gd_desktop.widgets.plot_views import (
    BACKGROUND,
    repaint_on_request,
    repaints,
    rgb,
    style_plot,
)

DATA_COLOR = (170, 180, 200, 130)
FIT_COLOR = (255, 153, 26)
IDENTITY_COLOR = (200, 200, 210, 160)
# Points drawn at most: an evenly spaced subset, the same for the whole run.
MAX_POINTS = 5000
# In a race, predictions are drawn for at most this many rows per run.
RACE_POINTS = 400
# Points along a fitted curve (a logistic curve or the neuron's tanh).
CURVE_POINTS = 80


def shown_rows(samples: int, limit: int = MAX_POINTS) -> np.ndarray:
    """Evenly spaced row indices, at most ``limit`` of them (all rows when fewer)."""
    if samples <= limit:
        return np.arange(samples)
    return np.unique(np.linspace(0, samples - 1, limit).round().astype(np.int64))


def constant_column(column: np.ndarray) -> bool:
    """Whether every value is the same (a line fit's intercept column)."""
    return bool(np.all(column == column[0]))


class DataView(pg.PlotWidget):
    """The rows and the model at the current weights, redrawn in place.

    For a line fit (feature 0 constant) the data are y against x with the fitted
    line; for logistic regression on two features, f1 against f0 coloured by class
    (``data_item``: class 0, ``positive_item``: class 1) with each run's decision
    boundary; otherwise predicted y against actual y, which lies on y = x when the
    fit is perfect. ``line_item`` is the fitted line, boundary or prediction scatter.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent, background=BACKGROUND)
        repaint_on_request(self)
        self.setObjectName(names.DATA_VIEW)
        self.setAccessibleName(self.tr("Data and fit"))
        self.setToolTip(
            self.tr(
                "The data with the model at the current weights.\n"
                "A line fit shows y against x and the fitted line; two features show\n"
                "predicted against actual y, on the diagonal when the fit is perfect;\n"
                "two-feature classes show each class and the decision boundary.\n"
                "Drag to pan, wheel to zoom, right-click for more."
            )
        )
        self.setMinimumSize(160, 80)
        plot = style_plot(self, "", "")
        plot.showGrid(x=True, y=True, alpha=0.15)

        self._dataset: Dataset | None = None
        self._model = "linear"
        self._rows = np.empty(0, dtype=np.int64)
        self._line_fit = False
        self._classes = False
        self._x_span = (0.0, 0.0)
        self._box = (0.0, 0.0, 0.0, 0.0)
        self.weights: tuple[float, float] | None = None

        self.data_item = pg.ScatterPlotItem(
            size=5, pen=None, brush=pg.mkBrush(DATA_COLOR), antialias=True
        )
        self.identity_item = pg.PlotDataItem(
            pen=pg.mkPen(IDENTITY_COLOR, width=1, style=QtCore.Qt.PenStyle.DashLine)
        )
        self.positive_item = pg.ScatterPlotItem(
            size=5, pen=None, brush=pg.mkBrush(CLASS_COLORS[1]), antialias=True
        )
        self.line_item = pg.PlotDataItem(antialias=True)
        items = (self.data_item, self.positive_item, self.identity_item, self.line_item)
        for z, item in enumerate(items):
            item.setZValue(z)
            plot.addItem(item)
            item.setVisible(False)
        self.lane_items: list[pg.PlotDataItem] = [self.line_item]
        self._colors: list[tuple[int, int, int]] = [FIT_COLOR]
        self._visible: list[bool] = [True]
        self._lane_weights: list[tuple[float, float] | None] = [None]

    @repaints
    def set_lanes(self, colors: Sequence[str]) -> None:
        """One fit per run, in these colours."""
        while len(self.lane_items) < len(colors):
            item = pg.PlotDataItem(antialias=True)
            item.setZValue(2)
            self.getPlotItem().addItem(item)
            item.setVisible(False)
            self.lane_items.append(item)
        self._colors = [rgb(c) for c in colors]
        self._visible = [True] * len(colors)
        self._lane_weights = [None] * len(colors)
        for lane, item in enumerate(self.lane_items):
            item.setData([], [])
            item.setVisible(False)
            if lane < len(colors):
                self._style(lane)

    @repaints
    def set_lane_visible(self, lane: int, on: bool) -> None:
        if lane < len(self._visible):
            self._visible[lane] = bool(on)
            weights = self._lane_weights[lane]
            self.lane_items[lane].setVisible(
                bool(on) and weights is not None and all(math.isfinite(w) for w in weights)
            )

    def _style(self, lane: int) -> None:
        item = self.lane_items[lane]
        color = self._colors[lane] if lane < len(self._colors) else FIT_COLOR
        if self._line_fit or self._classes:
            item.setSymbol(None)
            item.setPen(pg.mkPen(color, width=2))
        else:
            item.setPen(None)
            item.setSymbol("o")
            item.setSymbolSize(5)
            item.setSymbolPen(None)
            item.setSymbolBrush(pg.mkBrush(*color, 170))

    # -- public API ------------------------------------------------------------------
    @repaints
    def set_dataset(self, dataset: Dataset | None, model: str = "linear") -> None:
        """Show new data (the view is framed on them) and forget the weights; None (a
        test surface) shows that there are no data. ``model``: the family whose fit
        is drawn (a logistic curve, the neuron's tanh, or a line)."""
        self._model = model
        if dataset is None:
            self._show_no_data()
            return
        self._dataset = dataset
        self._rows = shown_rows(dataset.size)
        self._line_fit = constant_column(dataset.features[:, 0])
        self._classes = model == "logistic" and not self._line_fit
        self.weights = None
        plot = self.getPlotItem()
        self._label_axes(dataset)
        y = dataset.target
        shown_y = y[self._rows]
        self.data_item.setBrush(pg.mkBrush(CLASS_COLORS[0] if self._classes else DATA_COLOR))
        self.positive_item.setData([], [])
        self.positive_item.setVisible(self._classes)
        if self._classes:
            f0, f1 = dataset.features[self._rows].T
            positive = shown_y == 1
            plot.setAspectLocked(False)
            self.data_item.setData(f0[~positive], f1[~positive])
            self.positive_item.setData(f0[positive], f1[positive])
            self.identity_item.setData([], [])
            self.identity_item.setVisible(False)
            x_range, y_range = (_span(dataset.features[:, i]) for i in (0, 1))
            # The boundary is drawn over the data window, a little beyond the data.
            self._box = (*_widened(x_range, 0.05), *_widened(y_range, 0.05))
        elif self._line_fit:
            x = dataset.features[:, 1]
            self._x_span = (float(x.min()), float(x.max()))
            plot.setAspectLocked(False)
            self.data_item.setData(x[self._rows], shown_y)
            self.identity_item.setData([], [])
            self.identity_item.setVisible(False)
            x_range, y_range = self._x_span, (float(y.min()), float(y.max()))
        else:
            low, high = float(y.min()), float(y.max())
            plot.setAspectLocked(True)
            self.data_item.setData([], [])
            self.identity_item.setData([low, high], [low, high])
            self.identity_item.setVisible(True)
            x_range = y_range = (low, high)
        self.data_item.setVisible(self._line_fit or self._classes)
        self._lane_weights = [None] * len(self._lane_weights)
        for lane, item in enumerate(self.lane_items):
            self._style(lane)
            item.setData([], [])
            item.setVisible(False)
        plot.disableAutoRange()
        plot.setRange(xRange=_widened(x_range), yRange=_widened(y_range), padding=0.05)

    def _label_axes(self, dataset: Dataset) -> None:
        plot = self.getPlotItem()
        if self._classes:
            plot.setLabel("bottom", dataset.feature_names[0])
            plot.setLabel("left", dataset.feature_names[1])
        elif constant_column(dataset.features[:, 0]):
            f1_name = dataset.feature_names[1]
            scaled = dataset.feature_stds != (1.0, 1.0) or dataset.feature_means != (0.0, 0.0)
            x_name = self.tr("{0} (standardised)").format(f1_name) if scaled else f1_name
            plot.setLabel("bottom", x_name)
            plot.setLabel("left", dataset.target_name)
        else:
            plot.setLabel("bottom", self.tr("actual {0}").format(dataset.target_name))
            plot.setLabel("left", self.tr("predicted {0}").format(dataset.target_name))

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange and self._dataset is not None:
            self._label_axes(self._dataset)

    @repaints
    def set_weights(self, w0: float, w1: float, lane: int = 0) -> None:
        """Redraw a run's fit at (w0, w1); non-finite weights hide it."""
        dataset = self._dataset
        if dataset is None or lane >= len(self._lane_weights):
            return
        item = self.lane_items[lane]
        if lane == 0:
            self.weights = (float(w0), float(w1))
        self._lane_weights[lane] = (float(w0), float(w1))
        if not (math.isfinite(w0) and math.isfinite(w1)):
            item.setVisible(False)
            return
        features = dataset.features
        if self._classes:
            segment = boundary_segment(w0, w1, self._box)
            item.setData(*(segment or ([], [])))
        elif self._line_fit:
            # a line needs its two ends; a curve, points along the span
            x = np.linspace(*self._x_span, 2 if self._model == "linear" else CURVE_POINTS)
            fitted = predicted(self._model, w0, w1, np.full_like(x, features[0, 0]), x)
            item.setData(x, fitted)
        else:
            rows = self._rows
            if len(self._lane_weights) > 1 and rows.size > RACE_POINTS:
                rows = rows[:: -(-rows.size // RACE_POINTS)]
            shown = features[rows]
            item.setData(dataset.target[rows], predicted(self._model, w0, w1, *shown.T))
        if self._visible[lane] and not item.isVisible():
            item.setVisible(True)

    def _show_no_data(self) -> None:
        self._dataset = None
        self.weights = None
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("a test surface has no data"))
        plot.setLabel("left", "")
        self.data_item.setData([], [])
        self.positive_item.setData([], [])
        self.identity_item.setData([], [])
        self.identity_item.setVisible(False)
        for item in self.lane_items:
            item.setData([], [])
            item.setVisible(False)

    @property
    def model(self) -> str:
        """The family whose fit is drawn."""
        return self._model

    @property
    def line_fit(self) -> bool:
        """Whether the data are drawn as a line fit (feature 0 constant)."""
        return self._line_fit

    @property
    def classes(self) -> bool:
        """Whether the data are drawn by class with decision boundaries."""
        return self._classes

    @property
    def shown_rows(self) -> np.ndarray:
        """Indices of the rows drawn (fixed for the dataset)."""
        return self._rows


def _span(values: np.ndarray) -> tuple[float, float]:
    return float(values.min()), float(values.max())


def _widened(span: tuple[float, float], margin: float = 0.0) -> tuple[float, float]:
    """A range of non-zero width around ``span`` (a constant target still shows),
    widened by ``margin`` times its width on each side."""
    low, high = span
    if high > low:
        pad = margin * (high - low)
        return low - pad, high + pad
    half = max(abs(low) * 0.05, 1e-3)
    return low - half, high + half
