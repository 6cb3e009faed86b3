"""The log panel: the blog-format line of each update, the newest few thousand."""

from __future__ import annotations

import numpy as np
from PySide6 import QtWidgets

from gd_desktop.core.records import blog_line
from gd_desktop.widgets import names
from gd_desktop.widgets.fields import monospace_font

MAX_LINES = 5000
# At unlimited speed a frame may bring thousands of records; show the newest.
MAX_LINES_PER_FRAME = 40


class LogView(QtWidgets.QPlainTextEdit):
    """Read-only, bounded log of ``[i/total] w0:..., w1:..., MSE: ...`` lines."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(names.LOG_VIEW)
        self.setAccessibleName(self.tr("Update log"))
        self.setToolTip(
            self.tr("Every update in the blog's format: update/total, weights and full-data MSE.")
        )
        self.setReadOnly(True)
        self.setMaximumBlockCount(MAX_LINES)
        self.setFont(monospace_font())
        self.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)

    def add_rows(self, rows: np.ndarray, total: int) -> None:
        """Append the lines of records given as (fields, k) rows."""
        count = rows.shape[1]
        if count == 0:
            return
        lines = []
        skip = max(0, count - MAX_LINES_PER_FRAME)
        if skip:
            lines.append(self.tr("... {0} updates not shown ...").format(skip))
        for j in range(skip, count):
            lines.append(
                blog_line(
                    int(rows[0, j]), total, float(rows[2, j]), float(rows[3, j]), float(rows[4, j])
                )
            )
        self.appendPlainText("\n".join(lines))

    def note(self, text: str) -> None:
        self.appendPlainText(text)
