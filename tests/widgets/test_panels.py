"""The insight panel, equation panel and data view, driven with real runs."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from gd_desktop.core import Dataset, ExperimentConfig, Run, preset
from gd_desktop.widgets import names
from gd_desktop.widgets.data_view import MAX_POINTS, DataView
from gd_desktop.widgets.equation_panel import EquationPanel
from gd_desktop.widgets.insight_panel import InsightPanel
from gd_desktop.widgets.numbers import equation_value as number


def with_data(config: ExperimentConfig, **changes: object) -> ExperimentConfig:
    return replace(config, data=replace(config.data, **changes))


def line_fit(**changes: object) -> ExperimentConfig:
    return with_data(preset("blog-batch"), source="line", **changes)


# -- insight panel ---------------------------------------------------------------------


@pytest.fixture
def insight(qtbot) -> InsightPanel:
    panel = InsightPanel()
    qtbot.addWidget(panel)
    return panel


def test_insight_shows_optimum_curvature_and_the_blog_rate(insight: InsightPanel) -> None:
    run = Run(preset("blog-batch"))
    insight.set_run(run)
    assert insight.objectName() == names.INSIGHT_PANEL
    text = insight.text()
    assert "w0* = 2, w1* = -30" in text
    assert "λ = 294.62, 309.22" in text
    assert "2/λmax = 0.0064678" in text
    rate = insight.sentences["rate"]
    assert rate == "The learning rate 2e-05 is 323x below the stable limit 0.00647: safe, but slow."
    assert rate in text
    assert "noise" not in insight.sentences  # full batch: no noise floor to explain
    assert "flat" not in insight.sentences


def test_rate_sentence_changes_when_the_rate_crosses_the_limit(insight: InsightPanel) -> None:
    run = Run(preset("blog-batch"))
    insight.set_run(run)
    limit = run.loss.stable_learning_rate
    insight.set_learning_rate(1.1 * limit)
    above = insight.sentences["rate"]
    assert "1.1x above the stable limit 0.00647: batch descent diverges." in above
    assert above in insight.text()
    insight.set_learning_rate(0.9 * limit)
    below = insight.sentences["rate"]
    assert "1.11x below the stable limit" in below and "zig-zags" in below
    insight.set_learning_rate(0.3 * limit)
    assert "converges steadily" in insight.sentences["rate"]


def test_rate_sentence_uses_the_effective_rate_under_blog_scaling(insight: InsightPanel) -> None:
    insight.set_run(Run(preset("blog-sgd")))
    rate = insight.sentences["rate"]
    assert rate.startswith("The effective rate 2e-05 (learning rate 0.002 × n/N) is 323x below")


def test_noise_floor_sentences(insight: InsightPanel) -> None:
    insight.set_run(Run(preset("blog-sgd")))
    assert "can converge exactly" in insight.sentences["noise"]
    assert "(an exact fit)" in insight.text()
    insight.set_run(Run(with_data(preset("blog-sgd"), noise=5.0)))
    noisy = insight.sentences["noise"]
    assert "hovers around the optimum" in noisy and "noise floor" in noisy
    insight.set_run(Run(with_data(preset("blog-minibatch"), noise=5.0)))
    assert "mini-batch descent never settles" in insight.sentences["noise"]


def test_condition_numbers_before_and_after_standardising(insight: InsightPanel) -> None:
    run = Run(line_fit(scale=100.0, standardize=True))
    insight.set_run(run)
    facts = insight.insight
    assert facts is not None
    assert f"condition number {facts.raw_condition_number:.5g} raw → 1 standardised" in (
        insight.text()
    )
    assert "long narrow valley into a round bowl" in insight.sentences["scaling"]
    insight.set_run(Run(preset("blog-batch")))
    assert "changes little here" in insight.sentences["scaling"]


def test_collinear_features_show_a_flat_valley(insight: InsightPanel) -> None:
    x = np.linspace(0.0, 10.0, 50)
    dataset = Dataset(np.column_stack([x, 2.0 * x]), 3.0 * x + 1.0)
    config = with_data(
        preset("blog-batch"), source="csv", path="mem", target="y", feature0="a", feature1="b"
    )
    insight.set_run(Run(config, dataset))
    assert "optimum is not unique" in insight.sentences["flat"]
    assert "Minimum-norm optimum" in insight.text()
    assert "λmax/λmin = ∞" in insight.text()


# -- equation panel --------------------------------------------------------------------


@pytest.fixture
def equations(qtbot) -> EquationPanel:
    panel = EquationPanel()
    qtbot.addWidget(panel)
    return panel


def check_update(panel: EquationPanel, run: Run, step: int) -> None:
    """The shown numbers are the record's, and w_new = w_old - lr * g holds."""
    panel.show_update(run, step)
    shown = panel.shown
    record = run.records.record(step - 1)
    old = run.start_weights if step == 1 else run.records.record(step - 2)
    old_w = old if step == 1 else (old["w0"], old["w1"])
    assert shown["step"] == step
    assert (shown["w0_old"], shown["w1_old"]) == old_w
    for key in ("grad_w0", "grad_w1", "lr"):
        assert shown[key] == record[key]
    assert (shown["w0_new"], shown["w1_new"]) == (record["w0"], record["w1"])
    assert shown["w0_new"] == shown["w0_old"] - shown["lr"] * shown["grad_w0"]
    assert shown["w1_new"] == shown["w1_old"] - shown["lr"] * shown["grad_w1"]
    text = panel.text()
    assert f"= {number(record['grad_w0'])}\n" in text
    assert f"= {number(record['grad_w1'])}\n" in text
    assert text.count(f"{number(record['lr'])} × ") == 2
    assert f"= {number(record['w0'])}\n" in text
    assert text.endswith(f"= {number(record['w1'])}")
    assert not shown["check_differs"] and "check:" not in text
    if shown["direct_grad"] is not None:
        assert shown["direct_grad"] == pytest.approx((record["grad_w0"], record["grad_w1"]))


