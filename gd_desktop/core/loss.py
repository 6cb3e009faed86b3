"""Full-data MSE of a two-weight linear model, from sufficient statistics.

The MSE is a quadratic in w. Written around the least-squares optimum w*,
MSE(w) = (w - w*)^T A (w - w*) + MSE(w*) with A = X^T X / N, it costs O(1) in N,
stays accurate near the optimum (no cancellation of large terms, as
w^T A w - 2 b^T w + c suffers at N = 10^6) and is never negative.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from gd_desktop.core.objective import MINIMUM, CriticalPoint, ObjectiveLabels

# Relative size below which an eigenvalue of X^T X / N counts as zero.
RANK_TOLERANCE = 1e-12


@dataclass(frozen=True, eq=False)
class LeastSquaresLoss:
    """The MSE surface of a dataset, with its optimum and curvature.

    Attributes
    ----------
    hessian_half : (2, 2) array, A = X^T X / N (the Hessian is 2A).
    optimum : the least-squares weights (the minimum-norm ones when not unique).
    optimum_mse : MSE at the optimum, computed directly from the residuals.
    residuals : X w* - y, kept so batch losses can use the same stable form.
    eigenvalues : of the Hessian 2A, ascending, clipped at 0.
    """

    hessian_half: np.ndarray
    optimum: tuple[float, float]
    optimum_mse: float
    residuals: np.ndarray
    eigenvalues: tuple[float, float]
    eigenvectors: np.ndarray
    rank: int
    samples: int
    features: np.ndarray
    target: np.ndarray

    labels = ObjectiveLabels(family="linear", loss="mse")

    @classmethod
    def from_data(cls, features: np.ndarray, target: np.ndarray) -> LeastSquaresLoss:
        n = target.shape[0]
        a = features.T @ features / n
        a = 0.5 * (a + a.T)
        half_eig, vectors = np.linalg.eigh(a)
        half_eig = np.clip(half_eig, 0.0, None)
        top = float(half_eig[-1])
        flat = half_eig <= RANK_TOLERANCE * top
        half_eig[flat] = 0.0
        rank = int(np.sum(~flat)) if top > 0 else 0
        optimum, *_ = np.linalg.lstsq(features, target, rcond=None)
        residuals = features @ optimum - target
        optimum_mse = float(np.mean(residuals * residuals))
        return cls(
            hessian_half=a,
            optimum=(float(optimum[0]), float(optimum[1])),
            optimum_mse=optimum_mse,
            residuals=residuals,
            eigenvalues=(2.0 * float(half_eig[0]), 2.0 * top),
            eigenvectors=vectors,
            rank=rank,
            samples=n,
            features=features,
            target=target,
        )

    # -- curvature --------------------------------------------------------------
    @property
    def unique_optimum(self) -> bool:
        """False for collinear or constant features: a flat valley of optima."""
        return self.rank == 2

    @property
    def stable_learning_rate(self) -> float:
        """Largest learning rate at which full-batch GD converges: 2 / lambda_max."""
        top = self.eigenvalues[1]
        return 2.0 / top if top > 0 else float("inf")

    @property
    def condition_number(self) -> float:
        low, top = self.eigenvalues
        return top / low if low > 0 else float("inf")

    # -- values -----------------------------------------------------------------
    def mse(self, w0: float, w1: float) -> float:
        """Full-data MSE at (w0, w1)."""
        return float(self.mse_grid(np.asarray(w0, float), np.asarray(w1, float)))

    def mse_grid(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        """Full-data MSE over arrays of weights (any matching shapes), vectorised."""
        d0 = np.asarray(w0, dtype=np.float64) - self.optimum[0]
        d1 = np.asarray(w1, dtype=np.float64) - self.optimum[1]
        q = self.eigenvectors
        p0 = q[0, 0] * d0 + q[1, 0] * d1
        p1 = q[0, 1] * d0 + q[1, 1] * d1
        lam0, lam1 = self.eigenvalues
        return 0.5 * (lam0 * p0 * p0 + lam1 * p1 * p1) + self.optimum_mse

    def gradient(self, w0: float, w1: float) -> tuple[float, float]:
        """Full-data gradient 2 A (w - w*)."""
        a = self.hessian_half
        d0, d1 = w0 - self.optimum[0], w1 - self.optimum[1]
        return (
            2.0 * (a[0, 0] * d0 + a[0, 1] * d1),
            2.0 * (a[1, 0] * d0 + a[1, 1] * d1),
        )

    def terms(self) -> tuple[float, ...]:
        """Plain floats for the engine's inner loop: w*, MSE(w*), eigenvalues, Q."""
        q = self.eigenvectors
        return (
            self.optimum[0],
            self.optimum[1],
            self.optimum_mse,
            0.5 * self.eigenvalues[0],
            0.5 * self.eigenvalues[1],
            float(q[0, 0]),
            float(q[1, 0]),
            float(q[0, 1]),
            float(q[1, 1]),
        )

    # -- the Objective interface ----------------------------------------------------
    def loss(self, w0: float, w1: float) -> float:
        return self.mse(w0, w1)

    def loss_grid(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        return self.mse_grid(w0, w1)

    def hessian(self, w0: float, w1: float) -> np.ndarray:
        """2 A, the same everywhere (the MSE is a quadratic)."""
        return 2.0 * self.hessian_half

    def batch_loss_gradient(
        self, w0: float, w1: float, rows: np.ndarray | None
    ) -> tuple[float, float, float]:
        """MSE and its gradient (2/n) X^T (X w - y) on ``rows``, straight from the data."""
        x = self.features if rows is None else self.features[rows]
        y = self.target if rows is None else self.target[rows]
        error = x @ np.array([w0, w1]) - y
        n = max(len(y), 1)
        g = 2.0 / n * (x.T @ error)
        return float(np.mean(error * error)), float(g[0]), float(g[1])

    def critical_points(self) -> tuple[CriticalPoint, ...]:
        return (CriticalPoint(MINIMUM, self.optimum, self.optimum_mse, self.eigenvalues),)

    def facts(self) -> Mapping[str, float]:
        return {
            "lambda_min": self.eigenvalues[0],
            "lambda_max": self.eigenvalues[1],
            "condition_number": self.condition_number,
            "stable_learning_rate": self.stable_learning_rate,
            "optimum_loss": self.optimum_mse,
            "rank": float(self.rank),
        }
