"""File > Export in the real window: an animated GIF (frames, size, first and last
frames, the path to the end, Cancel), pictures of each view and of the window,
the records of every run, an MP4 (and the message without
its encoder), and the headless --gif."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image
from PySide6 import QtWidgets

from gd_desktop.core.race import Race, blog_race
from gd_desktop.widgets.exports.animation import AnimationExport
from gd_desktop.widgets.exports.export_menu import mp4_unavailable, start_animation
from gd_desktop.widgets.exports.files import (
    export_all_records,
    export_log,
    export_view_png,
    export_view_svg,
    export_window_png,
)
from gd_desktop.widgets.exports.images import (
    gl_picture,
    hold_updates,
    view_image,
    window_image,
)
from gd_desktop.widgets.exports.options_dialog import ExportOptions, OptionsDialog
from gd_desktop.widgets.main_window import MainWindow

from .helpers import rgb, run_to_finish, trigger, wait_idle

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def frames_of(path) -> list[np.ndarray]:
    with Image.open(path) as gif:
        out = []
        for i in range(gif.n_frames):
            gif.seek(i)
            out.append(np.asarray(gif.convert("RGB"), dtype=int))
        return out


def changed(a: np.ndarray, b: np.ndarray) -> int:
    """Pixels that differ clearly (more than the colour table's rounding)."""
    return int(np.count_nonzero(np.abs(a - b).max(axis=2) > 40))


def export_gif(qtbot, w: MainWindow, path, options: ExportOptions) -> AnimationExport:
    export = start_animation(w, str(path), options)
    with qtbot.waitSignal(export.finished, timeout=120000):
        pass
    return export


def test_a_gif_has_the_frames_and_size_asked_and_ends_on_the_whole_path(qtbot, window, tmp_path):
    w = window
    run_to_finish(qtbot, w)
    path = tmp_path / "descent.gif"
    size = (320, 240)
    export = start_animation(w, str(path), ExportOptions(size, "contour_view", 9, 10.0))
    assert export.dialog is not None and export.dialog.isVisible()
    qtbot.waitUntil(lambda: w.animation_export is None, timeout=120000)
    assert "descent.gif" in w.statusBar().currentMessage()
    with Image.open(path) as gif:
        assert gif.n_frames == 9 and gif.size == size
        assert gif.info["duration"] == 100 and gif.info["loop"] == 0
    frames = frames_of(path)
    assert w.session.cursor is None  # the view is back where it was
    # The last frame is the view with the whole path drawn (up to the colour table);
    # the first shows the start point only.
    end = rgb(view_image(w, "contour_view", *size))
    first, last = changed(frames[0], end), changed(frames[-1], end)
    print("changed pixels: first", first, "last", last)
    assert first >= 100 and last <= first // 10
    assert [p.name for p in tmp_path.iterdir()] == ["descent.gif"]


def test_a_gif_of_the_whole_window_at_a_size(qtbot, window, tmp_path):
    w = window
    for _ in range(5):
        trigger(qtbot, w, w.actions_.step)
    path = tmp_path / "window.gif"
    export_gif(qtbot, w, path, ExportOptions((1000, 700), None, 4, 20.0))
    with Image.open(path) as gif:
        assert gif.n_frames == 4 and gif.size == (1000, 700)
    assert w.received == 5 and w.size().width() == 1280


def test_a_gif_of_the_whole_window_at_its_size_draws_every_part(qtbot, window, tmp_path):
    w = window
    run_to_finish(qtbot, w)
    path = tmp_path / "whole.gif"
    export_gif(qtbot, w, path, ExportOptions((w.width(), w.height()), None, 5, 20.0))
    frames = frames_of(path)
    assert len(frames) == 5 and frames[0].shape == (w.height(), w.width(), 3)
    # Drawn part by part over the first frame, the last one is the whole window drawn
    # at once as an export draws it (the status bar, which now names the file, aside).
    hold_updates(w, True)
    end = rgb(window_image(w, w.width(), w.height()))
    hold_updates(w, False)
    bar = w.statusBar().height()
    assert changed(frames[-1][:-bar], end[:-bar]) <= 50
    assert changed(frames[0][:-bar], end[:-bar]) >= 100


def test_cancel_leaves_no_partial_file_and_the_previous_one(qtbot, window, tmp_path):
    w = window
    run_to_finish(qtbot, w)
    path = tmp_path / "kept.gif"
    previous = b"GIF89a previous"
    path.write_bytes(previous)
    export = start_animation(w, str(path), ExportOptions((400, 300), None, 400, 20.0))
    qtbot.waitUntil(lambda: export.done >= 2, timeout=60000)
    dialog = export.dialog
    assert dialog is not None
    cancel = dialog.findChild(QtWidgets.QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    with qtbot.waitSignal(export.finished, timeout=20000) as finished:
        cancel.click()
    assert finished.args == [False]
    assert path.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir()] == ["kept.gif"]
    assert w.session.cursor is None
    assert "cancelled" in w.statusBar().currentMessage()


def test_pictures_of_each_view_and_of_the_window(qtbot, window, tmp_path):
    w = window
    run_to_finish(qtbot, w)
    for key in ("surface_view", "contour_view", "loss_view", "data_view"):
        path = tmp_path / f"{key}.png"
        assert export_view_png(w, key, str(path), (360, 250))
        with Image.open(path) as image:
            assert image.size == (360, 250)
            pixels = np.asarray(image.convert("RGB"), dtype=int)
        assert pixels.std() > 5, key  # drawn, not blank
    for key in ("contour_view", "loss_view", "data_view"):
        path = tmp_path / f"{key}.svg"
        assert export_view_svg(w, key, str(path))
        text = path.read_text(encoding="utf-8")
        assert "<svg" in text and text.rstrip().endswith("</svg>")
        assert "<path" in text or "<polyline" in text  # drawn as vectors
    path = tmp_path / "window.png"
    assert export_window_png(w, str(path), (1100, 720))
    with Image.open(path) as image:
        assert image.size == (1100, 720)
    assert w.size().width() == 1280  # laid out at 1100 for the picture, then put back


def test_a_picture_of_the_3d_view_shows_its_colour_bar(qtbot, window):
    w = window
    run_to_finish(qtbot, w)
    view = w.surface_view
    bar = view.colour_bar.geometry()
    assert view.colour_bar.isVisible() and bar.width() > 10 and bar.height() > 30
    frame = rgb(view.grabFramebuffer())
    picture = rgb(gl_picture(view))
    area = np.s_[bar.top() : bar.bottom(), bar.left() : bar.right()]
    assert changed(picture[area], frame[area]) >= 100  # drawn over the 3D view
    outside = np.s_[: bar.top(), :]
    assert changed(picture[outside], frame[outside]) == 0


def test_records_of_every_run_and_the_log(qtbot, window, tmp_path):
    w = window
    old = w.info.run_id
    w.load_race(blog_race(), selected=0)
    wait_idle(qtbot, w)
    qtbot.waitUntil(lambda: w.info.run_id > old and w.state == "ready")
    for _ in range(3):
        trigger(qtbot, w, w.actions_.step)
    path = tmp_path / "records.csv"
    assert export_all_records(w, str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("run,step,epoch,w0,w1")
    assert len(lines) == 1 + 3 * 3
    race = Race(blog_race())
    race.advance(3)
    labels = [entry.label for entry in race.entries]
    for i, line in enumerate(lines[1:]):
        run = i // 3
        label, *values = line.split(",")
        assert label == f'"{labels[run]}"'
        np.testing.assert_array_equal(
            np.array(values, dtype=float), race.runs[run].records.rows(i % 3, i % 3 + 1)[:, 0]
        )
    log = tmp_path / "log.txt"
    assert export_log(w, str(log))
    assert log.read_text(encoding="utf-8") == w.log_view.toPlainText() + "\n"


def test_mp4_without_its_encoder_says_what_to_install(qtbot, window, monkeypatch):
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # its import now fails
    assert mp4_unavailable(window)
    box = window.findChild(QtWidgets.QMessageBox, "mp4UnavailableBox")
    assert box is not None and "imageio-ffmpeg" in box.text() and "GIF" in box.text()
    box.accept()


def test_an_mp4_has_the_frames_and_even_size_asked(qtbot, window, tmp_path):
    import imageio_ffmpeg

    w = window
    run_to_finish(qtbot, w)
    assert not mp4_unavailable(w)
    path = tmp_path / "descent.mp4"
    export = start_animation(w, str(path), ExportOptions((321, 240), None, 12, 8.0), kind="mp4")
    assert export.dialog is not None and export.dialog.isVisible()
    qtbot.waitUntil(lambda: w.animation_export is None, timeout=120000)
    assert "descent.mp4" in w.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir()] == ["descent.mp4"]
    frames, seconds = imageio_ffmpeg.count_frames_and_secs(str(path))
    assert frames == 12 and seconds == pytest.approx(12 / 8.0, abs=0.01)
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    reader.close()  # while ffmpeg still has frames to give, so its pipes are closed
    assert meta["size"] == (320, 240) and meta["fps"] == pytest.approx(8.0)
    assert "h264" in meta["codec"] and "yuv420p" in meta["pix_fmt"]
    decode = [imageio_ffmpeg.get_ffmpeg_exe(), "-v", "error", "-i", str(path)]
    raw = subprocess.run(
        [*decode, "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], capture_output=True, check=True
    ).stdout
    pictures = np.frombuffer(raw, np.uint8).reshape(-1, 240, 320, 3).astype(int)
    assert len(pictures) == 12
    assert changed(pictures[0], pictures[-1]) >= 100  # the path grows
    assert w.session.cursor is None


def test_cancelling_an_mp4_leaves_the_previous_file(qtbot, window, tmp_path):
    w = window
    run_to_finish(qtbot, w)
    path = tmp_path / "kept.mp4"
    previous = b"previous video"
    path.write_bytes(previous)
    export = start_animation(w, str(path), ExportOptions((400, 300), None, 400, 20.0), kind="mp4")
    qtbot.waitUntil(lambda: export.done >= 2, timeout=60000)
    assert export.dialog is not None
    with qtbot.waitSignal(export.finished, timeout=20000) as finished:
        export.dialog.findChild(QtWidgets.QPushButton).click()
    assert finished.args == [False]
    assert path.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir()] == ["kept.mp4"]
    assert "cancelled" in w.statusBar().currentMessage()


def test_the_options_dialog_reads_frames_or_seconds_and_refuses_a_bad_size(qtbot, window):
    dialog = OptionsDialog(window, "Animation", (1280, 800), animation=True, views=[("a", "A")])
    qtbot.addWidget(dialog)
    dialog.length_unit.setCurrentIndex(dialog.length_unit.findData("seconds"))
    dialog.length_input.setValue(3)
    dialog.fps_input.setValue(15)
    assert dialog.options() == ExportOptions((1280, 800), None, 45, 15.0)
    dialog.size_input.setText("12x800000")
    dialog.accept()
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert "1280x800" in dialog.problem_label.text()


def headless(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gd_desktop", "run", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_the_headless_gif_has_the_same_frame_count(tmp_path):
    env = dict(os.environ, PYTHONPATH=ROOT)
    env.pop("QT_QPA_PLATFORM", None)
    path = tmp_path / "headless.gif"
    args = ["--preset", "blog-batch", "--steps", "60", "--quiet"]
    done = headless([*args, "--gif", str(path), "--frames", "7", "--size", "800x600"], env)
    assert done.returncode == 0, done.stderr
    with Image.open(path) as gif:
        assert gif.n_frames == 7 and gif.size == (800, 600)
    bad = headless([*args, "--gif", str(path), "--frames", "1"], env)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_the_headless_mp4_has_the_frames_and_even_size(tmp_path):
    import imageio_ffmpeg

    env = dict(os.environ, PYTHONPATH=ROOT)
    env.pop("QT_QPA_PLATFORM", None)
    path = tmp_path / "headless.mp4"
    args = ["--preset", "blog-batch", "--steps", "60", "--quiet"]
    done = headless([*args, "--mp4", str(path), "--frames", "6", "--size", "801x600"], env)
    assert done.returncode == 0, done.stderr
    assert "800x600" in done.stdout
    assert imageio_ffmpeg.count_frames_and_secs(str(path))[0] == 6
    reader = imageio_ffmpeg.read_frames(str(path))
    meta = next(reader)
    reader.close()
    assert meta["size"] == (800, 600)
    both = headless([*args, "--mp4", str(path), "--gif", str(tmp_path / "a.gif")], env)
    assert both.returncode == 2 and len(both.stderr.strip().splitlines()) == 1


def test_the_headless_gif_without_a_display_is_one_line_and_status_2(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = ROOT
    env.pop("QT_QPA_PLATFORM", None)
    path = tmp_path / "none.gif"
    done = headless(["--preset", "blog-batch", "--steps", "5", "--quiet", "--gif", str(path)], env)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "display" in lines[0]
    assert not path.exists()


def test_closing_the_window_during_an_export_leaves_no_file(qtbot, window, tmp_path):
    w = window
    trigger(qtbot, w, w.actions_.step)
    path = tmp_path / "closed.gif"
    export = start_animation(w, str(path), ExportOptions((300, 200), None, 300, 20.0))
    qtbot.waitUntil(lambda: export.done >= 1, timeout=60000)
    with qtbot.waitSignal(export.finished, timeout=20000) as finished:
        w.close()
    assert finished.args == [False]
    assert list(tmp_path.iterdir()) == []
