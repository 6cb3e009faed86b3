"""Runs on the families other than least squares: every update rule against a
reference written here from its formula, update for update; stochastic batches'
full-data losses; divergence and separable classes; determinism."""

from __future__ import annotations

import math

import numpy as np
import pytest

from gd_desktop.core.config import (
    BatchConfig,
    ConfigError,
    DataConfig,
    ExperimentConfig,
    OptimizerConfig,
)
from gd_desktop.core.family_run import FamilyRun
from gd_desktop.core.run import STOP_BUDGET, STOP_DIVERGED
from gd_desktop.core.surfaces import SURFACES

UPDATES = 60
RULES = {
    "gd": OptimizerConfig(name="gd"),
    "momentum": OptimizerConfig(name="momentum", beta=0.8),
    "nesterov": OptimizerConfig(name="nesterov", beta=0.7),
    "adagrad": OptimizerConfig(name="adagrad", eps=1e-6),
    "rmsprop": OptimizerConfig(name="rmsprop", rho=0.9, eps=1e-7),
    "adam": OptimizerConfig(name="adam", beta1=0.85, beta2=0.99, eps=1e-8),
    "adam-raw": OptimizerConfig(name="adam", bias_correction=False),
}
# A start and a rate that keep every rule inside each surface's interesting region.
SURFACE_SETUPS = {
    "rosenbrock": ((-1.2, 1.0), 1e-3),
    "himmelblau": ((0.5, 0.5), 5e-3),
    "saddle": ((1.5, 0.2), 0.01),
    "two-minima": ((0.3, 0.2), 5e-3),
    "beale": ((1.0, 1.0), 1e-3),
    "plateau": ((1.0, 0.5), 0.1),
}


def _reference(
    rule: OptimizerConfig, gradient, start, lr: float, updates: int
) -> list[tuple[float, float]]:
    """Weights after each update, from the formulas in torch.optim's forms."""
    w = np.array(start, dtype=float)
    v = np.zeros(2)
    s = np.zeros(2)
    out = []
    for t in range(1, updates + 1):
        g = np.array(gradient(*w))
        if rule.name == "gd":
            step = g
        elif rule.name == "momentum":
            v = rule.beta * v + g
            step = v
        elif rule.name == "nesterov":
            v = rule.beta * v + g
            step = g + rule.beta * v
        elif rule.name == "adagrad":
            s = s + g * g
            step = g / (np.sqrt(s) + rule.eps)
        elif rule.name == "rmsprop":
            s = rule.rho * s + (1 - rule.rho) * g * g
            step = g / (np.sqrt(s) + rule.eps)
        else:
            v = rule.beta1 * v + (1 - rule.beta1) * g
            s = rule.beta2 * s + (1 - rule.beta2) * g * g
            if rule.bias_correction:
                step = (v / (1 - rule.beta1**t)) / (np.sqrt(s / (1 - rule.beta2**t)) + rule.eps)
            else:
                step = v / (np.sqrt(s) + rule.eps)
        w = w - lr * step
        out.append((float(w[0]), float(w[1])))
    return out


