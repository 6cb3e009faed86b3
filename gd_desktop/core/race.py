"""Races: up to six runs on one dataset, advanced in lockstep, with live summaries.

Every run of a race uses the data, seed and start of the first, and each run's
records equal those of the same config run on its own (``Run(shared=...)``
reuses the data and the random stream as it was after the data were made).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from gd_desktop.core.config import (
    CONFIG_VERSION,
    BatchConfig,
    ConfigError,
    ExperimentConfig,
    OptimizerConfig,
    ScheduleConfig,
    beside,
    json_text,
    read_json,
)
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.family_run import AnyRun, new_run
from gd_desktop.core.files import FileProblem, read_text
from gd_desktop.core.objective import MINIMUM, lowest_minimum
from gd_desktop.core.presets import PRESETS
from gd_desktop.core.problems import Fact, Problem, problem
from gd_desktop.core.run import STOP_DIVERGED, Run

MAX_RUNS = 6
# Distinct on a dark background, and told apart by most colour-blind viewers.
PALETTE = ("#ff991a", "#4cc3ff", "#b5e853", "#ff5fa2", "#c792ea", "#f2f2f2")
# Updates each run does before the next run takes its turn (the lockstep grain).
LOCKSTEP_UPDATES = 128
# "Updates to target": until the MSE above the optimum is this fraction of the start's.
TARGET_FRACTION = 1e-3
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class RaceEntry:
    """One run of a race: its config, its name in legends and its colour (#rrggbb).

    ``name``, for the runs of ready-made races, is what the label stands for, as a
    fact the UI can translate (``ready_run``, ``sweep_run``); files keep ``label``.
    """

    config: ExperimentConfig
    label: str
    color: str
    name: Fact | None = field(default=None, compare=False)
    own_start: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "label": self.label,
            "color": self.color,
            "config": self.config.to_dict(),
        }
        if self.own_start:
            out["own_start"] = True
        return out


def aligned(entries: Sequence[RaceEntry]) -> list[RaceEntry]:
    """The entries with the first one's landscape (family, data, seed) and start; a run
    with ``own_start`` keeps its own start (a race from two basins)."""
    base = entries[0].config
    return [
        replace(
            e,
            config=replace(
                e.config,
                data=base.data,
                seed=base.seed,
                model=base.model,
                surface=base.surface,
                grad_noise=base.grad_noise,
                init=e.config.init if e.own_start else base.init,
            ),
        )
        for e in entries
    ]


def with_start(entries: Sequence[RaceEntry], start: tuple[float, float]) -> list[RaceEntry]:
    """Every run started at ``start`` (a click on a view): no run keeps its own start."""
    return [replace(e, own_start=False, config=replace(e.config, init=start)) for e in entries]


def race_to_json(entries: Sequence[RaceEntry]) -> str:
    """A race file's text (FileProblem if a value is NaN or infinite)."""
    return json_text({"version": CONFIG_VERSION, "race": [e.to_dict() for e in entries]})


def race_from_json(text: str) -> list[RaceEntry]:
    """Entries from a race file, or a one-run race from a plain experiment file."""
    raw = read_json(text)
    if not (isinstance(raw, dict) and "race" in raw):
        return [RaceEntry(ExperimentConfig.from_dict(raw), "Run 1", PALETTE[0])]
    items = raw["race"]
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_RUNS:
        raise ConfigError([problem("race_list", "race", high=MAX_RUNS)])
    entries: list[RaceEntry] = []
    problems: list[Problem] = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("config"), dict):
            problems.append(problem("race_entry", f"race[{i}]"))
            continue
        try:
            config = ExperimentConfig.from_dict(item["config"])
        except ConfigError as exc:
            problems.extend(p.within(f"race[{i}].") for p in exc.problems)
            continue
        label = item.get("label", f"Run {i}")
        color = item.get("color", PALETTE[(i - 1) % len(PALETTE)])
        own_start = item.get("own_start", False)
        if not isinstance(label, str) or not _is_color(color) or not isinstance(own_start, bool):
            problems.append(problem("race_label", f"race[{i}]"))
            continue
        entries.append(RaceEntry(config, label, color, own_start=own_start))
    if problems:
        raise ConfigError(problems)
    return aligned(entries)


