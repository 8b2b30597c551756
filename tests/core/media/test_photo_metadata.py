"""Metadata is read from the original and none of it reaches a rendition."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from opdstudio.core.media import MediaStore, import_photo

from .samples import camera_exif, jpeg_markers, plain_profile, quadrants

APP1, APP2, APP13, COMMENT = 0xE1, 0xE2, 0xED, 0xFE
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><Owner>Pak Camat</Owner></rdf:RDF></x:xmpmeta>'


def test_renditions_carry_no_exif_gps_xmp_icc_or_comment(inbox: Path, store: MediaStore) -> None:
    path = inbox / "tagged.jpg"
    exif = camera_exif(orientation=6, gps=True, taken="2025:03:14 08:15:00", make="TestCam", model="TC-1 Pro")
    quadrants((320, 200)).save(
        path, "JPEG", exif=exif, xmp=XMP, icc_profile=plain_profile("Test RGB"), comment=b"serial 12345"
    )

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert result.has_gps
    assert result.camera == "TestCam TC-1 Pro"
    assert result.stored_path is not None
    with Image.open(result.stored_path) as original:  # the stored original is kept as it came
        assert original.getexif().get_ifd(0x8825)
    for rendition in result.renditions:
        data = rendition.path.read_bytes()
        assert not {APP1, APP2, APP13, COMMENT} & set(jpeg_markers(data)), rendition.name
        for secret in (b"TestCam", b"Pak Camat", b"serial 12345", b"Test RGB"):
            assert secret not in data, (rendition.name, secret)
        with Image.open(rendition.path) as image:
            assert image.mode == "RGB"
            assert not image.getexif()
            assert not {"exif", "xmp", "icc_profile", "comment", "photoshop"} & set(image.info)


@pytest.mark.parametrize(
    ("taken", "offset", "expected"),
    [
        ("2025:03:14 08:15:00", "+07:00", datetime(2025, 3, 14, 8, 15, tzinfo=timezone(timedelta(hours=7)))),
        ("2025:03:14 08:15:00", "-03:30", datetime(2025, 3, 14, 8, 15, tzinfo=timezone(timedelta(hours=-3.5)))),
        ("2025:03:14 08:15:00", None, datetime(2025, 3, 14, 8, 15)),
        ("0000:00:00 00:00:00", "+07:00", None),
        ("kemarin sore", None, None),
    ],
)
def test_taken_at_comes_from_date_time_original(
    taken: str, offset: str | None, expected: datetime | None, inbox: Path, store: MediaStore
) -> None:
    path = inbox / "dated.jpg"
    quadrants().save(path, "JPEG", exif=camera_exif(taken=taken, offset=offset))

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert result.taken_at == expected
    if expected is not None:  # equal instants may still differ in offset
        assert result.taken_at is not None and result.taken_at.utcoffset() == expected.utcoffset()


def test_a_photo_without_exif_has_no_date_gps_or_camera(inbox: Path, store: MediaStore) -> None:
    path = inbox / "plain.png"
    quadrants().save(path)

    result = import_photo(path, store)

    assert result.ok, result.message_en
    assert (result.taken_at, result.has_gps, result.camera) == (None, False, None)
    assert (result.width, result.height, result.size_bytes) == (240, 160, path.stat().st_size)
    assert result.original_name == "plain.png"


def test_model_that_repeats_the_make_is_not_doubled(inbox: Path, store: MediaStore) -> None:
    path = inbox / "canon.jpg"
    quadrants().save(path, "JPEG", exif=camera_exif(make="Canon", model="Canon EOS 80D"))

    assert import_photo(path, store).camera == "Canon EOS 80D"


def test_gps_presence_is_reported(inbox: Path, store: MediaStore) -> None:
    with_gps, without = inbox / "gps.jpg", inbox / "nogps.jpg"
    quadrants().save(with_gps, "JPEG", exif=camera_exif(gps=True))
    quadrants().save(without, "JPEG", exif=camera_exif(make="TestCam"))

    assert import_photo(with_gps, store).has_gps
    assert not import_photo(without, store).has_gps
