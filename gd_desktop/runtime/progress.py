"""What advancing a race brings, as frozen values: per run, the new records and the
run's state after them.

The engine process and the in-thread race both hand over their progress this way,
so the worker never reads a run that is still moving, and a run's records are
freed where they were made once they are handed over (the receiver keeps them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gd_desktop.core.family_run import AnyRun
from gd_desktop.core.records import FIELDS
from gd_desktop.session.snapshots import RunStatus

# A run's latest batch rows are sent along only when its latest block of batches
# holds at most this many row indices (after a step or a short slice, that is):
# the update panel can then show the rows of the latest update.
MAX_BLOCK_ROWS = 200_000


def frozen(array: np.ndarray) -> np.ndarray:
    """``array`` made read-only (in place): a snapshot's arrays are never changed."""
    array.flags.writeable = False
    return array


def every_row(runs: Sequence[AnyRun]) -> list[np.ndarray | None]:
    """Per run, the batch of a full-batch update (every row, one read-only array
    shared by the race's full-batch runs); None for stochastic runs."""
    dataset = runs[0].dataset if runs else None
    shared = frozen(np.arange(dataset.size if dataset is not None else 0)) if runs else None
    return [shared if run.config.batching.method == "batch" else None for run in runs]


def status_of(run: AnyRun, all_rows: np.ndarray | None = None) -> RunStatus:
    """A frozen copy of ``run``'s state after its latest record.

    ``all_rows``: what a full-batch run's batch rows are (None leaves them unknown,
    as the engine process does, rather than send every row with every slice).
    """
    rows = None
    if run.step > 0:
        if run.config.batching.method == "batch":
            rows = all_rows
        elif run.latest_block_rows <= MAX_BLOCK_ROWS:
            latest = run.batch_rows(run.step)
            rows = None if latest is None else frozen(latest)
    return RunStatus.of(run, rows)


@dataclass(frozen=True, eq=False)
class LaneSlice:
    """One run's records since the last slice (rows[:, j] is a record, read-only)
    and its state after them."""

    rows: np.ndarray
    status: RunStatus

    @property
    def start(self) -> int:
        """The 0-based index of the slice's first record."""
        return self.status.step - int(self.rows.shape[1])


def take_slices(
    runs: Sequence[AnyRun], sent: list[int], all_rows: Sequence[np.ndarray | None]
) -> list[LaneSlice]:
    """Every run's records since ``sent[lane]`` (then counted as sent and freed here)."""
    slices = []
    for lane, run in enumerate(runs):
        rows = run.records.rows(sent[lane], run.step)
        sent[lane] = run.step
        run.records.release_before(run.step)
        slices.append(LaneSlice(frozen(rows), status_of(run, all_rows[lane])))
    return slices


class RaceProgress:
    """Where each run of a race is, from the slices handed over alone.

    Slices are gathered as they arrive (some arrive while a command is on its way)
    and taken out together, so every record is handed on exactly once and in order.
    """

    def __init__(self, runs: Sequence[AnyRun]):
        self.statuses: list[RunStatus] = [status_of(run) for run in runs]
        self._per_epoch = [run.updates_per_epoch for run in runs]
        self._pending: list[list[np.ndarray]] = [[] for _ in runs]

    def add(self, slices: Sequence[LaneSlice]) -> None:
        """Take in one slice per run."""
        for lane, piece in enumerate(slices):
            if piece.rows.shape[1]:
                self._pending[lane].append(piece.rows)
            self.statuses[lane] = piece.status

    def take(self) -> list[LaneSlice]:
        """Per run, the records gathered since the last take and the latest state."""
        out = []
        for lane, parts in enumerate(self._pending):
            if len(parts) == 1:
                rows = parts[0]
            elif parts:
                rows = frozen(np.concatenate(parts, axis=1))
            else:
                rows = frozen(np.empty((len(FIELDS), 0)))
            parts.clear()
            out.append(LaneSlice(rows, self.statuses[lane]))
        return out

    @property
    def finished(self) -> bool:
        return all(status.stop_reason is not None for status in self.statuses)

    @property
    def step(self) -> int:
        """The lockstep update index: updates done by the runs still going."""
        return max(status.step for status in self.statuses)

    def updates_to_epoch_end(self) -> int:
        """Lockstep updates until the first running run ends an epoch."""
        going = [
            per_epoch - status.step % per_epoch
            for status, per_epoch in zip(self.statuses, self._per_epoch, strict=True)
            if status.stop_reason is None
        ]
        return min(going) if going else 0
