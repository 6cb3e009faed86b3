"""A seeded random walk through the real window's controls, checked after every action.

The walk is cut into WALKS walks of its own seed (SEED, SEED + 1, ...), each in a
fresh window, so no single test runs for minutes on a busy machine. Replay a failure
with ``GD_RANDOM_SEED=<seed> pytest tests/widgets/test_random_actions.py -k "walk0"``;
the seed is printed at the start and named in every assertion message.
"""

from __future__ import annotations

import math
import os
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.records import FIELDS
from gd_desktop.widgets.main_window import MainWindow

from .helpers import RecordSpy, assert_readouts_show, enter_text, readout_step, readout_texts

SEED = int(os.environ.get("GD_RANDOM_SEED", "20240611"))
ACTIONS = int(os.environ.get("GD_RANDOM_ACTIONS", "2000"))
WALKS = 4
# Actions used by the walks run so far: together the walks must use every action.
USED: dict[int, Counter[str]] = {}
# Every this many actions, also poke a disabled control: it must do nothing.
PROBE_DISABLED_EVERY = 12
SPEED_POSITIONS = [0, 10, 20, 25, 30, 35, 39, 40, 40, 40]
MIN_LR, MAX_LR = 1e-6, 5e-3
# Now and then a rate above the blog data's stable limit (about 6.5e-3), so runs diverge.
DIVERGING_LR = (7e-3, 3e-2)
QUIET = (QtCore.QtMsgType.QtDebugMsg, QtCore.QtMsgType.QtInfoMsg)


@dataclass
class Action:
    name: str
    weight: float
    enabled: Callable[[], bool]
    perform: Callable[[], object]


