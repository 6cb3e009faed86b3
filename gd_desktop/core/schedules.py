"""Learning-rate schedules: the rate of update k (k = 1 for the first update).

Every schedule starts at the base rate, as ``torch.optim.lr_scheduler`` does when
the scheduler steps after each update, and is a plain function of k, so the rate
of any update can be computed on its own (the timeline and the plot need that).
"""

from __future__ import annotations

import numpy as np

from gd_desktop.core.config import ScheduleConfig


def rate_factors(schedule: ScheduleConfig, first: int, count: int, total: int) -> np.ndarray:
    """Rate / base rate for updates first .. first + count - 1 of a ``total``-update budget."""
    return factors_at(schedule, np.arange(first, first + count, dtype=np.float64), total)


def factors_at(schedule: ScheduleConfig, updates: np.ndarray, total: int) -> np.ndarray:
    """Rate / base rate at the given update indices (from 1) of a ``total``-update budget."""
    k = np.asarray(updates, dtype=np.float64) - 1.0
    kind = schedule.kind
    if kind == "constant":
        return np.ones(k.shape)
    if kind == "step":
        return np.power(schedule.gamma, np.floor(k / schedule.step_size))
    if kind == "exponential":
        return np.power(schedule.exp_gamma, k)
    if kind == "inverse-time":
        return 1.0 / (1.0 + schedule.decay * k)
    if kind == "cosine":
        m = schedule.min_factor
        return m + (1.0 - m) * 0.5 * (1.0 + np.cos(np.pi * k / max(total, 1)))
    raise ValueError(f"unknown schedule {kind!r}")


def rates(schedule: ScheduleConfig, base_rate: float, total: int) -> np.ndarray:
    """The rate of every update of the budget (index 0 is update 1)."""
    return base_rate * rate_factors(schedule, 1, total, total)
