"""What each view draws, computed by the session as plain data (once per frame).

Paths are decimated here (a few thousand points draw fast; every record stays in
the records), readouts and arrows are read at the cursor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gd_desktop.core.critical import NearPoint, near_point
from gd_desktop.session.lanes import INDEX, Lane

MAX_PATH_POINTS = 1500
MIN_LANE_POINTS = 250
PATH_FIELDS = ("w0", "w1", "mse", "batch_mse")


def path_indices(count: int, limit: int = MAX_PATH_POINTS) -> np.ndarray:
    """Record indices to draw: all of them, or about ``limit`` that keep the first and
    the last: half spread evenly, half on a log scale (the early updates, where the
    weights move most, stay sharp)."""
    if count <= limit:
        return np.arange(count)
    even = np.linspace(0, count - 1, limit // 2)
    early = np.geomspace(1, count, limit - limit // 2) - 1
    return np.unique(np.concatenate([even, early]).astype(np.int64))


def lane_point_limit(lanes: int) -> int:
    """Points per drawn path in a race of ``lanes`` runs (about the same in all)."""
    return max(MIN_LANE_POINTS, MAX_PATH_POINTS // max(lanes, 1))


@dataclass(frozen=True, eq=False)
class PathData:
    """One run's path from its start to the update shown: point 0 is the start."""

    lane: int
    steps: np.ndarray
    w0: np.ndarray
    w1: np.ndarray
    loss: np.ndarray
    batch_loss: np.ndarray | None  # for the selected run only


@dataclass(frozen=True)
class ReadoutData:
    """The readouts' values at the update shown."""

    step: int
    total: int
    epoch: int
    weights: tuple[float, float]
    loss: float
    best: tuple[float, int]
    distance: float
    near: NearPoint | None = None  # the known critical point the run is near


@dataclass(frozen=True)
class ArrowData:
    """At a run's point: the plain-descent step (-lr x gradient) and the actual update."""

    lane: int
    w0: float
    w1: float
    descent: tuple[float, float]
    actual: tuple[float, float]


def lane_path(lane: Lane, index: int, rows: np.ndarray, batch: bool) -> PathData:
    """The path of ``lane`` through the records at ``rows`` (0-based, sorted)."""
    taken = lane.records.take_fields(PATH_FIELDS, rows)
    s0, s1 = lane.start_weights
    return PathData(
        lane=index,
        steps=np.concatenate([[0.0], rows + 1.0]),
        w0=np.concatenate([[s0], taken[0]]),
        w1=np.concatenate([[s1], taken[1]]),
        loss=np.concatenate([[lane.start_mse], taken[2]]),
        batch_loss=np.concatenate([[np.nan], taken[3]]) if batch else None,
    )


def readout(lane: Lane, step: int) -> ReadoutData:
    """The readouts of ``lane`` at update ``step`` (0: the start point)."""
    row = lane.row(step)
    if row is None:
        step, epoch = 0, 0
        weights, loss = lane.start_weights, lane.start_mse
    else:
        step, epoch = int(row[INDEX["step"]]), int(row[INDEX["epoch"]])
        weights = (float(row[INDEX["w0"]]), float(row[INDEX["w1"]]))
        loss = float(row[INDEX["mse"]])
    distances = [math.hypot(weights[0] - o0, weights[1] - o1) for o0, o1 in lane.optima]
    return ReadoutData(
        step=step,
        total=lane.total_updates,
        epoch=epoch,
        weights=weights,
        loss=loss,
        best=lane.best_until(step),
        distance=min(distances, default=math.nan),
        near=near_point(lane.objective, weights) if math.isfinite(sum(weights)) else None,
    )


def arrow(lane: Lane, index: int, step: int) -> ArrowData | None:
    """The arrows of ``lane`` at update ``step``; None before its first update."""
    row = lane.row(step)
    if row is None:
        return None
    w0, w1 = float(row[INDEX["w0"]]), float(row[INDEX["w1"]])
    old = lane.weights_at(step - 1)
    g0, g1 = lane.loss.gradient(w0, w1)
    rate = float(row[INDEX["lr"]]) * lane.rate_factor
    return ArrowData(index, w0, w1, (-rate * g0, -rate * g1), (w0 - old[0], w1 - old[1]))


def race_paths(
    lanes: Sequence[Lane], steps: Sequence[int], selected: int, changed_only: bool
) -> list[PathData]:
    """Each run's path up to its update ``steps[i]``; with ``changed_only``, only those
    with something new since they were last drawn (the ``selected`` run always)."""
    out = []
    limit = lane_point_limit(len(lanes))
    # Runs in lockstep have the same count: decimate once for all of them.
    indices: dict[int, np.ndarray] = {}
    for i, (lane, upto) in enumerate(zip(lanes, steps, strict=True)):
        if changed_only and lane.drawn == upto and i != selected:
            continue  # nothing new (a run that has stopped, say)
        lane.drawn = upto
        rows = indices.get(upto)
        if rows is None:
            rows = indices[upto] = path_indices(upto, limit)
        out.append(lane_path(lane, i, rows, batch=i == selected))
    return out
