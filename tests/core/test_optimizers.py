"""Update rules against references written from their formulas (torch.optim's forms).

Each reference takes its gradients straight from the data rows with numpy,
g = 2/n X_b^T (X_b w - y_b), and applies the rule step by step, so nothing here
shares code with the engine's per-update statistics.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.cli import messages
from gd_desktop.core import (
    BatchConfig,
    ConfigError,
    DataConfig,
    Dataset,
    ExperimentConfig,
    Run,
    preset,
)
from gd_desktop.core.config import OPTIMIZERS, OptimizerConfig, ScheduleConfig

from .reference import assert_close

UPDATES = 50
START = (-1.0, 1.5)
# rule -> its hyperparameters for the reference runs (not all the defaults, so a
# swapped or ignored field shows)
RULES = {
    "gd": OptimizerConfig(name="gd"),
    "momentum": OptimizerConfig(name="momentum", beta=0.8),
    "nesterov": OptimizerConfig(name="nesterov", beta=0.7),
    "adagrad": OptimizerConfig(name="adagrad", eps=1e-6),
    "rmsprop": OptimizerConfig(name="rmsprop", rho=0.9, eps=1e-7),
    "adam": OptimizerConfig(name="adam", beta1=0.85, beta2=0.995, eps=1e-7),
    "adam-raw": OptimizerConfig(name="adam", beta1=0.85, beta2=0.995, bias_correction=False),
}
SCHEMES = {
    "batch": BatchConfig(method="batch"),
    "sgd": BatchConfig(method="sgd", order="replace"),
    "sgd-scaled": BatchConfig(method="sgd", order="replace", blog_scaling=True),
    "minibatch-shuffle": BatchConfig(method="minibatch", batch_size=7, order="shuffle"),
    "minibatch-in-order": BatchConfig(method="minibatch", batch_size=9, order="in-order"),
}
# Every rule runs on full batches and on at least one stochastic scheme.
CASES = [
    (rule, scheme)
    for rule in RULES
    for scheme in (
        ["batch", "sgd", "minibatch-shuffle"]
        + (["sgd-scaled", "minibatch-in-order"] if rule in ("gd", "adam", "rmsprop") else [])
    )
]


def random_dataset(seed: int = 7, rows: int = 61) -> Dataset:
    """Correlated features on different scales and a noisy linear target."""
    rng = np.random.RandomState(seed)
    x0 = 2.0 + 1.5 * rng.randn(rows)
    x1 = 0.6 * x0 + 0.8 * rng.randn(rows)
    target = 1.5 * x0 - 2.0 * x1 + 0.7 * rng.randn(rows)
    return Dataset(np.column_stack([x0, x1]), target)


DATA = random_dataset()


def experiment(
    optimizer: OptimizerConfig,
    batching: BatchConfig,
    learning_rate: float,
    schedule: ScheduleConfig | None = None,
    budget: int = UPDATES,
    seed: int = 3,
) -> ExperimentConfig:
    return ExperimentConfig(
        batching=batching,
        optimizer=optimizer,
        schedule=schedule or ScheduleConfig(),
        learning_rate=learning_rate,
        budget=budget,
        init=START,
        seed=seed,
    )


def rate_for(optimizer: OptimizerConfig, batching: BatchConfig) -> float:
    """A rate that moves well in 50 updates without diverging."""
    if optimizer.name in ("gd", "momentum", "nesterov"):
        limit = Run(experiment(OptimizerConfig(), BatchConfig(), 1.0), DATA).loss
        fraction = 0.3 if batching.method == "batch" else 0.05
        # blog scaling shrinks a batch's gradient by n/N; the rate makes up for it
        fraction *= DATA.size if batching.blog_scaling else 1
        return fraction * limit.stable_learning_rate
    return 0.05


def gradient(x: np.ndarray, y: np.ndarray, rows: np.ndarray, w: np.ndarray) -> np.ndarray:
    xb, yb = x[rows], y[rows]
    return (2.0 / len(rows)) * (xb.T @ (xb @ w - yb))


def reference_path(
    optimizer: OptimizerConfig,
    data: Dataset,
    start: tuple[float, float],
    rates: np.ndarray,
    batches: list[np.ndarray],
    scales: list[float] | None = None,
) -> dict[str, np.ndarray]:
    """Weights and gradients after each update, from the rule's formula."""
    x, y = data.features, data.target
    w = np.array(start, dtype=float)
    v = np.zeros(2)  # velocity (momentum, nesterov) or first moment (adam)
    s = np.zeros(2)  # sum or average of squared gradients
    weights, grads = [], []
    name = optimizer.name
    for t, (lr, rows) in enumerate(zip(rates, batches, strict=True), start=1):
        g = gradient(x, y, rows, w)
        if scales is not None:
            g = g * scales[t - 1]
        if name == "gd":
            w = w - lr * g
        elif name == "momentum":
            v = optimizer.beta * v + g
            w = w - lr * v
        elif name == "nesterov":
            v = optimizer.beta * v + g
            w = w - lr * (g + optimizer.beta * v)
        elif name == "adagrad":
            s = s + g * g
            w = w - lr * g / (np.sqrt(s) + optimizer.eps)
        elif name == "rmsprop":
            s = optimizer.rho * s + (1.0 - optimizer.rho) * g * g
            w = w - lr * g / (np.sqrt(s) + optimizer.eps)
        elif name == "adam":
            b1, b2 = optimizer.beta1, optimizer.beta2
            v = b1 * v + (1.0 - b1) * g
            s = b2 * s + (1.0 - b2) * g * g
            if optimizer.bias_correction:
                m_hat = v / (1.0 - b1**t)
                v_hat = s / (1.0 - b2**t)
                w = w - lr * m_hat / (np.sqrt(v_hat) + optimizer.eps)
            else:
                w = w - lr * v / (np.sqrt(s) + optimizer.eps)
        else:  # pragma: no cover - RULES holds only the names above
            raise AssertionError(name)
        weights.append(w.copy())
        grads.append(g)
    return {"w": np.array(weights), "grad": np.array(grads)}


