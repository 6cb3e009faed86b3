"""The Preset group of the parameter panel: the ready-made experiments."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.presets import PRESETS
from gd_desktop.widgets import names


def preset_title(preset_id: str) -> str:
    """A preset's name in the menu (its id when it has no title)."""
    titles = {
        "blog-batch": QtCore.QCoreApplication.translate(
            "ParameterPanel", "Blog: batch gradient descent"
        ),
        "blog-sgd": QtCore.QCoreApplication.translate(
            "ParameterPanel", "Blog: stochastic gradient descent"
        ),
        "blog-minibatch": QtCore.QCoreApplication.translate(
            "ParameterPanel", "Blog: mini-batch gradient descent"
        ),
    }
    return titles.get(preset_id, preset_id)


class PresetGroup(QtWidgets.QGroupBox):
    """A menu of presets; ``preset_chosen`` gives the id of the one picked."""

    preset_chosen = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(self.tr("Preset"), parent)
        form = QtWidgets.QFormLayout(self)
        self.preset_combo = QtWidgets.QComboBox()
        for preset_id in PRESETS:
            self.preset_combo.addItem(preset_title(preset_id), preset_id)
        self.preset_combo.setObjectName(names.PRESET_COMBO)
        self.preset_combo.setAccessibleName(self.tr("Preset"))
        self.preset_combo.setToolTip(
            self.tr(
                "Ready-made experiments. The blog's three runs share one dataset "
                "(seed 0), so batch, stochastic and mini-batch descent compare fairly."
            )
        )
        # Shown when the runs are no preset (a race, or settings changed since).
        self.preset_combo.addItem(self.tr("Your own settings"), "")
        self.preset_combo.activated.connect(self._activated)
        form.addRow(self.tr("Experiment"), self.preset_combo)

    def show_matching(self, configs: Sequence[ExperimentConfig]) -> None:
        """Show the preset the runs are (one run, a preset's config), else "your own"."""
        match = ""
        if len(configs) == 1:
            match = next((key for key, c in PRESETS.items() if c == configs[0]), "")
        with QtCore.QSignalBlocker(self.preset_combo):
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(match))

    @QtCore.Slot(int)
    def _activated(self, index: int) -> None:
        preset_id = self.preset_combo.itemData(index)
        if preset_id:
            self.preset_chosen.emit(preset_id)
