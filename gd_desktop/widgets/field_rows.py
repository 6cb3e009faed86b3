"""Form rows whose field has its own problem message under it, found by config path."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.problems import Problem
from gd_desktop.widgets.fields import NumberField, problem_label
from gd_desktop.widgets.messages import explain


class FieldRows:
    """The checked rows of one form: each shows the first problem of its field.

    ``in_use(setting)`` says whether the current rule or schedule uses a setting;
    rows it does not use are hidden and their problems not shown.
    """

    def __init__(self, form: QtWidgets.QFormLayout, section: str, in_use: Callable[[str], bool]):
        self._form = form
        self._section = section
        self._in_use = in_use
        self._rows: dict[str, tuple[QtWidgets.QWidget, QtWidgets.QLabel]] = {}

    def add(self, label: str, setting: str, widget: QtWidgets.QWidget) -> None:
        """A row for ``widget``, which sets ``section.setting``, with a message under it."""
        message = problem_label(f"{widget.objectName()}Problem")
        self._form.addRow(label, widget)
        self._form.addRow("", message)
        self._rows[setting] = (widget, message)

    def hidden_widgets(self) -> set[QtWidgets.QWidget]:
        """The fields of settings not in use."""
        return {widget for key, (widget, _) in self._rows.items() if not self._in_use(key)}

    def entry_problems(self) -> bool:
        """Whether a field in use holds text that is not a valid value."""
        return any(
            isinstance(widget, NumberField) and widget.problem() and self._in_use(key)
            for key, (widget, _) in self._rows.items()
        )

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Under each field in use, its own entry problem, else the first problem whose
        field is this row's config path (none: the message hides)."""
        for key, (widget, message) in self._rows.items():
            path = f"{self._section}.{key}"
            found = [p for p in problems if p.field == path]
            if isinstance(widget, NumberField):
                own = widget.problem()
                if own is not None:
                    found.insert(0, own)
            shown = bool(found) and self._in_use(key)
            message.setText(
                QtCore.QCoreApplication.translate("FieldRows", "{0}: {1}").format(
                    widget.accessibleName(), explain(found[0])
                )
                if shown
                else ""
            )
            message.setVisible(shown)

    def update_visible(self) -> None:
        """Show the rows of the settings in use (a message only when it says something)."""
        for key, (widget, message) in self._rows.items():
            used = self._in_use(key)
            self._form.setRowVisible(widget, used)
            self._form.setRowVisible(message, used and bool(message.text()))
