"""Faults the window must survive: damaged settings, a stopped engine, pipes and
devices for files, failed saves, hostile race labels and huge one-line CSV files."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import signal
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from gd_desktop.core import files, preset
from gd_desktop.core.config import DataConfig, ExperimentConfig
from gd_desktop.core.problems import problem
from gd_desktop.core.race import PALETTE, RaceEntry
from gd_desktop.core.run import Run
from gd_desktop.runtime import watchdog
from gd_desktop.runtime.worker import live_engines, live_threads
from gd_desktop.widgets import names
from gd_desktop.widgets.column_dialog import COLUMN_DIALOG, MAX_DIALOG_COLUMNS, ColumnDialog
from gd_desktop.widgets.main_menus import (
    WRITE_FAILED_BOX,
    export_records,
    open_experiment,
    save_experiment,
)
from gd_desktop.widgets.main_window import SETTINGS_GROUP, MainWindow
from gd_desktop.widgets.messages import describe
from gd_desktop.widgets.parameter_panel import DEFAULT_SPEED_POSITION
from gd_desktop.widgets.run_labels import ELLIPSIS, MAX_LABEL_CHARS
from gd_desktop.widgets.surface_view import SurfaceView

from .helpers import headless, readout, run_to_finish, set_speed, trigger, wait_idle

SETTINGS_NOTE = "Some saved settings could not be read; their defaults are used: "
FAST_FINITE_POSITION = 30  # 1000 updates a second


# -- 1. damaged settings ------------------------------------------------------------------
@pytest.fixture
def settings_path() -> Iterator[Path]:
    """The settings file the window reads; removed afterwards, so later windows start clean."""
    settings = QtCore.QSettings()
    settings.clear()
    settings.sync()
    path = Path(settings.fileName())
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
        after = QtCore.QSettings()
        after.sync()
        after.clear()
        after.sync()


@contextlib.contextmanager
def started_window(qtbot) -> Iterator[MainWindow]:
    """The real window started from whatever settings are on disk; closed afterwards."""
    w = MainWindow()
    qtbot.addWidget(w)
    try:
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.state == "ready", timeout=20000)
        yield w
    finally:
        w.close()
        assert live_threads() == [] and live_engines() == []


def settings_note(w: MainWindow) -> str | None:
    """The keys the log's settings note names, if there is such a note."""
    for line in w.log_view.toPlainText().splitlines():
        if line.startswith("-- " + SETTINGS_NOTE):
            return line[len("-- " + SETTINGS_NOTE) :]
    return None


@pytest.mark.parametrize("value", ["abc", "1e3", "99999999999999999999", "-5", ""])
def test_a_bad_saved_speed_opens_with_the_default_and_a_note(qtbot, settings_path, value) -> None:
    settings_path.write_text(f"[{SETTINGS_GROUP}]\nspeed={value}\nlogY=false\n", encoding="utf-8")
    with started_window(qtbot) as w:
        assert w.panel.speed_input.value() == DEFAULT_SPEED_POSITION
        assert settings_note(w) == "speed"
        assert not w.log_y_check.isChecked()  # the good value next to it is used


def test_every_bad_saved_value_is_named_and_the_rest_default(qtbot, settings_path) -> None:
    settings_path.write_text(
        f"[{SETTINGS_GROUP}]\ngeometry=abc\nstate=@ByteArray(xyz)\nspeed=1e3\n"
        "logColor=perhaps\nlogY=2\narrows=\n",
        encoding="utf-8",
    )
    with started_window(qtbot) as w:
        assert settings_note(w) == "geometry, state, speed, logColor, logY, arrows"
        assert w.panel.speed_input.value() == DEFAULT_SPEED_POSITION
        assert w.log_color_check.isChecked() and w.log_y_check.isChecked()


@pytest.mark.parametrize("seed", range(4))
def test_a_settings_file_of_random_bytes_opens_with_the_defaults(
    qtbot, settings_path, seed
) -> None:
    settings_path.write_bytes(random.Random(seed).randbytes(4096))
    with started_window(qtbot) as w:
        assert w.panel.speed_input.value() == DEFAULT_SPEED_POSITION
        note = settings_note(w)
        assert note is None or set(note.split(", ")) <= {"file", "geometry", "state", "speed"}
        trigger(qtbot, w, w.actions_.step)
        assert w.received == 1


