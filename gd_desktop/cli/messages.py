"""English lines for the problems and facts core reports, as the command line prints them.

``line(problem)`` is "field: what is wrong" (or the sentence alone when the problem
concerns no field); a problem of a race's run starts with the run's name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from gd_desktop.core.dataset import DatasetDescription
from gd_desktop.core.problems import Fact, Problem, ProblemError
from gd_desktop.core.race import READY_RUN_LABELS

# What a JSON value of the wrong type should have been.
TYPE_KINDS = {
    "bool": "true or false",
    "int": "an integer",
    "number": "a number within float range",
    "string": "a string",
    "pair": "a list of two numbers",
}
# How the stable limit of each rule with one is written.
LIMIT_NAMES = {
    "gd": "2/lambda_max",
    "momentum": "of momentum, 2(1+beta)/lambda_max,",
    "nesterov": "of Nesterov, 2(1+beta)/((1+2beta) lambda_max),",
}
# Codes whose sentence never starts with the field's name.
STANDALONE = frozenset({"diverged"})


def _joined(names: Iterable[Any]) -> str:
    return ", ".join(str(n) for n in names)


def _more(count: int) -> str:
    return f" and {count} more" if count else ""


def _megabytes(count: int) -> str:
    return f"{count / 2**20:,.0f} MB" if count >= 2**20 else f"{count / 2**20:.2f} MB"


def _choice(p: Problem) -> str:
    text = f"must be one of {_joined(p['choices'])}"
    return text + (f", got {p['value']!r}" if "value" in p.params else "")


def _interval(p: Problem) -> str:
    left = "(" if p["low_open"] else "["
    right = ")" if p["high_open"] else "]"
    return f"must be in {left}{p['low']}, {p['high']}{right}, got {p['value']}"


def _diverged(p: Problem) -> str:
    rate = p["learning_rate"]
    if p.get("limit") is None:
        return (
            f"the loss grew without bound with {p['rule']} at "
            f"learning rate {rate:.6g}; try a smaller rate"
        )
    limit = p["limit"]
    return (
        f"the loss grew without bound at learning rate {rate:.6g}, "
        f"{p['ratio']:.3g} x the stable limit {LIMIT_NAMES[p['rule']]} = {limit:.6g}; "
        f"try a rate below {limit:.6g}"
    )


def _not_utf8(p: Problem) -> str:
    where = f" (line {p['line']} has a byte that is not UTF-8)" if p.get("line") else ""
    return f"{p['path']} is not UTF-8 text{where}; save it as UTF-8 CSV"


def _data_too_large(p: Problem) -> str:
    where = f"{p['path']} has" if p["path"] else "the rows drawn have"
    return (
        f"{where} a value of magnitude {p['largest']:.3g}; values up to {p['limit']:g} "
        f"can be fitted"
    )


def _skipped(p: Fact) -> str:
    count = p["count"]
    rows = "row" if count == 1 else "rows"
    return f"skipped {count} {rows}: {_joined(p['lines'])}{_more(p['more'])}"


BODIES: dict[str, Callable[[Problem], str]] = {
    "json": lambda p: f"not valid JSON: {p['message']} (line {p['line']})",
    "too_deep": lambda p: (
        f"the JSON is nested {p['depth']:,} levels deep; at most {p['limit']} levels are read"
    ),
    "huge_integer": lambda p: (
        f"an integer of {p['digits']:,} digits; at most {p['limit']} digits are read"
    ),
    "unreadable": lambda p: f"cannot read {p['path']}: {p['reason']}",
    "object": lambda p: "expected an object",
    "version": lambda p: f"expected {p['expected']}, got {p['value']!r}",
    "unknown_key": lambda p: "unknown key",
    "type": lambda p: f"expected {TYPE_KINDS.get(p['kind'], p['kind'])}, got {p['value']!r}",
    "choice": _choice,
    "range": lambda p: f"must be between {p['low']} and {p['high']}, got {p['value']}",
    "interval": _interval,
    "positive": lambda p: f"must be a finite number > 0, got {p['value']}",
    "non_negative": lambda p: f"must be a finite number >= 0, got {p['value']}",
    "at_least": lambda p: f"must be at least {p['low']}, got {p['value']}",
    "finite": lambda p: f"must be finite, got {p['value']}",
    "start_finite": lambda p: f"initial weights must be finite, got {p['value']}",
    "positive_or_null": lambda p: f"must be a finite number > 0 or null, got {p['value']}",
    "batch_rows": lambda p: (
        f"must be between 1 and the number of rows ({p['rows']}), got {p['value']}"
    ),
    "needs_path": lambda p: "a CSV source needs the file's path",
    "surface_model": lambda p: f"names surface {p['value']!r}, but the model is not a test surface",
    "grad_noise_surface": lambda p: "gradient noise applies to test surfaces only",
    "surface_full_batch": lambda p: (
        f"a test surface has no rows, so its method is full batch, not {p['value']!r}"
    ),
    "surface_no_data": lambda p: "a test surface takes no data file",
    "not_binary": lambda p: (
        "a logistic regression target must be 0 or 1; "
        f"{p['column'] or 'the target'} has {', '.join(f'{v:g}' for v in p['values'])}"
    ),
    "needs_target": lambda p: "a CSV source needs the target column",
    "needs_feature": lambda p: "a CSV source needs a feature column",
    "needs_second_feature": lambda p: "give a second feature column, or set add_intercept",
    "needs_dataset": lambda p: "a CSV source needs its dataset read first",
    "shared_data": lambda p: "a run sharing data must have the same data and seed",
    "budget_cap": lambda p: (
        f"{p['updates']:,} updates exceeds the cap of {p['cap']:,}: every update is "
        "recorded, so lower the budget, or raise the cap if you have the memory (about 72 "
        'bytes an update: --max-updates, or "max_updates" in an experiment file)'
    ),
    "underflow": lambda p: (
        f"the rate would fall to 0 before update {p['updates']:,}; raise it or shorten the budget"
    ),
    "run_memory": lambda p: (
        f"{p['updates']:,} updates on {p['rows']:,} rows need about {_megabytes(p['need'])} "
        f"(the records are kept in two processes), and {_megabytes(p['free'])} is free; "
        f"shorten the budget"
    ),
    "unknown_preset": lambda p: f"unknown preset {p['name']!r}; known: {_joined(p['known'])}",
    "diverged": _diverged,
    "race_list": lambda p: f"expected a list of 1 to {p['high']} runs",
    "race_entry": lambda p: "expected an object with a config",
    "race_label": lambda p: "label must be text and color like #ff991a",
    "race_size": lambda p: f"between 1 and {p['high']} runs, got {p['value']}",
    "no_file": lambda p: f"{p['path']}: no such file",
    "is_folder": lambda p: f"{p['path']} is a folder, not a file",
    "binary": lambda p: f"{p['path']} is not a text file (it contains NUL bytes)",
    "not_utf8": _not_utf8,
    "utf16": lambda p: f"{p['path']} is UTF-16 text; save it as UTF-8 CSV",
    "data_too_large": _data_too_large,
    "empty_file": lambda p: f"{p['path']} is empty",
    "one_row": lambda p: f"{p['path']} has only one row; at least 2 are needed",
    "one_data_row": lambda p: f"{p['path']} has only one row of data; at least 2 are needed",
    "no_numeric": lambda p: f"{p['path']} has no numeric column",
    "no_column": lambda p: (
        f"{p['path']} has no column {p['column']!r}; its columns are: "
        f"{_joined(p['columns'])}{_more(p['more'])}"
    ),
    "not_numeric": lambda p: (
        f"column {p['column']!r} of {p['path']} is not numeric; "
        f"numeric columns: {_joined(p['numeric'])}"
    ),
    "feature_count": lambda p: "give two feature columns, or one feature column and an intercept",
    "no_usable_rows": lambda p: (
        f"{p['path']}: every row has a missing or non-numeric value in {_joined(p['columns'])}"
    ),
    "one_usable_row": lambda p: f"{p['path']}: only 1 usable row; at least 2 are needed",
    "no_memory": lambda p: f"not enough memory to load {p['path']}",
    "too_large": lambda p: (
        f"{p['path']} is too large for the available memory: about {p['rows']:,} rows "
        f"need about {_megabytes(p['need'])}, and {_megabytes(p['free'])} is free"
    ),
    "not_csv": lambda p: f"the data source is {p['source']!r}, not a CSV file",
    "no_csv_path": lambda p: "no CSV file given",
    "not_regular": lambda p: f"{p['path']} is a {p['kind']}, not a regular file",
    "file_too_large": lambda p: (
        f"{p['path']} is too large: {p['size']:,} bytes, and at most {p['limit']:,} are read"
    ),
    "write_failed": lambda p: (
        f"could not write {p['path']}: {p['reason']}; the previous file is unchanged"
    ),
    "not_json_number": lambda p: f"{p['value']} cannot be saved: JSON holds finite numbers only",
    "csv_needed": lambda p: "Open a CSV file first (File > Open data).",
    "load_error": lambda p: str(p["detail"]),
    "engine_stopped": lambda p: (
        f"the engine process stopped ({p['detail']}); press Reset to start again"
    ),
    "engine_not_answering": lambda p: (
        "the engine process did not answer; press Reset to start again"
    ),
    "engine_failed": lambda p: (
        f"the engine process failed ({p['detail']}); press Reset to start again"
    ),
    "engine_unavailable": lambda p: f"computing in the window's process: {p['detail']}",
    "engine_stuck": lambda p: (
        f"the engine process was stuck (no sign of life for {p['seconds']:g} s) and was "
        "stopped; press Reset to start again"
    ),
}

FACTS: dict[str, Callable[[Fact], str]] = {
    "skipped_rows": _skipped,
    "generated": lambda f: f"generated: y = {f['t0']:g} x0 + {f['t1']:g} x1",
    "line_fit": lambda f: f"line fit: y = {f['slope']:g} x + {f['intercept']:g}",
    "csv_fit": lambda f: (
        f"{f['file']}: {f['target']} ~ {' + '.join(f['terms'])} ({f['rows']:,} rows)"
    ),
    "classes": lambda f: f"two Gaussian classes, {f['separation']:g} deviations apart",
    "tanh": lambda f: f"generated: y = {f['amplitude']:g} tanh({f['steepness']:g} x)",
    "noise": lambda f: f" + noise (sigma {f['sigma']:g})",
    "outliers": lambda f: f" + {f['count']} outliers of size {f['size']:g}",
    "standardised": lambda f: " (features standardised)",
    "ready_run": lambda f: READY_RUN_LABELS[f["key"]],
    "sweep_run": lambda f: f"{f['factor']:g} x limit",
}


def body(problem: Problem) -> str:
    """What is wrong, without the field's name."""
    return BODIES[problem.code](problem)


def line(problem: Problem) -> str:
    """The problem as the command line prints it."""
    if "run_label" in problem.params:
        params = {k: v for k, v in problem.params.items() if k not in ("run", "run_label")}
        inner = Problem(problem.code, problem.run_field, params)
        return f"{problem['run_label']} (run {problem['run']}): {line(inner)}"
    field = problem.field or ("config" if problem.code == "object" else "")
    if not field or problem.code in STANDALONE:
        return body(problem)
    return f"{field}: {body(problem)}"


def lines(problems: Iterable[Problem]) -> list[str]:
    return [line(p) for p in problems]


def error_text(exc: ProblemError) -> str:
    """Every problem of an error, in one line."""
    return "; ".join(lines(exc.problems))


def fact(fact: Fact) -> str:
    """A fact (skipped rows, a run's name) in English."""
    return FACTS[fact.code](fact)


def dataset(description: DatasetDescription) -> str:
    """A dataset's description in one line ("" when nothing is known)."""
    if description.source is None:
        return ""
    return fact(description.source) + "".join(fact(a) for a in description.additions)
