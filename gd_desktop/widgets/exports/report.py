"""How a save or an export says it failed: a window-modal message box (opened
without a nested event loop), the status bar and the log. The previous file is
unchanged; the message says so."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.files import FileProblem
from gd_desktop.widgets.messages import describe

# The object name of the message box that says a file was not written.
WRITE_FAILED_BOX = "writeFailedBox"


def show_write_failed(window: Any, failure: FileProblem) -> bool:
    """Say why a file could not be written; returns False (for the caller to return)."""
    message = describe(failure.problems[0])
    window.statusBar().showMessage(message)
    window.log_view.note("-- " + message)
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Warning,
        QtCore.QCoreApplication.translate("MainWindow", "File not written"),
        message,
        QtWidgets.QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName(WRITE_FAILED_BOX)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # paths are never markup
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    box.open()
    return False


def show_exported(window: Any, path: str) -> None:
    window.statusBar().showMessage(
        QtCore.QCoreApplication.translate("MainWindow", "Exported {0}").format(path)
    )
