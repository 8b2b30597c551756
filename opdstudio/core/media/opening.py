"""Opening untrusted image files: format and size checks, and Pillow's failures turned into refusals.

Pillow reports a possible decompression bomb and damaged EXIF as *warnings*, and Python 3.11's warning
filters are process-wide, not per thread. Header reads therefore run under one lock with those warnings
silenced (:func:`quiet_pillow`; for those few milliseconds other threads' UserWarnings are silenced too),
and the pixel limit is enforced here instead, with a refusal. Decoding runs outside the lock, so a batch
still uses every core.
"""

from __future__ import annotations

import struct
import threading
import warnings
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pillow_heif
from PIL import Image, ImageFile, UnidentifiedImageError

from opdstudio.core.media.refusals import PhotoRefused, RefusalCode

pillow_heif.register_heif_opener(thumbnails=False)

SUPPORTED_FORMATS = frozenset({"JPEG", "MPO", "PNG", "WEBP", "HEIF"})
MAX_PIXELS = 120_000_000  # above 108 MP phone cameras; a full RGB decode stays under ~360 MB
MIN_EDGE = 16
MAX_EDGE = 30_000

_PILLOW_LOCK = threading.Lock()
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, struct.error, IndexError, TypeError, zlib.error)
_TRUNCATION_HINTS = ("truncated", "end of file", "premature end")


@contextmanager
def quiet_pillow() -> Iterator[None]:
    """Serialise a header read and silence Pillow's bomb and EXIF warnings while it runs."""
    with _PILLOW_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        warnings.simplefilter("ignore", UserWarning)
        yield


@contextmanager
def refusing(path: Path) -> Iterator[None]:
    """Turn Pillow's ways of failing on ``path`` into a :class:`PhotoRefused` with the right code."""
    try:
        yield
    except (Image.DecompressionBombError, MemoryError) as exc:
        raise PhotoRefused(RefusalCode.TOO_MANY_PIXELS, limit=MAX_PIXELS // 1_000_000) from exc
    except UnidentifiedImageError as exc:
        code = RefusalCode.CORRUPT if _starts_like_supported_image(path) else RefusalCode.NOT_AN_IMAGE
        raise PhotoRefused(code) from exc
    except OSError as exc:
        if exc.errno is not None:
            raise PhotoRefused(RefusalCode.UNREADABLE, reason=exc.strerror or exc) from exc
        raise _decode_refusal(path, exc) from exc
    except _DECODE_ERRORS as exc:
        raise _decode_refusal(path, exc) from exc


def file_size(path: Path) -> int:
    """Size of ``path`` in bytes; refuses a missing, unreadable or empty file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PhotoRefused(RefusalCode.UNREADABLE, reason=exc.strerror or exc) from exc
    if size == 0:
        raise PhotoRefused(RefusalCode.EMPTY)
    return size


def open_photo(path: Path) -> ImageFile.ImageFile:
    """Open ``path`` lazily (header only) and check its format and size; refuses what we cannot import."""
    with refusing(path), quiet_pillow():
        image = Image.open(path)
    try:
        check_image(image)
    except PhotoRefused:
        image.close()
        raise
    return image


def check_image(image: Image.Image) -> None:
    """Refuse an unsupported format, too many pixels or an implausible edge length."""
    if image.format not in SUPPORTED_FORMATS:
        raise PhotoRefused(RefusalCode.UNSUPPORTED_FORMAT, format=image.format or "?")
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise PhotoRefused(RefusalCode.TOO_MANY_PIXELS, limit=MAX_PIXELS // 1_000_000)
    if not (MIN_EDGE <= width <= MAX_EDGE and MIN_EDGE <= height <= MAX_EDGE):
        raise PhotoRefused(RefusalCode.BAD_DIMENSIONS, width=width, height=height, low=MIN_EDGE, high=MAX_EDGE)


def _decode_refusal(path: Path, exc: Exception) -> PhotoRefused:
    message = str(exc).lower()
    if any(hint in message for hint in _TRUNCATION_HINTS) or _riff_is_short(path):
        return PhotoRefused(RefusalCode.TRUNCATED)
    return PhotoRefused(RefusalCode.CORRUPT)


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(12)
    except OSError:
        return b""


def _starts_like_supported_image(path: Path) -> bool:
    head = _head(path)
    return (
        head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"))
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or head[4:8] == b"ftyp"
    )


def _riff_is_short(path: Path) -> bool:
    """WebP files declare their length; a file shorter than that was cut off."""
    head = _head(path)
    if head[:4] != b"RIFF":
        return False
    try:
        return path.stat().st_size < struct.unpack("<I", head[4:8])[0] + 8
    except OSError:
        return False
