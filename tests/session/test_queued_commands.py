"""Run and Step pressed while a race loads are done once it is ready, not dropped."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import preset
from gd_desktop.core.config import BatchConfig
from gd_desktop.core.race import PALETTE, Race, RaceEntry
from gd_desktop.session.experiment import Session, single
from gd_desktop.session.local import LocalBackend
from gd_desktop.session.state import RunState


def loading_session() -> tuple[Session, LocalBackend]:
    backend = LocalBackend(defer_loads=True)
    session = Session(backend)
    backend.attach(session)
    session.load_race(session.entries)
    return session, backend


def test_steps_pressed_while_loading_land_in_order_once_loaded():
    session, backend = loading_session()
    assert session.state is RunState.LOADING
    session.step(1)
    session.step(3)
    assert session.lane is None  # nothing has run yet
    backend.finish_load()
    lane = session.lane
    assert lane is not None and lane.received == 4
    assert session.state is RunState.PAUSED
    reference = Race(single(preset("blog-batch")))
    reference.advance(4)
    np.testing.assert_array_equal(lane.records.rows(0, 4), reference.runs[0].records.rows(0, 4))


def test_run_pressed_while_loading_runs_and_a_second_press_cancels_it():
    session, backend = loading_session()
    session.toggle_run()
    backend.finish_load()
    assert session.state is RunState.FINISHED  # the local backend runs to the end
    session.reset()
    session.toggle_run()
    session.toggle_run()
    backend.finish_load()
    assert session.state is RunState.READY


def test_a_press_while_a_second_change_loads_still_lands():
    session, backend = loading_session()
    session.step(2)
    session.load(replace(session.config, learning_rate=0.001))
    backend.finish_load()
    assert session.lane is not None and session.lane.received == 2
    assert session.lane.learning_rate == 0.001


def test_a_failed_load_drops_what_was_asked_of_it():
    session, backend = loading_session()
    backend.finish_load()
    session.load(replace(session.config, learning_rate=0.001))
    session.step(5)
    session.on_load_failed([])
    assert not session.queued
    assert session.lane is not None and session.lane.received == 0


@pytest.mark.parametrize(
    "batching",
    [
        BatchConfig(method="sgd", order="replace", blog_scaling=True),
        BatchConfig(method="sgd", order="replace", blog_scaling=False),
        BatchConfig(method="minibatch", batch_size=30, order="in-order", blog_scaling=True),
        BatchConfig(method="minibatch", batch_size=30, order="in-order"),
        BatchConfig(),
    ],
    ids=["sgd-scaled", "sgd", "minibatch-scaled", "minibatch", "batch"],
)
def test_the_divergence_ratio_and_the_stable_rate_use_the_rate_in_effect(batching):
    config = replace(preset("blog-batch"), batching=batching, budget=400)
    probe = Race([RaceEntry(config, "probe", PALETTE[0])]).runs[0]
    assert probe.stable_rate is not None
    # Four times the stable limit, in effect.
    config = replace(config, learning_rate=4 * probe.stable_rate / probe.rate_factor)
    session, backend = loading_session()
    session.load_race([RaceEntry(config, "Run 1", PALETTE[0])])
    backend.finish_load()
    session.toggle_run()
    lane = session.lane
    assert lane is not None and lane.diverged
    ratio = lane.divergence_problem().params["ratio"]
    assert ratio == pytest.approx(4.0)
    (rate,) = session.stable_rates()
    assert rate is not None
    assert rate * lane.rate_factor == pytest.approx(0.9 * probe.stable_rate, rel=1e-2)
