"""The core and the headless command never load the GUI stack."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GUI_MODULES = ("PySide6", "pyqtgraph", "OpenGL", "shiboken6")

PROBE = """
import json, sys
import gd_desktop.core, gd_desktop.cli
from gd_desktop.core import Run, preset
run = Run(preset("blog-minibatch"))
run.run_to_end()
assert gd_desktop.cli.main(["--steps", "2", "--quiet"]) == 0
print(json.dumps(sorted(sys.modules)))
"""


def test_core_and_cli_import_no_gui_modules():
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300, cwd=REPO
    )
    assert proc.returncode == 0, proc.stderr
    modules = json.loads(proc.stdout.splitlines()[-1])
    assert "gd_desktop.core" in modules and "gd_desktop.cli" in modules
    loaded = [m for m in modules if m.split(".")[0] in GUI_MODULES]
    assert loaded == []
