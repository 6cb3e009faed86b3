"""Which rows each update uses, for every batch scheme."""

from __future__ import annotations

from dataclasses import fields

import numpy as np
import pytest

from gd_desktop.core import BatchConfig, DataConfig, ExperimentConfig, Run
from gd_desktop.core import batches as batches_module
from gd_desktop.core.batches import BatchBlock, BatchSampler
from gd_desktop.core.config import batch_size_at, updates_per_epoch
from gd_desktop.core.dataset import generate_dataset
from gd_desktop.core.loss import LeastSquaresLoss

CHUNKS = [1, 2, 5, 1, 13, 3, 40, 7, 1, 60]  # irregular, crossing epoch boundaries


def make_sampler(batching: BatchConfig, samples: int = 100, seed: int = 0, noise: float = 0.0):
    rng = np.random.RandomState(seed)
    data = generate_dataset(DataConfig(samples=samples, noise=noise), rng)
    loss = LeastSquaresLoss.from_data(data.features, data.target)
    return BatchSampler(batching, data.features, loss.residuals, rng), data, loss


def drawn_batches(sampler: BatchSampler, chunks=CHUNKS) -> list[np.ndarray]:
    out: list[np.ndarray] = []
    for count in chunks:
        block = sampler.next_block(count)
        assert len(block) == count
        out.extend(np.split(block.rows, block.row_offsets[1:]))
    return out


def stream_after_data(seed: int, samples: int, noise: float = 0.0) -> np.random.RandomState:
    """A RandomState that has drawn X (and the noise) and is ready to sample."""
    rs = np.random.RandomState(seed)
    rs.randn(samples, 2)
    if noise > 0:
        rs.randn(samples)
    return rs


def test_batch_block_has_rows_and_row_offsets():
    names = {f.name for f in fields(BatchBlock)}
    assert {"rows", "row_offsets"} <= names


@pytest.mark.parametrize(("samples", "size"), [(100, 30), (90, 30), (37, 8), (10, 10), (7, 1)])
@pytest.mark.parametrize("drop_last", [False, True])
def test_in_order_batches_follow_row_order(samples, size, drop_last):
    batching = BatchConfig(method="minibatch", batch_size=size, drop_last=drop_last)
    sampler, _, _ = make_sampler(batching, samples)
    starts = range(0, samples - size + 1 if drop_last else samples, size)
    epoch = [np.arange(s, min(s + size, samples)) for s in starts]
    assert sampler.updates_per_epoch == len(epoch)
    got = drawn_batches(sampler)
    expected = [epoch[i % len(epoch)] for i in range(len(got))]
    for a, b in zip(got, expected, strict=True):
        np.testing.assert_array_equal(a, b)


def test_blog_minibatch_epoch_is_four_batches_with_short_last():
    sampler, _, _ = make_sampler(BatchConfig(method="minibatch", batch_size=30))
    got = drawn_batches(sampler, [4])
    assert [len(b) for b in got] == [30, 30, 30, 10]
    assert [int(b[0]) for b in got] == [0, 30, 60, 90]
    sampler, _, _ = make_sampler(BatchConfig(method="minibatch", batch_size=30, drop_last=True))
    got = drawn_batches(sampler, [6])
    assert [len(b) for b in got] == [30] * 6
    assert 95 not in np.concatenate(got)


@pytest.mark.parametrize("method", ["sgd", "minibatch"])
@pytest.mark.parametrize("drop_last", [False, True])
@pytest.mark.parametrize(("seed", "noise"), [(0, 0.0), (3, 0.0), (5, 1.5)])
def test_shuffle_draws_a_fresh_permutation_per_epoch(method, drop_last, seed, noise):
    samples, size = 23, (1 if method == "sgd" else 5)
    batching = BatchConfig(method=method, batch_size=size, order="shuffle", drop_last=drop_last)
    sampler, _, _ = make_sampler(batching, samples, seed, noise)
    got = drawn_batches(sampler)
    rs = stream_after_data(seed, samples, noise)
    per_epoch = sampler.updates_per_epoch
    expected: list[np.ndarray] = []
    while len(expected) < len(got):
        perm = rs.permutation(samples)
        expected.extend(perm[i * size : (i + 1) * size] for i in range(per_epoch))
    for a, b in zip(got, expected, strict=False):
        np.testing.assert_array_equal(a, b)
    if not drop_last:
        whole_epochs = len(got) // per_epoch
        for e in range(whole_epochs):
            rows = np.concatenate(got[e * per_epoch : (e + 1) * per_epoch])
            np.testing.assert_array_equal(np.sort(rows), np.arange(samples))
    firsts = [tuple(np.concatenate(got[e * per_epoch : (e + 1) * per_epoch])) for e in range(3)]
    assert len(set(firsts)) == 3


