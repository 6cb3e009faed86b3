"""The Dataset group of the parameter panel: generator, line fit, CSV file or a sample."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.bounds import SAMPLES, SEEDS
from gd_desktop.core.config import DataConfig
from gd_desktop.core.samples import Sample, samples
from gd_desktop.widgets import names
from gd_desktop.widgets.fields import NumberField, int_spin, number_field
from gd_desktop.widgets.sample_text import sample_title, sample_tooltip


class DatasetGroup(QtWidgets.QGroupBox):
    """Inputs for ``DataConfig`` and the seed.

    ``changed`` means: a new run is needed. Choosing "CSV file..." or a sample does
    not change the data by itself; it asks the window (``open_file_requested``,
    ``sample_chosen``), which reads the file and then shows the new config.
    """

    changed = QtCore.Signal()
    edited = QtCore.Signal()  # a number field lost focus: time to show its problem, if any
    open_file_requested = QtCore.Signal()
    sample_chosen = QtCore.Signal(object)  # Sample

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(self.tr("Dataset"), parent)
        self._building = True
        self._data = DataConfig()
        self.form = QtWidgets.QFormLayout(self)
        self._build_sources()
        self._build_generator()
        self._build_extras()
        self._building = False

    # -- construction --------------------------------------------------------------
    def _row(self, label: str, field: QtWidgets.QWidget) -> None:
        self.form.addRow(label, field)
        if isinstance(field, NumberField):
            field.value_committed.connect(self._changed)
            field.editingFinished.connect(self.edited)
        elif isinstance(field, QtWidgets.QSpinBox | QtWidgets.QDoubleSpinBox):
            field.valueChanged.connect(self._changed)

    def _build_sources(self) -> None:
        self.source_combo = QtWidgets.QComboBox()
        self.source_combo.addItem(self.tr("Blog generator: y = t0 x0 + t1 x1"), "blog")
        self.source_combo.addItem(self.tr("Line fit: y = slope x + intercept"), "line")
        self.source_combo.addItem(self.tr("CSV file..."), "csv")
        self.source_combo.setObjectName(names.DATA_SOURCE_COMBO)
        self.source_combo.setAccessibleName(self.tr("Data source"))
        self.source_combo.setToolTip(
            self.tr(
                "Blog generator: two features drawn as scale x randn(N, 2), the target a "
                "weighted sum. Line fit: one feature plus a constant 1, so w0 is the "
                "intercept and w1 the slope. CSV file: your own table (File > Open data)."
            )
        )
        self.source_combo.activated.connect(self._source_activated)
        self.form.addRow(self.tr("Source"), self.source_combo)
        self.sample_combo = QtWidgets.QComboBox()
        self.sample_combo.addItem(self.tr("Choose real data..."), None)
        for sample in samples():
            self.sample_combo.addItem(sample_title(sample), sample)
            index = self.sample_combo.count() - 1
            self.sample_combo.setItemData(
                index, sample_tooltip(sample), QtCore.Qt.ItemDataRole.ToolTipRole
            )
        for combo in (self.source_combo, self.sample_combo):
            combo.setSizeAdjustPolicy(
                QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.sample_combo.setObjectName(names.SAMPLE_COMBO)
        self.sample_combo.setAccessibleName(self.tr("Sample data"))
        self.sample_combo.setToolTip(self.tr("Small real datasets shipped with GD Desktop."))
        self.sample_combo.activated.connect(self._sample_activated)
        self.form.addRow(self.tr("Sample"), self.sample_combo)
        self.file_label = QtWidgets.QLabel()
        self.file_label.setObjectName(names.DATA_FILE_LABEL)
        self.file_label.setWordWrap(True)
        self.file_label.setStyleSheet("color: #9aa0a6; font-size: 11px;")
        self.form.addRow("", self.file_label)

    def _build_generator(self) -> None:
        self.samples_input = int_spin(
            SAMPLES,
            names.SAMPLES_INPUT,
            self.tr("Number of rows"),
            self.tr("N, the number of rows. The loss and its gradient cost the same at any N."),
        )
        self._row(self.tr("Rows N"), self.samples_input)
        self.scale_input = number_field(
            12.0,
            names.SCALE_INPUT,
            self.tr("Feature scale"),
            self.tr("Standard deviation of the drawn features."),
            minimum=0.0,
            exclusive=True,
            field="data.scale",
        )
        self._row(self.tr("Feature scale"), self.scale_input)
        self.true_w0_input = number_field(
            2.0,
            names.TRUE_W0_INPUT,
            self.tr("True weight t0"),
            self.tr("The weight of x0 in the data."),
            field="data.true_weights[0]",
        )
        self.true_w1_input = number_field(
            -30.0,
            names.TRUE_W1_INPUT,
            self.tr("True weight t1"),
            self.tr("The weight of x1 in the data."),
            field="data.true_weights[1]",
        )
        self._row(self.tr("True t0"), self.true_w0_input)
        self._row(self.tr("True t1"), self.true_w1_input)
        self.slope_input = number_field(
            2.0,
            names.SLOPE_INPUT,
            self.tr("Slope"),
            self.tr("Slope of the line that made the data."),
            field="data.slope",
        )
        self.intercept_input = number_field(
            5.0,
            names.INTERCEPT_INPUT,
            self.tr("Intercept"),
            self.tr("Intercept of that line."),
            field="data.intercept",
        )
        self._row(self.tr("Slope"), self.slope_input)
        self._row(self.tr("Intercept"), self.intercept_input)
        self.noise_input = number_field(
            0.0,
            names.NOISE_INPUT,
            self.tr("Noise sigma"),
            self.tr(
                "Standard deviation of Gaussian noise added to the target. With noise the "
                "best fit no longer reaches MSE 0, and SGD hovers around the optimum."
            ),
            minimum=0.0,
            field="data.noise",
        )
        self._row(self.tr("Noise sigma"), self.noise_input)
        self.outlier_fraction_input = number_field(
            0.0,
            names.OUTLIER_FRACTION_INPUT,
            self.tr("Outlier fraction"),
            self.tr(
                "Share of rows (0 to 1) whose target is pushed up or down by the outlier "
                "size. Squared errors make a few outliers pull the whole fit."
            ),
            minimum=0.0,
            maximum=1.0,
            field="data.outlier_fraction",
        )
        self.outlier_size_input = number_field(
            0.0,
            names.OUTLIER_SIZE_INPUT,
            self.tr("Outlier size"),
            self.tr("How far an outlier's target is moved."),
            minimum=0.0,
            field="data.outlier_size",
        )
        self._row(self.tr("Outliers"), self.outlier_fraction_input)
        self._row(self.tr("Outlier size"), self.outlier_size_input)

    def _build_extras(self) -> None:
        self.standardize_check = QtWidgets.QCheckBox(self.tr("Standardise features"))
        self.standardize_check.setObjectName(names.STANDARDIZE_CHECK)
        self.standardize_check.setAccessibleName(self.tr("Standardise features"))
        self.standardize_check.setToolTip(
            self.tr(
                "Z-score each feature (mean 0, deviation 1). Features on different scales "
                "make a long, narrow valley; standardised, the valley becomes a round bowl, "
                "the optimum moves and the stable learning rate changes."
            )
        )
        self.standardize_check.toggled.connect(self._changed)
        self.form.addRow("", self.standardize_check)
        self.seed_input = int_spin(
            SEEDS,
            names.SEED_INPUT,
            self.tr("Random seed"),
            self.tr(
                "Seed of the run's random stream: the data are drawn first, then the "
                "batches. Seed 0 gives the blog's exact data."
            ),
        )
        self._row(self.tr("Seed"), self.seed_input)

    # -- config ----------------------------------------------------------------------
    def set_data(self, data: DataConfig, seed: int) -> None:
        """Show ``data`` and ``seed`` (emits nothing)."""
        self._building = True
        self._data = data
        self.source_combo.setCurrentIndex(self.source_combo.findData(data.source))
        self.samples_input.setValue(data.samples)
        self.scale_input.setValue(data.scale)
        self.true_w0_input.setValue(data.true_weights[0])
        self.true_w1_input.setValue(data.true_weights[1])
        self.slope_input.setValue(data.slope)
        self.intercept_input.setValue(data.intercept)
        self.noise_input.setValue(data.noise)
        self.outlier_fraction_input.setValue(data.outlier_fraction)
        self.outlier_size_input.setValue(data.outlier_size)
        self.standardize_check.setChecked(data.standardize)
        self.seed_input.setValue(seed)
        with QtCore.QSignalBlocker(self.sample_combo):
            self.sample_combo.setCurrentIndex(0)
        self._building = False
        self._update_visible()

    def data(self) -> DataConfig:
        """The data config the fields describe (a CSV source keeps its file and columns)."""
        return replace(
            self._data,
            source=self.source_combo.currentData(),
            samples=self.samples_input.value(),
            scale=self.scale_input.value(),
            true_weights=(self.true_w0_input.value(), self.true_w1_input.value()),
            slope=self.slope_input.value(),
            intercept=self.intercept_input.value(),
            noise=self.noise_input.value(),
            outlier_fraction=self.outlier_fraction_input.value(),
            outlier_size=self.outlier_size_input.value(),
            standardize=self.standardize_check.isChecked(),
        )

    def seed(self) -> int:
        return int(self.seed_input.value())

    # -- reactions -------------------------------------------------------------------
    @QtCore.Slot()
    def _changed(self) -> None:
        if not self._building:
            self.changed.emit()

    @QtCore.Slot(int)
    def _source_activated(self, index: int) -> None:
        source = self.source_combo.itemData(index)
        if source == "csv" and self._data.source != "csv":
            # The file comes first; until it has loaded, the data stay as they were.
            with QtCore.QSignalBlocker(self.source_combo):
                self.source_combo.setCurrentIndex(self.source_combo.findData(self._data.source))
            self.open_file_requested.emit()
            return
        self._update_visible()
        self._changed()

    @QtCore.Slot(int)
    def _sample_activated(self, index: int) -> None:
        sample = self.sample_combo.itemData(index)
        with QtCore.QSignalBlocker(self.sample_combo):
            self.sample_combo.setCurrentIndex(0)
        if isinstance(sample, Sample):
            self.sample_chosen.emit(sample)

    def _update_visible(self) -> None:
        source = self.source_combo.currentData()
        generated = source in ("blog", "line")
        shown = {
            self.samples_input: generated,
            self.scale_input: generated,
            self.true_w0_input: source == "blog",
            self.true_w1_input: source == "blog",
            self.slope_input: source == "line",
            self.intercept_input: source == "line",
            self.noise_input: generated,
            self.outlier_fraction_input: generated,
            self.outlier_size_input: generated,
        }
        for field, visible in shown.items():
            self.form.setRowVisible(field, visible)
        self.form.setRowVisible(self.file_label, source == "csv")
        if source == "csv":
            d = self._data
            columns = [d.feature0] + ([d.feature1] if d.feature1 else [])
            fit = " + ".join((["1"] if d.add_intercept else []) + columns)
            self.file_label.setText(
                self.tr("{0}: {1} ~ {2}").format(Path(d.path).name, d.target, fit)
            )
