"""The real worker thread and engine process, driven through RunController: pause,
shutting down, many records, a stopped engine, and the snapshots that cross."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import fields, replace

import numpy as np
import pytest
from PySide6 import QtCore

from gd_desktop.core import preset
from gd_desktop.core.config import BatchConfig, ExperimentConfig, OptimizerConfig
from gd_desktop.core.race import PALETTE, RaceEntry
from gd_desktop.core.records import FIELDS
from gd_desktop.core.run import Run
from gd_desktop.runtime.controller import RunController
from gd_desktop.runtime.engine import ENGINE_STOPPED
from gd_desktop.runtime.worker import RecordBlock, live_engines, live_threads
from gd_desktop.session.snapshots import LoadedRace, RunFacts, RunStatus

PER_SECOND_100 = 100.0
PER_SECOND_1000 = 1000.0
FASTEST_FINITE = 10**3.9  # the speed slider's last finite position


class Events(QtCore.QObject):
    """What the worker emits, received in the GUI thread (queued, as a window would)."""

    def __init__(self, controller: RunController) -> None:
        super().__init__()
        self.loaded: list[LoadedRace] = []
        self.blocks: list[RecordBlock] = []
        self.paused: list[tuple[int, int]] = []
        self.finished: list[tuple[int, str]] = []
        self.load_problems: list[list] = []
        self.engine_problems: list = []
        worker = controller.worker
        worker.run_loaded.connect(self.loaded.append)
        worker.records_ready.connect(self.blocks.append)
        worker.run_paused.connect(lambda run_id, step: self.paused.append((run_id, step)))
        worker.run_finished.connect(lambda run_id, why: self.finished.append((run_id, why)))
        worker.load_failed.connect(self.load_problems.append)
        worker.engine_failed.connect(self.engine_problems.append)

    @property
    def run_id(self) -> int:
        return self.loaded[-1].run_id

    def of(self, lane: int = 0) -> list[RecordBlock]:
        """The blocks of the latest run's ``lane``, in arrival order."""
        return [b for b in self.blocks if b.run_id == self.run_id and b.lane == lane]

    def count(self, lane: int = 0) -> int:
        blocks = self.of(lane)
        return blocks[-1].stop if blocks else 0

    def rows(self, lane: int = 0) -> np.ndarray:
        blocks = self.of(lane)
        if not blocks:
            return np.empty((len(FIELDS), 0))
        return np.concatenate([b.rows for b in blocks], axis=1)


@pytest.fixture
def controller(qtbot) -> Iterator[RunController]:
    """A controller with its thread running; stopped (bounded) afterwards."""
    made = RunController()
    try:
        yield made
    finally:
        assert made.shutdown()
        assert live_threads() == [] and live_engines() == []


def wait_idle(qtbot, controller: RunController, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: controller.idle, timeout=timeout)


def load(qtbot, controller: RunController, race, events: Events) -> LoadedRace:
    before = len(events.loaded)
    controller.load(race)
    wait_idle(qtbot, controller)
    assert len(events.loaded) == before + 1, events.load_problems
    return events.loaded[-1]


def headless(config: ExperimentConfig, updates: int | None = None) -> Run:
    run = Run(config)
    if updates is None:
        run.run_to_end()
    else:
        run.advance(updates)
    return run


def assert_in_order(blocks: list[RecordBlock]) -> None:
    """Every record exactly once, in order: the blocks tile 0..stop."""
    assert blocks[0].start == 0
    assert [b.start for b in blocks[1:]] == [b.stop for b in blocks[:-1]]


def test_no_record_arrives_after_pause_and_resuming_matches_an_uninterrupted_run(
    qtbot, controller
) -> None:
    events = Events(controller)
    config = preset("blog-batch")
    load(qtbot, controller, config, events)
    controller.set_speed(PER_SECOND_100)
    controller.start()
    qtbot.waitUntil(lambda: events.count() >= 20, timeout=5000)

    controller.pause()
    wait_idle(qtbot, controller)
    paused_at = events.count()
    assert 20 <= paused_at < 500
    assert events.paused[-1] == (events.run_id, paused_at)
    seen = len(events.blocks)
    qtbot.wait(300)  # events keep flowing; records must not
    assert len(events.blocks) == seen

    controller.pause()  # a second pause while paused changes nothing
    wait_idle(qtbot, controller)
    assert len(events.blocks) == seen and len(events.paused) == 1

    controller.set_speed(float("inf"))
    controller.start()
    qtbot.waitUntil(lambda: bool(events.finished), timeout=20000)
    reference = headless(config)
    assert events.finished == [(events.run_id, "budget")]
    assert_in_order(events.of())
    assert np.array_equal(events.rows(), reference.records.rows(0, reference.step))


