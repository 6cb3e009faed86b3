"""The loss families other than least squares, as a registry, with their generators.

Least squares keeps its own engine (``run.Run``, from sufficient statistics). The
families here are descended by ``family_run.FamilyRun``; each gives, besides the
``Objective`` interface, ``evaluate`` (loss and gradient on plain floats, once per
update), ``loss_many`` (the full-data loss at a block of weights, vectorised),
``divergence_limit`` and ``weight_limit`` (its divergence rule, see its module).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np

from gd_desktop.core.dataset import Dataset, DatasetDescription, data_too_large
from gd_desktop.core.logistic import LogisticLoss
from gd_desktop.core.neuron import NeuronLoss
from gd_desktop.core.objective import Objective
from gd_desktop.core.problems import ProblemError, problem
from gd_desktop.core.settings import DataConfig
from gd_desktop.core.surfaces import TestSurface

__all__ = [
    "DATA_FAMILIES",
    "FAMILY_RATES",
    "Family",
    "binary_problem",
    "build_family",
    "generate_family_data",
]


class Family(Objective, Protocol):
    """What the general engine needs of a family beyond the ``Objective`` interface."""

    weight_limit: float

    def evaluate(self, w0: float, w1: float) -> tuple[float, float, float]: ...

    def loss_many(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray: ...

    def divergence_limit(self, start_loss: float) -> float: ...


# The learning rate a family starts from when the user has not chosen one (the
# blog preset's 2e-5 suits its data, not these landscapes).
FAMILY_RATES = {"logistic": 0.5, "neuron": 0.1, "surface": 1e-3}

DataFamily = Callable[[np.ndarray, np.ndarray], Family]
DATA_FAMILIES: dict[str, DataFamily] = {"logistic": LogisticLoss, "neuron": NeuronLoss}


def build_family(model: str, surface: str, dataset: Dataset | None) -> Family:
    """The family a config names, on its (already prepared) dataset."""
    if model == "surface":
        return TestSurface(surface)
    assert dataset is not None, "a data family needs its dataset"
    return DATA_FAMILIES[model](dataset.features, dataset.target)


def binary_problem(target: np.ndarray, path: str = "", column: str = "") -> ProblemError | None:
    """``not_binary`` naming up to five of the values that are not 0 or 1, else None."""
    bad = np.unique(target[(target != 0.0) & (target != 1.0)])
    if bad.size == 0:
        return None
    values = [float(v) for v in bad[:5]]
    return ProblemError(
        [problem("not_binary", "data.target", path=path, column=column, values=values)]
    )


def generate_family_data(model: str, data: DataConfig, rng: np.random.RandomState) -> Dataset:
    """Seeded data for logistic regression or the neuron (draw order fixed).

    Logistic: rows alternate class 0 and 1, each feature N(0, 1) around its class
    mean; the means are ``separation`` standard deviations apart. With two features
    (source ``blog``) the means are at -/+ separation/2 along (1, 1)/sqrt(2); with one
    feature and an intercept (source ``line``), at 1 -/+ separation/2.
    Neuron: x ~ N(0, 1), y = amplitude * tanh(steepness * x) + noise * N(0, 1).
    """
    n = data.samples
    if model == "logistic":
        y = (np.arange(n) % 2).astype(np.float64)
        half = 0.5 * data.separation * (2.0 * y - 1.0)
        if data.source == "line":
            x = 1.0 + half + rng.randn(n)
            features = np.column_stack([np.ones(n), x])
            names = ("1 (intercept)", "x")
        else:
            features = rng.randn(n, 2) + (half / np.sqrt(2.0))[:, None]
            names = ("x0", "x1")
        fact = problem("classes", separation=data.separation)
    else:
        x = rng.randn(n)
        y = data.amplitude * np.tanh(data.steepness * x)
        if data.noise > 0:
            y = y + data.noise * rng.randn(n)
        features = np.column_stack([np.ones(n), x])
        names = ("1 (unused)", "x")
        fact = problem("tanh", amplitude=data.amplitude, steepness=data.steepness)
    description = DatasetDescription(fact)
    if model == "neuron" and data.noise > 0:
        description = description.plus(problem("noise", sigma=data.noise))
    too_large = data_too_large(features, y)
    if too_large is not None:
        raise ProblemError([too_large])
    return Dataset(features, y, names, "y", description)
