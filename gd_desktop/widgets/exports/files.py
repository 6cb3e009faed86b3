"""The exports themselves, each written through core's atomic writer: the records of
every run as CSV, a view or the whole window as a picture, the log as text."""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from gd_desktop.core.files import FileProblem, atomic_writer, write_bytes, write_text
from gd_desktop.core.records import FIELDS, INT_FIELDS
from gd_desktop.widgets.exports.images import (
    PLOT_VIEWS,
    plot_svg,
    png_bytes,
    view_image,
    window_image,
)
from gd_desktop.widgets.exports.report import show_exported, show_write_failed

CHUNK = 1 << 15


def write_all_records(window: Any, stream: io.TextIOBase | Any) -> int:
    """Every record of every run so far, the run's name in a first column (quoted),
    the other columns as ``gd-desktop run --out`` writes them. Returns the rows."""
    stream.write("run," + ",".join(FIELDS) + "\n")
    numbers = ",".join("%d" if f in INT_FIELDS else "%.17g" for f in FIELDS)
    rows = 0
    for lane in window.session.lanes:
        label = '"' + lane.label.replace('"', '""') + '",'
        count = lane.received
        for start in range(0, count, CHUNK):
            block = lane.records.rows(start, min(start + CHUNK, count))
            text = io.StringIO()
            np.savetxt(text, block.T, fmt=numbers)
            stream.write("".join(label + row for row in text.getvalue().splitlines(True)))
        rows += count
    return rows


def export_all_records(window: Any, path: str) -> bool:
    try:
        with atomic_writer(path, newline="") as stream:
            write_all_records(window, stream)
    except FileProblem as exc:
        return show_write_failed(window, exc)
    show_exported(window, path)
    return True


def export_view_png(window: Any, key: str, path: str, size: tuple[int, int]) -> bool:
    """One view as PNG at ``size``."""
    return _write(window, path, lambda: png_bytes(view_image(window, key, *size)))


def export_view_svg(window: Any, key: str, path: str) -> bool:
    """A 2D view as SVG."""
    if key not in PLOT_VIEWS:
        raise ValueError(f"{key} has no SVG export")
    return _write(window, path, lambda: plot_svg(getattr(window, key)))


def export_window_png(window: Any, path: str, size: tuple[int, int]) -> bool:
    """The whole window as PNG at ``size``."""
    return _write(window, path, lambda: png_bytes(window_image(window, *size)))


def export_log(window: Any, path: str) -> bool:
    """The log panel's lines as UTF-8 text."""
    try:
        write_text(path, window.log_view.toPlainText() + "\n")
    except FileProblem as exc:
        return show_write_failed(window, exc)
    show_exported(window, path)
    return True


def _write(window: Any, path: str, make: Any) -> bool:
    try:
        write_bytes(path, make())
    except FileProblem as exc:
        return show_write_failed(window, exc)
    show_exported(window, path)
    return True
