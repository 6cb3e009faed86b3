"""Enter commits a field and hands the keyboard back to the window, so Space, Right
and N drive the run again; while a field is being edited, keys edit the field."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

ENTER_KEYS = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)


class EnterReturnsFocus(QtCore.QObject):
    """Watches the text and number fields under some panels; after Enter has been
    handled by a field (its value committed), ``target`` takes the focus."""

    def __init__(self, target: QtWidgets.QWidget, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self.target = target

    def watch(self, root: QtWidgets.QWidget) -> None:
        """Every line edit and spin box under ``root`` (a spin box's own line edit is
        watched through the spin box)."""
        spins = root.findChildren(QtWidgets.QAbstractSpinBox)
        inner = {spin.lineEdit() for spin in spins}
        edits = [e for e in root.findChildren(QtWidgets.QLineEdit) if e not in inner]
        for field in [*spins, *edits]:
            field.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if isinstance(event, QtGui.QKeyEvent) and event.type() == QtCore.QEvent.Type.KeyPress:
            if event.key() not in ENTER_KEYS:
                return False
            # After the field has handled Enter (its value is committed first).
            QtCore.QTimer.singleShot(0, self, self.hand_back)
        return False

    @QtCore.Slot()
    def hand_back(self) -> None:
        self.target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
