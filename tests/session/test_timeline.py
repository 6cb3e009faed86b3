"""The timeline without Qt: moving the cursor, stepping back and forward, continuing
from an earlier update (the same records as a fresh run stopped there and
continued), the race table and the equation panel's rows at an earlier update."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import BatchConfig, preset
from gd_desktop.core.config import ExperimentConfig, OptimizerConfig
from gd_desktop.core.race import Race, RaceEntry, blog_race, summarize
from gd_desktop.core.replay import replay_run
from gd_desktop.core.run import Run
from gd_desktop.session.experiment import single
from gd_desktop.session.local import local_session
from gd_desktop.session.state import RunState
from gd_desktop.session.timeline import summary_at
from gd_desktop.session.update_at import UpdateReplays

SCHEMES = {
    "batch": preset("blog-batch"),
    "sgd-replace": preset("blog-sgd"),
    "minibatch-shuffle": replace(
        preset("blog-minibatch"),
        batching=BatchConfig(method="minibatch", batch_size=30, order="shuffle"),
    ),
}


def fresh(config: ExperimentConfig, steps: int) -> Run:
    run = Run(config)
    run.advance(steps)
    return run


def test_back_and_forward_move_one_update_and_the_latest_is_live():
    session = local_session()
    session.step(10)
    timeline = session.timeline
    assert (timeline.maximum, timeline.position, timeline.live) == (10, 10, True)
    assert timeline.back() == 9
    shown = session.readout()
    assert shown is not None and shown.step == 9 and timeline.scrubbed
    lane = session.lane
    assert lane is not None
    assert shown.weights == lane.weights_at(9)
    timeline.back()
    assert timeline.forward() == 9
    assert timeline.forward() == 10
    assert timeline.live and not timeline.scrubbed
    assert timeline.show(-5) == 0
    shown = session.readout()
    assert shown is not None and shown.step == 0 and shown.weights == lane.start_weights
    assert timeline.show(10**9) == 10 and timeline.live


def test_step_back_then_step_forward_gives_the_same_record():
    session = local_session()
    session.step(20)
    lane = session.lane
    assert lane is not None
    before = lane.row(20)
    session.timeline.back()
    session.timeline.continue_run("step")  # Step from update 19: update 20 again
    lane = session.lane
    assert lane is not None and lane.received == 20
    np.testing.assert_array_equal(lane.row(20), before)
    assert session.timeline.live


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_continuing_from_an_earlier_update_equals_a_fresh_run_continued(scheme):
    config = SCHEMES[scheme]
    session = local_session(single(config))
    session.step(60)
    session.timeline.show(23)
    assert session.timeline.continue_run("step", 7) is True
    lane = session.lane
    assert lane is not None and lane.received == 30
    assert session.state is RunState.PAUSED and session.timeline.live
    reference = fresh(config, 30)
    np.testing.assert_array_equal(lane.records.rows(0, 30), reference.records.rows(0, 30))
    # Run from an earlier update: to the end, as the fresh run would.
    session.timeline.show(11)
    session.timeline.continue_run("run")
    lane = session.lane
    assert lane is not None and session.state is RunState.FINISHED
    reference.run_to_end()
    assert lane.received == reference.step
    np.testing.assert_array_equal(
        lane.records.rows(0, lane.received), reference.records.rows(0, reference.step)
    )


def test_continuing_a_race_keeps_every_run_in_lockstep_with_fresh_runs():
    session = local_session(blog_race())
    session.step(40)
    session.timeline.show(15)
    session.timeline.continue_run("step", 5)
    race = Race(blog_race())
    race.advance(20)
    for lane, run in zip(session.lanes, race.runs, strict=True):
        assert lane.received == 20
        np.testing.assert_array_equal(lane.records.rows(0, 20), run.records.rows(0, 20))


def test_from_the_latest_update_run_and_step_discard_nothing():
    session = local_session()
    session.step(5)
    loaded = session.run_id
    assert session.timeline.continue_run("step", 2) is False
    assert session.run_id == loaded and session.lane is not None
    assert session.lane.received == 7


def test_continuing_from_the_start_point_starts_afresh():
    session = local_session()
    session.step(5)
    session.timeline.show(0)
    session.timeline.continue_run("step", 3)
    lane = session.lane
    assert lane is not None and lane.received == 3
    np.testing.assert_array_equal(
        lane.records.rows(0, 3), fresh(preset("blog-batch"), 3).records.rows(0, 3)
    )


def test_the_race_table_row_at_an_earlier_update_comes_from_the_records():
    session = local_session(blog_race())
    session.toggle_run()
    race = Race(blog_race())
    race.advance(37)
    for lane, run in zip(session.lanes, race.runs, strict=True):
        at = summary_at(lane, 37)
        expected = summarize(run, lane.tracker.target)
        assert (at.step, at.final_mse, at.best_mse, at.best_step) == (
            37,
            expected.final_mse,
            expected.best_mse,
            expected.best_step,
        )
        assert at.distance == pytest.approx(expected.distance, rel=1e-15)
        assert at.to_target == expected.to_target
        assert not at.diverged and at.stop_reason is None
    # At the latest update the row is the live one.
    lane = session.lanes[0]
    assert summary_at(lane, lane.received) == lane.tracker.summary()


@pytest.mark.parametrize("scheme", ["sgd-replace", "minibatch-shuffle"])
def test_the_rows_of_an_earlier_update_are_recomputed_not_the_latest(scheme):
    config = SCHEMES[scheme]
    session = local_session(single(config))
    session.step(50)
    lane = session.lane
    assert lane is not None
    replays = UpdateReplays()
    shown = replays.at(lane, 12)
    reference = replay_run(config, 12)
    rows = shown.batch_rows(12)
    assert rows is not None
    np.testing.assert_array_equal(rows, reference.batch_rows(12))
    latest = lane.batch_rows(50)
    assert latest is not None and not np.array_equal(rows, latest)
    assert replays.at(lane, 12) is shown  # remembered, not done again
    assert replays.at(lane, 50) is lane


def test_the_rule_state_at_an_earlier_update_is_the_fresh_runs():
    config = replace(
        preset("blog-batch"), optimizer=OptimizerConfig(name="adam"), learning_rate=1.0
    )
    session = local_session(single(config))
    session.step(30)
    lane = session.lane
    assert lane is not None
    shown = UpdateReplays().at(lane, 9)
    assert shown.step == 9
    assert shown.optimizer_state == fresh(config, 9).optimizer_state
    assert shown.optimizer_state != lane.optimizer_state


def test_after_a_rate_change_the_rows_are_said_to_be_unknown():
    config = SCHEMES["sgd-replace"]
    session = local_session(single(config))
    session.step(10)
    session.set_learning_rate(0.001)
    session.step(10)
    lane = session.lane
    assert lane is not None
    shown = UpdateReplays().at(lane, 15)
    assert shown.batch_rows(15) is None and shown.optimizer_state == {}


def test_an_entry_list_stays_the_same_across_a_continuation():
    entries = blog_race()
    session = local_session(entries)
    session.step(10)
    session.timeline.show(4)
    session.timeline.continue_run("step")
    assert [e.label for e in session.entries] == [e.label for e in entries]
    assert all(isinstance(e, RaceEntry) for e in session.entries)
