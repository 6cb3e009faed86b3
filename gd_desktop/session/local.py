"""A backend that computes in the caller's thread, at once: the session without Qt,
for tests and scripts. Every command's results arrive before the command returns."""

from __future__ import annotations

from collections.abc import Sequence

from gd_desktop.core.config import ConfigError
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.family_insight import insight_of
from gd_desktop.core.race import Race, RaceEntry
from gd_desktop.session.experiment import Session
from gd_desktop.session.snapshots import LoadedRace, RecordBlock, RunFacts, RunStatus


class LocalBackend:
    """Runs a core ``Race`` directly and reports to the session it is attached to.

    With ``defer_loads``, a race is built only when ``finish_load`` is called, as the
    engine process answers some time after it is asked (scripts can act in between).
    """

    def __init__(self, defer_loads: bool = False) -> None:
        self.defer_loads = defer_loads
        self.waiting: tuple[Sequence[RaceEntry], Dataset | None] | None = None
        self.session: Session | None = None
        self.race: Race | None = None
        self.run_id = 0
        self.sent = 0
        self._emitted: list[int] = []
        self._stop_sent: list[bool] = []

    def attach(self, session: Session) -> None:
        self.session = session

    def _next(self) -> int:
        self.sent += 1
        return self.sent

    @property
    def _sink(self) -> Session:
        assert self.session is not None, "attach a session first"
        return self.session

    def load(self, race: Sequence[RaceEntry], dataset: Dataset | None = None) -> int:
        serial = self._next()
        if self.defer_loads:
            self.waiting = (race, dataset)
            return serial
        self._build(race, dataset)
        return serial

    def finish_load(self) -> None:
        """Build the race last asked for and report it (with ``defer_loads``)."""
        assert self.waiting is not None, "no load is waiting"
        race, dataset = self.waiting
        self.waiting = None
        self._build(race, dataset)

    def _build(self, race: Sequence[RaceEntry], dataset: Dataset | None) -> None:
        try:
            built = Race(race, dataset)
        except ConfigError as exc:
            self._sink.on_load_failed(exc.problems)
            return
        self.race = built
        runs = built.runs
        self.run_id += 1
        self._emitted = [0] * len(built.runs)
        self._stop_sent = [False] * len(built.runs)
        facts = tuple(RunFacts.of(r, e) for r, e in zip(runs, built.entries, strict=True))
        self._sink.on_loaded(LoadedRace(self.run_id, facts, insight_of(runs[0])))

    def start(self) -> int:
        """Run to the end (there is no clock here)."""
        serial = self._next()
        race = self.race
        if race is not None and not race.finished:
            self._sink.on_started(self.run_id)
            race.run_to_end()
            self._report()
        return serial

    def pause(self) -> int:
        return self._next()

    def step(self, count: int = 1) -> int:
        serial = self._next()
        race = self.race
        if race is not None and not race.finished:
            race.advance(count if count > 0 else race.updates_to_epoch_end())
            self._report()
        return serial

    def set_learning_rate(self, learning_rate: float, lane: int = 0) -> int:
        serial = self._next()
        if self.race is not None:
            try:
                self.race.set_learning_rate(lane, learning_rate)
            except ConfigError as exc:
                self._sink.on_load_failed(exc.problems)
        return serial

    def set_speed(self, updates_per_second: float) -> int:
        return self._next()

    def _report(self) -> None:
        race = self.race
        assert race is not None
        for lane, run in enumerate(race.runs):
            done = self._emitted[lane]
            if run.step > done or (run.finished and not self._stop_sent[lane]):
                block = RecordBlock(
                    self.run_id,
                    done,
                    run.records.rows(done, run.step),
                    lane,
                    run.stop_reason,
                    RunStatus.of(run, run.batch_rows(run.step)),
                )
                self._emitted[lane] = run.step
                self._stop_sent[lane] = run.finished
                self._sink.on_records(block)
        if race.finished:
            self._sink.on_finished(self.run_id, race.runs[0].stop_reason or "")
        else:
            self._sink.on_paused(self.run_id, race.step)


def local_session(entries: Sequence[RaceEntry] | None = None) -> Session:
    """A session computing in this thread, with its first race loaded."""
    backend = LocalBackend()
    session = Session(backend, entries)
    backend.attach(session)
    session.load_race(session.entries)
    return session