# -- 7. a stopped engine ------------------------------------------------------------------------
def test_a_stopped_engine_is_said_to_be_stuck_and_reset_runs_again(qtbot, window, spy) -> None:
    w = window
    w.panel.steps_input.setValue(5000)
    wait_idle(qtbot, w)
    set_speed(qtbot, w, FAST_FINITE_POSITION)
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.received >= 100, timeout=10000)
    engine = w.controller.worker.engine
    assert engine is not None and engine.pid is not None
    pid = engine.pid
    os.kill(pid, signal.SIGSTOP)
    try:
        bound_ms = int(watchdog.STUCK_AFTER_S * 1000) + 10_000
        qtbot.waitUntil(lambda: w.state == "failed", timeout=bound_ms)
        message = describe(problem(watchdog.ENGINE_STUCK, seconds=watchdog.STUCK_AFTER_S))
        assert "stuck" in message
        assert w.statusBar().currentMessage() == message
        assert f"-- {message}" in w.log_view.toPlainText().splitlines()
        assert readout(w, names.READOUT_STATE) == "engine stopped"
        assert w.actions_.reset.isEnabled() and not w.actions_.run.isEnabled()
        qtbot.waitUntil(lambda: not engine.alive, timeout=10000)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    stopped_at = w.received
    assert 100 <= stopped_at < 5000

    trigger(qtbot, w, w.actions_.reset)
    qtbot.waitUntil(lambda: w.state == "ready", timeout=20000)
    assert w.controller.worker.engine is not engine
    run_to_finish(qtbot, w)
    assert w.state == "finished" and w.received == 5000
    np.testing.assert_array_equal(spy.rows(w.info.run_id), headless(w).records.rows(0, 5000))


# -- 3 and 6. pipes and devices -----------------------------------------------------------------
def csv_config(path: Path) -> ExperimentConfig:
    data = replace(
        DataConfig(), source="csv", path=str(path), target="y", feature0="a", feature1="b"
    )
    return replace(preset("blog-batch"), data=data, learning_rate=1e-4)


def test_a_pipe_or_device_is_refused_at_once_wherever_a_file_is_opened(
    qtbot, window, tmp_path
) -> None:
    w = window
    trigger(qtbot, w, w.actions_.step)
    before = (w.info.run_id, w.config, w.received)
    fifo = tmp_path / "data.csv"
    os.mkfifo(fifo)
    importer = w.data_flow.importer

    with qtbot.waitSignal(importer.import_failed, timeout=5000) as failed:
        assert not importer.open_file(str(fifo))  # File > Open data
    assert failed.args[0] == problem("not_regular", path=str(fifo), kind="pipe")
    assert w.findChild(ColumnDialog, COLUMN_DIALOG) is None
    with qtbot.waitSignal(importer.import_failed, timeout=5000):
        w.data_flow.open_file(str(fifo), "y", ("a", "b"), False)
    assert not importer.busy
    assert "is a pipe, not a regular file" in w.statusBar().currentMessage()

    assert not open_experiment(w, str(fifo))  # File > Open experiment
    assert "is a pipe, not a regular file" in w.statusBar().currentMessage()
    assert not open_experiment(w, "/dev/zero")
    assert "is a device, not a regular file" in w.statusBar().currentMessage()

    experiment = tmp_path / "experiment.json"
    csv_config(fifo).save(experiment)
    assert not open_experiment(w, str(experiment))  # an experiment on the pipe
    assert "is a pipe, not a regular file" in w.statusBar().currentMessage()
    assert not importer.busy and not w.data_flow.experiment_waiting
    wait_idle(qtbot, w)
    assert (w.info.run_id, w.config, w.received) == before


# -- 10. large inputs --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def large_csv(tmp_path_factory) -> Path:
    """300,000 rows of "a,b,y": several chunks for the importer."""
    rng = np.random.default_rng(11)
    a, b = rng.integers(-800, 800, size=(2, 300_000)) / 8.0
    table = np.column_stack([a, b, 2 * a - 3 * b])
    path = tmp_path_factory.mktemp("large") / "large.csv"
    np.savetxt(path, table, delimiter=",", fmt="%.3f", header="a,b,y", comments="")
    return path


def test_an_experiment_on_a_large_csv_reads_it_in_the_background(
    qtbot, window, large_csv, tmp_path
) -> None:
    w = window
    config = csv_config(large_csv)
    experiment = tmp_path / "experiment.json"
    config.save(experiment)
    importer = w.data_flow.importer
    percents: list[int] = []
    importer.progressed.connect(percents.append)
    old_id = w.info.run_id
    with qtbot.waitSignal(importer.imported, timeout=60000):
        assert open_experiment(w, str(experiment))
        assert importer.busy and w.data_flow.experiment_waiting  # not read here
    qtbot.waitUntil(lambda: w.info.run_id > old_id and w.state == "ready", timeout=20000)
    assert w.info.config == config and w.info.run.dataset.size == 300_000
    assert w.panel.config() == config
    assert percents and percents[-1] == 100 and percents == sorted(percents)
    trigger(qtbot, w, w.actions_.step)
    reference = Run(config, w.data_flow.dataset)
    reference.advance(1)
    np.testing.assert_array_equal(w.info.run.records.rows(0, 1), reference.records.rows(0, 1))


