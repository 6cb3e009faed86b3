"""The flags of ``gd-desktop run`` and the parser that reads them."""

from __future__ import annotations

import argparse
import re
from typing import Any, NoReturn

from gd_desktop.core.animation import (
    DEFAULT_FRAMES,
    MAX_FRAMES,
    MAX_SIDE,
    MIN_FRAMES,
    MIN_SIDE,
    parse_size,
)
from gd_desktop.core.config import OPTIMIZERS, SCHEDULES, OptimizerConfig, ScheduleConfig
from gd_desktop.core.landscape_races import LANDSCAPE_RACES
from gd_desktop.core.presets import PRESETS
from gd_desktop.core.settings import MODELS
from gd_desktop.core.surfaces import SURFACES

EXIT_USAGE = 2


class UsageError(Exception):
    """A bad argument or config: reported as one line, exit code 2."""


# What argparse should take as a (negative) number, not an option: -1, -.5, -1e-5,
# -inf, -nan (its own test knows only -1 and -.5, so `--lr -inf` "expected one argument").
NEGATIVE_NUMBER = re.compile(
    r"^-(\d+\.?\d*(e[-+]?\d+)?|\.\d+(e[-+]?\d+)?|inf(inity)?|nan)$", re.IGNORECASE
)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = NEGATIVE_NUMBER

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="gd-desktop run",
        description="Run gradient descent headless and print every update.",
        # --sample must never be taken for --samples.
        allow_abbrev=False,
    )
    source = p.add_mutually_exclusive_group()
    source.add_argument("--preset", choices=sorted(PRESETS), help="start from a preset")
    source.add_argument("--config", metavar="FILE", help="start from an experiment JSON file")
    source.add_argument(
        "--race",
        choices=sorted(LANDSCAPE_RACES),
        help="run a ready-made landscape race and print what to watch in it",
    )
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
    rows.add_argument(
        "--dataset",
        metavar="ID",
        help="fit a bundled sample dataset with its suggested target and features",
    )
    p.add_argument(
        "--list-datasets", action="store_true", help="print each sample's ID and title, then exit"
    )
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
    _add_family_flags(p)
    p.add_argument("--max-updates", type=int, metavar="M", help="cap on recorded updates")
    p.add_argument("--out", metavar="FILE.csv", help="write every record to a CSV file")
    p.add_argument("--quiet", action="store_true", help="print only the summary")
    p.add_argument(
        "--gif", metavar="FILE.gif", help="also write an animation of the window (needs a display)"
    )
    p.add_argument(
        "--mp4",
        metavar="FILE.mp4",
        help="the same animation as an MP4 video (needs a display and imageio-ffmpeg)",
    )
    p.add_argument(
        "--frames",
        type=int,
        metavar="N",
        help=f"frames of the --gif or --mp4 (default {DEFAULT_FRAMES})",
    )
    p.add_argument("--size", metavar="WxH", help="size of the --gif or --mp4 (default 1280x800)")
    return p


def gif_options(args: argparse.Namespace) -> tuple[str, int, tuple[int, int], str] | None:
    """(file, frames, size, kind) of --gif (kind "gif") or --mp4 ("mp4"), None without
    either; UsageError for bad values."""
    if args.gif is not None and args.mp4 is not None:
        raise UsageError("--gif and --mp4 cannot be used together; run once for each")
    if args.gif is None and args.mp4 is None:
        if args.frames is not None or args.size is not None:
            raise UsageError("--frames and --size need --gif FILE or --mp4 FILE")
        return None
    frames = DEFAULT_FRAMES if args.frames is None else args.frames
    if not MIN_FRAMES <= frames <= MAX_FRAMES:
        raise UsageError(f"--frames must be {MIN_FRAMES} to {MAX_FRAMES:,}, not {frames}")
    size = parse_size(args.size or "1280x800")
    if size is None:
        raise UsageError(
            f"--size must be like 1280x800, each side {MIN_SIDE} to {MAX_SIDE}, not {args.size!r}"
        )
    if args.gif is not None:
        return args.gif, frames, size, "gif"
    return args.mp4, frames, size, "mp4"


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


def _add_family_flags(p: argparse.ArgumentParser) -> None:
    """The loss family and its generators' settings."""
    family = p.add_argument_group("loss family (default: linear regression)")
    which = family.add_mutually_exclusive_group()
    which.add_argument(
        "--model",
        choices=[m for m in MODELS if m != "surface"],
        help="linear regression, logistic regression or one neuron y = w1 tanh(w0 x)",
    )
    which.add_argument(
        "--surface", choices=SURFACES, help="a test surface of the two weights (no data)"
    )
    family.add_argument(
        "--grad-noise",
        type=float,
        metavar="SIGMA",
        help="with --surface: Gaussian noise (seeded) added to every gradient",
    )
    family.add_argument(
        "--separation",
        type=float,
        metavar="D",
        help="logistic: distance between the class means, in standard deviations",
    )
    family.add_argument(
        "--amplitude", type=float, metavar="A", help="neuron: y = A tanh(B x) + noise"
    )
    family.add_argument(
        "--steepness", type=float, metavar="B", help="neuron: y = A tanh(B x) + noise"
    )


def flag_name(dest: str) -> str:
    """The flag that sets an argparse destination: ``batch_size`` -> ``--batch-size``."""
    return "--" + dest.replace("_", "-")
