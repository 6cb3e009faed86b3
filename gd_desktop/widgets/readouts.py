"""The readout strip: where the run is, in numbers."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.widgets import names
from gd_desktop.widgets.numbers import WIDEST_READOUT, fitted_value
from gd_desktop.widgets.theme import DARK

GAP = 6  # pixels between columns


class ReadoutPanel(QtWidgets.QFrame):
    """Update, epoch, weights, MSE, best MSE, distance to the optimum and state.

    The labels are placed by hand, not by a layout: a label in a layout asks the
    whole window to lay itself out again whenever its text changes, which here is
    every frame, and each relayout costs a repaint of the window.
    """

    MARGIN = 8
    PADDING = 4

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setMinimumWidth(320)
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
            value = QtWidgets.QLabel("-", self)
            value.setObjectName(name)
            value.setAccessibleName(caption)
            value.setToolTip(tip)
            self.labels[name] = value
            self._columns.append((title, value))
        self._state = "loading"
        self.set_colors(DARK.caption, DARK.states)

    def set_colors(self, caption: str, states: dict[str, str]) -> None:
        """The captions' colour and the State readout's colour for each state."""
        self._state_colors = dict(states)
        for title, _ in self._columns:
            title.setStyleSheet(f"color: {caption};")
        self._apply_fonts()
        self._color_state()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Captions a little smaller and values a little larger and bold, both scaled
        from the panel's font, so they follow the application's font size."""
        base = self.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        caption = QtGui.QFont(base)
        caption.setPointSizeF(size * 0.9)
        value = QtGui.QFont(base)
        value.setPointSizeF(size * 1.05)
        value.setWeight(QtGui.QFont.Weight.DemiBold)
        for title, label in self._columns:
            title.setFont(caption)
            label.setFont(value)
        self._caption_height = QtGui.QFontMetrics(caption).height()
        self._value_height = QtGui.QFontMetrics(value).height() + 2
        self._widest = QtGui.QFontMetrics(value).horizontalAdvance(WIDEST_READOUT) + GAP
        self._place()

    def _shares(self) -> list[int]:
        # The update and best-MSE columns carry two numbers: they get a double share.
        double = (names.READOUT_STEP, names.READOUT_BEST_MSE)
        return [2 if v.objectName() in double else 1 for _, v in self._columns]

    def _place(self) -> None:
        """Columns in as few rows as leave each share room for the widest number."""
        shares = self._shares()
        room = self.width() - 2 * self.MARGIN
        per_row = len(shares)
        while per_row > 1:
            rows = [shares[i : i + per_row] for i in range(0, len(shares), per_row)]
            if room / max(sum(r) for r in rows) >= self._widest:
                break
            per_row = (per_row + 1) // 2 if per_row > 2 else 1
        rows = [shares[i : i + per_row] for i in range(0, len(shares), per_row)]
        unit = room / max(sum(r) for r in rows)
        band = self._caption_height + self._value_height
        self.setFixedHeight(len(rows) * band + 2 * self.PADDING)
        index = 0
        for row_number, row in enumerate(rows):
            x = float(self.MARGIN)
            top = self.PADDING + row_number * band
            for share in row:
                title, value = self._columns[index]
                width = max(1, int(unit * share) - GAP)
                # A fixed size (minimum = maximum) also stops a label from posting a
                # layout request to the panel when its text changes.
                title.setFixedSize(width, self._caption_height)
                title.move(int(x), top)
                value.setFixedSize(width, self._value_height)
                value.move(int(x), top + self._caption_height)
                x += unit * share
                index += 1

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._place()

    def _fit(self, name: str, value: float) -> str:
        label = self.labels[name]
        metrics = label.fontMetrics()
        room = label.contentsRect().width()
        return fitted_value(value, lambda text: metrics.horizontalAdvance(text) <= room)

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
        self.labels[names.READOUT_W0].setText(self._fit(names.READOUT_W0, weights[0]))
        self.labels[names.READOUT_W1].setText(self._fit(names.READOUT_W1, weights[1]))
        self.labels[names.READOUT_MSE].setText(self._fit(names.READOUT_MSE, mse))
        best_mse, best_step = best
        label = self.labels[names.READOUT_BEST_MSE]
        metrics = label.fontMetrics()
        room = label.contentsRect().width() - metrics.horizontalAdvance(f" @{best_step}")
        best_value = fitted_value(best_mse, lambda text: metrics.horizontalAdvance(text) <= room)
        best_text = self.tr("{0} @{1}").format(best_value, best_step)
        label.setText("-" if best_step == 0 else best_text)
        self.labels[names.READOUT_DISTANCE].setText(self._fit(names.READOUT_DISTANCE, distance))

    def show_state(self, state: str, text: str) -> None:
        self.labels[names.READOUT_STATE].setText(text)
        self._state = state
        self._color_state()

    def _color_state(self) -> None:
        color = self._state_colors.get(self._state)
        self.labels[names.READOUT_STATE].setStyleSheet(f"color: {color};" if color else "")
