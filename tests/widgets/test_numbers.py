"""Every number format of the interface, written out: each place keeps its own look."""

from __future__ import annotations

import math

import pytest

from gd_desktop.widgets.numbers import (
    equation_operand,
    equation_value,
    fitted_value,
    insight_ratio,
    insight_value,
    readout_value,
    summary_value,
    window_bound,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.0, "0.000000"),
        (1.0, "1.000000"),
        (-2.5, "-2.500000"),
        (123456.789, "123456.8"),
        (12345678.9, "1.234568e+07"),
        (1e-7, "1.000000e-07"),
        (math.nan, "-"),
        (math.inf, "inf"),
    ],
)
def test_readouts_show_seven_significant_digits(value: float, text: str) -> None:
    assert readout_value(value) == text


@pytest.mark.parametrize(
    ("value", "room", "text"),
    [
        (-1.234567e300, 14, "-1.234567e+300"),
        (-1.234567e300, 12, "-1.2346e+300"),
        (-1.234567e300, 3, "-1.235e+300"),  # never fewer than 4 digits, exponent whole
        (7.539786e-19, 10, "7.5398e-19"),
        (3.893462e18, 9, "3.893e+18"),
        (2.5, 4, "2.500"),
    ],
)
def test_a_fitted_readout_keeps_its_exponent_and_four_digits(
    value: float, room: int, text: str
) -> None:
    assert fitted_value(value, lambda shown: len(shown) <= room) == text


@pytest.mark.parametrize(
    ("value", "text", "operand"),
    [
        (0.0, "0", "0"),
        (-0.0, "0", "0"),
        (-2.5, "-2.5", "(-2.5)"),
        (123456.789, "123456.79", "123456.79"),
        (1e-7, "1e-07", "1e-07"),
        (math.nan, "nan", "nan"),
    ],
)
def test_equations_show_eight_digits_and_bracket_negative_operands(
    value: float, text: str, operand: str
) -> None:
    assert equation_value(value) == text
    assert equation_operand(value) == operand


def test_insight_numbers_and_ratios() -> None:
    assert insight_value(123456.789) == "1.2346e+05"
    assert insight_value(123456.789, 3) == "1.23e+05"
    assert insight_value(0.000123456, 6) == "0.000123456"
    assert insight_value(-0.0) == "0"
    assert insight_value(math.nan) == "-"
    assert (insight_value(math.inf), insight_value(-math.inf)) == ("∞", "-∞")
    assert [insight_ratio(v) for v in (2.0, 999.4, 1000.0, 32345.6, 1e15, 0.5)] == [
        "2",
        "999",
        "1,000",
        "32,346",
        "1e+15",
        "0.5",
    ]


def test_race_summaries_show_four_digits_and_a_dash_when_not_finite() -> None:
    assert summary_value(123456.789) == "1.235e+05"
    assert summary_value(0.1) == "0.1"
    assert summary_value(math.nan) == summary_value(math.inf) == "—"


def test_window_bounds_round_float_noise_to_zero() -> None:
    assert window_bound(1e-12, 2.0) == "0"
    assert window_bound(-1.23456, 2.0) == "-1.23"
    assert window_bound(1e-12, 1e-6) == "1e-12"