def test_equation_panel_hint_and_full_batch(equations: EquationPanel) -> None:
    assert equations.objectName() == names.EQUATION_PANEL
    assert equations.text() == "Step once to see what an update computes."
    run = Run(preset("blog-batch"))
    run.advance(5)
    for step in (1, 2, 5):
        check_update(equations, run, step)
    assert equations.text().startswith("Update 5 · full batch: all N = 100 rows")
    assert "dMSE/dw0 = (2/N) Σ x0·(ŷ − y)" in equations.text()
    assert equations.shown["n"] == 100
    equations.clear()
    assert equations.shown == {} and equations.text().startswith("Step once")


@pytest.mark.parametrize("name", ["blog-sgd", "blog-minibatch"])
def test_stochastic_updates_show_their_batch_rows(equations: EquationPanel, name: str) -> None:
    run = Run(preset(name))
    run.advance(3)
    run.advance(7)  # the rows of the latest block (updates 4-10) are kept
    for step in range(4, 11):
        check_update(equations, run, step)
        rows = run.batch_rows(step)
        assert rows is not None
        np.testing.assert_array_equal(equations.shown["rows"], rows)
        assert equations.shown["n"] == rows.size
        first = equations.text().splitlines()[0]
        if rows.size == 1:
            assert f"row {rows[0]} (of 0–99)" in first
        else:
            assert f"rows {rows[0]}–{rows[-1]} (of 0–99)" in first
    check_update(equations, run, 2)
    assert equations.shown["rows"] is None
    assert "rows not kept for this update" in equations.text()


def test_blog_scaling_divides_by_all_rows(equations: EquationPanel) -> None:
    run = Run(preset("blog-sgd"))
    run.advance(2)
    check_update(equations, run, 2)
    assert equations.shown["divisor"] == 100 and equations.shown["n"] == 1
    assert "divided by all N = 100 rows" in equations.text()
    assert "dMSE/dw1 = (2/N) Σ x1·(ŷ − y)" in equations.text()


def test_shuffled_minibatch_with_a_short_last_batch(equations: EquationPanel) -> None:
    config = preset("blog-minibatch")
    run = Run(replace(config, batching=replace(config.batching, order="shuffle")))
    run.advance(8)  # 4 batches an epoch: 30, 30, 30 and 10 rows
    for step in range(1, 9):
        check_update(equations, run, step)
        assert equations.shown["n"] == (10 if step % 4 == 0 else 30)
        assert "…" in equations.text() or equations.shown["n"] <= 10


# -- data view -------------------------------------------------------------------------


@pytest.fixture
def data_view(qtbot) -> DataView:
    view = DataView()
    qtbot.addWidget(view)
    return view


