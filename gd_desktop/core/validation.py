"""The checks of each part of a config, reported as ``Problem`` values by field.

Every check runs, so a user who edits a file by hand sees all mistakes at once.
The ranges of rule and schedule settings come from their registries.
"""

from __future__ import annotations

from typing import Any

from gd_desktop.core.bounds import BATCH_SIZES, FRACTION, NON_NEGATIVE, POSITIVE, SAMPLES, is_finite
from gd_desktop.core.problems import Problem, problem
from gd_desktop.core.rules import OPTIMIZERS, RULES
from gd_desktop.core.schedules import SCHEDULE_SPECS, SCHEDULES
from gd_desktop.core.settings import (
    DATA_SOURCES,
    METHODS,
    MODELS,
    ORDERS,
    BatchConfig,
    DataConfig,
    OptimizerConfig,
    ScheduleConfig,
)
from gd_desktop.core.surfaces import SURFACES

# A scheduled rate at or below this has underflowed: the run would stop moving.
SMALLEST_RATE_FACTOR = 1e-300


def choice_problems(field: str, value: str, choices: tuple[str, ...]) -> list[Problem]:
    """[] when ``value`` is one of ``choices``, else a ``choice`` problem naming it."""
    if value in choices:
        return []
    return [problem("choice", field, choices=choices, value=value)]


def data_problems(d: DataConfig) -> list[Problem]:
    """Problems with the data source and the generator's settings."""
    p = choice_problems("data.source", d.source, DATA_SOURCES)
    p += SAMPLES.check("data.samples", d.samples)
    p += POSITIVE.check("data.scale", d.scale)
    if not all(is_finite(v) for v in d.true_weights):
        p.append(problem("finite", "data.true_weights", value=list(d.true_weights)))
    for key in ("slope", "intercept"):
        if not is_finite(getattr(d, key)):
            p.append(problem("finite", f"data.{key}", value=getattr(d, key)))
    p += NON_NEGATIVE.check("data.noise", d.noise)
    p += FRACTION.check("data.outlier_fraction", d.outlier_fraction)
    p += NON_NEGATIVE.check("data.outlier_size", d.outlier_size)
    if d.source == "csv":
        if not d.path:
            p.append(problem("needs_path", "data.path"))
        if not d.target:
            p.append(problem("needs_target", "data.target"))
        if not d.feature0:
            p.append(problem("needs_feature", "data.feature0"))
        if bool(d.feature1) == d.add_intercept:
            p.append(problem("needs_second_feature", "data.feature1"))
    return p


def family_problems(config: Any) -> list[Problem]:
    """Problems with the loss family and what it may be combined with: a test surface
    has no rows (full batch only, no data file); gradient noise is for surfaces."""
    p = choice_problems("model", config.model, MODELS)
    d = config.data
    for key in ("separation", "amplitude", "steepness"):
        if not is_finite(getattr(d, key)):
            p.append(problem("finite", f"data.{key}", value=getattr(d, key)))
    p += NON_NEGATIVE.check("grad_noise", config.grad_noise)
    if config.model != "surface":
        if config.surface:
            p.append(problem("surface_model", "surface", value=config.surface))
        if config.grad_noise > 0:
            p.append(problem("grad_noise_surface", "grad_noise"))
        return p
    p += choice_problems("surface", config.surface, SURFACES)
    if config.batching.method != "batch":
        p.append(problem("surface_full_batch", "batching.method", value=config.batching.method))
    if d.source == "csv":
        p.append(problem("surface_no_data", "data.source"))
    return p


def batching_problems(b: BatchConfig, rows: int | None) -> list[Problem]:
    """Problems with the batch scheme; the batch size is checked against ``rows``
    when the number of rows is known."""
    p = choice_problems("batching.method", b.method, METHODS)
    p += choice_problems("batching.order", b.order, ORDERS)
    if b.method == "minibatch" and rows is not None and not 1 <= b.batch_size <= rows:
        p.append(problem("batch_rows", "batching.batch_size", rows=rows, value=b.batch_size))
    elif b.batch_size < 1:
        p.append(problem("at_least", "batching.batch_size", low=1, value=b.batch_size))
    else:
        p += BATCH_SIZES.check("batching.batch_size", b.batch_size)
    return p


def optimizer_problems(o: OptimizerConfig) -> list[Problem]:
    """Problems with the hyperparameters the chosen update rule uses."""
    spec = RULES.get(o.name)
    if spec is None:
        return choice_problems("optimizer.name", o.name, OPTIMIZERS)
    p: list[Problem] = []
    for key, bounds in spec.settings.items():
        if bounds is not None:
            p += bounds.check(f"optimizer.{key}", getattr(o, key))
    return p


def schedule_problems(s: ScheduleConfig, updates: int | None) -> list[Problem]:
    """Problems with the chosen schedule; with the budget known, also a rate that
    would reach 0 (or below) before the last update."""
    spec = SCHEDULE_SPECS.get(s.kind)
    if spec is None:
        return choice_problems("schedule.kind", s.kind, SCHEDULES)
    p: list[Problem] = []
    for key, bounds in spec.settings.items():
        p += bounds.check(f"schedule.{key}", getattr(s, key))
    # A count of another schedule is kept too: one above the panel's spin box is refused.
    for other in SCHEDULE_SPECS.values():
        for key, bounds in other.settings.items():
            value = getattr(s, key)
            if bounds.integer and key not in spec.settings and value > bounds.high:
                p.append(bounds.problem(f"schedule.{key}", value))
    if p or updates is None or spec.underflow is None:
        return p
    key, last_factor = spec.underflow
    if not last_factor(s, updates - 1) > SMALLEST_RATE_FACTOR:
        p.append(problem("underflow", f"schedule.{key}", updates=updates))
    return p
