"""Problems and facts as values: a code, the field concerned and the numbers.

Core and session never build sentences for users. They report a ``Problem``
(what is wrong, where, with which values) and the UI (with ``tr()``) or the
command line (in English) turns it into words. Views place a message next to
the field named by ``field``, never by reading the text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, eq=True)
class Problem:
    """One thing the user should know: ``code`` says what, ``field`` where.

    ``field`` is the dotted config path (``"optimizer.beta"``), or ``""`` when the
    problem concerns no single field. ``params`` holds the values a sentence
    needs (numbers, names, paths), by name.
    """

    code: str
    field: str = ""
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    def __getitem__(self, key: str) -> Any:
        return self.params[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)

    def within(self, prefix: str) -> Problem:
        """The same problem with its field moved under ``prefix`` (a race's run, say)."""
        return Problem(self.code, f"{prefix}{self.field}", self.params)

    def in_run(self, index: int, label: str) -> Problem:
        """The same problem, found in run ``index`` (from 1) of a race, named ``label``.

        The field moves under ``race[index].``; ``run`` and ``run_label`` say which run.
        """
        field = f"race[{index}].{self.field}" if self.field else f"race[{index}]"
        return Problem(self.code, field, {**self.params, "run": index, "run_label": label})

    @property
    def run_field(self) -> str:
        """For a problem of a race's run (``in_run``), the field within that run's config."""
        prefix = f"race[{self.params['run']}]"
        return self.field[len(prefix) :].lstrip(".")


# A fact to tell the user (a dataset's description, a run's name) has the same shape.
Fact = Problem


def problem(code: str, field: str = "", **params: Any) -> Problem:
    """Shorthand: ``problem("range", "optimizer.beta", low=0, high=1, value=2.0)``."""
    return Problem(code, field, params)


class ProblemError(ValueError):
    """An error that carries one or more ``Problem`` values (never a sentence)."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems: list[Problem] = list(problems)
        super().__init__(
            "; ".join(p.code + (f" ({p.field})" if p.field else "") for p in self.problems)
        )

    @property
    def first(self) -> Problem:
        return self.problems[0]

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from the problems (not the summary text) when pickled.
        return (type(self), (self.problems,))


# Every code core reports, with what it means; the CLI and the UI each render all of them.
CODES: dict[str, str] = {
    # config and JSON files
    "json": "the text is not JSON (message, line)",
    "too_deep": "JSON nested deeper than is read (depth, limit)",
    "huge_integer": "an integer of more digits than is read (digits, limit)",
    "unreadable": "a file cannot be read (path, reason)",
    "object": "expected a JSON object here",
    "version": "an unknown config version (expected, value)",
    "unknown_key": "a key the config does not have",
    "type": "a value of the wrong type (kind, value)",
    "choice": "not one of the names allowed (choices, value if shown)",
    "range": "outside a closed range (low, high, value)",
    "interval": "outside an interval (low, high, low_open, high_open, value)",
    "positive": "must be a finite number > 0 (value)",
    "non_negative": "must be a finite number >= 0 (value)",
    "at_least": "an integer below its minimum (low, value)",
    "finite": "must be finite (value)",
    "start_finite": "initial weights must be finite (value)",
    "positive_or_null": "a tolerance must be > 0 or null (value)",
    "batch_rows": "a batch size above the number of rows (rows, value)",
    "needs_path": "a CSV source needs its file",
    "needs_target": "a CSV source needs its target column",
    "needs_feature": "a CSV source needs a feature column",
    "needs_second_feature": "a second feature column or an intercept is needed",
    "needs_dataset": "a CSV source needs its dataset read before a run",
    "shared_data": "runs sharing data must have the same data and seed",
    "budget_cap": "the budget exceeds the cap on recorded updates (updates, cap)",
    "run_memory": "a run needs more memory than is free (updates, rows, need, free: bytes)",
    "underflow": "the scheduled rate would reach 0 within the budget (updates)",
    "surface_model": "a surface is named but the model is not a test surface (value)",
    "grad_noise_surface": "gradient noise applies to test surfaces only",
    "surface_full_batch": "a test surface has no rows: full batch only (value)",
    "surface_no_data": "a test surface takes no data file",
    "not_binary": "a logistic target must be 0 or 1 (path, column, values)",
    "unknown_preset": "no preset has this name (name, known)",
    # runs and races
    "diverged": "the loss grew without bound (rule, learning_rate, limit, ratio)",
    "race_list": "a race file's runs are not a list of 1 to high (high)",
    "race_entry": "a race file's run is not an object with a config",
    "race_label": "a race file's run has a bad label or colour",
    "race_size": "a race needs 1 to high runs (high, value)",
    # CSV files
    "no_file": "no such file (path)",
    "is_folder": "a folder, not a file (path)",
    "binary": "not a text file (path)",
    "not_utf8": "not UTF-8 text (path, line or None)",
    "utf16": "UTF-16 text, not UTF-8 (path)",
    "data_too_large": "a data value too large to fit (path or '', largest, limit)",
    "empty_file": "the file is empty (path)",
    "one_row": "the file has one row (path)",
    "one_data_row": "the file has one row of data under its header (path)",
    "no_numeric": "no column is numeric (path)",
    "no_column": "no such column (path, column, columns, more)",
    "not_numeric": "the column is not numeric (path, column, numeric)",
    "feature_count": "two feature columns, or one and an intercept, are needed",
    "no_usable_rows": "every row lacks a number in a column used (path, columns)",
    "one_usable_row": "only one row is usable (path)",
    "no_memory": "not enough memory to load the file (path)",
    "too_large": "the file would not fit in memory (path, rows, need, free: bytes)",
    "not_csv": "the data source is not a CSV file (source)",
    "no_csv_path": "no CSV file given",
    # reading and writing files (core/files.py)
    "not_regular": "not a regular file: a pipe, device or folder (path, kind)",
    "file_too_large": "a file larger than what is read of it (path, size, limit)",
    "write_failed": "a file could not be written; the previous one is kept (path, reason)",
    "not_json_number": "NaN or an infinity, which JSON files cannot hold (value)",
    # the session and the runtime
    "csv_needed": "a CSV source, but no file has been read",
    "load_error": "a race could not be built (detail)",
    "engine_stopped": "the engine process stopped (detail)",
    "engine_not_answering": "the engine process did not answer",
    "engine_failed": "the engine process failed (detail)",
    "engine_unavailable": "no engine process could be started (detail)",
    "engine_stuck": "the engine process gave no heartbeat and was ended (seconds)",
}

# Facts core states (descriptions and names, not problems).
FACT_CODES: dict[str, str] = {
    "skipped_rows": "rows skipped on import (count, lines, more)",
    "generated": "the blog generator's data (t0, t1)",
    "line_fit": "a line fit's data (slope, intercept)",
    "classes": "logistic regression's generated classes (separation)",
    "tanh": "the neuron's generated data (amplitude, steepness)",
    "csv_fit": "an imported file's fit (file, target, terms, rows)",
    "noise": "Gaussian noise added to the target (sigma)",
    "outliers": "outliers added to the target (count, size)",
    "standardised": "the features are z-scored",
    "ready_run": "a ready-made race's run (key: batch, sgd, minibatch, gd, momentum, adam)",
    "sweep_run": "a learning-rate sweep's run (factor of the stable limit)",
}
