"""An animation of the experiment from its recorded history (an animated GIF, or an
MP4 where its encoder package is installed): the cursor is moved through the
records, each frame is drawn and grabbed, and encoded at once (never held), one
frame per turn of the event loop so the progress bar and Cancel work. Cancelled or
failed, it leaves no partial file (the previous one stays)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.animation import frame_delay_ms, frame_steps
from gd_desktop.core.files import AtomicFile, FileProblem
from gd_desktop.widgets.exports.gif_writer import GifWriter
from gd_desktop.widgets.exports.images import hold_updates, view_image, window_frames
from gd_desktop.widgets.exports.mp4_writer import Mp4Writer, even_size

# The object name of the progress dialog (tests and scripts find it by it).
PROGRESS_DIALOG = "animationProgress"


def frame_source(
    window: Any, view: str | None, size: tuple[int, int]
) -> Callable[[], QtGui.QImage]:
    """What one frame is: the whole window (``view`` None) or one view, at ``size``."""
    width, height = size
    if view is None:
        # The parameters do not change while the cursor moves: drawn once.
        docks = window.findChildren(QtWidgets.QDockWidget)
        still = [dock for dock in docks if dock.isAncestorOf(window.panel)]
        return window_frames(window, width, height, still)
    return lambda: view_image(window, view, width, height)


class AnimationExport(QtCore.QObject):
    """Writes ``frames`` frames of ``window``'s experiment to ``path`` as a GIF
    (``kind`` "gif") or an MP4 (``kind`` "mp4", its sides made even).

    ``finished`` carries True once the file is in place, False when cancelled or
    failed (``failure`` then says why, as a FileProblem, or None for Cancel).
    """

    finished = QtCore.Signal(bool)

    def __init__(
        self,
        window: Any,
        path: str,
        frames: int,
        fps: float,
        size: tuple[int, int],
        view: str | None = None,
        progress: bool = True,
        kind: str = "gif",
    ):
        super().__init__(window)
        if kind not in ("gif", "mp4"):
            raise ValueError(f"no animation of kind {kind!r}")
        self.window = window
        self.path = path
        self.kind = kind
        self.size = even_size(size) if kind == "mp4" else size
        self.fps = fps
        self.session = window.session
        if self.session.run_requested:
            self.session.pause()
        self.steps = frame_steps(self.session.timeline.maximum, frames)
        self.delay_ms = frame_delay_ms(fps)
        self.source = frame_source(window, view, self.size)
        self.failure: FileProblem | None = None
        self.done = 0
        self.cancelled = False
        self._cursor = self.session.cursor
        self._file: AtomicFile | None = None
        self._writer: GifWriter | Mp4Writer | None = None
        self._resized: QtCore.QSize | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)
        self.dialog: QtWidgets.QProgressDialog | None = None
        if progress:
            self.dialog = self._progress_dialog()
        window.installEventFilter(self)  # closing the window cancels the export

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Close and self._writer is not None:
            self.cancel()
        return False

    def _progress_dialog(self) -> QtWidgets.QProgressDialog:
        dialog = QtWidgets.QProgressDialog(
            self.tr("Writing {0} frames to {1}").format(len(self.steps), self.path),
            self.tr("Cancel"),
            0,
            len(self.steps),
            self.window,
        )
        dialog.setObjectName(PROGRESS_DIALOG)
        dialog.setWindowTitle(self.tr("Export animation"))
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self) -> None:
        """Open the file (a FileProblem is reported through ``finished``) and begin."""
        try:
            self._file = AtomicFile(self.path, binary=True)
        except FileProblem as exc:
            self.failure = exc
            self._end(False)
            return
        hold_updates(self.window, True)
        if self.kind == "mp4":
            try:
                # ffmpeg writes the temporary file by its name; commit moves it into place.
                self._writer = Mp4Writer(self._file.temporary, self.size, self.fps)
            except OSError as exc:
                self.failure = self._file.failure(exc)
                self._end(False)
                return
        else:
            gif = GifWriter(self._file.stream, self.size, self.delay_ms)
            # The colours of the last frame, where every path is drawn, serve every frame.
            self.session.set_cursor(int(self.steps[-1]))
            self.window.draw_frame()
            gif.use_palette_of(self.source())
            self._writer = gif
        if self.dialog is not None:
            self.dialog.show()
        self._timer.start(0)

    @QtCore.Slot()
    def cancel(self) -> None:
        """Stop now; the file being written is removed."""
        if self._writer is None or self.cancelled:
            return
        self.cancelled = True
        self._timer.stop()
        self._end(False)

    def _next(self) -> None:
        if self.cancelled or self._writer is None or self._file is None:
            return
        step = int(self.steps[self.done])
        self.session.set_cursor(step)
        self.window.draw_frame()
        try:
            self._writer.add(self.source())
        except OSError as exc:
            self.failure = self._file.failure(exc)
            self._end(False)
            return
        self.done += 1
        if self.dialog is not None:
            self.dialog.setValue(self.done)
        if self.done < len(self.steps):
            self._timer.start(0)
            return
        try:
            self._writer.close()
            self._file.commit()
        except OSError as exc:
            self.failure = self._file.failure(exc)
            self._end(False)
            return
        except FileProblem as exc:
            self.failure = exc
            self._end(False)
            return
        self._end(True)

    def _end(self, ok: bool) -> None:
        self.window.removeEventFilter(self)
        hold_updates(self.window, False)
        if isinstance(self._writer, Mp4Writer):
            with contextlib.suppress(OSError):
                self._writer.abort()
        if not ok and self._file is not None and not self._file.done:
            self._file.discard()
        self._writer = None
        self.session.set_cursor(self._cursor)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit(ok)
