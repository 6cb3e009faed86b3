"""The contour view's arrows: their common scale and their strokes.

Each run's arrows are two vectors in weight units (the negative gradient step and
the update the rule made); they share one scale so that their lengths compare.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

# The longest arrow drawn is this fraction of the window's width.
ARROW_FRACTION = 0.14
ARROW_HEAD = 0.28  # head length / arrow length

# (lane, w0, w1, -gradient step x, y, update x, y)
Arrow = tuple[int, float, float, float, float, float, float]


def arrow_scale(shown: Sequence[Arrow], width: float, minimum: tuple[float, float] | None) -> float:
    """The scale of every arrow: the longest is ARROW_FRACTION of ``width``, and no
    descent arrow reaches past ``minimum`` (near convergence the arrows shrink with
    the distance left, instead of pointing away). 0 when there is nothing to draw."""
    longest = max((math.hypot(a[3], a[4]) for a in shown), default=0.0)
    longest = max([longest] + [math.hypot(a[5], a[6]) for a in shown])
    if not shown or not (longest > 0 and math.isfinite(longest)):
        return 0.0
    limit = math.inf
    if minimum is not None:
        for a in shown:
            step = math.hypot(a[3], a[4])
            if step > 0:
                left = math.hypot(minimum[0] - a[1], minimum[1] - a[2])
                limit = min(limit, left / step)
    return min(ARROW_FRACTION * width / longest, limit)


def arrow_strokes(x: float, y: float, dx: float, dy: float) -> np.ndarray:
    """Segment pairs of an arrow from (x, y) along (dx, dy): shaft and two head strokes."""
    tip_x, tip_y = x + dx, y + dy
    back_x, back_y = -dx * ARROW_HEAD, -dy * ARROW_HEAD
    c, s = math.cos(0.45), math.sin(0.45)
    left = (tip_x + c * back_x - s * back_y, tip_y + s * back_x + c * back_y)
    right = (tip_x + c * back_x + s * back_y, tip_y - s * back_x + c * back_y)
    return np.array(
        [(x, y), (tip_x, tip_y), (tip_x, tip_y), left, (tip_x, tip_y), right], dtype=np.float64
    )


def stack_strokes(arrows: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The x and y of several arrows' strokes, for one item drawn in pairs."""
    if not arrows:
        return np.empty(0), np.empty(0)
    points = np.concatenate(arrows)
    return points[:, 0], points[:, 1]
