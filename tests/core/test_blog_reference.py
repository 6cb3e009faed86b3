"""The presets reproduce the blog's three loops update for update."""

from __future__ import annotations

import csv
from dataclasses import replace

import numpy as np
import pytest

from gd_desktop import cli
from gd_desktop.core import Run, preset

from .reference import (
    assert_close,
    batch_reference,
    blog_data,
    blog_style_best_batch_mse,
    minibatch_reference,
    mse_floor,
    sgd_reference,
)

HEADER = ["step", "epoch", "w0", "w1", "mse", "batch_mse", "grad_w0", "grad_w1", "lr"]
SEEDS = [0, 1, 7, 2024]


def engine_weights(run: Run) -> np.ndarray:
    return np.column_stack([run.records.column("w0"), run.records.column("w1")])


def run_preset(name: str, **changes) -> Run:
    config = preset(name)
    data = replace(config.data, samples=changes.pop("samples", config.data.samples))
    run = Run(replace(config, data=data, **changes))
    run.run_to_end()
    return run


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("samples", [100, 37, 250])
@pytest.mark.parametrize("lr", [2e-5, 1e-4, 1e-3])
def test_blog_batch_matches_reference_loop(seed, samples, lr):
    run = run_preset("blog-batch", seed=seed, samples=samples, learning_rate=lr)
    ref = batch_reference(seed, samples, lr, 500)
    assert run.stop_reason == "budget"
    assert_close(engine_weights(run), ref["w"])
    floor = mse_floor(blog_data(seed, samples)[1])
    np.testing.assert_allclose(run.records.column("mse"), ref["mse"], rtol=1e-9, atol=floor)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("samples", [100, 37, 250])
@pytest.mark.parametrize("lr", [0.002, 0.01])
def test_blog_sgd_matches_reference_loop(seed, samples, lr):
    run = run_preset("blog-sgd", seed=seed, samples=samples, learning_rate=lr)
    ref = sgd_reference(seed, samples, lr, 500)
    assert_close(engine_weights(run), ref["w"])
    grads = np.column_stack([run.records.column("grad_w0"), run.records.column("grad_w1")])
    np.testing.assert_allclose(grads, ref["grad"], rtol=1e-9, atol=1e-9 * np.abs(ref["grad"]).max())


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("samples", [100, 37, 250, 30])
@pytest.mark.parametrize("lr", [1e-5, 1e-4, 1e-3])
def test_blog_minibatch_matches_reference_loop(seed, samples, lr):
    run = run_preset("blog-minibatch", seed=seed, samples=samples, learning_rate=lr, budget=60)
    ref = minibatch_reference(seed, samples, lr, 60)
    assert run.updates_per_epoch == -(-samples // 30)
    assert_close(engine_weights(run), ref["w"])


@pytest.mark.parametrize("seed", [0, 5])
def test_blog_minibatch_full_preset_is_2000_updates(seed):
    run = run_preset("blog-minibatch", seed=seed)
    ref = minibatch_reference(seed, 100, 1e-5, 500)
    assert run.step == 2000 == ref["w"].shape[0]
    assert_close(engine_weights(run), ref["w"])


# -- the documented seed-0 end points, checked on the reference loops ------
def test_reference_loops_give_documented_seed0_endpoints():
    batch = batch_reference(0, 100, 2e-5, 500)
    sgd = sgd_reference(0, 100, 0.002, 500)
    mini = minibatch_reference(0, 100, 1e-5, 500)
    np.testing.assert_allclose(batch["w"][-1], [2.059942, -28.516331], atol=1e-6)
    np.testing.assert_allclose(batch["mse"][-1], 333.4499, atol=1e-4)
    np.testing.assert_allclose(sgd["w"][-1], [2.199094, -28.456518], atol=1e-6)
    np.testing.assert_allclose(mini["w"][-1], [1.988235, -29.955651], atol=1e-6)
    # The blog prints each update's weights next to the MSE from before it.
    assert blog_style_best_batch_mse(0, 100, 2e-5, 500) == pytest.approx(337.52, abs=5e-3)


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        ("blog-batch", lambda: batch_reference(0, 100, 2e-5, 500)),
        ("blog-sgd", lambda: sgd_reference(0, 100, 0.002, 500)),
        ("blog-minibatch", lambda: minibatch_reference(0, 100, 1e-5, 500)),
    ],
)
def test_seed0_presets_end_where_reference_ends(name, reference):
    run = run_preset(name, seed=0)
    ref = reference()
    assert_close(run.weights, ref["w"][-1])
    assert run.best_mse == pytest.approx(ref["mse"].min(), rel=1e-9)
    best = int(np.argmin(ref["mse"]))
    assert_close(run.best_weights, ref["w"][best])


# -- the same through the command line and its CSV ----------------------------------
def read_csv(path) -> tuple[list[str], np.ndarray]:
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], np.array(rows[1:], dtype=float)


@pytest.mark.parametrize("seed", [0, 3, 11])
@pytest.mark.parametrize(
    ("name", "reference"),
    [
        ("blog-batch", lambda s: batch_reference(s, 100, 2e-5, 500)),
        ("blog-sgd", lambda s: sgd_reference(s, 100, 0.002, 500)),
        ("blog-minibatch", lambda s: minibatch_reference(s, 100, 1e-5, 500)),
    ],
)
def test_cli_csv_matches_reference_loop(tmp_path, capsys, seed, name, reference):
    out = tmp_path / "f.csv"
    code = cli.main(["--preset", name, "--seed", str(seed), "--out", str(out), "--quiet"])
    assert code == 0
    header, table = read_csv(out)
    assert header == HEADER
    ref = reference(seed)
    assert table.shape == (ref["w"].shape[0], len(HEADER))
    np.testing.assert_array_equal(table[:, 0], np.arange(1, table.shape[0] + 1))
    assert_close(table[:, 2:4], ref["w"])
    assert "stopped: budget" in capsys.readouterr().out