def test_an_experiment_whose_data_read_is_cancelled_changes_nothing(
    qtbot, window, large_csv, tmp_path
) -> None:
    w = window
    before = (w.info.run_id, w.config, w.received)
    experiment = tmp_path / "experiment.json"
    csv_config(large_csv).save(experiment)
    importer = w.data_flow.importer
    importer.progressed.connect(lambda _percent: importer.cancel())
    with qtbot.waitSignal(importer.import_cancelled, timeout=60000):
        assert open_experiment(w, str(experiment))
    wait_idle(qtbot, w)
    assert not w.data_flow.experiment_waiting
    assert (w.info.run_id, w.config, w.received) == before
    assert "cancelled" in w.statusBar().currentMessage()


def test_a_csv_of_one_huge_line_lists_a_bounded_number_of_columns(qtbot, window, tmp_path) -> None:
    w = window
    path = tmp_path / "wide.csv"
    path.write_text("1," * (3 * 2**20), encoding="ascii")  # one 6 MB line
    assert w.data_flow.importer.open_file(str(path))
    dialog = w.findChild(ColumnDialog, COLUMN_DIALOG)
    assert dialog is not None
    try:
        assert dialog.numeric_count > 200_000
        assert dialog.target_combo.count() == MAX_DIALOG_COLUMNS
        assert dialog.feature0_combo.count() == MAX_DIALOG_COLUMNS + 1  # and the intercept
        assert dialog.columns_note.text() == (
            f"Only the first {MAX_DIALOG_COLUMNS} of {dialog.numeric_count} numeric columns "
            "are listed."
        )
    finally:
        dialog.reject()
    qtbot.waitUntil(lambda: w.findChild(ColumnDialog, COLUMN_DIALOG) is None)


# -- 10 and 11. race labels ----------------------------------------------------------------------
HOSTILE = '<img src="/some/local.png"><b>bold</b> & co'
LONG_LABEL = "L" * 10**6


def test_race_labels_are_plain_text_and_short_in_every_view(qtbot, window) -> None:
    w = window
    base = replace(preset("blog-batch"), budget=200)
    entries = [
        RaceEntry(base, HOSTILE, PALETTE[0]),
        RaceEntry(replace(base, learning_rate=0.03), LONG_LABEL, PALETTE[1]),  # diverges
    ]
    w.load_race(entries, selected=0)
    qtbot.waitUntil(lambda: w.state == "ready" and len(w.info.runs) == 2, timeout=20000)
    short = "L" * (MAX_LABEL_CHARS - 1) + ELLIPSIS

    for legend in (w.contour_view.legend, w.loss_view.legend):
        shown = [label.item.toPlainText() for _sample, label in legend.items]
        assert shown[:2] == [HOSTILE, short]
    if isinstance(w.surface_view, SurfaceView):
        rich = w.surface_view.legend.text()
        assert "&lt;img" in rich and "<img" not in rich and "L" * MAX_LABEL_CHARS not in rich
    assert [w.race_panel.cell(lane, "run") for lane in (0, 1)] == [HOSTILE, short]

    run_to_finish(qtbot, w)
    banner = w.banner
    assert banner.isVisible() and banner.textFormat() == QtCore.Qt.TextFormat.PlainText
    assert short in banner.text() and "L" * MAX_LABEL_CHARS not in banner.text()
    assert max(len(line) for line in w.log_view.toPlainText().splitlines()) < 1000


# -- 2. failed saves ----------------------------------------------------------------------------
def fail_writes(monkeypatch) -> None:
    """The disk fills up: every fsync of a file being written fails."""

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)


def write_failed_box(w: MainWindow) -> QtWidgets.QMessageBox:
    box = w.findChild(QtWidgets.QMessageBox, WRITE_FAILED_BOX)
    assert box is not None
    return box


@pytest.mark.parametrize("kind", ["experiment", "race", "export"])
def test_a_failed_save_keeps_the_previous_file_and_says_so(
    qtbot, window, tmp_path, monkeypatch, kind
) -> None:
    w = window
    if kind == "race":
        w.load_ready_race("optimizers")
        qtbot.waitUntil(lambda: w.state == "ready" and len(w.info.runs) == 3)
    trigger(qtbot, w, w.actions_.step)
    path = tmp_path / ("records.csv" if kind == "export" else "saved.json")
    previous = b'{"previous": true}\n' * 500
    path.write_bytes(previous)
    fail_writes(monkeypatch)
    write = export_records if kind == "export" else save_experiment
    assert not write(w, str(path))
    assert path.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary left
    box = write_failed_box(w)
    qtbot.waitUntil(box.isVisible)
    assert box.windowModality() == QtCore.Qt.WindowModality.WindowModal
    assert "no space left on device" in box.text() and "previous file is unchanged" in box.text()
    assert f"-- {box.text()}" in w.log_view.toPlainText().splitlines()
    assert w.statusBar().currentMessage() == box.text()
    box.accept()
    qtbot.waitUntil(lambda: w.findChild(QtWidgets.QMessageBox, WRITE_FAILED_BOX) is None)
    monkeypatch.undo()
    assert write(w, str(path)) and path.read_bytes() != previous
