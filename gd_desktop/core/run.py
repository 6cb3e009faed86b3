"""A gradient-descent run: the engine every view and the command line draw from.

Each update appends one record: the update index (from 1), its epoch (from 1),
the new weights, the full-data MSE of the new weights, the batch MSE at the old
weights (whose gradient was taken), the batch gradient and the learning rate in
effect (after the schedule). For plain gradient descent w_new = w_old - lr * g
holds for every record; the other update rules move by lr times a direction built
from the gradients so far (their state is in ``optimizer_state``), and the move
itself is the difference of consecutive records' weights.
"""

from __future__ import annotations

import math
import sys
import time
from dataclasses import replace
from typing import Any

import numpy as np

from gd_desktop.core.batches import BatchBlock, BatchSampler
from gd_desktop.core.config import (
    ConfigError,
    ExperimentConfig,
    total_updates,
    updates_per_epoch,
    validate,
)
from gd_desktop.core.dataset import Dataset, generate_dataset, standardized
from gd_desktop.core.divergence import diverged_problem
from gd_desktop.core.loss import LeastSquaresLoss
from gd_desktop.core.objective import Objective
from gd_desktop.core.problems import Problem, problem
from gd_desktop.core.records import FIELDS, RecordTable, column_of
from gd_desktop.core.rules import OPTIMIZER_CODES, stable_rate
from gd_desktop.core.schedules import rate_factors

STOP_BUDGET = "budget"
STOP_TOLERANCE = "tolerance"
STOP_DIVERGED = "diverged"
# A loss this many times the starting loss counts as divergence.
DIVERGENCE_FACTOR = 1e12
# Updates computed between clock checks in ``advance``.
SLICE_UPDATES = 512
# The fields the inner loop fills, in its columns' order (step and epoch come after).
COMPUTED_FIELDS = ("w0", "w1", "mse", "batch_mse", "grad_w0", "grad_w1", "lr")
STEP, EPOCH, W0, W1, MSE = (column_of(name) for name in ("step", "epoch", "w0", "w1", "mse"))


