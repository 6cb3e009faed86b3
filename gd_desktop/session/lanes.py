"""What the session has received of one run of the race: its facts, its records
(a copy of its own, filled from the blocks the runtime sends) and its standing."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from gd_desktop.core.divergence import diverged_problem
from gd_desktop.core.problems import Problem
from gd_desktop.core.race import SummaryTracker, lowest_minima
from gd_desktop.core.records import FIELDS, RecordTable
from gd_desktop.core.run import STOP_DIVERGED
from gd_desktop.session.snapshots import LoadedRace, RecordBlock, RunFacts, RunStatus

INDEX = {name: i for i, name in enumerate(FIELDS)}


class Lane:
    """One run as the session knows it: read-only for views."""

    def __init__(self, facts: RunFacts, target: float | None = None):
        self.facts = facts
        self.records = RecordTable()
        self.tracker = SummaryTracker(facts, target)
        self._optima = lowest_minima(facts.objective)
        self.status: RunStatus | None = None
        self.learning_rate = facts.config.learning_rate
        self.visible = True
        self.order_errors = 0
        self.drawn = -1  # records drawn in the last frame (-1: draw again)

    # -- what the run is -----------------------------------------------------------
    @property
    def config(self) -> Any:
        return self.facts.config

    @property
    def label(self) -> str:
        return self.facts.label

    @property
    def color(self) -> str:
        return self.facts.color

    @property
    def loss(self) -> Any:
        return self.facts.loss

    @property
    def objective(self) -> Any:
        """The loss through the interface every family shares."""
        return self.facts.objective

    @property
    def optima(self) -> list[tuple[float, float]]:
        """The lowest known minimum and any as low (none: no finite optimum)."""
        return self._optima

    @property
    def dataset(self) -> Any:
        return self.facts.dataset

    @property
    def raw_dataset(self) -> Any:
        return self.facts.raw_dataset

    @property
    def start_weights(self) -> tuple[float, float]:
        return self.facts.start_weights

    @property
    def start_mse(self) -> float:
        return self.facts.start_mse

    @property
    def total_updates(self) -> int:
        return self.facts.total_updates

    @property
    def updates_per_epoch(self) -> int:
        return self.facts.updates_per_epoch

    @property
    def rate_factor(self) -> float:
        return self.facts.rate_factor

    @property
    def stable_rate(self) -> float | None:
        return self.facts.stable_rate

    # -- what has arrived ------------------------------------------------------------
    @property
    def received(self) -> int:
        return len(self.records)

    @property
    def step(self) -> int:
        return len(self.records)

    @property
    def weights(self) -> tuple[float, float]:
        """The weights after the latest record received."""
        return self.weights_at(self.received)

    @property
    def mse(self) -> float:
        """The full-data loss after the latest record received."""
        return self.loss_at(self.received)

    @property
    def stop_reason(self) -> str | None:
        return self.tracker.stop_reason

    @property
    def diverged(self) -> bool:
        return self.tracker.stop_reason == STOP_DIVERGED

    @property
    def finished(self) -> bool:
        return self.tracker.stop_reason is not None

    def divergence_problem(self) -> Problem:
        """Why this run diverged, as data (see ``diverged_problem``)."""
        return diverged_problem(self.config.optimizer.name, self.learning_rate, self.stable_rate)

    @property
    def optimizer_state(self) -> Mapping[str, float]:
        """The update rule's state after the latest record received."""
        return self.status.optimizer_state if self.status is not None else {}

    def batch_rows(self, step: int) -> np.ndarray | None:
        """Row indices of update ``step``'s batch where known: every row for full
        batch, the latest update's for stochastic runs (else None)."""
        if self.dataset is None:
            return None  # a test surface has no rows
        if self.config.batching.method == "batch":
            return np.arange(self.dataset.size)
        status = self.status
        if status is None or status.step != step:
            return None
        return status.batch_rows

    def take(self, block: RecordBlock) -> None:
        """Append a block (which must continue the records received so far)."""
        if block.start != self.received:
            self.order_errors += 1
        rows = block.rows
        if rows.shape[1]:
            self.records.append(rows)
            self.tracker.add(rows)
        if block.status is not None:
            self.status = block.status
            self.learning_rate = block.status.learning_rate
        if block.stop_reason is not None:
            self.tracker.stop_reason = block.stop_reason

    def retarget(self, target: float | None) -> None:
        """Count "updates to target" to ``target`` (None: the default) from the records."""
        tracker = SummaryTracker(self.facts, target)
        tracker.add(self.records.rows(0, self.received))
        tracker.stop_reason = self.tracker.stop_reason
        self.tracker = tracker

    # -- reading at an update ----------------------------------------------------------
    def row(self, step: int) -> np.ndarray | None:
        """Record of update ``step`` (1-based) as a column of FIELDS; None for 0."""
        if step <= 0 or step > self.received:
            return None
        return self.records.rows(step - 1, step)[:, 0]

    def weights_at(self, step: int) -> tuple[float, float]:
        row = self.row(step)
        if row is None:
            return self.start_weights
        return float(row[INDEX["w0"]]), float(row[INDEX["w1"]])

    def loss_at(self, step: int) -> float:
        row = self.row(step)
        return self.start_mse if row is None else float(row[INDEX["mse"]])

    def best_until(self, step: int) -> tuple[float, int]:
        """(best loss, its update) among updates 1..step."""
        if step >= self.received:
            return self.tracker.best
        if step <= 0:
            return (math.inf, 0)
        losses = self.records.column("mse", 0, step)
        j = int(np.argmin(losses))
        return float(losses[j]), j + 1


class RaceView:
    """The loaded race as views and scripts read it: its id, its runs and the insight."""

    def __init__(self, loaded: LoadedRace, lanes: list[Lane]):
        self.run_id = loaded.run_id
        self.runs = lanes
        self.insight = loaded.insight

    @property
    def run(self) -> Lane:
        """The first run (the only one outside a race)."""
        return self.runs[0]

    @property
    def config(self) -> Any:
        return self.runs[0].config

    @property
    def entries(self) -> list[Any]:
        return [lane.facts.entry for lane in self.runs]
