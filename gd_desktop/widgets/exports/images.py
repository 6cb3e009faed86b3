"""Pictures of the views and of the window, at a chosen size, as QImages and as PNG or
SVG bytes. The 2D views are drawn by pyqtgraph's image exporter at the size asked
(and as SVG by Qt's generator); the 3D view and the whole window are grabbed as
they are drawn on screen."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pyqtgraph as pg
import pyqtgraph.exporters as exporters
from PySide6 import QtCore, QtGui, QtOpenGLWidgets, QtSvg, QtWidgets

# The views that can be exported alone, by key (the window's attribute names).
VIEWS = ("surface_view", "contour_view", "loss_view", "data_view")
PLOT_VIEWS = ("contour_view", "loss_view", "data_view")


def fit(image: QtGui.QImage, width: int, height: int) -> QtGui.QImage:
    """``image`` at exactly width x height: scaled to cover it (no distortion) and
    cropped at the centre."""
    if image.width() == width and image.height() == height:
        return image
    scaled = image.scaled(
        width,
        height,
        QtCore.Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        QtCore.Qt.TransformationMode.SmoothTransformation,
    )
    x = (scaled.width() - width) // 2
    y = (scaled.height() - height) // 2
    return scaled.copy(x, y, width, height)


def plot_image(view: pg.PlotWidget, width: int, height: int) -> QtGui.QImage:
    """A 2D view drawn by pyqtgraph at width x height."""
    exporter = exporters.ImageExporter(view.getPlotItem())
    # The exporter keeps the aspect ratio from the width; the height is then cropped.
    exporter.parameters()["width"] = width
    image = exporter.export(toBytes=True)
    assert isinstance(image, QtGui.QImage)
    return fit(image.convertToFormat(QtGui.QImage.Format.Format_RGB32), width, height)


def plot_svg(view: pg.PlotWidget) -> bytes:
    """A 2D view as SVG at its size on screen: lines and text as vectors (the
    contour view's colour image stays a bitmap). Drawn by Qt's SVG generator."""
    data = QtCore.QByteArray()
    buffer = QtCore.QBuffer(data)
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    generator = QtSvg.QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = view.viewport().size()
    generator.setSize(size)
    generator.setViewBox(QtCore.QRect(QtCore.QPoint(0, 0), size))
    generator.setTitle(view.objectName())
    painter = QtGui.QPainter(generator)
    try:
        view.render(painter)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def view_image(window: Any, key: str, width: int, height: int) -> QtGui.QImage:
    """One view (``key`` in VIEWS) at width x height."""
    view = getattr(window, key)
    if key in PLOT_VIEWS:
        return plot_image(view, width, height)
    # The GL view's own frame buffer; the placeholder (no OpenGL) is a plain widget.
    if isinstance(view, QtOpenGLWidgets.QOpenGLWidget):
        image = gl_picture(view)
    else:
        image = view.grab().toImage()
    return fit(image.convertToFormat(QtGui.QImage.Format.Format_RGB32), width, height)


def window_image(window: QtWidgets.QWidget, width: int, height: int) -> QtGui.QImage:
    """The whole window as drawn, at width x height: grabbed at its own size, or (for
    another size) laid out at that size for the picture and then put back."""
    if (window.width(), window.height()) == (width, height):
        return grab(window)
    old = window.size()
    window.resize(width, height)
    QtWidgets.QApplication.processEvents()
    try:
        image = grab(window)
    finally:
        window.resize(old)
    return fit(image, width, height)


def window_frames(
    window: QtWidgets.QMainWindow, width: int, height: int, still: list[QtWidgets.QWidget]
) -> Callable[[], QtGui.QImage]:
    """Frames of the whole window at width x height, for an animation. At the window's
    own size the parts that stay the same from frame to frame (the menu bar and the
    ``still`` docks) are drawn once, in the first frame; each later frame draws only
    the central widget, the tool bars, the other docks and the status bar over a copy
    of it."""
    if (window.width(), window.height()) != (width, height):
        return lambda: window_image(window, width, height)
    first: list[QtGui.QImage] = []

    def frame() -> QtGui.QImage:
        if not first:
            first.append(grab(window))
            return first[0].copy()
        image = first[0].copy()
        parts = [window.centralWidget(), window.statusBar()]
        # Tool bars too: Run and Step are enabled or not at each update.
        for kind in (QtWidgets.QToolBar, QtWidgets.QDockWidget):
            parts += [
                part
                for part in window.findChildren(kind)
                if part not in still
                and part.parentWidget() is window
                and part.isVisible()
                and not part.isWindow()  # a floating one is not in the picture
                and not part.visibleRegion().isEmpty()
            ]
        with held_open(window):
            drawn = [(part, grab(part)) for part in parts if part is not None]
        painter = QtGui.QPainter(image)
        try:
            for part, picture in drawn:
                painter.drawImage(part.mapTo(window, QtCore.QPoint(0, 0)), picture)
        finally:
            painter.end()
        return image

    return frame


@contextlib.contextmanager
def held_open(widget: QtWidgets.QWidget) -> Iterator[None]:
    """Draw a held widget (see ``hold_updates``) for a picture: Qt draws no widget
    whose updates are off, and a child's cannot be turned on while its window's are
    off. Held again afterwards."""
    held = not widget.updatesEnabled()
    if held:
        widget.setUpdatesEnabled(True)
    try:
        yield
    finally:
        if held:
            widget.setUpdatesEnabled(False)


def grab(widget: QtWidgets.QWidget) -> QtGui.QImage:
    """``widget`` drawn into an image. A GL view whose on-screen updates are held
    (see ``hold_updates``) is drawn once, from its own frame buffer; a held window is
    drawn for the picture (Qt draws no widget whose updates are off) and held again."""
    with held_open(widget.window()):
        image = widget.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_RGB32)
    for view in widget.findChildren(QtOpenGLWidgets.QOpenGLWidget):
        if view.isVisible() and not view.updatesEnabled():
            painter = QtGui.QPainter(image)
            try:
                at = view.mapTo(widget, QtCore.QPoint(0, 0))
                painter.drawImage(QtCore.QRect(at, view.size()), gl_picture(view))
            finally:
                painter.end()
    return image


def gl_picture(view: QtOpenGLWidgets.QOpenGLWidget) -> QtGui.QImage:
    """A GL view's frame buffer with the widgets laid over it (the colour bar) drawn on
    top, as on screen."""
    image = view.grabFramebuffer().convertToFormat(QtGui.QImage.Format.Format_RGB32)
    children = [
        child
        for child in view.findChildren(
            QtWidgets.QWidget, options=QtCore.Qt.FindChildOption.FindDirectChildrenOnly
        )
        if child.isVisible()
    ]
    if not children:
        return image
    painter = QtGui.QPainter(image)
    try:
        with held_open(view.window()), held_open(view):
            for child in children:
                # Without its window background: the 3D view shows through, as on screen.
                child.render(
                    painter,
                    child.pos(),
                    QtGui.QRegion(),
                    QtWidgets.QWidget.RenderFlag.DrawChildren,
                )
    finally:
        painter.end()
    return image


def hold_updates(widget: QtWidgets.QWidget, hold: bool) -> None:
    """While many pictures of ``widget`` are taken, it is drawn for the pictures only,
    not on screen as well: software OpenGL draws and composes the window slowly. Its GL
    views stay held while the rest is drawn for a picture (``grab``)."""
    views = widget.findChildren(QtOpenGLWidgets.QOpenGLWidget)
    if hold:
        for view in views:
            view.setUpdatesEnabled(False)
        widget.setUpdatesEnabled(False)
        return
    widget.setUpdatesEnabled(True)
    for view in views:
        view.setUpdatesEnabled(True)
        view.update()


def png_bytes(image: QtGui.QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QtCore.QByteArray()
    buffer = QtCore.QBuffer(data)
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # stubs: bytes only
        raise ValueError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())
