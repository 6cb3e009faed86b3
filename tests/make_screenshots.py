"""Screenshots for the README: a fresh start, a run in progress, a finished run, a race,
the light theme, presentation mode at 1024x768, the window at 1920x1080, the same
finished run in English and in Korean (``--languages``: only those two), and the
saddle race.
``python tests/make_screenshots.py saddle.png`` saves only the shots named.

Run under a 1920x1080 X screen (``make screenshots`` starts one with xvfb-run). The
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

    only = [a for a in sys.argv[1:] if not a.startswith("--")]  # shots to save (all)

    def shoot(name: str, width: int = 1280, height: int = 800) -> None:
        settle(0.4)
        if only and name not in only:
            return
        screen = window.screen().grabWindow(0, 0, 0, width, height)
        screen.save(str(OUT / name))
        print(f"saved {OUT / name}")

    OUT.mkdir(parents=True, exist_ok=True)
    settle(1.0, lambda: window.state == "ready")
    if "--languages" in sys.argv:
        languages(window, settle, shoot)
        window.close()
        return 0
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

    window.display.light_action.trigger()
    shoot("light.png")
    window.display.dark_action.trigger()

    window.setGeometry(0, 0, 1920, 1080)
    settle(0.5, lambda: window.width() == 1920)
    shoot("wide-1920x1080.png", 1920, 1080)

    window.display.presentation_action.setChecked(True)
    settle(0.5, window.isFullScreen)
    window.setGeometry(0, 0, 1024, 768)
    settle(0.5, lambda: window.width() == 1024)
    shoot("presentation-1024x768.png", 1024, 768)
    window.display.presentation_action.setChecked(False)
    settle(0.5, lambda: not window.isFullScreen())
    window.setGeometry(0, 0, 1280, 800)  # the size the later shots are taken at
    settle(0.5, lambda: window.width() == 1280)
    languages(window, settle, shoot)

    window.load_ready_race("saddle")
    settle(0.5, lambda: window.state == "ready" and len(window.lanes) == 3)
    window.panel.speed_input.setValue(window.panel.speed_input.maximum())
    window.actions_.run.trigger()
    settle(0.5, lambda: window.state == "finished")
    window.race_dock.raise_()
    shoot("saddle.png")
    window.close()
    return 0


def languages(window, settle, shoot) -> None:  # type: ignore[no-untyped-def]
    """A finished mini-batch run with the insight showing, in English, then Korean."""
    from gd_desktop.core.presets import PRESETS
    from gd_desktop.widgets.language import set_language

    config = PRESETS["blog-minibatch"]
    window.panel.preset_combo.setCurrentIndex(window.panel.preset_combo.findData("blog-minibatch"))
    window.panel.set_config(config)
    window.load(config)
    settle(0.5, lambda: window.state == "ready")
    window.panel.speed_input.setValue(window.panel.speed_input.maximum())
    window.actions_.run.trigger()
    settle(0.5, lambda: window.state == "finished")
    window.insight_dock.raise_()
    shoot("english.png")
    set_language("ko")
    settle(0.8, lambda: window.shown_language == "ko")
    shoot("korean.png")
    set_language("en")
    settle(0.5, lambda: window.shown_language == "en")


if __name__ == "__main__":
    sys.exit(main())
