"""One run as it was at an earlier update, for the equation panel: the records up to
there, and update k's batch rows and the rule's state after it, recomputed by doing
the run again from its seed (never the latest update's rows for an earlier one)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from gd_desktop.core.replay import replay_run
from gd_desktop.core.run import Run
from gd_desktop.session.lanes import INDEX, Lane

# Runs longer than this are not done again to show an update's rows (the panel says
# they were not kept): a replay costs about a microsecond per update.
REPLAY_LIMIT = 50_000


class LaneAt:
    """Reads like a ``Lane`` whose latest update is ``step``."""

    def __init__(
        self,
        lane: Lane,
        step: int,
        rows: np.ndarray | None,
        state: Mapping[str, float],
    ):
        self.lane = lane
        self.step = step
        self.records = lane.records
        self.config = lane.config
        self.dataset = lane.dataset
        self.start_weights = lane.start_weights
        self.updates_per_epoch = lane.updates_per_epoch
        self.optimizer_state = dict(state)
        self._rows = rows

    def batch_rows(self, step: int) -> np.ndarray | None:
        if self.config.batching.method == "batch":
            return np.arange(self.dataset.size)
        return self._rows if step == self.step else None


class UpdateReplays:
    """Rebuilds runs at an earlier update, remembering the last one asked for."""

    def __init__(self) -> None:
        self._last: tuple[Any, int, LaneAt] | None = None
        # The last run done again, and its lane: a later update goes on from it.
        self._run: tuple[Any, Run] | None = None

    def at(self, lane: Lane, step: int) -> Lane | LaneAt:
        """``lane`` read at update ``step`` (the lane itself at its latest update)."""
        if step >= lane.received:
            return lane
        last = self._last
        if last is not None and last[0] is lane and last[1] == step:
            return last[2]
        shown = self._replay(lane, step)
        self._last = (lane, step, shown)
        return shown

    def _replay(self, lane: Lane, step: int) -> LaneAt:
        if step > REPLAY_LIMIT:
            return LaneAt(lane, step, None, {})
        kept = self._run
        if kept is not None and kept[0] is lane and kept[1].step < step:
            run = kept[1]  # forward from the last one (an animation, stepping on)
            if step - 1 > run.step:
                run.advance(step - 1 - run.step)
            run.advance(1)
        else:
            run = replay_run(lane.config, step, lane.raw_dataset)
        self._run = (lane, run)
        recorded = lane.row(step)
        again = run.records.rows(step - 1, step)[:, 0] if run.step >= step else None
        same = (
            recorded is not None
            and again is not None
            and all(again[INDEX[k]] == recorded[INDEX[k]] for k in ("w0", "w1", "mse"))
        )
        if not same:  # the rate was changed during the run: its rows are not known
            return LaneAt(lane, step, None, {})
        return LaneAt(lane, step, run.batch_rows(step), run.optimizer_state)
