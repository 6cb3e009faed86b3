"""An animated GIF written frame by frame as the frames are made, so memory stays at
one frame whatever the length: Pillow quantises and LZW-encodes each frame (with
its own colour table) and its GIF helpers write the header and frame blocks."""

from __future__ import annotations

from typing import IO

from PIL import GifImagePlugin, Image
from PySide6 import QtGui

# The GIF trailer byte.
TRAILER = b";"


def pil_image(image: QtGui.QImage) -> Image.Image:
    """A QImage as a Pillow RGB image (a copy of its pixels)."""
    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    size = (rgb.width(), rgb.height())
    data = bytes(rgb.constBits())
    return Image.frombuffer("RGB", size, data, "raw", "RGB", rgb.bytesPerLine(), 1)


def quantized(frame: Image.Image) -> Image.Image:
    """``frame`` in its own 256 colours, without dithering (lines stay clean)."""
    return frame.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)


class GifWriter:
    """Writes frames of one size to ``stream``; ``close`` ends the file."""

    def __init__(self, stream: IO[bytes], size: tuple[int, int], delay_ms: int, loop: int = 0):
        self.stream = stream
        self.size = size
        self.delay_ms = delay_ms
        self.loop = loop
        self.frames = 0
        self._palette: Image.Image | None = None

    def add(self, image: QtGui.QImage) -> None:
        frame = pil_image(image)
        if frame.size != self.size:
            raise ValueError(f"frame of {frame.size}, not {self.size}")
        if self._palette is None:
            paletted = quantized(frame)
        else:
            paletted = frame.quantize(palette=self._palette, dither=Image.Dither.NONE)
        if self.frames == 0:
            header, _ = GifImagePlugin.getheader(
                paletted, info={"loop": self.loop, "duration": self.delay_ms}
            )
            for part in header:
                self.stream.write(part)
        for part in GifImagePlugin.getdata(
            paletted, duration=self.delay_ms, include_color_table=True
        ):
            self.stream.write(part)
        self.frames += 1

    def use_palette_of(self, image: QtGui.QImage) -> None:
        """Give every frame the colours of ``image`` (the last frame, which shows every
        path): mapping to a known palette is several times faster than making one."""
        self._palette = quantized(pil_image(image))

    def close(self) -> None:
        self.stream.write(TRAILER)
