"""Why a run diverged, as data the UI and the command line put into words."""

from __future__ import annotations

import math

from gd_desktop.core.problems import Problem, problem


def diverged_problem(
    rule: str, learning_rate: float, limit: float | None, rate_factor: float = 1.0
) -> Problem:
    """Code ``diverged``: the rule, the rate set, and the stable limit and the ratio to
    it of the rate in effect (``rate_factor`` x the rate set: n/N under the blog's
    scaling), where a limit exists (both None for rules without one)."""
    ratio = None
    if limit is not None:
        ratio = learning_rate * rate_factor / limit if math.isfinite(limit) else 0.0
    return problem(
        "diverged",
        "learning_rate",
        rule=rule,
        learning_rate=learning_rate,
        limit=limit,
        ratio=ratio,
    )
