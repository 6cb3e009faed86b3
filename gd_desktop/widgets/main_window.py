"""The main window: parameter panel, the three linked views, readouts, log and controls.

Data flow is one way: panel -> config -> worker's run -> records -> views. The
views redraw on a frame clock (at most about 60 Hz) from the records received,
never once per signal, and no timer runs while nothing changes.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.config import ConfigError, ExperimentConfig
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.presets import PRESETS
from gd_desktop.core.race import (
    MAX_RUNS,
    PALETTE,
    READY_RACES,
    RaceEntry,
    SummaryTracker,
    sweep_race,
)
from gd_desktop.core.run import STOP_DIVERGED, Run
from gd_desktop.runtime.worker import RecordBlock, RunController, RunInfo, single
from gd_desktop.widgets import names
from gd_desktop.widgets.contour_view import ContourView
from gd_desktop.widgets.data_flow import DataFlow
from gd_desktop.widgets.data_view import DataView
from gd_desktop.widgets.equation_panel import EquationPanel
from gd_desktop.widgets.insight_panel import InsightPanel
from gd_desktop.widgets.log_view import LogView
from gd_desktop.widgets.loss_view import LossView
from gd_desktop.widgets.main_menus import build_menus
from gd_desktop.widgets.parameter_panel import ParameterPanel
from gd_desktop.widgets.race_panel import RacePanel, auto_label
from gd_desktop.widgets.readouts import ReadoutPanel
from gd_desktop.widgets.run_actions import RunActions
from gd_desktop.widgets.surface_view import SurfaceView, make_surface_view

# About 40 frames a second at most: smooth, while leaving the worker most of the GIL.
FRAME_MS = 25
MAX_PATH_POINTS = 1500
MIN_LANE_POINTS = 250
PATH_FIELDS = ("w0", "w1", "mse", "batch_mse")
# While running, the log, data view and equation panel are redrawn at most this often.
SIDE_VIEW_SECONDS = 0.2
SETTINGS_GROUP = "mainWindow"
# Height of the race dock: header, buttons and tabs, plus one row per run.
RACE_TABLE_BASE = 100
RACE_ROW_HEIGHT = 25
# The parameter panel may be narrowed this far (it scrolls sideways below its own width).
PANEL_MIN_WIDTH = 240


@dataclass(eq=False)
class Lane:
    """What the window has received of one run of the race."""

    run: Run
    tracker: SummaryTracker
    received: int = 0
    last_row: np.ndarray | None = None
    visible: bool = True
    drawn: int = -1
    pending_rows: list[np.ndarray] = field(default_factory=list)


def path_indices(count: int, limit: int = MAX_PATH_POINTS) -> np.ndarray:
    """Record indices to draw: all of them, or about ``limit`` that keep the first and
    the last: half spread evenly, half on a log scale (the early updates, where the
    weights move most, stay sharp)."""
    if count <= limit:
        return np.arange(count)
    even = np.linspace(0, count - 1, limit // 2)
    early = np.geomspace(1, count, limit - limit // 2) - 1
    return np.unique(np.concatenate([even, early]).astype(np.int64))


def lane_point_limit(lanes: int) -> int:
    """Points per drawn path in a race of ``lanes`` runs (about the same in all)."""
    return max(MIN_LANE_POINTS, MAX_PATH_POINTS // max(lanes, 1))


class MainWindow(QtWidgets.QMainWindow):
    """GD Desktop's window; ``MainWindow()`` builds it with the blog's batch run loaded."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("GD Desktop"))
        self.controller = RunController(self)
        self.info: RunInfo | None = None
        self.entries: list[RaceEntry] = single(PRESETS["blog-batch"])
        self.selected = 0
        self.lanes: list[Lane] = []
        self.state = "loading"
        self._race_rows = 1
        self._shown_selected = 0
        self._target: float | None = None
        self.order_errors = 0
        self.frames_drawn = 0
        self._dirty = False
        self._run_requested = False
        self._side_drawn = 0.0
        self._frame_started = 0.0

        self._build_views()
        self._build_docks()
        self.data_flow = DataFlow(self)
        self.actions_ = RunActions(self)
        self._build_toolbar()
        build_menus(self)
        self.statusBar().setSizeGripEnabled(True)
        self._frame_timer = QtCore.QTimer(self)
        self._frame_timer.setSingleShot(True)
        self._frame_timer.timeout.connect(self.draw_frame)
        self._connect()
        self.resize(1280, 800)
        self._restore_settings()
        self.set_state("loading")
        self.controller.set_speed(self.panel.speed())
        self.load(self.panel.config())

    # -- the selected run -------------------------------------------------------------
    @property
    def config(self) -> ExperimentConfig:
        """The config of the selected run (the one the parameter panel edits)."""
        return self.entries[self.selected].config

    @config.setter
    def config(self, config: ExperimentConfig) -> None:
        self.entries[self.selected] = replace(self.entries[self.selected], config=config)

    @property
    def run(self) -> Run | None:
        """The selected run of the loaded race."""
        if self.info is None or not self.lanes:
            return None
        return self.lanes[min(self.selected, len(self.lanes) - 1)].run

    @property
    def lane(self) -> Lane | None:
        return self.lanes[min(self.selected, len(self.lanes) - 1)] if self.lanes else None

    @property
    def received(self) -> int:
        """Records of the selected run received so far."""
        lane = self.lane
        return lane.received if lane is not None else 0

    @property
    def last_row(self) -> np.ndarray | None:
        lane = self.lane
        return lane.last_row if lane is not None else None

    @property
    def best(self) -> tuple[float, int]:
        """(best MSE, its update) of the selected run."""
        lane = self.lane
        return lane.tracker.best if lane is not None else (math.inf, 0)

    # -- construction --------------------------------------------------------------
    def _build_views(self) -> None:
        self.readouts = ReadoutPanel()
        self.banner = QtWidgets.QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #4a2426; color: #f6d5d3; padding: 6px; border-radius: 4px;"
        )
        self.banner_button = QtWidgets.QPushButton(self.tr("Use a stable rate"))
        self.banner_button.setToolTip(self.tr("Set the learning rate to 0.9 x 2/lambda_max."))
        self.banner_button.clicked.connect(self.use_stable_rate)
        banner_row = QtWidgets.QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_button)
        self._banner_widgets = (self.banner, self.banner_button)
        self._show_banner(None)
        self.surface_view = make_surface_view()
        self.contour_view = ContourView()
        self.loss_view = LossView()
        self.data_view = DataView()
        top = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        top.addWidget(self.surface_view)
        top.addWidget(self.contour_view)
        top.setSizes([560, 420])
        split = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        bottom = QtWidgets.QSplitter(QtCore.Qt.Orientation.Horizontal)
        bottom.addWidget(self.loss_view)
        bottom.addWidget(self.data_view)
        bottom.setSizes([600, 380])
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([420, 220])
        for splitter in (split, top, bottom):
            splitter.setChildrenCollapsible(False)
        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.readouts)
        layout.addLayout(banner_row)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.panel = ParameterPanel()
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(PANEL_MIN_WIDTH)
        self.parameter_dock_width = self.panel.sizeHint().width() + 20
        self.parameter_dock = QtWidgets.QDockWidget(self.tr("Parameters"), self)
        self.parameter_dock.setObjectName(names.PARAMETER_DOCK)
        self.parameter_dock.setWidget(scroll)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, self.parameter_dock)
        self.log_view = LogView()
        self.log_dock = QtWidgets.QDockWidget(self.tr("Log"), self)
        self.log_dock.setObjectName(names.LOG_DOCK)
        self.log_dock.setWidget(self.log_view)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.insight_panel = InsightPanel()
        self.equation_panel = EquationPanel()
        self.insight_dock = self._tab_dock(
            self.tr("Insight"), names.INSIGHT_DOCK, self.insight_panel
        )
        self.equation_dock = self._tab_dock(
            self.tr("This update"), names.EQUATION_DOCK, self.equation_panel
        )
        self.race_panel = RacePanel()
        self.race_dock = self._tab_dock(self.tr("Race"), names.RACE_DOCK, self.race_panel)
        self.log_dock.raise_()
        self.resizeDocks([self.log_dock], [90], QtCore.Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.parameter_dock], [self.parameter_dock_width], QtCore.Qt.Orientation.Horizontal
        )

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Run"))
        toolbar.setObjectName("runToolbar")
        toolbar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions_.add_to_toolbar(toolbar)
        toolbar.addSeparator()
        self.log_color_check = QtWidgets.QCheckBox(self.tr("Log colour"))
        self.log_color_check.setObjectName(names.LOG_COLOR_CHECK)
        self.log_color_check.setToolTip(
            self.tr("Colour the 3D surface by log10(MSE): the MSE spans many orders of magnitude.")
        )
        self.log_color_check.setChecked(True)
        self.log_y_check = QtWidgets.QCheckBox(self.tr("Log MSE axis"))
        self.log_y_check.setObjectName(names.LOG_Y_CHECK)
        self.log_y_check.setToolTip(self.tr("Show the MSE curve on a logarithmic axis."))
        self.log_y_check.setChecked(True)
        self.arrows_check = QtWidgets.QCheckBox(self.tr("Arrows"))
        self.arrows_check.setObjectName(names.ARROWS_CHECK)
        self.arrows_check.setToolTip(
            self.tr(
                "Arrows at each run's current point in the contour view: white, the step\n"
                "plain descent would take (-lr x full-data gradient); coloured, the update\n"
                "the run actually made (momentum and adaptive rules differ from it).\n"
                "All arrows share one scale, so their lengths compare."
            )
        )
        toolbar.addWidget(self.log_color_check)
        toolbar.addWidget(self.log_y_check)
        toolbar.addWidget(self.arrows_check)

    def _connect(self) -> None:
        worker = self.controller.worker
        worker.run_loaded.connect(self.on_run_loaded)
        worker.records_ready.connect(self.on_records)
        worker.run_started.connect(self.on_started)
        worker.run_paused.connect(self.on_paused)
        worker.run_finished.connect(self.on_finished)
        worker.load_failed.connect(self.on_load_failed)
        worker.engine_failed.connect(self.on_engine_failed)
        a = self.actions_
        a.run.triggered.connect(self.toggle_run)
        a.step.triggered.connect(lambda: self.controller.step(1))
        a.step_epoch.triggered.connect(lambda: self.controller.step(0))
        a.reset.triggered.connect(self.reset)
        self.panel.experiment_changed.connect(self.apply_panel)
        self.panel.learning_rate_changed.connect(self.set_learning_rate)
        self.panel.speed_changed.connect(self.controller.set_speed)
        self.log_color_check.toggled.connect(self.surface_view.set_log_color)
        self.log_y_check.toggled.connect(self.loss_view.set_log_y)
        self.surface_view.set_log_color(self.log_color_check.isChecked())
        self.loss_view.set_log_y(self.log_y_check.isChecked())
        self.arrows_check.toggled.connect(self._redraw)
        self.contour_view.start_clicked.connect(self.start_at)
        if isinstance(self.surface_view, SurfaceView):
            self.surface_view.start_clicked.connect(self.start_at)
        self.race_panel.lane_selected.connect(self.select_lane)
        self.race_panel.visibility_changed.connect(self.set_lane_visible)
        self.race_panel.add_requested.connect(self.add_run)
        self.race_panel.remove_requested.connect(self.remove_run)
        self.race_panel.race_requested.connect(self.load_ready_race)
        self.race_panel.target_changed.connect(self.set_target)

    # -- commands --------------------------------------------------------------------
    def _tab_dock(self, title: str, name: str, widget: QtWidgets.QWidget) -> QtWidgets.QDockWidget:
        dock = QtWidgets.QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.tabifyDockWidget(self.log_dock, dock)
        return dock

    def load(self, config: ExperimentConfig, dataset: Dataset | None = None) -> None:
        """Start afresh with ``config`` as the selected run (the current race stays until
        the new one has loaded). Data, seed and start are shared: every run takes them.

        A CSV-source config runs on ``dataset``, or on the data last read for it.
        """
        entries = [
            replace(
                e, config=replace(e.config, data=config.data, seed=config.seed, init=config.init)
            )
            for e in self.entries
        ]
        selected = min(self.selected, len(entries) - 1)
        old = entries[selected]
        label = old.label
        if old.config.optimizer != config.optimizer or old.config.batching != config.batching:
            label = auto_label(selected, config)
        entries[selected] = replace(old, config=config, label=label)
        self.load_race(entries, dataset, selected)

    def load_race(
        self,
        entries: Sequence[RaceEntry],
        dataset: Dataset | None = None,
        selected: int | None = None,
    ) -> None:
        """Start a fresh race of ``entries`` (one entry: a plain run)."""
        config = entries[0].config
        if config.data.source == "csv":
            dataset = dataset or self.data_flow.dataset
            if dataset is None:
                self.panel.show_problems([self.tr("Open a CSV file first (File > Open data).")])
                return
        self.entries = list(entries)
        if selected is not None:
            self.selected = selected
        self.selected = max(0, min(self.selected, len(self.entries) - 1))
        self._run_requested = False
        self.controller.load(self.entries, dataset if config.data.source == "csv" else None)
        self.set_state("loading")

    @QtCore.Slot(str)
    def load_ready_race(self, key: str) -> None:
        """One of the ready-made races, on the current data where it can be."""
        if key == "sweep" and self.run is not None:
            entries = sweep_race(self.config, self.run.loss.stable_learning_rate)
        else:
            entries = READY_RACES[key][1]()
            if self.config.data.source == "csv" or key == "optimizers":
                # Keep the user's data and start where the race allows it.
                entries = [
                    replace(
                        e,
                        config=replace(
                            e.config,
                            data=self.config.data,
                            seed=self.config.seed,
                            init=self.config.init,
                        ),
                    )
                    for e in entries
                ]
        self.selected = 0
        self.panel.set_config(entries[0].config)
        self.load_race(entries, selected=0)

    @QtCore.Slot()
    def add_run(self) -> None:
        """A copy of the selected run, in the first colour not in use."""
        if len(self.entries) >= MAX_RUNS:
            return
        used = {e.color for e in self.entries}
        color = next(c for c in PALETTE if c not in used)
        index = len(self.entries)
        copy = RaceEntry(self.config, auto_label(index, self.config), color)
        self.load_race([*self.entries, copy], selected=index)

    @QtCore.Slot()
    def remove_run(self) -> None:
        if len(self.entries) <= 1:
            return
        entries = [e for i, e in enumerate(self.entries) if i != self.selected]
        selected = max(0, self.selected - 1)
        self.panel.set_config(entries[selected].config)
        self.load_race(entries, selected=selected)

    @QtCore.Slot(int)
    def select_lane(self, lane: int) -> None:
        """Edit run ``lane`` in the panel; the readouts, log and panels follow it."""
        if not 0 <= lane < len(self.entries) or lane == self.selected:
            return
        self.selected = lane
        self._shown_selected = lane
        self.panel.set_config(self.config)
        self.loss_view.set_selected_visible(
            self.lanes[lane].visible if lane < len(self.lanes) else True
        )
        run = self.run
        if run is not None and self.info is not None:
            self.insight_panel.set_run(run, self.info.insight.for_run(run))
            self._show_rate_hint(run)
            self.equation_panel.clear()
            self.log_view.note(self.tr("-- showing {0}").format(self.entries[lane].label))
        self._redraw()

    @QtCore.Slot(int, bool)
    def set_lane_visible(self, lane: int, on: bool) -> None:
        if lane < len(self.lanes):
            self.lanes[lane].visible = on
        for view in (self.surface_view, self.contour_view, self.loss_view, self.data_view):
            view.set_lane_visible(lane, on)
        if lane == self.selected:
            self.loss_view.set_selected_visible(on)
        self._redraw()

    @QtCore.Slot(object)
    def set_target(self, target: float | None) -> None:
        """Count the race table's 'to target' to ``target`` (None: the default)."""
        self._target = target
        for lane in self.lanes:
            tracker = SummaryTracker(lane.run, target)
            tracker.add(lane.run.records.rows(0, lane.received))
            tracker.stop_reason = lane.tracker.stop_reason
            lane.tracker = tracker
        self._show_summaries()

    def _show_summaries(self) -> None:
        for i, lane in enumerate(self.lanes):
            rate = float(lane.last_row[8]) if lane.last_row is not None else lane.run.learning_rate
            self.race_panel.set_summary(i, lane.tracker.summary(), rate, self._run_requested)

    @QtCore.Slot(float, float)
    def start_at(self, w0: float, w1: float) -> None:
        """Start every run from (w0, w1), from update 0."""
        w0, w1 = float(f"{w0:.4g}"), float(f"{w1:.4g}")
        with QtCore.QSignalBlocker(self.panel):
            self.panel.init_w0_input.setValue(w0)
            self.panel.init_w1_input.setValue(w1)
        entries = [replace(e, config=replace(e.config, init=(w0, w1))) for e in self.entries]
        self.statusBar().showMessage(
            self.tr("Every run starts at w0 = {0:g}, w1 = {1:g}").format(w0, w1)
        )
        self.load_race(entries)

    @QtCore.Slot()
    def _redraw(self) -> None:
        for lane in self.lanes:
            lane.drawn = -1
        self._dirty = True
        self.draw_frame()

    @QtCore.Slot()
    def apply_panel(self) -> None:
        try:
            config = self.panel.config()
        except ConfigError as exc:
            self.panel.show_problems(exc.problems)
            self.statusBar().showMessage(self.tr("Not applied: {0}").format(exc.problems[0]))
            return
        self.panel.show_problems([])
        self.load(config)

    @QtCore.Slot()
    def toggle_run(self) -> None:
        # Decide from what was last asked, not from the acknowledged state, so a
        # quick second press pauses a run whose start is still on its way.
        if self._run_requested:
            self._run_requested = False
            self.controller.pause()
        else:
            self._run_requested = True
            self.controller.start()

    @QtCore.Slot()
    def reset(self) -> None:
        self.load(self.config)

    @QtCore.Slot(float)
    def set_learning_rate(self, learning_rate: float) -> None:
        """A new rate for the selected run, from its next update on."""
        self.config = replace(self.config, learning_rate=learning_rate)
        self.controller.set_learning_rate(learning_rate, self.selected)
        run = self.run
        if run is not None:
            self.panel.set_stable_rate(
                run.loss.stable_learning_rate, learning_rate, run.rate_factor
            )
            self.insight_panel.set_learning_rate(learning_rate)

    def _show_rate_hint(self, run: Run) -> None:
        self.panel.set_stable_rate(
            run.loss.stable_learning_rate, run.learning_rate, run.rate_factor
        )

    @QtCore.Slot()
    def use_stable_rate(self) -> None:
        """After a divergence: each diverged run gets 0.9 x its stable limit (a tenth of
        its rate for rules without one), then the race starts afresh."""
        if self.info is None:
            return
        entries = list(self.entries)
        for i, lane in enumerate(self.lanes):
            run = lane.run
            if run.stop_reason != STOP_DIVERGED:
                continue
            limit = run.stable_rate
            rate = (
                0.9 * limit
                if limit is not None and math.isfinite(limit)
                else 0.1 * run.learning_rate
            )
            rate = float(f"{rate:.3g}")
            entries[i] = replace(entries[i], config=replace(entries[i].config, learning_rate=rate))
            if i == self.selected:
                self.panel.lr_input.setValue(rate)
                self.panel.lr_slider.set_log_value(rate)
        self.load_race(entries)

    # -- worker events -------------------------------------------------------------------
    @QtCore.Slot(object)
    def on_run_loaded(self, info: RunInfo) -> None:
        self.info = info
        self._shown_selected = self.selected
        # ``entries`` stays as last asked (a rate set while this race loaded is kept).
        if len(self.entries) != len(info.entries):
            self.entries = list(info.entries)
        self.selected = min(self.selected, len(self.entries) - 1)
        self.lanes = [Lane(run, SummaryTracker(run, self._target)) for run in info.runs]
        run = self.run
        assert run is not None
        colors = [e.color for e in info.entries]
        labels = [e.label for e in info.entries]
        self._show_banner(None)
        self.surface_view.set_lanes(colors, labels)
        self.contour_view.set_lanes(colors, labels)
        self.loss_view.set_lanes(colors, labels)
        self.loss_view.set_selected_visible(True)
        self.data_view.set_lanes(colors)
        self.surface_view.set_loss(run.loss, run.start_weights)
        self.contour_view.set_loss(run.loss, run.start_weights)
        self.loss_view.clear()
        self.loss_view.set_budget(max(r.total_updates for r in info.runs))
        self.data_view.set_dataset(run.dataset)
        self.race_panel.set_entries(info.entries, self.selected)
        self._show_summaries()
        if len(info.entries) != self._race_rows:
            self._race_rows = len(info.entries)
            if len(info.entries) > 1:
                # Room for every row of the race table, once per change of size.
                self.race_dock.raise_()
                self.resizeDocks(
                    [self.race_dock],
                    [RACE_TABLE_BASE + RACE_ROW_HEIGHT * len(info.entries)],
                    QtCore.Qt.Orientation.Vertical,
                )
        self.insight_panel.set_run(run, info.insight.for_run(run))
        self.equation_panel.clear()
        self.panel.set_rows(run.dataset.size)
        self._show_rate_hint(run)
        if len(self.entries) > 1:
            self.log_view.note(
                self.tr("-- new race of {0} runs: {1}; the log follows {2}").format(
                    len(self.entries), ", ".join(labels), labels[self.selected]
                )
            )
        self.log_view.note(
            self.tr("-- new run: {0}; {1} updates; optimum w0 = {2:.7g}, w1 = {3:.7g}").format(
                run.dataset.description, run.total_updates, *run.loss.optimum
            )
        )
        self.statusBar().showMessage(run.dataset.description)
        self._dirty = True
        self.draw_frame()
        self.set_state("ready")

    @QtCore.Slot(object)
    def on_records(self, block: RecordBlock) -> None:
        if self.info is None or block.run_id != self.info.run_id:
            return  # from a run that has since been replaced
        lane = self.lanes[block.lane]
        if block.start != lane.received:
            self.order_errors += 1
        lane.received = block.stop
        rows = block.rows
        if rows.shape[1]:
            lane.last_row = rows[:, -1]
            lane.tracker.add(rows)
            if block.lane == self.selected:
                lane.pending_rows.append(rows[:, -200:])
                if len(lane.pending_rows) > 200:
                    del lane.pending_rows[:-200]
        if block.stop_reason is not None:
            lane.tracker.stop_reason = block.stop_reason
            if block.stop_reason == STOP_DIVERGED and len(self.lanes) > 1:
                self._lane_diverged(block.lane)
        self._dirty = True
        if not self._frame_timer.isActive():
            # A steady clock: the next frame is due FRAME_MS after the last one began.
            since = (time.perf_counter() - self._frame_started) * 1000
            self._frame_timer.start(max(0, int(FRAME_MS - since)))

    @QtCore.Slot(int)
    def on_started(self, run_id: int) -> None:
        if self.info is not None and run_id == self.info.run_id:
            self.set_state("running")

    @QtCore.Slot(int, int)
    def on_paused(self, run_id: int, step: int) -> None:
        if self.info is not None and run_id == self.info.run_id:
            self.draw_frame()
            self._show_summaries()  # "paused", even when no frame was due
            self.set_state("paused")

    @QtCore.Slot(int, str)
    def on_finished(self, run_id: int, reason: str) -> None:
        if self.info is None or run_id != self.info.run_id:
            return
        self._run_requested = False
        self.draw_frame()
        run = self.run
        assert run is not None
        if len(self.lanes) == 1 and reason == STOP_DIVERGED:
            hint = run.divergence_hint()
            self._show_banner(self.tr("Diverged: {0}.").format(hint))
            self.log_view.note(self.tr("-- diverged: {0}").format(hint))
        else:
            self.log_view.note(self.tr("-- finished: {0}").format(run.stop_reason or reason))
        self.set_state("diverged" if run.stop_reason == STOP_DIVERGED else "finished")

    def _lane_diverged(self, index: int) -> None:
        """In a race: say which runs diverged, and why, while the others go on."""
        gone = [i for i, lane in enumerate(self.lanes) if lane.tracker.stop_reason == STOP_DIVERGED]
        assert self.info is not None
        labels = [entry.label for entry in self.info.entries]
        hint = self.lanes[index].run.divergence_hint()
        label = labels[index]
        self.log_view.note(self.tr("-- {0} diverged: {1}").format(label, hint))
        names_ = ", ".join(labels[i] for i in gone)
        self._show_banner(self.tr("Diverged: {0}. {1}: {2}.").format(names_, label, hint))

    @QtCore.Slot(str)
    def on_engine_failed(self, message: str) -> None:
        """The engine stopped: what is drawn stays; only Reset goes on."""
        self._run_requested = False
        self.panel.show_problems([message])
        self.statusBar().showMessage(message)
        self.log_view.note(self.tr("-- {0}").format(message))
        self.draw_frame()
        self.set_state("failed")

    @QtCore.Slot(str)
    def on_load_failed(self, message: str) -> None:
        if self.info is not None:  # the current race goes on; so do its configs
            self.entries = [
                replace(e, config=replace(e.config, learning_rate=r.learning_rate))
                for e, r in zip(self.info.entries, self.info.runs, strict=True)
            ]
            if self.selected != self._shown_selected:
                # A new race that did not load: back to the run the table shows.
                self.selected = min(self._shown_selected, len(self.entries) - 1)
                self.panel.set_config(self.config)
        self.panel.show_problems([message])
        self.statusBar().showMessage(self.tr("Not applied: {0}").format(message))
        # After the engine stopped, only Reset helps, whatever this failure was.
        self.set_state("failed" if self.state == "failed" else self._resting_state())

    # -- drawing -------------------------------------------------------------------------
    @QtCore.Slot()
    def draw_frame(self) -> None:
        """Redraw the views from the records received so far (once per frame)."""
        if not self._dirty or self.info is None:
            return
        self._dirty = False
        self._frame_started = time.perf_counter()
        now = time.perf_counter()
        side = now - self._side_drawn >= SIDE_VIEW_SECONDS or not self._run_requested
        paths = []
        indices: dict[int, np.ndarray] = {}
        for i, lane in enumerate(self.lanes):
            if lane.drawn == lane.received and i != self.selected:
                continue  # nothing new (a run that has stopped, say)
            lane.drawn = lane.received
            run = lane.run
            # Runs in lockstep have the same count: decimate once for all of them.
            index = indices.get(lane.received)
            if index is None:
                index = path_indices(lane.received, lane_point_limit(len(self.lanes)))
                indices[lane.received] = index
            taken = run.records.take_fields(PATH_FIELDS, index)
            s0, s1 = run.start_weights
            w0 = np.concatenate([[s0], taken[0]])
            w1 = np.concatenate([[s1], taken[1]])
            mse = np.concatenate([[run.start_mse], taken[2]])
            steps = np.concatenate([[0.0], index + 1.0])
            batch = np.concatenate([[np.nan], taken[3]]) if i == self.selected else None
            self.contour_view.set_path(w0, w1, mse, lane=i)
            self.loss_view.set_curves(steps, mse, batch, lane=i)
            paths.append((i, w0, w1, mse))
        best = self.best
        if best[1] > 0:
            self.loss_view.set_best(best[1], best[0])
        self._show_readouts()
        self._draw_arrows()
        if side:
            # The log, the data view, the equation and the race table are read, not
            # watched: a few updates a second while running keep the frame for the
            # views that move.
            shown = self.lane
            assert shown is not None
            if shown.pending_rows:
                rows = np.concatenate(shown.pending_rows, axis=1)
                self.log_view.add_rows(rows, shown.run.total_updates)
                shown.pending_rows.clear()
            if self.received and not self._run_requested:
                self.equation_panel.show_update(shown.run, self.received)
            # Every run's fit, stopped runs too (their paths are not redrawn).
            for i, other in enumerate(self.lanes):
                row = other.last_row
                w0_now, w1_now = (row[2], row[3]) if row is not None else other.run.start_weights
                self.data_view.set_weights(float(w0_now), float(w1_now), lane=i)
            self._show_summaries()
            self._side_drawn = now
        self.surface_view.set_paths(paths)
        self.frames_drawn += 1

    def _draw_arrows(self) -> None:
        """The negative-gradient step and the actual last update of each run."""
        if not self.arrows_check.isChecked():
            self.contour_view.set_arrows([])
            return
        arrows = []
        for i, lane in enumerate(self.lanes):
            row = lane.last_row
            if row is None or not lane.visible:
                continue
            run = lane.run
            w0, w1 = float(row[2]), float(row[3])
            if lane.received >= 2:
                before = run.records.record(lane.received - 2)
                old = (before["w0"], before["w1"])
            else:
                old = run.start_weights
            g0, g1 = run.loss.gradient(w0, w1)
            rate = float(row[8]) * run.rate_factor
            arrows.append((i, w0, w1, -rate * g0, -rate * g1, w0 - old[0], w1 - old[1]))
        self.contour_view.set_arrows(arrows)

    def _show_readouts(self) -> None:
        run = self.run
        assert run is not None
        if self.last_row is None:
            step, epoch, weights, mse = 0, 0, run.start_weights, run.start_mse
        else:
            row = self.last_row
            step, epoch = int(row[0]), int(row[1])
            weights, mse = (float(row[2]), float(row[3])), float(row[4])
        o0, o1 = run.loss.optimum
        distance = math.hypot(weights[0] - o0, weights[1] - o1)
        self.readouts.show_values(step, run.total_updates, epoch, weights, mse, self.best, distance)

    # -- state -----------------------------------------------------------------------------
    def _resting_state(self) -> str:
        run = self.run
        if run is None or self.info is None:
            return "loading"
        if self.info.race.finished:
            return "diverged" if run.stop_reason == STOP_DIVERGED else "finished"
        return "paused" if any(lane.received for lane in self.lanes) else "ready"

    def set_state(self, state: str) -> None:
        self.state = state
        self.actions_.set_state(state)
        texts = {
            "ready": self.tr("ready"),
            "running": self.tr("running"),
            "paused": self.tr("paused"),
            "finished": self.tr("finished"),
            "diverged": self.tr("diverged"),
            "loading": self.tr("loading"),
            "failed": self.tr("engine stopped"),
        }
        self.readouts.show_state(state, texts[state])

    def _show_banner(self, text: str | None) -> None:
        for widget in self._banner_widgets:
            widget.setVisible(text is not None)
        if text is not None:
            self.banner.setText(text)

    # -- settings and closing ------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QtCore.QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        geometry = settings.value("geometry")
        if isinstance(geometry, QtCore.QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("state")
        if isinstance(state, QtCore.QByteArray):
            self.restoreState(state)
        speed = settings.value("speed")
        if speed is not None:
            with QtCore.QSignalBlocker(self.panel.speed_input):
                self.panel.speed_input.setValue(int(speed))
            self.panel.speed_label.setText("")
            self.panel._speed_moved(self.panel.speed_input.value())
        for key, check in (
            ("logColor", self.log_color_check),
            ("logY", self.log_y_check),
            ("arrows", self.arrows_check),
        ):
            value = settings.value(key)
            if value is not None:
                check.setChecked(str(value).lower() == "true")
        settings.endGroup()

    def save_settings(self) -> None:
        settings = QtCore.QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.setValue("speed", self.panel.speed_input.value())
        settings.setValue("logColor", self.log_color_check.isChecked())
        settings.setValue("logY", self.log_y_check.isChecked())
        settings.setValue("arrows", self.arrows_check.isChecked())
        settings.endGroup()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt naming
        self._frame_timer.stop()
        self.save_settings()
        self.data_flow.shutdown()
        self.controller.shutdown()
        super().closeEvent(event)
