"""The local stable-rate hint (2/lambda_max of the Hessian at the weights shown) is
kept up to date while a run plays, not only when it pauses."""

from __future__ import annotations

import re

import numpy as np

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.core.critical import local_curvature, local_stable_rate

from .helpers import set_speed, trigger

LIMIT = re.compile(r"2/λmax = ([-+0-9.e]+)")


def _limit(w) -> str | None:
    found = LIMIT.search(w.panel.lr_hint.text())
    return found.group(1) if found else None


def test_the_local_rate_hint_follows_the_weights_while_the_run_plays(qtbot, window) -> None:
    w = window
    config = ExperimentConfig(
        model="surface", surface="two-minima", learning_rate=0.01, init=(1.3, 0.2), budget=50_000
    )
    old = w.info.run_id
    w.load(config)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=30_000)
    lane = w.lanes[0]
    start = _limit(w)
    assert start == f"{local_stable_rate(local_curvature(lane.loss, 1.3, 0.2)[1]):.3g}"
    set_speed(qtbot, w, 20)  # 100 updates a second: the run is still playing below
    trigger(qtbot, w, w.actions_.run)
    qtbot.waitUntil(lambda: _limit(w) not in (None, start), timeout=60_000)
    assert w.state == "running"
    shown = _limit(w)
    # The limit shown is the one at the weights of an update the run has made.
    steps = lane.received
    w0, w1 = lane.records.take_fields(("w0", "w1"), np.arange(steps))[:2]
    with np.errstate(all="ignore"):
        limits = {
            f"{local_stable_rate(local_curvature(lane.loss, a, b)[1]):.3g}"
            for a, b in zip(w0, w1, strict=True)
        }
    assert shown in limits
    trigger(qtbot, w, w.actions_.run)  # pause
    qtbot.waitUntil(lambda: w.state == "paused")