@pytest.mark.parametrize("standardize", [False, True])
def test_data_view_line_fit_draws_the_current_line(data_view: DataView, standardize: bool) -> None:
    run = Run(line_fit(noise=2.0, standardize=standardize))
    data_view.set_dataset(run.dataset)
    assert data_view.objectName() == names.DATA_VIEW and data_view.line_fit
    x = run.dataset.features[:, 1]
    scatter_x, scatter_y = data_view.data_item.getData()
    np.testing.assert_array_equal(scatter_x, x)
    np.testing.assert_array_equal(scatter_y, run.dataset.target)
    for count in (1, 50):
        run.advance(count)
        data_view.set_weights(*run.weights)
        line_x, line_y = data_view.line_item.getData()
        np.testing.assert_array_equal(line_x, [x.min(), x.max()])
        w0, w1 = run.weights
        np.testing.assert_allclose(line_y, w0 * 1.0 + w1 * line_x, rtol=1e-15)
    label = data_view.getPlotItem().getAxis("bottom").labelText
    assert label == ("x (standardised)" if standardize else "x")


def test_data_view_two_features_draws_predicted_against_actual(data_view: DataView) -> None:
    run = Run(with_data(preset("blog-batch"), noise=5.0))
    data_view.set_dataset(run.dataset)
    assert not data_view.line_fit
    identity_x, identity_y = data_view.identity_item.getData()
    np.testing.assert_array_equal(identity_x, identity_y)
    run.advance(20)
    data_view.set_weights(*run.weights)
    actual, predicted = data_view.line_item.getData()
    np.testing.assert_array_equal(actual, run.dataset.target)
    w0, w1 = run.weights
    features = run.dataset.features
    np.testing.assert_allclose(predicted, w0 * features[:, 0] + w1 * features[:, 1], rtol=1e-15)


def test_data_view_decimates_to_a_fixed_subset(data_view: DataView) -> None:
    rng = np.random.default_rng(3)
    n = 23_456
    features = rng.normal(size=(n, 2))
    dataset = Dataset(features, features @ [2.0, -3.0])
    data_view.set_dataset(dataset)
    rows = data_view.shown_rows.copy()
    assert 0.99 * MAX_POINTS <= rows.size <= MAX_POINTS
    assert rows[0] == 0 and rows[-1] == n - 1
    gaps = np.diff(rows)
    assert gaps.min() >= n // MAX_POINTS and gaps.max() <= n // MAX_POINTS + 1
    for w in ((1.0, 1.0), (2.0, -3.0)):
        data_view.set_weights(*w)
        actual, predicted = data_view.line_item.getData()
        np.testing.assert_array_equal(actual, dataset.target[rows])
        np.testing.assert_allclose(predicted, features[rows] @ w, rtol=1e-15)
    np.testing.assert_array_equal(data_view.shown_rows, rows)


@pytest.mark.parametrize("rule", ["momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_other_rules_show_their_equations_direction_and_state(
    equations: EquationPanel, rule: str
) -> None:
    from gd_desktop.core.config import OptimizerConfig

    rate = 2e-5 if rule in ("momentum", "nesterov") else 0.5
    run = Run(
        replace(preset("blog-batch"), optimizer=OptimizerConfig(name=rule), learning_rate=rate)
    )
    run.advance(4)
    equations.show_update(run, 4)
    text = equations.text()
    lines = text.splitlines()
    before, record = run.records.record(2), run.records.record(3)
    for k in (0, 1):
        old, new = before[f"w{k}"], record[f"w{k}"]
        direction = (old - new) / record["lr"]
        assert f"w{k} ← w{k} − lr·d{k} = {number(old)} − {number(record['lr'])}" in text
        assert any(line.endswith(f"= {number(new)}") and f"d{k}" in line for line in lines)
        assert number(direction).lstrip("-") in text
    state = run.optimizer_state
    assert lines[-1].startswith("state after this update:")
    for key, value in state.items():
        assert f"{key} = {number(value)}" in lines[-1]
    if rule == "momentum":
        # Heavy ball: the direction taken is the velocity itself.
        assert (before["w0"] - record["w0"]) / record["lr"] == pytest.approx(state["v0"])
    # An earlier update has no state line (the state shown is the run's latest).
    equations.show_update(run, 2)
    assert "state after this update" not in equations.text()
