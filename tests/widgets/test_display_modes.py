"""The light and dark themes, remembered between launches, and presentation mode:
full screen, views and readouts only, large type, left with Esc or F11."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.widgets import names
from gd_desktop.widgets.display_modes import PRESENTATION_SCALE
from gd_desktop.widgets.main_window import MainWindow
from gd_desktop.widgets.plot_views import LEGEND_POINTS
from gd_desktop.widgets.surface_view import SurfaceView
from gd_desktop.widgets.theme import DARK, LIGHT

from .helpers import trigger
from .test_race import choose_race
from .test_readouts_fit import misfits


def action(w: MainWindow, name: str) -> QtGui.QAction:
    found = w.findChild(QtGui.QAction, name)
    assert found is not None, name
    return found


def in_view_menu(w: MainWindow, target: QtGui.QAction) -> bool:
    view = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    menus = [view] + [a.menu() for a in view.actions() if a.menu() is not None]
    return any(target in menu.actions() for menu in menus)


def test_the_light_theme_colours_widgets_and_views_and_is_remembered(qtbot, window) -> None:
    w = window
    dark, light = action(w, names.DARK_THEME_ACTION), action(w, names.LIGHT_THEME_ACTION)
    assert in_view_menu(w, dark) and in_view_menu(w, light)
    app = QtWidgets.QApplication.instance()
    try:
        light.trigger()
        assert light.isChecked() and not dark.isChecked()
        window_color = app.palette().color(QtGui.QPalette.ColorRole.Window)
        assert window_color == QtGui.QColor(LIGHT.colors[QtGui.QPalette.ColorRole.Window])
        for plot in (w.contour_view, w.loss_view, w.data_view):
            assert plot.backgroundBrush().color() == QtGui.QColor(LIGHT.plot_background)
            axis = plot.getPlotItem().getAxis("left")
            assert axis.textPen().color() == QtGui.QColor(LIGHT.plot_foreground)
        batch_pen = pg.mkPen(w.loss_view.batch_curve.opts["pen"])
        assert batch_pen.color() == pg.mkColor(LIGHT.batch_curve)
        assert w.readouts.labels[names.READOUT_STATE].styleSheet() == (
            f"color: {LIGHT.states['ready']};"
        )
        w.save_settings()
        again = MainWindow()
        qtbot.addWidget(again)
        try:
            assert again.display.theme is LIGHT
            assert action(again, names.LIGHT_THEME_ACTION).isChecked()
        finally:
            again.close()
        dark.trigger()
        assert app.palette().color(QtGui.QPalette.ColorRole.Window) == QtGui.QColor(
            DARK.colors[QtGui.QPalette.ColorRole.Window]
        )
        assert w.contour_view.backgroundBrush().color() == QtGui.QColor(DARK.plot_background)
    finally:
        w.display.set_theme(DARK)


def test_presentation_mode_shows_the_essentials_in_large_type(qtbot, window) -> None:
    w = window
    presentation = action(w, names.PRESENTATION_ACTION)
    assert presentation.isCheckable() and in_view_menu(w, presentation)
    assert presentation.shortcut() == QtGui.QKeySequence("F11")
    before = w.readouts.labels[names.READOUT_MSE].font().pointSizeF()
    docks = [d for d in w.findChildren(QtWidgets.QDockWidget) if d.isVisible()]
    rows = w.views_splitter.sizes()
    assert docks
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=20000)
    qtbot.keyClick(w.contour_view, QtCore.Qt.Key.Key_F11)
    assert presentation.isChecked()
    qtbot.waitUntil(lambda: w.isFullScreen(), timeout=20000)
    assert not any(d.isVisible() for d in w.findChildren(QtWidgets.QDockWidget))
    assert w.readouts.isVisible() and w.contour_view.isVisible() and w.loss_view.isVisible()
    assert w.readouts.labels[names.READOUT_MSE].font().pointSizeF() >= 1.5 * before
    tick_font = w.loss_view.getPlotItem().getAxis("left").style["tickFont"]
    assert tick_font is not None and tick_font.pointSizeF() >= 1.5 * before / 1.05
    # The legends and the 3D view's words grow too.
    for legend in (w.contour_view.legend, w.loss_view.legend):
        assert legend.opts["labelTextSize"] == f"{LEGEND_POINTS * PRESENTATION_SCALE:g}pt"
        assert all(label.opts["size"] == legend.opts["labelTextSize"] for _, label in legend.items)
    surface = w.surface_view
    assert isinstance(surface, SurfaceView)
    assert surface.legend.font().pointSizeF() >= 1.5 * before
    assert surface.colour_bar.font().pointSizeF() >= 1.5 * before
    assert all(t.font.pointSizeF() >= 1.5 * before for t in surface.axes.titles.values())

    qtbot.keyClick(QtWidgets.QApplication.focusWidget() or w, QtCore.Qt.Key.Key_Escape)
    assert not presentation.isChecked()
    qtbot.waitUntil(lambda: not w.isFullScreen(), timeout=20000)
    qtbot.waitUntil(lambda: all(d.isVisible() for d in docks), timeout=20000)

    def upper_share(sizes: list[int]) -> float:
        return sizes[0] / sum(sizes)

    qtbot.waitUntil(
        lambda: abs(upper_share(w.views_splitter.sizes()) - upper_share(rows)) < 0.02,
        timeout=20000,
    )
    assert w.readouts.labels[names.READOUT_MSE].font().pointSizeF() == before
    assert w.loss_view.legend.opts["labelTextSize"] == f"{LEGEND_POINTS:g}pt"
    app_points = QtWidgets.QApplication.font().pointSizeF()
    assert surface.legend.font().pointSizeF() == app_points
    assert all(t.font.pointSizeF() == max(app_points, 9.0) for t in surface.axes.titles.values())


def test_presentation_at_1024_by_768_keeps_every_readout_whole(qtbot, window) -> None:
    w = window
    action(w, names.PRESENTATION_ACTION).setChecked(True)
    try:
        qtbot.waitUntil(lambda: w.isFullScreen(), timeout=20000)
        w.setGeometry(0, 0, 1024, 768)
        qtbot.waitUntil(lambda: w.size() == QtCore.QSize(1024, 768), timeout=20000)

        def fits() -> None:
            w.readouts.show_values(
                2614144, 8000000, 327, (-1.234567e300, 1e-19), 1e-19, (-1.234567e300, 7999999),
                1.234567e300,
            )  # fmt: skip
            assert misfits(w) == []

        qtbot.waitUntil(fits, timeout=20000)
        for plot in w.findChildren(pg.PlotWidget):
            if plot.isVisible():
                corner = plot.mapTo(w, QtCore.QPoint(0, 0))
                assert w.rect().contains(QtCore.QRect(corner, plot.size())), plot.objectName()
        # A race's legends fit their views: no plot pushed out past its right edge,
        # the 3D legend clear of the colour bar.
        choose_race(qtbot, w, "saddle")

        def legends_fit() -> None:
            for view in (w.contour_view, w.loss_view):
                plot = view.getPlotItem()
                for item in (plot, plot.legend):
                    assert item.sceneBoundingRect().right() <= view.width() + 1, view
            surface = w.surface_view
            assert isinstance(surface, SurfaceView)
            assert surface.legend.isVisible()
            assert surface.rect().contains(surface.legend.geometry())
            assert not surface.legend.geometry().intersects(surface.colour_bar.geometry())

        qtbot.waitUntil(legends_fit, timeout=20000)
        # The loss curve's row keeps room for its curves under the larger type.
        upper, lower = w.views_splitter.sizes()
        assert lower >= 0.4 * (upper + lower)
    finally:
        action(w, names.PRESENTATION_ACTION).setChecked(False)


def line_sizes(w: MainWindow) -> dict[str, float]:
    """The widths and sizes, in pixels, of the lines and markers each view draws."""
    contour, loss, surface = w.contour_view, w.loss_view, w.surface_view
    assert isinstance(surface, SurfaceView)
    sizes = {
        "contour path": contour.path_item.opts["pen"].widthF(),
        "contour dots": contour.path_item.opts["symbolSize"],
        "contour race": contour.race_paths.width,
        "contour race marker": contour.race_paths.marker_radius,
        "gradient arrow": contour.gradient_arrows.opts["pen"].widthF(),
        "loss curve": loss.mse_curve.opts["pen"].widthF(),
        "batch curve": loss.batch_curve.opts["pen"].widthF(),
        "loss race": loss.race_curves.width,
        "best ring": loss.best_item.opts["size"],
        "best ring line": loss.best_item.opts["pen"].widthF(),
        "3D path": surface.paths.path_item.width,
        "3D race": surface.paths.race_paths_item.width,
        "3D current": surface.paths.current_item.size,
        "3D race current": surface.paths.race_current_item.size,
    }
    for name in ("start_item", "optimum_item", "current_item", "critical_item"):
        sizes[f"contour {name}"] = getattr(contour, name).opts["size"]
    for name in ("start_item", "optimum_item", "critical_item"):
        sizes[f"3D {name}"] = getattr(surface.drawing, name).size
    for lane, arrow in enumerate(contour.step_arrows):
        sizes[f"step arrow {lane}"] = pg.mkPen(arrow.opts["pen"]).widthF()
    return sizes


def test_presentation_mode_doubles_lines_and_markers_and_restores_them(qtbot, window) -> None:
    w = window
    presentation = action(w, names.PRESENTATION_ACTION)
    before = line_sizes(w)
    presentation.setChecked(True)
    try:
        during = line_sizes(w)
        assert during == {name: 2 * size for name, size in before.items()}
        # A race loaded while presenting draws its lanes and arrows large too.
        choose_race(qtbot, w, "saddle")
        trigger(qtbot, w, w.actions_.step)
        w.draw_frame()
        assert w.contour_view.step_arrows
        raced = line_sizes(w)
        for name, size in raced.items():
            assert size == 2 * before.get(name, size / 2), name
    finally:
        presentation.setChecked(False)
    after = line_sizes(w)
    assert after == {name: size / 2 for name, size in raced.items()}
    assert {name: after[name] for name in before} == before
