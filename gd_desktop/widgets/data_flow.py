"""Bringing your own data into the window: File > Open data, the samples, the data
of an experiment file, and failures.

The current dataset and run stay exactly as they are until new data have been
read in full (in the background, with progress and Cancel); any failure is shown
and changes nothing else.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.csv_import import DataImportError, ImportedData, load_columns
from gd_desktop.core.dataset import Dataset, standardized
from gd_desktop.core.loss import LeastSquaresLoss
from gd_desktop.core.problems import Problem
from gd_desktop.core.race import RaceEntry
from gd_desktop.core.samples import Sample
from gd_desktop.widgets.data_import import DataImporter
from gd_desktop.widgets.messages import describe, describe_fact


class DataHost(Protocol):
    """What the data flow needs of the window it serves."""

    panel: Any
    log_view: Any

    @property
    def config(self) -> ExperimentConfig: ...

    def statusBar(self) -> QtWidgets.QStatusBar: ...  # noqa: N802 - Qt naming

    def load(self, config: ExperimentConfig, dataset: Dataset | None = None) -> None: ...

    def load_race(
        self,
        entries: Sequence[RaceEntry],
        dataset: Dataset | None = None,
        selected: int | None = None,
    ) -> None: ...


def suggested_rate(dataset: Dataset, standardize: bool) -> float | None:
    """Half the stable batch rate 2/lambda_max on these data, to 3 significant digits."""
    data = standardized(dataset) if standardize else dataset
    limit = LeastSquaresLoss.from_data(data.features, data.target).stable_learning_rate
    return float(f"{0.5 * limit:.3g}") if math.isfinite(limit) else None


class DataFlow(QtCore.QObject):
    """Owns the background importer and applies what it reads to the window."""

    def __init__(self, window: DataHost):
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.dataset: Dataset | None = None
        self._rate_for_sample = False
        # An experiment file's runs, waiting for the data file it names to be read.
        self._experiment: list[RaceEntry] | None = None
        self.importer = DataImporter(window)  # type: ignore[arg-type]
        self.importer.imported.connect(self.apply)
        self.importer.import_failed.connect(self.fail)
        self.importer.import_cancelled.connect(self.cancelled)
        group = window.panel.dataset_group
        group.open_file_requested.connect(self.open_dialog)
        group.sample_chosen.connect(self.use_sample)

    @QtCore.Slot()
    def open_dialog(self) -> None:
        """Ask for a file, then for its columns, then read it in the background."""
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window,  # type: ignore[arg-type]
            self.tr("Open data"),
            "",
            self.tr("Tables (*.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.importer.open_file(path)

    def open_file(self, path: str, target: str, features: tuple[str, ...], intercept: bool) -> None:
        """Read ``path`` in the background with the given columns (no dialogs)."""
        self.importer.start(path, target, features, intercept)

    def open_experiment(self, entries: Sequence[RaceEntry]) -> bool:
        """Read the CSV file an experiment's runs name in the background, then start
        them on it; False (and nothing changes) if a load is running or the file is
        refused at once (``import_failed`` says why)."""
        data = entries[0].config.data
        features = (data.feature0,) if data.add_intercept else (data.feature0, data.feature1)
        if self.importer.busy:
            return False
        self._experiment = list(entries)
        if not self.importer.start(data.path, data.target, features, data.add_intercept):
            self._experiment = None
            return False
        return True

    @property
    def experiment_waiting(self) -> bool:
        """True while an experiment file waits for its data to be read."""
        return self._experiment is not None

    @QtCore.Slot(object)
    def use_sample(self, sample: Sample) -> None:
        """Load a shipped sample (small: read at once)."""
        try:
            data = load_columns(sample.path, sample.target, sample.features, sample.intercept)
        except DataImportError as exc:
            self.fail(exc.problem)
            return
        feature1 = sample.features[1] if len(sample.features) > 1 else ""
        self._rate_for_sample = True
        try:
            self.apply(
                data,
                str(sample.path),
                sample.target,
                sample.features[0],
                feature1,
                sample.intercept,
            )
        finally:
            self._rate_for_sample = False

    @QtCore.Slot(object, str, str, str, str, bool)
    def apply(
        self,
        data: ImportedData,
        path: str,
        target: str,
        feature0: str,
        feature1: str,
        intercept: bool,
    ) -> None:
        """Make the new data the current data and start a fresh run on them (an
        experiment file's runs, if they were waiting for these data)."""
        window = self.window
        rows = data.dataset.size
        if self._experiment is not None:
            self._start_experiment(data, path)
            return
        config: ExperimentConfig = window.config
        new_data = replace(
            config.data,
            source="csv",
            path=path,
            target=target,
            feature0=feature0,
            feature1=feature1,
            add_intercept=intercept,
        )
        batching = config.batching
        if batching.batch_size > rows:
            batching = replace(batching, batch_size=rows)
        config = replace(config, data=new_data, batching=batching)
        notes = []
        if self._rate_for_sample:
            # A sample is a ready-made lesson: start it at a rate that converges
            # (half the stable limit) rather than at one meant for other data.
            rate = suggested_rate(data.dataset, new_data.standardize)
            if rate is not None and rate < config.learning_rate:
                config = replace(config, learning_rate=rate)
                notes.append(
                    self.tr("learning rate set to {0:g}, half the stable limit").format(rate)
                )
        self.dataset = data.dataset
        window.panel.set_rows(rows)
        window.panel.set_config(config)
        message = self.tr("Read {0}: {1} rows").format(Path(path).name, rows)
        if data.skipped is not None:
            message += "; " + describe_fact(data.skipped)
        for note in notes:
            message += "; " + note
        window.statusBar().showMessage(message)
        window.log_view.note("-- " + message)
        window.load(config, data.dataset)

    def _start_experiment(self, data: ImportedData, path: str) -> None:
        entries, self._experiment = self._experiment, None
        assert entries is not None
        window = self.window
        self.dataset = data.dataset
        window.panel.set_rows(data.dataset.size)
        window.panel.set_config(entries[0].config)
        message = self.tr("Read {0}: {1} rows").format(Path(path).name, data.dataset.size)
        if data.skipped is not None:
            message += "; " + describe_fact(data.skipped)
        window.statusBar().showMessage(message)
        window.log_view.note("-- " + message)
        window.load_race(entries, data.dataset, selected=0)

    @QtCore.Slot()
    def cancelled(self) -> None:
        """A load was cancelled: the current data and run stay, and an experiment
        waiting for the data is not opened."""
        if self._experiment is not None:
            self._experiment = None
            self.window.statusBar().showMessage(
                self.tr("Experiment not opened: reading its data was cancelled")
            )

    @QtCore.Slot(object)
    def fail(self, failure: Problem) -> None:
        """Show why the data could not be read; nothing else changes."""
        self._experiment = None
        message = describe(failure)
        self.window.panel.show_problems([failure])
        self.window.statusBar().showMessage(self.tr("Data not loaded: {0}").format(message))
        self.window.log_view.note(self.tr("-- data not loaded: {0}").format(message))

    def shutdown(self) -> None:
        self.importer.shutdown()
