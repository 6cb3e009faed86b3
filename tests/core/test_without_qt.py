"""The core and session tests pass on a machine without Qt: here, a subprocess in
which PySide6, pyqtgraph, OpenGL and the Qt test plugins cannot be imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BLOCKER = Path(__file__).resolve().parent / "no_qt"


def test_session_and_core_tests_pass_without_the_gui_stack():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(BLOCKER), str(REPO), env.get("PYTHONPATH", "")])
    env.pop("DISPLAY", None)
    # No plugin is loaded by itself: the Qt ones could not be, and are not needed.
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    command = [
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
        # the Qt plugins' own settings in pyproject.toml are unknown without them
        "-W", "ignore::pytest.PytestConfigWarning",
        "tests/session", "tests/core/test_run.py", "tests/core/test_config.py",
    ]  # fmt: skip
    done = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert " passed" in done.stdout
    probe = "import PySide6"
    check = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=False
    )
    assert "ModuleNotFoundError" in check.stderr  # the blocker really was in force
