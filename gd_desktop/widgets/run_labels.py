"""How a run's label is shown: as plain text, on one line, and at most 60 characters.

Labels come from files and from the user; Qt's labels and pyqtgraph's legends take
rich text, so a label like ``<img src=...>`` would load an image, and a label of
millions of characters would take seconds to lay out. Every view shows a label
through these two functions.
"""

from __future__ import annotations

import html

MAX_LABEL_CHARS = 60
ELLIPSIS = "\u2026"


def shown_label(label: str) -> str:
    """``label`` on one line (control characters as spaces), cut to MAX_LABEL_CHARS
    characters with an ellipsis; plain text, for widgets that show it as such."""
    head = label[: MAX_LABEL_CHARS + 1]  # never look at more than is shown
    text = "".join(c if c.isprintable() else " " for c in head)
    if len(label) > MAX_LABEL_CHARS:
        text = text[: MAX_LABEL_CHARS - 1] + ELLIPSIS
    return text


def legend_label(label: str) -> str:
    """``shown_label`` escaped for rich text (pyqtgraph legends, HTML in a QLabel), so
    that what shows is what was typed."""
    return html.escape(shown_label(label), quote=False)
