"""Where each rendition's pixels come from and how big they are: pure arithmetic, no pixels touched.

Long-edge-capped renditions (``Fit.INSIDE``) treat their cap as a maximum. JPEG decoding can only shrink
by powers of two, so when a cap would force a full-size decode for a gain of a few per cent, we accept a
picture up to ``INSIDE_SLACK`` under the cap: a 4032 px phone photo decodes at ½ (2016 px) and Facebook
gets 2016 px instead of 2048, for roughly half the decoding time. Fixed-size renditions always get their
exact size and are decoded at whatever scale that needs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from opdstudio.core.media.crop import FULL, Box, Crop, aspect_box
from opdstudio.core.media.specs import Fit, RenditionSpec

INSIDE_SLACK = 0.95
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


def decode_reduction(image_size: tuple[int, int], crop: Crop | None, specs: Iterable[RenditionSpec]) -> int:
    """The largest reduction (8, 4, 2 or 1) at which the upright image still feeds every rendition."""
    need = 0.0
    for p in placements(image_size, crop, specs):
        box_w = (p.box[2] - p.box[0]) * image_size[0]
        box_h = (p.box[3] - p.box[1]) * image_size[1]
        scale = max(p.size[0] / box_w, p.size[1] / box_h)
        need = max(need, scale * INSIDE_SLACK if p.spec.fit is Fit.INSIDE else scale)
    return next(r for r in _REDUCTIONS if 1 / r >= need or r == 1)
