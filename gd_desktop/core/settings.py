"""The parts of an experiment config: data, batching, update rule and schedule.

Plain frozen dataclasses with their defaults; what values are valid is said by
``validation`` and by the rule and schedule registries, and ``config`` puts the
parts together into an ``ExperimentConfig``.
"""

from __future__ import annotations

from dataclasses import dataclass

from gd_desktop.core.bounds import MAX_SAMPLES

DATA_SOURCES = ("blog", "line", "csv")
METHODS = ("batch", "sgd", "minibatch")
ORDERS = ("in-order", "shuffle", "replace")
# The loss families, named as on the command line (--model NAME, or --surface NAME).
MODELS = ("linear", "logistic", "neuron", "surface")
__all__ = [
    "DATA_SOURCES",
    "MAX_SAMPLES",
    "METHODS",
    "MODELS",
    "ORDERS",
    "BatchConfig",
    "DataConfig",
    "OptimizerConfig",
    "ScheduleConfig",
]


@dataclass(frozen=True)
class DataConfig:
    """Where the rows come from: the blog's generator, a line fit or a CSV file.

    ``noise``, ``outlier_fraction`` and ``outlier_size`` apply to the generators;
    ``standardize`` (z-scored features) to every source.
    """

    source: str = "blog"
    samples: int = 100
    scale: float = 12.0
    true_weights: tuple[float, float] = (2.0, -30.0)
    slope: float = 2.0
    intercept: float = 5.0
    noise: float = 0.0
    outlier_fraction: float = 0.0
    outlier_size: float = 0.0
    standardize: bool = False
    path: str = ""
    target: str = ""
    feature0: str = ""
    feature1: str = ""
    add_intercept: bool = False
    # The generators of the other families: logistic regression's distance between
    # the two class means (in their standard deviations), the neuron's a and b.
    separation: float = 3.0
    amplitude: float = 2.0
    steepness: float = 1.5


@dataclass(frozen=True)
class BatchConfig:
    """Which rows each update sees, and how its gradient is scaled."""

    method: str = "batch"
    batch_size: int = 30
    order: str = "in-order"
    drop_last: bool = False
    blog_scaling: bool = False

    @property
    def rows_per_batch(self) -> int:
        """Rows a stochastic batch takes (1 for SGD); full batch takes every row."""
        return 1 if self.method == "sgd" else self.batch_size

    def updates_per_epoch(self, rows: int) -> int:
        """Updates in one pass over ``rows`` rows (1 for full batch).

        A short last batch counts unless ``drop_last`` (then at least one batch).
        """
        if self.method == "batch":
            return 1
        size = self.rows_per_batch
        if self.drop_last:
            return max(1, rows // size)
        return -(-rows // size)

    def batch_size_at(self, rows: int, step: int) -> int:
        """Rows in update ``step``'s batch (from 1), a short last batch included."""
        if self.method == "batch":
            return rows
        size = self.rows_per_batch
        if self.order == "replace":
            return size
        index = (step - 1) % self.updates_per_epoch(rows)
        return min(size, rows - index * size)


@dataclass(frozen=True)
class OptimizerConfig:
    """The update rule and its hyperparameters, in the forms ``torch.optim`` uses.

    ``beta`` is the momentum of Momentum and Nesterov; ``rho`` the decay of
    RMSProp's average of squares (torch calls it alpha); ``beta1`` and ``beta2``
    Adam's decays; ``eps`` is added after the square root.
    """

    name: str = "gd"
    beta: float = 0.9
    rho: float = 0.99
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    bias_correction: bool = True


@dataclass(frozen=True)
class ScheduleConfig:
    """How the learning rate changes with the update index k (1 for the first update).

    constant: lr. step: lr * gamma^floor((k-1)/step_size). exponential:
    lr * gamma^(k-1). inverse-time: lr / (1 + decay*(k-1)). cosine: from lr down
    towards min_factor*lr over the budget T: lr*(m + (1-m)*(1 + cos(pi*(k-1)/T))/2).
    """

    kind: str = "constant"
    step_size: int = 100
    gamma: float = 0.5
    exp_gamma: float = 0.99
    decay: float = 0.01
    min_factor: float = 0.0
