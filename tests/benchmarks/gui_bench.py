"""GUI benchmark: the real window at 1280x800 on software OpenGL (Xvfb + llvmpipe).

Prints, from one run: redraw frames per second while running at unlimited speed
with 10^5 and 10^6 recorded updates, GUI throughput against the headless engine at
that frame rate, the same for a race of six runs (each 10^5 updates in) against
the same six runs advanced headless, start-up time to the first frame of the 3D surface (median of 5
fresh processes), Pause latency, CPU use while paused and finished, and peak memory
after a 10^6-update run. Frames are counted from real repaints: ``frameSwapped``
for the 3D view, paint events for the 2D views. Each measurement runs in a fresh
process so memory and start-up numbers are its own.
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

MEASURE_SECONDS = 3.0
REPEATS = 3
_SETTINGS_DIR = tempfile.mkdtemp(prefix="gd-bench-settings-")


# -- child side -----------------------------------------------------------------------
def _peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident memory of this process (or of process ``pid``), in MB."""
    with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


class _Session:
    """A shown MainWindow with repaint counters, driven from the GUI thread."""

    def __init__(self) -> None:
        from gd_desktop.app import configure_qt

        configure_qt()
        from PySide6 import QtCore, QtWidgets

        self.QtCore = QtCore
        self.app = QtWidgets.QApplication([])
        from gd_desktop.widgets.main_window import MainWindow
        from gd_desktop.widgets.theme import apply_dark_theme

        apply_dark_theme(self.app)
        self.window = MainWindow()
        self.window.resize(1280, 800)
        self.window.show()
        self.surface_frames = 0
        self.paints = {"contour": 0, "loss": 0}
        self.window.surface_view.frameSwapped.connect(self._swap)
        self._filters = [
            self._painter(self.window.contour_view.viewport(), "contour"),
            self._painter(self.window.loss_view.viewport(), "loss"),
        ]
        self.last_record_time = 0.0
        self.window.controller.worker.records_ready.connect(self._record)
        self.wait(lambda: self.window.state == "ready", 30)

    def _swap(self) -> None:
        self.surface_frames += 1

    def _record(self, _block: object) -> None:
        self.last_record_time = time.perf_counter()

    def _painter(self, widget, key):  # type: ignore[no-untyped-def]
        QtCore = self.QtCore
        session = self

        class Counter(QtCore.QObject):
            def eventFilter(self, _obj, event):  # noqa: N802
                if event.type() == QtCore.QEvent.Type.Paint:
                    session.paints[key] += 1
                return False

        counter = Counter()
        widget.installEventFilter(counter)
        return counter

    def wait(self, condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
        end = time.perf_counter() + seconds
        flags = self.QtCore.QEventLoop.ProcessEventsFlag.AllEvents
        while not condition() and time.perf_counter() < end:
            self.app.processEvents(flags, 5)
        return bool(condition())

    def idle_for(self, seconds: float) -> None:
        loop = self.QtCore.QEventLoop()
        self.QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()

    def load(self, config) -> None:  # type: ignore[no-untyped-def]
        self.window.panel.set_config(config)
        self.window.load(config)
        self.wait(lambda: self.window.state == "ready", 60)

    def set_unlimited(self) -> None:
        speed = self.window.panel.speed_input
        speed.setValue(speed.maximum())
        self.wait(lambda: self.window.controller.idle, 10)


def _headless_rate(config, seconds: float = 1.0) -> float:  # type: ignore[no-untyped-def]
    from gd_desktop.core import Run

    run = Run(config)
    start = time.perf_counter()
    done = 0
    while time.perf_counter() - start < seconds and not run.finished:
        done += run.advance(20000)
    return done / (time.perf_counter() - start)


def child_fps(recorded: int) -> dict[str, float]:
    """Frames and throughput while running at unlimited speed past ``recorded`` records."""
    from dataclasses import replace

    from gd_desktop.core import preset

    session = _Session()
    config = replace(preset("blog-batch"), budget=recorded + 4_000_000)
    headless = _headless_rate(config)
    session.load(config)
    window = session.window
    window.controller.step(recorded)  # fill the history to the size being measured
    session.wait(lambda: window.received >= recorded, 120)
    session.wait(lambda: window.state == "paused", 10)
    session.set_unlimited()
    session.idle_for(0.3)
    frames0, paints0 = session.surface_frames, dict(session.paints)
    drawn0 = window.frames_drawn
    received0 = window.received
    start = time.perf_counter()
    window.actions_.run.trigger()
    session.wait(lambda: time.perf_counter() - start >= MEASURE_SECONDS, MEASURE_SECONDS + 1)
    elapsed = time.perf_counter() - start
    updates = window.received - received0
    frames = session.surface_frames - frames0
    window.actions_.run.trigger()
    session.wait(lambda: window.state == "paused", 10)
    window.close()
    return {
        "recorded": recorded,
        "fps_surface": frames / elapsed,
        "fps_drawn": (window.frames_drawn - drawn0) / elapsed,
        "fps_contour": (session.paints["contour"] - paints0["contour"]) / elapsed,
        "fps_loss": (session.paints["loss"] - paints0["loss"]) / elapsed,
        "gui_rate": updates / elapsed,
        "headless_rate": headless,
    }


def race_entries(budget: int):  # type: ignore[no-untyped-def]
    """Six runs, one per update rule, over all three batch schemes, on the blog's data."""
    from dataclasses import replace

    from gd_desktop.core import preset
    from gd_desktop.core.config import BatchConfig, OptimizerConfig
    from gd_desktop.core.race import PALETTE, RaceEntry

    base = replace(preset("blog-batch"), budget=budget)
    sgd = BatchConfig(method="sgd", order="replace")
    mini = BatchConfig(method="minibatch", batch_size=30, order="shuffle")
    runs = (
        ("gd", BatchConfig(), 2e-5),
        ("momentum", BatchConfig(), 2e-5),
        ("nesterov", sgd, 1e-4),
        ("adagrad", mini, 1.0),
        ("rmsprop", BatchConfig(), 0.01),
        ("adam", mini, 0.05),
    )
    return [
        RaceEntry(
            replace(
                base, optimizer=OptimizerConfig(name=name), batching=batching, learning_rate=lr
            ),
            name,
            PALETTE[i],
        )
        for i, (name, batching, lr) in enumerate(runs)
    ]


def _headless_race_rate(entries, seconds: float = 1.0) -> float:  # type: ignore[no-untyped-def]
    """Updates per second, summed over the runs, of the race advanced headless."""
    from gd_desktop.core.race import Race

    race = Race(entries)
    start = time.perf_counter()
    while time.perf_counter() - start < seconds and not race.finished:
        race.advance(5000)
    return sum(run.step for run in race.runs) / (time.perf_counter() - start)


def child_race(recorded: int) -> dict[str, float]:
    """Frames and throughput of a six-run race at unlimited speed past ``recorded`` each."""
    session = _Session()
    window = session.window
    entries = race_entries(recorded + 4_000_000)
    headless = _headless_race_rate(entries)
    window.load_race(entries, selected=0)
    session.wait(lambda: window.state == "ready" and len(window.lanes) == 6, 60)
    window.controller.step(recorded)
    session.wait(lambda: all(lane.received >= recorded for lane in window.lanes), 300)
    session.wait(lambda: window.state == "paused", 10)
    session.set_unlimited()
    session.idle_for(0.3)
    frames0 = session.surface_frames
    paints0 = dict(session.paints)
    received0 = sum(lane.received for lane in window.lanes)
    start = time.perf_counter()
    window.actions_.run.trigger()
    session.wait(lambda: time.perf_counter() - start >= MEASURE_SECONDS, MEASURE_SECONDS + 1)
    elapsed = time.perf_counter() - start
    updates = sum(lane.received for lane in window.lanes) - received0
    frames = session.surface_frames - frames0
    window.actions_.run.trigger()
    session.wait(lambda: window.state == "paused", 10)
    drawn = all(window.contour_view.lane_points(i) is not None for i in range(6))
    window.close()
    return {
        "fps_surface": frames / elapsed,
        "fps_contour": (session.paints["contour"] - paints0["contour"]) / elapsed,
        "fps_loss": (session.paints["loss"] - paints0["loss"]) / elapsed,
        "gui_rate": updates / elapsed,
        "headless_rate": headless,
        "all_drawn": float(drawn),
    }


def child_startup() -> dict[str, float]:
    """Seconds from process start to the first surface frame after the run has loaded."""
    started = float(os.environ["GD_BENCH_T0"])
    session_holder: dict[str, float] = {}
    from gd_desktop.app import configure_qt

    configure_qt()
    from PySide6 import QtCore, QtWidgets

    app = QtWidgets.QApplication([])
    from gd_desktop.widgets.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)

    def swapped() -> None:
        if window.info is not None and "t" not in session_holder:
            session_holder["t"] = time.time() - started
            QtCore.QTimer.singleShot(0, app.quit)

    window.surface_view.frameSwapped.connect(swapped)
    window.show()
    QtCore.QTimer.singleShot(20000, app.quit)
    app.exec()
    window.close()
    return {"startup": session_holder.get("t", float("nan"))}


