"""Sentences for problems with files and with the engine process, through Qt's
translation (the same words as the command line's when nothing is translated)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore

from gd_desktop.core.problems import Problem

SYSTEM_CODES = frozenset(
    {
        "not_regular",
        "file_too_large",
        "write_failed",
        "csv_needed",
        "load_error",
        "engine_stopped",
        "engine_not_answering",
        "engine_failed",
        "engine_unavailable",
        "engine_stuck",
    }
)


def _file_kind(kind: str) -> str:
    kinds = {
        "pipe": QtCore.QCoreApplication.translate("Messages", "pipe"),
        "device": QtCore.QCoreApplication.translate("Messages", "device"),
        "folder": QtCore.QCoreApplication.translate("Messages", "folder"),
        "socket": QtCore.QCoreApplication.translate("Messages", "socket"),
        "special file": QtCore.QCoreApplication.translate("Messages", "special file"),
    }
    return kinds.get(kind, kind)


def system_bodies() -> dict[str, Callable[[Problem], str]]:
    """What is wrong, per code (built when asked, so the current language is used)."""
    return {
        "not_regular": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "{0} is a {1}, not a regular file"
        ).format(p["path"], _file_kind(p["kind"])),
        "file_too_large": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "{0} is too large: {1:,} bytes, and at most {2:,} are read"
        ).format(p["path"], p["size"], p["limit"]),
        "write_failed": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "could not write {0}: {1}; the previous file is unchanged"
        ).format(p["path"], p["reason"]),
        "csv_needed": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "Open a CSV file first (File > Open data)."
        ),
        "load_error": lambda p: str(p["detail"]),
        "engine_stopped": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "the engine process stopped ({0}); press Reset to start again"
        ).format(p["detail"]),
        "engine_not_answering": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "the engine process did not answer; press Reset to start again"
        ),
        "engine_failed": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "the engine process failed ({0}); press Reset to start again"
        ).format(p["detail"]),
        "engine_unavailable": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "computing in the window's process: {0}"
        ).format(p["detail"]),
        "engine_stuck": lambda p: QtCore.QCoreApplication.translate(
            "Messages",
            "the engine process was stuck (no sign of life for {0:g} s) and was stopped; "
            "press Reset to start again",
        ).format(p["seconds"]),
    }