def _close(run: FamilyRun, expected: list[tuple[float, float]]) -> None:
    w0 = run.records.column("w0")
    w1 = run.records.column("w1")
    np.testing.assert_allclose(w0, [e[0] for e in expected], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(w1, [e[1] for e in expected], rtol=1e-9, atol=1e-12)


SURFACE_GRADIENTS = {
    "rosenbrock": lambda a, b: (-2 * (1 - a) - 400 * a * (b - a * a), 200 * (b - a * a)),
    "himmelblau": lambda a, b: (
        4 * a * (a * a + b - 11) + 2 * (a + b * b - 7),
        2 * (a * a + b - 11) + 4 * b * (a + b * b - 7),
    ),
    "saddle": lambda a, b: (2 * a, 4 * b * (b * b - 1)),
    "two-minima": lambda a, b: (
        2 * a
        + 20 * (a - 1) * math.exp(-((a - 1) ** 2 + b * b) / 0.2)
        + 60 * (a + 1) * math.exp(-((a + 1) ** 2 + b * b) / 0.2),
        2 * b
        + 20 * b * math.exp(-((a - 1) ** 2 + b * b) / 0.2)
        + 60 * b * math.exp(-((a + 1) ** 2 + b * b) / 0.2),
    ),
    "beale": lambda a, b: (
        2 * (1.5 - a + a * b) * (b - 1)
        + 2 * (2.25 - a + a * b * b) * (b * b - 1)
        + 2 * (2.625 - a + a * b**3) * (b**3 - 1),
        2 * (1.5 - a + a * b) * a
        + 2 * (2.25 - a + a * b * b) * 2 * a * b
        + 2 * (2.625 - a + a * b**3) * 3 * a * b * b,
    ),
    "plateau": lambda a, b: (
        a * math.exp(-(a * a + 4 * b * b) / 2),
        4 * b * math.exp(-(a * a + 4 * b * b) / 2),
    ),
}


@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("rule", list(RULES))
def test_every_rule_on_every_surface_matches_its_formula(surface: str, rule: str) -> None:
    start, lr = SURFACE_SETUPS[surface]
    config = ExperimentConfig(
        model="surface",
        surface=surface,
        optimizer=RULES[rule],
        learning_rate=lr,
        budget=UPDATES,
        init=start,
    )
    run = FamilyRun(config)
    run.run_to_end()
    assert run.step == UPDATES and run.stop_reason == STOP_BUDGET
    _close(run, _reference(RULES[rule], SURFACE_GRADIENTS[surface], start, lr, UPDATES))


@pytest.mark.parametrize("rule", list(RULES))
@pytest.mark.parametrize("source", ["blog", "line"])
def test_every_rule_on_logistic_regression_matches_its_formula(rule: str, source: str) -> None:
    config = ExperimentConfig(
        model="logistic",
        data=DataConfig(source=source, samples=50, separation=1.0),
        optimizer=RULES[rule],
        learning_rate=0.3,
        budget=UPDATES,
        init=(-0.5, 0.8),
        seed=5,
    )
    run = FamilyRun(config)
    x, y = run.dataset.features, run.dataset.target

    def gradient(w0: float, w1: float) -> tuple[float, float]:
        p = 1.0 / (1.0 + np.exp(-(x @ np.array([w0, w1]))))
        g = x.T @ (p - y) / len(y)
        return float(g[0]), float(g[1])

    run.run_to_end()
    _close(run, _reference(RULES[rule], gradient, config.init, 0.3, UPDATES))
    # each record's loss is the full-data log-loss at its new weights
    last = run.records.last()
    z = x @ np.array([last["w0"], last["w1"]])
    assert last["mse"] == pytest.approx(np.mean(np.logaddexp(0, z) - y * z), rel=1e-12)


@pytest.mark.parametrize("model", ["logistic", "neuron"])
def test_stochastic_batches_record_the_full_data_loss(model: str) -> None:
    config = ExperimentConfig(
        model=model,
        batching=BatchConfig(method="minibatch", batch_size=7, order="shuffle"),
        learning_rate=0.05,
        budget=700,
        init=(0.3, 0.4),
    )
    run = FamilyRun(config)
    run.advance(333)
    run.advance(1000)
    assert run.step == 700
    steps = [0, 1, 332, 333, 699]
    for i in steps:
        r = run.records.record(i)
        assert r["mse"] == pytest.approx(run.objective.loss(r["w0"], r["w1"]), rel=1e-12)
    again = FamilyRun(config)
    again.run_to_end()
    np.testing.assert_array_equal(again.records.rows(0, 700), run.records.rows(0, 700))


def test_gradient_noise_is_seeded_and_split_free() -> None:
    config = ExperimentConfig(
        model="surface", surface="saddle", grad_noise=0.5, learning_rate=0.01, budget=900, seed=9
    )
    one = FamilyRun(config)
    one.run_to_end()
    other = FamilyRun(config)
    for count in (1, 7, 600, 1000):
        other.advance(count)
    np.testing.assert_array_equal(one.records.rows(0, 900), other.records.rows(0, 900))
    plain = FamilyRun(
        ExperimentConfig(model="surface", surface="saddle", learning_rate=0.01, budget=900)
    )
    plain.run_to_end()
    assert not np.array_equal(plain.records.column("grad_w0"), one.records.column("grad_w0"))


def test_a_surface_diverges_on_its_weight_bound() -> None:
    config = ExperimentConfig(
        model="surface", surface="rosenbrock", learning_rate=0.1, budget=1000, init=(-1.2, 1.0)
    )
    run = FamilyRun(config)
    run.run_to_end()
    assert run.stop_reason == STOP_DIVERGED and run.step < 1000
    assert all(math.isfinite(v) for v in run.records.last().values())


def test_separable_classes_descend_without_being_called_divergence() -> None:
    x = np.r_[np.linspace(0.0, 1.0, 20), np.linspace(2.0, 3.0, 20)]
    from gd_desktop.core.dataset import Dataset

    data = Dataset(np.column_stack([np.ones(40), x]), np.r_[np.zeros(20), np.ones(20)])
    config = ExperimentConfig(
        model="logistic",
        data=DataConfig(source="csv", path="x.csv", target="y", feature0="x", add_intercept=True),
        learning_rate=5.0,
        budget=20_000,
        init=(0.0, 0.0),
    )
    run = FamilyRun(config, data)
    assert run.objective.separable and run.objective.critical_points() == ()
    run.run_to_end()
    assert run.stop_reason == STOP_BUDGET
    losses = run.records.column("mse")
    assert losses[-1] < 1e-2 * losses[0] and np.all(np.diff(losses[-1000:]) < 0)
    assert math.hypot(*run.weights) > math.hypot(*run.records.rows(999, 1000)[2:4, 0])


def test_a_logistic_target_must_be_zero_or_one() -> None:
    from gd_desktop.core.dataset import Dataset

    data = Dataset(np.column_stack([np.ones(4), np.arange(4.0)]), np.array([0.0, 1.0, 2.0, 0.5]))
    config = ExperimentConfig(
        model="logistic",
        data=DataConfig(source="csv", path="f.csv", target="t", feature0="x", add_intercept=True),
    )
    with pytest.raises(ConfigError) as caught:
        FamilyRun(config, data)
    (problem,) = caught.value.problems
    assert problem.code == "not_binary" and problem["values"] == [0.5, 2.0]


def test_saddle_race_setup_plain_descent_lingers_while_momentum_and_adam_escape() -> None:
    ends = {}
    for rule in ("gd", "momentum", "adam"):
        config = ExperimentConfig(
            model="surface",
            surface="saddle",
            init=(1.5, 1e-6),
            learning_rate=0.01,
            budget=250,
            optimizer=OptimizerConfig(name=rule),
        )
        run = FamilyRun(config)
        run.run_to_end()
        ends[rule] = run.weights
    assert math.hypot(*ends["gd"]) < 0.1
    for rule in ("momentum", "adam"):
        assert min(math.hypot(ends[rule][0], ends[rule][1] - s) for s in (1.0, -1.0)) < 0.1
