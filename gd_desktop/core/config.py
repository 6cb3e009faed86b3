"""The experiment config: one typed, JSON-serialisable description of a run.

Validation collects every bad field, each named by its dotted path, so a user
who edits a file by hand sees all mistakes at once.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

DATA_SOURCES = ("blog", "line", "csv")
METHODS = ("batch", "sgd", "minibatch")
ORDERS = ("in-order", "shuffle", "replace")
BUDGET_UNITS = ("updates", "epochs")
TOLERANCE_TARGETS = ("mse", "grad")
OPTIMIZERS = ("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
SCHEDULES = ("constant", "step", "exponential", "inverse-time", "cosine")
# The settings each update rule and each schedule uses (the others are ignored).
RULE_SETTINGS: dict[str, tuple[str, ...]] = {
    "gd": (),
    "momentum": ("beta",),
    "nesterov": ("beta",),
    "adagrad": ("eps",),
    "rmsprop": ("rho", "eps"),
    "adam": ("beta1", "beta2", "eps", "bias_correction"),
}
SCHEDULE_SETTINGS: dict[str, tuple[str, ...]] = {
    "constant": (),
    "step": ("step_size", "gamma"),
    "exponential": ("exp_gamma",),
    "inverse-time": ("decay",),
    "cosine": ("min_factor",),
}
DEFAULT_MAX_UPDATES = 10_000_000
MAX_SAMPLES = 50_000_000
CONFIG_VERSION = 1


class ConfigError(ValueError):
    """A config with one or more bad fields; ``problems`` lists them all."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class DataConfig:
    """Where the rows come from: the blog's generator, a line fit or a CSV file.

    ``noise``, ``outlier_fraction`` and ``outlier_size`` apply to the generators;
    ``standardize`` (z-scored features) to every source.
    """

    source: str = "blog"
    samples: int = 100
    scale: float = 12.0
    true_weights: tuple[float, float] = (2.0, -30.0)
    slope: float = 2.0
    intercept: float = 5.0
    noise: float = 0.0
    outlier_fraction: float = 0.0
    outlier_size: float = 0.0
    standardize: bool = False
    path: str = ""
    target: str = ""
    feature0: str = ""
    feature1: str = ""
    add_intercept: bool = False


@dataclass(frozen=True)
class BatchConfig:
    """Which rows each update sees, and how its gradient is scaled."""

    method: str = "batch"
    batch_size: int = 30
    order: str = "in-order"
    drop_last: bool = False
    blog_scaling: bool = False


@dataclass(frozen=True)
class OptimizerConfig:
    """The update rule and its hyperparameters, in the forms ``torch.optim`` uses.

    ``beta`` is the momentum of Momentum and Nesterov; ``rho`` the decay of
    RMSProp's average of squares (torch calls it alpha); ``beta1`` and ``beta2``
    Adam's decays; ``eps`` is added after the square root.
    """

    name: str = "gd"
    beta: float = 0.9
    rho: float = 0.99
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    bias_correction: bool = True


