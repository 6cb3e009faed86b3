"""What the session needs of whatever computes the runs (the runtime, or a local
stand-in for tests and scripts): commands only; results come back through the
session's ``on_*`` methods."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from gd_desktop.core.dataset import Dataset
from gd_desktop.core.race import RaceEntry


class Backend(Protocol):
    """Commands to the computing side; each returns its serial number."""

    def load(self, race: Sequence[RaceEntry], dataset: Dataset | None = None) -> int: ...

    def start(self) -> int: ...

    def pause(self) -> int: ...

    def step(self, count: int = 1) -> int: ...

    def set_learning_rate(self, learning_rate: float, lane: int = 0) -> int: ...

    def set_speed(self, updates_per_second: float) -> int: ...
