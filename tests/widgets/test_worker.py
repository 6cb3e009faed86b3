"""The real worker thread behind the window: pause, closing, and many records, as the
window shows them (the worker alone is tested in tests/runtime/test_worker.py)."""

from __future__ import annotations

import time

import numpy as np
import pytest

from gd_desktop.runtime.worker import live_threads
from gd_desktop.widgets.parameter_panel import speed_at

from .helpers import UNLIMITED_POSITION, headless, set_speed, trigger, wait_idle


def test_no_record_arrives_after_pause_and_resuming_matches_an_uninterrupted_run(
    qtbot, window, spy
) -> None:
    w = window
    set_speed(qtbot, w, 20)
    assert speed_at(20) == 100.0
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.state == "running")
    qtbot.waitUntil(lambda: w.received >= 20, timeout=5000)

    trigger(qtbot, w, w.actions_.run)  # Pause
    qtbot.waitUntil(lambda: w.state == "paused")
    paused_at = w.received
    seen = spy.emitted
    assert 20 <= paused_at < 500
    assert spy.count(w.info.run_id) == paused_at
    qtbot.wait(300)  # events keep flowing; records must not
    assert w.received == paused_at and spy.emitted == seen
    assert w.state == "paused"

    # A second pause while paused changes nothing.
    w.controller.pause()
    wait_idle(qtbot, w)
    assert w.received == paused_at

    set_speed(qtbot, w, UNLIMITED_POSITION)
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.state == "finished", timeout=20000)
    reference = headless(w)
    n = reference.step
    assert w.received == n and w.order_errors == 0 and spy.errors == []
    assert np.array_equal(spy.rows(w.info.run_id), reference.records.rows(0, n))


@pytest.mark.parametrize("speed", [30, UNLIMITED_POSITION])  # 1000 a second, unlimited
def test_closing_during_a_run_stops_the_thread(qtbot, window, speed) -> None:
    w = window
    set_speed(qtbot, w, speed)
    w.panel.steps_input.setValue(1_000_000)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready")
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.received >= 10, timeout=5000)
    assert w.state == "running"

    thread = w.controller.worker_thread
    began = time.perf_counter()
    w.close()
    assert time.perf_counter() - began < 3.5  # a bounded wait
    assert not thread.isRunning()
    assert thread.isFinished()
    assert live_threads() == []


def test_a_hundred_thousand_updates_at_unlimited_speed(qtbot, window, spy) -> None:
    w = window
    w.panel.steps_input.setValue(100_000)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready")
    assert w.info.runs[0].total_updates == 100_000
    set_speed(qtbot, w, UNLIMITED_POSITION)
    frames_before = w.frames_drawn
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.state == "finished", timeout=60000)
    wait_idle(qtbot, w)

    run_id = w.info.run_id
    assert w.received == 100_000 and w.order_errors == 0
    blocks = spy.emissions(run_id)
    starts = [b.start for b in blocks]
    stops = [b.stop for b in blocks]
    # Every record exactly once, in order: the blocks tile 0..100000.
    assert starts[0] == 0 and stops[-1] == 100_000
    assert starts[1:] == stops[:-1]
    assert spy.errors == []
    assert spy.rows(run_id)[0].tolist() == list(range(1, 100_001))
    assert np.array_equal(spy.rows(run_id), headless(w).records.rows(0, 100_000))
    assert w.frames_drawn > frames_before  # the GUI kept drawing


def test_ten_thousand_per_update_signals_at_a_finite_speed(qtbot, window, spy) -> None:
    """Guards against the PySide6 Signal.emit crash, which batched delivery would hide."""
    w = window
    updates = 12_000
    w.panel.steps_input.setValue(updates)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready")
    fastest = w.panel.speed_input.maximum() - 1
    set_speed(qtbot, w, fastest)
    assert 5000 < speed_at(fastest) < float("inf")
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.state == "finished", timeout=20000)
    wait_idle(qtbot, w)

    blocks = spy.emissions(w.info.run_id)
    assert len(blocks) == updates >= 10_000
    assert all(b.rows.shape[1] == 1 for b in blocks)
    assert [b.start for b in blocks] == list(range(updates))
    assert w.received == updates and w.order_errors == 0 and spy.errors == []


def test_an_engine_that_stops_is_reported_and_reset_starts_a_new_one(qtbot, window, spy) -> None:
    w = window
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    engine = w.controller.worker.engine
    assert engine is not None and engine.alive
    engine.kill()
    qtbot.waitUntil(lambda: not engine.alive, timeout=5000)
    w.actions_.step.trigger()
    wait_idle(qtbot, w)
    assert w.panel.problem_label.isVisible()
    assert "engine process stopped" in w.panel.problem_label.text()
    assert w.received == 3  # what was shown stays
    assert w.state == "failed" and w.actions_.reset.isEnabled()
    assert not w.actions_.run.isEnabled() and not w.actions_.step.isEnabled()
    trigger(qtbot, w, w.actions_.reset)
    qtbot.waitUntil(lambda: w.state == "ready")
    trigger(qtbot, w, w.actions_.step)
    assert w.received == 1 and w.controller.worker.engine is not engine
    reference = headless(w, 1)
    assert np.array_equal(spy.rows(w.info.run_id), reference.records.rows(0, 1))
