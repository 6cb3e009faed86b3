"""The run state of an experiment, as the user sees it."""

from __future__ import annotations

from enum import StrEnum


class RunState(StrEnum):
    """What the experiment is doing; the run controls' availability follows from it.

    A ``StrEnum``, so its values are also the plain names scripts and settings use.
    """

    LOADING = "loading"  # a new race is being built; no command can act yet
    READY = "ready"  # loaded, at update 0
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    DIVERGED = "diverged"
    FAILED = "failed"  # the engine stopped: only Reset helps

    @property
    def can_run(self) -> bool:
        return self in (RunState.READY, RunState.RUNNING, RunState.PAUSED)

    @property
    def can_step(self) -> bool:
        return self in (RunState.READY, RunState.PAUSED)

    @property
    def can_reset(self) -> bool:
        return self not in (RunState.READY, RunState.LOADING)
