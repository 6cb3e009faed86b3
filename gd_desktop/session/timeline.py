"""The timeline: which recorded update every view shows, moving it, and continuing a
run from an earlier update.

The session's cursor says which update is shown (None: the latest, following new
records). Continuing from update k discards the later records: the race is
loaded afresh and done again to k (runs are deterministic, so records 1..k come
back the same), then it runs or steps on from there, exactly as a fresh run
stopped at k and continued.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

from gd_desktop.core.race import RunSummary
from gd_desktop.session.lanes import Lane
from gd_desktop.session.state import RunState


class TimelineHost(Protocol):
    """What the timeline needs of the session."""

    lanes: list[Lane]
    cursor: int | None
    run_requested: bool
    state: RunState
    entries: list[Any]

    def set_cursor(self, step: int | None) -> None: ...
    def pause(self) -> None: ...
    def toggle_run(self) -> None: ...
    def step(self, count: int = 1) -> None: ...
    def load_race(self, entries: Any, dataset: Any = None, selected: int | None = None) -> Any: ...


@dataclass(frozen=True)
class Resume:
    """A continuation under way: back to update ``step``, then ``action``."""

    step: int
    action: str  # "run" or "step"
    count: int = 1


class Timeline:
    """Cursor commands on a session (``host``), and continue-from-here."""

    def __init__(self, host: TimelineHost):
        self.host = host
        self.resume: Resume | None = None

    # -- where it is -----------------------------------------------------------------
    @property
    def maximum(self) -> int:
        """The last recorded update of the longest run (0 before the first update)."""
        return max((lane.received for lane in self.host.lanes), default=0)

    @property
    def position(self) -> int:
        """The update shown: the cursor's, or the latest."""
        cursor = self.host.cursor
        return self.maximum if cursor is None else min(cursor, self.maximum)

    @property
    def live(self) -> bool:
        """True while the views follow new records."""
        return self.host.cursor is None

    @property
    def scrubbed(self) -> bool:
        """True when an earlier update than the latest is shown: running or stepping
        from here discards the later records."""
        cursor = self.host.cursor
        return cursor is not None and cursor < self.maximum

    @property
    def catching_up(self) -> bool:
        """True while a continuation is doing the first updates again."""
        return self.resume is not None

    # -- moving ----------------------------------------------------------------------
    def show(self, step: int) -> int:
        """Show update ``step`` (clamped to the records); a running experiment pauses.
        At the latest update the views go live again. Returns the update shown."""
        host = self.host
        if self.resume is not None:
            return self.position
        if host.run_requested:
            host.pause()
        top = self.maximum
        step = max(0, min(int(step), top))
        if step >= top and host.state is not RunState.RUNNING and not host.run_requested:
            host.set_cursor(None)
        else:
            host.set_cursor(step)
        return step

    def back(self) -> int:
        """One update back (stays at 0)."""
        return self.show(self.position - 1)

    def forward(self) -> int:
        """One update forward through the records (at the latest: live)."""
        return self.show(self.position + 1)

    def go_live(self) -> None:
        self.host.set_cursor(None)

    # -- continuing from an earlier update -------------------------------------------
    def continue_run(self, action: str, count: int = 1) -> bool:
        """Run (``action="run"``) or step ``count`` updates from the update shown.
        From an earlier update, the later records are discarded first; returns True
        when that happened (the caller has asked the user)."""
        host = self.host
        if not self.scrubbed:
            host.set_cursor(None)
            self._act(action, count)
            return False
        assert host.cursor is not None
        self.resume = Resume(host.cursor, action, count)
        host.load_race(list(host.entries))
        return True

    def loaded(self) -> None:
        """The session has a fresh race: if continuing, do the first updates again."""
        resume = self.resume
        if resume is None:
            return
        if resume.step == 0:
            self._finish()
            return
        self.host.cursor = resume.step  # no flash of update 0 while catching up
        self.host.step(resume.step)

    def paused(self, step: int) -> None:
        """The race has stopped after a step: if catching up, continue from here."""
        resume = self.resume
        if resume is not None and step >= resume.step:
            self._finish()

    def stopped(self) -> None:
        """The race ended or failed to load while catching up: nothing more to do."""
        if self.resume is not None:
            self.resume = None
            self.host.set_cursor(None)

    def _finish(self) -> None:
        resume = self.resume
        assert resume is not None
        self.resume = None
        self.host.set_cursor(None)
        self._act(resume.action, resume.count)

    def _act(self, action: str, count: int) -> None:
        host = self.host
        if action == "run":
            host.toggle_run()
        else:
            host.step(count)


def summary_at(lane: Lane, step: int) -> RunSummary:
    """The race table's row for ``lane`` at update ``step``, from its records."""
    if step >= lane.received:
        return lane.tracker.summary()
    live = lane.tracker.summary()
    w0, w1 = lane.weights_at(step)
    o0, o1 = lane.loss.optimum
    best, best_step = lane.best_until(step)
    to_target = live.to_target if live.to_target is not None and live.to_target <= step else None
    return RunSummary(
        step=step,
        final_mse=lane.loss_at(step),
        best_mse=best,
        best_step=best_step,
        to_target=to_target,
        distance=math.hypot(w0 - o0, w1 - o1),
        diverged=False,
        stop_reason=None,
    )
