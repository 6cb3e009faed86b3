"""The options of a picture or animation export: the size, and for an animation what
it shows (the whole window or one view), its length (frames or seconds) and its
frame rate. Bad values are said next to the fields and keep the dialog open."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.animation import (
    DEFAULT_FPS,
    DEFAULT_FRAMES,
    MAX_FPS,
    MAX_FRAMES,
    MAX_SIDE,
    MIN_FPS,
    MIN_FRAMES,
    MIN_SIDE,
    frames_for,
    parse_size,
)


@dataclass(frozen=True)
class ExportOptions:
    size: tuple[int, int]
    view: str | None = None  # None: the whole window
    frames: int = DEFAULT_FRAMES
    fps: float = DEFAULT_FPS


class OptionsDialog(QtWidgets.QDialog):
    """Asks for the options; ``options()`` reads them once accepted."""

    def __init__(
        self,
        parent: QtWidgets.QWidget,
        title: str,
        size: tuple[int, int],
        animation: bool = False,
        views: list[tuple[str, str]] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("exportOptionsDialog")
        self.setWindowTitle(title)
        form = QtWidgets.QFormLayout(self)
        self.size_input = QtWidgets.QLineEdit(f"{size[0]}x{size[1]}")
        self.size_input.setObjectName("exportSizeInput")
        self.size_input.setToolTip(
            self.tr("Width x height in pixels, {0} to {1} each.").format(MIN_SIDE, MAX_SIDE)
        )
        form.addRow(self.tr("Size"), self.size_input)
        self.animation = animation
        self.view_combo = QtWidgets.QComboBox()
        self.length_input = QtWidgets.QDoubleSpinBox()
        self.length_unit = QtWidgets.QComboBox()
        self.fps_input = QtWidgets.QDoubleSpinBox()
        if animation:
            self.view_combo.addItem(self.tr("The whole window"), None)
            for key, text in views or []:
                self.view_combo.addItem(text, key)
            form.addRow(self.tr("Shows"), self.view_combo)
            self.length_input.setDecimals(1)
            self.length_input.setRange(MIN_FRAMES / MAX_FPS, MAX_FRAMES)
            self.length_input.setValue(DEFAULT_FRAMES)
            self.length_unit.addItem(self.tr("frames"), "frames")
            self.length_unit.addItem(self.tr("seconds"), "seconds")
            row = QtWidgets.QHBoxLayout()
            row.addWidget(self.length_input, 1)
            row.addWidget(self.length_unit)
            form.addRow(self.tr("Length"), row)
            self.fps_input.setRange(MIN_FPS, MAX_FPS)
            self.fps_input.setDecimals(0)
            self.fps_input.setValue(DEFAULT_FPS)
            form.addRow(self.tr("Frames per second"), self.fps_input)
        self.problem_label = QtWidgets.QLabel()
        self.problem_label.setStyleSheet("color: #ff8a80")
        self.problem_label.setWordWrap(True)
        form.addRow(self.problem_label)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.options() is None:
            self.problem_label.setText(
                self.tr("The size must be like 1280x800, each side {0} to {1} pixels.").format(
                    MIN_SIDE, MAX_SIDE
                )
            )
            return
        super().accept()

    def options(self) -> ExportOptions | None:
        size = parse_size(self.size_input.text())
        if size is None:
            return None
        if not self.animation:
            return ExportOptions(size)
        fps = float(self.fps_input.value())
        length = float(self.length_input.value())
        if self.length_unit.currentData() == "seconds":
            frames = frames_for(length, fps)
        else:
            frames = max(MIN_FRAMES, min(MAX_FRAMES, round(length)))
        return ExportOptions(size, self.view_combo.currentData(), frames, fps)


def ask_options(
    parent: QtWidgets.QWidget,
    title: str,
    size: tuple[int, int],
    animation: bool = False,
    views: list[tuple[str, str]] | None = None,
) -> ExportOptions | None:
    dialog = OptionsDialog(parent, title, size, animation, views)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    accepted = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
    options = dialog.options() if accepted else None
    dialog.deleteLater()
    return options