def child_pause_and_idle() -> dict[str, float]:
    """Pause latency at unlimited speed, and CPU while paused and when finished."""
    from dataclasses import replace

    from gd_desktop.core import preset

    session = _Session()
    window = session.window
    session.load(replace(preset("blog-batch"), budget=5_000_000))
    session.set_unlimited()
    latencies, acks = [], []
    for _ in range(7):
        window.actions_.run.trigger()
        session.wait(lambda: window.state == "running", 10)
        session.idle_for(0.25)
        pressed = time.perf_counter()
        window.actions_.run.trigger()
        session.wait(lambda: window.state == "paused", 10)
        acks.append(time.perf_counter() - pressed)
        latencies.append(max(0.0, session.last_record_time - pressed))
    session.idle_for(0.5)
    cpu0, t0 = _cpu_seconds(), time.perf_counter()
    session.idle_for(MEASURE_SECONDS)
    paused_cpu = (_cpu_seconds() - cpu0) / (time.perf_counter() - t0)
    session.load(replace(preset("blog-batch"), budget=20_000))
    window.actions_.run.trigger()
    session.wait(lambda: window.state == "finished", 30)
    session.idle_for(0.5)
    cpu0, t0 = _cpu_seconds(), time.perf_counter()
    session.idle_for(MEASURE_SECONDS)
    finished_cpu = (_cpu_seconds() - cpu0) / (time.perf_counter() - t0)
    window.close()
    return {
        "pause_last_update": statistics.median(latencies),
        "pause_ack": statistics.median(acks),
        "cpu_paused": paused_cpu,
        "cpu_finished": finished_cpu,
    }


