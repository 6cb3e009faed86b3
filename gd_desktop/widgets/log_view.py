"""The log panel: the blog-format line of each update, the newest few thousand."""

from __future__ import annotations

import numpy as np
from PySide6 import QtWidgets

from gd_desktop.core.records import FIELDS, blog_line
from gd_desktop.widgets import names
from gd_desktop.widgets.fields import monospace_font

MAX_LINES = 5000
# At unlimited speed a frame may bring thousands of records; show the newest.
MAX_LINES_PER_FRAME = 40
# Where the fields of a blog line sit in a block of records, found by name.
STEP, W0, W1, MSE = (FIELDS.index(name) for name in ("step", "w0", "w1", "mse"))


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
        """Append the lines of records given as (fields, k) rows, fields in FIELDS order."""
        count = rows.shape[1]
        if count == 0:
            return
        lines = []
        skip = max(0, count - MAX_LINES_PER_FRAME)
        if skip:
            lines.append(self.tr("... {0} updates not shown ...").format(skip))
        for j in range(skip, count):
            step, w0, w1, mse = rows[STEP, j], rows[W0, j], rows[W1, j], rows[MSE, j]
            lines.append(blog_line(int(step), total, float(w0), float(w1), float(mse)))
        self.appendPlainText("\n".join(lines))

    def note(self, text: str) -> None:
        self.appendPlainText(text)
