"""Where a ray through a pixel of the 3D view first meets the loss surface (numpy only).

The surface is the window's grid of heights in the drawing box (x, y in [-1, 1],
z the linear height scale), as the 3D view draws it, so the point found is the
one drawn under the pixel.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from gd_desktop.widgets.loss_window import LossWindow

RAY_SAMPLES = 400
# Bisection steps after the first sampled crossing: down to far below a pixel.
BISECTIONS = 30


def surface_hit(
    window: LossWindow, near: np.ndarray, far: np.ndarray
) -> tuple[float, float] | None:
    """The weights where the ray from ``near`` towards ``far`` (box units) meets the surface.

    The ray is followed until it first goes below the surface; the crossing is
    found to a fraction of a grid cell. None when the ray misses the surface.
    """
    a, b = np.asarray(near, dtype=np.float64), np.asarray(far, dtype=np.float64)
    heights = window.normalized(window.losses, False)
    # Only the part of the ray inside the surface's box is searched.
    span = box_span(a, b - a, float(heights.min()), float(heights.max()))
    if span is None:
        return None
    t = np.linspace(span[0], span[1], RAY_SAMPLES)
    points = a[None, :] + t[:, None] * (b - a)[None, :]
    x, y = np.clip(points[:, 0], -1.0, 1.0), np.clip(points[:, 1], -1.0, 1.0)
    below = points[:, 2] <= height_at(heights, x, y)
    # The first crossing of the surface, from above or (under a rim) from below.
    crossings = np.flatnonzero(below[1:] != below[:-1])
    if crossings.size == 0:
        return None
    lo, hi = t[crossings[0]], t[crossings[0] + 1]
    side = below[crossings[0]]

    def is_below(u: float) -> bool:
        p = a + u * (b - a)
        return bool(p[2] <= height_at(heights, np.clip(p[0], -1, 1), np.clip(p[1], -1, 1)))

    for _ in range(BISECTIONS):
        mid = 0.5 * (lo + hi)
        if is_below(mid) == side:
            lo = mid
        else:
            hi = mid
    x, y = (a + hi * (b - a))[:2]
    (a0, b0), (a1, b1) = window.w0_range, window.w1_range
    return float(a0 + (x + 1.0) / 2.0 * (b0 - a0)), float(a1 + (y + 1.0) / 2.0 * (b1 - a1))


def box_span(
    origin: np.ndarray, direction: np.ndarray, low: float, high: float
) -> tuple[float, float] | None:
    """Where a ray (origin + t * direction, t >= 0) is inside [-1, 1]^2 x [low, high]."""
    enter, leave = 0.0, np.inf
    for axis, (lo, hi) in enumerate(((-1.0, 1.0), (-1.0, 1.0), (low, high))):
        o, d = origin[axis], direction[axis]
        if abs(d) < 1e-12:
            if not lo <= o <= hi:
                return None
            continue
        t1, t2 = sorted(((lo - o) / d, (hi - o) / d))
        enter, leave = max(enter, t1), min(leave, t2)
    return (enter, leave) if enter < leave else None


def height_at(heights: np.ndarray, x: Any, y: Any) -> Any:
    """Bilinear height of the surface grid (x, y in [-1, 1]) at the given points."""
    n0, n1 = heights.shape
    u = (np.asarray(x) + 1.0) / 2.0 * (n0 - 1)
    v = (np.asarray(y) + 1.0) / 2.0 * (n1 - 1)
    i = np.clip(np.floor(u).astype(int), 0, n0 - 2)
    j = np.clip(np.floor(v).astype(int), 0, n1 - 2)
    fu, fv = u - i, v - j
    return (
        heights[i, j] * (1 - fu) * (1 - fv)
        + heights[i + 1, j] * fu * (1 - fv)
        + heights[i, j + 1] * (1 - fu) * fv
        + heights[i + 1, j + 1] * fu * fv
    )
