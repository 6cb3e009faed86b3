"""The loss curve: full-data and batch MSE per update, with the best so far."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from gd_desktop.widgets import names

BACKGROUND = "#1e1e24"
FOREGROUND = "#c8c8d2"
MSE_COLOR = (255, 153, 26)
BATCH_COLOR = (110, 190, 255, 150)
BEST_COLOR = (255, 51, 140)


class LossView(pg.PlotWidget):
    """MSE against update number; update 0 is the start."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent, background=BACKGROUND)
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
        self.setMinimumSize(240, 160)
        plot = self.getPlotItem()
        plot.setLabel("bottom", self.tr("update"))
        plot.setLabel("left", self.tr("MSE"))
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.15)
        for side in ("bottom", "left"):
            axis = plot.getAxis(side)
            axis.setPen(FOREGROUND)
            axis.setTextPen(FOREGROUND)
        self._legend = plot.addLegend(offset=(-10, 10), labelTextColor=FOREGROUND)
        self._legend.setBrush(pg.mkBrush(30, 30, 36, 200))

        self._log_y = False
        self._curves: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._best: tuple[float, float] | None = None

        # Batch first so the full-data curve draws on top.
        self.batch_curve = plot.plot(
            pen=pg.mkPen(BATCH_COLOR, width=1), name=self.tr("batch MSE"), antialias=True
        )
        self.mse_curve = plot.plot(
            pen=pg.mkPen(MSE_COLOR, width=2), name=self.tr("full-data MSE"), antialias=True
        )
        # The best value is written in the legend, not next to the marker, where
        # it would sit on the curves or fall outside the view.
        self.best_item = pg.ScatterPlotItem(
            symbol="o", size=10, brush=pg.mkBrush(BEST_COLOR), pen=pg.mkPen("#ffffff")
        )
        self.best_item.setZValue(10)
        plot.addItem(self.best_item)
        self._legend.addItem(self.best_item, self._best_text())

    # -- public API ------------------------------------------------------------------
    def set_curves(self, steps: np.ndarray, mse: np.ndarray, batch_mse: np.ndarray) -> None:
        """Show both curves (update 0 = the start; NaN batch MSE there is skipped)."""
        self._curves = (
            np.asarray(steps, dtype=np.float64).ravel(),
            np.asarray(mse, dtype=np.float64).ravel(),
            np.asarray(batch_mse, dtype=np.float64).ravel(),
        )
        self._draw_curves()

    def set_best(self, step: float, mse: float) -> None:
        """Mark the best full-data MSE so far and print its value."""
        self._best = (float(step), float(mse))
        self._draw_best()

    def set_log_y(self, on: bool) -> None:
        """Log10 MSE axis; points that cannot be shown on it (<= 0) are left out."""
        if bool(on) == self._log_y:
            return
        self._log_y = bool(on)
        self.getPlotItem().setLogMode(x=False, y=self._log_y)
        self._draw_curves()
        self._draw_best()
        self.getPlotItem().enableAutoRange()

    def clear(self) -> None:
        """Forget the curves and the best marker (the items stay for reuse)."""
        self._curves = None
        self._best = None
        self.mse_curve.setData([], [])
        self.batch_curve.setData([], [])
        self._draw_best()
        self.getPlotItem().enableAutoRange()

    @property
    def log_y(self) -> bool:
        return self._log_y

    # -- drawing ---------------------------------------------------------------------
    def _showable(self, steps: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        keep = np.isfinite(steps) & np.isfinite(values)
        if self._log_y:
            keep &= values > 0
        return steps[keep], values[keep]

    def _draw_curves(self) -> None:
        if self._curves is None:
            return
        steps, mse, batch = self._curves
        n = min(steps.size, mse.size)
        self.mse_curve.setData(*self._showable(steps[:n], mse[:n]))
        n = min(steps.size, batch.size)
        self.batch_curve.setData(*self._showable(steps[:n], batch[:n]))

    def _best_text(self) -> str:
        if self._best is None:
            return self.tr("best MSE")
        step, mse = self._best
        return self.tr("best MSE {mse} (update {step})").format(
            mse=f"{mse:.4g}", step=f"{step:.0f}"
        )

    def _draw_best(self) -> None:
        label = self._legend.getLabel(self.best_item)
        if label is not None:
            label.setText(self._best_text())
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
