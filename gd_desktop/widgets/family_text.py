"""Formulas of the loss families other than least squares, as the equation panel and
the data view write them (formulas, not sentences: they are not translated)."""

from __future__ import annotations

import numpy as np

# The gradient of each family, component by component (n: the batch's rows).
GRADIENTS = {
    "logistic": (
        "dL/dw0 = (1/{n}) Σ x0·(σ(w0 x0 + w1 x1) − y)",
        "dL/dw1 = (1/{n}) Σ x1·(σ(w0 x0 + w1 x1) − y)",
    ),
    "neuron": (
        "dL/dw0 = (2/{n}) Σ (w1 tanh(w0 x) − y)·w1·(1 − tanh²(w0 x))·x",
        "dL/dw1 = (2/{n}) Σ (w1 tanh(w0 x) − y)·tanh(w0 x)",
    ),
    "rosenbrock": ("dL/dw0 = −2 (1 − w0) − 400 w0 (w1 − w0²)", "dL/dw1 = 200 (w1 − w0²)"),
    "himmelblau": (
        "dL/dw0 = 4 w0 (w0² + w1 − 11) + 2 (w0 + w1² − 7)",
        "dL/dw1 = 2 (w0² + w1 − 11) + 4 w1 (w0 + w1² − 7)",
    ),
    "saddle": ("dL/dw0 = 2 w0", "dL/dw1 = 4 w1 (w1² − 1)"),
    "two-minima": (
        "dL/dw0 = 2 w0 + 20 (w0 − 1) e₁ + 60 (w0 + 1) e₂",
        "dL/dw1 = 2 w1 + 20 w1 e₁ + 60 w1 e₂",
    ),
    "beale": (
        "dL/dw0 = 2 a (w1 − 1) + 2 b (w1² − 1) + 2 c (w1³ − 1)",
        "dL/dw1 = 2 a w0 + 4 b w0 w1 + 6 c w0 w1²",
    ),
    "plateau": ("dL/dw0 = w0 e", "dL/dw1 = 4 w1 e"),
}
# What the shorthand in a surface's gradient stands for.
WHERE = {
    "two-minima": "e₁ = exp(−((w0 − 1)² + w1²)/0.2), e₂ = exp(−((w0 + 1)² + w1²)/0.2)",
    "beale": "a = 1.5 − w0 + w0 w1, b = 2.25 − w0 + w0 w1², c = 2.625 − w0 + w0 w1³",
    "plateau": "e = exp(−(w0² + 4 w1²)/2)",
}


def gradient_lines(model: str, surface: str, n: int) -> tuple[str, str, str | None]:
    """The two gradient formulas of a family, and what their shorthand means (or None)."""
    key = surface if model == "surface" else model
    g0, g1 = GRADIENTS[key]
    return g0.format(n=n), g1.format(n=n), WHERE.get(key)


def predicted(model: str, w0: float, w1: float, f0: np.ndarray, f1: np.ndarray) -> np.ndarray:
    """A family's prediction for rows (f0, f1): a probability, the neuron's output, or
    the linear model's."""
    with np.errstate(over="ignore", invalid="ignore"):
        if model == "logistic":
            z = w0 * f0 + w1 * f1
            return np.exp(np.minimum(z, 0.0)) / (1.0 + np.exp(-np.abs(z)))
        if model == "neuron":
            return w1 * np.tanh(w0 * f1)
        return w0 * f0 + w1 * f1
