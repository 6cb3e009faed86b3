"""``gd-desktop run``: the headless engine, printing the blog's lines and a summary."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import NoReturn, TextIO

import numpy as np

from gd_desktop.core.config import (
    OPTIMIZERS,
    RULE_SETTINGS,
    SCHEDULES,
    ConfigError,
    DataConfig,
    ExperimentConfig,
    OptimizerConfig,
    ScheduleConfig,
    with_method,
)
from gd_desktop.core.csv_import import DataImportError, dataset_for
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.presets import DEFAULT_PRESET, PRESETS, preset
from gd_desktop.core.race import TARGET_FRACTION, Race, load_race, summarize
from gd_desktop.core.records import FIELDS, INT_FIELDS, blog_line
from gd_desktop.core.run import STOP_DIVERGED, Run

EXIT_USAGE = 2


class UsageError(Exception):
    """A bad argument or config: reported as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="gd-desktop run",
        description="Run gradient descent headless and print every update.",
    )
    source = p.add_mutually_exclusive_group()
    source.add_argument("--preset", choices=sorted(PRESETS), help="start from a preset")
    source.add_argument("--config", metavar="FILE", help="start from an experiment JSON file")
    p.add_argument("--method", choices=["batch", "sgd", "minibatch"])
    p.add_argument("--batch-size", type=int, metavar="B")
    p.add_argument("--order", choices=["in-order", "shuffle", "replace"])
    p.add_argument("--drop-last", action="store_true", default=None)
    p.add_argument(
        "--blog-scaling",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="scale a stochastic gradient by 2/N like the blog (effective rate lr*n/N)",
    )
    p.add_argument("--lr", type=float, metavar="LR", help="learning rate")
    budget = p.add_mutually_exclusive_group()
    budget.add_argument("--steps", type=int, metavar="K", help="budget in updates")
    budget.add_argument("--epochs", type=int, metavar="E", help="budget in epochs")
    p.add_argument("--tolerance", type=float, metavar="T", help="stop when the MSE <= T")
    p.add_argument(
        "--tolerance-on", choices=["mse", "grad"], help="what --tolerance bounds (default mse)"
    )
    p.add_argument("--init", type=float, nargs=2, metavar=("W0", "W1"))
    p.add_argument("--seed", type=int, metavar="S")
    p.add_argument("--samples", type=int, metavar="N")
    p.add_argument("--noise", type=float, metavar="SIGMA")
    rows = p.add_mutually_exclusive_group()
    rows.add_argument("--line-fit", action="store_true", help="fit a line with an intercept")
    rows.add_argument("--data", metavar="FILE", help="fit columns of a CSV file instead")
    p.add_argument(
        "--target", metavar="COL", help="the CSV column to predict (a name, or a number from 1)"
    )
    features = p.add_mutually_exclusive_group()
    features.add_argument("--features", nargs=2, metavar=("A", "B"), help="two feature columns")
    features.add_argument("--feature", metavar="A", help="one feature column, with --intercept")
    p.add_argument("--intercept", action="store_true", help="with --feature A: fit y = w0 + w1 * A")
    p.add_argument(
        "--standardize",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="z-score the features (any data source)",
    )
    _add_rule_flags(p)
    p.add_argument("--max-updates", type=int, metavar="M", help="cap on recorded updates")
    p.add_argument("--out", metavar="FILE.csv", help="write every record to a CSV file")
    p.add_argument("--quiet", action="store_true", help="print only the summary")
    return p


def _add_rule_flags(p: argparse.ArgumentParser) -> None:
    """Flags of the update rule and the learning-rate schedule."""
    o, s = OptimizerConfig(), ScheduleConfig()
    rule = p.add_argument_group("update rule (torch.optim's forms)")
    rule.add_argument(
        "--optimizer", choices=OPTIMIZERS, help="the update rule (default gd: plain descent)"
    )
    rule.add_argument(
        "--beta",
        type=float,
        metavar="B",
        help=f"momentum and nesterov: the momentum, in [0, 1) (default {o.beta:g})",
    )
    rule.add_argument(
        "--rho",
        type=float,
        metavar="R",
        help=f"rmsprop: decay of the average of squared gradients, in [0, 1) (default {o.rho:g})",
    )
    rule.add_argument(
        "--beta1",
        type=float,
        metavar="B1",
        help=f"adam: decay of the first moment, in [0, 1) (default {o.beta1:g})",
    )
    rule.add_argument(
        "--beta2",
        type=float,
        metavar="B2",
        help=f"adam: decay of the second moment, in [0, 1) (default {o.beta2:g})",
    )
    rule.add_argument(
        "--eps",
        type=float,
        metavar="EPS",
        help=f"adagrad, rmsprop, adam: added after the square root, > 0 (default {o.eps:g})",
    )
    rule.add_argument(
        "--no-bias-correction",
        action="store_true",
        help="adam: skip the bias correction of both moments",
    )
    schedule = p.add_argument_group("learning-rate schedule (k = 1 for the first update)")
    schedule.add_argument(
        "--schedule",
        choices=SCHEDULES,
        help="how the rate changes with the update index (default constant)",
    )
    schedule.add_argument(
        "--step-size",
        type=int,
        metavar="S",
        help=f"step: multiply the rate by --gamma every S updates (default {s.step_size})",
    )
    schedule.add_argument(
        "--gamma",
        type=float,
        metavar="G",
        help=f"step: the factor every --step-size updates, in (0, 1] (default {s.gamma:g}); "
        f"exponential: the factor every update, in (0, 1] (default {s.exp_gamma:g})",
    )
    schedule.add_argument(
        "--decay",
        type=float,
        metavar="D",
        help=f"inverse-time: rate lr / (1 + D (k - 1)), D >= 0 (default {s.decay:g})",
    )
    schedule.add_argument(
        "--min-factor",
        type=float,
        metavar="M",
        help=f"cosine: anneal from lr towards M x lr over the budget, M in [0, 1] "
        f"(default {s.min_factor:g})",
    )


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


