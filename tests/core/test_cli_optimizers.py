"""`gd-desktop run` with an update rule and a learning-rate schedule."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from gd_desktop import cli
from gd_desktop.core import BatchConfig, ExperimentConfig, Run, preset
from gd_desktop.core.config import OptimizerConfig, ScheduleConfig

PREFIX = "gd-desktop run: error:"
LINE = re.compile(r"^\[(\d+)/(\d+)\] w0:(\S+), w1:(\S+), MSE: (-?\d+\.\d{3})$")


def config_for(argv: list[str]) -> ExperimentConfig:
    return cli.config_from_args(cli.build_parser().parse_args(argv))


def read_csv(path: Path) -> np.ndarray:
    return np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def finished(config: ExperimentConfig) -> Run:
    run = Run(config)
    run.run_to_end()
    return run


def test_rule_flags_set_the_optimizer():
    config = config_for(["--optimizer", "adam", "--beta1", "0.8", "--beta2", "0.95"])
    assert config.optimizer == OptimizerConfig(name="adam", beta1=0.8, beta2=0.95)
    config = config_for(["--optimizer", "adam", "--eps", "1e-4", "--no-bias-correction"])
    assert config.optimizer == OptimizerConfig(name="adam", eps=1e-4, bias_correction=False)
    assert config_for(["--optimizer", "nesterov", "--beta", "0.5"]).optimizer == OptimizerConfig(
        name="nesterov", beta=0.5
    )
    rms = config_for(["--optimizer", "rmsprop", "--rho", "0.9", "--eps", "1e-6"]).optimizer
    assert rms == OptimizerConfig(name="rmsprop", rho=0.9, eps=1e-6)
    assert config_for(["--optimizer", "adagrad"]).optimizer == OptimizerConfig(name="adagrad")
    # everything else is the preset's
    assert replace(config_for(["--optimizer", "momentum"]), optimizer=OptimizerConfig()) == preset(
        "blog-batch"
    )


def test_schedule_flags_set_the_schedule():
    step = config_for(["--schedule", "step", "--step-size", "25", "--gamma", "0.3"]).schedule
    assert step == ScheduleConfig(kind="step", step_size=25, gamma=0.3)
    # --gamma is the factor of whichever decay was chosen
    exponential = config_for(["--schedule", "exponential", "--gamma", "0.97"]).schedule
    assert exponential == ScheduleConfig(kind="exponential", exp_gamma=0.97)
    inverse = config_for(["--schedule", "inverse-time", "--decay", "0.2"]).schedule
    assert inverse == ScheduleConfig(kind="inverse-time", decay=0.2)
    cosine = config_for(["--schedule", "cosine", "--min-factor", "0.1"]).schedule
    assert cosine == ScheduleConfig(kind="cosine", min_factor=0.1)
    assert config_for(["--schedule", "constant"]).schedule == ScheduleConfig()


def test_adam_output_matches_a_run_of_the_same_config(tmp_path, capsys):
    out = tmp_path / "f.csv"
    argv = ["--optimizer", "adam", "--lr", "1", "--steps", "50", "--out", str(out)]
    assert cli.main(argv) == 0
    adam = OptimizerConfig(name="adam")
    expected = finished(replace(preset("blog-batch"), optimizer=adam, learning_rate=1.0, budget=50))
    records = expected.records.rows(0, expected.step)
    assert np.array_equal(read_csv(out).T, records)
    lines = capsys.readouterr().out.splitlines()
    printed = [LINE.match(line) for line in lines[:50]]
    for i, match in enumerate(printed):
        assert match is not None, lines[i]
        assert (float(match[3]), float(match[4])) == (records[2, i], records[3, i])
    summary = {line.split(":")[0]: line for line in lines[50:]}
    assert summary["optimizer"] == "optimizer: adam (beta1 0.9, beta2 0.999, eps 1e-08)"
    assert "schedule" not in summary
    assert f"w0 = {expected.weights[0]!r}, w1 = {expected.weights[1]!r}" in summary["final"]
    assert f"{expected.best_mse:.6f}" in summary["best MSE"]


@pytest.mark.parametrize(
    ("argv", "optimizer", "schedule"),
    [
        (
            ["--optimizer", "momentum", "--beta", "0.5", "--lr", "1e-3"],
            OptimizerConfig(name="momentum", beta=0.5),
            ScheduleConfig(),
        ),
        (
            ["--optimizer", "rmsprop", "--rho", "0.9", "--schedule", "cosine", "--lr", "0.5"],
            OptimizerConfig(name="rmsprop", rho=0.9),
            ScheduleConfig(kind="cosine"),
        ),
        (
            ["--schedule", "step", "--step-size", "7", "--gamma", "0.8", "--lr", "1e-3"],
            OptimizerConfig(),
            ScheduleConfig(kind="step", step_size=7, gamma=0.8),
        ),
        (
            ["--optimizer", "adam", "--no-bias-correction", "--schedule", "exponential"],
            OptimizerConfig(name="adam", bias_correction=False),
            ScheduleConfig(kind="exponential"),
        ),
    ],
)
def test_stochastic_runs_with_rules_and_schedules_match_the_engine(
    tmp_path, capsys, argv, optimizer, schedule
):
    out = tmp_path / "f.csv"
    common = ["--preset", "blog-sgd", "--steps", "300", "--seed", "4"]
    assert cli.main([*common, *argv, "--out", str(out), "--quiet"]) == 0
    config = replace(
        config_for([*common, *argv]), optimizer=OptimizerConfig(), schedule=ScheduleConfig()
    )
    expected = finished(replace(config, optimizer=optimizer, schedule=schedule))
    assert np.array_equal(read_csv(out).T, expected.records.rows(0, expected.step))
    capsys.readouterr()


def test_summary_names_the_rule_and_schedule_only_when_not_the_defaults(capsys):
    assert cli.main(["--quiet"]) == 0
    plain = capsys.readouterr().out
    assert "optimizer" not in plain and "schedule" not in plain
    argv = ["--optimizer", "nesterov", "--beta", "0.6", "--lr", "1e-3", "--schedule", "step"]
    assert cli.main([*argv, "--step-size", "50", "--gamma", "0.5", "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    run = finished(config_for([*argv, "--step-size", "50", "--gamma", "0.5"]))
    assert run.stable_rate is not None
    assert lines[0] == (
        f"optimizer: nesterov (beta 0.6); stable full-batch rate for this rule: "
        f"{run.stable_rate:.6g}"
    )
    assert lines[1] == f"schedule: step (x 0.5 every 50 updates); last rate {1e-3 * 0.5**9:.6g}"
    assert lines[2].startswith("updates: 500 of 500")
    for argv, expected in (
        (["--optimizer", "adagrad"], "optimizer: adagrad (eps 1e-08)"),
        (["--optimizer", "rmsprop", "--eps", "0.001"], "optimizer: rmsprop (rho 0.99, eps 0.001)"),
        (
            ["--optimizer", "adam", "--no-bias-correction"],
            "optimizer: adam (beta1 0.9, beta2 0.999, eps 1e-08, no bias correction)",
        ),
        (
            ["--schedule", "inverse-time", "--decay", "0.5", "--steps", "5"],
            f"schedule: inverse-time (lr / (1 + 0.5 (k - 1))); last rate {2e-5 / 3:.6g}",
        ),
        (
            ["--schedule", "exponential", "--gamma", "0.5", "--steps", "3"],
            f"schedule: exponential (x 0.5 every update); last rate {2e-5 / 4:.6g}",
        ),
        (
            ["--schedule", "cosine", "--min-factor", "0.5", "--steps", "2"],
            f"schedule: cosine (from lr towards 0.5 x lr over 2 updates); "
            f"last rate {2e-5 * 0.75:.6g}",
        ),
    ):
        assert cli.main([*argv, "--quiet"]) == 0
        assert capsys.readouterr().out.splitlines()[0] == expected


def test_config_file_with_rule_and_schedule_loads_and_runs(tmp_path, capsys):
    config = replace(
        preset("blog-minibatch"),
        batching=BatchConfig(method="minibatch", batch_size=30, order="shuffle"),
        optimizer=OptimizerConfig(name="adam", beta1=0.8),
        schedule=ScheduleConfig(kind="exponential", exp_gamma=0.995),
        learning_rate=0.5,
        budget=40,
    )
    path = tmp_path / "e.json"
    config.save(path)
    assert config_for(["--config", str(path)]) == config
    out = tmp_path / "f.csv"
    assert cli.main(["--config", str(path), "--out", str(out), "--quiet"]) == 0
    expected = finished(config)
    assert np.array_equal(read_csv(out).T, expected.records.rows(0, expected.step))
    text = capsys.readouterr().out
    assert "optimizer: adam (beta1 0.8," in text and "schedule: exponential (x 0.995" in text
    # flags override the file's rule and schedule, and --gamma sets the file's kind
    changed = config_for(["--config", str(path), "--beta2", "0.9", "--gamma", "0.9"])
    assert changed.optimizer == replace(config.optimizer, beta2=0.9)
    assert changed.schedule == replace(config.schedule, exp_gamma=0.9)
    other = config_for(["--config", str(path), "--optimizer", "momentum", "--schedule", "step"])
    assert other.optimizer.name == "momentum" and other.schedule.kind == "step"
    assert other.optimizer.beta1 == 0.8  # the file's other values stay


def test_a_config_file_without_rule_or_schedule_runs_plain_descent(tmp_path):
    raw = preset("blog-batch").to_dict()
    del raw["optimizer"], raw["schedule"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(raw))
    assert config_for(["--config", str(path)]) == preset("blog-batch")
    assert config_for(["--config", str(path), "--optimizer", "adagrad"]).optimizer == (
        OptimizerConfig(name="adagrad")
    )


def assert_one_line_error(code: int, out: str, err: str, fragment: str) -> None:
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(PREFIX)
    assert fragment in lines[0], lines[0]
    assert "Traceback" not in err and "usage:" not in err
    assert out == ""


BAD_ARGS = {
    "unknown optimizer": (["--optimizer", "lbfgs"], "--optimizer"),
    "unknown schedule": (["--schedule", "linear"], "--schedule"),
    "beta one": (["--optimizer", "momentum", "--beta", "1"], "optimizer.beta"),
    "beta negative": (["--optimizer", "nesterov", "--beta=-0.1"], "optimizer.beta"),
    "beta nan": (["--optimizer", "momentum", "--beta", "nan"], "optimizer.beta"),
    "beta not a number": (["--optimizer", "momentum", "--beta", "high"], "--beta"),
    "rho one": (["--optimizer", "rmsprop", "--rho", "1.0"], "optimizer.rho"),
    "beta1 one": (["--optimizer", "adam", "--beta1", "1"], "optimizer.beta1"),
    "beta2 inf": (["--optimizer", "adam", "--beta2", "inf"], "optimizer.beta2"),
    "eps zero": (["--optimizer", "adagrad", "--eps", "0"], "optimizer.eps"),
    "eps negative": (["--optimizer", "adam", "--eps=-1e-8"], "optimizer.eps"),
    "beta without momentum": (["--beta", "0.5"], "--beta applies to --optimizer momentum"),
    "rho with adam": (["--optimizer", "adam", "--rho", "0.9"], "--rho applies to"),
    "beta1 with rmsprop": (["--optimizer", "rmsprop", "--beta1", "0.9"], "--beta1 applies to"),
    "eps with gd": (["--eps", "1e-3"], "--eps applies to"),
    "bias correction off with sgd rule": (
        ["--optimizer", "momentum", "--no-bias-correction"],
        "--no-bias-correction applies to --optimizer adam",
    ),
    "step size zero": (["--schedule", "step", "--step-size", "0"], "schedule.step_size"),
    "step size not an int": (["--schedule", "step", "--step-size", "2.5"], "--step-size"),
    "step gamma zero": (["--schedule", "step", "--gamma", "0"], "schedule.gamma"),
    "step gamma above one": (["--schedule", "step", "--gamma", "1.5"], "schedule.gamma"),
    "exponential gamma": (["--schedule", "exponential", "--gamma=-0.5"], "schedule.exp_gamma"),
    "exponential underflow": (
        ["--schedule", "exponential", "--gamma", "0.1"],
        "schedule.exp_gamma: the rate would fall to 0",
    ),
    "step underflow": (
        ["--schedule", "step", "--step-size", "1", "--gamma", "0.01", "--steps", "200"],
        "schedule.gamma: the rate would fall to 0",
    ),
    "decay negative": (["--schedule", "inverse-time", "--decay=-0.1"], "schedule.decay"),
    "min factor above one": (
        ["--schedule", "cosine", "--min-factor", "1.5"],
        "schedule.min_factor",
    ),
    "min factor nan": (["--schedule", "cosine", "--min-factor", "nan"], "schedule.min_factor"),
    "gamma without decay": (
        ["--gamma", "0.5"],
        "--gamma applies to --schedule step or exponential",
    ),
    "step size with cosine": (["--schedule", "cosine", "--step-size", "3"], "--step-size"),
    "decay with step": (["--schedule", "step", "--decay", "0.1"], "--decay applies to"),
    "min factor with constant": (["--min-factor", "0.1"], "--min-factor applies to"),
}


@pytest.mark.parametrize(("argv", "fragment"), BAD_ARGS.values(), ids=BAD_ARGS.keys())
def test_bad_rule_or_schedule_flag_is_one_line_exit_2(capsys, argv, fragment):
    code = cli.main([*argv, "--quiet"])
    captured = capsys.readouterr()
    assert_one_line_error(code, captured.out, captured.err, fragment)


def test_bad_rule_in_a_config_file_is_one_line_exit_2(tmp_path, capsys):
    path = tmp_path / "e.json"
    path.write_text(json.dumps({"optimizer": {"name": "adam", "beta2": 1.5}}))
    code = cli.main(["--config", str(path)])
    captured = capsys.readouterr()
    assert_one_line_error(code, captured.out, captured.err, "optimizer.beta2")
    # an unknown rule in the file is reported as such, even with a rule's flag given
    path.write_text(json.dumps({"optimizer": {"name": "newton"}}))
    code = cli.main(["--config", str(path), "--beta", "0.5"])
    captured = capsys.readouterr()
    assert_one_line_error(code, captured.out, captured.err, "optimizer.name")


def test_help_describes_every_new_flag(capsys):
    with pytest.raises(SystemExit) as info:
        cli.build_parser().parse_args(["--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    flags = ["--optimizer", "--beta ", "--rho", "--beta1", "--beta2", "--eps"]
    flags += ["--no-bias-correction", "--schedule", "--step-size", "--gamma", "--decay"]
    for flag in [*flags, "--min-factor"]:
        assert flag in text, flag
    parser = cli.build_parser()
    helps = {a.option_strings[0]: a.help for a in parser._actions if a.option_strings}
    for flag in flags + ["--min-factor"]:
        assert helps[flag.strip()], flag
