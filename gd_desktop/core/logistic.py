"""Logistic regression on two features: p = sigmoid(w0 f0 + w1 f1), mean log-loss.

With s = 1 - 2y (+1 for class 0, -1 for class 1) and u = s (x . w), a row's log-loss
is softplus(u) = log(1 + exp(u)) = max(u, 0) + log1p(exp(-|u|)): exact to a few
ulps for any |u| (no log of a rounded 1 - p), and the residual p - y is
s * sigmoid(u). The signed rows s x are kept, so a full-data loss and gradient are
a dozen elementwise passes over the rows (``signed_loss_gradient``).

Divergence: non-finite weights or loss, or a loss beyond 10^12 times the larger of
the start's loss and log 2 (the loss of w = 0). When the classes are linearly
separable there is no finite optimum: the loss tends to 0 as the weights grow
without bound (slowly, like log of the updates), which is not divergence.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cached_property

import numpy as np

from gd_desktop.core.critical import classify, drawing_rows, local_facts, newton
from gd_desktop.core.objective import CriticalPoint, ObjectiveLabels

# Rows times weights evaluated at once by ``loss_many`` (bounds its memory).
CHUNK_CELLS = 1 << 21
DIVERGENCE_FACTOR = 1e12
WEIGHT_LIMIT = 1e150


def separable(signed: np.ndarray) -> bool:
    """Whether some w makes every row's u = s (x . w) negative: the rows' signed vectors
    all lie strictly inside one open half-plane, i.e. their angles leave a gap wider
    than pi. Then the loss has no finite minimum (it tends to 0 along t w)."""
    x0, x1 = signed[:, 0], signed[:, 1]
    if np.any((x0 == 0.0) & (x1 == 0.0)):
        return False  # a row at x = 0 costs log 2 whatever w is
    angles = np.sort(np.arctan2(x1, x0))
    gaps = np.diff(angles)
    widest = max(float(gaps.max(initial=0.0)), 2.0 * math.pi - float(angles[-1] - angles[0]))
    return widest > math.pi * (1.0 + 1e-12)


def softplus(u: np.ndarray) -> np.ndarray:
    """log(1 + exp(u)), exact for any u (and faster than numpy's logaddexp)."""
    return np.maximum(u, 0.0) + np.log1p(np.exp(-np.abs(u)))


def signed_loss_gradient(
    columns: tuple[np.ndarray, np.ndarray], w0: float, w1: float, buffers: np.ndarray
) -> tuple[float, float, float]:
    """Mean softplus(u) and its gradient for u = s (x . w), in plain vectorised passes
    (numpy's logaddexp is many times slower than exp and log1p, and masked ufuncs and
    BLAS dot products of long vectors slower than elementwise products and sums).

    With e = exp(-|u|): softplus(u) = max(u, 0) + log1p(e) and sigmoid(u) =
    exp(min(u, 0)) / (1 + e), both exact to a few ulps for any u.
    ``buffers``: (3, n) scratch space (n rows).
    """
    c0, c1 = columns
    n = max(c0.shape[0], 1)
    u, e, t = buffers
    np.multiply(c0, w0, out=u)
    np.multiply(c1, w1, out=t)
    np.add(u, t, out=u)
    np.abs(u, out=e)
    np.negative(e, out=e)
    np.exp(e, out=e)
    total = float(np.log1p(e, out=t).sum()) + float(np.maximum(u, 0.0, out=t).sum())
    np.add(e, 1.0, out=e)
    np.minimum(u, 0.0, out=t)
    np.exp(t, out=t)
    np.divide(t, e, out=t)  # sigmoid(u), the residual p - y times s
    g0 = float(np.multiply(c0, t, out=u).sum())
    g1 = float(np.multiply(c1, t, out=u).sum())
    return total / n, g0 / n, g1 / n


class LogisticLoss:
    """Mean binary cross-entropy of a two-weight logistic model on a dataset."""

    labels = ObjectiveLabels(family="logistic", loss="loss")
    weight_limit = WEIGHT_LIMIT

    def __init__(self, features: np.ndarray, target: np.ndarray):
        self.features = features
        self.target = target
        self.samples = int(target.shape[0])
        signs = 1.0 - 2.0 * target
        self.signed = np.ascontiguousarray(features * signs[:, None])
        self._columns = (
            np.ascontiguousarray(self.signed[:, 0]),
            np.ascontiguousarray(self.signed[:, 1]),
        )
        self._buffers: np.ndarray | None = None
        self.separable = separable(self.signed)

    # -- the fast paths the engine uses ---------------------------------------------
    def evaluate(self, w0: float, w1: float) -> tuple[float, float, float]:
        """(loss, dL/dw0, dL/dw1) on all rows, in buffers kept between calls."""
        if self._buffers is None:
            self._buffers = np.empty((3, self.samples))
        return signed_loss_gradient(self._columns, w0, w1, self._buffers)

    def evaluate_rows(
        self, w0: float, w1: float, rows: np.ndarray | None
    ) -> tuple[float, float, float]:
        if rows is None:
            return self.evaluate(w0, w1)
        columns = (self._columns[0][rows], self._columns[1][rows])
        return signed_loss_gradient(columns, w0, w1, np.empty((3, len(rows))))

    def loss_many(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        """The full-data loss at each of several weights, vectorised over rows and weights."""
        w = np.vstack([np.ravel(w0), np.ravel(w1)]).astype(np.float64)
        out = np.zeros(w.shape[1])
        rows = max(1, CHUNK_CELLS // max(w.shape[1], 1))
        with np.errstate(over="ignore", invalid="ignore"):
            for first in range(0, self.samples, rows):
                u = self.signed[first : first + rows] @ w
                out += softplus(u).sum(axis=0)
        return (out / self.samples).reshape(np.shape(w0))

    def divergence_limit(self, start_loss: float) -> float:
        return DIVERGENCE_FACTOR * max(start_loss, math.log(2.0))

    # -- the Objective interface ------------------------------------------------------
    def loss(self, w0: float, w1: float) -> float:
        return self.evaluate(w0, w1)[0]

    def gradient(self, w0: float, w1: float) -> tuple[float, float]:
        _, g0, g1 = self.evaluate(w0, w1)
        return g0, g1

    def loss_grid(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        return self.loss_many(np.asarray(w0, float), np.asarray(w1, float))

    def hessian(self, w0: float, w1: float) -> np.ndarray:
        """X^T diag(p (1 - p)) X / n (s^2 = 1, so the signed rows serve)."""
        u = self.signed @ np.array((w0, w1))
        p = np.exp(np.minimum(u, 0.0)) / (1.0 + np.exp(-np.abs(u)))
        weighted = self.signed * (p * (1.0 - p))[:, None]
        return (weighted.T @ self.signed) / self.samples

    def batch_loss_gradient(
        self, w0: float, w1: float, rows: np.ndarray | None
    ) -> tuple[float, float, float]:
        return self.evaluate_rows(w0, w1, rows)

    @cached_property
    def found(self) -> tuple[CriticalPoint, ...]:
        """The unique minimum (the loss is convex), or none for separable classes."""
        if self.separable:
            return ()
        with np.errstate(all="ignore"):
            w0, w1 = newton(self.gradient, self.hessian, (0.0, 0.0), 10.0, 100)
            eigenvalues = np.linalg.eigvalsh(self.hessian(w0, w1))
        if not (math.isfinite(w0) and math.isfinite(w1)) or np.hypot(*self.gradient(w0, w1)) > 1e-8:
            return ()
        kind = classify(eigenvalues, 0.0)
        if kind is None:
            return ()
        low, high = (float(v) for v in eigenvalues)
        return (CriticalPoint(kind, (w0, w1), self.loss(w0, w1), (low, high)),)

    def drawing_sample(self, rows: int) -> LogisticLoss:
        """This loss on at most ``rows`` rows drawn at random (seeded), for drawing a
        surface over many weights quickly; its critical points are this loss's own."""
        chosen = drawing_rows(self.samples, rows)
        if chosen is None:
            return self
        sample = LogisticLoss(self.features[chosen], self.target[chosen])
        sample.found = self.critical_points()  # the full data's, not the sample's
        return sample

    def critical_points(self) -> tuple[CriticalPoint, ...]:
        return self.found

    def facts(self) -> Mapping[str, float]:
        facts = dict(local_facts(self, None))
        facts["separable"] = float(self.separable)
        return facts
