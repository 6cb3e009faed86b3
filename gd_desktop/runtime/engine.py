"""The engine in its own process, so computing never waits for the window's drawing.

Python runs one thread at a time per process: a worker thread that computes and a
window that draws take turns, and on two cores each gets about half. Here the race
is computed in a child process (no Qt, only the core), and the window's process
keeps a *mirror* of every run: the same ``Run`` objects, built from the same
configs, whose records and state are filled in from what the child sends. The
mirror's runs are never advanced themselves, so the records the window shows are
exactly the child's, which are exactly those of the same runs made headless.

``RemoteRace`` offers the part of ``Race``'s interface the worker uses, so the
worker does not care where the computing happens. Without a child (one could not
be started) the worker uses a plain ``Race``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from gd_desktop.core.config import ConfigError
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.race import Race, RaceEntry
from gd_desktop.core.run import Run

# A batch block is sent along only when it is this small (rows of its batches):
# after a step or a short slice the update panel can then show the batch rows.
MAX_BLOCK_ROWS = 200_000
STOP_TIMEOUT_S = 2.0


class EngineError(RuntimeError):
    """The child process stopped or did not answer."""


@dataclass(frozen=True)
class RunState:
    """What a mirror needs of a run besides its records."""

    weights: tuple[float, float]
    mse: float
    best_mse: float
    best_weights: tuple[float, float]
    best_step: int
    stop_reason: str | None
    learning_rate: float
    optimizer: tuple[float, float, float, float, int]
    block: Any  # (BatchBlock | None, first step), or None when too large to send

    @classmethod
    def of(cls, run: Run) -> RunState:
        last, first = run._last_block
        block = (last, first) if last is None or last.rows.size <= MAX_BLOCK_ROWS else None
        return cls(
            weights=run.weights,
            mse=run.mse,
            best_mse=run.best_mse,
            best_weights=run.best_weights,
            best_step=run.best_step,
            stop_reason=run.stop_reason,
            learning_rate=run.learning_rate,
            optimizer=run._state,
            block=block,
        )

    def apply(self, run: Run) -> None:
        run.weights = self.weights
        run.mse = self.mse
        run.best_mse = self.best_mse
        run.best_weights = self.best_weights
        run.best_step = self.best_step
        run.learning_rate = self.learning_rate
        run._state = self.optimizer
        if self.block is not None:
            run._last_block = self.block
        run.stop_reason = self.stop_reason


# -- the child ------------------------------------------------------------------------------
def serve(conn: Connection) -> None:
    """The child's loop: answer each command in order until told to quit."""
    race: Race | None = None
    sent: list[int] = []
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        kind = message[0]
        try:
            if kind == "quit":
                conn.send(("ok",))
                return
            if kind == "load":
                _, entries, dataset = message
                race = Race(entries, dataset)
                sent = [0] * len(race.runs)
                conn.send(("ok",))
            elif kind == "advance":
                _, count, seconds = message
                assert race is not None
                deadline = None if seconds is None else time.perf_counter() + seconds
                race.advance(count, deadline)
                parts = []
                for lane, run in enumerate(race.runs):
                    rows = run.records.rows(sent[lane], run.step)
                    sent[lane] = run.step
                    # The window keeps the records; here they are only sent once.
                    run.records.release_before(run.step)
                    parts.append((rows, RunState.of(run)))
                conn.send(("ok", parts))
            elif kind == "rate":
                _, lane, rate = message
                assert race is not None
                race.runs[lane].set_learning_rate(rate)
                conn.send(("ok",))
            else:
                conn.send(("error", f"unknown command {kind!r}"))
        except ConfigError as exc:
            conn.send(("config", exc.problems))
        except (ValueError, MemoryError, AssertionError) as exc:
            conn.send(("error", str(exc) or type(exc).__name__))


