"""What the window remembers between launches: geometry, docks, speed, view toggles
and the theme.

Settings files can be edited by hand or damaged: every value is checked before it
is used, and a bad one is dropped (its default stays) and reported, never raised.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6 import QtCore

from gd_desktop.widgets.experiment_settings import capture_defaults, save_experiment
from gd_desktop.widgets.theme import THEMES

SETTINGS_GROUP = "mainWindow"
TOGGLES = (("logColor", "log_color_check"), ("logY", "log_y_check"), ("arrows", "arrows_check"))
# Slider positions are small non-negative integers; anything else is not ours.
POSITION = re.compile(r"\s*\d{1,4}\s*")
BOOLEANS = {"true": True, "false": False}


def _position(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10_000:
        return value
    if isinstance(value, str) and POSITION.fullmatch(value):
        return int(value)
    return None


def _boolean(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return BOOLEANS.get(value.strip().lower())
    return None


def restore_settings(w: Any) -> list[str]:
    """Apply the saved settings; returns the keys whose values were unusable."""
    capture_defaults(w)
    settings = QtCore.QSettings()
    bad: list[str] = []
    if settings.status() != QtCore.QSettings.Status.NoError:
        bad.append("file")
    settings.beginGroup(SETTINGS_GROUP)
    for key, restore in (("geometry", w.restoreGeometry), ("state", w.restoreState)):
        value = settings.value(key)
        if value is None:
            continue
        if not (isinstance(value, QtCore.QByteArray) and restore(value)):
            bad.append(key)
    speed = settings.value("speed")
    if speed is not None:
        position = _position(speed)
        if position is None:
            bad.append("speed")
        else:
            w.panel.set_speed_position(position)
    for key, name in TOGGLES:
        value = settings.value(key)
        if value is None:
            continue
        on = _boolean(value)
        if on is None:
            bad.append(key)
        else:
            getattr(w, name).setChecked(on)
    theme = settings.value("theme")
    if theme is not None:
        if theme in THEMES:
            w.display.set_theme(THEMES[theme])
        else:
            bad.append("theme")
    settings.endGroup()
    return bad


def save_settings(w: Any) -> None:
    if w.display.presenting:  # remember the window, not its presentation
        w.display.presentation_action.setChecked(False)
    settings = QtCore.QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    settings.setValue("geometry", w.saveGeometry())
    settings.setValue("state", w.saveState())
    settings.setValue("speed", w.panel.speed_input.value())
    for key, name in TOGGLES:
        settings.setValue(key, getattr(w, name).isChecked())
    settings.setValue("theme", w.display.theme.name)
    settings.endGroup()
    save_experiment(w)
