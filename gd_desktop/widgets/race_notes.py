"""What to watch in each ready-made landscape race: the race tab's note, translated."""

from __future__ import annotations

from PySide6 import QtCore


def race_note(key: str) -> str:
    """The note of a ready-made race ("" for a race without one)."""
    notes = {
        "saddle": QtCore.QCoreApplication.translate(
            "RaceNotes",
            "All three runs start at (1.5, 0.000001), a hair off the ridge w1 = 0 that leads "
            "into the saddle at (0, 0). Plain descent slides down the ridge and waits at the "
            "saddle: across the ridge the gradient is -4 w1, so each update multiplies the tiny "
            "offset by only 1 + 4 x rate = 1.04, and growing from 10^-6 to 1 takes about 350 "
            "updates. Momentum keeps the speed it has gathered and Adam divides each gradient "
            "by its own running size, so the small sideways gradient gets a full step: both "
            "reach a minimum at (0, +-1) while plain descent is still next to the saddle. "
            "Plain descent escapes too, much later.",
        ),
        "two-minima": QtCore.QCoreApplication.translate(
            "RaceNotes",
            "Both runs use plain descent at the same rate; only the start differs. The left "
            "start rolls into the deep minimum near (-0.968, 0), loss -5.03; the right start, "
            "on the other side of the saddle near (0.120, 0), settles in the shallow minimum "
            "near (0.905, 0), loss -1.09, and stays there. Gradient descent finds a minimum, "
            "not the minimum: the insight tab lists both, and the distance column counts to "
            "the lowest.",
        ),
        "rosenbrock": QtCore.QCoreApplication.translate(
            "RaceNotes",
            "The valley floor w1 = w0^2 curves from the start (-1.2, 1) round to the minimum "
            "at (1, 1). Across the valley the loss is steep (curvature near 1000), along it "
            "almost flat (near 0.4), so a rate small enough to be stable across the valley "
            "makes plain descent crawl along it. Momentum gathers speed along the floor and "
            "Adam scales each weight's step by its own gradient's size: both reach (1, 1) "
            "within the budget while plain descent is still on its way.",
        ),
        "separable": QtCore.QCoreApplication.translate(
            "RaceNotes",
            "A petal length of 2.5 cm separates setosa from versicolor perfectly, so no "
            "finite weights minimise the log-loss: moving further along the separating "
            "direction always lowers it. Watch the weights keep growing and the loss creep "
            "towards 0 without levelling off; the distance to the optimum shows '-' because "
            "there is none. This is not divergence: the loss falls at every update and the "
            "run stops at its budget.",
        ),
    }
    return notes.get(key, "")
