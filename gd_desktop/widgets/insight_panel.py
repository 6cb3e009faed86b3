"""The insight panel: where the minimum is, how curved the valley is, why this rate."""

from __future__ import annotations

import html
import math

from PySide6 import QtCore, QtWidgets

from gd_desktop.core.family_insight import FamilyInsight
from gd_desktop.core.insight import RunInsight
from gd_desktop.core.objective import MAXIMUM, MINIMUM, SADDLE
from gd_desktop.core.run import Run
from gd_desktop.widgets import names
from gd_desktop.widgets.numbers import insight_ratio, insight_value

CAPTION_COLOR = "#9aa0a6"
TEXT_COLOR = "#e8eaed"
WARNING_COLOR = "#ff8a80"
CAUTION_COLOR = "#fdd663"
# Rates above this fraction of the stable limit make the steepest direction
# overshoot and come back (zig-zag); below SLOW_RATIO we call the rate slow.
ZIGZAG_RATIO = 0.5
SLOW_RATIO = 0.1
# Standardising "helps" when it divides the condition number by at least this.
HELPS_FACTOR = 1.5
# A condition number above this after standardising comes from correlation.
CORRELATED_CONDITION = 10.0


class InsightPanel(QtWidgets.QWidget):
    """The exact optimum, the Hessian's eigenvalues, the stable rate and what they mean.

    ``sentences`` holds the plain text of each explanation shown ("rate",
    "scaling", "noise", "flat"), for tests and for copying.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(names.INSIGHT_PANEL)
        self.setAccessibleName(self.tr("Insight"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text_view = QtWidgets.QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.text_view.setMinimumSize(220, 60)
        self.text_view.document().setDocumentMargin(6)
        layout.addWidget(self.text_view)
        self.insight: RunInsight | None = None
        self.family: FamilyInsight | None = None
        self.learning_rate = math.nan
        self.sentences: dict[str, str] = {}
        self.clear()

    # -- public API ------------------------------------------------------------------
    def set_run(self, run: Run, insight: RunInsight | FamilyInsight | None = None) -> None:
        """Explain ``run`` at its current learning rate (``insight``: its facts, if known)."""
        if isinstance(insight, FamilyInsight):
            self.insight = None
            self.family = insight
            self.learning_rate = run.learning_rate
            self._render_family(insight)
            return
        self.family = None
        self.insight = insight if insight is not None else RunInsight.from_run(run)
        self.learning_rate = run.learning_rate
        self._render()

    def set_learning_rate(self, learning_rate: float) -> None:
        """Compare a new rate with the stable limit (the run's facts stay)."""
        self.learning_rate = float(learning_rate)
        if self.family is None:
            self._render()

    def clear(self) -> None:
        self.insight = None
        self.family = None
        self.sentences = {}
        self.text_view.setHtml(self._paragraph(self.tr("No run loaded."), CAPTION_COLOR))

    def text(self) -> str:
        """What the panel shows, as plain text."""
        return self.text_view.toPlainText()

    def retranslate(self) -> None:
        """The sentences again, from the same facts, in the new language."""
        if self.insight is None:
            self.clear()
        else:
            self._render()

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 - Qt naming
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.retranslate()

    # -- sentences -------------------------------------------------------------------
    def _rate_sentence(self, facts: RunInsight) -> tuple[str, str]:
        if facts.flat_loss:
            return self.tr("Every feature is zero: any rate is stable and nothing moves."), ""
        lr = self.learning_rate
        if facts.rate_factor != 1.0:
            subject = self.tr("The effective rate {0} (learning rate {1} × n/N)").format(
                insight_value(facts.effective_rate(lr), 3), insight_value(lr, 3)
            )
        else:
            subject = self.tr("The learning rate {0}").format(insight_value(lr, 3))
        ratio = facts.rate_ratio(lr)
        limit = insight_value(facts.stable_rate, 3)
        if ratio > 1:
            text = self.tr("{0} is {1}x above the stable limit {2}: batch descent diverges.")
            return text.format(subject, insight_ratio(ratio), limit), WARNING_COLOR
        below = insight_ratio(1 / ratio) if ratio > 0 else "∞"
        if below == "1":
            text = self.tr(
                "{0} is at the stable limit {2}: the steepest direction bounces back "
                "and forth and barely settles."
            )
            color = CAUTION_COLOR
        elif ratio > ZIGZAG_RATIO:
            text = self.tr(
                "{0} is {1}x below the stable limit {2}: descent converges, "
                "but zig-zags across the valley."
            )
            color = CAUTION_COLOR
        elif ratio >= SLOW_RATIO:
            text = self.tr("{0} is {1}x below the stable limit {2}: descent converges steadily.")
            color = TEXT_COLOR
        else:
            text = self.tr("{0} is {1}x below the stable limit {2}: safe, but slow.")
            color = TEXT_COLOR
        return text.format(subject, below, limit), color

    def _scaling_sentence(self, facts: RunInsight) -> str:
        sentence = self._scaling_shape_sentence(facts)
        if facts.scaling_changes_fit:
            sentence += " " + self.tr(
                "With no intercept, standardising also changes the model: the best MSE is "
                "{0:.5g} raw and {1:.5g} standardised, since centred features cannot "
                "follow the mean of y."
            ).format(facts.raw_optimum_mse, facts.standardized_optimum_mse)
        return sentence

    def _scaling_shape_sentence(self, facts: RunInsight) -> str:
        raw, scaled = facts.raw_condition_number, facts.standardized_condition_number
        if not math.isfinite(scaled):
            return self.tr(
                "Standardising cannot help here: the features are collinear, "
                "so the valley stays flat however they are scaled."
            )
        if not math.isfinite(raw) or raw >= HELPS_FACTOR * scaled:
            if scaled > CORRELATED_CONDITION:
                return self.tr(
                    "Standardising (z-scoring each feature) turns a long narrow valley "
                    "into a rounder bowl; what narrowness remains comes from correlated "
                    "features, which scaling cannot remove."
                )
            return self.tr(
                "Standardising (z-scoring each feature) turns a long narrow valley into "
                "a round bowl, so one learning rate suits every direction."
            )
        if scaled > CORRELATED_CONDITION:
            return self.tr(
                "Standardising (z-scoring each feature) changes little here: the valley "
                "is narrow because the features are correlated, not because of their scales."
            )
        return self.tr(
            "Standardising (z-scoring each feature) changes little here: the features "
            "already have similar scales, so the bowl is already nearly round."
        )

    def _noise_sentence(self, facts: RunInsight) -> str:
        who = self.tr("SGD") if facts.method == "sgd" else self.tr("mini-batch descent")
        if facts.exact_fit:
            return self.tr(
                "The optimum fits every row exactly (MSE ≈ 0), so every batch's gradient "
                "vanishes there: {0} at a constant rate can converge exactly, with no "
                "noise floor."
            ).format(who)
        if not facts.noise_floor:
            return self.tr(
                "Every batch holds all {0} rows, so each update follows the exact "
                "gradient: no noise floor."
            ).format(facts.samples)
        return self.tr(
            "The optimum leaves residuals (MSE {0}), so a single batch's gradient does "
            "not vanish there: at a constant rate {1} never settles but hovers around the "
            "optimum, the closer the smaller the rate (a noise floor)."
        ).format(insight_value(facts.optimum_mse), who)

    def _flat_sentence(self, facts: RunInsight) -> str:
        if facts.flat_loss:
            return self.tr("Every feature is zero: the MSE is the same for all weights.")
        return self.tr(
            "The features are collinear (or one is all zeros), so the valley has a flat "
            "floor: a whole line of weights reaches the minimum MSE and the optimum is not "
            "unique. Shown is the minimum-norm optimum; descent stops at the point of that "
            "line nearest its start."
        )

    # -- drawing ---------------------------------------------------------------------
    def _render(self) -> None:
        facts = self.insight
        if facts is None:
            return
        self.sentences = {}
        rate, rate_color = self._rate_sentence(facts)
        self.sentences["rate"] = rate
        self.sentences["scaling"] = self._scaling_sentence(facts)
        if facts.stochastic:
            self.sentences["noise"] = self._noise_sentence(facts)
        if not facts.unique_optimum:
            self.sentences["flat"] = self._flat_sentence(facts)

        w0, w1 = facts.optimum
        lam_low, lam_high = facts.eigenvalues
        optimum_caption = (
            self.tr("Minimum-norm optimum") if not facts.unique_optimum else self.tr("Optimum")
        )
        if facts.standardized:
            optimum_caption = self.tr("{0} (standardised)").format(optimum_caption)
        now = self.tr("standardised") if facts.standardized else self.tr("raw")
        optimum_mse = insight_value(facts.optimum_mse, 6)
        if facts.exact_fit:
            optimum_mse = self.tr("{0} (an exact fit)").format(optimum_mse)
        rows = [
            (optimum_caption, f"w0* = {insight_value(w0, 6)}, w1* = {insight_value(w1, 6)}"),
            (self.tr("MSE at optimum"), optimum_mse),
            (
                self.tr("Hessian eigenvalues"),
                f"λ = {insight_value(lam_low)}, {insight_value(lam_high)}",
            ),
            (self.tr("Condition number"), f"λmax/λmin = {insight_value(facts.condition_number)}"),
            (self.tr("Stable batch rate"), f"2/λmax = {insight_value(facts.stable_rate)}"),
            (
                self.tr("Scaling"),
                self.tr("condition number {0} raw → {1} standardised (now {2})").format(
                    insight_value(facts.raw_condition_number),
                    insight_value(facts.standardized_condition_number),
                    now,
                ),
            ),
        ]
        table = "".join(
            f"<tr><td style='color:{CAPTION_COLOR}; padding-right:10px'>{html.escape(c)}</td>"
            f"<td style='color:{TEXT_COLOR}'>{html.escape(v)}</td></tr>"
            for c, v in rows
        )
        parts = [f"<table cellspacing='0' cellpadding='1'>{table}</table>"]
        if "flat" in self.sentences:
            parts.append(self._paragraph(self.sentences["flat"], CAUTION_COLOR))
        parts.append(self._paragraph(rate, rate_color or TEXT_COLOR))
        parts.append(self._paragraph(self.sentences["scaling"], TEXT_COLOR))
        if "noise" in self.sentences:
            parts.append(self._paragraph(self.sentences["noise"], TEXT_COLOR))
        scroll = self.text_view.verticalScrollBar().value()
        self.text_view.setHtml("".join(parts))
        self.text_view.verticalScrollBar().setValue(scroll)

    def _render_family(self, facts: FamilyInsight) -> None:
        """The critical points of a landscape that is not a bowl, with their loss and
        the Hessian's eigenvalues there."""
        kinds = {
            MINIMUM: self.tr("Minimum"),
            SADDLE: self.tr("Saddle"),
            MAXIMUM: self.tr("Maximum"),
        }
        rows = []
        for point in facts.points:
            caption = kinds[point.kind]
            if point == facts.lowest:
                caption = self.tr("{0} (lowest known)").format(caption)
            w0, w1 = point.weights
            low, high = point.eigenvalues
            rows.append(
                (
                    caption,
                    self.tr("w = ({0}, {1}), loss {2}, λ = {3}, {4}").format(
                        insight_value(w0, 6),
                        insight_value(w1, 6),
                        insight_value(point.loss, 6),
                        insight_value(low),
                        insight_value(high),
                    ),
                )
            )
        table = "".join(
            f"<tr><td style='color:{CAPTION_COLOR}; padding-right:10px'>{html.escape(c)}</td>"
            f"<td style='color:{TEXT_COLOR}'>{html.escape(v)}</td></tr>"
            for c, v in rows
        )
        parts = [f"<table cellspacing='0' cellpadding='1'>{table}</table>"] if rows else []
        if facts.separable:
            self.sentences = {
                "optimum": self.tr(
                    "The classes are linearly separable: there is no finite optimum. The "
                    "loss tends to 0 as the weights grow without bound, so the run keeps "
                    "going; that is not divergence."
                )
            }
        elif not facts.points:
            self.sentences = {"optimum": self.tr("No critical point was found.")}
        else:
            self.sentences = {
                "optimum": self.tr(
                    "Critical points found numerically (the gradient vanishes there); the "
                    "Hessian's eigenvalues say which kind: both positive a minimum, both "
                    "negative a maximum, one of each a saddle. Gradient descent finds a "
                    "minimum near where it starts, not necessarily the lowest."
                )
            }
        parts.append(self._paragraph(self.sentences["optimum"], TEXT_COLOR))
        self.text_view.setHtml("".join(parts))

    @staticmethod
    def _paragraph(text: str, color: str) -> str:
        return f"<p style='color:{color}; margin-top:6px'>{html.escape(text)}</p>"
