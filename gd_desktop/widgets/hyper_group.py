"""The Hyperparameters group of the parameter panel: learning rate, budget and start."""

from __future__ import annotations

import math

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.bounds import BUDGETS
from gd_desktop.widgets import names
from gd_desktop.widgets.fields import LogSlider, NumberField, int_spin, number_field
from gd_desktop.widgets.numbers import insight_ratio

HINT_COLOR = "#9aa0a6"
PROBLEM_COLOR = "#ff8a80"


class HyperparameterGroup(QtWidgets.QGroupBox):
    """The rate (field, log slider and its stability hint), the budget and the start.

    ``learning_rate_changed`` applies live; ``changed`` means a new run; ``edited``:
    a number field lost focus, time to show its problem.
    """

    learning_rate_changed = QtCore.Signal(float)
    changed = QtCore.Signal()
    edited = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(self.tr("Hyperparameters"), parent)
        form = QtWidgets.QFormLayout(self)
        self.lr_input = number_field(
            2e-5,
            names.LEARNING_RATE_INPUT,
            self.tr("Learning rate"),
            self.tr(
                "Step size: w <- w - lr * gradient. Accepts scientific notation (2e-5). "
                "Above 2/lambda_max batch descent diverges. Changes apply to the next "
                "update without a reset."
            ),
            minimum=0.0,
            exclusive=True,
            field="learning_rate",
        )
        self.lr_input.value_committed.connect(self._learning_rate_committed)
        self.lr_input.editingFinished.connect(self.edited)
        self._rate_hint: tuple[str, str] = ("", HINT_COLOR)  # the last stability hint
        self.lr_slider = LogSlider(1e-7, 10.0)
        self.lr_slider.setObjectName(names.LEARNING_RATE_SLIDER)
        self.lr_slider.setAccessibleName(self.tr("Learning rate (log scale)"))
        self.lr_slider.setToolTip(self.tr("Learning rate on a log scale, 1e-7 to 10."))
        self.lr_slider.log_value_changed.connect(self._learning_rate_slid)
        form.addRow(self.tr("Learning rate"), self.lr_input)
        form.addRow("", self.lr_slider)
        self.lr_hint = QtWidgets.QLabel()
        self.lr_hint.setObjectName(names.LEARNING_RATE_HINT)
        self.lr_hint.setWordWrap(True)
        form.addRow("", self.lr_hint)
        self._show_hint(*self._rate_hint)
        budget_row = QtWidgets.QHBoxLayout()
        self.steps_input = int_spin(
            BUDGETS,
            names.STEPS_INPUT,
            self.tr("Budget"),
            self.tr("How long to run, in updates or in epochs."),
        )
        self.steps_input.valueChanged.connect(self.changed)
        self.unit_combo = QtWidgets.QComboBox()
        self.unit_combo.addItem(self.tr("updates"), "updates")
        self.unit_combo.addItem(self.tr("epochs"), "epochs")
        self.unit_combo.setObjectName(names.BUDGET_UNIT_COMBO)
        self.unit_combo.setAccessibleName(self.tr("Budget unit"))
        self.unit_combo.setToolTip(self.tr("An epoch is one pass over the data."))
        self.unit_combo.currentIndexChanged.connect(self.changed)
        budget_row.addWidget(self.steps_input, 1)
        budget_row.addWidget(self.unit_combo)
        form.addRow(self.tr("Budget"), budget_row)
        init_row = QtWidgets.QHBoxLayout()
        self.init_w0_input = self._start_field(
            names.INIT_W0_INPUT, self.tr("Initial w0"), self.tr("Where the descent starts: w0."), 0
        )
        self.init_w1_input = self._start_field(
            names.INIT_W1_INPUT, self.tr("Initial w1"), self.tr("Where the descent starts: w1."), 1
        )
        init_row.addWidget(self.init_w0_input)
        init_row.addWidget(self.init_w1_input)
        form.addRow(self.tr("Start w0, w1"), init_row)

    def _start_field(self, name: str, accessible: str, tip: str, index: int) -> NumberField:
        """A start weight's field, whose committed value means a new run."""
        field = number_field(1.0, name, accessible, tip, field=f"init[{index}]")
        field.value_committed.connect(self.changed)
        field.editingFinished.connect(self.edited)
        return field

    def set_stable_rate(
        self, stable_rate: float, learning_rate: float, factor: float, local: bool = False
    ) -> None:
        """The learning-rate hint: how the effective rate compares with 2/lambda_max.

        ``factor`` is effective rate / learning rate (1/N for the blog's SGD scaling);
        ``local``: the limit is the Hessian's at the current weights (a landscape that
        is not a bowl), which holds only near them.
        """
        effective = learning_rate * factor
        if local:
            self._set_local_hint(stable_rate, effective)
            return
        if not math.isfinite(stable_rate):
            self._rate_hint = (self.tr("The loss is flat: any rate is stable."), HINT_COLOR)
        else:
            self._rate_hint = self._stability(stable_rate, effective, factor)
        if not self.lr_input.problem():
            self._show_hint(*self._rate_hint)

    def _stability(self, stable_rate: float, effective: float, factor: float) -> tuple[str, str]:
        ratio = effective / stable_rate
        prefix = (
            self.tr("Blog scaling: effective rate lr x n/N = {0:.3g}. ").format(effective)
            if factor != 1.0
            else ""
        )
        if ratio > 1:
            text = self.tr(
                "Above the stable limit 2/λmax = {0:.3g} ({1}x): batch descent diverges."
            ).format(stable_rate, insight_ratio(ratio))
            return prefix + text, PROBLEM_COLOR
        text = self.tr("Stable limit 2/λmax = {0:.3g}; {1}x below it.").format(
            stable_rate, insight_ratio(1 / ratio) if ratio > 0 else "0"
        )
        return prefix + text, HINT_COLOR

    def show_rate_problem(self, sentence: str | None) -> None:
        """What is wrong with the rate typed, under its field (the run keeps the last
        valid rate); None: the stability hint again."""
        if sentence is None:
            self._show_hint(*self._rate_hint)
        else:
            kept = self.tr("{0} The run keeps {1:g}.").format(sentence, self.lr_input.value())
            self._show_hint(kept, PROBLEM_COLOR)

    def _show_hint(self, text: str, color: str) -> None:
        self.lr_hint.setStyleSheet(f"color: {color}; font-size: 11px;")
        self.lr_hint.setText(text)

    def _set_local_hint(self, stable_rate: float, effective: float) -> None:
        if not math.isfinite(stable_rate):
            text = self.tr(
                "Here λmax <= 0: no local limit. The loss curves down or is flat in every "
                "direction at these weights, so no rate makes plain descent unstable here."
            )
            color = "#9aa0a6"
        else:
            ratio = effective / stable_rate
            text = self.tr(
                "Local limit 2/λmax = {0:.3g} at the current weights; the rate is {1:.3g}x "
                "it. This landscape is not a bowl: the limit holds only near these weights "
                "and changes as the run moves."
            ).format(stable_rate, ratio)
            color = "#ff8a80" if ratio > 1 else "#9aa0a6"
        self.lr_hint.setStyleSheet(f"color: {color}; font-size: 11px;")
        self.lr_hint.setText(text)

    @QtCore.Slot(float)
    def _learning_rate_committed(self, value: float) -> None:
        self.lr_slider.set_log_value(value)
        self.learning_rate_changed.emit(value)

    @QtCore.Slot(float)
    def _learning_rate_slid(self, value: float) -> None:
        self.lr_input.setValue(value)
        self.learning_rate_changed.emit(value)