def batches_of(run: Run) -> list[np.ndarray]:
    """The rows of each update of a run advanced in one block."""
    rows = [run.batch_rows(k) for k in range(1, run.step + 1)]
    assert all(r is not None for r in rows)
    return [np.asarray(r) for r in rows]


def run_and_reference(optimizer, batching, lr, schedule=None):
    run = Run(experiment(optimizer, batching, lr, schedule), DATA)
    assert run.advance(UPDATES) == UPDATES  # one block, so every batch's rows are known
    assert run.step == UPDATES and run.stop_reason == "budget"
    records = run.records.rows(0, run.step)
    n = DATA.size
    batches = batches_of(run)
    scales = [len(b) / n for b in batches] if batching.blog_scaling else None
    expected = reference_path(optimizer, DATA, START, records[8], batches, scales)
    return run, records, expected


@pytest.mark.parametrize(("rule", "scheme"), CASES, ids=[f"{r}-{s}" for r, s in CASES])
def test_rule_matches_its_formula(rule, scheme):
    optimizer, batching = RULES[rule], SCHEMES[scheme]
    run, records, expected = run_and_reference(optimizer, batching, rate_for(optimizer, batching))
    assert np.all(records[8] == run.config.learning_rate)
    assert_close(records[2:4].T, expected["w"], rtol=1e-12)
    assert_close(records[6:8].T, expected["grad"], rtol=1e-9)
    # the run really moved, so the comparison means something
    assert np.max(np.abs(expected["w"][-1] - START)) > 0.1


@pytest.mark.parametrize("rule", list(RULES))
def test_rule_with_a_schedule_matches_its_formula(rule):
    optimizer = RULES[rule]
    batching = SCHEMES["minibatch-shuffle"]
    lr = 3.0 * rate_for(optimizer, batching)
    schedule = ScheduleConfig(kind="exponential", exp_gamma=0.95)
    run, records, expected = run_and_reference(optimizer, batching, lr, schedule)
    rates = lr * 0.95 ** np.arange(UPDATES)
    np.testing.assert_allclose(records[8], rates, rtol=1e-14)
    assert_close(records[2:4].T, expected["w"], rtol=1e-12)


