"""Numerical search for critical points (minima, saddles, maxima) of a two-weight loss.

Newton's method on the gradient, started from a grid over a window, converges to
the nearby zero of the gradient whatever its kind; the Hessian's eigenvalues there
say which kind it is. A point is kept only where the gradient is tiny next to its
typical size on the window and the Hessian is clearly not flat (a plateau's far
field has a vanishing gradient but is no critical point).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from gd_desktop.core.objective import MAXIMUM, MINIMUM, SADDLE, CriticalPoint, lowest_minimum

Loss = Callable[[float, float], float]
Gradient = Callable[[float, float], tuple[float, float]]
Hessian = Callable[[float, float], np.ndarray]
Window = tuple[float, float, float, float]
# Starts per side of the grid, Newton iterations, and the tolerances of acceptance.
GRID = 9
ITERATIONS = 80
GRADIENT_TOLERANCE = 1e-7
FLAT_TOLERANCE = 1e-6
_KIND_ORDER = {MINIMUM: 0, SADDLE: 1, MAXIMUM: 2}


def newton(
    gradient: Gradient, hessian: Hessian, w: tuple[float, float], longest: float, steps: int
) -> tuple[float, float]:
    """Newton steps on the gradient from ``w``, each at most ``longest`` long."""
    w0, w1 = w
    for _ in range(steps):
        g = np.array(gradient(w0, w1))
        h = hessian(w0, w1)
        if not (np.all(np.isfinite(g)) and np.all(np.isfinite(h))):
            break
        try:
            step = np.linalg.solve(h, g)
        except np.linalg.LinAlgError:
            break
        length = float(np.hypot(*step))
        if not math.isfinite(length):
            break
        if length > longest:
            step *= longest / length
        w0, w1 = w0 - float(step[0]), w1 - float(step[1])
        if length <= 1e-14 * (1.0 + abs(w0) + abs(w1)):
            break
    return w0, w1


def classify(eigenvalues: np.ndarray, flat: float) -> str | None:
    """The kind of a critical point from its Hessian's eigenvalues (None: too flat)."""
    low, high = float(eigenvalues[0]), float(eigenvalues[1])
    if min(abs(low), abs(high)) <= flat:
        return None
    if low > 0:
        return MINIMUM
    if high < 0:
        return MAXIMUM
    return SADDLE


def find_critical_points(
    loss: Loss,
    gradient: Gradient,
    hessian: Hessian,
    window: Window,
    coarse: tuple[Gradient, Hessian] | None = None,
) -> tuple[CriticalPoint, ...]:
    """The critical points inside ``window`` (minima first, lowest first, then saddles
    and maxima). ``coarse``: a cheaper gradient and Hessian (on a subsample of rows)
    for the search from the grid; each point found is then refined on the full data."""
    a0, b0, a1, b1 = window
    size = max(b0 - a0, b1 - a1)
    search_gradient, search_hessian = coarse or (gradient, hessian)
    starts = [
        (float(x), float(y)) for x in np.linspace(a0, b0, GRID) for y in np.linspace(a1, b1, GRID)
    ]
    with np.errstate(all="ignore"):
        norms, curvatures = [], []
        for x, y in starts:
            norms.append(float(np.hypot(*gradient(x, y))))
            curvatures.append(float(np.max(np.abs(np.linalg.eigvalsh(hessian(x, y))))))
        g_scale = float(np.nanmedian(norms)) or 1.0
        h_scale = float(np.nanmax(curvatures)) or 1.0
        candidates = [
            newton(search_gradient, search_hessian, s, 0.25 * size, ITERATIONS) for s in starts
        ]
        if coarse is not None:
            candidates = [newton(gradient, hessian, c, 0.05 * size, 20) for c in candidates]
        points: list[CriticalPoint] = []
        margin = 0.1 * size
        for w0, w1 in candidates:
            inside = a0 - margin <= w0 <= b0 + margin and a1 - margin <= w1 <= b1 + margin
            if not inside or np.hypot(*gradient(w0, w1)) > GRADIENT_TOLERANCE * g_scale:
                continue
            if any(math.hypot(w0 - p.weights[0], w1 - p.weights[1]) < 1e-5 * size for p in points):
                continue
            eigenvalues = np.linalg.eigvalsh(hessian(w0, w1))
            kind = classify(eigenvalues, FLAT_TOLERANCE * h_scale)
            if kind is not None:
                points.append(
                    CriticalPoint(
                        kind,
                        (w0, w1),
                        float(loss(w0, w1)),
                        (float(eigenvalues[0]), float(eigenvalues[1])),
                    )
                )
    points.sort(key=lambda p: (_KIND_ORDER[p.kind], p.loss))
    return tuple(points)


