"""Races: runs in lockstep on shared data, each equal to the same config run alone."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.cli import messages
from gd_desktop.core import BatchConfig, ConfigError, DataConfig, ExperimentConfig, Run, preset
from gd_desktop.core.config import OptimizerConfig, ScheduleConfig
from gd_desktop.core.race import (
    MAX_RUNS,
    PALETTE,
    READY_RACES,
    Race,
    RaceEntry,
    SummaryTracker,
    aligned,
    load_race,
    race_from_json,
    race_to_json,
    summarize,
    sweep_race,
    target_mse,
)

BASE = ExperimentConfig(data=DataConfig(samples=40, noise=0.4), seed=12, init=(0.5, -1.0))


def entry(index: int, label: str | None = None, **changes) -> RaceEntry:
    return RaceEntry(replace(BASE, **changes), label or f"Run {index + 1}", PALETTE[index])


def mixed_entries() -> list[RaceEntry]:
    """Three batch schemes and three rules, with budgets that end at different updates."""
    return [
        entry(0, "batch", learning_rate=1e-4, budget=300),
        entry(
            1,
            "sgd",
            batching=BatchConfig(method="sgd", order="replace", blog_scaling=True),
            learning_rate=2e-3,
            budget=700,
        ),
        entry(
            2,
            "minibatch",
            batching=BatchConfig(method="minibatch", batch_size=9, order="shuffle"),
            learning_rate=5e-5,
            budget=100,
            budget_unit="epochs",
        ),
        entry(3, "momentum", optimizer=OptimizerConfig(name="momentum"), learning_rate=2e-5),
        entry(
            4,
            "adam sgd",
            batching=BatchConfig(method="sgd", order="shuffle"),
            optimizer=OptimizerConfig(name="adam"),
            learning_rate=0.5,
            budget=10,
            budget_unit="epochs",
        ),
        entry(
            5,
            "rmsprop cosine",
            optimizer=OptimizerConfig(name="rmsprop"),
            schedule=ScheduleConfig(kind="cosine"),
            learning_rate=0.3,
            budget=650,
        ),
    ]


def alone(config: ExperimentConfig) -> Run:
    run = Run(config)
    run.run_to_end()
    return run


def test_runs_advance_in_lockstep_and_stop_at_their_own_budgets():
    race = Race(mixed_entries())
    totals = [run.total_updates for run in race.runs]
    assert totals == [300, 700, 500, 500, 400, 650]
    seen_finished = []
    for count in [1, 7, 128, 129, 50, 300, 1, 2000]:
        before = race.step
        done = race.advance(count)
        going = [run for run in race.runs if not run.finished]
        assert all(run.step == race.step for run in going)
        for run, total in zip(race.runs, totals, strict=True):
            assert run.step == min(total, race.step)
            assert run.finished == (run.step == total)
        assert done == race.step - before
        seen_finished.append(sum(run.finished for run in race.runs))
    assert race.finished and race.step == 700
    assert seen_finished == sorted(seen_finished) and seen_finished[0] == 0
    assert all(run.stop_reason == "budget" for run in race.runs)
    assert race.advance(10) == 0


def test_each_run_in_a_race_equals_the_same_config_run_alone():
    race = Race(mixed_entries())
    race.run_to_end()
    for racer, e in zip(race.runs, race.entries, strict=True):
        solo = alone(e.config)
        assert racer.step == solo.step
        assert np.array_equal(racer.records.rows(0, racer.step), solo.records.rows(0, solo.step))
        assert racer.optimizer_state == solo.optimizer_state
        assert racer.stop_reason == solo.stop_reason
    # the runs share the first run's rows
    assert all(run.dataset is race.runs[0].dataset for run in race.runs)


def test_a_diverging_run_stops_while_the_others_go_on():
    entries = [
        entry(0, "fine", learning_rate=1e-4, budget=200),
        entry(1, "too fast", learning_rate=0.5, budget=200),
        entry(2, "fine sgd", batching=BatchConfig(method="sgd"), learning_rate=1e-3, budget=200),
    ]
    race = Race(entries)
    race.advance(150)
    fine, fast, sgd = race.runs
    assert fast.stop_reason == "diverged" and fast.step < 150
    assert fine.step == sgd.step == race.step == 150 and not race.finished
    race.run_to_end()
    assert (fine.stop_reason, sgd.stop_reason) == ("budget", "budget")
    assert np.array_equal(
        fast.records.rows(0, fast.step), alone(entries[1].config).records.rows(0, fast.step)
    )
    assert summarize(fast).diverged and not summarize(fine).diverged


def test_a_race_shares_the_first_runs_data_seed_and_start():
    entries = [
        entry(0),
        RaceEntry(
            replace(BASE, seed=99, init=(3.0, 3.0), data=DataConfig(samples=7)), "x", "#000000"
        ),
    ]
    race = Race(entries)
    assert race.entries[1].config.seed == 12 and race.entries[1].config.init == (0.5, -1.0)
    assert race.entries[1].config.data == BASE.data
    assert race.entries == aligned(entries)
    assert race.runs[1].start_weights == (0.5, -1.0)


def test_updates_to_epoch_end_is_the_nearest_epoch_end_of_a_running_run():
    entries = [
        entry(0, batching=BatchConfig(method="minibatch", batch_size=9), budget=20),  # 5 an epoch
        entry(1, batching=BatchConfig(method="sgd"), budget=100),  # 40 an epoch
    ]
    race = Race(entries)
    assert race.updates_to_epoch_end() == 5
    race.advance(3)
    assert race.updates_to_epoch_end() == 2
    race.advance(20)  # the mini-batch run has finished
    assert race.runs[0].finished and race.updates_to_epoch_end() == 40 - 23
    race.run_to_end()
    assert race.updates_to_epoch_end() == 0


def test_race_size_and_bad_configs_are_refused():
    with pytest.raises(ConfigError) as info:
        Race([])
    assert messages.lines(info.value.problems) == ["race: between 1 and 6 runs, got 0"]
    with pytest.raises(ConfigError) as info:
        Race([entry(i % MAX_RUNS) for i in range(7)])
    assert messages.lines(info.value.problems) == ["race: between 1 and 6 runs, got 7"]
    bad = replace(BASE, learning_rate=0.0)
    with pytest.raises(ConfigError) as info:
        Race([entry(0), RaceEntry(bad, "Slow", PALETTE[1])])
    assert messages.lines(info.value.problems) == [
        f"Slow (run 2): learning_rate: must be a finite number > 0, got {0.0}"
    ]
    assert info.value.first.field == "race[2].learning_rate"
    with pytest.raises(ConfigError) as info:  # a race of one reports like a plain run
        Race([RaceEntry(bad, "Only", PALETTE[0])])
    assert messages.line(info.value.first).startswith("learning_rate:")


# -- summaries ----------------------------------------------------------------------------
def expected_summary(run: Run) -> dict:
    rows = run.records.rows(0, run.step)
    mse = rows[4]
    best = int(np.argmin(mse))
    target = run.loss.optimum_mse + 1e-3 * (run.start_mse - run.loss.optimum_mse)
    hits = np.flatnonzero(mse <= target)
    o0, o1 = run.loss.optimum
    return {
        "step": run.step,
        "final_mse": float(mse[-1]),
        "best_mse": float(mse[best]),
        "best_step": best + 1,
        "to_target": int(hits[0]) + 1 if hits.size else None,
        "distance": math.hypot(rows[2, -1] - o0, rows[3, -1] - o1),
        "diverged": run.stop_reason == "diverged",
        "stop_reason": run.stop_reason,
    }


@pytest.mark.parametrize("index", range(6))
def test_summarize_reports_each_column(index):
    race = Race(mixed_entries())
    race.run_to_end()
    run = race.runs[index]
    summary = summarize(run)
    assert vars(summary) == expected_summary(run)
    assert (summary.best_mse, summary.best_step) == (run.best_mse, run.best_step)
    assert target_mse(run) == pytest.approx(
        run.loss.optimum_mse + 1e-3 * (run.start_mse - run.loss.optimum_mse)
    )


def test_to_target_is_reached_by_a_converging_run_and_not_by_a_slow_one():
    fast = alone(replace(BASE, learning_rate=0.9 * Run(BASE).loss.stable_learning_rate))
    slow = alone(replace(BASE, learning_rate=1e-7, budget=20))
    reached = summarize(fast).to_target
    assert reached is not None and 1 < reached < fast.step
    assert summarize(slow).to_target is None


def test_tracker_fed_in_blocks_agrees_with_summarize():
    run = alone(mixed_entries()[1].config)
    tracker = SummaryTracker(run)
    for start, stop in ((0, 0), (0, 1), (1, 17), (17, 400), (400, run.step)):
        tracker.add(run.records.rows(start, stop))
    tracker.stop_reason = run.stop_reason
    assert tracker.summary() == summarize(run)


def test_summary_of_a_run_with_no_updates_is_its_start():
    run = Run(BASE)
    summary = summarize(run)
    assert (summary.step, summary.final_mse, summary.best_step) == (0, run.start_mse, 0)
    assert summary.best_mse == math.inf and summary.to_target is None
    o0, o1 = run.loss.optimum
    assert summary.distance == math.hypot(0.5 - o0, -1.0 - o1)
    assert not summary.diverged and summary.stop_reason is None


# -- race files ---------------------------------------------------------------------------
def test_race_json_round_trip(tmp_path):
    entries = aligned(mixed_entries())
    text = race_to_json(entries)
    assert race_from_json(text) == entries
    raw = json.loads(text)
    assert raw["version"] == 1 and len(raw["race"]) == 6
    assert raw["race"][4]["config"]["optimizer"]["name"] == "adam"
    path = tmp_path / "race.json"
    path.write_text(text, encoding="utf-8")
    assert load_race(path) == entries


def test_a_plain_experiment_file_is_a_race_of_one():
    config = replace(preset("blog-sgd"), optimizer=OptimizerConfig(name="nesterov"))
    (only,) = race_from_json(config.to_json())
    assert only == RaceEntry(config, "Run 1", PALETTE[0])


def test_missing_labels_and_colours_take_defaults():
    text = json.dumps({"race": [{"config": {}}, {"config": {"seed": 5}, "label": "B"}]})
    first, second = race_from_json(text)
    assert (first.label, first.color) == ("Run 1", PALETTE[0])
    assert (second.label, second.color) == ("B", PALETTE[1])
    assert second.config.seed == 0  # aligned with the first run


def race_problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        race_from_json(text)
    return messages.lines(info.value.problems)


def test_race_file_errors_name_the_run_and_field(tmp_path):
    assert race_problems("{ nope")[0].startswith("not valid JSON")
    many: list[dict[str, dict]] = [{"config": {}}] * 7
    for bad in ([], {"a": 1}, many):
        text = json.dumps({"race": bad})
        assert race_problems(text) == ["race: expected a list of 1 to 6 runs"]
    text = json.dumps({"race": [{"config": {}}, 3, {"label": "x"}]})
    assert race_problems(text) == [
        "race[2]: expected an object with a config",
        "race[3]: expected an object with a config",
    ]
    text = json.dumps(
        {
            "race": [
                {"config": {"learning_rate": -1}},
                {"config": {"optimizer": {"name": "adam", "beta2": 1.0}}},
                {"config": {"schedule": {"kind": "cosine", "min_factor": 2}}},
            ]
        }
    )
    problems = race_problems(text)
    assert [p.split(":")[0] for p in problems] == [
        "race[1].learning_rate",
        "race[2].optimizer.beta2",
        "race[3].schedule.min_factor",
    ]
    for item in ({"color": "red"}, {"color": "#12345g"}, {"label": 5}, {"color": "#1234567"}):
        text = json.dumps({"race": [{"config": {}, **item}]})
        assert race_problems(text) == ["race[1]: label must be text and color like #ff991a"]
    assert race_problems(json.dumps({"learning_rate": 0}))[0].startswith("learning_rate:")
    with pytest.raises(ConfigError) as info:
        load_race(tmp_path / "missing.json")
    assert messages.line(info.value.first).endswith("missing.json: no such file")


# -- ready-made races ---------------------------------------------------------------------
@pytest.mark.parametrize("key", READY_RACES)
def test_ready_races_build_and_run(key):
    title, build = READY_RACES[key]
    entries = build()
    assert title and 1 <= len(entries) <= MAX_RUNS
    assert len({e.color for e in entries}) == len(entries)
    assert len({e.label for e in entries}) == len(entries)
    race = Race(entries)
    race.run_to_end()
    assert race.finished
    for run in race.runs:
        assert run.step > 0 and np.all(np.isfinite(run.records.rows(0, run.step)))


def test_blog_race_is_the_three_blog_presets():
    race = Race(READY_RACES["blog"][1]())
    race.run_to_end()
    for run, name in zip(race.runs, ("blog-batch", "blog-sgd", "blog-minibatch"), strict=True):
        solo = alone(preset(name))
        assert np.array_equal(run.records.rows(0, run.step), solo.records.rows(0, solo.step))


def test_optimizer_race_converges_faster_with_momentum_and_adam():
    race = Race(READY_RACES["optimizers"][1]())
    assert [e.config.optimizer.name for e in race.entries] == ["gd", "momentum", "adam"]
    race.run_to_end()
    gd, momentum, adam = (summarize(run) for run in race.runs)
    assert momentum.best_mse < gd.best_mse and adam.best_mse < gd.best_mse


def test_sweep_race_straddles_the_stable_limit():
    base = replace(preset("blog-sgd"), optimizer=OptimizerConfig(name="adam"))
    entries = sweep_race(base)
    configs = [e.config for e in entries]
    assert all(c.batching == BatchConfig() and c.optimizer == OptimizerConfig() for c in configs)
    limit = Run(configs[0]).loss.stable_learning_rate
    rates = [c.learning_rate for c in configs]
    assert rates == pytest.approx([0.5 * limit, limit, 1.5 * limit], rel=1e-15)
    assert sweep_race(base, limit=2.0)[2].config.learning_rate == 3.0
    race = Race(entries)
    race.run_to_end()
    low, at, high = race.runs
    assert low.stop_reason == "budget" and high.stop_reason == "diverged"
    assert summarize(low).best_mse < summarize(at).best_mse
