"""Ready-made races on landscapes that are not a bowl, each with a lesson.

Every race has a key (its note's key too: the command line and the window put the
note into words), a title as stored in files, and a builder. The runs of
"Two minima" keep their own starts (``own_start``), one in each basin.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from gd_desktop.core.config import DataConfig, ExperimentConfig, OptimizerConfig
from gd_desktop.core.problems import problem
from gd_desktop.core.race import PALETTE, READY_RACES, READY_RUN_LABELS, RaceEntry
from gd_desktop.core.samples import SAMPLE_DIR

SADDLE_START = (1.5, 1e-6)
SADDLE_RATE = 0.01
SADDLE_UPDATES = 250


def _run(config: ExperimentConfig, key: str, index: int, own_start: bool = False) -> RaceEntry:
    name = problem("ready_run", key=key)
    return RaceEntry(config, READY_RUN_LABELS[key], PALETTE[index], name, own_start)


def _rules(base: ExperimentConfig, rates: dict[str, float]) -> list[RaceEntry]:
    """Plain descent, Momentum and Adam on ``base``, each at its own rate."""
    return [
        _run(replace(base, optimizer=OptimizerConfig(name=rule), learning_rate=rate), rule, i)
        for i, (rule, rate) in enumerate(rates.items())
    ]


def saddle_race() -> list[RaceEntry]:
    """GD, Momentum and Adam from just off the saddle's ridge: after 250 updates plain
    descent is still beside the saddle, the other two are at a minimum."""
    base = ExperimentConfig(
        model="surface",
        surface="saddle",
        init=SADDLE_START,
        learning_rate=SADDLE_RATE,
        budget=SADDLE_UPDATES,
    )
    return _rules(base, {"gd": SADDLE_RATE, "momentum": SADDLE_RATE, "adam": SADDLE_RATE})


def two_minima_race() -> list[RaceEntry]:
    """The same rule from a start in each basin: each run ends in its own basin's minimum."""
    base = ExperimentConfig(model="surface", surface="two-minima", learning_rate=0.005, budget=1000)
    return [
        _run(replace(base, init=(-0.4, 0.4)), "left", 0, own_start=True),
        _run(replace(base, init=(0.6, 0.4)), "right", 1, own_start=True),
    ]


def rosenbrock_race() -> list[RaceEntry]:
    """The classic start (-1.2, 1): plain descent crawls along the curved valley floor."""
    base = ExperimentConfig(model="surface", surface="rosenbrock", init=(-1.2, 1.0), budget=5000)
    return _rules(base, {"gd": 1e-3, "momentum": 1e-3, "adam": 0.02})


def separable_race() -> list[RaceEntry]:
    """Logistic regression on setosa vs versicolor by petal length: the classes are
    separable, so the weights grow for ever while the loss falls towards 0."""
    data = DataConfig(
        source="csv",
        path=str(SAMPLE_DIR / "iris_setosa_versicolor.csv"),
        target="is_versicolor",
        feature0="petal_length_cm",
        add_intercept=True,
    )
    base = ExperimentConfig(model="logistic", data=data, init=(0.0, 0.0), budget=2000)
    return _rules(base, {"gd": 0.5, "momentum": 0.5, "adam": 0.1})


LANDSCAPE_RACES: dict[str, tuple[str, Callable[[], list[RaceEntry]]]] = {
    "saddle": ("Saddle: GD vs Momentum vs Adam", saddle_race),
    "two-minima": ("Two minima: where you start decides", two_minima_race),
    "rosenbrock": ("Rosenbrock's valley", rosenbrock_race),
    "separable": ("Separable classes: no finite optimum", separable_race),
}

# Every ready-made race, the blog's and these, as the window lists them.
ALL_READY_RACES = {**READY_RACES, **LANDSCAPE_RACES}
