"""Learning-rate schedules: each rate from its formula, in the schedule and in a run's records."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.cli import messages
from gd_desktop.core import BatchConfig, ConfigError, DataConfig, ExperimentConfig, Run
from gd_desktop.core.config import OptimizerConfig, ScheduleConfig, schedule_problems
from gd_desktop.core.schedules import rate_factors, rates

LR = 0.003


def formula(schedule: ScheduleConfig, lr: float, k: int, total: int) -> float:
    """The rate of update k (from 1) of a ``total``-update budget, written out."""
    if schedule.kind == "constant":
        return lr
    if schedule.kind == "step":
        return lr * schedule.gamma ** math.floor((k - 1) / schedule.step_size)
    if schedule.kind == "exponential":
        return lr * schedule.exp_gamma ** (k - 1)
    if schedule.kind == "inverse-time":
        return lr / (1 + schedule.decay * (k - 1))
    if schedule.kind == "cosine":
        m = schedule.min_factor
        return lr * (m + (1 - m) * (1 + math.cos(math.pi * (k - 1) / total)) / 2)
    raise AssertionError(schedule.kind)


SCHEDULES = {
    "constant": ScheduleConfig(),
    "step": ScheduleConfig(kind="step", step_size=7, gamma=0.6),
    "step-default": ScheduleConfig(kind="step"),
    "step-every-update": ScheduleConfig(kind="step", step_size=1, gamma=0.97),
    "exponential": ScheduleConfig(kind="exponential", exp_gamma=0.98),
    "exponential-flat": ScheduleConfig(kind="exponential", exp_gamma=1.0),
    "inverse-time": ScheduleConfig(kind="inverse-time", decay=0.05),
    "inverse-time-zero": ScheduleConfig(kind="inverse-time", decay=0.0),
    "cosine": ScheduleConfig(kind="cosine"),
    "cosine-floor": ScheduleConfig(kind="cosine", min_factor=0.25),
    "cosine-flat": ScheduleConfig(kind="cosine", min_factor=1.0),
}


def expected_rates(schedule: ScheduleConfig, lr: float, total: int) -> np.ndarray:
    return np.array([formula(schedule, lr, k, total) for k in range(1, total + 1)])


@pytest.mark.parametrize("name", SCHEDULES)
@pytest.mark.parametrize("total", [1, 2, 37, 300])
def test_rates_match_the_formula(name, total):
    schedule = SCHEDULES[name]
    got = rates(schedule, LR, total)
    assert got.shape == (total,)
    np.testing.assert_allclose(got, expected_rates(schedule, LR, total), rtol=1e-14, atol=0)
    assert got[0] == pytest.approx(LR, rel=1e-15)  # every schedule starts at the base rate


@pytest.mark.parametrize("name", SCHEDULES)
def test_factors_of_any_stretch_agree_with_the_whole_budget(name):
    schedule = SCHEDULES[name]
    whole = rate_factors(schedule, 1, 250, 250)
    for first, count in ((1, 1), (2, 10), (100, 51), (250, 1)):
        part = rate_factors(schedule, first, count, 250)
        np.testing.assert_allclose(part, whole[first - 1 : first - 1 + count], rtol=1e-15)


def test_schedule_shapes():
    step = rates(SCHEDULES["step"], 1.0, 30)
    assert np.all(step[:7] == 1.0) and np.all(step[7:14] == 0.6) and step[14] == 0.6**2
    cosine = rates(SCHEDULES["cosine-floor"], 1.0, 100)
    assert np.all(np.diff(cosine) < 0) and cosine[-1] > 0.25
    assert cosine[50] == pytest.approx(0.25 + 0.75 * 0.5)  # half way: the mean of lr and floor
    assert np.all(rates(SCHEDULES["cosine-flat"], 1.0, 50) == 1.0)
    inverse = rates(SCHEDULES["inverse-time"], 1.0, 41)
    assert inverse[20] == pytest.approx(0.5) and inverse[40] == pytest.approx(1 / 3)


def test_unknown_kind_is_refused_by_the_schedule_itself():
    with pytest.raises(ValueError, match="linear"):
        rates(ScheduleConfig(kind="linear"), 1.0, 3)


def experiment(schedule: ScheduleConfig, **changes) -> ExperimentConfig:
    base = ExperimentConfig(
        data=DataConfig(samples=45, noise=0.5),
        schedule=schedule,
        learning_rate=LR if "optimizer" in changes else 2e-5,
        budget=120,
        seed=8,
    )
    return replace(base, **changes)


@pytest.mark.parametrize("name", SCHEDULES)
@pytest.mark.parametrize("rule", ["gd", "adam"])
def test_records_carry_the_scheduled_rate(name, rule):
    config = experiment(SCHEDULES[name], optimizer=OptimizerConfig(name=rule))
    run = Run(config)
    for count in (1, 5, 50, 1000):  # split, so each piece starts at a later update
        run.advance(count)
    assert run.step == 120
    lrs = run.records.column("lr")
    np.testing.assert_allclose(lrs, expected_rates(config.schedule, config.learning_rate, 120))
    np.testing.assert_allclose(lrs, rates(config.schedule, config.learning_rate, 120), rtol=1e-15)


@pytest.mark.parametrize("method", ["batch", "minibatch"])
def test_plain_descent_moves_by_the_scheduled_rate(method):
    schedule = SCHEDULES["step"]
    batching = BatchConfig(method=method, batch_size=10, order="shuffle")
    run = Run(experiment(schedule, batching=batching))
    run.run_to_end()
    rows = run.records.rows(0, run.step)
    before = np.column_stack([run.start_weights, rows[2:4, :-1]])
    np.testing.assert_allclose(rows[2:4], before - rows[8] * rows[6:8], rtol=1e-13)


@pytest.mark.parametrize("method", ["sgd", "minibatch"])
def test_cosine_budget_in_epochs_counts_updates(method):
    batching = BatchConfig(method=method, batch_size=10, order="shuffle")
    config = experiment(SCHEDULES["cosine"], batching=batching, budget=3, budget_unit="epochs")
    run = Run(config)
    run.run_to_end()
    total = run.total_updates
    assert total == 3 * (45 if method == "sgd" else 5)
    lrs = run.records.column("lr")
    np.testing.assert_allclose(lrs, expected_rates(config.schedule, config.learning_rate, total))


@pytest.mark.parametrize("name", ["constant", "step", "exponential", "inverse-time", "cosine"])
def test_set_learning_rate_scales_the_schedule_from_then_on(name):
    config = experiment(SCHEDULES[name])
    run = Run(config)
    run.advance(30)
    run.set_learning_rate(3 * config.learning_rate)
    run.advance(40)
    run.set_learning_rate(0.5 * config.learning_rate)
    run.run_to_end()
    base = expected_rates(config.schedule, config.learning_rate, 120)
    scale = np.concatenate([np.ones(30), np.full(40, 3.0), np.full(50, 0.5)])
    np.testing.assert_allclose(run.records.column("lr"), scale * base, rtol=1e-14)


def test_a_stopped_run_keeps_the_rates_it_used():
    config = experiment(SCHEDULES["exponential"], tolerance=1e6)
    run = Run(config)
    run.run_to_end()
    assert run.stop_reason == "tolerance" and run.step < 120
    expected = expected_rates(config.schedule, config.learning_rate, 120)[: run.step]
    np.testing.assert_allclose(run.records.column("lr"), expected, rtol=1e-14)


# -- validation ---------------------------------------------------------------------------
BAD_SCHEDULES = [
    ({"kind": "linear"}, "schedule.kind"),
    ({"kind": "Cosine"}, "schedule.kind"),
    ({"kind": "step", "step_size": 0}, "schedule.step_size"),
    ({"kind": "step", "gamma": 0.0}, "schedule.gamma"),
    ({"kind": "step", "gamma": 1.5}, "schedule.gamma"),
    ({"kind": "step", "gamma": float("nan")}, "schedule.gamma"),
    ({"kind": "exponential", "exp_gamma": -0.5}, "schedule.exp_gamma"),
    ({"kind": "exponential", "exp_gamma": 1.01}, "schedule.exp_gamma"),
    ({"kind": "inverse-time", "decay": -0.01}, "schedule.decay"),
    ({"kind": "inverse-time", "decay": float("inf")}, "schedule.decay"),
    ({"kind": "cosine", "min_factor": -0.1}, "schedule.min_factor"),
    ({"kind": "cosine", "min_factor": 1.5}, "schedule.min_factor"),
    ({"kind": "cosine", "min_factor": float("nan")}, "schedule.min_factor"),
    # a rate that would underflow to 0 within the budget (500 updates)
    ({"kind": "step", "step_size": 1, "gamma": 1e-10}, "schedule.gamma"),
    ({"kind": "step", "step_size": 10, "gamma": 1e-7}, "schedule.gamma"),
    ({"kind": "exponential", "exp_gamma": 0.1}, "schedule.exp_gamma"),
    ({"kind": "exponential", "exp_gamma": 0.2}, "schedule.exp_gamma"),
]


@pytest.mark.parametrize(("raw", "field"), BAD_SCHEDULES, ids=[repr(r) for r, _ in BAD_SCHEDULES])
def test_each_bad_schedule_field_is_named(raw, field):
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.from_dict({"schedule": raw})
    assert [p.field for p in info.value.problems] == [field]
    with pytest.raises(ConfigError) as info:
        Run(ExperimentConfig(schedule=replace(ScheduleConfig(), **raw)))
    assert [p.field for p in info.value.problems] == [field]


def test_underflow_depends_on_the_budget():
    fast = ScheduleConfig(kind="exponential", exp_gamma=0.5)
    # 0.5 ** 899 is about 1e-271; 0.5 ** 1099 about 1e-331, below any float's reach
    assert schedule_problems(fast, 900) == []
    (problem,) = schedule_problems(fast, 1100)
    assert (problem.code, problem.field, problem["updates"]) == (
        "underflow",
        "schedule.exp_gamma",
        1100,
    )
    assert messages.line(problem) == (
        "schedule.exp_gamma: the rate would fall to 0 before update 1,100; "
        "raise it or shorten the budget"
    )
    assert ExperimentConfig.from_dict({"schedule": {"kind": "exponential", "exp_gamma": 0.5}})
    with pytest.raises(ConfigError, match="schedule.exp_gamma"):
        ExperimentConfig.from_dict(
            {"schedule": {"kind": "exponential", "exp_gamma": 0.5}, "budget": 1100}
        )
    # counted in updates, so a budget in epochs multiplies by the updates per epoch
    stepped = {"kind": "step", "step_size": 1, "gamma": 0.1}
    epochs = {"batching": {"method": "minibatch", "batch_size": 25}, "budget_unit": "epochs"}
    assert ExperimentConfig.from_dict({"schedule": stepped, **epochs, "budget": 70})
    with pytest.raises(ConfigError, match="schedule.gamma"):
        ExperimentConfig.from_dict({"schedule": stepped, **epochs, "budget": 90})
    # without a budget (a CSV file not read yet) only the ranges are checked
    assert schedule_problems(fast, None) == []


def test_the_rate_at_the_underflow_edge_is_still_positive():
    config = ExperimentConfig(
        schedule=ScheduleConfig(kind="exponential", exp_gamma=0.5), budget=900, learning_rate=1e-3
    )
    run = Run(config)
    run.run_to_end()
    assert np.all(run.records.column("lr") > 0)


def test_unused_schedule_fields_are_not_checked():
    config = ExperimentConfig.from_dict(
        {"schedule": {"kind": "cosine", "gamma": 7.0, "decay": -1.0, "step_size": 0}}
    )
    assert config.schedule.gamma == 7.0


def test_every_bad_field_is_reported_at_once():
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.from_dict(
            {
                "learning_rate": -1,
                "optimizer": {"name": "adam", "beta1": 1.0, "eps": 0},
                "schedule": {"kind": "step", "step_size": 0, "gamma": 2.0},
            }
        )
    fields = {p.field for p in info.value.problems}
    assert fields == {
        "learning_rate",
        "optimizer.beta1",
        "optimizer.eps",
        "schedule.step_size",
        "schedule.gamma",
    }
