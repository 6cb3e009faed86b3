"""Whether the 3D view can work here, found out without making Qt log a warning."""

from __future__ import annotations

from functools import lru_cache

from PySide6 import QtGui

# pyqtgraph.opengl refuses contexts older than this.
MIN_GL_VERSION = (2, 1)
NO_GL_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb")


@lru_cache(maxsize=1)
def opengl_problem() -> str | None:
    """None when desktop OpenGL >= 2.1 is usable, else a short reason.

    Needs a QGuiApplication. Platforms known to lack OpenGL are answered without
    touching it, since creating a GL widget there makes Qt log a warning.
    """
    platform = QtGui.QGuiApplication.platformName()
    if platform in NO_GL_PLATFORMS:
        return f"the '{platform}' display platform has no OpenGL"
    context = QtGui.QOpenGLContext()
    if not context.create():
        return "no OpenGL context could be created"
    fmt = context.format()
    if context.isOpenGLES():
        return "only OpenGL ES is available"
    version = (fmt.majorVersion(), fmt.minorVersion())
    if version < MIN_GL_VERSION:
        return f"OpenGL {version[0]}.{version[1]} is too old (2.1 or newer is needed)"
    surface = QtGui.QOffscreenSurface()
    surface.setFormat(fmt)
    surface.create()
    ok = context.makeCurrent(surface)
    if ok:
        context.doneCurrent()
    surface.destroy()
    return None if ok else "the OpenGL context cannot be made current"


def opengl_available() -> bool:
    return opengl_problem() is None
