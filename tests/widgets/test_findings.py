"""What a new user met and should not again: a diverged run's state, stale rates after
a live change, dialog titles, the banner's and log's words."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from gd_desktop.core import preset
from gd_desktop.core.problems import problem
from gd_desktop.core.race import PALETTE, RaceEntry
from gd_desktop.core.run import Run
from gd_desktop.widgets import names
from gd_desktop.widgets.main_menus import dialog_title
from gd_desktop.widgets.messages import describe

from .helpers import enter_text, readout, run_to_finish, trigger, wait_idle


def diverging_race(w) -> list[RaceEntry]:
    """A race whose second run diverges (four times its stable limit)."""
    base = preset("blog-batch")
    limit = Run(base).stable_rate
    assert limit is not None
    wild = replace(base, learning_rate=4 * limit)
    return [RaceEntry(base, "Calm", PALETTE[0]), RaceEntry(wild, "Wild", PALETTE[1])]


def test_a_diverged_run_selected_in_the_race_says_diverged(qtbot, window) -> None:
    w = window
    w.load_race(diverging_race(w), selected=0)
    qtbot.waitUntil(lambda: w.state == "ready", timeout=30000)
    run_to_finish(qtbot, w)
    assert readout(w, names.READOUT_STATE) == "finished"
    w.select_lane(1)
    assert readout(w, names.READOUT_STATE) == "diverged"
    # The banner names the one diverged run once.
    assert w.banner.text().count("Wild") == 1, w.banner.text()
    w.select_lane(0)
    assert readout(w, names.READOUT_STATE) == "finished"


def test_a_live_rate_change_shows_at_once_in_the_table_plot_and_log(qtbot, window) -> None:
    w = window
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    qtbot.waitUntil(lambda: w.received == 3, timeout=30000)
    w.painter.draw_summaries()
    assert w.race_panel.cell(0, "rate") == "2e-05"
    run_id = w.info.run_id
    enter_text(qtbot, w.panel.lr_input, "4e-05")
    qtbot.waitUntil(lambda: w.run.learning_rate == 4e-05, timeout=20000)
    assert w.info.run_id == run_id  # the same run goes on at the new rate
    assert w.race_panel.cell(0, "rate") == "4e-05"
    _, rates = w.panel.schedule_curve.getData()
    assert rates is not None and float(rates.max()) == 4e-05
    assert "learning rate 4e-05 from update 4" in w.log_view.toPlainText()
    trigger(qtbot, w, w.actions_.step)
    qtbot.waitUntil(lambda: w.received == 4, timeout=30000)
    w.painter.draw_summaries()
    assert w.race_panel.cell(0, "rate") == "4e-05"


def test_file_dialogs_are_titled_without_the_menus_ampersands(qtbot, window) -> None:
    w = window
    assert dialog_title("&Save experiment as...") == "Save experiment as..."
    assert dialog_title("Fish && &chips") == "Fish & chips"
    titles: list[str] = []

    def close_dialog() -> None:
        dialog = QtWidgets.QApplication.activeModalWidget()
        if isinstance(dialog, QtWidgets.QFileDialog):
            titles.append(dialog.windowTitle())
            dialog.reject()
        else:
            QtCore.QTimer.singleShot(50, close_dialog)

    file_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&File")
    save = next(a for a in file_menu.actions() if a.text() == "&Save experiment as...")
    QtCore.QTimer.singleShot(50, close_dialog)
    save.trigger()
    qtbot.waitUntil(lambda: titles != [], timeout=20000)
    assert titles == ["Save experiment as..."]
    wait_idle(qtbot, w)


def test_the_budget_cap_names_what_a_user_can_change(qtbot) -> None:
    text = describe(problem("budget_cap", "budget", updates=20_000_000, cap=10_000_000))
    assert "lower the budget" in text
    assert "raise max_updates" not in text


def superscript_number(text: str) -> float:
    """'10¹⁸' -> 1e18, '2·10²' -> 200 (pyqtgraph's log tick labels)."""
    digits = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
    mantissa, _, power = text.rpartition("10")
    factor = float(mantissa.rstrip("·")) if mantissa else 1.0
    return factor * 10.0 ** int(power.translate(digits))


def test_after_a_divergence_the_loss_axis_reads_the_recorded_losses(qtbot, window) -> None:
    w = window
    enter_text(qtbot, w.panel.lr_input, "0.007")
    qtbot.waitUntil(lambda: w.run is not None and w.run.learning_rate == 0.007, timeout=20000)
    run_to_finish(qtbot, w)
    assert w.state == "diverged"
    w.draw_frame()
    losses = w.run.records.rows(0, w.received)[4]
    plot = w.loss_view.getPlotItem()
    axis = plot.getAxis("left")
    assert "x1e" not in axis.labelString()
    low, high = plot.getViewBox().viewRange()[1]
    shown = []
    for spacing, values in axis.tickValues(low, high, axis.height()):
        for value, text in zip(values, axis.tickStrings(values, axis.scale, spacing), strict=True):
            if text:
                assert superscript_number(text) == pytest.approx(10.0**value, rel=0.05), text
                shown.append(10.0**value)
    assert shown
    top = float(losses.max())
    assert top / 100 <= max(shown) <= 100 * top  # within a decade or two of the losses
    assert min(shown) >= float(losses.min()) / 10**5


def test_legends_sit_outside_the_data(qtbot, window) -> None:
    w = window
    w.load_race(diverging_race(w), selected=0)
    qtbot.waitUntil(lambda: w.state == "ready" and len(w.lanes) == 2, timeout=30000)

    def apart() -> None:
        for view in (w.contour_view, w.loss_view):
            legend = view.legend
            assert legend.isVisible()
            box = view.getPlotItem().getViewBox()
            legend_rect = legend.mapRectToScene(legend.boundingRect())
            data_rect = box.mapRectToScene(box.boundingRect())
            assert legend_rect.height() > 10 and data_rect.height() > 50
            assert not legend_rect.intersects(data_rect), (view.objectName(), legend_rect)

    qtbot.waitUntil(apart, timeout=20000)


@pytest.mark.parametrize("text", ["abc", "0", "nan"])
def test_a_bad_rate_is_explained_under_its_field_and_in_sight(qtbot, window, text) -> None:
    w = window
    hint = w.panel.lr_hint
    assert "below it" in hint.text()
    enter_text(qtbot, w.panel.lr_input, text)
    qtbot.waitUntil(lambda: "keeps 2e-05" in hint.text(), timeout=20000)
    assert "below it" not in hint.text() and "Learning rate" in hint.text()
    label = w.panel.problem_label
    assert label.isVisible()
    # Above the groups, so the scrolled panel shows it at its top.
    assert label.y() < w.panel.hyper_group.y()
    assert w.run is not None and w.run.learning_rate == 2e-05
    enter_text(qtbot, w.panel.lr_input, "3e-5")
    qtbot.waitUntil(lambda: "below it" in hint.text(), timeout=20000)
    assert not label.isVisible()


def test_a_huge_rate_reads_as_a_number_in_the_hint(qtbot, window) -> None:
    w = window
    enter_text(qtbot, w.panel.lr_input, "1e308")
    qtbot.waitUntil(lambda: "Above the stable limit" in w.panel.lr_hint.text(), timeout=20000)
    assert "inf" not in w.panel.lr_hint.text()


def test_a_preset_chosen_after_a_race_replaces_the_race(qtbot, window) -> None:
    w = window
    combo = w.panel.preset_combo
    assert combo.currentData() == "blog-batch"
    w.load_ready_race("blog")
    qtbot.waitUntil(lambda: w.state == "ready" and len(w.lanes) == 3, timeout=30000)
    assert combo.currentData() == ""  # a race is no preset
    assert combo.currentText() == "Your own settings"
    index = combo.findData("blog-sgd")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    qtbot.waitUntil(lambda: w.state == "ready" and len(w.lanes) == 1, timeout=30000)
    assert w.config == preset("blog-sgd") and combo.currentData() == "blog-sgd"
    assert [e.label for e in w.entries] == ["Run 1"]
    enter_text(qtbot, w.panel.lr_input, "0.001")  # a live change: no preset any more
    qtbot.waitUntil(lambda: combo.currentData() == "", timeout=20000)


def test_arrows_at_convergence_shrink_and_never_pass_the_optimum(qtbot, window) -> None:
    w = window
    base = preset("blog-batch")
    w.load_race([RaceEntry(replace(base, learning_rate=1e-3), "Run 1", PALETTE[0])])
    qtbot.waitUntil(lambda: w.state == "ready", timeout=30000)
    w.arrows_check.setChecked(True)
    run_to_finish(qtbot, w)
    w.painter.draw_arrows()
    optimum = w.run.loss.optimum
    w0, w1 = w.run.weights
    left = float(np.hypot(w0 - optimum[0], w1 - optimum[1]))
    assert 0 < left < 1e-6  # converged, and not quite there
    gx, gy = w.contour_view.gradient_arrows.getData()
    assert gx.size == 6 and (gx[0], gy[0]) == (w0, w1)
    # The shaft's tip is no farther from the start of the arrow than the optimum is.
    assert float(np.hypot(gx[1] - w0, gy[1] - w1)) <= left * (1 + 1e-9)
    (x0, x1), (y0, y1) = w.contour_view.getPlotItem().getViewBox().viewRange()
    assert (x0 <= gx).all() and (gx <= x1).all() and (y0 <= gy).all() and (gy <= y1).all()
