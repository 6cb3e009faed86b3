"""Logistic regression, the one neuron and the test surfaces: losses and gradients
against direct numpy and finite differences, the log-loss against extended
precision, and the critical points every surface is known to have."""

from __future__ import annotations

import math
from decimal import Decimal, getcontext

import numpy as np
import pytest

from gd_desktop.core.families import generate_family_data
from gd_desktop.core.logistic import LogisticLoss, separable
from gd_desktop.core.neuron import NeuronLoss
from gd_desktop.core.objective import MAXIMUM, MINIMUM, SADDLE, lowest_minimum
from gd_desktop.core.settings import DataConfig
from gd_desktop.core.surfaces import SURFACES, TestSurface


def _logistic_data(n: int = 60, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    data = generate_family_data(
        "logistic", DataConfig(samples=n, separation=1.5), np.random.RandomState(seed)
    )
    return data.features, data.target


def _neuron_data(n: int = 80, seed: int = 4) -> tuple[np.ndarray, np.ndarray]:
    data = generate_family_data(
        "neuron", DataConfig(samples=n, noise=0.2), np.random.RandomState(seed)
    )
    return data.features, data.target


SURFACE_FORMULAS = {
    "rosenbrock": lambda a, b: (1 - a) ** 2 + 100 * (b - a**2) ** 2,
    "himmelblau": lambda a, b: (a**2 + b - 11) ** 2 + (a + b**2 - 7) ** 2,
    "saddle": lambda a, b: a**2 + (b**2 - 1) ** 2,
    "two-minima": lambda a, b: (
        a**2
        + b**2
        - 2 * np.exp(-((a - 1) ** 2 + b**2) / 0.2)
        - 6 * np.exp(-((a + 1) ** 2 + b**2) / 0.2)
    ),
    "beale": lambda a, b: (
        (1.5 - a + a * b) ** 2 + (2.25 - a + a * b**2) ** 2 + (2.625 - a + a * b**3) ** 2
    ),
    "plateau": lambda a, b: 1 - np.exp(-(a**2 + 4 * b**2) / 2),
}
POINTS = [(0.3, -0.7), (1.2, 0.4), (-0.8, 1.1), (2.0, -1.5)]


def _finite_difference(loss, w0: float, w1: float, h: float = 1e-6) -> tuple[float, float]:
    return (
        (loss(w0 + h, w1) - loss(w0 - h, w1)) / (2 * h),
        (loss(w0, w1 + h) - loss(w0, w1 - h)) / (2 * h),
    )


def _objectives():
    yield "logistic", LogisticLoss(*_logistic_data())
    yield "neuron", NeuronLoss(*_neuron_data())
    for name in SURFACES:
        yield name, TestSurface(name)


@pytest.mark.parametrize(
    "name, objective", list(_objectives()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_gradient_matches_finite_differences(name, objective) -> None:
    for w0, w1 in POINTS:
        g = objective.gradient(w0, w1)
        fd = _finite_difference(objective.loss, w0, w1)
        scale = max(1.0, abs(g[0]), abs(g[1]))
        assert abs(g[0] - fd[0]) <= 1e-6 * scale, (name, w0, w1)
        assert abs(g[1] - fd[1]) <= 1e-6 * scale, (name, w0, w1)
        h = objective.hessian(w0, w1)
        g_plus = objective.gradient(w0 + 1e-5, w1)
        g_minus = objective.gradient(w0 - 1e-5, w1)
        assert abs(h[0, 0] - (g_plus[0] - g_minus[0]) / 2e-5) <= 1e-4 * max(1.0, abs(h[0, 0]))


@pytest.mark.parametrize("name", SURFACES)
def test_surface_loss_is_the_published_formula(name: str) -> None:
    surface = TestSurface(name)
    a, b = np.meshgrid(np.linspace(-2, 2, 7), np.linspace(-1.5, 2.5, 5))
    expected = SURFACE_FORMULAS[name](a, b)
    np.testing.assert_allclose(surface.loss_grid(a, b), expected, rtol=1e-13, atol=1e-13)
    for w0, w1 in POINTS:
        assert surface.loss(w0, w1) == pytest.approx(
            SURFACE_FORMULAS[name](w0, w1), rel=1e-13, abs=1e-13
        )


def test_logistic_loss_and_gradient_match_direct_numpy() -> None:
    x, y = _logistic_data()
    objective = LogisticLoss(x, y)
    for w0, w1 in POINTS:
        z = x @ np.array([w0, w1])
        p = 1.0 / (1.0 + np.exp(-z))
        loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        grad = x.T @ (p - y) / len(y)
        assert objective.loss(w0, w1) == pytest.approx(loss, rel=1e-12)
        np.testing.assert_allclose(objective.gradient(w0, w1), grad, rtol=1e-10, atol=1e-14)
        rows = np.array([1, 5, 7, 20])
        zb = z[rows]
        pb = 1.0 / (1.0 + np.exp(-zb))
        batch = objective.batch_loss_gradient(w0, w1, rows)
        assert batch[0] == pytest.approx(
            -np.mean(y[rows] * np.log(pb) + (1 - y[rows]) * np.log(1 - pb)), rel=1e-12
        )
        np.testing.assert_allclose(
            batch[1:], x[rows].T @ (pb - y[rows]) / 4, rtol=1e-10, atol=1e-14
        )
    grid = objective.loss_grid(
        np.array([[0.1, 0.2], [0.3, -4.0]]), np.array([[1.0, -1.0], [0.5, 2.0]])
    )
    assert grid[1, 1] == pytest.approx(objective.loss(-4.0, 2.0), rel=1e-13)


def test_neuron_loss_and_gradient_match_direct_numpy() -> None:
    x, y = _neuron_data()
    objective = NeuronLoss(x, y)
    for w0, w1 in POINTS:
        fit = w1 * np.tanh(w0 * x[:, 1])
        assert objective.loss(w0, w1) == pytest.approx(np.mean((fit - y) ** 2), rel=1e-13)
    grid = objective.loss_grid(np.array([0.5, -1.0]), np.array([2.0, 1.0]))
    assert grid[1] == pytest.approx(objective.loss(-1.0, 1.0), rel=1e-13)


def _softplus_reference(u: float) -> Decimal:
    getcontext().prec = 60
    return (Decimal(1) + Decimal(u).exp()).ln()


def test_logistic_row_loss_is_exact_for_large_logits() -> None:
    logits = [
        -1000.0,
        -745.0,
        -700.0,
        -37.0,
        -30.0,
        -1.0,
        -1e-8,
        0.0,
        1e-8,
        0.5,
        30.0,
        37.0,
        700.0,
        1000.0,
    ]
    for target in (0.0, 1.0):
        x = np.array([[z, 0.0] for z in logits])
        objective = LogisticLoss(x, np.full(len(logits), target))
        for i, z in enumerate(logits):
            row_loss = objective.batch_loss_gradient(1.0, 0.0, np.array([i]))[0]
            u = z if target == 0.0 else -z  # the loss of class 1 at logit z is softplus(-z)
            reference = float(_softplus_reference(u))
            assert math.isfinite(row_loss)
            assert abs(row_loss - reference) <= max(1e-12 * abs(reference), 1e-300), (z, target)


def test_separable_classes_are_detected() -> None:
    rng = np.random.RandomState(0)
    x = np.column_stack([np.ones(40), np.r_[rng.uniform(0, 1, 20), rng.uniform(2, 3, 20)]])
    y = np.r_[np.zeros(20), np.ones(20)]
    loss = LogisticLoss(x, y)
    assert loss.separable and loss.critical_points() == () and lowest_minimum(loss) is None
    x[0, 1] = 2.5  # one row of class 0 among class 1: overlapping classes
    overlapping = LogisticLoss(x, y)
    assert not overlapping.separable
    (minimum,) = overlapping.critical_points()
    assert minimum.kind == MINIMUM and np.hypot(*overlapping.gradient(*minimum.weights)) < 1e-8
    assert not separable(np.array([[1.0, 0.0], [-1.0, 0.0]]))
    assert separable(np.array([[1.0, 0.1], [1.0, -0.1]]))


LISTED = {
    "rosenbrock": [(MINIMUM, (1.0, 1.0), 0.0)],
    "himmelblau": [
        (MINIMUM, (3.0, 2.0), 0.0),
        (MINIMUM, (-2.805118, 3.131312), 0.0),
        (MINIMUM, (-3.779310, -3.283186), 0.0),
        (MINIMUM, (3.584428, -1.848126), 0.0),
        (MAXIMUM, (-0.270845, -0.923039), 181.617),
    ],
    "saddle": [(MINIMUM, (0.0, 1.0), 0.0), (MINIMUM, (0.0, -1.0), 0.0), (SADDLE, (0.0, 0.0), 1.0)],
    "two-minima": [
        (MINIMUM, (-0.9676, 0.0), -5.032),
        (MINIMUM, (0.9053, 0.0), -1.093),
        (SADDLE, (0.1203, 0.0), None),
    ],
    "beale": [(MINIMUM, (3.0, 0.5), 0.0)],
    "plateau": [(MINIMUM, (0.0, 0.0), 0.0)],
}


@pytest.mark.parametrize("name", SURFACES)
def test_critical_point_search_finds_the_listed_points(name: str) -> None:
    found = TestSurface(name).critical_points()
    for kind, (w0, w1), loss in LISTED[name]:
        near = [p for p in found if math.hypot(p.weights[0] - w0, p.weights[1] - w1) < 1e-3]
        assert len(near) == 1, (name, kind, w0, w1, found)
        assert near[0].kind == kind
        if loss is not None:
            assert near[0].loss == pytest.approx(loss, abs=1e-3)
        low, high = near[0].eigenvalues
        assert (low > 0) if kind == MINIMUM else (high < 0) if kind == MAXIMUM else (low < 0 < high)
    assert sum(p.kind == MINIMUM for p in found) == sum(k == MINIMUM for k, _, _ in LISTED[name])
    assert found[0] == lowest_minimum(TestSurface(name))


def test_neuron_has_two_symmetric_minima_and_a_saddle_at_the_origin() -> None:
    data = generate_family_data(
        "neuron", DataConfig(samples=500, amplitude=2.0, steepness=1.5), np.random.RandomState(1)
    )
    found = NeuronLoss(data.features, data.target).critical_points()
    minima = sorted(p.weights for p in found if p.kind == MINIMUM)
    assert len(minima) == 2
    assert minima[0] == pytest.approx((-1.5, -2.0), abs=1e-6)
    assert minima[1] == pytest.approx((1.5, 2.0), abs=1e-6)
    saddles = [p for p in found if p.kind == SADDLE]
    assert len(saddles) == 1 and np.hypot(*saddles[0].weights) < 1e-9


def test_neuron_search_on_many_rows_refines_a_subsample() -> None:
    data = generate_family_data(
        "neuron", DataConfig(samples=20_000, noise=0.3), np.random.RandomState(2)
    )
    objective = NeuronLoss(data.features, data.target)
    for point in objective.critical_points():
        assert np.hypot(*objective.gradient(*point.weights)) < 1e-9


def test_a_drawing_sample_keeps_the_full_data_critical_points() -> None:
    data = generate_family_data(
        "logistic", DataConfig(samples=5000, separation=1.0), np.random.RandomState(6)
    )
    full = LogisticLoss(data.features, data.target)
    sample = full.drawing_sample(500)
    assert sample.samples == 500 and sample.critical_points() == full.critical_points()
    assert set(np.unique(sample.target)) == {0.0, 1.0}
    assert abs(sample.loss(0.3, 0.2) - full.loss(0.3, 0.2)) < 0.05
    assert full.drawing_sample(10_000) is full
    neuron = NeuronLoss(*_neuron_data(n=3000))
    assert neuron.drawing_sample(100).critical_points() == neuron.critical_points()
