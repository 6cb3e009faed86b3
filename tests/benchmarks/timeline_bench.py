"""Timeline and export benchmark: the real window at 1280x800 on software OpenGL.

Prints: the time per frame of an animated GIF of the whole window at 1280x800,
the peak memory above idle while exporting 300 and 600 frames (frames are encoded
as they are made, so the two should be close), and the scrubbing latency with
10^6 recorded updates: from moving the timeline slider to the 3D view's next
frame swap (and the 2D views repainted). Each figure comes from a fresh process.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from display import rerun_on_virtual_screen  # noqa: E402

_SETTINGS_DIR = tempfile.mkdtemp(prefix="gd-bench-settings-")
SIZE = (1280, 800)
SCRUB_MOVES = 40


def _status_mb(key: str) -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1]) / 1024
    return float("nan")


def _reset_peak() -> None:
    """Make the peak resident size start again from the current one (Linux)."""
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")


class _Window:
    def __init__(self, updates: int) -> None:
        from gd_desktop.app import configure_qt

        configure_qt()
        from PySide6 import QtCore, QtWidgets

        self.QtCore = QtCore
        self.app = QtWidgets.QApplication([])
        from gd_desktop.core import preset
        from gd_desktop.widgets.main_window import MainWindow
        from gd_desktop.widgets.theme import apply_dark_theme

        apply_dark_theme(self.app)
        self.window = w = MainWindow()
        w.resize(*SIZE)
        w.show()
        self.swaps = 0
        w.surface_view.frameSwapped.connect(self._swap)
        self.wait(lambda: w.state == "ready", 60)
        config = replace(preset("blog-batch"), budget=updates)
        w.panel.set_config(config)
        w.load(config)
        self.wait(lambda: w.state == "ready" and w.info.config == config, 60)
        w.session.set_speed(float("inf"))
        w.toggle_run()
        self.wait(lambda: w.state == "finished", 600)
        self.wait(lambda: w.controller.idle, 30)

    def _swap(self) -> None:
        self.swaps += 1

    def wait(self, condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
        end = time.perf_counter() + seconds
        flags = self.QtCore.QEventLoop.ProcessEventsFlag.AllEvents
        while not condition() and time.perf_counter() < end:
            self.app.processEvents(flags, 5)
        return bool(condition())


def child_gif(frames: int) -> dict[str, float]:
    from gd_desktop.widgets.exports.animation import AnimationExport

    session = _Window(2000)
    w = session.window
    session.wait(lambda: False, 1.0)  # settle: every view drawn once
    idle = _status_mb("VmRSS:")
    _reset_peak()
    path = Path(tempfile.mkdtemp(prefix="gd-bench-gif-")) / "window.gif"
    export = AnimationExport(w, str(path), frames, 20.0, SIZE, progress=False)
    done: list[bool] = []
    export.finished.connect(done.append)
    started = time.perf_counter()
    export.start()
    session.wait(lambda: bool(done), 1200)
    elapsed = time.perf_counter() - started
    peak = _status_mb("VmHWM:")
    size = path.stat().st_size if path.exists() else 0
    w.close()  # stops the worker thread and the engine process
    return {
        "ok": float(bool(done and done[0])),
        "ms_per_frame": elapsed / frames * 1000,
        "idle_mb": idle,
        "above_idle_mb": peak - idle,
        "file_mb": size / 2**20,
    }


def child_scrub() -> dict[str, float]:
    import random

    session = _Window(1_000_000)
    w = session.window
    slider = w.timeline_bar.slider
    top = slider.maximum()
    rng = random.Random(0)
    latencies = []
    for _ in range(SCRUB_MOVES):
        target = rng.randrange(1, top)
        before = session.swaps
        started = time.perf_counter()
        slider.setValue(target)  # as a drag does: valueChanged, the views redraw
        session.wait(lambda before=before: session.swaps > before, 5)
        latencies.append(time.perf_counter() - started)
        assert w.session.readout().step == target
    w.close()
    return {
        "records": float(top),
        "median_ms": statistics.median(latencies) * 1000,
        "max_ms": max(latencies) * 1000,
        "p90_ms": sorted(latencies)[int(0.9 * len(latencies))] * 1000,
    }


CHILDREN = {
    "gif": lambda arg: child_gif(int(arg)),
    "scrub": lambda arg: child_scrub(),
}


def _spawn(kind: str, arg: str = "") -> dict[str, float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    env["XDG_CONFIG_HOME"] = _SETTINGS_DIR
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, arg],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} child failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(lines[-1])


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main() -> int:
    args = sys.argv[1:]
    if args[:1] == ["--child"]:
        print(json.dumps(CHILDREN[args[1]](args[2] if len(args) > 2 else "")))
        return 0
    status = rerun_on_virtual_screen(__file__, args, "timeline_bench")
    if status is not None:
        return status
    print("Timeline and export benchmark: window 1280x800, Xvfb + Mesa llvmpipe")
    results = []
    gifs = {n: _spawn("gif", str(n)) for n in (300, 600)}
    for n, r in gifs.items():
        print(
            f"GIF of the whole window, {n} frames: {r['ms_per_frame']:.1f} ms a frame, "
            f"peak {r['above_idle_mb']:.0f} MB above idle ({r['idle_mb']:.0f} MB idle), "
            f"file {r['file_mb']:.1f} MB"
        )
    per_frame = gifs[300]["ms_per_frame"]
    results.append(per_frame <= 80)
    print(f"  time per frame: {per_frame:.1f} ms   target <= 80 ms  {_verdict(per_frame <= 80)}")
    low, high = gifs[300]["above_idle_mb"], gifs[600]["above_idle_mb"]
    results += [low <= 300, high <= 1.1 * max(low, 1.0)]
    print(f"  300 frames: {low:.0f} MB above idle   target <= 300 MB  {_verdict(low <= 300)}")
    print(
        f"  600 frames / 300 frames: {high / max(low, 1.0):.2f}x   target <= 1.10x  "
        f"{_verdict(high <= 1.1 * max(low, 1.0))}"
    )
    s = _spawn("scrub")
    results.append(s["median_ms"] <= 50)
    print(
        f"scrubbing with {int(s['records']):,} records: median {s['median_ms']:.1f} ms, "
        f"90th percentile {s['p90_ms']:.1f} ms, max {s['max_ms']:.1f} ms "
        f"(slider moved to the next 3D frame, {SCRUB_MOVES} moves)   target <= 50 ms  "
        f"{_verdict(s['median_ms'] <= 50)}"
    )
    print(f"\ntargets: {sum(results)}/{len(results)} met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
