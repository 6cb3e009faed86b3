"""The sample datasets shipped as package data in ``gd_desktop/resources/data``, with
their sources and licences."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from gd_desktop.core.config import DataConfig

# Package data, found through importlib.resources: the same from a checkout, an
# editable install or a wheel (an installed package is a plain directory on disk).
SAMPLE_DIR = Path(str(resources.files("gd_desktop").joinpath("resources", "data")))


@dataclass(frozen=True)
class Sample:
    """One shipped dataset and the fit it suits."""

    id: str
    title: str
    path: Path
    target: str
    features: tuple[str, ...]
    intercept: bool
    description: str
    source: str
    licence: str
    model: str = "linear"  # the family the sample suits (a 0/1 target: logistic)

    def data_config(self, base: DataConfig | None = None) -> DataConfig:
        """A CSV-source data config for this sample's suggested fit."""
        return replace(
            base or DataConfig(),
            source="csv",
            path=str(self.path),
            target=self.target,
            feature0=self.features[0],
            feature1=self.features[1] if len(self.features) > 1 else "",
            add_intercept=self.intercept,
        )


def samples(directory: Path = SAMPLE_DIR) -> list[Sample]:
    """The samples listed in ``samples.json`` (empty when the folder is not there)."""
    index = directory / "samples.json"
    if not index.is_file():
        return []
    entries = json.loads(index.read_text(encoding="utf-8"))
    return [
        Sample(
            id=e["id"],
            title=e["title"],
            path=directory / e["file"],
            target=e["target"],
            features=tuple(e["features"]),
            intercept=bool(e["intercept"]),
            description=e["description"],
            source=e["source"],
            licence=e["licence"],
            model=e.get("model", "linear"),
        )
        for e in entries
    ]


def sample_by_id(sample_id: str, directory: Path = SAMPLE_DIR) -> Sample | None:
    """The sample with this id, or None."""
    return next((s for s in samples(directory) if s.id == sample_id), None)
