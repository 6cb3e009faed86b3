"""The equation panel: one update of gradient descent, written out in numbers."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from gd_desktop.core.run import Run
from gd_desktop.widgets import names
from gd_desktop.widgets.family_text import gradient_lines
from gd_desktop.widgets.numbers import equation_operand, equation_value
from gd_desktop.widgets.optimizer_text import rule_equations, rule_title

# Row indices listed before the list is cut short with an ellipsis.
ROWS_LISTED = 10
# The recorded and the recomputed gradient must agree to this, relative to the
# size of the terms summed (the scale of rounding error in either sum).
CHECK_TOLERANCE = 1e-9


def batch_size_of(run: Run, step: int) -> int:
    """Rows in update ``step``'s batch, from the batch scheme (a short last batch too)."""
    batching = run.config.batching
    samples = run.dataset.size
    if batching.method == "batch":
        return samples
    size = 1 if batching.method == "sgd" else batching.batch_size
    if batching.order == "replace":
        return size
    index = (step - 1) % run.updates_per_epoch
    return min(size, samples - index * size)


class EquationPanel(QtWidgets.QWidget):
    """What the last update computed: the gradient and the weight update, in numbers.

    ``shown`` holds the values on display (empty after ``clear``), for tests.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(names.EQUATION_PANEL)
        self.setAccessibleName(self.tr("Update equations"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text_view = QtWidgets.QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_view.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        self.text_view.setFont(font)
        lines = QtGui.QFontMetrics(font).lineSpacing()
        self.text_view.setMinimumSize(220, 3 * lines + 12)
        layout.addWidget(self.text_view)
        self.shown: dict[str, Any] = {}
        self.clear()

    # -- public API ------------------------------------------------------------------
    def clear(self) -> None:
        self.shown = {}
        self.last_update: tuple[Run, int] | None = None
        self.text_view.setPlainText(self.tr("Step once to see what an update computes."))

    def text(self) -> str:
        return self.text_view.toPlainText()

    def retranslate(self) -> None:
        """The last update written out again, in the new language."""
        if self.last_update is None:
            self.clear()
        else:
            self.show_update(*self.last_update)

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()

    def show_update(self, run: Run, step: int) -> None:
        """Write out update ``step`` (from 1) of ``run`` from its record."""
        self.last_update = (run, step)
        record = run.records.record(step - 1)
        if step == 1:
            old = run.start_weights
        else:
            before = run.records.record(step - 2)
            old = (before["w0"], before["w1"])
        if run.config.model != "linear":
            self._show_family_update(run, step, record, old)
            return
        batching = run.config.batching
        method = batching.method
        samples = run.dataset.size
        rows = run.batch_rows(step)
        n = int(rows.size) if rows is not None else batch_size_of(run, step)
        blog = batching.blog_scaling and method != "batch"
        divisor = samples if blog else n
        grad = (record["grad_w0"], record["grad_w1"])
        direct = None
        differs = False
        if rows is not None:
            direct_grad, terms = self._direct_gradient(run, rows, old, divisor)
            direct = (float(direct_grad[0]), float(direct_grad[1]))
            gap = np.abs(direct_grad - np.array(grad))
            differs = not bool(np.all(gap <= CHECK_TOLERANCE * terms))
        self.shown = {
            "step": step,
            "epoch": int(record["epoch"]),
            "w0_old": old[0],
            "w1_old": old[1],
            "grad_w0": grad[0],
            "grad_w1": grad[1],
            "lr": record["lr"],
            "w0_new": record["w0"],
            "w1_new": record["w1"],
            "n": n,
            "divisor": divisor,
            "rows": rows,
            "direct_grad": direct,
            "check_differs": differs,
        }

        lines = [self._batch_line(method, step, int(record["epoch"]), rows, n, samples)]
        if blog:
            lines.append(
                self.tr("blog scaling: the batch's sum is divided by all N = {0} rows").format(
                    samples
                )
            )
        factor = "N" if blog or method == "batch" else "n"
        for k in (0, 1):
            lines.append(f"dMSE/dw{k} = (2/{factor}) Σ x{k}·(ŷ − y) = {equation_value(grad[k])}")
        rule = run.config.optimizer.name
        if rule == "gd":
            for k, new in ((0, record["w0"]), (1, record["w1"])):
                lines.append(
                    f"w{k} ← w{k} − lr·g{k} = {equation_value(old[k])}"
                    f" − {equation_value(record['lr'])}"
                    f" × {equation_operand(grad[k])} = {equation_value(new)}"
                )
        else:
            lines.extend(self._rule_lines(run, step, record, old))
        if differs and direct is not None:
            lines.append(
                self.tr("check: the sum over the batch rows gives g0 = {0}, g1 = {1}").format(
                    equation_value(direct[0]), equation_value(direct[1])
                )
            )
        self.text_view.setPlainText("\n".join(lines))

    def _show_family_update(
        self, run: Run, step: int, record: dict[str, float], old: tuple[float, float]
    ) -> None:
        """A logistic, neuron or surface update: the family's gradient with this
        update's numbers, checked against the family's own gradient at the old weights."""
        config = run.config
        grad = (record["grad_w0"], record["grad_w1"])
        samples = run.dataset.size if run.dataset is not None else 0
        rows = run.batch_rows(step) if samples else None
        n = int(rows.size) if rows is not None else batch_size_of(run, step) if samples else 0
        if config.model == "surface":
            lines = [self.tr("Update {0} · test surface {1}").format(step, config.surface)]
        else:
            method = config.batching.method
            lines = [self._batch_line(method, step, int(record["epoch"]), rows, n, samples)]
        g0_text, g1_text, where = gradient_lines(config.model, config.surface, n)
        lines += [
            f"{g0_text} = {equation_value(grad[0])}",
            f"{g1_text} = {equation_value(grad[1])}",
        ]
        if where:
            lines.append(where)
        direct = None
        if (rows is not None or not samples) and config.grad_noise == 0:
            _, d0, d1 = run.loss.batch_loss_gradient(old[0], old[1], rows)
            direct = (d0, d1)
        if config.grad_noise > 0:
            lines.append(
                self.tr("plus Gaussian gradient noise, sigma {0}").format(
                    equation_value(config.grad_noise)
                )
            )
        if config.optimizer.name == "gd":
            for k, new in ((0, record["w0"]), (1, record["w1"])):
                lines.append(
                    f"w{k} ← w{k} − lr·g{k} = {equation_value(old[k])}"
                    f" − {equation_value(record['lr'])}"
                    f" × {equation_operand(grad[k])} = {equation_value(new)}"
                )
        else:
            lines.extend(self._rule_lines(run, step, record, old))
        differs = direct is not None and not all(
            abs(a - b) <= CHECK_TOLERANCE * max(1.0, abs(a))
            for a, b in zip(direct, grad, strict=True)
        )
        if differs and direct is not None:
            lines.append(
                self.tr("check: the family's gradient gives g0 = {0}, g1 = {1}").format(
                    equation_value(direct[0]), equation_value(direct[1])
                )
            )
        self.shown = {
            "step": step,
            "epoch": int(record["epoch"]),
            "w0_old": old[0],
            "w1_old": old[1],
            "grad_w0": grad[0],
            "grad_w1": grad[1],
            "lr": record["lr"],
            "w0_new": record["w0"],
            "w1_new": record["w1"],
            "n": n,
            "divisor": n,
            "rows": rows,
            "direct_grad": direct,
            "check_differs": differs,
        }
        self.text_view.setPlainText("\n".join(lines))

    # -- helpers ---------------------------------------------------------------------
    def _rule_lines(
        self, run: Run, step: int, record: dict[str, float], old: tuple[float, float]
    ) -> list[str]:
        """For a rule other than plain descent: its update, and the direction it took."""
        rule = run.config.optimizer.name
        lines = [
            self.tr("{0}: {1}").format(
                rule_title(rule),
                rule_equations(rule, run.config.optimizer.bias_correction).replace("\n", "; "),
            )
        ]
        rate = record["lr"]
        for k, new in ((0, record["w0"]), (1, record["w1"])):
            direction = (old[k] - new) / rate if rate else math.nan
            lines.append(
                f"w{k} ← w{k} − lr·d{k} = {equation_value(old[k])} − {equation_value(rate)}"
                f" × {equation_operand(direction)} = {equation_value(new)}"
            )
        if step == run.step and run.optimizer_state:
            state = ", ".join(f"{k} = {equation_value(v)}" for k, v in run.optimizer_state.items())
            lines.append(self.tr("state after this update: {0}").format(state))
        return lines

    def _batch_line(
        self, method: str, step: int, epoch: int, rows: np.ndarray | None, n: int, samples: int
    ) -> str:
        if method == "batch":
            return self.tr("Update {0} · full batch: all N = {1} rows").format(step, samples)
        who = self.tr("SGD") if method == "sgd" else self.tr("mini-batch")
        head = self.tr("Update {0} (epoch {1}) · {2}, n = {3}: ").format(step, epoch, who, n)
        if rows is None:
            return head + self.tr("rows not kept for this update")
        return head + self._rows_text(rows, samples)

    def _rows_text(self, rows: np.ndarray, samples: int) -> str:
        """'row 44', 'rows 30–59' or 'rows 3, 17, … (30 rows)', with the 0-based range."""
        last = samples - 1
        if rows.size == 1:
            return self.tr("row {0} (of 0–{1})").format(int(rows[0]), last)
        if np.all(np.diff(rows) == 1):
            return self.tr("rows {0}–{1} (of 0–{2})").format(int(rows[0]), int(rows[-1]), last)
        listed = ", ".join(str(int(r)) for r in rows[:ROWS_LISTED])
        if rows.size > ROWS_LISTED:
            return self.tr("rows {0}, … ({1} rows of 0–{2})").format(listed, rows.size, last)
        return self.tr("rows {0} (of 0–{1})").format(listed, last)

    @staticmethod
    def _direct_gradient(
        run: Run, rows: np.ndarray, old: tuple[float, float], divisor: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """(2/divisor) X_b^T (X_b w - y_b) summed over the rows, and the size of its terms."""
        x = run.dataset.features[rows]
        y = run.dataset.target[rows]
        w = np.array(old)
        grad = 2.0 / divisor * (x.T @ (x @ w - y))
        terms = 2.0 / divisor * (np.abs(x).T @ (np.abs(x) @ np.abs(w) + np.abs(y)))
        return grad, terms
