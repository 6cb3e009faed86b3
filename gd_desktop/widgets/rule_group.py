"""The Update rule group of the parameter panel: the rule and the settings it uses."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import OPTIMIZERS, RULE_SETTINGS, OptimizerConfig
from gd_desktop.core.problems import Problem
from gd_desktop.core.rules import RULES
from gd_desktop.widgets import names
from gd_desktop.widgets.field_rows import FieldRows
from gd_desktop.widgets.fields import NumberField, bounds_range, monospace_font, number_field
from gd_desktop.widgets.optimizer_text import rule_description, rule_equations, rule_title

# Each setting's range, from the registry that checks it (switches have none).
RULE_BOUNDS = {
    key: b for spec in RULES.values() for key, b in spec.settings.items() if b is not None
}


class RuleGroup(QtWidgets.QGroupBox):
    """Inputs for ``OptimizerConfig``: only the settings of the chosen rule show, each
    with its problem under it. ``rule_changed``: the rule or bias correction was
    switched; ``changed``: a setting was; ``edited``: a field lost focus."""

    rule_changed = QtCore.Signal()
    changed = QtCore.Signal()
    edited = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(self.tr("Update rule"), parent)
        form = QtWidgets.QFormLayout(self)
        self.rows = FieldRows(form, "optimizer", self.in_use)
        self.optimizer_combo = QtWidgets.QComboBox()
        for name in OPTIMIZERS:
            self.optimizer_combo.addItem(rule_title(name), name)
        self.optimizer_combo.setObjectName(names.OPTIMIZER_COMBO)
        self.optimizer_combo.setAccessibleName(self.tr("Update rule"))
        self.optimizer_combo.setToolTip(
            self.tr(
                "How the gradient becomes a step. Every rule works with every batch "
                "scheme; the forms are those of PyTorch's torch.optim."
            )
        )
        self.optimizer_combo.currentIndexChanged.connect(self.rule_changed)
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
        self._build_settings()

    def _build_settings(self) -> None:
        d = OptimizerConfig()
        self.beta_input = number_field(
            d.beta, names.BETA_INPUT, self.tr("Momentum beta"),
            self.tr("How much velocity is kept each update, in [0, 1). 0 is plain descent; "
                    "0.9 is usual. The step can grow to lr/(1-beta) times the gradient."),
            field="optimizer.beta", **bounds_range(RULE_BOUNDS["beta"]),
        )  # fmt: skip
        self._add(self.tr("β (momentum)"), "beta", self.beta_input)
        self.rho_input = number_field(
            d.rho, names.RHO_INPUT, self.tr("RMSProp rho"),
            self.tr("Decay of the average of squared gradients, in [0, 1); 0.99 is PyTorch's "
                    "default (its alpha)."),
            field="optimizer.rho", **bounds_range(RULE_BOUNDS["rho"]),
        )  # fmt: skip
        self._add(self.tr("ρ (decay)"), "rho", self.rho_input)
        self.beta1_input = number_field(
            d.beta1, names.BETA1_INPUT, self.tr("Adam beta1"),
            self.tr("Decay of Adam's average of gradients (its momentum), in [0, 1); 0.9 usual."),
            field="optimizer.beta1", **bounds_range(RULE_BOUNDS["beta1"]),
        )  # fmt: skip
        self._add(self.tr("β1"), "beta1", self.beta1_input)
        self.beta2_input = number_field(
            d.beta2, names.BETA2_INPUT, self.tr("Adam beta2"),
            self.tr("Decay of Adam's average of squared gradients, in [0, 1); 0.999 usual."),
            field="optimizer.beta2", **bounds_range(RULE_BOUNDS["beta2"]),
        )  # fmt: skip
        self._add(self.tr("β2"), "beta2", self.beta2_input)
        self.eps_input = number_field(
            d.eps, names.EPS_INPUT, self.tr("Epsilon"),
            self.tr("Added after the square root so a zero gradient does not divide by zero; "
                    "must be > 0. 1e-8 is usual."),
            field="optimizer.eps", **bounds_range(RULE_BOUNDS["eps"]),
        )  # fmt: skip
        self._add(self.tr("ε"), "eps", self.eps_input)
        self.bias_check = QtWidgets.QCheckBox(self.tr("Bias correction"))
        self.bias_check.setObjectName(names.BIAS_CORRECTION_CHECK)
        self.bias_check.setAccessibleName(self.tr("Bias correction"))
        self.bias_check.setToolTip(
            self.tr(
                "Adam's averages start at 0, so early on they are too small; dividing by "
                "1 - beta^t corrects that. Off: the first steps are much shorter."
            )
        )
        self.bias_check.toggled.connect(self.rule_changed)
        self._add("", "bias_correction", self.bias_check)

    def _add(self, label: str, setting: str, widget: QtWidgets.QWidget) -> None:
        self.rows.add(label, setting, widget)
        if isinstance(widget, NumberField):
            widget.value_committed.connect(self.changed)
            widget.editingFinished.connect(self.edited)

    def in_use(self, setting: str) -> bool:
        """Whether the chosen rule uses ``setting``."""
        return setting in RULE_SETTINGS.get(self.optimizer_combo.currentData(), ())

    def set_optimizer(self, o: OptimizerConfig) -> None:
        self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(o.name))
        for field, value in (
            (self.beta_input, o.beta), (self.rho_input, o.rho), (self.beta1_input, o.beta1),
            (self.beta2_input, o.beta2), (self.eps_input, o.eps),
        ):  # fmt: skip
            field.setValue(value)
        self.bias_check.setChecked(o.bias_correction)

    def optimizer(self) -> OptimizerConfig:
        return OptimizerConfig(
            name=self.optimizer_combo.currentData(),
            beta=self.beta_input.value(),
            rho=self.rho_input.value(),
            beta1=self.beta1_input.value(),
            beta2=self.beta2_input.value(),
            eps=self.eps_input.value(),
            bias_correction=self.bias_check.isChecked(),
        )

    def show_rule(self) -> None:
        """The chosen rule's description and update equations."""
        rule = self.optimizer_combo.currentData()
        self.rule_text.setText(rule_description(rule))
        self.rule_equations.setText(rule_equations(rule, self.bias_check.isChecked()))

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.rows.show_problems(problems)
