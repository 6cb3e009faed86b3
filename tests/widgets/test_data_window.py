"""Your own data in the real window: big CSV loads, cancel, failures, samples, scaling,
divergence, and the equation panel and data view against the records."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6 import QtCore, QtWidgets

from gd_desktop.core.csv_import import DataImportError, load_columns
from gd_desktop.core.run import Run
from gd_desktop.core.samples import SAMPLE_DIR, Sample, samples
from gd_desktop.widgets.data_import import IMPORT_PROGRESS
from gd_desktop.widgets.main_window import MainWindow
from gd_desktop.widgets.messages import describe
from gd_desktop.widgets.numbers import insight_value as number

from .helpers import choose_preset, enter_text, run_to_finish, trigger, wait_idle

BIG_ROWS = 10**6
LOAD_MS = 60_000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> tuple[Path, np.ndarray]:
    """10^6 rows "a,b,y" of eighths (exact in "%.3f", so the parse is exact)."""
    rng = np.random.default_rng(5)
    a, b = rng.integers(-8000, 8000, size=(2, BIG_ROWS)) / 8.0
    table = np.column_stack([a, b, 2 * a - 3 * b + rng.integers(-8, 8, BIG_ROWS) / 8.0])
    path = tmp_path_factory.mktemp("big") / "big.csv"
    np.savetxt(path, table, delimiter=",", fmt="%.3f", header="a,b,y", comments="")
    return path, table


def sample(sample_id: str) -> Sample:
    return {s.id: s for s in samples()}[sample_id]


def load_sample(qtbot, w: MainWindow, chosen: Sample) -> None:
    old_id = w.info.run_id
    w.data_flow.use_sample(chosen)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old_id and w.state == "ready")
    assert w.info.config.data.path == str(chosen.path)


def snapshot(w: MainWindow) -> tuple[tuple, tuple, tuple]:
    """What a failed or cancelled load must leave alone: objects, values and arrays."""
    run = w.info.run
    same = (w.info, run, w.data_flow.dataset, run.raw_dataset)
    equal = (w.info.run_id, w.config, w.panel.config(), w.state, w.received, w.controller.sent)
    return same, equal, (run.raw_dataset.features.copy(), run.raw_dataset.target.copy())


def assert_unchanged(w: MainWindow, before: tuple[tuple, tuple, tuple]) -> None:
    same, equal, arrays = snapshot(w)
    assert all(now is old for now, old in zip(same, before[0], strict=True))
    assert equal == before[1]
    assert all(np.array_equal(now, old) for now, old in zip(arrays, before[2], strict=True))


def line_matches_weights(w: MainWindow, w0: float, w1: float) -> None:
    """The data view draws the model at (w0, w1): a line, or predicted against actual."""
    view, dataset = w.data_view, w.info.run.dataset
    assert view.weights == (w0, w1) and view.line_item.isVisible()
    x, y = view.line_item.getData()
    if view.line_fit:
        column = dataset.features[:, 1]
        assert np.array_equal(x, [column.min(), column.max()])
        np.testing.assert_allclose(y, w0 * dataset.features[0, 0] + w1 * x, rtol=1e-12)
    else:
        rows = dataset.features[view.shown_rows]
        assert np.array_equal(x, dataset.target[view.shown_rows])
        np.testing.assert_allclose(y, w0 * rows[:, 0] + w1 * rows[:, 1], rtol=1e-12)


# -- 1. a 10^6-row file
def test_a_million_row_csv_loads_with_progress_and_a_ticking_event_loop(
    qtbot, window, big_csv
) -> None:
    w = window
    path, table = big_csv
    old_id = w.info.run_id
    progress: list[int] = []
    ticks_at_progress: list[int] = []  # GUI timer ticks seen by each progress report
    w.data_flow.importer.progressed.connect(progress.append)
    w.data_flow.importer.progressed.connect(lambda _p: ticks_at_progress.append(len(ticks)))
    timer = QtCore.QTimer()
    timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    ticks = [time.perf_counter()]
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    w.data_flow.open_file(str(path), "y", ("a", "b"), False)
    assert w.data_flow.importer.busy
    qtbot.waitUntil(lambda: w.info.run_id > old_id and w.state == "ready", timeout=LOAD_MS)
    timer.stop()

    assert max(progress) == 100 and any(0 < p < 100 for p in progress)
    assert len(ticks) >= 10, "the GUI timer hardly ticked"
    # The window's event loop kept running while the file was read: its timer
    # ticked between progress reports, not only once the import was over. (How
    # long a stall may last is a speed target: tests/benchmarks/import_stall_bench.py.)
    rises = sum(b > a for a, b in zip(ticks_at_progress, ticks_at_progress[1:], strict=False))
    assert rises >= 3, f"the GUI timer ticked between only {rises} progress reports"
    run = w.info.run
    assert run.dataset.size == BIG_ROWS and w.info.config.data.source == "csv"
    assert w.info.config.data.path == str(path) and w.data_flow.dataset is run.raw_dataset
    assert np.array_equal(run.dataset.features, table[:, :2])
    assert np.array_equal(run.dataset.target, table[:, 2])
    assert "1,000,000 rows" in w.statusBar().currentMessage()
    trigger(qtbot, w, w.actions_.step)
    assert w.received == 1


def test_relayed_progress_never_goes_backwards(qtbot, window, big_csv) -> None:
    w = window
    importer = w.data_flow.importer
    progress: list[int] = []
    stalled: list[int] = []

    shown: list[int] = []

    def record(percent: int) -> None:
        progress.append(percent)
        dialog = w.findChild(QtWidgets.QProgressDialog, IMPORT_PROGRESS)
        if dialog is not None and dialog.isVisible():
            shown.append(percent)
        if not stalled:
            stalled.append(percent)
            # A busy GUI moment longer than the dialog's 300 ms delay: the worker
            # queues several percents, and the dialog shows at the next setValue,
            # which processes events (the source of out-of-order relays).
            time.sleep(0.35)

    importer.progressed.connect(record)
    with qtbot.waitSignal(importer.imported, timeout=LOAD_MS):
        w.data_flow.open_file(str(big_csv[0]), "y", ("a", "b"), False)
    wait_idle(qtbot, w)
    assert shown, "the progress dialog never showed"
    assert progress == sorted(progress)


# -- 2. cancel
def test_cancelling_a_big_load_keeps_the_previous_dataset_and_run(qtbot, window, big_csv) -> None:
    w = window
    load_sample(qtbot, w, sample("stackloss-airflow"))
    before = snapshot(w)
    importer = w.data_flow.importer
    seen: list[int] = []

    def cancel_once_started(percent: int) -> None:
        seen.append(percent)
        if percent > 0:
            importer.cancel()

    importer.progressed.connect(cancel_once_started)
    with qtbot.waitSignal(importer.import_cancelled, timeout=LOAD_MS):
        w.data_flow.open_file(str(big_csv[0]), "y", ("a", "b"), False)
    importer.progressed.disconnect(cancel_once_started)
    QtCore.QCoreApplication.processEvents()
    wait_idle(qtbot, w)

    assert not importer.busy and 0 < max(seen) < 100
    assert_unchanged(w, before)


# -- 3. failed loads
FAILURES = {
    "empty": ("empty.csv", b"", "y", ("a", "b")),
    "binary": ("binary.csv", bytes(range(256)) * 4, "y", ("a", "b")),
    "text only": ("text.csv", b"name,city\nann,paris\nbob,rome\n", "y", ("a", "b")),
    "missing column": ("good.csv", b"a,b,y\n1,2,3\n4,5,9\n7,1,2\n", "price", ("a", "b")),
}


def test_every_failed_load_keeps_the_dataset_and_run_and_says_why(qtbot, window, tmp_path) -> None:
    w = window
    load_sample(qtbot, w, sample("engel-food"))
    trigger(qtbot, w, w.actions_.step)
    before = snapshot(w)
    for kind, (name, content, target, features) in FAILURES.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(DataImportError) as expected:
            load_columns(path, target, features)
        message = describe(expected.value.problem)
        with qtbot.waitSignal(w.data_flow.importer.import_failed, timeout=LOAD_MS) as failed:
            w.data_flow.open_file(str(path), target, features, False)
        assert failed.args == [expected.value.problem], kind
        wait_idle(qtbot, w)
        assert_unchanged(w, before)
        assert w.panel.problem_label.isVisible() and w.panel.problem_label.text() == message
        assert w.statusBar().currentMessage() == f"Data not loaded: {message}", kind


# -- 4. samples
def test_samples_are_listed_with_source_and_licence() -> None:
    entries = json.loads((SAMPLE_DIR / "samples.json").read_text(encoding="utf-8"))
    assert len(entries) >= 2 and [e["id"] for e in entries] == [s.id for s in samples()]
    for entry in entries:
        assert (SAMPLE_DIR / entry["file"]).is_file(), entry["id"]
        assert entry["source"].strip() and entry["licence"].strip(), entry["id"]


@pytest.mark.parametrize("chosen", samples(), ids=lambda s: s.id)
def test_every_sample_loads_and_runs_in_the_window(qtbot, window, chosen: Sample) -> None:
    w = window
    load_sample(qtbot, w, chosen)
    run = w.info.run
    raw = np.genfromtxt(chosen.path, delimiter=",", names=True)
    assert run.dataset.size == raw.shape[0]
    assert np.array_equal(run.dataset.target, raw[chosen.target])
    assert np.array_equal(run.dataset.features[:, 1], raw[chosen.features[-1]])
    # A rate the data can take (the blog's 2e-5 may be far above this data's limit).
    rate = float(f"{0.5 * run.loss.stable_learning_rate / run.rate_factor:.3g}")
    enter_text(qtbot, w.panel.lr_input, repr(rate))
    wait_idle(qtbot, w)
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    assert w.received == 3 and w.state == "paused"
    reference = Run(replace(w.info.config, learning_rate=rate), run.raw_dataset)
    reference.advance(3)
    rows = run.records.rows(0, 3)
    assert np.all(np.isfinite(rows)) and np.array_equal(rows, reference.records.rows(0, 3))
    line_matches_weights(w, float(rows[2, -1]), float(rows[3, -1]))


# -- 5. standardisation
def test_standardising_engel_matches_numpy_and_rounds_the_bowl(qtbot, window) -> None:
    w = window
    engel = sample("engel-food")
    load_sample(qtbot, w, engel)
    raw = np.genfromtxt(engel.path, delimiter=",", names=True)
    x, y = raw["income"], raw["food_exp"]
    raw_x = np.column_stack([np.ones_like(x), x])
    raw_condition = np.linalg.cond(raw_x.T @ raw_x)
    assert raw_condition > 1e4
    assert "(now raw)" in w.insight_panel.text()

    old_id = w.info.run_id
    w.panel.standardize_check.setChecked(True)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old_id and w.state == "ready")
    run = w.info.run
    assert run.config.data.standardize and run.raw_dataset is w.data_flow.dataset

    z = np.column_stack([np.ones_like(x), (x - x.mean()) / x.std()])
    hessian = 2.0 * z.T @ z / z.shape[0]
    eigenvalues = np.linalg.eigvalsh(hessian)
    optimum = np.linalg.solve(z.T @ z, z.T @ y)
    assert run.loss.eigenvalues == pytest.approx(tuple(eigenvalues), rel=1e-9)
    assert run.loss.stable_learning_rate == pytest.approx(2.0 / eigenvalues[-1], rel=1e-9)
    assert run.loss.optimum == pytest.approx(tuple(optimum), rel=1e-9)
    assert optimum[0] == pytest.approx(y.mean(), rel=1e-12)  # the intercept is mean(y)

    facts = w.insight_panel.insight
    assert facts is not None and facts.standardized
    assert facts.raw_condition_number == pytest.approx(raw_condition, rel=1e-6)
    assert facts.standardized_condition_number == pytest.approx(1.0, rel=1e-9)
    shown = f"condition number {number(facts.raw_condition_number)} raw → 1 standardised"
    assert f"{shown} (now standardised)" in w.insight_panel.text()
    assert "round bowl" in w.insight_panel.sentences["scaling"]
    assert f"{number(run.loss.stable_learning_rate, 3)}" in w.insight_panel.sentences["rate"]


# -- 6. divergence
def test_above_the_limit_diverges_with_finite_views_and_the_banner_recovers(qtbot, window) -> None:
    w = window
    limit = w.info.run.loss.stable_learning_rate
    rate = 1.1 * limit
    enter_text(qtbot, w.panel.lr_input, repr(rate))
    wait_idle(qtbot, w)
    assert w.info.run.learning_rate == rate
    assert "diverges" in w.panel.lr_hint.text()
    assert "1.1x above the stable limit" in w.insight_panel.sentences["rate"]
    run_to_finish(qtbot, w)
    w.draw_frame()

    run = w.info.run
    assert w.state == "diverged" and run.stop_reason == "diverged"
    assert 0 < w.received == run.step < run.total_updates
    assert np.all(np.isfinite(run.records.rows(0, run.step)))
    assert w.banner.isVisible() and w.banner_button.isVisible()
    assert "1.1 x the stable limit 2/lambda_max" in w.banner.text()
    assert f"{limit:.6g}" in w.banner.text() and f"{rate:.6g}" in w.banner.text()
    for view in (w.contour_view, w.loss_view, w.data_view):
        ranges = view.getPlotItem().getViewBox().viewRange()
        assert np.all(np.isfinite(ranges)), (view.objectName(), ranges)
    for loss_window in (w.contour_view.loss_window, getattr(w.surface_view, "loss_window", None)):
        if loss_window is not None:
            assert np.all(np.isfinite([loss_window.w0_range, loss_window.w1_range]))

    old_id = w.info.run_id
    qtbot.mouseClick(w.banner_button, QtCore.Qt.MouseButton.LeftButton)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old_id and w.state == "ready")
    stable = float(f"{0.9 * limit:.3g}")
    assert w.info.run.learning_rate == stable == w.panel.lr_input.value()
    assert not w.banner.isVisible()
    run_to_finish(qtbot, w)
    run = w.info.run
    assert w.state == "finished" and run.stop_reason == "budget"
    assert run.mse - run.loss.optimum_mse <= 1e-12 * run.start_mse


# -- 7. equation panel and data view against the records
@pytest.mark.parametrize("preset_id", ["blog-sgd", "blog-minibatch"])
def test_the_equation_panel_and_data_view_show_record_k(qtbot, window, preset_id) -> None:
    w = window
    choose_preset(qtbot, w, preset_id)
    run = w.info.run
    dataset, batching = run.dataset, run.config.batching
    for k in range(1, 6):
        trigger(qtbot, w, w.actions_.step)
        assert w.received == k and w.state == "paused"
        record = run.records.record(k - 1)
        before = run.records.record(k - 2) if k > 1 else None
        old = run.start_weights if before is None else (before["w0"], before["w1"])
        shown = w.equation_panel.shown
        assert shown["step"] == k and shown["epoch"] == record["epoch"]
        assert (shown["w0_old"], shown["w1_old"]) == old
        for key in ("grad_w0", "grad_w1", "lr"):
            assert shown[key] == record[key], key
        assert (shown["w0_new"], shown["w1_new"]) == (record["w0"], record["w1"])
        assert shown["w0_new"] == shown["w0_old"] - shown["lr"] * shown["grad_w0"]
        assert shown["w1_new"] == shown["w1_old"] - shown["lr"] * shown["grad_w1"]
        rows = run.batch_rows(k)
        assert rows is not None and np.array_equal(shown["rows"], rows)
        if batching.method == "minibatch":  # in order, 30 rows, then the short 10
            start = (k - 1) % 4 * 30
            assert np.array_equal(rows, np.arange(start, min(start + 30, 100)))
        else:
            assert rows.size == 1
        divisor = dataset.size if batching.blog_scaling else rows.size
        x, y = dataset.features[rows], dataset.target[rows]
        direct = 2.0 / divisor * x.T @ (x @ np.array(old) - y)
        assert tuple(direct) == pytest.approx((record["grad_w0"], record["grad_w1"]), rel=1e-9)
        line_matches_weights(w, record["w0"], record["w1"])
