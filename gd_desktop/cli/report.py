"""What ``gd-desktop run`` prints: the blog's lines, the summary, the race table and
the records as CSV."""

from __future__ import annotations

import io
import math
from typing import IO, TextIO

import numpy as np

from gd_desktop.cli.family_report import family_line, landscape_lines
from gd_desktop.cli.messages import line as problem_line
from gd_desktop.core.config import OptimizerConfig, ScheduleConfig
from gd_desktop.core.family_run import AnyRun, FamilyRun
from gd_desktop.core.race import TARGET_FRACTION, Race, summarize
from gd_desktop.core.records import FIELDS, INT_FIELDS, blog_line, export_fields
from gd_desktop.core.rules import RULES
from gd_desktop.core.run import STOP_DIVERGED


def print_run(run: AnyRun, out: TextIO, quiet: bool) -> None:
    """Advance the run to its end, printing each update unless quiet."""
    total = run.total_updates
    name = "MSE" if run.config.model == "linear" else "loss"
    while not run.finished:
        start = run.step
        run.advance(8192)
        if quiet:
            continue
        rows = run.records.rows(start, run.step)
        lines = [
            blog_line(int(s), total, float(a), float(b), float(m), name)
            for s, a, b, m in zip(rows[0], rows[2], rows[3], rows[4], strict=True)
        ]
        if lines:
            out.write("\n".join(lines) + "\n")


def summary(run: AnyRun) -> str:
    """Best MSE and its weights, final weights, the exact optimum and the stop reason
    (for the other families: the loss, the critical points and the local curvature)."""
    if isinstance(run, FamilyRun):
        return _family_summary(run)
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
        lines.append(f"diverged: {problem_line(run.divergence_problem())}")
    return "\n".join(lines)


def _family_summary(run: FamilyRun) -> str:
    w0, w1 = run.weights
    b0, b1 = run.best_weights
    lines = [
        family_line(run),
        *_rule_lines(run),
        f"updates: {run.step} of {run.total_updates} ({run.epoch} epochs)",
        f"best loss: {run.best_mse:.6g} at update {run.best_step} (w0 = {b0!r}, w1 = {b1!r})",
        f"final: w0 = {w0!r}, w1 = {w1!r}, loss = {run.mse:.6g}",
        *landscape_lines(run),
        f"stopped: {run.stop_reason}",
    ]
    if run.stop_reason == STOP_DIVERGED:
        lines.append(f"diverged: {problem_line(run.divergence_problem())}")
    return "\n".join(lines)


def _rule_lines(run: AnyRun) -> list[str]:
    """The update rule and the schedule, when they are not plain descent at a constant rate."""
    o, s = run.config.optimizer, run.config.schedule
    lines = []
    if o.name != OptimizerConfig.name:
        line = f"optimizer: {o.name} ({_rule_settings(o)})"
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


def race_columns(loss: str = "MSE") -> str:
    """The race table's header, naming the family's loss."""
    return (
        f"{'run':<16} {'rule':<9} {'batches':<13} {'lr':>9} {'updates':>8} "
        f"{loss:>11} {'best ' + loss:>11} {'to target':>9} {'distance':>10}  stopped"
    )


RACE_COLUMNS = race_columns()


def race_table(race: Race) -> str:
    """One line per run: the race table of the window, in text."""
    linear = race.entries[0].config.model == "linear"
    lines = [race_columns("MSE" if linear else "loss")]
    for entry, run in zip(race.entries, race.runs, strict=True):
        s = summarize(run)
        b = run.config.batching
        batches = {"batch": "full batch", "sgd": "sgd"}.get(b.method, f"mini-batch {b.batch_size}")
        target = "-" if s.to_target is None else f"{s.to_target:,}"
        distance = "-" if math.isnan(s.distance) else f"{s.distance:.4g}"
        lines.append(
            f"{entry.label[:16]:<16} {run.config.optimizer.name:<9} {batches:<13} "
            f"{run.learning_rate:>9.3g} {s.step:>8,} {s.final_mse:>11.5g} {s.best_mse:>11.5g} "
            f"{target:>9} {distance:>10}  {s.stop_reason}"
        )
    lines.append(
        f"to target: updates until the {'MSE' if linear else 'loss'} above the "
        "lowest known minimum's is "
        f"{TARGET_FRACTION:g} of the start's"
    )
    return "\n".join(lines)


def write_race_csv(race: Race, stream: IO[str], chunk: int = 1 << 15) -> None:
    """Every record of every run, with the run's name in a first column (quoted, and
    kept out of numpy's format string: a "%" in a name is just a character)."""
    stream.write("run," + ",".join(export_fields(race.entries[0].config.model)) + "\n")
    numbers = ",".join("%d" if f in INT_FIELDS else "%.17g" for f in FIELDS)
    for entry, run in zip(race.entries, race.runs, strict=True):
        label = '"' + entry.label.replace('"', '""') + '",'
        for start in range(0, run.step, chunk):
            block = run.records.rows(start, min(start + chunk, run.step))
            rows = io.StringIO()
            np.savetxt(rows, block.T, fmt=numbers)
            stream.write("".join(label + row for row in rows.getvalue().splitlines(True)))


def _rule_settings(o: OptimizerConfig) -> str:
    """The settings the rule uses, like "rho 0.99, eps 1e-08" (switches only when off)."""
    spec = RULES.get(o.name)
    if spec is None:
        return ""
    parts = []
    for key, bounds in spec.settings.items():
        if bounds is not None:
            parts.append(f"{key} {getattr(o, key):g}")
        elif key == "bias_correction" and not o.bias_correction:
            parts.append("no bias correction")
    return ", ".join(parts)
