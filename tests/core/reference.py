"""The blog's three gradient-descent loops, restated in plain numpy for the tests.

Each loop seeds numpy's global legacy stream, draws the data first and then, for
SGD, one index per update from the same stream, exactly as the blog's script
does after ``np.random.seed(seed)``. Nothing here uses gd_desktop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

TRUE_WEIGHTS = (2.0, -30.0)
START = (1.0, 1.0)


@contextmanager
def global_seed(seed: int) -> Iterator[None]:
    """Seed numpy's global stream, restoring its previous state afterwards."""
    saved = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(saved)


def _draw_data(samples: int, scale: float) -> tuple[np.ndarray, np.ndarray]:
    features = scale * np.random.randn(samples, 2)
    target = TRUE_WEIGHTS[0] * features[:, 0] + TRUE_WEIGHTS[1] * features[:, 1]
    return features, target


def blog_data(seed: int, samples: int = 100, scale: float = 12.0):
    """The blog's X and y after np.random.seed(seed)."""
    with global_seed(seed):
        return _draw_data(samples, scale)


def _mse(features: np.ndarray, target: np.ndarray, w: np.ndarray) -> float:
    residual = features @ w - target
    return float(np.mean(residual * residual))


def batch_reference(seed: int, samples: int, lr: float, updates: int) -> dict[str, np.ndarray]:
    """Full-batch GD: every update uses all rows, gradient (2/N) X^T (X w - y)."""
    features, target = blog_data(seed, samples)
    w = np.array(START)
    weights, grads, mses = [], [], []
    for _ in range(updates):
        grad = (2.0 / samples) * (features.T @ (features @ w - target))
        w = w - lr * grad
        weights.append(w.copy())
        grads.append(grad)
        mses.append(_mse(features, target, w))
    return {"w": np.array(weights), "grad": np.array(grads), "mse": np.array(mses)}


def sgd_reference(seed: int, samples: int, lr: float, updates: int) -> dict[str, np.ndarray]:
    """The blog's SGD: one row drawn with np.random.choice(N, 1) per update, and
    its one-row gradient scaled by 2/N (not 2/1)."""
    with global_seed(seed):
        features, target = _draw_data(samples, 12.0)
        w = np.array(START)
        weights, grads, rows, mses = [], [], [], []
        for _ in range(updates):
            pick = np.random.choice(samples, 1)
            grad = (2.0 / samples) * (features[pick].T @ (features[pick] @ w - target[pick]))
            w = w - lr * grad
            weights.append(w.copy())
            grads.append(grad)
            rows.append(int(pick[0]))
            mses.append(_mse(features, target, w))
    return {
        "w": np.array(weights),
        "grad": np.array(grads),
        "rows": np.array(rows),
        "mse": np.array(mses),
    }


def minibatch_reference(
    seed: int, samples: int, lr: float, epochs: int, batch: int = 30
) -> dict[str, np.ndarray]:
    """Mini-batch GD in row order; the short last batch is kept and every batch's
    gradient is scaled by that batch's own size."""
    features, target = blog_data(seed, samples)
    w = np.array(START)
    weights, grads, mses = [], [], []
    for _ in range(epochs):
        for start in range(0, samples, batch):
            xb = features[start : start + batch]
            yb = target[start : start + batch]
            grad = (2.0 / len(yb)) * (xb.T @ (xb @ w - yb))
            w = w - lr * grad
            weights.append(w.copy())
            grads.append(grad)
            mses.append(_mse(features, target, w))
    return {"w": np.array(weights), "grad": np.array(grads), "mse": np.array(mses)}


def blog_style_best_batch_mse(seed: int, samples: int, lr: float, updates: int) -> float:
    """The best MSE as the blog's batch loop prints it: the MSE of the weights
    *before* each update, paired with the weights after it."""
    features, target = blog_data(seed, samples)
    w = np.array(START)
    best = np.inf
    for _ in range(updates):
        before = _mse(features, target, w)
        w = w - lr * (2.0 / samples) * (features.T @ (features @ w - target))
        best = min(best, before)
    return best


def assert_close(actual: np.ndarray, expected: np.ndarray, rtol: float = 1e-9) -> None:
    """Element-wise relative agreement (a 1e-300 floor only guards exact zeros)."""
    actual = np.asarray(actual, dtype=float)
    expected = np.asarray(expected, dtype=float)
    assert actual.shape == expected.shape
    np.testing.assert_allclose(actual, expected, rtol=rtol, atol=1e-300)


def mse_floor(target: np.ndarray) -> float:
    """Absolute accuracy expected of an MSE near the optimum: 1e-12 * y^T y / N.

    A direct mean of squared residuals itself loses relative accuracy there."""
    return 1e-12 * float(target @ target) / target.shape[0]
