"""The Learning-rate schedule group of the parameter panel: the schedule, its
settings and a plot of the rate over the budget."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import SCHEDULE_SETTINGS, SCHEDULES, ExperimentConfig, ScheduleConfig
from gd_desktop.core.problems import Problem
from gd_desktop.core.schedules import SCHEDULE_SPECS, factors_at
from gd_desktop.widgets import names
from gd_desktop.widgets.field_rows import FieldRows
from gd_desktop.widgets.fields import (
    NumberField,
    bounds_range,
    int_spin,
    monospace_font,
    number_field,
)
from gd_desktop.widgets.optimizer_text import schedule_formula, schedule_title
from gd_desktop.widgets.plot_views import BACKGROUND, FOREGROUND

# Each setting's range, from the registry that checks it.
SCHEDULE_BOUNDS = {key: b for spec in SCHEDULE_SPECS.values() for key, b in spec.settings.items()}
# Points of the schedule plot at most: the shape is what matters.
PLOT_POINTS = 2000


class ScheduleGroup(QtWidgets.QGroupBox):
    """Inputs for ``ScheduleConfig``, only the chosen schedule's showing, each with its
    problem under it. ``schedule_changed``: the schedule was switched; ``changed``: a
    setting was; ``edited``: a field lost focus."""

    schedule_changed = QtCore.Signal()
    changed = QtCore.Signal()
    edited = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(self.tr("Learning-rate schedule"), parent)
        form = QtWidgets.QFormLayout(self)
        self.rows = FieldRows(form, "schedule", self.in_use)
        self.schedule_combo = QtWidgets.QComboBox()
        for kind in SCHEDULES:
            self.schedule_combo.addItem(schedule_title(kind), kind)
        self.schedule_combo.setObjectName(names.SCHEDULE_COMBO)
        self.schedule_combo.setAccessibleName(self.tr("Schedule"))
        self.schedule_combo.setToolTip(
            self.tr(
                "How the learning rate changes with the update index k. The first update "
                "always uses the rate set above; the rate in effect is in every record."
            )
        )
        self.schedule_combo.currentIndexChanged.connect(self.schedule_changed)
        form.addRow(self.tr("Schedule"), self.schedule_combo)
        self.schedule_text = QtWidgets.QLabel()
        self.schedule_text.setObjectName(names.SCHEDULE_TEXT)
        self.schedule_text.setFont(monospace_font())
        self.schedule_text.setWordWrap(True)
        self.schedule_text.setStyleSheet("color: #ffd27f;")
        form.addRow(self.schedule_text)
        self._build_settings()
        form.addRow(self._build_plot())

    def _build_settings(self) -> None:
        d = ScheduleConfig()
        self.step_size_input = int_spin(
            SCHEDULE_BOUNDS["step_size"], names.STEP_SIZE_INPUT, self.tr("Step size"),
            self.tr("Updates between two drops of a step decay (S)."),
        )  # fmt: skip
        self.step_size_input.setValue(d.step_size)
        self.step_size_input.valueChanged.connect(self.changed)
        self._add(self.tr("Every S updates"), "step_size", self.step_size_input)
        self.gamma_input = number_field(
            d.gamma, names.GAMMA_INPUT, self.tr("Step decay factor"),
            self.tr("The rate is multiplied by gamma every S updates; in (0, 1]."),
            field="schedule.gamma", **bounds_range(SCHEDULE_BOUNDS["gamma"]),
        )  # fmt: skip
        self._add(self.tr("γ (factor)"), "gamma", self.gamma_input)
        self.exp_gamma_input = number_field(
            d.exp_gamma, names.EXP_GAMMA_INPUT, self.tr("Exponential decay factor"),
            self.tr("The rate is multiplied by gamma every update; in (0, 1]. 0.99 halves it "
                    "in about 69 updates."),
            field="schedule.exp_gamma", **bounds_range(SCHEDULE_BOUNDS["exp_gamma"]),
        )  # fmt: skip
        self._add(self.tr("γ (per update)"), "exp_gamma", self.exp_gamma_input)
        self.decay_input = number_field(
            d.decay, names.DECAY_INPUT, self.tr("Inverse-time decay"),
            self.tr("lr / (1 + d (k-1)): the rate halves after 1/d updates; d >= 0."),
            field="schedule.decay", **bounds_range(SCHEDULE_BOUNDS["decay"]),
        )  # fmt: skip
        self._add(self.tr("d (decay)"), "decay", self.decay_input)
        self.min_factor_input = number_field(
            d.min_factor, names.MIN_FACTOR_INPUT, self.tr("Cosine floor"),
            self.tr("The cosine falls from lr towards m x lr at the end of the budget; "
                    "m in [0, 1]."),
            field="schedule.min_factor", **bounds_range(SCHEDULE_BOUNDS["min_factor"]),
        )  # fmt: skip
        self._add(self.tr("m (floor)"), "min_factor", self.min_factor_input)

    def _build_plot(self) -> pg.PlotWidget:
        self.schedule_plot = pg.PlotWidget(background=BACKGROUND)
        self.schedule_plot.setObjectName(names.SCHEDULE_PLOT)
        self.schedule_plot.setAccessibleName(self.tr("Schedule plot"))
        self.schedule_plot.setToolTip(self.tr("The learning rate of every update over the budget."))
        self.schedule_plot.setFixedHeight(90)
        # Its size hint is wide; let the panel's fields set the width.
        self.schedule_plot.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.schedule_plot.setMouseEnabled(False, False)
        self.schedule_plot.hideButtons()
        self.schedule_plot.setMenuEnabled(False)
        for side in ("bottom", "left"):
            axis = self.schedule_plot.getAxis(side)
            axis.setPen(FOREGROUND)
            axis.setTextPen(FOREGROUND)
        self.schedule_curve = self.schedule_plot.plot(pen=pg.mkPen("#ffd27f", width=2))
        return self.schedule_plot

    def _add(self, label: str, setting: str, widget: QtWidgets.QWidget) -> None:
        self.rows.add(label, setting, widget)
        if isinstance(widget, NumberField):
            widget.value_committed.connect(self.changed)
            widget.editingFinished.connect(self.edited)

    def in_use(self, setting: str) -> bool:
        """Whether the chosen schedule uses ``setting``."""
        return setting in SCHEDULE_SETTINGS.get(self.schedule_combo.currentData(), ())

    def set_schedule(self, sc: ScheduleConfig) -> None:
        for field, value in (
            (self.gamma_input, sc.gamma), (self.exp_gamma_input, sc.exp_gamma),
            (self.decay_input, sc.decay), (self.min_factor_input, sc.min_factor),
        ):  # fmt: skip
            field.setValue(value)
        self.schedule_combo.setCurrentIndex(self.schedule_combo.findData(sc.kind))
        self.step_size_input.setValue(sc.step_size)

    def schedule(self) -> ScheduleConfig:
        return ScheduleConfig(
            kind=self.schedule_combo.currentData(),
            step_size=self.step_size_input.value(),
            gamma=self.gamma_input.value(),
            exp_gamma=self.exp_gamma_input.value(),
            decay=self.decay_input.value(),
            min_factor=self.min_factor_input.value(),
        )

    def show_schedule(self, config: ExperimentConfig, updates: int, fields_valid: bool) -> None:
        """The chosen schedule's formula, and its plot over ``updates`` updates of
        ``config`` (empty unless ``fields_valid`` and the budget is in range)."""
        self.schedule_text.setText(schedule_formula(self.schedule_combo.currentData()))
        if not fields_valid or not 1 <= updates <= config.max_updates:
            self.schedule_curve.setData([], [])
            return
        k = np.unique(np.linspace(1, updates, min(updates, PLOT_POINTS)).astype(np.int64))
        values = config.learning_rate * factors_at(config.schedule, k, updates)
        self.schedule_curve.setData(k.astype(np.float64), values)
        self.schedule_plot.setXRange(0, updates, padding=0.02)
        top = float(values.max()) if values.size else 1.0
        self.schedule_plot.setYRange(0, top if top > 0 else 1.0, padding=0.05)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.rows.show_problems(problems)
