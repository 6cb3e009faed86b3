"""Stopping rules of a run, and the record table it keeps."""

from __future__ import annotations

import io
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import (
    FIELDS,
    BatchConfig,
    ConfigError,
    DataConfig,
    Dataset,
    ExperimentConfig,
    RecordTable,
    Run,
    preset,
)
from gd_desktop.core.dataset import generate_dataset
from gd_desktop.core.records import FIELD_INDEX, column_of


def blog_batch(seed: int = 0, samples: int = 100, **changes) -> ExperimentConfig:
    config = preset("blog-batch")
    return replace(config, data=replace(config.data, samples=samples), seed=seed, **changes)


def stable_rate(config: ExperimentConfig) -> float:
    return Run(config).loss.stable_learning_rate


def finished(config: ExperimentConfig) -> Run:
    run = Run(config)
    run.run_to_end()
    return run


@pytest.mark.parametrize(("seed", "samples"), [(0, 100), (1, 100), (4, 37), (9, 1000)])
def test_diverges_just_above_the_stable_rate(seed, samples):
    limit = stable_rate(blog_batch(seed, samples))
    run = finished(blog_batch(seed, samples, learning_rate=1.1 * limit, budget=100_000))
    assert run.stop_reason == "diverged"
    assert 0 < run.step < run.total_updates
    assert np.all(np.isfinite(run.records.rows(0, run.step)))
    assert np.all(np.isfinite(run.weights)) and np.isfinite(run.mse)
    why = run.divergence_problem()
    assert (why.code, why.field, why["rule"]) == ("diverged", "learning_rate", "gd")
    assert why["limit"] == limit and f"{why['limit']:.6g}" == f"{limit:.6g}"
    assert f"{why['ratio']:.3g}" == "1.1" and why["learning_rate"] == run.learning_rate
    mse = run.records.column("mse")
    assert mse[-1] > 1e11 * run.start_mse  # grew by the divergence factor (1e12)


@pytest.mark.parametrize(("seed", "samples"), [(0, 100), (1, 100), (4, 37), (9, 1000)])
def test_converges_just_below_the_stable_rate(seed, samples):
    limit = stable_rate(blog_batch(seed, samples))
    run = finished(blog_batch(seed, samples, learning_rate=0.9 * limit, budget=3000))
    assert run.stop_reason == "budget"
    mse = run.records.column("mse")
    assert mse[0] < run.start_mse
    assert np.all(np.diff(mse) <= 1e-12 * run.start_mse)
    assert mse[-1] - run.loss.optimum_mse <= 1e-9 * run.start_mse
    np.testing.assert_allclose(run.weights, run.loss.optimum, rtol=1e-6, atol=1e-6)


def test_line_fit_converges_below_the_stable_rate():
    config = ExperimentConfig(data=DataConfig(source="line", noise=1.0), budget=20_000)
    config = replace(config, learning_rate=0.9 * stable_rate(config))
    run = finished(config)
    assert run.stop_reason == "budget"
    np.testing.assert_allclose(run.weights, run.loss.optimum, rtol=1e-8)
    assert run.mse == pytest.approx(run.loss.optimum_mse, rel=1e-9)


def test_a_huge_rate_stops_as_diverged_with_only_finite_records():
    run = finished(blog_batch(learning_rate=1e200))
    assert run.stop_reason == "diverged"
    assert np.all(np.isfinite(run.records.rows(0, run.step)))
    assert np.all(np.isfinite(run.weights))


@pytest.mark.parametrize("method", ["sgd", "minibatch"])
def test_stochastic_runs_can_diverge_too(method):
    config = replace(
        blog_batch(budget=10_000, learning_rate=0.5),
        batching=BatchConfig(method=method, batch_size=10, order="shuffle"),
    )
    run = finished(config)
    assert run.stop_reason == "diverged"
    assert np.all(np.isfinite(run.records.rows(0, run.step)))


@pytest.mark.parametrize("unit", ["updates", "epochs"])
def test_budget_stop(unit):
    config = replace(preset("blog-minibatch"), budget=7, budget_unit=unit)
    run = finished(config)
    assert run.stop_reason == "budget"
    assert run.step == run.total_updates == (7 if unit == "updates" else 28)


def test_tolerance_on_mse_stops_at_first_record_below_it():
    run = finished(blog_batch(tolerance=1000.0))
    mse = run.records.column("mse")
    assert run.stop_reason == "tolerance"
    assert run.step < run.total_updates
    assert mse[-1] <= 1000.0 and np.all(mse[:-1] > 1000.0)


def test_tolerance_on_gradient_norm_stops_at_first_record_below_it():
    run = finished(blog_batch(learning_rate=1e-3, tolerance=50.0, tolerance_on="grad"))
    assert run.stop_reason == "tolerance"
    w0, w1 = run.records.column("w0"), run.records.column("w1")
    norms = [np.hypot(*run.loss.gradient(a, b)) for a, b in zip(w0, w1, strict=True)]
    assert norms[-1] <= 50.0 and all(n > 50.0 for n in norms[:-1])
    on_mse = finished(blog_batch(learning_rate=1e-3, tolerance=50.0, tolerance_on="mse"))
    assert on_mse.stop_reason == "tolerance" and on_mse.step != run.step


