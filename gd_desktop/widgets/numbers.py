"""How numbers are written in the interface: one function per place a number is shown.

Each format is chosen for what its reader needs there (the readouts tell updates
apart, the equations let one redo the arithmetic, the race table stays narrow),
so they differ on purpose; keeping them here keeps each in one place.
"""

from __future__ import annotations

import math
from collections.abc import Callable

# Significant digits of a readout, as many as fit, never fewer than the least.
READOUT_DIGITS = 7
READOUT_LEAST_DIGITS = 4
# The widest readout number at the least digits: sign, 4 digits, a 3-digit exponent.
WIDEST_READOUT = "-8.888e-888"

# Significant digits of the equation panel's numbers.
EQUATION_DIGITS = 8


def readout_value(value: float, digits: int = READOUT_DIGITS) -> str:
    """A readout's value: ``digits`` significant digits (seven tell updates apart),
    in scientific notation with its whole exponent when fixed notation would be long."""
    if math.isnan(value):
        return "-"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if value == 0 or 1e-4 <= abs(value) < 10.0**digits:
        return f"{value:#.{digits}g}".rstrip(".")
    return f"{value:.{digits - 1}e}"


def fitted_value(value: float, fits: Callable[[str], bool]) -> str:
    """The most precise readout text of ``value`` that ``fits`` (a width test), down to
    ``READOUT_LEAST_DIGITS`` significant digits; those are shown even if they do not fit."""
    for digits in range(READOUT_DIGITS, READOUT_LEAST_DIGITS, -1):
        text = readout_value(value, digits)
        if fits(text):
            return text
    return readout_value(value, READOUT_LEAST_DIGITS)


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
