"""Helpers for driving the real main window: a record spy, waits, user-like input, readouts."""

from __future__ import annotations

import bisect
import math

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.records import FIELDS
from gd_desktop.core.run import Run
from gd_desktop.runtime.worker import RecordBlock
from gd_desktop.widgets import names
from gd_desktop.widgets.main_window import MainWindow

UNLIMITED_POSITION = "max"
READOUT_NUMBERS = {
    names.READOUT_W0: 2,
    names.READOUT_W1: 3,
    names.READOUT_MSE: 4,
}


class RecordSpy(QtCore.QObject):
    """Records every ``RecordBlock`` the worker emits, per run id.

    It lives in the GUI thread, so the worker's signal is queued to it, exactly
    like the window's own connection (and delivered just after it).
    """

    def __init__(self) -> None:
        super().__init__()
        self._blocks: dict[int, list[RecordBlock]] = {}
        self._starts: dict[int, list[int]] = {}
        self._lanes: dict[tuple[int, int], int] = {}
        self.emitted = 0
        self.errors: list[str] = []

    @QtCore.Slot(object)
    def on_records(self, block: RecordBlock) -> None:
        if block.lane != 0:  # a race's other runs: only their order is checked
            expected = self._lanes.get((block.run_id, block.lane), 0)
            if block.start != expected:
                self.errors.append(
                    f"run {block.run_id} lane {block.lane}: starts at {block.start}, not {expected}"
                )
            self._lanes[(block.run_id, block.lane)] = block.stop
            self.emitted += 1
            return
        expected = self.count(block.run_id)
        if block.start != expected:
            self.errors.append(f"run {block.run_id}: block starts at {block.start}, not {expected}")
        self._blocks.setdefault(block.run_id, []).append(block)
        self._starts.setdefault(block.run_id, []).append(block.start)
        self.emitted += 1

    def count(self, run_id: int) -> int:
        """Records seen for ``run_id``."""
        blocks = self._blocks.get(run_id)
        return blocks[-1].stop if blocks else 0

    def emissions(self, run_id: int) -> list[RecordBlock]:
        return list(self._blocks.get(run_id, []))

    def rows(self, run_id: int) -> np.ndarray:
        """Every record seen for ``run_id``, shape (fields, count)."""
        blocks = self._blocks.get(run_id)
        if not blocks:
            return np.empty((len(FIELDS), 0))
        return np.concatenate([b.rows for b in blocks], axis=1)

    def record(self, run_id: int, index: int) -> np.ndarray:
        """Record ``index`` (0-based) of ``run_id`` as seen by the spy."""
        blocks = self._blocks[run_id]
        block = blocks[bisect.bisect_right(self._starts[run_id], index) - 1]
        return block.rows[:, index - block.start]

    def forget_runs_except(self, run_id: int) -> None:
        """Drop what was seen of other runs (keeps memory flat over long tests)."""
        for other in [r for r in self._blocks if r != run_id]:
            del self._blocks[other], self._starts[other]


