"""Records are bit-identical however a run is split into advance() calls."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from gd_desktop.core import BatchConfig, DataConfig, ExperimentConfig, Run
from gd_desktop.core import batches as batches_module

COMBINATIONS = list(
    itertools.product(
        ["batch", "sgd", "minibatch"], ["in-order", "shuffle", "replace"], [False, True]
    )
)
IRREGULAR = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 510, 513, 1, 700]


def config_for(method: str, order: str, drop_last: bool, blog_scaling: bool = False):
    return ExperimentConfig(
        data=DataConfig(samples=37, noise=0.3),
        batching=BatchConfig(
            method=method,
            batch_size=8,
            order=order,
            drop_last=drop_last,
            blog_scaling=blog_scaling,
        ),
        learning_rate=1e-4 if method == "batch" else 2e-4,
        budget=1100,
        seed=31,
    )


def in_one_go(config: ExperimentConfig) -> Run:
    run = Run(config)
    run.advance(run.total_updates)
    assert run.finished
    return run


def in_chunks(config: ExperimentConfig, chunks) -> Run:
    run = Run(config)
    for count in itertools.cycle(chunks):
        if run.finished:
            break
        run.advance(count)
    return run


def assert_same(a: Run, b: Run) -> None:
    assert a.step == b.step
    assert np.array_equal(a.records.rows(0, a.step), b.records.rows(0, b.step))
    assert a.weights == b.weights
    assert (a.best_mse, a.best_weights, a.best_step) == (b.best_mse, b.best_weights, b.best_step)
    assert a.stop_reason == b.stop_reason


@pytest.mark.parametrize(("method", "order", "drop_last"), COMBINATIONS)
def test_irregular_chunks_equal_one_go(method, order, drop_last):
    config = config_for(method, order, drop_last)
    assert_same(in_one_go(config), in_chunks(config, IRREGULAR))


@pytest.mark.parametrize(("method", "order", "drop_last"), COMBINATIONS)
def test_one_update_at_a_time_equals_one_go(method, order, drop_last):
    config = config_for(method, order, drop_last)
    run = Run(config)
    while not run.finished:
        assert run.advance(1) == 1
    assert_same(in_one_go(config), run)


@pytest.mark.parametrize("order", ["in-order", "shuffle", "replace"])
def test_blog_scaling_runs_are_deterministic_too(order):
    config = config_for("sgd", order, False, blog_scaling=True)
    assert_same(in_one_go(config), in_chunks(config, [1, 7, 1, 29]))


@pytest.mark.parametrize(("method", "order", "drop_last"), COMBINATIONS)
def test_small_blocks_and_run_to_end_equal_one_go(monkeypatch, method, order, drop_last):
    config = config_for(method, order, drop_last)
    expected = in_one_go(config)
    monkeypatch.setattr(batches_module, "MAX_BLOCK_ROWS", 20)
    run = Run(config)
    run.advance(3)
    run.run_to_end()
    assert_same(expected, run)


def test_a_passed_deadline_pauses_without_changing_the_records():
    config = config_for("minibatch", "shuffle", False)
    run = Run(config)
    while not run.finished:
        run.advance(5000, deadline=0.0)
    assert_same(in_one_go(config), run)


def test_two_runs_of_one_config_are_identical_and_seed_matters():
    config = config_for("sgd", "replace", False)
    assert_same(in_one_go(config), in_one_go(config))
    other = in_one_go(ExperimentConfig(**{**config.__dict__, "seed": 32}))
    assert not np.array_equal(other.records.column("w0"), in_one_go(config).records.column("w0"))


def test_advancing_a_finished_run_adds_nothing():
    run = in_one_go(config_for("batch", "in-order", False))
    before = run.records.rows(0, run.step)
    assert run.advance(10) == 0
    assert np.array_equal(before, run.records.rows(0, run.step))
