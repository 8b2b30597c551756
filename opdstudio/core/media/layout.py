"""Where each rendition's pixels come from and how big they are: pure arithmetic, no pixels touched.

Every rendition gets its full size: long-edge-capped renditions (``Fit.INSIDE``) their cap (a 4032 px phone
photo gives Facebook 2048 px, so it decodes at full scale), fixed-size ones their exact size. JPEG decoding
shrinks by powers of two only, as far as that still feeds every rendition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from opdstudio.core.media.crop import FULL, Box, Crop, aspect_box
from opdstudio.core.media.specs import Fit, RenditionSpec

_REDUCTIONS = (8, 4, 2, 1)


@dataclass(frozen=True)
class Placement:
    """One rendition laid out on an upright image: which box of it, resampled to which size, on which canvas."""

    spec: RenditionSpec
    box: Box
    size: tuple[int, int]
    canvas: tuple[int, int]

    @property
    def offset(self) -> tuple[int, int]:
        """Top-left corner of the picture on the canvas (non-zero only when letterboxed)."""
        return ((self.canvas[0] - self.size[0]) // 2, (self.canvas[1] - self.size[1]) // 2)


def place(spec: RenditionSpec, image_size: tuple[int, int], crop: Crop | None) -> Placement:
    """Lay ``spec`` out on an upright image of ``image_size`` pixels, honouring ``crop``."""
    width, height = image_size
    region = crop.box if crop is not None else FULL
    region_w = (region[2] - region[0]) * width
    region_h = (region[3] - region[1]) * height
    target = (spec.width, spec.height)
    if spec.fit is Fit.COVER or (spec.fit is Fit.LETTERBOX and crop is not None):
        return Placement(spec, aspect_box(region, width, height, spec.aspect), target, target)
    if spec.fit is Fit.LETTERBOX:
        scale = min(spec.width / region_w, spec.height / region_h)
    else:
        scale = min(1.0, spec.width / region_w, spec.height / region_h)
    size = (min(spec.width, max(1, round(region_w * scale))), min(spec.height, max(1, round(region_h * scale))))
    return Placement(spec, region, size, target if spec.fit is Fit.LETTERBOX else size)


def placements(image_size: tuple[int, int], crop: Crop | None, specs: Iterable[RenditionSpec]) -> list[Placement]:
    """:func:`place` for every spec, in order."""
    return [place(spec, image_size, crop) for spec in specs]


def needed_scale(image_size: tuple[int, int], crop: Crop | None, specs: Iterable[RenditionSpec]) -> float:
    """The smallest scale of the upright image that still feeds every rendition at its full size."""
    need = 0.0
    for p in placements(image_size, crop, specs):
        box_w = (p.box[2] - p.box[0]) * image_size[0]
        box_h = (p.box[3] - p.box[1]) * image_size[1]
        need = max(need, p.size[0] / box_w, p.size[1] / box_h)
    return need


def decode_reduction(image_size: tuple[int, int], crop: Crop | None, specs: Iterable[RenditionSpec]) -> int:
    """The largest reduction (8, 4, 2 or 1) at which the upright image still feeds every rendition."""
    need = needed_scale(image_size, crop, specs)
    return next(r for r in _REDUCTIONS if 1 / r >= need or r == 1)
