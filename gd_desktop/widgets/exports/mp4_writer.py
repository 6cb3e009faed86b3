"""An MP4 (H.264, yuv420p) written frame by frame as the frames are made: each frame's
RGB pixels go straight to an ffmpeg process (the one the ``imageio-ffmpeg`` package
carries), so memory stays at one frame whatever the length. The package is optional."""

from __future__ import annotations

import importlib
import os
from collections.abc import Generator
from typing import Any

import numpy as np
from PySide6 import QtGui

# The package MP4 export uses: a maintained wrapper of ffmpeg on PyPI, with its binary.
MP4_PACKAGE = "imageio_ffmpeg"


def mp4_available() -> bool:
    """Whether the MP4 encoder package is installed and imports."""
    try:
        importlib.import_module(MP4_PACKAGE)
    except ImportError:
        return False
    return True


def even_size(size: tuple[int, int]) -> tuple[int, int]:
    """``size`` with each side made even (one pixel less where odd): yuv420p
    stores colour at half resolution, so H.264 needs even sides."""
    return size[0] - size[0] % 2, size[1] - size[1] % 2


def rgb_bytes(image: QtGui.QImage) -> bytes:
    """The pixels of ``image`` as tightly packed RGB bytes, rows top to bottom."""
    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    width, height = rgb.width(), rgb.height()
    rows = np.frombuffer(rgb.constBits(), np.uint8, height * rgb.bytesPerLine())
    return rows.reshape(height, rgb.bytesPerLine())[:, : width * 3].tobytes()


class Mp4Writer:
    """Encodes frames of one (even) size at ``fps`` into the file at ``path``;
    ``close`` ends the file. Any failure of the encoder is an OSError."""

    def __init__(self, path: str, size: tuple[int, int], fps: float):
        if size != even_size(size):
            raise ValueError(f"an MP4 needs even sides, not {size}")
        ffmpeg: Any = importlib.import_module(MP4_PACKAGE)
        self.path = path
        self.size = size
        self.frames = 0
        self._encoder: Generator[None, bytes, None] | None = ffmpeg.write_frames(
            path,
            size,
            fps=float(fps),
            codec="libx264",
            pix_fmt_out="yuv420p",
            macro_block_size=2,  # the sides are even already: never rescaled
            quality=7,
            ffmpeg_log_level="error",
            # The file being written is a temporary one (not named .mp4).
            output_params=["-f", "mp4"],
        )
        next(self._encoder)  # starts ffmpeg

    def add(self, image: QtGui.QImage) -> None:
        if (image.width(), image.height()) != self.size:
            raise ValueError(f"frame of {(image.width(), image.height())}, not {self.size}")
        if self._encoder is None:
            raise OSError("the MP4 encoder has stopped")
        self._encoder.send(rgb_bytes(image))
        self.frames += 1

    def close(self) -> None:
        """Let ffmpeg finish the file; an empty file means it failed."""
        self._stop()
        if self.frames == 0 or os.path.getsize(self.path) == 0:
            raise OSError("the MP4 encoder wrote nothing")

    def abort(self) -> None:
        """Stop the encoder (Cancel or a failure): the file is discarded anyway."""
        self._stop()

    def _stop(self) -> None:
        encoder, self._encoder = self._encoder, None
        if encoder is not None:
            encoder.close()
