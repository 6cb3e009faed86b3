"""Drag and drop onto the window: an experiment file (.json) opens as File > Open
experiment does, any other file is read as data (CSV) as File > Open data does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtGui, QtWidgets


def dropped_file(mime: QtCore.QMimeData) -> str | None:
    """The one local file a drag carries (None for none, several, or a remote one)."""
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return urls[0].toLocalFile() or None


class FileDrop(QtCore.QObject):
    """Watches the window's drag-and-drop events; calls ``open_experiment`` for a
    .json file and ``open_data`` for any other file."""

    def __init__(
        self,
        window: QtWidgets.QWidget,
        open_experiment: Callable[[str], object],
        open_data: Callable[[str], object],
    ):
        super().__init__(window)
        self.open_experiment = open_experiment
        self.open_data = open_data
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QtCore.QEvent.Type.DragEnter, QtCore.QEvent.Type.DragMove):
            assert isinstance(event, QtGui.QDragMoveEvent)
            if dropped_file(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
            return False
        if kind == QtCore.QEvent.Type.Drop:
            assert isinstance(event, QtGui.QDropEvent)
            path = dropped_file(event.mimeData())
            if path is None:
                return False
            event.acceptProposedAction()
            self.open(path)
            return True
        return super().eventFilter(watched, event)

    def open(self, path: str) -> None:
        if path.lower().endswith(".json"):
            self.open_experiment(path)
        else:
            self.open_data(path)
