"""The session: the experiment as the user sees it, the commands on it, and what
the runtime reports back. Pure Python: the window draws what it says.

Data flow is one way: a command goes to the backend; the records, states and
failures it reports come back through the ``on_*`` methods, update the lanes,
and are announced as events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.presets import PRESETS
from gd_desktop.core.problems import Problem, problem
from gd_desktop.core.race import (
    MAX_RUNS,
    PALETTE,
    RaceEntry,
    with_start,
)
from gd_desktop.core.run import STOP_DIVERGED
from gd_desktop.session.backend import Backend
from gd_desktop.session.events import Event, EventHub
from gd_desktop.session.lanes import Lane, RaceView
from gd_desktop.session.queued import QueuedCommands
from gd_desktop.session.ready import ready_entries
from gd_desktop.session.snapshots import LoadedRace, RecordBlock
from gd_desktop.session.state import RunState
from gd_desktop.session.timeline import Timeline
from gd_desktop.session.views import (
    ArrowData,
    PathData,
    ReadoutData,
    arrow,
    race_paths,
    readout,
)

_STOPPABLE = (RunState.RUNNING, RunState.PAUSED, RunState.FINISHED)


def single(config: ExperimentConfig, label: str = "Run 1") -> list[RaceEntry]:
    """A race of one run."""
    return [RaceEntry(config, label, PALETTE[0])]


class Session:
    """The experiment, the selected run, the run state, the records and the cursor."""

    def __init__(self, backend: Backend, entries: Sequence[RaceEntry] | None = None):
        self.backend = backend
        self.events = EventHub()
        self.entries: list[RaceEntry] = list(entries or single(PRESETS["blog-batch"]))
        self.selected = 0
        self.loaded: LoadedRace | None = None
        self.lanes: list[Lane] = []
        self.state = RunState.LOADING
        self.target: float | None = None
        self.run_requested = False
        self.queued = QueuedCommands()  # Run and Step pressed while a race loads
        self.cursor: int | None = None  # None: the latest record
        self.dataset: Dataset | None = None  # the data a CSV source was read into
        self._shown_selected = 0
        self._race_view: RaceView | None = None
        self.timeline = Timeline(self)  # cursor commands and continue-from-here

    # -- what is shown -------------------------------------------------------------
    @property
    def config(self) -> ExperimentConfig:
        """The config of the selected run (the one the parameter panel edits)."""
        return self.entries[self.selected].config

    @property
    def lane(self) -> Lane | None:
        """The selected run of the loaded race."""
        if not self.lanes:
            return None
        return self.lanes[min(self.selected, len(self.lanes) - 1)]

    @property
    def race(self) -> RaceView | None:
        """The loaded race (None while the first one loads)."""
        return self._race_view

    @property
    def run_id(self) -> int:
        return self.loaded.run_id if self.loaded is not None else 0

    def shown_step(self, lane: Lane) -> int:
        """The update shown for ``lane``: the cursor's, or its latest."""
        if self.cursor is None:
            return lane.received
        return min(self.cursor, lane.received)

    def set_cursor(self, step: int | None) -> None:
        """Show update ``step`` in every view (None: follow the latest record)."""
        self.cursor = None if step is None else max(0, int(step))
        for lane in self.lanes:
            lane.drawn = -1
        self.events.emit(Event.CURSOR_MOVED, self.cursor)

    # -- commands ----------------------------------------------------------------------
    def load(
        self, config: ExperimentConfig, dataset: Dataset | None = None, label: str | None = None
    ) -> Problem | None:
        """Start afresh with ``config`` as the selected run; data, seed and start are
        shared by every run. ``label``: a new name for the selected run."""
        entries = [
            replace(
                e, config=replace(e.config, data=config.data, seed=config.seed, init=config.init)
            )
            for e in self.entries
        ]
        selected = min(self.selected, len(entries) - 1)
        old = entries[selected]
        entries[selected] = replace(old, config=config, label=label or old.label)
        return self.load_race(entries, dataset, selected)

    def load_race(
        self,
        entries: Sequence[RaceEntry],
        dataset: Dataset | None = None,
        selected: int | None = None,
    ) -> Problem | None:
        """Start a fresh race of ``entries`` (the current one stays until it has loaded).
        Returns a problem, and changes nothing, when a CSV source has no data yet."""
        if entries[0].config.data.source == "csv":
            dataset = dataset or self.dataset
            if dataset is None:
                return problem("csv_needed", "data.path")
            self.dataset = dataset
        self.entries = list(entries)
        if selected is not None:
            self.selected = selected
        self.selected = max(0, min(self.selected, len(self.entries) - 1))
        self.run_requested = False
        csv = self.entries[0].config.data.source == "csv"
        self._set_state(RunState.LOADING)
        self.backend.load(self.entries, dataset if csv else None)
        return None

    def ready_race(self, key: str) -> list[RaceEntry]:
        """The entries of a ready-made race, on the current data where it can be."""
        lane = self.lane
        linear = lane is not None and self.config.model == "linear"
        limit = lane.loss.stable_learning_rate if lane is not None and linear else None
        return ready_entries(key, self.config, limit)

    def load_ready_race(self, key: str) -> Problem | None:
        return self.load_race(self.ready_race(key), selected=0)

    def add_run(self, label: str) -> bool:
        """A copy of the selected run, in the first colour not in use."""
        if len(self.entries) >= MAX_RUNS:
            return False
        used = {e.color for e in self.entries}
        color = next(c for c in PALETTE if c not in used)
        index = len(self.entries)
        self.load_race([*self.entries, RaceEntry(self.config, label, color)], selected=index)
        return True

    def remove_run(self) -> bool:
        if len(self.entries) <= 1:
            return False
        entries = [e for i, e in enumerate(self.entries) if i != self.selected]
        self.load_race(entries, selected=max(0, self.selected - 1))
        return True

    def select(self, lane: int) -> bool:
        """Make run ``lane`` the selected one (readouts, panel and log follow it)."""
        if not 0 <= lane < len(self.entries) or lane == self.selected:
            return False
        self.selected = lane
        self._shown_selected = lane
        self.redraw()
        self.events.emit(Event.SELECTION_CHANGED, lane)
        return True

    def set_visible(self, lane: int, on: bool) -> None:
        if lane < len(self.lanes):
            self.lanes[lane].visible = on
        self.redraw()
        self.events.emit(Event.VISIBILITY_CHANGED, lane, on)

    def set_target(self, target: float | None) -> None:
        """Count the race table's 'to target' to ``target`` (None: the default)."""
        self.target = target
        for lane in self.lanes:
            lane.retarget(target)
        self.events.emit(Event.TARGET_CHANGED, target)

    def start_at(self, w0: float, w1: float) -> tuple[float, float]:
        """Start every run from (w0, w1) (rounded to 4 digits), from update 0."""
        w0, w1 = float(f"{w0:.4g}"), float(f"{w1:.4g}")
        self.load_race(with_start(self.entries, (w0, w1)))
        return w0, w1

    def toggle_run(self) -> None:
        if self.state is RunState.LOADING:
            self.queued.toggle_run()
            return
        # Decide from what was last asked, not from the acknowledged state, so a
        # quick second press pauses a run whose start is still on its way.
        if self.run_requested:
            self.pause()
        else:
            self.run_requested = True
            self.backend.start()

    def pause(self) -> None:
        self.run_requested = False
        self.backend.pause()

    def step(self, count: int = 1) -> None:
        """``count`` updates now (0: to the end of the current epoch); while a race
        loads, as soon as it is ready."""
        if self.state is RunState.LOADING:
            self.queued.step(count)
            return
        self.backend.step(count)

    def reset(self) -> None:
        self.load(self.config)

    def set_learning_rate(self, learning_rate: float) -> None:
        """A new rate for the selected run, from its next update on."""
        self.entries[self.selected] = replace(
            self.entries[self.selected],
            config=replace(self.config, learning_rate=learning_rate),
        )
        self.backend.set_learning_rate(learning_rate, self.selected)
        lane = self.lane
        if lane is not None:
            lane.learning_rate = learning_rate
        self.events.emit(Event.RATE_CHANGED, self.selected, learning_rate)

    def set_speed(self, updates_per_second: float) -> None:
        self.backend.set_speed(updates_per_second)

    def stable_rates(self) -> list[float | None]:
        """After a divergence, a rate for each diverged run (see ``Lane.suggested_rate``);
        None for the others."""
        return [lane.suggested_rate() if lane.diverged else None for lane in self.lanes]

    def use_stable_rates(self) -> list[float | None]:
        """Give each diverged run its stable rate, then start the race afresh."""
        if self.loaded is None:
            return []
        rates = self.stable_rates()
        entries = list(self.entries)
        for i, rate in enumerate(rates):
            if rate is not None:
                entries[i] = replace(
                    entries[i], config=replace(entries[i].config, learning_rate=rate)
                )
        self.load_race(entries)
        return rates

    def redraw(self) -> None:
        """Every path is drawn again at the next frame."""
        for lane in self.lanes:
            lane.drawn = -1

    # -- what the runtime reports --------------------------------------------------------
    def on_loaded(self, loaded: LoadedRace) -> None:
        self.loaded = loaded
        self._shown_selected = self.selected
        # ``entries`` stays as last asked (a rate set while this race loaded is kept).
        if len(self.entries) != len(loaded.runs):
            self.entries = list(loaded.entries)
        self.selected = min(self.selected, len(self.entries) - 1)
        self.lanes = [Lane(facts, self.target) for facts in loaded.runs]
        self._race_view = RaceView(loaded, self.lanes)
        for lane, entry in zip(self.lanes, self.entries, strict=True):
            lane.learning_rate = entry.config.learning_rate
        self.cursor = None
        self.events.emit(Event.LOADED)
        self._set_state(RunState.READY)
        self.timeline.loaded()
        steps, run = self.queued.take()
        for count in steps:
            self.backend.step(count)
        if run:
            self.toggle_run()

    def on_records(self, block: RecordBlock) -> None:
        if self.loaded is None or block.run_id != self.loaded.run_id:
            return  # from a run that has since been replaced
        lane = self.lanes[block.lane]
        lane.take(block)
        if block.stop_reason == STOP_DIVERGED and len(self.lanes) > 1:
            self.events.emit(Event.LANE_DIVERGED, block.lane)
        self.events.emit(Event.RECORDS_ARRIVED, block.lane)

    def on_started(self, run_id: int) -> None:
        if run_id == self.run_id and self.loaded is not None:
            self._set_state(RunState.RUNNING)

    def on_paused(self, run_id: int, step: int) -> None:
        if run_id == self.run_id and self.loaded is not None:
            self._set_state(RunState.PAUSED)
            self.timeline.paused(step)

    def on_finished(self, run_id: int, reason: str) -> None:
        if self.loaded is None or run_id != self.loaded.run_id:
            return
        self.run_requested = False
        self.timeline.stopped()
        self.events.emit(Event.FINISHED, reason)
        lane = self.lane
        diverged = lane is not None and lane.diverged
        self._set_state(RunState.DIVERGED if diverged else RunState.FINISHED)

    def on_engine_failed(self, failure: Problem) -> None:
        """The engine stopped: what is drawn stays; only Reset goes on."""
        self.run_requested = False
        self.queued.clear()
        self.timeline.stopped()
        self.events.emit(Event.ENGINE_FAILED, failure)
        self._set_state(RunState.FAILED)

    def on_load_failed(self, problems: Sequence[Problem]) -> None:
        self.queued.clear()  # asked of a race that will not come
        if self.loaded is not None:  # the current race goes on; so do its configs
            self.entries = [
                replace(e, config=replace(e.config, learning_rate=lane.learning_rate))
                for e, lane in zip(self.loaded.entries, self.lanes, strict=True)
            ]
        self.timeline.stopped()
        reverted = False
        if self.loaded is not None and self.selected != self._shown_selected:
            # A new race that did not load: back to the run the table shows.
            self.selected = min(self._shown_selected, len(self.entries) - 1)
            reverted = True
        self.events.emit(Event.LOAD_FAILED, list(problems), reverted)
        # After the engine stopped, only Reset helps, whatever this failure was.
        self._set_state(RunState.FAILED if self.state == RunState.FAILED else self.resting_state())

    # -- state -----------------------------------------------------------------------------
    def resting_state(self) -> RunState:
        """The state of a loaded race that is not running."""
        lane = self.lane
        if lane is None or self.loaded is None:
            return RunState.LOADING
        if all(other.finished for other in self.lanes):
            return RunState.DIVERGED if lane.diverged else RunState.FINISHED
        return RunState.PAUSED if any(other.received for other in self.lanes) else RunState.READY

    @property
    def run_state(self) -> RunState:
        """The state as the selected run sees it: diverged once it has, while a race's
        other runs go on or after they have finished."""
        lane = self.lane
        if lane is not None and lane.diverged and self.state in _STOPPABLE:
            return RunState.DIVERGED
        return self.state

    def _set_state(self, state: RunState) -> None:
        self.state = state
        self.events.emit(Event.STATE_CHANGED, state)

    # -- what the views draw -------------------------------------------------------------
    def paths(self, changed_only: bool = True) -> list[PathData]:
        """Each run's path up to the update shown; with ``changed_only``, only those
        with something new since the last call (the selected run always)."""
        steps = [self.shown_step(lane) for lane in self.lanes]
        return race_paths(self.lanes, steps, self.selected, changed_only)

    def readout(self) -> ReadoutData | None:
        lane = self.lane
        return None if lane is None else readout(lane, self.shown_step(lane))

    def arrows(self) -> list[ArrowData]:
        """Arrows at each visible run's point shown."""
        out = []
        for i, lane in enumerate(self.lanes):
            if lane.visible:
                data = arrow(lane, i, self.shown_step(lane))
                if data is not None:
                    out.append(data)
        return out

    def weights_shown(self) -> list[tuple[float, float]]:
        """Every run's weights at the update shown (for the data view's fits)."""
        return [lane.weights_at(self.shown_step(lane)) for lane in self.lanes]
