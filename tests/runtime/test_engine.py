"""The engine process: a race computed there gives the records of the same race made
here, frozen statuses carry the run state, and a stopped engine is reported, not
hung on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import preset
from gd_desktop.core.config import BatchConfig, ConfigError, OptimizerConfig, ScheduleConfig
from gd_desktop.core.race import PALETTE, Race, RaceEntry, blog_race
from gd_desktop.core.records import column_of
from gd_desktop.runtime.engine import (
    ENGINE_STOPPED,
    EngineError,
    EngineProcess,
    RemoteRace,
)
from gd_desktop.runtime.local_race import LocalRace
from gd_desktop.runtime.progress import MAX_BLOCK_ROWS, LaneSlice


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


class Received:
    """What a receiver keeps of a remote race: every slice's records, per run."""

    def __init__(self, remote: RemoteRace | LocalRace):
        self.remote = remote
        self.rows: list[list[np.ndarray]] = [[] for _ in remote.runs]

    def take(self) -> list[LaneSlice]:
        slices = self.remote.progress.take()
        for lane, piece in enumerate(slices):
            assert piece.start == sum(part.shape[1] for part in self.rows[lane])
            assert not piece.rows.flags.writeable
            self.rows[lane].append(piece.rows)
        return slices

    def records(self, lane: int) -> np.ndarray:
        return np.concatenate(self.rows[lane], axis=1)


def assert_same(received: Received, local: Race) -> None:
    """The records received so far and each run's latest status equal the local runs'."""
    received.take()
    statuses = received.remote.progress.statuses
    for lane, (status, theirs) in enumerate(zip(statuses, local.runs, strict=True)):
        assert status.step == theirs.step
        assert np.array_equal(received.records(lane), theirs.records.rows(0, theirs.step))
        assert status.weights == theirs.weights and status.mse == theirs.mse
        assert status.best_mse == theirs.best_mse and status.best_step == theirs.best_step
        assert status.best_weights == theirs.best_weights
        assert status.stop_reason == theirs.stop_reason
        assert status.optimizer_state == theirs.optimizer_state


def test_a_remote_race_gives_the_records_of_a_local_one(engine) -> None:
    remote = RemoteRace(engine, mixed())
    received = Received(remote)
    local = Race(mixed())
    for count in (1, 5, 40, 1000):
        assert remote.advance(count) == local.advance(count)
        assert_same(received, local)
    assert remote.progress.finished and local.finished
    assert [status.step for status in remote.progress.statuses] == [300, 300, 120]
    # This process's runs give facts only: they were never advanced.
    assert [run.step for run in remote.runs] == [0, 0, 0]


def test_a_deadline_bounds_the_work_and_the_rest_follows_on(engine) -> None:
    remote = RemoteRace(engine, blog_race())
    received = Received(remote)
    local = Race(blog_race())
    remote.advance(1 << 30, deadline=0.0)  # a deadline already past: one lockstep pass
    assert 0 < remote.progress.step < 2000
    local.advance(remote.progress.step)
    assert_same(received, local)
    while not remote.progress.finished:
        remote.advance(1 << 30)
    local.run_to_end()
    assert_same(received, local)


def test_a_new_rate_reaches_the_engine(engine) -> None:
    remote = RemoteRace(engine, mixed())
    received = Received(remote)
    local = Race(mixed())
    remote.advance(10)
    local.advance(10)
    remote.set_learning_rate(1, 0.05)
    local.set_learning_rate(1, 0.05)
    remote.advance(30)
    local.advance(30)
    assert_same(received, local)
    rates = [s.learning_rate for s in remote.progress.statuses]
    assert rates == [preset("blog-batch").learning_rate, 0.05, 1e-4]
    lr = column_of("lr")
    assert received.records(1)[lr, 10] == local.runs[1].records.column("lr")[10]
    assert remote.runs[1].learning_rate == 0.3  # this process's copy is never changed
    with pytest.raises(ConfigError):  # the engine checks the rate
        remote.set_learning_rate(0, float("nan"))
    assert remote.advance(1) == 1  # and goes on serving


