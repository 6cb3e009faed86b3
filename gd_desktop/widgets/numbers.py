"""How numbers are written in the interface: one function per place a number is shown.

Each format is chosen for what its reader needs there (the readouts tell updates
apart, the equations let one redo the arithmetic, the race table stays narrow),
so they differ on purpose; keeping them here keeps each in one place.
"""

from __future__ import annotations

import math

# Significant digits of the equation panel's numbers.
EQUATION_DIGITS = 8


def readout_value(value: float) -> str:
    """A readout's value: seven significant digits, enough to tell updates apart."""
    if math.isnan(value):
        return "-"
    return f"{value:#.7g}".rstrip(".") if abs(value) < 1e7 else f"{value:.6e}"


def equation_value(value: float) -> str:
    """A number in the written-out update: eight significant digits, 0 as "0"."""
    if value == 0:
        return "0"
    return f"{value:.{EQUATION_DIGITS}g}"


def equation_operand(value: float) -> str:
    """An equation number after an operator: a negative one in brackets."""
    text = equation_value(value)
    return f"({text})" if text.startswith("-") else text


def insight_value(value: float, digits: int = 5) -> str:
    """An insight panel number: ``digits`` significant digits, inf as the symbol, no '-0'."""
    if math.isnan(value):
        return "-"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    return f"{value:.{digits}g}"


def insight_ratio(value: float) -> str:
    """A ratio for 'Nx below': three digits, whole thousands written out (32,300)."""
    return f"{round(value):,}" if 1000 <= value < 1e15 else insight_value(value, 3)


def summary_value(value: float) -> str:
    """A race summary cell: four significant digits, a dash when not finite."""
    if not math.isfinite(value):
        return "—"
    return f"{value:.4g}"


def window_bound(value: float, span: float) -> str:
    """A bound of the weights window to 3 significant digits, float noise near 0 as 0."""
    if abs(value) < 1e-9 * abs(span):
        value = 0.0
    return f"{value:.3g}"
