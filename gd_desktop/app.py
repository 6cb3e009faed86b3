"""Entry point: ``gd-desktop`` opens the window, ``gd-desktop run`` runs headless."""

from __future__ import annotations

import sys
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6 import QtGui

USAGE = """usage: gd-desktop [run ...]

  gd-desktop            open the desktop app
  gd-desktop run ...    run headless and print every update (gd-desktop run --help)
"""


def configure_qt() -> None:
    """Application-wide Qt settings that must precede the QApplication."""
    from PySide6 import QtCore, QtGui

    # One GL context share group: a 3D view whose dock is floated, or a second
    # window, gets a new context, and pyqtgraph caches shaders per process.
    QtCore.QCoreApplication.setAttribute(QtCore.Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    fmt = QtGui.QSurfaceFormat()
    fmt.setDepthBufferSize(24)
    fmt.setSamples(0)
    QtGui.QSurfaceFormat.setDefaultFormat(fmt)
    QtCore.QCoreApplication.setOrganizationName("GD Desktop")
    QtCore.QCoreApplication.setApplicationName("GD Desktop")


def app_icon() -> QtGui.QIcon:
    """The application's icon, from the package data."""
    from PySide6 import QtGui

    icon = resources.files("gd_desktop").joinpath("resources", "icons", "gd-desktop.svg")
    return QtGui.QIcon(str(icon))


def run_gui() -> int:
    from gd_desktop.platform_check import display_problem

    problem = display_problem()
    if problem is not None:
        print(f"gd-desktop: {problem}", file=sys.stderr)
        return 1
    configure_qt()
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    from gd_desktop.widgets.main_window import MainWindow
    from gd_desktop.widgets.theme import apply_dark_theme

    apply_dark_theme(app)

    window = MainWindow()
    window.show()
    return int(app.exec())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "run":
        from gd_desktop.cli import main as run_main

        return run_main(args[1:])
    if args and args[0] in ("-h", "--help"):
        print(USAGE, end="")
        return 0
    if args and args[0] == "--version":
        from gd_desktop import __version__

        print(f"gd-desktop {__version__}")
        return 0
    if args:
        print(
            f"gd-desktop: error: unknown argument {args[0]!r} (try gd-desktop --help)",
            file=sys.stderr,
        )
        return 2
    return run_gui()
