"""Run and Step pressed while a race loads: kept, then done once the race is ready."""

from __future__ import annotations


class QueuedCommands:
    """What was asked of a race still loading, in the order it must be done.

    Steps are kept in order; a run press toggles (two presses cancel each other, as
    Run then Pause would). The run, if asked for, starts after the steps.
    """

    def __init__(self) -> None:
        self.steps: list[int] = []
        self.run = False

    def __bool__(self) -> bool:
        return bool(self.steps) or self.run

    def toggle_run(self) -> None:
        self.run = not self.run

    def step(self, count: int) -> None:
        self.steps.append(count)

    def take(self) -> tuple[list[int], bool]:
        """The queued steps and whether to run, leaving the queue empty."""
        taken = (self.steps, self.run)
        self.clear()
        return taken

    def clear(self) -> None:
        self.steps = []
        self.run = False