@pytest.mark.parametrize("speed", [PER_SECOND_1000, float("inf")])
def test_shutting_down_during_a_run_stops_the_thread(qtbot, speed) -> None:
    controller = RunController()
    events = Events(controller)
    load(qtbot, controller, replace(preset("blog-batch"), budget=1_000_000), events)
    controller.set_speed(speed)
    controller.start()
    qtbot.waitUntil(lambda: events.count() >= 10, timeout=5000)
    assert not events.finished

    thread = controller.worker_thread
    began = time.perf_counter()
    assert controller.shutdown()
    assert time.perf_counter() - began < 3.5  # a bounded wait
    assert not thread.isRunning() and thread.isFinished()
    assert live_threads() == [] and live_engines() == []


def test_a_hundred_thousand_updates_at_unlimited_speed(qtbot, controller) -> None:
    events = Events(controller)
    config = replace(preset("blog-batch"), budget=100_000)
    loaded = load(qtbot, controller, config, events)
    assert loaded.runs[0].total_updates == 100_000
    controller.set_speed(float("inf"))
    controller.start()
    qtbot.waitUntil(lambda: bool(events.finished), timeout=60000)
    wait_idle(qtbot, controller)

    blocks = events.of()
    assert_in_order(blocks)
    assert blocks[-1].stop == 100_000 and blocks[-1].stop_reason == "budget"
    assert len(blocks) > 1  # in slices, so the GUI could draw meanwhile
    rows = events.rows()
    assert rows[0].tolist() == list(range(1, 100_001))
    reference = headless(config)
    assert np.array_equal(rows, reference.records.rows(0, 100_000))
    assert same_status(blocks[-1].status, reference)


def test_ten_thousand_per_update_signals_at_a_finite_speed(qtbot, controller) -> None:
    """Guards against the PySide6 Signal.emit crash, which batched delivery would hide."""
    events = Events(controller)
    updates = 12_000
    load(qtbot, controller, replace(preset("blog-batch"), budget=updates), events)
    controller.set_speed(FASTEST_FINITE)
    controller.start()
    qtbot.waitUntil(lambda: bool(events.finished), timeout=20000)
    wait_idle(qtbot, controller)

    blocks = events.of()
    assert len(blocks) == updates >= 10_000
    assert all(b.rows.shape[1] == 1 for b in blocks)
    assert [b.start for b in blocks] == list(range(updates))


def test_an_engine_that_stops_is_reported_and_a_new_load_starts_a_new_one(
    qtbot, controller
) -> None:
    events = Events(controller)
    config = preset("blog-batch")
    load(qtbot, controller, config, events)
    for _ in range(3):
        controller.step()
    wait_idle(qtbot, controller)
    engine = controller.worker.engine
    assert engine is not None and engine.alive
    engine.kill()
    qtbot.waitUntil(lambda: not engine.alive, timeout=5000)
    controller.step()
    wait_idle(qtbot, controller)
    assert len(events.engine_problems) == 1
    why = events.engine_problems[0]
    assert why.code == ENGINE_STOPPED and isinstance(why["detail"], str)
    assert events.count() == 3  # what was handed out stays; nothing more came

    load(qtbot, controller, config, events)
    controller.step()
    wait_idle(qtbot, controller)
    assert controller.worker.engine is not engine and events.count() == 1
    reference = headless(config, 1)
    assert np.array_equal(events.rows(), reference.records.rows(0, 1))


