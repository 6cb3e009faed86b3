"""The column dialog of a CSV import: the file's layout, and the target and features
to read (numeric columns only, at most MAX_DIALOG_COLUMNS listed)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.csv_import import INTERCEPT_NAME, CsvInfo
from gd_desktop.core.csv_inspect import display_name

COLUMN_DIALOG = "columnDialog"
# The combos list at most this many columns: a file that is one line of 100 MB may
# have hundreds of thousands of "columns", and Qt takes seconds to build such combos.
MAX_DIALOG_COLUMNS = 500


class ColumnDialog(QtWidgets.QDialog):
    """The file's layout, and combos for the target and the two features (numeric columns).

    Feature x0 may be the intercept: then the fit is a line in feature x1.
    """

    def __init__(self, info: CsvInfo, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName(COLUMN_DIALOG)
        self.setWindowTitle(self.tr("Import data"))
        delimiters = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        form = QtWidgets.QFormLayout()
        file_label = QtWidgets.QLabel(display_name(info.path))
        file_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # a name, never markup
        form.addRow(self.tr("File:"), file_label)
        form.addRow(
            self.tr("Delimiter:"), QtWidgets.QLabel(delimiters.get(info.delimiter, info.delimiter))
        )
        form.addRow(
            self.tr("Header row:"),
            QtWidgets.QLabel(self.tr("yes") if info.has_header else self.tr("no")),
        )
        rows = QtCore.QLocale().toString(info.estimated_rows)
        form.addRow(self.tr("Rows:"), QtWidgets.QLabel(self.tr("about {0}").format(rows)))

        numeric = info.numeric_columns
        self.numeric_count = len(numeric)
        columns = numeric[:MAX_DIALOG_COLUMNS]
        self.target_combo = self._combo(columns)
        self.feature0_combo = self._combo(columns, intercept=True)
        self.feature1_combo = self._combo(columns)
        form.addRow(self.tr("Target (y):"), self.target_combo)
        form.addRow(self.tr("Feature x0:"), self.feature0_combo)
        form.addRow(self.tr("Feature x1:"), self.feature1_combo)
        self.columns_note = QtWidgets.QLabel()
        if len(numeric) > len(columns):
            self.columns_note.setText(
                self.tr("Only the first {0} of {1} numeric columns are listed.").format(
                    len(columns), len(numeric)
                )
            )
            form.addRow(self.columns_note)
        self._set_defaults(columns)

        self.problem_label = QtWidgets.QLabel()
        self.problem_label.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        assert ok_button is not None
        self.ok_button = ok_button
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        for combo in (self.target_combo, self.feature0_combo, self.feature1_combo):
            combo.currentIndexChanged.connect(self._validate)
        self._validate()

    def choice(self) -> tuple[str, tuple[str, ...], bool]:
        """(target, features, add_intercept): one feature with the intercept, else two."""
        target = self.target_combo.currentData()
        first = self.feature0_combo.currentData()
        second = self.feature1_combo.currentData()
        if first is None:
            return target, (second,), True
        return target, (first, second), False

    def problem(self) -> str:
        """Why the current choice cannot be imported ("" when it can)."""
        if self.numeric_count < 2:
            return self.tr("The file needs at least two numeric columns.")
        target, features, _ = self.choice()
        if target in features:
            return self.tr("The target cannot also be a feature.")
        if len(set(features)) < len(features):
            return self.tr("Choose two different feature columns.")
        return ""

    def _combo(self, columns: Sequence[str], intercept: bool = False) -> QtWidgets.QComboBox:
        combo = QtWidgets.QComboBox()
        if intercept:
            combo.addItem(INTERCEPT_NAME, None)  # data None: no column, f0 = 1
        for name in columns:
            combo.addItem(name, name)
        return combo

    def _set_defaults(self, columns: Sequence[str]) -> None:
        """The last numeric column as target, the first one or two others as features."""
        if not columns:
            return
        self.target_combo.setCurrentIndex(len(columns) - 1)
        others = list(columns[:-1])
        if len(others) >= 2:
            self.feature0_combo.setCurrentIndex(self.feature0_combo.findData(others[0]))
            self.feature1_combo.setCurrentIndex(self.feature1_combo.findData(others[1]))
        elif others:
            self.feature0_combo.setCurrentIndex(0)  # the intercept
            self.feature1_combo.setCurrentIndex(self.feature1_combo.findData(others[0]))

    @QtCore.Slot()
    def _validate(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
