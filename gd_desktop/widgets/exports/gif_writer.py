"""An animated GIF written frame by frame as the frames are made, so memory stays at
one frame whatever the length. Every frame is mapped to one palette (made once, from
the last frame, which shows every path) without dithering, and only the rectangle
that changed since the previous frame is LZW-encoded (by Pillow's GIF helpers): most
of the window stays the same from one update to the next."""

from __future__ import annotations

import sys
from typing import IO, cast

from PIL import GifImagePlugin, Image, ImageChops
from PySide6 import QtGui

# The GIF trailer byte.
TRAILER = b";"
# Disposal "do not dispose": each frame is drawn over the one before it.
KEEP_PREVIOUS = 1


def pil_image(image: QtGui.QImage) -> Image.Image:
    """A QImage as a Pillow RGB image, read from Qt's 32-bit pixels in one pass."""
    if image.format() != QtGui.QImage.Format.Format_RGB32:
        image = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    size = (image.width(), image.height())
    # Format_RGB32 is 0xffRRGGBB in native order: B, G, R, X bytes on little-endian machines.
    raw = "BGRX" if sys.byteorder == "little" else "XRGB"
    pixels = cast(bytes, image.constBits())  # a memoryview: read in place, not copied
    return Image.frombuffer("RGB", size, pixels, "raw", raw, image.bytesPerLine(), 1)


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
        self._previous: Image.Image | None = None

    def add(self, image: QtGui.QImage) -> None:
        frame = pil_image(image)
        if frame.size != self.size:
            raise ValueError(f"frame of {frame.size}, not {self.size}")
        if self._palette is None:
            paletted = quantized(frame)
        else:
            paletted = frame.quantize(palette=self._palette, dither=Image.Dither.NONE)
        if self.frames == 0:
            # The header is made from a copy: Pillow may reorder the copy's palette.
            header, _ = GifImagePlugin.getheader(
                paletted.copy(), info={"loop": self.loop, "duration": self.delay_ms}
            )
            for part in header:
                self.stream.write(part)
        if self._previous is None:
            self._write(paletted, (0, 0))
        else:
            # One palette, so equal indices are equal colours; an unchanged frame
            # still needs a (one-pixel) frame to keep its time.
            box = ImageChops.difference(self._previous, paletted).getbbox() or (0, 0, 1, 1)
            self._write(paletted.crop(box), (box[0], box[1]))
        # Without one palette for every frame, each frame is written whole.
        self._previous = paletted if self._palette is not None else None
        self.frames += 1

    def _write(self, paletted: Image.Image, offset: tuple[int, int]) -> None:
        for part in GifImagePlugin.getdata(
            paletted,
            offset=offset,
            duration=self.delay_ms,
            disposal=KEEP_PREVIOUS,
            include_color_table=True,
        ):
            self.stream.write(part)

    def use_palette_of(self, image: QtGui.QImage) -> None:
        """Give every frame the colours of ``image`` (the last frame, which shows every
        path): mapping to a known palette is several times faster than making one."""
        self._palette = quantized(pil_image(image))

    def close(self) -> None:
        self.stream.write(TRAILER)