class Run:
    """One run of an experiment, advanced update by update or in blocks.

    The same config and seed give bit-identical records however the updates are
    split into ``advance`` calls.
    """

    raw_dataset: Dataset
    dataset: Dataset
    loss: LeastSquaresLoss
    config: ExperimentConfig

    def __init__(
        self,
        config: ExperimentConfig,
        dataset: Dataset | None = None,
        shared: Run | None = None,
    ):
        """``shared``: a run of the same data config and seed whose data, loss and
        random stream (as it was after making the data) this run reuses; the records
        are the same as those of a run built on its own."""
        if shared is not None:
            dataset = shared.raw_dataset if config.data.source == "csv" else dataset
        problems = validate(config, dataset.size if dataset is not None else None)
        if dataset is None and config.data.source == "csv":
            problems.append(problem("needs_dataset", "data.source"))
        if shared is not None and (
            shared.config.data != config.data or shared.config.seed != config.seed
        ):
            problems.append(problem("shared_data", "data"))
        if problems:
            raise ConfigError(problems)
        self.config = config
        rng = np.random.RandomState(config.seed)
        if shared is not None:
            rng.set_state(shared.rng_after_data)
            self.raw_dataset = shared.raw_dataset
            self.dataset = shared.dataset
            self.loss = shared.loss
        else:
            raw = dataset if dataset is not None else generate_dataset(config.data, rng)
            self.raw_dataset = raw
            self.dataset = standardized(raw) if config.data.standardize else raw
            self.loss = LeastSquaresLoss.from_data(self.dataset.features, self.dataset.target)
        self._rng_after_data = rng.get_state()
        self._full_batch = config.batching.method == "batch"
        self._sampler = BatchSampler(
            config.batching, self.dataset.features, self.loss.residuals, rng
        )
        self.updates_per_epoch = updates_per_epoch(config, self.dataset.size)
        self.total_updates = total_updates(config, self.dataset.size)
        self.records = RecordTable()
        self.learning_rate = config.learning_rate
        self.start_weights = (float(config.init[0]), float(config.init[1]))
        with np.errstate(over="ignore", invalid="ignore"):  # a far start's loss is inf
            self.start_mse = self.objective.loss(*self.start_weights)
        self.weights = self.start_weights
        self.mse = self.start_mse
        self.best_mse = math.inf
        self.best_weights = self.start_weights
        self.best_step = 0
        self.stop_reason: str | None = None
        # Finite even when the start's loss overflowed, so an infinite loss diverges.
        self._limit = min(
            DIVERGENCE_FACTOR * max(self.start_mse, float(np.mean(self.dataset.target**2)), 1e-300),
            sys.float_info.max,
        )
        self._last_block: tuple[BatchBlock | None, int] = (None, 0)
        self._blog_scale = config.batching.blog_scaling and not self._full_batch
        self._samples = float(self.dataset.size)
        self._optimizer = OPTIMIZER_CODES[config.optimizer.name]
        # Velocity or first moment (m0, m1), sum or average of squares (u0, u1), steps.
        self._state = (0.0, 0.0, 0.0, 0.0, 0)

    # -- state -------------------------------------------------------------------
    @property
    def objective(self) -> Objective:
        """The loss this run descends, through the interface every family shares
        (the same object as ``loss``, whose least-squares terms the inner loop uses)."""
        return self.loss

    @property
    def rng_after_data(self) -> Any:
        """The random stream's state as it was right after making the data (read
        only): a run sharing this run's data starts its batches from it."""
        return self._rng_after_data

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
        # The config's own check, so the rule and its problem live in one place.
        problems = validate(replace(self.config, learning_rate=learning_rate), self.dataset.size)
        if problems:
            raise ConfigError(problems)
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

    @property
    def optimizer_state(self) -> dict[str, float]:
        """The update rule's state after the last update (empty for plain descent)."""
        m0, m1, u0, u1, t = self._state
        name = self.config.optimizer.name
        if name in ("momentum", "nesterov"):
            return {"v0": m0, "v1": m1}
        if name in ("adagrad", "rmsprop"):
            return {"s0": u0, "s1": u1}
        if name == "adam":
            return {"m0": m0, "m1": m1, "v0": u0, "v1": u1, "t": float(t)}
        return {}

    @property
    def stable_rate(self) -> float | None:
        """The largest rate at which this rule converges on this loss with full batches,
        for the rules where one exists (plain, Momentum and Nesterov); else None."""
        return stable_rate(self.config.optimizer, self.loss.stable_learning_rate)

    def divergence_problem(self) -> Problem:
        """Why the run diverged, as data (see ``diverged_problem``)."""
        return diverged_problem(
            self.config.optimizer.name, self.learning_rate, self.stable_rate, self.rate_factor
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

    @property
    def latest_block_rows(self) -> int:
        """How many row indices ``batch_rows`` holds for the latest block of batches
        (0 for full batch, whose batch is every row): the cost of sending them."""
        block, _ = self._last_block
        return 0 if block is None else int(block.rows.size)

    def _advance_slice(self, count: int) -> int:
        block = None if self._full_batch else self._sampler.next_block(count)
        self._last_block = (block, self.step + 1)
        out = np.empty((len(FIELDS), count))
        made = self._compute(count, block, out)
        if made:
            first = self.step + 1
            steps = np.arange(first, first + made, dtype=np.float64)
            out[STEP, :made] = steps
            out[EPOCH, :made] = (steps - 1) // self.updates_per_epoch + 1
            self.records.append(out[:, :made])
            self._track_best(out[:, :made], first)
        return made

    def _compute(self, count: int, block: BatchBlock | None, out: np.ndarray) -> int:
        """The inner loop, on plain floats (several times faster than 2-element arrays),
        for every update rule and schedule."""
        s0, s1, m_star, l0, l1, q00, q10, q01, q11 = self.loss.terms()
        w0, w1 = self.weights
        mse = self.mse
        if self.config.schedule.kind == "constant":
            lrs = [self.learning_rate] * count
        else:
            factors = rate_factors(self.config.schedule, self.step + 1, count, self.total_updates)
            lrs = (self.learning_rate * factors).tolist()
        limit = self._limit
        tol = self.config.tolerance
        tol_grad = self.config.tolerance_on == "grad"
        a = self.loss.hessian_half
        opt = self.config.optimizer
        kind = self._optimizer
        beta, rho, b1, b2, eps = opt.beta, opt.rho, opt.beta1, opt.beta2, opt.eps
        correct = opt.bias_correction
        m0, m1, u0, u1, t = self._state
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
        sqrt = math.sqrt
        columns: list[list[float]] = [[] for _ in COMPUTED_FIELDS]
        c_w0, c_w1, c_mse, c_bm, c_g0, c_g1, c_lr = columns
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
            lr = lrs[j]
            if kind == 0:  # plain
                x0, x1 = g0, g1
            elif kind == 1:  # momentum: v = beta v + g; w -= lr v
                m0 = beta * m0 + g0
                m1 = beta * m1 + g1
                x0, x1 = m0, m1
            elif kind == 2:  # nesterov: the same v; w -= lr (g + beta v)
                m0 = beta * m0 + g0
                m1 = beta * m1 + g1
                x0 = g0 + beta * m0
                x1 = g1 + beta * m1
            elif kind == 3:  # adagrad: s += g^2; w -= lr g / (sqrt(s) + eps)
                u0 += g0 * g0
                u1 += g1 * g1
                x0 = g0 / (sqrt(u0) + eps)
                x1 = g1 / (sqrt(u1) + eps)
            elif kind == 4:  # rmsprop: s = rho s + (1 - rho) g^2
                u0 = rho * u0 + (1.0 - rho) * g0 * g0
                u1 = rho * u1 + (1.0 - rho) * g1 * g1
                x0 = g0 / (sqrt(u0) + eps)
                x1 = g1 / (sqrt(u1) + eps)
            else:  # adam
                t += 1
                m0 = b1 * m0 + (1.0 - b1) * g0
                m1 = b1 * m1 + (1.0 - b1) * g1
                u0 = b2 * u0 + (1.0 - b2) * g0 * g0
                u1 = b2 * u1 + (1.0 - b2) * g1 * g1
                if correct:
                    c1 = 1.0 - b1**t
                    root2 = sqrt(1.0 - b2**t)
                    x0 = (m0 / c1) / (sqrt(u0) / root2 + eps)
                    x1 = (m1 / c1) / (sqrt(u1) / root2 + eps)
                else:
                    x0 = m0 / (sqrt(u0) + eps)
                    x1 = m1 / (sqrt(u1) + eps)
            n0 = w0 - lr * x0
            n1 = w1 - lr * x1
            e0 = n0 - s0
            e1 = n1 - s1
            p0 = q00 * e0 + q10 * e1
            p1 = q01 * e0 + q11 * e1
            new_mse = l0 * p0 * p0 + l1 * p1 * p1 + m_star
            finite = new_mse <= limit  # also false for NaN and infinities
            if finite or (math.isfinite(new_mse) and math.isfinite(n0) and math.isfinite(n1)):
                w0, w1, mse = n0, n1, new_mse
                made += 1
                c_w0.append(w0)
                c_w1.append(w1)
                c_mse.append(mse)
                c_bm.append(batch_mse)
                c_g0.append(g0)
                c_g1.append(g1)
                c_lr.append(lr)
            if not finite:
                stop = STOP_DIVERGED
                break
            if tol is not None:
                if tol_grad:
                    v0 = 2.0 * (a[0, 0] * e0 + a[0, 1] * e1)
                    v1 = 2.0 * (a[1, 0] * e0 + a[1, 1] * e1)
                    reached = math.hypot(v0, v1) <= tol
                else:
                    reached = mse <= tol
                if reached:
                    stop = STOP_TOLERANCE
                    break
        for name, column in zip(COMPUTED_FIELDS, columns, strict=True):
            out[column_of(name), :made] = column
        self.weights = (w0, w1)
        self.mse = mse
        self._state = (m0, m1, u0, u1, t)
        if stop is not None:
            self.stop_reason = stop
        return made

    def _track_best(self, block: np.ndarray, first_step: int) -> None:
        j = int(np.argmin(block[MSE]))
        if block[MSE, j] < self.best_mse:
            self.best_mse = float(block[MSE, j])
            self.best_weights = (float(block[W0, j]), float(block[W1, j]))
            self.best_step = first_step + j
