"""The parameter panel on its own: problems as values, shown next to their fields."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6 import QtCore, QtWidgets

from gd_desktop.core import preset
from gd_desktop.core.config import ConfigError, OptimizerConfig, ScheduleConfig
from gd_desktop.core.problems import problem
from gd_desktop.widgets import names
from gd_desktop.widgets.parameter_panel import ParameterPanel, speed_at


@pytest.fixture
def panel(qtbot) -> ParameterPanel:
    widget = ParameterPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def enter(qtbot, field: QtWidgets.QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, QtCore.Qt.Key.Key_Return)


def message_of(panel: ParameterPanel, name: str) -> QtWidgets.QLabel:
    label = panel.findChild(QtWidgets.QLabel, f"{name}Problem")
    assert label is not None
    return label


def test_a_bad_beta_is_explained_next_to_the_beta_field(qtbot, panel) -> None:
    panel.set_config(replace(preset("blog-batch"), optimizer=OptimizerConfig(name="momentum")))
    message = message_of(panel, names.BETA_INPUT)
    assert not message.isVisible()
    enter(qtbot, panel.beta_input, "1")
    assert message.isVisible()
    assert message.text() == "Momentum beta: must be less than 1"
    (entry,) = panel.field_problems()
    assert (entry.code, entry.field) == ("entry_below", "optimizer.beta")
    assert panel.problem_label.text() == "Momentum beta: must be less than 1"
    with pytest.raises(ConfigError) as info:
        panel.config()
    assert info.value.problems == [entry]
    enter(qtbot, panel.beta_input, "0.5")
    assert not message.isVisible() and panel.config().optimizer.beta == 0.5


def test_a_config_problem_is_placed_by_its_field(qtbot, panel) -> None:
    panel.set_config(replace(preset("blog-batch"), optimizer=OptimizerConfig(name="momentum")))
    bad = problem(
        "interval", "optimizer.beta", low=0, high=1, low_open=False, high_open=True, value=2.0
    )
    panel.show_problems([bad, problem("positive", "learning_rate", value=0.0)])
    assert message_of(panel, names.BETA_INPUT).text() == (
        "Momentum beta: must be in [0, 1), got 2.0"
    )
    assert panel.problem_label.text() == (
        "optimizer.beta: must be in [0, 1), got 2.0\n"
        "learning_rate: must be a finite number > 0, got 0.0"
    )
    # a setting the rule does not use shows nothing next to its (hidden) field
    panel.show_problems([problem("positive", "optimizer.eps", value=0.0)])
    assert not message_of(panel, names.EPS_INPUT).isVisible()
    panel.show_problems([])
    assert not panel.problem_label.isVisible()
    assert not message_of(panel, names.BETA_INPUT).isVisible()


def test_a_schedule_that_would_reach_zero_is_refused_next_to_its_field(qtbot, panel) -> None:
    panel.set_config(replace(preset("blog-batch"), schedule=ScheduleConfig(kind="exponential")))
    enter(qtbot, panel.exp_gamma_input, "0.01")
    message = message_of(panel, names.EXP_GAMMA_INPUT)
    assert message.isVisible() and "fall to 0" in message.text()
    with pytest.raises(ConfigError) as info:
        panel.config()
    assert [(p.code, p.field) for p in info.value.problems] == [("underflow", "schedule.exp_gamma")]


def test_a_bad_dataset_field_is_named_by_its_label(qtbot, panel) -> None:
    enter(qtbot, panel.noise_input, "loud")
    assert panel.problem_label.text() == "Noise sigma: 'loud' is not a number"
    (entry,) = panel.field_problems()
    assert (entry.code, entry.field, entry["text"]) == ("entry_not_number", "data.noise", "loud")
    assert panel.noise_input.property("problem") == "'loud' is not a number"


def test_set_speed_position_shows_and_applies_the_speed(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.speed_changed) as blocker:
        panel.set_speed_position(30)
    assert blocker.args == [speed_at(30)] and panel.speed() == speed_at(30)
    assert panel.speed_input.value() == 30 and panel.speed_label.text() == "1000 /s"
    panel.set_speed_position(40)
    assert panel.speed_label.text() == "unlimited"


def test_presets_and_fields_round_trip(qtbot, panel) -> None:
    for name in ("blog-batch", "blog-sgd", "blog-minibatch"):
        panel.set_config(preset(name))
        assert panel.config() == preset(name)
    index = panel.preset_combo.findData("blog-sgd")
    assert panel.preset_combo.itemText(index) == "Blog: stochastic gradient descent"
    with qtbot.waitSignal(panel.experiment_changed):
        panel.preset_combo.activated.emit(index)
    assert panel.config() == preset("blog-sgd")


def test_a_window_message_shows_under_the_panel(qtbot, panel) -> None:
    panel.show_message("Open a CSV file first (File > Open data).")
    assert panel.problem_label.isVisible()
    assert panel.problem_label.text() == "Open a CSV file first (File > Open data)."
    panel.show_message("")
    assert not panel.problem_label.isVisible()
