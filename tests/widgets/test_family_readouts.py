"""The readouts and the loss curve follow the loss family: they name the family's loss
and say which known minimum (or saddle) the run is near."""

from __future__ import annotations

from PySide6 import QtWidgets

from gd_desktop.core.config import ExperimentConfig
from gd_desktop.widgets import names

from .helpers import readout, run_to_finish


def _load(qtbot, w, config: ExperimentConfig) -> None:
    old = w.info.run_id
    w.load(config)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready", timeout=30_000)


def _named(w, loss: str, best: str, axis: str, curve: str) -> None:
    assert w.readouts.caption(names.READOUT_MSE) == loss
    assert w.readouts.caption(names.READOUT_BEST_MSE) == best
    assert w.loss_view.axis_label() == axis
    assert curve in w.loss_view.legend_texts()


def test_the_readouts_and_the_loss_curve_name_the_family_loss(qtbot, window) -> None:
    w = window
    _named(w, "MSE", "Best MSE", "MSE", "full-data MSE")
    _load(qtbot, w, ExperimentConfig(model="logistic", learning_rate=0.1))
    _named(w, "Log-loss", "Best log-loss", "log-loss", "full-data log-loss")
    assert "log-loss" in w.loss_view.toolTip()
    _load(qtbot, w, ExperimentConfig(model="surface", surface="saddle", learning_rate=0.01))
    _named(w, "Loss", "Best loss", "loss", "full-data loss")
    assert w.findChild(QtWidgets.QLabel, names.READOUT_MSE) is not None  # the name stays
    _load(qtbot, w, ExperimentConfig(learning_rate=2e-5))
    _named(w, "MSE", "Best MSE", "MSE", "full-data MSE")


def test_the_readouts_say_which_minimum_the_run_is_near(qtbot, window) -> None:
    w = window
    two_minima = ExperimentConfig(model="surface", surface="two-minima", learning_rate=0.01)
    # From the right, descent settles in the local minimum near (0.905, 0).
    _load(qtbot, w, ExperimentConfig(**{**two_minima.__dict__, "init": (1.3, 0.2)}))
    assert readout(w, names.READOUT_NEAR) == "-"
    run_to_finish(qtbot, w)
    w.draw_frame()
    text = readout(w, names.READOUT_NEAR)
    assert "2 of 2" in text and "not the lowest" in text
    # From the left, in the lowest one.
    _load(qtbot, w, ExperimentConfig(**{**two_minima.__dict__, "init": (-1.4, 0.2)}))
    run_to_finish(qtbot, w)
    w.draw_frame()
    assert readout(w, names.READOUT_NEAR) == "minimum 1 of 2 (the lowest)"
    # Started on the saddle point of the saddle surface.
    _load(qtbot, w, ExperimentConfig(model="surface", surface="saddle", init=(0.0, 0.0)))
    assert readout(w, names.READOUT_NEAR) == "a saddle point (not a minimum)"
