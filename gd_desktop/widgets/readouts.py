"""The readout strip: where the run is, in numbers."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.critical import NearPoint
from gd_desktop.core.objective import MAXIMUM, MINIMUM
from gd_desktop.widgets import names
from gd_desktop.widgets.numbers import WIDEST_READOUT, fitted_value
from gd_desktop.widgets.theme import DARK

GAP = 6  # pixels between columns


class ReadoutPanel(QtWidgets.QFrame):
    """Update, epoch, weights, loss, best loss, distance to the optimum and state, and
    under them a line saying which known critical point the run is near.

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
        self.near_caption = QtWidgets.QLabel(self.tr("Near"), self)
        self.near_label = QtWidgets.QLabel("-", self)
        self.near_label.setObjectName(names.READOUT_NEAR)
        self.near_label.setAccessibleName(self.tr("Near"))
        self.near_label.setToolTip(
            self.tr("The known minimum (or saddle) the current weights are near, if any.")
        )
        self._near: NearPoint | None = None
        self._model = "linear"
        self._state = "loading"
        self.set_colors(DARK.caption, DARK.states)

    def set_colors(self, caption: str, states: dict[str, str]) -> None:
        """The captions' colour and the State readout's colour for each state."""
        self._state_colors = dict(states)
        for title, _ in self._columns:
            title.setStyleSheet(f"color: {caption};")
        self.near_caption.setStyleSheet(f"color: {caption};")
        self._apply_fonts()
        self._color_state()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.FontChange:
            self._apply_fonts()
        elif event.type() == QtCore.QEvent.Type.LanguageChange:
            self.set_family(self._model)
            self.show_near(self._near)

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
        self.near_caption.setFont(caption)
        self.near_label.setFont(value)
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
        self.setFixedHeight(len(rows) * band + self._value_height + 2 * self.PADDING)
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
        # The near line: its caption, then the sentence over the rest of the width.
        top = self.PADDING + len(rows) * band
        caption_width = self.near_caption.fontMetrics().horizontalAdvance(self.near_caption.text())
        self.near_caption.setFixedSize(caption_width + GAP, self._value_height)
        self.near_caption.move(self.MARGIN, top)
        left = self.MARGIN + caption_width + 2 * GAP
        self.near_label.setFixedSize(max(1, self.width() - left - self.MARGIN), self._value_height)
        self.near_label.move(left, top)

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

    def set_family(self, model: str) -> None:
        """Name the loss as the family does: MSE for linear regression, log-loss for
        logistic regression, loss for the others."""
        self._model = model
        if model == "linear":
            texts = (
                self.tr("MSE"),
                self.tr("Full-data MSE at the current weights."),
                self.tr("Best MSE"),
                self.tr("Lowest full-data MSE so far, and the update that reached it."),
                self.tr(
                    "Euclidean distance from the current weights to the least-squares optimum."
                ),
            )
        elif model == "logistic":
            texts = (
                self.tr("Log-loss"),
                self.tr("Full-data mean log-loss at the current weights."),
                self.tr("Best log-loss"),
                self.tr("Lowest full-data log-loss so far, and the update that reached it."),
                self.tr("Euclidean distance from the current weights to the lowest known minimum."),
            )
        else:
            texts = (
                self.tr("Loss"),
                self.tr("Full-data loss at the current weights."),
                self.tr("Best loss"),
                self.tr("Lowest full-data loss so far, and the update that reached it."),
                self.tr("Euclidean distance from the current weights to the lowest known minimum."),
            )
        caption, tip, best_caption, best_tip, distance_tip = texts
        for title, value in self._columns:
            name = value.objectName()
            if name == names.READOUT_MSE:
                title.setText(caption)
                value.setAccessibleName(caption)
                value.setToolTip(tip)
            elif name == names.READOUT_BEST_MSE:
                title.setText(best_caption)
                value.setAccessibleName(best_caption)
                value.setToolTip(best_tip)
            elif name == names.READOUT_DISTANCE:
                value.setToolTip(distance_tip)

    def caption(self, name: str) -> str:
        """The caption over the readout named ``name``."""
        return next(title.text() for title, value in self._columns if value.objectName() == name)

    def show_near(self, near: NearPoint | None) -> None:
        """Which known critical point the run is near ("-": none)."""
        self._near = near
        text = self.near_text(near)
        room = self.near_label.contentsRect().width()
        metrics = self.near_label.fontMetrics()
        if metrics.horizontalAdvance(text) > room:  # a narrow panel in large type
            text = metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, room)
        self.near_label.setText(text)

    def near_text(self, near: NearPoint | None) -> str:
        if near is None:
            return "-"
        if near.kind == MAXIMUM:
            return self.tr("a maximum (not a minimum)")
        if near.kind != MINIMUM:
            return self.tr("a saddle point (not a minimum)")
        if near.minima == 1:
            return self.tr("the minimum (the only one known)")
        if near.lowest:
            return self.tr("minimum {0} of {1} (the lowest)").format(near.number, near.minima)
        long = self.tr("minimum {0} of {1}: a local minimum, not the lowest")
        text = long.format(near.number, near.minima)
        metrics = self.near_label.fontMetrics()
        if metrics.horizontalAdvance(text) <= self.near_label.contentsRect().width():
            return text
        short = self.tr("minimum {0} of {1} (not the lowest)")
        return short.format(near.number, near.minima)

    def show_state(self, state: str, text: str) -> None:
        self.labels[names.READOUT_STATE].setText(text)
        self._state = state
        self._color_state()

    def _color_state(self) -> None:
        color = self._state_colors.get(self._state)
        self.labels[names.READOUT_STATE].setStyleSheet(f"color: {color};" if color else "")
