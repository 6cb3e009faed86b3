"""A whole experiment driven through the session with no Qt: load, step, run, races,
the cursor, and what every view would show, compared with headless runs."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import preset
from gd_desktop.core.race import Race, RaceEntry, blog_race
from gd_desktop.core.records import FIELDS
from gd_desktop.core.run import STOP_BUDGET, STOP_DIVERGED, Run
from gd_desktop.session.events import Event
from gd_desktop.session.experiment import single
from gd_desktop.session.local import local_session
from gd_desktop.session.state import RunState

W0, W1, MSE, LR = (FIELDS.index(name) for name in ("w0", "w1", "mse", "lr"))


def headless(entries: list[RaceEntry], steps: int | None = None) -> list[Run]:
    race = Race(entries)
    if steps is None:
        race.run_to_end()
    else:
        race.advance(steps)
    return race.runs


def test_loading_the_blog_preset_makes_a_ready_run_at_its_start():
    session = local_session()
    assert session.state is RunState.READY
    assert len(session.lanes) == 1
    lane = session.lane
    assert lane is not None and lane.received == 0
    shown = session.readout()
    assert shown is not None
    assert (shown.step, shown.total, shown.weights) == (0, 500, (1.0, 1.0))
    assert shown.loss == pytest.approx(Run(preset("blog-batch")).start_mse, rel=0, abs=0)
    (path,) = session.paths()
    assert path.w0.tolist() == [1.0] and path.steps.tolist() == [0.0]
    assert session.arrows() == []


def test_steps_and_the_run_to_the_end_give_the_headless_records():
    session = local_session()
    states = []
    session.events.subscribe(Event.STATE_CHANGED, states.append)
    session.step()
    session.step(4)
    assert session.state is RunState.PAUSED
    reference = headless(single(preset("blog-batch")))[0]
    lane = session.lane
    assert lane is not None
    np.testing.assert_array_equal(lane.records.rows(0, 5), reference.records.rows(0, 5))
    session.toggle_run()
    assert session.state is RunState.FINISHED
    assert states == [RunState.PAUSED, RunState.PAUSED, RunState.RUNNING, RunState.FINISHED]
    np.testing.assert_array_equal(lane.records.rows(0, 500), reference.records.rows(0, 500))
    assert lane.stop_reason == STOP_BUDGET
    assert lane.status is not None and lane.status.weights == reference.weights
    shown = session.readout()
    assert shown is not None and shown.step == 500
    assert shown.weights == reference.weights
    assert shown.best == (reference.best_mse, reference.best_step)


def test_the_cursor_shows_an_earlier_update_in_every_view():
    session = local_session()
    session.toggle_run()
    reference = headless(single(preset("blog-batch")))[0]
    row = reference.records.record(36)  # update 37
    before = reference.records.record(35)
    session.set_cursor(37)
    shown = session.readout()
    assert shown is not None
    assert shown.step == 37 and shown.weights == (row["w0"], row["w1"]) and shown.loss == row["mse"]
    best = reference.records.column("mse", 0, 37)
    assert shown.best == (best.min(), int(np.argmin(best)) + 1)
    (path,) = session.paths()
    assert path.steps[-1] == 37.0 and (path.w0[-1], path.w1[-1]) == (row["w0"], row["w1"])
    assert path.steps.size == 38  # the start and updates 1..37
    (arrow,) = session.arrows()
    assert arrow.actual == (row["w0"] - before["w0"], row["w1"] - before["w1"])
    g0, g1 = reference.loss.gradient(row["w0"], row["w1"])
    assert arrow.descent == (-row["lr"] * g0, -row["lr"] * g1)
    assert session.weights_shown() == [(row["w0"], row["w1"])]
    session.set_cursor(0)
    shown = session.readout()
    assert shown is not None and shown.step == 0 and shown.weights == reference.start_weights
    session.set_cursor(None)
    shown = session.readout()
    assert shown is not None and shown.step == 500


def test_a_three_run_race_matches_the_same_race_made_headless():
    entries = blog_race()
    session = local_session(entries)
    assert [lane.label for lane in session.lanes] == [e.label for e in entries]
    session.step(10)
    session.toggle_run()
    reference = headless(entries)
    for lane, run in zip(session.lanes, reference, strict=True):
        assert lane.received == run.step
        np.testing.assert_array_equal(lane.records.rows(0, run.step), run.records.rows(0, run.step))
        assert lane.tracker.summary().best_mse == run.best_mse
    paths = session.paths(changed_only=False)
    assert [p.lane for p in paths] == [0, 1, 2]
    assert paths[0].batch_loss is not None and paths[1].batch_loss is None
    session.set_cursor(100)
    for lane, run in zip(session.lanes, reference, strict=True):
        assert lane.weights_at(session.shown_step(lane)) == tuple(
            run.records.rows(99, 100)[[W0, W1], 0]
        )


def test_selection_removal_and_a_new_run_keep_the_race_consistent():
    session = local_session(blog_race())
    selected = []
    session.events.subscribe(Event.SELECTION_CHANGED, selected.append)
    assert session.select(2) and selected == [2]
    assert session.config.batching.method == "minibatch"
    assert not session.select(2)
    assert session.remove_run()
    assert [lane.label for lane in session.lanes] == ["Batch", "SGD"]
    assert session.selected == 1
    assert session.add_run("copy")
    assert [e.label for e in session.entries] == ["Batch", "SGD", "copy"]
    assert len({e.color for e in session.entries}) == 3


def test_a_divergence_is_a_state_and_stable_rates_follow_the_limit():
    session = local_session(single(replace(preset("blog-batch"), learning_rate=0.007)))
    session.toggle_run()
    assert session.state is RunState.DIVERGED
    lane = session.lane
    assert lane is not None and lane.stop_reason == STOP_DIVERGED
    limit = lane.stable_rate
    assert limit is not None
    (rate,) = session.stable_rates()
    assert rate == float(f"{0.9 * limit:.3g}")
    session.use_stable_rates()
    assert session.state is RunState.READY
    assert session.lanes[0].learning_rate == rate


def test_start_at_moves_every_run_and_a_rate_change_applies_from_the_next_update():
    session = local_session(blog_race())
    assert session.start_at(3.14159, -2.71828) == (3.142, -2.718)
    assert all(lane.start_weights == (3.142, -2.718) for lane in session.lanes)
    session.step(2)
    session.set_learning_rate(1e-5)
    session.step(1)
    lane = session.lane
    assert lane is not None
    assert lane.records.column("lr").tolist()[-1] == 1e-5
    assert lane.records.column("lr").tolist()[0] == 2e-5


def test_a_target_recounts_updates_to_target_from_the_records():
    session = local_session()
    session.toggle_run()
    lane = session.lane
    assert lane is not None
    mse = lane.records.column("mse")
    session.set_target(float(mse[99]))
    assert lane.tracker.summary().to_target == int(np.flatnonzero(mse <= mse[99])[0]) + 1


def test_a_race_that_cannot_load_leaves_the_one_shown_and_says_why():
    session = local_session(blog_race())
    session.step(3)
    failures = []
    session.events.subscribe(
        Event.LOAD_FAILED,
        lambda problems, reverted: failures.append(([p.field for p in problems], reverted)),
    )
    assert session.select(2)
    bad = [replace(e, config=replace(e.config, learning_rate=0.0)) for e in session.entries]
    session.load_race(bad, selected=1)
    assert failures and all("learning_rate" in f for f in failures[0][0])
    assert failures[0][1] is True and session.selected == 2  # back to the run shown
    assert session.state is RunState.PAUSED
    assert [lane.received for lane in session.lanes] == [3, 3, 3]
    assert [e.config.learning_rate for e in session.entries] == [
        lane.learning_rate for lane in session.lanes
    ]


def test_a_csv_source_without_data_is_refused_before_anything_changes():
    session = local_session()
    csv = replace(preset("blog-batch"), data=replace(preset("blog-batch").data, source="csv"))
    refused = session.load(csv)
    assert refused is not None and refused.code == "csv_needed"
    assert session.state is RunState.READY and session.config.data.source == "blog"
