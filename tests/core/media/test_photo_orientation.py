"""Every EXIF orientation lands upright in every rendition, and JPEG draft decoding honours it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from opdstudio.core.media import RENDITIONS, MediaStore, import_photo
from opdstudio.core.media.metadata import read_metadata
from opdstudio.core.media.opening import open_photo
from opdstudio.core.media.renditions import decode_upright

from .samples import assert_upright, quadrants, write_oriented


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_lands_upright_in_every_rendition(orientation: int, inbox: Path, store: MediaStore) -> None:
    upright = quadrants((240, 160))
    path = write_oriented(inbox / f"o{orientation}.jpg", upright, orientation, quality=95)

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert (result.width, result.height) == (240, 160)
    assert [r.name for r in result.renditions] == list(RENDITIONS)
    for rendition in result.renditions:
        with Image.open(rendition.path) as image:
            assert image.size == (rendition.width, rendition.height)
            assert_upright(image)


@pytest.mark.parametrize("fmt", ["WEBP", "PNG"])
def test_orientation_is_applied_for_other_formats(fmt: str, inbox: Path, store: MediaStore) -> None:
    path = write_oriented(inbox / f"rotated.{fmt.lower()}", quadrants((200, 120)), 6, fmt)

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert (result.width, result.height) == (200, 120)
    with Image.open(result.renditions[0].path) as image:
        assert_upright(image)


def test_draft_decode_uses_the_stored_orientation(inbox: Path) -> None:
    # 24 MP stored landscape, shown portrait: a draft asked for in upright terms would not reduce at all.
    path = write_oriented(inbox / "camera.jpg", quadrants((4000, 6000)), 6, quality=80)

    with open_photo(path) as image:
        assert image.size == (6000, 4000)
        upright = decode_upright(image, path, read_metadata(image).orientation, None)
        assert image.size == (3000, 2000)  # decoded at ½ in its stored orientation

    assert upright.size == (1365, 2048)  # then shrunk to the largest rendition (Facebook) and turned upright
    assert_upright(upright)
