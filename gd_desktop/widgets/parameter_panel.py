"""The parameter panel: preset, dataset, method, hyperparameters and playback speed.

The panel edits an ``ExperimentConfig``. A change to the learning rate or the
speed applies live (``learning_rate_changed``, ``speed_changed``); any other
change means a new run (``experiment_changed``).
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import (
    MAX_SAMPLES,
    BatchConfig,
    ConfigError,
    ExperimentConfig,
    natural_order,
    validate,
)
from gd_desktop.core.presets import PRESET_TITLES, PRESETS
from gd_desktop.widgets import names
from gd_desktop.widgets.dataset_group import DatasetGroup
from gd_desktop.widgets.fields import LogSlider, NumberField, int_spin, number_field

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
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # The controls used most come first, so they fit without scrolling.
        layout.addWidget(self._preset_group())
        layout.addWidget(self._hyper_group())
        layout.addWidget(self._playback_group())
        layout.addWidget(self._method_group())
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
        self._base = config
        self._building = False
        self._update_enabled()
        self.problem_label.hide()

    def config(self) -> ExperimentConfig:
        """The config the fields describe; raises ConfigError listing every problem."""
        field_problems = self.field_problems()
        if field_problems:
            raise ConfigError(field_problems)
        data = self.dataset_group.data()
        batching = BatchConfig(
            method=self.method_combo.currentData(),
            batch_size=self.batch_size_input.value(),
            order=self.order_combo.currentData(),
            drop_last=self.drop_last_check.isChecked(),
            blog_scaling=self.blog_scaling_check.isChecked(),
        )
        config = replace(
            self._base,
            data=data,
            batching=batching,
            learning_rate=self.lr_input.value(),
            budget=self.steps_input.value(),
            budget_unit=self.unit_combo.currentData(),
            init=(self.init_w0_input.value(), self.init_w1_input.value()),
            seed=self.dataset_group.seed(),
        )
        problems = validate(config, self._rows if data.source == "csv" else None)
        if problems:
            raise ConfigError(problems)
        return config

    def field_problems(self) -> list[str]:
        """Fields whose text is not a valid value, as 'Name: problem'."""
        out = []
        for field in self.findChildren(NumberField):
            problem = field.problem()
            if problem:
                out.append(f"{field.accessibleName()}: {problem}")
        return out

    def show_problems(self, problems: list[str]) -> None:
        """Show problems under the panel (an empty list hides the message)."""
        self.problem_label.setText("\n".join(problems))
        self.problem_label.setVisible(bool(problems))

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
        self.show_problems(self.field_problems())

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
        method = self.method_combo.currentData()
        stochastic = method != "batch"
        self.batch_size_input.setEnabled(method == "minibatch")
        self.order_combo.setEnabled(stochastic)
        self.drop_last_check.setEnabled(
            method == "minibatch" and self.order_combo.currentData() != "replace"
        )
        self.blog_scaling_check.setEnabled(stochastic)
