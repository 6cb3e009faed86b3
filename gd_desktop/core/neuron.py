"""One neuron: y_hat = w1 * tanh(w0 * x) on one feature (no intercept), MSE.

Its landscape has two point-symmetric minima, near (b, a) and (-b, -a) for data
y = a tanh(b x) + noise, and a saddle at the origin: the smallest neural network,
and already not convex. The feature is the dataset's second column (the first is
the 1 of a line fit, unused here).

Divergence: non-finite weights or loss, or a loss beyond 10^12 times the larger of
the start's loss and the mean square target (the least-squares rule: the loss
grows like w1^2, without a floor at 0 to trouble the ratio).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import numpy as np

from gd_desktop.core.critical import drawing_rows, find_critical_points, local_facts
from gd_desktop.core.objective import CriticalPoint, ObjectiveLabels
from gd_desktop.core.surfaces import hessian_by_differences

CHUNK_CELLS = 1 << 21
DIVERGENCE_FACTOR = 1e12
WEIGHT_LIMIT = 1e150
# Rows of the subsample the critical-point search starts on (then refined on all rows).
SEARCH_ROWS = 4000


class NeuronLoss:
    """Mean squared error of w1 * tanh(w0 * x) on a dataset's feature x."""

    labels = ObjectiveLabels(family="neuron", loss="loss")
    weight_limit = WEIGHT_LIMIT

    def __init__(self, features: np.ndarray, target: np.ndarray):
        self.features = features
        self.target = target
        self.x = np.ascontiguousarray(features[:, 1])
        self.samples = int(target.shape[0])

    def evaluate(self, w0: float, w1: float) -> tuple[float, float, float]:
        return self.evaluate_rows(w0, w1, None)

    def evaluate_rows(
        self, w0: float, w1: float, rows: np.ndarray | None
    ) -> tuple[float, float, float]:
        """(MSE, dL/dw0, dL/dw1): r = w1 t - y with t = tanh(w0 x); dL/dw1 = 2 mean(r t),
        dL/dw0 = 2 w1 mean(r (1 - t^2) x)."""
        x = self.x if rows is None else self.x[rows]
        y = self.target if rows is None else self.target[rows]
        t = np.tanh(w0 * x)
        r = w1 * t - y
        n = max(x.shape[0], 1)
        g1 = 2.0 * float(np.dot(r, t)) / n
        g0 = 2.0 * w1 * float(np.dot(r * (1.0 - t * t), x)) / n
        return float(np.dot(r, r)) / n, g0, g1

    def loss_many(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        a = np.ravel(np.asarray(w0, float))
        b = np.ravel(np.asarray(w1, float))
        out = np.zeros(a.shape[0])
        rows = max(1, CHUNK_CELLS // max(a.shape[0], 1))
        with np.errstate(over="ignore", invalid="ignore"):
            for first in range(0, self.samples, rows):
                x = self.x[first : first + rows, None]
                y = self.target[first : first + rows, None]
                r = b * np.tanh(x * a) - y
                out += np.einsum("ij,ij->j", r, r)
        return (out / self.samples).reshape(np.shape(w0))

    def divergence_limit(self, start_loss: float) -> float:
        return DIVERGENCE_FACTOR * max(start_loss, float(np.mean(self.target**2)), 1e-300)

    # -- the Objective interface ------------------------------------------------------
    def loss(self, w0: float, w1: float) -> float:
        return self.evaluate(w0, w1)[0]

    def gradient(self, w0: float, w1: float) -> tuple[float, float]:
        _, g0, g1 = self.evaluate(w0, w1)
        return g0, g1

    def loss_grid(self, w0: np.ndarray, w1: np.ndarray) -> np.ndarray:
        return self.loss_many(w0, w1)

    def hessian(self, w0: float, w1: float) -> np.ndarray:
        return hessian_by_differences(self.gradient, w0, w1)

    def batch_loss_gradient(
        self, w0: float, w1: float, rows: np.ndarray | None
    ) -> tuple[float, float, float]:
        return self.evaluate_rows(w0, w1, rows)

    @property
    def window(self) -> tuple[float, float, float, float]:
        """Where the critical points are searched: steepness up to 4 over the feature's
        spread, amplitude up to twice the largest target."""
        spread = float(np.std(self.x)) or 1.0
        top = 2.0 * float(np.max(np.abs(self.target))) or 1.0
        return (-4.0 / spread, 4.0 / spread, -top, top)

    @cached_property
    def found(self) -> tuple[CriticalPoint, ...]:
        coarse = None
        if self.samples > SEARCH_ROWS:
            step = self.samples // SEARCH_ROWS
            sample = NeuronLoss(self.features[::step], self.target[::step])
            coarse = (sample.gradient, sample.hessian)
        return find_critical_points(self.loss, self.gradient, self.hessian, self.window, coarse)

    def drawing_sample(self, rows: int) -> NeuronLoss:
        """This loss on at most ``rows`` rows drawn at random (seeded), for drawing a
        surface over many weights quickly; its critical points are this loss's own."""
        chosen = drawing_rows(self.samples, rows)
        if chosen is None:
            return self
        sample = NeuronLoss(self.features[chosen], self.target[chosen])
        sample.found = self.critical_points()  # the full data's, not the sample's
        return sample

    def critical_points(self) -> tuple[CriticalPoint, ...]:
        return self.found

    def facts(self) -> Mapping[str, float]:
        return local_facts(self, None)