@dataclass(frozen=True)
class ScheduleConfig:
    """How the learning rate changes with the update index k (1 for the first update).

    constant: lr. step: lr * gamma^floor((k-1)/step_size). exponential:
    lr * gamma^(k-1). inverse-time: lr / (1 + decay*(k-1)). cosine: from lr down
    towards min_factor*lr over the budget T: lr*(m + (1-m)*(1 + cos(pi*(k-1)/T))/2).
    """

    kind: str = "constant"
    step_size: int = 100
    gamma: float = 0.5
    exp_gamma: float = 0.99
    decay: float = 0.01
    min_factor: float = 0.0


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

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of JSON types (tuples become lists)."""
        out = asdict(self)
        out["version"] = CONFIG_VERSION
        return _lists(out)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, raw: Any) -> ExperimentConfig:
        """Build and validate a config; raises ConfigError naming every bad field."""
        problems: list[str] = []
        config = _build(cls, raw, "", problems)
        if config is not None:
            # Fields with a bad type kept their (valid) defaults, so the range checks
            # still report every other bad field.
            problems.extend(validate(config))
        if problems or config is None:
            raise ConfigError(problems or ["config: not an object"])
        return config

    @classmethod
    def from_json(cls, text: str) -> ExperimentConfig:
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError([f"not valid JSON: {exc.msg} (line {exc.lineno})"]) from None
        return cls.from_dict(raw)

    @classmethod
    def load(cls, path: str | Path) -> ExperimentConfig:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError([f"cannot read {path}: {exc}"]) from None
        return cls.from_json(text)


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


def _build(cls: type, raw: Any, prefix: str, problems: list[str]) -> Any:
    if not isinstance(raw, dict):
        problems.append(f"{prefix.rstrip('.') or 'config'}: expected an object")
        return None
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{prefix}{key}"
        if key == "version" and not prefix:
            if value != CONFIG_VERSION:
                problems.append(f"version: expected {CONFIG_VERSION}, got {value!r}")
            continue
        if key not in known:
            problems.append(f"{name}: unknown key")
            continue
        if key in _NESTED and not prefix:
            values[key] = _build(_NESTED[key], value, f"{key}.", problems)
            continue
        default = getattr(cls(), key)
        converted = _convert(value, default, key, name, problems)
        if converted is not _BAD:
            values[key] = converted
    if any(v is None and k in _NESTED for k, v in values.items()):
        return None
    return replace(cls(), **values)


_BAD = object()
_OPTIONAL_FLOATS = {"tolerance"}


def _convert(value: Any, default: Any, key: str, name: str, problems: list[str]) -> Any:
    """Check a JSON value against the type of the field's default."""
    if key in _OPTIONAL_FLOATS and value is None:
        return None
    if isinstance(default, bool):
        ok = isinstance(value, bool)
        kind = "true or false"
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
        kind = "an integer"
    elif isinstance(default, float) or key in _OPTIONAL_FLOATS:
        ok = isinstance(value, int | float) and not isinstance(value, bool) and _fits(value)
        kind = "a number within float range"
        value = float(value) if ok else value
    elif isinstance(default, str):
        ok = isinstance(value, str)
        kind = "a string"
    elif isinstance(default, tuple):
        ok = (
            isinstance(value, list | tuple)
            and len(value) == 2
            and all(
                isinstance(v, int | float) and not isinstance(v, bool) and _fits(v) for v in value
            )
        )
        kind = "a list of two numbers"
        value = (float(value[0]), float(value[1])) if ok else value
    else:  # pragma: no cover - every field has one of the types above
        ok, kind = False, "a known type"
    if not ok:
        problems.append(f"{name}: expected {kind}, got {value!r}")
        return _BAD
    return value


def _fits(value: float) -> bool:
    """Whether a JSON number converts to a float (a huge integer overflows)."""
    try:
        float(value)
    except OverflowError:
        return False
    return True


def _finite(x: float) -> bool:
    return isinstance(x, int | float) and math.isfinite(x)


