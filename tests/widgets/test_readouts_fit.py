"""Every readout fits its label, and every label lies inside the window, at the screen
sizes a class meets and with the application font at its default and doubled size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.critical import NearPoint
from gd_desktop.core.objective import MINIMUM
from gd_desktop.widgets import names
from gd_desktop.widgets.main_window import MainWindow
from gd_desktop.widgets.numbers import READOUT_LEAST_DIGITS

from .helpers import significant_digits

SIZES = [(1024, 768), (1280, 800), (1920, 1080)]
# (font scale, window size): at twice the font, the docks and views of the normal
# layout need more than 1280x800 (presentation mode is the layout for small screens).
SCREENS = [(1.0, size) for size in SIZES] + [(2.0, SIZES[-1])]
READOUTS = (
    names.READOUT_STEP,
    names.READOUT_EPOCH,
    names.READOUT_W0,
    names.READOUT_W1,
    names.READOUT_MSE,
    names.READOUT_BEST_MSE,
    names.READOUT_DISTANCE,
    names.READOUT_STATE,
    names.READOUT_NEAR,
)


@pytest.fixture(params=SCREENS, ids=[f"font-x{f:g}-{w}x{h}" for f, (w, h) in SCREENS])
def screen(request) -> Iterator[tuple[int, int]]:
    """The application font scaled, and the window size to test at."""
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    default = app.font()
    font = QtGui.QFont(default)
    font.setPointSizeF(default.pointSizeF() * request.param[0])
    app.setFont(font)
    try:
        yield request.param[1]
    finally:
        app.setFont(default)


def misfits(w: MainWindow) -> list[str]:
    """Readouts whose text is wider than their label or that leave the window."""
    out = []
    window = w.rect()
    for name in READOUTS:
        label = w.findChild(QtWidgets.QLabel, name)
        assert label is not None, name
        width = label.fontMetrics().horizontalAdvance(label.text())
        if width > label.contentsRect().width():
            out.append(f"{name} {label.text()!r}: {width} px in {label.contentsRect().width()}")
        corner = label.mapTo(w, QtCore.QPoint(0, 0))
        box = QtCore.QRect(corner, label.size())
        if not label.isVisible() or not window.contains(box):
            out.append(f"{name} at {box} is outside the window {window}")
    for title in w.readouts.findChildren(QtWidgets.QLabel):
        if title.objectName() not in READOUTS:  # a caption
            width = title.fontMetrics().horizontalAdvance(title.text())
            if width > title.contentsRect().width():
                out.append(f"caption {title.text()!r}: {width} px in {title.width()}")
    return out


@pytest.mark.parametrize(
    ("weights", "mse", "best", "distance"),
    [
        ((-1.234567e300, 1.234567e300), 1e-19, (-1.234567e300, 7999999), 1.234567e300),
        ((2.240143e18, -3.893462e18), 7.539786e-19, (7.539786e-19, 2614144), 4e-13),
    ],
    ids=["huge", "tiny"],
)
def test_readouts_fit_their_labels_inside_the_window(
    qtbot, screen, window, weights, mse, best, distance
) -> None:
    w = window
    w.resize(*screen)
    qtbot.waitUntil(lambda: w.size() == QtCore.QSize(*screen), timeout=20000)

    def fits() -> None:
        w.readouts.show_values(2614144, 8000000, 327, weights, mse, best, distance)
        w.readouts.show_state("diverged", w.presenter.state_text(w.state))
        assert misfits(w) == []

    qtbot.waitUntil(fits, timeout=20000)

    def fits_logistic() -> None:  # the longest captions and the longest near sentence
        w.readouts.set_family("logistic")
        w.readouts.show_near(NearPoint(MINIMUM, 2, 4, False))
        w.readouts.show_values(2614144, 8000000, 327, weights, mse, best, distance)
        assert misfits(w) == []

    qtbot.waitUntil(fits_logistic, timeout=20000)
    for name in (names.READOUT_W0, names.READOUT_MSE, names.READOUT_DISTANCE):
        text = w.findChild(QtWidgets.QLabel, name).text()
        assert significant_digits(text) >= READOUT_LEAST_DIGITS, text
        assert "e" not in text or text.split("e")[1].lstrip("+-").isdigit(), text
    assert w.findChild(QtWidgets.QLabel, names.READOUT_STEP).text() == "2614144 / 8000000"
