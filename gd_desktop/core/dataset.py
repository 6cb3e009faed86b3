"""Datasets for a two-weight linear model: y_hat = w0 * f0 + w1 * f1.

A dataset holds any two feature columns and a target, so the same type serves the
blog's generator, a line fit (f0 = 1, an intercept) and imported tables.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from gd_desktop.core.config import ConfigError
from gd_desktop.core.problems import Fact, Problem, problem
from gd_desktop.core.settings import DataConfig

# The largest magnitude of a value the loss can square and sum over every row
# (MAX_SAMPLES of them) without overflowing float64.
DATA_LIMIT = 1e150


@dataclass(frozen=True)
class DatasetDescription:
    """What a dataset is, as data for the UI and the log to put into words.

    ``source`` is the fact of where the rows come from (``generated``, ``line_fit``,
    ``csv_fit``; None when nothing is known), ``additions`` what was done to them
    (``noise``, ``outliers``, ``standardised``), in order.
    """

    source: Fact | None = None
    additions: tuple[Fact, ...] = ()

    def plus(self, addition: Fact) -> DatasetDescription:
        return replace(self, additions=(*self.additions, addition))


@dataclass(frozen=True, eq=False)
class Dataset:
    """Two feature columns and a target, as float64 arrays of one length."""

    features: np.ndarray
    target: np.ndarray
    feature_names: tuple[str, str] = ("x0", "x1")
    target_name: str = "y"
    description: DatasetDescription = DatasetDescription()
    # Set by ``standardized``: the raw features' means and standard deviations
    # (0 and 1 for a column left alone), to map weights back to raw units.
    feature_means: tuple[float, float] = (0.0, 0.0)
    feature_stds: tuple[float, float] = (1.0, 1.0)

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
    exactly by ``RandomState(s)``. Data with a value beyond DATA_LIMIT (or one that
    overflowed) are a ConfigError (``data_too_large``).
    """
    with np.errstate(over="ignore", invalid="ignore"):  # checked below, as a problem
        dataset = _draw(data, rng)
    too_large = data_too_large(dataset.features, dataset.target)
    if too_large is not None:
        raise ConfigError([too_large])
    return dataset


def data_too_large(features: np.ndarray, target: np.ndarray, path: str = "") -> Problem | None:
    """``data_too_large`` when a value is not finite or beyond DATA_LIMIT, else None
    (``path``: the file the values were read from)."""
    # np.max, unlike Python's max, keeps a NaN of either array.
    largest = float(np.max([np.max(np.abs(features)), np.max(np.abs(target))]))
    if largest <= DATA_LIMIT:  # also false for NaN
        return None
    field = "" if path else "data"
    return problem("data_too_large", field, path=path, largest=largest, limit=DATA_LIMIT)


def _draw(data: DataConfig, rng: np.random.RandomState) -> Dataset:
    n = data.samples
    if data.source == "line":
        x = data.scale * rng.randn(n)
        features = np.column_stack([np.ones(n), x])
        target = data.intercept + data.slope * x
        names = ("1 (intercept)", "x")
        description = DatasetDescription(
            problem("line_fit", slope=data.slope, intercept=data.intercept)
        )
    else:
        features = data.scale * rng.randn(n, 2)
        t0, t1 = data.true_weights
        target = t0 * features[:, 0] + t1 * features[:, 1]
        names = ("x0", "x1")
        description = DatasetDescription(problem("generated", t0=t0, t1=t1))
    if data.noise > 0:
        target = target + data.noise * rng.randn(n)
        description = description.plus(problem("noise", sigma=data.noise))
    if data.outlier_fraction > 0 and data.outlier_size > 0:
        count = int(round(data.outlier_fraction * n))
        rows = rng.choice(n, size=count, replace=False)
        signs = np.where(rng.randn(count) < 0, -1.0, 1.0)
        target = target.copy()
        target[rows] += signs * data.outlier_size
        description = description.plus(problem("outliers", count=count, size=data.outlier_size))
    return Dataset(features, target, names, "y", description)


def standardized(dataset: Dataset) -> Dataset:
    """The dataset with each non-constant feature z-scored (mean 0, deviation 1).

    A constant column (the line fit's intercept) is left as it is: z-scoring it
    would divide by zero, and its weight keeps its meaning.
    """
    x = dataset.features
    means = x.mean(axis=0)
    stds = x.std(axis=0)
    scale = np.max(np.abs(x), axis=0)
    constant = stds <= 1e-12 * np.maximum(scale, 1e-300)
    means = np.where(constant, 0.0, means)
    stds = np.where(constant, 1.0, stds)
    return Dataset(
        (x - means) / stds,
        dataset.target,
        dataset.feature_names,
        dataset.target_name,
        dataset.description.plus(problem("standardised")),
        (float(means[0]), float(means[1])),
        (float(stds[0]), float(stds[1])),
    )