def updates_per_epoch(config: ExperimentConfig, rows: int | None = None) -> int:
    """Updates in one pass over ``rows`` rows (default: the generator's; 1 for full batch)."""
    n = config.data.samples if rows is None else rows
    b = config.batching
    if b.method == "batch":
        return 1
    size = 1 if b.method == "sgd" else b.batch_size
    if b.drop_last:
        return max(1, n // size)
    return -(-n // size)


def total_updates(config: ExperimentConfig, rows: int | None = None) -> int:
    """The budget in updates, whatever its unit."""
    if config.budget_unit == "epochs":
        return config.budget * updates_per_epoch(config, rows)
    return config.budget


def validate(config: ExperimentConfig, rows: int | None = None) -> list[str]:
    """Every problem with a config's values, each named by its field.

    ``rows`` is the number of rows when the data are known (an imported file);
    otherwise the generator's ``samples`` is used, and for a CSV source the checks
    that need the row count wait until the file is read.
    """
    p: list[str] = []
    d, b = config.data, config.batching
    if rows is None and d.source != "csv":
        rows = d.samples
    if d.source not in DATA_SOURCES:
        p.append(f"data.source: must be one of {', '.join(DATA_SOURCES)}, got {d.source!r}")
    if not 2 <= d.samples <= MAX_SAMPLES:
        p.append(f"data.samples: must be between 2 and {MAX_SAMPLES}, got {d.samples}")
    if not (_finite(d.scale) and d.scale > 0):
        p.append(f"data.scale: must be a finite number > 0, got {d.scale}")
    if not all(_finite(v) for v in d.true_weights):
        p.append(f"data.true_weights: must be finite, got {list(d.true_weights)}")
    for key in ("slope", "intercept"):
        if not _finite(getattr(d, key)):
            p.append(f"data.{key}: must be finite, got {getattr(d, key)}")
    if not (_finite(d.noise) and d.noise >= 0):
        p.append(f"data.noise: must be a finite number >= 0, got {d.noise}")
    if not (_finite(d.outlier_fraction) and 0 <= d.outlier_fraction <= 1):
        p.append(f"data.outlier_fraction: must be between 0 and 1, got {d.outlier_fraction}")
    if not (_finite(d.outlier_size) and d.outlier_size >= 0):
        p.append(f"data.outlier_size: must be a finite number >= 0, got {d.outlier_size}")
    if d.source == "csv":
        if not d.path:
            p.append("data.path: a CSV source needs the file's path")
        if not d.target:
            p.append("data.target: a CSV source needs the target column")
        if not d.feature0:
            p.append("data.feature0: a CSV source needs a feature column")
        if bool(d.feature1) == d.add_intercept:
            p.append("data.feature1: give a second feature column, or set add_intercept")
    if b.method not in METHODS:
        p.append(f"batching.method: must be one of {', '.join(METHODS)}, got {b.method!r}")
    if b.order not in ORDERS:
        p.append(f"batching.order: must be one of {', '.join(ORDERS)}, got {b.order!r}")
    if b.method == "minibatch" and rows is not None and not 1 <= b.batch_size <= rows:
        p.append(
            f"batching.batch_size: must be between 1 and the number of rows "
            f"({rows}), got {b.batch_size}"
        )
    elif b.batch_size < 1:
        p.append(f"batching.batch_size: must be at least 1, got {b.batch_size}")
    if not (_finite(config.learning_rate) and config.learning_rate > 0):
        p.append(f"learning_rate: must be a finite number > 0, got {config.learning_rate}")
    if config.budget_unit not in BUDGET_UNITS:
        p.append(f"budget_unit: must be one of {', '.join(BUDGET_UNITS)}")
    if config.budget < 1:
        p.append(f"budget: must be at least 1, got {config.budget}")
    if config.max_updates < 1:
        p.append(f"max_updates: must be at least 1, got {config.max_updates}")
    if not all(_finite(v) for v in config.init):
        p.append(f"init: initial weights must be finite, got {list(config.init)}")
    if not 0 <= config.seed < 2**32:
        p.append(f"seed: must be between 0 and {2**32 - 1}, got {config.seed}")
    tol = config.tolerance
    if tol is not None and not (_finite(tol) and tol > 0):
        p.append(f"tolerance: must be a finite number > 0 or null, got {tol}")
    if config.tolerance_on not in TOLERANCE_TARGETS:
        p.append(f"tolerance_on: must be one of {', '.join(TOLERANCE_TARGETS)}")
    p.extend(optimizer_problems(config.optimizer))
    updates = total_updates(config, rows) if rows is not None and not p else None
    p.extend(schedule_problems(config.schedule, updates))
    if not p and rows is not None and total_updates(config, rows) > config.max_updates:
        p.append(
            f"budget: {total_updates(config, rows):,} updates exceeds the cap of "
            f"{config.max_updates:,} (every update is recorded; raise max_updates "
            f"if you have the memory, about 72 bytes an update)"
        )
    return p


def optimizer_problems(o: OptimizerConfig) -> list[str]:
    """Problems with the hyperparameters the chosen update rule uses."""
    p: list[str] = []
    if o.name not in OPTIMIZERS:
        return [f"optimizer.name: must be one of {', '.join(OPTIMIZERS)}, got {o.name!r}"]
    for key in RULE_SETTINGS[o.name]:
        value = getattr(o, key)
        if key == "bias_correction":
            continue  # either way is fine
        if key == "eps":
            if not (_finite(value) and value > 0):
                p.append(f"optimizer.eps: must be a finite number > 0, got {value}")
        elif not (_finite(value) and 0 <= value < 1):
            p.append(f"optimizer.{key}: must be in [0, 1), got {value}")
    return p


def schedule_problems(s: ScheduleConfig, updates: int | None) -> list[str]:
    """Problems with the chosen schedule; with the budget known, also a rate that
    would reach 0 (or below) before the last update."""
    if s.kind not in SCHEDULES:
        return [f"schedule.kind: must be one of {', '.join(SCHEDULES)}, got {s.kind!r}"]
    p: list[str] = []
    if s.kind == "step":
        if s.step_size < 1:
            p.append(f"schedule.step_size: must be at least 1, got {s.step_size}")
        if not (_finite(s.gamma) and 0 < s.gamma <= 1):
            p.append(f"schedule.gamma: must be in (0, 1], got {s.gamma}")
    elif s.kind == "exponential":
        if not (_finite(s.exp_gamma) and 0 < s.exp_gamma <= 1):
            p.append(f"schedule.exp_gamma: must be in (0, 1], got {s.exp_gamma}")
    elif s.kind == "inverse-time":
        if not (_finite(s.decay) and s.decay >= 0):
            p.append(f"schedule.decay: must be a finite number >= 0, got {s.decay}")
    elif s.kind == "cosine" and not (_finite(s.min_factor) and 0 <= s.min_factor <= 1):
        p.append(f"schedule.min_factor: must be between 0 and 1, got {s.min_factor}")
    if p or updates is None or s.kind in ("constant", "inverse-time", "cosine"):
        return p
    # Step and exponential decay can underflow: the last update's factor must be > 0.
    last = updates - 1
    if s.kind == "step":
        factor = s.gamma ** (last // s.step_size)
        key = "gamma"
    else:
        factor = s.exp_gamma**last
        key = "exp_gamma"
    if not factor > 1e-300:
        p.append(
            f"schedule.{key}: the rate would fall to 0 before update {updates:,}; "
            f"raise it or shorten the budget"
        )
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