def _flag(dest: str) -> str:
    return "--" + dest.replace("_", "-")


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
            raise UsageError(f"{_flag(dest)} applies to --optimizer {_either(rules)}, not {name}")
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
                    f"{_flag(dest)} applies to --schedule {_either(list(targets))}, not {kind}"
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


def load_data(config: ExperimentConfig) -> tuple[Dataset | None, str]:
    """The imported dataset of a CSV source (None for a generator) and its skipped rows."""
    if config.data.source != "csv":
        return None, ""
    imported = dataset_for(config.data)
    note = f"{config.data.path}: {imported.summary}" if imported.skipped_lines else ""
    return imported.dataset, note


def print_run(run: Run, out: TextIO, quiet: bool) -> None:
    """Advance the run to its end, printing each update unless quiet."""
    total = run.total_updates
    while not run.finished:
        start = run.step
        run.advance(8192)
        if quiet:
            continue
        rows = run.records.rows(start, run.step)
        lines = [
            blog_line(int(s), total, float(a), float(b), float(m))
            for s, a, b, m in zip(rows[0], rows[2], rows[3], rows[4], strict=True)
        ]
        if lines:
            out.write("\n".join(lines) + "\n")


def summary(run: Run) -> str:
    """Best MSE and its weights, final weights, the exact optimum and the stop reason."""
    loss = run.loss
    w0, w1 = run.weights
    b0, b1 = run.best_weights
    o0, o1 = loss.optimum
    lines = [
        *_rule_lines(run),
        f"updates: {run.step} of {run.total_updates} ({run.epoch} epochs)",
        f"best MSE: {run.best_mse:.6f} at update {run.best_step} (w0 = {b0!r}, w1 = {b1!r})",
        f"final: w0 = {w0!r}, w1 = {w1!r}, MSE = {run.mse:.6f}",
        f"optimum: w0 = {o0!r}, w1 = {o1!r}, MSE = {loss.optimum_mse:.6g}"
        + ("" if loss.unique_optimum else " (not unique: minimum-norm weights)"),
        f"stable batch learning rate 2/lambda_max: {loss.stable_learning_rate:.6g}",
        f"stopped: {run.stop_reason}",
    ]
    if run.stop_reason == STOP_DIVERGED:
        lines.append(f"diverged: {run.divergence_hint()}")
    return "\n".join(lines)


def _rule_lines(run: Run) -> list[str]:
    """The update rule and the schedule, when they are not plain descent at a constant rate."""
    o, s = run.config.optimizer, run.config.schedule
    lines = []
    if o.name != OptimizerConfig.name:
        settings = {
            "momentum": f"beta {o.beta:g}",
            "nesterov": f"beta {o.beta:g}",
            "adagrad": f"eps {o.eps:g}",
            "rmsprop": f"rho {o.rho:g}, eps {o.eps:g}",
            "adam": f"beta1 {o.beta1:g}, beta2 {o.beta2:g}, eps {o.eps:g}"
            + ("" if o.bias_correction else ", no bias correction"),
        }.get(o.name, "")
        line = f"optimizer: {o.name} ({settings})"
        if run.stable_rate is not None:
            line += f"; stable full-batch rate for this rule: {run.stable_rate:.6g}"
        lines.append(line)
    if s.kind != ScheduleConfig.kind:
        shape = {
            "step": f"x {s.gamma:g} every {s.step_size} updates",
            "exponential": f"x {s.exp_gamma:g} every update",
            "inverse-time": f"lr / (1 + {s.decay:g} (k - 1))",
            "cosine": f"from lr towards {s.min_factor:g} x lr over {run.total_updates} updates",
        }.get(s.kind, "")
        last = run.records.record(run.step - 1)["lr"] if run.step else run.learning_rate
        lines.append(f"schedule: {s.kind} ({shape}); last rate {last:.6g}")
    return lines


