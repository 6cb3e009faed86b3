"""File > Export: each item asks for its options and a file, then exports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore, QtWidgets

from gd_desktop.widgets.exports.animation import AnimationExport
from gd_desktop.widgets.exports.files import (
    export_all_records,
    export_log,
    export_view_png,
    export_view_svg,
    export_window_png,
)
from gd_desktop.widgets.exports.mp4_writer import mp4_available
from gd_desktop.widgets.exports.options_dialog import ExportOptions, ask_options
from gd_desktop.widgets.exports.report import show_exported, show_write_failed


def view_names() -> list[tuple[str, str]]:
    return [
        ("surface_view", QtCore.QCoreApplication.translate("MainWindow", "the 3D surface")),
        ("contour_view", QtCore.QCoreApplication.translate("MainWindow", "the contour view")),
        ("loss_view", QtCore.QCoreApplication.translate("MainWindow", "the MSE curve")),
        ("data_view", QtCore.QCoreApplication.translate("MainWindow", "the data view")),
    ]


def start_animation(
    window: Any, path: str, options: ExportOptions, kind: str = "gif"
) -> AnimationExport:
    """Begin writing an animated GIF (or an MP4, ``kind`` "mp4"); the window keeps
    it until it has finished."""
    export = AnimationExport(
        window, path, options.frames, options.fps, options.size, options.view, kind=kind
    )

    def finished(ok: bool) -> None:
        if ok:
            show_exported(window, path)
        elif export.failure is not None:
            show_write_failed(window, export.failure)
        else:
            window.statusBar().showMessage(
                QtCore.QCoreApplication.translate(
                    "MainWindow", "Animation cancelled; nothing was written"
                )
            )
        window.animation_export = None
        export.deleteLater()

    export.finished.connect(finished)
    window.animation_export = export
    export.start()
    return export


def mp4_unavailable(window: Any) -> bool:
    """MP4 needs an encoder package that is not installed: say so, and what works."""
    if mp4_available():
        return False
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Information,
        QtCore.QCoreApplication.translate("MainWindow", "MP4 export"),
        QtCore.QCoreApplication.translate(
            "MainWindow",
            "MP4 export needs the imageio-ffmpeg package, which is not installed "
            "(pip install imageio-ffmpeg). Animated GIF export works without it.",
        ),
        QtWidgets.QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("mp4UnavailableBox")
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
    box.open()
    return True


def build_export_menu(window: Any, file_menu: QtWidgets.QMenu) -> QtWidgets.QMenu:
    menu = file_menu.addMenu(QtCore.QCoreApplication.translate("MainWindow", "E&xport"))
    menu.setObjectName("exportMenu")
    png = QtCore.QCoreApplication.translate("MainWindow", "PNG images (*.png)")
    svg = QtCore.QCoreApplication.translate("MainWindow", "SVG drawings (*.svg)")

    def size_now() -> tuple[int, int]:
        return window.width(), window.height()

    def ask_file(text: str, pattern: str) -> str:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(window, text, "", pattern)
        return str(path) if path else ""

    def item(text: str, pattern: str, run: Callable[[str], Any]) -> None:
        """An export with no options: ask for the file, then write it."""

        def triggered() -> None:
            path = ask_file(text, pattern)
            if path:
                run(path)

        menu.addAction(text).triggered.connect(triggered)

    def item_with_options(
        text: str,
        pattern: str,
        run: Callable[[str, ExportOptions], Any],
        ask: Callable[[], ExportOptions | None],
    ) -> None:
        """An export with options: ask for them, then for the file, then write it."""

        def triggered() -> None:
            options = ask()
            if options is None:
                return
            path = ask_file(text, pattern)
            if path:
                run(path, options)

        menu.addAction(text).triggered.connect(triggered)

    item(
        QtCore.QCoreApplication.translate("MainWindow", "Records of every run (CSV)..."),
        QtCore.QCoreApplication.translate("MainWindow", "CSV files (*.csv)"),
        lambda path: export_all_records(window, path),
    )
    menu.addSeparator()
    for key, name in view_names():
        title = QtCore.QCoreApplication.translate("MainWindow", "Picture of {0} (PNG)...").format(
            name
        )
        item_with_options(title, png, _view_png(window, key), _ask_view(window, title, key))
        if key != "surface_view":
            item(
                QtCore.QCoreApplication.translate("MainWindow", "Drawing of {0} (SVG)...").format(
                    name
                ),
                svg,
                _view_svg(window, key),
            )
    whole = QtCore.QCoreApplication.translate("MainWindow", "Picture of the whole window (PNG)...")
    item_with_options(
        whole,
        png,
        lambda path, options: export_window_png(window, path, options.size),
        lambda: ask_options(window, whole, size_now()),
    )
    menu.addSeparator()
    gif = QtCore.QCoreApplication.translate("MainWindow", "Animation (GIF)...")
    item_with_options(
        gif,
        QtCore.QCoreApplication.translate("MainWindow", "Animated GIF (*.gif)"),
        lambda path, options: start_animation(window, path, options),
        lambda: ask_options(window, gif, size_now(), animation=True, views=view_names()),
    )
    mp4 = QtCore.QCoreApplication.translate("MainWindow", "Animation (MP4)...")
    item_with_options(
        mp4,
        QtCore.QCoreApplication.translate("MainWindow", "MP4 videos (*.mp4)"),
        lambda path, options: start_animation(window, path, options, kind="mp4"),
        # Without the encoder package the message comes first, and nothing is asked.
        lambda: (
            None
            if mp4_unavailable(window)
            else ask_options(window, mp4, size_now(), animation=True, views=view_names())
        ),
    )
    menu.addSeparator()
    item(
        QtCore.QCoreApplication.translate("MainWindow", "Log (text)..."),
        QtCore.QCoreApplication.translate("MainWindow", "Text files (*.txt)"),
        lambda path: export_log(window, path),
    )
    return menu


def _view_png(window: Any, key: str) -> Callable[[str, ExportOptions], bool]:
    return lambda path, options: export_view_png(window, key, path, options.size)


def _view_svg(window: Any, key: str) -> Callable[[str], bool]:
    return lambda path: export_view_svg(window, key, path)


def _ask_view(window: Any, title: str, key: str) -> Callable[[], ExportOptions | None]:
    """The options of one view's picture; its size on screen to begin with."""

    def ask() -> ExportOptions | None:
        view = getattr(window, key)
        return ask_options(window, title, (max(16, view.width()), max(16, view.height())))

    return ask
