"""Two checkouts measured side by side: each benchmark run alternately in each tree,
the medians of each figure and their ratio (new / old) printed together.

Usage: ``python tests/benchmarks/compare_commits.py OLD_TREE NEW_TREE [--rounds 5]
[--only engine|gui]``. Each tree runs its own copy of the benchmarks with its own
code (PYTHONPATH points at the tree), so a change to the code is measured, and the
rounds alternate (old, new, old, new, ...) so that a busier stretch of a shared
machine falls on both.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ENGINE_ROW = re.compile(r"^(batch|sgd|minibatch)\s+(\S+)\s+([\d.,]+)\s.*?\s([\d.]+)x\s")
GUI_ROW = re.compile(
    r"^\s*(100,000|1,000,000|6-run race)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d,]+)\s+([\d,]+)"
    r"\s+([\d.]+)x"
)
GUI_FIGURES = (
    (re.compile(r"start-up to first surface frame: median ([\d.]+) s"), "start-up s", False),
    (re.compile(r"paused state ([\d.]+) ms after"), "pause ms", False),
    (re.compile(r"peak memory after a [\d,]+-update run: (\d+) MB"), "window peak MB", False),
    (re.compile(r"the engine process besides: peak (\d+) MB"), "engine peak MB", False),
)


def run(tree: Path, script: str, args: list[str]) -> str:
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONUNBUFFERED="1")
    done = subprocess.run(
        [sys.executable, str(tree / "tests" / "benchmarks" / script), *args],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
    return done.stdout


def engine_figures(text: str) -> dict[str, float]:
    out = {}
    for line in text.splitlines():
        match = ENGINE_ROW.match(line)
        if match:
            out[f"engine/blog {match[1]} N={match[2]} (x)"] = float(match[4])
            out[f"engine upd/s {match[1]} N={match[2]}"] = float(match[3].replace(",", ""))
    return out


def gui_figures(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in text.splitlines():
        match = GUI_ROW.match(line)
        if match:
            label = match[1]
            out[f"{label}: 3D fps"] = float(match[2])
            out[f"{label}: GUI/headless (x)"] = float(match[7])
        for pattern, name, _ in GUI_FIGURES:
            found = pattern.search(line)
            if found:
                out[name] = float(found[1])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", choices=("engine", "gui"))
    args = parser.parse_args()
    trees = {"old": args.old.resolve(), "new": args.new.resolve()}
    figures: dict[str, dict[str, list[float]]] = {
        "old": defaultdict(list),
        "new": defaultdict(list),
    }
    for round_ in range(1, args.rounds + 1):
        for name, tree in trees.items():
            found: dict[str, float] = {}
            if args.only in (None, "engine"):
                found |= engine_figures(run(tree, "engine_bench.py", ["--repeats", "3"]))
            if args.only in (None, "gui"):
                found |= gui_figures(run(tree, "gui_bench.py", []))
            for key, value in found.items():
                figures[name][key].append(value)
            shown = ", ".join(f"{k} {v:g}" for k, v in sorted(found.items()))
            print(f"round {round_} {name}: {shown}", flush=True)
    print(f"\nmedians of {args.rounds} alternating rounds: old {trees['old']}, new {trees['new']}")
    print(f"{'figure':<40}{'old':>12}{'new':>12}{'new/old':>9}")
    for key in sorted(set(figures["old"]) | set(figures["new"])):
        old = figures["old"].get(key)
        new = figures["new"].get(key)
        if not old or not new:
            continue
        o, n = statistics.median(old), statistics.median(new)
        print(f"{key:<40}{o:>12.4g}{n:>12.4g}{n / o if o else float('nan'):>8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
