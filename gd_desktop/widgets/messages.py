"""Sentences for the problems and facts core reports, built through Qt's translation.

Each sentence is a literal passed straight to ``QCoreApplication.translate`` (so
pyside6-lupdate finds it), then formatted with the problem's values. With no
translation loaded the words are those of the command line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6 import QtCore

from gd_desktop.core.dataset import DatasetDescription
from gd_desktop.core.problems import Fact, Problem
from gd_desktop.core.race import RaceEntry
from gd_desktop.widgets.file_messages import FILE_CODES, file_bodies
from gd_desktop.widgets.import_messages import IMPORT_CODES, import_bodies
from gd_desktop.widgets.system_messages import SYSTEM_CODES, system_bodies

# The label a run gets when nobody named it (files and core keep it in English).
DEFAULT_LABEL = re.compile(r"Run (\d{1,3})")

# Problems of a text field's entry (the panel's own, not core's): field, then text or bound.
ENTRY_CODES = frozenset(
    {"entry_not_number", "entry_not_finite", "entry_above", "entry_at_least", "entry_below",
     "entry_at_most"}
)  # fmt: skip
# Codes whose sentence never starts with the field's name.
STANDALONE = frozenset({"diverged"})

__all__ = ["ENTRY_CODES", "describe", "describe_dataset", "describe_fact", "explain", "run_name"]


def _joined(names: Iterable[Any]) -> str:
    return ", ".join(str(n) for n in names)


def _type_kind(kind: str) -> str:
    kinds = {
        "bool": QtCore.QCoreApplication.translate("Messages", "true or false"),
        "int": QtCore.QCoreApplication.translate("Messages", "an integer"),
        "number": QtCore.QCoreApplication.translate("Messages", "a number within float range"),
        "string": QtCore.QCoreApplication.translate("Messages", "a string"),
        "pair": QtCore.QCoreApplication.translate("Messages", "a list of two numbers"),
    }
    return kinds.get(kind, kind)


def _choice(p: Problem) -> str:
    choices = _joined(p["choices"])
    if "value" in p.params:
        return QtCore.QCoreApplication.translate(
            "Messages", "must be one of {0}, got {1!r}"
        ).format(choices, p["value"])
    return QtCore.QCoreApplication.translate("Messages", "must be one of {0}").format(choices)


def _interval(p: Problem) -> str:
    left = "(" if p["low_open"] else "["
    right = ")" if p["high_open"] else "]"
    notation = f"{left}{p['low']}, {p['high']}{right}"
    return QtCore.QCoreApplication.translate("Messages", "must be in {0}, got {1}").format(
        notation, p["value"]
    )


def _limit_name(rule: str) -> str:
    names = {
        "gd": "2/lambda_max",
        "momentum": QtCore.QCoreApplication.translate(
            "Messages", "of momentum, 2(1+beta)/lambda_max,"
        ),
        "nesterov": QtCore.QCoreApplication.translate(
            "Messages", "of Nesterov, 2(1+beta)/((1+2beta) lambda_max),"
        ),
    }
    return names.get(rule, rule)


def _diverged(p: Problem) -> str:
    if p.get("limit") is None:
        return QtCore.QCoreApplication.translate(
            "Messages",
            "the loss grew without bound with {0} at learning rate {1:.6g}; try a smaller rate",
        ).format(p["rule"], p["learning_rate"])
    return QtCore.QCoreApplication.translate(
        "Messages",
        "the loss grew without bound at learning rate {0:.6g}, {1:.3g} x the stable limit "
        "{2} = {3:.6g}; try a rate below {3:.6g}",
    ).format(p["learning_rate"], p["ratio"], _limit_name(p["rule"]), p["limit"])


def _budget_cap(p: Problem) -> str:
    return QtCore.QCoreApplication.translate(
        "Messages",
        "{0:,} updates exceeds the cap of {1:,}: every update is recorded, so lower the "
        "budget, or raise the cap if you have the memory (about 72 bytes an update: "
        '--max-updates, or "max_updates" in an experiment file)',
    ).format(p["updates"], p["cap"])


def _entry(p: Problem) -> str:
    texts = {
        "entry_not_number": QtCore.QCoreApplication.translate("Messages", "'{0}' is not a number"),
        "entry_not_finite": QtCore.QCoreApplication.translate(
            "Messages", "must be a finite number"
        ),
        "entry_above": QtCore.QCoreApplication.translate("Messages", "must be greater than {0}"),
        "entry_at_least": QtCore.QCoreApplication.translate("Messages", "must be at least {0}"),
        "entry_below": QtCore.QCoreApplication.translate("Messages", "must be less than {0}"),
        "entry_at_most": QtCore.QCoreApplication.translate("Messages", "must be at most {0}"),
    }
    return texts[p.code].format(p.get("text", p.get("bound")))


def _translated(text: str) -> Callable[[Problem], str]:
    """A body with no values (the literal is translated where this is called)."""
    return lambda _p: text


def _config_bodies() -> dict[str, Callable[[Problem], str]]:
    return {
        "json": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "not valid JSON: {0} (line {1})"
        ).format(p["message"], p["line"]),
        "unreadable": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "cannot read {0}: {1}"
        ).format(p["path"], p["reason"]),
        "object": _translated(QtCore.QCoreApplication.translate("Messages", "expected an object")),
        "version": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "expected {0}, got {1!r}"
        ).format(p["expected"], p["value"]),
        "unknown_key": _translated(QtCore.QCoreApplication.translate("Messages", "unknown key")),
        "type": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "expected {0}, got {1!r}"
        ).format(_type_kind(p["kind"]), p["value"]),
        "choice": _choice,
        "range": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "must be between {0} and {1}, got {2}"
        ).format(p["low"], p["high"], p["value"]),
        "interval": _interval,
        "positive": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "must be a finite number > 0, got {0}"
        ).format(p["value"]),
        "non_negative": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "must be a finite number >= 0, got {0}"
        ).format(p["value"]),
        "at_least": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "must be at least {0}, got {1}"
        ).format(p["low"], p["value"]),
        "finite": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "must be finite, got {0}"
        ).format(p["value"]),
        "start_finite": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "initial weights must be finite, got {0}"
        ).format(p["value"]),
        "positive_or_null": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "must be a finite number > 0 or null, got {0}"
        ).format(p["value"]),
        "batch_rows": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "must be between 1 and the number of rows ({0}), got {1}"
        ).format(p["rows"], p["value"]),
        "surface_model": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "names surface {0!r}, but the model is not a test surface"
        ).format(p["value"]),
        "grad_noise_surface": _translated(
            QtCore.QCoreApplication.translate(
                "Messages", "gradient noise applies to test surfaces only"
            )
        ),
        "surface_full_batch": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "a test surface has no rows, so its method is full batch, not {0!r}"
        ).format(p["value"]),
        "surface_no_data": _translated(
            QtCore.QCoreApplication.translate("Messages", "a test surface takes no data file")
        ),
        "not_binary": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "a logistic regression target must be 0 or 1; {0} has {1}"
        ).format(
            p["column"] or QtCore.QCoreApplication.translate("Messages", "the target"),
            ", ".join(f"{v:g}" for v in p["values"]),
        ),
        "needs_path": _translated(
            QtCore.QCoreApplication.translate("Messages", "a CSV source needs the file's path")
        ),
        "needs_target": _translated(
            QtCore.QCoreApplication.translate("Messages", "a CSV source needs the target column")
        ),
        "needs_feature": _translated(
            QtCore.QCoreApplication.translate("Messages", "a CSV source needs a feature column")
        ),
        "needs_second_feature": _translated(
            QtCore.QCoreApplication.translate(
                "Messages", "give a second feature column, or set add_intercept"
            )
        ),
        "needs_dataset": _translated(
            QtCore.QCoreApplication.translate(
                "Messages", "a CSV source needs its dataset read first"
            )
        ),
        "shared_data": _translated(
            QtCore.QCoreApplication.translate(
                "Messages", "a run sharing data must have the same data and seed"
            )
        ),
        "budget_cap": _budget_cap,
        "underflow": lambda p: QtCore.QCoreApplication.translate(
            "Messages",
            "the rate would fall to 0 before update {0:,}; raise it or shorten the budget",
        ).format(p["updates"]),
        "unknown_preset": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "unknown preset {0!r}; known: {1}"
        ).format(p["name"], _joined(p["known"])),
        "diverged": _diverged,
        "race_list": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "expected a list of 1 to {0} runs"
        ).format(p["high"]),
        "race_entry": _translated(
            QtCore.QCoreApplication.translate("Messages", "expected an object with a config")
        ),
        "race_label": _translated(
            QtCore.QCoreApplication.translate(
                "Messages", "label must be text and color like #ff991a"
            )
        ),
        "race_size": lambda p: QtCore.QCoreApplication.translate(
            "Messages", "between 1 and {0} runs, got {1}"
        ).format(p["high"], p["value"]),
    }


def explain(problem: Problem) -> str:
    """What is wrong, without the field's name (shown next to the field itself)."""
    if problem.code in ENTRY_CODES:
        return _entry(problem)
    if problem.code in IMPORT_CODES:
        return import_bodies()[problem.code](problem)
    if problem.code in SYSTEM_CODES | FILE_CODES:
        return {**system_bodies(), **file_bodies()}[problem.code](problem)
    return _config_bodies()[problem.code](problem)


