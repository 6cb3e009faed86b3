"""The valid values of one numeric setting, and the problem a value outside them is.

Rules, schedules and the config share this one description of a range, so the
check and the message that names it cannot disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from gd_desktop.core.problems import Problem, problem


def is_finite(value: Any) -> bool:
    """Whether ``value`` is a finite int or float (bools count as ints, as in Python)."""
    return isinstance(value, int | float) and math.isfinite(value)


@dataclass(frozen=True)
class Bounds:
    """low <= value <= high, either end open or unbounded; ``integer``: a count.

    Integral ends are stored as ints so that messages show them as written (0, 1).
    """

    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False
    integer: bool = False

    def contains(self, value: float) -> bool:
        if not self.integer and not is_finite(value):
            return False
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        return above and below

    def problem(self, field: str, value: Any) -> Problem:
        """The problem of ``value`` outside these bounds, coded by the bounds' shape."""
        if math.isinf(self.high):
            if self.integer:
                return problem("at_least", field, low=self.low, value=value)
            code = "positive" if self.low_open else "non_negative"
            return problem(code, field, value=value)
        if self.low_open or self.high_open:
            return problem(
                "interval",
                field,
                low=self.low,
                high=self.high,
                low_open=self.low_open,
                high_open=self.high_open,
                value=value,
            )
        return problem("range", field, low=self.low, high=self.high, value=value)

    def check(self, field: str, value: Any) -> list[Problem]:
        """[] when ``value`` is within the bounds, else its one problem."""
        return [] if self.contains(value) else [self.problem(field, value)]


POSITIVE = Bounds(0, low_open=True)
NON_NEGATIVE = Bounds(0)
FRACTION = Bounds(0, 1)
# A decay kept in [0, 1): 1 would never forget.
DECAY = Bounds(0, 1, high_open=True)
# A factor in (0, 1]: 0 would stop the descent at once.
FACTOR = Bounds(0, 1, low_open=True)
COUNT = Bounds(1, integer=True)

# -- the ranges of the config's counts, shared by the file format, the CLI and the panel --
# Qt's spin boxes hold 32-bit ints; a count the panel could not show is refused on reading.
INT32_MAX = 2**31 - 1
# The rows a generator draws, and so the largest batch (about 1.2 GB of float64 data).
MAX_SAMPLES = 50_000_000
SAMPLES = Bounds(2, MAX_SAMPLES, integer=True)
BATCH_SIZES = Bounds(1, MAX_SAMPLES, integer=True)
BUDGETS = Bounds(1, INT32_MAX, integer=True)
MAX_UPDATES = Bounds(1, INT32_MAX, integer=True)
STEP_SIZES = Bounds(1, INT32_MAX, integer=True)
# numpy's RandomState takes seeds below 2**32.
SEEDS = Bounds(0, 2**32 - 1, integer=True)