def load_race(path: str | Path) -> list[RaceEntry]:
    try:
        text = read_text(path)
    except FileProblem as exc:
        raise ConfigError(exc.problems) from None
    # The runs share the first one's data, so one relative path to resolve.
    entries = race_from_json(text)
    return [replace(e, config=beside(e.config, path)) for e in entries]


def _is_color(value: Any) -> bool:
    """``#rrggbb`` with six hexadecimal digits (no sign, no spaces)."""
    return isinstance(value, str) and _COLOR.fullmatch(value) is not None


class Race:
    """Runs advanced together: after each lockstep pass every run still going has
    done the same number of updates; a run that stops stays put while the others go on."""

    def __init__(self, entries: Sequence[RaceEntry], dataset: Dataset | None = None):
        if not 1 <= len(entries) <= MAX_RUNS:
            raise ConfigError([problem("race_size", "race", high=MAX_RUNS, value=len(entries))])
        self.entries = aligned(entries)
        self.runs: list[AnyRun] = []
        for i, entry in enumerate(self.entries, start=1):
            try:
                shared = self.runs[0] if self.runs else None
                self.runs.append(new_run(entry.config, dataset, shared=shared))
            except ConfigError as exc:
                if len(self.entries) == 1:
                    raise
                raise ConfigError([p.in_run(i, entry.label) for p in exc.problems]) from None

    @property
    def finished(self) -> bool:
        return all(run.finished for run in self.runs)

    @property
    def step(self) -> int:
        """The lockstep update index: updates done by the runs still going."""
        return max(run.step for run in self.runs)

    def advance(self, count: int, deadline: float | None = None) -> int:
        """Up to ``count`` lockstep updates; stop early at ``deadline``. Returns how many."""
        done = 0
        while done < count and not self.finished:
            take = min(count - done, LOCKSTEP_UPDATES)
            before = self.step
            for run in self.runs:
                if not run.finished:
                    run.advance(take)
            # fewer than ``take`` when the last runs going stop within this pass
            done += self.step - before
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return done

    def set_learning_rate(self, lane: int, rate: float) -> None:
        """A new rate for run ``lane`` from its next update on."""
        self.runs[lane].set_learning_rate(rate)

    def updates_to_epoch_end(self) -> int:
        """Lockstep updates until the first running run ends an epoch."""
        going = [run.updates_to_epoch_end() for run in self.runs if not run.finished]
        return min(going) if going else 0

    def run_to_end(self) -> None:
        while not self.finished:
            self.advance(1 << 20)


def optimum_loss(run: Any) -> float | None:
    """The loss of the lowest known minimum (a run or its facts); for separable classes,
    which have none, their infimum 0; None where nothing is known."""
    lowest = lowest_minimum(run.objective)
    if lowest is not None:
        return lowest.loss
    return 0.0 if getattr(run.objective, "separable", False) else None


def lowest_minima(objective: Any) -> list[tuple[float, float]]:
    """The weights of the lowest known minimum and of any other as low (a surface's
    symmetric minima): the distance column counts to the nearest of them."""
    lowest = lowest_minimum(objective)
    if lowest is None:
        return []
    tie = lowest.loss + 1e-9 * max(1.0, abs(lowest.loss))
    return [p.weights for p in objective.critical_points() if p.kind == MINIMUM and p.loss <= tie]


def target_mse(run: Any) -> float:
    """The loss the "updates to target" column counts to (TARGET_FRACTION of the way
    from the start's excess over the lowest known minimum); -inf where none is known."""
    best = optimum_loss(run)
    if best is None:
        return -math.inf
    return best + TARGET_FRACTION * max(run.start_mse - best, 0.0)


@dataclass(frozen=True)
class RunSummary:
    """A run's standing: the columns of the race table."""

    step: int
    final_mse: float
    best_mse: float
    best_step: int
    to_target: int | None
    distance: float
    diverged: bool
    stop_reason: str | None


