"""Every record satisfies the engine's documented relations."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import BatchConfig, DataConfig, ExperimentConfig, Run, preset
from gd_desktop.core.batches import BatchSampler
from gd_desktop.core.dataset import generate_dataset
from gd_desktop.core.loss import LeastSquaresLoss

from .reference import mse_floor

CONFIGS = {
    "blog-batch": preset("blog-batch"),
    "blog-sgd": replace(preset("blog-sgd"), budget=300),
    "blog-minibatch": replace(preset("blog-minibatch"), budget=40),
    "sgd-shuffle": replace(
        preset("blog-sgd"),
        batching=BatchConfig(method="sgd", order="shuffle"),
        learning_rate=1e-4,
        budget=250,
    ),
    "minibatch-shuffle-drop": ExperimentConfig(
        data=DataConfig(samples=53, noise=2.0),
        batching=BatchConfig(method="minibatch", batch_size=8, order="shuffle", drop_last=True),
        learning_rate=3e-4,
        budget=30,
        budget_unit="epochs",
        seed=9,
    ),
    "minibatch-replace": ExperimentConfig(
        batching=BatchConfig(method="minibatch", batch_size=7, order="replace"),
        learning_rate=5e-4,
        budget=300,
        seed=4,
    ),
    "line-fit-noise": ExperimentConfig(
        data=DataConfig(source="line", samples=64, noise=0.5),
        learning_rate=2e-3,
        budget=400,
        init=(-3.0, 4.0),
        seed=12,
    ),
}


def finished(config: ExperimentConfig) -> Run:
    run = Run(config)
    run.run_to_end()
    return run


def table(run: Run) -> dict[str, np.ndarray]:
    rows = run.records.rows(0, run.step)
    names = ("step", "epoch", "w0", "w1", "mse", "batch_mse", "grad_w0", "grad_w1", "lr")
    return dict(zip(names, rows, strict=True))


def previous_weights(run: Run, t: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    old0 = np.concatenate([[run.start_weights[0]], t["w0"][:-1]])
    old1 = np.concatenate([[run.start_weights[1]], t["w1"][:-1]])
    return old0, old1


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_update_rule_holds_for_every_record(name):
    run = finished(CONFIGS[name])
    t = table(run)
    assert run.start_weights == tuple(CONFIGS[name].init)
    old0, old1 = previous_weights(run, t)
    scale = max(np.abs(t["w0"]).max(), np.abs(t["w1"]).max(), 1.0)
    np.testing.assert_allclose(
        t["w0"], old0 - t["lr"] * t["grad_w0"], rtol=1e-12, atol=1e-14 * scale
    )
    np.testing.assert_allclose(
        t["w1"], old1 - t["lr"] * t["grad_w1"], rtol=1e-12, atol=1e-14 * scale
    )
    assert np.all(t["lr"] == CONFIGS[name].learning_rate)


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_steps_and_epochs_are_numbered_from_one(name):
    run = finished(CONFIGS[name])
    t = table(run)
    n = run.step
    assert n == run.total_updates
    np.testing.assert_array_equal(t["step"], np.arange(1, n + 1))
    np.testing.assert_array_equal(t["epoch"], np.arange(n) // run.updates_per_epoch + 1)
    assert run.epoch == t["epoch"][-1]


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_mse_is_full_data_mse_of_the_new_weights(name):
    run = finished(CONFIGS[name])
    t = table(run)
    x, y = run.dataset.features, run.dataset.target
    floor = mse_floor(y)
    direct = np.mean((np.outer(t["w0"], x[:, 0]) + np.outer(t["w1"], x[:, 1]) - y) ** 2, axis=1)
    np.testing.assert_allclose(t["mse"], direct, rtol=1e-9, atol=floor)
    from_loss = [run.loss.mse(a, b) for a, b in zip(t["w0"], t["w1"], strict=True)]
    np.testing.assert_allclose(t["mse"], from_loss, rtol=1e-9, atol=floor)
    assert np.all(t["mse"] >= 0)
    assert run.best_mse == t["mse"].min()
    assert run.best_weights == (t["w0"][run.best_step - 1], t["w1"][run.best_step - 1])


def test_full_batch_batch_mse_is_previous_mse():
    run = finished(CONFIGS["blog-batch"])
    t = table(run)
    np.testing.assert_array_equal(t["batch_mse"], np.concatenate([[run.start_mse], t["mse"][:-1]]))
    g = [run.loss.gradient(a, b) for a, b in zip(*previous_weights(run, t), strict=True)]
    np.testing.assert_allclose(np.column_stack([t["grad_w0"], t["grad_w1"]]), g, rtol=1e-12)


def batches_of(config: ExperimentConfig, updates: int) -> tuple[np.ndarray, np.ndarray, list]:
    """Rows of each update from an independent sampler on the same stream."""
    rng = np.random.RandomState(config.seed)
    data = generate_dataset(config.data, rng)
    loss = LeastSquaresLoss.from_data(data.features, data.target)
    block = BatchSampler(config.batching, data.features, loss.residuals, rng).next_block(updates)
    return data.features, data.target, np.split(block.rows, block.row_offsets[1:])


@pytest.mark.parametrize("name", sorted(set(CONFIGS) - {"blog-batch", "line-fit-noise"}))
def test_stochastic_batch_mse_and_gradient_are_those_of_its_batch(name):
    config = CONFIGS[name]
    run = finished(config)
    t = table(run)
    x, y, batches = batches_of(config, run.step)
    old0, old1 = previous_weights(run, t)
    n = len(y)
    for i, rows in enumerate(batches):
        residual = x[rows] @ [old0[i], old1[i]] - y[rows]
        expected_mse = np.mean(residual**2)
        grad = (2.0 / len(rows)) * (x[rows].T @ residual)
        if config.batching.blog_scaling:
            grad = grad * len(rows) / n
        size = np.abs(x[rows]).max() * (np.abs(residual).max() + 1.0)
        assert t["batch_mse"][i] == pytest.approx(expected_mse, rel=1e-9, abs=mse_floor(y))
        np.testing.assert_allclose(
            [t["grad_w0"][i], t["grad_w1"][i]], grad, rtol=1e-9, atol=1e-12 * size
        )


def test_changed_learning_rate_is_recorded_and_used():
    run = Run(CONFIGS["blog-batch"])
    run.advance(10)
    run.set_learning_rate(1e-4)
    run.advance(10)
    t = table(run)
    np.testing.assert_array_equal(t["lr"], [2e-5] * 10 + [1e-4] * 10)
    old0, _ = previous_weights(run, t)
    np.testing.assert_allclose(t["w0"], old0 - t["lr"] * t["grad_w0"], rtol=1e-12)
