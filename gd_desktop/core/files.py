"""One writer and one reader for every file the app writes or reads.

The writer never leaves half a file: it writes a temporary file in the target's
folder, flushes and fsyncs it, then renames it over the target, so a failure at
any point leaves the previous file byte for byte. The reader takes regular files
only (a FIFO would block forever, a device never ends) and checks the size
before it reads. Failures are ``FileProblem`` errors carrying a Problem.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from gd_desktop.core.problems import ProblemError, problem

# Experiment and settings files are small; anything bigger is not one of ours.
EXPERIMENT_LIMIT = 4 * 2**20


class FileProblem(ProblemError):
    """A file could not be read or written; ``problems[0]`` says why and which."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc) or type(exc).__name__).lower()


def regular_size(path: str | Path, limit: int | None = None) -> int:
    """The size of ``path`` if it is a regular file no larger than ``limit``, else a
    FileProblem (``no_file``, ``unreadable``, ``not_regular`` or ``file_too_large``)."""
    name = str(path)
    try:
        info = os.stat(path)  # never blocks, not even on a FIFO
    except FileNotFoundError:
        raise FileProblem([problem("no_file", "", path=name)]) from None
    except OSError as exc:
        raise FileProblem([problem("unreadable", "", path=name, reason=_reason(exc))]) from None
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem([problem("not_regular", "", path=name, kind=_kind(info.st_mode))])
    if limit is not None and info.st_size > limit:
        raise FileProblem(
            [problem("file_too_large", "", path=name, size=info.st_size, limit=limit)]
        )
    return info.st_size


def read_bytes(path: str | Path, limit: int) -> bytes:
    """The whole of a regular file of at most ``limit`` bytes."""
    regular_size(path, limit)
    name = str(path)
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since the check,
        # opening it does not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                raise FileProblem([problem("not_regular", "", path=name, kind="special file")])
            data = stream.read(limit + 1)
    except OSError as exc:
        raise FileProblem([problem("unreadable", "", path=name, reason=_reason(exc))]) from None
    if len(data) > limit:
        raise FileProblem([problem("file_too_large", "", path=name, size=len(data), limit=limit)])
    return data


def read_text(path: str | Path, limit: int = EXPERIMENT_LIMIT) -> str:
    """A UTF-8 text file (a byte-order mark is allowed), read with ``read_bytes``."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileProblem([problem("not_utf8", "", path=str(path), line=line)]) from None


class AtomicFile:
    """A file being written in place of ``path``: ``commit`` puts it there, ``discard``
    (or any failure) removes it and leaves ``path`` as it was. For writers that work
    across many calls (an animation encoded frame by frame, which may be cancelled).

    Opening fails with FileProblem (``not_regular`` or ``write_failed``).
    """

    def __init__(
        self,
        path: str | Path,
        binary: bool = False,
        encoding: str = "utf-8",
        newline: str | None = None,
    ):
        self.target = Path(os.path.realpath(path))
        self.name = str(path)
        with contextlib.suppress(FileNotFoundError):
            # Renaming over a device or a pipe would replace it (as root, even /dev/full).
            mode = os.stat(self.target).st_mode
            if not stat.S_ISREG(mode):
                raise FileProblem([problem("not_regular", "", path=self.name, kind=_kind(mode))])
        try:
            fd, self.temporary = tempfile.mkstemp(
                dir=self.target.parent, prefix=f".{self.target.name}.", suffix=".part"
            )
        except OSError as exc:
            raise self.failure(exc) from None
        try:
            if binary:
                self.stream: IO[Any] = os.fdopen(fd, "wb")
            else:
                self.stream = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        except BaseException as exc:
            os.close(fd)
            self.discard()
            if isinstance(exc, OSError):
                raise self.failure(exc) from None
            raise
        self.done = False

    def failure(self, exc: OSError) -> FileProblem:
        return FileProblem([problem("write_failed", "", path=self.name, reason=_reason(exc))])

    def commit(self) -> None:
        """Flush, fsync and rename over the target (FileProblem, and discarded, on failure)."""
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            _keep_mode(self.target, self.temporary)
            os.replace(self.temporary, self.target)
        except BaseException as exc:
            self.discard()
            if isinstance(exc, OSError):
                raise self.failure(exc) from None
            raise
        self.done = True
        _sync_folder(self.target.parent)

    def discard(self) -> None:
        """Remove the temporary file; the target stays as it was."""
        self.done = True
        stream = getattr(self, "stream", None)
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)


@contextlib.contextmanager
def atomic_writer(
    path: str | Path, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """A text stream whose content replaces ``path`` only once it is all written.

    On any failure (in the caller's writing, the flush, the fsync or the rename)
    the temporary file is removed, ``path`` is untouched and FileProblem
    (``write_failed``) is raised.
    """
    with _atomic(AtomicFile(path, encoding=encoding, newline=newline)) as stream:
        yield stream


@contextlib.contextmanager
def atomic_binary_writer(path: str | Path) -> Iterator[IO[bytes]]:
    """A byte stream that replaces ``path`` only once it is all written (as
    ``atomic_writer``): pictures and animations."""
    with _atomic(AtomicFile(path, binary=True)) as stream:
        yield stream


@contextlib.contextmanager
def _atomic(file: AtomicFile) -> Iterator[IO[Any]]:
    try:
        yield file.stream
    except BaseException as exc:
        file.discard()
        if isinstance(exc, OSError):
            raise file.failure(exc) from None
        raise
    file.commit()


def write_bytes(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically."""
    with atomic_binary_writer(path) as stream:
        stream.write(data)


def write_text(path: str | Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically (see ``atomic_writer``)."""
    with atomic_writer(path) as stream:
        stream.write(text)


def _keep_mode(target: Path, temporary: str) -> None:
    """The new file gets the old one's permissions (a new one: the usual 0666 - umask)."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