@pytest.mark.parametrize("seed", [0, 1, 42])
@pytest.mark.parametrize("samples", [100, 17])
def test_sgd_with_replacement_equals_choice_per_update(seed, samples):
    sampler, _, _ = make_sampler(BatchConfig(method="sgd", order="replace"), samples, seed)
    got = drawn_batches(sampler)
    rs = stream_after_data(seed, samples)
    expected = [rs.choice(samples, 1) for _ in got]
    for a, b in zip(got, expected, strict=True):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("seed", [0, 6])
def test_minibatch_with_replacement_equals_choice_of_batch_size(seed):
    batching = BatchConfig(method="minibatch", batch_size=6, order="replace")
    sampler, _, _ = make_sampler(batching, 40, seed)
    got = drawn_batches(sampler)
    rs = stream_after_data(seed, 40)
    for rows in got:
        np.testing.assert_array_equal(rows, rs.choice(40, 6))


@pytest.mark.parametrize("order", ["in-order", "shuffle", "replace"])
def test_sgd_epoch_is_n_updates(order):
    config = ExperimentConfig(
        data=DataConfig(samples=41),
        batching=BatchConfig(method="sgd", order=order),
        budget=3,
        budget_unit="epochs",
    )
    run = Run(config)
    assert run.updates_per_epoch == 41
    assert run.total_updates == 123
    run.run_to_end()
    assert run.step == 123
    assert run.records.column("epoch")[-1] == 3


@pytest.mark.parametrize("order", ["in-order", "shuffle", "replace"])
@pytest.mark.parametrize("size", [1, 7, 40])
def test_block_splitting_does_not_change_the_batches(monkeypatch, order, size):
    batching = BatchConfig(method="minibatch", batch_size=size, order=order)
    whole = drawn_batches(make_sampler(batching, 40, 2)[0], [sum(CHUNKS)])
    monkeypatch.setattr(batches_module, "MAX_BLOCK_ROWS", 50)
    pieces = drawn_batches(make_sampler(batching, 40, 2)[0])
    assert len(whole) == len(pieces)
    for a, b in zip(whole, pieces, strict=True):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("order", ["in-order", "shuffle", "replace"])
def test_block_statistics_are_the_batch_means(order):
    batching = BatchConfig(method="minibatch", batch_size=9, order=order)
    sampler, data, loss = make_sampler(batching, 50, 4, noise=1.0)
    block = sampler.next_block(12)
    x, r = data.features, loss.residuals
    for i, rows in enumerate(np.split(block.rows, block.row_offsets[1:])):
        assert block.n[i] == len(rows)
        np.testing.assert_allclose(block.a00[i], np.mean(x[rows, 0] ** 2), rtol=1e-12)
        np.testing.assert_allclose(block.a01[i], np.mean(x[rows, 0] * x[rows, 1]), rtol=1e-12)
        np.testing.assert_allclose(block.a11[i], np.mean(x[rows, 1] ** 2), rtol=1e-12)
        np.testing.assert_allclose(block.h0[i], 2 * np.mean(x[rows, 0] * r[rows]), rtol=1e-12)
        np.testing.assert_allclose(block.h1[i], 2 * np.mean(x[rows, 1] * r[rows]), rtol=1e-12)
        np.testing.assert_allclose(block.m[i], np.mean(r[rows] ** 2), rtol=1e-12)


@pytest.mark.parametrize(("seed", "noise"), [(0, 0.0), (2, 0.7)])
def test_generated_data_is_the_blog_stream(seed, noise):
    data = generate_dataset(DataConfig(samples=30, noise=noise), np.random.RandomState(seed))
    rs = np.random.RandomState(seed)
    x = 12.0 * rs.randn(30, 2)
    y = 2.0 * x[:, 0] - 30.0 * x[:, 1]
    if noise > 0:
        y = y + noise * rs.randn(30)
    np.testing.assert_array_equal(data.features, x)
    np.testing.assert_array_equal(data.target, y)


@pytest.mark.parametrize("method", ["batch", "sgd", "minibatch"])
@pytest.mark.parametrize("order", ["in-order", "shuffle", "replace"])
@pytest.mark.parametrize("drop_last", [False, True])
@pytest.mark.parametrize(("samples", "size"), [(100, 30), (90, 30), (7, 10), (23, 5)])
def test_batch_size_at_and_updates_per_epoch_agree_with_the_sampler(
    method, order, drop_last, samples, size
):
    batching = BatchConfig(method=method, batch_size=size, order=order, drop_last=drop_last)
    config = ExperimentConfig(data=DataConfig(samples=samples), batching=batching)
    per_epoch = updates_per_epoch(config, samples)
    if method == "batch":
        assert per_epoch == 1
        assert [batch_size_at(config, samples, k) for k in (1, 2, 9)] == [samples] * 3
        return
    sampler, _, _ = make_sampler(batching, samples)
    assert sampler.updates_per_epoch == per_epoch
    got = drawn_batches(sampler)
    assert [len(b) for b in got] == [
        batch_size_at(config, samples, k) for k in range(1, len(got) + 1)
    ]
