"""Bring any decoded photo to 8-bit RGB in sRGB: 16-bit scaled down, alpha flattened on white, CMYK and
embedded ICC profiles converted with LittleCMS."""

from __future__ import annotations

import io

from PIL import Image, ImageCms

_SIXTEEN_BIT = frozenset({"I", "I;16", "I;16B", "I;16L", "I;16N"})
_ALPHA_BASE = {"RGBA": "RGB", "LA": "L", "PA": "RGB"}


def to_srgb(image: Image.Image) -> Image.Image:
    """``image`` as 8-bit RGB in sRGB, honouring its embedded profile (``info`` may still name it)."""
    icc = image.info.get("icc_profile")
    image = _flatten(_eight_bit(image))
    if icc and not _is_srgb(icc):
        image = _convert_profile(image, icc)
    return image if image.mode == "RGB" else image.convert("RGB")


def _eight_bit(image: Image.Image) -> Image.Image:
    if image.mode in _SIXTEEN_BIT:
        return image.convert("I").point(lambda v: v / 257, "L")
    if image.mode == "P":
        return image.convert("RGBA" if "transparency" in image.info else "RGB")
    return image


def _flatten(image: Image.Image) -> Image.Image:
    base = _ALPHA_BASE.get(image.mode)
    if base is None:
        return image
    rgba = image.convert("RGBA") if image.mode == "PA" else image
    flat = Image.new(base, image.size, "white")
    flat.paste(rgba.convert(base), mask=rgba.getchannel("A"))
    return flat


def _is_srgb(icc: bytes) -> bool:
    try:
        description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc)))
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return True  # an unreadable profile cannot be honoured; treat the pixels as sRGB
    return "srgb" in description.lower()


def _convert_profile(image: Image.Image, icc: bytes) -> Image.Image:
    """Convert from the embedded profile; a profile that does not fit the pixels is ignored."""
    try:
        converted = ImageCms.profileToProfile(
            image, ImageCms.ImageCmsProfile(io.BytesIO(icc)), ImageCms.createProfile("sRGB"), outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image
    assert converted is not None  # profileToProfile returns None only with inPlace=True
    return converted
