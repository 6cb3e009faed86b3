"""``make translations``: extract every tr() string of the window into the Korean
``.ts`` file (new strings arrive unfinished, to be translated), then build the
``.qm`` files the app loads. Uses PySide6's own ``pyside6-lupdate`` and
``pyside6-lrelease``; no Qt import, so it runs anywhere the venv does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
I18N_DIR = PACKAGE / "resources" / "i18n"
LANGUAGES = ("ko",)


def ts_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"gd_desktop_{language}.ts"


def qm_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"gd_desktop_{language}.qm"


def tool(name: str) -> str:
    """A Qt tool from the venv running us (PySide6 installs it next to python)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (it ships with PySide6)")
    return found


def sources(package: Path = PACKAGE) -> list[str]:
    """The modules whose strings users see (the command line stays English)."""
    return sorted(
        str(path) for path in package.rglob("*.py") if "cli" not in path.relative_to(package).parts
    )


def update_ts(ts_file: Path, package: Path = PACKAGE) -> None:
    """Merge the code's strings into ``ts_file`` (no line numbers: stable diffs)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            *sources(package),
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def release(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main() -> int:
    for language in LANGUAGES:
        update_ts(ts_path(language))
        release(ts_path(language), qm_path(language))
        print(f"{ts_path(language)}: updated; {qm_path(language)}: built")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
