"""Axes of the 3D view: w0, w1 and the loss along the edges of the drawing box, with
tick marks and values chosen as the 2D views choose theirs (pyqtgraph's tick rule)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pyqtgraph.opengl as gl
from PySide6 import QtCore, QtGui

from gd_desktop.widgets.loss_window import LossWindow

AXIS_COLOR = (200, 200, 210, 255)
# The on-screen length of a box edge the ticks are chosen for, in pixels: about
# what the contour view's axes have, so both views pick the same spacing.
EDGE_PIXELS = 300.0
TICK_LENGTH = 0.05  # box units
MAX_TICKS = 10  # text items per axis


def major_ticks(low: float, high: float, pixels: float = EDGE_PIXELS) -> list[float]:
    """The labelled tick values a pyqtgraph axis of ``pixels`` would draw over [low, high]."""
    levels = _rule().tickValues(low, high, pixels)
    return [float(v) for v in levels[0][1]] if levels else []


_RULE: list[pg.AxisItem] = []


def _rule() -> pg.AxisItem:
    # One hidden axis, never drawn: only its tick rule is used.
    if not _RULE:
        _RULE.append(pg.AxisItem("bottom"))
    return _RULE[0]


def tick_text(value: float, spacing: float) -> str:
    """A tick's value with as many decimals as the spacing needs (pyqtgraph's way)."""
    return _rule().tickStrings([value], 1.0, spacing)[0]


class SurfaceAxes:
    """Tick marks and values on three edges of the box, and each axis's name.

    ``ticks`` holds the values shown per axis ("w0", "w1", "loss"), for tests and
    scripts to compare with the contour view's axes.
    """

    def __init__(self, font: QtGui.QFont) -> None:
        self.font = QtGui.QFont(font)
        self.color = QtGui.QColor(*AXIS_COLOR)
        self.lines = gl.GLLinePlotItem(
            mode="lines", color=AXIS_COLOR, width=1.5, antialias=True, glOptions="translucent"
        )
        self.values = {axis: [self._text() for _ in range(MAX_TICKS)] for axis in AXES}
        self.titles = {axis: self._text() for axis in AXES}
        self.ticks: dict[str, list[float]] = {axis: [] for axis in AXES}

    def _text(self) -> gl.GLTextItem:
        return gl.GLTextItem(color=self.color, font=self.font, text="")

    @property
    def items(self) -> list[gl.GLGraphicsItem.GLGraphicsItem]:
        out: list[gl.GLGraphicsItem.GLGraphicsItem] = [self.lines, *self.titles.values()]
        for texts in self.values.values():
            out.extend(texts)
        return out

    def set_font(self, font: QtGui.QFont) -> None:
        """Tick values and axis names in ``font``."""
        self.font = QtGui.QFont(font)
        for item in self.items[1:]:
            item.setData(font=self.font)

    def set_color(self, color: str) -> None:
        self.color = QtGui.QColor(color)
        rgba = self.color.getRgbF()
        self.lines.setData(color=rgba)
        for item in self.items[1:]:
            item.setData(color=self.color)

    def draw(self, window: LossWindow, loss_name: str) -> None:
        """Ticks for ``window``'s weights and losses (heights are linear in the loss)."""
        (a0, b0), (a1, b1) = window.w0_range, window.w1_range
        low, high = window.loss_min, window.loss_max
        segments: list[np.ndarray] = []
        spans = {"w0": (a0, b0), "w1": (a1, b1), "loss": (low, high)}
        for axis, (start, stop) in spans.items():
            ticks = major_ticks(start, stop, PIXELS[axis])
            values = [v for v in ticks if start <= v <= stop][:MAX_TICKS]
            self.ticks[axis] = values
            spacing = values[1] - values[0] if len(values) > 1 else abs(stop - start) or 1.0
            texts = self.values[axis]
            for i, item in enumerate(texts):
                if i >= len(values):
                    item.setData(text="")
                    continue
                where = (values[i] - start) / (stop - start) if stop > start else 0.0
                base, tick, label = _placed(axis, where)
                segments.append(np.array([base, tick]))
                item.setData(pos=label, text=tick_text(values[i], spacing), color=self.color)
        segments.extend(np.array(edge) for edge in EDGES)
        self.lines.setData(pos=np.concatenate(segments))
        names = {
            "w0": QtCore.QCoreApplication.translate("SurfaceView", "w0"),
            "w1": QtCore.QCoreApplication.translate("SurfaceView", "w1"),
            "loss": loss_name,
        }
        for axis, item in self.titles.items():
            item.setData(pos=TITLE_AT[axis], text=names[axis], color=self.color)


AXES = ("w0", "w1", "loss")
# The three edges the axes run along: w0 at the front (y = -1, z = 0), w1 on the
# right (x = 1, z = 0), the loss up the front-left corner (x = -1, y = -1), where the
# default camera sees it clear of the bowl.
EDGES = (
    ((-1.0, -1.0, 0.0), (1.0, -1.0, 0.0)),
    ((1.0, -1.0, 0.0), (1.0, 1.0, 0.0)),
    ((-1.0, -1.0, 0.0), (-1.0, -1.0, 1.0)),
)
TITLE_AT = {"w0": (0.0, -1.45, 0.0), "w1": (1.45, 0.0, 0.0), "loss": (-1.0, -1.0, 1.15)}
# The loss axis is short on screen: fewer ticks.
PIXELS = {"w0": EDGE_PIXELS, "w1": EDGE_PIXELS, "loss": EDGE_PIXELS / 2}


def _placed(axis: str, where: float) -> tuple[tuple[float, ...], ...]:
    """A tick at fraction ``where`` of its axis: its base, its outer end and its label."""
    t = 2.0 * where - 1.0
    if axis == "w0":
        return (t, -1.0, 0.0), (t, -1.0 - TICK_LENGTH, 0.0), (t, -1.2, 0.0)
    if axis == "w1":
        return (1.0, t, 0.0), (1.0 + TICK_LENGTH, t, 0.0), (1.15, t, 0.0)
    return (-1.0, -1.0, where), (-1.0 - TICK_LENGTH, -1.0, where), (-1.3, -1.0, where)
