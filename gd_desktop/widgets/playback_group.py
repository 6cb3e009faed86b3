"""The Playback group of the parameter panel: how many updates a second to show."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from gd_desktop.widgets import names

SPEED_STEPS = 40  # slider positions below "unlimited"; 10 per decade from 1/s
DEFAULT_SPEED_POSITION = 20  # 100 updates per second


def speed_at(position: int) -> float:
    """Updates per second at a speed slider position; the maximum is unlimited."""
    return math.inf if position >= SPEED_STEPS else 10 ** (position / 10)


class PlaybackGroup(QtWidgets.QGroupBox):
    """The speed slider and its label; ``speed_changed`` applies at once (no new run)."""

    speed_changed = QtCore.Signal(float)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(self.tr("Playback"), parent)
        form = QtWidgets.QFormLayout(self)
        self.speed_input = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.speed_input.setRange(0, SPEED_STEPS)
        self.speed_input.setValue(DEFAULT_SPEED_POSITION)
        self.speed_input.setObjectName(names.SPEED_INPUT)
        self.speed_input.setAccessibleName(self.tr("Speed"))
        self.speed_input.setToolTip(
            self.tr("Updates per second, from 1 to unlimited (far right). Changes apply at once.")
        )
        self.speed_label = QtWidgets.QLabel()
        self.speed_label.setObjectName(names.SPEED_LABEL)
        self.speed_label.setMinimumWidth(70)
        self.speed_input.valueChanged.connect(self._speed_moved)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.speed_input, 1)
        row.addWidget(self.speed_label)
        form.addRow(self.tr("Speed"), row)
        self._speed_moved(self.speed_input.value())

    def speed(self) -> float:
        return speed_at(self.speed_input.value())

    def set_speed_position(self, position: int) -> None:
        """Move the slider to ``position`` (a restored setting, say), show its speed and
        emit ``speed_changed``."""
        with QtCore.QSignalBlocker(self.speed_input):
            self.speed_input.setValue(position)
        self._speed_moved(self.speed_input.value())

    @QtCore.Slot(int)
    def _speed_moved(self, position: int) -> None:
        self._show_speed(position)
        self.speed_changed.emit(speed_at(position))

    def _show_speed(self, position: int) -> None:
        speed = speed_at(position)
        self.speed_label.setText(
            self.tr("unlimited")
            if math.isinf(speed)
            else self.tr("{0:g} /s").format(float(f"{speed:.2g}"))
        )

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self._show_speed(self.speed_input.value())
