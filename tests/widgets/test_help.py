"""Help: the guide (both languages), keyboard shortcuts and About with the data licences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop import __version__
from gd_desktop.widgets import names
from gd_desktop.widgets.guide_text import SECTIONS
from gd_desktop.widgets.help_dialogs import GuideDialog, licence_texts
from gd_desktop.widgets.language import current_language, set_language


@pytest.fixture
def english_after() -> Iterator[None]:
    yield
    set_language("en")
    QtCore.QCoreApplication.processEvents()


def action(w, name: str) -> QtGui.QAction:
    found = w.findChild(QtGui.QAction, name)
    assert found is not None, name
    return found


def open_guide(qtbot, w) -> GuideDialog:
    action(w, names.GUIDE_ACTION).trigger()
    guide = w.findChild(GuideDialog, names.GUIDE_DIALOG)
    assert guide is not None
    qtbot.waitExposed(guide)
    return guide


def test_the_guide_has_every_section_in_both_languages(qtbot, window, english_after) -> None:
    w = window
    guide = open_guide(qtbot, w)
    assert guide.contents.count() == len(SECTIONS)
    english = []
    for row, key in enumerate(SECTIONS):
        guide.contents.setCurrentRow(row)
        assert guide.section == key
        english.append(guide.page.toPlainText())
    assert "320" in english[SECTIONS.index("rate")]
    assert "2/N" in english[SECTIONS.index("numbers")]
    assert "mini-batch" in english[SECTIONS.index("story")].lower()

    set_language("ko")
    qtbot.waitUntil(lambda: w.shown_language == current_language(), timeout=20000)
    QtCore.QCoreApplication.processEvents()
    assert guide.windowTitle() == "GD Desktop 안내서"
    korean = []
    for row in range(len(SECTIONS)):
        guide.contents.setCurrentRow(row)
        korean.append(guide.page.toPlainText())
    assert all(k != e for k, e in zip(korean, english, strict=True))
    assert "확률적 경사 하강법" in korean[SECTIONS.index("story")]
    assert "320" in korean[SECTIONS.index("rate")]
    # one guide per window: the menu raises the same dialog
    assert open_guide(qtbot, w) is guide
    guide.close()


def test_a_panel_question_mark_opens_its_section(qtbot, window) -> None:
    w = window
    buttons = w.findChildren(QtWidgets.QToolButton, "guideLinkButton")
    assert len(buttons) >= 8
    for button in buttons:
        key = button.property("guideSection")
        assert key in SECTIONS and button.toolTip()
        button.click()
        guide = w.findChild(GuideDialog, names.GUIDE_DIALOG)
        assert guide is not None and guide.isVisible() and guide.section == key
    w.findChild(GuideDialog, names.GUIDE_DIALOG).close()


def shown_dialog(qtbot, w, name: str) -> QtWidgets.QDialog:
    qtbot.waitUntil(lambda: w.findChild(QtWidgets.QDialog, name) is not None, timeout=20000)
    dialog = w.findChild(QtWidgets.QDialog, name)
    qtbot.waitExposed(dialog)
    return dialog


def test_about_names_the_version_and_every_data_licence(qtbot, window) -> None:
    w = window
    action(w, names.ABOUT_ACTION).trigger()
    dialog = shown_dialog(qtbot, w, "aboutDialog")
    text = dialog.findChild(QtWidgets.QTextBrowser).toPlainText()
    licences = licence_texts()
    assert [name for name, _ in licences] == [
        "LICENSE-scikit-learn.txt",
        "LICENSE-statsmodels.txt",
    ]
    assert __version__ in text
    for name, body in licences:
        assert name in text and body.splitlines()[0].strip() in text
    dialog.close()


def test_keyboard_shortcuts_lists_the_run_keys(qtbot, window) -> None:
    w = window
    action(w, names.SHORTCUTS_ACTION).trigger()
    dialog = shown_dialog(qtbot, w, "shortcutsDialog")
    text = dialog.findChild(QtWidgets.QTextBrowser).toPlainText()
    for key in ("Space", "Shift+Right", "Ctrl+D", "F1"):
        assert key in text
    for run_action in w.actions_.all():
        for sequence in run_action.shortcuts():
            assert sequence.toString() in text
    dialog.close()


def test_every_control_has_a_tooltip(qtbot, window) -> None:
    w = window
    kinds = (
        QtWidgets.QAbstractButton,
        QtWidgets.QComboBox,
        QtWidgets.QLineEdit,
        QtWidgets.QSlider,
        QtWidgets.QAbstractSpinBox,
    )
    controls = [
        c
        for c in w.findChildren(QtWidgets.QWidget)
        if isinstance(c, kinds) and c.isVisible() and not c.objectName().startswith("qt_")
    ]
    assert len(controls) > 20
    bare = []
    for control in controls:
        owner = control.parentWidget()
        inner = isinstance(control, QtWidgets.QLineEdit) and isinstance(
            owner, QtWidgets.QComboBox | QtWidgets.QAbstractSpinBox
        )
        tip = owner.toolTip() if inner and owner is not None else control.toolTip()
        if not tip:
            bare.append(f"{type(control).__name__} {control.objectName()}")
    assert bare == []
