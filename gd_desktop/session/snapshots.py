"""Immutable snapshots that cross from the runtime (worker thread, engine process)
into the session: what a loaded run is, and what each block of records brought.

Nothing here is changed after it is made, so the thread that made it and the
thread that reads it never share a moving object.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.family_insight import FamilyInsight
from gd_desktop.core.family_run import AnyRun
from gd_desktop.core.insight import RunInsight
from gd_desktop.core.race import RaceEntry


@dataclass(frozen=True, eq=False)
class RunFacts:
    """What does not change while a run goes on: its config, data, loss and budget."""

    entry: RaceEntry
    dataset: Dataset | None  # None for a test surface, which has no rows
    raw_dataset: Dataset | None  # the data as read or made, before standardising
    loss: Any  # the family's objective (a LeastSquaresLoss for linear regression)
    start_weights: tuple[float, float]
    start_mse: float
    total_updates: int
    updates_per_epoch: int
    rate_factor: float
    stable_rate: float | None

    @property
    def config(self) -> ExperimentConfig:
        return self.entry.config

    @property
    def objective(self) -> Any:
        """The loss through the interface every family shares."""
        return self.loss

    @property
    def label(self) -> str:
        return self.entry.label

    @property
    def color(self) -> str:
        return self.entry.color

    @classmethod
    def of(cls, run: AnyRun, entry: RaceEntry) -> RunFacts:
        return cls(
            entry=entry,
            dataset=run.dataset,
            raw_dataset=run.raw_dataset,
            loss=run.objective,
            start_weights=run.start_weights,
            start_mse=run.start_mse,
            total_updates=run.total_updates,
            updates_per_epoch=run.updates_per_epoch,
            rate_factor=run.rate_factor,
            stable_rate=run.stable_rate,
        )


@dataclass(frozen=True, eq=False)
class RunStatus:
    """A run's state after its latest record: a frozen copy, never the live run.

    ``batch_rows`` are the row indices of the latest update's batch when known
    (every row for full batch; None when the block was too large to send).
    """

    step: int
    weights: tuple[float, float]
    mse: float
    best_mse: float
    best_weights: tuple[float, float]
    best_step: int
    stop_reason: str | None
    learning_rate: float
    optimizer_state: Mapping[str, float] = field(default_factory=dict)
    batch_rows: np.ndarray | None = None

    @classmethod
    def of(cls, run: AnyRun, batch_rows: np.ndarray | None = None) -> RunStatus:
        return cls(
            step=run.step,
            weights=run.weights,
            mse=run.mse,
            best_mse=run.best_mse,
            best_weights=run.best_weights,
            best_step=run.best_step,
            stop_reason=run.stop_reason,
            learning_rate=run.learning_rate,
            optimizer_state=dict(run.optimizer_state),
            batch_rows=batch_rows,
        )


@dataclass(frozen=True, eq=False)
class RecordBlock:
    """Consecutive records of one run: rows[:, j] is record ``start + j`` (0-based).

    ``lane`` is the run's place in the race; ``stop_reason`` is set on the block
    after which that run makes no more records (the block may then be empty);
    ``status`` is the run's state after the block's last record, when known.
    """

    run_id: int
    start: int
    rows: np.ndarray
    lane: int = 0
    stop_reason: str | None = None
    status: RunStatus | None = None

    @property
    def stop(self) -> int:
        return self.start + int(self.rows.shape[1])


@dataclass(frozen=True, eq=False)
class LoadedRace:
    """A freshly loaded race: one ``RunFacts`` per run, and the data's insight."""

    run_id: int
    runs: tuple[RunFacts, ...]
    insight: RunInsight | FamilyInsight

    @property
    def entries(self) -> list[RaceEntry]:
        return [facts.entry for facts in self.runs]
