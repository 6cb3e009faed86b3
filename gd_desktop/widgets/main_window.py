"""The main window: it composes the views and panels and connects them to the session.

Data flow is one way: panel -> session command -> runtime -> records -> session ->
views. The views redraw on a frame clock from what the session says (see
``FramePainter``); the window itself holds no model.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.config import ConfigError, ExperimentConfig
from gd_desktop.core.csv_import import DataImportError, dataset_for
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.landscape_races import LANDSCAPE_RACES
from gd_desktop.core.problems import Problem
from gd_desktop.core.race import RaceEntry
from gd_desktop.runtime.controller import RunController
from gd_desktop.runtime.feed import SessionFeed
from gd_desktop.session.experiment import Session, single
from gd_desktop.session.lanes import Lane, RaceView
from gd_desktop.session.state import RunState
from gd_desktop.widgets.banner import DivergenceBanner
from gd_desktop.widgets.contour_view import ContourView
from gd_desktop.widgets.data_flow import DataFlow
from gd_desktop.widgets.data_view import DataView
from gd_desktop.widgets.display_modes import DisplayModes
from gd_desktop.widgets.equation_panel import EquationPanel
from gd_desktop.widgets.focus_return import EnterReturnsFocus
from gd_desktop.widgets.frame_painter import FramePainter
from gd_desktop.widgets.insight_panel import InsightPanel
from gd_desktop.widgets.language import current_language
from gd_desktop.widgets.log_view import LogView
from gd_desktop.widgets.loss_view import LossView
from gd_desktop.widgets.main_menus import build_menus
from gd_desktop.widgets.parameter_panel import ParameterPanel
from gd_desktop.widgets.race_panel import RacePanel, auto_label
from gd_desktop.widgets.readouts import ReadoutPanel
from gd_desktop.widgets.retranslate import retranslate_window
from gd_desktop.widgets.run_actions import RunActions
from gd_desktop.widgets.session_presenter import SessionPresenter
from gd_desktop.widgets.surface_view import SurfacePlaceholder, SurfaceView
from gd_desktop.widgets.timeline import TimelineBar
from gd_desktop.widgets.window_layout import build_docks, build_toolbar, build_views
from gd_desktop.widgets.window_settings import SETTINGS_GROUP, restore_settings, save_settings

__all__ = ["SETTINGS_GROUP", "MainWindow"]


class MainWindow(QtWidgets.QMainWindow):
    """GD Desktop's window; ``MainWindow()`` builds it with the blog's batch run loaded."""

    # Made by window_layout's build functions.
    readouts: ReadoutPanel
    divergence_banner: DivergenceBanner
    banner: QtWidgets.QLabel
    banner_button: QtWidgets.QPushButton
    surface_view: SurfaceView | SurfacePlaceholder
    contour_view: ContourView
    loss_view: LossView
    data_view: DataView
    views_splitter: QtWidgets.QSplitter
    panel: ParameterPanel
    parameter_dock: QtWidgets.QDockWidget
    parameter_dock_width: int
    log_view: LogView
    log_dock: QtWidgets.QDockWidget
    insight_panel: InsightPanel
    insight_dock: QtWidgets.QDockWidget
    equation_panel: EquationPanel
    equation_dock: QtWidgets.QDockWidget
    race_panel: RacePanel
    race_dock: QtWidgets.QDockWidget
    log_color_check: QtWidgets.QCheckBox
    log_y_check: QtWidgets.QCheckBox
    arrows_check: QtWidgets.QCheckBox
    timeline_bar: TimelineBar

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("GD Desktop"))
        self.shown_language = current_language()  # the language the texts are built in
        self.controller = RunController(self)
        self.session = Session(self.controller)
        build_views(self)
        build_docks(self)
        self.focus_return = EnterReturnsFocus(self.contour_view, self)
        for fields in (self.panel, self.race_panel):
            self.focus_return.watch(fields)
        self.painter = FramePainter(self.session, self, self)
        self.presenter = SessionPresenter(self.session, self, self.painter)
        self.data_flow = DataFlow(self)
        self.actions_ = RunActions(self)
        build_toolbar(self)
        self.display = DisplayModes(self)
        build_menus(self)
        self.statusBar().setSizeGripEnabled(True)
        self._connect()
        self.resize(1280, 800)
        unusable = restore_settings(self)
        if unusable:
            note = self.tr(
                "Some saved settings could not be read; their defaults are used: {0}"
            ).format(", ".join(unusable))
            self.statusBar().showMessage(note)
            self.log_view.note("-- " + note)
        self.presenter.on_state(RunState.LOADING)
        self.session.set_speed(self.panel.speed())
        self.load(self.panel.config())

    def _connect(self) -> None:
        session = self.session
        self.feed = SessionFeed(self.controller.worker, session, self)
        a = self.actions_
        a.run.triggered.connect(self.toggle_run)
        a.step.triggered.connect(lambda: self.timeline_bar.step_or_continue(1))
        a.step_epoch.triggered.connect(lambda: self.timeline_bar.step_or_continue(0))
        a.reset.triggered.connect(self.reset)
        banner = self.divergence_banner
        banner.button.clicked.connect(self.use_stable_rate)
        self.panel.experiment_changed.connect(self.apply_panel)
        self.panel.preset_applied.connect(self.apply_preset)
        self.panel.learning_rate_changed.connect(self.set_learning_rate)
        self.panel.speed_changed.connect(session.set_speed)
        self.log_color_check.toggled.connect(self.surface_view.set_log_color)
        self.log_color_check.toggled.connect(self.contour_view.set_log_color)
        self.log_y_check.toggled.connect(self.loss_view.set_log_y)
        self.surface_view.set_log_color(self.log_color_check.isChecked())
        self.contour_view.set_log_color(self.log_color_check.isChecked())
        self.loss_view.set_log_y(self.log_y_check.isChecked())
        self.arrows_check.toggled.connect(self._arrows_toggled)
        self.contour_view.start_clicked.connect(self.start_at)
        if isinstance(self.surface_view, SurfaceView):
            self.surface_view.start_clicked.connect(self.start_at)
        race = self.race_panel
        race.lane_selected.connect(self.select_lane)
        race.visibility_changed.connect(self.set_lane_visible)
        race.add_requested.connect(self.add_run)
        race.remove_requested.connect(self.remove_run)
        race.race_requested.connect(self.load_ready_race)
        race.target_changed.connect(session.set_target)

    # -- what scripts and tests read -----------------------------------------------------
    @property
    def state(self) -> RunState:
        return self.session.state

    @property
    def info(self) -> RaceView | None:
        """The loaded race: its id, its runs (with their records) and the insight."""
        return self.session.race

    @property
    def entries(self) -> list[RaceEntry]:
        return self.session.entries

    @property
    def selected(self) -> int:
        return self.session.selected

    @property
    def config(self) -> ExperimentConfig:
        """The config of the selected run (the one the parameter panel edits)."""
        return self.session.config

    @property
    def lanes(self) -> list[Lane]:
        return self.session.lanes

    @property
    def run(self) -> Lane | None:
        """The selected run of the loaded race."""
        return self.session.lane

    @property
    def received(self) -> int:
        """Records of the selected run received so far."""
        lane = self.session.lane
        return lane.received if lane is not None else 0

    @property
    def last_row(self) -> np.ndarray | None:
        lane = self.session.lane
        return lane.row(lane.received) if lane is not None else None

    @property
    def order_errors(self) -> int:
        return sum(lane.order_errors for lane in self.session.lanes)

    @property
    def frames_drawn(self) -> int:
        return self.painter.frames_drawn

    def draw_frame(self) -> None:
        self.painter.draw_frame()

    def redraw(self) -> None:
        self.painter.redraw()

    # -- commands --------------------------------------------------------------------
    def load(self, config: ExperimentConfig, dataset: Dataset | None = None) -> None:
        """Start afresh with ``config`` as the selected run (the current race stays until
        the new one has loaded). Data, seed and start are shared: every run takes them.

        A CSV-source config runs on ``dataset``, or on the data last read for it.
        """
        session = self.session
        self.race_panel.set_note(None)  # a changed run is no longer the ready-made race
        selected = min(session.selected, len(session.entries) - 1)
        old = session.entries[selected].config
        label = None
        if old.optimizer != config.optimizer or old.batching != config.batching:
            label = auto_label(selected, config)
        self._show_problem(session.load(config, dataset, label))

    def load_race(
        self,
        entries: Sequence[RaceEntry],
        dataset: Dataset | None = None,
        selected: int | None = None,
    ) -> None:
        """Start a fresh race of ``entries`` (one entry: a plain run)."""
        self._show_problem(self.session.load_race(entries, dataset, selected))

    def _show_problem(self, problem: Problem | None) -> None:
        if problem is not None:
            self.panel.show_problems([problem])

    @QtCore.Slot(str)
    def load_ready_race(self, key: str) -> None:
        """One of the ready-made races, on the current data where it can be."""
        entries = self.session.ready_race(key)
        dataset = None
        data = entries[0].config.data
        if key in LANDSCAPE_RACES and data.source == "csv":  # a shipped sample
            try:
                dataset = dataset_for(data).dataset
            except DataImportError as exc:
                self._show_problem(exc.problems[0])
                return
        self.session.selected = 0
        self.panel.set_config(entries[0].config)
        self.load_race(entries, dataset, selected=0)
        self.race_panel.set_note(key)

    @QtCore.Slot()
    def add_run(self) -> None:
        """A copy of the selected run, in the first colour not in use."""
        session = self.session
        session.add_run(auto_label(len(session.entries), session.config))

    @QtCore.Slot()
    def remove_run(self) -> None:
        session = self.session
        if len(session.entries) > 1:
            entries = [e for i, e in enumerate(session.entries) if i != session.selected]
            self.panel.set_config(entries[max(0, session.selected - 1)].config)
            session.remove_run()

    @QtCore.Slot(int)
    def select_lane(self, lane: int) -> None:
        """Edit run ``lane`` in the panel; the readouts, log and panels follow it."""
        self.session.select(lane)

    @QtCore.Slot(int, bool)
    def set_lane_visible(self, lane: int, on: bool) -> None:
        self.session.set_visible(lane, on)

    @QtCore.Slot(object)
    def set_target(self, target: float | None) -> None:
        self.session.set_target(target)

    @QtCore.Slot(float, float)
    def start_at(self, w0: float, w1: float) -> None:
        """Start every run from (w0, w1), from update 0."""
        w0, w1 = float(f"{w0:.4g}"), float(f"{w1:.4g}")
        with QtCore.QSignalBlocker(self.panel):
            self.panel.init_w0_input.setValue(w0)
            self.panel.init_w1_input.setValue(w1)
        self.session.start_at(w0, w1)
        self.statusBar().showMessage(
            self.tr("Every run starts at w0 = {0:g}, w1 = {1:g}").format(w0, w1)
        )

    @QtCore.Slot()
    def apply_panel(self) -> None:
        try:
            config = self.panel.config()
        except ConfigError as exc:
            self.presenter.on_load_failed(exc.problems)
            return
        self.panel.show_problems([])
        self.load(config)

    @QtCore.Slot()
    def apply_preset(self) -> None:
        """A preset chosen in the panel: a plain run of it replaces every run."""
        config = self.panel.config()
        self.panel.show_problems([])
        self.load_race(single(config), selected=0)

    @QtCore.Slot()
    def toggle_run(self) -> None:
        self.timeline_bar.run_or_continue()

    @QtCore.Slot()
    def reset(self) -> None:
        self.load(self.config)

    @QtCore.Slot(float)
    def set_learning_rate(self, learning_rate: float) -> None:
        """A new rate for the selected run, from its next update on."""
        self.session.set_learning_rate(learning_rate)

    @QtCore.Slot()
    def use_stable_rate(self) -> None:
        """After a divergence: each diverged run gets a stable rate, then the race
        starts afresh."""
        session = self.session
        if session.loaded is None:
            return
        rate = session.stable_rates()[session.selected]
        if rate is not None:
            self.panel.lr_input.setValue(rate)
            self.panel.lr_slider.set_log_value(rate)
        session.use_stable_rates()

    @QtCore.Slot(bool)
    def _arrows_toggled(self, on: bool) -> None:
        self.painter.arrows_on = on
        self.painter.redraw()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            retranslate_window(self)

    # -- closing ------------------------------------------------------------------------
    def save_settings(self) -> None:
        save_settings(self)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt naming
        self.painter.stop()
        self.presenter.surface_swap.shutdown()
        save_settings(self)
        self.data_flow.shutdown()
        self.controller.shutdown()
        super().closeEvent(event)
