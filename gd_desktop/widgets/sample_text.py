"""What the window calls the ready-made races and the bundled sample datasets.

Core keeps their English titles for files and the command line; the window shows
these, translated (a key it does not know keeps core's text).
"""

from __future__ import annotations

from PySide6 import QtCore

from gd_desktop.core.landscape_races import ALL_READY_RACES
from gd_desktop.core.samples import Sample


def race_title(key: str) -> str:
    titles = {
        "blog": QtCore.QCoreApplication.translate(
            "ReadyRaces", "Batch vs SGD vs mini-batch (blog)"
        ),
        "optimizers": QtCore.QCoreApplication.translate("ReadyRaces", "GD vs Momentum vs Adam"),
        "sweep": QtCore.QCoreApplication.translate(
            "ReadyRaces", "Learning-rate sweep (0.5x, 1x, 1.5x the limit)"
        ),
        "saddle": QtCore.QCoreApplication.translate("ReadyRaces", "Saddle: GD vs Momentum vs Adam"),
        "two-minima": QtCore.QCoreApplication.translate(
            "ReadyRaces", "Two minima: where you start decides"
        ),
        "rosenbrock": QtCore.QCoreApplication.translate("ReadyRaces", "Rosenbrock's valley"),
        "separable": QtCore.QCoreApplication.translate(
            "ReadyRaces", "Separable classes: no finite optimum"
        ),
    }
    return titles.get(key, ALL_READY_RACES[key][0] if key in ALL_READY_RACES else key)


def sample_title(sample: Sample) -> str:
    titles = {
        "engel-food": QtCore.QCoreApplication.translate(
            "Samples", "Engel: food spending against income (Belgium, 1850s)"
        ),
        "iris-petals": QtCore.QCoreApplication.translate(
            "Samples", "Iris: petal width against petal length"
        ),
        "stackloss-airflow": QtCore.QCoreApplication.translate(
            "Samples", "Stack loss: ammonia lost against air flow (21 days)"
        ),
        "grunfeld-investment": QtCore.QCoreApplication.translate(
            "Samples", "Grunfeld: firm investment against market value and capital"
        ),
    }
    return titles.get(sample.id, sample.title)


def sample_description(sample: Sample) -> str:
    """What the data is and why it makes a good fit, for the sample's tooltip."""
    texts = {
        "engel-food": QtCore.QCoreApplication.translate(
            "Samples",
            "235 Belgian working-class households: yearly food spending against yearly "
            "income in francs; income is in the hundreds to thousands, so without "
            "standardising the loss valley is extremely long and narrow.",
        ),
        "iris-petals": QtCore.QCoreApplication.translate(
            "Samples",
            "150 iris flowers measured in centimetres: petal width is close to a straight "
            "line in petal length, a clean, well-conditioned line fit.",
        ),
        "stackloss-airflow": QtCore.QCoreApplication.translate(
            "Samples",
            "21 days of a nitric-acid plant: ammonia lost up the stack against the plant's "
            "air flow, a small line fit whose every row fits in the equation panel.",
        ),
        "grunfeld-investment": QtCore.QCoreApplication.translate(
            "Samples",
            "11 US firms over 1935-1954 (220 rows): gross investment as a mix of the firm's "
            "market value and its capital stock, two features on different scales, no "
            "intercept.",
        ),
    }
    return texts.get(sample.id, sample.description)


def sample_tooltip(sample: Sample) -> str:
    """The description, then the source and licence (kept as published, in English)."""
    return f"{sample_description(sample)}\n{sample.source}; {sample.licence}"
