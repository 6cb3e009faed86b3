"""The update rules' directions, one update at a time, on plain floats.

The same formulas as the least-squares engine's inner loop (``run.Run``, which
keeps them inline for speed): the move is w -= lr * direction, and the
rule's state (velocity, averages of squares, Adam's step count) lives in a
``RuleState``. The forms are torch.optim's, as in ``settings.OptimizerConfig``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gd_desktop.core.rules import OPTIMIZER_CODES
from gd_desktop.core.settings import OptimizerConfig


@dataclass
class RuleState:
    """Velocity or first moment (m0, m1), sum or average of squares (u0, u1), steps t."""

    m0: float = 0.0
    m1: float = 0.0
    u0: float = 0.0
    u1: float = 0.0
    t: int = 0

    def named(self, rule: str) -> dict[str, float]:
        """The state under the names the window and exports use (empty for plain descent)."""
        if rule in ("momentum", "nesterov"):
            return {"v0": self.m0, "v1": self.m1}
        if rule in ("adagrad", "rmsprop"):
            return {"s0": self.u0, "s1": self.u1}
        if rule == "adam":
            return {"m0": self.m0, "m1": self.m1, "v0": self.u0, "v1": self.u1, "t": float(self.t)}
        return {}


def rule_step(o: OptimizerConfig, s: RuleState, g0: float, g1: float) -> tuple[float, float]:
    """The direction of this update for gradient (g0, g1), updating the rule's state."""
    kind = OPTIMIZER_CODES[o.name]
    if kind == 0:  # plain
        return g0, g1
    if kind in (1, 2):  # momentum: v = beta v + g; w -= lr v (Nesterov: lr (g + beta v))
        s.m0 = o.beta * s.m0 + g0
        s.m1 = o.beta * s.m1 + g1
        if kind == 1:
            return s.m0, s.m1
        return g0 + o.beta * s.m0, g1 + o.beta * s.m1
    if kind in (3, 4):  # adagrad: s += g^2; rmsprop: s = rho s + (1 - rho) g^2
        if kind == 3:
            s.u0 += g0 * g0
            s.u1 += g1 * g1
        else:
            s.u0 = o.rho * s.u0 + (1.0 - o.rho) * g0 * g0
            s.u1 = o.rho * s.u1 + (1.0 - o.rho) * g1 * g1
        return g0 / (math.sqrt(s.u0) + o.eps), g1 / (math.sqrt(s.u1) + o.eps)
    b1, b2 = o.beta1, o.beta2  # adam
    s.t += 1
    s.m0 = b1 * s.m0 + (1.0 - b1) * g0
    s.m1 = b1 * s.m1 + (1.0 - b1) * g1
    s.u0 = b2 * s.u0 + (1.0 - b2) * g0 * g0
    s.u1 = b2 * s.u1 + (1.0 - b2) * g1 * g1
    if not o.bias_correction:
        return s.m0 / (math.sqrt(s.u0) + o.eps), s.m1 / (math.sqrt(s.u1) + o.eps)
    c1 = 1.0 - b1**s.t
    root2 = math.sqrt(1.0 - b2**s.t)
    return (
        (s.m0 / c1) / (math.sqrt(s.u0) / root2 + o.eps),
        (s.m1 / c1) / (math.sqrt(s.u1) / root2 + o.eps),
    )
