"""Every bad input to `gd-desktop run`: one line on stderr, exit code 2, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from gd_desktop import cli

PREFIX = "gd-desktop run: error:"

# (argv, a fragment the one-line message must contain)
BAD_ARGS = {
    "unknown flag": (["--frobnicate"], "--frobnicate"),
    "stray positional": (["extra"], "extra"),
    "bad method choice": (["--method", "newton"], "--method"),
    "bad order choice": (["--order", "random"], "--order"),
    "lr not a number": (["--lr", "abc"], "--lr"),
    "lr zero": (["--lr", "0"], "learning_rate"),
    "lr negative": (["--lr=-0.1"], "learning_rate"),
    "lr nan": (["--lr", "nan"], "learning_rate"),
    "lr inf": (["--lr", "inf"], "learning_rate"),
    "batch size zero": (["--batch-size", "0"], "batch_size"),
    "batch size zero minibatch": (["--method", "minibatch", "--batch-size", "0"], "batch_size"),
    "batch size above N": (["--method", "minibatch", "--batch-size", "101"], "batch_size"),
    "batch size above given N": (
        ["--preset", "blog-minibatch", "--samples", "20"],
        "batch_size",
    ),
    "batch size not an int": (["--batch-size", "3.5"], "--batch-size"),
    "steps zero": (["--steps", "0"], "budget"),
    "epochs negative": (["--epochs", "-2"], "budget"),
    "steps and epochs": (["--steps", "3", "--epochs", "2"], "--epochs"),
    "unknown preset": (["--preset", "nope"], "--preset"),
    "preset and config": (["--preset", "blog-sgd", "--config", "x.json"], "--config"),
    "samples one": (["--samples", "1"], "samples"),
    "noise negative": (["--noise", "-1"], "noise"),
    "seed negative": (["--seed", "-1"], "seed"),
    "seed too big": (["--seed", str(2**32)], "seed"),
    "tolerance zero": (["--tolerance", "0"], "tolerance"),
    "init one value": (["--init", "1"], "--init"),
    "steps over cap": (["--steps", "10000001"], "cap"),
    "steps over given cap": (["--max-updates", "5", "--steps", "6"], "cap"),
}


def run_main(argv, capsys):
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(code, out, err, fragment):
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(PREFIX)
    assert fragment in lines[0]
    assert "Traceback" not in err and "usage:" not in err
    assert out == ""


@pytest.mark.parametrize(("argv", "fragment"), BAD_ARGS.values(), ids=BAD_ARGS.keys())
def test_bad_argument_is_one_line_exit_2(capsys, argv, fragment):
    assert_one_line_error(*run_main([*argv, "--quiet"], capsys), fragment)


CONFIG_FILES = {
    "invalid JSON": ("{ not json", "not valid JSON"),
    "not an object": ("[1, 2]", "config"),
    "bad field": (json.dumps({"learning_rate": -1}), "learning_rate"),
    "unknown key": (json.dumps({"batching": {"size": 4}}), "batching.size"),
    "several bad fields": (
        json.dumps({"learning_rate": 0, "data": {"noise": -1}}),
        "data.noise",
    ),
    "huge integer": ('{"learning_rate": 1' + "0" * 400 + "}", "learning_rate"),
}


@pytest.mark.parametrize(("text", "fragment"), CONFIG_FILES.values(), ids=CONFIG_FILES.keys())
def test_bad_config_file_is_one_line_exit_2(tmp_path, capsys, text, fragment):
    path = tmp_path / "experiment.json"
    path.write_text(text, encoding="utf-8")
    assert_one_line_error(*run_main(["--config", str(path)], capsys), fragment)


def test_missing_config_file(tmp_path, capsys):
    missing = tmp_path / "missing.json"
    assert_one_line_error(*run_main(["--config", str(missing)], capsys), "missing.json")


def test_flags_are_validated_with_the_config_file(tmp_path, capsys):
    path = tmp_path / "ok.json"
    path.write_text(json.dumps({"batching": {"method": "minibatch", "batch_size": 50}}))
    assert cli.main(["--config", str(path), "--steps", "2", "--quiet"]) == 0
    capsys.readouterr()
    code, out, err = run_main(["--config", str(path), "--samples", "40"], capsys)
    assert_one_line_error(code, out, err, "batching.batch_size")


@pytest.mark.parametrize("where", ["missing-dir/f.csv", "."])
def test_out_file_that_cannot_be_written(tmp_path, capsys, where):
    target = tmp_path / where
    code, out, err = run_main(["--steps", "2", "--out", str(target), "--quiet"], capsys)
    # A failure to write is an I/O failure: exit 1, one line.
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX), err
    assert "could not write" in lines[0] or "folder, not a regular file" in lines[0]


def test_real_process_reports_bad_input_on_one_line():
    code = "import sys; from gd_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    for argv in (["--lr", "abc"], ["--steps", "0"], ["--bogus"]):
        proc = subprocess.run(
            [sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 2
        assert proc.stdout == ""
        assert len(proc.stderr.splitlines()) == 1
        assert proc.stderr.startswith(PREFIX) and "Traceback" not in proc.stderr
