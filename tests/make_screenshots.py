"""Screenshots for the README: a fresh start, a run in progress, a finished run, a race,
the saddle race. ``python tests/make_screenshots.py saddle.png`` saves only the shots named.

Run under a 1280x800 X screen (``make screenshots`` starts one with xvfb-run). The
window is grabbed from the screen, as a user sees it, so the 3D view is included.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from gd_desktop.app import configure_qt

OUT = Path(__file__).resolve().parents[1] / "resources" / "screenshots"


def main() -> int:
    # The app's defaults, not whatever this machine's settings hold.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gd-screenshots-")
    configure_qt()
    from PySide6 import QtCore, QtWidgets

    app = QtWidgets.QApplication(sys.argv[:1])
    from gd_desktop.core.presets import PRESETS
    from gd_desktop.widgets.main_window import MainWindow
    from gd_desktop.widgets.theme import apply_dark_theme

    apply_dark_theme(app)
    window = MainWindow()
    window.setGeometry(0, 0, 1280, 800)
    window.show()

    def settle(seconds: float, until=lambda: True) -> None:  # type: ignore[no-untyped-def]
        end = time.perf_counter() + seconds
        while time.perf_counter() < end or not until():
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if time.perf_counter() > end + 30:
                break

    only = sys.argv[1:]  # names of the shots to save (default: all)

    def shoot(name: str) -> None:
        settle(0.4)
        if only and name not in only:
            return
        screen = window.screen().grabWindow(0, 0, 0, 1280, 800)
        screen.save(str(OUT / name))
        print(f"saved {OUT / name}")

    OUT.mkdir(parents=True, exist_ok=True)
    settle(1.0, lambda: window.state == "ready")
    shoot("start.png")

    sgd = replace(PRESETS["blog-sgd"], budget=2000)
    window.panel.preset_combo.setCurrentIndex(window.panel.preset_combo.findData("blog-sgd"))
    window.panel.set_config(sgd)
    window.load(sgd)
    settle(0.5, lambda: window.state == "ready")
    window.panel.speed_input.setValue(30)  # 1000 updates a second
    window.actions_.run.trigger()
    settle(0.9)
    window.actions_.run.trigger()
    settle(0.3, lambda: window.state == "paused")
    shoot("running.png")

    window.panel.preset_combo.setCurrentIndex(window.panel.preset_combo.findData("blog-batch"))
    window.panel.set_config(PRESETS["blog-batch"])
    window.load(PRESETS["blog-batch"])
    settle(0.5, lambda: window.state == "ready")
    window.panel.speed_input.setValue(window.panel.speed_input.maximum())
    window.actions_.run.trigger()
    settle(0.5, lambda: window.state == "finished")
    shoot("finished.png")

    window.load_ready_race("optimizers")
    settle(0.5, lambda: window.state == "ready" and len(window.lanes) == 3)
    window.arrows_check.setChecked(True)
    window.panel.speed_input.setValue(20)  # 100 updates a second
    window.actions_.run.trigger()
    settle(0.45)
    window.actions_.run.trigger()
    settle(0.3, lambda: window.state == "paused")
    shoot("race.png")

    window.load_ready_race("saddle")
    settle(0.5, lambda: window.state == "ready" and len(window.lanes) == 3)
    window.panel.speed_input.setValue(window.panel.speed_input.maximum())
    window.actions_.run.trigger()
    settle(0.5, lambda: window.state == "finished")
    window.race_dock.raise_()
    shoot("saddle.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
