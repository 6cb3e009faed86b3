"""The experiment file format: standard JSON only, bounds said once, memory checked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gd_desktop.cli import messages
from gd_desktop.core import memory
from gd_desktop.core.config import ConfigError, ExperimentConfig, validate
from gd_desktop.core.config_json import MAX_DEPTH, nesting_depth
from gd_desktop.core.files import FileProblem
from gd_desktop.core.race import RaceEntry, race_to_json


def test_nan_is_never_written_as_non_standard_json(tmp_path):
    path = tmp_path / "experiment.json"
    path.write_text("the previous file\n")
    config = replace(ExperimentConfig(), learning_rate=float("nan"))
    with pytest.raises(FileProblem) as info:
        config.save(path)
    assert messages.line(info.value.first) == (
        "learning_rate: nan cannot be saved: JSON holds finite numbers only"
    )
    assert path.read_text() == "the previous file\n"


def test_an_infinite_start_in_a_race_is_named_by_its_path():
    config = replace(ExperimentConfig(), init=(1.0, float("inf")))
    with pytest.raises(FileProblem) as info:
        race_to_json([RaceEntry(config, "a", "#ff991a")])
    assert info.value.first.field == "race[0].config.init[1]"


def test_nesting_depth_skips_strings():
    assert nesting_depth('{"a": ["[[[[", {"b": "]]"}]}') == 3
    assert nesting_depth("") == 0
    deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.from_json(deep)
    assert info.value.first.code == "too_deep"


def test_a_huge_integer_in_the_start_is_named_not_converted():
    with pytest.raises(ConfigError) as info:
        ExperimentConfig.from_json('{"init": [1' + "0" * 5000 + ", 2]}")
    assert [p.field for p in info.value.problems] == ["init"]


def test_the_memory_check_uses_the_one_free_memory_function(monkeypatch):
    config = replace(ExperimentConfig(), budget=1_000_000)
    monkeypatch.setattr(memory, "free_memory", lambda: 10**9)
    assert validate(config) == []
    monkeypatch.setattr(memory, "free_memory", lambda: 10**8)
    (problem,) = validate(config)
    assert problem.code == "run_memory" and problem.field == "budget"
    assert problem["need"] == memory.run_memory(1_000_000, 100) > 10**8
    monkeypatch.setattr(memory, "free_memory", lambda: None)
    assert validate(config) == []


def test_a_nan_in_the_target_alone_is_too_large_to_fit():
    import numpy as np

    from gd_desktop.core.dataset import data_too_large

    features = np.ones((3, 2))
    assert data_too_large(features, np.array([1.0, 2.0, 3.0])) is None
    found = data_too_large(features, np.array([1.0, float("nan"), 3.0]))
    assert found is not None and found.field == "data"
