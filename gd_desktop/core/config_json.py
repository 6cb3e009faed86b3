"""Reading JSON text safely, and building config dataclasses from it.

``parse`` refuses what would trouble Python's json module before it parses:
nesting deeper than any config has (a RecursionError), and integers of more
digits than any count needs (slow to convert, and refused past 4,300 digits);
such an integer becomes a ``HugeInteger`` the builder reports by field.
Unknown keys and wrongly typed values become ``Problem`` values; every other
field keeps its (valid) default, so the range checks that follow still see a
whole config.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from gd_desktop.core.problems import Problem, ProblemError, problem

# A race file is nested 5 deep ({"race": [{"config": {"data": {"true_weights": [...]}}}]}).
MAX_DEPTH = 32
# Digits of the largest integer read as a number (a seed has 10).
MAX_DIGITS = 30
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_OPEN = (ord("["), ord("{"))
_CLOSE = (ord("]"), ord("}"))


@dataclass(frozen=True)
class HugeInteger:
    """An integer of more than MAX_DIGITS digits, kept as its digit count."""

    digits: int

    def __repr__(self) -> str:
        return f"<an integer of {self.digits:,} digits>"


def nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects in JSON text (strings skipped)."""
    bare = _STRING.sub("", text).encode("utf-8", "surrogatepass")
    codes = np.frombuffer(bare, dtype=np.uint8)
    steps = np.isin(codes, _OPEN).astype(np.int64) - np.isin(codes, _CLOSE)
    return int(np.cumsum(steps).max(initial=0))


def _integer(text: str) -> int | HugeInteger:
    digits = len(text.lstrip("-"))
    return HugeInteger(digits) if digits > MAX_DIGITS else int(text)


def parse(text: str) -> Any:
    """The value of JSON text; ProblemError (``json`` or ``too_deep``) when it is not
    JSON or is nested deeper than MAX_DEPTH."""
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise ProblemError([problem("too_deep", depth=depth, limit=MAX_DEPTH)])
    try:
        return json.loads(text, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise ProblemError([problem("json", message=exc.msg, line=exc.lineno)]) from None


def dumps(value: Any, indent: int | None = 2) -> str:
    """Standard JSON text (never NaN or Infinity); a non-finite number is a
    ProblemError (``not_json_number``) naming where it is."""
    try:
        return json.dumps(value, indent=indent, allow_nan=False)
    except ValueError:
        field, number = _non_finite(value, "") or ("", None)
        raise ProblemError([problem("not_json_number", field, value=number)]) from None


def _non_finite(value: Any, where: str) -> tuple[str, float] | None:
    """The dotted path of the first NaN or infinity in ``value``, and the number."""
    if isinstance(value, float) and not math.isfinite(value):
        return where, value
    if isinstance(value, dict):
        items = [(f"{where}.{k}" if where else str(k), v) for k, v in value.items()]
    elif isinstance(value, list | tuple):
        items = [(f"{where}[{i}]", v) for i, v in enumerate(value)]
    else:
        return None
    for path, item in items:
        found = _non_finite(item, path)
        if found is not None:
            return found
    return None


# Fields that may also be null.
OPTIONAL_FLOATS = frozenset({"tolerance"})
_BAD = object()


def build(
    cls: type,
    raw: Any,
    nested: Mapping[str, type],
    version: int,
    problems: list[Problem],
    prefix: str = "",
) -> Any:
    """An instance of ``cls`` from ``raw`` (None if it is not an object); problems go to
    ``problems``, each named by its dotted path. ``nested`` maps a top-level key to
    its part's class; ``version`` is the only value the top-level "version" may have."""
    if not isinstance(raw, dict):
        problems.append(problem("object", prefix.rstrip(".")))
        return None
    known = {f.name for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{prefix}{key}"
        if key == "version" and not prefix:
            if value != version:
                problems.append(problem("version", "version", expected=version, value=value))
            continue
        if key not in known:
            problems.append(problem("unknown_key", name))
            continue
        if key in nested and not prefix:
            values[key] = build(nested[key], value, nested, version, problems, f"{key}.")
            continue
        converted = _convert(value, getattr(cls(), key), key, name, problems)
        if converted is not _BAD:
            values[key] = converted
    if any(v is None and k in nested for k, v in values.items()):
        return None
    return replace(cls(), **values)


def _convert(value: Any, default: Any, key: str, name: str, problems: list[Problem]) -> Any:
    """Check a JSON value against the type of the field's default."""
    if key in OPTIONAL_FLOATS and value is None:
        return None
    if isinstance(value, HugeInteger):
        problems.append(problem("huge_integer", name, digits=value.digits, limit=MAX_DIGITS))
        return _BAD
    if isinstance(default, bool):
        ok, kind = isinstance(value, bool), "bool"
    elif isinstance(default, int):
        ok, kind = isinstance(value, int) and not isinstance(value, bool), "int"
    elif isinstance(default, float) or key in OPTIONAL_FLOATS:
        ok, kind = _is_number(value), "number"
        value = float(value) if ok else value
    elif isinstance(default, str):
        ok, kind = isinstance(value, str), "string"
    elif isinstance(default, tuple):
        ok = isinstance(value, list | tuple) and len(value) == 2 and all(map(_is_number, value))
        kind = "pair"
        value = (float(value[0]), float(value[1])) if ok else value
    else:  # pragma: no cover - every field has one of the types above
        ok, kind = False, "known"
    if not ok:
        problems.append(problem("type", name, kind=kind, value=value))
        return _BAD
    return value


def _is_number(value: Any) -> bool:
    """A JSON number that converts to a float (a huge integer overflows)."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    try:
        float(value)
    except OverflowError:
        return False
    return True
