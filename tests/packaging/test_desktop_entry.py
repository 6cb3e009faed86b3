"""`make install-desktop`: a freedesktop menu entry and icon, at user level."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6 import QtGui

REPO = Path(__file__).resolve().parents[2]


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_desktop_puts_the_entry_and_icon_in_the_data_home(tmp_path, qapp) -> None:
    if shutil.which("make") is None:
        pytest.fail("make is part of the project's quick start")
    done = subprocess.run(
        ["make", "-s", "install-desktop", f"DATA_HOME={tmp_path}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    desktop = tmp_path / "applications" / "gd-desktop.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "gd-desktop.svg"
    fields = entry(desktop)
    assert fields["Type"] == "Application" and fields["Icon"] == "gd-desktop"
    assert fields["Exec"] == str(REPO / ".venv" / "bin" / "gd-desktop")
    assert fields["Name[ko]"] and "Education" in fields["Categories"].split(";")
    image = QtGui.QImage(str(icon))
    assert not image.isNull() and image.width() == 128
    assert icon.read_bytes() == (REPO / "gd_desktop/resources/icons/gd-desktop.svg").read_bytes()
