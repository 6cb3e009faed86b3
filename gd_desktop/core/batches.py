"""Batch schemes: which rows each update sees, as per-update batch statistics.

Each stochastic update's loss is the MSE over its batch. Written around the
full-data optimum w* with d = w - w*, it is

    MSE_b(w) = m_b + h_b . d + d^T A_b d,   grad_b(w) = 2 A_b d + h_b,

where A_b = X_b^T X_b / n_b, h_b = (2 / n_b) X_b^T r_b, m_b = mean(r_b^2) and
r = X w* - y. The sampler computes those six numbers for a block of updates in
vectorised numpy, so the engine's per-update work is a few float operations.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gd_desktop.core.settings import BatchConfig

# Rows gathered at once when building a block; bounds the block's memory.
MAX_BLOCK_ROWS = 1 << 18


@dataclass(frozen=True, eq=False)
class BatchBlock:
    """Batch statistics for consecutive updates, one entry per update."""

    a00: np.ndarray
    a01: np.ndarray
    a11: np.ndarray
    h0: np.ndarray
    h1: np.ndarray
    m: np.ndarray
    n: np.ndarray
    rows: np.ndarray
    row_offsets: np.ndarray

    def __len__(self) -> int:
        return int(self.n.shape[0])


class BatchSampler:
    """Draws batches for SGD and mini-batch runs, block by block.

    Randomness comes only from the run's own ``RandomState``, in update order:
    ``order="replace"`` draws each batch with ``randint(0, N, size=B)`` (the same
    numbers as the blog's ``choice(N, 1)`` per update), ``"shuffle"`` draws one
    permutation at the start of each epoch, ``"in-order"`` draws nothing. The
    numbers do not depend on how the updates are split into blocks.
    """

    def __init__(
        self,
        batching: BatchConfig,
        features: np.ndarray,
        residuals: np.ndarray,
        rng: np.random.RandomState,
    ):
        self._x = features
        self._r = residuals
        self._rng = rng
        self.order = batching.order
        n = features.shape[0]
        self.samples = n
        self.batch_size = batching.rows_per_batch
        self.updates_per_epoch = batching.updates_per_epoch(n)
        self._starts = np.arange(self.updates_per_epoch) * self.batch_size
        self._ends = np.minimum(self._starts + self.batch_size, n)
        self._position = 0
        self._permutation = np.arange(n)

    def next_block(self, count: int) -> BatchBlock:
        """Statistics of the next ``count`` updates' batches."""
        parts: list[tuple[np.ndarray, np.ndarray]] = []
        cap = max(1, MAX_BLOCK_ROWS // self.batch_size)
        remaining = count
        while remaining > 0:
            take = min(remaining, cap, self.updates_per_epoch - self._position)
            parts.append(self._draw(take))
            remaining -= take
        if len(parts) == 1:
            rows, offsets = parts[0]
        else:
            shift = np.cumsum([0] + [p[0].shape[0] for p in parts[:-1]])
            rows = np.concatenate([p[0] for p in parts])
            offsets = np.concatenate([p[1] + s for p, s in zip(parts, shift, strict=True)])
        return self._stats(rows, offsets)

    def _draw(self, take: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows of ``take`` consecutive batches within one epoch, and batch offsets."""
        if self.order == "replace":
            rows = self._rng.randint(0, self.samples, size=take * self.batch_size)
            offsets = np.arange(take) * self.batch_size
        else:
            if self._position == 0 and self.order == "shuffle":
                self._permutation = self._rng.permutation(self.samples)
            first, last = self._position, self._position + take
            begin = int(self._starts[first])
            rows = self._permutation[begin : int(self._ends[last - 1])]
            offsets = self._starts[first:last] - begin
        self._position = (self._position + take) % self.updates_per_epoch
        return rows, offsets

    def _stats(self, rows: np.ndarray, offsets: np.ndarray) -> BatchBlock:
        x0 = self._x[rows, 0]
        x1 = self._x[rows, 1]
        r = self._r[rows]
        products = np.stack([x0 * x0, x0 * x1, x1 * x1, x0 * r, x1 * r, r * r])
        sums = np.add.reduceat(products, offsets, axis=1)
        n = np.diff(np.append(offsets, rows.shape[0])).astype(np.float64)
        mean = sums / n
        return BatchBlock(
            a00=mean[0],
            a01=mean[1],
            a11=mean[2],
            h0=2.0 * mean[3],
            h1=2.0 * mean[4],
            m=mean[5],
            n=n,
            rows=rows,
            row_offsets=offsets,
        )
