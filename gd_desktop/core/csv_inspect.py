"""A first look at a CSV file: delimiter, header, column names and which look numeric.

Reads only a sample from the top of the file, so it is quick on any size; the
import itself (``csv_import``) reads the rest. Every problem a user can fix is a
``DataImportError`` carrying a ``Problem`` (its code, the file and the details).
"""

from __future__ import annotations

import codecs
import csv
import math
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gd_desktop.core.files import FileProblem, regular_size
from gd_desktop.core.problems import Problem, ProblemError, problem

DELIMITERS = (",", ";", "\t")
QUOTE = '"'
# The sample: at most this many lines or characters from the top of the file.
SAMPLE_LINES = 200
SAMPLE_CHARS = 1 << 20
# csv.Sniffer's regexes take time quadratic in the text on some inputs (half a
# second for 8 KB of `,"` pairs); it sees only this much.
SNIFF_CHARS = 4096
BINARY_PROBE_BYTES = 8192
# Column names listed in a message about a column that is not there.
MAX_NAMES_LISTED = 20


class DataImportError(ProblemError):
    """A file that cannot be imported; ``problem`` says why, as data."""

    def __init__(self, why: Problem):
        super().__init__([why])

    @property
    def problem(self) -> Problem:
        return self.problems[0]

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.problem,))


def import_error(code: str, **params: Any) -> DataImportError:
    """Shorthand: ``import_error("empty_file", path=name)``."""
    return DataImportError(problem(code, **params))


@dataclass(frozen=True)
class CsvInfo:
    """What the top of a CSV file says about its layout.

    ``skip_lines`` is the number of physical lines before the data (blank lines
    and the header); ``estimated_rows`` is exact when the sample was the whole file.
    """

    path: str
    delimiter: str
    has_header: bool
    column_names: tuple[str, ...]
    numeric: tuple[bool, ...]
    skip_lines: int
    estimated_rows: int
    size_bytes: int

    @property
    def numeric_columns(self) -> tuple[str, ...]:
        return tuple(n for n, ok in zip(self.column_names, self.numeric, strict=True) if ok)


def parse_number(text: str) -> float | None:
    """The finite float a cell holds, or None (missing, text, NaN or infinite).

    Accepts what ``np.loadtxt`` accepts, so the per-row fallback and numpy agree:
    Python's ``float`` also takes digit separators and non-ASCII digits, numpy not.
    """
    s = text.strip()
    if not s or not s.isascii() or "_" in s:
        return None
    try:
        value = float(s)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def split_line(line: str, delimiter: str) -> list[str] | None:
    """The fields of one line, or None if the csv module rejects it."""
    try:
        return next(csv.reader((line,), delimiter=delimiter, quotechar=QUOTE), [])
    except csv.Error:
        return None


def is_blank(line: str) -> bool:
    return not line.strip()


def open_error(path: str, exc: OSError) -> DataImportError:
    if isinstance(exc, FileNotFoundError):
        return import_error("no_file", path=path)
    if isinstance(exc, IsADirectoryError):
        return import_error("is_folder", path=path)
    return import_error("unreadable", path=path, reason=(exc.strerror or str(exc)).lower())


def binary_error(path: str) -> DataImportError:
    return import_error("binary", path=path)


def encoding_error(path: str) -> DataImportError:
    return import_error("not_utf8", path=path, line=_first_undecodable_line(path))


