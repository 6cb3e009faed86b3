"""The engine in its own process, so computing never waits for the window's drawing.

Python runs one thread at a time per process: a worker thread that computes and a
window that draws take turns, and on two cores each gets about half. Here the race
is computed in a child process (no Qt, only the core), which sends, per slice and
run, the new records and a frozen ``RunStatus`` (then frees those records). The
window's process builds the same race's runs too, to check the configs and for
their unchanging facts (data, loss), but never advances or changes them: the
records the window shows are exactly the child's, which are exactly those of the
same runs made headless.

``RemoteRace`` and ``LocalRace`` (computing in the worker's own thread, when no
child can be started) hand over progress alike, so the worker does not care where
the computing happens.

The child also beats: a thread of its own counts up a number shared with this
process about every ``HEARTBEAT_S`` seconds, whatever the child's main thread is
doing (a long load included), so a watchdog here can tell a busy engine from a
stopped one (see ``watchdog``).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import Any

from gd_desktop.core.config import ConfigError
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.problems import Problem, problem
from gd_desktop.core.race import Race, RaceEntry
from gd_desktop.runtime.progress import LaneSlice, RaceProgress, every_row, frozen, take_slices

STOP_TIMEOUT_S = 2.0
# The child's heartbeat: how often its beat thread counts up.
HEARTBEAT_S = 0.5
# Codes of the problems an engine reports (the UI words them).
ENGINE_STOPPED = "engine_stopped"  # params: detail (what the pipe said)
ENGINE_NOT_ANSWERING = "engine_not_answering"
ENGINE_FAILED = "engine_failed"  # params: detail (the child's complaint)


class EngineError(RuntimeError):
    """The child process stopped, failed or did not answer; ``problem`` says which."""

    def __init__(self, why: Problem):
        self.problem = why
        detail = why.get("detail")
        super().__init__(why.code + (f" ({detail})" if detail else ""))


# -- the child ------------------------------------------------------------------------------
def _beat(beats: Any) -> None:
    """Count up ``beats`` every HEARTBEAT_S seconds, for as long as the process lives."""
    while True:
        beats.value += 1
        time.sleep(HEARTBEAT_S)


def serve(conn: Connection, beats: Any = None) -> None:
    """The child's loop: answer each command in order until told to quit.

    ``beats``: a shared counter the child's own beat thread counts up (None: no beat).
    """
    if beats is not None:
        threading.Thread(target=_beat, args=(beats,), name="heartbeat", daemon=True).start()
    race: Race | None = None
    sent: list[int] = []
    unknown: list[None] = []  # full-batch rows: the window knows them
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
                unknown = [None] * len(race.runs)
                conn.send(("ok",))
            elif kind == "advance":
                _, count, seconds = message
                assert race is not None
                deadline = None if seconds is None else time.perf_counter() + seconds
                race.advance(count, deadline)
                # The window keeps the records; here they are only sent once.
                conn.send(("ok", take_slices(race.runs, sent, unknown)))
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
        # Why the child was ended from here (a stuck engine, say), if it was.
        self._ended: Problem | None = None
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        # Shared memory, not a pipe: reading it never waits, and no lock is needed
        # for one writer and readers that only compare values.
        self._beats: Any = context.RawValue("Q", 0)
        self._process = context.Process(
            target=serve, args=(child, self._beats), name="gd-desktop-engine", daemon=True
        )
        self._process.start()
        child.close()

    @property
    def alive(self) -> bool:
        return self._process.is_alive()

    @property
    def beats(self) -> int:
        """Heartbeats counted by the child so far (readable from any thread)."""
        return int(self._beats.value)

    @property
    def exited(self) -> bool:
        """True once the child has ended (from any thread: it neither waits nor reaps)."""
        return bool(multiprocessing.connection.wait([self._process.sentinel], 0))

    @property
    def ended(self) -> Problem | None:
        """Why ``kill`` ended the child (None if it was not ended with a reason)."""
        return self._ended

    @property
    def pid(self) -> int | None:
        """The child's process id (for memory readings and fault tests)."""
        return self._process.pid

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
            raise EngineError(self._ended or problem(ENGINE_STOPPED, detail=str(exc))) from None

    def receive(self, timeout: float | None = None) -> Any:
        """The answer to the oldest command (waits as long as the child lives)."""
        try:
            if timeout is not None and not self._conn.poll(timeout):
                raise EngineError(problem(ENGINE_NOT_ANSWERING))
            reply = self._conn.recv()
        except (EOFError, OSError) as exc:
            stopped = problem(ENGINE_STOPPED, detail=str(exc) or "no answer")
            raise EngineError(self._ended or stopped) from None
        if reply[0] == "config":
            raise ConfigError(reply[1])
        if reply[0] == "error":
            raise ValueError(reply[1])
        return reply

    def kill(self, why: Problem | None = None) -> None:
        """Stop the child at once (from any thread): a waiting request then fails,
        with ``why`` as its problem when given.

        No wait for the child here (that is ``close``'s, in the thread that owns
        this object): a signal is all, and one to a child already gone is nothing.
        """
        if why is not None and self._ended is None:
            self._ended = why
        with contextlib.suppress(OSError, ValueError):
            self._process.kill()

    def close(self) -> None:
        """Ask the child to quit, then make sure it has (a child ended by ``kill``
        is not asked)."""
        if self._ended is not None:
            self.kill()
            self._process.join(STOP_TIMEOUT_S)
        elif self._process.is_alive():
            with contextlib.suppress(EngineError, ValueError):
                self.request(("quit",), timeout=STOP_TIMEOUT_S)
            self._process.join(STOP_TIMEOUT_S)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(STOP_TIMEOUT_S)
        self._conn.close()