def test_unreached_tolerance_stops_on_budget():
    run = finished(blog_batch(tolerance=1e-30))
    assert run.stop_reason == "budget" and run.step == 500


def test_invalid_config_or_rate_is_rejected_by_run():
    with pytest.raises(ConfigError) as info:
        Run(blog_batch(learning_rate=0.0))
    assert any(p.field == "learning_rate" for p in info.value.problems)
    run = Run(blog_batch())
    for bad in (0.0, -1.0, float("nan"), float("inf")):
        with pytest.raises(ConfigError):
            run.set_learning_rate(bad)


def test_run_on_a_given_dataset_checks_batch_size_against_its_rows():
    rng = np.random.RandomState(0)
    data = Dataset(rng.randn(20, 2), rng.randn(20))
    config = ExperimentConfig(batching=BatchConfig(method="minibatch", batch_size=25))
    with pytest.raises(ConfigError, match="batching.batch_size"):
        Run(config, data)
    run = Run(replace(config, batching=BatchConfig(method="minibatch", batch_size=20)), data)
    assert run.dataset is data and run.updates_per_epoch == 1


def test_line_fit_dataset_has_an_intercept_column():
    config = DataConfig(source="line", samples=50, slope=-1.5, intercept=4.0)
    data = generate_dataset(config, np.random.RandomState(3))
    x = 12.0 * np.random.RandomState(3).randn(50)
    np.testing.assert_array_equal(data.features, np.column_stack([np.ones(50), x]))
    np.testing.assert_allclose(data.target, 4.0 - 1.5 * x, rtol=1e-15)


@pytest.mark.parametrize("block_rows", [1, 3, 7, 64])
def test_record_table_reads_across_blocks(block_rows):
    table = RecordTable(block_rows=block_rows)
    values = np.arange(len(FIELDS) * 50, dtype=float).reshape(len(FIELDS), 50)
    for start, stop in [(0, 1), (1, 9), (9, 30), (30, 50)]:
        table.append(values[:, start:stop])
    assert len(table) == 50
    np.testing.assert_array_equal(table.rows(0, 50), values)
    np.testing.assert_array_equal(table.rows(5, 23), values[:, 5:23])
    np.testing.assert_array_equal(table.column("w1", 3, 44), values[column_of("w1"), 3:44])
    idx = np.array([0, 49, 7, 8, 21])
    np.testing.assert_array_equal(table.take("mse", idx), values[column_of("mse"), idx])
    ordered = np.array([0, 1, 2, 7, 8, 21, 22, 48, 49])
    fields = ("w0", "w1", "mse", "batch_mse")
    picked = table.take_fields(fields, ordered)
    np.testing.assert_array_equal(picked, values[[FIELDS.index(f) for f in fields]][:, ordered])
    assert table.take_fields(fields, np.array([], dtype=np.int64)).shape == (4, 0)
    assert table.record(10) == dict(zip(FIELDS, values[:, 10], strict=True))
    assert table.last() == table.record(49)
    with pytest.raises(IndexError):
        table.record(50)


def test_record_fields_are_found_by_name():
    assert [column_of(name) for name in FIELDS] == list(range(len(FIELDS)))
    assert {name: FIELDS.index(name) for name in FIELDS} == FIELD_INDEX
    with pytest.raises(KeyError):
        column_of("loss")
    with pytest.raises(IndexError):
        RecordTable().last()
    run = finished(replace(preset("blog-sgd"), budget=20))
    last = run.records.last()
    assert last["step"] == run.step and (last["w0"], last["w1"]) == run.weights
    assert last["mse"] == run.mse


def test_record_table_csv_round_trips_at_full_precision():
    run = finished(replace(preset("blog-sgd"), budget=50))
    stream = io.StringIO()
    run.records.write_csv(stream)
    lines = stream.getvalue().splitlines()
    assert lines[0] == ",".join(FIELDS)
    parsed = np.array([line.split(",") for line in lines[1:]], dtype=float).T
    assert np.array_equal(parsed, run.records.rows(0, run.step))


def test_released_blocks_free_memory_and_the_table_goes_on():
    table = RecordTable(block_rows=4)
    values = np.arange(len(FIELDS) * 10, dtype=float).reshape(len(FIELDS), 10)
    table.append(values[:, :9])
    table.release_before(9)  # blocks 0 and 1 (rows 0-7) go; row 8 stays
    assert len(table) == 9
    np.testing.assert_array_equal(table.rows(8, 9), values[:, 8:9])
    table.append(values[:, 9:])
    np.testing.assert_array_equal(table.rows(8, 10), values[:, 8:10])
    with pytest.raises(ValueError):
        table.rows(0, 10)
