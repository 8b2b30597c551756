"""Real sample files for the media tests, generated with Pillow (and pillow_heif) into a directory."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

from PIL import ExifTags, Image, ImageOps

RGB = tuple[int, int, int]
RED: RGB = (220, 20, 20)
BLUE: RGB = (20, 40, 220)
GREEN: RGB = (20, 190, 40)
YELLOW: RGB = (240, 220, 20)
QUADRANTS = (RED, BLUE, GREEN, YELLOW)  # top-left, top-right, bottom-left, bottom-right

# Pillow's transpose for each EXIF orientation is its own inverse except 6 and 8, which swap.
_TO_STORED = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def quadrants(size: tuple[int, int] = (240, 160)) -> Image.Image:
    """An upright picture with four coloured quadrants: red, blue / green, yellow."""
    width, height = size
    image = Image.new("RGB", size)
    for index, colour in enumerate(QUADRANTS):
        left, top = (index % 2) * width // 2, (index // 2) * height // 2
        image.paste(colour, (left, top, left + width // 2, top + height // 2))
    return image


def stored_for(upright: Image.Image, orientation: int) -> Image.Image:
    """The pixels a camera stores so that applying EXIF ``orientation`` shows ``upright``."""
    return upright.transpose(_TO_STORED[orientation]) if orientation in _TO_STORED else upright.copy()


def camera_exif(
    *,
    orientation: int = 1,
    gps: bool = False,
    taken: str | None = None,
    offset: str | None = None,
    make: str | None = None,
    model: str | None = None,
) -> Image.Exif:
    """EXIF as a phone writes it."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    if make:
        exif[ExifTags.Base.Make] = make
    if model:
        exif[ExifTags.Base.Model] = model
    if gps:
        info = exif.get_ifd(ExifTags.IFD.GPSInfo)
        info[ExifTags.GPS.GPSLatitudeRef] = "S"
        info[ExifTags.GPS.GPSLatitude] = (3.0, 28.0, 12.0)
        info[ExifTags.GPS.GPSLongitudeRef] = "E"
        info[ExifTags.GPS.GPSLongitude] = (102.0, 31.0, 48.0)
    if taken:
        details = exif.get_ifd(ExifTags.IFD.Exif)
        details[ExifTags.Base.DateTimeOriginal] = taken
        if offset:
            details[ExifTags.Base.OffsetTimeOriginal] = offset
    return exif


def write_oriented(path: Path, upright: Image.Image, orientation: int, fmt: str = "JPEG", **save: object) -> Path:
    """Save ``upright`` as a camera would with ``orientation``; checked against Pillow's exif_transpose."""
    exif = camera_exif(orientation=orientation)
    stored_for(upright, orientation).save(path, fmt, exif=exif.tobytes(), **save)
    with Image.open(path) as check:
        assert ImageOps.exif_transpose(check).size == upright.size
    return path


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width × height pixels (a decompression-bomb-like file)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def plain_profile(description: str) -> bytes:
    """An ICC v2 RGB profile with sRGB's primaries and gamma 2.2 curves, named ``description``."""
    return _profile(description, swap=False)


def swapped_profile() -> bytes:
    """An RGB profile whose red and blue primaries are exchanged: its (200, 30, 10) is sRGB's (10, 30, 200)."""
    return _profile("Swapped RGB (test)", swap=True)


def _s15(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ \0\0\0\0" + _s15(x) + _s15(y) + _s15(z)


def _profile(description: str, *, swap: bool) -> bytes:
    red, green, blue = (0.4361, 0.2225, 0.0139), (0.3851, 0.7169, 0.0971), (0.1431, 0.0606, 0.7141)
    if swap:
        red, blue = blue, red
    text = description.encode("ascii") + b"\0"
    desc = b"desc\0\0\0\0" + struct.pack(">I", len(text)) + text + b"\0" * 8 + b"\0\0\0" + b"\0" * 67
    curve = b"curv\0\0\0\0" + struct.pack(">IH", 1, round(2.2 * 256)) + b"\0\0"
    tags = [
        (b"desc", desc),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(*red)),
        (b"gXYZ", _xyz(*green)),
        (b"bXYZ", _xyz(*blue)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        body += b"\0" * (-len(body) % 4)
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (
        struct.pack(">I", size)
        + b"lcms"
        + struct.pack(">I", 0x02100000)
        + b"mntrRGB XYZ "
        + b"\0" * 12
        + b"acsp"
        + b"\0" * 24
        + struct.pack(">I", 0)
        + _s15(0.9642)
        + _s15(1.0)
        + _s15(0.8249)
        + b"\0" * 48
    )
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def jpeg_markers(data: bytes) -> list[int]:
    """The marker bytes of a JPEG's segments up to the start of scan (0xE1 = APP1/EXIF/XMP, 0xE2 = ICC …)."""
    assert data[:2] == b"\xff\xd8"
    markers, position = [], 2
    while position < len(data):
        assert data[position] == 0xFF
        marker = data[position + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        position += 2 + length
    return markers


def assert_upright(image: Image.Image) -> None:
    """The four quadrant colours sit where they belong in the picture (letterbox bars excluded)."""
    rgb = image.convert("RGB")
    box = rgb.getbbox()  # the picture inside black bars; the quadrant colours are never black
    assert box is not None
    left, top, right, bottom = box
    for index, colour in enumerate(QUADRANTS):
        x = left + (right - left) * (0.25 + 0.5 * (index % 2))
        y = top + (bottom - top) * (0.25 + 0.5 * (index // 2))
        assert near(rgb_at(rgb, x, y), colour), (index, rgb_at(rgb, x, y))


def rgb_at(image: Image.Image, x: float, y: float) -> RGB:
    """The RGB pixel at (x, y)."""
    pixel = image.convert("RGB").getpixel((int(x), int(y)))
    assert isinstance(pixel, tuple)
    return (pixel[0], pixel[1], pixel[2])


def near(actual: Sequence[int], expected: Sequence[int], tolerance: int = 40) -> bool:
    """Whether an RGB pixel is within ``tolerance`` of ``expected`` on every channel (JPEG is lossy)."""
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))