class Walker:
    """Picks and performs random actions among the window's enabled controls."""

    def __init__(self, qtbot, w: MainWindow, rng: random.Random):
        self.qtbot, self.w, self.rng = qtbot, w, rng
        a, p = w.actions_, w.panel
        always = lambda: True  # noqa: E731
        self.actions = [
            Action("run/pause", 6, a.run.isEnabled, a.run.trigger),
            Action("step", 14, a.step.isEnabled, a.step.trigger),
            Action("step epoch", 4, a.step_epoch.isEnabled, a.step_epoch.trigger),
            Action("reset", 3, a.reset.isEnabled, a.reset.trigger),
            Action("learning rate", 6, p.lr_input.isEnabled, self.type_learning_rate),
            Action("lr slider", 2, p.lr_slider.isEnabled, self.slide_learning_rate),
            Action("speed", 5, p.speed_input.isEnabled, self.set_speed),
            Action("method", 3, p.method_combo.isEnabled, lambda: self.pick(p.method_combo)),
            Action("order", 1, p.order_combo.isEnabled, lambda: self.pick(p.order_combo)),
            Action("batch size", 1, p.batch_size_input.isEnabled, self.set_batch_size),
            Action("seed", 2, p.seed_input.isEnabled, self.set_seed),
            Action("samples", 2, p.samples_input.isEnabled, self.set_samples),
            Action("data source", 1, p.source_combo.isEnabled, lambda: self.pick(p.source_combo)),
            Action("noise", 2, p.noise_input.isEnabled, self.type_noise),
            Action("budget", 1, p.steps_input.isEnabled, self.set_budget),
            Action("preset", 3, p.preset_combo.isEnabled, self.choose_preset),
            Action("float dock", 2, always, self.toggle_dock),
            Action("resize", 2, always, self.resize),
            Action("log colour", 1, w.log_color_check.isEnabled, w.log_color_check.click),
            Action("log axis", 1, w.log_y_check.isEnabled, w.log_y_check.click),
            Action("stable rate", 4, w.banner_button.isVisible, w.banner_button.click),
            Action("update rule", 2, p.optimizer_combo.isEnabled, self.choose_rule),
            Action("schedule", 1, p.schedule_combo.isEnabled, self.choose_schedule),
            Action("arrows", 1, w.arrows_check.isEnabled, w.arrows_check.click),
            Action("add run", 2, w.race_panel.add_button.isEnabled, w.race_panel.add_button.click),
            Action(
                "remove run",
                1,
                w.race_panel.remove_button.isEnabled,
                w.race_panel.remove_button.click,
            ),
            Action("select run", 3, lambda: len(w.lanes) > 1, self.select_run),
            Action("show/hide run", 1, lambda: len(w.lanes) > 1, self.toggle_run_shown),
            Action("ready race", 1, w.race_panel.race_combo.isEnabled, self.ready_race),
            Action("click contour", 1, always, self.click_contour),
            Action("click surface", 1, always, self.click_surface),
        ]

    def choose(self) -> Action:
        enabled = [action for action in self.actions if action.enabled()]
        return self.rng.choices(enabled, weights=[x.weight for x in enabled])[0]

    # -- performers ----------------------------------------------------------------------
    def type_learning_rate(self) -> None:
        low, high = DIVERGING_LR if self.rng.random() < 0.08 else (MIN_LR, MAX_LR)
        rate = 10 ** self.rng.uniform(math.log10(low), math.log10(high))
        text = self.rng.choice([f"{rate:.3g}", f"{rate:.2e}", f"{rate:.6f}"])
        enter_text(self.qtbot, self.w.panel.lr_input, text)

    def slide_learning_rate(self) -> None:
        slider = self.w.panel.lr_slider
        low = round((math.log10(MIN_LR) + 7) * slider.STEPS_PER_DECADE)
        high = round((math.log10(MAX_LR) + 7) * slider.STEPS_PER_DECADE)
        slider.setValue(self.rng.randint(low, high))

    def set_speed(self) -> None:
        self.w.panel.speed_input.setValue(self.rng.choice(SPEED_POSITIONS))

    def pick(self, combo: QtWidgets.QComboBox) -> None:
        combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def set_batch_size(self) -> None:
        self.w.panel.batch_size_input.setValue(self.rng.randint(1, 64))

    def set_seed(self) -> None:
        self.w.panel.seed_input.setValue(self.rng.randrange(1000))

    def set_samples(self) -> None:
        self.w.panel.samples_input.setValue(self.rng.randint(20, 300))

    def type_noise(self) -> None:
        noise = self.rng.choice([0.0, 0.5, 2.0, 10.0])
        enter_text(self.qtbot, self.w.panel.noise_input, f"{noise:g}")

    def set_budget(self) -> None:
        self.w.panel.steps_input.setValue(self.rng.choice([50, 200, 500, 2000]))

    def choose_preset(self) -> None:
        combo = self.w.panel.preset_combo
        index = self.rng.randrange(combo.count())
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def choose_rule(self) -> None:
        """A rule at a rate that suits it (adaptive rules step about lr per update)."""
        combo = self.w.panel.optimizer_combo
        combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def choose_schedule(self) -> None:
        combo = self.w.panel.schedule_combo
        combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def select_run(self) -> None:
        self.w.race_panel.table.selectRow(self.rng.randrange(len(self.w.lanes)))

    def toggle_run_shown(self) -> None:
        item = self.w.race_panel.table.item(self.rng.randrange(len(self.w.lanes)), 0)
        checked = item.checkState() == QtCore.Qt.CheckState.Checked
        item.setCheckState(
            QtCore.Qt.CheckState.Unchecked if checked else QtCore.Qt.CheckState.Checked
        )

    def ready_race(self) -> None:
        combo = self.w.race_panel.race_combo
        index = self.rng.randrange(1, combo.count())
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    def click_contour(self) -> None:
        view = self.w.contour_view
        size = view.viewport().size()
        at = QtCore.QPoint(self.rng.randrange(size.width()), self.rng.randrange(size.height()))
        self.qtbot.mouseClick(view.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=at)

    def click_surface(self) -> None:
        view = self.w.surface_view
        at = QtCore.QPoint(self.rng.randrange(view.width()), self.rng.randrange(view.height()))
        self.qtbot.mouseClick(view, QtCore.Qt.MouseButton.LeftButton, pos=at)

    def toggle_dock(self) -> None:
        dock = self.rng.choice([self.w.parameter_dock, self.w.log_dock])
        dock.setFloating(not dock.isFloating())

    def resize(self) -> None:
        self.w.resize(self.rng.randint(900, 1400), self.rng.randint(600, 900))

    def probe_disabled(self) -> str | None:
        """Poke one disabled run action or input as a user would; nothing may happen."""
        a, p = self.w.actions_, self.w.panel
        disabled = [x for x in (a.run, a.step, a.step_epoch, a.reset) if not x.isEnabled()]
        disabled += [x for x in (p.batch_size_input, p.order_combo) if not x.isEnabled()]
        if not disabled:
            return None
        target = self.rng.choice(disabled)
        sent, state = self.w.controller.sent, self.w.state
        if isinstance(target, QtWidgets.QWidget):
            self.qtbot.keyClicks(target, "7")
            self.qtbot.keyClick(target, QtCore.Qt.Key.Key_Down)
        else:
            target.trigger()
        assert (self.w.controller.sent, self.w.state) == (sent, state), target.objectName()
        return f"disabled {target.objectName()}"


