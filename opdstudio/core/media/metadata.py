"""What the original's EXIF says: orientation, when it was taken, whether it holds a location, camera."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from PIL import ExifTags, Image

from opdstudio.core.media.opening import quiet_pillow

_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")
_EXIF_ERRORS = (ValueError, TypeError, KeyError, IndexError, struct.error, OSError)


@dataclass(frozen=True)
class PhotoMeta:
    """Metadata of an original. ``width``/``height`` are as displayed, i.e. after EXIF orientation."""

    orientation: int
    width: int
    height: int
    taken_at: datetime | None
    has_gps: bool
    camera: str | None


def read_metadata(image: Image.Image) -> PhotoMeta:
    """Read ``image``'s EXIF. Damaged EXIF yields what could be read, never a refusal.

    PNG files may keep their EXIF after the pixel data, so load a PNG before calling this.
    """
    with quiet_pillow():
        try:
            exif = image.getexif()
            details = exif.get_ifd(ExifTags.IFD.Exif)
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        except _EXIF_ERRORS:
            exif, details, gps = Image.Exif(), {}, {}
    tag = exif.get(ExifTags.Base.Orientation)
    orientation = tag if isinstance(tag, int) and 1 <= tag <= 8 else 1
    width, height = image.size if orientation < 5 else image.size[::-1]
    return PhotoMeta(
        orientation=orientation,
        width=width,
        height=height,
        taken_at=_taken_at(details),
        has_gps=ExifTags.GPS.GPSLatitude in gps or ExifTags.GPS.GPSLongitude in gps,
        camera=_camera(exif.get(ExifTags.Base.Make), exif.get(ExifTags.Base.Model)),
    )


def _text(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return value.strip("\x00 ") if isinstance(value, str) else ""


def _taken_at(details: dict[int, object]) -> datetime | None:
    """DateTimeOriginal, with OffsetTimeOriginal as its zone when present (else naive)."""
    try:
        taken = datetime.strptime(_text(details.get(ExifTags.Base.DateTimeOriginal))[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    offset = _OFFSET.match(_text(details.get(ExifTags.Base.OffsetTimeOriginal)))
    if offset is None:
        return taken
    sign = -1 if offset[1] == "-" else 1
    minutes = int(offset[2]) * 60 + int(offset[3])
    if minutes > 18 * 60:
        return taken
    return taken.replace(tzinfo=timezone(timedelta(minutes=sign * minutes)))


def _camera(make: object, model: object) -> str | None:
    make_text, model_text = _text(make), _text(model)
    if model_text.lower().startswith(make_text.lower()):
        return model_text or None
    return f"{make_text} {model_text}".strip() or None
