"""Help > Guide, Keyboard shortcuts and About: dialogs that explain the app."""

from __future__ import annotations

from importlib import resources

from PySide6 import QtCore, QtWidgets

from gd_desktop import __version__
from gd_desktop.widgets import names
from gd_desktop.widgets.guide_text import SECTIONS, section_body, section_title


class GuideDialog(QtWidgets.QDialog):
    """The guide: its sections listed on the left, the chosen one on the right."""

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(names.GUIDE_DIALOG)
        self.resize(820, 560)
        layout = QtWidgets.QHBoxLayout(self)
        self.contents = QtWidgets.QListWidget()
        self.contents.setMaximumWidth(260)
        self.page = QtWidgets.QTextBrowser()
        self.page.setOpenLinks(False)
        layout.addWidget(self.contents)
        layout.addWidget(self.page, 1)
        self.contents.currentRowChanged.connect(self._show_row)
        self.retranslate()
        self.contents.setCurrentRow(0)

    @property
    def section(self) -> str:
        return SECTIONS[max(0, self.contents.currentRow())]

    def show_section(self, key: str) -> None:
        self.contents.setCurrentRow(SECTIONS.index(key))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("GD Desktop guide"))
        row = self.contents.currentRow()
        with QtCore.QSignalBlocker(self.contents):
            self.contents.clear()
            self.contents.addItems([section_title(key) for key in SECTIONS])
            self.contents.setCurrentRow(max(0, row))
        self._show_row(max(0, row))

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            key = SECTIONS[row]
            self.page.setHtml(f"<h2>{section_title(key)}</h2>{section_body(key)}")


def shortcuts_html() -> str:
    rows = [
        ("Space", QtCore.QCoreApplication.translate("Help", "Run, or pause a run")),
        ("Right, N", QtCore.QCoreApplication.translate("Help", "Step one update")),
        (
            "Shift+Right, Shift+N",
            QtCore.QCoreApplication.translate("Help", "Step to the end of the epoch"),
        ),
        ("R", QtCore.QCoreApplication.translate("Help", "Reset to the start")),
        ("Ctrl+O", QtCore.QCoreApplication.translate("Help", "Open an experiment")),
        ("Ctrl+S", QtCore.QCoreApplication.translate("Help", "Save the experiment")),
        ("Ctrl+D", QtCore.QCoreApplication.translate("Help", "Open a CSV data file")),
        ("Ctrl+E", QtCore.QCoreApplication.translate("Help", "Export records as CSV")),
        ("Ctrl+Shift+A", QtCore.QCoreApplication.translate("Help", "Add a run to the race")),
        ("Ctrl+Shift+X", QtCore.QCoreApplication.translate("Help", "Remove the selected run")),
        ("F1", QtCore.QCoreApplication.translate("Help", "Open the guide")),
        ("Ctrl+Q", QtCore.QCoreApplication.translate("Help", "Quit")),
    ]
    cells = "".join(f"<tr><td><b>{key}</b></td><td>{text}</td></tr>" for key, text in rows)
    return f"<table cellspacing='6'>{cells}</table>"


def licence_texts() -> list[tuple[str, str]]:
    """(file name, text) of each bundled data licence."""
    folder = resources.files("gd_desktop").joinpath("resources", "data")
    found = sorted(
        (entry for entry in folder.iterdir() if entry.name.startswith("LICENSE-")),
        key=lambda entry: entry.name,
    )
    return [(entry.name, entry.read_text(encoding="utf-8")) for entry in found]


def about_html() -> str:
    head = QtCore.QCoreApplication.translate(
        "Help",
        "<h2>GD Desktop {0}</h2><p>Gradient descent, made visible: watch the weights of a "
        "two-weight linear model walk down the loss surface, update by update.</p>"
        "<p>The sample datasets come from statsmodels and scikit-learn; their licences "
        "follow.</p>",
    ).format(__version__)
    licences = "".join(
        f"<h3>{name}</h3><pre>{text.replace('&', '&amp;').replace('<', '&lt;')}</pre>"
        for name, text in licence_texts()
    )
    return head + licences


def show_text_dialog(parent: QtWidgets.QWidget, title: str, html: str, name: str) -> None:
    """A window-modal dialog with ``html`` in a scrolling browser and a Close button."""
    dialog = QtWidgets.QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.resize(640, 520)
    layout = QtWidgets.QVBoxLayout(dialog)
    browser = QtWidgets.QTextBrowser()
    browser.setHtml(html)
    layout.addWidget(browser)
    buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    dialog.open()
