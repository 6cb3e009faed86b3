"""The timeline under the views: a slider over every recorded update (0 = the start
point), step back and forward through the records, and "live", which follows new
records. Run or Step from an earlier update continues from there, after asking
(the question can be turned off), and discards the later records."""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.records import column_of
from gd_desktop.session.events import Event
from gd_desktop.session.update_at import UpdateReplays
from gd_desktop.widgets import names

# Where the "ask before discarding later records" choice is kept.
CONFIRM_KEY = "timeline/confirmDiscard"
# Updates done again at once to write out an earlier update's rows while scrubbing;
# longer replays wait until the slider has rested this long.
QUICK_REPLAY = 5_000
SETTLE_MS = 200
LR = column_of("lr")


class TimelineBar(QtWidgets.QWidget):
    """The slider, its buttons and label; ``window`` holds the session, the run
    actions and the panels that follow the cursor."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.main = window  # the main window
        self.session = window.session
        self.timeline = self.session.timeline
        self.replays = UpdateReplays()
        self.discard_box: QtWidgets.QMessageBox | None = None  # the question, while open
        self.back_action = self._action(
            names.STEP_BACK_BUTTON,
            self.tr("Step back"),
            QtWidgets.QStyle.StandardPixmap.SP_MediaSeekBackward,
            "Ctrl+Left",
            self.tr("Show the update before this one (the records stay)."),
        )
        self.forward_action = self._action(
            names.STEP_FORWARD_BUTTON,
            self.tr("Forward"),
            QtWidgets.QStyle.StandardPixmap.SP_ArrowForward,
            "Ctrl+Right",
            self.tr("Show the next recorded update."),
        )
        self.back_action.triggered.connect(self.step_back)
        self.forward_action.triggered.connect(self.step_forward)
        self.slider = QtWidgets.QSlider(QtCore.Qt.Orientation.Horizontal)
        self.slider.setObjectName(names.TIMELINE_SLIDER)
        self.slider.setAccessibleName(self.tr("Timeline"))
        self.slider.setToolTip(
            self.tr("Drag to show any recorded update in every view; dragging pauses a run.")
        )
        self.slider.setRange(0, 0)
        self.slider.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.slider.valueChanged.connect(self._moved)
        self.live_button = QtWidgets.QPushButton(self.tr("Live"))
        self.live_button.setObjectName(names.LIVE_BUTTON)
        self.live_button.setCheckable(True)
        self.live_button.setChecked(True)
        self.live_button.setToolTip(self.tr("Follow new records as they arrive."))
        self.live_button.clicked.connect(self.go_live)
        self.label = QtWidgets.QLabel()
        self.label.setObjectName(names.TIMELINE_LABEL)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for action in (self.back_action, self.forward_action):
            button = QtWidgets.QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(action.objectName())
            layout.addWidget(button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.live_button)
        self._settle = QtCore.QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.show_equation)
        events = self.session.events
        events.subscribe(Event.CURSOR_MOVED, self._cursor_moved)
        events.subscribe(Event.STATE_CHANGED, lambda _state: self.refresh())
        events.subscribe(Event.LOADED, self.refresh)
        self.refresh()

    def _action(
        self, name: str, text: str, icon: QtWidgets.QStyle.StandardPixmap, key: str, tip: str
    ) -> QtGui.QAction:
        action = QtGui.QAction(self.style().standardIcon(icon), text, self.main)
        action.setObjectName(name)
        action.setShortcut(QtGui.QKeySequence(key))
        action.setShortcutContext(QtCore.Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{tip} ({key})")
        action.setStatusTip(tip)
        return action

    # -- commands ------------------------------------------------------------------
    @QtCore.Slot()
    def step_back(self) -> None:
        self.timeline.back()

    @QtCore.Slot()
    def step_forward(self) -> None:
        self.timeline.forward()

    @QtCore.Slot()
    def go_live(self) -> None:
        self.timeline.go_live()
        self.refresh()

    def show_update(self, step: int) -> None:
        """Show update ``step`` in every view (what dragging the slider does)."""
        self.timeline.show(step)

    def run_or_continue(self) -> None:
        """Run or Pause; from an earlier update, run on from there."""
        if self.timeline.catching_up:
            return  # the first updates are being done again: it runs or steps next
        if self.session.run_requested or not self.timeline.scrubbed:
            if not self.timeline.live:
                self.timeline.go_live()
            self.session.toggle_run()
            return
        self._continue("run", 1)

    def step_or_continue(self, count: int) -> None:
        """Step ``count`` updates (0: to the epoch's end), from the update shown."""
        if self.timeline.catching_up:
            return
        if not self.timeline.scrubbed:
            self.timeline.continue_run("step", count)
            return
        self._continue("step", count)

    def _continue(self, action: str, count: int) -> None:
        if self.timeline.catching_up:
            return
        if not ask_before_discarding():
            self.timeline.continue_run(action, count)
            return
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Continue from here"),
            self.tr(
                "Continue from update {0}? The {1} later records are discarded and the "
                "run goes on from this update, exactly as a fresh run would."
            ).format(self.timeline.position, self.timeline.maximum - self.timeline.position),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            self.main,
        )
        box.setObjectName(names.DISCARD_BOX)
        check = QtWidgets.QCheckBox(self.tr("Do not ask again"))
        box.setCheckBox(check)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)

        def answered(button: int) -> None:
            self.discard_box = None
            if button != QtWidgets.QMessageBox.StandardButton.Yes.value:
                return
            if check.isChecked():
                set_ask_before_discarding(False)
            self.timeline.continue_run(action, count)

        box.finished.connect(answered)
        self.discard_box = box
        box.open()

    # -- drawing -------------------------------------------------------------------
    def refresh(self) -> None:
        """The slider's range and value, the label and which actions apply (per frame)."""
        timeline = self.timeline
        top, shown = timeline.maximum, timeline.position
        with QtCore.QSignalBlocker(self.slider):
            if self.slider.maximum() != top:
                self.slider.setMaximum(top)
            if self.slider.value() != shown and not self.slider.isSliderDown():
                self.slider.setValue(shown)
        self.label.setText(self.tr("update {0:,} of {1:,}").format(shown, top))
        self.live_button.setChecked(timeline.live)
        idle = not timeline.catching_up
        self.back_action.setEnabled(idle and shown > 0)
        self.forward_action.setEnabled(idle and shown < top)
        actions = getattr(self.main, "actions_", None)  # made after the views
        if actions is not None:
            actions.set_continuable(timeline.scrubbed and idle)

    def _moved(self, value: int) -> None:
        self.timeline.show(value)

    def _cursor_moved(self, cursor: int | None) -> None:
        self.refresh()
        self._follow(cursor)

    def _follow(self, cursor: int | None) -> None:
        """The panels that are not redrawn per frame: the equation and the insight."""
        lane = self.session.lane
        if lane is None or self.timeline.catching_up:
            return
        step = self.session.shown_step(lane)
        rate = lane.learning_rate
        row = lane.row(step)
        if row is not None and lane.config.schedule.kind == "constant":
            rate = float(row[LR])
        if rate != self.main.insight_panel.learning_rate:  # its text is slow to set
            self.main.insight_panel.set_learning_rate(rate)
        if cursor is None or step == 0:
            if step == 0:
                self.main.equation_panel.clear()
            return
        if step <= QUICK_REPLAY:
            self.show_equation()
        else:
            self._settle.start()

    @QtCore.Slot()
    def show_equation(self) -> None:
        """Write out the update shown, with its own batch rows and rule state."""
        lane = self.session.lane
        if lane is None or self.timeline.catching_up:
            return
        step = self.session.shown_step(lane)
        if step > 0:
            self.main.equation_panel.show_update(self.replays.at(lane, step), step)


def ask_before_discarding() -> bool:
    value = QtCore.QSettings().value(CONFIRM_KEY, True)
    return not (value is False or (isinstance(value, str) and value.lower() == "false"))


def set_ask_before_discarding(on: bool) -> None:
    settings = QtCore.QSettings()
    settings.setValue(CONFIRM_KEY, on)
    settings.sync()
