"""Datasets for a two-weight linear model: y_hat = w0 * f0 + w1 * f1.

A dataset holds any two feature columns and a target, so the same type serves the
blog's generator, a line fit (f0 = 1, an intercept) and imported tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gd_desktop.core.config import DataConfig


@dataclass(frozen=True, eq=False)
class Dataset:
    """Two feature columns and a target, as float64 arrays of one length."""

    features: np.ndarray
    target: np.ndarray
    feature_names: tuple[str, str] = ("x0", "x1")
    target_name: str = "y"
    description: str = ""

    def __post_init__(self) -> None:
        features = np.ascontiguousarray(self.features, dtype=np.float64)
        target = np.ascontiguousarray(self.target, dtype=np.float64).reshape(-1)
        if features.ndim != 2 or features.shape[1] != 2:
            raise ValueError(f"features must have shape (N, 2), not {features.shape}")
        if features.shape[0] != target.shape[0]:
            raise ValueError("features and target must have the same number of rows")
        if features.shape[0] < 2:
            raise ValueError("a dataset needs at least 2 rows")
        object.__setattr__(self, "features", features)
        object.__setattr__(self, "target", target)

    @property
    def size(self) -> int:
        """Number of rows N."""
        return int(self.target.shape[0])


def generate_dataset(data: DataConfig, rng: np.random.RandomState) -> Dataset:
    """Draw the dataset a config describes from ``rng``.

    The draw order is fixed (features, then noise only when noise > 0) so that the
    blog's setup, ``np.random.seed(s)`` then ``12 * randn(100, 2)``, is reproduced
    exactly by ``RandomState(s)``.
    """
    n = data.samples
    if data.source == "line":
        x = data.scale * rng.randn(n)
        features = np.column_stack([np.ones(n), x])
        target = data.intercept + data.slope * x
        names = ("1 (intercept)", "x")
        description = f"line fit: y = {data.slope:g} x + {data.intercept:g}"
    else:
        features = data.scale * rng.randn(n, 2)
        t0, t1 = data.true_weights
        target = t0 * features[:, 0] + t1 * features[:, 1]
        names = ("x0", "x1")
        description = f"generated: y = {t0:g} x0 + {t1:g} x1"
    if data.noise > 0:
        target = target + data.noise * rng.randn(n)
        description += f" + noise (sigma {data.noise:g})"
    return Dataset(features, target, names, "y", description)
