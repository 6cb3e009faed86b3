"""Sentences for the problems of reading a CSV file, and for the rows it skipped,
built through Qt's translation (``messages`` puts them together with the rest)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6 import QtCore

from gd_desktop.core.problems import Problem


def _joined(names: Iterable[Any]) -> str:
    return ", ".join(str(n) for n in names)


def megabytes(count: int) -> str:
    """A size in MB: whole numbers from 1 MB up, two decimals below."""
    return f"{count / 2**20:,.0f} MB" if count >= 2**20 else f"{count / 2**20:.2f} MB"


def _more(count: int) -> str:
    if not count:
        return ""
    return QtCore.QCoreApplication.translate("Messages", " and {0} more").format(count)


def _not_utf8(p: Problem) -> str:
    if p.get("line"):
        return QtCore.QCoreApplication.translate(
            "Messages",
            "{0} is not UTF-8 text (line {1} has a byte that is not UTF-8); save it as UTF-8 CSV",
        ).format(p["path"], p["line"])
    return QtCore.QCoreApplication.translate(
        "Messages", "{0} is not UTF-8 text; save it as UTF-8 CSV"
    ).format(p["path"])


def _skipped(p: Problem) -> str:
    if p["count"] == 1:
        text = QtCore.QCoreApplication.translate("Messages", "skipped {0} row: {1}{2}")
    else:
        text = QtCore.QCoreApplication.translate("Messages", "skipped {0} rows: {1}{2}")
    return text.format(p["count"], _joined(p["lines"]), _more(p["more"]))


def _path_only(text: str) -> Callable[[Problem], str]:
    """A sentence whose only value is the file's path."""
    return lambda p: text.format(p["path"])


def import_bodies() -> dict[str, Callable[[Problem], str]]:
    """Code -> sentence, for every CSV problem and the skipped-rows fact."""
    return {
        "no_file": _path_only(QtCore.QCoreApplication.translate("Messages", "{0}: no such file")),
        "is_folder": _path_only(
            QtCore.QCoreApplication.translate("Messages", "{0} is a folder, not a file")
        ),
        "binary": _path_only(
            QtCore.QCoreApplication.translate(
                "Messages", "{0} is not a text file (it contains NUL bytes)"
            )
        ),
        "not_utf8": _not_utf8,
        "empty_file": _path_only(QtCore.QCoreApplication.translate("Messages", "{0} is empty")),
        "one_row": _path_only(
            QtCore.QCoreApplication.translate(
                "Messages", "{0} has only one row; at least 2 are needed"
            )
        ),
        "one_data_row": _path_only(
            QtCore.QCoreApplication.translate(
                "Messages", "{0} has only one row of data; at least 2 are needed"
            )
        ),
        "no_numeric": _path_only(
            QtCore.QCoreApplication.translate("Messages", "{0} has no numeric column")
        ),
        "no_column": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "{0} has no column {1!r}; its columns are: {2}{3}"
        ).format(p["path"], p["column"], _joined(p["columns"]), _more(p["more"])),
        "not_numeric": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "column {0!r} of {1} is not numeric; numeric columns: {2}"
        ).format(p["column"], p["path"], _joined(p["numeric"])),
        "feature_count": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "give two feature columns, or one feature column and an intercept"
        ),
        "no_usable_rows": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "{0}: every row has a missing or non-numeric value in {1}"
        ).format(p["path"], _joined(p["columns"])),
        "one_usable_row": _path_only(
            QtCore.QCoreApplication.translate(
                "Messages", "{0}: only 1 usable row; at least 2 are needed"
            )
        ),
        "no_memory": _path_only(
            QtCore.QCoreApplication.translate("Messages", "not enough memory to load {0}")
        ),
        "too_large": lambda p: QtCore.QCoreApplication.translate(
            "Messages",
            "{0} is too large for the available memory: about {1:,} rows need about {2}, "
            "and {3} is free",
        ).format(p["path"], p["rows"], megabytes(p["need"]), megabytes(p["free"])),
        "not_csv": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "the data source is {0!r}, not a CSV file"
        ).format(p["source"]),
        "no_csv_path": lambda p: QtCore.QCoreApplication.translate("Messages", "no CSV file given"),
        "skipped_rows": _skipped,
    }


IMPORT_CODES = frozenset(
    {"no_file", "is_folder", "binary", "not_utf8", "empty_file", "one_row", "one_data_row",
     "no_numeric", "no_column", "not_numeric", "feature_count", "no_usable_rows",
     "one_usable_row", "no_memory", "too_large", "not_csv", "no_csv_path", "skipped_rows"}
)  # fmt: skip
