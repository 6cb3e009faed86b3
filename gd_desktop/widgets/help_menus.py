"""View > Language and the Help menu (Guide, Keyboard shortcuts, About)."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.widgets import names
from gd_desktop.widgets.guide_links import add_guide_links
from gd_desktop.widgets.help_dialogs import (
    GuideDialog,
    about_html,
    shortcuts_html,
    show_text_dialog,
)
from gd_desktop.widgets.language import (
    LANGUAGES,
    NATIVE_NAMES,
    current_language,
    save_language,
    set_language,
)

LANGUAGE_ACTIONS = {"en": names.LANGUAGE_EN_ACTION, "ko": names.LANGUAGE_KO_ACTION}


def choose_language(language: str) -> bool:
    """Switch the running app to ``language`` and remember the choice."""
    if not set_language(language):
        return False
    save_language(language)
    return True


def build_language_menu(window: Any, view_menu: QtWidgets.QMenu) -> QtWidgets.QMenu:
    """Each language, named in itself, as one of a group of checkable actions."""
    menu = view_menu.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&Language"))
    menu.setObjectName(names.LANGUAGE_MENU)
    group = QtGui.QActionGroup(menu)
    group.setExclusive(True)
    for language in LANGUAGES:
        action = menu.addAction(NATIVE_NAMES[language])
        action.setObjectName(LANGUAGE_ACTIONS[language])
        action.setCheckable(True)
        action.setChecked(language == current_language())
        group.addAction(action)
        action.triggered.connect(lambda _on=False, language=language: choose_language(language))
    window.language_actions = {a.objectName(): a for a in group.actions()}
    return menu


def sync_language_menu(window: Any) -> None:
    """Tick the language in use (after a switch from anywhere)."""
    for language in LANGUAGES:
        window.language_actions[LANGUAGE_ACTIONS[language]].setChecked(
            language == current_language()
        )


def open_guide(window: Any, section: str | None = None) -> GuideDialog:
    """The guide (one per window, kept open beside it), at ``section`` if given."""
    guide = window.findChild(GuideDialog, names.GUIDE_DIALOG)
    if guide is None:
        guide = GuideDialog(window)
    if section is not None:
        guide.show_section(section)
    guide.show()
    guide.raise_()
    return guide


def build_help_menu(window: Any, bar: QtWidgets.QMenuBar) -> QtWidgets.QMenu:
    menu = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&Help"))
    guide = menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Guide"))
    guide.setObjectName(names.GUIDE_ACTION)
    guide.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: open_guide(window))
    keys = menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
    keys.setObjectName(names.SHORTCUTS_ACTION)
    keys.triggered.connect(
        lambda: show_text_dialog(
            window,
            QtCore.QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
            shortcuts_html(),
            "shortcutsDialog",
        )
    )
    add_guide_links(window, lambda section: open_guide(window, section))
    menu.addSeparator()
    about = menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "&About GD Desktop"))
    about.setObjectName(names.ABOUT_ACTION)
    about.triggered.connect(
        lambda: show_text_dialog(
            window,
            QtCore.QCoreApplication.translate("MainWindow", "About GD Desktop"),
            about_html(),
            "aboutDialog",
        )
    )
    return menu
