"""The readout strip: where the run is, in numbers."""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets

from gd_desktop.widgets import names
from gd_desktop.widgets.numbers import readout_value

STATE_COLORS = {
    "ready": "#9aa0a6",
    "running": "#81c995",
    "paused": "#fdd663",
    "finished": "#8ab4f8",
    "diverged": "#f28b82",
    "loading": "#9aa0a6",
}


class ReadoutPanel(QtWidgets.QFrame):
    """Update, epoch, weights, MSE, best MSE, distance to the optimum and state.

    The labels are placed by hand, not by a layout: a label in a layout asks the
    whole window to lay itself out again whenever its text changes, which here is
    every frame, and each relayout costs a repaint of the window.
    """

    ROW_HEIGHT = 18
    MARGIN = 8

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setFixedHeight(2 * self.ROW_HEIGHT + 10)
        self.setMinimumWidth(480)
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
        self._columns: list[tuple[QtWidgets.QLabel, QtWidgets.QLabel]] = []
        for name, caption, tip in specs:
            title = QtWidgets.QLabel(caption, self)
            title.setStyleSheet("color: #9aa0a6; font-size: 11px;")
            value = QtWidgets.QLabel("-", self)
            value.setObjectName(name)
            value.setAccessibleName(caption)
            value.setToolTip(tip)
            value.setStyleSheet("font-size: 13px; font-weight: 600;")
            self.labels[name] = value
            self._columns.append((title, value))

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        # The best-MSE column carries an update number too: it gets a double share.
        shares = [2 if v.objectName() == names.READOUT_BEST_MSE else 1 for _, v in self._columns]
        unit = (self.width() - 2 * self.MARGIN) / sum(shares)
        x = float(self.MARGIN)
        for (title, value), share in zip(self._columns, shares, strict=True):
            width = int(unit * share) - 6
            # A fixed size (minimum = maximum) also stops a label from posting a
            # layout request to the panel when its text changes.
            title.setFixedSize(width, self.ROW_HEIGHT - 4)
            title.move(int(x), 4)
            value.setFixedSize(width, self.ROW_HEIGHT + 2)
            value.move(int(x), self.ROW_HEIGHT)
            x += unit * share

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
        self.labels[names.READOUT_W0].setText(readout_value(weights[0]))
        self.labels[names.READOUT_W1].setText(readout_value(weights[1]))
        self.labels[names.READOUT_MSE].setText(readout_value(mse))
        best_mse, best_step = best
        best_text = self.tr("{0} @{1}").format(readout_value(best_mse), best_step)
        self.labels[names.READOUT_BEST_MSE].setText("-" if best_step == 0 else best_text)
        self.labels[names.READOUT_DISTANCE].setText(readout_value(distance))

    def show_state(self, state: str, text: str) -> None:
        label = self.labels[names.READOUT_STATE]
        label.setText(text)
        label.setStyleSheet(
            f"font-size: 13px; font-weight: 600; color: {STATE_COLORS.get(state, '#e8eaed')};"
        )
