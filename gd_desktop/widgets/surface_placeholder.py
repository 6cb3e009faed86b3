"""What stands in for the 3D view where OpenGL is missing: a note saying why."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.objective import Objective
from gd_desktop.widgets import names
from gd_desktop.widgets.plot_views import BACKGROUND


class SurfacePlaceholder(QtWidgets.QLabel):
    """Stands in for SurfaceView without usable OpenGL; same methods, which only remember."""

    def __init__(self, reason: str, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(names.SURFACE_VIEW)
        self.setAccessibleName(self.tr("Loss surface, 3D (unavailable)"))
        self.reason = reason
        self.setText(
            self.tr("3D view unavailable: {reason}. The contour and loss views still work.").format(
                reason=reason
            )
        )
        self.setWordWrap(True)
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(240, 150)
        self.setStyleSheet(f"QLabel {{ background: {BACKGROUND}; color: #c8c8d2; padding: 16px; }}")
        self.setToolTip(self.tr("The 3D surface needs desktop OpenGL 2.1 or newer."))
        self.objective: Objective | None = None
        self.start: tuple[float, float] | None = None
        self.path: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.log_color = False
        self.lanes: list[str] = []

    def set_loss(self, objective: Objective, start: tuple[float, float]) -> None:
        self.objective = objective
        self.start = (float(start[0]), float(start[1]))
        self.path = None

    def set_path(self, w0: np.ndarray, w1: np.ndarray, mse: np.ndarray, lane: int = 0) -> None:
        if lane == 0:
            self.path = (np.asarray(w0), np.asarray(w1), np.asarray(mse))

    def set_lanes(self, colors: Sequence[str], labels: Sequence[str]) -> None:
        self.lanes = list(labels)

    def rename_lanes(self, labels: Sequence[str]) -> None:
        """The runs' names again (after a language switch)."""
        self.lanes = list(labels)

    def set_paths(self, paths: Sequence[tuple[int, np.ndarray, np.ndarray, np.ndarray]]) -> None:
        for lane, w0, w1, mse in paths:
            self.set_path(w0, w1, mse, lane)

    def set_lane_visible(self, lane: int, on: bool) -> None:
        pass

    def set_colors(self, background: str, foreground: str) -> None:
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; padding: 16px; }}"
        )

    def set_text_font(self, font: object) -> None:
        pass  # the note follows the window's font

    def set_line_scale(self, scale: float) -> None:
        pass  # no surface, no lines

    def set_colour_scale(self, scale: object) -> None:
        pass  # no surface, no colours

    loss_window = None

    def set_log_color(self, on: bool) -> None:
        self.log_color = bool(on)

    def clear_path(self) -> None:
        self.path = None
