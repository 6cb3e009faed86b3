"""The parameter panel: preset, dataset, method, hyperparameters and playback speed.

The panel edits an ``ExperimentConfig``. A change to the learning rate or the
speed applies live (``learning_rate_changed``, ``speed_changed``); any other
change means a new run (``experiment_changed``). Each group is its own widget;
the panel composes them and shows problems next to the fields they name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import ConfigError, ExperimentConfig, total_updates, validate
from gd_desktop.core.families import FAMILY_RATES
from gd_desktop.core.presets import PRESETS
from gd_desktop.core.problems import Problem
from gd_desktop.widgets.dataset_group import DatasetGroup
from gd_desktop.widgets.family_group import FamilyGroup
from gd_desktop.widgets.fields import NumberField
from gd_desktop.widgets.hyper_group import HyperparameterGroup
from gd_desktop.widgets.messages import ENTRY_CODES, describe, explain
from gd_desktop.widgets.method_group import MethodGroup
from gd_desktop.widgets.playback_group import (
    DEFAULT_SPEED_POSITION,
    SPEED_STEPS,
    PlaybackGroup,
    speed_at,
)
from gd_desktop.widgets.preset_group import PresetGroup
from gd_desktop.widgets.rule_group import RuleGroup
from gd_desktop.widgets.schedule_group import ScheduleGroup

__all__ = ["DEFAULT_SPEED_POSITION", "SPEED_STEPS", "ParameterPanel", "speed_at"]


class ParameterPanel(QtWidgets.QWidget):
    """Grouped inputs for one experiment, with tooltips that explain each setting."""

    experiment_changed = QtCore.Signal()
    preset_applied = QtCore.Signal()  # a preset: a plain run of it, in place of any race
    learning_rate_changed = QtCore.Signal(float)
    speed_changed = QtCore.Signal(float)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self._building = True
        self._rows: int | None = None
        self._family = "linear"
        self._base = PRESETS["blog-batch"]
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # The controls used most come first, so they fit without scrolling.
        self.preset_group = PresetGroup()
        self.hyper_group = HyperparameterGroup()
        self.playback_group = PlaybackGroup()
        self.method_group = MethodGroup()
        self.rule_group = RuleGroup()
        self.schedule_group = ScheduleGroup()
        self.dataset_group = DatasetGroup()
        self.family_group = FamilyGroup()
        for group in (
            self.preset_group, self.hyper_group, self.playback_group, self.method_group,
            self.rule_group, self.schedule_group, self.family_group, self.dataset_group,
        ):  # fmt: skip
            layout.addWidget(group)
        self._connect_groups()
        self._shortcuts()
        self.problem_label = QtWidgets.QLabel()
        self.shown_problems: list[Problem] = []
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #ff8a80;")
        self.problem_label.hide()
        # At the top, in sight without scrolling (above the fields used most).
        layout.insertWidget(0, self.problem_label)
        layout.addStretch(1)
        self._building = False
        self.set_config(PRESETS["blog-batch"])

    def _connect_groups(self) -> None:
        self.preset_group.preset_chosen.connect(self._apply_preset)
        self.hyper_group.learning_rate_changed.connect(self.learning_rate_changed)
        self.playback_group.speed_changed.connect(self._speed_changed)
        self.method_group.method_changed.connect(self._method_changed)
        self.rule_group.rule_changed.connect(self._setting_switched)
        self.schedule_group.schedule_changed.connect(self._setting_switched)
        for changed in (
            self.hyper_group.changed, self.method_group.changed, self.rule_group.changed,
            self.schedule_group.changed, self.dataset_group.changed,
        ):  # fmt: skip
            changed.connect(self._changed)
        # the method and rate follow the family before the new run is asked for
        self.family_group.changed.connect(self._family_changed)
        self.family_group.changed.connect(self._changed)
        for edited in (
            self.hyper_group.edited, self.rule_group.edited, self.schedule_group.edited,
            self.dataset_group.edited, self.family_group.edited,
        ):  # fmt: skip
            edited.connect(self._show_field_problems)

    def _shortcuts(self) -> None:
        """The groups' fields by name: tests, scripts and the window use them."""
        h, p, m, r, s, g = (
            self.hyper_group, self.playback_group, self.method_group,
            self.rule_group, self.schedule_group, self.dataset_group,
        )  # fmt: skip
        self.preset_combo = self.preset_group.preset_combo
        self.lr_input, self.lr_slider, self.lr_hint = h.lr_input, h.lr_slider, h.lr_hint
        self.steps_input, self.unit_combo = h.steps_input, h.unit_combo
        self.init_w0_input, self.init_w1_input = h.init_w0_input, h.init_w1_input
        self.speed_input, self.speed_label = p.speed_input, p.speed_label
        self.method_combo, self.batch_size_input = m.method_combo, m.batch_size_input
        self.order_combo, self.drop_last_check = m.order_combo, m.drop_last_check
        self.blog_scaling_check = m.blog_scaling_check
        self.optimizer_combo, self.rule_text = r.optimizer_combo, r.rule_text
        self.rule_equations, self.bias_check = r.rule_equations, r.bias_check
        self.beta_input, self.rho_input, self.eps_input = r.beta_input, r.rho_input, r.eps_input
        self.beta1_input, self.beta2_input = r.beta1_input, r.beta2_input
        self.schedule_combo, self.schedule_text = s.schedule_combo, s.schedule_text
        self.step_size_input, self.gamma_input = s.step_size_input, s.gamma_input
        self.exp_gamma_input, self.decay_input = s.exp_gamma_input, s.decay_input
        self.min_factor_input = s.min_factor_input
        self.schedule_plot, self.schedule_curve = s.schedule_plot, s.schedule_curve
        self.source_combo, self.samples_input = g.source_combo, g.samples_input
        self.scale_input, self.noise_input = g.scale_input, g.noise_input
        self.true_w0_input, self.true_w1_input = g.true_w0_input, g.true_w1_input
        self.slope_input, self.intercept_input = g.slope_input, g.intercept_input
        self.seed_input, self.standardize_check = g.seed_input, g.standardize_check
        self.model_combo = self.family_group.model_combo
        self.surface_combo = self.family_group.surface_combo

    # -- reading and writing the config ------------------------------------------------
    def set_config(self, config: ExperimentConfig) -> None:
        """Show a config in every field (emits nothing)."""
        self._building = True
        self.dataset_group.set_data(config.data, config.seed)
        self.family_group.set_family(config)
        self._family = config.model
        self.method_group.set_batching(config.batching)
        self.method_group.set_surface(config.model == "surface")
        self.lr_input.setValue(config.learning_rate)
        self.lr_slider.set_log_value(config.learning_rate)
        self.steps_input.setValue(config.budget)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(config.budget_unit))
        self.init_w0_input.setValue(config.init[0])
        self.init_w1_input.setValue(config.init[1])
        self.rule_group.set_optimizer(config.optimizer)
        self.schedule_group.set_schedule(config.schedule)
        self._base = config
        self._building = False
        self._update_enabled()
        self.problem_label.hide()
        self._show_field_problems()

    def config(self) -> ExperimentConfig:
        """The config the fields describe; raises ConfigError listing every problem."""
        field_problems = self.field_problems()
        if field_problems:
            raise ConfigError(field_problems)
        config = self._fields_config()
        problems = validate(config, self._csv_rows(config))
        if problems:
            raise ConfigError(problems)
        return config

    def _csv_rows(self, config: ExperimentConfig) -> int | None:
        """The row count checks need: that of the file read, for a CSV source."""
        return self._rows if config.data.source == "csv" else None

    def _fields_config(self) -> ExperimentConfig:
        """The config the fields describe, not yet checked."""
        return replace(
            self._base,
            **self.family_group.family(self.dataset_group.data()),  # type: ignore[arg-type]
            batching=self.method_group.batching(),
            learning_rate=self.lr_input.value(),
            budget=self.steps_input.value(),
            budget_unit=self.unit_combo.currentData(),
            init=(self.init_w0_input.value(), self.init_w1_input.value()),
            seed=self.dataset_group.seed(),
            optimizer=self.rule_group.optimizer(),
            schedule=self.schedule_group.schedule(),
        )

    def field_problems(self) -> list[Problem]:
        """The fields whose text is not a valid value (only fields in use), each named
        by the config path of its value."""
        hidden = self.rule_group.rows.hidden_widgets() | self.schedule_group.rows.hidden_widgets()
        hidden |= self.family_group.hidden_fields()
        out = []
        for field in self.findChildren(NumberField):
            problem = field.problem()
            if problem is not None and field not in hidden:
                out.append(problem)
        return out

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Show problems under the panel (none hides the message); a problem whose
        field is an update-rule or schedule setting also shows next to that field."""
        self.shown_problems = list(problems)
        self.problem_label.setText("\n".join(self._sentence(p) for p in problems))
        self.problem_label.setVisible(bool(problems))
        self.rule_group.show_problems(problems)
        self.schedule_group.show_problems(problems)
        self.hyper_group.show_rate_problem(
            next((self._sentence(p) for p in problems if p.field == "learning_rate"), None)
        )

    def show_message(self, text: str) -> None:
        """Show a sentence the window built (not a core problem) under the panel; the
        fields keep showing their own entry problems."""
        self.shown_problems = []
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self.rule_group.show_problems([])
        self.schedule_group.show_problems([])

    def retranslate(self) -> None:
        """Problems on show are sentences again in the new language."""
        if self.shown_problems:
            self.show_problems(self.shown_problems)

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()

    def _sentence(self, problem: Problem) -> str:
        """A field's entry problem is named by the field's label; others by config path."""
        if problem.code in ENTRY_CODES:
            for field in self.findChildren(NumberField):
                if field.field == problem.field:
                    return f"{field.accessibleName()}: {explain(problem)}"
        return describe(problem)

    def set_stable_rate(
        self, stable_rate: float, learning_rate: float, factor: float, local: bool = False
    ) -> None:
        """The learning-rate hint: how the effective rate compares with 2/lambda_max.

        ``factor`` is effective rate / learning rate (1/N for the blog's SGD scaling);
        ``local``: the limit of the Hessian at the current weights.
        """
        self.hyper_group.set_stable_rate(stable_rate, learning_rate, factor, local)

    def speed(self) -> float:
        return self.playback_group.speed()

    def set_speed_position(self, position: int) -> None:
        """Move the speed slider to ``position`` and apply its speed (``speed_changed``)."""
        self.playback_group.set_speed_position(position)

    def set_rows(self, rows: int | None) -> None:
        """The row count of loaded data, for checks that need it (a batch size, say)."""
        self._rows = rows

    # -- reactions -------------------------------------------------------------------------
    @QtCore.Slot()
    def _show_field_problems(self) -> None:
        problems = self.field_problems()
        if not problems:
            try:
                self.config()
            except ConfigError as exc:
                problems = exc.problems
        self.show_problems(problems)

    @QtCore.Slot()
    def _setting_switched(self) -> None:
        """The rule, its bias correction or the schedule changed: other fields show."""
        if not self._building:
            self._update_enabled()
        self._changed()

    def show_schedule(self) -> None:
        """The formula and the plot of the chosen schedule over the current budget."""
        config = self._fields_config()
        updates = total_updates(config, self._csv_rows(config))
        valid = not (
            self.rule_group.rows.entry_problems() or self.schedule_group.rows.entry_problems()
        )
        self.schedule_group.show_schedule(config, updates, valid)

    @QtCore.Slot(str)
    def _apply_preset(self, preset_id: str) -> None:
        self.set_config(PRESETS[preset_id])
        self.preset_applied.emit()

    @QtCore.Slot()
    def _method_changed(self) -> None:
        if not self._building:
            self.method_group.use_natural_order()
        self._update_enabled()
        self._changed()

    @QtCore.Slot()
    def _changed(self) -> None:
        if not self._building:
            self.show_schedule()
            self.experiment_changed.emit()

    @QtCore.Slot(float)
    def _speed_changed(self, speed: float) -> None:
        if not self._building:
            self.speed_changed.emit(speed)

    @QtCore.Slot()
    def _family_changed(self) -> None:
        model = self.family_group.model
        self.method_group.set_surface(model == "surface")
        if model != self._family:
            self._family = model
            rate = FAMILY_RATES.get(model, PRESETS["blog-batch"].learning_rate)
            self.lr_input.setValue(rate)
            self.lr_slider.set_log_value(rate)

    def _update_enabled(self) -> None:
        self.rule_group.show_rule()
        self.rule_group.rows.update_visible()
        self.schedule_group.rows.update_visible()
        self.show_schedule()
        self.method_group.update_enabled()
