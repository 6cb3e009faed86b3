"""The numbers that explain a run on a family other than least squares: its critical
points (with their loss and the Hessian's eigenvalues), the lowest known minimum, and
whether there is a finite optimum at all. Plain values; the insight panel words them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gd_desktop.core.insight import RunInsight
from gd_desktop.core.objective import CriticalPoint, lowest_minimum


@dataclass(frozen=True)
class FamilyInsight:
    """Facts of a logistic, neuron or test-surface landscape (the same for every run
    of a race, which shares it)."""

    model: str
    surface: str
    points: tuple[CriticalPoint, ...]
    lowest: CriticalPoint | None
    separable: bool
    rows: int  # 0 for a test surface

    @classmethod
    def from_run(cls, run: Any) -> FamilyInsight:
        objective = run.objective
        return cls(
            model=run.config.model,
            surface=run.config.surface,
            points=tuple(objective.critical_points()),
            lowest=lowest_minimum(objective),
            separable=bool(getattr(objective, "separable", False)),
            rows=run.dataset.size if run.dataset is not None else 0,
        )

    def for_run(self, run: Any) -> FamilyInsight:
        return self


def insight_of(run: Any) -> RunInsight | FamilyInsight:
    """The insight of a race's first run: ``RunInsight`` for least squares (O(N): one
    extra fit), ``FamilyInsight`` for the other families."""
    return RunInsight.from_run(run) if run.config.model == "linear" else FamilyInsight.from_run(run)
