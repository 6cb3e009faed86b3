"""The readout strip: where the run is, in numbers."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from gd_desktop.widgets import names

STATE_COLORS = {
    "ready": "#9aa0a6",
    "running": "#81c995",
    "paused": "#fdd663",
    "finished": "#8ab4f8",
    "diverged": "#f28b82",
    "loading": "#9aa0a6",
}


def number(value: float) -> str:
    """Seven significant digits, enough to tell updates apart."""
    if math.isnan(value):
        return "-"
    return f"{value:#.7g}".rstrip(".") if abs(value) < 1e7 else f"{value:.6e}"


class ReadoutPanel(QtWidgets.QFrame):
    """Update, epoch, weights, MSE, best MSE, distance to the optimum and state."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        grid = QtWidgets.QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(0)
        specs = [
            (names.READOUT_STEP, self.tr("Update"), self.tr("Updates done of the budget.")),
            (names.READOUT_EPOCH, self.tr("Epoch"), self.tr("Passes over the data (from 1).")),
            (names.READOUT_W0, self.tr("w0"), self.tr("Current first weight.")),
            (names.READOUT_W1, self.tr("w1"), self.tr("Current second weight.")),
            (names.READOUT_MSE, self.tr("MSE"), self.tr("Full-data MSE at the current weights.")),
            (
                names.READOUT_BEST_MSE,
                self.tr("Best MSE"),
                self.tr("Lowest full-data MSE so far, and the update that reached it."),
            ),
            (
                names.READOUT_DISTANCE,
                self.tr("To optimum"),
                self.tr(
                    "Euclidean distance from the current weights to the least-squares optimum."
                ),
            ),
            (
                names.READOUT_STATE,
                self.tr("State"),
                self.tr("ready, running, paused, finished or diverged"),
            ),
        ]
        self.labels: dict[str, QtWidgets.QLabel] = {}
        for column, (name, caption, tip) in enumerate(specs):
            title = QtWidgets.QLabel(caption)
            title.setStyleSheet("color: #9aa0a6; font-size: 11px;")
            value = QtWidgets.QLabel("-")
            value.setObjectName(name)
            value.setAccessibleName(caption)
            value.setToolTip(tip)
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-size: 13px; font-weight: 600;")
            # Ignore the text's width: a label that resized with its text would
            # relayout (and repaint) the window on every update.
            ignored, fixed = (
                QtWidgets.QSizePolicy.Policy.Ignored,
                QtWidgets.QSizePolicy.Policy.Fixed,
            )
            value.setSizePolicy(ignored, fixed)
            title.setSizePolicy(ignored, fixed)
            grid.addWidget(title, 0, column)
            grid.addWidget(value, 1, column)
            grid.setColumnStretch(column, 2 if name == names.READOUT_BEST_MSE else 1)
            self.labels[name] = value

    def show_values(
        self,
        step: int,
        total: int,
        epoch: int,
        weights: tuple[float, float],
        mse: float,
        best: tuple[float, int],
        distance: float,
    ) -> None:
        self.labels[names.READOUT_STEP].setText(f"{step} / {total}")
        self.labels[names.READOUT_EPOCH].setText(str(epoch))
        self.labels[names.READOUT_W0].setText(number(weights[0]))
        self.labels[names.READOUT_W1].setText(number(weights[1]))
        self.labels[names.READOUT_MSE].setText(number(mse))
        best_mse, best_step = best
        self.labels[names.READOUT_BEST_MSE].setText(
            "-" if best_step == 0 else self.tr("{0} @{1}").format(number(best_mse), best_step)
        )
        self.labels[names.READOUT_DISTANCE].setText(number(distance))

    def show_state(self, state: str, text: str) -> None:
        label = self.labels[names.READOUT_STATE]
        label.setText(text)
        label.setStyleSheet(
            f"font-size: 13px; font-weight: 600; color: {STATE_COLORS.get(state, '#e8eaed')};"
        )
