"""The one writer and the one reader: a failed write keeps the previous file byte for
byte and leaves no temporary file; FIFOs, devices, folders and huge files are refused
before anything is read."""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from gd_desktop.core import files
from gd_desktop.core.files import FileProblem, atomic_writer, read_text, regular_size, write_text

PREVIOUS = '{"previous": "content"}\n' * 50


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    path = tmp_path / "race.json"
    path.write_text(PREVIOUS, encoding="utf-8")
    return path


def test_a_write_replaces_the_file_and_keeps_its_permissions(previous: Path):
    previous.chmod(0o640)
    write_text(previous, "new\n")
    assert previous.read_text(encoding="utf-8") == "new\n"
    assert previous.stat().st_mode & 0o777 == 0o640
    assert leftovers(previous.parent) == []


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path):
    target = tmp_path / "fresh.csv"
    write_text(target, "a,b\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_failure_while_writing_keeps_the_previous_file(previous: Path):
    with pytest.raises(RuntimeError), atomic_writer(previous) as stream:
        stream.write("half a fi")
        raise RuntimeError("the writer failed mid-write")
    assert previous.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(previous.parent) == []


def test_an_os_error_while_writing_becomes_a_problem_naming_the_file(previous: Path):
    with pytest.raises(FileProblem) as caught, atomic_writer(previous) as stream:
        stream.write("x")
        raise OSError(28, "No space left on device")
    (reported,) = caught.value.problems
    assert reported.code == "write_failed" and reported["path"] == str(previous)
    assert reported["reason"] == "no space left on device"
    assert previous.read_text(encoding="utf-8") == PREVIOUS


def test_a_temporary_file_that_cannot_be_made_changes_nothing(previous, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    with pytest.raises(FileProblem) as caught:
        write_text(previous, "new")
    assert caught.value.problems[0]["reason"] == "permission denied"
    assert previous.read_text(encoding="utf-8") == PREVIOUS


def test_a_failing_fsync_keeps_the_previous_file(previous, monkeypatch):
    def fail(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files.os, "fsync", fail)
    with pytest.raises(FileProblem):
        write_text(previous, "new")
    assert previous.read_text(encoding="utf-8") == PREVIOUS
    assert leftovers(previous.parent) == []


@contextlib.contextmanager
def small_filesystem(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs (tests run as root); skipped where mounting is not allowed."""
    folder = tmp_path / f"full-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_file_system_keeps_the_previous_file(tmp_path: Path):
    with small_filesystem(tmp_path) as folder:
        target = folder / "race.json"
        target.write_text(PREVIOUS, encoding="utf-8")
        with pytest.raises(FileProblem) as caught:
            write_text(target, "x" * 200_000)
        assert caught.value.problems[0].code == "write_failed"
        assert target.read_text(encoding="utf-8") == PREVIOUS
        assert leftovers(folder) == []


def test_a_fifo_a_device_and_a_folder_are_refused_at_once(tmp_path: Path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path, kind in ((fifo, "pipe"), (Path("/dev/zero"), "device"), (tmp_path, "folder")):
        with pytest.raises(FileProblem) as caught:
            read_text(path)
        (reported,) = caught.value.problems
        assert (reported.code, reported["kind"]) == ("not_regular", kind)


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path: Path):
    big = tmp_path / "big.json"
    big.write_bytes(b"1" * 1001)
    with pytest.raises(FileProblem) as caught:
        read_text(big, limit=1000)
    assert caught.value.problems[0].code == "file_too_large"
    assert caught.value.problems[0]["size"] == 1001
    assert regular_size(big) == 1001


def test_text_is_read_with_or_without_a_byte_order_mark(tmp_path: Path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf{}")
    assert read_text(path) == "{}"
    path.write_bytes(b'{"a": "\xff"}\n')
    with pytest.raises(FileProblem) as caught:
        read_text(path)
    assert caught.value.problems[0].code == "not_utf8"


def test_a_missing_file_is_named(tmp_path: Path):
    with pytest.raises(FileProblem) as caught:
        read_text(tmp_path / "nope.json")
    assert caught.value.problems[0].code == "no_file"


def test_a_pipe_or_a_device_is_never_replaced_by_a_write(tmp_path: Path):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    for target, kind in ((fifo, "pipe"), (Path("/dev/null"), "device"), (tmp_path, "folder")):
        with pytest.raises(FileProblem) as caught:
            write_text(target, "x")
        assert (caught.value.problems[0].code, caught.value.problems[0]["kind"]) == (
            "not_regular",
            kind,
        )
    assert fifo.is_fifo() and Path("/dev/null").is_char_device()
    assert leftovers(tmp_path) == []
