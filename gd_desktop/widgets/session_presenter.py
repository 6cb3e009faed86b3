"""Turns what the session says happened into what the window shows: the views set up
for a new race, the banner, the log's notes, the status bar and the run controls.
Sentences for users are built here, with tr()."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6 import QtCore

from gd_desktop.core.critical import local_curvature, local_stable_rate
from gd_desktop.core.objective import lowest_minimum
from gd_desktop.core.problems import Problem
from gd_desktop.session.events import Event
from gd_desktop.session.experiment import Session
from gd_desktop.session.lanes import Lane
from gd_desktop.session.state import RunState
from gd_desktop.widgets.frame_painter import FramePainter
from gd_desktop.widgets.messages import describe, describe_dataset, run_name
from gd_desktop.widgets.run_labels import shown_label
from gd_desktop.widgets.surface_swap import SurfaceSwap

# Rows a family's drawn surface is computed from (the views evaluate it at some 15,000
# weights; least squares costs the same at any N and is drawn exactly).
DRAWN_ROWS = 1000

# Height of the race dock: header, buttons and tabs, plus one row per run.
RACE_TABLE_BASE = 100
RACE_ROW_HEIGHT = 25


class SessionPresenter(QtCore.QObject):
    """Subscribes to the session's events; ``window`` holds the views and panels."""

    def __init__(self, session: Session, window: Any, painter: FramePainter):
        super().__init__(window)
        self.session = session
        self.window = window
        self.painter = painter
        self._race_rows = 1
        self.last_diverged: int | None = None
        self.shown_description = ""
        self.drawn_title = ""  # the contour view's title: the rows a sample is drawn from
        events = session.events
        events.subscribe(Event.LOADED, self.on_loaded)
        events.subscribe(Event.RECORDS_ARRIVED, lambda _lane: painter.request())
        events.subscribe(Event.STATE_CHANGED, self.on_state)
        events.subscribe(Event.FINISHED, self.on_finished)
        events.subscribe(Event.LANE_DIVERGED, self.on_lane_diverged)
        events.subscribe(Event.ENGINE_FAILED, self.on_engine_failed)
        events.subscribe(Event.LOAD_FAILED, self.on_load_failed)
        events.subscribe(Event.SELECTION_CHANGED, self.on_selected)
        events.subscribe(Event.VISIBILITY_CHANGED, self.on_visibility)
        events.subscribe(Event.TARGET_CHANGED, lambda _target: painter.draw_summaries())
        events.subscribe(Event.RATE_CHANGED, self.on_rate)
        events.subscribe(Event.CURSOR_MOVED, lambda _cursor: painter.redraw())
        painter.side_hooks.append(self.show_local_rate_hint)
        self.surface_swap = SurfaceSwap(window, painter)
        painter.side_hooks.append(self.surface_swap.follow_window)

    def state_text(self, state: RunState) -> str:
        texts = {
            RunState.READY: self.tr("ready"),
            RunState.RUNNING: self.tr("running"),
            RunState.PAUSED: self.tr("paused"),
            RunState.FINISHED: self.tr("finished"),
            RunState.DIVERGED: self.tr("diverged"),
            RunState.LOADING: self.tr("loading"),
            RunState.FAILED: self.tr("engine stopped"),
        }
        return texts[state]

    # -- events ------------------------------------------------------------------------
    def on_loaded(self) -> None:
        session, w = self.session, self.window
        lane = session.lane
        loaded = session.loaded
        assert lane is not None and loaded is not None
        colors = [other.color for other in session.lanes]
        labels = [self.lane_name(i) for i in range(len(session.lanes))]
        w.divergence_banner.show_text(None)
        w.panel.preset_group.show_matching([entry.config for entry in session.entries])
        w.readouts.set_family(lane.config.model)
        w.loss_view.set_family(lane.config.model)
        for view in (w.surface_view, w.contour_view, w.loss_view):
            view.set_lanes(colors, labels)
        w.loss_view.set_selected_visible(True)
        w.data_view.set_lanes(colors)
        drawn = self.drawn_objective(lane)
        w.surface_view.set_loss(drawn, lane.start_weights)
        w.contour_view.set_loss(drawn, lane.start_weights)
        self.painter.share_colour_scale()  # over both new windows (the 3D one may be absent)
        self.surface_swap.start(lane, drawn, self.drawn_title)
        w.loss_view.clear()
        w.loss_view.set_budget(max(other.total_updates for other in session.lanes))
        w.data_view.set_dataset(lane.dataset, lane.config.model)
        w.race_panel.set_entries(session.entries, session.selected)
        self.painter.draw_summaries()
        self._fit_race_dock(len(session.lanes))
        w.insight_panel.set_run(lane, loaded.insight.for_run(lane))
        w.equation_panel.clear()
        w.panel.set_rows(lane.dataset.size if lane.dataset is not None else None)
        self.show_rate_hint()
        if len(session.lanes) > 1:
            w.log_view.note(
                self.tr("-- new race of {0} runs: {1}; the log follows {2}").format(
                    len(labels), ", ".join(labels), labels[session.selected]
                )
            )
        description = self.describe_landscape(lane)
        lowest = lowest_minimum(lane.loss)
        if min(lowest.loss if lowest is not None else 1.0, lane.start_mse) <= 0:
            w.log_y_check.setChecked(False)  # a log axis cannot show a loss <= 0
        if lowest is not None:
            w.log_view.note(
                self.tr("-- new run: {0}; {1} updates; optimum w0 = {2:.7g}, w1 = {3:.7g}").format(
                    description, lane.total_updates, *lowest.weights
                )
            )
        else:
            w.log_view.note(
                self.tr("-- new run: {0}; {1} updates; no finite optimum").format(
                    description, lane.total_updates
                )
            )
        w.statusBar().showMessage(description)
        self.shown_description = description
        self.painter.restart_log()
        self.painter.dirty = True
        self.painter.draw_frame()

    def on_state(self, state: RunState) -> None:
        if state is RunState.PAUSED:
            self.show_rate_hint()  # the local limit where the run now is
            self.painter.draw_frame()
            self.painter.draw_summaries()  # "paused", even when no frame was due
        self.window.actions_.set_state(state)
        self.show_run_state()

    def show_run_state(self) -> None:
        """The State readout: the selected run's state (a race's diverged run says so)."""
        state = self.session.run_state
        self.window.readouts.show_state(str(state), self.state_text(state))

    def on_finished(self, reason: str) -> None:
        session, w = self.session, self.window
        self.painter.dirty = True
        self.painter.draw_frame()
        lane = session.lane
        assert lane is not None
        if len(session.lanes) == 1 and lane.diverged:
            hint = describe(lane.divergence_problem())
            w.divergence_banner.show_text(self.tr("Diverged: {0}.").format(hint))
            w.log_view.note(self.tr("-- diverged: {0}").format(hint))
        else:
            w.log_view.note(self.tr("-- finished: {0}").format(lane.stop_reason or reason))

    def on_lane_diverged(self, index: int) -> None:
        """In a race: say which runs diverged, and why, while the others go on."""
        lanes = self.session.lanes
        self.last_diverged = index
        lane = lanes[index]
        hint = describe(lane.divergence_problem())
        self.window.log_view.note(
            self.tr("-- {0} diverged: {1}").format(self.lane_name(index), hint)
        )
        self.window.divergence_banner.show_text(self._race_banner(index))
        self.show_run_state()

    def _race_banner(self, index: int) -> str:
        lanes = self.session.lanes
        gone = ", ".join(self.lane_name(i) for i, lane in enumerate(lanes) if lane.diverged)
        lane = lanes[index]
        hint = describe(lane.divergence_problem())
        label = self.lane_name(index)
        if gone == label:  # name the run once
            return self.tr("{0} diverged: {1}.").format(label, hint)
        return self.tr("Diverged: {0}. The last, {1}: {2}.").format(gone, label, hint)

    def lane_name(self, index: int) -> str:
        """Run ``index``'s name as shown, in the language in use."""
        session = self.session
        if index < len(session.entries):
            return shown_label(run_name(session.entries[index]))
        return shown_label(session.lanes[index].label)

    def retranslate(self) -> None:
        """Re-render what was built from data: the state and the divergence banner."""
        w, session = self.window, self.session
        w.readouts.show_state(str(session.state), self.state_text(session.state))
        self.show_rate_hint()
        if session.lane is not None:
            w.readouts.set_family(session.lane.config.model)
            w.loss_view.set_family(session.lane.config.model)
        if len(session.lanes) > 1:
            names = [self.lane_name(i) for i in range(len(session.lanes))]
            for view in (w.surface_view, w.contour_view, w.loss_view):
                view.rename_lanes(names)
        lane = session.lane
        if lane is not None and w.statusBar().currentMessage() == self.shown_description:
            self.shown_description = self.describe_landscape(lane)
            w.statusBar().showMessage(self.shown_description)
        if not w.divergence_banner.isHidden():
            lane = session.lane
            if len(session.lanes) == 1 and lane is not None and lane.diverged:
                hint = describe(lane.divergence_problem())
                w.divergence_banner.show_text(self.tr("Diverged: {0}.").format(hint))
            elif self.last_diverged is not None and self.last_diverged < len(session.lanes):
                w.divergence_banner.show_text(self._race_banner(self.last_diverged))

    def on_engine_failed(self, failure: Problem) -> None:
        w = self.window
        message = describe(failure)
        w.panel.show_problems([failure])
        w.statusBar().showMessage(message)
        w.log_view.note(self.tr("-- {0}").format(message))
        self.painter.dirty = True
        self.painter.draw_frame()

    def on_load_failed(self, problems: list[Problem], reverted: bool = False) -> None:
        w = self.window
        if reverted:
            w.panel.set_config(self.session.config)
        w.panel.show_problems(problems)
        if problems:
            w.statusBar().showMessage(self.tr("Not applied: {0}").format(describe(problems[0])))

    def on_selected(self, index: int) -> None:
        session, w = self.session, self.window
        w.panel.set_config(session.config)
        lane = session.lane
        if lane is None or session.loaded is None:
            return
        w.loss_view.set_selected_visible(lane.visible)
        w.insight_panel.set_run(lane, session.loaded.insight.for_run(lane))
        self.show_rate_hint()
        w.equation_panel.clear()
        w.log_view.note(self.tr("-- showing {0}").format(self.lane_name(index)))
        self.show_run_state()
        self.painter.restart_log(lane.received)
        self.painter.redraw()

    def on_visibility(self, index: int, on: bool) -> None:
        w = self.window
        for view in (w.surface_view, w.contour_view, w.loss_view, w.data_view):
            view.set_lane_visible(index, on)
        if index == self.session.selected:
            w.loss_view.set_selected_visible(on)
        self.painter.redraw()

    def on_rate(self, index: int, learning_rate: float) -> None:
        lane = self.session.lane
        if index == self.session.selected and lane is not None and lane.received > 0:
            # The log (of the selected run) is split here: the rows before this line
            # were made at the old rate.
            self.painter.draw_log()
            self.window.log_view.note(
                self.tr("-- {0}: learning rate {1:.6g} from update {2}").format(
                    shown_label(lane.label), learning_rate, lane.received + 1
                )
            )
        self.show_rate_hint()
        self.window.insight_panel.set_learning_rate(learning_rate)
        self.window.panel.show_schedule()
        self.window.panel.preset_group.show_matching([e.config for e in self.session.entries])
        self.painter.draw_summaries()

    def drawn_objective(self, lane: Lane) -> Any:
        """The loss the views draw: for a family on many rows, the same loss on a random
        sample of DRAWN_ROWS rows (the views evaluate it at thousands of weights), which
        the contour view says until the full-data surface is swapped in (computed off
        the GUI thread); the path and the readouts use every row."""
        objective = lane.loss
        sample = getattr(objective, "drawing_sample", None)
        drawn = sample(DRAWN_ROWS) if sample is not None else objective
        title = ""
        if drawn is not objective:
            title = self.tr("loss drawn from {0:,} of {1:,} rows").format(
                DRAWN_ROWS, lane.dataset.size
            )
        self.window.contour_view.getPlotItem().setTitle(title or None, size="9pt")
        self.drawn_title = title
        return drawn

    def describe_landscape(self, lane: Lane) -> str:
        """The data's description, or the test surface's name."""
        if lane.dataset is None:
            return self.tr("test surface {0}").format(lane.config.surface)
        return describe_dataset(lane.dataset.description)

    def show_local_rate_hint(self) -> None:
        """The local hint again, where the weights have moved (least squares' limit
        does not change as they do)."""
        lane = self.session.lane
        if lane is not None and lane.config.model != "linear":
            self.show_rate_hint()

    def show_rate_hint(self) -> None:
        """The stable-rate hint: 2/lambda_max of least squares, or of the Hessian at
        the selected run's weights at the update shown for the other families (local)."""
        lane = self.session.lane
        if lane is None:
            return
        if lane.config.model == "linear":
            limit = lane.loss.stable_learning_rate
            self.window.panel.set_stable_rate(limit, lane.learning_rate, lane.rate_factor)
            return
        with np.errstate(all="ignore"):
            weights = lane.weights_at(self.session.shown_step(lane))
            limit = local_stable_rate(local_curvature(lane.loss, *weights)[1])
        self.window.panel.set_stable_rate(limit, lane.learning_rate, lane.rate_factor, True)

    def _fit_race_dock(self, runs: int) -> None:
        """Room for every row of the race table, once per change of size."""
        if runs == self._race_rows:
            return
        self._race_rows = runs
        if runs > 1:
            w = self.window
            w.race_dock.raise_()
            w.resizeDocks(
                [w.race_dock],
                [RACE_TABLE_BASE + RACE_ROW_HEIGHT * runs],
                QtCore.Qt.Orientation.Vertical,
            )
