"""The last experiment, remembered between launches, and View > Restore defaults.

``gd-desktop`` restores the runs it closed with (their configs, names, colours and
the data source); a plain ``MainWindow()`` starts from the blog's batch run, so
scripts and tests always start the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import ConfigError
from gd_desktop.core.presets import DEFAULT_PRESET, preset
from gd_desktop.core.race import RaceEntry, race_from_json, race_to_json
from gd_desktop.session.events import Event
from gd_desktop.session.experiment import single
from gd_desktop.widgets import names
from gd_desktop.widgets.language import SETTINGS_KEY as LANGUAGE_KEY
from gd_desktop.widgets.language import set_language, system_language

EXPERIMENT_GROUP = "lastExperiment"
# Longer than any race of six runs could be: a bigger value is not ours.
MAX_EXPERIMENT_CHARS = 1 << 20


def save_experiment(w: Any) -> None:
    settings = QtCore.QSettings()
    settings.beginGroup(EXPERIMENT_GROUP)
    settings.setValue("race", race_to_json(w.entries))
    settings.setValue("selected", int(w.selected))
    settings.endGroup()


def restore_experiment(w: Any) -> bool:
    """Load the experiment saved at the last close; False (and the blog's batch run
    stays) when there is none or it cannot be used, which the log then says."""
    settings = QtCore.QSettings()
    settings.beginGroup(EXPERIMENT_GROUP)
    text, selected = settings.value("race"), settings.value("selected", 0)
    settings.endGroup()
    if text is None:
        return False
    try:
        if not isinstance(text, str) or len(text) > MAX_EXPERIMENT_CHARS:
            raise ValueError
        entries = race_from_json(text)
        index = int(str(selected))
    except (ConfigError, ValueError, TypeError):
        w.log_view.note(
            QtCore.QCoreApplication.translate(
                "MainWindow",
                "-- the last experiment could not be read; the blog's batch run is loaded",
            )
        )
        return False
    index = index if 0 <= index < len(entries) else 0
    session = w.session
    if entries == session.entries and index == session.selected:
        return True  # the window already starts with it (the blog's batch run, say)
    if session.loaded is not None:
        return _load(w, entries, index)

    # The window's first race is still loading; a race asked for now could be
    # overtaken by it, so the saved one follows once it has loaded.
    def after_first(*_payload: Any) -> None:
        session.events.unsubscribe(Event.LOADED, after_first)
        QtCore.QTimer.singleShot(0, w, lambda: _load(w, entries, index))

    session.events.subscribe(Event.LOADED, after_first)
    return True


def _load(w: Any, entries: list[RaceEntry], index: int) -> bool:
    if entries[0].config.data.source == "csv":
        return bool(w.data_flow.open_experiment(entries))
    w.session.selected = index
    w.panel.set_config(entries[index].config)
    w.load_race(entries, None, selected=index)
    return True


def capture_defaults(w: Any) -> None:
    """What Restore defaults goes back to: the layout and toggles as built."""
    w.factory_defaults = {
        "state": w.saveState(),
        "toggles": {name: getattr(w, name).isChecked() for name in TOGGLE_NAMES},
        "speed": w.panel.speed_input.value(),
    }


TOGGLE_NAMES = ("log_color_check", "log_y_check", "arrows_check")


def restore_defaults(w: Any) -> None:
    """The factory state: layout, size, toggles, speed, language and the blog's batch
    run; every remembered setting is forgotten."""
    QtCore.QSettings().clear()
    defaults = w.factory_defaults
    w.restoreState(defaults["state"])
    if not (w.isMaximized() or w.isFullScreen()):
        w.resize(1280, 800)
    for name, on in defaults["toggles"].items():
        getattr(w, name).setChecked(on)
    w.panel.set_speed_position(defaults["speed"])
    language = system_language()
    set_language(language)
    QtCore.QSettings().remove(LANGUAGE_KEY)
    config = preset(DEFAULT_PRESET)
    w.session.selected = 0
    w.panel.set_config(config)
    w.load_race(single(config), None, selected=0)


def build_restore_defaults(w: Any, menu: QtWidgets.QMenu) -> None:
    action = menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "Restore &defaults"))
    action.setObjectName(names.RESTORE_DEFAULTS_ACTION)
    action.setToolTip(
        QtCore.QCoreApplication.translate(
            "MainWindow",
            "Back to the factory state: window layout, view switches, speed, language and "
            "the blog's batch run.",
        )
    )
    action.triggered.connect(lambda: restore_defaults(w))
