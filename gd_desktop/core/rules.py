"""The update rules as a registry: a new rule is one entry here (and its branch in
the engine's inner loop, which ``code`` selects).

Each spec says which ``OptimizerConfig`` settings the rule uses, the values each
may take, and, where theory gives one, the largest stable full-batch rate.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from gd_desktop.core.bounds import DECAY, POSITIVE, Bounds
from gd_desktop.core.settings import OptimizerConfig

# (2/lambda_max of the loss, the rule's settings) -> the largest stable rate.
StableRate = Callable[[float, OptimizerConfig], float]


@dataclass(frozen=True)
class RuleSpec:
    """One update rule: its engine code, its settings and their ranges (None: a
    switch, any value is fine), and its stable-rate formula if it has one."""

    name: str
    code: int
    settings: Mapping[str, Bounds | None]
    stable_rate: StableRate | None = None


def _plain(limit: float, _o: OptimizerConfig) -> float:
    return limit


def _heavy_ball(limit: float, o: OptimizerConfig) -> float:
    # lr * lambda < 2 (1 + beta) on a quadratic
    return limit * (1.0 + o.beta)


def _nesterov(limit: float, o: OptimizerConfig) -> float:
    # lr * lambda < 2 (1 + beta) / (1 + 2 beta)
    return limit * (1.0 + o.beta) / (1.0 + 2.0 * o.beta)


RULES: dict[str, RuleSpec] = {
    spec.name: spec
    for spec in (
        RuleSpec("gd", 0, {}, _plain),
        RuleSpec("momentum", 1, {"beta": DECAY}, _heavy_ball),
        RuleSpec("nesterov", 2, {"beta": DECAY}, _nesterov),
        RuleSpec("adagrad", 3, {"eps": POSITIVE}),
        RuleSpec("rmsprop", 4, {"rho": DECAY, "eps": POSITIVE}),
        RuleSpec(
            "adam",
            5,
            {"beta1": DECAY, "beta2": DECAY, "eps": POSITIVE, "bias_correction": None},
        ),
    )
}

OPTIMIZERS = tuple(RULES)
OPTIMIZER_CODES = {name: spec.code for name, spec in RULES.items()}
# The settings each update rule uses (the others are ignored).
RULE_SETTINGS: dict[str, tuple[str, ...]] = {
    name: tuple(spec.settings) for name, spec in RULES.items()
}


def stable_rate(optimizer: OptimizerConfig, limit: float) -> float | None:
    """The largest rate at which the rule converges with full batches on a loss whose
    plain limit is ``limit`` (2/lambda_max); None for rules without a formula."""
    spec = RULES.get(optimizer.name)
    if spec is None or spec.stable_rate is None:
        return None
    return spec.stable_rate(limit, optimizer)
