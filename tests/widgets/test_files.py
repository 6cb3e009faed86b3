"""File menu operations on real files: experiments saved and opened, records exported."""

from __future__ import annotations

import io
from dataclasses import replace

import numpy as np

from gd_desktop.core import ExperimentConfig, Run, preset
from gd_desktop.widgets.main_menus import export_records, open_experiment, save_experiment

from .helpers import run_to_finish, set_speed, trigger, wait_idle


def test_exported_csv_holds_every_record_received(qtbot, window, tmp_path) -> None:
    w = window
    for _ in range(5):
        trigger(qtbot, w, w.actions_.step)
    path = tmp_path / "records.csv"
    assert export_records(w, str(path))
    expected = io.StringIO()
    headless = Run(w.config)
    headless.advance(5)
    headless.records.write_csv(expected)
    assert path.read_text(encoding="utf-8") == expected.getvalue()


def test_saved_experiment_opens_to_the_same_run(qtbot, window, tmp_path) -> None:
    w = window
    config = replace(preset("blog-minibatch"), seed=3, budget=2)
    w.panel.set_config(config)
    w.load(config)
    wait_idle(qtbot, w)
    path = tmp_path / "experiment.json"
    assert save_experiment(w, str(path))
    assert ExperimentConfig.load(path) == config

    w.load(preset("blog-batch"))
    wait_idle(qtbot, w)
    assert open_experiment(w, str(path))
    wait_idle(qtbot, w)
    assert w.info.config == config
    set_speed(qtbot, w, "max")
    run_to_finish(qtbot, w)
    reference = Run(config)
    reference.run_to_end()
    np.testing.assert_array_equal(
        w.info.run.records.rows(0, w.received), reference.records.rows(0, reference.step)
    )


def test_a_bad_experiment_file_changes_nothing(qtbot, window, tmp_path) -> None:
    w = window
    trigger(qtbot, w, w.actions_.step)
    before = (w.info.run_id, w.config, w.received)
    path = tmp_path / "bad.json"
    path.write_text('{"learning_rate": 0, "batching": {"method": "newton"}}', encoding="utf-8")
    assert not open_experiment(w, str(path))
    wait_idle(qtbot, w)
    assert (w.info.run_id, w.config, w.received) == before
    shown = w.panel.problem_label.text()
    assert "learning_rate" in shown and "batching.method" in shown


def test_a_saved_race_opens_to_the_same_race(qtbot, window, tmp_path) -> None:
    from gd_desktop.core.race import Race, load_race

    w = window
    w.load_ready_race("optimizers")
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready" and len(w.info.runs) == 3)
    w.race_panel.table.selectRow(1)
    enter = w.panel.beta_input
    enter.setText("0.5")
    enter.editingFinished.emit()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.runs[1].config.optimizer.beta == 0.5)
    path = tmp_path / "race.json"
    assert save_experiment(w, str(path))
    saved = load_race(path)
    assert [e.label for e in saved] == [e.label for e in w.info.entries]
    assert [e.color for e in saved] == [e.color for e in w.info.entries]
    assert saved[1].config.optimizer.beta == 0.5

    w.remove_run()
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready" and len(w.info.runs) == 2)
    assert open_experiment(w, str(path))
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready" and len(w.info.runs) == 3)
    run_to_finish(qtbot, w)
    reference = Race(saved)
    reference.run_to_end()
    for mine, theirs in zip(w.info.runs, reference.runs, strict=True):
        np.testing.assert_array_equal(
            mine.records.rows(0, mine.step), theirs.records.rows(0, theirs.step)
        )
