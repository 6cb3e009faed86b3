"""How much memory a run needs, and how much the machine has free.

``free_memory`` is the one place the free memory is read, so tests can replace it.
A run keeps every record twice when it runs in the window (once in the engine
process, once in the window's), plus its data in each process.
"""

from __future__ import annotations

import os

from gd_desktop.core.problems import Problem, problem
from gd_desktop.core.records import FIELDS

# One record: a float64 per field.
RECORD_BYTES = 8 * len(FIELDS)
# The processes that hold a run's records and data: the engine's and the window's.
PROCESSES = 2
# A row of data in one process: two features and the target, and the residuals.
ROW_BYTES = 4 * 8


def free_memory() -> int | None:
    """Bytes the system can give without swapping, or None if unknown.

    Linux's MemAvailable counts the page cache it can drop; the free pages of
    ``SC_AVPHYS_PAGES`` alone would refuse runs on a machine that has read many files.
    """
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def run_memory(updates: int, rows: int) -> int:
    """Bytes a run of ``updates`` updates on ``rows`` rows needs, in both processes."""
    return PROCESSES * (updates * RECORD_BYTES + rows * ROW_BYTES)


def memory_problem(updates: int, rows: int, field: str = "budget") -> Problem | None:
    """``run_memory`` (the updates, the bytes needed and free) when it exceeds the free
    memory, else None (also when the free memory is not known)."""
    free = free_memory()
    need = run_memory(updates, rows)
    if free is None or need <= free:
        return None
    return problem("run_memory", field, updates=updates, rows=rows, need=need, free=free)
