"""Where ``gd-desktop run`` writes: standard output, the ``--out`` file and the one
line on standard error that says what went wrong. A closed or full standard
output is an I/O failure (exit 1), never a traceback."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import IO, TextIO

from gd_desktop.cli.messages import error_text
from gd_desktop.core.files import FileProblem, atomic_writer, regular_size

EXIT_IO = 1
PREFIX = "gd-desktop run: "


def report(text: str) -> None:
    """One line on standard error (nothing when it is closed too)."""
    with contextlib.suppress(OSError, ValueError):
        if sys.stderr is not None:
            print(PREFIX + text, file=sys.stderr, flush=True)


def report_error(text: str) -> None:
    report("error: " + text)


def _silence_stdout() -> None:
    """Point standard output at /dev/null after a failed write, so the flush at exit
    cannot fail a second time (and print a traceback of its own)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def emit(write: Callable[[TextIO], None]) -> int:
    """Run ``write`` on standard output and flush it; the exit code.

    A broken pipe (``| head``) ends quietly with 0; any other failure to write, a
    closed standard output or a failed ``--out`` file is reported in one line, exit 1.
    """
    out = sys.stdout
    if out is None:
        report_error("standard output is closed")
        return EXIT_IO
    try:
        write(out)
        out.flush()
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except FileProblem as exc:
        report_error(error_text(exc))
        return EXIT_IO
    except OSError as exc:
        _silence_stdout()
        reason = (exc.strerror or type(exc).__name__).lower()
        report_error(f"cannot write to standard output: {reason}")
        return EXIT_IO
    return 0


def write_file(path: str, write: Callable[[IO[str]], None]) -> None:
    """Write ``path`` through the one atomic writer (FileProblem, ``write_failed``, if
    that fails: the previous file is then untouched). Only a regular file is
    replaced: renaming over a device or a pipe (``--out /dev/full``) would put a
    file in its place, so those are refused (``not_regular``)."""
    with contextlib.suppress(FileNotFoundError):
        os.stat(path)
        regular_size(path)
    with atomic_writer(path, newline="") as stream:
        write(stream)
