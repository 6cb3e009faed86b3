"""One colour scale for the 3D and contour views: the same loss, the same colour, over
the loss windows they show now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from gd_desktop.widgets.loss_window import LossWindow


@dataclass(frozen=True)
class ColourScale:
    """Loss -> position in the colour map, linear over [low, high] or log10 over
    [floor, high] (losses beyond ``high`` take the top colour)."""

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


class ColouredView(Protocol):
    """A view coloured by a shared scale: the 3D or the contour view."""

    @property
    def loss_window(self) -> LossWindow | None: ...

    def set_colour_scale(self, scale: ColourScale | None) -> None: ...


class SharedColourScale:
    """Keeps the views on one scale over the windows they draw: set when a race loads
    and again whenever a view's window changes (a new start, a view widening to hold
    a path), so no loss shown lies beyond the top colour."""

    def __init__(self) -> None:
        self.scale: ColourScale | None = None
        self._windows: tuple[LossWindow, ...] = ()

    def follow(self, views: Sequence[ColouredView]) -> bool:
        """Give ``views`` one scale again if any window changed; True when it did."""
        windows = tuple(w for w in (v.loss_window for v in views) if w is not None)
        same = len(windows) == len(self._windows) and all(
            now is then for now, then in zip(windows, self._windows, strict=True)
        )
        if same:
            return False
        self._windows = windows
        self.scale = ColourScale.of(windows) if windows else None
        for view in views:
            view.set_colour_scale(self.scale)
        return True
