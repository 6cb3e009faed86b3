"""The race table: one row per run, with its colour, a show/hide box and a live summary.

It is the legend of every view as well as the summary: the colour swatch is the
run's colour everywhere, and unticking a run hides it in every view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.landscape_races import ALL_READY_RACES
from gd_desktop.core.race import MAX_RUNS, RaceEntry, RunSummary
from gd_desktop.widgets import names
from gd_desktop.widgets.messages import run_name
from gd_desktop.widgets.numbers import summary_value
from gd_desktop.widgets.optimizer_text import rule_title, schedule_title
from gd_desktop.widgets.race_notes import race_note
from gd_desktop.widgets.run_labels import shown_label
from gd_desktop.widgets.sample_text import race_title

COLUMNS = (
    "run",
    "rule",
    "batches",
    "rate",
    "update",
    "final",
    "best",
    "target",
    "distance",
    "status",
)


ROW_HEIGHT = 24


class RacePanel(QtWidgets.QWidget):
    """Runs of the race; selecting a row chooses the run the parameter panel edits."""

    lane_selected = QtCore.Signal(int)
    visibility_changed = QtCore.Signal(int, bool)
    add_requested = QtCore.Signal()
    remove_requested = QtCore.Signal()
    race_requested = QtCore.Signal(str)
    target_changed = QtCore.Signal(object)  # the target MSE, or None for the default

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self._filling = False
        self.shown_entries: list[RaceEntry] = []
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        buttons = QtWidgets.QHBoxLayout()
        self.race_combo = QtWidgets.QComboBox()
        self.race_combo.setObjectName(names.RACE_COMBO)
        # Sized to a short title, not the longest one, so the dock fits a small screen
        # at a large font; the open list still shows every title whole.
        self.race_combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.race_combo.setMinimumContentsLength(18)
        self.race_combo.setAccessibleName(self.tr("Ready-made race"))
        self.race_combo.addItem(self.tr("Ready-made race..."), "")
        for key in ALL_READY_RACES:
            self.race_combo.addItem(race_title(key), key)
        self.race_combo.setToolTip(
            self.tr("Load a race that answers a question: replaces the runs below.")
        )
        self.race_combo.activated.connect(self._race_chosen)
        self.note_label = QtWidgets.QLabel()
        self.note_label.setObjectName(names.RACE_NOTE)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #9aa0a6; font-size: 11px;")
        self.note_label.hide()
        self.add_button = QtWidgets.QPushButton(self.tr("Add run"))
        self.add_button.setObjectName(names.ADD_RUN_BUTTON)
        self.add_button.setToolTip(
            self.tr(
                "Add a copy of the selected run in a new colour (up to {0}); then change "
                "its rule, batches or rate in the parameter panel."
            ).format(MAX_RUNS)
        )
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QtWidgets.QPushButton(self.tr("Remove run"))
        self.remove_button.setObjectName(names.REMOVE_RUN_BUTTON)
        self.remove_button.setToolTip(self.tr("Remove the selected run from the race."))
        self.remove_button.clicked.connect(self.remove_requested)
        self.target_input = QtWidgets.QLineEdit()
        self.target_input.setObjectName(names.TARGET_INPUT)
        self.target_input.setAccessibleName(self.tr("Target MSE"))
        self.target_input.setPlaceholderText(self.tr("auto"))
        self.target_input.setMaximumWidth(110)
        self.target_input.setToolTip(
            self.tr(
                "The MSE the 'To target' column counts updates to. Empty: 1/1000 of the "
                "way from the start's MSE to the optimum's (above the optimum)."
            )
        )
        self.target_input.editingFinished.connect(self._target_edited)
        buttons.addWidget(self.race_combo, 1)
        buttons.addWidget(QtWidgets.QLabel(self.tr("Target MSE")))
        buttons.addWidget(self.target_input)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        layout.addWidget(self.note_label)

        headers = {
            "run": (
                self.tr("Run"),
                self.tr("Tick to show the run in every view; its colour there."),
            ),
            "rule": (self.tr("Rule"), self.tr("Update rule, and the schedule if not constant.")),
            "batches": (self.tr("Batches"), self.tr("Which rows each update uses.")),
            "rate": (self.tr("Rate"), self.tr("The learning rate in effect at the last update.")),
            "update": (self.tr("Update"), self.tr("Updates done.")),
            "final": (self.tr("MSE"), self.tr("Full-data MSE after the last update.")),
            "best": (self.tr("Best MSE"), self.tr("Lowest full-data MSE so far.")),
            "target": (
                self.tr("To target"),
                self.tr(
                    "Updates until the MSE reached the target MSE (set above; by default "
                    "1/1000 of the way from the start's MSE to the optimum's); — if not yet."
                ),
            ),
            "distance": (self.tr("Distance"), self.tr("Distance from the weights to the optimum.")),
            "status": (self.tr("Status"), self.tr("Running, finished, or diverged.")),
        }
        self.table = QtWidgets.QTableWidget(0, len(COLUMNS))
        self.table.setObjectName(names.RACE_TABLE)
        self.table.setAccessibleName(self.tr("Race summary"))
        for column, key in enumerate(COLUMNS):
            title, tip = headers[key]
            item = QtWidgets.QTableWidgetItem(title)
            item.setToolTip(tip)
            self.table.setHorizontalHeaderItem(column, item)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.setToolTip(
            self.tr(
                "Runs race in lockstep on the same data: update k of every run is done "
                "before update k+1 of any. Select a run to edit it."
            )
        )

    # -- public API ------------------------------------------------------------------
    def set_note(self, key: str | None) -> None:
        """What to watch in the ready-made race ``key`` (None or no note: hidden)."""
        text = race_note(key) if key else ""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def set_entries(self, entries: Sequence[RaceEntry], selected: int) -> None:
        """One row per run (the summaries empty until ``set_summary``)."""
        self._filling = True
        self.shown_entries = list(entries)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            swatch = QtGui.QPixmap(12, 12)
            swatch.fill(QtGui.QColor(entry.color))
            item = QtWidgets.QTableWidgetItem(QtGui.QIcon(swatch), shown_label(run_name(entry)))
            item.setFlags(
                QtCore.Qt.ItemFlag.ItemIsEnabled
                | QtCore.Qt.ItemFlag.ItemIsSelectable
                | QtCore.Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(QtCore.Qt.CheckState.Checked)
            self.table.setItem(row, 0, item)
            self._set(row, "rule", describe_rule(entry.config))
            self._set(row, "batches", describe_batches(entry.config))
            self._set(row, "rate", summary_value(entry.config.learning_rate))
            for key in ("update", "final", "best", "target", "distance", "status"):
                self._set(row, key, "")
        self.table.selectRow(selected)
        self.add_button.setEnabled(len(entries) < MAX_RUNS)
        self.remove_button.setEnabled(len(entries) > 1)
        self._filling = False

    def retranslate(self) -> None:
        """The runs' names, rules and batches again, in the language in use."""
        self._filling = True
        for row, entry in enumerate(self.shown_entries[: self.table.rowCount()]):
            item = self.table.item(row, 0)
            if item is not None:
                item.setText(shown_label(run_name(entry)))
            self._set(row, "rule", describe_rule(entry.config))
            self._set(row, "batches", describe_batches(entry.config))
        self._filling = False

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()

    def set_summary(self, lane: int, summary: RunSummary, rate: float, running: bool) -> None:
        if lane >= self.table.rowCount():
            return
        self._set(lane, "rate", summary_value(rate))
        self._set(lane, "update", f"{summary.step:,}")
        self._set(lane, "final", summary_value(summary.final_mse))
        self._set(lane, "best", summary_value(summary.best_mse))
        self._set(lane, "target", "—" if summary.to_target is None else f"{summary.to_target:,}")
        self._set(lane, "distance", summary_value(summary.distance))
        if summary.diverged:
            status = self.tr("diverged")
        elif summary.stop_reason:
            status = self.tr("finished")
        else:
            if running:
                status = self.tr("running")
            else:
                status = self.tr("paused") if summary.step else self.tr("ready")
        self._set(lane, "status", status)
        item = self.table.item(lane, COLUMNS.index("status"))
        if item is not None:
            # Diverged in red; otherwise the theme's own text colour.
            foreground = QtGui.QBrush(QtGui.QColor("#e0554d")) if summary.diverged else None
            item.setData(QtCore.Qt.ItemDataRole.ForegroundRole, foreground)

    def cell(self, lane: int, key: str) -> str:
        item = self.table.item(lane, COLUMNS.index(key))
        return item.text() if item is not None else ""

    def is_visible(self, lane: int) -> bool:
        item = self.table.item(lane, 0)
        return item is None or item.checkState() == QtCore.Qt.CheckState.Checked

    def set_lane_visible(self, lane: int, on: bool) -> None:
        item = self.table.item(lane, 0)
        if item is not None:
            state = QtCore.Qt.CheckState.Checked if on else QtCore.Qt.CheckState.Unchecked
            item.setCheckState(state)

    # -- reactions -----------------------------------------------------------------------
    def _set(self, row: int, key: str, text: str) -> None:
        column = COLUMNS.index(key)
        item = self.table.item(row, column)
        if item is None:
            item = QtWidgets.QTableWidgetItem(text)
            item.setFlags(QtCore.Qt.ItemFlag.ItemIsEnabled | QtCore.Qt.ItemFlag.ItemIsSelectable)
            if key not in ("rule", "batches", "status"):
                item.setTextAlignment(
                    QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
                )
            self.table.setItem(row, column, item)
        elif item.text() != text:
            item.setText(text)

    @QtCore.Slot(QtWidgets.QTableWidgetItem)
    def _item_changed(self, item: QtWidgets.QTableWidgetItem) -> None:
        if not self._filling and item.column() == 0:
            self.visibility_changed.emit(
                item.row(), item.checkState() == QtCore.Qt.CheckState.Checked
            )

    @QtCore.Slot()
    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self._filling:
            self.lane_selected.emit(rows[0].row())

    @QtCore.Slot()
    def _target_edited(self) -> None:
        text = self.target_input.text().strip()
        if not text:
            self._mark_target(None)
            self.target_changed.emit(None)
            return
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and value >= 0):
            self._mark_target(self.tr("The target MSE must be a number >= 0, or empty (auto)."))
            return
        self._mark_target(None)
        self.target_changed.emit(value)

    def _mark_target(self, problem: str | None) -> None:
        self.target_input.setStyleSheet(
            "QLineEdit { border: 1px solid #e0554d; background: #3a2326; }" if problem else ""
        )
        self.target_input.setProperty("problem", problem or "")
        if problem:
            QtWidgets.QToolTip.showText(
                self.target_input.mapToGlobal(QtCore.QPoint(0, self.target_input.height())),
                problem,
                self.target_input,
            )

    @QtCore.Slot(int)
    def _race_chosen(self, index: int) -> None:
        key = self.race_combo.itemData(index)
        with QtCore.QSignalBlocker(self.race_combo):
            self.race_combo.setCurrentIndex(0)
        if key:
            self.race_requested.emit(key)


def describe_rule(config: ExperimentConfig) -> str:
    text = rule_title(config.optimizer.name)
    if config.schedule.kind != "constant":
        text += f" + {schedule_title(config.schedule.kind)}"
    return text


def describe_batches(config: ExperimentConfig) -> str:
    b = config.batching
    if b.method == "batch":
        return QtCore.QCoreApplication.translate("RacePanel", "full batch")
    if b.method == "sgd":
        return QtCore.QCoreApplication.translate("RacePanel", "SGD")
    return QtCore.QCoreApplication.translate("RacePanel", "mini-batch {0}").format(b.batch_size)


def auto_label(index: int, config: ExperimentConfig) -> str:
    """A run's name from its place and what makes it differ: "2. Adam, SGD"."""
    text = f"{index + 1}. {describe_rule(config)}"
    if config.batching.method != "batch":
        text += f", {describe_batches(config)}"
    return text
