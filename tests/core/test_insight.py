"""RunInsight against direct numpy computations on real runs."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pytest

from gd_desktop.core import Dataset, ExperimentConfig, LeastSquaresLoss, Run, preset
from gd_desktop.core.insight import RunInsight

REPO = Path(__file__).resolve().parents[2]


def with_data(config: ExperimentConfig, **changes: object) -> ExperimentConfig:
    return replace(config, data=replace(config.data, **changes))


def zscored(features: np.ndarray) -> np.ndarray:
    """Each non-constant column z-scored, written out independently of the core."""
    out = features.copy()
    for k in range(features.shape[1]):
        column = features[:, k]
        if column.std() > 0:
            out[:, k] = (column - column.mean()) / column.std()
    return out


def curvature(features: np.ndarray) -> np.ndarray:
    """Eigenvalues of the Hessian 2 X^T X / N, ascending."""
    return np.linalg.eigvalsh(2.0 * features.T @ features / features.shape[0])


def rel(a: float, b: float) -> float:
    return abs(a - b) / max(abs(b), 1e-300)


@pytest.mark.parametrize(
    "config",
    [
        preset("blog-batch"),
        with_data(preset("blog-sgd"), noise=5.0),
        with_data(preset("blog-batch"), source="line", scale=100.0),
        with_data(preset("blog-batch"), source="line", scale=100.0, standardize=True),
        with_data(preset("blog-minibatch"), standardize=True, noise=2.0),
    ],
    ids=["blog", "blog-noisy-sgd", "line", "line-standardised", "blog-standardised"],
)
def test_numbers_match_numpy(config: ExperimentConfig) -> None:
    run = Run(config)
    facts = RunInsight.from_run(run)
    raw = run.raw_dataset.features
    x = zscored(raw) if config.data.standardize else raw
    y = run.raw_dataset.target

    lam = curvature(x)
    optimum = np.linalg.lstsq(x, y, rcond=None)[0]
    assert rel(facts.eigenvalues[0], lam[0]) < 1e-9
    assert rel(facts.eigenvalues[1], lam[1]) < 1e-9
    assert rel(facts.stable_rate, 2.0 / lam[1]) < 1e-9
    assert rel(facts.condition_number, lam[1] / lam[0]) < 1e-9
    assert rel(facts.optimum[0], optimum[0]) < 1e-9
    assert rel(facts.optimum[1], optimum[1]) < 1e-9
    assert facts.optimum_mse == pytest.approx(np.mean((x @ optimum - y) ** 2), rel=1e-9, abs=1e-20)

    raw_lam, std_lam = curvature(raw), curvature(zscored(raw))
    assert rel(facts.raw_condition_number, raw_lam[1] / raw_lam[0]) < 1e-9
    assert rel(facts.standardized_condition_number, std_lam[1] / std_lam[0]) < 1e-9
    assert facts.standardized is config.data.standardize
    assert facts.unique_optimum and facts.rank == 2


def test_standardising_a_line_fit_rounds_the_bowl() -> None:
    facts = RunInsight.from_run(Run(with_data(preset("blog-batch"), source="line", scale=100.0)))
    assert facts.raw_condition_number > 1000
    assert facts.standardized_condition_number == pytest.approx(1.0)


def test_rate_ratio_on_the_blog_runs() -> None:
    batch = RunInsight.from_run(Run(preset("blog-batch")))
    # The blog's rate is about 323 times below the stable limit.
    assert 1 / batch.rate_ratio(2e-5) == pytest.approx(323.4, abs=0.1)
    assert batch.rate_ratio(batch.stable_rate) == pytest.approx(1.0)
    assert batch.rate_factor == 1.0

    sgd = RunInsight.from_run(Run(preset("blog-sgd")))
    # Blog scaling: the effective rate is lr x n/N = 0.002 / 100.
    assert sgd.rate_factor == pytest.approx(0.01)
    assert sgd.effective_rate(0.002) == pytest.approx(2e-5)
    assert sgd.rate_ratio(0.002) == pytest.approx(batch.rate_ratio(2e-5))
    assert sgd.blog_scaling and sgd.stochastic and not batch.stochastic


def test_noise_floor_facts() -> None:
    noiseless = RunInsight.from_run(Run(preset("blog-sgd")))
    assert noiseless.exact_fit and not noiseless.noise_floor
    assert noiseless.relative_residual < 1e-20

    noisy_sgd = RunInsight.from_run(Run(with_data(preset("blog-sgd"), noise=5.0)))
    assert noisy_sgd.noise_floor and not noisy_sgd.exact_fit
    noisy_minibatch = RunInsight.from_run(Run(with_data(preset("blog-minibatch"), noise=5.0)))
    assert noisy_minibatch.noise_floor

    # Full batch follows the exact gradient, and so do mini-batches of all N rows.
    noisy_batch = RunInsight.from_run(Run(with_data(preset("blog-batch"), noise=5.0)))
    assert not noisy_batch.noise_floor and not noisy_batch.exact_fit
    whole = preset("blog-minibatch")
    whole = replace(whole, batching=replace(whole.batching, batch_size=100))
    assert not RunInsight.from_run(Run(with_data(whole, noise=5.0))).noise_floor


def test_collinear_features_have_a_flat_valley() -> None:
    x = np.linspace(-3.0, 5.0, 40)
    features = np.column_stack([x, 2.0 * x])
    dataset = Dataset(features, 3.0 * x + 1.0)
    config = with_data(
        preset("blog-batch"), source="csv", path="mem", target="y", feature0="a", feature1="b"
    )
    facts = RunInsight.from_run(Run(config, dataset))
    assert not facts.unique_optimum and facts.rank == 1
    assert math.isinf(facts.condition_number)
    assert math.isinf(facts.raw_condition_number)
    assert math.isinf(facts.standardized_condition_number)
    minimum_norm = np.linalg.pinv(features) @ dataset.target
    assert facts.optimum == pytest.approx(tuple(minimum_norm), rel=1e-9)
    assert facts.stable_rate == pytest.approx(2.0 / curvature(features)[1], rel=1e-9)


def test_insight_imports_no_gui_modules() -> None:
    probe = (
        "import json, sys\n"
        "from gd_desktop.core import Run, preset\n"
        "from gd_desktop.core.insight import RunInsight\n"
        "RunInsight.from_run(Run(preset('blog-sgd')))\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, cwd=REPO
    )
    assert proc.returncode == 0, proc.stderr
    modules = json.loads(proc.stdout.splitlines()[-1])
    assert not [m for m in modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6")]


def test_standardising_a_fit_without_intercept_changes_its_best_mse():
    run = Run(preset("blog-batch"))
    facts = RunInsight.from_run(run)
    x = run.raw_dataset.features
    z = (x - x.mean(axis=0)) / x.std(axis=0)
    w, *_ = np.linalg.lstsq(z, run.raw_dataset.target, rcond=None)
    direct = float(np.mean((z @ w - run.raw_dataset.target) ** 2))
    assert facts.scaling_changes_fit
    assert facts.raw_optimum_mse == pytest.approx(0.0, abs=1e-12)
    assert facts.standardized_optimum_mse == pytest.approx(direct, rel=1e-9)


def test_standardising_a_line_fit_keeps_its_best_mse():
    config = preset("blog-batch")
    line = replace(config, data=replace(config.data, source="line", noise=3.0))
    facts = RunInsight.from_run(Run(line))
    assert not facts.scaling_changes_fit
    assert facts.standardized_optimum_mse == pytest.approx(facts.raw_optimum_mse, rel=1e-9)


@dataclass(frozen=True)
class FrozenFacts:
    """Only what a run's facts snapshot holds: no records, no raw data, no stepping."""

    config: ExperimentConfig
    dataset: Dataset
    loss: LeastSquaresLoss
    rate_factor: float


def test_for_run_takes_a_runs_facts_as_well_as_the_run() -> None:
    base = Run(preset("blog-batch"))
    insight = RunInsight.from_run(base)
    other = Run(preset("blog-minibatch"))
    facts = FrozenFacts(other.config, other.dataset, other.loss, other.rate_factor)
    assert insight.for_run(facts) == insight.for_run(other)
    assert insight.for_run(facts).method == "minibatch"
