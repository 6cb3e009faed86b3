"""What the app remembers between launches (a temporary settings path, see conftest):
the last experiment, the layout and the language; View > Restore defaults forgets it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtGui

from gd_desktop.core.presets import preset
from gd_desktop.core.samples import sample_by_id
from gd_desktop.runtime.worker import live_engines, live_threads
from gd_desktop.widgets import names
from gd_desktop.widgets.experiment_settings import EXPERIMENT_GROUP, restore_experiment
from gd_desktop.widgets.language import start_language
from gd_desktop.widgets.main_window import MainWindow
from gd_desktop.widgets.parameter_panel import DEFAULT_SPEED_POSITION

from .helpers import set_speed, wait_idle


@pytest.fixture(autouse=True)
def clean_settings() -> Iterator[None]:
    QtCore.QSettings().clear()
    yield
    QtCore.QSettings().clear()


@contextlib.contextmanager
def fresh_window(qtbot, restore: bool) -> Iterator[MainWindow]:
    """A new window, as ``gd-desktop`` starts it (restore) or as a script does."""
    w = MainWindow()
    qtbot.addWidget(w)
    try:
        if restore:
            restore_experiment(w)
        w.show()
        qtbot.waitExposed(w)
        qtbot.waitUntil(lambda: w.state == "ready" and w.controller.idle, timeout=30000)
        yield w
    finally:
        w.close()
        assert live_threads() == [] and live_engines() == []


def test_the_last_race_layout_and_panel_come_back_at_start_up(qtbot, window) -> None:
    w = window
    w.load_ready_race("optimizers")
    qtbot.waitUntil(lambda: len(w.lanes) == 3 and w.state == "ready", timeout=30000)
    w.select_lane(1)
    w.panel.lr_input.setValue(0.25)
    w.set_learning_rate(0.25)
    wait_idle(qtbot, w, 30000)
    w.log_dock.hide()
    entries, selected = w.entries, w.selected
    assert selected == 1 and entries[1].config.learning_rate == 0.25
    w.close()

    with fresh_window(qtbot, restore=True) as second:
        qtbot.waitUntil(lambda: len(second.lanes) == 3, timeout=30000)
        assert [(e.label, e.color, e.config) for e in second.entries] == [
            (e.label, e.color, e.config) for e in entries
        ]
        assert second.selected == 1 and second.panel.config() == entries[1].config
        assert not second.log_dock.isVisible() and second.parameter_dock.isVisible()

    with fresh_window(qtbot, restore=False) as plain:
        assert len(plain.entries) == 1 and plain.config == preset("blog-batch")


def test_a_sample_data_source_comes_back_read_again(qtbot, window) -> None:
    w = window
    sample = sample_by_id("stackloss-airflow")
    assert sample is not None
    old = w.info.run_id
    w.data_flow.use_sample(sample)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=30000)
    config = w.config
    w.close()
    with fresh_window(qtbot, restore=True) as second:
        qtbot.waitUntil(lambda: second.config.data.path == str(sample.path), timeout=30000)
        qtbot.waitUntil(lambda: second.info.run.dataset.size == 21, timeout=30000)
        assert second.config == config


@pytest.mark.parametrize("stored", ["{not json", '{"race": []}', "x" * (1 << 21)])
def test_an_unusable_saved_experiment_keeps_the_blog_run(qtbot, stored: str) -> None:
    settings = QtCore.QSettings()
    settings.setValue(f"{EXPERIMENT_GROUP}/race", stored)
    settings.sync()
    with fresh_window(qtbot, restore=True) as w:
        assert len(w.entries) == 1 and w.config == preset("blog-batch")
        assert "the last experiment could not be read" in w.log_view.toPlainText()


def test_restore_defaults_brings_back_the_factory_state(qtbot, window) -> None:
    w = window
    factory = (w.log_color_check.isChecked(), w.log_y_check.isChecked(), w.arrows_check.isChecked())
    w.load_ready_race("blog")
    qtbot.waitUntil(lambda: len(w.lanes) == 3 and w.state == "ready", timeout=30000)
    set_speed(qtbot, w, 30)
    w.log_y_check.setChecked(not factory[1])
    w.arrows_check.setChecked(not factory[2])
    w.insight_dock.hide()
    w.save_settings()
    QtCore.QSettings().setValue("language", "ko")
    assert QtCore.QSettings().allKeys()

    action = w.findChild(QtGui.QAction, names.RESTORE_DEFAULTS_ACTION)
    assert action is not None
    action.trigger()
    assert QtCore.QSettings().allKeys() == []
    qtbot.waitUntil(lambda: len(w.lanes) == 1 and w.state == "ready", timeout=30000)
    assert w.config == preset("blog-batch") and w.panel.config() == preset("blog-batch")
    assert w.panel.speed_input.value() == DEFAULT_SPEED_POSITION
    checks = (w.log_color_check.isChecked(), w.log_y_check.isChecked(), w.arrows_check.isChecked())
    assert checks == factory
    assert w.insight_dock.toggleViewAction().isChecked()


def test_the_language_is_the_flag_else_the_saved_choice_else_the_system(qtbot) -> None:
    system = start_language(None)
    QtCore.QSettings().setValue("language", "ko")
    assert start_language(None) == "ko"
    assert start_language("en") == "en"
    QtCore.QSettings().setValue("language", "klingon")
    assert start_language(None) == system
