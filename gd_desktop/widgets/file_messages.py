"""Sentences for the problems of reading and writing files and of a run's size (JSON
nested too deep, huge integers, UTF-16 text, data too large, NaN in a file, memory),
through Qt's translation (the command line's words when nothing is translated)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore

from gd_desktop.core.problems import Problem
from gd_desktop.widgets.import_messages import megabytes

FILE_CODES = frozenset(
    {"too_deep", "huge_integer", "run_memory", "utf16", "data_too_large", "not_json_number"}
)


def _data_too_large(p: Problem) -> str:
    if p["path"]:
        return QtCore.QCoreApplication.translate(
            "Messages", "{0} has a value of magnitude {1:.3g}; values up to {2:g} can be fitted"
        ).format(p["path"], p["largest"], p["limit"])
    return QtCore.QCoreApplication.translate(
        "Messages",
        "the rows drawn have a value of magnitude {0:.3g}; values up to {1:g} can be fitted",
    ).format(p["largest"], p["limit"])


def file_bodies() -> dict[str, Callable[[Problem], str]]:
    """What is wrong, per code (built when asked, so the current language is used)."""
    return {
        "too_deep": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "the JSON is nested {0:,} levels deep; at most {1} levels are read"
        ).format(p["depth"], p["limit"]),
        "huge_integer": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "an integer of {0:,} digits; at most {1} digits are read"
        ).format(p["digits"], p["limit"]),
        "run_memory": lambda p: QtCore.QCoreApplication.translate(
            "Messages",
            "{0:,} updates on {1:,} rows need about {2} (the records are kept in two "
            "processes), and {3} is free; shorten the budget",
        ).format(p["updates"], p["rows"], megabytes(p["need"]), megabytes(p["free"])),
        "utf16": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "{0} is UTF-16 text; save it as UTF-8 CSV"
        ).format(p["path"]),
        "data_too_large": _data_too_large,
        "not_json_number": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "{0} cannot be saved: JSON holds finite numbers only"
        ).format(p["value"]),
    }
