"""Photos into a post: run the media pipeline on files or pasted image data, record each original as a
``Photo`` row and give the composer a ``PhotoDraft`` per file. A refused file never stops the batch.

Runs in a background job: it opens its own database session (DESIGN.md, Layers).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import Session, select

from ..domain.models import Photo
from ..domain.types import utcnow
from ..media import Crop, ImportResult, MediaStore, Rendition, import_photos, rerender
from ..media.renditions import rendition_name
from ..storage.database import Database
from .composing import PhotoDraft, photo_draft
from .queries import LOCAL_TZ

Progress = Callable[[int, int, str], None]

PREVIEW_RENDITION = "facebook"  # the whole picture, long edge ≤ 2048 px: what previews crop from
THUMB_RENDITION = "thumb"


@dataclass(frozen=True)
class PhotoImport:
    """One file's outcome: a draft photo to place in the post, or the reason it was refused."""

    file: str
    ok: bool
    photo: PhotoDraft | None = None
    duplicate: bool = False  # the same original (by SHA-256) was imported before
    message: str = ""
    message_en: str = ""


def media_store(db: Database) -> MediaStore:
    """The content-addressed photo store of the database's profile."""
    if db.paths is None:
        raise ValueError("this database has no profile folder for photos")
    return MediaStore(db.paths.media)


def import_files(
    db: Database,
    person_id: str,
    paths: Sequence[Path | str],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[PhotoImport]:
    """Import ``paths`` into the profile's store and record the originals; one outcome per path, in order."""
    report = None if progress is None else lambda done, total, r: progress(done, total, r.original_name)
    results = import_photos(paths, media_store(db), progress=report, cancel=cancelled)
    with db.session() as session:
        return [_outcome(session, person_id, r) for r in results]


def import_image_data(
    db: Database, person_id: str, data: bytes, name: str, *, progress: Progress | None = None
) -> list[PhotoImport]:
    """Import image bytes (a pasted picture) as if they were a file called ``name``."""
    with tempfile.TemporaryDirectory(prefix="opd-paste-") as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(data)
        return import_files(db, person_id, [path], progress=progress)


def record(session: Session, person_id: str, result: ImportResult) -> Photo:
    """The ``Photo`` row of an imported original (an existing row for an original seen before)."""
    assert result.ok and result.sha256 is not None
    photo = session.exec(select(Photo).where(Photo.sha256 == result.sha256)).first()
    if photo is None:
        photo = Photo(
            sha256=result.sha256,
            original_name=result.original_name,
            size_bytes=result.size_bytes,
            width=result.width,
            height=result.height,
            taken_at=taken_at_utc(result.taken_at),
            has_gps=result.has_gps,
            imported_by_id=person_id,
        )
        session.add(photo)
    elif photo.deleted_at is not None:
        photo.deleted_at = None
        photo.rev += 1
        photo.updated_at = utcnow()
    session.flush()
    return photo


def taken_at_utc(value: datetime | None) -> datetime | None:
    """EXIF time as aware UTC; a camera that recorded no offset is taken to be in local (WIB) time."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=LOCAL_TZ)).astimezone(UTC)


def _outcome(session: Session, person_id: str, result: ImportResult) -> PhotoImport:
    if not result.ok:
        return PhotoImport(str(result.file), False, message=result.message or "", message_en=result.message_en or "")
    photo = record(session, person_id, result)
    return PhotoImport(str(result.file), True, photo_draft(photo), duplicate=result.duplicate)


def rendition_file(store: MediaStore, sha256: str, name: str, crop: dict[str, float] | None = None) -> Path | None:
    """The stored rendition ``name`` of a photo for ``crop`` (None: uncropped), if it exists."""
    path = store.rendition_path(sha256, rendition_name(name, Crop.from_dict(crop or {})))
    return path if path.is_file() else None


def render_crop(db: Database, sha256: str, crop: dict[str, float]) -> list[Rendition]:
    """Make the renditions of a photo for the crop the admin chose (a background job)."""
    return rerender(media_store(db), sha256, Crop.from_dict(crop))
