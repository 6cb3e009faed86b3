"""Building config dataclasses from parsed JSON: unknown keys and wrongly typed
values become ``Problem`` values; every other field keeps its (valid) default, so
the range checks that follow still see a whole config."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from typing import Any

from gd_desktop.core.problems import Problem, problem

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
