"""The "?" in a panel's corner: it opens the guide at the section about that panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore, QtWidgets

GUIDE_LINK = "guideLinkButton"


class GuideLink(QtWidgets.QToolButton):
    """A small "?" kept in the top-right corner of its parent, over its frame."""

    SIZE = 18

    def __init__(
        self,
        parent: QtWidgets.QWidget,
        section: str,
        open_section: Callable[[str], Any],
        right: int = 2,
    ):
        super().__init__(parent)
        self.right = right
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
            self.move(parent.width() - self.SIZE - self.right, 0)


def add_guide_links(w: Any, open_section: Callable[[str], Any]) -> list[GuideLink]:
    """A "?" on each panel that has a section of its own."""
    panel = w.panel
    places = [
        (panel.hyper_group, "rate", 2),
        (panel.method_group, "story", 2),
        (panel.rule_group, "rules", 2),
        (panel.schedule_group, "schedules", 2),
        (panel.dataset_group, "data", 2),
        (w.insight_panel, "rate", 24),  # clear of the text's scroll bar
        (w.race_panel, "race", 2),
        (w.contour_view, "views", 2),
    ]
    return [GuideLink(widget, section, open_section, right) for widget, section, right in places]
