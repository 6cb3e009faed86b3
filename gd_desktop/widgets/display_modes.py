"""How the window is shown: the dark or the light theme, and presentation mode (full
screen, the views and readouts only, large text) for a projector."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.widgets import names
from gd_desktop.widgets.plot_views import scale_legend
from gd_desktop.widgets.theme import DARK, THEMES, Theme, apply_theme, restyle_plot

# Text in presentation mode, as a multiple of the application's font size.
PRESENTATION_SCALE = 1.6
# Lines and markers in presentation mode, as a multiple of their usual size.
PRESENTATION_LINE_SCALE = 2.0
# The views' heights in presentation mode: the upper row (3D, contour) to the lower
# (loss, data), so the loss curve keeps room under its larger legend and axis text.
PRESENTATION_ROWS = (56, 44)


class DisplayModes(QtCore.QObject):
    """The View menu's theme and presentation actions, and what they change."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.theme: Theme = DARK
        group = QtGui.QActionGroup(self)
        group.setExclusive(True)
        self.dark_action = self._theme_action(group, names.DARK_THEME_ACTION, self.tr("&Dark"))
        self.light_action = self._theme_action(group, names.LIGHT_THEME_ACTION, self.tr("&Light"))
        self.dark_action.setChecked(True)
        self.presentation_action = QtGui.QAction(self.tr("&Presentation"), window)
        self.presentation_action.setObjectName(names.PRESENTATION_ACTION)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcut(QtGui.QKeySequence("F11"))
        self.presentation_action.setStatusTip(
            self.tr("Full screen, the views and readouts only, in large type (Esc or F11 leaves).")
        )
        self.presentation_action.toggled.connect(self.set_presentation)
        window.addAction(self.presentation_action)
        self.leave_shortcut = QtGui.QShortcut(QtGui.QKeySequence("Esc"), window)
        self.leave_shortcut.setEnabled(False)
        self.leave_shortcut.activated.connect(lambda: self.presentation_action.setChecked(False))
        self._saved: tuple[QtCore.QByteArray, bool] | None = None
        self._rows: list[int] = []

    def _theme_action(self, group: QtGui.QActionGroup, name: str, text: str) -> QtGui.QAction:
        action = QtGui.QAction(text, self.window)
        action.setObjectName(name)
        action.setCheckable(True)
        group.addAction(action)
        action.setData("dark" if name == names.DARK_THEME_ACTION else "light")
        action.toggled.connect(self._theme_toggled)
        return action

    @QtCore.Slot(bool)
    def _theme_toggled(self, on: bool) -> None:
        action = self.sender()
        if on and isinstance(action, QtGui.QAction):
            self.set_theme(THEMES[action.data()])

    def add_to(self, view_menu: QtWidgets.QMenu) -> None:
        themes = view_menu.addMenu(self.tr("&Theme"))
        themes.addAction(self.dark_action)
        themes.addAction(self.light_action)
        view_menu.addAction(self.presentation_action)

    # -- theme ---------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        """Every widget and view in ``theme``'s colours."""
        self.theme = theme
        with QtCore.QSignalBlocker(self.dark_action), QtCore.QSignalBlocker(self.light_action):
            self.dark_action.setChecked(theme.name == "dark")
            self.light_action.setChecked(theme.name == "light")
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            apply_theme(app, theme)
        w = self.window
        for plot in w.findChildren(pg.PlotWidget):
            restyle_plot(plot, theme)
        w.loss_view.set_best_color(theme.plot_foreground)
        w.loss_view.set_batch_color(theme.batch_curve)
        w.surface_view.set_colors(theme.plot_background, theme.plot_foreground)
        w.readouts.set_colors(theme.caption, theme.states)
        w.redraw()

    # -- presentation --------------------------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self.presentation_action.isChecked()

    @QtCore.Slot(bool)
    def set_presentation(self, on: bool) -> None:
        """Full screen with the views and readouts only, text PRESENTATION_SCALE x and
        lines and markers PRESENTATION_LINE_SCALE x; off: the window as it was."""
        w = self.window
        self.leave_shortcut.setEnabled(on)
        if on:
            self._saved = (w.saveState(), w.isMaximized())
            self._rows = w.views_splitter.sizes()
            w.views_splitter.installEventFilter(self)
            self._share_rows()
            for dock in w.findChildren(QtWidgets.QDockWidget):
                dock.hide()
            self._scale_text(PRESENTATION_SCALE)
            self._scale_lines(PRESENTATION_LINE_SCALE)
            w.showFullScreen()
            return
        self._scale_text(1.0)
        self._scale_lines(1.0)
        if self._saved is not None:
            state, maximized = self._saved
            w.showMaximized() if maximized else w.showNormal()
            w.restoreState(state)
            self._saved = None
        w.views_splitter.removeEventFilter(self)
        if self._rows:
            w.views_splitter.setSizes(self._rows)
            self._rows = []

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        """While presenting, the views' rows keep PRESENTATION_ROWS when resized."""
        if event.type() == QtCore.QEvent.Type.Resize:
            QtCore.QTimer.singleShot(0, self._share_rows)  # once the splitter has its size
        return False

    def _share_rows(self) -> None:
        if not self.presenting:
            return
        splitter = self.window.views_splitter
        total = sum(splitter.sizes())
        upper = total * PRESENTATION_ROWS[0] // sum(PRESENTATION_ROWS)
        splitter.setSizes([upper, total - upper])

    def _scale_lines(self, scale: float) -> None:
        w = self.window
        for view in (w.contour_view, w.loss_view, w.surface_view):
            view.set_line_scale(scale)

    def _scale_text(self, scale: float) -> None:
        app_font = QtWidgets.QApplication.font()
        font = QtGui.QFont(app_font)
        font.setPointSizeF(app_font.pointSizeF() * scale)
        w = self.window
        w.setFont(font)
        for plot in w.findChildren(pg.PlotWidget):
            item = plot.getPlotItem()
            for side in ("bottom", "left"):
                axis = item.getAxis(side)
                axis.setStyle(tickFont=font)
                axis.label.setFont(font)
                axis.resizeEvent()
            scale_legend(plot, scale)
        w.surface_view.set_text_font(font)
