"""``gd-desktop run``: the headless engine, printing the blog's lines and a summary."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from gd_desktop.cli.flags import config_from_args
from gd_desktop.cli.messages import error_text, fact
from gd_desktop.cli.parser import EXIT_USAGE, UsageError, build_parser, flag_name
from gd_desktop.cli.report import print_run, race_table, summary, write_race_csv
from gd_desktop.core.config import ConfigError, ExperimentConfig
from gd_desktop.core.csv_import import DataImportError, dataset_for
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.presets import UnknownPreset
from gd_desktop.core.race import Race, load_race
from gd_desktop.core.run import Run


def load_data(config: ExperimentConfig) -> tuple[Dataset | None, str]:
    """The imported dataset of a CSV source (None for a generator) and its skipped rows."""
    if config.data.source != "csv":
        return None, ""
    imported = dataset_for(config.data)
    skipped = imported.skipped
    note = f"{config.data.path}: {fact(skipped)}" if skipped is not None else ""
    return imported.dataset, note


def is_race_file(path: str) -> bool:
    """Whether a JSON file holds a race (``{"race": [...]}``) rather than one config."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False  # the config loader reports what is wrong
    return isinstance(raw, dict) and "race" in raw


def race_main(args: argparse.Namespace) -> int:
    """``gd-desktop run --config RACE.json``: run every run of a race, print its table."""
    defaults = build_parser().parse_args([])
    extra = [
        flag_name(key)
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
        print(f"gd-desktop run: error: {_error_text(exc)}", file=sys.stderr)
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
    except (UsageError, ConfigError, DataImportError, UnknownPreset) as exc:
        print(f"gd-desktop run: error: {_error_text(exc)}", file=sys.stderr)
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


def _error_text(exc: UsageError | ConfigError | DataImportError | UnknownPreset) -> str:
    """The one line an error is reported in."""
    if isinstance(exc, UsageError):
        return str(exc)
    return error_text(exc)
