"""Two-feature logistic data drawn by class: the class colours and the decision
boundary w0 f0 + w1 f1 = 0 clipped to the window of the data."""

from __future__ import annotations

import math

# Mid-luminance blue and rose: both stand out on the dark and the light plot
# background, and they differ in hue and lightness alike.
CLASS_COLORS = ((60, 130, 230, 190), (225, 70, 120, 190))

Box = tuple[float, float, float, float]  # f0 low, f0 high, f1 low, f1 high


def boundary_segment(w0: float, w1: float, box: Box) -> tuple[list[float], list[float]] | None:
    """The part of the line w0 f0 + w1 f1 = 0 inside ``box`` as two end points
    ((f0, f0), (f1, f1)); None where the line misses the box or is undefined
    (both weights 0, or not finite)."""
    if not (math.isfinite(w0) and math.isfinite(w1)) or (w0 == 0 and w1 == 0):
        return None
    # The line through the origin along (-w1, w0), cut by each side of the box
    # (Liang-Barsky): t runs over the points (-w1 t, w0 t).
    low, high = -math.inf, math.inf
    for direction, lower, upper in ((-w1, box[0], box[1]), (w0, box[2], box[3])):
        if direction == 0:
            if not lower <= 0 <= upper:
                return None
            continue
        a, b = lower / direction, upper / direction
        low, high = max(low, min(a, b)), min(high, max(a, b))
    if not low < high:
        return None
    return [-w1 * low, -w1 * high], [w0 * low, w0 * high]
