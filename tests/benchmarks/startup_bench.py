"""Start-up benchmark: ``gd-desktop`` with remembered settings and Korean against a
first launch in English, side by side in one run.

"Remembered" is a settings file written by the app itself on closing: window
geometry and dock layout, the last experiment (the blog's batch run) and Korean
chosen in View > Language. "Plain" is the same entry point with no settings and
English. Each measurement is a fresh process, timed from its start to the first
frame of the 3D surface after the run has loaded; the two kinds alternate so load
on a shared machine falls on both. Target: remembered <= 1.1x plain (medians).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from display import rerun_on_virtual_screen  # noqa: E402

ROUNDS = 7
TARGET = 1.1


def child_prepare() -> dict[str, float]:
    """Write the remembered settings the way a user would: choose Korean, close."""
    from PySide6 import QtCore, QtWidgets

    from gd_desktop.app import open_window
    from gd_desktop.widgets.help_menus import choose_language

    window = open_window("en")
    choose_language("ko")
    QtCore.QTimer.singleShot(1500, QtWidgets.QApplication.quit)
    QtWidgets.QApplication.exec()
    window.close()
    return {"ok": 1.0}


def child_startup() -> dict[str, float]:
    started = float(os.environ["GD_BENCH_T0"])
    from PySide6 import QtCore, QtWidgets

    from gd_desktop.app import open_window
    from gd_desktop.widgets.language import current_language

    window = open_window(None)
    done: dict[str, float] = {}

    def swapped() -> None:
        if window.info is not None and "t" not in done:
            done["t"] = time.time() - started
            QtCore.QTimer.singleShot(0, QtWidgets.QApplication.quit)

    window.surface_view.frameSwapped.connect(swapped)
    QtCore.QTimer.singleShot(30000, QtWidgets.QApplication.quit)
    QtWidgets.QApplication.exec()
    korean = 1.0 if current_language() == "ko" else 0.0
    window.close()
    return {"startup": done.get("t", float("nan")), "korean": korean}


def spawn(kind: str, settings: str) -> dict[str, float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    env["GD_BENCH_T0"] = repr(time.time())
    env["XDG_CONFIG_HOME"] = settings
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"  # the system's language is English
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} child failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(lines[-1])


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--child"]:
        child = {"prepare": child_prepare, "startup": child_startup}[args[1]]
        print(json.dumps(child()))
        return 0
    status = rerun_on_virtual_screen(__file__, args, "startup_bench")
    if status is not None:
        return status
    plain_dir = tempfile.mkdtemp(prefix="gd-bench-plain-")
    remembered_dir = tempfile.mkdtemp(prefix="gd-bench-remembered-")
    spawn("prepare", remembered_dir)
    plain: list[float] = []
    remembered: list[float] = []
    for _ in range(ROUNDS):
        first = spawn("startup", plain_dir)
        second = spawn("startup", remembered_dir)
        if first["korean"] or not second["korean"]:
            print("startup_bench: the remembered language was not used")
            return 1
        plain.append(first["startup"])
        remembered.append(second["startup"])
    ratio = statistics.median(remembered) / statistics.median(plain)
    print("\nStart-up to the first 3D frame, fresh processes, alternating:")
    print(
        f"  plain (no settings, English):  median {statistics.median(plain):.2f} s  "
        f"({', '.join(f'{t:.2f}' for t in plain)})"
    )
    print(
        f"  remembered (layout, last experiment, Korean): median "
        f"{statistics.median(remembered):.2f} s  ({', '.join(f'{t:.2f}' for t in remembered)})"
    )
    verdict = "PASS" if ratio <= TARGET else "MISS"
    print(f"  ratio {ratio:.3f}x   target <= {TARGET}x  {verdict}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