class RemoteRace:
    """A race computed by the engine process; its progress arrives as frozen slices.

    ``runs`` are this process's own build of the same runs: for their facts only,
    never advanced or changed.
    """

    def __init__(
        self,
        engine: EngineProcess,
        entries: Sequence[RaceEntry],
        dataset: Dataset | None = None,
    ):
        self._engine = engine
        engine.settle()  # a slice of the previous race asked ahead: taken in first
        # The child builds its race while this process builds its own copy.
        engine.send(("load", list(entries), dataset))
        try:
            local = Race(entries, dataset)  # checks the configs, builds the data
        except BaseException:
            with contextlib.suppress(ConfigError, ValueError):
                engine.receive()  # the child's answer (the same complaint) is dropped
            raise
        engine.receive()
        self.entries = local.entries
        self.runs = local.runs
        self.progress = RaceProgress(self.runs)
        self._all_rows = every_row(self.runs)

    def advance(self, count: int, deadline: float | None = None, ahead: bool = False) -> int:
        """Advance in the child; the slices it sends are gathered in ``progress``.
        Returns the lockstep updates that arrived.

        ``ahead``: also ask for the next such slice before handling this one, so the
        child computes while this process appends and signals (running at full
        speed); the records of a slice asked ahead arrive with the next call or
        ``settle``.
        """
        before = self.progress.step
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
        return self.progress.step - before

    def settle(self) -> None:
        """Take in the slice asked ahead, if any (before pausing, say)."""
        self._engine.settle()

    def _apply(self, reply: Any) -> None:
        slices = []
        for piece, all_rows in zip(reply[1], self._all_rows, strict=True):
            status = piece.status
            if status.batch_rows is not None:
                status = replace(status, batch_rows=frozen(status.batch_rows))
            elif all_rows is not None and status.step > 0:
                status = replace(status, batch_rows=all_rows)
            slices.append(LaneSlice(frozen(piece.rows), status))
        self.progress.add(slices)

    @staticmethod
    def _finished_after(reply: Any) -> bool:
        return all(piece.status.stop_reason is not None for piece in reply[1])

    def set_learning_rate(self, lane: int, rate: float) -> None:
        """A new rate for run ``lane`` from its next update on; the child checks it
        (ConfigError) and answers after any slice asked ahead, so the order holds."""
        self._engine.request(("rate", lane, rate))