def check_window(qtbot, w: MainWindow, spy: RecordSpy, new_run: bool, where: str) -> None:
    """The readouts show the latest record of the selected run (or the start): the
    spy's for the first run of a race, the window's own for the others."""
    assert w.info is not None and w.run is not None, where
    run_id = w.info.run_id
    w.draw_frame()
    texts = readout_texts(w)  # a later frame may redraw them while we wait below
    step, total = readout_step(w, texts)
    assert total == w.run.total_updates, where
    assert w.order_errors == 0 and spy.errors == [], f"{spy.errors[:3]} {where}"
    assert len(w.lanes) == len(w.info.runs) == w.race_panel.table.rowCount(), where
    if new_run and w.state != "running":
        assert step == 0 and w.received == 0, where
    first = w.selected == 0
    if w.state != "running":
        # At rest every record has reached the window (and the spy).
        assert step == w.received, where
        if first:
            assert step == spy.count(run_id), where
    elif first:
        # Still running: the spy gets each block just after the window does.
        qtbot.waitUntil(lambda: spy.count(run_id) >= step, timeout=5000)
    if step == 0:
        row = None
    elif first:
        row = spy.record(run_id, step - 1)
    else:
        values = w.run.records.record(step - 1)
        row = np.array([values[name] for name in FIELDS])
    assert_readouts_show(w, row, where, texts)
    spy.forget_runs_except(run_id)


@pytest.mark.parametrize("walk", range(WALKS), ids=[f"walk{i}" for i in range(WALKS)])
def test_random_actions_through_the_real_window(qtbot, qtlog, window, spy, walk) -> None:
    seed = SEED + walk
    actions = ACTIONS // WALKS
    print(f"GD_RANDOM_SEED={seed}")
    w = window
    rng = random.Random(seed)
    walker = Walker(qtbot, w, rng)
    history: list[str] = []
    chosen_enabled = probes = 0
    with qtbot.captureExceptions() as exceptions:
        for i in range(actions):
            if i % PROBE_DISABLED_EVERY == PROBE_DISABLED_EVERY - 1:
                probed = walker.probe_disabled()
                if probed is not None:
                    probes += 1
                    history.append(probed)
            action = walker.choose()
            assert action.enabled()
            chosen_enabled += 1
            run_id = w.info.run_id
            history.append(f"{action.name} (state {w.state})")
            action.perform()
            where = f"after action {i} {action.name!r}; seed {seed}; last: {history[-8:]}"
            QtWidgets.QApplication.processEvents()
            qtbot.waitUntil(lambda: w.controller.idle, timeout=10000)
            assert exceptions == [], f"{exceptions[0][1]!r} {where}"
            warnings = [r.message for r in qtlog.records if r.type not in QUIET]
            assert warnings == [], f"Qt logged {warnings[:3]} {where}"
            check_window(qtbot, w, spy, w.info.run_id != run_id, where)

        # Leave nothing going into teardown: pause a run, re-dock the docks.
        if w.state == "running":
            w.actions_.run.trigger()
            qtbot.waitUntil(lambda: w.controller.idle and w.state != "running")
        for dock in (w.parameter_dock, w.log_dock):
            dock.setFloating(False)
        QtWidgets.QApplication.processEvents()
        assert exceptions == [], f"{exceptions[0][1]!r}; seed {seed}"

    total = chosen_enabled + probes
    counts = Counter(h.split(" (")[0] for h in history)
    print(f"{chosen_enabled} enabled actions, {probes} disabled probes: {dict(counts)}")
    assert chosen_enabled == actions
    assert chosen_enabled / total > 0.8, f"seed {seed}"
    USED[walk] = counts
    if len(USED) == WALKS and ACTIONS >= 500:
        # One walk of 500 may miss a rare action (what is enabled depends on timing);
        # the whole walk of ACTIONS may not.
        together = sum(USED.values(), Counter())
        unused = [a.name for a in walker.actions if together[a.name] == 0]
        unused = [name for name in unused if name != "stable rate"]
        assert not unused, f"never used in {WALKS} walks: {unused}; seeds from {SEED}"
