"""The app's two themes: Fusion with a dark or a light palette, and the plot colours
that go with each, so panels and plots read as one surface (on a projector too)."""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

ROLE = QtGui.QPalette.ColorRole


@dataclass(frozen=True)
class Theme:
    """A palette for the widgets and the colours of the plots drawn on it."""

    name: str
    colors: dict[QtGui.QPalette.ColorRole, str]
    disabled: str
    plot_background: str
    plot_foreground: str
    caption: str
    states: dict[str, str]  # the State readout's colour in each run state
    batch_curve: str  # the faint batch-MSE curve, #rrggbbaa: seen but behind the runs


DARK = Theme(
    name="dark",
    colors={
        ROLE.Window: "#26262d",
        ROLE.WindowText: "#e8eaed",
        ROLE.Base: "#1c1c22",
        ROLE.AlternateBase: "#2c2c34",
        ROLE.ToolTipBase: "#33333b",
        ROLE.ToolTipText: "#e8eaed",
        ROLE.Text: "#e8eaed",
        ROLE.Button: "#30303a",
        ROLE.ButtonText: "#e8eaed",
        ROLE.BrightText: "#ff8a80",
        ROLE.Highlight: "#e8a33d",
        ROLE.HighlightedText: "#1c1c22",
        ROLE.Link: "#8ab4f8",
        ROLE.PlaceholderText: "#80868b",
    },
    disabled="#6f7378",
    plot_background="#1e1e24",
    plot_foreground="#c8c8d2",
    caption="#9aa0a6",
    states={
        "ready": "#9aa0a6",
        "running": "#81c995",
        "paused": "#fdd663",
        "finished": "#8ab4f8",
        "diverged": "#f28b82",
        "loading": "#9aa0a6",
        "failed": "#f28b82",
    },
    batch_curve="#6ebeff96",
)
# Dark text on white, strong contrast: projectors wash out light greys.
LIGHT = Theme(
    name="light",
    colors={
        ROLE.Window: "#f4f4f6",
        ROLE.WindowText: "#15151a",
        ROLE.Base: "#ffffff",
        ROLE.AlternateBase: "#eceef2",
        ROLE.ToolTipBase: "#ffffff",
        ROLE.ToolTipText: "#15151a",
        ROLE.Text: "#15151a",
        ROLE.Button: "#e6e7eb",
        ROLE.ButtonText: "#15151a",
        ROLE.BrightText: "#b3261e",
        ROLE.Highlight: "#c77700",
        ROLE.HighlightedText: "#ffffff",
        ROLE.Link: "#1a56c4",
        ROLE.PlaceholderText: "#70757a",
    },
    disabled="#9a9ea4",
    plot_background="#ffffff",
    plot_foreground="#202028",
    caption="#4a4f55",
    states={
        "ready": "#4a4f55",
        "running": "#137333",
        "paused": "#8a5a00",
        "finished": "#1a56c4",
        "diverged": "#b3261e",
        "loading": "#4a4f55",
        "failed": "#b3261e",
    },
    batch_curve="#1f5fb4a0",  # pale blue all but vanishes on white
)
THEMES = {theme.name: theme for theme in (DARK, LIGHT)}


def apply_theme(app: QtWidgets.QApplication, theme: Theme) -> None:
    """Fusion style with ``theme``'s palette for every widget of the app."""
    app.setStyle("Fusion")
    palette = QtGui.QPalette()
    for role, color in theme.colors.items():
        palette.setColor(role, QtGui.QColor(color))
    for role in (ROLE.WindowText, ROLE.Text, ROLE.ButtonText):
        palette.setColor(QtGui.QPalette.ColorGroup.Disabled, role, QtGui.QColor(theme.disabled))
    app.setPalette(palette)


def apply_dark_theme(app: QtWidgets.QApplication) -> None:
    """The default look: the dark theme."""
    apply_theme(app, DARK)


def restyle_plot(view: pg.PlotWidget, theme: Theme) -> None:
    """A 2D plot's background, axes, axis labels and legend text in ``theme``'s colours."""
    view.setBackground(theme.plot_background)
    plot = view.getPlotItem()
    for side in ("bottom", "left"):
        axis = plot.getAxis(side)
        axis.setPen(theme.plot_foreground)
        axis.setTextPen(theme.plot_foreground)  # the axis label too
    legend = plot.legend
    if isinstance(legend, pg.LegendItem):
        legend.setLabelTextColor(theme.plot_foreground)
        for _sample, label in legend.items:
            label.setText(label.text)  # drawn again in the new colour