def _first_undecodable_line(path: str) -> int | None:
    """The line of the first byte that is not UTF-8 (text reads decode ahead of the
    line they return, so the reader cannot say)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    try:
        with open(path, "rb") as raw:
            while block := raw.read(1 << 20):
                try:
                    decoder.decode(block)
                except UnicodeDecodeError as exc:
                    return line + exc.object[: exc.start].count(b"\n")
                line += block.count(b"\n")
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:  # the file ends inside a character
        return line
    except OSError:
        pass
    return None


def inspect_csv(path: str | os.PathLike[str]) -> CsvInfo:
    """Sniff the delimiter, detect a header and find the numeric columns.

    Raises DataImportError for a missing or unreadable file, an empty or binary
    one, a file with a single row or with no numeric column.
    """
    name = os.fspath(path)
    lines, whole_file, size = _read_sample(name)
    content = [i for i, line in enumerate(lines) if not is_blank(line)]
    if not content:
        raise import_error("empty_file", path=name)
    if whole_file and len(content) < 2:
        raise import_error("one_row", path=name)
    delimiter = _sniff_delimiter([lines[i] for i in content])
    rows = [split_line(lines[i], delimiter) or [] for i in content]
    width = max(len(r) for r in rows)
    values = [[parse_number(cell) for cell in r] for r in rows]
    numeric_below = _numeric_columns(values[1:], width)
    has_header = any(numeric_below[c] and v is None for c, v in enumerate(values[0]))
    data = values[1:] if has_header else values
    if whole_file and len(data) < 2:
        raise import_error("one_data_row", path=name)
    numeric = _numeric_columns(data, width)
    if not any(numeric):
        raise import_error("no_numeric", path=name)
    skip_lines = content[0] + 1 if has_header else 0
    if whole_file:
        estimate = len(data)
    else:
        data_lines = lines[skip_lines:]
        mean_chars = max(1.0, sum(len(s) for s in data_lines) / max(1, len(data_lines)))
        header_chars = sum(len(s) for s in lines[:skip_lines])
        estimate = max(len(data), round((size - header_chars) / mean_chars))
    return CsvInfo(
        path=name,
        delimiter=delimiter,
        has_header=has_header,
        column_names=_column_names(rows[0] if has_header else [], width),
        numeric=numeric,
        skip_lines=skip_lines,
        estimated_rows=estimate,
        size_bytes=size,
    )


def _read_sample(path: str) -> tuple[list[str], bool, int]:
    """The first lines of the file, whether they are all of it, and its size in bytes."""
    lines: list[str] = []
    size = _regular_size(path)
    try:
        with open(path, "rb") as raw:
            probe = raw.read(BINARY_PROBE_BYTES)
            if _is_utf16(probe):
                raise import_error("utf16", path=path)
            if b"\0" in probe:
                raise binary_error(path)
        with open(path, encoding="utf-8-sig", newline=None) as text:
            chars = 0
            while len(lines) < SAMPLE_LINES and chars < SAMPLE_CHARS:
                line = text.readline(SAMPLE_CHARS)
                if not line:
                    break
                lines.append(line)
                chars += len(line)
            whole_file = not text.read(1)
    except OSError as exc:
        raise open_error(path, exc) from None
    except UnicodeDecodeError:
        raise encoding_error(path) from None
    if any("\0" in line for line in lines):
        raise binary_error(path)
    if not whole_file and len(lines) > 1 and not lines[-1].endswith("\n"):
        lines.pop()  # cut off by the sample's limit
    return lines, whole_file, size


def _regular_size(path: str) -> int:
    """The size of a regular file; a pipe or device is refused before it is opened
    (reading a FIFO would wait for a writer forever, a device never ends)."""
    try:
        return regular_size(path)
    except FileProblem as exc:
        why = exc.first
        if why.code == "not_regular" and why["kind"] == "folder":
            raise import_error("is_folder", path=path) from None
        raise DataImportError(why) from None


def _is_utf16(probe: bytes) -> bool:
    """Text in UTF-16: a byte-order mark, or a NUL in every other byte and none between."""
    if probe.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    for text, nuls in ((probe[0::2], probe[1::2]), (probe[1::2], probe[0::2])):
        if len(nuls) >= 2 and 0 not in text and nuls.count(0) * 10 >= len(nuls) * 9:
            return True
    return False


def _sniff_delimiter(lines: list[str]) -> str:
    """csv.Sniffer's choice when it splits the lines evenly, else the best by counting."""
    text = "".join(lines)
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]  # whole lines only
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _split_score(lines, d) for d in DELIMITERS}
    if sniffed in scores and scores[sniffed][0] > 0:
        return sniffed
    best = max(DELIMITERS, key=lambda d: scores[d])
    return best if scores[best][0] > 0 else DELIMITERS[0]


def _split_score(lines: list[str], delimiter: str) -> tuple[int, int]:
    """(lines with the most common field count, that count), or (0, 0) if it is 1.

    A delimiter that splits most lines into the same number (> 1) of fields is
    probably the file's.
    """
    counts = Counter(len(split_line(line, delimiter) or []) for line in lines)
    fields, lines_with = counts.most_common(1)[0]
    if fields < 2 or lines_with * 2 < len(lines):
        return (0, 0)
    return (lines_with, fields)


def _numeric_columns(rows: list[list[float | None]], width: int) -> tuple[bool, ...]:
    """Which columns hold a number in most rows (a short row counts as missing)."""
    found = [0] * width
    for row in rows:
        for c, value in enumerate(row):
            if value is not None:
                found[c] += 1
    return tuple(count > 0 and count * 2 > len(rows) for count in found)


def _column_names(header: list[str], width: int) -> tuple[str, ...]:
    """Header names (unique; "column k" where blank or missing), or "column 1", ..."""
    names: list[str] = []
    seen: set[str] = set()
    for c in range(width):
        label = header[c].strip() if c < len(header) else ""
        if not label or label in seen:
            label = f"column {c + 1}" if not label else f"{label} (column {c + 1})"
        names.append(label)
        seen.add(label)
    return tuple(names)


def resolve_column(info: CsvInfo, spec: str | int) -> int:
    """The 0-based index of a column given by name, 0-based int, or 1-based digits.

    A string is first matched against the names; one of digits only that names no
    column is read as a column number counted from 1 ("3" is "column 3").
    """
    if isinstance(spec, int):
        index = spec
    elif spec.strip() in info.column_names:
        index = info.column_names.index(spec.strip())
    elif spec.strip().isdigit():
        index = int(spec.strip()) - 1
    else:
        index = -1
    if not 0 <= index < len(info.column_names):
        raise import_error(
            "no_column",
            path=info.path,
            column=spec,
            columns=info.column_names[:MAX_NAMES_LISTED],
            more=max(0, len(info.column_names) - MAX_NAMES_LISTED),
        )
    if not info.numeric[index]:
        raise import_error(
            "not_numeric",
            path=info.path,
            column=info.column_names[index],
            numeric=info.numeric_columns[:MAX_NAMES_LISTED],
        )
    return index


def display_name(path: str) -> str:
    return Path(path).name or path
