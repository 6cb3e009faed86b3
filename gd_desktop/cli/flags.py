"""Building the experiment config from a preset or file and the flags given."""

from __future__ import annotations

import argparse
from dataclasses import replace

from gd_desktop.cli.family_flags import apply_family
from gd_desktop.cli.parser import UsageError, flag_name
from gd_desktop.core.config import (
    OPTIMIZERS,
    RULE_SETTINGS,
    SCHEDULES,
    DataConfig,
    ExperimentConfig,
    OptimizerConfig,
    ScheduleConfig,
    with_method,
)
from gd_desktop.core.presets import DEFAULT_PRESET, preset
from gd_desktop.core.samples import sample_by_id

# flag -> the update rules that use it
_RULE_FLAGS = {
    flag: tuple(rule for rule in OPTIMIZERS if flag in RULE_SETTINGS[rule])
    for flag in ("beta", "rho", "beta1", "beta2", "eps")
}
# flag -> (the schedule that uses it, the ScheduleConfig field it sets)
_SCHEDULE_FLAGS = {
    "step_size": {"step": "step_size"},
    "gamma": {"step": "gamma", "exponential": "exp_gamma"},
    "decay": {"inverse-time": "decay"},
    "min_factor": {"cosine": "min_factor"},
}


def _either(names: tuple[str, ...] | list[str]) -> str:
    return " or ".join(names)


def _optimizer(args: argparse.Namespace, optimizer: OptimizerConfig) -> OptimizerConfig:
    """The update-rule flags applied to the config's rule (a flag the rule does not
    use is an error, not silently ignored)."""
    if args.optimizer is not None:
        optimizer = replace(optimizer, name=args.optimizer)
    name = optimizer.name
    known = name in OPTIMIZERS  # else validation reports optimizer.name
    for dest, rules in _RULE_FLAGS.items():
        value = getattr(args, dest)
        if value is None:
            continue
        if known and name not in rules:
            raise UsageError(
                f"{flag_name(dest)} applies to --optimizer {_either(rules)}, not {name}"
            )
        optimizer = replace(optimizer, **{dest: value})
    if args.no_bias_correction:
        if known and name != "adam":
            raise UsageError(f"--no-bias-correction applies to --optimizer adam, not {name}")
        optimizer = replace(optimizer, bias_correction=False)
    return optimizer


def _schedule(args: argparse.Namespace, schedule: ScheduleConfig) -> ScheduleConfig:
    """The schedule flags applied to the config's schedule; --gamma sets the factor of
    whichever of step and exponential the schedule is."""
    if args.schedule is not None:
        schedule = replace(schedule, kind=args.schedule)
    kind = schedule.kind
    known = kind in SCHEDULES  # else validation reports schedule.kind
    for dest, targets in _SCHEDULE_FLAGS.items():
        value = getattr(args, dest)
        if value is None:
            continue
        if kind not in targets:
            if known:
                raise UsageError(
                    f"{flag_name(dest)} applies to --schedule {_either(list(targets))}, not {kind}"
                )
            continue
        schedule = replace(schedule, **{targets[kind]: value})
    return schedule


def config_from_args(args: argparse.Namespace) -> ExperimentConfig:
    """The preset or config file with every given flag applied, validated as a whole."""
    if args.config:
        config = ExperimentConfig.load(args.config)
    else:
        config = preset(args.preset or DEFAULT_PRESET)
    config = apply_family(args, config, from_file=bool(args.config))
    if args.method:
        config = with_method(config, args.method)
    batching = config.batching
    for flag, key in (
        ("batch_size", "batch_size"),
        ("order", "order"),
        ("drop_last", "drop_last"),
        ("blog_scaling", "blog_scaling"),
    ):
        if getattr(args, flag) is not None:
            batching = replace(batching, **{key: getattr(args, flag)})
    data = config.data
    if args.line_fit:
        data = replace(data, source="line")
    data = _csv_data(args, data)
    if args.standardize is not None:
        data = replace(data, standardize=args.standardize)
    if args.samples is not None:
        data = replace(data, samples=args.samples)
    if args.noise is not None:
        data = replace(data, noise=args.noise)
    changes: dict[str, object] = {
        "data": data,
        "batching": batching,
        "optimizer": _optimizer(args, config.optimizer),
        "schedule": _schedule(args, config.schedule),
    }
    if args.lr is not None:
        changes["learning_rate"] = args.lr
    if args.steps is not None:
        changes.update(budget=args.steps, budget_unit="updates")
    if args.epochs is not None:
        changes.update(budget=args.epochs, budget_unit="epochs")
    if args.tolerance is not None:
        changes["tolerance"] = args.tolerance
    if args.tolerance_on is not None:
        changes["tolerance_on"] = args.tolerance_on
    if args.init is not None:
        changes["init"] = (args.init[0], args.init[1])
    if args.seed is not None:
        changes["seed"] = args.seed
    if args.max_updates is not None:
        changes["max_updates"] = args.max_updates
    # Round-trip through the loader so flags get exactly the file's checks.
    return ExperimentConfig.from_dict(replace(config, **changes).to_dict())  # type: ignore[arg-type]


def _csv_data(args: argparse.Namespace, data: DataConfig) -> DataConfig:
    """The CSV flags applied to the data config (which a config file may have set)."""
    given = [
        flag
        for flag, value in (
            ("--target", args.target),
            ("--features", args.features),
            ("--feature", args.feature),
            ("--intercept", args.intercept),
        )
        if value
    ]
    if args.data:
        data = replace(data, source="csv", path=args.data)
    if args.dataset:
        sample = sample_by_id(args.dataset)
        if sample is None:
            raise UsageError(
                f"unknown dataset {args.dataset!r} (gd-desktop run --list-datasets lists them)"
            )
        data = sample.data_config(data)
    if data.source != "csv":
        if given:
            raise UsageError(f"{given[0]} needs --data FILE")
        return data
    if args.feature and not args.intercept:
        raise UsageError("--feature A needs --intercept (or give two columns: --features A B)")
    if args.intercept and not args.feature:
        raise UsageError("--intercept needs one feature column: --feature A")
    if args.target:
        data = replace(data, target=args.target)
    if args.features:
        first, second = args.features
        data = replace(data, feature0=first, feature1=second, add_intercept=False)
    if args.feature:
        data = replace(data, feature0=args.feature, feature1="", add_intercept=True)
    if args.data and not data.target:
        raise UsageError("--data needs --target COL")
    if args.data and not data.feature0:
        raise UsageError("--data needs --features A B, or --feature A --intercept")
    return data
