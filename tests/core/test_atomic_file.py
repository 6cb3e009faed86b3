"""A file written across many calls: committed, it replaces the target; discarded,
or failing, it leaves the previous file byte for byte and no temporary file."""

from __future__ import annotations

import errno

import pytest

from gd_desktop.core import files
from gd_desktop.core.files import AtomicFile, FileProblem, write_bytes


def test_commit_replaces_the_file_and_discard_leaves_it(tmp_path):
    path = tmp_path / "anim.gif"
    path.write_bytes(b"previous")
    kept = AtomicFile(path, binary=True)
    for _ in range(3):
        kept.stream.write(b"frame")
    assert path.read_bytes() == b"previous"
    kept.discard()
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["anim.gif"]
    written = AtomicFile(path, binary=True)
    written.stream.write(b"new")
    written.commit()
    assert path.read_bytes() == b"new" and written.done
    assert [p.name for p in tmp_path.iterdir()] == ["anim.gif"]


def test_a_failing_fsync_at_commit_keeps_the_previous_bytes(tmp_path, monkeypatch):
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG old")
    file = AtomicFile(path, binary=True)
    file.stream.write(b"\x89PNG new")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(FileProblem) as caught:
        file.commit()
    assert caught.value.problems[0].code == "write_failed"
    assert path.read_bytes() == b"\x89PNG old"
    assert [p.name for p in tmp_path.iterdir()] == ["picture.png"]


def test_a_temporary_file_that_cannot_be_made_is_a_problem(tmp_path, monkeypatch):
    path = tmp_path / "picture.png"
    path.write_bytes(b"old")

    def refused(*args, **kwargs):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refused)
    with pytest.raises(FileProblem):
        write_bytes(path, b"new")
    assert path.read_bytes() == b"old"
