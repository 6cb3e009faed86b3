"""Top-down view of the loss: log-MSE colours, iso-MSE lines and the descent path."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.loss import LeastSquaresLoss
from gd_desktop.widgets import names
from gd_desktop.widgets.loss_window import LossWindow
from gd_desktop.widgets.plot_views import BACKGROUND, repaint_on_request, repaints, style_plot

COLORMAP = "viridis"
PATH_COLOR = (255, 153, 26)
CURRENT_COLOR = (255, 217, 77)
START_COLOR = (242, 242, 242)
OPTIMUM_COLOR = (255, 51, 140)
# Opaque: translucent segments double-blend where they meet and look dotted.
CONTOUR_PEN = (215, 215, 225)
CONTOUR_LEVELS = 12
# Paths with at most this many points also show a dot at every point.
SYMBOL_LIMIT = 60
GRID = 121


class ContourView(pg.PlotWidget):
    """The MSE over (w0, w1) seen from above, with the path, start and optimum."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent, background=BACKGROUND)
        repaint_on_request(self)
        self.setObjectName(names.CONTOUR_VIEW)
        self.setAccessibleName(self.tr("Loss contours"))
        self.setToolTip(
            self.tr(
                "The full-data MSE seen from above: colour is log10(MSE), lines join equal MSE.\n"
                "The path runs from the start (white) towards the optimum (star).\n"
                "Drag to pan, wheel to zoom, right-click for more."
            )
        )
        self.setMinimumSize(200, 160)
        plot = style_plot(self, self.tr("w0"), self.tr("w1"))
        # Equal scales: a round bowl looks round, steps cross level lines at right angles.
        plot.setAspectLocked(True)

        self._colormap = pg.colormap.get(COLORMAP)
        self._loss: LeastSquaresLoss | None = None
        self._start = (0.0, 0.0)
        self._window: LossWindow | None = None
        self._log_color = True
        self._path: tuple[np.ndarray, np.ndarray] | None = None
        self._symbols_on = False

        self.image_item = pg.ImageItem(axisOrder="col-major")
        self.image_item.setColorMap(self._colormap)
        self.image_item.setZValue(-10)
        self.contour_item = pg.PlotDataItem(
            pen=pg.mkPen(CONTOUR_PEN, width=1), connect="pairs", antialias=True
        )
        self.path_item = pg.PlotDataItem(
            pen=pg.mkPen(PATH_COLOR, width=2), antialias=True, symbol=None
        )
        self.start_item = pg.ScatterPlotItem(
            size=10, brush=pg.mkBrush(START_COLOR), pen=pg.mkPen("#000000", width=1)
        )
        self.optimum_item = pg.ScatterPlotItem(
            symbol="star", size=16, brush=pg.mkBrush(OPTIMUM_COLOR), pen=pg.mkPen("#ffffff")
        )
        self.current_item = pg.ScatterPlotItem(
            size=11, brush=pg.mkBrush(CURRENT_COLOR), pen=pg.mkPen("#000000", width=1.5)
        )
        for z, item in enumerate(
            (
                self.image_item,
                self.contour_item,
                self.path_item,
                self.start_item,
                self.current_item,
                self.optimum_item,
            )
        ):
            item.setZValue(z)
            plot.addItem(item)
            item.setVisible(False)
        # The loss picture changes only with a new run or window; caching it as a
        # pixmap keeps each frame's repaint to the path and markers.
        cache = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
        self.image_item.setCacheMode(cache)
        self.contour_item.setCacheMode(cache)
        for side in ("bottom", "left"):
            plot.getAxis(side).setCacheMode(cache)

    # -- public API ------------------------------------------------------------------
    @repaints
    def set_loss(self, loss: LeastSquaresLoss, start: tuple[float, float]) -> None:
        """Start a new run: frame start and optimum, draw the loss, clear the path."""
        self._loss = loss
        self._start = (float(start[0]), float(start[1]))
        self._window = LossWindow.around(
            loss, np.array([self._start, loss.optimum]), grid=GRID, square=True
        )
        self.clear_path()
        self._draw_loss()

    @repaints
    def set_path(self, w0: np.ndarray, w1: np.ndarray, mse: np.ndarray | None = None) -> None:
        """Draw the path (start at index 0, already decimated); the last point is current.

        ``mse`` is accepted for the same call as the 3D view and not needed here.
        """
        w0 = np.asarray(w0, dtype=np.float64).ravel()
        w1 = np.asarray(w1, dtype=np.float64).ravel()
        self._path = (w0, w1)
        if w0.size == 0:
            self.clear_path()
            return
        if self._loss is None or self._window is None:
            return
        wider = self._window.follow(self._loss, self._start, w0, w1, grid=GRID, square=True)
        if wider is not None:
            self._window = wider
            self._draw_loss()
        symbols = w0.size <= SYMBOL_LIMIT
        if symbols != self._symbols_on:
            self._symbols_on = symbols
            if symbols:
                self.path_item.setSymbol("o")
                self.path_item.setSymbolSize(4)
                self.path_item.setSymbolPen(None)
                self.path_item.setSymbolBrush(pg.mkBrush(PATH_COLOR))
            else:
                self.path_item.setSymbol(None)
        self.path_item.setData(w0, w1)
        self.current_item.setData(w0[-1:], w1[-1:])
        # Only when hidden: setVisible(True) on a shown pyqtgraph item still
        # schedules a second repaint of the whole window.
        for item in (self.path_item, self.current_item):
            if not item.isVisible():
                item.setVisible(True)

    @repaints
    def set_log_color(self, on: bool) -> None:
        """Colour by log10(MSE) (the default) or by MSE; contour levels stay log-spaced."""
        if bool(on) == self._log_color:
            return
        self._log_color = bool(on)
        if self._window is not None:
            self._draw_image()

    @repaints
    def clear_path(self) -> None:
        self._path = None
        self.path_item.setData([], [])
        self.current_item.setData([], [])
        self.path_item.setVisible(False)
        self.current_item.setVisible(False)

    @property
    def loss_window(self) -> LossWindow | None:
        """The weights rectangle drawn now."""
        return self._window

    # -- drawing ---------------------------------------------------------------------
    def _draw_image(self) -> None:
        window = self._window
        assert window is not None
        self.image_item.setImage(window.normalized(window.mse, self._log_color), levels=(0, 1))
        (a0, b0), (a1, b1) = window.w0_range, window.w1_range
        # Grid values sit at pixel centres: widen the rectangle by half a pixel.
        dx = (b0 - a0) / (window.w0_axis.size - 1)
        dy = (b1 - a1) / (window.w1_axis.size - 1)
        self.image_item.setRect(QtCore.QRectF(a0 - dx / 2, a1 - dy / 2, b0 - a0 + dx, b1 - a1 + dy))
        self.image_item.setVisible(True)

    def _draw_loss(self) -> None:
        window = self._window
        loss = self._loss
        assert window is not None and loss is not None
        self._draw_image()
        segments = window.contour_segments(window.contour_levels(CONTOUR_LEVELS))
        flat = segments.reshape(-1, 2)
        self.contour_item.setData(flat[:, 0], flat[:, 1])
        self.start_item.setData([self._start[0]], [self._start[1]])
        self.optimum_item.setData([loss.optimum[0]], [loss.optimum[1]])
        for item in (self.contour_item, self.start_item, self.optimum_item):
            item.setVisible(True)
        plot = self.getPlotItem()
        plot.disableAutoRange()
        plot.setRange(xRange=window.w0_range, yRange=window.w1_range, padding=0.0)
