"""CSV import through the GUI: the real importer, its worker thread and real files."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.csv_import import INTERCEPT_NAME, DataImportError, ImportedData, load_columns
from gd_desktop.runtime.worker import live_threads
from gd_desktop.widgets.column_dialog import COLUMN_DIALOG, ColumnDialog
from gd_desktop.widgets.data_import import IMPORT_PROGRESS, DataImporter
from gd_desktop.widgets.messages import describe_fact

LARGE_ROWS = 300_000
RESULT_TIMEOUT_MS = 30_000


class ImportSpy(QtCore.QObject):
    """Records what the importer reports; lives in the GUI thread like the window."""

    def __init__(self, importer: DataImporter) -> None:
        super().__init__()
        self.imported: list[tuple[ImportedData, str, str, str, str, bool]] = []
        self.failed: list[str] = []
        self.cancelled = 0
        self.progress: list[int] = []
        importer.imported.connect(self.on_imported)
        importer.import_failed.connect(self.on_failed)
        importer.import_cancelled.connect(self.on_cancelled)
        importer.progressed.connect(self.on_progressed)

    @QtCore.Slot(object, str, str, str, str, bool)
    def on_imported(self, *args) -> None:  # type: ignore[no-untyped-def]
        self.imported.append(args)

    @QtCore.Slot(str)
    def on_failed(self, message: str) -> None:
        self.failed.append(message)

    @QtCore.Slot()
    def on_cancelled(self) -> None:
        self.cancelled += 1

    @QtCore.Slot(int)
    def on_progressed(self, percent: int) -> None:
        self.progress.append(percent)

    @property
    def results(self) -> int:
        return len(self.imported) + len(self.failed) + self.cancelled


@pytest.fixture
def window(qtbot) -> QtWidgets.QMainWindow:
    w = QtWidgets.QMainWindow()
    w.resize(640, 480)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def importer(window) -> Iterator[DataImporter]:
    """A real importer on the window; its thread is stopped even when the test fails."""
    data_importer = DataImporter(window)
    try:
        yield data_importer
    finally:
        assert data_importer.shutdown()


@pytest.fixture
def spy(importer) -> ImportSpy:
    return ImportSpy(importer)


@pytest.fixture(scope="module")
def large_csv(tmp_path_factory) -> Path:
    """A header "x0,x1,y" and LARGE_ROWS rows of three numbers (about 8 MB)."""
    path = tmp_path_factory.mktemp("large") / "large.csv"
    table = np.random.default_rng(1).standard_normal((LARGE_ROWS, 3))
    np.savetxt(path, table, delimiter=",", fmt="%.6f", header="x0,x1,y", comments="")
    return path


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def progress_dialog(window: QtWidgets.QWidget) -> QtWidgets.QProgressDialog:
    dialog = window.findChild(QtWidgets.QProgressDialog, IMPORT_PROGRESS)
    assert dialog is not None
    return dialog


def column_dialog(window: QtWidgets.QWidget) -> ColumnDialog:
    dialog = window.findChild(ColumnDialog, COLUMN_DIALOG)
    assert dialog is not None
    return dialog


def wait_result(qtbot, importer: DataImporter, spy: ImportSpy) -> None:
    qtbot.waitUntil(lambda: spy.results > 0, timeout=RESULT_TIMEOUT_MS)
    assert not importer.busy


def test_a_good_file_loads_with_its_skipped_rows(qtbot, window, importer, spy, tmp_path) -> None:
    path = write(tmp_path, "good.csv", "x0,x1,y\n1,2,3\n4,5,9\n7,oops,1\n2.5,1,4\n,3,3\n")
    assert importer.start(path, "y", ("x0", "x1"))
    assert importer.busy
    assert importer.worker_thread in live_threads()
    wait_result(qtbot, importer, spy)

    assert spy.failed == [] and spy.cancelled == 0
    [(data, got_path, target, feature0, feature1, add_intercept)] = spy.imported
    assert (got_path, target, feature0, feature1, add_intercept) == (path, "y", "x0", "x1", False)
    assert np.array_equal(data.dataset.features, [[1, 2], [4, 5], [2.5, 1]])
    assert np.array_equal(data.dataset.target, [3, 9, 4])
    assert data.dataset.feature_names == ("x0", "x1")
    assert data.skipped_lines == (4, 6)
    assert data.skipped is not None and describe_fact(data.skipped) == "skipped 2 rows: 4, 6"
    assert spy.progress[-1] == 100
    assert not progress_dialog(window).isVisible()


def test_open_file_asks_for_columns_then_loads_a_line_fit(
    qtbot, window, importer, spy, tmp_path
) -> None:
    path = write(tmp_path, "line.csv", "x;y\n0;1\n1;3\n2;5\n")
    assert importer.open_file(path)
    dialog = column_dialog(window)
    qtbot.waitExposed(dialog)
    assert dialog.choice() == ("y", ("x",), True)
    qtbot.mouseClick(dialog.ok_button, QtCore.Qt.MouseButton.LeftButton)
    wait_result(qtbot, importer, spy)

    [(data, got_path, target, feature0, feature1, add_intercept)] = spy.imported
    assert (got_path, target, feature0, feature1, add_intercept) == (path, "y", "x", "", True)
    assert np.array_equal(data.dataset.features, [[1, 0], [1, 1], [1, 2]])
    assert np.array_equal(data.dataset.target, [1, 3, 5])
    assert data.dataset.feature_names == (INTERCEPT_NAME, "x")
    assert data.skipped is None


def test_cancelling_the_column_dialog_loads_nothing(qtbot, window, importer, spy, tmp_path):
    path = write(tmp_path, "line.csv", "x,y\n0,1\n1,3\n")
    assert importer.open_file(path)
    column_dialog(window).reject()
    assert not importer.busy and spy.results == 0
    assert importer.open_file(path)  # the next one opens


BAD_FILES = {
    "text everywhere": ("text.csv", "name,city\nann,paris\nbob,rome\n"),
    "empty": ("empty.csv", ""),
    "binary": ("binary.csv", bytes(range(256)) * 4),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
@pytest.mark.parametrize("how", ["start", "open_file"])
def test_a_bad_file_gives_the_importers_message(
    qtbot, window, importer, spy, tmp_path, kind, how
) -> None:
    path = write(tmp_path, *BAD_FILES[kind])
    with pytest.raises(DataImportError) as expected:
        load_columns(path, "y", ("x0", "x1"))
    if how == "start":
        assert importer.start(path, "y", ("x0", "x1"))
        wait_result(qtbot, importer, spy)
    else:
        assert not importer.open_file(path)  # inspected in the GUI thread, no dialog
        assert window.findChild(ColumnDialog, COLUMN_DIALOG) is None
    assert spy.failed == [expected.value.problem]
    assert spy.imported == [] and spy.cancelled == 0
    assert not importer.busy


def test_a_column_the_file_lacks_fails_in_the_worker(qtbot, importer, spy, tmp_path) -> None:
    path = write(tmp_path, "good.csv", "x0,x1,y\n1,2,3\n4,5,9\n")
    with pytest.raises(DataImportError) as expected:
        load_columns(path, "price", ("x0", "x1"))
    assert importer.start(path, "price", ("x0", "x1"))
    wait_result(qtbot, importer, spy)
    assert spy.failed == [expected.value.problem] and spy.imported == []


@pytest.mark.parametrize("how", ["cancel()", "Cancel button"])
def test_cancel_during_a_large_load_imports_nothing(
    qtbot, window, importer, spy, large_csv, how
) -> None:
    def cancel_once_started(percent: int) -> None:
        if percent > 0 and importer.busy:
            if how == "cancel()":
                importer.cancel()
            else:
                button = progress_dialog(window).findChild(QtWidgets.QPushButton)
                assert button is not None
                button.click()

    importer.progressed.connect(cancel_once_started)
    assert importer.start(str(large_csv), "y", ("x0", "x1"))
    wait_result(qtbot, importer, spy)
    importer.progressed.disconnect(cancel_once_started)

    assert spy.cancelled == 1 and spy.imported == [] and spy.failed == []
    assert 0 < spy.progress[-1] < 100
    assert not progress_dialog(window).isVisible()
    # Idle and ready for the next load, which is not cancelled.
    assert importer.start(str(large_csv), "y", ("x0", "x1"))
    qtbot.waitUntil(lambda: spy.imported != [], timeout=RESULT_TIMEOUT_MS)
    assert spy.imported[0][0].dataset.size == LARGE_ROWS


def test_the_event_loop_keeps_ticking_during_a_large_load(
    qtbot, window, importer, spy, large_csv
) -> None:
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QtCore.QTimer()
    timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    ticks_at_progress: list[int] = []  # ticks seen by each progress report
    importer.progressed.connect(lambda _p: ticks_at_progress.append(len(gaps)))
    timer.start()
    last[0] = time.perf_counter()
    assert importer.start(str(large_csv), "y", ("x0", "x1"))
    wait_result(qtbot, importer, spy)
    timer.stop()

    assert len(spy.imported) == 1 and spy.imported[0][0].dataset.size == LARGE_ROWS
    assert len(gaps) >= 5  # it ticked all along
    # Ticks between progress reports: the loop ran while the file was read, not
    # only after. How long a gap may be is a speed target, make bench's.
    rises = sum(b > a for a, b in zip(ticks_at_progress, ticks_at_progress[1:], strict=False))
    assert rises >= 3, f"the timer ticked between only {rises} progress reports"
    assert spy.progress == sorted(spy.progress) and spy.progress[-1] == 100


def test_shutdown_during_a_load_stops_the_thread(qtbot, importer, spy, large_csv) -> None:
    assert importer.shutdown()  # never started: nothing to stop
    assert importer.start(str(large_csv), "y", ("x0", "x1"))
    qtbot.waitUntil(lambda: spy.progress != [], timeout=RESULT_TIMEOUT_MS)
    thread = importer.worker_thread
    began = time.perf_counter()
    assert importer.shutdown()
    assert time.perf_counter() - began < 3.5  # a bounded wait
    assert not thread.isRunning() and live_threads() == []
    assert not importer.busy
    QtCore.QCoreApplication.processEvents()
    assert spy.results == 0  # a result still queued is dropped


# -- the column dialog -----------------------------------------------------------------
def dialog_for(qtbot, tmp_path: Path, content: str) -> ColumnDialog:
    from gd_desktop.core.csv_import import inspect_csv

    dialog = ColumnDialog(inspect_csv(write(tmp_path, "table.csv", content)))
    qtbot.addWidget(dialog)
    return dialog


def items(combo: QtWidgets.QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def select(combo: QtWidgets.QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_column_dialog_defaults_and_numeric_columns_only(qtbot, tmp_path) -> None:
    dialog = dialog_for(qtbot, tmp_path, "name;a;b;c\nann;1;2;3\nbob;4;5;6\ncy;7;8;9\n")
    assert dialog.objectName() == COLUMN_DIALOG
    assert items(dialog.target_combo) == ["a", "b", "c"]
    assert items(dialog.feature0_combo) == [INTERCEPT_NAME, "a", "b", "c"]
    assert items(dialog.feature1_combo) == ["a", "b", "c"]
    assert dialog.choice() == ("c", ("a", "b"), False)
    assert dialog.ok_button.isEnabled()
    labels = [label.text() for label in dialog.findChildren(QtWidgets.QLabel)]
    assert {"table.csv", "semicolon", "yes", "about 3"} <= set(labels)


def test_column_dialog_with_two_numeric_columns_fits_a_line(qtbot, tmp_path) -> None:
    dialog = dialog_for(qtbot, tmp_path, "1\t2\n3\t4\n5\t6\n")
    assert dialog.choice() == ("column 2", ("column 1",), True)
    assert dialog.ok_button.isEnabled()
    labels = [label.text() for label in dialog.findChildren(QtWidgets.QLabel)]
    assert {"tab", "no"} <= set(labels)


def test_column_dialog_with_one_numeric_column_cannot_be_accepted(qtbot, tmp_path) -> None:
    dialog = dialog_for(qtbot, tmp_path, "name,y\nann,1\nbob,2\n")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem()


def test_column_dialog_refuses_a_column_used_twice(qtbot, tmp_path) -> None:
    dialog = dialog_for(qtbot, tmp_path, "a,b,c\n1,2,3\n4,5,6\n")
    dialog.show()
    qtbot.waitExposed(dialog)
    cases = [
        (("c", "a", "a"), False),  # the same feature twice
        (("c", "a", "c"), False),  # the target as a feature
        (("a", "a", "b"), False),
        (("c", INTERCEPT_NAME, "c"), False),
        (("c", INTERCEPT_NAME, "b"), True),
        (("a", "b", "c"), True),
    ]
    for (target, first, second), valid in cases:
        select(dialog.target_combo, target)
        select(dialog.feature0_combo, first)
        select(dialog.feature1_combo, second)
        assert dialog.ok_button.isEnabled() is valid, (target, first, second)
        assert dialog.problem_label.isVisible() is not valid
        assert bool(dialog.problem()) is not valid
    assert dialog.choice() == ("a", ("b", "c"), False)
    select(dialog.feature0_combo, INTERCEPT_NAME)
    assert dialog.choice() == ("a", ("c",), True)
