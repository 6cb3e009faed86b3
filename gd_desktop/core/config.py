"""The experiment config: one typed, JSON-serialisable description of a run.

Validation collects every bad field as a ``Problem`` named by its dotted path, so
a user who edits a file by hand sees all mistakes at once. The parts (data,
batching, rule, schedule) are in ``settings``, their checks in ``validation``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from gd_desktop.core.bounds import BUDGETS, MAX_UPDATES, POSITIVE, SEEDS, is_finite
from gd_desktop.core.config_json import build, dumps, parse
from gd_desktop.core.files import FileProblem, read_text, write_text
from gd_desktop.core.memory import memory_problem
from gd_desktop.core.problems import Problem, ProblemError, problem
from gd_desktop.core.rules import OPTIMIZERS, RULE_SETTINGS
from gd_desktop.core.schedules import SCHEDULE_SETTINGS, SCHEDULES
from gd_desktop.core.settings import (
    DATA_SOURCES,
    MAX_SAMPLES,
    METHODS,
    ORDERS,
    BatchConfig,
    DataConfig,
    OptimizerConfig,
    ScheduleConfig,
)
from gd_desktop.core.validation import (
    batching_problems,
    data_problems,
    family_problems,
    optimizer_problems,
    schedule_problems,
)

__all__ = [
    "BUDGET_UNITS",
    "CONFIG_VERSION",
    "DATA_SOURCES",
    "DEFAULT_MAX_UPDATES",
    "MAX_SAMPLES",
    "METHODS",
    "OPTIMIZERS",
    "ORDERS",
    "RULE_SETTINGS",
    "SCHEDULES",
    "SCHEDULE_SETTINGS",
    "TOLERANCE_TARGETS",
    "BatchConfig",
    "ConfigError",
    "DataConfig",
    "ExperimentConfig",
    "OptimizerConfig",
    "ScheduleConfig",
    "batch_size_at",
    "beside",
    "json_problem",
    "json_text",
    "natural_order",
    "optimizer_problems",
    "read_json",
    "schedule_problems",
    "total_updates",
    "updates_per_epoch",
    "validate",
    "with_method",
]

BUDGET_UNITS = ("updates", "epochs")
TOLERANCE_TARGETS = ("mse", "grad")
DEFAULT_MAX_UPDATES = 10_000_000
CONFIG_VERSION = 1


class ConfigError(ProblemError):
    """A config with one or more bad fields; ``problems`` lists them all."""


def json_problem(exc: json.JSONDecodeError) -> Problem:
    """Text that is not JSON, with the parser's reason and the line."""
    return problem("json", message=exc.msg, line=exc.lineno)


def read_json(text: str) -> Any:
    """The value of a file's JSON text (see ``config_json.parse``), or ConfigError."""
    try:
        return parse(text)
    except ProblemError as exc:
        raise ConfigError(exc.problems) from None


def json_text(value: Any) -> str:
    """Standard JSON for a file; FileProblem (``not_json_number``) for NaN or infinity."""
    try:
        return dumps(value)
    except ProblemError as exc:
        raise FileProblem(exc.problems) from None


