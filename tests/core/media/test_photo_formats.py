"""HEIC, CMYK, 16-bit, alpha, palette, WebP and embedded ICC profiles all come out as sRGB JPEGs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from opdstudio.core.media import ImportResult, MediaStore, Rendition, import_photo

from .samples import (
    RGB,
    assert_upright,
    camera_exif,
    near,
    plain_profile,
    quadrants,
    rgb_at,
    stored_for,
    swapped_profile,
)


def named(result: ImportResult, name: str) -> Rendition:
    return next(r for r in result.renditions if r.name == name)


def centre_of(result: ImportResult, name: str = "facebook") -> RGB:
    with Image.open(named(result, name).path) as image:
        assert image.mode == "RGB"
        return rgb_at(image, image.width / 2, image.height / 2)


def test_heic_from_a_phone_imports_upright(inbox: Path, store: MediaStore) -> None:
    path = inbox / "IMG_0001.HEIC"
    exif = camera_exif(orientation=6, gps=True, taken="2025:03:14 08:15:00", offset="+07:00")
    stored_for(quadrants((240, 160)), 6).save(path, "HEIF", quality=90, exif=exif.tobytes())

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert (result.width, result.height, result.has_gps) == (240, 160, True)
    assert result.taken_at is not None and result.taken_at.hour == 8
    assert result.stored_path is not None and result.stored_path.suffix == ".heic"
    for rendition in result.renditions:
        with Image.open(rendition.path) as image:
            assert_upright(image)


def test_cmyk_jpeg_becomes_rgb(inbox: Path, store: MediaStore) -> None:
    path = inbox / "print.jpg"
    Image.new("CMYK", (120, 90), (255, 0, 0, 0)).save(path, "JPEG", quality=95)  # pure cyan ink

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert near(centre_of(result), (0, 255, 255))


@pytest.mark.parametrize(("level", "expected"), [(0, 0), (32768, 128), (65535, 255)])
def test_sixteen_bit_grey_png_is_scaled_not_clipped(level: int, expected: int, inbox: Path, store: MediaStore) -> None:
    path = inbox / f"deep-{level}.png"
    Image.new("I;16", (120, 90), level).save(path)

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert near(centre_of(result), (expected,) * 3, tolerance=3)


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P"])
def test_transparent_areas_are_flattened_on_white(mode: str, inbox: Path, store: MediaStore) -> None:
    path = inbox / f"logo-{mode}.png"
    image = Image.new("RGBA", (120, 90), (0, 0, 0, 0))
    image.paste((200, 30, 30, 255), (60, 0, 120, 90))  # right half opaque red, left half transparent black
    if mode == "LA":
        image = image.convert("LA")
    elif mode == "P":
        image = Image.new("P", (120, 90), 0)
        image.putpalette([0, 0, 0, 200, 30, 30])
        image.paste(1, (60, 0, 120, 90))
        image.info["transparency"] = 0  # palette entry 0 is fully transparent (tRNS)
    image.save(path)

    result = import_photo(path, store)

    assert result.ok, result.message_en
    with Image.open(named(result, "facebook").path) as rendition:
        left = rgb_at(rendition, rendition.width / 4, rendition.height / 2)
        right = rgb_at(rendition, rendition.width * 3 / 4, rendition.height / 2)
    red = Image.new("RGB", (1, 1), (200, 30, 30))
    assert near(left, (255, 255, 255), 8)
    assert near(right, rgb_at(red.convert("L") if mode == "LA" else red, 0, 0), 12)


def test_webp_imports(inbox: Path, store: MediaStore) -> None:
    path = inbox / "story.webp"
    quadrants((240, 160)).save(path, "WEBP", quality=90)

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert result.stored_path is not None and result.stored_path.suffix == ".webp"
    with Image.open(result.renditions[0].path) as image:
        assert_upright(image)


def test_an_embedded_profile_is_converted_to_srgb(inbox: Path, store: MediaStore) -> None:
    path = inbox / "swapped.jpg"  # in this profile the pixel (200, 30, 10) is a blue
    Image.new("RGB", (120, 90), (200, 30, 10)).save(path, "JPEG", quality=95, icc_profile=swapped_profile())

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert near(centre_of(result), (3, 24, 201), tolerance=12)


def test_a_wide_gamut_png_is_converted_like_littlecms_does(inbox: Path, store: MediaStore) -> None:
    profile = plain_profile("Camera RGB, gamma 2.2")
    colour = (90, 160, 60)
    expected = ImageCms.profileToProfile(
        Image.new("RGB", (1, 1), colour),
        ImageCms.ImageCmsProfile(io.BytesIO(profile)),
        ImageCms.createProfile("sRGB"),
        outputMode="RGB",
    )
    assert expected is not None
    converted = rgb_at(expected, 0, 0)
    assert converted != colour  # the profile does change colours
    path = inbox / "camera.png"
    Image.new("RGB", (120, 90), colour).save(path, icc_profile=profile)

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert near(centre_of(result), converted, tolerance=4)


def test_a_profile_that_does_not_fit_the_pixels_is_ignored(inbox: Path, store: MediaStore) -> None:
    lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()
    path = inbox / "odd-profile.jpg"
    Image.new("RGB", (120, 90), (200, 30, 10)).save(path, "JPEG", quality=95, icc_profile=lab)

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert near(centre_of(result), (200, 30, 10), tolerance=12)
