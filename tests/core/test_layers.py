"""Every module of core, session and the command line imports without the GUI stack,
and the runtime layer needs QtCore only (each module in a fresh interpreter)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import gd_desktop

REPO = Path(__file__).resolve().parents[2]
GUI_STACK = ("PySide6", "shiboken6", "pyqtgraph", "OpenGL")
DRAWING = ("PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtOpenGL", "pyqtgraph", "OpenGL")
PROBE = (
    "import importlib, json, sys; importlib.import_module(sys.argv[1]); "
    "print(json.dumps(sorted(sys.modules)))"
)


def modules_of(package: str) -> list[str]:
    """The package and every module under it, found on disk (not a hand-picked list)."""
    path = Path(gd_desktop.__file__).parent / package.split(".", 1)[1].replace(".", "/")
    found = [package]
    for info in pkgutil.walk_packages([str(path)], prefix=f"{package}."):
        found.append(info.name)
    return sorted(found)


def loaded_by(module: str) -> list[str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, module],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


QT_FREE = [
    m for p in ("gd_desktop.core", "gd_desktop.session", "gd_desktop.cli") for m in modules_of(p)
]


def test_every_layer_has_modules():
    assert len(modules_of("gd_desktop.core")) > 10
    assert len(modules_of("gd_desktop.session")) > 1
    assert len(modules_of("gd_desktop.runtime")) > 1


@pytest.mark.parametrize("module", QT_FREE)
def test_module_loads_no_gui_stack(module):
    loaded = loaded_by(module)
    assert module in loaded
    assert [m for m in loaded if m.split(".")[0] in GUI_STACK] == []


@pytest.mark.parametrize("module", modules_of("gd_desktop.runtime"))
def test_runtime_module_needs_qtcore_only(module):
    loaded = loaded_by(module)
    assert [m for m in loaded if m.startswith(DRAWING)] == []