class EngineProcess:
    """The child process and the pipe to it (used from one thread only)."""

    def __init__(self) -> None:
        # What to do with the answer to a command sent ahead (one at most).
        self._pending: Callable[[Any], None] | None = None
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=serve, args=(child,), name="gd-desktop-engine", daemon=True
        )
        self._process.start()
        child.close()

    @property
    def alive(self) -> bool:
        return self._process.is_alive()

    def request(self, message: tuple[Any, ...], timeout: float | None = None) -> Any:
        """Send one command and wait for its answer; EngineError if the child is gone."""
        self.settle()
        self.send(message)
        return self.receive(timeout)

    def send_ahead(self, message: tuple[Any, ...], apply: Callable[[Any], None]) -> None:
        """Send a command whose answer is taken later (``take_ahead`` or ``settle``),
        so the child works while this process deals with the previous answer."""
        self.settle()
        self.send(message)
        self._pending = apply

    @property
    def ahead(self) -> Callable[[Any], None] | None:
        """The handler of the command sent ahead, if one is on its way."""
        return self._pending

    def take_ahead(self) -> Any:
        """The answer to the command sent ahead (which the caller now handles)."""
        self._pending = None
        return self.receive()

    def settle(self) -> None:
        """Handle the answer to a command sent ahead, if any: commands stay in order."""
        apply = self._pending
        if apply is not None:
            self._pending = None
            apply(self.receive())

    def send(self, message: tuple[Any, ...]) -> None:
        try:
            self._conn.send(message)
        except (OSError, BrokenPipeError) as exc:
            raise EngineError(f"the engine process stopped ({exc})") from None

    def receive(self, timeout: float | None = None) -> Any:
        """The answer to the oldest command (waits as long as the child lives)."""
        try:
            if timeout is not None and not self._conn.poll(timeout):
                raise EngineError("the engine process did not answer")
            reply = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise EngineError(f"the engine process stopped ({exc or 'no answer'})") from None
        if reply[0] == "config":
            raise ConfigError(reply[1])
        if reply[0] == "error":
            raise ValueError(reply[1])
        return reply

    def kill(self) -> None:
        """Stop the child at once (from any thread): a waiting request then fails."""
        if self._process.is_alive():
            self._process.kill()

    def close(self) -> None:
        """Ask the child to quit, then make sure it has."""
        if self._process.is_alive():
            with contextlib.suppress(EngineError, ValueError):
                self.request(("quit",), timeout=STOP_TIMEOUT_S)
            self._process.join(STOP_TIMEOUT_S)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(STOP_TIMEOUT_S)
        self._conn.close()


class RemoteRace:
    """A race computed by the engine process, seen through local mirror runs."""

    def __init__(
        self,
        engine: EngineProcess,
        entries: Sequence[RaceEntry],
        dataset: Dataset | None = None,
    ):
        self._engine = engine
        engine.settle()  # a slice of the previous race asked ahead: taken in first
        # The child builds its race while this process builds the mirror.
        engine.send(("load", list(entries), dataset))
        try:
            self._mirror = Race(entries, dataset)  # checks the configs, builds the data
        except BaseException:
            with contextlib.suppress(ConfigError, ValueError):
                engine.receive()  # the child's answer (the same complaint) is dropped
            raise
        engine.receive()
        self.entries = self._mirror.entries
        self.runs = self._mirror.runs

    @property
    def finished(self) -> bool:
        return self._mirror.finished

    @property
    def step(self) -> int:
        return self._mirror.step

    def updates_to_epoch_end(self) -> int:
        return self._mirror.updates_to_epoch_end()

    def advance(self, count: int, deadline: float | None = None, ahead: bool = False) -> int:
        """Advance in the child; the new records and states land in the mirrors.

        ``ahead``: also ask for the next such slice before handling this one, so the
        child computes while this process appends and signals (running at full
        speed); the records of a slice asked ahead arrive with the next call or
        ``settle``.
        """
        before = self.step
        seconds = None if deadline is None else max(0.0, deadline - time.perf_counter())
        message = ("advance", count, seconds)
        engine = self._engine
        if ahead and engine.ahead == self._apply:
            reply = engine.take_ahead()
        else:
            reply = engine.request(message)
        if ahead and not self._finished_after(reply):
            engine.send_ahead(message, self._apply)
        self._apply(reply)
        return self.step - before

    def settle(self) -> None:
        """Take in the slice asked ahead, if any (before pausing, say)."""
        self._engine.settle()

    def _apply(self, reply: Any) -> None:
        for run, (rows, state) in zip(self.runs, reply[1], strict=True):
            if rows.shape[1]:
                run.records.append(rows)
            state.apply(run)

    @staticmethod
    def _finished_after(reply: Any) -> bool:
        return all(state.stop_reason is not None for _, state in reply[1])

    def set_learning_rate(self, lane: int, rate: float) -> None:
        self.runs[lane].set_learning_rate(rate)  # checks the value first
        self._engine.request(("rate", lane, rate))
        # A slice asked ahead, taken in on the way, brought the old rate back.
        self.runs[lane].learning_rate = float(rate)
