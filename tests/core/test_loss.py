"""The sufficient-statistics loss against direct numpy computations."""

from __future__ import annotations

import numpy as np
import pytest

from gd_desktop.core.loss import LeastSquaresLoss


def random_problem(seed: int, samples: int, noise: float, offset: float = 0.0):
    rng = np.random.RandomState(seed)
    x = 12.0 * rng.randn(samples, 2) + offset
    y = 2.0 * x[:, 0] - 30.0 * x[:, 1] + noise * rng.randn(samples)
    return x, y


def direct_mse(x: np.ndarray, y: np.ndarray, w) -> float:
    residual = x @ np.asarray(w, dtype=float) - y
    return float(np.mean(residual * residual))


PROBLEMS = [(0, 100, 0.0), (1, 100, 3.0), (2, 1000, 0.0), (3, 37, 0.5), (4, 500, 1.0, 5.0)]


@pytest.mark.parametrize("problem", PROBLEMS)
def test_gradient_matches_central_finite_differences(problem):
    x, y = random_problem(*problem)
    loss = LeastSquaresLoss.from_data(x, y)
    for w in [(1.0, 1.0), (-4.0, 7.5), (2.2, -29.0), loss.optimum]:
        numeric = []
        for k in range(2):
            step = 1e-4 * max(1.0, abs(w[k]))
            up, down = list(w), list(w)
            up[k] += step
            down[k] -= step
            numeric.append((direct_mse(x, y, up) - direct_mse(x, y, down)) / (2 * step))
        scale = np.abs(x).max() * (np.abs(x @ np.asarray(w) - y).max() + 1.0)
        np.testing.assert_allclose(loss.gradient(*w), numeric, rtol=1e-6, atol=1e-8 * scale)
        exact = (2.0 / len(y)) * (x.T @ (x @ np.asarray(w) - y))
        np.testing.assert_allclose(loss.gradient(*w), exact, rtol=1e-9, atol=1e-12 * scale)


@pytest.mark.parametrize("samples", [100, 10_000, 1_000_000])
@pytest.mark.parametrize("noise", [0.0, 1.0])
def test_mse_matches_direct_mean_near_and_far_from_optimum(samples, noise):
    x, y = random_problem(samples % 97, samples, noise)
    loss = LeastSquaresLoss.from_data(x, y)
    floor = 1e-12 * float(y @ y) / samples
    w_star = np.array(loss.optimum)
    for distance in [0.0, 1e-12, 1e-9, 1e-6, 1e-3, 1.0, 100.0]:
        for direction in [(1.0, 0.0), (0.0, 1.0), (1.0, -1.0), (-0.3, 0.7)]:
            w = w_star + distance * np.array(direction)
            value = loss.mse(*w)
            assert value >= 0.0
            assert value == pytest.approx(direct_mse(x, y, w), rel=1e-9, abs=floor)


def test_mse_never_negative_on_a_fine_grid_around_the_optimum():
    x, y = random_problem(5, 1_000_000, 0.0)
    loss = LeastSquaresLoss.from_data(x, y)
    o0, o1 = loss.optimum
    offsets = np.linspace(-1e-7, 1e-7, 41)
    grid = loss.mse_grid(*np.meshgrid(o0 + offsets, o1 + offsets))
    assert np.all(grid >= 0.0)
    assert loss.optimum_mse >= 0.0


@pytest.mark.parametrize("problem", PROBLEMS)
def test_optimum_matches_lstsq(problem):
    x, y = random_problem(*problem)
    loss = LeastSquaresLoss.from_data(x, y)
    expected, *_ = np.linalg.lstsq(x, y, rcond=None)
    np.testing.assert_allclose(loss.optimum, expected, rtol=1e-9, atol=1e-12)
    assert loss.optimum_mse == pytest.approx(direct_mse(x, y, expected), rel=1e-9, abs=1e-20)
    assert loss.unique_optimum and loss.rank == 2


@pytest.mark.parametrize("problem", PROBLEMS)
def test_mse_grid_equals_scalar_mse(problem):
    x, y = random_problem(*problem)
    loss = LeastSquaresLoss.from_data(x, y)
    w0, w1 = np.meshgrid(np.linspace(-10, 14, 23), np.linspace(-50, 10, 17))
    grid = loss.mse_grid(w0, w1)
    assert grid.shape == w0.shape
    scalar = np.vectorize(loss.mse)(w0, w1)
    np.testing.assert_allclose(grid, scalar, rtol=1e-12)
    direct = np.mean((np.multiply.outer(w0, x[:, 0]) + np.multiply.outer(w1, x[:, 1]) - y) ** 2, -1)
    np.testing.assert_allclose(grid, direct, rtol=1e-9, atol=1e-12 * float(y @ y) / len(y))


@pytest.mark.parametrize("problem", PROBLEMS)
def test_eigenvalues_and_stable_learning_rate(problem):
    x, y = random_problem(*problem)
    loss = LeastSquaresLoss.from_data(x, y)
    expected = np.linalg.eigvalsh(2.0 * x.T @ x / len(y))
    np.testing.assert_allclose(loss.eigenvalues, expected, rtol=1e-10)
    assert loss.eigenvalues[0] <= loss.eigenvalues[1]
    assert loss.stable_learning_rate == pytest.approx(2.0 / expected[-1], rel=1e-10)
    assert loss.condition_number == pytest.approx(expected[-1] / expected[0], rel=1e-9)


def degenerate(kind: str):
    rng = np.random.RandomState(8)
    x0 = 12.0 * rng.randn(60)
    other = 3.0 * x0 if kind == "collinear" else np.zeros(60)
    x = np.column_stack([x0, other])
    y = 5.0 * x0 + rng.randn(60)
    return x, y


@pytest.mark.parametrize("kind", ["collinear", "constant-zero"])
def test_degenerate_features_are_reported_with_minimum_norm_optimum(kind):
    x, y = degenerate(kind)
    loss = LeastSquaresLoss.from_data(x, y)
    assert loss.unique_optimum is False
    assert loss.rank == 1
    assert loss.eigenvalues[0] == 0.0
    assert loss.condition_number == float("inf")
    expected, *_ = np.linalg.lstsq(x, y, rcond=None)
    np.testing.assert_allclose(loss.optimum, expected, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(loss.optimum, np.linalg.pinv(x) @ y, rtol=1e-9, atol=1e-12)
    top = np.linalg.eigvalsh(2.0 * x.T @ x / len(y))[-1]
    assert loss.stable_learning_rate == pytest.approx(2.0 / top, rel=1e-10)
    # Anywhere along the flat valley the loss equals the optimum's.
    flat = np.array([3.0, -1.0]) if kind == "collinear" else np.array([0.0, 1.0])
    w = np.array(loss.optimum) + 2.5 * flat
    assert loss.mse(*w) == pytest.approx(loss.optimum_mse, rel=1e-9)
    assert loss.mse(*w) == pytest.approx(direct_mse(x, y, w), rel=1e-9)


def test_all_zero_features_have_rank_zero_and_no_finite_rate():
    x = np.zeros((10, 2))
    y = np.arange(10.0)
    loss = LeastSquaresLoss.from_data(x, y)
    assert loss.rank == 0 and not loss.unique_optimum
    assert loss.optimum == (0.0, 0.0)
    assert loss.stable_learning_rate == float("inf")
    assert loss.mse(3.0, -2.0) == pytest.approx(np.mean(y**2))
