"""Experiment configs: JSON round trip and every validation error, by field name."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from gd_desktop.cli import messages
from gd_desktop.core import PRESETS, BatchConfig, ConfigError, DataConfig, ExperimentConfig
from gd_desktop.core.problems import Problem

CUSTOM = ExperimentConfig(
    data=DataConfig(source="line", samples=321, scale=3.5, slope=-0.25, intercept=7.0, noise=0.5),
    batching=BatchConfig(
        method="minibatch", batch_size=16, order="shuffle", drop_last=True, blog_scaling=True
    ),
    learning_rate=1.5e-3,
    budget=12,
    budget_unit="epochs",
    init=(-2.0, 0.5),
    seed=4_294_967_295,
    tolerance=1e-6,
    tolerance_on="grad",
    max_updates=5000,
)


@pytest.mark.parametrize("config", [*PRESETS.values(), ExperimentConfig(), CUSTOM])
def test_json_save_load_round_trip(tmp_path, config):
    path = tmp_path / "experiment.json"
    config.save(path)
    loaded = ExperimentConfig.load(path)
    assert loaded == config
    assert isinstance(loaded.init, tuple) and isinstance(loaded.data.true_weights, tuple)
    assert ExperimentConfig.from_json(config.to_json()) == config
    assert json.loads(path.read_text())["version"] == 1


def problems_of(raw) -> list[str]:
    """The problems of a bad config, as the command line words them."""
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.from_dict(raw)
    lines = messages.lines(info.value.problems)
    assert lines and messages.error_text(info.value) == "; ".join(lines)
    assert all(isinstance(p, Problem) for p in info.value.problems)
    return lines


def assert_named(problems: list[str], field: str) -> None:
    assert any(p.startswith(f"{field}:") for p in problems), (field, problems)


BAD_VALUES = [
    # unknown keys, at the top level and nested
    ({"colour": "red"}, "colour"),
    ({"data": {"rows": 5}}, "data.rows"),
    ({"batching": {"shuffle": True}}, "batching.shuffle"),
    # wrong types
    ({"learning_rate": "0.01"}, "learning_rate"),
    ({"learning_rate": True}, "learning_rate"),
    ({"budget": True}, "budget"),
    ({"budget": 10.5}, "budget"),
    ({"seed": "7"}, "seed"),
    ({"data": {"samples": 100.0}}, "data.samples"),
    ({"batching": {"drop_last": 1}}, "batching.drop_last"),
    ({"batching": {"method": 3}}, "batching.method"),
    ({"init": [1.0, 2.0, 3.0]}, "init"),
    ({"init": [1.0]}, "init"),
    ({"init": ["a", 1.0]}, "init"),
    ({"data": {"true_weights": 2.0}}, "data.true_weights"),
    ({"data": [1, 2]}, "data"),
    ({"batching": None}, "batching"),
    ({"tolerance": "small"}, "tolerance"),
    ({"version": 2}, "version"),
    # out of range
    ({"learning_rate": 0}, "learning_rate"),
    ({"learning_rate": -0.1}, "learning_rate"),
    ({"learning_rate": float("nan")}, "learning_rate"),
    ({"learning_rate": float("inf")}, "learning_rate"),
    ({"batching": {"method": "minibatch", "batch_size": 0}}, "batching.batch_size"),
    ({"batching": {"method": "minibatch", "batch_size": 101}}, "batching.batch_size"),
    ({"batching": {"method": "sgd", "batch_size": 0}}, "batching.batch_size"),
    ({"data": {"samples": 1}}, "data.samples"),
    ({"data": {"samples": 0}}, "data.samples"),
    ({"data": {"noise": -0.01}}, "data.noise"),
    ({"data": {"noise": float("nan")}}, "data.noise"),
    ({"data": {"scale": 0.0}}, "data.scale"),
    ({"data": {"slope": float("inf")}}, "data.slope"),
    ({"data": {"true_weights": [1.0, float("nan")]}}, "data.true_weights"),
    ({"seed": -1}, "seed"),
    ({"seed": 2**32}, "seed"),
    ({"budget": 0}, "budget"),
    ({"budget": -5}, "budget"),
    ({"max_updates": 0}, "max_updates"),
    ({"tolerance": 0}, "tolerance"),
    ({"tolerance": -1e-3}, "tolerance"),
    ({"tolerance": float("nan")}, "tolerance"),
    ({"init": [float("inf"), 0.0]}, "init"),
    # unknown names
    ({"batching": {"method": "newton"}}, "batching.method"),
    ({"batching": {"order": "random"}}, "batching.order"),
    ({"data": {"source": "parquet"}}, "data.source"),
    (
        {"data": {"source": "csv", "target": "y", "feature0": "x", "add_intercept": True}},
        "data.path",
    ),
    ({"data": {"outlier_fraction": 1.5}}, "data.outlier_fraction"),
    ({"budget_unit": "hours"}, "budget_unit"),
    ({"tolerance_on": "loss"}, "tolerance_on"),
]


@pytest.mark.parametrize(("raw", "field"), BAD_VALUES, ids=[repr(r) for r, _ in BAD_VALUES])
def test_each_bad_field_is_reported_by_name(raw, field):
    problems = problems_of(raw)
    assert_named(problems, field)
    assert len(problems) == 1


def test_valid_edge_values_are_accepted():
    ok = ExperimentConfig.from_dict(
        {
            "data": {"samples": 2, "noise": 0},
            "batching": {"method": "minibatch", "batch_size": 2},
            "seed": 0,
            "budget": 1,
            "tolerance": None,
            "learning_rate": 1,
        }
    )
    assert ok.learning_rate == 1.0 and isinstance(ok.learning_rate, float)
    assert ok.data.noise == 0.0 and ok.tolerance is None


def test_budget_over_the_update_cap_has_a_clear_message():
    problems = problems_of({"budget": 10_000_001})
    assert_named(problems, "budget")
    assert "cap" in problems[0] and "10,000,000" in problems[0] and "max_updates" in problems[0]
    # counted in updates, so epochs multiply by the updates per epoch (4 here)
    raw = {"batching": {"method": "minibatch"}, "budget_unit": "epochs", "budget": 3}
    assert_named(problems_of({**raw, "max_updates": 11}), "budget")
    assert ExperimentConfig.from_dict({**raw, "max_updates": 12}).budget == 3


def test_json_text_errors_are_config_errors(tmp_path):
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.from_json("{learning_rate: 1}")
    assert messages.line(info.value.first).startswith("not valid JSON")
    assert info.value.first.code == "json" and info.value.first["line"] == 1
    assert problems_of([]) == ["config: expected an object"]
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.load(tmp_path / "missing.json")
    assert messages.line(info.value.first) == f"{tmp_path / 'missing.json'}: no such file"
    # Python's json module accepts NaN; validation must still refuse it.
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.from_json('{"learning_rate": NaN}')
    assert_named(messages.lines(info.value.problems), "learning_rate")


def test_all_range_errors_are_reported_at_once():
    problems = problems_of(
        {
            "learning_rate": -1,
            "budget": 0,
            "seed": -3,
            "data": {"noise": -1, "samples": 1},
            "batching": {"method": "gradient", "order": "zigzag"},
        }
    )
    for field in ("learning_rate", "budget", "seed", "data.noise", "data.samples"):
        assert_named(problems, field)
    assert_named(problems, "batching.method")
    assert_named(problems, "batching.order")


def test_all_type_errors_and_unknown_keys_are_reported_at_once():
    problems = problems_of(
        {"learning_rate": "fast", "budget": True, "extra": 1, "data": {"samples": "many", "x": 0}}
    )
    for field in ("learning_rate", "budget", "extra", "data.samples", "data.x"):
        assert_named(problems, field)


def test_type_errors_do_not_hide_range_errors_in_other_fields():
    # A wrongly typed field and an out-of-range field in the same file must both
    # be reported, so a user fixing the file by hand sees every mistake at once.
    problems = problems_of({"learning_rate": "fast", "budget": 0, "data": {"noise": -1}})
    for field in ("learning_rate", "budget", "data.noise"):
        assert_named(problems, field)


def test_number_too_large_for_a_float_is_a_config_error():
    # JSON integers are unbounded; 10**400 cannot become a float learning rate.
    problems = problems_of({"learning_rate": 10**400})
    assert_named(problems, "learning_rate")
    assert_named(problems_of({"init": [10**400, 0]}), "init")


def test_replace_then_validate_catches_minibatch_size_against_samples():
    config = replace(CUSTOM, data=replace(CUSTOM.data, samples=10))
    problems = problems_of(config.to_dict())
    assert_named(problems, "batching.batch_size")
