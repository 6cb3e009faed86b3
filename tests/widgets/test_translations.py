"""Korean and English: the .ts file covers every string, the .qm files are built from
it, and the running window switches language both ways without a restart."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop import i18n_tools
from gd_desktop.widgets import names
from gd_desktop.widgets.language import current_language, qm_file, set_language, ts_file
from gd_desktop.widgets.main_window import MainWindow
from gd_desktop.widgets.retranslate import catalogue

from .helpers import enter_text, wait_idle

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Names that read the same in Korean: symbols, method and library names.
SAME_IN_KOREAN = {
    "w0",
    "w1",
    "MSE",
    "SGD",
    "GD",
    "Adam",
    "AdaGrad",
    "RMSProp",
    "β1",
    "β2",
    "ε",
    "{0}: {1}",
    "{0}: {1} ~ {2}",
    "{0} @{1}",
    "-- {0}",
    "English",
    "한국어",
}


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture
def english_after() -> Iterator[None]:
    """Whatever a test switches to, the next test starts in English."""
    yield
    set_language("en")
    QtCore.QCoreApplication.processEvents()


def test_the_ts_file_is_up_to_date_with_the_code(tmp_path) -> None:
    committed = ts_file("ko")
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    i18n_tools.update_ts(fresh)
    assert fresh.read_bytes() == committed.read_bytes(), "run `make translations`"
    found = messages(fresh)
    assert len(found) > 400
    for context, source, message in found:
        translation = message.find("translation")
        assert context, f"no context for {source!r}: an alias of tr() lupdate cannot place"
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert text.strip(), f"{context}: {source!r} has no Korean translation"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        assert source.count("&") == text.count("&"), source


def test_the_qm_file_is_built_from_the_ts_file(tmp_path) -> None:
    built = tmp_path / "built.qm"
    i18n_tools.release(ts_file("ko"), built)
    assert built.read_bytes() == qm_file("ko").read_bytes(), "run `make translations`"


def test_fixed_texts_translate_back_one_to_one() -> None:
    """Live switching maps a shown text back to its source: no two sources without
    placeholders may share a Korean text."""
    korean = catalogue("ko")
    seen: dict[str, str] = {}
    for source, text in korean.items():
        if PLACEHOLDER.search(source):
            continue
        assert seen.setdefault(text, source) == source, (text, source, seen[text])


def shown_texts(w: QtWidgets.QWidget) -> dict[str, str]:
    """Every fixed text a user can see or hover in the window, by where it is."""
    texts: dict[str, str] = {}

    def put(key: str, text: str) -> None:
        if text:
            texts[key] = text

    for i, widget in enumerate([w, *w.findChildren(QtWidgets.QWidget)]):
        key = f"{i}:{type(widget).__name__}:{widget.objectName()}"
        put(key + ".tip", widget.toolTip())
        if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            put(key + ".text", widget.text())
        if isinstance(widget, QtWidgets.QGroupBox | QtWidgets.QMenu):
            put(key + ".title", widget.title())
        if isinstance(widget, QtWidgets.QDockWidget):
            put(key + ".window", widget.windowTitle())
        if isinstance(widget, QtWidgets.QComboBox):
            for row in range(widget.count()):
                put(f"{key}.item{row}", widget.itemText(row))
        if isinstance(widget, QtWidgets.QTabBar):
            for tab in range(widget.count()):
                put(f"{key}.tab{tab}", widget.tabText(tab))
        if isinstance(widget, QtWidgets.QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                if item is not None:
                    put(f"{key}.head{column}", item.text())
                    put(f"{key}.headtip{column}", item.toolTip())
    for i, action in enumerate(w.findChildren(QtGui.QAction)):
        put(f"action{i}:{action.objectName()}", action.text())
    return texts


def menu_titles(w: MainWindow) -> list[str]:
    return [action.text() for action in w.menuBar().actions()]


def choose(qtbot, w: MainWindow, object_name: str) -> None:
    action = w.findChild(QtGui.QAction, object_name)
    assert action is not None and action.isCheckable()
    action.trigger()
    qtbot.waitUntil(lambda: w.shown_language == current_language(), timeout=20000)
    QtCore.QCoreApplication.processEvents()


def test_korean_leaves_no_english_source_text_on_show(qtbot, window, english_after) -> None:
    w = window
    english = set(catalogue("en"))
    shown_in_english = [t for t in shown_texts(w).values() if t in english]
    assert len(shown_in_english) > 150  # the check below looks at all of these
    choose(qtbot, w, names.LANGUAGE_KO_ACTION)
    assert current_language() == "ko"
    left = {
        key: text
        for key, text in shown_texts(w).items()
        if text in english and text not in SAME_IN_KOREAN
    }
    assert left == {}
    assert menu_titles(w) == ["파일(&F)", "실행(&R)", "레이스(&A)", "보기(&V)", "도움말(&H)"]


def test_switching_to_korean_and_back_restores_every_english_text(
    qtbot, window, english_after
) -> None:
    w = window
    enter_text(qtbot, w.panel.noise_input, "loud")
    wait_idle(qtbot, w)
    english_message = w.panel.problem_label.text()
    assert "'loud' is not a number" in english_message
    before = shown_texts(w)
    titles = menu_titles(w)
    docks = [w.parameter_dock.windowTitle(), w.log_dock.windowTitle()]
    insight = w.insight_panel.text()

    choose(qtbot, w, names.LANGUAGE_KO_ACTION)
    assert menu_titles(w) != titles and menu_titles(w)[0] == "파일(&F)"
    assert [w.parameter_dock.windowTitle(), w.log_dock.windowTitle()] == ["매개변수", "기록"]
    korean_message = w.panel.problem_label.text()
    assert korean_message != english_message and "'loud'은(는) 수가 아닙니다" in korean_message
    assert w.insight_panel.text() != insight and "최적점" in w.insight_panel.text()
    caption = w.readouts.findChildren(QtWidgets.QLabel)[0].text()
    assert caption == "진행"

    choose(qtbot, w, names.LANGUAGE_EN_ACTION)
    assert current_language() == "en"
    assert menu_titles(w) == titles
    assert [w.parameter_dock.windowTitle(), w.log_dock.windowTitle()] == docks
    assert w.panel.problem_label.text() == english_message
    assert w.insight_panel.text() == insight
    after = shown_texts(w)
    assert {k: (v, after.get(k)) for k, v in before.items() if after.get(k) != v} == {}


def test_the_language_chosen_is_remembered(qtbot, window, english_after) -> None:
    w = window
    choose(qtbot, w, names.LANGUAGE_KO_ACTION)
    assert QtCore.QSettings().value("language") == "ko"
    assert w.findChild(QtGui.QAction, names.LANGUAGE_KO_ACTION).isChecked()
    choose(qtbot, w, names.LANGUAGE_EN_ACTION)
    assert QtCore.QSettings().value("language") == "en"
    assert not w.findChild(QtGui.QAction, names.LANGUAGE_KO_ACTION).isChecked()


def test_korean_uses_a_font_with_hangul(qtbot, window, english_after) -> None:
    w = window
    choose(qtbot, w, names.LANGUAGE_KO_ACTION)
    font = w.parameter_dock.font()
    raw = QtGui.QRawFont.fromFont(font, QtGui.QFontDatabase.WritingSystem.Korean)
    assert raw.isValid() and all(raw.supportsCharacter(c) for c in "경사 하강법")


def test_race_names_follow_the_language(qtbot, window, english_after) -> None:
    w = window
    w.load_ready_race("blog")
    qtbot.waitUntil(lambda: len(w.lanes) == 3 and w.state == "ready", timeout=30000)
    table = w.race_panel.table

    def names_shown() -> list[str]:
        return [table.item(row, 0).text() for row in range(table.rowCount())]

    def legend() -> list[str]:
        return [label.text for _sample, label in w.contour_view.legend.items]

    assert names_shown() == ["Batch", "SGD", "Mini-batch"] == legend()
    choose(qtbot, w, names.LANGUAGE_KO_ACTION)
    assert names_shown() == ["배치", "SGD", "미니배치"] == legend()
    assert [label.text for _s, label in w.loss_view.legend.items][:3] == ["배치", "SGD", "미니배치"]
    choose(qtbot, w, names.LANGUAGE_EN_ACTION)
    assert names_shown() == ["Batch", "SGD", "Mini-batch"] == legend()


# ``tr = self.tr`` or ``tr = QtCore.QCoreApplication.translate``: lupdate reads the
# calls through such a name without their context, so they stay English at start-up.
TRANSLATE_ALIAS = re.compile(
    r"^\s*\w+\s*=\s*(self\.tr|QtCore\.QCoreApplication\.translate)\s*(#.*)?$", re.M
)


def test_no_module_calls_translate_through_an_alias() -> None:
    package = Path(i18n_tools.__file__).resolve().parent
    aliased = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if TRANSLATE_ALIAS.search(path.read_text(encoding="utf-8"))
    ]
    assert aliased == []
