"""For a family on more rows than the views draw from: the full-data surface
computed off the GUI thread and swapped into the 3D and contour views when ready
(their "drawn from a sample" title goes then)."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6 import QtCore

from gd_desktop.core.grid_backed import GridBackedLoss
from gd_desktop.runtime.full_surface import FullSurface, Grids
from gd_desktop.session.lanes import Lane
from gd_desktop.widgets.colour_scale import ColourScale


class SurfaceSwap(QtCore.QObject):
    """``window`` holds the views; ``painter`` redraws the paths after a swap."""

    def __init__(self, window: Any, painter: Any):
        super().__init__(window)
        self.window = window
        self.painter = painter
        self.full_surface = FullSurface(self)
        self.swapped: GridBackedLoss | None = None
        self.sample_title = ""

    def views(self) -> list[Any]:
        w = self.window
        return [v for v in (w.contour_view, w.surface_view) if v.loss_window is not None]

    def start(self, lane: Lane, drawn: Any, sample_title: str) -> None:
        """Compute ``lane``'s full-data loss over the views' grids, drawn so far from
        ``drawn`` (a row sample); nothing when ``drawn`` is the loss itself."""
        self.swapped = None
        self.sample_title = sample_title
        if drawn is lane.loss:
            self.full_surface.cancel()
            return
        grids: Grids = []
        for view in self.views():
            window = view.loss_window
            grids.append(tuple(np.meshgrid(window.w0_axis, window.w1_axis, indexing="ij")))
        self.full_surface.request(
            lane.loss, grids, lambda values: self._swap(lane, drawn, grids, values)
        )

    @property
    def pending(self) -> bool:
        return self.full_surface.pending

    def _swap(self, lane: Lane, drawn: Any, grids: Grids, values: list[np.ndarray]) -> None:
        w = self.window
        largest = np.finfo(np.float64).max
        stored = [
            (g0, g1, np.nan_to_num(v, nan=largest, posinf=largest))
            for (g0, g1), v in zip(grids, values, strict=True)
        ]
        backed = GridBackedLoss(lane.loss, drawn, stored)
        for view in (w.surface_view, w.contour_view):
            view.set_loss(backed, lane.start_weights)
        scale = ColourScale.of([v.loss_window for v in self.views()])
        w.contour_view.set_colour_scale(scale)
        w.surface_view.set_colour_scale(scale)
        w.contour_view.getPlotItem().setTitle(None)
        self.swapped = backed
        self.painter.redraw()
        self.follow_window()

    def follow_window(self) -> None:
        """A window grown past the computed grids is drawn from the sample again: the
        title says so once more."""
        backed = self.swapped
        if backed is not None and backed.sampled_grids > 0:
            self.window.contour_view.getPlotItem().setTitle(self.sample_title, size="9pt")
            self.swapped = None

    def shutdown(self) -> bool:
        return self.full_surface.shutdown()
