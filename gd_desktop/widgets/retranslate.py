"""Live language switching for the texts a widget was given once, when it was built.

Labels, buttons, menus, tooltips, tabs, combo items and table headers hold the
translation of a source text. On a language change each such text is mapped back
to its source through the ``.ts`` catalogue and forward into the new language, so
every panel's fixed texts follow without rebuilding it. Texts computed from data
(messages, readouts, insight, equations) are re-rendered by their panels instead.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from typing import Any

import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.widgets.language import LANGUAGES, current_language, ts_file

Swap = Callable[[str], str]


@functools.cache
def catalogue(language: str) -> Mapping[str, str]:
    """Source text -> its text in ``language`` (English: itself)."""
    pairs: dict[str, str] = {}
    root = ET.parse(ts_file("ko")).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        done = node is not None and node.get("type") not in ("unfinished", "obsolete")
        shown = (node.text or "") if language == "ko" and done and node is not None else source
        pairs.setdefault(source, shown or source)
    return pairs


def conversion(old: str, new: str) -> dict[str, str]:
    """Each text as shown in ``old`` -> the same text in ``new``."""
    if old == new or old not in LANGUAGES or new not in LANGUAGES:
        return {}
    before, after = catalogue(old), catalogue(new)
    return {before[source]: after[source] for source in before if before[source] != after[source]}


def retranslate_tree(root: QtWidgets.QWidget, old: str, new: str) -> None:
    """Move every fixed text under ``root`` from language ``old`` to ``new``."""
    table = conversion(old, new)
    if not table:
        return

    def swap(text: str) -> str:
        return table.get(text, text)

    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        _widget_texts(widget, swap)
    for action in root.findChildren(QtGui.QAction):
        _action_texts(action, swap)


def _swap(read: Callable[[], str], write: Callable[[str], None], swap: Swap) -> None:
    """Write only a text that changes (a QAction's tooltip, once written, stops
    following its text)."""
    text = read()
    new = swap(text)
    if new != text:
        write(new)


def _common(widget: QtWidgets.QWidget, swap: Swap) -> None:
    if widget.isWindow() or isinstance(widget, QtWidgets.QDockWidget):
        _swap(widget.windowTitle, widget.setWindowTitle, swap)
    _swap(widget.toolTip, widget.setToolTip, swap)
    _swap(widget.statusTip, widget.setStatusTip, swap)
    _swap(widget.whatsThis, widget.setWhatsThis, swap)
    _swap(widget.accessibleName, widget.setAccessibleName, swap)
    _swap(widget.accessibleDescription, widget.setAccessibleDescription, swap)


def _widget_texts(widget: QtWidgets.QWidget, swap: Swap) -> None:
    _common(widget, swap)
    if isinstance(widget, QtWidgets.QLabel | QtWidgets.QAbstractButton):
        _swap(widget.text, widget.setText, swap)
    if isinstance(widget, QtWidgets.QGroupBox):
        _swap(widget.title, widget.setTitle, swap)
    if isinstance(widget, QtWidgets.QMenu):
        _swap(widget.title, widget.setTitle, swap)
    if isinstance(widget, QtWidgets.QLineEdit):
        _swap(widget.placeholderText, widget.setPlaceholderText, swap)
    if isinstance(widget, QtWidgets.QComboBox):
        _combo(widget, swap)
    if isinstance(widget, QtWidgets.QTabWidget):
        for i in range(widget.count()):
            widget.setTabText(i, swap(widget.tabText(i)))
            widget.setTabToolTip(i, swap(widget.tabToolTip(i)))
    if isinstance(widget, QtWidgets.QTableWidget):
        _table_headers(widget, swap)
    if isinstance(widget, pg.PlotWidget):
        _plot(widget.getPlotItem(), swap)


def _combo(combo: QtWidgets.QComboBox, swap: Swap) -> None:
    tip = QtCore.Qt.ItemDataRole.ToolTipRole
    for i in range(combo.count()):
        combo.setItemText(i, swap(combo.itemText(i)))
        value = combo.itemData(i, tip)
        if isinstance(value, str):
            combo.setItemData(i, swap(value), tip)


def _table_headers(table: QtWidgets.QTableWidget, swap: Swap) -> None:
    for item in (
        *(table.horizontalHeaderItem(i) for i in range(table.columnCount())),
        *(table.verticalHeaderItem(i) for i in range(table.rowCount())),
    ):
        if item is not None:
            _swap(item.text, item.setText, swap)
            _swap(item.toolTip, item.setToolTip, swap)


def _plot(plot: pg.PlotItem, swap: Swap) -> None:
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        if axis.labelText:
            axis.setLabel(swap(axis.labelText), units=axis.labelUnits or None)
    title = plot.titleLabel.text
    if title:
        plot.setTitle(swap(title))
    legend = plot.legend
    if legend is not None:
        for _sample, label in legend.items:
            if label.text and swap(label.text) != label.text:
                label.setText(swap(label.text))


def _action_texts(action: QtGui.QAction, swap: Swap) -> None:
    _swap(action.text, action.setText, swap)
    _swap(action.toolTip, action.setToolTip, swap)
    _swap(action.statusTip, action.setStatusTip, swap)
    _swap(action.iconText, action.setIconText, swap)


def retranslate_window(w: Any) -> None:
    """The main window after a language change: its fixed texts swapped, then what
    was built from data rendered again (the panels re-render their own)."""
    from gd_desktop.widgets.help_menus import sync_language_menu

    new = current_language()
    retranslate_tree(w, w.shown_language, new)
    w.shown_language = new
    w.setWindowTitle(QtCore.QCoreApplication.translate("MainWindow", "GD Desktop"))
    sync_language_menu(w)
    w.presenter.retranslate()
    w.painter.draw_summaries()
    w.painter.redraw()
