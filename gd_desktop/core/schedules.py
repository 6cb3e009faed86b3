"""Learning-rate schedules as a registry: the rate of update k (k = 1 for the first).

Every schedule starts at the base rate, as ``torch.optim.lr_scheduler`` does when
the scheduler steps after each update, and is a plain function of k, so the rate
of any update can be computed on its own (the timeline and the plot need that).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from gd_desktop.core.bounds import FACTOR, FRACTION, NON_NEGATIVE, STEP_SIZES, Bounds
from gd_desktop.core.settings import ScheduleConfig

# (schedule, k - 1 for each update, budget in updates) -> rate / base rate
Factors = Callable[[ScheduleConfig, np.ndarray, int], np.ndarray]
# (schedule, k - 1 of the last update) -> that update's factor, in plain floats
LastFactor = Callable[[ScheduleConfig, int], float]


@dataclass(frozen=True)
class ScheduleSpec:
    """One schedule: the ``ScheduleConfig`` settings it uses with their ranges, its
    factor function, and for a decay that can underflow to 0, the setting to blame
    and the last update's factor."""

    kind: str
    settings: Mapping[str, Bounds]
    factors: Factors
    underflow: tuple[str, LastFactor] | None = None


def _constant(_s: ScheduleConfig, k: np.ndarray, _total: int) -> np.ndarray:
    return np.ones(k.shape)


def _step(s: ScheduleConfig, k: np.ndarray, _total: int) -> np.ndarray:
    return np.power(s.gamma, np.floor(k / s.step_size))


def _exponential(s: ScheduleConfig, k: np.ndarray, _total: int) -> np.ndarray:
    return np.power(s.exp_gamma, k)


def _inverse_time(s: ScheduleConfig, k: np.ndarray, _total: int) -> np.ndarray:
    return 1.0 / (1.0 + s.decay * k)


def _cosine(s: ScheduleConfig, k: np.ndarray, total: int) -> np.ndarray:
    m = s.min_factor
    return m + (1.0 - m) * 0.5 * (1.0 + np.cos(np.pi * k / max(total, 1)))


SCHEDULE_SPECS: dict[str, ScheduleSpec] = {
    spec.kind: spec
    for spec in (
        ScheduleSpec("constant", {}, _constant),
        ScheduleSpec(
            "step",
            {"step_size": STEP_SIZES, "gamma": FACTOR},
            _step,
            ("gamma", lambda s, last: s.gamma ** (last // s.step_size)),
        ),
        ScheduleSpec(
            "exponential",
            {"exp_gamma": FACTOR},
            _exponential,
            ("exp_gamma", lambda s, last: s.exp_gamma**last),
        ),
        ScheduleSpec(
            "inverse-time",
            {"decay": NON_NEGATIVE},
            _inverse_time,
            ("decay", lambda s, last: 1.0 / (1.0 + s.decay * last)),
        ),
        ScheduleSpec("cosine", {"min_factor": FRACTION}, _cosine),
    )
}

SCHEDULES = tuple(SCHEDULE_SPECS)
# The settings each schedule uses (the others are ignored).
SCHEDULE_SETTINGS: dict[str, tuple[str, ...]] = {
    kind: tuple(spec.settings) for kind, spec in SCHEDULE_SPECS.items()
}


def rate_factors(schedule: ScheduleConfig, first: int, count: int, total: int) -> np.ndarray:
    """Rate / base rate for updates first .. first + count - 1 of a ``total``-update budget."""
    return factors_at(schedule, np.arange(first, first + count, dtype=np.float64), total)


def factors_at(schedule: ScheduleConfig, updates: np.ndarray, total: int) -> np.ndarray:
    """Rate / base rate at the given update indices (from 1) of a ``total``-update budget."""
    spec = SCHEDULE_SPECS.get(schedule.kind)
    if spec is None:
        raise ValueError(f"unknown schedule {schedule.kind!r}")
    with np.errstate(over="ignore", under="ignore"):  # a huge decay's rate is just 0
        return spec.factors(schedule, np.asarray(updates, dtype=np.float64) - 1.0, total)


def rates(schedule: ScheduleConfig, base_rate: float, total: int) -> np.ndarray:
    """The rate of every update of the budget (index 0 is update 1)."""
    return base_rate * rate_factors(schedule, 1, total, total)
