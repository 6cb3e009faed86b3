"""A run rebuilt at an earlier update: runs are deterministic (one seed draws the data
and then the batches), so doing the first k updates again gives update k's batch
rows and the update rule's state exactly, without keeping them for every update."""

from __future__ import annotations

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.run import Run


def replay_run(config: ExperimentConfig, step: int, dataset: Dataset | None = None) -> Run:
    """A fresh run of ``config`` advanced to update ``step``, with update ``step``'s
    batch as its latest (so ``batch_rows(step)`` is known). ``dataset``: the data a
    CSV source was read into (generated data are made again from the seed)."""
    run = Run(config, dataset if config.data.source == "csv" else None)
    if step > 1:
        run.advance(step - 1)
    if step >= 1:
        run.advance(1)
    return run
