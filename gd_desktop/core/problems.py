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
