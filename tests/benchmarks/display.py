"""Benchmarks that need a screen: rerun the script on a virtual 1280x800 X screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCREEN = "-screen 0 1280x800x24 -ac +extension GLX +render"


def rerun_on_virtual_screen(script: str, argv: list[str], name: str) -> int | None:
    """With no DISPLAY, run ``script`` again under xvfb-run and return its exit status;
    with one, return None (the caller goes on measuring)."""
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("xvfb-run") is None:
        print(f"{name}: needs a display or xvfb-run (apt-get install xvfb)")
        return 1
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    command = ["xvfb-run", "-a", "-s", SCREEN, sys.executable, script, *argv]
    return subprocess.run(command, cwd=REPO, env=env, check=False).returncode