def describe(problem: Problem) -> str:
    """The whole sentence: "field: what is wrong", or the run's name first for a
    problem of a race's run, or the sentence alone when it concerns no field."""
    if "run_label" in problem.params:
        params = {k: v for k, v in problem.params.items() if k not in ("run", "run_label")}
        inner = Problem(problem.code, problem.run_field, params)
        return QtCore.QCoreApplication.translate("Messages", "{0} (run {1}): {2}").format(
            problem["run_label"], problem["run"], describe(inner)
        )
    field = problem.field or ("config" if problem.code == "object" else "")
    if not field or problem.code in STANDALONE or problem.code in ENTRY_CODES:
        return explain(problem)
    return QtCore.QCoreApplication.translate("Messages", "{0}: {1}").format(field, explain(problem))


def describe_fact(fact: Fact) -> str:
    """A fact in words: skipped rows, a part of a dataset's description, a run's name."""
    if fact.code in IMPORT_CODES:
        return import_bodies()[fact.code](fact)
    return _fact_bodies()[fact.code](fact)


def describe_dataset(description: DatasetDescription) -> str:
    """A dataset's description in one line ("" when nothing is known)."""
    if description.source is None:
        return ""
    return describe_fact(description.source) + "".join(
        describe_fact(a) for a in description.additions
    )


