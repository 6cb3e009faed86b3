"""Test surfaces: losses of the two weights alone, with no rows of data.

Each surface is a formula (exactly as listed in the README so results can be
checked against other tools), its gradient written out by hand on plain floats
(the engine's inner loop calls it once per update), and a window in which its
critical points are searched. A surface is always descended with full batches;
optional Gaussian gradient noise stands in for stochastic batches.

Divergence: non-finite weights or loss, or a weight beyond 10^6 in size (far
outside every surface's window; a loss bound relative to the start's would not
work for losses that are 0 or negative).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from gd_desktop.core.critical import find_critical_points, local_facts
from gd_desktop.core.objective import CriticalPoint, ObjectiveLabels

Value = Callable[[Any, Any, Callable[[Any], Any]], Any]
Gradient = Callable[[float, float], tuple[float, float]]
exp = math.exp
WEIGHT_LIMIT = 1e6


def _rosenbrock(w0: Any, w1: Any, e: Callable[[Any], Any]) -> Any:
    return (1.0 - w0) ** 2 + 100.0 * (w1 - w0 * w0) ** 2


def _rosenbrock_grad(w0: float, w1: float) -> tuple[float, float]:
    v = w1 - w0 * w0
    return -2.0 * (1.0 - w0) - 400.0 * w0 * v, 200.0 * v


def _himmelblau(w0: Any, w1: Any, e: Callable[[Any], Any]) -> Any:
    return (w0 * w0 + w1 - 11.0) ** 2 + (w0 + w1 * w1 - 7.0) ** 2


def _himmelblau_grad(w0: float, w1: float) -> tuple[float, float]:
    a = w0 * w0 + w1 - 11.0
    b = w0 + w1 * w1 - 7.0
    return 4.0 * w0 * a + 2.0 * b, 2.0 * a + 4.0 * w1 * b


def _saddle(w0: Any, w1: Any, e: Callable[[Any], Any]) -> Any:
    return w0 * w0 + (w1 * w1 - 1.0) ** 2


def _saddle_grad(w0: float, w1: float) -> tuple[float, float]:
    return 2.0 * w0, 4.0 * w1 * (w1 * w1 - 1.0)


def _two_minima(w0: Any, w1: Any, e: Callable[[Any], Any]) -> Any:
    right = e(-((w0 - 1.0) ** 2 + w1 * w1) / 0.2)
    left = e(-((w0 + 1.0) ** 2 + w1 * w1) / 0.2)
    return w0 * w0 + w1 * w1 - 2.0 * right - 6.0 * left


def _two_minima_grad(w0: float, w1: float) -> tuple[float, float]:
    right = exp(-((w0 - 1.0) ** 2 + w1 * w1) / 0.2)
    left = exp(-((w0 + 1.0) ** 2 + w1 * w1) / 0.2)
    # d/dw of -c exp(-q / 0.2) is c exp(-q / 0.2) dq/dw / 0.2, with dq/dw = 2 (w - centre)
    g0 = 2.0 * w0 + 20.0 * (w0 - 1.0) * right + 60.0 * (w0 + 1.0) * left
    g1 = 2.0 * w1 + 20.0 * w1 * right + 60.0 * w1 * left
    return g0, g1


def _beale(w0: Any, w1: Any, e: Callable[[Any], Any]) -> Any:
    return (
        (1.5 - w0 + w0 * w1) ** 2
        + (2.25 - w0 + w0 * w1 * w1) ** 2
        + (2.625 - w0 + w0 * w1 * w1 * w1) ** 2
    )


def _beale_grad(w0: float, w1: float) -> tuple[float, float]:
    a = 1.5 - w0 + w0 * w1
    b = 2.25 - w0 + w0 * w1 * w1
    c = 2.625 - w0 + w0 * w1 * w1 * w1
    g0 = 2.0 * a * (w1 - 1.0) + 2.0 * b * (w1 * w1 - 1.0) + 2.0 * c * (w1 * w1 * w1 - 1.0)
    g1 = 2.0 * a * w0 + 4.0 * b * w0 * w1 + 6.0 * c * w0 * w1 * w1
    return g0, g1


def _plateau(w0: Any, w1: Any, e: Callable[[Any], Any]) -> Any:
    return 1.0 - e(-(w0 * w0 + 4.0 * w1 * w1) / 2.0)


def _plateau_grad(w0: float, w1: float) -> tuple[float, float]:
    bump = exp(-(w0 * w0 + 4.0 * w1 * w1) / 2.0)
    return w0 * bump, 4.0 * w1 * bump


@dataclass(frozen=True)
class SurfaceSpec:
    """One test surface: its name (as on the command line), formula, gradient and the
    window ``(w0 low, w0 high, w1 low, w1 high)`` its critical points are searched in."""

    name: str
    value: Value
    gradient: Gradient
    window: tuple[float, float, float, float]


SURFACE_SPECS: dict[str, SurfaceSpec] = {
    spec.name: spec
    for spec in (
        SurfaceSpec("rosenbrock", _rosenbrock, _rosenbrock_grad, (-2.0, 2.0, -1.0, 3.0)),
        SurfaceSpec("himmelblau", _himmelblau, _himmelblau_grad, (-5.0, 5.0, -5.0, 5.0)),
        SurfaceSpec("saddle", _saddle, _saddle_grad, (-2.0, 2.0, -2.0, 2.0)),
        SurfaceSpec("two-minima", _two_minima, _two_minima_grad, (-2.0, 2.0, -1.5, 1.5)),
        SurfaceSpec("beale", _beale, _beale_grad, (-4.5, 4.5, -4.5, 4.5)),
        SurfaceSpec("plateau", _plateau, _plateau_grad, (-3.0, 3.0, -3.0, 3.0)),
    )
}
SURFACES = tuple(SURFACE_SPECS)


class TestSurface:
    """A test surface behind the ``Objective`` interface (no rows: a batch is all of it)."""

    __test__ = False  # not a pytest class, whatever its name

    def __init__(self, name: str):
        self.spec = SURFACE_SPECS[name]
        self.labels = ObjectiveLabels(family=f"surface:{name}", loss="loss")
        self.weight_limit = WEIGHT_LIMIT

    @property
    def name(self) -> str:
        return self.spec.name

    def evaluate(self, w0: float, w1: float) -> tuple[float, float, float]:
        """(loss, dL/dw0, dL/dw1) on plain floats: the engine's per-update call."""
        g0, g1 = self.spec.gradient(w0, w1)
        return self.loss(w0, w1), g0, g1

    def loss_many(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        return self.loss_grid(w0, w1)

    def divergence_limit(self, start_loss: float) -> float:
        return math.inf  # the weight bound decides

    def loss(self, w0: float, w1: float) -> float:
        try:
            return float(self.spec.value(float(w0), float(w1), exp))
        except OverflowError:
            return math.inf

    def gradient(self, w0: float, w1: float) -> tuple[float, float]:
        return self.spec.gradient(float(w0), float(w1))

    def loss_grid(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore", invalid="ignore"):
            return np.asarray(
                self.spec.value(np.asarray(w0, float), np.asarray(w1, float), np.exp), float
            )

    def hessian(self, w0: float, w1: float) -> np.ndarray:
        return hessian_by_differences(self.gradient, w0, w1)

    def batch_loss_gradient(
        self, w0: float, w1: float, rows: np.ndarray | None
    ) -> tuple[float, float, float]:
        g0, g1 = self.gradient(w0, w1)
        return self.loss(w0, w1), g0, g1

    @cached_property
    def found(self) -> tuple[CriticalPoint, ...]:
        return find_critical_points(self.loss, self.gradient, self.hessian, self.spec.window)

    def critical_points(self) -> tuple[CriticalPoint, ...]:
        return self.found

    def facts(self) -> Mapping[str, float]:
        return local_facts(self, None)


def hessian_by_differences(
    gradient: Gradient, w0: float, w1: float, relative: float = 1e-5
) -> np.ndarray:
    """The Hessian from central differences of an exact gradient (error ~ h^2), symmetrised."""
    h0 = relative * max(1.0, abs(w0))
    h1 = relative * max(1.0, abs(w1))
    a0, a1 = gradient(w0 + h0, w1)
    b0, b1 = gradient(w0 - h0, w1)
    c0, c1 = gradient(w0, w1 + h1)
    d0, d1 = gradient(w0, w1 - h1)
    h = np.array(
        [[(a0 - b0) / (2 * h0), (c0 - d0) / (2 * h1)], [(a1 - b1) / (2 * h0), (c1 - d1) / (2 * h1)]]
    )
    return 0.5 * (h + h.T)
