"""Draws what the session says on a frame clock: paths, readouts, arrows, and (a few
times a second while running) the log, the data view, the update panel, the race
table and the side hooks (the local stable-rate hint). Nothing here computes the
model: the session gives plain data."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore

from gd_desktop.session.experiment import Session
from gd_desktop.session.lanes import INDEX
from gd_desktop.session.timeline import summary_at
from gd_desktop.widgets.colour_scale import SharedColourScale

# About 40 frames a second at most: smooth, while leaving the worker most of the GIL.
FRAME_MS = 25
# While running, the log, data view and equation panel are redrawn at most this often.
SIDE_VIEW_SECONDS = 0.2
# The log shows the newest lines; older rows of a long frame are not read.
MAX_LOG_ROWS = 5000


class FramePainter(QtCore.QObject):
    """Owns the frame clock; ``views`` is the window, which holds the views."""

    def __init__(self, session: Session, views: Any, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.views = views
        self.dirty = False
        self.frames_drawn = 0
        self.arrows_on = False
        self._side_drawn = 0.0
        self._frame_started = 0.0
        self._logged = 0  # records of the selected run already in the log
        # Called with the side views (a few times a second while running): read-outs
        # that are costly or wordy, such as the local stable-rate hint.
        self.side_hooks: list[Callable[[], None]] = []
        self.colour_scale = SharedColourScale()
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.draw_frame)

    def restart_log(self, logged: int = 0) -> None:
        self._logged = logged

    def request(self) -> None:
        """Something changed: a frame is due FRAME_MS after the last one began."""
        self.dirty = True
        if not self._timer.isActive():
            since = (time.perf_counter() - self._frame_started) * 1000
            self._timer.start(max(0, int(FRAME_MS - since)))

    def redraw(self) -> None:
        """Every path again, now."""
        self.session.redraw()
        self.dirty = True
        self.draw_frame()

    def stop(self) -> None:
        self._timer.stop()

    @QtCore.Slot()
    def draw_frame(self) -> None:
        """Redraw the views from the records received so far (once per frame)."""
        session = self.session
        lane = session.lane
        if not self.dirty or session.loaded is None or lane is None:
            return
        self.dirty = False
        v = self.views
        now = time.perf_counter()
        self._frame_started = now
        side = now - self._side_drawn >= SIDE_VIEW_SECONDS or not session.run_requested
        paths = []
        for path in session.paths():
            v.contour_view.set_path(path.w0, path.w1, path.loss, lane=path.lane)
            v.loss_view.set_curves(path.steps, path.loss, path.batch_loss, lane=path.lane)
            paths.append((path.lane, path.w0, path.w1, path.loss))
        shown = session.readout()
        assert shown is not None
        if shown.best[1] > 0:
            v.loss_view.set_best(shown.best[1], shown.best[0])
        v.readouts.show_values(
            shown.step, shown.total, shown.epoch, shown.weights, shown.loss, shown.best,
            shown.distance,
        )  # fmt: skip
        v.readouts.show_near(shown.near)
        self.draw_arrows()
        if side:
            # The log, the data view, the equation and the race table are read, not
            # watched: a few updates a second while running keep the frame for the
            # views that move.
            self.draw_log()
            step = session.shown_step(lane)
            # At an earlier update the timeline writes it out (from a replay).
            if step and not session.run_requested and session.cursor is None:
                v.equation_panel.show_update(lane, step)
            # Every run's fit, stopped runs too (their paths are not redrawn).
            for i, (w0, w1) in enumerate(session.weights_shown()):
                v.data_view.set_weights(w0, w1, lane=i)
            self.draw_summaries()
            for hook in self.side_hooks:
                hook()
            self._side_drawn = now
        v.surface_view.set_paths(paths)
        self.share_colour_scale()  # the paths may have widened a view's window
        v.timeline_bar.refresh()
        self.frames_drawn += 1

    def share_colour_scale(self) -> None:
        """The 3D and contour views (and the colour bar) on one scale over the windows
        they show now."""
        self.colour_scale.follow((self.views.contour_view, self.views.surface_view))

    def draw_arrows(self) -> None:
        """The negative-gradient step and the actual last update of each run."""
        if not self.arrows_on:
            self.views.contour_view.set_arrows([])
            return
        self.views.contour_view.set_arrows(
            [(a.lane, a.w0, a.w1, *a.descent, *a.actual) for a in self.session.arrows()]
        )

    def draw_summaries(self) -> None:
        session = self.session
        for i, lane in enumerate(session.lanes):
            step = session.shown_step(lane)
            if session.cursor is None:
                rate = lane.rate_in_effect()
            else:
                row = lane.row(step)
                rate = float(row[INDEX["lr"]]) if row is not None else lane.learning_rate
            self.views.race_panel.set_summary(
                i, summary_at(lane, step), rate, session.run_requested
            )

    def draw_log(self) -> None:
        """The selected run's records not yet in the log."""
        lane = self.session.lane
        assert lane is not None
        received = lane.received
        if received > self._logged:
            start = max(self._logged, received - MAX_LOG_ROWS)
            self.views.log_view.add_rows(lane.records.rows(start, received), lane.total_updates)
            self._logged = received