def test_a_bad_config_or_rate_is_reported_as_problems(qtbot, controller) -> None:
    events = Events(controller)
    controller.load(replace(preset("blog-batch"), learning_rate=0.0))
    wait_idle(qtbot, controller)
    assert events.loaded == [] and len(events.load_problems) == 1
    assert len(events.load_problems[0]) >= 1
    load(qtbot, controller, preset("blog-batch"), events)
    controller.set_learning_rate(float("nan"))
    wait_idle(qtbot, controller)
    assert len(events.load_problems) == 2 and events.engine_problems == []


def test_without_an_engine_process_the_worker_computes_in_its_thread(qtbot) -> None:
    controller = RunController(use_process=False)
    try:
        events = Events(controller)
        config = preset("blog-minibatch")
        load(qtbot, controller, config, events)
        controller.set_speed(float("inf"))
        controller.start()
        qtbot.waitUntil(lambda: bool(events.finished), timeout=20000)
        assert controller.worker.engine is None
        reference = headless(config)
        assert np.array_equal(events.rows(), reference.records.rows(0, reference.step))
        assert same_status(events.of()[-1].status, reference)
    finally:
        assert controller.shutdown()
    assert live_engines() == [] and live_threads() == []


def mixed() -> list[RaceEntry]:
    base = replace(preset("blog-batch"), budget=200)
    return [
        RaceEntry(base, "gd", PALETTE[0]),
        RaceEntry(
            replace(
                base,
                optimizer=OptimizerConfig(name="adam"),
                batching=BatchConfig(method="minibatch", batch_size=7, order="shuffle"),
                learning_rate=0.3,
            ),
            "adam",
            PALETTE[1],
        ),
        RaceEntry(
            replace(
                base,
                optimizer=OptimizerConfig(name="momentum", beta=0.8),
                batching=BatchConfig(method="sgd", order="replace"),
                learning_rate=1e-4,
                budget=90,
            ),
            "momentum",
            PALETTE[2],
        ),
    ]


def same_status(status: RunStatus | None, run: Run) -> bool:
    """Whether ``status`` is ``run``'s state now, batch rows included."""
    assert status is not None
    expected = RunStatus.of(run, run.batch_rows(run.step))
    for name in (f.name for f in fields(RunStatus)):
        mine, theirs = getattr(status, name), getattr(expected, name)
        if name == "batch_rows":
            if not np.array_equal(mine, theirs):
                return False
        elif mine != theirs:
            return False
    return True


@pytest.mark.parametrize("use_process", [True, False])
def test_what_crosses_threads_are_frozen_snapshots_equal_to_headless_runs(
    qtbot, use_process
) -> None:
    controller = RunController(use_process=use_process)
    try:
        events = Events(controller)
        loaded = load(qtbot, controller, mixed(), events)
        # What a loaded race is: facts, never the worker's runs.
        assert isinstance(loaded, LoadedRace) and len(loaded.runs) == 3
        for facts, entry in zip(loaded.runs, loaded.entries, strict=True):
            assert isinstance(facts, RunFacts) and facts.entry is entry
            assert not any(isinstance(getattr(facts, f.name), Run) for f in fields(RunFacts))
        for count in (1, 1, 5, 0):  # single updates, a few, to the epoch's end
            controller.step(count)
        wait_idle(qtbot, controller)
        controller.set_speed(float("inf"))
        controller.start()
        qtbot.waitUntil(lambda: bool(events.finished), timeout=20000)
        wait_idle(qtbot, controller)

        for lane, facts in enumerate(loaded.runs):
            blocks = events.of(lane)
            assert_in_order(blocks)
            reference = Run(facts.config)
            for block in blocks:
                assert isinstance(block, RecordBlock) and not block.rows.flags.writeable
                assert reference.step == block.start
                reference.advance(block.stop - block.start)
                assert np.array_equal(block.rows, reference.records.rows(block.start, block.stop))
                if block.status is not None:  # the state after the block's last record
                    assert block.status.step == block.stop
                    assert same_status(block.status, reference), (lane, block.stop)
                    rows = block.status.batch_rows
                    assert rows is None or not rows.flags.writeable
            assert blocks[-1].status is not None and blocks[-1].stop_reason is not None
            assert reference.finished or reference.step == reference.total_updates
    finally:
        assert controller.shutdown()
    assert live_engines() == [] and live_threads() == []
