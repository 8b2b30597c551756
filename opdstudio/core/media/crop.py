"""Crops: the part of the upright photo a post shows, as a box normalised to 0..1."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

Box = tuple[float, float, float, float]
"""(left, top, right, bottom), normalised to the upright image: (0, 0, 1, 1) is the whole photo."""

FULL: Box = (0.0, 0.0, 1.0, 1.0)

_MIN_SIDE = 0.01
_EPS = 1e-9


@dataclass(frozen=True)
class Crop:
    """A box in the upright photo: x, y of its top-left corner and its w, h, all as fractions 0..1."""

    x: float
    y: float
    w: float
    h: float

    def __post_init__(self) -> None:
        if not (
            self.x >= 0
            and self.y >= 0
            and self.w >= _MIN_SIDE
            and self.h >= _MIN_SIDE
            and self.x + self.w <= 1 + _EPS
            and self.y + self.h <= 1 + _EPS
        ):
            raise ValueError(f"crop must lie inside the photo and be at least 1 % of each side: {self}")

    @property
    def box(self) -> Box:
        """The crop as (left, top, right, bottom)."""
        return (self.x, self.y, min(1.0, self.x + self.w), min(1.0, self.y + self.h))

    @property
    def key(self) -> str:
        """A short stable identifier, used to name this crop's rendition files."""
        text = f"{self.x:.6f},{self.y:.6f},{self.w:.6f},{self.h:.6f}"
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    def as_dict(self) -> dict[str, float]:
        """The crop as stored with a post's photo (``PostPhoto.crop``)."""
        return {"x": self.x, "y": self.y, "w": self.w, "h": self.h}

    @classmethod
    def from_dict(cls, data: Mapping[str, float]) -> Crop | None:
        """The crop stored by :meth:`as_dict`; an empty mapping means no crop."""
        if not data:
            return None
        return cls(float(data["x"]), float(data["y"]), float(data["w"]), float(data["h"]))


def aspect_box(region: Box, width: int, height: int, aspect: float) -> Box:
    """The largest box of pixel ``aspect`` (w / h) inside ``region``, centred on it, in a width × height image."""
    left, top = region[0] * width, region[1] * height
    region_w, region_h = (region[2] - region[0]) * width, (region[3] - region[1]) * height
    box_w, box_h = (region_h * aspect, region_h) if region_w / region_h > aspect else (region_w, region_w / aspect)
    x0 = left + (region_w - box_w) / 2
    y0 = top + (region_h - box_h) / 2
    return (x0 / width, y0 / height, (x0 + box_w) / width, (y0 + box_h) / height)


def crop_for_aspect(width: int, height: int, aspect: float, center: tuple[float, float] = (0.5, 0.5)) -> Crop:
    """The largest crop of pixel ``aspect`` (w / h) in a width × height upright photo, centred as near to
    ``center`` (fractions 0..1) as the photo's edges allow: what the UI shows while the user drags."""
    if width <= 0 or height <= 0 or aspect <= 0:
        raise ValueError("width, height and aspect must be positive")
    left, top, right, bottom = aspect_box(FULL, width, height, aspect)
    w, h = right - left, bottom - top
    x = min(max(center[0] - w / 2, 0.0), 1.0 - w)
    y = min(max(center[1] - h / 2, 0.0), 1.0 - h)
    return Crop(x, y, w, h)
