"""The Method group of the parameter panel: the batch scheme of each update."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.bounds import BATCH_SIZES
from gd_desktop.core.config import BatchConfig, natural_order
from gd_desktop.widgets import names
from gd_desktop.widgets.fields import int_spin


def _named(widget: QtWidgets.QWidget, name: str, accessible: str, tip: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip)


class MethodGroup(QtWidgets.QGroupBox):
    """Inputs for ``BatchConfig``. ``method_changed``: the method was switched;
    ``changed``: another batch setting was (either means a new run)."""

    method_changed = QtCore.Signal()
    changed = QtCore.Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(self.tr("Method"), parent)
        form = QtWidgets.QFormLayout(self)
        self.method_combo = QtWidgets.QComboBox()
        self.method_combo.addItem(self.tr("Batch gradient descent"), "batch")
        self.method_combo.addItem(self.tr("Stochastic (SGD, one row)"), "sgd")
        self.method_combo.addItem(self.tr("Mini-batch"), "minibatch")
        _named(
            self.method_combo,
            names.METHOD_COMBO,
            self.tr("Method"),
            self.tr(
                "Batch: every update uses all rows (smooth, costly per update). SGD: one "
                "row per update (cheap, noisy). Mini-batch: B rows per update, in between."
            ),
        )
        self._method_tip = self.method_combo.toolTip()
        self.method_combo.currentIndexChanged.connect(self.method_changed)
        form.addRow(self.tr("Method"), self.method_combo)
        self.batch_size_input = int_spin(
            BATCH_SIZES,
            names.BATCH_SIZE_INPUT,
            self.tr("Batch size"),
            self.tr(
                "Rows per mini-batch. An epoch is one pass over the data: ceil(N / B) updates."
            ),
        )
        self.batch_size_input.valueChanged.connect(self.changed)
        form.addRow(self.tr("Batch size B"), self.batch_size_input)
        self.order_combo = QtWidgets.QComboBox()
        self.order_combo.addItem(self.tr("In order"), "in-order")
        self.order_combo.addItem(self.tr("Shuffled each epoch"), "shuffle")
        self.order_combo.addItem(self.tr("Random, with replacement"), "replace")
        _named(
            self.order_combo,
            names.ORDER_COMBO,
            self.tr("Sampling order"),
            self.tr(
                "In order: rows as stored (the blog's mini-batches). Shuffled: a new "
                "permutation each epoch, every row once. With replacement: each batch drawn "
                "at random (the blog's SGD)."
            ),
        )
        self.order_combo.currentIndexChanged.connect(self.changed)
        form.addRow(self.tr("Order"), self.order_combo)
        self.drop_last_check = QtWidgets.QCheckBox(self.tr("Drop the short last batch"))
        _named(
            self.drop_last_check,
            names.DROP_LAST_CHECK,
            self.tr("Drop last batch"),
            self.tr(
                "When N is not a multiple of B the last batch is smaller. The blog keeps it; "
                "dropping it makes every update use B rows."
            ),
        )
        self.drop_last_check.toggled.connect(self.changed)
        form.addRow("", self.drop_last_check)
        self.blog_scaling_check = QtWidgets.QCheckBox(self.tr("Blog scaling (2/N)"))
        _named(
            self.blog_scaling_check,
            names.BLOG_SCALING_CHECK,
            self.tr("Blog scaling"),
            self.tr(
                "The blog's SGD multiplies a one-row gradient by 2/N instead of 2, so its "
                "effective learning rate is lr / N. Off: the standard per-batch scaling."
            ),
        )
        self.blog_scaling_check.toggled.connect(self.changed)
        form.addRow("", self.blog_scaling_check)

    def set_batching(self, b: BatchConfig) -> None:
        self.method_combo.setCurrentIndex(self.method_combo.findData(b.method))
        self.batch_size_input.setValue(b.batch_size)
        self.order_combo.setCurrentIndex(self.order_combo.findData(b.order))
        self.drop_last_check.setChecked(b.drop_last)
        self.blog_scaling_check.setChecked(b.blog_scaling)

    def batching(self) -> BatchConfig:
        return BatchConfig(
            method=self.method_combo.currentData(),
            batch_size=self.batch_size_input.value(),
            order=self.order_combo.currentData(),
            drop_last=self.drop_last_check.isChecked(),
            blog_scaling=self.blog_scaling_check.isChecked(),
        )

    def use_natural_order(self) -> None:
        """Take the chosen method's usual order (emits nothing)."""
        method = self.method_combo.currentData()
        with QtCore.QSignalBlocker(self.order_combo):
            self.order_combo.setCurrentIndex(self.order_combo.findData(natural_order(method)))

    def set_surface(self, surface: bool) -> None:
        """A test surface has no rows: its method is always full batch."""
        self.method_combo.setEnabled(not surface)
        self.method_combo.setToolTip(
            self.tr("A test surface has no rows, so its method is always full batch.")
            if surface
            else self._method_tip
        )
        if surface:
            self.method_combo.setCurrentIndex(self.method_combo.findData("batch"))
        self.update_enabled()

    def update_enabled(self) -> None:
        """Enable the settings the chosen method uses."""
        method = self.method_combo.currentData()
        stochastic = method != "batch"
        self.batch_size_input.setEnabled(method == "minibatch")
        self.order_combo.setEnabled(stochastic)
        self.drop_last_check.setEnabled(
            method == "minibatch" and self.order_combo.currentData() != "replace"
        )
        self.blog_scaling_check.setEnabled(stochastic)
