"""The UI's sentences for every problem and fact core reports: with no translation
loaded they are the command line's words."""

from __future__ import annotations

import pytest
from core.problem_examples import FACTS, PROBLEMS

from gd_desktop.cli import messages as cli_messages
from gd_desktop.core.dataset import DatasetDescription
from gd_desktop.core.problems import CODES, FACT_CODES, problem
from gd_desktop.core.race import READY_RACES
from gd_desktop.widgets import messages


def test_every_code_core_reports_has_an_example():
    assert set(PROBLEMS) == set(CODES) and set(FACTS) == set(FACT_CODES)


@pytest.mark.parametrize("code", sorted(PROBLEMS))
def test_problem_sentence_is_the_command_lines(qapp, code):
    example, words = PROBLEMS[code]
    assert messages.describe(example) == words


@pytest.mark.parametrize("code", sorted(FACTS))
def test_fact_sentence_is_the_command_lines(qapp, code):
    example, words = FACTS[code]
    assert messages.describe_fact(example) == words


def test_explain_leaves_out_the_field(qapp):
    beta = problem(
        "interval", "optimizer.beta", low=0, high=1, low_open=False, high_open=True, value=2.0
    )
    assert messages.explain(beta) == "must be in [0, 1), got 2.0"
    assert messages.describe(beta) == "optimizer.beta: must be in [0, 1), got 2.0"


def test_race_runs_and_datasets(qapp):
    slow = problem("positive", "learning_rate", value=0.0).in_run(2, "Slow")
    assert messages.describe(slow) == cli_messages.line(slow)
    for _title, build in READY_RACES.values():
        for entry in build():
            assert messages.run_name(entry) == entry.label
    description = DatasetDescription(FACTS["generated"][0], (FACTS["noise"][0],))
    assert messages.describe_dataset(description) == cli_messages.dataset(description)
    assert messages.describe_dataset(DatasetDescription()) == ""


@pytest.mark.parametrize(
    ("code", "params", "words"),
    [
        ("entry_not_number", {"text": "loud"}, "'loud' is not a number"),
        ("entry_not_finite", {}, "must be a finite number"),
        ("entry_above", {"bound": "0"}, "must be greater than 0"),
        ("entry_at_least", {"bound": "0"}, "must be at least 0"),
        ("entry_below", {"bound": "1"}, "must be less than 1"),
        ("entry_at_most", {"bound": "1"}, "must be at most 1"),
    ],
)
def test_entry_problems(qapp, code, params, words):
    assert code in messages.ENTRY_CODES
    assert messages.describe(problem(code, "data.noise", **params)) == words
