"""Entry point: ``gd-desktop`` opens the window, ``gd-desktop run`` runs headless."""

from __future__ import annotations

import os
import sys
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6 import QtGui

USAGE = """usage: gd-desktop [--lang ko|en] [FILE.json | run ...]

  gd-desktop            open the desktop app (the last experiment, in your language)
  gd-desktop FILE.json  open the app with an experiment or race file
  gd-desktop --lang ko  open it in Korean for this launch (--lang en: English)
  gd-desktop run ...    run headless and print every update (gd-desktop run --help);
                        with --gif FILE [--frames N] [--size WxH], also an animation
"""
LANGUAGE_CHOICES = ("en", "ko")


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


def open_window(language: str | None = None) -> Any:
    """The QApplication and the shown main window, in ``language`` (None: the one
    chosen last time, else the system's)."""
    configure_qt()
    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    QtWidgets.QApplication.setWindowIcon(app_icon())
    from gd_desktop.widgets.experiment_settings import restore_experiment
    from gd_desktop.widgets.language import set_language, start_language
    from gd_desktop.widgets.main_window import MainWindow
    from gd_desktop.widgets.theme import apply_dark_theme

    set_language(start_language(language))
    apply_dark_theme(app)  # type: ignore[arg-type]
    window = MainWindow()
    restore_experiment(window)  # the app restores; a plain MainWindow() does not
    window.show()
    return window


def run_gui(language: str | None = None, experiment: str | None = None) -> int:
    from gd_desktop.platform_check import display_problem

    problem = display_problem()
    if problem is not None:
        print(f"gd-desktop: {problem}", file=sys.stderr)
        return 1
    window = open_window(language)
    from PySide6 import QtWidgets

    if experiment is not None:
        from gd_desktop.widgets.main_menus import open_experiment

        open_experiment(window, experiment)  # a bad file is explained in the window
    code = int(QtWidgets.QApplication.exec())
    del window
    return code


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "run":
        from gd_desktop.cli import main as run_main

        status = run_main(args[1:])
        animation = ("--gif", "--mp4")
        if status == 0 and any(a.split("=")[0] in animation for a in args[1:]):
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
    language, experiment, problem = window_flags(args)
    if problem:
        print(f"gd-desktop: error: {problem} (try gd-desktop --help)", file=sys.stderr)
        return 2
    return run_gui(language, experiment)


def window_flags(args: list[str]) -> tuple[str | None, str | None, str]:
    """The window's arguments, ``[--lang ko|en] [FILE.json]`` in either order:
    (language, experiment file, problem)."""
    files = [
        (i, a)
        for i, a in enumerate(args)
        if not a.startswith("-")
        and (i == 0 or args[i - 1] != "--lang")
        and (a.lower().endswith(".json") or os.path.isfile(a))
    ]
    experiment = None
    if files:
        index, experiment = files[0]
        if not os.path.isfile(experiment):
            return None, None, f"no such file: {experiment}"
        args = args[:index] + args[index + 1 :]
    language, problem = language_flag(args)
    return language, experiment, problem


def language_flag(args: list[str]) -> tuple[str | None, str]:
    """``--lang ko`` or ``--lang=ko`` (the only flag of the window): (language, problem)."""
    if not args:
        return None, ""
    if args[0].startswith("--lang="):
        value, rest = args[0].removeprefix("--lang="), args[1:]
    elif args[0] == "--lang":
        if len(args) < 2:
            return None, "--lang needs a language: ko or en"
        value, rest = args[1], args[2:]
    else:
        return None, f"unknown argument {args[0]!r}"
    if value not in LANGUAGE_CHOICES:
        return None, f"--lang {value!r}: choose ko or en"
    if rest:
        return None, f"unknown argument {rest[0]!r}"
    return value, ""
