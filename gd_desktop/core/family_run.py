"""A run on a loss family other than least squares (logistic, neuron, test surface).

The records are those of ``run.Run``: each update's new weights, the full-data loss
there (field ``mse``, named ``loss`` in exports), the batch loss at the old weights,
the batch gradient and the rate. With full batches the loss at the new weights is
the next update's batch loss, so each update costs one evaluation of the family. With
stochastic batches each update evaluates its own rows, and the full-data losses of a
block of updates are computed afterwards in one vectorised pass over the data.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Any

import numpy as np

from gd_desktop.core.batches import BatchSampler
from gd_desktop.core.config import (
    ConfigError,
    ExperimentConfig,
    total_updates,
    updates_per_epoch,
    validate,
)
from gd_desktop.core.critical import local_curvature, local_stable_rate
from gd_desktop.core.dataset import Dataset, standardized
from gd_desktop.core.divergence import diverged_problem
from gd_desktop.core.families import Family, binary_problem, build_family, generate_family_data
from gd_desktop.core.problems import Problem, problem
from gd_desktop.core.records import FIELDS, RecordTable, column_of
from gd_desktop.core.rules import stable_rate
from gd_desktop.core.run import (
    SLICE_UPDATES,
    STOP_BUDGET,
    STOP_DIVERGED,
    STOP_TOLERANCE,
    Run,
)
from gd_desktop.core.schedules import rate_factors
from gd_desktop.core.step_rules import RuleState, rule_step

STEP, EPOCH, W0, W1, MSE, BATCH, G0, G1, LR = (column_of(name) for name in FIELDS)


class FamilyRun:
    """One run of an experiment on a non-linear family; the same public face as ``Run``.

    ``dataset`` is None for a test surface (it has no rows).
    """

    config: ExperimentConfig

    def __init__(
        self,
        config: ExperimentConfig,
        dataset: Dataset | None = None,
        shared: FamilyRun | None = None,
    ):
        """``shared``: a run of the same family, data config and seed whose data, family
        (and its critical points) and random stream after the data this run reuses."""
        if shared is not None and dataset is None:
            dataset = shared.raw_dataset
        rows = dataset.size if dataset is not None else None
        problems = validate(config, rows)
        if dataset is None and config.data.source == "csv" and config.model != "surface":
            problems.append(problem("needs_dataset", "data.source"))
        if shared is not None and (
            shared.config.data != config.data
            or shared.config.seed != config.seed
            or (shared.config.model, shared.config.surface) != (config.model, config.surface)
        ):
            problems.append(problem("shared_data", "data"))
        if problems:
            raise ConfigError(problems)
        self.config = config
        rng = np.random.RandomState(config.seed)
        self.raw_dataset: Dataset | None = None
        self.dataset: Dataset | None = None
        if shared is not None:
            rng.set_state(shared.rng_after_data)
            self.raw_dataset, self.dataset = shared.raw_dataset, shared.dataset
        elif config.model != "surface":
            raw = (
                dataset
                if dataset is not None
                else generate_family_data(config.model, config.data, rng)
            )
            if config.model == "logistic":
                bad = binary_problem(raw.target, config.data.path, config.data.target)
                if bad is not None:
                    raise ConfigError(bad.problems)
            self.raw_dataset = raw
            self.dataset = standardized(raw) if config.data.standardize else raw
        self.family: Family = (
            shared.family
            if shared is not None
            else build_family(config.model, config.surface, self.dataset)
        )
        self._rng_after_data = rng.get_state()
        self._rng = rng
        size = self.dataset.size if self.dataset is not None else 1
        self._full_batch = config.batching.method == "batch"
        self._sampler: BatchSampler | None = None
        if not self._full_batch and self.dataset is not None:
            features = self.dataset.features
            self._sampler = BatchSampler(config.batching, features, np.zeros(size), rng)
        self._samples = float(size)
        self._blog_scale = config.batching.blog_scaling and not self._full_batch
        self.updates_per_epoch = updates_per_epoch(config, size)
        self.total_updates = total_updates(config, size)
        self.records = RecordTable()
        self.learning_rate = config.learning_rate
        self.start_weights = (float(config.init[0]), float(config.init[1]))
        with np.errstate(all="ignore"):
            self._current = self.family.evaluate(*self.start_weights)
        self.start_mse = self._current[0]
        self.weights = self.start_weights
        self.mse = self.start_mse
        self.best_mse = math.inf
        self.best_weights = self.start_weights
        self.best_step = 0
        self.stop_reason: str | None = None
        self._limit = self.family.divergence_limit(self.start_mse)
        self._state = RuleState()

    # -- state -------------------------------------------------------------------
    @property
    def objective(self) -> Family:
        return self.family

    @property
    def rng_after_data(self) -> Any:
        """The random stream's state right after making the data (read only)."""
        return self._rng_after_data

    def updates_to_epoch_end(self) -> int:
        return self.updates_per_epoch - self.step % self.updates_per_epoch

    def batch_rows(self, step: int) -> np.ndarray | None:
        """Row indices of update ``step``'s batch: every row for full batch (none for a
        surface); stochastic batches are not kept."""
        if self.dataset is None:
            return np.arange(0)
        return np.arange(self.dataset.size) if self._full_batch else None

    @property
    def latest_block_rows(self) -> int:
        return 0

    @property
    def step(self) -> int:
        return len(self.records)

    @property
    def epoch(self) -> int:
        return 0 if self.step == 0 else (self.step - 1) // self.updates_per_epoch + 1

    @property
    def finished(self) -> bool:
        return self.stop_reason is not None

    @property
    def rate_factor(self) -> float:
        if not self._blog_scale or self._sampler is None:
            return 1.0
        return self._sampler.batch_size / self._samples

    def set_learning_rate(self, learning_rate: float) -> None:
        problems = validate(replace(self.config, learning_rate=learning_rate))
        if problems:
            raise ConfigError(problems)
        self.learning_rate = float(learning_rate)

    @property
    def optimizer_state(self) -> dict[str, float]:
        return self._state.named(self.config.optimizer.name)

    @property
    def local_curvature(self) -> tuple[float, float]:
        """The Hessian's eigenvalues at the current weights."""
        with np.errstate(all="ignore"):
            return local_curvature(self.family, *self.weights)

    @property
    def stable_rate(self) -> float | None:
        """The rule's stable rate for the local curvature at the current weights
        (2/lambda_max for plain descent; infinite where lambda_max <= 0)."""
        limit = local_stable_rate(self.local_curvature[1])
        return stable_rate(self.config.optimizer, limit)

    def divergence_problem(self) -> Problem:
        return diverged_problem(self.config.optimizer.name, self.learning_rate, self.stable_rate)

    # -- stepping ----------------------------------------------------------------
    def advance(self, count: int, deadline: float | None = None) -> int:
        """Do up to ``count`` updates; stop early at ``deadline`` (perf_counter)."""
        done = 0
        while done < count and not self.finished:
            take = min(count - done, SLICE_UPDATES, self.total_updates - self.step)
            if take <= 0:
                self.stop_reason = STOP_BUDGET
                break
            with np.errstate(all="ignore"):
                done += self._advance_slice(take)
            if self.step >= self.total_updates and not self.finished:
                self.stop_reason = STOP_BUDGET
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return done

    def run_to_end(self) -> None:
        while not self.finished:
            self.advance(1 << 20)

    def _rates(self, count: int) -> list[float]:
        if self.config.schedule.kind == "constant":
            return [self.learning_rate] * count
        factors = rate_factors(self.config.schedule, self.step + 1, count, self.total_updates)
        return (self.learning_rate * factors).tolist()

    def _advance_slice(self, count: int) -> int:
        out = np.empty((len(FIELDS), count))
        lrs = self._rates(count)
        noise = None
        if self.config.grad_noise > 0:
            noise = (self.config.grad_noise * self._rng.randn(count, 2)).tolist()
        if self._full_batch:
            made, stop = self._full_batch_block(count, lrs, noise, out)
        else:
            made, stop = self._stochastic_block(count, lrs, out)
        if made:
            first = self.step + 1
            steps = np.arange(first, first + made, dtype=np.float64)
            out[STEP, :made] = steps
            out[EPOCH, :made] = (steps - 1) // self.updates_per_epoch + 1
            self.records.append(out[:, :made])
            self.weights = (float(out[W0, made - 1]), float(out[W1, made - 1]))
            self.mse = float(out[MSE, made - 1])
            j = int(np.nanargmin(out[MSE, :made])) if np.any(np.isfinite(out[MSE, :made])) else 0
            if out[MSE, j] < self.best_mse:
                self.best_mse = float(out[MSE, j])
                self.best_weights = (float(out[W0, j]), float(out[W1, j]))
                self.best_step = first + j
        if stop is not None:
            self.stop_reason = stop
        return made

    def _diverged(self, w0: float, w1: float, loss: float | None) -> bool:
        bound = self.family.weight_limit
        if not (abs(w0) <= bound and abs(w1) <= bound):  # also true for NaN
            return True
        return loss is not None and not loss <= self._limit

    def _reached(self, loss: float, g0: float, g1: float) -> bool:
        tol = self.config.tolerance
        if tol is None:
            return False
        if self.config.tolerance_on == "grad":
            return math.hypot(g0, g1) <= tol
        return loss <= tol

    def _full_batch_block(
        self, count: int, lrs: list[float], noise: list[list[float]] | None, out: np.ndarray
    ) -> tuple[int, str | None]:
        evaluate = self.family.evaluate
        state = self._state
        optimizer = self.config.optimizer
        w0, w1 = self.weights
        loss, g0, g1 = self._current
        made = 0
        stop = None
        rows: list[tuple[float, ...]] = []
        for j in range(count):
            if noise is not None:
                g0 += noise[j][0]
                g1 += noise[j][1]
            lr = lrs[j]
            x0, x1 = rule_step(optimizer, state, g0, g1)
            n0 = w0 - lr * x0
            n1 = w1 - lr * x1
            new = evaluate(n0, n1)
            if self._diverged(n0, n1, new[0]):
                if math.isfinite(n0) and math.isfinite(n1) and math.isfinite(new[0]):
                    rows.append((n0, n1, new[0], loss, g0, g1, lr))
                stop = STOP_DIVERGED
                break
            rows.append((n0, n1, new[0], loss, g0, g1, lr))
            w0, w1 = n0, n1
            loss, g0, g1 = new
            if self._reached(loss, g0, g1):
                stop = STOP_TOLERANCE
                break
        made = len(rows)
        if made:
            out[W0 : LR + 1, :made] = np.array(rows).T
        self._current = (loss, g0, g1)
        return made, stop

    def _stochastic_block(
        self, count: int, lrs: list[float], out: np.ndarray
    ) -> tuple[int, str | None]:
        assert self._sampler is not None
        block = self._sampler.next_block(count)
        evaluate_rows = self.family.batch_loss_gradient
        scales = (block.n / self._samples).tolist() if self._blog_scale else None
        state = self._state
        optimizer = self.config.optimizer
        offsets = block.row_offsets.tolist() + [int(block.rows.shape[0])]
        w0, w1 = self.weights
        rows: list[tuple[float, ...]] = []
        stop = None
        for j in range(count):
            batch = block.rows[offsets[j] : offsets[j + 1]]
            batch_loss, g0, g1 = evaluate_rows(w0, w1, batch)
            if scales is not None:
                g0 *= scales[j]
                g1 *= scales[j]
            lr = lrs[j]
            x0, x1 = rule_step(optimizer, state, g0, g1)
            n0 = w0 - lr * x0
            n1 = w1 - lr * x1
            if self._diverged(n0, n1, None):
                stop = STOP_DIVERGED
                break
            rows.append((n0, n1, batch_loss, g0, g1, lr))
            w0, w1 = n0, n1
        made = len(rows)
        if made:
            table = np.array(rows).T
            losses = self.family.loss_many(table[0], table[1])
            bad = np.flatnonzero(~(losses <= self._limit))
            if bad.size:
                made, stop = int(bad[0]), STOP_DIVERGED
            elif self.config.tolerance is not None and self.config.tolerance_on == "mse":
                hit = np.flatnonzero(losses <= self.config.tolerance)
                if hit.size:
                    made, stop = int(hit[0]) + 1, STOP_TOLERANCE
            out[W0, :made] = table[0, :made]
            out[W1, :made] = table[1, :made]
            out[MSE, :made] = losses[:made]
            out[BATCH : LR + 1, :made] = table[2:, :made]
        return made, stop


AnyRun = Run | FamilyRun


def new_run(
    config: ExperimentConfig, dataset: Dataset | None = None, shared: AnyRun | None = None
) -> AnyRun:
    """The engine for the config's family: least squares's own, or the general one."""
    if config.model == "linear":
        return Run(config, dataset, shared if isinstance(shared, Run) else None)
    return FamilyRun(config, dataset, shared if isinstance(shared, FamilyRun) else None)
