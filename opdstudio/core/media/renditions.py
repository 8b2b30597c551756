"""Decode an original once, at the smallest scale every rendition allows, and make all renditions.

Speed: a JPEG is decoded with ``draft()`` at the largest power-of-two reduction that still serves every
rendition (see :mod:`layout`); other formats are decoded fully and then ``reduce()``d the same way.
``draft()`` takes a size in the file's *stored* orientation, so it runs before the EXIF rotation. The
decoded picture is then resampled, still in stored orientation, to the largest rendition's size (the
smallest that feeds every rendition), and only that is rotated upright. Each rendition is resampled from
the smallest picture already made that still has enough pixels (Facebook → X → thumbnail, Instagram from
Facebook or X), never from the full original.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFile

from opdstudio.core.media.colour import to_srgb
from opdstudio.core.media.crop import FULL, Box, Crop
from opdstudio.core.media.layout import Placement, decode_reduction, needed_scale, placements
from opdstudio.core.media.opening import refusing
from opdstudio.core.media.specs import RENDITIONS, Fit
from opdstudio.core.media.store import MediaStore

JPEG_QUALITY = 85
# BICUBIC from the reduced decode is within ~46 dB PSNR of a full-resolution LANCZOS reference (invisible
# under JPEG q85) and resamples ~25 % faster than LANCZOS. optimize=False: Huffman optimisation would
# add ~24 ms per photo (all seven renditions of a 24 MP original, ~+75 % encode time) for 12 % fewer bytes.
RESAMPLE = Image.Resampling.BICUBIC
REDUCING_GAP = 2.0
PRE_SHRINK_MARGIN = 1.05  # a decoded picture this much larger than needed is shrunk before the rotation
_DRAFTABLE = frozenset({"JPEG", "MPO"})
_REDUCIBLE = frozenset({"RGB", "L", "CMYK"})
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class Rendition:
    """A rendition file in the store."""

    name: str
    path: Path
    width: int
    height: int


def rendition_name(spec_name: str, crop: Crop | None) -> str:
    """The store name of a rendition; each crop gets its own files, so posts cropping differently coexist."""
    return spec_name if crop is None else f"{spec_name}-{crop.key}"


def existing_renditions(store: MediaStore, sha256: str, crop: Crop | None) -> list[Rendition] | None:
    """The renditions already in the store for this photo and crop, or None if any is missing or unreadable."""
    found = []
    for spec in RENDITIONS.values():
        path = store.rendition_path(sha256, rendition_name(spec.name, crop))
        try:
            with Image.open(path) as image:
                found.append(Rendition(spec.name, path, image.width, image.height))
        except (OSError, SyntaxError, ValueError):
            return None
    return found


def decode_upright(image: ImageFile.ImageFile, path: Path, orientation: int, crop: Crop | None) -> Image.Image:
    """Decode ``image`` once, reduced as far as the renditions allow, upright, 8-bit sRGB, without metadata."""
    stored_size = image.size
    upright_size = stored_size if orientation < 5 else stored_size[::-1]
    need = needed_scale(upright_size, crop, RENDITIONS.values())
    reduction = decode_reduction(upright_size, crop, RENDITIONS.values())
    if reduction > 1 and image.format in _DRAFTABLE:
        image.draft("RGB", (stored_size[0] // reduction, stored_size[1] // reduction))
    with refusing(path):
        image.load()
    picture: Image.Image = image
    # Not a draft-decoded JPEG: shrink with reduce(), before the colour conversion when the mode allows
    # (LittleCMS then converts a quarter of the pixels), else after it.
    if reduction > 1 and picture.size == stored_size and picture.mode in _REDUCIBLE:
        picture = picture.reduce(reduction)
    picture = to_srgb(picture)
    if reduction > 1 and picture.size == stored_size:
        picture = picture.reduce(reduction)
    # Down to the largest rendition before rotating: the rotation and every later resample touch fewer pixels.
    target = (max(1, round(stored_size[0] * need)), max(1, round(stored_size[1] * need)))
    if picture.width > target[0] * PRE_SHRINK_MARGIN:
        picture = picture.resize(target, RESAMPLE, reducing_gap=REDUCING_GAP)
    if orientation in _UPRIGHT:
        picture = picture.transpose(_UPRIGHT[orientation])
    picture.info = {}
    return picture


def make_renditions(
    upright: Image.Image, crop: Crop | None, full_size: tuple[int, int]
) -> list[tuple[Placement, Image.Image]]:
    """Every rendition of the decoded upright picture, in ``RENDITIONS`` order, sized for the original's upright
    ``full_size`` (the decoded picture may be smaller: it only has to feed the largest rendition)."""
    layout = placements(full_size, crop, RENDITIONS.values())
    sources: list[tuple[Image.Image, Box]] = [(upright, FULL)]
    made: dict[str, Image.Image] = {}
    for p in sorted(layout, key=lambda p: (p.spec.fit is not Fit.INSIDE, -p.size[0] * p.size[1])):
        picture = _resample(_smallest_source(sources, p), p)
        if p.spec.fit is Fit.INSIDE:
            sources.append((picture, p.box))
        if p.canvas != p.size:
            canvas = Image.new("RGB", p.canvas, "black")
            canvas.paste(picture, p.offset)
            picture = canvas
        made[p.spec.name] = picture
    return [(p, made[p.spec.name]) for p in layout]


def write_renditions(
    store: MediaStore, sha256: str, crop: Crop | None, renditions: list[tuple[Placement, Image.Image]]
) -> list[Rendition]:
    """Save each rendition as a metadata-free JPEG in the store, atomically."""
    written = []
    for placement, picture in renditions:
        path = store.rendition_path(sha256, rendition_name(placement.spec.name, crop))
        _save_jpeg(picture, path)
        written.append(Rendition(placement.spec.name, path, picture.width, picture.height))
    return written


def _density(source: tuple[Image.Image, Box]) -> tuple[float, float]:
    image, box = source
    return image.width / (box[2] - box[0]), image.height / (box[3] - box[1])


def _smallest_source(sources: list[tuple[Image.Image, Box]], p: Placement) -> tuple[Image.Image, Box]:
    """The least detailed picture made so far that still has enough pixels for ``p`` (else the most detailed)."""
    need = (p.size[0] / (p.box[2] - p.box[0]) * 0.999, p.size[1] / (p.box[3] - p.box[1]) * 0.999)
    ranked = sorted(sources, key=_density)
    return next((s for s in ranked if all(d >= n for d, n in zip(_density(s), need, strict=True))), ranked[-1])


def _resample(source: tuple[Image.Image, Box], p: Placement) -> Image.Image:
    image, box = source
    scale_x = image.width / (box[2] - box[0])
    scale_y = image.height / (box[3] - box[1])
    pixels = (
        max(0.0, (p.box[0] - box[0]) * scale_x),
        max(0.0, (p.box[1] - box[1]) * scale_y),
        min(float(image.width), (p.box[2] - box[0]) * scale_x),
        min(float(image.height), (p.box[3] - box[1]) * scale_y),
    )
    if p.size == image.size and pixels == (0.0, 0.0, float(image.width), float(image.height)):
        return image
    return image.resize(p.size, RESAMPLE, box=pixels, reducing_gap=REDUCING_GAP)


def _save_jpeg(picture: Image.Image, path: Path) -> None:
    """Write without EXIF, XMP, ICC or comments; tmp file + rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".rendition-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False)
        os.replace(tmp_name, path)
    finally:
        Path(tmp_name).unlink(missing_ok=True)
