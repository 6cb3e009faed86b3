"""The loss-family flags: ``--model``, ``--surface`` and their generators' settings.

A bad combination is a UsageError (one line, exit status 2): a surface has no rows,
so it takes no data flags and only full batches; each generator setting belongs to
one family.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from gd_desktop.cli.parser import UsageError
from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.families import FAMILY_RATES

# flag -> the families whose generator uses it
_DATA_FLAGS = {
    "separation": ("logistic",),
    "amplitude": ("neuron",),
    "steepness": ("neuron",),
    "noise": ("linear", "neuron"),
}
_ROW_FLAGS = ("data", "line_fit", "samples", "noise", "method", "batch_size", "order")


def family_of(args: argparse.Namespace, config: ExperimentConfig) -> str:
    """The family the flags ask for (else the config's)."""
    if args.surface:
        return "surface"
    return args.model or config.model


def apply_family(
    args: argparse.Namespace, config: ExperimentConfig, from_file: bool
) -> ExperimentConfig:
    """The config with the family flags applied (before the other flags)."""
    model = family_of(args, config)
    if model == "surface":
        if args.method not in (None, "batch"):
            raise UsageError(
                f"a test surface has no rows: its method is full batch, not --method {args.method}"
            )
        given = [f for f in _ROW_FLAGS if f != "method" and getattr(args, f) not in (None, False)]
        if given:
            flag = "--" + given[0].replace("_", "-")
            raise UsageError(f"{flag} does not apply to a test surface: it has no rows")
        if args.features or args.feature or args.target:
            raise UsageError("a test surface takes no data columns")
    elif args.grad_noise is not None:
        raise UsageError("--grad-noise applies to --surface NAME, not to a model on data")
    for flag, families in _DATA_FLAGS.items():
        if getattr(args, flag) is not None and model not in families:
            raise UsageError(f"--{flag} applies to --model {' or '.join(families)}, not {model}")
    if model == "neuron" and args.features:
        raise UsageError("--model neuron takes one feature column: --feature A")
    if model == "neuron" and args.feature:
        args.intercept = True  # the neuron reads its feature where a line fit's x is
    data = config.data
    for flag in ("separation", "amplitude", "steepness"):
        if getattr(args, flag) is not None:
            data = replace(data, **{flag: getattr(args, flag)})
    changes: dict[str, object] = {"model": model, "data": data}
    if model == "surface":
        changes["surface"] = args.surface or config.surface
        changes["batching"] = replace(config.batching, method="batch", order="in-order")
        if data.source == "csv":
            changes["data"] = replace(data, source="blog", path="")
    elif args.model:
        changes.update(surface="", grad_noise=0.0)
    if args.grad_noise is not None:
        changes["grad_noise"] = args.grad_noise
    if model != config.model and not from_file and args.lr is None:
        changes["learning_rate"] = FAMILY_RATES.get(model, config.learning_rate)
    return replace(config, **changes)  # type: ignore[arg-type]
