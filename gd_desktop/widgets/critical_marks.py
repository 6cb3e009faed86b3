"""How the views mark critical points by kind (the lowest minimum has its own star)."""

from __future__ import annotations

from collections.abc import Sequence

from gd_desktop.core.objective import MAXIMUM, MINIMUM, SADDLE, CriticalPoint

# kind -> (contour symbol, 3D colour): another minimum a circle, a saddle a cross, a
# maximum a triangle (the contour view draws the symbols as white outlines).
KIND_MARKS = {
    MINIMUM: ("o", "#7fd4ff"),
    SADDLE: ("x", "#ffd54f"),
    MAXIMUM: ("t", "#ef5350"),
}


def other_points(
    points: Sequence[CriticalPoint], lowest: CriticalPoint | None
) -> list[CriticalPoint]:
    """The critical points to mark besides the lowest minimum (which is the star)."""
    return [p for p in points if p != lowest]


def rgba(color: str, alpha: float = 1.0) -> tuple[float, float, float, float]:
    """'#rrggbb' as GL colour components."""
    return (int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255, alpha)
