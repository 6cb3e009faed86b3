"""A family's loss as the views draw it once its full-data values over the views'
grids are known: those grids answer from the values computed on every row, any
other grid from a row sample (a window that grows as a path leaves it)."""

from __future__ import annotations

from typing import Any

import numpy as np

Grid = tuple[np.ndarray, np.ndarray, np.ndarray]  # w0, w1 and the loss there


class GridBackedLoss:
    """``objective`` (every row) for all but ``loss_grid``, which answers the grids
    in ``grids`` from their stored values and others from ``fallback``."""

    def __init__(self, objective: Any, fallback: Any, grids: list[Grid]):
        self.objective = objective
        self.fallback = fallback
        self.grids = grids
        self.sampled_grids = 0  # grids answered from the sample

    def loss_grid(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        for g0, g1, losses in self.grids:
            if g0.shape == np.shape(w0) and np.array_equal(g0, w0) and np.array_equal(g1, w1):
                return losses.copy()
        self.sampled_grids += 1
        return np.asarray(self.fallback.loss_grid(w0, w1))

    def __getattr__(self, name: str) -> Any:
        # Only called for what is not found above: the rest of the Objective interface.
        return getattr(self.objective, name)
