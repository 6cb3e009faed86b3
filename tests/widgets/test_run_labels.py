"""A run's label as the window shows it: one line, plain, at most 60 characters."""

from __future__ import annotations

from gd_desktop.widgets.run_labels import ELLIPSIS, MAX_LABEL_CHARS, legend_label, shown_label


def test_short_labels_are_shown_as_typed() -> None:
    assert shown_label("2. Adam, SGD") == "2. Adam, SGD"
    assert shown_label("x" * MAX_LABEL_CHARS) == "x" * MAX_LABEL_CHARS


def test_long_labels_are_cut_with_an_ellipsis() -> None:
    shown = shown_label("y" * 10**7)
    assert len(shown) == MAX_LABEL_CHARS and shown.endswith(ELLIPSIS)
    assert shown_label("z" * (MAX_LABEL_CHARS + 1)) == "z" * (MAX_LABEL_CHARS - 1) + ELLIPSIS


def test_labels_stay_on_one_line_and_markup_is_escaped_for_legends() -> None:
    assert shown_label("a\nb\tc\x00d") == "a b c d"
    assert legend_label('<img src="/x.png"> & <b>') == '&lt;img src="/x.png"&gt; &amp; &lt;b&gt;'
