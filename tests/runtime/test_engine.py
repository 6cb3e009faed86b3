"""The engine process: a race computed there gives the records of the same race made
here, mirrors carry the run state, and a stopped engine is reported, not hung on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import preset
from gd_desktop.core.config import BatchConfig, ConfigError, OptimizerConfig, ScheduleConfig
from gd_desktop.core.race import PALETTE, Race, RaceEntry, blog_race
from gd_desktop.runtime.engine import EngineError, EngineProcess, RemoteRace


@pytest.fixture(scope="module")
def engine() -> Iterator[EngineProcess]:
    process = EngineProcess()
    yield process
    process.close()
    assert not process.alive


def mixed() -> list[RaceEntry]:
    base = replace(preset("blog-batch"), budget=300)
    return [
        RaceEntry(base, "gd", PALETTE[0]),
        RaceEntry(
            replace(
                base,
                optimizer=OptimizerConfig(name="adam"),
                batching=BatchConfig(method="minibatch", batch_size=7, order="shuffle"),
                learning_rate=0.3,
                schedule=ScheduleConfig(kind="cosine"),
            ),
            "adam",
            PALETTE[1],
        ),
        RaceEntry(
            replace(
                base,
                optimizer=OptimizerConfig(name="nesterov", beta=0.8),
                batching=BatchConfig(method="sgd", order="replace"),
                learning_rate=1e-4,
                budget=120,
            ),
            "nesterov",
            PALETTE[2],
        ),
    ]


def assert_same(remote: RemoteRace, local: Race) -> None:
    for mine, theirs in zip(remote.runs, local.runs, strict=True):
        assert mine.step == theirs.step
        assert np.array_equal(mine.records.rows(0, mine.step), theirs.records.rows(0, theirs.step))
        assert mine.weights == theirs.weights and mine.mse == theirs.mse
        assert mine.best_mse == theirs.best_mse and mine.best_step == theirs.best_step
        assert mine.stop_reason == theirs.stop_reason
        assert mine.optimizer_state == theirs.optimizer_state


def test_a_remote_race_gives_the_records_of_a_local_one(engine) -> None:
    remote = RemoteRace(engine, mixed())
    local = Race(mixed())
    for count in (1, 5, 40, 1000):
        assert remote.advance(count) == local.advance(count)
        assert_same(remote, local)
    assert remote.finished and local.finished
    assert [run.step for run in remote.runs] == [300, 300, 120]


def test_a_deadline_bounds_the_work_and_the_rest_follows_on(engine) -> None:
    remote = RemoteRace(engine, blog_race())
    local = Race(blog_race())
    remote.advance(1 << 30, deadline=0.0)  # a deadline already past: one lockstep pass
    assert 0 < remote.step < 2000
    local.advance(remote.step)
    assert_same(remote, local)
    while not remote.finished:
        remote.advance(1 << 30)
    local.run_to_end()
    assert_same(remote, local)


def test_a_new_rate_reaches_the_engine(engine) -> None:
    remote = RemoteRace(engine, mixed())
    local = Race(mixed())
    remote.advance(10)
    local.advance(10)
    remote.set_learning_rate(1, 0.05)
    local.set_learning_rate(1, 0.05)
    remote.advance(30)
    local.advance(30)
    assert_same(remote, local)
    assert remote.runs[1].records.column("lr")[10] == local.runs[1].records.column("lr")[10]
    with pytest.raises(ConfigError):
        remote.set_learning_rate(0, float("nan"))


def test_stochastic_batch_rows_reach_the_mirror(engine) -> None:
    entries = [RaceEntry(preset("blog-sgd"), "sgd", PALETTE[0])]
    remote = RemoteRace(engine, entries)
    local = Race(entries)
    remote.advance(3)
    local.advance(3)
    assert np.array_equal(remote.runs[0].batch_rows(3), local.runs[0].batch_rows(3))


def test_bad_configs_are_refused_before_the_engine_sees_them(engine) -> None:
    bad = [RaceEntry(replace(preset("blog-batch"), learning_rate=0.0), "bad", PALETTE[0])]
    with pytest.raises(ConfigError):
        RemoteRace(engine, bad)
    remote = RemoteRace(engine, mixed())  # the engine still serves
    assert remote.advance(2) == 2


def test_a_stopped_engine_is_reported() -> None:
    process = EngineProcess()
    remote = RemoteRace(process, mixed())
    process._process.kill()
    process._process.join(5)
    with pytest.raises(EngineError):
        remote.advance(5)
    process.close()
    assert not process.alive


def test_slices_asked_ahead_keep_the_records_in_order(engine) -> None:
    entries = mixed()
    remote = RemoteRace(engine, entries)
    local = Race(entries)
    remote.advance(1 << 30, deadline=0.0, ahead=True)  # one slice now, the next asked ahead
    assert engine.ahead is not None
    remote.set_learning_rate(1, 0.05)  # takes in the slice asked ahead first
    assert engine.ahead is None and remote.runs[1].learning_rate == 0.05
    local.advance(remote.step)
    local.set_learning_rate(1, 0.05)
    assert_same(remote, local)
    while not remote.finished:
        remote.advance(1 << 30, deadline=0.0, ahead=True)
    assert engine.ahead is None  # nothing is asked ahead of a finished race
    local.run_to_end()
    assert_same(remote, local)
    # A new race takes in whatever was asked ahead of the old one.
    again = RemoteRace(engine, entries)
    again.advance(1 << 30, deadline=0.0, ahead=True)
    fresh = RemoteRace(engine, entries)
    assert engine.ahead is None and fresh.advance(3) == 3
