"""One example of every problem and fact code core reports, with its English line.

The command line must print exactly these words, and the UI (with no translation
loaded) must build the same sentences: both renderers are checked against this table.
"""

from __future__ import annotations

from gd_desktop.core.problems import Problem, problem

PROBLEMS: dict[str, tuple[Problem, str]] = {
    "json": (
        problem("json", message="Expecting value", line=3),
        "not valid JSON: Expecting value (line 3)",
    ),
    "too_deep": (
        problem("too_deep", depth=1000, limit=32),
        "the JSON is nested 1,000 levels deep; at most 32 levels are read",
    ),
    "huge_integer": (
        problem("huge_integer", "seed", digits=5000, limit=30),
        "seed: an integer of 5,000 digits; at most 30 digits are read",
    ),
    "unreadable": (
        problem("unreadable", path="a.json", reason="permission denied"),
        "cannot read a.json: permission denied",
    ),
    "object": (problem("object"), "config: expected an object"),
    "version": (problem("version", "version", expected=1, value=2), "version: expected 1, got 2"),
    "unknown_key": (problem("unknown_key", "data.rows"), "data.rows: unknown key"),
    "type": (
        problem("type", "learning_rate", kind="number", value="0.01"),
        "learning_rate: expected a number within float range, got '0.01'",
    ),
    "choice": (
        problem("choice", "batching.method", choices=("batch", "sgd"), value="newton"),
        "batching.method: must be one of batch, sgd, got 'newton'",
    ),
    "range": (
        problem("range", "data.samples", low=2, high=50_000_000, value=1),
        "data.samples: must be between 2 and 50000000, got 1",
    ),
    "interval": (
        problem(
            "interval", "optimizer.beta", low=0, high=1, low_open=False, high_open=True, value=1.0
        ),
        "optimizer.beta: must be in [0, 1), got 1.0",
    ),
    "positive": (
        problem("positive", "learning_rate", value=0.0),
        "learning_rate: must be a finite number > 0, got 0.0",
    ),
    "non_negative": (
        problem("non_negative", "data.noise", value=-1.0),
        "data.noise: must be a finite number >= 0, got -1.0",
    ),
    "at_least": (
        problem("at_least", "budget", low=1, value=0),
        "budget: must be at least 1, got 0",
    ),
    "finite": (
        problem("finite", "data.true_weights", value=[1.0, float("nan")]),
        "data.true_weights: must be finite, got [1.0, nan]",
    ),
    "start_finite": (
        problem("start_finite", "init", value=[float("inf"), 0.0]),
        "init: initial weights must be finite, got [inf, 0.0]",
    ),
    "positive_or_null": (
        problem("positive_or_null", "tolerance", value=0.0),
        "tolerance: must be a finite number > 0 or null, got 0.0",
    ),
    "batch_rows": (
        problem("batch_rows", "batching.batch_size", rows=100, value=101),
        "batching.batch_size: must be between 1 and the number of rows (100), got 101",
    ),
    "surface_model": (
        problem("surface_model", "surface", value="saddle"),
        "surface: names surface 'saddle', but the model is not a test surface",
    ),
    "grad_noise_surface": (
        problem("grad_noise_surface", "grad_noise"),
        "grad_noise: gradient noise applies to test surfaces only",
    ),
    "surface_full_batch": (
        problem("surface_full_batch", "batching.method", value="sgd"),
        "batching.method: a test surface has no rows, so its method is full batch, not 'sgd'",
    ),
    "surface_no_data": (
        problem("surface_no_data", "data.source"),
        "data.source: a test surface takes no data file",
    ),
    "not_binary": (
        problem("not_binary", "data.target", path="f.csv", column="species", values=[2.0, 0.5]),
        "data.target: a logistic regression target must be 0 or 1; species has 2, 0.5",
    ),
    "needs_path": (
        problem("needs_path", "data.path"),
        "data.path: a CSV source needs the file's path",
    ),
    "needs_target": (
        problem("needs_target", "data.target"),
        "data.target: a CSV source needs the target column",
    ),
    "needs_feature": (
        problem("needs_feature", "data.feature0"),
        "data.feature0: a CSV source needs a feature column",
    ),
    "needs_second_feature": (
        problem("needs_second_feature", "data.feature1"),
        "data.feature1: give a second feature column, or set add_intercept",
    ),
    "needs_dataset": (
        problem("needs_dataset", "data.source"),
        "data.source: a CSV source needs its dataset read first",
    ),
    "shared_data": (
        problem("shared_data", "data"),
        "data: a run sharing data must have the same data and seed",
    ),
    "budget_cap": (
        problem("budget_cap", "budget", updates=10_000_001, cap=10_000_000),
        "budget: 10,000,001 updates exceeds the cap of 10,000,000: every update is recorded, "
        "so lower the budget, or raise the cap if you have the memory (about 72 bytes an "
        'update: --max-updates, or "max_updates" in an experiment file)',
    ),
    "run_memory": (
        problem(
            "run_memory",
            "budget",
            updates=100_000_000,
            rows=100,
            need=14_400_006_400,
            free=2**30,
        ),
        "budget: 100,000,000 updates on 100 rows need about 13,733 MB (the records are kept "
        "in two processes), and 1,024 MB is free; shorten the budget",
    ),
    "underflow": (
        problem("underflow", "schedule.gamma", updates=1100),
        "schedule.gamma: the rate would fall to 0 before update 1,100; "
        "raise it or shorten the budget",
    ),
    "unknown_preset": (
        problem("unknown_preset", "preset", name="nope", known=("blog-batch", "blog-sgd")),
        "preset: unknown preset 'nope'; known: blog-batch, blog-sgd",
    ),
    "diverged": (
        problem(
            "diverged", "learning_rate", rule="adam", learning_rate=1e200, limit=None, ratio=None
        ),
        "the loss grew without bound with adam at learning rate 1e+200; try a smaller rate",
    ),
    "race_list": (problem("race_list", "race", high=6), "race: expected a list of 1 to 6 runs"),
    "race_entry": (
        problem("race_entry", "race[2]"),
        "race[2]: expected an object with a config",
    ),
    "race_label": (
        problem("race_label", "race[1]"),
        "race[1]: label must be text and color like #ff991a",
    ),
    "race_size": (
        problem("race_size", "race", high=6, value=7),
        "race: between 1 and 6 runs, got 7",
    ),
    "no_file": (problem("no_file", path="/d/a.csv"), "/d/a.csv: no such file"),
    "is_folder": (problem("is_folder", path="/d"), "/d is a folder, not a file"),
    "binary": (problem("binary", path="b.csv"), "b.csv is not a text file (it contains NUL bytes)"),
    "not_utf8": (
        problem("not_utf8", path="l.csv", line=4),
        "l.csv is not UTF-8 text (line 4 has a byte that is not UTF-8); save it as UTF-8 CSV",
    ),
    "utf16": (
        problem("utf16", path="u.csv"),
        "u.csv is UTF-16 text; save it as UTF-8 CSV",
    ),
    "data_too_large": (
        problem("data_too_large", path="h.csv", largest=1e300, limit=1e150),
        "h.csv has a value of magnitude 1e+300; values up to 1e+150 can be fitted",
    ),
    "empty_file": (problem("empty_file", path="e.csv"), "e.csv is empty"),
    "one_row": (
        problem("one_row", path="o.csv"),
        "o.csv has only one row; at least 2 are needed",
    ),
    "one_data_row": (
        problem("one_data_row", path="o.csv"),
        "o.csv has only one row of data; at least 2 are needed",
    ),
    "no_numeric": (problem("no_numeric", path="w.csv"), "w.csv has no numeric column"),
    "no_column": (
        problem("no_column", path="n.csv", column="c", columns=("y", "a", "b"), more=2),
        "n.csv has no column 'c'; its columns are: y, a, b and 2 more",
    ),
    "not_numeric": (
        problem("not_numeric", path="t.csv", column="name", numeric=("y", "a")),
        "column 'name' of t.csv is not numeric; numeric columns: y, a",
    ),
    "feature_count": (
        problem("feature_count"),
        "give two feature columns, or one feature column and an intercept",
    ),
    "no_usable_rows": (
        problem("no_usable_rows", path="x.csv", columns=("y", "a")),
        "x.csv: every row has a missing or non-numeric value in y, a",
    ),
    "one_usable_row": (
        problem("one_usable_row", path="x.csv"),
        "x.csv: only 1 usable row; at least 2 are needed",
    ),
    "no_memory": (problem("no_memory", path="x.csv"), "not enough memory to load x.csv"),
    "too_large": (
        problem("too_large", path="x.csv", rows=3_000_000, need=144_000_000, free=10_000),
        "x.csv is too large for the available memory: about 3,000,000 rows need about "
        "137 MB, and 0.01 MB is free",
    ),
    "not_csv": (problem("not_csv", source="line"), "the data source is 'line', not a CSV file"),
    "no_csv_path": (problem("no_csv_path"), "no CSV file given"),
    "not_regular": (
        problem("not_regular", path="pipe.json", kind="pipe"),
        "pipe.json is a pipe, not a regular file",
    ),
    "file_too_large": (
        problem("file_too_large", path="/dev/big", size=5_000_000, limit=4_194_304),
        "/dev/big is too large: 5,000,000 bytes, and at most 4,194,304 are read",
    ),
    "write_failed": (
        problem("write_failed", path="race.json", reason="no space left on device"),
        "could not write race.json: no space left on device; the previous file is unchanged",
    ),
    "not_json_number": (
        problem("not_json_number", "learning_rate", value=float("nan")),
        "learning_rate: nan cannot be saved: JSON holds finite numbers only",
    ),
    "csv_needed": (problem("csv_needed"), "Open a CSV file first (File > Open data)."),
    "load_error": (problem("load_error", detail="array is too big"), "array is too big"),
    "engine_stopped": (
        problem("engine_stopped", detail="no answer"),
        "the engine process stopped (no answer); press Reset to start again",
    ),
    "engine_not_answering": (
        problem("engine_not_answering"),
        "the engine process did not answer; press Reset to start again",
    ),
    "engine_failed": (
        problem("engine_failed", detail="out of memory"),
        "the engine process failed (out of memory); press Reset to start again",
    ),
    "engine_unavailable": (
        problem("engine_unavailable", detail="cannot fork"),
        "computing in the window's process: cannot fork",
    ),
    "engine_stuck": (
        problem("engine_stuck", seconds=5.0),
        "the engine process was stuck (no sign of life for 5 s) and was stopped; "
        "press Reset to start again",
    ),
}

