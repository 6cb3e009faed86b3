"""Ready-made races as the session loads them: on the user's data where the race
allows it, each landscape race on its own landscape and starts."""

from __future__ import annotations

from dataclasses import replace

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.landscape_races import LANDSCAPE_RACES
from gd_desktop.core.race import READY_RACES, RaceEntry, sweep_race


def ready_entries(
    key: str, current: ExperimentConfig, stable_rate: float | None
) -> list[RaceEntry]:
    """The entries of ready-made race ``key`` for a user now on ``current``.

    ``stable_rate``: the current least-squares run's stable limit (None for another
    family), which the learning-rate sweep is built around.
    """
    if key == "sweep" and stable_rate is not None:
        return sweep_race(current, stable_rate)
    if key in LANDSCAPE_RACES:
        return LANDSCAPE_RACES[key][1]()  # each brings its own landscape and starts
    entries = READY_RACES[key][1]()
    if current.model != "linear":
        return entries  # the blog's races are least squares, on their own data
    if current.data.source == "csv" or key == "optimizers":
        # Keep the user's data and start where the race allows it.
        c = current
        entries = [
            replace(e, config=replace(e.config, data=c.data, seed=c.seed, init=c.init))
            for e in entries
        ]
    return entries