def run_name(entry: RaceEntry) -> str:
    """A race run's name: a ready-made run's translated, a default "Run 3" too, else
    the label it was given."""
    if entry.name is not None:
        return describe_fact(entry.name)
    number = DEFAULT_LABEL.fullmatch(entry.label)
    if number is not None:
        return QtCore.QCoreApplication.translate("Messages", "Run {0}").format(number[1])
    return entry.label


def _ready_run(key: str) -> str:
    names = {
        "batch": QtCore.QCoreApplication.translate("Messages", "Batch"),
        "sgd": QtCore.QCoreApplication.translate("Messages", "SGD"),
        "minibatch": QtCore.QCoreApplication.translate("Messages", "Mini-batch"),
        "gd": QtCore.QCoreApplication.translate("Messages", "GD"),
        "momentum": QtCore.QCoreApplication.translate("Messages", "Momentum"),
        "adam": QtCore.QCoreApplication.translate("Messages", "Adam"),
        "left": QtCore.QCoreApplication.translate("Messages", "Left start"),
        "right": QtCore.QCoreApplication.translate("Messages", "Right start"),
    }
    return names[key]


def _fact_bodies() -> dict[str, Callable[[Fact], str]]:
    return {
        "generated": lambda f: QtCore.QCoreApplication.translate(
            "Messages", "generated: y = {0:g} x0 + {1:g} x1"
        ).format(f["t0"], f["t1"]),
        "line_fit": lambda f: QtCore.QCoreApplication.translate(
            "Messages", "line fit: y = {0:g} x + {1:g}"
        ).format(f["slope"], f["intercept"]),
        "csv_fit": lambda f: QtCore.QCoreApplication.translate(
            "Messages", "{0}: {1} ~ {2} ({3:,} rows)"
        ).format(f["file"], f["target"], " + ".join(f["terms"]), f["rows"]),
        "classes": lambda f: QtCore.QCoreApplication.translate(
            "Messages", "two Gaussian classes, {0:g} deviations apart"
        ).format(f["separation"]),
        "tanh": lambda f: QtCore.QCoreApplication.translate(
            "Messages", "generated: y = {0:g} tanh({1:g} x)"
        ).format(f["amplitude"], f["steepness"]),
        "noise": lambda f: QtCore.QCoreApplication.translate(
            "Messages", " + noise (sigma {0:g})"
        ).format(f["sigma"]),
        "outliers": lambda f: QtCore.QCoreApplication.translate(
            "Messages", " + {0} outliers of size {1:g}"
        ).format(f["count"], f["size"]),
        "standardised": _translated(
            QtCore.QCoreApplication.translate("Messages", " (features standardised)")
        ),
        "ready_run": lambda f: _ready_run(f["key"]),
        "sweep_run": lambda f: QtCore.QCoreApplication.translate(
            "Messages", "{0:g} x limit"
        ).format(f["factor"]),
    }
