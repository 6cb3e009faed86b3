"""``gd-desktop run``: the headless command (English output, no Qt)."""

from gd_desktop.cli.flags import config_from_args
from gd_desktop.cli.main import main
from gd_desktop.cli.parser import build_parser

__all__ = ["build_parser", "config_from_args", "main"]
