"""`gd-desktop --lang ko|en`: the window's one flag, checked before any Qt is loaded."""

from __future__ import annotations

import contextlib
import io

import pytest

from gd_desktop import app


@pytest.mark.parametrize(
    ("argv", "language"),
    [([], None), (["--lang", "ko"], "ko"), (["--lang", "en"], "en"), (["--lang=ko"], "ko")],
)
def test_the_language_flag_is_read(argv: list[str], language: str | None) -> None:
    assert app.language_flag(argv) == (language, "")


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["--lang"], "--lang needs a language: ko or en"),
        (["--lang", "fr"], "--lang 'fr': choose ko or en"),
        (["--lang", "ko", "extra"], "unknown argument 'extra'"),
        (["--la", "ko"], "unknown argument '--la'"),
    ],
)
def test_a_bad_language_flag_is_one_line_and_exit_2(argv: list[str], problem: str) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert app.main(argv) == 2
    assert err.getvalue() == f"gd-desktop: error: {problem} (try gd-desktop --help)\n"


def test_help_names_the_language_flag() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert app.main(["--help"]) == 0
    assert "--lang ko" in out.getvalue()
