"""Ready-made experiments, starting with the blog's three runs on one dataset."""

from __future__ import annotations

from dataclasses import replace

from gd_desktop.core.config import BatchConfig, ExperimentConfig
from gd_desktop.core.problems import ProblemError, problem

_BLOG = ExperimentConfig()

PRESETS: dict[str, ExperimentConfig] = {
    "blog-batch": replace(_BLOG, learning_rate=2e-5, budget=500),
    "blog-sgd": replace(
        _BLOG,
        batching=BatchConfig(method="sgd", order="replace", blog_scaling=True),
        learning_rate=0.002,
        budget=500,
    ),
    "blog-minibatch": replace(
        _BLOG,
        batching=BatchConfig(method="minibatch", batch_size=30, order="in-order"),
        learning_rate=1e-5,
        budget=500,
        budget_unit="epochs",
    ),
}

DEFAULT_PRESET = "blog-batch"


class UnknownPreset(ProblemError, KeyError):
    """No preset has the name asked for: an ``unknown_preset`` problem (also a KeyError)."""


def preset(name: str) -> ExperimentConfig:
    """The preset called ``name``; UnknownPreset (a KeyError) names the known ones."""
    try:
        return PRESETS[name]
    except KeyError:
        raise UnknownPreset(
            [problem("unknown_preset", "preset", name=name, known=tuple(PRESETS))]
        ) from None