@dataclass(frozen=True)
class ExperimentConfig:
    """Dataset, batch scheme, hyperparameters, budget and seed of one run."""

    data: DataConfig = field(default_factory=DataConfig)
    batching: BatchConfig = field(default_factory=BatchConfig)
    optimizer: OptimizerConfig = field(default_factory=OptimizerConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    learning_rate: float = 2e-5
    budget: int = 500
    budget_unit: str = "updates"
    init: tuple[float, float] = (1.0, 1.0)
    seed: int = 0
    tolerance: float | None = None
    tolerance_on: str = "mse"
    max_updates: int = DEFAULT_MAX_UPDATES
    # The loss family (names as on the command line; see ``families``).
    model: str = "linear"
    surface: str = ""
    grad_noise: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of JSON types (tuples become lists)."""
        out = asdict(self)
        out["version"] = CONFIG_VERSION
        return _lists(out)

    def to_json(self) -> str:
        """The config as standard JSON (FileProblem if a value is NaN or infinite)."""
        return json_text(self.to_dict())

    def save(self, path: str | Path) -> None:
        """Write the config to ``path`` atomically (FileProblem if that fails)."""
        write_text(path, self.to_json() + "\n")

    @classmethod
    def from_dict(cls, raw: Any) -> ExperimentConfig:
        """Build and validate a config; raises ConfigError naming every bad field."""
        problems: list[Problem] = []
        config = build(cls, raw, _NESTED, CONFIG_VERSION, problems)
        if config is not None:
            # Fields with a bad type kept their (valid) defaults, so the range checks
            # still report every other bad field.
            problems.extend(validate(config))
        if problems or config is None:
            raise ConfigError(problems or [problem("object")])
        return config

    @classmethod
    def from_json(cls, text: str) -> ExperimentConfig:
        return cls.from_dict(read_json(text))

    @classmethod
    def load(cls, path: str | Path) -> ExperimentConfig:
        """The config in a file; a relative data path is taken from the file's folder."""
        try:
            text = read_text(path)
        except FileProblem as exc:
            raise ConfigError(exc.problems) from None
        return beside(cls.from_json(text), path)


def beside(config: ExperimentConfig, path: str | Path) -> ExperimentConfig:
    """``config`` with a relative CSV path made relative to the folder of ``path`` (the
    experiment file it was read from), not to the current folder."""
    data_path = config.data.path
    if not data_path or os.path.isabs(data_path):
        return config
    folder = os.path.dirname(os.path.abspath(path))
    return replace(config, data=replace(config.data, path=os.path.join(folder, data_path)))


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_lists(v) for v in value]
    return value


_NESTED = {
    "data": DataConfig,
    "batching": BatchConfig,
    "optimizer": OptimizerConfig,
    "schedule": ScheduleConfig,
}


def updates_per_epoch(config: ExperimentConfig, rows: int | None = None) -> int:
    """Updates in one pass over ``rows`` rows (default: the generator's; 1 for full batch)."""
    return config.batching.updates_per_epoch(config.data.samples if rows is None else rows)


def batch_size_at(config: ExperimentConfig, rows: int, step: int) -> int:
    """Rows in update ``step``'s batch (from 1) on data of ``rows`` rows."""
    return config.batching.batch_size_at(rows, step)


def total_updates(config: ExperimentConfig, rows: int | None = None) -> int:
    """The budget in updates, whatever its unit."""
    if config.budget_unit == "epochs":
        return config.budget * updates_per_epoch(config, rows)
    return config.budget


def validate(config: ExperimentConfig, rows: int | None = None) -> list[Problem]:
    """Every problem with a config's values, each named by its field.

    ``rows`` is the number of rows when the data are known (an imported file);
    otherwise the generator's ``samples`` is used, and for a CSV source the checks
    that need the row count wait until the file is read.
    """
    if rows is None and config.data.source != "csv":
        rows = config.data.samples
    p = data_problems(config.data)
    p += batching_problems(config.batching, rows)
    p += POSITIVE.check("learning_rate", config.learning_rate)
    if config.budget_unit not in BUDGET_UNITS:
        p.append(problem("choice", "budget_unit", choices=BUDGET_UNITS))
    p += BUDGETS.check("budget", config.budget)
    p += MAX_UPDATES.check("max_updates", config.max_updates)
    if not all(is_finite(v) for v in config.init):
        p.append(problem("start_finite", "init", value=list(config.init)))
    p += SEEDS.check("seed", config.seed)
    tol = config.tolerance
    if tol is not None and not POSITIVE.contains(tol):
        p.append(problem("positive_or_null", "tolerance", value=tol))
    if config.tolerance_on not in TOLERANCE_TARGETS:
        p.append(problem("choice", "tolerance_on", choices=TOLERANCE_TARGETS))
    p += optimizer_problems(config.optimizer)
    p += family_problems(config)
    updates = total_updates(config, rows) if rows is not None and not p else None
    p += schedule_problems(config.schedule, updates)
    if not p and updates is not None and updates > config.max_updates:
        p.append(problem("budget_cap", "budget", updates=updates, cap=config.max_updates))
    if not p and updates is not None and rows is not None:
        too_much = memory_problem(updates, rows)
        p += [too_much] if too_much is not None else []
    return p


def natural_order(method: str) -> str:
    """The usual sampling order for a method: SGD draws with replacement."""
    return "replace" if method == "sgd" else "in-order"


def with_method(config: ExperimentConfig, method: str) -> ExperimentConfig:
    """Switch the batch method, taking that method's usual order."""
    if method == config.batching.method:
        return config
    batching = replace(config.batching, method=method, order=natural_order(method))
    return replace(config, batching=batching)
