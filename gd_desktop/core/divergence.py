"""Why a run diverged, as data the UI and the command line put into words."""

from __future__ import annotations

import math

from gd_desktop.core.problems import Problem, problem


def diverged_problem(rule: str, learning_rate: float, limit: float | None) -> Problem:
    """Code ``diverged``: the rule, the rate in effect, and the stable limit and the
    rate's ratio to it where one exists (both None for rules without one)."""
    ratio = None
    if limit is not None:
        ratio = learning_rate / limit if math.isfinite(limit) else 0.0
    return problem(
        "diverged",
        "learning_rate",
        rule=rule,
        learning_rate=learning_rate,
        limit=limit,
        ratio=ratio,
    )
