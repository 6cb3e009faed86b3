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
    # A preset is a plain run of its own, in place of any race.
    with qtbot.waitSignal(panel.preset_applied):
        panel.preset_combo.activated.emit(index)
    assert panel.config() == preset("blog-sgd")


def test_a_window_message_shows_under_the_panel(qtbot, panel) -> None:
    panel.show_message("Open a CSV file first (File > Open data).")
    assert panel.problem_label.isVisible()
    assert panel.problem_label.text() == "Open a CSV file first (File > Open data)."
    panel.show_message("")
    assert not panel.problem_label.isVisible()


# Finding 4: every value a file may hold, the panel shows and gives back unchanged.
def test_the_panel_holds_the_largest_values_a_file_may_have(qtbot, panel) -> None:
    from gd_desktop.core.bounds import BATCH_SIZES, BUDGETS, SEEDS, STEP_SIZES
    from gd_desktop.core.config import BatchConfig, ExperimentConfig

    text = (
        '{"seed": 4294967295, "budget": 20000000, "max_updates": 30000000, '
        '"schedule": {"kind": "step", "step_size": 2147483647}}'
    )
    config = ExperimentConfig.from_json(text)
    panel.set_config(config)
    assert panel.seed_input.value() == 4_294_967_295
    assert panel.steps_input.value() == 20_000_000
    assert panel.step_size_input.value() == 2_147_483_647
    assert panel.config() == config
    for spin, bounds in (
        (panel.seed_input, SEEDS),
        (panel.steps_input, BUDGETS),
        (panel.step_size_input, STEP_SIZES),
        (panel.batch_size_input, BATCH_SIZES),
    ):
        assert (spin.minimum(), spin.maximum()) == (bounds.low, bounds.high)
    wide = replace(config, batching=BatchConfig(batch_size=BATCH_SIZES.high))
    panel.set_config(wide)
    assert panel.batch_size_input.value() == BATCH_SIZES.high


def test_a_file_value_the_panel_cannot_hold_is_refused_by_name() -> None:
    from gd_desktop.core.config import ExperimentConfig

    for text, field in (
        ('{"seed": 4294967296}', "seed"),
        ('{"batching": {"batch_size": 2147483648}}', "batching.batch_size"),
        ('{"schedule": {"step_size": 2147483648}}', "schedule.step_size"),
        ('{"budget": 2147483648, "max_updates": 2147483648}', "budget"),
    ):
        with pytest.raises(ConfigError) as info:
            ExperimentConfig.from_json(text)
        assert field in [p.field for p in info.value.problems], text


def test_the_rule_and_schedule_fields_take_their_ranges_from_the_registries(panel) -> None:
    from gd_desktop.core.rules import RULES
    from gd_desktop.core.schedules import SCHEDULE_SPECS

    beta = RULES["momentum"].settings["beta"]
    assert beta is not None
    assert panel.beta_input.problem() is None
    panel.beta_input.setText(str(beta.high))
    assert panel.beta_input.problem() is not None  # 1 is outside [0, 1)
    decay = SCHEDULE_SPECS["inverse-time"].settings["decay"]
    panel.decay_input.setText(str(decay.low - 1))
    assert panel.decay_input.problem() is not None
