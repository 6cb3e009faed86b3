"""`gd-desktop run --data FILE`: a CSV file runs exactly like a Run built from its arrays."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from gd_desktop import cli
from gd_desktop.core import DataConfig, Dataset, ExperimentConfig, Run, preset

REPO = Path(__file__).resolve().parents[2]
PREFIX = "gd-desktop run: error:"


def config_for(argv: list[str]) -> ExperimentConfig:
    return cli.config_from_args(cli.build_parser().parse_args(argv))


def arrays(rows: int = 40) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((rows, 2)) * [2.0, 30.0]
    y = 3.0 * x[:, 0] - 0.5 * x[:, 1] + rng.standard_normal(rows)
    return x, y


def write_table(path: Path, x: np.ndarray, y: np.ndarray, delimiter: str = ",") -> None:
    table = np.column_stack([x[:, 0], y, x[:, 1]])
    header = delimiter.join(["a", "y", "b"])
    np.savetxt(path, table, delimiter=delimiter, fmt="%.17g", header=header, comments="")


def records_text(run: Run) -> str:
    run.run_to_end()
    out = io.StringIO()
    run.records.write_csv(out)
    return out.getvalue()


# name: (flags after --target y, the features the run must see, from the columns a, b)
RUNS = {
    "batch": (["--features", "a", "b", "--lr", "1e-3", "--steps", "60"], lambda x: x),
    "sgd, swapped, standardised": (
        ["--features", "b", "a", "--method", "sgd", "--lr", "0.01", "--epochs", "2"]
        + ["--standardize"],
        lambda x: x[:, ::-1],
    ),
    "mini-batch, shuffled": (
        ["--features", "a", "b", "--method", "minibatch", "--batch-size", "7"]
        + ["--order", "shuffle", "--seed", "4", "--lr", "1e-4", "--epochs", "3"],
        lambda x: x,
    ),
    "line fit, standardised": (
        ["--feature", "a", "--intercept", "--lr", "0.05", "--steps", "80", "--standardize"],
        lambda x: np.column_stack([np.ones(len(x)), x[:, 0]]),
    ),
}


@pytest.mark.parametrize(("flags", "features"), RUNS.values(), ids=RUNS.keys())
def test_csv_run_matches_a_run_of_the_same_arrays(tmp_path, capsys, flags, features):
    x, y = arrays()
    path = tmp_path / "table.csv"
    write_table(path, x, y, delimiter=";")
    out = tmp_path / "records.csv"
    argv = ["--data", str(path), "--target", "y", *flags]
    assert cli.main([*argv, "--out", str(out), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "stopped:" in captured.out

    config = config_for(argv)
    assert config.data.source == "csv" and config.data.path == str(path)
    assert config.data.standardize == ("--standardize" in flags)
    reference = Run(config, Dataset(features(x), y))
    assert out.read_text(encoding="utf-8") == records_text(reference)


def test_flags_set_the_csv_fields_of_the_config(tmp_path):
    two = config_for(["--data", "d.csv", "--target", "y", "--features", "a", "b"])
    assert two.data == replace(
        DataConfig(), source="csv", path="d.csv", target="y", feature0="a", feature1="b"
    )
    line = config_for(["--data", "d.csv", "--target", "2", "--feature", "1", "--intercept"])
    assert (line.data.feature0, line.data.feature1, line.data.add_intercept) == ("1", "", True)
    assert line.data.standardize is False


def test_standardize_flag_applies_to_every_source():
    assert config_for(["--standardize"]).data.standardize is True
    assert config_for(["--line-fit", "--standardize"]).data.standardize is True
    assert config_for(["--standardize", "--no-standardize"]).data.standardize is False


def test_skipped_rows_are_one_line_on_stderr(tmp_path, capsys):
    path = tmp_path / "gaps.csv"
    path.write_text("y,a,b\n1,2,3\n4,,6\n7,8,9\nx,1,2\n5,5,5\n", encoding="utf-8")
    argv = ["--data", str(path), "--target", "y", "--features", "a", "b", "--quiet"]
    assert cli.main([*argv, "--lr", "1e-3", "--steps", "5"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [f"gd-desktop run: {path}: skipped 2 rows: 3, 5"]
    assert "updates: 5 of 5" in captured.out


def test_config_file_with_a_csv_source_and_flag_overrides(tmp_path, capsys):
    x, y = arrays(30)
    path = tmp_path / "table.csv"
    write_table(path, x, y)
    data = replace(
        DataConfig(), source="csv", path=str(path), target="y", feature0="a", feature1="b"
    )
    experiment = tmp_path / "e.json"
    replace(preset("blog-batch"), data=data, learning_rate=1e-3, budget=20).save(experiment)
    assert cli.main(["--config", str(experiment), "--quiet"]) == 0
    assert "updates: 20 of 20" in capsys.readouterr().out
    swapped = config_for(["--config", str(experiment), "--features", "b", "a"])
    assert (swapped.data.feature0, swapped.data.feature1) == ("b", "a")


def bad_runs(tmp: Path) -> dict[str, tuple[list[str], str]]:
    """name: (argv, the one-line message it must give, after the prefix)."""
    good = tmp / "good.csv"
    good.write_text("y,a,b\n1,2,3\n4,5,6\n7,8,8\n", encoding="utf-8")
    empty = tmp / "empty.csv"
    empty.write_bytes(b"")
    missing = tmp / "missing.csv"
    data = ["--data", str(good)]
    return {
        "missing file": (
            ["--data", str(missing), "--target", "y", "--features", "a", "b"],
            f"{missing}: no such file",
        ),
        "empty file": (
            ["--data", str(empty), "--target", "y", "--features", "a", "b"],
            f"{empty} is empty",
        ),
        "unknown column": (
            [*data, "--target", "y", "--features", "a", "c"],
            f"{good} has no column 'c'; its columns are: y, a, b",
        ),
        "no target": ([*data, "--features", "a", "b"], "--data needs --target COL"),
        "no features": (
            [*data, "--target", "y"],
            "--data needs --features A B, or --feature A --intercept",
        ),
        "feature without intercept": (
            [*data, "--target", "y", "--feature", "a"],
            "--feature A needs --intercept (or give two columns: --features A B)",
        ),
        "intercept with two features": (
            [*data, "--target", "y", "--features", "a", "b", "--intercept"],
            "--intercept needs one feature column: --feature A",
        ),
        "target without data": (["--target", "y"], "--target needs --data FILE"),
        "data and line fit": (
            [*data, "--line-fit", "--target", "y", "--feature", "a", "--intercept"],
            "argument --line-fit: not allowed with argument --data",
        ),
        "batch larger than the file": (
            [*data, "--target", "y", "--features", "a", "b", "--method", "minibatch"],
            "batching.batch_size: must be between 1 and the number of rows (3), got 30",
        ),
    }


BAD_RUNS = [
    "missing file",
    "empty file",
    "unknown column",
    "no target",
    "no features",
    "feature without intercept",
    "intercept with two features",
    "target without data",
    "data and line fit",
    "batch larger than the file",
]


@pytest.mark.parametrize("name", BAD_RUNS)
def test_bad_csv_run_is_one_line_exit_2(tmp_path, capsys, name):
    argv, message = bad_runs(tmp_path)[name]
    assert cli.main([*argv, "--quiet"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [f"{PREFIX} {message}"]


def test_bad_runs_table_covers_every_case(tmp_path):
    assert sorted(bad_runs(tmp_path)) == sorted(BAD_RUNS)


def test_python_dash_m_run_with_data(tmp_path):
    x, y = arrays(20)
    path = tmp_path / "table.csv"
    write_table(path, x, y, delimiter="\t")
    argv = ["--data", str(path), "--target", "y", "--features", "a", "b", "--steps", "3"]
    proc = subprocess.run(
        [sys.executable, "-m", "gd_desktop", "run", *argv, "--lr", "1e-3"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    assert proc.stdout.startswith("[1/3] w0:") and "updates: 3 of 3" in proc.stdout
