"""Checks made before Qt starts, so a missing display or library gets one clear line.

Without them Qt aborts the process with a long message about platform plugins.
Nothing here imports Qt.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

# Shared libraries Qt's xcb platform plugin and Mesa load, with their Debian packages.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_libraries() -> list[str]:
    """Shared libraries of ``XCB_LIBRARIES`` that cannot be loaded."""
    missing = []
    for name in XCB_LIBRARIES:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def _x_server_reachable(display: str) -> bool:
    path = ctypes.util.find_library("xcb")
    if path is None:
        return True  # cannot tell; let Qt try
    xcb = ctypes.CDLL(path)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    failed = xcb.xcb_connection_has_error(connection) != 0
    xcb.xcb_disconnect(connection)
    return not failed


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """One line saying why Qt cannot open a window here, or None when it can."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return None
    if platform == "wayland" or (not platform and env.get("WAYLAND_DISPLAY")):
        return None
    display = env.get("DISPLAY", "")
    if not display:
        return (
            "no display: DISPLAY is not set. Start GD Desktop from a desktop session, "
            "or on a virtual screen with: xvfb-run -s '+extension GLX' gd-desktop"
        )
    missing = missing_libraries()
    if missing:
        packages = " ".join(XCB_LIBRARIES[name] for name in missing)
        return (
            f"Qt's display libraries are missing ({', '.join(missing)}); "
            f"install them with: sudo apt-get install -y {packages}"
        )
    if not _x_server_reachable(display):
        return (
            f"cannot connect to the X display {display!r}; check that the X server is "
            "running and that DISPLAY is right"
        )
    return None
