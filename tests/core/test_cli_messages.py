"""The command line's words for every problem and fact core reports."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.cli import messages
from gd_desktop.core import DataConfig, Dataset, ExperimentConfig, Run, preset
from gd_desktop.core.dataset import generate_dataset, standardized
from gd_desktop.core.problems import CODES, FACT_CODES, problem
from gd_desktop.core.race import READY_RACES, sweep_race

from .problem_examples import FACTS, PROBLEMS


def test_every_code_has_an_example_and_an_english_line():
    assert set(PROBLEMS) == set(CODES)
    assert set(FACTS) == set(FACT_CODES)
    assert set(CODES) <= set(messages.BODIES)
    assert set(FACT_CODES) <= set(messages.FACTS)


@pytest.mark.parametrize("code", sorted(PROBLEMS))
def test_problem_line(code):
    example, words = PROBLEMS[code]
    assert example.code == code
    assert messages.line(example) == words


@pytest.mark.parametrize("code", sorted(FACTS))
def test_fact_line(code):
    example, words = FACTS[code]
    assert example.code == code
    assert messages.fact(example) == words


def test_a_problem_of_a_race_run_starts_with_the_run():
    inner = problem("positive", "learning_rate", value=0.0)
    moved = inner.in_run(2, "Slow")
    assert moved.field == "race[2].learning_rate" and moved.run_field == "learning_rate"
    assert (
        messages.line(moved) == "Slow (run 2): learning_rate: must be a finite number > 0, got 0.0"
    )
    whole = problem("race_entry").in_run(3, "Fast")
    assert whole.field == "race[3]" and whole.run_field == ""
    assert messages.line(whole) == "Fast (run 3): expected an object with a config"


def test_divergence_is_worded_with_the_stable_limit():
    config = replace(preset("blog-batch"), learning_rate=0.01, budget=1000)
    run = Run(config)
    run.run_to_end()
    limit = run.loss.stable_learning_rate
    assert messages.line(run.divergence_problem()) == (
        f"the loss grew without bound at learning rate 0.01, {0.01 / limit:.3g} x the stable "
        f"limit 2/lambda_max = {limit:.6g}; try a rate below {limit:.6g}"
    )


def test_generated_datasets_are_described():
    rng = np.random.RandomState(0)
    data = DataConfig(noise=0.5, outlier_fraction=0.1, outlier_size=40.0)
    dataset = generate_dataset(data, rng)
    assert messages.dataset(dataset.description) == (
        "generated: y = 2 x0 + -30 x1 + noise (sigma 0.5) + 10 outliers of size 40"
    )
    line = generate_dataset(DataConfig(source="line", slope=-1.5, intercept=4.0), rng)
    assert messages.dataset(standardized(line).description) == (
        "line fit: y = -1.5 x + 4 (features standardised)"
    )
    assert messages.dataset(Dataset(rng.randn(3, 2), rng.randn(3)).description) == ""


def test_ready_made_runs_keep_their_labels_and_name_them_as_facts():
    for _title, build in READY_RACES.values():
        for entry in build():
            assert entry.name is not None
            assert messages.fact(entry.name) == entry.label
    limit = Run(ExperimentConfig()).loss.stable_learning_rate
    assert [e.label for e in sweep_race(limit=limit)] == [
        "0.5 x limit",
        "1 x limit",
        "1.5 x limit",
    ]
    assert math.isclose(sweep_race(limit=limit)[0].config.learning_rate, 0.5 * limit)
