"""``gd-desktop run --config RACE.json``: a race run headless, its table and its records."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from gd_desktop.cli import main
from gd_desktop.core.race import Race, blog_race, optimizer_race, race_to_json, summarize


def write(tmp_path, entries) -> str:
    path = tmp_path / "race.json"
    path.write_text(race_to_json(entries), encoding="utf-8")
    return str(path)


def test_a_race_file_prints_the_race_table(tmp_path, capsys) -> None:
    path = write(tmp_path, optimizer_race())
    assert main(["--config", path, "--quiet"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    reference = Race(optimizer_race())
    reference.run_to_end()
    rows = lines[1:4]
    for line, entry, run in zip(rows, reference.entries, reference.runs, strict=True):
        s = summarize(run)
        fields = line.split()
        assert fields[0] == entry.label
        assert fields[1] == run.config.optimizer.name
        assert int(fields[-6].replace(",", "")) == s.step
        assert float(fields[-5]) == pytest.approx(s.final_mse, rel=1e-4)
        assert float(fields[-4]) == pytest.approx(s.best_mse, rel=1e-4)
        assert fields[-3] == ("-" if s.to_target is None else f"{s.to_target:,}")
        assert fields[-1] == s.stop_reason


def test_a_race_file_writes_every_record_of_every_run(tmp_path, capsys) -> None:
    path = write(tmp_path, blog_race())
    out = tmp_path / "records.csv"
    assert main(["--config", path, "--quiet", "--out", str(out)]) == 0
    reference = Race(blog_race())
    reference.run_to_end()
    with out.open(encoding="utf-8", newline="") as stream:
        table = list(csv.reader(stream))
    assert table[0][0] == "run" and len(table) == 1 + sum(r.step for r in reference.runs)
    for entry, run in zip(reference.entries, reference.runs, strict=True):
        mine = np.array([[float(v) for v in row[1:]] for row in table if row[0] == entry.label])
        assert np.array_equal(mine.T, run.records.rows(0, run.step))


def test_flags_do_not_apply_to_a_race_file(tmp_path, capsys) -> None:
    path = write(tmp_path, optimizer_race())
    assert main(["--config", path, "--lr", "0.1"]) == 2
    assert "--lr does not apply to a race file" in capsys.readouterr().err


def test_a_bad_race_file_is_reported(tmp_path, capsys) -> None:
    path = tmp_path / "race.json"
    path.write_text(json.dumps({"race": [{"config": {"learning_rate": -1}}]}), encoding="utf-8")
    assert main(["--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "race[1].learning_rate" in err and err.count("\n") == 1
