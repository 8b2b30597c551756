"""The renditions made for every imported photo: name, target size and how the picture fits it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType


class Fit(StrEnum):
    """How a picture is fitted to a rendition's width × height."""

    COVER = "cover"  # exactly width × height, cropped to fill (the crop if given, else centred)
    LETTERBOX = "letterbox"  # exactly width × height, whole picture on black bars (cropped when given a crop)
    INSIDE = "inside"  # at most width × height, aspect kept, never enlarged


@dataclass(frozen=True)
class RenditionSpec:
    """One rendition: its name (used in file names), target size and fit."""

    name: str
    width: int
    height: int
    fit: Fit

    @property
    def aspect(self) -> float:
        """Width divided by height."""
        return self.width / self.height


RENDITIONS: MappingProxyType[str, RenditionSpec] = MappingProxyType(
    {
        spec.name: spec
        for spec in (
            RenditionSpec("instagram_portrait", 1080, 1350, Fit.COVER),
            RenditionSpec("instagram_square", 1080, 1080, Fit.COVER),
            RenditionSpec("instagram_landscape", 1080, 566, Fit.COVER),
            RenditionSpec("facebook", 2048, 2048, Fit.INSIDE),
            RenditionSpec("x", 1600, 1600, Fit.INSIDE),
            RenditionSpec("tiktok", 1080, 1920, Fit.LETTERBOX),
            RenditionSpec("thumb", 320, 320, Fit.INSIDE),
        )
    }
)
