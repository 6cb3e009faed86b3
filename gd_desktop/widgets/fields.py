"""Input fields: a number field that speaks scientific notation, and a log-scale slider."""

from __future__ import annotations

import math
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.bounds import INT32_MAX, Bounds
from gd_desktop.core.problems import Problem, problem
from gd_desktop.widgets.messages import describe

_INVALID_STYLE = "QLineEdit { border: 1px solid #e0554d; background: #3a2326; }"


def format_number(value: float) -> str:
    """Short, exact-looking text for a number: 2e-05, 0.002, 12, -30."""
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude < 1e-3 or magnitude >= 1e6:
        mantissa, exponent = f"{value:.10e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{int(exponent)}"
    return f"{value:.10g}"


class NumberField(QtWidgets.QLineEdit):
    """A line edit for one float, accepting scientific notation such as 2e-5.

    ``value_committed`` is emitted with a valid value when editing finishes;
    an invalid entry is marked and reported through ``problem`` instead, and the
    last valid value is kept. ``field`` is the config path the value goes to
    ("optimizer.beta", "init[0]"), which the problem names.
    """

    value_committed = QtCore.Signal(float)

    def __init__(
        self,
        value: float,
        minimum: float = -math.inf,
        maximum: float = math.inf,
        exclusive_minimum: bool = False,
        parent: QtWidgets.QWidget | None = None,
        exclusive_maximum: bool = False,
        field: str = "",
    ):
        super().__init__(parent)
        self.field = field
        self._minimum = minimum
        self._maximum = maximum
        self._exclusive_minimum = exclusive_minimum
        self._exclusive_maximum = exclusive_maximum
        self._value = value
        self.setText(format_number(value))
        self.editingFinished.connect(self._commit)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)

    def value(self) -> float:
        """The last valid value."""
        return self._value

    def setValue(self, value: float) -> None:  # noqa: N802 - Qt naming
        self._value = float(value)
        self.setText(format_number(value))
        self._mark(None)

    def problem(self) -> Problem | None:
        """What is wrong with the current text, or None if it is a valid value."""
        return self._parse(self.text())[1]

    def _parse(self, text: str) -> tuple[float | None, Problem | None]:
        try:
            value = float(text.strip().replace(",", "."))
        except ValueError:
            return None, problem("entry_not_number", self.field, text=text.strip())
        if not math.isfinite(value):
            return None, problem("entry_not_finite", self.field)
        if self._exclusive_minimum and value <= self._minimum:
            code, bound = "entry_above", self._minimum
        elif value < self._minimum:
            code, bound = "entry_at_least", self._minimum
        elif self._exclusive_maximum and value >= self._maximum:
            code, bound = "entry_below", self._maximum
        elif value > self._maximum:
            code, bound = "entry_at_most", self._maximum
        else:
            return value, None
        return None, problem(code, self.field, bound=format_number(bound))

    def _mark(self, why: Problem | None) -> None:
        self.setStyleSheet(_INVALID_STYLE if why else "")
        self.setProperty("problem", describe(why) if why else "")

    @QtCore.Slot()
    def _commit(self) -> None:
        value, problem = self._parse(self.text())
        self._mark(problem)
        if value is None:
            return
        changed = value != self._value
        self._value = value
        if changed:
            self.value_committed.emit(value)


class LogSlider(QtWidgets.QSlider):
    """A horizontal slider over a log scale from ``low`` to ``high``."""

    log_value_changed = QtCore.Signal(float)
    STEPS_PER_DECADE = 100

    def __init__(self, low: float, high: float, parent: QtWidgets.QWidget | None = None):
        super().__init__(QtCore.Qt.Orientation.Horizontal, parent)
        self._low = math.log10(low)
        self._high = math.log10(high)
        self.setRange(0, round((self._high - self._low) * self.STEPS_PER_DECADE))
        self.valueChanged.connect(self._emit)

    def log_value(self) -> float:
        return 10 ** (self._low + self.value() / self.STEPS_PER_DECADE)

    def set_log_value(self, value: float) -> None:
        """Move to ``value`` without emitting (clamped to the slider's range)."""
        position = (math.log10(value) - self._low) * self.STEPS_PER_DECADE if value > 0 else 0
        with QtCore.QSignalBlocker(self):
            self.setValue(round(min(max(position, 0), self.maximum())))

    @QtCore.Slot(int)
    def _emit(self, _position: int) -> None:
        value = float(f"{self.log_value():.3g}")
        self.log_value_changed.emit(value)


def monospace_font() -> QtGui.QFont:
    font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
    return font


def number_field(
    value: float,
    name: str,
    accessible: str,
    tip: str,
    minimum: float = -math.inf,
    maximum: float = math.inf,
    exclusive: bool = False,
    exclusive_maximum: bool = False,
    field: str = "",
) -> NumberField:
    """A NumberField with its object name, accessible name and tooltip set; ``field``
    is the config path of its value."""
    number = NumberField(
        value,
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive,
        exclusive_maximum=exclusive_maximum,
        field=field,
    )
    number.setObjectName(name)
    number.setAccessibleName(accessible)
    number.setToolTip(tip)
    return number


class WideIntSpin(QtWidgets.QDoubleSpinBox):
    """An integer spin box for counts beyond a QSpinBox's 32 bits (a seed up to
    2^32 - 1): whole numbers only, exact far beyond that (float64 holds 2^53)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(0)

    def value(self) -> int:
        return int(super().value())


def int_spin(
    bounds: Bounds, name: str, accessible: str, tip: str
) -> QtWidgets.QSpinBox | WideIntSpin:
    """A spin box over a count's bounds (those the config checks, so the panel holds
    every value a file may have), that reports a value only when editing is done."""
    low, high = int(bounds.low), int(bounds.high)
    spin: QtWidgets.QSpinBox | WideIntSpin
    spin = WideIntSpin() if high > INT32_MAX or low < -INT32_MAX - 1 else QtWidgets.QSpinBox()
    spin.setRange(low, high)
    spin.setKeyboardTracking(False)
    spin.setGroupSeparatorShown(False)
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setToolTip(tip)
    return spin


def bounds_range(bounds: Bounds) -> dict[str, Any]:
    """The range arguments of ``number_field`` for a setting's bounds from core (the
    check a file's value gets), so the panel and the file agree."""
    return {
        "minimum": bounds.low,
        "maximum": bounds.high,
        "exclusive": bounds.low_open,
        "exclusive_maximum": bounds.high_open,
    }


def problem_label(name: str) -> QtWidgets.QLabel:
    """A small red message under a field; hidden while there is nothing to say."""
    label = QtWidgets.QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #ff8a80; font-size: 11px;")
    label.hide()
    return label
