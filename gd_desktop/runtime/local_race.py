"""A race computed in the worker's own thread, for when no engine process can run.

It hands over its progress as the engine process does (frozen slices, records
freed once handed over), so the worker drives both alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from gd_desktop.core.dataset import Dataset
from gd_desktop.core.race import Race, RaceEntry
from gd_desktop.runtime.progress import RaceProgress, every_row, take_slices


class LocalRace:
    """A core ``Race`` advanced here; ``runs`` are read only for their facts."""

    def __init__(self, entries: Sequence[RaceEntry], dataset: Dataset | None = None):
        self._race = Race(entries, dataset)
        self.entries = self._race.entries
        self.runs = self._race.runs
        self.progress = RaceProgress(self.runs)
        self._sent = [0] * len(self.runs)
        self._all_rows = every_row(self.runs)

    def advance(self, count: int, deadline: float | None = None, ahead: bool = False) -> int:
        """Up to ``count`` lockstep updates (``ahead`` means nothing here); their
        records go to ``progress``. Returns how many."""
        done = self._race.advance(count, deadline)
        self.progress.add(take_slices(self.runs, self._sent, self._all_rows))
        return done

    def settle(self) -> None:
        """Nothing is ever on its way here."""

    def set_learning_rate(self, lane: int, rate: float) -> None:
        """A new rate for run ``lane`` from its next update on (ConfigError if bad)."""
        self._race.set_learning_rate(lane, rate)
