"""File > Open recent: the experiments last opened or saved (newest first, at most
ten), kept in the settings. Entries are checked as they are read back: a damaged
list is dropped, never raised."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from gd_desktop.widgets import names

RECENT_KEY = "recentFiles/experiments"
MAX_RECENT = 10
# A longer saved entry is not a path we wrote.
MAX_PATH_CHARS = 4096


def recent_files() -> list[str]:
    """The saved list: strings only, no duplicates, at most MAX_RECENT."""
    value = QtCore.QSettings().value(RECENT_KEY)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    out: list[str] = []
    for item in value:
        if isinstance(item, str) and 0 < len(item) <= MAX_PATH_CHARS and item not in out:
            out.append(item)
    return out[:MAX_RECENT]


def _store(paths: list[str]) -> None:
    settings = QtCore.QSettings()
    settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
    settings.sync()


def remember(path: str) -> None:
    """Put ``path`` (made absolute) first in the list."""
    full = str(Path(path).absolute())
    _store([full, *[p for p in recent_files() if p != full]])


def forget(path: str) -> None:
    _store([p for p in recent_files() if p != path])


def clear_recent() -> None:
    _store([])


class RecentMenu(QtWidgets.QMenu):
    """The submenu, rebuilt each time it opens; ``open_path`` opens an entry."""

    def __init__(self, title: str, open_path: Callable[[str], bool], parent: QtWidgets.QWidget):
        super().__init__(title, parent)
        self.setObjectName(names.RECENT_MENU)
        self.open_path = open_path
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    @QtCore.Slot()
    def rebuild(self) -> None:
        self.clear()
        paths = recent_files()
        for number, path in enumerate(paths, start=1):
            # "&1 name  (folder)": the number is the key; && shows a literal &.
            name = Path(path).name.replace("&", "&&")
            text = f"&{number % 10} {name}  ({str(Path(path).parent).replace('&', '&&')})"
            action = self.addAction(text)
            action.setData(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, path=path: self.open_path(path))
        if not paths:
            empty = self.addAction(self.tr("No recent experiments"))
            empty.setEnabled(False)
            return
        self.addSeparator()
        self.addAction(self.tr("Clear the list"), clear_recent)

    def paths(self) -> list[str]:
        """The entries as listed (for tests)."""
        return [a.data() for a in self.actions() if isinstance(a.data(), str)]
