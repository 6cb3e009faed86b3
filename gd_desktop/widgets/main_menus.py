"""Menus of the main window, and the file operations behind them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.config import ConfigError
from gd_desktop.core.files import FileProblem, atomic_writer, write_text
from gd_desktop.core.landscape_races import ALL_READY_RACES
from gd_desktop.core.race import load_race, race_to_json
from gd_desktop.widgets.experiment_settings import build_restore_defaults
from gd_desktop.widgets.exports.export_menu import build_export_menu
from gd_desktop.widgets.exports.report import WRITE_FAILED_BOX, show_write_failed
from gd_desktop.widgets.file_drop import FileDrop
from gd_desktop.widgets.help_menus import build_help_menu, build_language_menu
from gd_desktop.widgets.messages import describe
from gd_desktop.widgets.recent_files import RecentMenu, forget, remember
from gd_desktop.widgets.sample_text import race_title

__all__ = [
    "WRITE_FAILED_BOX",
    "build_menus",
    "export_records",
    "open_experiment",
    "save_experiment",
]

# The window the menus serve: a QMainWindow with the panels, the session's commands
# and the data flow (typed loosely: this module is imported by the window's module).
MainWindow = Any


def open_experiment(window: MainWindow, path: str) -> bool:
    """Load an experiment or race file into the panel and start it afresh.

    The file is read through core's bounded reader (regular files of a few MB
    only). An experiment on a CSV file starts once that file has been read in the
    background (with progress and Cancel); True then means the reading started.
    """
    try:
        entries = load_race(path)
    except ConfigError as exc:
        if not Path(path).exists():
            forget(str(Path(path).absolute()))  # gone since: off the recent list
        window.panel.show_problems(exc.problems)
        window.statusBar().showMessage(
            QtCore.QCoreApplication.translate("MainWindow", "Could not open {0}: {1}").format(
                path, describe(exc.problems[0])
            )
        )
        return False
    remember(path)
    config = entries[0].config
    if config.data.source == "csv":
        return bool(window.data_flow.open_experiment(entries))
    window.panel.set_config(config)
    window.load_race(entries, None, selected=0)
    return True


def save_experiment(window: MainWindow, path: str) -> bool:
    """Save the experiment: one run's config, or the whole race with names and colours."""
    entries = window.entries
    try:
        if len(entries) == 1:
            entries[0].config.save(path)
        else:
            write_text(path, race_to_json(entries) + "\n")
    except FileProblem as exc:
        return show_write_failed(window, exc)
    remember(path)
    window.statusBar().showMessage(
        QtCore.QCoreApplication.translate("MainWindow", "Saved {0}").format(path)
    )
    return True


def export_records(window: MainWindow, path: str) -> bool:
    """Write every record of the selected run received so far as CSV (the same columns
    as ``gd-desktop run``)."""
    run = window.run
    if run is None:
        return False
    try:
        with atomic_writer(path, newline="") as stream:
            run.records.write_csv(stream, upto=window.received)
    except FileProblem as exc:
        return show_write_failed(window, exc)
    window.statusBar().showMessage(
        QtCore.QCoreApplication.translate("MainWindow", "Exported {0} records to {1}").format(
            window.received, path
        )
    )
    return True


def dialog_title(action_text: str) -> str:
    """A menu item's text as a dialog title: no mnemonic ampersands ("&&" is a real one)."""
    return "&".join(part.replace("&", "") for part in action_text.split("&&"))


