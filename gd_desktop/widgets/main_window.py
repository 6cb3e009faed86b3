"""The main window: parameter panel, the three linked views, readouts, log and controls.

Data flow is one way: panel -> config -> worker's run -> records -> views. The
views redraw on a frame clock (at most about 60 Hz) from the records received,
never once per signal, and no timer runs while nothing changes.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.config import ConfigError, ExperimentConfig
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.presets import PRESETS
from gd_desktop.core.run import STOP_DIVERGED
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
from gd_desktop.widgets.readouts import ReadoutPanel
from gd_desktop.widgets.run_actions import RunActions
from gd_desktop.widgets.surface_view import make_surface_view
from gd_desktop.worker import RecordBlock, RunController, RunInfo

# About 40 frames a second at most: smooth, while leaving the worker most of the GIL.
FRAME_MS = 25
MAX_PATH_POINTS = 1500
# While running, the log, data view and equation panel are redrawn at most this often.
SIDE_VIEW_SECONDS = 0.2
SETTINGS_GROUP = "mainWindow"
# The parameter panel may be narrowed this far (it scrolls sideways below its own width).
PANEL_MIN_WIDTH = 240


def path_indices(count: int, limit: int = MAX_PATH_POINTS) -> np.ndarray:
    """Record indices to draw: all of them, or an even spread that keeps the last."""
    if count <= limit:
        return np.arange(count)
    return np.unique(np.linspace(0, count - 1, limit).astype(np.int64))


class MainWindow(QtWidgets.QMainWindow):
    """GD Desktop's window; ``MainWindow()`` builds it with the blog's batch run loaded."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("GD Desktop"))
        self.controller = RunController(self)
        self.info: RunInfo | None = None
        self.config: ExperimentConfig = PRESETS["blog-batch"]
        self.state = "loading"
        self.received = 0
        self.order_errors = 0
        self.last_row: np.ndarray | None = None
        self.best = (math.inf, 0)
        self.frames_drawn = 0
        self._pending_rows: list[np.ndarray] = []
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
        toolbar.addWidget(self.log_color_check)
        toolbar.addWidget(self.log_y_check)

    def _connect(self) -> None:
        worker = self.controller.worker
        worker.run_loaded.connect(self.on_run_loaded)
        worker.records_ready.connect(self.on_records)
        worker.run_started.connect(self.on_started)
        worker.run_paused.connect(self.on_paused)
        worker.run_finished.connect(self.on_finished)
        worker.load_failed.connect(self.on_load_failed)
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

    # -- commands --------------------------------------------------------------------
    def _tab_dock(self, title: str, name: str, widget: QtWidgets.QWidget) -> QtWidgets.QDockWidget:
        dock = QtWidgets.QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(QtCore.Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.tabifyDockWidget(self.log_dock, dock)
        return dock

    def load(self, config: ExperimentConfig, dataset: Dataset | None = None) -> None:
        """Start a fresh run of ``config`` (the current run stays until it has loaded).

        A CSV-source config runs on ``dataset``, or on the data last read for it.
        """
        if config.data.source == "csv":
            dataset = dataset or self.data_flow.dataset
            if dataset is None:
                self.panel.show_problems([self.tr("Open a CSV file first (File > Open data).")])
                return
        self.config = config
        self._run_requested = False
        self.controller.load(config, dataset if config.data.source == "csv" else None)
        self.set_state("loading")

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
        self.config = replace(self.config, learning_rate=learning_rate)
        self.controller.set_learning_rate(learning_rate)
        if self.info is not None:
            run = self.info.run
            self.panel.set_stable_rate(
                run.loss.stable_learning_rate, learning_rate, run.rate_factor
            )
            self.insight_panel.set_learning_rate(learning_rate)

    @QtCore.Slot()
    def use_stable_rate(self) -> None:
        """After a divergence: 0.9 x the stable limit, then a fresh run."""
        if self.info is None:
            return
        rate = float(f"{0.9 * self.info.run.loss.stable_learning_rate:.3g}")
        self.panel.lr_input.setValue(rate)
        self.panel.lr_slider.set_log_value(rate)
        self.config = replace(self.config, learning_rate=rate)
        self.load(self.config)

    # -- worker events -------------------------------------------------------------------
    @QtCore.Slot(object)
    def on_run_loaded(self, info: RunInfo) -> None:
        self.info = info
        run = info.run
        self.received = 0
        self.last_row = None
        self.best = (math.inf, 0)
        self._pending_rows.clear()
        self._show_banner(None)
        self.surface_view.set_loss(run.loss, run.start_weights)
        self.contour_view.set_loss(run.loss, run.start_weights)
        self.loss_view.clear()
        self.loss_view.set_budget(run.total_updates)
        self.data_view.set_dataset(run.dataset)
        self.insight_panel.set_run(run, info.insight)
        self.equation_panel.clear()
        self.panel.set_rows(run.dataset.size)
        self.panel.set_stable_rate(
            run.loss.stable_learning_rate, run.learning_rate, run.rate_factor
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
        if block.start != self.received:
            self.order_errors += 1
        self.received = block.stop
        rows = block.rows
        self.last_row = rows[:, -1]
        j = int(np.argmin(rows[4]))
        if rows[4, j] < self.best[0]:
            self.best = (float(rows[4, j]), int(rows[0, j]))
        self._pending_rows.append(rows[:, -200:])
        if len(self._pending_rows) > 200:
            del self._pending_rows[:-200]
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
            self.set_state("paused")

    @QtCore.Slot(int, str)
    def on_finished(self, run_id: int, reason: str) -> None:
        if self.info is None or run_id != self.info.run_id:
            return
        self._run_requested = False
        self.draw_frame()
        if reason == STOP_DIVERGED:
            hint = self.info.run.divergence_hint()
            self._show_banner(self.tr("Diverged: {0}.").format(hint))
            self.log_view.note(self.tr("-- diverged: {0}").format(hint))
            self.set_state("diverged")
        else:
            self.log_view.note(self.tr("-- finished: {0}").format(reason))
            self.set_state("finished")

    @QtCore.Slot(str)
    def on_load_failed(self, message: str) -> None:
        if self.info is not None:  # the current run goes on; so does its config
            run = self.info.run
            self.config = replace(self.info.config, learning_rate=run.learning_rate)
        self.panel.show_problems([message])
        self.statusBar().showMessage(self.tr("Not applied: {0}").format(message))
        self.set_state(self._resting_state())

    # -- drawing -------------------------------------------------------------------------
    @QtCore.Slot()
    def draw_frame(self) -> None:
        """Redraw the views from the records received so far (once per frame)."""
        if not self._dirty or self.info is None:
            return
        self._dirty = False
        self._frame_started = time.perf_counter()
        run = self.info.run
        records = run.records
        index = path_indices(self.received)
        s0, s1 = run.start_weights
        w0 = np.concatenate([[s0], records.take("w0", index)])
        w1 = np.concatenate([[s1], records.take("w1", index)])
        mse = np.concatenate([[run.start_mse], records.take("mse", index)])
        steps = np.concatenate([[0.0], index + 1.0])
        batch = np.concatenate([[np.nan], records.take("batch_mse", index)])
        self.contour_view.set_path(w0, w1, mse)
        self.loss_view.set_curves(steps, mse, batch)
        if self.best[1] > 0:
            self.loss_view.set_best(self.best[1], self.best[0])
        self._show_readouts()
        now = time.perf_counter()
        if now - self._side_drawn >= SIDE_VIEW_SECONDS or not self._run_requested:
            # The log, the data view and the equation are read, not watched: a few
            # updates a second while running keep the frame for the views that move.
            if self._pending_rows:
                rows = np.concatenate(self._pending_rows, axis=1)
                self.log_view.add_rows(rows, run.total_updates)
                self._pending_rows.clear()
            self.data_view.set_weights(float(w0[-1]), float(w1[-1]))
            if self.received and not self._run_requested:
                self.equation_panel.show_update(run, self.received)
            self._side_drawn = now
        self.surface_view.set_path(w0, w1, mse)
        self.frames_drawn += 1

    def _show_readouts(self) -> None:
        assert self.info is not None
        run = self.info.run
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
        if self.info is None:
            return "loading"
        run = self.info.run
        if run.finished:
            return "diverged" if run.stop_reason == STOP_DIVERGED else "finished"
        return "paused" if self.received > 0 else "ready"

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
        for key, check in (("logColor", self.log_color_check), ("logY", self.log_y_check)):
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
        settings.endGroup()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802 - Qt naming
        self._frame_timer.stop()
        self.save_settings()
        self.data_flow.shutdown()
        self.controller.shutdown()
        super().closeEvent(event)
