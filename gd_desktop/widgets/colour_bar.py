"""The 3D view's colour bar: which loss each colour of the surface and the contour
map stands for (they share one scale)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.widgets.colour_scale import ColourScale
from gd_desktop.widgets.surface_axes import major_ticks, tick_text

BAR_WIDTH = 14
MARGIN = 8


class ColourBar(QtWidgets.QWidget):
    """A vertical gradient with loss values beside it, over the right edge of its parent.

    ``labels`` holds the (value, text) pairs drawn, for tests and scripts.
    """

    def __init__(self, colormap: str, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._colormap = pg.colormap.get(colormap)
        self._scale: ColourScale | None = None
        self._log = True
        self._color = QtGui.QColor("#c8c8d2")
        self.labels: list[tuple[float, str]] = []
        self.hide()

    def set_scale(self, scale: ColourScale | None, log: bool) -> None:
        self._scale, self._log = scale, bool(log)
        self.setVisible(scale is not None)
        self._label()
        self.place()

    def set_text_color(self, color: str) -> None:
        self._color = QtGui.QColor(color)
        self.update()

    def place(self) -> None:
        """Along the right edge of the parent, a third of its height."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = BAR_WIDTH + 8 + self.fontMetrics().horizontalAdvance("-8.88e+888")
        height = max(80, parent.height() // 3)
        self.setGeometry(parent.width() - width - MARGIN, MARGIN + 24, width, height)
        self._label()
        self.update()

    def _label(self) -> None:
        scale = self._scale
        self.labels = []
        if scale is None:
            return
        low, high = scale.limits(self._log)
        pixels = max(40.0, float(self.height()))
        values = [v for v in major_ticks(low, high, pixels) if low <= v <= high]
        spacing = values[1] - values[0] if len(values) > 1 else 1.0
        for value in values:
            if self._log:
                text = f"1e{value:g}" if float(value).is_integer() else f"{10**value:.3g}"
            else:
                text = tick_text(value, spacing)
            self.labels.append((value, text))

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802 - Qt naming
        scale = self._scale
        if scale is None:
            return
        painter = QtGui.QPainter(self)
        bar = QtCore.QRectF(0, 4, BAR_WIDTH, self.height() - 8)
        gradient = QtGui.QLinearGradient(bar.bottomLeft(), bar.topLeft())
        for position, color in zip(*self._colormap.getStops(mode="qcolor"), strict=True):
            gradient.setColorAt(float(position), color)
        painter.fillRect(bar, gradient)
        painter.setPen(self._color)
        painter.drawRect(bar)
        low, high = scale.limits(self._log)
        metrics = painter.fontMetrics()
        for value, text in self.labels:
            fraction = (value - low) / (high - low) if high > low else 0.0
            y = bar.bottom() - fraction * bar.height()
            painter.drawLine(QtCore.QPointF(BAR_WIDTH, y), QtCore.QPointF(BAR_WIDTH + 4, y))
            painter.drawText(QtCore.QPointF(BAR_WIDTH + 6, y + metrics.ascent() / 2 - 1), text)
        painter.end()
