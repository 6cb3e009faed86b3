"""One colour scale for the 3D and contour views: the same loss, the same colour."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gd_desktop.widgets.loss_window import LossWindow


@dataclass(frozen=True)
class ColourScale:
    """Loss -> position in the colour map, linear over [low, high] or log10 over
    [floor, high]; set once a race loads, so colours keep their meaning while the
    views widen to follow the paths (losses beyond ``high`` take the top colour)."""

    floor: float
    low: float
    high: float

    @classmethod
    def of(cls, windows: Sequence[LossWindow]) -> ColourScale:
        """A scale covering every window's losses."""
        return cls(
            floor=min(w.log_floor for w in windows),
            low=min(w.loss_min for w in windows),
            high=max(w.loss_max for w in windows),
        )

    def limits(self, log: bool) -> tuple[float, float]:
        """The scale's ends in the colour map's units: losses, or log10 of them."""
        if log:
            return float(np.log10(self.floor)), float(np.log10(max(self.high, self.floor)))
        return self.low, self.high

    def normalized(self, losses: np.ndarray, log: bool) -> np.ndarray:
        """Losses mapped to [0, 1] (clipped; NaN -> 1, the colour of 'very high')."""
        values = np.asarray(losses, dtype=np.float64)
        low, high = self.limits(log)
        if log:
            with np.errstate(invalid="ignore", divide="ignore"):
                values = np.log10(np.clip(values, self.floor, None))
        span = high - low
        if not span > 0:
            return np.zeros(values.shape)
        with np.errstate(over="ignore", invalid="ignore"):
            scaled = (values - low) / span
        return np.clip(np.nan_to_num(scaled, nan=1.0, posinf=1.0, neginf=0.0), 0.0, 1.0)