def rgb(image: QtGui.QImage) -> np.ndarray:
    """An image's pixels as an int array of shape (height, width, 3)."""
    image = image.convertToFormat(QtGui.QImage.Format.Format_RGBA8888)
    width, height = image.width(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(height, image.bytesPerLine() // 4, 4)[:, :width, :3].astype(int)


def wait_idle(qtbot, w: MainWindow, timeout: int = 10000) -> None:
    """Until the worker has handled every command sent so far."""
    qtbot.waitUntil(lambda: w.controller.idle, timeout=timeout)


def set_speed(qtbot, w: MainWindow, position: int | str) -> None:
    """Move the speed slider (``"max"`` = unlimited) and wait for the worker to take it."""
    slider = w.panel.speed_input
    slider.setValue(slider.maximum() if position == UNLIMITED_POSITION else int(position))
    wait_idle(qtbot, w)


def trigger(qtbot, w: MainWindow, action: QtGui.QAction) -> None:
    """Trigger an enabled run action and wait until its command is acknowledged."""
    assert action.isEnabled(), f"{action.objectName()} is disabled in state {w.state}"
    action.trigger()
    wait_idle(qtbot, w)


def choose_preset(qtbot, w: MainWindow, preset_id: str) -> None:
    """Pick a preset in the combo as a user would, and wait for its run to load."""
    combo = w.panel.preset_combo
    index = combo.findData(preset_id)
    assert index >= 0, preset_id
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.state == "ready")
    assert w.info is not None and w.info.config == w.panel.config()


def enter_text(qtbot, field: QtWidgets.QLineEdit, text: str) -> None:
    """Replace a field's text by typing, then press Enter (commits the value)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Return)


def run_to_finish(qtbot, w: MainWindow, timeout: int = 30000) -> None:
    """Run at unlimited speed until the run has finished."""
    set_speed(qtbot, w, UNLIMITED_POSITION)
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: w.state in ("finished", "diverged"), timeout=timeout)
    wait_idle(qtbot, w)


def headless(w: MainWindow, updates: int | None = None) -> Run:
    """A fresh run of the window's config, advanced ``updates`` times (default: to the end)."""
    assert w.info is not None
    run = Run(w.info.config)
    if updates is None:
        run.run_to_end()
    else:
        assert run.advance(updates) == updates
    return run


def readout(w: MainWindow, name: str) -> str:
    label = w.findChild(QtWidgets.QLabel, name)
    assert label is not None, name
    return label.text()


def readout_texts(w: MainWindow) -> dict[str, str]:
    """The text of every readout label, by object name (a snapshot)."""
    shown = (names.READOUT_STEP, names.READOUT_EPOCH, names.READOUT_DISTANCE, *READOUT_NUMBERS)
    return {name: readout(w, name) for name in shown}


def readout_step(w: MainWindow, texts: dict[str, str] | None = None) -> tuple[int, int]:
    """(update shown, total) parsed from the ``readoutStep`` label ("k / total")."""
    text = texts[names.READOUT_STEP] if texts is not None else readout(w, names.READOUT_STEP)
    done, total = text.split("/")
    return int(done), int(total)


def significant_digits(text: str) -> int:
    mantissa = text.split()[0].lower().split("e")[0].lstrip("+-").replace(".", "")
    return len(mantissa.lstrip("0"))


def close_to(text: str, value: float, digits: int = 6) -> bool:
    """Whether a readout shows ``value`` with at least ``digits`` correct significant digits."""
    shown = float(text.split()[0])
    if value == 0 or not math.isfinite(value):
        return shown == value
    precise = significant_digits(text) >= digits
    return precise and abs(shown - value) <= 0.5 * 10.0 ** (1 - digits) * abs(value)


def assert_readouts_show(
    w: MainWindow, row: np.ndarray | None, context: str = "", texts: dict[str, str] | None = None
) -> None:
    """The readouts (or a snapshot of them) show record ``row``, or the start if None."""
    assert w.info is not None and w.run is not None
    run = w.run  # the selected run of a race
    texts = readout_texts(w) if texts is None else texts
    if row is None:
        expected_step = expected_epoch = 0
        values = {names.READOUT_W0: run.start_weights[0], names.READOUT_W1: run.start_weights[1]}
        values[names.READOUT_MSE] = run.start_mse
    else:
        expected_step, expected_epoch = int(row[0]), int(row[1])
        values = {name: float(row[i]) for name, i in READOUT_NUMBERS.items()}
    # to the nearest of the lowest known minima ("-" where there is none)
    distances = [
        math.hypot(values[names.READOUT_W0] - o0, values[names.READOUT_W1] - o1)
        for o0, o1 in run.optima
    ]
    if distances:
        values[names.READOUT_DISTANCE] = min(distances)
    else:
        assert texts[names.READOUT_DISTANCE] == "-", context
    assert readout_step(w, texts) == (expected_step, run.total_updates), context
    assert texts[names.READOUT_EPOCH] == str(expected_epoch), context
    for name, value in values.items():
        text = texts[name]
        assert close_to(text, value), f"{name} shows {text!r}, expected {value!r} {context}"
