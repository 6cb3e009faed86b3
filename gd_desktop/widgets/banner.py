"""The divergence banner: what went wrong, and a button that offers a stable rate."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


class DivergenceBanner(QtWidgets.QWidget):
    """Hidden until a run diverges; ``button`` sets stable rates (the window connects it)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.label = QtWidgets.QLabel()
        self.label.setWordWrap(True)
        # The text names runs, and a run's label is never markup.
        self.label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.label.setStyleSheet(
            "background: #4a2426; color: #f6d5d3; padding: 6px; border-radius: 4px;"
        )
        self.button = QtWidgets.QPushButton(self.tr("Use a stable rate"))
        self.button.setToolTip(self.tr("Set the learning rate to 0.9 x 2/lambda_max."))
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.show_text(None)

    def show_text(self, text: str | None) -> None:
        """Show ``text`` (None hides the banner)."""
        self.setVisible(text is not None)
        if text is not None:
            self.label.setText(text)