def test_stochastic_batches_are_the_rows_the_scheme_names():
    # In order, batch k of an epoch is rows [9 (k - 1), 9 k): known without the run.
    run = Run(experiment(RULES["adam"], SCHEMES["minibatch-in-order"], 0.05), DATA)
    run.advance(UPDATES)
    per_epoch = -(-DATA.size // 9)
    for k, rows in enumerate(batches_of(run), start=1):
        j = (k - 1) % per_epoch
        np.testing.assert_array_equal(rows, np.arange(9 * j, min(9 * j + 9, DATA.size)))
    # SGD with replacement: one row a draw, from the run's own stream after the data.
    run = Run(experiment(RULES["rmsprop"], SCHEMES["sgd"], 0.05), DATA)
    run.advance(UPDATES)
    draws = np.random.RandomState(3).randint(0, DATA.size, size=UPDATES)
    np.testing.assert_array_equal(np.concatenate(batches_of(run)), draws)


@pytest.mark.parametrize("scheme", ["batch", "sgd", "minibatch-shuffle"])
def test_recorded_gradients_are_the_batch_gradients_at_the_previous_weights(scheme):
    # Replaying the record's own gradients through the rule gives its weights too.
    optimizer = RULES["nesterov"]
    run, records, _ = run_and_reference(optimizer, SCHEMES[scheme], 0.01)
    previous = np.column_stack([START, records[2:4, :-1]]).T
    for k, (rows, w) in enumerate(zip(batches_of(run), previous, strict=True)):
        g = gradient(DATA.features, DATA.target, rows, w)
        np.testing.assert_allclose(records[6:8, k], g, rtol=1e-9, atol=1e-12 * np.abs(g).max())
    w = np.array(START)
    v = np.zeros(2)
    for k in range(UPDATES):
        g = records[6:8, k]
        v = optimizer.beta * v + g
        w = w - records[8, k] * (g + optimizer.beta * v)
        assert_close(w, records[2:4, k], rtol=1e-13)


@pytest.mark.parametrize("name", ["momentum", "nesterov"])
@pytest.mark.parametrize("scheme", ["batch", "sgd", "minibatch-shuffle"])
def test_zero_beta_is_plain_descent_exactly(name, scheme):
    batching = SCHEMES[scheme]
    lr = rate_for(OptimizerConfig(), batching)
    plain = Run(experiment(OptimizerConfig(name="gd"), batching, lr, budget=200), DATA)
    heavy = Run(experiment(OptimizerConfig(name=name, beta=0.0), batching, lr, budget=200), DATA)
    plain.run_to_end()
    heavy.run_to_end()
    assert np.array_equal(plain.records.rows(0, 200), heavy.records.rows(0, 200))
    assert plain.weights == heavy.weights


@pytest.mark.parametrize("eps", [1e-8, 0.5, 30.0])
def test_adams_first_update_moves_lr_g_over_g_plus_eps(eps):
    lr = 0.2
    run = Run(experiment(OptimizerConfig(name="adam", eps=eps), BatchConfig(), lr), DATA)
    run.advance(1)
    record = run.records.record(0)
    g = np.array([record["grad_w0"], record["grad_w1"]])
    moved = np.array([record["w0"], record["w1"]]) - START
    assert np.all(np.sign(moved) == -np.sign(g))
    np.testing.assert_allclose(np.abs(moved), lr * np.abs(g) / (np.abs(g) + eps), rtol=1e-13)
    assert run.optimizer_state["t"] == 1.0


def test_adam_without_bias_correction_takes_other_steps():
    lr, b1, b2 = 0.2, 0.9, 0.999
    corrected = Run(experiment(OptimizerConfig(name="adam"), BatchConfig(), lr), DATA)
    raw = replace(OptimizerConfig(name="adam"), bias_correction=False)
    uncorrected = Run(experiment(raw, BatchConfig(), lr), DATA)
    corrected.run_to_end()
    uncorrected.run_to_end()
    first = uncorrected.records.record(0)
    g = np.array([first["grad_w0"], first["grad_w1"]])
    moved = np.abs(np.array([first["w0"], first["w1"]]) - START)
    # m = (1 - b1) g and v = (1 - b2) g^2: a first step about 3.16 times lr
    expected = lr * (1 - b1) * np.abs(g) / (math.sqrt(1 - b2) * np.abs(g) + 1e-8)
    np.testing.assert_allclose(moved, expected, rtol=1e-13)
    a = corrected.records.rows(0, UPDATES)[2:4]
    b = uncorrected.records.rows(0, UPDATES)[2:4]
    assert np.all(a != b)


@pytest.mark.parametrize("name", OPTIMIZERS)
@pytest.mark.parametrize("scheme", ["batch", "minibatch-shuffle"])
def test_split_advance_carries_the_rules_state(name, scheme):
    optimizer = OptimizerConfig(name=name, beta=0.5)
    batching = SCHEMES[scheme]
    lr = 0.02 if name in ("adagrad", "rmsprop", "adam") else rate_for(optimizer, batching)
    schedule = ScheduleConfig(kind="cosine", min_factor=0.1)
    config = experiment(optimizer, batching, lr, schedule, budget=1300)
    whole = Run(config, DATA)
    whole.run_to_end()
    pieces = Run(config, DATA)
    sizes = iter([1, 2, 3, 50, 500, 13, 600, 7] * 10)
    while not pieces.finished:
        pieces.advance(next(sizes))
    assert whole.step == pieces.step == 1300
    assert np.array_equal(whole.records.rows(0, 1300), pieces.records.rows(0, 1300))
    assert whole.optimizer_state == pieces.optimizer_state
    assert (whole.weights, whole.best_step) == (pieces.weights, pieces.best_step)


def test_optimizer_state_names_each_rules_quantities():
    expected_keys = {
        "gd": set(),
        "momentum": {"v0", "v1"},
        "nesterov": {"v0", "v1"},
        "adagrad": {"s0", "s1"},
        "rmsprop": {"s0", "s1"},
        "adam": {"m0", "m1", "v0", "v1", "t"},
    }
    for name, keys in expected_keys.items():
        run = Run(experiment(OptimizerConfig(name=name), BatchConfig(), 0.01), DATA)
        run.advance(3)
        assert set(run.optimizer_state) == keys
    # AdaGrad's sum of squares is the sum of the recorded squared gradients.
    run = Run(experiment(OptimizerConfig(name="adagrad"), SCHEMES["sgd"], 0.05), DATA)
    run.advance(20)
    grads = run.records.rows(0, 20)[6:8]
    state = run.optimizer_state
    np.testing.assert_allclose([state["s0"], state["s1"]], (grads**2).sum(axis=1), rtol=1e-13)


def test_adaptive_rules_reach_the_optimum_on_full_batches():
    for name, lr in (("adam", 0.05), ("rmsprop", 0.01), ("momentum", None)):
        optimizer = OptimizerConfig(name=name)
        rate = lr if lr is not None else rate_for(optimizer, BatchConfig())
        run = Run(experiment(optimizer, BatchConfig(), rate, budget=4000), DATA)
        run.run_to_end()
        excess = run.best_mse - run.loss.optimum_mse
        assert excess <= 1e-4 * (run.start_mse - run.loss.optimum_mse), name


def test_a_diverging_adaptive_run_stops_with_finite_records():
    # Adam's step is about lr per coordinate, so a huge rate throws the weights far out.
    run = Run(experiment(OptimizerConfig(name="adam"), BatchConfig(), 1e200, budget=100), DATA)
    run.run_to_end()
    assert run.stop_reason == "diverged"
    assert np.all(np.isfinite(run.records.rows(0, run.step)))
    why = run.divergence_problem()
    assert why["rule"] == "adam" and why["limit"] is None and why["ratio"] is None
    assert "adam" in messages.line(why)


def test_stable_rate_of_momentum_and_nesterov():
    base = experiment(OptimizerConfig(), BatchConfig(), 1e-3)
    limit = Run(base, DATA).loss.stable_learning_rate
    beta = 0.6
    rules = {
        "momentum": limit * (1 + beta),
        "nesterov": limit * (1 + beta) / (1 + 2 * beta),
    }
    for name, stable in rules.items():
        optimizer = OptimizerConfig(name=name, beta=beta)
        assert Run(replace(base, optimizer=optimizer), DATA).stable_rate == pytest.approx(stable)
        for factor, reason in ((0.95, "budget"), (1.05, "diverged")):
            config = replace(base, optimizer=optimizer, learning_rate=factor * stable, budget=20000)
            run = Run(config, DATA)
            run.run_to_end()
            assert run.stop_reason == reason, (name, factor)
    assert Run(replace(base, optimizer=OptimizerConfig(name="adam")), DATA).stable_rate is None


# -- validation ---------------------------------------------------------------------------
def problems_of(raw) -> list[str]:
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.from_dict(raw)
    return messages.lines(info.value.problems)


OUT_OF_RANGE = [
    ({"name": "lbfgs"}, "optimizer.name"),
    ({"name": "Adam"}, "optimizer.name"),
    ({"name": "momentum", "beta": 1.0}, "optimizer.beta"),
    ({"name": "momentum", "beta": -0.1}, "optimizer.beta"),
    ({"name": "nesterov", "beta": float("nan")}, "optimizer.beta"),
    ({"name": "nesterov", "beta": float("inf")}, "optimizer.beta"),
    ({"name": "rmsprop", "rho": 1.0}, "optimizer.rho"),
    ({"name": "rmsprop", "rho": -0.5}, "optimizer.rho"),
    ({"name": "adam", "beta1": 1.0}, "optimizer.beta1"),
    ({"name": "adam", "beta2": -0.1}, "optimizer.beta2"),
    ({"name": "adam", "beta2": float("nan")}, "optimizer.beta2"),
    ({"name": "adagrad", "eps": 0.0}, "optimizer.eps"),
    ({"name": "rmsprop", "eps": -1e-8}, "optimizer.eps"),
    ({"name": "adam", "eps": float("nan")}, "optimizer.eps"),
    ({"name": "adam", "eps": float("inf")}, "optimizer.eps"),
]
WRONG_TYPE = [
    ({"name": 3}, "optimizer.name"),
    ({"beta": "high"}, "optimizer.beta"),
    ({"bias_correction": 1}, "optimizer.bias_correction"),
    ({"momentum": 0.9}, "optimizer.momentum"),
]


@pytest.mark.parametrize(("raw", "field"), OUT_OF_RANGE, ids=[repr(r) for r, _ in OUT_OF_RANGE])
def test_each_out_of_range_optimizer_field_is_named(raw, field):
    problems = problems_of({"optimizer": raw})
    assert len(problems) == 1 and problems[0].startswith(f"{field}:"), problems
    # the same values set in code, not read from a file, are refused by Run
    with pytest.raises(ConfigError) as info:
        Run(ExperimentConfig(optimizer=replace(OptimizerConfig(), **raw)))
    assert [p.field for p in info.value.problems] == [field]


@pytest.mark.parametrize(("raw", "field"), WRONG_TYPE, ids=[repr(r) for r, _ in WRONG_TYPE])
def test_each_wrongly_typed_optimizer_field_is_named(raw, field):
    problems = problems_of({"optimizer": raw})
    assert len(problems) == 1 and problems[0].startswith(f"{field}:"), problems


def test_bad_values_of_an_unused_hyperparameter_are_not_checked():
    # Plain descent has no beta, so a beta of 5 does not stop it.
    config = ExperimentConfig.from_dict({"optimizer": {"name": "gd", "beta": 5.0, "eps": -1.0}})
    assert config.optimizer.beta == 5.0
    assert Run(config).advance(3) == 3


def test_edge_values_of_the_hyperparameters_are_accepted():
    for raw in (
        {"name": "momentum", "beta": 0.0},
        {"name": "nesterov", "beta": 0.999999},
        {"name": "rmsprop", "rho": 0.0, "eps": 1e-300},
        {"name": "adam", "beta1": 0.0, "beta2": 0.0, "bias_correction": False},
    ):
        config = ExperimentConfig.from_dict({"optimizer": raw, "budget": 5})
        run = Run(config)
        run.run_to_end()
        assert run.step == 5


def test_json_round_trip_keeps_optimizer_and_schedule(tmp_path):
    config = replace(
        preset("blog-minibatch"),
        optimizer=OptimizerConfig(
            name="adam", beta=0.3, rho=0.7, beta1=0.8, beta2=0.95, eps=1e-5, bias_correction=False
        ),
        schedule=ScheduleConfig(
            kind="step", step_size=7, gamma=0.25, exp_gamma=0.9, decay=0.5, min_factor=0.2
        ),
    )
    assert ExperimentConfig.from_json(config.to_json()) == config
    path = tmp_path / "e.json"
    config.save(path)
    assert ExperimentConfig.load(path) == config
    raw = json.loads(path.read_text())
    assert raw["optimizer"]["name"] == "adam" and raw["schedule"]["kind"] == "step"


def test_a_file_without_optimizer_or_schedule_loads_with_the_defaults():
    for name in ("blog-batch", "blog-sgd", "blog-minibatch"):
        raw = preset(name).to_dict()
        del raw["optimizer"], raw["schedule"]
        loaded = ExperimentConfig.from_dict(raw)
        assert loaded == preset(name)
        assert loaded.optimizer == OptimizerConfig() and loaded.schedule == ScheduleConfig()
    partial = ExperimentConfig.from_dict({"optimizer": {"name": "rmsprop"}})
    assert partial.optimizer == OptimizerConfig(name="rmsprop")


def test_config_generator_data_with_a_rule_runs_like_a_given_dataset():
    # The data config path (generated rows) and a Dataset passed in give one path.
    config = ExperimentConfig(
        data=DataConfig(samples=40, noise=0.5),
        optimizer=OptimizerConfig(name="rmsprop"),
        learning_rate=0.5,
        budget=30,
        seed=11,
    )
    generated = Run(config)
    generated.run_to_end()
    rows = generated.records.rows(0, 30)
    expected = reference_path(
        config.optimizer,
        generated.dataset,
        config.init,
        rows[8],
        [np.arange(40)] * 30,
    )
    assert_close(rows[2:4].T, expected["w"], rtol=1e-12)
