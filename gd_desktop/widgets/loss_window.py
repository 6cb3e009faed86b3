"""The rectangle of weights a loss view draws, with the loss sampled on a grid.

Pure numpy (no Qt), so the framing rules are testable headless. The window is a
plain rectangle in weight units: on ill-conditioned data the loss is a long
narrow valley, and forcing equal aspect would squash it to a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from gd_desktop.core.objective import Objective, lowest_minimum

# Fraction of the points' span added on each side.
MARGIN = 0.15
# Minimum half-width, relative to the largest |coordinate|, and absolute.
MIN_HALF_WIDTH_RELATIVE = 0.05
MIN_HALF_WIDTH = 1e-3
# Lowest loss a log scale shows, relative to the window's largest loss: the
# minimum is often exactly 0 (least squares on noiseless data).
LOG_FLOOR_RELATIVE = 1e-6
# Smallest positive loss any scale uses, so log10 never sees 0.
TINY_LOSS = 1e-300


def landmarks(objective: Objective, start: tuple[float, float]) -> np.ndarray:
    """The points every window holds, (k, 2): the start and the lowest known minimum."""
    minimum = lowest_minimum(objective)
    points = [start] if minimum is None else [start, minimum.weights]
    return np.array(points, dtype=np.float64)


@dataclass(frozen=True, eq=False)
class LossWindow:
    """A (w0, w1) rectangle and the full-data loss on a regular grid over it.

    Attributes
    ----------
    w0_range, w1_range : (low, high) bounds of the rectangle.
    w0_axis, w1_axis : grid coordinates, including both bounds.
    losses : the loss on the grid, shape (len(w0_axis), len(w1_axis));
        ``losses[i, j]`` is the loss at ``(w0_axis[i], w1_axis[j])``.
    minimum_loss : the lowest known minimum's loss (may lie between grid points),
        None when the objective knows no minimum.
    """

    w0_range: tuple[float, float]
    w1_range: tuple[float, float]
    w0_axis: np.ndarray
    w1_axis: np.ndarray
    losses: np.ndarray
    minimum_loss: float | None

    @classmethod
    def around(
        cls,
        objective: Objective,
        points: np.ndarray,
        grid: int = 81,
        margin: float = MARGIN,
        centered: bool = False,
        square: bool = False,
    ) -> LossWindow:
        """The window holding ``points`` ((k, 2) weights) with ``margin`` on each side.

        Non-finite points are ignored. A degenerate box (one point, or points on
        a line parallel to an axis) still gets a minimum half-width so a bowl shows.
        ``centered`` puts the lowest known minimum in the middle, so the whole bowl
        shows (without a minimum the points are centred); ``square`` gives both
        weights the same span, so shapes are not distorted.
        """
        minimum = lowest_minimum(objective)
        pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
        pts = pts[np.all(np.isfinite(pts), axis=1)]
        if pts.size == 0:
            fallback = (0.0, 0.0) if minimum is None else minimum.weights
            pts = np.array([fallback], dtype=np.float64)
        low = pts.min(axis=0)
        high = pts.max(axis=0)
        scale = float(np.max(np.abs(pts)))
        min_half = max(MIN_HALF_WIDTH_RELATIVE * scale, MIN_HALF_WIDTH)
        if centered and minimum is not None:
            center = np.asarray(minimum.weights, dtype=np.float64)
            reach = np.max(np.abs(pts - center), axis=0)
            half = np.maximum(reach * (1.0 + margin), min_half)
        else:
            center = 0.5 * (low + high)
            half = np.maximum(0.5 * (high - low) * (1.0 + 2.0 * margin), min_half)
        if square:
            half = np.full(2, float(np.max(half)))
        lo, hi = center - half, center + half
        w0_axis = np.linspace(lo[0], hi[0], grid)
        w1_axis = np.linspace(lo[1], hi[1], grid)
        grid_w0, grid_w1 = np.meshgrid(w0_axis, w1_axis, indexing="ij")
        with np.errstate(over="ignore", invalid="ignore"):
            losses = objective.loss_grid(grid_w0, grid_w1)
        largest = np.finfo(np.float64).max
        losses = np.nan_to_num(losses, nan=largest, posinf=largest)
        return cls(
            w0_range=(float(lo[0]), float(hi[0])),
            w1_range=(float(lo[1]), float(hi[1])),
            w0_axis=w0_axis,
            w1_axis=w1_axis,
            losses=losses,
            minimum_loss=None if minimum is None else float(minimum.loss),
        )

    def follow(
        self,
        objective: Objective,
        start: tuple[float, float],
        w0: np.ndarray,
        w1: np.ndarray,
        **options: Any,
    ) -> LossWindow | None:
        """A window that also holds the path (w0, w1), or None if this one already does.

        ``options`` are those of ``around`` (grid, centered, square).
        """
        if self.contains(w0, w1):
            return None
        points = np.vstack((landmarks(objective, start), np.column_stack((w0, w1))))
        return LossWindow.around(objective, points, **options)

    def contains(self, w0s: np.ndarray | float, w1s: np.ndarray | float) -> bool:
        """True when every finite point (w0s[i], w1s[i]) lies inside the rectangle."""
        w0 = np.asarray(w0s, dtype=np.float64).ravel()
        w1 = np.asarray(w1s, dtype=np.float64).ravel()
        finite = np.isfinite(w0) & np.isfinite(w1)
        w0, w1 = w0[finite], w1[finite]
        return bool(
            np.all((w0 >= self.w0_range[0]) & (w0 <= self.w0_range[1]))
            and np.all((w1 >= self.w1_range[0]) & (w1 <= self.w1_range[1]))
        )

    # -- colour / height scales ----------------------------------------------------
    @property
    def loss_max(self) -> float:
        return float(self.losses.max())

    @property
    def loss_min(self) -> float:
        """The lowest loss in the window (the minimum's when it lies inside)."""
        lowest = float(self.losses.min())
        return lowest if self.minimum_loss is None else min(lowest, self.minimum_loss)

    @property
    def log_floor(self) -> float:
        """The lowest loss a log scale shows: the window's lowest grid value.

        The minimum's loss (often exactly 0, so -inf in log) usually lies between
        grid points; flooring at the grid keeps the minimum at the surface's
        bottom, and the relative floor bounds the depth of the log funnel.
        """
        return max(float(self.losses.min()), LOG_FLOOR_RELATIVE * self.loss_max, TINY_LOSS)

    def normalized(self, losses: np.ndarray, log: bool) -> np.ndarray:
        """Losses mapped to [0, 1] over the window (linear or log10), clipped, NaN -> 1."""
        values = np.asarray(losses, dtype=np.float64)
        if log:
            floor = self.log_floor
            low, high = np.log10(floor), np.log10(max(self.loss_max, floor))
            with np.errstate(invalid="ignore"):
                values = np.log10(np.clip(values, floor, None))
        else:
            low, high = self.loss_min, self.loss_max
        span = high - low
        if not span > 0:
            return np.zeros(values.shape)
        with np.errstate(over="ignore", invalid="ignore"):
            scaled = (values - low) / span
        return np.clip(np.nan_to_num(scaled, nan=1.0, posinf=1.0, neginf=0.0), 0.0, 1.0)

    def contour_levels(self, count: int = 12) -> np.ndarray:
        """``count`` log-spaced loss levels strictly between the floor and the max."""
        low = self.log_floor
        high = self.loss_max
        if not high > low:
            return np.empty(0)
        return np.geomspace(low, high, count + 2)[1:-1]

    def contour_segments(self, levels: np.ndarray) -> np.ndarray:
        """Iso-loss line segments by marching squares, shape (m, 2, 2) in weight units.

        Each segment is ``[[w0_a, w1_a], [w0_b, w1_b]]``. Vectorised over cells so
        redrawing a dozen levels costs milliseconds.
        """
        x, y, v = self.w0_axis, self.w1_axis, self.losses
        # Cell corners: a=(i,j) b=(i+1,j) c=(i+1,j+1) d=(i,j+1); edges ab, bc, cd, da.
        va, vb, vc, vd = v[:-1, :-1], v[1:, :-1], v[1:, 1:], v[:-1, 1:]
        x0, x1 = x[:-1, None], x[1:, None]
        y0, y1 = y[None, :-1], y[None, 1:]
        shape = va.shape
        x0, x1 = np.broadcast_to(x0, shape), np.broadcast_to(x1, shape)
        y0, y1 = np.broadcast_to(y0, shape), np.broadcast_to(y1, shape)
        edges = (
            (va, vb, x0, y0, x1, y0),
            (vb, vc, x1, y0, x1, y1),
            (vc, vd, x1, y1, x0, y1),
            (vd, va, x0, y1, x0, y0),
        )
        pieces = []
        for level in np.asarray(levels, dtype=np.float64).ravel():
            crossed = []
            points = []
            for p, q, px, py, qx, qy in edges:
                hit = (p < level) != (q < level)
                with np.errstate(divide="ignore", invalid="ignore"):
                    t = np.where(hit, (level - p) / (q - p), 0.0)
                crossed.append(hit)
                points.append(np.stack((px + t * (qx - px), py + t * (qy - py)), axis=-1))
            hits = np.stack(crossed, axis=-1)  # (nx, ny, 4)
            pts = np.stack(points, axis=-2)  # (nx, ny, 4, 2)
            count = hits.sum(axis=-1)
            # Two crossings: one segment. Four (a saddle): pair edges in order.
            two = count == 2
            if two.any():
                sel = pts[two][hits[two]].reshape(-1, 2, 2)
                pieces.append(sel)
            four = count == 4
            if four.any():
                pieces.append(pts[four].reshape(-1, 2, 2))
        if not pieces:
            return np.empty((0, 2, 2))
        return np.concatenate(pieces, axis=0)
