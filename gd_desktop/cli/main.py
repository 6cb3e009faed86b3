"""``gd-desktop run``: the headless engine, printing the blog's lines and a summary.

Bad input exits 2, a failure to write (standard output or ``--out``) exits 1;
either is one line on standard error.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from gd_desktop.cli.flags import config_from_args
from gd_desktop.cli.messages import error_text, fact
from gd_desktop.cli.output import EXIT_IO, emit, report, report_error, write_file
from gd_desktop.cli.parser import (
    EXIT_USAGE,
    UsageError,
    build_parser,
    flag_name,
    gif_options,
)
from gd_desktop.cli.race_notes import RACE_NOTES
from gd_desktop.cli.report import print_run, race_table, summary, write_race_csv
from gd_desktop.core.config import ConfigError, ExperimentConfig, read_json
from gd_desktop.core.csv_import import DataImportError, dataset_for
from gd_desktop.core.dataset import Dataset
from gd_desktop.core.family_run import new_run
from gd_desktop.core.files import FileProblem, read_text
from gd_desktop.core.landscape_races import LANDSCAPE_RACES
from gd_desktop.core.presets import UnknownPreset
from gd_desktop.core.race import Race, load_race
from gd_desktop.core.records import export_fields
from gd_desktop.core.samples import samples

BadInput = (UsageError, ConfigError, DataImportError, UnknownPreset)


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
        raw = read_json(read_text(path))
    except (FileProblem, ConfigError):
        return False  # the config loader reports what is wrong
    return isinstance(raw, dict) and "race" in raw


def list_datasets(out: TextIO) -> None:
    """``gd-desktop run --list-datasets``: one ``ID<TAB>title`` line per sample."""
    for sample in samples():
        out.write(f"{sample.id}\t{sample.title}\n")


def race_main(args: argparse.Namespace) -> int:
    """``gd-desktop run --config RACE.json`` or ``--race KEY``: run every run of a race,
    print its table (and, for a ready-made race, what to watch in it)."""
    defaults = build_parser().parse_args([])
    extra = [
        flag_name(key)
        for key, value in vars(args).items()
        if key not in ("config", "race", "out", "quiet", "gif", "frames", "size")
        and value != getattr(defaults, key)
    ]
    try:
        if extra:
            raise UsageError(
                f"{extra[0]} does not apply to a race file or a ready-made race"
                " (only --out, --quiet and --gif)"
            )
        entries = LANDSCAPE_RACES[args.race][1]() if args.race else load_race(args.config)
        dataset, skipped_note = load_data(entries[0].config)
        race = Race(entries, dataset)
    except BadInput as exc:
        report_error(_error_text(exc))
        return EXIT_USAGE
    if skipped_note:
        report(skipped_note)
    try:
        race.run_to_end()
    except MemoryError:
        report_error("out of memory while running the race")
        return EXIT_IO

    def write(out: TextIO) -> None:
        if args.out:
            write_file(args.out, lambda stream: write_race_csv(race, stream))
        if not args.quiet:
            for entry, run in zip(race.entries, race.runs, strict=True):
                out.write(f"== {entry.label}\n{summary(run)}\n")
        if args.race:
            out.write(f"== {LANDSCAPE_RACES[args.race][0]}\n{RACE_NOTES[args.race]}\n")
        out.write(race_table(race) + "\n")

    return emit(write)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if args.list_datasets:
            return emit(list_datasets)
        gif_options(args)  # checked here; the window draws the animation (gd_desktop.app)
        if args.race or (args.config and is_race_file(args.config)):
            return race_main(args)
        config = config_from_args(args)
        dataset, skipped_note = load_data(config)
        run = new_run(config, dataset)
    except BadInput as exc:
        report_error(_error_text(exc))
        return EXIT_USAGE
    if skipped_note:
        report(skipped_note)

    def write(out: TextIO) -> None:
        print_run(run, out, args.quiet)
        if args.out:
            header = export_fields(config.model)
            write_file(args.out, lambda stream: run.records.write_csv(stream, header=header))
        out.write(summary(run) + "\n")

    try:
        return emit(write)
    except MemoryError:
        report_error(f"out of memory after {run.step:,} updates")
        return EXIT_IO


def _error_text(exc: UsageError | ConfigError | DataImportError | UnknownPreset) -> str:
    """The one line an error is reported in."""
    if isinstance(exc, UsageError):
        return str(exc)
    return error_text(exc)
