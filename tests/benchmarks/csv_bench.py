"""CSV import benchmark: gd_desktop's load_columns against numpy.loadtxt on one file.

Writes a 10^6-row, 3-column numeric CSV with a header (full-precision floats) to a
temporary folder, then times, interleaved repeat by repeat in one process,
``load_columns`` (sniffing, header detection, chunked parse with a progress
callback and a cancel check, as the app calls it) and a plain
``np.loadtxt(path, delimiter=",", skiprows=1)`` of the same file. Both must give
the same numbers. Target from issue 5: at most 1.25 x numpy.loadtxt.

Run: ``python tests/benchmarks/csv_bench.py`` (or ``make bench``).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from gd_desktop.core.csv_import import load_columns

ROWS = 1_000_000
TARGET_RATIO = 1.25  # issue 5: load time at most 1.25 x numpy.loadtxt


def write_file(path: Path, rows: int) -> np.ndarray:
    """A header "y,x0,x1" and ``rows`` rows of random floats at full precision."""
    rng = np.random.default_rng(0)
    table = rng.standard_normal((rows, 3)) * [50.0, 12.0, 0.01]
    np.savetxt(path, table, delimiter=",", fmt="%.17g", header="y,x0,x1", comments="")
    return table


def time_import(path: Path) -> tuple[float, np.ndarray, int]:
    chunks = 0

    def progress(fraction: float) -> None:
        nonlocal chunks
        chunks += 1

    t0 = time.perf_counter()
    imported = load_columns(path, "y", ["x0", "x1"], progress=progress, cancelled=lambda: False)
    elapsed = time.perf_counter() - t0
    dataset = imported.dataset
    return elapsed, np.column_stack([dataset.target, dataset.features]), chunks


def time_loadtxt(path: Path) -> tuple[float, np.ndarray]:
    t0 = time.perf_counter()
    table = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.float64, ndmin=2)
    return time.perf_counter() - t0, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS, help="rows in the file")
    parser.add_argument("--repeats", type=int, default=5, help="timed loads of each kind")
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when the target is missed"
    )
    args = parser.parse_args(argv)

    print("CSV import benchmark: load_columns vs numpy.loadtxt on the same file")
    print(f"python {platform.python_version()}, numpy {np.__version__}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="gd-desktop-csv-bench-") as folder:
        path = Path(folder) / "table.csv"
        t0 = time.perf_counter()
        expected = write_file(path, args.rows)
        size_mb = path.stat().st_size / 2**20
        print(
            f"file: {args.rows:,} rows x 3 columns + header, {size_mb:.1f} MB "
            f"(written in {time.perf_counter() - t0:.1f} s); median of {args.repeats} "
            "interleaved loads each\n"
        )
        time_loadtxt(path)  # warm the page cache, so neither side pays for the disk
        ours: list[float] = []
        numpy_times: list[float] = []
        chunks = 0
        for repeat in range(args.repeats):
            # Alternate which goes first, so drift in machine load hits both alike.
            order = ("ours", "numpy") if repeat % 2 == 0 else ("numpy", "ours")
            for kind in order:
                if kind == "ours":
                    elapsed, table, chunks = time_import(path)
                    ours.append(elapsed)
                else:
                    elapsed, table = time_loadtxt(path)
                    numpy_times.append(elapsed)
                if not np.array_equal(table, expected):
                    raise AssertionError(f"{kind} read different numbers")
            print(
                f"  repeat {repeat + 1}: load_columns {ours[-1]:.3f} s, "
                f"numpy.loadtxt {numpy_times[-1]:.3f} s, ratio {ours[-1] / numpy_times[-1]:.2f}x",
                flush=True,
            )

    ours_median = statistics.median(ours)
    numpy_median = statistics.median(numpy_times)
    ratio = ours_median / numpy_median
    ok = ratio <= TARGET_RATIO
    print(
        f"\nload_columns   {ours_median:.3f} s  ({args.rows / ours_median:,.0f} rows/s, "
        f"{chunks} chunks, progress and cancel checked between them)\n"
        f"numpy.loadtxt  {numpy_median:.3f} s  ({args.rows / numpy_median:,.0f} rows/s)\n"
        f"ratio {ratio:.2f}x   target <= {TARGET_RATIO:g}x  {'PASS' if ok else 'MISS'}"
    )
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
