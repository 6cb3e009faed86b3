"""The parameter panel: preset, dataset, method, hyperparameters and playback speed.

The panel edits an ``ExperimentConfig``. A change to the learning rate or the
speed applies live (``learning_rate_changed``, ``speed_changed``); any other
change means a new run (``experiment_changed``).
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import (
    MAX_SAMPLES,
    OPTIMIZERS,
    RULE_SETTINGS,
    SCHEDULE_SETTINGS,
    SCHEDULES,
    BatchConfig,
    ConfigError,
    ExperimentConfig,
    OptimizerConfig,
    ScheduleConfig,
    natural_order,
    total_updates,
    validate,
)
from gd_desktop.core.presets import PRESET_TITLES, PRESETS
from gd_desktop.core.schedules import factors_at
from gd_desktop.widgets import names
from gd_desktop.widgets.dataset_group import DatasetGroup
from gd_desktop.widgets.fields import (
    LogSlider,
    NumberField,
    int_spin,
    monospace_font,
    number_field,
    problem_label,
)
from gd_desktop.widgets.optimizer_text import (
    rule_description,
    rule_equations,
    rule_title,
    schedule_formula,
    schedule_title,
)
from gd_desktop.widgets.plot_views import BACKGROUND, FOREGROUND

SPEED_STEPS = 40  # slider positions below "unlimited"; 10 per decade from 1/s
DEFAULT_SPEED_POSITION = 20  # 100 updates per second


def speed_at(position: int) -> float:
    """Updates per second at a speed slider position; the maximum is unlimited."""
    return math.inf if position >= SPEED_STEPS else 10 ** (position / 10)


class ParameterPanel(QtWidgets.QWidget):
    """Grouped inputs for one experiment, with tooltips that explain each setting."""

    experiment_changed = QtCore.Signal()
    learning_rate_changed = QtCore.Signal(float)
    speed_changed = QtCore.Signal(float)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self._building = True
        self._rows: int | None = None
        self._base = PRESETS["blog-batch"]
        self._rows_of: dict[
            str, tuple[QtWidgets.QFormLayout, QtWidgets.QWidget, QtWidgets.QLabel]
        ] = {}
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # The controls used most come first, so they fit without scrolling.
        layout.addWidget(self._preset_group())
        layout.addWidget(self._hyper_group())
        layout.addWidget(self._playback_group())
        layout.addWidget(self._method_group())
        layout.addWidget(self._rule_group())
        layout.addWidget(self._schedule_group())
        self.dataset_group = DatasetGroup()
        self.dataset_group.changed.connect(self._changed)
        self.dataset_group.edited.connect(self._show_field_problems)
        layout.addWidget(self.dataset_group)
        g = self.dataset_group
        # Shortcuts to the dataset fields, which tests and the window use by name.
        for field in (
            "source_combo", "samples_input", "scale_input", "true_w0_input", "true_w1_input",
            "slope_input", "intercept_input", "noise_input", "seed_input", "standardize_check",
        ):  # fmt: skip
            setattr(self, field, getattr(g, field))
        self.problem_label = QtWidgets.QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #ff8a80;")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        self._building = False
        self.set_config(PRESETS["blog-batch"])

    # -- construction ----------------------------------------------------------------
    def _named(self, widget: QtWidgets.QWidget, name: str, accessible: str, tip: str) -> None:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setToolTip(tip)

    def _preset_group(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Preset"))
        form = QtWidgets.QFormLayout(box)
        self.preset_combo = QtWidgets.QComboBox()
        for preset_id, title in PRESET_TITLES.items():
            self.preset_combo.addItem(self.tr(title), preset_id)
        self._named(
            self.preset_combo,
            names.PRESET_COMBO,
            self.tr("Preset"),
            self.tr(
                "Ready-made experiments. The blog's three runs share one dataset "
                "(seed 0), so batch, stochastic and mini-batch descent compare fairly."
            ),
        )
        self.preset_combo.activated.connect(self._apply_preset)
        form.addRow(self.tr("Experiment"), self.preset_combo)
        return box

    def _method_group(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Method"))
        form = QtWidgets.QFormLayout(box)
        self.method_combo = QtWidgets.QComboBox()
        self.method_combo.addItem(self.tr("Batch gradient descent"), "batch")
        self.method_combo.addItem(self.tr("Stochastic (SGD, one row)"), "sgd")
        self.method_combo.addItem(self.tr("Mini-batch"), "minibatch")
        self._named(
            self.method_combo,
            names.METHOD_COMBO,
            self.tr("Method"),
            self.tr(
                "Batch: every update uses all rows (smooth, costly per update). SGD: one "
                "row per update (cheap, noisy). Mini-batch: B rows per update, in between."
            ),
        )
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        form.addRow(self.tr("Method"), self.method_combo)
        self.batch_size_input = int_spin(
            1,
            MAX_SAMPLES,
            names.BATCH_SIZE_INPUT,
            self.tr("Batch size"),
            self.tr(
                "Rows per mini-batch. An epoch is one pass over the data: ceil(N / B) updates."
            ),
        )
        self.batch_size_input.valueChanged.connect(self._changed)
        form.addRow(self.tr("Batch size B"), self.batch_size_input)
        self.order_combo = QtWidgets.QComboBox()
        self.order_combo.addItem(self.tr("In order"), "in-order")
        self.order_combo.addItem(self.tr("Shuffled each epoch"), "shuffle")
        self.order_combo.addItem(self.tr("Random, with replacement"), "replace")
        self._named(
            self.order_combo,
            names.ORDER_COMBO,
            self.tr("Sampling order"),
            self.tr(
                "In order: rows as stored (the blog's mini-batches). Shuffled: a new "
                "permutation each epoch, every row once. With replacement: each batch drawn "
                "at random (the blog's SGD)."
            ),
        )
        self.order_combo.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Order"), self.order_combo)
        self.drop_last_check = QtWidgets.QCheckBox(self.tr("Drop the short last batch"))
        self._named(
            self.drop_last_check,
            names.DROP_LAST_CHECK,
            self.tr("Drop last batch"),
            self.tr(
                "When N is not a multiple of B the last batch is smaller. The blog keeps it; "
                "dropping it makes every update use B rows."
            ),
        )
        self.drop_last_check.toggled.connect(self._changed)
        form.addRow("", self.drop_last_check)
        self.blog_scaling_check = QtWidgets.QCheckBox(self.tr("Blog scaling (2/N)"))
        self._named(
            self.blog_scaling_check,
            names.BLOG_SCALING_CHECK,
            self.tr("Blog scaling"),
            self.tr(
                "The blog's SGD multiplies a one-row gradient by 2/N instead of 2, so its "
                "effective learning rate is lr / N. Off: the standard per-batch scaling."
            ),
        )
        self.blog_scaling_check.toggled.connect(self._changed)
        form.addRow("", self.blog_scaling_check)
        return box

    def _hyper_group(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Hyperparameters"))
        form = QtWidgets.QFormLayout(box)
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
        )
        self.lr_input.value_committed.connect(self._learning_rate_committed)
        self.lr_input.editingFinished.connect(self._show_field_problems)
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
        self.lr_hint.setStyleSheet("color: #9aa0a6; font-size: 11px;")
        form.addRow("", self.lr_hint)
        budget_row = QtWidgets.QHBoxLayout()
        self.steps_input = int_spin(
            1,
            10_000_000,
            names.STEPS_INPUT,
            self.tr("Budget"),
            self.tr("How long to run, in updates or in epochs."),
        )
        self.steps_input.valueChanged.connect(self._changed)
        self.unit_combo = QtWidgets.QComboBox()
        self.unit_combo.addItem(self.tr("updates"), "updates")
        self.unit_combo.addItem(self.tr("epochs"), "epochs")
        self._named(
            self.unit_combo,
            names.BUDGET_UNIT_COMBO,
            self.tr("Budget unit"),
            self.tr("An epoch is one pass over the data."),
        )
        self.unit_combo.currentIndexChanged.connect(self._changed)
        budget_row.addWidget(self.steps_input, 1)
        budget_row.addWidget(self.unit_combo)
        form.addRow(self.tr("Budget"), budget_row)
        init_row = QtWidgets.QHBoxLayout()
        self.init_w0_input = self._number(
            1.0,
            names.INIT_W0_INPUT,
            self.tr("Initial w0"),
            self.tr("Where the descent starts: w0."),
        )
        self.init_w1_input = self._number(
            1.0,
            names.INIT_W1_INPUT,
            self.tr("Initial w1"),
            self.tr("Where the descent starts: w1."),
        )
        init_row.addWidget(self.init_w0_input)
        init_row.addWidget(self.init_w1_input)
        form.addRow(self.tr("Start w0, w1"), init_row)
        return box

    def _checked_row(
        self, form: QtWidgets.QFormLayout, label: str, key: str, widget: QtWidgets.QWidget
    ) -> None:
        """A field row with its own problem message under it, remembered by ``key``."""
        message = problem_label(f"{widget.objectName()}Problem")
        form.addRow(label, widget)
        form.addRow("", message)
        self._rows_of[key] = (form, widget, message)
        if isinstance(widget, NumberField):
            widget.value_committed.connect(self._changed)
            widget.editingFinished.connect(self._show_field_problems)

    def _rule_group(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Update rule"))
        form = QtWidgets.QFormLayout(box)
        self.optimizer_combo = QtWidgets.QComboBox()
        for name in OPTIMIZERS:
            self.optimizer_combo.addItem(rule_title(name), name)
        self._named(
            self.optimizer_combo,
            names.OPTIMIZER_COMBO,
            self.tr("Update rule"),
            self.tr(
                "How the gradient becomes a step. Every rule works with every batch "
                "scheme; the forms are those of PyTorch's torch.optim."
            ),
        )
        self.optimizer_combo.currentIndexChanged.connect(self._rule_changed)
        form.addRow(self.tr("Rule"), self.optimizer_combo)
        self.rule_text = QtWidgets.QLabel()
        self.rule_text.setObjectName(names.RULE_TEXT)
        self.rule_text.setWordWrap(True)
        self.rule_text.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.rule_text.setStyleSheet("color: #c8c8d2; font-size: 11px;")
        form.addRow(self.rule_text)
        self.rule_equations = QtWidgets.QLabel()
        self.rule_equations.setFont(monospace_font())
        self.rule_equations.setWordWrap(True)
        self.rule_equations.setStyleSheet("color: #ffd27f;")
        form.addRow(self.rule_equations)
        d = OptimizerConfig()
        self.beta_input = number_field(
            d.beta, names.BETA_INPUT, self.tr("Momentum beta"),
            self.tr("How much velocity is kept each update, in [0, 1). 0 is plain descent; "
                    "0.9 is usual. The step can grow to lr/(1-beta) times the gradient."),
            minimum=0.0, maximum=1.0, exclusive_maximum=True,
        )  # fmt: skip
        self._checked_row(form, self.tr("β (momentum)"), "beta", self.beta_input)
        self.rho_input = number_field(
            d.rho, names.RHO_INPUT, self.tr("RMSProp rho"),
            self.tr("Decay of the average of squared gradients, in [0, 1); 0.99 is PyTorch's "
                    "default (its alpha)."),
            minimum=0.0, maximum=1.0, exclusive_maximum=True,
        )  # fmt: skip
        self._checked_row(form, self.tr("ρ (decay)"), "rho", self.rho_input)
        self.beta1_input = number_field(
            d.beta1, names.BETA1_INPUT, self.tr("Adam beta1"),
            self.tr("Decay of Adam's average of gradients (its momentum), in [0, 1); 0.9 usual."),
            minimum=0.0, maximum=1.0, exclusive_maximum=True,
        )  # fmt: skip
        self._checked_row(form, self.tr("β1"), "beta1", self.beta1_input)
        self.beta2_input = number_field(
            d.beta2, names.BETA2_INPUT, self.tr("Adam beta2"),
            self.tr("Decay of Adam's average of squared gradients, in [0, 1); 0.999 usual."),
            minimum=0.0, maximum=1.0, exclusive_maximum=True,
        )  # fmt: skip
        self._checked_row(form, self.tr("β2"), "beta2", self.beta2_input)
        self.eps_input = number_field(
            d.eps, names.EPS_INPUT, self.tr("Epsilon"),
            self.tr("Added after the square root so a zero gradient does not divide by zero; "
                    "must be > 0. 1e-8 is usual."),
            minimum=0.0, exclusive=True,
        )  # fmt: skip
        self._checked_row(form, self.tr("ε"), "eps", self.eps_input)
        self.bias_check = QtWidgets.QCheckBox(self.tr("Bias correction"))
        self._named(
            self.bias_check,
            names.BIAS_CORRECTION_CHECK,
            self.tr("Bias correction"),
            self.tr(
                "Adam's averages start at 0, so early on they are too small; dividing by "
                "1 - beta^t corrects that. Off: the first steps are much shorter."
            ),
        )
        self.bias_check.toggled.connect(self._rule_changed)
        self._checked_row(form, "", "bias_correction", self.bias_check)
        return box

    def _schedule_group(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Learning-rate schedule"))
        form = QtWidgets.QFormLayout(box)
        self.schedule_combo = QtWidgets.QComboBox()
        for kind in SCHEDULES:
            self.schedule_combo.addItem(schedule_title(kind), kind)
        self._named(
            self.schedule_combo,
            names.SCHEDULE_COMBO,
            self.tr("Schedule"),
            self.tr(
                "How the learning rate changes with the update index k. The first update "
                "always uses the rate set above; the rate in effect is in every record."
            ),
        )
        self.schedule_combo.currentIndexChanged.connect(self._schedule_changed)
        form.addRow(self.tr("Schedule"), self.schedule_combo)
        self.schedule_text = QtWidgets.QLabel()
        self.schedule_text.setObjectName(names.SCHEDULE_TEXT)
        self.schedule_text.setFont(monospace_font())
        self.schedule_text.setWordWrap(True)
        self.schedule_text.setStyleSheet("color: #ffd27f;")
        form.addRow(self.schedule_text)
        d = ScheduleConfig()
        self.step_size_input = int_spin(
            1, 10_000_000, names.STEP_SIZE_INPUT, self.tr("Step size"),
            self.tr("Updates between two drops of a step decay (S)."),
        )  # fmt: skip
        self.step_size_input.setValue(d.step_size)
        self.step_size_input.valueChanged.connect(self._changed)
        self._checked_row(form, self.tr("Every S updates"), "step_size", self.step_size_input)
        self.gamma_input = number_field(
            d.gamma, names.GAMMA_INPUT, self.tr("Step decay factor"),
            self.tr("The rate is multiplied by gamma every S updates; in (0, 1]."),
            minimum=0.0, maximum=1.0, exclusive=True,
        )  # fmt: skip
        self._checked_row(form, self.tr("γ (factor)"), "gamma", self.gamma_input)
        self.exp_gamma_input = number_field(
            d.exp_gamma, names.EXP_GAMMA_INPUT, self.tr("Exponential decay factor"),
            self.tr("The rate is multiplied by gamma every update; in (0, 1]. 0.99 halves it "
                    "in about 69 updates."),
            minimum=0.0, maximum=1.0, exclusive=True,
        )  # fmt: skip
        self._checked_row(form, self.tr("γ (per update)"), "exp_gamma", self.exp_gamma_input)
        self.decay_input = number_field(
            d.decay, names.DECAY_INPUT, self.tr("Inverse-time decay"),
            self.tr("lr / (1 + d (k-1)): the rate halves after 1/d updates; d >= 0."),
            minimum=0.0,
        )  # fmt: skip
        self._checked_row(form, self.tr("d (decay)"), "decay", self.decay_input)
        self.min_factor_input = number_field(
            d.min_factor, names.MIN_FACTOR_INPUT, self.tr("Cosine floor"),
            self.tr("The cosine falls from lr towards m x lr at the end of the budget; "
                    "m in [0, 1]."),
            minimum=0.0, maximum=1.0,
        )  # fmt: skip
        self._checked_row(form, self.tr("m (floor)"), "min_factor", self.min_factor_input)
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
        form.addRow(self.schedule_plot)
        return box

    def _playback_group(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(self.tr("Playback"))
        form = QtWidgets.QFormLayout(box)
        self.speed_input = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.speed_input.setRange(0, SPEED_STEPS)
        self.speed_input.setValue(DEFAULT_SPEED_POSITION)
        self._named(
            self.speed_input,
            names.SPEED_INPUT,
            self.tr("Speed"),
            self.tr("Updates per second, from 1 to unlimited (far right). Changes apply at once."),
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
        return box

    def _number(
        self,
        value: float,
        name: str,
        accessible: str,
        tip: str,
        minimum: float = -math.inf,
        exclusive: bool = False,
    ) -> NumberField:
        """A number field whose committed value means a new run."""
        field = number_field(value, name, accessible, tip, minimum=minimum, exclusive=exclusive)
        field.value_committed.connect(self._changed)
        field.editingFinished.connect(self._show_field_problems)
        return field

    # -- reading and writing the config ------------------------------------------------
    def set_config(self, config: ExperimentConfig) -> None:
        """Show a config in every field (emits nothing)."""
        self._building = True
        b = config.batching
        self.dataset_group.set_data(config.data, config.seed)
        self.method_combo.setCurrentIndex(self.method_combo.findData(b.method))
        self.batch_size_input.setValue(b.batch_size)
        self.order_combo.setCurrentIndex(self.order_combo.findData(b.order))
        self.drop_last_check.setChecked(b.drop_last)
        self.blog_scaling_check.setChecked(b.blog_scaling)
        self.lr_input.setValue(config.learning_rate)
        self.lr_slider.set_log_value(config.learning_rate)
        self.steps_input.setValue(config.budget)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(config.budget_unit))
        self.init_w0_input.setValue(config.init[0])
        self.init_w1_input.setValue(config.init[1])
        o, sc = config.optimizer, config.schedule
        self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(o.name))
        for field, value in (
            (self.beta_input, o.beta), (self.rho_input, o.rho), (self.beta1_input, o.beta1),
            (self.beta2_input, o.beta2), (self.eps_input, o.eps), (self.gamma_input, sc.gamma),
            (self.exp_gamma_input, sc.exp_gamma), (self.decay_input, sc.decay),
            (self.min_factor_input, sc.min_factor),
        ):  # fmt: skip
            field.setValue(value)
        self.bias_check.setChecked(o.bias_correction)
        self.schedule_combo.setCurrentIndex(self.schedule_combo.findData(sc.kind))
        self.step_size_input.setValue(sc.step_size)
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
        batching = BatchConfig(
            method=self.method_combo.currentData(),
            batch_size=self.batch_size_input.value(),
            order=self.order_combo.currentData(),
            drop_last=self.drop_last_check.isChecked(),
            blog_scaling=self.blog_scaling_check.isChecked(),
        )
        return replace(
            self._base,
            data=self.dataset_group.data(),
            batching=batching,
            learning_rate=self.lr_input.value(),
            budget=self.steps_input.value(),
            budget_unit=self.unit_combo.currentData(),
            init=(self.init_w0_input.value(), self.init_w1_input.value()),
            seed=self.dataset_group.seed(),
            optimizer=self._optimizer_config(),
            schedule=self._schedule_config(),
        )

    def _optimizer_config(self) -> OptimizerConfig:
        return OptimizerConfig(
            name=self.optimizer_combo.currentData(),
            beta=self.beta_input.value(),
            rho=self.rho_input.value(),
            beta1=self.beta1_input.value(),
            beta2=self.beta2_input.value(),
            eps=self.eps_input.value(),
            bias_correction=self.bias_check.isChecked(),
        )

    def _schedule_config(self) -> ScheduleConfig:
        return ScheduleConfig(
            kind=self.schedule_combo.currentData(),
            step_size=self.step_size_input.value(),
            gamma=self.gamma_input.value(),
            exp_gamma=self.exp_gamma_input.value(),
            decay=self.decay_input.value(),
            min_factor=self.min_factor_input.value(),
        )

    def field_problems(self) -> list[str]:
        """Fields whose text is not a valid value, as 'Name: problem' (only fields in use)."""
        hidden = {widget for key, (_, widget, _) in self._rows_of.items() if not self._in_use(key)}
        out = []
        for field in self.findChildren(NumberField):
            problem = field.problem()
            if problem and field not in hidden:
                out.append(f"{field.accessibleName()}: {problem}")
        return out

    def show_problems(self, problems: list[str]) -> None:
        """Show problems under the panel (an empty list hides the message); a problem
        with an update-rule or schedule field also shows next to that field."""
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))
        self._show_next_to_fields(problems)

    def _show_next_to_fields(self, problems: list[str]) -> None:
        by_key: dict[str, list[str]] = {}
        for text in problems:
            head = text.split(":", 1)[0]
            for prefix in ("optimizer.", "schedule."):
                if head.startswith(prefix):
                    by_key.setdefault(head[len(prefix) :], []).append(text.split(":", 1)[1])
        for key, (_, widget, message) in self._rows_of.items():
            texts = list(by_key.get(key, []))
            if isinstance(widget, NumberField) and widget.problem():
                texts.insert(0, " " + str(widget.problem()))
            shown = bool(texts) and self._in_use(key)
            message.setText(
                self.tr("{0}: {1}").format(widget.accessibleName(), texts[0].strip())
                if shown
                else ""
            )
            message.setVisible(shown)

    def _in_use(self, key: str) -> bool:
        rule = self.optimizer_combo.currentData()
        kind = self.schedule_combo.currentData()
        if key in ("beta", "rho", "beta1", "beta2", "eps", "bias_correction"):
            return key in RULE_SETTINGS.get(rule, ())
        return key in SCHEDULE_SETTINGS.get(kind, ())

    def set_stable_rate(self, stable_rate: float, learning_rate: float, factor: float) -> None:
        """The learning-rate hint: how the effective rate compares with 2/lambda_max.

        ``factor`` is effective rate / learning rate (1/N for the blog's SGD scaling).
        """
        effective = learning_rate * factor
        if not math.isfinite(stable_rate):
            self.lr_hint.setText(self.tr("The loss is flat: any rate is stable."))
            return
        ratio = effective / stable_rate
        prefix = (
            self.tr("Blog scaling: effective rate lr x n/N = {0:.3g}. ").format(effective)
            if factor != 1.0
            else ""
        )
        if ratio > 1:
            text = self.tr(
                "Above the stable limit 2/λmax = {0:.3g} ({1:.3g}x): batch descent diverges."
            ).format(stable_rate, ratio)
            color = "#ff8a80"
        else:
            text = self.tr("Stable limit 2/λmax = {0:.3g}; {1:.3g}x below it.").format(
                stable_rate, 1 / ratio if ratio > 0 else 0
            )
            color = "#9aa0a6"
        self.lr_hint.setStyleSheet(f"color: {color}; font-size: 11px;")
        self.lr_hint.setText(prefix + text)

    def speed(self) -> float:
        return speed_at(self.speed_input.value())

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
    def _rule_changed(self) -> None:
        if not self._building:
            self._update_enabled()
        self._changed()

    @QtCore.Slot()
    def _schedule_changed(self) -> None:
        if not self._building:
            self._update_enabled()
        self._changed()

    def _show_schedule(self) -> None:
        """The formula and the plot of the chosen schedule over the current budget."""
        kind = self.schedule_combo.currentData()
        self.schedule_text.setText(schedule_formula(kind))
        config = self._fields_config()
        updates = total_updates(config, self._csv_rows(config))
        if self._in_use_problems() or not 1 <= updates <= config.max_updates:
            self.schedule_curve.setData([], [])
            return
        # At most 2,000 points, computed only there: the shape is what matters.
        k = np.unique(np.linspace(1, updates, min(updates, 2000)).astype(np.int64))
        values = config.learning_rate * factors_at(config.schedule, k, updates)
        self.schedule_curve.setData(k.astype(np.float64), values)
        self.schedule_plot.setXRange(0, updates, padding=0.02)
        top = float(values.max()) if values.size else 1.0
        self.schedule_plot.setYRange(0, top if top > 0 else 1.0, padding=0.05)

    def _in_use_problems(self) -> bool:
        return any(
            isinstance(w, NumberField) and w.problem() and self._in_use(key)
            for key, (_, w, _) in self._rows_of.items()
        )

    @QtCore.Slot(int)
    def _apply_preset(self, index: int) -> None:
        self.set_config(PRESETS[self.preset_combo.itemData(index)])
        self.experiment_changed.emit()

    @QtCore.Slot()
    def _method_changed(self) -> None:
        if not self._building:
            method = self.method_combo.currentData()
            with QtCore.QSignalBlocker(self.order_combo):
                self.order_combo.setCurrentIndex(self.order_combo.findData(natural_order(method)))
        self._update_enabled()
        self._changed()

    @QtCore.Slot()
    def _changed(self) -> None:
        if not self._building:
            self._show_schedule()
            self.experiment_changed.emit()

    @QtCore.Slot(float)
    def _learning_rate_committed(self, value: float) -> None:
        self.lr_slider.set_log_value(value)
        self.learning_rate_changed.emit(value)

    @QtCore.Slot(float)
    def _learning_rate_slid(self, value: float) -> None:
        self.lr_input.setValue(value)
        self.learning_rate_changed.emit(value)

    @QtCore.Slot(int)
    def _speed_moved(self, position: int) -> None:
        speed = speed_at(position)
        self.speed_label.setText(
            self.tr("unlimited")
            if math.isinf(speed)
            else self.tr("{0:g} /s").format(float(f"{speed:.2g}"))
        )
        if not self._building:
            self.speed_changed.emit(speed)

    def set_rows(self, rows: int | None) -> None:
        """The row count of loaded data, for checks that need it (a batch size, say)."""
        self._rows = rows

    def _update_enabled(self) -> None:
        rule = self.optimizer_combo.currentData()
        self.rule_text.setText(rule_description(rule))
        self.rule_equations.setText(rule_equations(rule, self.bias_check.isChecked()))
        for key, (form, widget, message) in self._rows_of.items():
            used = self._in_use(key)
            form.setRowVisible(widget, used)
            form.setRowVisible(message, used and bool(message.text()))
        self._show_schedule()
        method = self.method_combo.currentData()
        stochastic = method != "batch"
        self.batch_size_input.setEnabled(method == "minibatch")
        self.order_combo.setEnabled(stochastic)
        self.drop_last_check.setEnabled(
            method == "minibatch" and self.order_combo.currentData() != "replace"
        )
        self.blog_scaling_check.setEnabled(stochastic)
