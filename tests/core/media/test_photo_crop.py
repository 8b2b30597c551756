"""Crops: the helper the UI drags, the layout arithmetic, and crops honoured in the rendition pixels."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from opdstudio.core.media import (
    RENDITIONS,
    Crop,
    MediaStore,
    PhotoRefused,
    RefusalCode,
    crop_for_aspect,
    import_photo,
    rerender,
)
from opdstudio.core.media.layout import decode_reduction, place

from .samples import BLUE, GREEN, RED, near, quadrants, rgb_at


def test_crop_for_aspect_is_the_largest_box_placed_near_the_centre_asked() -> None:
    def box(crop: Crop) -> list[float]:
        return [crop.x, crop.y, crop.w, crop.h]

    assert box(crop_for_aspect(4000, 3000, 4 / 5)) == pytest.approx([0.2, 0.0, 0.6, 1.0])
    assert box(crop_for_aspect(4000, 3000, 4 / 5, center=(0.0, 0.5))) == pytest.approx([0.0, 0.0, 0.6, 1.0])
    assert box(crop_for_aspect(4000, 3000, 4 / 5, center=(0.9, 0.2))) == pytest.approx([0.4, 0.0, 0.6, 1.0])
    assert box(crop_for_aspect(3000, 4000, 1.0, center=(0.5, 0.1))) == pytest.approx([0.0, 0.0, 1.0, 0.75])


@given(
    width=st.integers(16, 9000),
    height=st.integers(16, 9000),
    aspect=st.floats(0.3, 3.0),
    center=st.tuples(st.floats(0, 1), st.floats(0, 1)),
)
def test_crop_for_aspect_always_fits_and_keeps_the_aspect(
    width: int, height: int, aspect: float, center: tuple[float, float]
) -> None:
    try:
        crop = crop_for_aspect(width, height, aspect, center)
    except ValueError:  # thinner than 1 % of the photo: refused by Crop
        assert min(height * aspect / width, width / aspect / height) < 0.0101
        return
    assert crop.w * width / (crop.h * height) == pytest.approx(aspect)
    assert max(crop.w, crop.h) == pytest.approx(1.0)
    assert crop.x >= 0 and crop.y >= 0
    assert crop.x + crop.w <= 1 + 1e-9 and crop.y + crop.h <= 1 + 1e-9


def test_crop_validates_and_round_trips_through_the_post_photo_dict() -> None:
    crop = Crop(0.1, 0.2, 0.5, 0.4)
    assert Crop.from_dict(crop.as_dict()) == crop
    assert Crop.from_dict({}) is None
    assert crop.key != Crop(0.1, 0.2, 0.5, 0.41).key
    for bad in [(0.6, 0.0, 0.5, 1.0), (-0.1, 0.0, 0.5, 0.5), (0.0, 0.0, 0.0, 1.0), (0.0, 0.0, 1.0, 0.001)]:
        with pytest.raises(ValueError):
            Crop(*bad)


@pytest.mark.parametrize(
    ("size", "crop", "reduction"),
    [
        ((3024, 4032), None, 1),  # 12 MP phone: ½ would leave Facebook 2016 px of its 2048
        ((4000, 6000), None, 2),  # 24 MP: ¼ would leave Facebook 1500 px
        ((6000, 8000), None, 2),  # 48 MP: ¼ would leave Facebook 2000 px
        ((1200, 900), None, 1),
        ((6000, 8000), Crop(0.25, 0.25, 0.5, 0.5), 1),  # a crop needs more of the pixels (½: 2000 px of 2048)
    ],
)
def test_decode_reduction_is_the_largest_that_serves_every_rendition(
    size: tuple[int, int], crop: Crop | None, reduction: int
) -> None:
    assert decode_reduction(size, crop, RENDITIONS.values()) == reduction


def test_long_edge_renditions_are_capped_and_never_enlarged() -> None:
    assert place(RENDITIONS["facebook"], (1512, 2016), None).size == (1512, 2016)
    assert place(RENDITIONS["facebook"], (3000, 2000), None).size == (2048, 1365)
    assert place(RENDITIONS["x"], (640, 480), None).size == (640, 480)
    assert place(RENDITIONS["thumb"], (640, 480), None).size == (320, 240)
    tiktok = place(RENDITIONS["tiktok"], (640, 480), None)
    assert (tiktok.size, tiktok.canvas, tiktok.offset) == ((1080, 810), (1080, 1920), (0, 555))


def _red_left_third(path: Path) -> Path:
    image = Image.new("RGB", (300, 200), BLUE)
    image.paste(RED, (0, 0, 100, 200))
    image.save(path, "JPEG", quality=95)
    return path


def test_the_crop_decides_what_every_rendition_shows(inbox: Path, store: MediaStore) -> None:
    path = _red_left_third(inbox / "stage.jpg")

    plain = import_photo(path, store)
    cropped = import_photo(path, store, crop=Crop(0.0, 0.0, 1 / 3, 1.0))

    assert plain.ok and cropped.ok
    for before, after in zip(plain.renditions, cropped.renditions, strict=True):
        assert before.path != after.path and (before.width, before.height) != (1, 1)
        with Image.open(before.path) as whole, Image.open(after.path) as part:
            assert near(rgb_at(whole, whole.width * 0.6, whole.height / 2), BLUE), before.name
            assert part.getbbox() == (0, 0, part.width, part.height), after.name  # no letterbox bars
            for x in (0.1, 0.5, 0.9):
                assert near(rgb_at(part, part.width * x, part.height / 2), RED), (after.name, x)


def test_rerender_makes_a_new_crop_and_keeps_the_old_one(inbox: Path, store: MediaStore) -> None:
    first = import_photo(_red_left_third(inbox / "stage.jpg"), store, crop=Crop(0.0, 0.0, 0.3, 1.0))
    assert first.ok and first.sha256

    moved = rerender(store, first.sha256, Crop(0.5, 0.0, 0.5, 1.0))

    assert [r.name for r in moved] == list(RENDITIONS)
    for old, new in zip(first.renditions, moved, strict=True):
        assert old.path.exists() and new.path.exists() and old.path != new.path
        with Image.open(new.path) as image:
            assert near(rgb_at(image, image.width / 2, image.height / 2), BLUE)
    assert rerender(store, first.sha256, Crop(0.5, 0.0, 0.5, 1.0)) == moved


def test_rerender_of_a_photo_not_in_the_store_is_refused(store: MediaStore) -> None:
    with pytest.raises(PhotoRefused) as refused:
        rerender(store, "f" * 64, None)
    assert refused.value.code == RefusalCode.MISSING_ORIGINAL


def test_a_portrait_crop_of_a_landscape_photo_fills_the_instagram_portrait(inbox: Path, store: MediaStore) -> None:
    path = inbox / "wide.jpg"
    quadrants((400, 200)).save(path, "JPEG", quality=95)
    crop = crop_for_aspect(400, 200, 4 / 5, center=(0.0, 0.5))  # dragged to the left edge

    result = import_photo(path, store, crop=crop)

    portrait = next(r for r in result.renditions if r.name == "instagram_portrait")
    with Image.open(portrait.path) as image:
        assert image.size == (1080, 1350)
        for x in (100, 980):  # only the left (red over green) half of the photo is shown
            assert near(rgb_at(image, x, 300), RED)
            assert near(rgb_at(image, x, 1050), GREEN)
