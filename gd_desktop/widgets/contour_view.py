"""Top-down view of the loss: log-MSE colours, iso-MSE lines and the descent path."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.objective import Objective, lowest_minimum
from gd_desktop.widgets import names
from gd_desktop.widgets.colour_scale import ColourScale
from gd_desktop.widgets.contour_arrows import Arrow, arrow_scale, arrow_strokes, stack_strokes
from gd_desktop.widgets.contour_marks import ContourMarks
from gd_desktop.widgets.lane_paths import MARKER_RADIUS, LanePaths, RaceLanes
from gd_desktop.widgets.loss_window import LossWindow, landmarks
from gd_desktop.widgets.plot_views import (
    BACKGROUND,
    FOREGROUND,
    legend_above,
    repaint_on_request,
    repaints,
    rgb,
    set_pen_width,
    show_legend,
    style_plot,
)
from gd_desktop.widgets.run_labels import legend_label

COLORMAP = "viridis"
PATH_COLOR = (255, 153, 26)
# Opaque: translucent segments double-blend where they meet and look dotted.
CONTOUR_PEN = (215, 215, 225)
CONTOUR_LEVELS = 12
# Paths with at most this many points also show a dot at every point.
SYMBOL_LIMIT = 60
GRID = 121
GRADIENT_ARROW_COLOR = (235, 235, 245)
# Line widths in pixels at a line scale of 1.
PATH_WIDTH = 2.0
PATH_DOT = 4.0
ARROW_WIDTH = 2.0
STEP_ARROW_WIDTH = 2.5


class ContourView(RaceLanes, pg.PlotWidget):
    """The MSE over (w0, w1) seen from above, with each run's path, start and optimum.

    One run is drawn with ``path_item`` and ``current_item``, a race with
    ``race_paths``. A left click emits ``start_clicked`` with the weights there.
    """

    start_clicked = QtCore.Signal(float, float)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent, background=BACKGROUND)
        repaint_on_request(self)
        self.setObjectName(names.CONTOUR_VIEW)
        self.setAccessibleName(self.tr("Loss contours"))
        self.setToolTip(
            self.tr(
                "The full-data MSE seen from above: colour is log10(MSE), lines join equal MSE.\n"
                "The path runs from the start (white) towards the optimum (star).\n"
                "Click to start every run from that point. Drag to pan, wheel to zoom,\n"
                "right-click for more."
            )
        )
        self.setMinimumSize(200, 150)
        plot = style_plot(self, self.tr("w0"), self.tr("w1"))
        # Equal scales: a round bowl looks round, steps cross level lines at right angles.
        plot.setAspectLocked(True)

        self._colormap = pg.colormap.get(COLORMAP)
        self._objective: Objective | None = None
        self._start = (0.0, 0.0)
        self._window: LossWindow | None = None
        self._log_color = True
        self._scale: ColourScale | None = None
        self._path: tuple[np.ndarray, np.ndarray] | None = None
        self._symbols_on = False
        self._colors: list[tuple[int, int, int]] = [PATH_COLOR]
        self._visible: list[bool] = [True]
        self.line_scale = 1.0

        self.image_item = pg.ImageItem(axisOrder="col-major")
        self.image_item.setColorMap(self._colormap)
        self.image_item.setZValue(-10)
        self.contour_item = pg.PlotDataItem(
            pen=pg.mkPen(CONTOUR_PEN, width=1), connect="pairs", antialias=True
        )
        self.path_item = pg.PlotDataItem(
            pen=pg.mkPen(PATH_COLOR, width=PATH_WIDTH), antialias=True, symbol=None
        )
        # The start, optimum, current point and other critical points.
        self.marks = ContourMarks()
        self.start_item = self.marks.start_item
        self.optimum_item = self.marks.optimum_item
        self.current_item = self.marks.current_item
        self.critical_item = self.marks.critical_item
        for z, item in enumerate(
            (
                self.image_item,
                self.contour_item,
                self.critical_item,
                self.path_item,
                self.start_item,
                self.current_item,
                self.optimum_item,
            )
        ):
            item.setZValue(z)
            plot.addItem(item)
            item.setVisible(False)
        self.critical_item.setZValue(5.5)  # over the paths and run markers: outlines only
        # Cached: the loss picture changes only with a new run or window.
        cache = QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
        self.image_item.setCacheMode(cache)
        self.contour_item.setCacheMode(cache)
        for side in ("bottom", "left"):
            plot.getAxis(side).setCacheMode(cache)
        # A race's legend shows one sample line per run (not drawn in the plot).
        self.legend_samples: list[pg.PlotDataItem] = []
        self.gradient_arrows = pg.PlotDataItem(
            pen=pg.mkPen(GRADIENT_ARROW_COLOR, width=ARROW_WIDTH), connect="pairs", antialias=True
        )
        self.gradient_arrows.setZValue(7)
        plot.addItem(self.gradient_arrows)
        self.step_arrows: list[pg.PlotDataItem] = []
        self.arrow_scale = 0.0
        self.legend = pg.LegendItem(labelTextColor=FOREGROUND)
        legend_above(self, self.legend)
        show_legend(self, self.legend, False)
        self.legend.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.scene().sigMouseClicked.connect(self._clicked)
        # A race draws every run's path and current point with one item.
        self.race_paths = LanePaths(markers=True)
        self.race_paths.setZValue(3)
        self.race_paths.setVisible(False)
        plot.addItem(self.race_paths)

    # -- public API ------------------------------------------------------------------
    @repaints
    def set_lanes(self, colors: Sequence[str], labels: Sequence[str]) -> None:
        """One path per run, in these colours; a legend when there is more than one.

        One run is drawn with ``path_item`` and ``current_item``; a race with
        ``race_paths``.
        """
        self._colors = [rgb(c) for c in colors]
        self._visible = [True] * len(colors)
        race = len(colors) > 1
        self.race_paths.set_lanes(self._colors)
        self.race_paths.setVisible(race)
        self._clear_single()
        self.path_item.setPen(pg.mkPen(self._colors[0], width=PATH_WIDTH * self.line_scale))
        self.path_item.setSymbolBrush(pg.mkBrush(self._colors[0]))
        self.legend.clear()
        self.legend_samples = []
        if race:
            for color, label in zip(self._colors, labels, strict=True):
                sample = pg.PlotDataItem(pen=pg.mkPen(color, width=2))
                self.legend_samples.append(sample)
                self.legend.addItem(sample, legend_label(label))
        show_legend(self, self.legend, race)
        self.set_arrows([])

    def rename_lanes(self, labels: Sequence[str]) -> None:
        """New names for a race's runs in the legend (after a language switch)."""
        for (_sample, item), label in zip(self.legend.items, labels, strict=False):
            item.setText(legend_label(label))

    def race_item(self) -> LanePaths:
        return self.race_paths

    def single_item(self, lane: int) -> pg.PlotDataItem:
        return self.path_item

    @repaints
    def set_lane_visible(self, lane: int, on: bool) -> None:
        if lane < len(self._visible):
            self._visible[lane] = bool(on)
            if self.race:
                self.race_paths.set_lane_visible(lane, on)
                return
            has_path = self.lane_points(0) is not None
            self.path_item.setVisible(on and has_path)
            self.current_item.setVisible(on and has_path)

    @repaints
    def set_arrows(self, arrows: Sequence[Arrow]) -> None:
        """Arrows at each run's current point: (lane, w0, w1, -gradient step x, y, update x, y).

        The two vectors are in weight units; all arrows share one scale (``arrow_scale``).
        """
        window = self._window
        shown = [a for a in arrows if a[0] < len(self._visible) and self._visible[a[0]]]
        while len(self.step_arrows) < len(self._colors):
            width = STEP_ARROW_WIDTH * self.line_scale
            item = pg.PlotDataItem(connect="pairs", antialias=True, pen=pg.mkPen(width=width))
            item.setZValue(6)
            self.getPlotItem().addItem(item)
            self.step_arrows.append(item)
        minimum = lowest_minimum(self._objective) if self._objective is not None else None
        width = window.w0_range[1] - window.w0_range[0] if window is not None else 0.0
        self.arrow_scale = arrow_scale(shown, width, minimum.weights if minimum else None)
        if window is None or self.arrow_scale == 0.0:
            self.arrow_scale = 0.0
            self.gradient_arrows.setData([], [])
            for item in self.step_arrows:
                item.setData([], [])
            return
        k = self.arrow_scale
        grads = [arrow_strokes(a[1], a[2], a[3] * k, a[4] * k) for a in shown]
        self.gradient_arrows.setData(*stack_strokes(grads))
        for lane, item in enumerate(self.step_arrows):
            mine = [arrow_strokes(a[1], a[2], a[5] * k, a[6] * k) for a in shown if a[0] == lane]
            if lane < len(self._colors):
                item.setPen(pg.mkPen(self._colors[lane], width=STEP_ARROW_WIDTH * self.line_scale))
            item.setData(*stack_strokes(mine))

    @repaints
    def set_loss(self, objective: Objective, start: tuple[float, float]) -> None:
        """Start a new run: frame start and optimum, draw the loss, clear the path."""
        self._objective = objective
        self._start = (float(start[0]), float(start[1]))
        self._window = LossWindow.around(
            objective, landmarks(objective, self._start), grid=GRID, square=True
        )
        self.clear_path()
        self._draw_loss()

    @repaints
    def set_path(
        self, w0: np.ndarray, w1: np.ndarray, mse: np.ndarray | None = None, lane: int = 0
    ) -> None:
        """Draw a run's path (start at index 0, already decimated); the last point is current.

        ``mse`` is accepted for the same call as the 3D view and not needed here.
        """
        w0 = np.asarray(w0, dtype=np.float64).ravel()
        w1 = np.asarray(w1, dtype=np.float64).ravel()
        if lane == 0:
            self._path = (w0, w1)
        if w0.size == 0:
            self._clear_lane(lane)
            return
        if self._objective is None or self._window is None:
            return
        wider = self._window.follow(self._objective, self._start, w0, w1, grid=GRID, square=True)
        if wider is not None:
            self._window = wider
            self._draw_loss()
        if self.race:
            self.race_paths.set_points(lane, w0, w1)
            return
        path, current = self.path_item, self.current_item
        symbols = w0.size <= SYMBOL_LIMIT
        if symbols != self._symbols_on:
            self._symbols_on = symbols
            if symbols:
                path.setSymbol("o")
                path.setSymbolSize(PATH_DOT * self.line_scale)
                path.setSymbolPen(None)
                path.setSymbolBrush(pg.mkBrush(self._colors[0]))
            else:
                path.setSymbol(None)
        path.setData(w0, w1)
        current.setData(w0[-1:], w1[-1:])
        # Only when hidden: setVisible(True) on a shown item still repaints the window.
        if self._visible[0]:
            for item in (path, current):
                if not item.isVisible():
                    item.setVisible(True)

    @repaints
    def set_line_scale(self, scale: float) -> None:
        """Paths, arrows and markers ``scale`` x their usual size (for a projector)."""
        self.line_scale = scale
        set_pen_width(self.path_item, PATH_WIDTH * scale)
        self.path_item.setSymbolSize(PATH_DOT * scale)
        set_pen_width(self.gradient_arrows, ARROW_WIDTH * scale)
        for item in self.step_arrows:
            set_pen_width(item, STEP_ARROW_WIDTH * scale)
        self.marks.set_scale(scale)
        self.race_paths.set_sizes(PATH_WIDTH * scale, MARKER_RADIUS * scale)

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
        """Forget every run's path and the arrows."""
        self._path = None
        for lane in range(len(self._colors)):
            self._clear_lane(lane)
        self.set_arrows([])

    def _clear_lane(self, lane: int) -> None:
        if self.race:
            self.race_paths.clear_lane(lane)
        else:
            self._clear_single()

    def _clear_single(self) -> None:
        for item in (self.path_item, self.current_item):
            item.setData([], [])
            item.setVisible(False)

    def _clicked(self, event: object) -> None:
        """A left click inside the plot: start every run there."""
        button = getattr(event, "button", lambda: None)()
        if button != QtCore.Qt.MouseButton.LeftButton or event.double():  # type: ignore[attr-defined]
            return
        box = self.getPlotItem().getViewBox()
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        if not box.sceneBoundingRect().contains(scene_pos) or self._objective is None:
            return
        point = box.mapSceneToView(scene_pos)
        self.start_clicked.emit(float(point.x()), float(point.y()))

    @property
    def colour_scale(self) -> ColourScale | None:
        return self._scale

    @repaints
    def set_colour_scale(self, scale: ColourScale | None) -> None:
        self._scale = scale
        if self._window is not None:
            self._draw_image()

    @property
    def loss_window(self) -> LossWindow | None:
        """The weights rectangle drawn now."""
        return self._window

    # -- drawing ---------------------------------------------------------------------
    def _draw_image(self) -> None:
        window = self._window
        assert window is not None
        scale: ColourScale | LossWindow = self._scale or window  # shared with the 3D view
        self.image_item.setImage(scale.normalized(window.losses, self._log_color), levels=(0, 1))
        (a0, b0), (a1, b1) = window.w0_range, window.w1_range
        # Grid values sit at pixel centres: widen the rectangle by half a pixel.
        dx = (b0 - a0) / (window.w0_axis.size - 1)
        dy = (b1 - a1) / (window.w1_axis.size - 1)
        self.image_item.setRect(QtCore.QRectF(a0 - dx / 2, a1 - dy / 2, b0 - a0 + dx, b1 - a1 + dy))
        self.image_item.setVisible(True)

    def _draw_loss(self) -> None:
        window = self._window
        objective = self._objective
        assert window is not None and objective is not None
        self._draw_image()
        segments = window.contour_segments(window.contour_levels(CONTOUR_LEVELS))
        flat = segments.reshape(-1, 2)
        self.contour_item.setData(flat[:, 0], flat[:, 1])
        self.marks.draw(objective, self._start)
        self.contour_item.setVisible(True)
        plot = self.getPlotItem()
        plot.disableAutoRange()
        plot.setRange(xRange=window.w0_range, yRange=window.w1_range, padding=0.0)
