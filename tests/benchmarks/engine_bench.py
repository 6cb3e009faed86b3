"""Engine benchmark: gd_desktop's Run against the blog's three loops, side by side.

For each method (batch, sgd, mini-batch of 30 in order) and N in (100, 10^4, 10^6)
it measures, in one process and interleaved repeat by repeat, the engine's updates
per second and those of the blog's loop (written out below), on the same data:
seed 0, X = 12 * randn(N, 2), y = 2 x0 - 30 x1. Rates are medians over repeats;
each measurement runs for about ``--seconds`` (update counts are calibrated per
cell, so the blog's loop does a few dozen updates at N = 10^6 and the engine a few
hundred thousand: compare rates, not totals).

The engine's time covers ``Run.advance(k)`` only; data generation and ``Run``
construction are excluded and the construction at N = 10^6 is reported on its own.
The blog's loop is timed without its per-update ``print``, which would only slow
it down further, so the ratios are conservative.

Peak memory is measured in a fresh subprocess that records 10^6 updates of batch
GD at N = 100 (``--memory-child``).

Run: ``python tests/benchmarks/engine_bench.py`` (or ``make bench``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from gd_desktop.core import ExperimentConfig, Run, generate_dataset, preset
from gd_desktop.core.records import FIELDS

SEED = 0
SCALE = 12.0
TRUE_WEIGHTS = (2.0, -30.0)
SIZES = (100, 10_000, 1_000_000)
# (method, the preset holding the blog's settings for it)
METHODS = (("batch", "blog-batch"), ("sgd", "blog-sgd"), ("minibatch", "blog-minibatch"))
BATCH_SIZE = 30
MEMORY_UPDATES = 1_000_000
MEMORY_SAMPLES = 100

# Targets from issue 2's "Done when".
TARGET_BATCH_SMALL = 3.0  # batch GD vs the blog at N = 100
TARGET_BATCH_LARGE = 100.0  # batch GD vs the blog at N = 10^6
TARGET_BATCH_COST_RATIO = 2.0  # batch GD cost per update, N = 10^6 over N = 100
TARGET_STOCHASTIC = 2.0  # sgd and minibatch vs the blog, every N
TARGET_MEMORY_MB = 120.0

REPO_ROOT = Path(__file__).resolve().parents[2]


# -- the blog's loops, in plain numpy -------------------------------------------------

BlogResult = tuple[float, float, float, tuple[float, float]]

# The blog's algorithm: the weights start at (1, 1); every update computes its
# gradient with two np.dot over the update's rows, then the full-data MSE of the
# data, and keeps the best MSE and its weights. Each returns the final weights.


def blog_batch(x: np.ndarray, y: np.ndarray, steps: int, lr: float) -> BlogResult:
    """Batch GD: both dot products over every row, then the MSE of that residual."""
    n = x.shape[0]
    w0, w1 = 1.0, 1.0
    best, best_w = math.inf, (w0, w1)
    for _ in range(steps):
        diff = w0 * x[:, 0] + w1 * x[:, 1] - y
        w0, w1 = (
            w0 - lr * (2 / n) * np.dot(x[:, 0], diff),
            w1 - lr * (2 / n) * np.dot(x[:, 1], diff),
        )
        mse = np.mean(np.square(diff))
        if mse < best:
            best, best_w = mse, (w0, w1)
    return float(w0), float(w1), float(best), best_w


def blog_sgd(
    x: np.ndarray, y: np.ndarray, steps: int, lr: float, rng: np.random.RandomState
) -> BlogResult:
    """SGD: one row from choice(N, 1), a gradient scaled by 2/N, then the full-data MSE."""
    n = x.shape[0]
    w0, w1 = 1.0, 1.0
    best, best_w = math.inf, (w0, w1)
    for _ in range(steps):
        idx = rng.choice(n, 1)
        diff = w0 * x[idx, 0] + w1 * x[idx, 1] - y[idx]
        w0, w1 = (
            w0 - lr * (2 / n) * np.dot(x[idx, 0], diff),
            w1 - lr * (2 / n) * np.dot(x[idx, 1], diff),
        )
        mse = np.mean(np.square(w0 * x[:, 0] + w1 * x[:, 1] - y))
        if mse < best:
            best, best_w = mse, (w0, w1)
    return float(w0), float(w1), float(best), best_w


def blog_minibatch(
    x: np.ndarray, y: np.ndarray, steps: int, lr: float, batch_size: int
) -> BlogResult:
    """Mini-batch: slices of batch_size in order (short last one kept), then the full MSE."""
    n = x.shape[0]
    w0, w1 = 1.0, 1.0
    best, best_w = math.inf, (w0, w1)
    done = 0
    while done < steps:
        for start in range(0, n, batch_size):
            if done == steps:
                break
            xb = x[start : start + batch_size, :]
            yb = y[start : start + batch_size]
            m = xb.shape[0]
            diff = w0 * xb[:, 0] + w1 * xb[:, 1] - yb
            w0, w1 = (
                w0 - lr * (2 / m) * np.dot(xb[:, 0], diff),
                w1 - lr * (2 / m) * np.dot(xb[:, 1], diff),
            )
            mse = np.mean(np.square(w0 * x[:, 0] + w1 * x[:, 1] - y))
            if mse < best:
                best, best_w = mse, (w0, w1)
            done += 1
    return float(w0), float(w1), float(best), best_w


# -- measuring ---------------------------------------------------------------------


@dataclass
class Cell:
    """One (method, N) comparison."""

    method: str
    samples: int
    engine_steps: int = 0
    blog_steps: int = 0
    engine_rates: list[float] = field(default_factory=list)
    blog_rates: list[float] = field(default_factory=list)
    construct_seconds: list[float] = field(default_factory=list)
    agreement: float | None = None  # max relative weight difference at the blog's last step

    @property
    def engine_rate(self) -> float:
        return statistics.median(self.engine_rates)

    @property
    def blog_rate(self) -> float:
        return statistics.median(self.blog_rates)

    @property
    def ratio(self) -> float:
        return self.engine_rate / self.blog_rate


def engine_config(preset_name: str, samples: int, steps: int) -> ExperimentConfig:
    """The blog preset for a method, on N rows, with a budget of ``steps`` updates."""
    base = preset(preset_name)
    config = replace(
        base,
        data=replace(base.data, samples=samples),
        budget=steps,
        budget_unit="updates",
        max_updates=max(base.max_updates, steps),
    )
    assert config.data.scale == SCALE and config.data.true_weights == TRUE_WEIGHTS
    assert config.seed == SEED and config.data.noise == 0 and config.init == (1.0, 1.0)
    if config.batching.method == "minibatch":
        assert config.batching.batch_size == BATCH_SIZE and config.batching.order == "in-order"
    return config


def calibrate(measure: Callable[[int], float], start: int, seconds: float) -> int:
    """Update count that makes ``measure`` take about ``seconds`` (also warms up)."""
    steps = start
    while True:
        elapsed = measure(steps)
        if elapsed >= min(0.05, seconds / 4) or steps >= 1 << 24:
            break
        steps *= 4
    return max(10, round(steps * seconds / max(elapsed, 1e-9)))


def measure_cell(method: str, preset_name: str, samples: int, repeats: int, seconds: float) -> Cell:
    cell = Cell(method, samples)
    rng = np.random.RandomState(SEED)
    x = SCALE * rng.randn(samples, 2)
    y = TRUE_WEIGHTS[0] * x[:, 0] + TRUE_WEIGHTS[1] * x[:, 1]
    after_data = rng.get_state()  # the blog's SGD draws its indices from here on
    lr = preset(preset_name).learning_rate

    def blog(steps: int) -> tuple[float, BlogResult]:
        if method == "batch":
            t0 = time.perf_counter()
            result = blog_batch(x, y, steps, lr)
        elif method == "sgd":
            rng.set_state(after_data)
            t0 = time.perf_counter()
            result = blog_sgd(x, y, steps, lr, rng)
        else:
            t0 = time.perf_counter()
            result = blog_minibatch(x, y, steps, lr, BATCH_SIZE)
        return time.perf_counter() - t0, result

    def engine(steps: int) -> tuple[float, float, Run]:
        t0 = time.perf_counter()
        run = Run(engine_config(preset_name, samples, steps))
        t1 = time.perf_counter()
        done = run.advance(steps)
        t2 = time.perf_counter()
        assert done == steps, (done, steps, run.stop_reason)
        return t2 - t1, t1 - t0, run

    # Engine pilot on one Run with a large budget, so construction is paid once.
    pilot = Run(engine_config(preset_name, samples, 1 << 26))
    if not (np.array_equal(pilot.dataset.features, x) and np.array_equal(pilot.dataset.target, y)):
        raise AssertionError(f"engine and blog data differ at N={samples}")

    def pilot_advance(steps: int) -> float:
        t0 = time.perf_counter()
        pilot.advance(steps)
        return time.perf_counter() - t0

    cell.engine_steps = calibrate(pilot_advance, 1024, seconds)
    cell.blog_steps = calibrate(lambda k: blog(k)[0], 1, seconds)

    run = None
    weights = (math.nan, math.nan)
    for _ in range(repeats):  # interleaved, so machine noise hits both alike
        elapsed, built, run = engine(cell.engine_steps)
        cell.engine_rates.append(cell.engine_steps / elapsed)
        cell.construct_seconds.append(built)
        elapsed, result = blog(cell.blog_steps)
        weights = result[:2]
        cell.blog_rates.append(cell.blog_steps / elapsed)
    if run is not None and cell.blog_steps <= cell.engine_steps:
        record = run.records.record(cell.blog_steps - 1)
        cell.agreement = max(
            abs(record["w0"] - weights[0]) / max(abs(weights[0]), 1e-300),
            abs(record["w1"] - weights[1]) / max(abs(weights[1]), 1e-300),
        )
    return cell


def generation_seconds(samples: int, repeats: int) -> float:
    """Median time to draw the blog's dataset of N rows (part of Run construction)."""
    config = engine_config("blog-batch", samples, 1)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        generate_dataset(config.data, np.random.RandomState(config.seed))
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def max_rss_mb() -> float:
    """This process's peak resident set size in MB.

    Linux's VmHWM belongs to the process's own address space. ``ru_maxrss`` is only
    the fallback: Linux carries it over from the parent across fork and exec, so a
    child started by a large parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # kB on Linux


def memory_child() -> int:
    """In a fresh process: record 10^6 updates of batch GD at N = 100; print JSON."""
    baseline = max_rss_mb()  # numpy and gd_desktop.core are imported at module level
    config = engine_config("blog-batch", MEMORY_SAMPLES, MEMORY_UPDATES)
    t0 = time.perf_counter()
    run = Run(config)
    run.run_to_end()
    elapsed = time.perf_counter() - t0
    peak = max_rss_mb()
    result = {
        "baseline_mb": baseline,
        "peak_mb": peak,
        "records": len(run.records),
        "stop_reason": run.stop_reason,
        "seconds": elapsed,
    }
    print(json.dumps(result))
    return 0 if len(run.records) == MEMORY_UPDATES else 1


def measure_memory() -> dict[str, float]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--memory-child"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        check=False,
    )
    if out.returncode != 0:
        raise RuntimeError(f"memory child failed ({out.returncode}):\n{out.stderr}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# -- reporting ---------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def size_label(n: int) -> str:
    exponent = round(math.log10(n))
    return f"10^{exponent}" if 10**exponent == n and n > 100 else str(n)


def rate_text(rate: float) -> str:
    return f"{rate:,.0f}"


def cell_target(method: str, samples: int) -> float | None:
    if method == "batch":
        return {SIZES[0]: TARGET_BATCH_SMALL, SIZES[-1]: TARGET_BATCH_LARGE}.get(samples)
    return TARGET_STOCHASTIC


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats per cell")
    parser.add_argument(
        "--seconds", type=float, default=0.4, help="target duration of one measurement"
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a target is missed"
    )
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        return memory_child()

    started = time.perf_counter()
    print("Engine benchmark: gd_desktop.core.Run vs the blog's loops")
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, "
        f"{os.cpu_count()} CPUs, OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '')!r}"
    )
    print(
        f"data: seed {SEED}, X = {SCALE:g} * randn(N, 2), y = {TRUE_WEIGHTS[0]:g} x0 "
        f"{'-' if TRUE_WEIGHTS[1] < 0 else '+'} {abs(TRUE_WEIGHTS[1]):g} x1 (the same arrays "
        f"for both); median of {args.repeats} "
        f"repeats, ~{args.seconds:g} s per measurement"
    )
    print(
        "engine: Run.advance(k) only (construction excluded); blog: its loop without print(); "
        "mini-batch = 30 rows in order\n"
    )

    cells: list[Cell] = []
    head = (
        f"{'method':<10}{'N':>6}  {'engine upd/s':>13}{'us/upd':>8}{'updates':>9}  "
        f"{'blog upd/s':>11}{'us/upd':>9}{'updates':>8}  {'ratio':>8}  {'target':<8}"
        f"{'':5}{'max rel dw':>10}"
    )
    print(head)
    print("-" * len(head))
    for method, preset_name in METHODS:
        for samples in SIZES:
            cell = measure_cell(method, preset_name, samples, args.repeats, args.seconds)
            cells.append(cell)
            target = cell_target(method, samples)
            if target is None:
                target_text, mark = "-", ""
            else:
                target_text, mark = f">= {target:g}x", verdict(cell.ratio >= target)
            agree = "-" if cell.agreement is None else f"{cell.agreement:.1e}"
            print(
                f"{method:<10}{size_label(samples):>6}  {rate_text(cell.engine_rate):>13}"
                f"{1e6 / cell.engine_rate:>8.2f}{cell.engine_steps:>9}  "
                f"{rate_text(cell.blog_rate):>11}{1e6 / cell.blog_rate:>9.1f}"
                f"{cell.blog_steps:>8}  {cell.ratio:>7.1f}x  {target_text:<8} {mark:<4}"
                f"{agree:>10}",
                flush=True,
            )
    print(
        "(updates = updates per measurement; max rel dw = engine vs blog weights after the "
        "blog's last update)\n"
    )

    checks: list[tuple[str, bool]] = []
    by_key = {(c.method, c.samples): c for c in cells}
    for cell in cells:
        target = cell_target(cell.method, cell.samples)
        if target is not None:
            label = f"{cell.method} at N={size_label(cell.samples)}: engine/blog >= {target:g}x"
            checks.append((label, cell.ratio >= target))

    small, large = by_key[("batch", SIZES[0])], by_key[("batch", SIZES[-1])]
    cost_ratio = small.engine_rate / large.engine_rate
    ok = cost_ratio <= TARGET_BATCH_COST_RATIO
    checks.append((f"batch cost per update N=10^6 / N=100 <= {TARGET_BATCH_COST_RATIO:g}", ok))
    print(
        f"batch GD cost per update: {1e6 / large.engine_rate:.2f} us at N=10^6 / "
        f"{1e6 / small.engine_rate:.2f} us at N=100 = {cost_ratio:.2f}   "
        f"target <= {TARGET_BATCH_COST_RATIO:g}  {verdict(ok)}"
    )

    generation = generation_seconds(SIZES[-1], 3)
    built = ", ".join(
        f"{c.method} {1e3 * statistics.median(c.construct_seconds):.0f} ms"
        for c in cells
        if c.samples == SIZES[-1]
    )
    print(
        "Run construction at N=10^6 (data generation, sufficient statistics, optimum), "
        f"median: {built}; of which data generation {1e3 * generation:.0f} ms"
    )

    memory = measure_memory()
    ok = memory["peak_mb"] <= TARGET_MEMORY_MB
    checks.append((f"peak RSS recording 10^6 batch updates <= {TARGET_MEMORY_MB:g} MB", ok))
    record_mb = MEMORY_UPDATES * len(FIELDS) * 8 / 2**20
    print(
        f"memory, fresh process, {MEMORY_UPDATES:,} recorded updates of batch GD at "
        f"N={MEMORY_SAMPLES} ({memory['seconds']:.2f} s):\n"
        f"  baseline peak RSS after importing numpy and gd_desktop.core: "
        f"{memory['baseline_mb']:6.1f} MB\n"
        f"  peak RSS after the run:                                      "
        f"{memory['peak_mb']:6.1f} MB   target <= {TARGET_MEMORY_MB:g} MB  {verdict(ok)}\n"
        f"  increment {memory['peak_mb'] - memory['baseline_mb']:.1f} MB "
        f"(the records alone: {len(FIELDS)} float64 columns x 10^6 = {record_mb:.1f} MB)"
    )

    missed = [label for label, passed in checks if not passed]
    print(
        f"\ntargets: {len(checks) - len(missed)}/{len(checks)} met"
        + "".join(f"\n  MISS: {label}" for label in missed)
    )
    print(f"total time {time.perf_counter() - started:.1f} s")
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
