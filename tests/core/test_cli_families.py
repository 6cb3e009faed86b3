"""`gd-desktop run --model ...` and `--surface ...`: every family from the command
line, its CSV columns, its experiment-file keys, and each bad combination refused
in one line with exit status 2."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from gd_desktop import cli
from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.family_run import FamilyRun
from gd_desktop.core.samples import SAMPLE_DIR

PREFIX = "gd-desktop run: error:"
SETOSA = str(SAMPLE_DIR / "iris_setosa_versicolor.csv")
VIRGINICA = str(SAMPLE_DIR / "iris_versicolor_virginica.csv")
IRIS = str(SAMPLE_DIR / "iris_petals.csv")


def run(argv, capsys):
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    "argv, header",
    [
        (["--model", "linear"], "mse,batch_mse"),
        (["--model", "logistic"], "loss,batch_loss"),
        (["--model", "logistic", "--line-fit", "--separation", "1"], "loss,batch_loss"),
        (
            ["--model", "neuron", "--amplitude", "1.5", "--steepness", "2", "--noise", "0.1"],
            "loss,batch_loss",
        ),
        (["--model", "neuron", "--method", "minibatch", "--batch-size", "10"], "loss,batch_loss"),
        (["--surface", "rosenbrock", "--optimizer", "adam", "--lr", "0.01"], "loss,batch_loss"),
        (
            ["--surface", "himmelblau", "--grad-noise", "0.5", "--schedule", "cosine"],
            "loss,batch_loss",
        ),
    ],
)
def test_every_family_runs_and_names_its_loss_columns(argv, header, capsys, tmp_path) -> None:
    out_path = tmp_path / "records.csv"
    code, out, err = run([*argv, "--steps", "40", "--out", str(out_path)], capsys)
    assert code == 0, err
    lines = out_path.read_text().splitlines()
    assert lines[0] == f"step,epoch,w0,w1,{header},grad_w0,grad_w1,lr"
    assert len(lines) == 41
    loss_name = "MSE" if "mse" in header else "loss"
    assert "[40/40] w0:" in out and f", {loss_name}: " in out


def test_the_summary_names_the_minimum_a_run_ended_near(capsys) -> None:
    code, out, _ = run(
        [
            "--surface",
            "two-minima",
            "--init",
            "0.5",
            "0.1",
            "--lr",
            "0.005",
            "--steps",
            "2000",
            "--quiet",
        ],
        capsys,
    )
    assert code == 0
    assert "model: test surface two-minima" in out
    assert "critical points: 2 minima, 1 saddle" in out
    assert "ended near: the minimum at (0.905" in out and "(not the lowest known)" in out
    code, out, _ = run(
        [
            "--surface",
            "two-minima",
            "--init",
            "-0.5",
            "0.1",
            "--lr",
            "0.005",
            "--steps",
            "2000",
            "--quiet",
        ],
        capsys,
    )
    assert "ended near: the minimum at (-0.967" in out and "(the lowest known)" in out


def test_a_surface_saddle_has_no_local_limit_at_a_maximum(capsys) -> None:
    code, out, _ = run(
        ["--surface", "himmelblau", "--init", "-0.270845", "-0.923039", "--steps", "1", "--quiet"],
        capsys,
    )
    assert code == 0 and "no local limit" in out


def test_separable_iris_classes_have_no_finite_optimum(capsys) -> None:
    argv = ["--model", "logistic", "--data", SETOSA, "--target", "is_versicolor"]
    code, out, err = run(
        [*argv, "--feature", "petal_length_cm", "--intercept", "--steps", "2000", "--quiet"], capsys
    )
    assert code == 0, err
    assert "no finite optimum" in out and "stopped: budget" in out
    argv = ["--model", "logistic", "--data", VIRGINICA, "--target", "is_virginica"]
    code, out, err = run(
        [*argv, "--feature", "petal_length_cm", "--intercept", "--steps", "20", "--quiet"], capsys
    )
    assert code == 0, err
    assert "lowest known minimum: w0 = " in out


def test_the_neuron_takes_one_feature_column_alone(capsys, tmp_path) -> None:
    path = tmp_path / "tanh.csv"
    x = np.linspace(-2, 2, 30)
    path.write_text("x,y\n" + "".join(f"{float(a)!r},{float(2 * np.tanh(1.5 * a))!r}\n" for a in x))
    code, out, err = run(
        [
            "--model",
            "neuron",
            "--data",
            str(path),
            "--target",
            "y",
            "--feature",
            "x",
            "--steps",
            "3000",
            "--quiet",
        ],
        capsys,
    )
    assert code == 0, err
    assert "ended near: the minimum at (1.5, 2)" in out


BAD = {
    "surface with data": (["--surface", "saddle", "--data", IRIS], "--data"),
    "surface with sgd": (["--surface", "saddle", "--method", "sgd"], "full batch"),
    "surface with samples": (["--surface", "saddle", "--samples", "10"], "--samples"),
    "grad noise on a model": (["--model", "logistic", "--grad-noise", "0.1"], "--grad-noise"),
    "negative grad noise": (["--surface", "saddle", "--grad-noise", "-1"], "grad_noise"),
    "separation on the neuron": (["--model", "neuron", "--separation", "2"], "--separation"),
    "amplitude on logistic": (["--model", "logistic", "--amplitude", "2"], "--amplitude"),
    "noise on logistic": (["--model", "logistic", "--noise", "0.3"], "--noise"),
    "neuron with two features": (
        ["--model", "neuron", "--data", IRIS, "--target", "species", "--features", "a", "b"],
        "--feature A",
    ),
    "model and surface": (["--model", "logistic", "--surface", "saddle"], "--surface"),
    "unknown surface": (["--surface", "ackley"], "--surface"),
    "non-binary logistic target": (
        [
            "--model",
            "logistic",
            "--data",
            IRIS,
            "--target",
            "species",
            "--feature",
            "petal_length_cm",
            "--intercept",
        ],
        "species has 2",
    ),
}


@pytest.mark.parametrize("argv, fragment", BAD.values(), ids=list(BAD))
def test_bad_combinations_are_one_line_and_exit_2(argv, fragment, capsys) -> None:
    code, out, err = run([*argv, "--quiet"], capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX) and fragment in lines[0], err
    assert "Traceback" not in err


def test_experiment_files_keep_the_family_keys(tmp_path, capsys) -> None:
    config = ExperimentConfig(
        model="surface", surface="beale", grad_noise=0.25, learning_rate=1e-3, budget=30
    )
    path = tmp_path / "beale.json"
    config.save(path)
    raw = json.loads(path.read_text())
    assert (raw["model"], raw["surface"], raw["grad_noise"]) == ("surface", "beale", 0.25)
    assert ExperimentConfig.load(path) == config
    code, out, _ = run(["--config", str(path), "--quiet"], capsys)
    assert code == 0 and "model: test surface beale, gradient noise sigma 0.25" in out
    # a file from before the families still loads, as linear regression
    del raw["model"], raw["surface"], raw["grad_noise"]
    path.write_text(json.dumps(raw))
    assert ExperimentConfig.load(path).model == "linear"


def test_logistic_records_match_a_direct_run(tmp_path, capsys) -> None:
    out_path = tmp_path / "log.csv"
    code, _, _ = run(
        ["--model", "logistic", "--steps", "25", "--seed", "4", "--out", str(out_path), "--quiet"],
        capsys,
    )
    assert code == 0
    with out_path.open() as stream:
        rows = list(csv.DictReader(stream))
    direct = FamilyRun(ExperimentConfig(model="logistic", seed=4, budget=25, learning_rate=0.5))
    direct.run_to_end()
    assert float(rows[-1]["loss"]) == direct.records.last()["mse"]
    assert float(rows[-1]["w1"]) == direct.weights[1]