def _file_action(
    window: MainWindow,
    menu: QtWidgets.QMenu,
    text: str,
    shortcut: QtGui.QKeySequence,
    save: bool,
    pattern: str,
    handler: Callable[[MainWindow, str], bool],
) -> QtGui.QAction:
    """A menu action that asks for a file, then hands its path to ``handler``."""
    action = menu.addAction(text)
    action.setShortcut(shortcut)
    ask = QtWidgets.QFileDialog.getSaveFileName if save else QtWidgets.QFileDialog.getOpenFileName

    def triggered() -> None:
        path, _ = ask(window, dialog_title(action.text()), "", pattern)
        if path:
            handler(window, str(path))

    action.triggered.connect(triggered)
    return action


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    experiments = QtCore.QCoreApplication.translate("MainWindow", "Experiments (*.json)")
    keys = QtGui.QKeySequence

    file_menu = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&File"))
    _file_action(
        window,
        file_menu,
        QtCore.QCoreApplication.translate("MainWindow", "&Open experiment..."),
        keys(keys.StandardKey.Open),
        False,
        experiments,
        open_experiment,
    )
    window.recent_menu = RecentMenu(
        QtCore.QCoreApplication.translate("MainWindow", "Open &recent"),
        lambda path: open_experiment(window, path),
        window,
    )
    file_menu.addMenu(window.recent_menu)
    window.file_drop = FileDrop(
        window, lambda path: open_experiment(window, path), window.data_flow.importer.open_file
    )
    data_action = file_menu.addAction(
        QtCore.QCoreApplication.translate("MainWindow", "Open &data (CSV)...")
    )
    data_action.setShortcut(keys("Ctrl+D"))
    data_action.setToolTip(
        QtCore.QCoreApplication.translate(
            "MainWindow", "Fit your own table: choose a target and features."
        )
    )
    data_action.triggered.connect(window.data_flow.open_dialog)
    _file_action(
        window,
        file_menu,
        QtCore.QCoreApplication.translate("MainWindow", "&Save experiment as..."),
        keys(keys.StandardKey.Save),
        True,
        experiments,
        save_experiment,
    )
    _file_action(
        window,
        file_menu,
        QtCore.QCoreApplication.translate("MainWindow", "&Export records as CSV..."),
        keys("Ctrl+E"),
        True,
        QtCore.QCoreApplication.translate("MainWindow", "CSV files (*.csv)"),
        export_records,
    )
    build_export_menu(window, file_menu)
    file_menu.addSeparator()
    quit_action = file_menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Quit"))
    quit_action.setShortcut(QtGui.QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)

    run_menu = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&Run"))
    for action in window.actions_.all():
        run_menu.addAction(action)
    run_menu.addSeparator()
    run_menu.addAction(window.timeline_bar.back_action)
    run_menu.addAction(window.timeline_bar.forward_action)

    race_menu = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "R&ace"))
    add = race_menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Add a run"))
    add.setShortcut(keys("Ctrl+Shift+A"))
    add.setToolTip(
        QtCore.QCoreApplication.translate(
            "MainWindow", "A copy of the selected run, in a new colour."
        )
    )
    add.triggered.connect(window.add_run)
    remove = race_menu.addAction(
        QtCore.QCoreApplication.translate("MainWindow", "&Remove the selected run")
    )
    remove.setShortcut(keys("Ctrl+Shift+X"))
    remove.triggered.connect(window.remove_run)
    race_menu.addSeparator()
    for key in ALL_READY_RACES:
        action = race_menu.addAction(race_title(key))
        action.triggered.connect(lambda _checked=False, key=key: window.load_ready_race(key))
    race_menu.addSeparator()
    race_menu.addAction(window.race_dock.toggleViewAction())

    view_menu = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(window.parameter_dock.toggleViewAction())
    for dock in (window.log_dock, window.insight_dock, window.equation_dock):
        view_menu.addAction(dock.toggleViewAction())
    view_menu.addSeparator()
    for check in (window.log_color_check, window.log_y_check, window.arrows_check):
        action = view_menu.addAction(check.text())
        action.setCheckable(True)
        action.setChecked(check.isChecked())
        action.toggled.connect(check.setChecked)
        check.toggled.connect(action.setChecked)
    view_menu.addSeparator()
    window.display.add_to(view_menu)

    view_menu.addSeparator()
    build_language_menu(window, view_menu)
    build_restore_defaults(window, view_menu)
    build_help_menu(window, bar)
