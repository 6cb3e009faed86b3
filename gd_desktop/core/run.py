"""A gradient-descent run: the engine every view and the command line draw from.

Each update appends one record: the update index (from 1), its epoch (from 1),
the new weights, the full-data MSE of the new weights, the batch MSE at the old
weights (whose gradient was taken), the gradient exactly as applied and the
learning rate in effect, so that w_new = w_old - lr * g holds for every record.
"""

from __future__ import annotations

import math
import time

import numpy as np

from gd_desktop.core.batches import BatchBlock, BatchSampler
from gd_desktop.core.config import ConfigError, ExperimentConfig, validate
from gd_desktop.core.dataset import Dataset, generate_dataset, standardized
from gd_desktop.core.loss import LeastSquaresLoss
from gd_desktop.core.records import FIELDS, RecordTable

STOP_BUDGET = "budget"
STOP_TOLERANCE = "tolerance"
STOP_DIVERGED = "diverged"
# A loss this many times the starting loss counts as divergence.
DIVERGENCE_FACTOR = 1e12
# Updates computed between clock checks in ``advance``.
SLICE_UPDATES = 512


class Run:
    """One run of an experiment, advanced update by update or in blocks.

    The same config and seed give bit-identical records however the updates are
    split into ``advance`` calls.
    """

    def __init__(self, config: ExperimentConfig, dataset: Dataset | None = None):
        problems = validate(config, dataset.size if dataset is not None else None)
        if dataset is None and config.data.source == "csv":
            problems.append("data.source: a CSV source needs its dataset read first")
        if problems:
            raise ConfigError(problems)
        self.config = config
        rng = np.random.RandomState(config.seed)
        raw = dataset if dataset is not None else generate_dataset(config.data, rng)
        self.raw_dataset = raw
        self.dataset = standardized(raw) if config.data.standardize else raw
        self.loss = LeastSquaresLoss.from_data(self.dataset.features, self.dataset.target)
        self._full_batch = config.batching.method == "batch"
        self._sampler = BatchSampler(
            config.batching, self.dataset.features, self.loss.residuals, rng
        )
        self.updates_per_epoch = 1 if self._full_batch else self._sampler.updates_per_epoch
        self.total_updates = _budget(config, self.updates_per_epoch)
        self.records = RecordTable()
        self.learning_rate = config.learning_rate
        self.start_weights = (float(config.init[0]), float(config.init[1]))
        self.start_mse = self.loss.mse(*self.start_weights)
        self.weights = self.start_weights
        self.mse = self.start_mse
        self.best_mse = math.inf
        self.best_weights = self.start_weights
        self.best_step = 0
        self.stop_reason: str | None = None
        self._limit = DIVERGENCE_FACTOR * max(
            self.start_mse, float(np.mean(self.dataset.target**2)), 1e-300
        )
        self._last_block: tuple[BatchBlock | None, int] = (None, 0)
        self._blog_scale = config.batching.blog_scaling and not self._full_batch
        self._samples = float(self.dataset.size)

    # -- state -------------------------------------------------------------------
    @property
    def step(self) -> int:
        """Updates done so far (the index of the last record)."""
        return len(self.records)

    @property
    def epoch(self) -> int:
        return 0 if self.step == 0 else (self.step - 1) // self.updates_per_epoch + 1

    @property
    def finished(self) -> bool:
        return self.stop_reason is not None

    def set_learning_rate(self, learning_rate: float) -> None:
        """Change the rate from the next update on (records keep the rate used)."""
        if not (math.isfinite(learning_rate) and learning_rate > 0):
            raise ConfigError([f"learning_rate: must be a finite number > 0, got {learning_rate}"])
        self.learning_rate = float(learning_rate)

    @property
    def rate_factor(self) -> float:
        """Effective rate / learning rate: n/N under blog scaling (1/N for SGD), else 1."""
        if not self._blog_scale:
            return 1.0
        return self._sampler.batch_size / self._samples

    def updates_to_epoch_end(self) -> int:
        """Updates left in the current epoch (a whole epoch at an epoch boundary)."""
        return self.updates_per_epoch - self.step % self.updates_per_epoch

    def divergence_hint(self) -> str:
        """Why a run diverged, in terms of the stable batch learning rate."""
        limit = self.loss.stable_learning_rate
        ratio = self.learning_rate / limit if math.isfinite(limit) else 0.0
        return (
            f"the loss grew without bound at learning rate {self.learning_rate:.6g}, "
            f"{ratio:.3g} x the stable limit 2/lambda_max = {limit:.6g}; "
            f"try a rate below {limit:.6g}"
        )

    # -- stepping ----------------------------------------------------------------
    def advance(self, count: int, deadline: float | None = None) -> int:
        """Do up to ``count`` updates; stop early at ``deadline`` (perf_counter).

        Returns the number of records added.
        """
        done = 0
        while done < count and not self.finished:
            take = min(count - done, SLICE_UPDATES, self.total_updates - self.step)
            if take <= 0:
                self.stop_reason = STOP_BUDGET
                break
            done += self._advance_slice(take)
            if self.step >= self.total_updates and not self.finished:
                self.stop_reason = STOP_BUDGET
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return done

    def run_to_end(self) -> None:
        while not self.finished:
            self.advance(1 << 20)

    def batch_rows(self, step: int) -> np.ndarray | None:
        """Row indices of update ``step``'s batch: every row for full batch; for a
        stochastic run, known for the updates of the latest block (else None)."""
        if self._full_batch:
            return np.arange(self.dataset.size)
        block, first = self._last_block
        if block is None or not first <= step < first + len(block):
            return None
        j = step - first
        offsets = block.row_offsets
        end = int(offsets[j + 1]) if j + 1 < len(offsets) else block.rows.shape[0]
        return np.asarray(block.rows[int(offsets[j]) : end])

    def _advance_slice(self, count: int) -> int:
        block = None if self._full_batch else self._sampler.next_block(count)
        self._last_block = (block, self.step + 1)
        out = np.empty((len(FIELDS), count))
        made = self._compute(count, block, out)
        if made:
            first = self.step + 1
            steps = np.arange(first, first + made, dtype=np.float64)
            out[0, :made] = steps
            out[1, :made] = (steps - 1) // self.updates_per_epoch + 1
            self.records.append(out[:, :made])
            self._track_best(out[:, :made], first)
        return made

    def _compute(self, count: int, block: BatchBlock | None, out: np.ndarray) -> int:
        """The inner loop, on plain floats (several times faster than 2-element arrays)."""
        s0, s1, m_star, l0, l1, q00, q10, q01, q11 = self.loss.terms()
        w0, w1 = self.weights
        mse = self.mse
        lr = self.learning_rate
        limit = self._limit
        tol = self.config.tolerance
        tol_grad = self.config.tolerance_on == "grad"
        a = self.loss.hessian_half
        if block is None:
            a00s = [float(a[0, 0])] * count
            a01s = [float(a[0, 1])] * count
            a11s = [float(a[1, 1])] * count
            zeros = [0.0] * count
            h0s, h1s, ms, scales = zeros, zeros, None, None
        else:
            a00s, a01s, a11s = block.a00.tolist(), block.a01.tolist(), block.a11.tolist()
            h0s, h1s, ms = block.h0.tolist(), block.h1.tolist(), block.m.tolist()
            scales = (block.n / self._samples).tolist() if self._blog_scale else None
        c_w0, c_w1, c_mse, c_bm, c_g0, c_g1 = ([] for _ in range(6))
        made = 0
        stop = None
        for j in range(count):
            d0 = w0 - s0
            d1 = w1 - s1
            b00 = a00s[j]
            b01 = a01s[j]
            b11 = a11s[j]
            t0 = b00 * d0 + b01 * d1
            t1 = b01 * d0 + b11 * d1
            h0 = h0s[j]
            h1 = h1s[j]
            g0 = 2.0 * t0 + h0
            g1 = 2.0 * t1 + h1
            if ms is None:
                batch_mse = mse
            else:
                batch_mse = ms[j] + h0 * d0 + h1 * d1 + d0 * t0 + d1 * t1
                batch_mse = batch_mse if batch_mse > 0.0 else 0.0
            if scales is not None:
                g0 *= scales[j]
                g1 *= scales[j]
            n0 = w0 - lr * g0
            n1 = w1 - lr * g1
            e0 = n0 - s0
            e1 = n1 - s1
            p0 = q00 * e0 + q10 * e1
            p1 = q01 * e0 + q11 * e1
            new_mse = l0 * p0 * p0 + l1 * p1 * p1 + m_star
            if not new_mse <= limit:  # also catches NaN and infinities
                stop = STOP_DIVERGED
                if math.isfinite(new_mse) and math.isfinite(n0) and math.isfinite(n1):
                    made += 1
                    c_w0.append(n0)
                    c_w1.append(n1)
                    c_mse.append(new_mse)
                    c_bm.append(batch_mse)
                    c_g0.append(g0)
                    c_g1.append(g1)
                    w0, w1, mse = n0, n1, new_mse
                break
            w0, w1, mse = n0, n1, new_mse
            made += 1
            c_w0.append(w0)
            c_w1.append(w1)
            c_mse.append(mse)
            c_bm.append(batch_mse)
            c_g0.append(g0)
            c_g1.append(g1)
            if tol is not None:
                if tol_grad:
                    u0 = 2.0 * (a[0, 0] * e0 + a[0, 1] * e1)
                    u1 = 2.0 * (a[1, 0] * e0 + a[1, 1] * e1)
                    reached = math.hypot(u0, u1) <= tol
                else:
                    reached = mse <= tol
                if reached:
                    stop = STOP_TOLERANCE
                    break
        out[2, :made] = c_w0
        out[3, :made] = c_w1
        out[4, :made] = c_mse
        out[5, :made] = c_bm
        out[6, :made] = c_g0
        out[7, :made] = c_g1
        out[8, :made] = lr
        self.weights = (w0, w1)
        self.mse = mse
        if stop is not None:
            self.stop_reason = stop
        return made

    def _track_best(self, block: np.ndarray, first_step: int) -> None:
        j = int(np.argmin(block[4]))
        if block[4, j] < self.best_mse:
            self.best_mse = float(block[4, j])
            self.best_weights = (float(block[2, j]), float(block[3, j]))
            self.best_step = first_step + j


def _budget(config: ExperimentConfig, per_epoch: int) -> int:
    if config.budget_unit == "epochs":
        return config.budget * per_epoch
    return config.budget
