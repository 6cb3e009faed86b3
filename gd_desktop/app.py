"""Entry point: ``gd-desktop`` opens the window, ``gd-desktop run`` runs headless."""

from __future__ import annotations

import os
import sys

USAGE = """usage: gd-desktop [FILE.json | run ...]

  gd-desktop            open the desktop app
  gd-desktop FILE.json  open the app with an experiment or race file
  gd-desktop run ...    run headless and print every update (gd-desktop run --help);
                        with --gif FILE [--frames N] [--size WxH], also an animation
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


def run_gui(experiment: str | None = None) -> int:
    from gd_desktop.platform_check import display_problem

    problem = display_problem()
    if problem is not None:
        print(f"gd-desktop: {problem}", file=sys.stderr)
        return 1
    configure_qt()
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication(sys.argv[:1])
    from gd_desktop.widgets.main_window import MainWindow
    from gd_desktop.widgets.theme import apply_dark_theme

    apply_dark_theme(app)

    window = MainWindow()
    window.show()
    if experiment is not None:
        from gd_desktop.widgets.main_menus import open_experiment

        open_experiment(window, experiment)  # a bad file is explained in the window
    return int(app.exec())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "run":
        from gd_desktop.cli import main as run_main

        status = run_main(args[1:])
        if status == 0 and any(a == "--gif" or a.startswith("--gif=") for a in args[1:]):
            from gd_desktop.gif_export import main as gif_main

            return gif_main(args[1:], configure_qt)
        return status
    if args and args[0] in ("-h", "--help"):
        print(USAGE, end="")
        return 0
    if args and args[0] == "--version":
        from gd_desktop import __version__

        print(f"gd-desktop {__version__}")
        return 0
    if len(args) == 1 and not args[0].startswith("-"):
        if not os.path.isfile(args[0]):
            print(f"gd-desktop: error: no such file: {args[0]}", file=sys.stderr)
            return 2
        return run_gui(args[0])
    if args:
        print(
            f"gd-desktop: error: unknown argument {args[0]!r} (try gd-desktop --help)",
            file=sys.stderr,
        )
        return 2
    return run_gui()
