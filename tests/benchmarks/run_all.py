"""Run the benchmarks, each in a fresh Python process so its memory numbers are its own.

Usage: ``python tests/benchmarks/run_all.py [NAME ...] [-- ARGS ...]`` (``make bench``).

Every module named in ``BENCHMARKS`` is a file ``tests/benchmarks/NAME.py`` that
defines ``main() -> int | None`` (an exit status; ``main`` reads ``sys.argv``). Each
one runs in its own subprocess, loaded with ``runpy`` (so ``tests`` need not be a
package) with ``sys.argv`` set as for a script: its path, then the ARGS after ``--``.
To add a benchmark, add its module name to ``BENCHMARKS``; a listed module without
``main`` is skipped. The exit status is non-zero if a listed module is missing or a
benchmark failed.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import time
from pathlib import Path

# Benchmark modules in run order.
BENCHMARKS: tuple[str, ...] = (
    "engine_bench",
    "csv_bench",
    "import_stall_bench",
    "gui_bench",
    "landscape_bench",
    "timeline_bench",
    "startup_bench",
)

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]

# Runs in the child: load the module as a script and call its main().
_CHILD = """\
import runpy, sys
sys.argv = sys.argv[1:]  # [path, ARGS...], as if the module were run as a script
namespace = runpy.run_path(sys.argv[0], run_name="benchmark")
sys.exit(namespace["main"]() or 0)
"""


def defines_main(path: Path) -> bool:
    """Whether the module has a top-level ``def main`` (read, not imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return any(
        isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "main"
        for node in tree.body
    )


def run_benchmark(name: str, args: list[str]) -> int:
    """Run one benchmark module in a subprocess; its output goes straight to ours."""
    path = HERE / f"{name}.py"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    command = [sys.executable, "-c", _CHILD, str(path), *args]
    return subprocess.run(command, cwd=REPO_ROOT, env=env, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    forwarded: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, forwarded = argv[:cut], argv[cut + 1 :]
    unknown = [name for name in argv if name not in BENCHMARKS]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}",
            file=sys.stderr,
        )
        return 2
    selected = [name for name in BENCHMARKS if not argv or name in argv]

    results: list[tuple[str, str, float]] = []
    for name in selected:
        path = HERE / f"{name}.py"
        if not path.is_file():
            results.append((name, "missing", 0.0))
            continue
        if not defines_main(path):
            results.append((name, "skipped: no main()", 0.0))
            continue
        print(f"=== {name} ===", flush=True)
        started = time.perf_counter()
        code = run_benchmark(name, forwarded)
        elapsed = time.perf_counter() - started
        results.append((name, "ok" if code == 0 else f"failed (exit {code})", elapsed))
        print(flush=True)

    print("=== summary ===")
    for name, outcome, elapsed in results:
        print(f"{name:<20} {outcome:<24} {elapsed:6.1f} s")
    failed = [name for name, outcome, _ in results if outcome == "missing" or "failed" in outcome]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
