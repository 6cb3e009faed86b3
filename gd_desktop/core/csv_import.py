"""Import a target and one or two feature columns of a CSV file as a Dataset.

numpy's ``loadtxt`` parses the file a chunk of lines at a time, so a caller on a
worker thread can show progress and cancel between chunks. A chunk numpy rejects
(a missing or non-numeric value somewhere in it) is parsed again row by row with
the csv module, which skips the bad rows and records their line numbers.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from gd_desktop.core import memory
from gd_desktop.core.config import DataConfig
from gd_desktop.core.csv_inspect import (
    QUOTE,
    CsvInfo,
    DataImportError,
    display_name,
    encoding_error,
    import_error,
    inspect_csv,
    is_blank,
    open_error,
    parse_number,
    resolve_column,
    split_line,
)
from gd_desktop.core.dataset import Dataset, DatasetDescription, data_too_large
from gd_desktop.core.problems import Fact, problem

__all__ = [
    "CsvInfo",
    "DataImportError",
    "ImportCancelled",
    "ImportedData",
    "dataset_for",
    "skipped_fact",
    "inspect_csv",
    "load_columns",
]

# Characters handed to one np.loadtxt call: about 70k lines of a typical numeric file.
CHUNK_CHARS = 4 << 20
# Memory a row needs while loading: three float64 values, held twice while the
# chunks are joined into one array.
BYTES_PER_ROW = 3 * 8 * 2
# Skipped line numbers listed in a summary before "and N more" (the count).
MAX_LISTED = 10
INTERCEPT_NAME = "1 (intercept)"

Progress = Callable[[float], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The import was cancelled between chunks; nothing was loaded."""


@dataclass(frozen=True)
class ImportedData:
    """An imported dataset, the 1-based line numbers of the rows skipped, and the layout."""

    dataset: Dataset
    skipped_lines: tuple[int, ...]
    info: CsvInfo

    @property
    def skipped(self) -> Fact | None:
        """The skipped rows as a fact for the user (None when every row was used)."""
        return skipped_fact(self.skipped_lines)


def skipped_fact(lines: Sequence[int]) -> Fact | None:
    """``skipped_rows``: the count, at most ``MAX_LISTED`` line numbers and how many more."""
    if not lines:
        return None
    count = len(lines)
    return problem(
        "skipped_rows",
        count=count,
        lines=tuple(lines[:MAX_LISTED]),
        more=max(0, count - MAX_LISTED),
    )