def local_curvature(objective: Any, w0: float, w1: float) -> tuple[float, float]:
    """The Hessian's eigenvalues (ascending) at (w0, w1); NaN where it is not finite."""
    h = objective.hessian(w0, w1)
    if not np.all(np.isfinite(h)):
        return math.nan, math.nan
    low, high = np.linalg.eigvalsh(h)
    return float(low), float(high)


def local_stable_rate(lambda_max: float) -> float:
    """2 / lambda_max, the largest stable rate of plain descent near these weights;
    infinite where lambda_max <= 0 (no local limit)."""
    return 2.0 / lambda_max if lambda_max > 0 else math.inf


def local_facts(objective: Any, weights: tuple[float, float] | None) -> Mapping[str, float]:
    """The curvature facts at ``weights`` (None: at the lowest known minimum) and that
    minimum's loss (NaN where there is none)."""
    lowest = lowest_minimum(objective)
    where = weights or (lowest.weights if lowest is not None else (0.0, 0.0))
    low, high = local_curvature(objective, *where)
    return {
        "lambda_min": low,
        "lambda_max": high,
        "condition_number": high / low if low > 0 else math.inf,
        "stable_learning_rate": local_stable_rate(high),
        "optimum_loss": lowest.loss if lowest is not None else math.nan,
    }


def nearest_point(
    objective: Any, weights: tuple[float, float]
) -> tuple[CriticalPoint, float] | None:
    """The known critical point nearest ``weights`` and its distance (None: none known)."""
    points = objective.critical_points()
    if not points:
        return None
    w0, w1 = weights
    best = min(points, key=lambda p: math.hypot(p.weights[0] - w0, p.weights[1] - w1))
    return best, math.hypot(best.weights[0] - w0, best.weights[1] - w1)


# A run is "near" a critical point within this distance of it (weights' units).
NEAR = 0.1


@dataclass(frozen=True)
class NearPoint:
    """The known critical point a run is near: its kind, and for a minimum its number
    among the minima (1: the lowest), how many minima are known and whether it is as
    low as the lowest."""

    kind: str
    number: int
    minima: int
    lowest: bool


def near_point(
    objective: Any, weights: tuple[float, float], within: float = NEAR
) -> NearPoint | None:
    """The critical point within ``within`` of ``weights`` (None: none is)."""
    near = nearest_point(objective, weights)
    if near is None or not near[1] <= within:
        return None
    point = near[0]
    minima = [p for p in objective.critical_points() if p.kind == MINIMUM]
    if point.kind != MINIMUM:
        return NearPoint(point.kind, 0, len(minima), False)
    lowest = min(p.loss for p in minima)
    tie = point.loss <= lowest + 1e-9 * max(1.0, abs(lowest))
    return NearPoint(MINIMUM, minima.index(point) + 1, len(minima), tie)


def drawing_rows(samples: int, rows: int) -> np.ndarray | None:
    """Which of ``samples`` rows a loss drawn from at most ``rows`` of them uses: a
    seeded random choice in order, or None when every row fits."""
    if samples <= rows:
        return None
    return np.sort(np.random.RandomState(0).choice(samples, rows, replace=False))
