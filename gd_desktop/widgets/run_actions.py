"""The run controls as QActions: Run/Pause, Step, Step epoch, Reset.

Each action is enabled only in the states where it makes sense; the toolbar
buttons and the Run menu share them.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.widgets import names

# state -> (run enabled, step enabled, reset enabled)
ENABLED = {
    "ready": (True, True, False),
    "running": (True, False, True),
    "paused": (True, True, True),
    "finished": (False, False, True),
    "diverged": (False, False, True),
    # While a race loads, Run and Step are kept and done once it is ready.
    "loading": (True, True, False),
    "failed": (False, False, True),  # the engine stopped: only Reset helps
}
# States from which Run and Step continue from an earlier update on the timeline.
CONTINUABLE = ("ready", "paused", "finished", "diverged")


def _shortcuts(*keys: str) -> list[QtGui.QKeySequence]:
    return [QtGui.QKeySequence(k) for k in keys]


class RunActions(QtCore.QObject):
    """Owns the four run actions and keeps their enabled state and labels right."""

    def __init__(self, parent: QtWidgets.QWidget):
        super().__init__(parent)
        style = parent.style()
        icon = QtWidgets.QStyle.StandardPixmap
        self.run = self._action(
            names.RUN_BUTTON,
            self.tr("Run"),
            style.standardIcon(icon.SP_MediaPlay),
            _shortcuts("Space"),
            self.tr("Run the descent at the playback speed; press again to pause."),
        )
        self.step = self._action(
            names.STEP_BUTTON,
            self.tr("Step"),
            style.standardIcon(icon.SP_MediaSeekForward),
            _shortcuts("Right", "N"),
            self.tr("Do one update and show what it did."),
        )
        self.step_epoch = self._action(
            names.STEP_EPOCH_BUTTON,
            self.tr("Step epoch"),
            style.standardIcon(icon.SP_MediaSkipForward),
            _shortcuts("Shift+Right", "Shift+N"),
            self.tr("Do the updates left in this epoch (one pass over the data)."),
        )
        self.reset = self._action(
            names.RESET_BUTTON,
            self.tr("Reset"),
            style.standardIcon(icon.SP_BrowserReload),
            _shortcuts("R"),
            self.tr("Back to the initial weights; the same seed gives the same run again."),
        )
        self._state = "loading"
        self._continuable = False
        self._play_icon = style.standardIcon(icon.SP_MediaPlay)
        self._pause_icon = style.standardIcon(icon.SP_MediaPause)

    def _action(
        self, name: str, text: str, icon: QtGui.QIcon, keys: list[QtGui.QKeySequence], tip: str
    ) -> QtGui.QAction:
        action = QtGui.QAction(icon, text, self.parent())
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        shown = ", ".join(k.toString(QtGui.QKeySequence.SequenceFormat.NativeText) for k in keys)
        action.setToolTip(f"{tip} ({shown})")
        action.setStatusTip(tip)
        return action

    def all(self) -> list[QtGui.QAction]:
        return [self.run, self.step, self.step_epoch, self.reset]

    def set_continuable(self, on: bool) -> None:
        """An earlier update is shown: Run and Step can continue from it."""
        if on != self._continuable:
            self._continuable = on
            self.set_state(self._state)

    def set_state(self, state: str) -> None:
        self._state = state
        run_on, step_on, reset_on = ENABLED[state]
        if self._continuable and state in CONTINUABLE:
            run_on = step_on = True
        self.run.setEnabled(run_on)
        self.step.setEnabled(step_on)
        self.step_epoch.setEnabled(step_on)
        self.reset.setEnabled(reset_on)
        running = state == "running"
        self.run.setText(self.tr("Pause") if running else self.tr("Run"))
        self.run.setIcon(self._pause_icon if running else self._play_icon)

    def add_to_toolbar(self, toolbar: QtWidgets.QToolBar) -> None:
        """Put the actions on a toolbar; the buttons carry the actions' names too."""
        for action in self.all():
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setObjectName(action.objectName())
                button.setAccessibleName(action.text())