def load_columns(
    path: str | os.PathLike[str],
    target: str | int,
    features: str | int | Sequence[str | int],
    add_intercept: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    available_memory: int | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> ImportedData:
    """Read the target and feature columns of a CSV file into a Dataset.

    Parameters
    ----------
    target, features
        Columns by header name, 0-based index, or 1-based number as digits
        ("3"). Two features, or one with ``add_intercept`` (then f0 = 1, f1 = the
        feature, a line fit).
    progress
        Called with the fraction of the file read, after each chunk.
    cancelled
        Polled before each chunk; when it returns True, ``ImportCancelled`` is raised.
    available_memory
        Bytes the import may use; by default the system's available memory.

    Raises DataImportError with the problem when the file cannot be imported,
    including when fewer than 2 rows have a number in every column used.
    """
    info = inspect_csv(path)
    wanted = [features] if isinstance(features, str | int) else list(features)
    if len(wanted) != (1 if add_intercept else 2):
        raise import_error("feature_count")
    columns = [resolve_column(info, spec) for spec in [target, *wanted]]
    _check_memory(info, available_memory)
    names = [info.column_names[c] for c in columns]
    usecols = sorted(set(columns))
    try:
        chunks, skipped = _read_chunks(info, usecols, progress, cancelled, chunk_chars)
        rows = sum(chunk.shape[0] for chunk in chunks)
        if rows == 0:
            raise import_error("no_usable_rows", path=info.path, columns=tuple(names))
        if rows == 1:
            raise import_error("one_usable_row", path=info.path)
        # One pass from the chunks to the Dataset's own arrays: no joined copy.
        positions = [usecols.index(c) for c in columns]
        target_values = np.concatenate([chunk[:, positions[0]] for chunk in chunks])
        feature_values = np.ones((rows, 2))  # f0 stays 1 with an intercept
        slots = list(enumerate(positions[1:], start=1 if add_intercept else 0))
        start = 0
        for chunk in chunks:
            stop = start + chunk.shape[0]
            for slot, position in slots:
                feature_values[start:stop, slot] = chunk[:, position]
            start = stop
    except MemoryError:
        raise import_error("no_memory", path=info.path) from None
    feature_names = (INTERCEPT_NAME, names[1]) if add_intercept else (names[1], names[2])
    terms = ["1", names[1]] if add_intercept else names[1:]
    description = DatasetDescription(
        problem(
            "csv_fit", file=display_name(info.path), target=names[0], terms=tuple(terms), rows=rows
        )
    )
    too_large = data_too_large(feature_values, target_values, info.path)
    if too_large is not None:
        raise DataImportError(too_large)
    dataset = Dataset(feature_values, target_values, feature_names, names[0], description)
    return ImportedData(dataset, tuple(skipped), info)


def dataset_for(
    config: DataConfig, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ImportedData:
    """Import the file a CSV-source data config names (standardising is the run's job)."""
    if config.source != "csv":
        raise import_error("not_csv", source=config.source)
    if not config.path:
        raise import_error("no_csv_path")
    if config.add_intercept:
        features: tuple[str, ...] = (config.feature0,)
    else:
        features = (config.feature0, config.feature1)
    return load_columns(
        config.path, config.target, features, config.add_intercept, progress, cancelled
    )


def _check_memory(info: CsvInfo, available: int | None) -> None:
    free = memory.free_memory() if available is None else available
    need = info.estimated_rows * BYTES_PER_ROW
    if free is not None and need > free:
        raise import_error(
            "too_large", path=info.path, rows=info.estimated_rows, need=need, free=free
        )


def _read_chunks(
    info: CsvInfo,
    usecols: list[int],
    progress: Progress | None,
    cancelled: Cancelled | None,
    chunk_chars: int,
) -> tuple[list[np.ndarray], list[int]]:
    """The ``usecols`` of the usable rows, chunk by chunk, and the skipped line numbers."""
    chunks: list[np.ndarray] = []
    skipped: list[int] = []
    consumed = info.skip_lines
    size = max(1, info.size_bytes)
    try:
        with (
            open(info.path, "rb") as raw,
            io.TextIOWrapper(raw, encoding="utf-8-sig", newline=None) as text,
        ):
            for _ in range(info.skip_lines):
                text.readline()
            while True:
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                try:
                    lines = text.readlines(chunk_chars)
                except UnicodeDecodeError:
                    raise encoding_error(info.path) from None
                if not lines:
                    break
                block = _parse_chunk(lines, consumed + 1, info.delimiter, usecols, skipped)
                consumed += len(lines)
                if block.shape[0]:
                    chunks.append(block)
                if progress is not None:
                    progress(min(1.0, raw.tell() / size))
    except OSError as exc:
        raise open_error(info.path, exc) from None
    return chunks, skipped


def _parse_chunk(
    lines: list[str], first_line: int, delimiter: str, usecols: list[int], skipped: list[int]
) -> np.ndarray:
    """numpy's parse of a chunk when every row is good, else the row-by-row one."""
    if not any(not is_blank(line) for line in lines):
        return np.empty((0, len(usecols)))  # loadtxt would warn of no data
    try:
        block = np.loadtxt(
            lines,
            delimiter=delimiter,
            usecols=usecols,
            dtype=np.float64,
            ndmin=2,
            comments=None,
            quotechar=QUOTE,
        )
    except ValueError:
        pass
    else:
        if np.isfinite(block).all():
            return block
    return _parse_rows(lines, first_line, delimiter, usecols, skipped)


def _parse_rows(
    lines: list[str], first_line: int, delimiter: str, usecols: list[int], skipped: list[int]
) -> np.ndarray:
    """The rows with a finite number in every used column; the others' line numbers
    go to ``skipped``."""
    good: list[list[float]] = []
    last = usecols[-1]
    for offset, line in enumerate(lines):
        if is_blank(line):
            continue
        fields = split_line(line, delimiter)
        cells = [fields[c] for c in usecols] if fields and len(fields) > last else []
        numbers = [v for v in map(parse_number, cells) if v is not None]
        if cells and len(numbers) == len(cells):
            good.append(numbers)
        else:
            skipped.append(first_line + offset)
    return np.array(good, dtype=np.float64).reshape(-1, len(usecols))
