"""What `gd-desktop run` prints and writes, and how its flags override a preset."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gd_desktop import cli
from gd_desktop.core import ExperimentConfig, Run, preset

from .reference import assert_close, batch_reference

REPO = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^\[(\d+)/(\d+)\] w0:(\S+), w1:(\S+), MSE: (-?\d+\.\d{3})$")


def config_for(argv: list[str]) -> ExperimentConfig:
    return cli.config_from_args(cli.build_parser().parse_args(argv))


def read_csv(path: Path) -> np.ndarray:
    return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def test_flags_override_the_preset():
    argv = ["--preset", "blog-sgd", "--order", "shuffle", "--no-blog-scaling", "--lr", "0.01"]
    argv += ["--steps", "7", "--seed", "3", "--samples", "40", "--noise", "0.5"]
    argv += ["--init", "0", "-2.5", "--tolerance", "1e-3", "--tolerance-on", "grad"]
    argv += ["--line-fit", "--max-updates", "99"]
    config = config_for(argv)
    base = preset("blog-sgd")
    assert config.batching.method == "sgd" and config.batching.order == "shuffle"
    assert config.batching.blog_scaling is False and base.batching.blog_scaling is True
    assert (config.learning_rate, config.budget, config.budget_unit) == (0.01, 7, "updates")
    assert (config.seed, config.data.samples, config.data.noise) == (3, 40, 0.5)
    assert config.data.source == "line" and config.init == (0.0, -2.5)
    assert (config.tolerance, config.tolerance_on, config.max_updates) == (1e-3, "grad", 99)


def test_no_flags_give_the_preset_and_the_default_is_blog_batch():
    for name in ("blog-batch", "blog-sgd", "blog-minibatch"):
        assert config_for(["--preset", name]) == preset(name)
    assert config_for([]) == preset("blog-batch")


def test_method_flag_switches_method_and_its_usual_order():
    sgd = config_for(["--method", "sgd"])
    assert sgd.batching.method == "sgd" and sgd.batching.order == "replace"
    mini = config_for(["--preset", "blog-sgd", "--method", "minibatch", "--batch-size", "10"])
    assert (mini.batching.method, mini.batching.order, mini.batching.batch_size) == (
        "minibatch",
        "in-order",
        10,
    )
    kept = config_for(["--method", "minibatch", "--order", "shuffle", "--drop-last"])
    assert kept.batching.order == "shuffle" and kept.batching.drop_last is True


def test_flags_override_a_config_file(tmp_path):
    path = tmp_path / "e.json"
    preset("blog-minibatch").save(path)
    config = config_for(["--config", str(path), "--epochs", "2", "--lr", "2e-4"])
    assert (config.budget, config.budget_unit, config.learning_rate) == (2, "epochs", 2e-4)
    assert config.batching == preset("blog-minibatch").batching


def test_overridden_run_matches_reference(tmp_path, capsys):
    out = tmp_path / "f.csv"
    argv = ["--seed", "5", "--samples", "60", "--lr", "1e-3", "--steps", "40"]
    assert cli.main([*argv, "--out", str(out), "--quiet"]) == 0
    table = read_csv(out)
    assert table.shape == (40, 9)
    assert np.all(table[:, 8] == 1e-3)
    assert_close(table[:, 2:4], batch_reference(5, 60, 1e-3, 40)["w"])
    assert "updates: 40 of 40" in capsys.readouterr().out


def test_epochs_on_blog_minibatch_are_four_updates_each(tmp_path, capsys):
    out = tmp_path / "f.csv"
    assert cli.main(["--preset", "blog-minibatch", "--epochs", "3", "--out", str(out)]) == 0
    table = read_csv(out)
    np.testing.assert_array_equal(table[:, 0], np.arange(1, 13))
    np.testing.assert_array_equal(table[:, 1], np.repeat([1, 2, 3], 4))
    printed = [line for line in capsys.readouterr().out.splitlines() if LINE.match(line)]
    assert len(printed) == 12 and printed[-1].startswith("[12/12] ")


def test_every_update_is_printed_in_the_blogs_format(tmp_path, capsys):
    out = tmp_path / "f.csv"
    assert cli.main(["--preset", "blog-sgd", "--steps", "25", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    updates = [LINE.match(line) for line in lines[:25]]
    assert all(updates), lines[:25]
    table = read_csv(out)
    for i, match in enumerate(updates):
        step, total, w0, w1, mse = match.groups()
        assert (int(step), int(total)) == (i + 1, 25)
        assert (float(w0), float(w1)) == (table[i, 2], table[i, 3])
        assert mse == f"{table[i, 4]:.3f}"
    assert not any(LINE.match(line) for line in lines[25:])


def test_quiet_prints_only_the_summary(capsys):
    assert cli.main(["--preset", "blog-batch", "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert not any(LINE.match(line) for line in lines)
    summary_keys = ("updates", "best MSE", "final", "optimum", "stable batch", "stopped")
    assert len(lines) == len(summary_keys)
    assert all(line.startswith(key) for line, key in zip(lines, summary_keys, strict=True))


@pytest.mark.parametrize("name", ["blog-batch", "blog-sgd", "blog-minibatch"])
def test_summary_reports_best_final_optimum_and_stop_reason(capsys, name):
    assert cli.main(["--preset", name, "--seed", "2", "--quiet"]) == 0
    out = capsys.readouterr().out
    config = preset(name)
    run = Run(ExperimentConfig.from_dict({**config.to_dict(), "seed": 2}))
    run.run_to_end()
    lines = {line.split(":")[0]: line for line in out.splitlines()}
    assert f"{run.best_mse:.6f}" in lines["best MSE"]
    assert f"w0 = {run.best_weights[0]!r}" in lines["best MSE"]
    assert f"w0 = {run.weights[0]!r}, w1 = {run.weights[1]!r}" in lines["final"]
    optimum = re.search(r"w0 = (\S+), w1 = (\S+),", lines["optimum"])
    assert optimum is not None
    x, y = run.dataset.features, run.dataset.target
    np.testing.assert_allclose(
        [float(optimum[1]), float(optimum[2])], np.linalg.lstsq(x, y, rcond=None)[0], rtol=1e-9
    )
    assert lines["stopped"] == "stopped: budget"


def test_diverging_run_reports_the_stable_rate(capsys):
    assert cli.main(["--lr", "0.01", "--steps", "10000", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "stopped: diverged" in out
    assert "2/lambda_max" in out.split("diverged:")[1]


def test_tolerance_flag_stops_early(capsys):
    assert cli.main(["--lr", "1e-3", "--tolerance", "1", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "stopped: tolerance" in out and "of 500" in out


def test_python_dash_m_run_prints_blog_lines():
    proc = subprocess.run(
        [sys.executable, "-m", "gd_desktop", "run", "--preset", "blog-batch", "--steps", "3"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    ref = batch_reference(0, 100, 2e-5, 3)
    for i in range(3):
        match = LINE.match(lines[i])
        assert match is not None, lines[i]
        assert match.groups()[0:2] == (str(i + 1), "3")
        assert_close([float(match[3]), float(match[4])], ref["w"][i])
        assert match[5] == f"{ref['mse'][i]:.3f}"
    assert "stopped: budget" in proc.stdout and proc.stderr == ""


def test_config_file_saved_from_preset_runs_like_the_preset(tmp_path, capsys):
    path = tmp_path / "e.json"
    path.write_text(json.dumps(preset("blog-batch").to_dict()))
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    assert cli.main(["--config", str(path), "--out", str(a), "--quiet"]) == 0
    assert cli.main(["--preset", "blog-batch", "--out", str(b), "--quiet"]) == 0
    assert a.read_bytes() == b.read_bytes()
