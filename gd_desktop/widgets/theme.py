"""The app's dark theme: Fusion with a palette that matches the dark plot views."""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets

_COLORS = {
    QtGui.QPalette.ColorRole.Window: "#26262d",
    QtGui.QPalette.ColorRole.WindowText: "#e8eaed",
    QtGui.QPalette.ColorRole.Base: "#1c1c22",
    QtGui.QPalette.ColorRole.AlternateBase: "#2c2c34",
    QtGui.QPalette.ColorRole.ToolTipBase: "#33333b",
    QtGui.QPalette.ColorRole.ToolTipText: "#e8eaed",
    QtGui.QPalette.ColorRole.Text: "#e8eaed",
    QtGui.QPalette.ColorRole.Button: "#30303a",
    QtGui.QPalette.ColorRole.ButtonText: "#e8eaed",
    QtGui.QPalette.ColorRole.BrightText: "#ff8a80",
    QtGui.QPalette.ColorRole.Highlight: "#e8a33d",
    QtGui.QPalette.ColorRole.HighlightedText: "#1c1c22",
    QtGui.QPalette.ColorRole.Link: "#8ab4f8",
    QtGui.QPalette.ColorRole.PlaceholderText: "#80868b",
}
_DISABLED = {
    QtGui.QPalette.ColorRole.WindowText: "#6f7378",
    QtGui.QPalette.ColorRole.Text: "#6f7378",
    QtGui.QPalette.ColorRole.ButtonText: "#6f7378",
}


def apply_dark_theme(app: QtWidgets.QApplication) -> None:
    """Fusion style with a dark palette, so panels and plots read as one surface."""
    app.setStyle("Fusion")
    palette = QtGui.QPalette()
    for role, color in _COLORS.items():
        palette.setColor(role, QtGui.QColor(color))
    for role, color in _DISABLED.items():
        palette.setColor(QtGui.QPalette.ColorGroup.Disabled, role, QtGui.QColor(color))
    app.setPalette(palette)
