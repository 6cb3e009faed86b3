"""`gd-desktop run --dataset ID` and `--list-datasets`: the bundled samples, by id."""

from __future__ import annotations

import contextlib
import io
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop import cli
from gd_desktop.cli.report import summary
from gd_desktop.core import Run
from gd_desktop.core.csv_import import dataset_for
from gd_desktop.core.samples import SAMPLE_DIR, sample_by_id, samples


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


def test_samples_are_package_data_inside_the_package() -> None:
    assert SAMPLE_DIR.parts[-3:] == ("gd_desktop", "resources", "data")
    assert len(samples()) >= 2
    for sample in samples():
        assert sample.path.is_file(), sample.id


def test_list_datasets_prints_one_id_tab_title_line_per_sample() -> None:
    code, out, err = run_cli(["--list-datasets"])
    assert code == 0 and err == ""
    assert out.splitlines() == [f"{s.id}\t{s.title}" for s in samples()]


@pytest.mark.parametrize("sample", samples(), ids=lambda s: s.id)
def test_dataset_runs_the_sample_with_its_target_and_features(sample) -> None:
    config = cli.config_from_args(cli.build_parser().parse_args(["--dataset", sample.id]))
    assert config.data.source == "csv" and config.data.path == str(sample.path)
    assert config.data.target == sample.target
    assert config.data.feature0 == sample.features[0]
    assert config.data.add_intercept == sample.intercept
    raw = np.genfromtxt(sample.path, delimiter=",", names=True)
    imported = dataset_for(config.data).dataset
    assert np.array_equal(imported.target, raw[sample.target])
    code, out, _ = run_cli(["--dataset", sample.id, "--lr", "1e-9", "--steps", "3", "--quiet"])
    assert code == 0 and "updates: 3 of 3" in out
    expected = Run(replace(config, learning_rate=1e-9, budget=3), imported)
    expected.run_to_end()
    assert out == summary(expected) + "\n"


def test_dataset_flags_still_override_the_sample() -> None:
    engel = sample_by_id("engel-food")
    assert engel is not None
    args = ["--dataset", "engel-food", "--target", "income", "--feature", "food_exp"]
    config = cli.config_from_args(cli.build_parser().parse_args([*args, "--intercept"]))
    assert (config.data.target, config.data.feature0) == ("income", "food_exp")


def test_unknown_dataset_is_one_line_and_exit_2() -> None:
    code, out, err = run_cli(["--dataset", "no-such-sample"])
    assert code == 2 and out == ""
    assert err == (
        "gd-desktop run: error: unknown dataset 'no-such-sample' "
        "(gd-desktop run --list-datasets lists them)\n"
    )


def test_dataset_and_data_are_exclusive() -> None:
    code, _, err = run_cli(["--dataset", "engel-food", "--data", "x.csv"])
    assert code == 2 and "not allowed with argument" in err


@pytest.mark.parametrize("flag", ["--sample", "--dataset-list", "--list", "--data-set"])
def test_abbreviated_flags_are_refused(flag: str) -> None:
    code, _, err = run_cli([flag, "3"])
    assert code == 2 and f"unrecognized arguments: {flag}" in err
