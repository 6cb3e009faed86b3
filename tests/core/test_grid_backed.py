"""The loss the views draw once the full-data values of their grids are known."""

from __future__ import annotations

import numpy as np

from gd_desktop.core.grid_backed import GridBackedLoss
from gd_desktop.core.surfaces import TestSurface


def test_stored_grids_answer_from_their_values_and_others_from_the_fallback() -> None:
    full = TestSurface("himmelblau")
    fallback = TestSurface("rosenbrock")
    g0, g1 = np.meshgrid(np.linspace(-1, 1, 5), np.linspace(0, 2, 4), indexing="ij")
    stored = np.full(g0.shape, 7.0)
    backed = GridBackedLoss(full, fallback, [(g0, g1, stored)])
    np.testing.assert_array_equal(backed.loss_grid(g0.copy(), g1.copy()), stored)
    assert backed.sampled_grids == 0
    other = (g0 + 0.5, g1)
    np.testing.assert_array_equal(backed.loss_grid(*other), fallback.loss_grid(*other))
    assert backed.sampled_grids == 1
    # Everything else is the full objective's.
    assert backed.critical_points() == full.critical_points()
    assert backed.loss(3.0, 2.0) == full.loss(3.0, 2.0)
