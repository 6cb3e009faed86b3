"""The README's animation: the blog's race (batch vs SGD vs mini-batch) exported by
the app's own File > Export > Animation, of the contour view.

Run under an X screen (``make screenshots`` starts one with xvfb-run).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from gd_desktop.app import configure_qt

OUT = Path(__file__).resolve().parents[1] / "resources" / "screenshots" / "blog-race.gif"
FRAMES = 48
FPS = 12.0
WIDTH = 560  # the height follows the view's own shape, so nothing is cropped


def main() -> int:
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gd-screenshots-")
    configure_qt()
    from PySide6 import QtCore, QtWidgets

    app = QtWidgets.QApplication(sys.argv[:1])
    from gd_desktop.core.race import blog_race
    from gd_desktop.widgets.exports.animation import AnimationExport
    from gd_desktop.widgets.main_window import MainWindow
    from gd_desktop.widgets.theme import apply_dark_theme

    apply_dark_theme(app)
    window = MainWindow()
    window.setGeometry(0, 0, 1280, 800)
    window.show()

    def wait(condition) -> None:  # type: ignore[no-untyped-def]
        while not condition():
            app.processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, 20)

    wait(lambda: window.state == "ready")
    old = window.info.run_id
    window.load_race(blog_race(), selected=0)
    wait(lambda: window.info.run_id > old and window.state == "ready")
    window.session.set_speed(float("inf"))
    window.toggle_run()
    wait(lambda: window.state == "finished")
    view = window.contour_view
    size = (WIDTH, round(WIDTH * view.height() / view.width()))
    export = AnimationExport(window, str(OUT), FRAMES, FPS, size, "contour_view", progress=False)
    done: list[bool] = []
    export.finished.connect(done.append)
    export.start()
    wait(lambda: bool(done))
    print(f"saved {OUT} ({OUT.stat().st_size / 1024:.0f} KB)" if done[0] else "not written")
    window.close()
    return 0 if done[0] else 1


if __name__ == "__main__":
    sys.exit(main())
