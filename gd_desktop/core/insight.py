"""The numbers that explain a run's picture: optimum, curvature, stable rate, noise floor.

Pure numpy and plain values only; the sentences that use them are built (and
translated) by the insight panel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.dataset import Dataset, standardized
from gd_desktop.core.loss import LeastSquaresLoss

# MSE at the optimum, relative to mean(y^2), below which the data count as fitted
# exactly: rounding leaves residuals of about 1e-16 relative (1e-32 in MSE), and any
# real noise is many orders of magnitude above this.
EXACT_FIT_TOLERANCE = 1e-20


class RunShape(Protocol):
    """What the insight reads of a run: a ``Run``, or a frozen snapshot of its facts."""

    @property
    def config(self) -> ExperimentConfig: ...

    @property
    def dataset(self) -> Dataset: ...

    @property
    def loss(self) -> LeastSquaresLoss: ...

    @property
    def rate_factor(self) -> float: ...


class RunWithRawData(RunShape, Protocol):
    """A run shape that also holds the data as read, before any z-scoring."""

    @property
    def raw_dataset(self) -> Dataset: ...


@dataclass(frozen=True)
class RunInsight:
    """Facts about a run's loss surface and batch scheme.

    Attributes
    ----------
    optimum, optimum_mse : least-squares weights (minimum-norm when not unique) and MSE.
    eigenvalues : of the Hessian 2 X^T X / N, ascending.
    condition_number : lambda_max / lambda_min (inf when the valley is flat).
    stable_rate : 2 / lambda_max, the largest rate at which full-batch descent converges.
    unique_optimum, rank : False / below 2 for collinear or constant-zero features.
    raw_condition_number, standardized_condition_number : before and after z-scoring.
    standardized : whether the run's features are z-scored now.
    rate_factor : effective rate / learning rate (n/N under blog scaling, else 1).
    method, batch_size, samples : the batch scheme and the number of rows N.
    blog_scaling : whether batch gradients are divided by N instead of n.
    relative_residual : MSE at the optimum / mean(y^2); about 0 for noiseless data.
    exact_fit : the optimum fits every row (residuals vanish).
    noise_floor : SGD or mini-batch at a constant rate hovers around the optimum.
    """

    optimum: tuple[float, float]
    optimum_mse: float
    eigenvalues: tuple[float, float]
    condition_number: float
    stable_rate: float
    unique_optimum: bool
    rank: int
    raw_condition_number: float
    standardized_condition_number: float
    standardized: bool
    rate_factor: float
    method: str
    batch_size: int
    samples: int
    blog_scaling: bool
    relative_residual: float
    exact_fit: bool
    noise_floor: bool
    raw_optimum_mse: float = 0.0
    standardized_optimum_mse: float = 0.0

    @classmethod
    def from_run(cls, run: RunWithRawData) -> RunInsight:
        """Gather the facts of ``run`` (O(N): one extra least-squares fit)."""
        loss = run.loss
        standardize = run.config.data.standardize
        # The run already holds one of the two fits; compute only the other.
        if standardize:
            raw_loss = LeastSquaresLoss.from_data(run.raw_dataset.features, run.raw_dataset.target)
            std_loss = loss
        else:
            raw_loss = loss
            scaled = standardized(run.raw_dataset)
            std_loss = LeastSquaresLoss.from_data(scaled.features, scaled.target)
        target = run.dataset.target
        mean_square = float(np.mean(target * target))
        relative = loss.optimum_mse / mean_square if mean_square > 0 else 0.0
        exact = relative <= EXACT_FIT_TOLERANCE
        batching = run.config.batching
        samples = run.dataset.size
        batch_size = {"batch": samples, "sgd": 1}.get(batching.method, batching.batch_size)
        # Batches that are always all rows (mini-batch of size N, no replacement)
        # follow the exact gradient, like full batch.
        all_rows = batch_size >= samples and batching.order != "replace"
        return cls(
            optimum=loss.optimum,
            optimum_mse=loss.optimum_mse,
            eigenvalues=loss.eigenvalues,
            condition_number=loss.condition_number,
            stable_rate=loss.stable_learning_rate,
            unique_optimum=loss.unique_optimum,
            rank=loss.rank,
            raw_condition_number=raw_loss.condition_number,
            standardized_condition_number=std_loss.condition_number,
            standardized=standardize,
            rate_factor=run.rate_factor,
            method=batching.method,
            batch_size=batch_size,
            samples=samples,
            blog_scaling=batching.blog_scaling and batching.method != "batch",
            relative_residual=relative,
            exact_fit=exact,
            noise_floor=batching.method != "batch" and not all_rows and not exact,
            raw_optimum_mse=raw_loss.optimum_mse,
            standardized_optimum_mse=std_loss.optimum_mse,
        )

    def for_run(self, run: RunShape) -> RunInsight:
        """The same data's facts for another run of a race (its batches may differ)."""
        batching = run.config.batching
        samples = run.dataset.size
        batch_size = {"batch": samples, "sgd": 1}.get(batching.method, batching.batch_size)
        all_rows = batch_size >= samples and batching.order != "replace"
        return replace(
            self,
            rate_factor=run.rate_factor,
            method=batching.method,
            batch_size=batch_size,
            blog_scaling=batching.blog_scaling and batching.method != "batch",
            noise_floor=batching.method != "batch" and not all_rows and not self.exact_fit,
        )

    @property
    def scaling_changes_fit(self) -> bool:
        """Whether z-scoring changes the best achievable MSE (a fit with no intercept:
        centring the features takes away what they explained of y's mean)."""
        low, high = sorted((self.raw_optimum_mse, self.standardized_optimum_mse))
        return high - low > 1e-9 * max(high, 1e-300)

    @property
    def stochastic(self) -> bool:
        """SGD or mini-batch: each update sees a sample of the rows."""
        return self.method != "batch"

    @property
    def flat_loss(self) -> bool:
        """Every feature is zero: the MSE does not depend on the weights."""
        return not math.isfinite(self.stable_rate)

    def effective_rate(self, learning_rate: float) -> float:
        """The rate the update applies: lr x n/N under blog scaling, else lr."""
        return learning_rate * self.rate_factor

    def rate_ratio(self, learning_rate: float) -> float:
        """Effective rate / stable rate: above 1, full-batch descent diverges."""
        if self.flat_loss:
            return 0.0
        return self.effective_rate(learning_rate) / self.stable_rate
