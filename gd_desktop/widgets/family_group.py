"""The Loss group of the parameter panel: which landscape to descend.

The family chooser (``modelCombo``: linear regression, logistic regression, one
neuron, test surface; item data the command line's names), the surface chooser
(``surfaceCombo``) and the settings of each family's generator. ``changed`` means:
a new run is needed.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import DataConfig, ExperimentConfig
from gd_desktop.core.surfaces import SURFACES
from gd_desktop.widgets import names
from gd_desktop.widgets.fields import NumberField, number_field


class FamilyGroup(QtWidgets.QGroupBox):
    """Inputs for ``model``, ``surface``, ``grad_noise`` and the family generators."""

    changed = QtCore.Signal()
    edited = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(self.tr("Loss"), parent)
        self._building = True
        self.form = QtWidgets.QFormLayout(self)
        self.model_combo = QtWidgets.QComboBox()
        self.model_combo.setObjectName(names.MODEL_COMBO)
        self.model_combo.setAccessibleName(self.tr("Loss family"))
        for text, key in (
            (self.tr("linear regression"), "linear"),
            (self.tr("logistic regression"), "logistic"),
            (self.tr("one neuron"), "neuron"),
            (self.tr("test surface"), "surface"),
        ):
            self.model_combo.addItem(text, key)
        self.model_combo.setToolTip(
            self.tr(
                "Linear regression: the MSE, a bowl. Logistic regression: the log-loss of a "
                "0/1 target. One neuron: w1 tanh(w0 x), two minima and a saddle. Test "
                "surface: a formula of the two weights, with no data."
            )
        )
        self.model_combo.currentIndexChanged.connect(self._activated)
        self.form.addRow(self.tr("Family"), self.model_combo)
        self.surface_combo = QtWidgets.QComboBox()
        self.surface_combo.setObjectName(names.SURFACE_COMBO)
        self.surface_combo.setAccessibleName(self.tr("Test surface"))
        for key in SURFACES:
            self.surface_combo.addItem(key, key)
        self.surface_combo.setToolTip(
            self.tr(
                "rosenbrock: a long curved valley; himmelblau: four minima; saddle: a saddle "
                "between two minima; two-minima: a deep and a shallow basin; beale: steep "
                "walls and flat plains; plateau: far from its minimum the gradient vanishes."
            )
        )
        self.surface_combo.currentIndexChanged.connect(self._activated)
        self.form.addRow(self.tr("Surface"), self.surface_combo)
        self.grad_noise_input = self._field(
            0.0, names.GRAD_NOISE_INPUT, self.tr("Gradient noise"),
            self.tr("Gaussian noise (seeded) added to every gradient, in place of batches."),
            "grad_noise", self.tr("Gradient noise σ"),
        )  # fmt: skip
        self.separation_input = self._field(
            3.0, names.SEPARATION_INPUT, self.tr("Class separation"),
            self.tr("Distance between the two classes' means, in standard deviations."),
            "data.separation", self.tr("Separation"),
        )  # fmt: skip
        self.amplitude_input = self._field(
            2.0, names.AMPLITUDE_INPUT, self.tr("Amplitude"),
            self.tr("a in the data y = a tanh(b x) + noise."), "data.amplitude",
            self.tr("Amplitude a"),
        )  # fmt: skip
        self.steepness_input = self._field(
            1.5, names.STEEPNESS_INPUT, self.tr("Steepness"),
            self.tr("b in the data y = a tanh(b x) + noise."), "data.steepness",
            self.tr("Steepness b"),
        )  # fmt: skip
        self._building = False
        self._update_visible()

    def _field(
        self, value: float, name: str, accessible: str, tip: str, field: str, label: str
    ) -> NumberField:
        minimum = 0.0 if field == "grad_noise" else float("-inf")
        number = number_field(value, name, accessible, tip, minimum=minimum, field=field)
        number.value_committed.connect(self._changed)
        number.editingFinished.connect(self.edited)
        self.form.addRow(label, number)
        return number

    # -- config ----------------------------------------------------------------------
    def set_family(self, config: ExperimentConfig) -> None:
        """Show the config's family and its generator's settings (emits nothing)."""
        self._building = True
        self.model_combo.setCurrentIndex(self.model_combo.findData(config.model))
        if config.surface:
            self.surface_combo.setCurrentIndex(self.surface_combo.findData(config.surface))
        self.grad_noise_input.setValue(config.grad_noise)
        self.separation_input.setValue(config.data.separation)
        self.amplitude_input.setValue(config.data.amplitude)
        self.steepness_input.setValue(config.data.steepness)
        self._building = False
        self._update_visible()

    @property
    def model(self) -> str:
        return str(self.model_combo.currentData())

    def family(self, data: DataConfig) -> dict[str, object]:
        """The config fields the group sets, ``data`` with the generators' settings."""
        surface = self.model == "surface"
        return {
            "model": self.model,
            "surface": str(self.surface_combo.currentData()) if surface else "",
            "grad_noise": self.grad_noise_input.value() if surface else 0.0,
            "data": DataConfig(
                **{
                    **data.__dict__,
                    "separation": self.separation_input.value(),
                    "amplitude": self.amplitude_input.value(),
                    "steepness": self.steepness_input.value(),
                }
            ),
        }

    def fields(self) -> tuple[NumberField, ...]:
        return (
            self.grad_noise_input,
            self.separation_input,
            self.amplitude_input,
            self.steepness_input,
        )

    def hidden_fields(self) -> set[QtWidgets.QWidget]:
        """The fields not in use for the chosen family."""
        used = {
            "surface": {self.grad_noise_input},
            "logistic": {self.separation_input},
            "neuron": {self.amplitude_input, self.steepness_input},
        }.get(self.model, set())
        return {f for f in self.fields() if f not in used}

    # -- reactions -------------------------------------------------------------------
    @QtCore.Slot()
    def _changed(self) -> None:
        if not self._building:
            self.changed.emit()

    @QtCore.Slot(int)
    def _activated(self, _index: int) -> None:
        if self._building:
            return
        self._update_visible()
        self._changed()

    def _update_visible(self) -> None:
        self.form.setRowVisible(self.surface_combo, self.model == "surface")
        hidden = self.hidden_fields()
        for field in self.fields():
            self.form.setRowVisible(field, field not in hidden)
