"""``gd-desktop run``: the headless command (English output, no Qt)."""

from gd_desktop.cli.main import *  # noqa: F403
from gd_desktop.cli.main import main

__all__ = ["main"]
