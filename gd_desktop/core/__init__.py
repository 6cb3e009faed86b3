"""The gradient-descent core: pure numpy, no Qt."""

from gd_desktop.core.config import BatchConfig, ConfigError, DataConfig, ExperimentConfig
from gd_desktop.core.dataset import Dataset, generate_dataset
from gd_desktop.core.loss import LeastSquaresLoss
from gd_desktop.core.presets import PRESETS, preset
from gd_desktop.core.records import FIELDS, RecordTable
from gd_desktop.core.run import Run

__all__ = [
    "FIELDS",
    "PRESETS",
    "BatchConfig",
    "ConfigError",
    "DataConfig",
    "Dataset",
    "ExperimentConfig",
    "LeastSquaresLoss",
    "RecordTable",
    "Run",
    "generate_dataset",
    "preset",
]
