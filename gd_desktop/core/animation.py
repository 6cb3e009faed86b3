"""What an animation of a run shows: how many frames, which update each frame shows,
how long each lasts, and the picture size asked for (as numbers; the window and the
command line draw and encode them)."""

from __future__ import annotations

import math

import numpy as np

MIN_FRAMES = 2
MAX_FRAMES = 10_000
MIN_FPS = 1.0
MAX_FPS = 50.0  # GIF frame delays are in hundredths of a second
DEFAULT_FRAMES = 100
DEFAULT_FPS = 20.0
MIN_SIDE = 16
MAX_SIDE = 8192


def parse_size(text: str) -> tuple[int, int] | None:
    """ "1280x800" -> (1280, 800); None unless both sides are MIN_SIDE..MAX_SIDE."""
    parts = text.lower().replace(" ", "").split("x")
    if len(parts) != 2 or not all(p.isdigit() and len(p) <= 5 for p in parts):
        return None
    width, height = int(parts[0]), int(parts[1])
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        return None
    return width, height


def frames_for(duration: float, fps: float) -> int:
    """Frames in ``duration`` seconds at ``fps`` frames a second (within the limits)."""
    return max(MIN_FRAMES, min(MAX_FRAMES, round(duration * fps)))


def frame_delay_ms(fps: float) -> int:
    """Each frame's duration, in whole hundredths of a second as GIF keeps it."""
    return 10 * max(2, round(100.0 / fps))


def frame_steps(last_update: int, frames: int) -> np.ndarray:
    """The update each frame shows: from the start point (0) to ``last_update``,
    evenly spread; the first frame is the start and the last shows the whole path.
    With fewer updates than frames, some updates show in more than one frame."""
    frames = max(MIN_FRAMES, int(frames))
    return np.rint(np.linspace(0, max(0, last_update), frames)).astype(np.int64)


def valid_fps(fps: float) -> bool:
    return math.isfinite(fps) and MIN_FPS <= fps <= MAX_FPS
