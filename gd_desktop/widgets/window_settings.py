"""What the window remembers between launches: geometry, docks, speed and view toggles."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore

SETTINGS_GROUP = "mainWindow"
TOGGLES = (("logColor", "log_color_check"), ("logY", "log_y_check"), ("arrows", "arrows_check"))


def restore_settings(w: Any) -> None:
    settings = QtCore.QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    geometry = settings.value("geometry")
    if isinstance(geometry, QtCore.QByteArray):
        w.restoreGeometry(geometry)
    state = settings.value("state")
    if isinstance(state, QtCore.QByteArray):
        w.restoreState(state)
    speed = settings.value("speed")
    if speed is not None:
        w.panel.set_speed_position(int(speed))
    for key, name in TOGGLES:
        value = settings.value(key)
        if value is not None:
            getattr(w, name).setChecked(str(value).lower() == "true")
    settings.endGroup()


def save_settings(w: Any) -> None:
    settings = QtCore.QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    settings.setValue("geometry", w.saveGeometry())
    settings.setValue("state", w.saveState())
    settings.setValue("speed", w.panel.speed_input.value())
    for key, name in TOGGLES:
        settings.setValue(key, getattr(w, name).isChecked())
    settings.endGroup()
