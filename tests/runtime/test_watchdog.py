"""The engine's heartbeat and the watchdog: a busy engine keeps beating; a stopped
one (SIGSTOP) is ended and reported as stuck, whether a request waits on it or not,
and the next load starts a new engine whose records equal a headless run's."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import preset
from gd_desktop.core.race import PALETTE, RaceEntry
from gd_desktop.runtime import watchdog
from gd_desktop.runtime.controller import RunController
from gd_desktop.runtime.engine import HEARTBEAT_S, EngineProcess, RemoteRace
from gd_desktop.runtime.worker import live_engines, live_threads

from .test_worker import Events, headless, load, wait_idle

# Shortened for these tests (the app's bound is 5 s): still several heartbeats.
TEST_STUCK_AFTER_S = 1.5
LONG_BUDGET = 5_000_000


def test_the_production_bounds_are_a_half_second_beat_and_five_seconds() -> None:
    assert HEARTBEAT_S == 0.5 and watchdog.STUCK_AFTER_S == 5.0


@pytest.fixture
def short_bound(monkeypatch) -> None:
    monkeypatch.setattr(watchdog, "STUCK_AFTER_S", TEST_STUCK_AFTER_S)


@pytest.fixture
def controller(qtbot, short_bound) -> Iterator[RunController]:
    made = RunController()
    stopped: list[int] = []
    made.stopped_pids = stopped  # type: ignore[attr-defined]
    try:
        yield made
    finally:
        for pid in stopped:  # nothing stays stopped, whatever the test did
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        assert made.shutdown()
        assert live_threads() == [] and live_engines() == []


def stop_engine(controller: RunController) -> EngineProcess:
    engine = controller.worker.engine
    assert engine is not None and engine.pid is not None
    controller.stopped_pids.append(engine.pid)  # type: ignore[attr-defined]
    os.kill(engine.pid, signal.SIGSTOP)
    return engine


def test_a_busy_engine_keeps_beating(qtbot) -> None:
    engine = EngineProcess()
    try:
        qtbot.waitUntil(lambda: engine.beats > 0, timeout=30000)  # spawned and serving
        config = replace(preset("blog-batch"), budget=LONG_BUDGET, max_updates=LONG_BUDGET)
        RemoteRace(engine, [RaceEntry(config, "long", PALETTE[0])])  # loaded there
        before = engine.beats
        # One slice that computes for 1.5 s in the child's main thread.
        engine.send(("advance", 1 << 30, 1.5))
        engine.receive()
        assert engine.beats - before >= 2
    finally:
        engine.close()
    assert not engine.alive


def test_an_engine_stopped_mid_run_is_ended_as_stuck_and_a_new_load_runs_again(
    qtbot, controller
) -> None:
    events = Events(controller)
    config = replace(preset("blog-batch"), budget=LONG_BUDGET, max_updates=LONG_BUDGET)
    load(qtbot, controller, config, events)
    controller.set_speed(float("inf"))
    controller.start()
    qtbot.waitUntil(lambda: events.count() > 1000, timeout=10000)
    engine = stop_engine(controller)

    bound_ms = int((TEST_STUCK_AFTER_S + 5) * 1000)
    qtbot.waitUntil(lambda: bool(events.engine_problems), timeout=bound_ms)
    why = events.engine_problems[0]
    assert why.code == watchdog.ENGINE_STUCK and why["seconds"] == TEST_STUCK_AFTER_S
    controller.pause()  # acknowledged: the worker no longer waits on anything
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: not engine.alive, timeout=5000)
    assert len(events.engine_problems) == 1 and not events.finished

    short = preset("blog-batch")
    load(qtbot, controller, short, events)
    assert controller.worker.engine is not engine
    controller.set_speed(float("inf"))
    controller.start()
    qtbot.waitUntil(lambda: bool(events.finished), timeout=20000)
    assert np.array_equal(events.rows(), headless(short).records.rows(0, 500))
    assert len(events.engine_problems) == 1


def test_an_idle_engine_that_stops_is_reported_without_a_command(qtbot, controller) -> None:
    events = Events(controller)
    load(qtbot, controller, preset("blog-batch"), events)
    qtbot.waitUntil(lambda: controller.worker.engine.beats > 0, timeout=30000)
    engine = stop_engine(controller)
    bound_ms = int((TEST_STUCK_AFTER_S + 5) * 1000)
    qtbot.waitUntil(lambda: bool(events.engine_problems), timeout=bound_ms)
    assert events.engine_problems[0].code == watchdog.ENGINE_STUCK
    qtbot.waitUntil(lambda: not engine.alive, timeout=5000)


def test_a_load_sent_to_a_stopped_engine_does_not_wait_forever(qtbot, controller) -> None:
    events = Events(controller)
    config = preset("blog-batch")
    load(qtbot, controller, config, events)
    qtbot.waitUntil(lambda: controller.worker.engine.beats > 0, timeout=30000)
    stop_engine(controller)
    controller.load(replace(config, seed=7))
    bound_ms = int((TEST_STUCK_AFTER_S + 5) * 1000)
    wait_idle(qtbot, controller, timeout=bound_ms)
    assert [p.code for p in events.engine_problems] == [watchdog.ENGINE_STUCK]
    assert len(events.loaded) == 1
    load(qtbot, controller, config, events)  # a new engine
    controller.step()
    wait_idle(qtbot, controller)
    assert np.array_equal(events.rows(), headless(config, 1).records.rows(0, 1))