def test_stochastic_batch_rows_reach_the_mirror(engine) -> None:
    entries = [
        RaceEntry(preset("blog-sgd"), "sgd", PALETTE[0]),
        RaceEntry(preset("blog-batch"), "batch", PALETTE[1]),
    ]
    remote = RemoteRace(engine, entries)
    local = Race(entries)
    assert all(status.batch_rows is None for status in remote.progress.statuses)
    remote.advance(3)
    local.advance(3)
    sgd, batch = remote.progress.statuses
    assert np.array_equal(sgd.batch_rows, local.runs[0].batch_rows(3))
    assert np.array_equal(batch.batch_rows, local.runs[1].batch_rows(3))
    assert not sgd.batch_rows.flags.writeable and not batch.batch_rows.flags.writeable


def test_bad_configs_are_refused_before_the_engine_sees_them(engine) -> None:
    bad = [RaceEntry(replace(preset("blog-batch"), learning_rate=0.0), "bad", PALETTE[0])]
    with pytest.raises(ConfigError):
        RemoteRace(engine, bad)
    remote = RemoteRace(engine, mixed())  # the engine still serves
    assert remote.advance(2) == 2


def test_statuses_of_a_large_block_leave_the_batch_rows_out(engine) -> None:
    config = replace(
        preset("blog-batch"),
        data=replace(preset("blog-batch").data, samples=5000),
        batching=BatchConfig(method="minibatch", batch_size=2500, order="shuffle"),
        budget=1000,
    )
    remote = RemoteRace(engine, [RaceEntry(config, "big", PALETTE[0])])
    local = Race([RaceEntry(config, "big", PALETTE[0])])
    remote.advance(1)
    local.advance(1)
    assert np.array_equal(remote.progress.statuses[0].batch_rows, local.runs[0].batch_rows(1))
    remote.advance(128)  # one block of 128 batches of 2500 rows: too many to send
    local.advance(128)
    assert local.runs[0].latest_block_rows == 128 * 2500 > MAX_BLOCK_ROWS
    assert remote.progress.statuses[0].batch_rows is None


def test_a_stopped_engine_is_reported() -> None:
    process = EngineProcess()
    remote = RemoteRace(process, mixed())
    process.kill()
    with pytest.raises(EngineError) as info:
        remote.advance(5)
    assert info.value.problem.code == ENGINE_STOPPED and "detail" in info.value.problem.params
    process.close()
    assert not process.alive


def test_slices_asked_ahead_keep_the_records_in_order(engine) -> None:
    entries = mixed()
    remote = RemoteRace(engine, entries)
    received = Received(remote)
    local = Race(entries)
    remote.advance(1 << 30, deadline=0.0, ahead=True)  # one slice now, the next asked ahead
    assert engine.ahead is not None
    remote.set_learning_rate(1, 0.05)  # takes in the slice asked ahead first
    assert engine.ahead is None
    local.advance(remote.progress.step)
    local.set_learning_rate(1, 0.05)
    received.take()
    status = remote.progress.statuses[1]
    assert status.learning_rate == 0.3  # the state after the slices, before the new rate
    assert_same(received, local)
    while not remote.progress.finished:
        remote.advance(1 << 30, deadline=0.0, ahead=True)
    assert engine.ahead is None  # nothing is asked ahead of a finished race
    local.run_to_end()
    assert_same(received, local)
    assert remote.progress.statuses[1].learning_rate == 0.05
    # A new race takes in whatever was asked ahead of the old one.
    again = RemoteRace(engine, entries)
    again.advance(1 << 30, deadline=0.0, ahead=True)
    fresh = RemoteRace(engine, entries)
    assert engine.ahead is None and fresh.advance(3) == 3


def test_a_local_race_hands_over_its_progress_as_the_engine_does(engine) -> None:
    remote, here, local = RemoteRace(engine, mixed()), LocalRace(mixed()), Race(mixed())
    theirs, ours = Received(remote), Received(here)
    for count in (1, 7, 300):
        assert remote.advance(count) == here.advance(count) == local.advance(count)
        assert_same(theirs, local)
        assert_same(ours, local)


def test_a_local_race_frees_the_records_it_has_handed_over() -> None:
    entries = [RaceEntry(replace(preset("blog-batch"), budget=70_000), "long", PALETTE[0])]
    here = LocalRace(entries)
    received = Received(here)
    here.advance(70_000)
    received.take()
    run = here.runs[0]
    assert run.step == 70_000 and received.records(0).shape[1] == 70_000
    with pytest.raises(ValueError):  # the first block of records is gone here
        run.records.rows(0, 1)
    assert run.records.rows(69_999, 70_000)[0, 0] == 70_000.0
