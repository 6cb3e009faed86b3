"""Experiments as files in the real window: Open recent, drag and drop, damaged files
refused with their bad fields named, and saves whose writing fails."""

from __future__ import annotations

import errno
import io
import json
from dataclasses import replace

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop import app
from gd_desktop.core import files, preset
from gd_desktop.widgets.column_dialog import ColumnDialog
from gd_desktop.widgets.main_menus import WRITE_FAILED_BOX, open_experiment, save_experiment
from gd_desktop.widgets.main_window import MainWindow
from gd_desktop.widgets.recent_files import MAX_RECENT, clear_recent, recent_files

from .helpers import trigger, wait_idle


@pytest.fixture(autouse=True)
def no_recent(window):
    clear_recent()
    yield
    clear_recent()


def loaded(qtbot, w: MainWindow, old: int) -> None:
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=20000)


def test_open_recent_lists_the_last_ten_newest_first_and_opens_them(qtbot, window, tmp_path):
    w = window
    paths = []
    for seed in range(MAX_RECENT + 2):
        w.load(replace(preset("blog-batch"), seed=seed))
        wait_idle(qtbot, w)
        path = tmp_path / f"seed{seed}.json"
        assert save_experiment(w, str(path))
        paths.append(str(path))
    expected = list(reversed(paths))[:MAX_RECENT]
    assert recent_files() == expected
    menu = w.recent_menu
    menu.rebuild()
    assert menu.paths() == expected
    old = w.info.run_id
    action = next(a for a in menu.actions() if a.data() == paths[4])
    action.trigger()
    loaded(qtbot, w, old)
    assert w.info.config.seed == 4
    assert recent_files()[0] == paths[4]  # opened: first again


def test_a_recent_file_that_is_gone_is_explained_and_dropped(qtbot, window, tmp_path):
    w = window
    path = tmp_path / "gone.json"
    assert save_experiment(w, str(path))
    path.unlink()
    before = (w.info.run_id, w.config)
    assert not open_experiment(w, str(path))
    assert (w.info.run_id, w.config) == before
    assert "gone.json" in w.statusBar().currentMessage()
    assert str(path) not in recent_files()


def drop(w: MainWindow, path) -> None:
    mime = QtCore.QMimeData()
    mime.setUrls([QtCore.QUrl.fromLocalFile(str(path))])
    where = QtCore.QPointF(w.width() / 2, w.height() / 2)
    buttons = QtCore.Qt.MouseButton.LeftButton
    none = QtCore.Qt.KeyboardModifier.NoModifier
    action = QtCore.Qt.DropAction.CopyAction
    enter = QtGui.QDragEnterEvent(where.toPoint(), action, mime, buttons, none)
    QtWidgets.QApplication.sendEvent(w, enter)
    assert enter.isAccepted()
    QtWidgets.QApplication.sendEvent(w, QtGui.QDropEvent(where, action, mime, buttons, none))


def test_dropping_an_experiment_file_opens_it(qtbot, window, tmp_path):
    w = window
    config = replace(preset("blog-sgd"), seed=7, budget=30)
    path = tmp_path / "dropped.json"
    path.write_text(json.dumps(config.to_dict()), encoding="utf-8")
    old = w.info.run_id
    drop(w, path)
    loaded(qtbot, w, old)
    assert w.info.config == config and w.panel.config() == config


def test_dropping_a_csv_file_asks_for_its_columns(qtbot, window, tmp_path):
    w = window
    path = tmp_path / "table.csv"
    path.write_text("a,b,y\n1,2,3\n2,3,5\n4,1,6\n", encoding="utf-8")
    drop(w, path)
    qtbot.waitUntil(lambda: w.findChild(ColumnDialog) is not None)
    dialog = w.findChild(ColumnDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_a_truncated_file_is_refused_and_nothing_changes(qtbot, window, tmp_path):
    w = window
    trigger(qtbot, w, w.actions_.step)
    path = tmp_path / "whole.json"
    w.load_ready_race("optimizers")
    qtbot.waitUntil(lambda: w.state == "ready" and len(w.info.runs) == 3)
    assert save_experiment(w, str(path))
    text = path.read_text(encoding="utf-8")
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    before = (w.info.run_id, list(w.entries))
    assert not open_experiment(w, str(cut))
    assert (w.info.run_id, list(w.entries)) == before
    assert "cut.json" in w.statusBar().currentMessage()
    # A hand-edited file: each bad field is named.
    broken = json.loads(text)
    broken["race"][1]["config"]["learning_rate"] = -1
    broken["race"][2]["color"] = "red"
    bad = tmp_path / "edited.json"
    bad.write_text(json.dumps(broken), encoding="utf-8")
    assert not open_experiment(w, str(bad))
    shown = w.panel.problem_label.text()
    assert "race[2].learning_rate" in shown and "race[3]" in shown
    assert (w.info.run_id, list(w.entries)) == before


class FailingStream(io.StringIO):
    """A file object whose writes fail halfway, as on a full disk."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["stream", "temporary"])
def test_a_save_that_cannot_write_leaves_the_previous_file(
    qtbot, window, tmp_path, monkeypatch, where
):
    w = window
    path = tmp_path / "kept.json"
    assert save_experiment(w, str(path))
    previous = path.read_bytes()
    w.load(replace(preset("blog-batch"), seed=5))
    wait_idle(qtbot, w)
    if where == "stream":
        real = files.os.fdopen

        def failing(fd, *args, **kwargs):
            real(fd).close()
            return FailingStream()

        monkeypatch.setattr(files.os, "fdopen", failing)
    else:

        def refused(*args, **kwargs):
            raise OSError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    assert not save_experiment(w, str(path))
    assert path.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.json"]
    box = w.findChild(QtWidgets.QMessageBox, WRITE_FAILED_BOX)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "kept.json" in box.text()
    box.accept()


def test_the_command_line_refuses_a_missing_file_in_one_line(capsys, tmp_path):
    assert app.main([str(tmp_path / "none.json")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.json" in err[0]
