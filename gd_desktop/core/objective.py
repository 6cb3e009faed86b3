"""The one interface every loss family implements (least squares today).

A family gives the loss and gradient at a point on the full data or on a batch of
rows, the loss over a grid (the surface and contour views), its known critical
points, the names of its weights and loss, and its facts for the insight panel
as numbers. Views, the session and the command line use only this interface.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

MINIMUM = "minimum"
SADDLE = "saddle"
MAXIMUM = "maximum"


@dataclass(frozen=True)
class CriticalPoint:
    """A point where the gradient vanishes, with its kind and the Hessian's eigenvalues."""

    kind: str
    weights: tuple[float, float]
    loss: float
    eigenvalues: tuple[float, float]


@dataclass(frozen=True)
class ObjectiveLabels:
    """Codes naming a family, its loss and its weights (the UI turns them into words).

    ``loss`` is also the record field's name (``mse`` and ``batch_mse`` for least
    squares), so exports and views read the same name.
    """

    family: str
    loss: str
    weights: tuple[str, str] = ("w0", "w1")


@runtime_checkable
class Objective(Protocol):
    """A loss of two weights, optionally on rows of data."""

    @property
    def labels(self) -> ObjectiveLabels: ...

    def loss(self, w0: float, w1: float) -> float:
        """Full-data loss at (w0, w1)."""
        ...

    def gradient(self, w0: float, w1: float) -> tuple[float, float]:
        """Full-data gradient at (w0, w1)."""
        ...

    def loss_grid(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        """The loss over arrays of weights (matching shapes), vectorised."""
        ...

    def hessian(self, w0: float, w1: float) -> np.ndarray:
        """The 2x2 Hessian of the full-data loss at (w0, w1)."""
        ...

    def batch_loss_gradient(
        self, w0: float, w1: float, rows: np.ndarray | None
    ) -> tuple[float, float, float]:
        """(loss, dL/dw0, dL/dw1) on the given rows (None: all rows), computed directly."""
        ...

    def critical_points(self) -> tuple[CriticalPoint, ...]:
        """The known critical points (minima first, the lowest first)."""
        ...

    def facts(self) -> Mapping[str, float]:
        """Numbers the insight panel explains (curvature, stable rate, ...)."""
        ...


def lowest_minimum(objective: Objective) -> CriticalPoint | None:
    """The lowest known minimum, or None where there is none (no finite optimum)."""
    minima = [p for p in objective.critical_points() if p.kind == MINIMUM]
    return min(minima, key=lambda p: p.loss) if minima else None
