"""The ready-made landscape races: what each is meant to show happens, and a race's
per-run starts survive a file and give way to a click."""

from __future__ import annotations

import math

import numpy as np
import pytest

from gd_desktop import cli
from gd_desktop.cli.race_notes import RACE_NOTES
from gd_desktop.core.csv_import import dataset_for
from gd_desktop.core.landscape_races import LANDSCAPE_RACES
from gd_desktop.core.race import Race, race_from_json, race_to_json, summarize, with_start
from gd_desktop.core.run import STOP_BUDGET


def _race(key: str) -> Race:
    entries = LANDSCAPE_RACES[key][1]()
    data = entries[0].config.data
    dataset = dataset_for(data).dataset if data.source == "csv" else None
    race = Race(entries, dataset)
    race.run_to_end()
    return race


def test_the_saddle_race_leaves_plain_descent_at_the_saddle() -> None:
    race = _race("saddle")
    ends = {e.label: run.weights for e, run in zip(race.entries, race.runs, strict=True)}
    assert all(run.step == 250 for run in race.runs)
    assert math.hypot(*ends["GD"]) < 0.1
    for label in ("Momentum", "Adam"):
        w0, w1 = ends[label]
        assert min(math.hypot(w0, w1 - 1.0), math.hypot(w0, w1 + 1.0)) < 0.1, label
    # the offset across the ridge grew by 1 + 4 x rate per update, near enough
    gd = race.runs[0]
    w1 = gd.records.column("w1")
    assert w1[199] / w1[99] == pytest.approx(1.04**100, rel=0.05)


def test_two_minima_each_start_ends_in_its_own_basin() -> None:
    race = _race("two-minima")
    left, right = race.runs
    assert left.config.init != right.config.init
    assert left.weights[0] == pytest.approx(-0.9676, abs=1e-3)
    assert right.weights[0] == pytest.approx(0.9053, abs=1e-3)
    assert summarize(left).distance < 1e-6 and summarize(right).distance > 1.8


def test_rosenbrock_momentum_and_adam_reach_the_minimum_first() -> None:
    race = _race("rosenbrock")
    distances = {
        e.label: summarize(r).distance for e, r in zip(race.entries, race.runs, strict=True)
    }
    assert distances["Momentum"] < 1e-6 and distances["Adam"] < 1e-6 and distances["GD"] > 0.05


def test_separable_classes_run_to_their_budget_with_no_distance() -> None:
    race = _race("separable")
    for run in race.runs:
        assert run.stop_reason == STOP_BUDGET
        s = summarize(run)
        assert math.isnan(s.distance) and s.to_target is None
        losses = run.records.column("mse")
        assert np.all(np.diff(losses[-200:]) < 0) and losses[-1] < 0.01


def test_own_starts_survive_a_file_and_a_click_moves_every_run() -> None:
    entries = LANDSCAPE_RACES["two-minima"][1]()
    again = race_from_json(race_to_json(entries))
    assert [e.config.init for e in again] == [(-0.4, 0.4), (0.6, 0.4)]
    assert all(e.own_start for e in again)
    clicked = with_start(again, (0.2, -0.1))
    race = Race(clicked)
    assert [run.start_weights for run in race.runs] == [(0.2, -0.1), (0.2, -0.1)]


@pytest.mark.parametrize("key", sorted(LANDSCAPE_RACES))
def test_the_command_line_runs_each_race_with_its_note(key: str, capsys) -> None:
    assert cli.main(["--race", key, "--quiet"]) == 0
    out = capsys.readouterr().out
    assert LANDSCAPE_RACES[key][0] in out and RACE_NOTES[key] in out
    assert "best loss" in out


def test_a_race_takes_no_other_flags(capsys) -> None:
    assert cli.main(["--race", "saddle", "--lr", "0.1"]) == 2
    assert "--lr does not apply to a race" in capsys.readouterr().err
