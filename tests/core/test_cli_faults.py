"""Faults of `gd-desktop run`: files that are not files, full disks, closed output,
overflowing numbers. Bad input exits 2, a failure to write exits 1; either way one
line on stderr, never a traceback or a RuntimeWarning, never half a file."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from gd_desktop import cli
from gd_desktop.core import memory

PREFIX = "gd-desktop run: error:"
ENTRY = "import sys; from gd_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
# A file-size limit for the child: writing past it fails with EFBIG (a full disk, in effect).
LIMITED = (
    "import resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
    "resource.setrlimit(resource.RLIMIT_FSIZE, (20000, 20000)); "
    "from gd_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
)


def run_process(argv, code=ENTRY, **kwargs):
    """The real command in a child process (warnings shown as errors), with a timeout
    so a hang fails the test instead of blocking it."""
    return subprocess.run([sys.executable, "-W", "error", "-c", code, *argv], timeout=120, **kwargs)


def one_error_line(stderr: str, fragment: str = "") -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(PREFIX), stderr
    assert "Traceback" not in stderr and "Warning" not in stderr
    assert fragment in lines[0], lines[0]
    return lines[0]


def run_main(argv, capsys):
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# -- finding 2: --out never leaves a partial file ------------------------------------------
@pytest.mark.parametrize("race", [False, True], ids=["run", "race"])
def test_a_failed_out_leaves_the_previous_file_byte_for_byte(tmp_path, race):
    out = tmp_path / "records.csv"
    previous = b"run,step\nthe previous export, kept\n"
    out.write_bytes(previous)
    argv = ["--steps", "2000", "--quiet", "--out", str(out)]
    if race:
        path = tmp_path / "race.json"
        path.write_text(json.dumps({"race": [{"config": {"budget": 2000}}, {"config": {}}]}))
        argv = ["--config", str(path), "--quiet", "--out", str(out)]
    proc = run_process(argv, LIMITED, capture_output=True, text=True)
    assert proc.returncode == 1
    one_error_line(proc.stderr, f"could not write {out}")
    assert out.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["records.csv", *(["race.json"] if race else [])]
    )


def test_out_replaces_the_previous_file_when_it_succeeds(tmp_path, capsys):
    out = tmp_path / "records.csv"
    out.write_text("old\n")
    assert cli.main(["--steps", "3", "--quiet", "--out", str(out)]) == 0
    assert out.read_text().splitlines()[0].startswith("step,epoch,")
    assert len(out.read_text().splitlines()) == 4


def test_out_to_a_pipe_is_refused_and_the_pipe_stays(tmp_path, capsys):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    code, _out, err = run_main(["--steps", "3", "--quiet", "--out", str(fifo)], capsys)
    assert code == 1
    one_error_line(err, "is a pipe, not a regular file")
    assert os.path.exists(fifo) and not os.path.isfile(fifo)


# -- findings 3 and 6: pipes and devices are refused at once ----------------------------
def fifo_cases(tmp_path):
    fifo = tmp_path / "f.csv"
    os.mkfifo(fifo)
    experiment = tmp_path / "exp.json"
    data = {"source": "csv", "path": "f.csv", "target": "a", "feature0": "b", "feature1": "c"}
    experiment.write_text(json.dumps({"data": data}))
    return {
        "--data": ["--data", str(fifo), "--target", "a", "--features", "b", "c"],
        "--config": ["--config", str(fifo)],
        "data.path": ["--config", str(experiment)],
        "/dev/zero as --config": ["--config", "/dev/zero"],
        "/dev/zero as --data": ["--data", "/dev/zero", "--target", "a", "--features", "b", "c"],
    }


@pytest.mark.parametrize(
    "case", ["--data", "--config", "data.path", "/dev/zero as --config", "/dev/zero as --data"]
)
def test_a_pipe_or_device_is_refused_at_once(tmp_path, case):
    argv = fifo_cases(tmp_path)[case]
    proc = run_process(argv, capture_output=True, text=True)
    assert proc.returncode == 2
    line = one_error_line(proc.stderr, "not a regular file")
    assert ("pipe" in line) or ("device" in line)


# -- finding 5: JSON that would trouble the parser -------------------------------------------
BAD_JSON = {
    "nesting": ("[" * 1000 + "]" * 1000, "nested 1,000 levels deep"),
    "nesting in a race": ('{"race": ' + "[" * 100 + "]" * 100 + "}", "nested 101 levels"),
    "integer of 5000 digits": ('{"seed": ' + "9" * 5000 + "}", "seed: an integer of 5,000"),
    "step size 10^400": (
        '{"schedule": {"kind": "step", "step_size": 1' + "0" * 400 + "}}",
        "schedule.step_size: an integer of 401 digits",
    ),
    "data scale 1e308": ('{"data": {"scale": 1e308}}', "data: the rows drawn have a value"),
    "budget 10^400": (
        '{"budget": 1' + "0" * 400 + ', "max_updates": 1' + "0" * 401 + "}",
        "budget: an integer of 401 digits",
    ),
}


@pytest.mark.parametrize(("text", "fragment"), BAD_JSON.values(), ids=BAD_JSON.keys())
def test_json_that_troubles_the_parser_is_one_line(tmp_path, capsys, text, fragment):
    path = tmp_path / "bad.json"
    path.write_text(text)
    code, out, err = run_main(["--config", str(path), "--quiet"], capsys)
    assert code == 2 and out == ""
    one_error_line(err, fragment)


def test_a_byte_order_mark_is_allowed_in_a_race_file(tmp_path, capsys):
    path = tmp_path / "race.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"race": [{"config": {"budget": 3}}]}).encode())
    code, out, _err = run_main(["--config", str(path)], capsys)
    assert code == 0 and "== Run 1" in out


# -- finding 8: a full or closed standard output ---------------------------------------------
def test_full_stdout_is_one_line_exit_1():
    with open("/dev/full", "w") as full:
        proc = run_process(["--steps", "3"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 1
    one_error_line(proc.stderr, "cannot write to standard output: no space left on device")


def test_closed_stdout_is_one_line_exit_1():
    proc = run_process(
        ["--steps", "3"], stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1)
    )
    assert proc.returncode == 1
    one_error_line(proc.stderr, "standard output is closed")


def test_closed_stdout_and_stderr_exit_1_silently():
    def close_both():
        os.close(1)
        os.close(2)

    proc = run_process(["--steps", "3"], preexec_fn=close_both)
    assert proc.returncode == 1


def test_a_broken_pipe_ends_quietly():
    with subprocess.Popen(
        [sys.executable, "-W", "error", "-c", ENTRY, "--steps", "5000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        assert proc.wait(timeout=120) == 0
        assert proc.stderr.read() == b""


# -- finding 9: a "%" in a race label ---------------------------------------------------
def test_a_percent_sign_in_a_label_is_written_as_it_is(tmp_path, capsys):
    path = tmp_path / "race.json"
    labels = ["50% rate", "%d %s %%"]
    path.write_text(json.dumps({"race": [{"label": x, "config": {"budget": 4}} for x in labels]}))
    out = tmp_path / "race.csv"
    assert cli.main(["--config", str(path), "--out", str(out), "--quiet"]) == 0
    rows = out.read_text().splitlines()
    assert len(rows) == 1 + 2 * 4
    assert rows[1].startswith('"50% rate",1,1,') and rows[5].startswith('"%d %s %%",1,1,')


# -- finding 12: memory said before it is needed -----------------------------------------------
def test_a_run_that_needs_more_memory_than_is_free_is_refused(monkeypatch, capsys):
    monkeypatch.setattr(memory, "free_memory", lambda: 2**30)
    argv = ["--steps", "100000000", "--max-updates", "100000000", "--quiet"]
    code, out, err = run_main(argv, capsys)
    assert code == 2 and out == ""
    one_error_line(err, "budget: 100,000,000 updates on 100 rows need about 13,733 MB")
    assert "1,024 MB is free" in err


def test_a_run_that_fits_in_free_memory_runs(monkeypatch, capsys):
    monkeypatch.setattr(memory, "free_memory", lambda: 2**30)
    assert cli.main(["--steps", "50", "--quiet"]) == 0


def test_a_budget_beyond_the_panels_range_is_refused_by_name(capsys):
    argv = ["--steps", str(10**400), "--max-updates", str(10**401), "--quiet"]
    code, _out, err = run_main(argv, capsys)
    assert code == 2
    line = one_error_line(err, "budget: must be between 1 and 2147483647")
    assert "max_updates: must be between 1 and 2147483647" in line


# -- finding 13: overflowing numbers -------------------------------------------------------
def test_a_start_whose_loss_overflows_stops_as_diverged():
    proc = run_process(["--init", "1e154", "1e154", "--quiet"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "stopped: diverged" in proc.stdout


def test_noise_that_overflows_is_refused(capsys):
    code, _out, err = run_main(["--noise", "1e308", "--quiet"], capsys)
    assert code == 2
    one_error_line(err, "data: the rows drawn have a value of magnitude inf")


def test_an_inverse_time_decay_that_drives_the_rate_to_zero_is_refused(capsys):
    argv = ["--schedule", "inverse-time", "--decay", "1e308", "--quiet"]
    code, _out, err = run_main(argv, capsys)
    assert code == 2
    one_error_line(err, "schedule.decay: the rate would fall to 0 before update 500")


@pytest.mark.parametrize("value", ["-inf", "-1e-5", "-nan", "-Infinity"])
def test_a_negative_number_is_read_as_a_value_not_an_option(capsys, value):
    code, _out, err = run_main(["--lr", value, "--quiet"], capsys)
    assert code == 2
    one_error_line(err, "learning_rate: must be a finite number > 0")


def test_a_negative_start_in_scientific_notation(capsys):
    assert cli.main(["--init", "-1e3", "-2.5e1", "--steps", "2", "--quiet"]) == 0
    assert "stopped: budget" in capsys.readouterr().out


def test_a_utf16_csv_is_named_as_such(tmp_path, capsys):
    path = tmp_path / "u.csv"
    path.write_bytes("y,a,b\n1,2,3\n2,3,5\n3,1,4\n".encode("utf-16"))
    argv = ["--data", str(path), "--target", "y", "--features", "a", "b", "--quiet"]
    code, _out, err = run_main(argv, capsys)
    assert code == 2
    one_error_line(err, f"{path} is UTF-16 text; save it as UTF-8 CSV")


def test_a_csv_value_too_large_to_fit_is_refused(tmp_path, capsys):
    path = tmp_path / "h.csv"
    path.write_text("y,a,b\n1,2,3\n2,1e300,5\n3,1,4\n")
    argv = ["--data", str(path), "--target", "y", "--features", "a", "b", "--quiet"]
    code, _out, err = run_main(argv, capsys)
    assert code == 2
    one_error_line(err, f"{path} has a value of magnitude 1e+300")


@pytest.mark.parametrize("color", ["#-12345", "#+12345", "# 12345", "#12345g", "#ff991a "])
def test_a_colour_that_is_not_six_hex_digits_is_refused(tmp_path, capsys, color):
    path = tmp_path / "race.json"
    path.write_text(json.dumps({"race": [{"label": "x", "color": color, "config": {}}]}))
    code, _out, err = run_main(["--config", str(path), "--quiet"], capsys)
    assert code == 2
    one_error_line(err, "race[1]: label must be text and color like #ff991a")


def test_a_relative_data_path_is_read_from_the_experiment_files_folder(tmp_path, capsys):
    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "rows.csv").write_text("y,a,b\n1,2,3\n2,3,5\n3,1,4\n4,2,2\n")
    data = {"source": "csv", "path": "rows.csv", "target": "y", "feature0": "a", "feature1": "b"}
    (folder / "exp.json").write_text(json.dumps({"data": data, "budget": 3}))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = run_process(
        ["--config", str(folder / "exp.json"), "--quiet"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert proc.returncode == 0, proc.stderr
    assert "updates: 3 of 3" in proc.stdout
