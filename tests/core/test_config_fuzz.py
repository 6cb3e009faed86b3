"""Fuzzing the command line with config files and flags: whatever the input, exit 0,
2 (bad input) or 1 (I/O), at most two lines on stderr, no traceback, no warning
(warnings are errors in tests), and an --out file either whole or untouched."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gd_desktop import cli

# Numbers as JSON text: ordinary, edge and overflowing ones.
NUMBERS = st.one_of(
    st.integers(-3, 60).map(str),
    st.sampled_from(
        ["0", "-1", "1e-5", "0.5", "1", "2147483647", "2147483648", "4294967296",
         "1e154", "-1e154", "1e308", "1e400", "-1e400", "NaN", "Infinity", "-Infinity",
         "1" + "0" * 40, "9" * 5000]
    ),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
)  # fmt: skip
KEYS = st.sampled_from(
    ["learning_rate", "budget", "seed", "max_updates", "tolerance", "init", "budget_unit",
     "data", "batching", "optimizer", "schedule", "version", "bogus"]
)  # fmt: skip
PART_KEYS = st.sampled_from(
    ["samples", "scale", "noise", "true_weights", "outlier_fraction", "outlier_size",
     "source", "path", "batch_size", "method", "name", "beta", "eps", "kind", "step_size",
     "gamma", "decay", "exp_gamma", "min_factor"]
)  # fmt: skip
WORDS = st.sampled_from(
    ['"csv"', '"line"', '"minibatch"', '"adam"', '"step"', '"inverse-time"', '"cosine"',
     '"epochs"', "true", "null", '"FIFO"', '"/dev/zero"', '"missing.csv"']
)  # fmt: skip


def pair(values: list[str]) -> str:
    return "[" + ", ".join(values) + "]"


PART = st.dictionaries(
    PART_KEYS,
    st.one_of(NUMBERS, WORDS, st.lists(NUMBERS, min_size=2, max_size=2).map(pair)),
    max_size=5,
)


def obj(items: dict[str, str]) -> str:
    return "{" + ", ".join(f'"{k}": {v}' for k, v in items.items()) + "}"


VALUES = st.one_of(
    NUMBERS, WORDS, st.lists(NUMBERS, min_size=2, max_size=2).map(pair), PART.map(obj)
)
CONFIGS = st.dictionaries(KEYS, VALUES, max_size=6).map(obj)
NESTED = st.integers(1, 3000).map(lambda n: "[" * n + "]" * n)
TEXTS = st.one_of(CONFIGS, CONFIGS.map(lambda t: '{"race": [' + t + ", " + t + "]}"), NESTED)
FLAGS = st.lists(
    st.sampled_from(
        [["--lr", "-inf"], ["--lr", "1e308"], ["--init", "1e154", "-1e154"], ["--noise", "1e308"],
         ["--seed", "4294967296"], ["--steps", "1" + "0" * 400], ["--decay", "1e308"],
         ["--schedule", "inverse-time"], ["--max-updates", "2147483647"], ["--steps", "40"]]
    ),
    max_size=3,
).map(lambda groups: [flag for group in groups for flag in group])  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz")
    os.mkfifo(path / "FIFO")
    return path


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS, bom=st.booleans(), flags=FLAGS, source=st.sampled_from(["file", "FIFO"]))
def test_any_config_file_and_flags_end_cleanly(folder, capsys, text, bom, flags, source):
    path = folder / "experiment.json"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    out = folder / "out.csv"
    out.write_text("previous\n")
    config = str(path) if source == "file" else str(folder / "FIFO")
    argv = ["--config", config, *flags, "--quiet", "--out", str(out)]
    cwd = os.getcwd()
    os.chdir(folder)  # relative paths in the files point here
    try:
        code = cli.main(argv)
    finally:
        os.chdir(cwd)
    captured = capsys.readouterr()
    assert code in (0, 1, 2)
    assert len(captured.err.splitlines()) <= 2, captured.err
    assert "Traceback" not in captured.err and "Warning" not in captured.err
    written = out.read_text()
    if code == 0:
        assert written.startswith(("step,", "run,"))
    else:
        assert written == "previous\n"
        assert captured.err.startswith("gd-desktop run: error:")
    assert sorted(p.name for p in folder.iterdir()) == ["FIFO", "experiment.json", "out.csv"]