class SummaryTracker:
    """Builds a RunSummary from record blocks in order (the window's live table and
    ``summarize`` share it, so the two agree exactly)."""

    def __init__(self, run: Any, target: float | None = None):
        self.target = target_mse(run) if target is None else float(target)
        self._optima = lowest_minima(run.objective)
        self.step = 0
        self.mse = run.start_mse
        self.weights = run.start_weights
        self.best = (math.inf, 0)
        self.to_target: int | None = 0 if run.start_mse <= self.target else None
        self.stop_reason: str | None = None

    def add(self, rows: np.ndarray) -> None:
        """Rows of consecutive records (shape (fields, k)), continuing the last ones."""
        if rows.shape[1] == 0:
            return
        mse = rows[4]
        j = int(np.argmin(mse))
        if mse[j] < self.best[0]:
            self.best = (float(mse[j]), int(rows[0, j]))
        if self.to_target is None:
            hits = np.flatnonzero(mse <= self.target)
            if hits.size:
                self.to_target = int(rows[0, hits[0]])
        self.step = int(rows[0, -1])
        self.mse = float(mse[-1])
        self.weights = (float(rows[2, -1]), float(rows[3, -1]))

    def summary(self) -> RunSummary:
        w0, w1 = self.weights
        distances = [math.hypot(w0 - o0, w1 - o1) for o0, o1 in self._optima]
        return RunSummary(
            step=self.step,
            final_mse=self.mse,
            best_mse=self.best[0],
            best_step=self.best[1],
            to_target=self.to_target,
            distance=min(distances, default=math.nan),
            diverged=self.stop_reason == STOP_DIVERGED,
            stop_reason=self.stop_reason,
        )


def summarize(run: Any, target: float | None = None) -> RunSummary:
    """The summary of every record a run has made (``target``: the MSE counted to;
    default TARGET_FRACTION of the way from the start's excess)."""
    tracker = SummaryTracker(run, target)
    tracker.add(run.records.rows(0, run.step))
    tracker.stop_reason = run.stop_reason
    return tracker.summary()


# -- ready-made races ---------------------------------------------------------------------
# The labels ready-made runs keep in files, by the key of their ``ready_run`` name.
READY_RUN_LABELS = {
    "batch": "Batch",
    "sgd": "SGD",
    "minibatch": "Mini-batch",
    "gd": "GD",
    "momentum": "Momentum",
    "adam": "Adam",
    "left": "Left start",
    "right": "Right start",
}


def _entry(config: ExperimentConfig, key: str, index: int) -> RaceEntry:
    name = problem("ready_run", key=key)
    return RaceEntry(config, READY_RUN_LABELS[key], PALETTE[index], name)


def sweep_label(factor: float) -> str:
    """The label a sweep's run keeps in files: "0.5 x limit"."""
    return f"{factor:g} x limit"


def blog_race() -> list[RaceEntry]:
    """The blog's three batch schemes on its data."""
    return [
        _entry(PRESETS["blog-batch"], "batch", 0),
        _entry(PRESETS["blog-sgd"], "sgd", 1),
        _entry(PRESETS["blog-minibatch"], "minibatch", 2),
    ]


def optimizer_race() -> list[RaceEntry]:
    """Plain descent, Momentum and Adam, full batch, each at a rate that suits it."""
    base = PRESETS["blog-batch"]
    return [
        _entry(base, "gd", 0),
        _entry(replace(base, optimizer=OptimizerConfig(name="momentum")), "momentum", 1),
        _entry(replace(base, optimizer=OptimizerConfig(name="adam"), learning_rate=1.0), "adam", 2),
    ]


def sweep_race(base: ExperimentConfig | None = None, limit: float | None = None) -> list[RaceEntry]:
    """Plain full-batch descent at 0.5x, 1x and 1.5x the stable limit 2/lambda_max.

    ``limit`` is that limit for ``base``'s data (computed here when not given).
    """
    base = replace(
        base or PRESETS["blog-batch"],
        batching=BatchConfig(),
        optimizer=OptimizerConfig(),
        schedule=ScheduleConfig(),
    )
    if limit is None:
        limit = Run(base).loss.stable_learning_rate
    if not math.isfinite(limit):  # a flat loss: any rate is stable
        limit = base.learning_rate
    return [
        RaceEntry(
            replace(base, learning_rate=f * limit),
            sweep_label(f),
            PALETTE[i],
            problem("sweep_run", factor=f),
        )
        for i, f in enumerate((0.5, 1.0, 1.5))
    ]


READY_RACES = {
    "blog": ("Batch vs SGD vs mini-batch (blog)", blog_race),
    "optimizers": ("GD vs Momentum vs Adam", optimizer_race),
    "sweep": ("Learning-rate sweep (0.5x, 1x, 1.5x the limit)", sweep_race),
}
