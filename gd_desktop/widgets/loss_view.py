"""The loss curve: full-data and batch MSE per update, with the best so far."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from gd_desktop.widgets import names
from gd_desktop.widgets.lane_paths import LanePaths, RaceLanes
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
from gd_desktop.widgets.theme import DARK

MSE_COLOR = (255, 153, 26)
MIN_LOG_DECADES = 3
# A ring, not a filled dot: the optimum's pink star is a different thing.
BEST_COLOR = (255, 255, 255)
# Sizes in pixels at a line scale of 1.
CURVE_WIDTH = 2.0
BATCH_WIDTH = 1.0
BEST_SIZE = 12.0
BEST_WIDTH = 2.0
START_DOT = 7.0


class LossView(RaceLanes, pg.PlotWidget):
    """MSE against update number; update 0 is the start.

    The x axis spans the whole budget and the y axis grows only in whole decades
    (log) or by half its span (linear), so the axes are redrawn rarely while a run
    goes: redrawing tick labels every frame costs more than the curves.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent, background=BACKGROUND)
        repaint_on_request(self)
        # PlotWidget copies PlotItem.clear (which deletes every item) onto the
        # instance; drop it so our clear(), which keeps the items, is the one used.
        del self.clear
        self.setObjectName(names.LOSS_VIEW)
        self.setAccessibleName(self.tr("Loss curve"))
        self.setToolTip(
            self.tr(
                "Full-data MSE after each update (solid) and the MSE of the batch each\n"
                "update used (faint). The marker shows the best full-data MSE so far.\n"
                "Drag to pan, wheel to zoom, right-click for more."
            )
        )
        self.setMinimumSize(200, 80)
        plot = style_plot(self, self.tr("update"), self.tr("MSE"))
        plot.showGrid(x=True, y=True, alpha=0.15)
        # No SI prefix on the MSE axis: on a log axis pyqtgraph scales the exponents by
        # it ("MSE (x1e+18)" over ticks of 10^-8 ...); a linear one reads 1e+17 as is.
        plot.getAxis("left").enableAutoSIPrefix(False)
        self.legend = pg.LegendItem(labelTextColor=FOREGROUND)
        legend_above(self, self.legend)
        self._model = "linear"
        self._curve_names = (self.tr("full-data MSE"), self.tr("batch MSE"))
        self.legend.setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)

        self._log_y = False
        self._curves: list[tuple[np.ndarray, np.ndarray] | None] = [None]
        self._batch: tuple[np.ndarray, np.ndarray] | None = None
        self._visible: list[bool] = [True]
        self._colors: list[tuple[int, int, int]] = [MSE_COLOR[:3]]
        self._best: tuple[float, float] | None = None
        self._budget = 1
        self._start_marked = False
        self._y_range: tuple[float, float] | None = None
        self.line_scale = 1.0
        plot.disableAutoRange()

        # Batch first so the full-data curve draws on top.
        self.batch_curve = plot.plot(
            pen=pg.mkPen(DARK.batch_curve, width=BATCH_WIDTH),
            name=self.tr("batch MSE"),
            antialias=False,
        )
        self.mse_curve = plot.plot(
            pen=pg.mkPen(MSE_COLOR, width=CURVE_WIDTH),
            name=self.tr("full-data MSE"),
            antialias=True,
        )
        self.best_item = pg.ScatterPlotItem(
            symbol="o",
            size=BEST_SIZE,
            brush=pg.mkBrush(None),
            pen=pg.mkPen(BEST_COLOR, width=BEST_WIDTH),
        )
        self.best_item.setZValue(10)
        plot.addItem(self.best_item)
        # A fixed label: the value is in the readouts, and changing legend text
        # every frame would relayout the plot every frame.
        self.legend.addItem(self.best_item, self.tr("best so far"))
        for side in ("bottom", "left"):
            plot.getAxis(side).setCacheMode(QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # A race's legend shows one sample line per run (not drawn in the plot).
        self.legend_samples: list[pg.PlotDataItem] = []
        # A race draws every run's curve with one item (the curves above then only
        # stand in the legend).
        self.race_curves = LanePaths()
        self.race_curves.setZValue(5)
        self.race_curves.setVisible(False)
        plot.addItem(self.race_curves)

    @repaints
    def set_lanes(self, colors: Sequence[str], labels: Sequence[str]) -> None:
        """One full-data MSE curve per run: ``mse_curve`` for one run, ``race_curves``
        for a race, whose legend names the runs (the batch MSE is the selected run's)."""
        self._colors = [rgb(c) for c in colors]
        self._curves = [None] * len(colors)
        self._visible = [True] * len(colors)
        self._batch = None
        self._start_marked = False
        race = len(colors) > 1
        self.race_curves.set_lanes(self._colors)
        self.race_curves.setVisible(race)
        self.legend.clear()
        self.mse_curve.setData([], [])
        self.mse_curve.setSymbol(None)
        self.mse_curve.setPen(pg.mkPen(self._colors[0], width=CURVE_WIDTH * self.line_scale))
        self.mse_curve.setVisible(not race)
        self.legend_samples = []
        if race:
            for color, label in zip(self._colors, labels, strict=True):
                sample = pg.PlotDataItem(pen=pg.mkPen(color, width=2))
                self.legend_samples.append(sample)
                self.legend.addItem(sample, legend_label(label))
        else:
            self.legend.addItem(self.mse_curve, self._curve_names[0])
        self.legend.addItem(self.batch_curve, self._batch_name(race))
        self.legend.addItem(self.best_item, self.tr("best so far"))
        show_legend(self, self.legend, True)

    @repaints
    def set_line_scale(self, scale: float) -> None:
        """Curves and the best-so-far ring ``scale`` x their usual size (for a projector)."""
        self.line_scale = scale
        set_pen_width(self.mse_curve, CURVE_WIDTH * scale)
        self.mse_curve.setSymbolSize(START_DOT * scale)
        set_pen_width(self.batch_curve, BATCH_WIDTH * scale)
        set_pen_width(self.best_item, BEST_WIDTH * scale)
        self.best_item.setSize(BEST_SIZE * scale)
        self.race_curves.set_sizes(CURVE_WIDTH * scale, 0.0)

    @repaints
    def set_best_color(self, color: str) -> None:
        """The best-so-far ring in ``color`` (the theme's plot foreground)."""
        self.best_item.setPen(pg.mkPen(color, width=BEST_WIDTH * self.line_scale))

    @repaints
    def set_batch_color(self, color: str) -> None:
        """The batch MSE curve in ``color`` (#rrggbbaa, the theme's)."""
        self.batch_curve.setPen(pg.mkPen(color, width=BATCH_WIDTH * self.line_scale))

    def _batch_name(self, race: bool) -> str:
        if race:
            return self.tr("{0} (selected run)").format(self._curve_names[1])
        return self._curve_names[1]

    @repaints
    def set_family(self, model: str) -> None:
        """Name the loss as the family does (MSE for linear regression, log-loss for
        logistic regression, loss for the others) on the axis, legend and tooltip."""
        self._model = model
        if model == "linear":
            axis, full, batch = self.tr("MSE"), self.tr("full-data MSE"), self.tr("batch MSE")
        elif model == "logistic":
            axis = self.tr("log-loss")
            full, batch = self.tr("full-data log-loss"), self.tr("batch log-loss")
        else:
            axis, full, batch = self.tr("loss"), self.tr("full-data loss"), self.tr("batch loss")
        self._curve_names = (full, batch)
        self.getPlotItem().setLabel("left", axis)
        self.setToolTip(
            self.tr(
                "{0} after each update (solid) and the {1} each update used (faint).\n"
                "The marker shows the best {0} so far.\n"
                "Drag to pan, wheel to zoom, right-click for more."
            ).format(full, batch)
        )
        race = self.race_curves.isVisible()
        for sample, label in self.legend.items:
            if sample.item is self.mse_curve:
                label.setText(full)
            elif sample.item is self.batch_curve:
                label.setText(self._batch_name(race))

    def axis_label(self) -> str:
        """The loss axis's caption."""
        return str(self.getPlotItem().getAxis("left").labelText)

    def legend_texts(self) -> list[str]:
        return [label.text for _sample, label in self.legend.items]

    @repaints
    def set_selected_visible(self, on: bool) -> None:
        """Show or hide the selected run's batch MSE and best marker (with its curve)."""
        self.batch_curve.setVisible(bool(on))
        self.best_item.setVisible(bool(on))

    def rename_lanes(self, labels: Sequence[str]) -> None:
        """New names for a race's runs in the legend (after a language switch)."""
        for (_sample, item), label in zip(self.legend.items, labels, strict=False):
            item.setText(legend_label(label))

    def race_item(self) -> LanePaths:
        return self.race_curves

    def single_item(self, lane: int) -> pg.PlotDataItem:
        return self.mse_curve

    @repaints
    def set_lane_visible(self, lane: int, on: bool) -> None:
        if lane < len(self._visible):
            self._visible[lane] = bool(on)
            if self.race:
                self.race_curves.set_lane_visible(lane, on)
            else:
                self.mse_curve.setVisible(bool(on))

    # -- public API ------------------------------------------------------------------
    @repaints
    def set_curves(
        self,
        steps: np.ndarray,
        mse: np.ndarray,
        batch_mse: np.ndarray | None = None,
        lane: int = 0,
    ) -> None:
        """Show a run's MSE curve and, if given, the batch MSE (update 0 = the start;
        NaN batch MSE there is skipped)."""
        steps = np.asarray(steps, dtype=np.float64).ravel()
        self._curves[lane] = (steps, np.asarray(mse, dtype=np.float64).ravel())
        if batch_mse is not None:
            self._batch = (steps, np.asarray(batch_mse, dtype=np.float64).ravel())
        self._draw_curves(lane, batch_mse is not None)

    @repaints
    def set_best(self, step: float, mse: float) -> None:
        """Mark the best full-data MSE so far and print its value."""
        self._best = (float(step), float(mse))
        self._draw_best()

    @repaints
    def set_budget(self, updates: int) -> None:
        """Fix the x axis to the run's budget, so the curve grows into a still frame."""
        self._budget = max(1, int(updates))
        self.getPlotItem().setXRange(0, self._budget, padding=0.02)

    @repaints
    def set_log_y(self, on: bool) -> None:
        """Log10 MSE axis; points that cannot be shown on it (<= 0) are left out."""
        if bool(on) == self._log_y:
            return
        self._log_y = bool(on)
        self.getPlotItem().setLogMode(x=False, y=self._log_y)
        self._y_range = None
        self._draw_curves()
        self._draw_best()

    @repaints
    def clear(self) -> None:
        """Forget the curves and the best marker (the items stay for reuse)."""
        self._curves = [None] * len(self._curves)
        self._batch = None
        self._best = None
        self._y_range = None
        self.mse_curve.setData([], [])
        for lane in range(len(self._curves)):
            self.race_curves.clear_lane(lane)
        self.batch_curve.setData([], [])
        self._draw_best()

    @property
    def log_y(self) -> bool:
        return self._log_y

    # -- drawing ---------------------------------------------------------------------
    def _showable(self, steps: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keep = np.isfinite(steps) & np.isfinite(values)
        if self._log_y:
            keep &= values > 0
        return steps[keep], values[keep]

    def _draw_curves(self, only: int | None = None, batch: bool = True) -> None:
        """Redraw every run's curve, or only run ``only`` (and the batch curve if asked)."""
        values = []
        for lane, curve_data in enumerate(self._curves):
            if curve_data is None or (only is not None and lane != only):
                continue
            steps, mse = curve_data
            n = min(steps.size, mse.size)
            shown = self._showable(steps[:n], mse[:n])
            if self.race:
                x, y = shown
                self.race_curves.set_points(lane, x, np.log10(y) if self._log_y else y)
                if self._visible[lane]:
                    values.append(y)
                continue
            curve = self.mse_curve  # the one run
            # A lone point (the start, before any update) draws no line: mark it.
            lone = shown[0].size == 1
            if lone != self._start_marked:
                self._start_marked = lone
                curve.setSymbol("o" if lone else None)
                curve.setSymbolBrush(pg.mkBrush(self._colors[0]))
                curve.setSymbolSize(START_DOT * self.line_scale)
            curve.setData(*shown)
            if self._visible[lane]:
                values.append(shown[1])
        if self._batch is not None and batch:
            steps, batch_mse = self._batch
            n = min(steps.size, batch_mse.size)
            shown_batch = self._showable(steps[:n], batch_mse[:n])
            self.batch_curve.setData(*shown_batch)
            values.append(shown_batch[1])
        if values:
            self._grow_y(np.concatenate(values))

    def _grow_y(self, values: np.ndarray) -> None:
        """Widen the y range to hold ``values``, in steps that keep it still for a while."""
        if values.size == 0:
            return
        low, high = float(values.min()), float(values.max())
        if self._log_y:
            low, high = math.floor(math.log10(low)), math.ceil(math.log10(high))
            # At least three decades, reaching down: room for the fall to come, and
            # no crowd of minor tick labels inside one decade.
            low = min(low, high - MIN_LOG_DECADES)
        else:
            low = min(low, 0.0)
            high = max(high, low + 1e-12)
        current = self._y_range
        if current is not None and current[0] <= low and high <= current[1]:
            return
        if current is not None:
            if not self._log_y:
                span = current[1] - current[0]
                high = max(high, current[1] + 0.5 * span) if high > current[1] else current[1]
            low, high = min(low, current[0]), max(high, current[1])
        self._y_range = (low, high)
        self.getPlotItem().setYRange(low, high, padding=0.05)

    def _draw_best(self) -> None:
        if self._best is None:
            self.best_item.setData([], [])
            return
        step, mse = self._best
        if not (math.isfinite(step) and math.isfinite(mse) and (mse > 0 or not self._log_y)):
            self.best_item.setData([], [])
            return
        # A ScatterPlotItem is not log-aware: place it in view units.
        y = math.log10(mse) if self._log_y else mse
        self.best_item.setData([step], [y])