FACTS: dict[str, tuple[Problem, str]] = {
    "skipped_rows": (
        problem("skipped_rows", count=12, lines=(1, 2), more=10),
        "skipped 12 rows: 1, 2 and 10 more",
    ),
    "generated": (problem("generated", t0=2.0, t1=-30.0), "generated: y = 2 x0 + -30 x1"),
    "line_fit": (problem("line_fit", slope=2.0, intercept=5.0), "line fit: y = 2 x + 5"),
    "classes": (
        problem("classes", separation=3.0),
        "two Gaussian classes, 3 deviations apart",
    ),
    "tanh": (
        problem("tanh", amplitude=2.0, steepness=1.5),
        "generated: y = 2 tanh(1.5 x)",
    ),
    "csv_fit": (
        problem("csv_fit", file="d.csv", target="y", terms=("1", "x"), rows=1200),
        "d.csv: y ~ 1 + x (1,200 rows)",
    ),
    "noise": (problem("noise", sigma=0.5), " + noise (sigma 0.5)"),
    "outliers": (problem("outliers", count=3, size=40.0), " + 3 outliers of size 40"),
    "standardised": (problem("standardised"), " (features standardised)"),
    "ready_run": (problem("ready_run", key="minibatch"), "Mini-batch"),
    "sweep_run": (problem("sweep_run", factor=0.5), "0.5 x limit"),
}
