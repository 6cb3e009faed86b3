"""CSV import in the GUI: choose the columns, then load the file in a worker thread.

``DataImporter`` (GUI thread) owns an ``ImportWorker`` that lives in its own
QThread, shows a window-modal progress dialog with Cancel, and reports the result
as ``imported``, ``import_failed`` or ``import_cancelled``. It never raises into
Qt: every problem with a file arrives as ``import_failed`` with the importer's
message, so the caller's current dataset and run stay as they were.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.csv_import import (
    DataImportError,
    ImportCancelled,
    ImportedData,
    inspect_csv,
    load_columns,
)
from gd_desktop.core.csv_inspect import display_name
from gd_desktop.core.files import FileProblem, regular_size
from gd_desktop.core.problems import Problem, problem
from gd_desktop.runtime.threads import GIL_SWITCH_SECONDS, STOP_WAIT_MS, track_thread
from gd_desktop.widgets.column_dialog import ColumnDialog

IMPORT_PROGRESS = "importProgress"
# Characters per np.loadtxt call in the worker (about 9k lines of three numbers).
# loadtxt holds the GIL for a whole chunk: the core's 4 MB chunks stalled the GUI
# for about 100 ms each; this size keeps stalls to a few ms at the same throughput.
IMPORT_CHUNK_CHARS = 256 << 10
SHOW_PROGRESS_AFTER_MS = 300


class ImportWorker(QtCore.QObject):
    """Loads a CSV file in its own thread; cancelled between chunks by an Event."""

    progressed = QtCore.Signal(int)  # whole percent of the file read
    loaded = QtCore.Signal(object)  # ImportedData
    failed = QtCore.Signal(object)  # Problem
    cancelled = QtCore.Signal()

    def __init__(self, chunk_chars: int = IMPORT_CHUNK_CHARS) -> None:
        super().__init__()
        self.chunk_chars = chunk_chars
        # Set from any thread; polled by load_columns before each chunk.
        self.cancel_requested = threading.Event()
        self._percent = -1

    @QtCore.Slot(str, str, object, bool)
    def load(self, path: str, target: str, features: Sequence[str], add_intercept: bool) -> None:
        """Import ``path``; emits exactly one of ``loaded``, ``failed``, ``cancelled``."""
        self._percent = -1
        columns = (features,) if isinstance(features, str) else tuple(features)
        try:
            imported = load_columns(
                path,
                target,
                columns,
                add_intercept,
                progress=self._progress,
                cancelled=self.cancel_requested.is_set,
                chunk_chars=self.chunk_chars,
            )
        except ImportCancelled:
            self.cancelled.emit()
        except DataImportError as exc:
            self.failed.emit(exc.problem)
        except MemoryError:
            self.failed.emit(problem("no_memory", path=path))
        except Exception as exc:  # a bug must still end the load, or the GUI waits forever
            self.failed.emit(problem("load_error", detail=f"{path}: {type(exc).__name__}: {exc}"))
        else:
            self.loaded.emit(imported)

    def _progress(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != self._percent:  # at most 101 signals a load
            self._percent = percent
            self.progressed.emit(percent)


class DataImporter(QtCore.QObject):
    """GUI-side owner of the import thread, the column dialog and the progress dialog.

    ``imported`` carries the data and the choice that made it (``feature1`` is ""
    with an intercept), so the caller can record it in its data config.
    """

    imported = QtCore.Signal(object, str, str, str, str, bool)
    import_failed = QtCore.Signal(object)  # Problem
    import_cancelled = QtCore.Signal()
    progressed = QtCore.Signal(int)  # whole percent, relayed in the GUI thread
    load_requested = QtCore.Signal(str, str, object, bool)

    def __init__(
        self, parent: QtCore.QObject | None = None, chunk_chars: int = IMPORT_CHUNK_CHARS
    ) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_SECONDS))
        self.worker = ImportWorker(chunk_chars)
        self.worker_thread = QtCore.QThread()
        self.worker_thread.setObjectName("gd-desktop-import-worker")
        self.worker.moveToThread(self.worker_thread)
        self.load_requested.connect(self.worker.load, QtCore.Qt.ConnectionType.QueuedConnection)
        self.worker.progressed.connect(self._on_progressed)
        self.worker.loaded.connect(self._on_loaded)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        track_thread(self.worker_thread)
        self._request: tuple[str, str, tuple[str, ...], bool] | None = None
        self._last_percent = -1
        self._progress_dialog: QtWidgets.QProgressDialog | None = None
        self._column_dialog: ColumnDialog | None = None

    @property
    def busy(self) -> bool:
        """True from ``start`` until the load has been reported (or shut down)."""
        return self._request is not None

    def open_file(self, path: str) -> bool:
        """Look at ``path`` and ask for the columns; the load starts when the dialog is accepted.

        Returns False when nothing was opened: an import is running, or the file
        cannot be imported (then ``import_failed`` says why).
        """
        if self.busy or self._column_dialog is not None:
            return False
        if not self._regular(path):
            return False
        try:
            info = inspect_csv(path)
        except DataImportError as exc:
            self.import_failed.emit(exc.problem)
            return False
        dialog = ColumnDialog(info, self._parent_widget())
        dialog.finished.connect(self._on_column_dialog_finished)
        self._column_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop
        return True

    def start(
        self, path: str, target: str, features: Sequence[str], add_intercept: bool = False
    ) -> bool:
        """Begin loading in the worker thread; False (nothing done) if one is running."""
        if self.busy or not self._regular(path):
            return False
        self._request = (path, target, tuple(features), add_intercept)
        self._last_percent = -1
        self.worker.cancel_requested.clear()
        if not self.worker_thread.isRunning():
            self.worker_thread.start()
        self._show_progress(path)
        self.load_requested.emit(path, target, tuple(features), add_intercept)
        return True

    def _regular(self, path: str) -> bool:
        """False (and ``import_failed``) for a pipe, device or folder: opening a FIFO
        waits for a writer forever, a device never ends. Other problems are the
        importer's to report."""
        try:
            regular_size(path)
        except FileProblem as exc:
            if exc.first.code == "not_regular":
                self.import_failed.emit(exc.first)
                return False
        return True

    def cancel(self) -> None:
        """Ask the running load to stop; ``import_cancelled`` follows."""
        if self.busy:
            self.worker.cancel_requested.set()

    def shutdown(self) -> bool:
        """Cancel any load and stop the thread within a bounded wait; True if it stopped."""
        self.worker.cancel_requested.set()
        self._finish()  # a result still on its way is dropped
        if self._column_dialog is not None:
            self._column_dialog.reject()
        if self._progress_dialog is not None:
            # A child of the parent window: it would outlive this importer.
            self._progress_dialog.deleteLater()
            self._progress_dialog = None
        if not self.worker_thread.isRunning():
            return True
        self.worker_thread.quit()
        return bool(self.worker_thread.wait(STOP_WAIT_MS))

    # -- results (queued from the worker) ----------------------------------------------
    @QtCore.Slot(int)
    def _on_progressed(self, percent: int) -> None:
        if not self.busy or percent <= self._last_percent:
            return
        # Relay first: a shown window-modal dialog processes events in setValue, so
        # a newer percent (or the result) may be handled inside that call.
        self._last_percent = percent
        self.progressed.emit(percent)
        if self._progress_dialog is not None and self.busy:
            # The dialog is only hidden when the result arrives, never deleted here.
            self._progress_dialog.setValue(percent)

    @QtCore.Slot(object)
    def _on_loaded(self, data: ImportedData) -> None:
        request = self._finish()
        if request is not None:
            path, target, features, add_intercept = request
            second = features[1] if len(features) > 1 else ""
            self.imported.emit(data, path, target, features[0], second, add_intercept)

    @QtCore.Slot(object)
    def _on_failed(self, failure: Problem) -> None:
        if self._finish() is not None:
            self.import_failed.emit(failure)

    @QtCore.Slot()
    def _on_cancelled(self) -> None:
        if self._finish() is not None:
            self.import_cancelled.emit()

    def _finish(self) -> tuple[str, str, tuple[str, ...], bool] | None:
        """End the busy state and hide the progress; the request that was running."""
        request, self._request = self._request, None
        if self._progress_dialog is not None:
            self._progress_dialog.reset()
            self._progress_dialog.hide()
        return request

    # -- dialogs ------------------------------------------------------------------------
    def _parent_widget(self) -> QtWidgets.QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QtWidgets.QWidget) else None

    def _show_progress(self, path: str) -> None:
        dialog = self._progress_dialog
        if dialog is None:
            # One dialog, reused: it may be inside its own setValue when a load ends.
            dialog = QtWidgets.QProgressDialog(self._parent_widget())
            dialog.setObjectName(IMPORT_PROGRESS)
            dialog.setWindowTitle(self.tr("Importing data"))
            dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
            dialog.setRange(0, 100)
            dialog.setAutoReset(False)
            dialog.setAutoClose(False)
            dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
            dialog.canceled.connect(self.cancel)
            self._progress_dialog = dialog
        dialog.setLabelText(self.tr("Reading {0}...").format(display_name(path)))
        dialog.setValue(0)  # shows the dialog after the minimum duration

    @QtCore.Slot(int)
    def _on_column_dialog_finished(self, result: int) -> None:
        dialog, self._column_dialog = self._column_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result == QtWidgets.QDialog.DialogCode.Accepted.value:
            target, features, add_intercept = dialog.choice()
            self.start(dialog.info.path, target, features, add_intercept)
