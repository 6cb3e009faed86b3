"""The record of every update, kept in preallocated numpy blocks.

Records are appended by the engine and only ever read below ``len(table)``, so a
reader in another thread can use every row it has been told about. Blocks are
never copied on growth, which keeps peak memory at the data plus one block.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

import numpy as np

FIELDS = ("step", "epoch", "w0", "w1", "mse", "batch_mse", "grad_w0", "grad_w1", "lr")
INT_FIELDS = ("step", "epoch")
BLOCK_ROWS = 1 << 16
# Each field's row in a block of records (shape (len(FIELDS), k)): read fields by name.
FIELD_INDEX: dict[str, int] = {name: i for i, name in enumerate(FIELDS)}
# The loss columns' names in exports of families other than least squares.
LOSS_FIELD_NAMES = {"mse": "loss", "batch_mse": "batch_loss"}


def export_fields(model: str) -> tuple[str, ...]:
    """The CSV header for a family: ``mse`` and ``batch_mse`` for linear regression (as
    always), ``loss`` and ``batch_loss`` for the others; the columns are the same."""
    if model == "linear":
        return FIELDS
    return tuple(LOSS_FIELD_NAMES.get(name, name) for name in FIELDS)


# Stands in for a released block: reading it fails loudly.
_RELEASED = np.empty((0, 0))


def column_of(name: str) -> int:
    """The row of field ``name`` in a block of records (KeyError for an unknown name)."""
    return FIELD_INDEX[name]


class RecordTable:
    """Append-only table of update records with the columns in ``FIELDS``."""

    def __init__(self, block_rows: int = BLOCK_ROWS):
        self._block_rows = block_rows
        self._blocks: list[np.ndarray] = []
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def append(self, columns: np.ndarray) -> None:
        """Append rows given as an array of shape (len(FIELDS), k)."""
        k = columns.shape[1]
        done = 0
        while done < k:
            block_index, offset = divmod(self._size, self._block_rows)
            if block_index == len(self._blocks):
                self._blocks.append(np.empty((len(FIELDS), self._block_rows)))
            take = min(k - done, self._block_rows - offset)
            self._blocks[block_index][:, offset : offset + take] = columns[:, done : done + take]
            done += take
            self._size += take

    def rows(self, start: int, stop: int) -> np.ndarray:
        """A copy of rows [start, stop) as an array of shape (len(FIELDS), stop - start)."""
        stop = min(stop, self._size)
        start = max(0, min(start, stop))
        out = np.empty((len(FIELDS), stop - start))
        for block_index, lo, hi, at in self._spans(start, stop):
            out[:, at : at + hi - lo] = self._blocks[block_index][:, lo:hi]
        return out

    def column(self, name: str, start: int = 0, stop: int | None = None) -> np.ndarray:
        """One column over [start, stop), as a new array."""
        stop = self._size if stop is None else min(stop, self._size)
        start = max(0, min(start, stop))
        field = FIELD_INDEX[name]
        parts = [self._blocks[b][field, lo:hi] for b, lo, hi, _ in self._spans(start, stop)]
        return np.concatenate(parts) if parts else np.empty(0)

    def take(self, name: str, indices: np.ndarray) -> np.ndarray:
        """One column at the given row indices (for drawing a decimated path)."""
        indices = np.asarray(indices, dtype=np.int64)
        block, offset = np.divmod(indices, self._block_rows)
        field = FIELD_INDEX[name]
        out = np.empty(indices.shape[0])
        for b in np.unique(block):
            mask = block == b
            out[mask] = self._blocks[int(b)][field, offset[mask]]
        return out

    def release_before(self, index: int) -> None:
        """Free the memory of whole blocks before row ``index`` (those rows can no
        longer be read); the table keeps its length and goes on appending."""
        for b in range(min(index // self._block_rows, len(self._blocks))):
            self._blocks[b] = _RELEASED

    def take_fields(self, names: tuple[str, ...], indices: np.ndarray) -> np.ndarray:
        """Several columns at sorted row indices, shape (len(names), len(indices))."""
        indices = np.asarray(indices, dtype=np.int64)
        fields = np.array([FIELD_INDEX[name] for name in names], dtype=np.int64)
        out = np.empty((len(fields), indices.shape[0]))
        if indices.size == 0:
            return out
        first = int(indices[0]) // self._block_rows
        last = int(indices[-1]) // self._block_rows
        bounds = np.arange(first + 1, last + 1) * self._block_rows
        cuts = [0, *np.searchsorted(indices, bounds).tolist(), indices.shape[0]]
        for b, lo, hi in zip(range(first, last + 1), cuts[:-1], cuts[1:], strict=True):
            if hi > lo:
                offsets = indices[lo:hi] - b * self._block_rows
                out[:, lo:hi] = self._blocks[b][np.ix_(fields, offsets)]
        return out

    def record(self, index: int) -> dict[str, float]:
        """Row ``index`` as a dict (0-based; the record of update index + 1)."""
        if not 0 <= index < self._size:
            raise IndexError(index)
        b, offset = divmod(index, self._block_rows)
        values = self._blocks[b][:, offset]
        return {name: float(v) for name, v in zip(FIELDS, values, strict=True)}

    def last(self) -> dict[str, float]:
        """The latest record as a dict (IndexError when there is none)."""
        return self.record(self._size - 1)

    def _spans(self, start: int, stop: int) -> Iterator[tuple[int, int, int, int]]:
        at = 0
        pos = start
        while pos < stop:
            b, lo = divmod(pos, self._block_rows)
            hi = min(self._block_rows, lo + stop - pos)
            yield b, lo, hi, at
            at += hi - lo
            pos += hi - lo

    def write_csv(
        self,
        stream: IO[str],
        upto: int | None = None,
        chunk: int = 1 << 15,
        header: tuple[str, ...] = FIELDS,
    ) -> None:
        """Write a header and one row per record (the first ``upto``), at full precision
        (``header``: the columns' names, see ``export_fields``)."""
        stream.write(",".join(header) + "\n")
        fmt = ",".join("%d" if f in INT_FIELDS else "%.17g" for f in FIELDS)
        end = self._size if upto is None else min(upto, self._size)
        for start in range(0, end, chunk):
            block = self.rows(start, min(start + chunk, end))
            np.savetxt(stream, block.T, fmt=fmt)


def blog_line(step: int, total: int, w0: float, w1: float, mse: float, name: str = "MSE") -> str:
    """One update in the blog's print format, weights at full precision (``name``: the
    loss's name, "loss" for families other than least squares)."""
    return f"[{step}/{total}] w0:{w0!r}, w1:{w1!r}, {name}: {mse:.3f}"