def is_race_file(path: str) -> bool:
    """Whether a JSON file holds a race (``{"race": [...]}``) rather than one config."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False  # the config loader reports what is wrong
    return isinstance(raw, dict) and "race" in raw


RACE_COLUMNS = (
    f"{'run':<16} {'rule':<9} {'batches':<13} {'lr':>9} {'updates':>8} "
    f"{'MSE':>11} {'best MSE':>11} {'to target':>9} {'distance':>10}  stopped"
)


def race_table(race: Race) -> str:
    """One line per run: the race table of the window, in text."""
    lines = [RACE_COLUMNS]
    for entry, run in zip(race.entries, race.runs, strict=True):
        s = summarize(run)
        b = run.config.batching
        batches = {"batch": "full batch", "sgd": "sgd"}.get(b.method, f"mini-batch {b.batch_size}")
        target = "-" if s.to_target is None else f"{s.to_target:,}"
        lines.append(
            f"{entry.label[:16]:<16} {run.config.optimizer.name:<9} {batches:<13} "
            f"{run.learning_rate:>9.3g} {s.step:>8,} {s.final_mse:>11.5g} {s.best_mse:>11.5g} "
            f"{target:>9} {s.distance:>10.4g}  {s.stop_reason}"
        )
    lines.append(
        f"to target: updates until the MSE above the optimum's is "
        f"{TARGET_FRACTION:g} of the start's"
    )
    return "\n".join(lines)


def write_race_csv(race: Race, stream: TextIO, chunk: int = 1 << 15) -> None:
    """Every record of every run, with the run's name in a first column."""
    stream.write("run," + ",".join(FIELDS) + "\n")
    numbers = ",".join("%d" if f in INT_FIELDS else "%.17g" for f in FIELDS)
    for entry, run in zip(race.entries, race.runs, strict=True):
        label = '"' + entry.label.replace('"', '""') + '"'
        fmt = label.replace("%", "%%") + "," + numbers
        for start in range(0, run.step, chunk):
            block = run.records.rows(start, min(start + chunk, run.step))
            np.savetxt(stream, block.T, fmt=fmt)


def race_main(args: argparse.Namespace) -> int:
    """``gd-desktop run --config RACE.json``: run every run of a race, print its table."""
    defaults = build_parser().parse_args([])
    extra = [
        _flag(key)
        for key, value in vars(args).items()
        if key not in ("config", "out", "quiet") and value != getattr(defaults, key)
    ]
    try:
        if extra:
            raise UsageError(f"{extra[0]} does not apply to a race file (only --out and --quiet)")
        entries = load_race(args.config)
        dataset, skipped_note = load_data(entries[0].config)
        race = Race(entries, dataset)
    except (UsageError, ConfigError, DataImportError) as exc:
        print(f"gd-desktop run: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if skipped_note:
        print(f"gd-desktop run: {skipped_note}", file=sys.stderr)
    race.run_to_end()
    try:
        if args.out:
            with open(args.out, "w", encoding="utf-8", newline="") as stream:
                write_race_csv(race, stream)
        if not args.quiet:
            for entry, run in zip(race.entries, race.runs, strict=True):
                print(f"== {entry.label}")
                print(summary(run))
        print(race_table(race))
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            return 0
        print(f"gd-desktop run: error: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.config and is_race_file(args.config):
            return race_main(args)
        config = config_from_args(args)
        dataset, skipped_note = load_data(config)
        run = Run(config, dataset)
    except (UsageError, ConfigError, DataImportError, KeyError) as exc:
        message = exc.args[0] if isinstance(exc, KeyError) else str(exc)
        print(f"gd-desktop run: error: {message}", file=sys.stderr)
        return EXIT_USAGE
    if skipped_note:
        print(f"gd-desktop run: {skipped_note}", file=sys.stderr)
    with contextlib.ExitStack() as stack:
        try:
            out_file = (
                stack.enter_context(open(args.out, "w", encoding="utf-8", newline=""))
                if args.out
                else None
            )
        except OSError as exc:
            reason = exc.strerror or str(exc)
            print(f"gd-desktop run: error: cannot write {args.out}: {reason}", file=sys.stderr)
            return EXIT_USAGE
        try:
            print_run(run, sys.stdout, args.quiet)
            if out_file is not None:
                run.records.write_csv(out_file)
            print(summary(run))
        except BrokenPipeError:  # e.g. piped into head
            return 0
    return 0
