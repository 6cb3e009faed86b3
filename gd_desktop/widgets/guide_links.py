"""The "?" in a panel's corner: it opens the guide at the section about that panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore, QtWidgets

GUIDE_LINK = "guideLinkButton"


class GuideLink(QtWidgets.QToolButton):
    """A small "?" kept in the top-right corner of its parent, over its frame."""

    SIZE = 18

    def __init__(self, parent: QtWidgets.QWidget, section: str, open_section: Callable[[str], Any]):
        super().__init__(parent)
        self.setObjectName(GUIDE_LINK)
        self.setProperty("guideSection", section)
        self.setText("?")
        self.setAutoRaise(True)
        self.setFixedSize(self.SIZE, self.SIZE)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.setToolTip(self.tr("What this panel shows: open its section of the guide."))
        self.setAccessibleName(self.tr("Guide"))
        self.clicked.connect(lambda: open_section(section))
        parent.installEventFilter(self)
        self._place()
        self.raise_()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if watched is self.parent() and event.type() == QtCore.QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.move(parent.width() - self.SIZE - 2, 0)


def add_guide_links(w: Any, open_section: Callable[[str], Any]) -> list[GuideLink]:
    """A "?" on each panel that has a section of its own."""
    panel = w.panel
    places = [
        (panel.hyper_group, "rate"),
        (panel.method_group, "story"),
        (panel.rule_group, "rules"),
        (panel.schedule_group, "schedules"),
        (panel.dataset_group, "data"),
        (w.insight_panel, "rate"),
        (w.race_panel, "race"),
        (w.contour_view, "views"),
    ]
    return [GuideLink(widget, section, open_section) for widget, section in places]
