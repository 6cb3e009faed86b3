"""The built wheel, installed in a fresh virtual environment outside the checkout,
has everything: sample data, translations and icon come from the installed package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 600  # a busy machine; pip may fetch the dependencies


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The venv's bin directory, with the wheel built from a copy of the sources."""
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(
        REPO / "gd_desktop", source / "gd_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    dist = root / "dist"
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(source)],
        root,
    )
    wheels = list(dist.glob("gd_desktop-*.whl"))
    assert len(wheels) == 1
    venv = root / "venv"
    run([sys.executable, "-m", "venv", str(venv)], root)
    bin_dir = venv / "bin"
    run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheels[0])], root)
    shutil.rmtree(source)  # nothing may come from the sources now
    return bin_dir


def clean_env(home: Path) -> dict[str, str]:
    """The test's display, a fresh home for settings, and no path into the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), LANG="C.UTF-8")
    return env


def test_list_datasets_and_dataset_run_from_the_wheel(installed, tmp_path) -> None:
    env = clean_env(tmp_path)
    listed = run([str(installed / "gd-desktop"), "run", "--list-datasets"], tmp_path, env)
    ids = [line.split("\t")[0] for line in listed.splitlines()]
    assert "engel-food" in ids and len(ids) >= 4
    out = run(
        [str(installed / "gd-desktop"), "run", "--dataset", "iris-petals", "--steps", "3"],
        tmp_path,
        env,
    )
    assert out.startswith("[1/3] w0:") and "stopped: budget" in out


WINDOW_SCRIPT = textwrap.dedent(
    """
    import sys

    if __name__ == "__main__":
        import gd_desktop
        from PySide6 import QtCore, QtWidgets
        from gd_desktop.app import app_icon, language_flag, open_window
        from gd_desktop.widgets import names

        language, problem = language_flag(sys.argv[1:])
        assert not problem, problem
        window = open_window(language)
        combo = window.findChild(QtWidgets.QComboBox, names.SAMPLE_COMBO)
        print("package", gd_desktop.__file__)
        print("icon", "drawn" if not app_icon().pixmap(32, 32).isNull() else "missing")
        print("menus", "|".join(a.text() for a in window.menuBar().actions()))
        print("samples", "|".join(combo.itemText(i) for i in range(1, combo.count())))
        window.close()
    """
)


def test_the_installed_window_lists_the_samples_and_speaks_korean(installed, tmp_path) -> None:
    if not os.environ.get("DISPLAY"):
        pytest.fail("pytest-xvfb gives every test a display")
    script = tmp_path / "show_window.py"
    script.write_text(WINDOW_SCRIPT, encoding="utf-8")
    out = run(
        [str(installed / "python"), str(script), "--lang", "ko"], tmp_path, clean_env(tmp_path)
    )
    lines = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
    assert Path(lines["package"]).is_relative_to(installed.parent)
    assert not Path(lines["package"]).is_relative_to(REPO)
    assert lines["icon"] == "drawn"
    assert lines["menus"].split("|") == [
        "파일(&F)",
        "실행(&R)",
        "레이스(&A)",
        "보기(&V)",
        "도움말(&H)",
    ]
    samples = lines["samples"].split("|")
    assert len(samples) >= 4 and samples[0].startswith("Engel: 소득에 따른")