def child_memory() -> dict[str, float]:
    """Peak memory of the app after a 10^6-update run at unlimited speed."""
    from dataclasses import replace

    from gd_desktop.core import preset

    session = _Session()
    window = session.window
    base = _peak_rss_mb()
    session.load(replace(preset("blog-batch"), budget=1_000_000))
    session.set_unlimited()
    window.actions_.run.trigger()
    session.wait(lambda: window.state == "finished", 120)
    session.idle_for(0.5)
    peak = _peak_rss_mb()
    received = window.received
    engine = window.controller.worker.engine
    engine_mb = _peak_rss_mb(engine.pid) if engine is not None and engine.pid else 0.0
    window.close()
    return {"peak_mb": peak, "window_mb": base, "received": received, "engine_mb": engine_mb}


CHILDREN = {
    "fps": lambda arg: child_fps(int(arg)),
    "race": lambda arg: child_race(int(arg)),
    "startup": lambda arg: child_startup(),
    "pause": lambda arg: child_pause_and_idle(),
    "memory": lambda arg: child_memory(),
}


# -- parent side ----------------------------------------------------------------------
def _spawn(kind: str, arg: str = "") -> dict[str, float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    env["GD_BENCH_T0"] = repr(time.time())
    # Settings of one's own use (a view option left on, say) must not change the numbers.
    env["XDG_CONFIG_HOME"] = _SETTINGS_DIR
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, arg],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
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
        result = CHILDREN[args[1]](args[2] if len(args) > 2 else "")
        print(json.dumps(result))
        return 0
    status = rerun_on_virtual_screen(__file__, args, "gui_bench")
    if status is not None:
        return status

    print("GUI benchmark: window 1280x800, Xvfb + Mesa llvmpipe (software OpenGL)")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; frames from real repaints\n")
    results = []
    spread: list[str] = []
    print(
        f"{'recorded':>10} {'3D fps':>7} {'contour':>8} {'loss':>6} "
        f"{'GUI upd/s':>11} {'headless':>11} {'ratio':>6}  targets: fps>=30, ratio>=0.5"
    )
    for kind, arg, label in (
        ("fps", "100000", "100,000"),
        ("fps", "1000000", "1,000,000"),
        ("race", "100000", "6-run race"),
    ):
        # The machine is shared: each row is the median of REPEATS fresh processes.
        runs = [_spawn(kind, arg) for _ in range(REPEATS)]
        for r in runs:
            r["ratio"] = r["gui_rate"] / r["headless_rate"]
        r = {key: statistics.median(x[key] for x in runs) for key in runs[0]}
        ratio = r["ratio"]
        smooth, fast = r["fps_surface"] >= 30, ratio >= 0.5
        results += [smooth, fast]
        print(
            f"{label:>10} {r['fps_surface']:7.1f} {r['fps_contour']:8.1f} "
            f"{r['fps_loss']:6.1f} {r['gui_rate']:11,.0f} {r['headless_rate']:11,.0f} "
            f"{ratio:5.2f}x  fps {_verdict(smooth)}, ratio {_verdict(fast)}"
        )
        fps_all = ", ".join(f"{x['fps_surface']:.1f}" for x in runs)
        ratio_all = ", ".join(f"{x['ratio']:.2f}" for x in runs)
        spread.append(f"{label.strip()}: fps {fps_all}, ratio {ratio_all}")
    print(f"  (each row: median of {REPEATS} runs; " + "; ".join(spread) + ")")
    print(
        "  (race: 10^5 updates per run recorded first; upd/s summed over the six runs, "
        "headless = the same six runs in lockstep without a window)"
    )

    startups = [_spawn("startup")["startup"] for _ in range(5)]
    median_start = statistics.median(startups)
    results.append(median_start <= 2.0)
    print(
        f"\nstart-up to first surface frame: median {median_start:.2f} s of 5 "
        f"({', '.join(f'{s:.2f}' for s in startups)})   target <= 2 s  "
        f"{_verdict(median_start <= 2.0)}"
    )

    p = _spawn("pause")
    results.append(p["pause_ack"] <= 0.05)
    print(
        f"pause latency: last update {p['pause_last_update'] * 1000:.1f} ms after Pause, "
        f"paused state {p['pause_ack'] * 1000:.1f} ms after (median of 7)   target <= 50 ms  "
        f"{_verdict(p['pause_ack'] <= 0.05)}"
    )
    for key, label in (("cpu_paused", "paused"), ("cpu_finished", "finished")):
        ok = p[key] <= 0.02
        results.append(ok)
        print(f"CPU while {label}: {p[key] * 100:.2f}% of one core   target <= 2%  {_verdict(ok)}")

    m = _spawn("memory")
    ok = m["peak_mb"] <= 350
    results.append(ok)
    print(
        f"peak memory after a {int(m['received']):,}-update run: {m['peak_mb']:.0f} MB "
        f"(window alone {m['window_mb']:.0f} MB)   target <= 350 MB  {_verdict(ok)}"
    )
    print(f"  the engine process besides: peak {m['engine_mb']:.0f} MB")
    print(f"\ntargets: {sum(results)}/{len(results)} met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
