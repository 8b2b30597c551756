"""Bad files are refused one by one, with a code and a message, and the rest of the batch imports."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from opdstudio.core.media import MediaStore, RefusalCode, import_photo, import_photos
from opdstudio.core.media.opening import open_photo

from .samples import png_claiming, quadrants


def _jpeg_bytes() -> bytes:
    out = io.BytesIO()
    quadrants((200, 150)).save(out, "JPEG", quality=90)
    return out.getvalue()


def _corrupt_png() -> bytes:
    out = io.BytesIO()
    quadrants((200, 150)).save(out, "PNG")
    data = bytearray(out.getvalue())
    start = data.index(b"IDAT") + 8
    data[start : start + 40] = bytes(range(40))  # scramble the compressed pixels, keep the header
    return bytes(data)


def _bmp_bytes() -> bytes:
    out = io.BytesIO()
    quadrants().save(out, "BMP")
    return out.getvalue()


def _tiny_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return out.getvalue()


BAD_FILES: dict[str, tuple[Callable[[], bytes], RefusalCode]] = {
    "empty.jpg": (lambda: b"", RefusalCode.EMPTY),
    "notes.jpg": (lambda: b"Rapat koordinasi pukul 09.00 WIB\n" * 20, RefusalCode.NOT_AN_IMAGE),
    "cut.jpg": (lambda: _jpeg_bytes()[: len(_jpeg_bytes()) // 2], RefusalCode.TRUNCATED),
    "broken.png": (_corrupt_png, RefusalCode.CORRUPT),
    "bomb.png": (lambda: png_claiming(20_000, 20_000), RefusalCode.TOO_MANY_PIXELS),
    "big.png": (lambda: png_claiming(11_000, 11_000), RefusalCode.TOO_MANY_PIXELS),
    "banner.png": (lambda: png_claiming(40_000, 20), RefusalCode.BAD_DIMENSIONS),
    "icon.png": (_tiny_png, RefusalCode.BAD_DIMENSIONS),
    "scan.bmp": (_bmp_bytes, RefusalCode.UNSUPPORTED_FORMAT),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_each_bad_file_is_refused_with_its_code_and_messages(name: str, inbox: Path, store: MediaStore) -> None:
    make, code = BAD_FILES[name]
    path = inbox / name
    path.write_bytes(make())

    result = import_photo(path, store)

    assert not result.ok
    assert result.code == code
    assert result.message and result.message_en and result.message != result.message_en
    assert result.to_json() == {
        "file": str(path),
        "ok": False,
        "code": code,
        "error": result.message,
        "error_en": result.message_en,
    }


def test_messages_name_the_problem(inbox: Path, store: MediaStore) -> None:
    (inbox / "scan.bmp").write_bytes(_bmp_bytes())
    (inbox / "banner.png").write_bytes(png_claiming(40_000, 20))

    unsupported = import_photo(inbox / "scan.bmp", store)
    dimensions = import_photo(inbox / "banner.png", store)

    assert "BMP" in (unsupported.message or "") and "HEIC" in (unsupported.message_en or "")
    assert "40000×20" in (dimensions.message or "")


def test_a_size_pillow_warns_about_but_within_our_limit_opens_without_a_warning(inbox: Path) -> None:
    path = inbox / "panorama.png"
    path.write_bytes(png_claiming(10_000, 9_500))  # 95 MP: above Pillow's 89 MP warning, below our 120 MP

    with open_photo(path) as image:  # warnings are errors in this suite
        assert image.size == (10_000, 9_500)


def test_a_missing_file_is_refused_as_unreadable(inbox: Path, store: MediaStore) -> None:
    result = import_photo(inbox / "gone.jpg", store)

    assert (result.ok, result.code) == (False, RefusalCode.UNREADABLE)


def test_batch_imports_the_good_files_around_the_bad_ones(inbox: Path, store: MediaStore) -> None:
    paths = []
    for index, (name, (make, _)) in enumerate(BAD_FILES.items()):
        good = inbox / f"good-{index}.jpg"
        quadrants((100 + index, 80)).save(good, "JPEG")
        bad = inbox / name
        bad.write_bytes(make())
        paths += [good, bad]

    results = import_photos(paths, store, workers=2)

    assert [r.file for r in results] == paths
    assert [r.ok for r in results] == [True, False] * len(BAD_FILES)
    assert [r.code for r in results[1::2]] == [code for _, code in BAD_FILES.values()]
    stored = sorted(p.name for p in store.root.glob("??/*"))
    assert stored == sorted(f"{r.sha256}.jpg" for r in results if r.ok)  # nothing of the bad files is kept


def test_a_file_truncated_after_a_valid_header_leaves_nothing_in_the_store(inbox: Path, store: MediaStore) -> None:
    data = _jpeg_bytes()
    path = inbox / "cut.jpg"
    path.write_bytes(data[: len(data) * 2 // 3])

    result = import_photo(path, store)

    assert result.code == RefusalCode.TRUNCATED
    assert not [p for p in store.root.rglob("*") if p.is_file()]


@settings(max_examples=40, deadline=None)
@given(
    fmt=st.sampled_from(["JPEG", "PNG", "WEBP"]),
    damage=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12),
    cut=st.one_of(st.none(), st.floats(0.05, 1.0)),
)
def test_damaged_files_import_or_are_refused_but_never_raise(
    fmt: str, damage: list[tuple[float, int]], cut: float | None
) -> None:
    out = io.BytesIO()
    quadrants((64, 48)).save(out, fmt)
    data = bytearray(out.getvalue())
    for where, value in damage:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: max(1, int(cut * len(data)))]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"damaged.{fmt.lower()}"
        path.write_bytes(bytes(data))

        result = import_photo(path, MediaStore(Path(folder) / "media"))

    assert result.ok or result.code in set(RefusalCode), result
