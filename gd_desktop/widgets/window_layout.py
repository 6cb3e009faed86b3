"""Builds the window's parts: the views in the centre, the docks around them and the
toolbar. The main window composes what these functions make."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from gd_desktop.widgets import names
from gd_desktop.widgets.banner import DivergenceBanner
from gd_desktop.widgets.contour_view import ContourView
from gd_desktop.widgets.data_view import DataView
from gd_desktop.widgets.equation_panel import EquationPanel
from gd_desktop.widgets.insight_panel import InsightPanel
from gd_desktop.widgets.log_view import LogView
from gd_desktop.widgets.loss_view import LossView
from gd_desktop.widgets.parameter_panel import ParameterPanel
from gd_desktop.widgets.race_panel import RacePanel
from gd_desktop.widgets.readouts import ReadoutPanel
from gd_desktop.widgets.surface_view import make_surface_view
from gd_desktop.widgets.timeline import TimelineBar

# The parameter panel may be narrowed this far (it scrolls sideways below its own width).
PANEL_MIN_WIDTH = 240
DOCK_AREA = QtCore.Qt.DockWidgetArea


def build_views(w: Any) -> None:
    """The readouts, the banner, the four views in splitters, and the timeline."""
    w.readouts = ReadoutPanel()
    w.divergence_banner = DivergenceBanner()
    w.banner = w.divergence_banner.label
    w.banner_button = w.divergence_banner.button
    w.surface_view = make_surface_view()
    w.contour_view = ContourView()
    w.loss_view = LossView()
    w.data_view = DataView()
    top = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
    top.addWidget(w.surface_view)
    top.addWidget(w.contour_view)
    top.setSizes([560, 420])
    split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
    bottom = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
    bottom.addWidget(w.loss_view)
    bottom.addWidget(w.data_view)
    bottom.setSizes([600, 380])
    split.addWidget(top)
    split.addWidget(bottom)
    split.setSizes([420, 220])
    w.views_splitter = split  # the 3D and contour views over the loss and data views
    for splitter in (split, top, bottom):
        splitter.setChildrenCollapsible(False)
    central = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(central)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(w.readouts)
    layout.addWidget(w.divergence_banner)
    layout.addWidget(split, 1)
    w.timeline_bar = TimelineBar(w)
    layout.addWidget(w.timeline_bar)
    w.setCentralWidget(central)


def build_docks(w: Any) -> None:
    """The parameter dock on the left; log, insight, update and race tabs below."""
    w.panel = ParameterPanel()
    scroll = QtWidgets.QScrollArea()
    scroll.setWidget(w.panel)
    scroll.setWidgetResizable(True)
    scroll.setMinimumWidth(PANEL_MIN_WIDTH)
    w.parameter_dock_width = w.panel.sizeHint().width() + 20
    w.parameter_dock = QtWidgets.QDockWidget(
        QtCore.QCoreApplication.translate("MainWindow", "Parameters"), w
    )
    w.parameter_dock.setObjectName(names.PARAMETER_DOCK)
    w.parameter_dock.setWidget(scroll)
    w.addDockWidget(DOCK_AREA.LeftDockWidgetArea, w.parameter_dock)
    w.log_view = LogView()
    w.log_dock = QtWidgets.QDockWidget(QtCore.QCoreApplication.translate("MainWindow", "Log"), w)
    w.log_dock.setObjectName(names.LOG_DOCK)
    w.log_dock.setWidget(w.log_view)
    w.addDockWidget(DOCK_AREA.BottomDockWidgetArea, w.log_dock)
    w.insight_panel = InsightPanel()
    w.equation_panel = EquationPanel()
    w.insight_dock = _tab_dock(
        w,
        QtCore.QCoreApplication.translate("MainWindow", "Insight"),
        names.INSIGHT_DOCK,
        w.insight_panel,
    )
    w.equation_dock = _tab_dock(
        w,
        QtCore.QCoreApplication.translate("MainWindow", "This update"),
        names.EQUATION_DOCK,
        w.equation_panel,
    )
    w.race_panel = RacePanel()
    w.race_dock = _tab_dock(
        w, QtCore.QCoreApplication.translate("MainWindow", "Race"), names.RACE_DOCK, w.race_panel
    )
    w.log_dock.raise_()
    w.resizeDocks([w.log_dock], [90], QtCore.Qt.Orientation.Vertical)
    w.resizeDocks([w.parameter_dock], [w.parameter_dock_width], QtCore.Qt.Orientation.Horizontal)


def _tab_dock(w: Any, title: str, name: str, widget: QtWidgets.QWidget) -> QtWidgets.QDockWidget:
    dock = QtWidgets.QDockWidget(title, w)
    dock.setObjectName(name)
    dock.setWidget(widget)
    w.addDockWidget(DOCK_AREA.BottomDockWidgetArea, dock)
    w.tabifyDockWidget(w.log_dock, dock)
    return dock


def build_toolbar(w: Any) -> None:
    """The run actions, then the view toggles."""
    toolbar = w.addToolBar(QtCore.QCoreApplication.translate("MainWindow", "Run"))
    toolbar.setObjectName("runToolbar")
    toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    w.actions_.add_to_toolbar(toolbar)
    toolbar.addSeparator()
    w.log_color_check = QtWidgets.QCheckBox(
        QtCore.QCoreApplication.translate("MainWindow", "Log colour")
    )
    w.log_color_check.setObjectName(names.LOG_COLOR_CHECK)
    w.log_color_check.setToolTip(
        QtCore.QCoreApplication.translate(
            "MainWindow",
            "Colour the 3D surface and the contour map by log10(MSE): the MSE spans many "
            "orders of magnitude.",
        )
    )
    w.log_color_check.setChecked(True)
    w.log_y_check = QtWidgets.QCheckBox(
        QtCore.QCoreApplication.translate("MainWindow", "Log MSE axis")
    )
    w.log_y_check.setObjectName(names.LOG_Y_CHECK)
    w.log_y_check.setToolTip(
        QtCore.QCoreApplication.translate("MainWindow", "Show the MSE curve on a logarithmic axis.")
    )
    w.log_y_check.setChecked(True)
    w.arrows_check = QtWidgets.QCheckBox(QtCore.QCoreApplication.translate("MainWindow", "Arrows"))
    w.arrows_check.setObjectName(names.ARROWS_CHECK)
    w.arrows_check.setToolTip(
        QtCore.QCoreApplication.translate(
            "MainWindow",
            "Arrows at each run's current point in the contour view: white, the step\n"
            "plain descent would take (-lr x full-data gradient); coloured, the update\n"
            "the run actually made (momentum and adaptive rules differ from it).\n"
            "All arrows share one scale, so their lengths compare.",
        )
    )
    toolbar.addWidget(w.log_color_check)
    toolbar.addWidget(w.log_y_check)
    toolbar.addWidget(w.arrows_check)
