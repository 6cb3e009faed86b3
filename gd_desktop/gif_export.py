"""``gd-desktop run ... --gif FILE`` (or ``--mp4 FILE``): the same animation File >
Export > Animation makes, drawn by the window on a display (a virtual one works:
xvfb-run) after the run has been done. Without a display, or an MP4 without its
encoder package: one line and exit status 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from gd_desktop.cli.flags import config_from_args
from gd_desktop.cli.main import is_race_file, load_data
from gd_desktop.cli.parser import EXIT_USAGE, build_parser, gif_options
from gd_desktop.core.animation import DEFAULT_FPS
from gd_desktop.core.race import RaceEntry, load_race
from gd_desktop.session.experiment import single

EXIT_FAILED = 1
# How long the window may take to load and to run, in milliseconds.
LOAD_TIMEOUT_MS = 60_000
RUN_TIMEOUT_MS = 600_000


def main(argv: list[str], configure_qt: Callable[[], None]) -> int:
    """Make the GIF the (already checked) flags ask for; returns the exit status.
    ``configure_qt``: the app's Qt settings, made before the QApplication."""
    from gd_desktop.platform_check import display_problem

    args = build_parser().parse_args(argv)
    request = gif_options(args)
    assert request is not None
    path, frames, size, kind = request
    problem = display_problem()
    if problem is not None:
        print(f"gd-desktop: --{kind} needs a display: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if kind == "mp4":
        from gd_desktop.widgets.exports.mp4_writer import mp4_available

        if not mp4_available():
            print(
                "gd-desktop: --mp4 needs the imageio-ffmpeg package (pip install imageio-ffmpeg)",
                file=sys.stderr,
            )
            return EXIT_USAGE
    if args.config and is_race_file(args.config):
        entries = load_race(args.config)
    else:
        entries = single(config_from_args(args))
    dataset, _ = load_data(entries[0].config)
    configure_qt()
    return _draw(entries, dataset, path, frames, size, kind)


def _draw(
    entries: list[RaceEntry], dataset: Any, path: str, frames: int, size: Any, kind: str
) -> int:
    from PySide6 import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    from gd_desktop.widgets.exports.animation import AnimationExport
    from gd_desktop.widgets.main_window import MainWindow
    from gd_desktop.widgets.theme import apply_dark_theme

    apply_dark_theme(app)  # type: ignore[arg-type]
    window = MainWindow()
    window.resize(*size)
    window.show()
    session = window.session

    def wait(done: Any, timeout_ms: int) -> bool:
        loop = QtCore.QEventLoop()
        timer = QtCore.QTimer()
        timer.timeout.connect(lambda: loop.quit() if done() else None)
        timer.start(20)
        QtCore.QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        timer.stop()
        return bool(done())

    try:
        if not wait(lambda: str(session.state) == "ready", LOAD_TIMEOUT_MS):
            print("gd-desktop: the window did not load its first run", file=sys.stderr)
            return EXIT_FAILED
        old = session.run_id
        window.panel.set_config(entries[0].config)
        window.load_race(entries, dataset, selected=0)
        loaded = wait(lambda: session.run_id > old and str(session.state) != "loading", 60_000)
        if not loaded or str(session.state) == "failed":
            print("gd-desktop: the experiment could not be loaded in the window", file=sys.stderr)
            return EXIT_FAILED
        session.set_speed(float("inf"))
        session.toggle_run()
        if not wait(lambda: str(session.state) in ("finished", "diverged"), RUN_TIMEOUT_MS):
            print("gd-desktop: the run did not finish in the window", file=sys.stderr)
            return EXIT_FAILED
        export = AnimationExport(window, path, frames, DEFAULT_FPS, size, progress=False, kind=kind)
        result: list[bool] = []
        export.finished.connect(result.append)
        export.start()
        wait(lambda: bool(result), RUN_TIMEOUT_MS)
        if not result or not result[0]:
            why = export.failure.problems[0] if export.failure is not None else "not finished"
            print(f"gd-desktop: {path}: the animation was not written ({why})", file=sys.stderr)
            return EXIT_FAILED
        width, height = export.size  # an MP4's sides are made even
        print(f"wrote {path}: {frames} frames, {width}x{height}")
        return 0
    finally:
        window.painter.stop()
        window.data_flow.shutdown()
        window.controller.shutdown()
        window.hide()
        window.deleteLater()
