"""After a pull: bring the originals of the profile's photo rows from the server into its media store.

Push uploads a photo's bytes before its row; pull writes only the rows. Every photo row (not deleted) whose
original is not in the store is fetched from ``app.photoblob`` a few at a time (row-level security lets a person
read the bytes of photos used by posts they may see, and their own), checked against its SHA-256, stored under
the extension of its original name, and given the uncropped renditions an import makes (the composer and the
review screen read those; cropped ones are made on demand). Bytes the server lacks, the person may not read or
that do not hash to their name are skipped and tried again at the next sync. An original stored by an earlier
sync that was stopped before its renditions were made gets them now.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from PIL import Image
from sqlalchemy import Connection, text
from sqlmodel import col, select

from ..domain.models import Photo
from ..errors import OpdError
from ..media import RENDITIONS, MediaStore, PhotoRefused, rerender
from ..media.opening import SUPPORTED_FORMATS
from ..services.photos import media_store
from ..storage.database import Database

BATCH = 4  # originals per round trip …
BATCH_BYTES = 64 << 20  # … and at most this many bytes of them (one larger original goes alone)
STAGE = "photos"

Progress = Callable[[str, int, int], None]

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class _Missing:
    sha256: str
    ext: str
    size_bytes: int


def fetch_photo_blobs(conn: Connection, sha256s: Sequence[str]) -> dict[str, bytes]:
    """The bytes of those photos the server holds and the caller may read, by SHA-256 as the server names them."""
    rows = conn.execute(
        text("SELECT sha256, data FROM app.photoblob WHERE sha256 = ANY(CAST(:shas AS text[]))"),
        {"shas": list(sha256s)},
    )
    return {str(sha): bytes(data) for sha, data in rows}


def download_missing_photos(
    db: Database,
    server: Connection,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH,
) -> int:
    """Fetch, verify and store the originals the profile lacks, with their renditions; how many were stored.

    ``progress("photos", done, total)`` follows each photo; ``cancelled()`` is checked between round trips.
    """
    if db.paths is None:
        return 0
    store = media_store(db)
    missing, unrendered = _wanted(db, store)
    total, done, stored = len(missing) + len(unrendered), 0, 0
    for sha256 in unrendered:
        if cancelled is not None and cancelled():
            return stored
        _render(store, sha256)
        done += 1
        if progress is not None:
            progress(STAGE, done, total)
    for group in _groups(missing, batch_size):
        if cancelled is not None and cancelled():
            return stored
        blobs = fetch_photo_blobs(server, [m.sha256 for m in group])
        for photo in group:
            data = blobs.pop(photo.sha256, None)
            if data is not None and hashlib.sha256(data).hexdigest() == photo.sha256:
                _store(store, data, photo.ext)
                _render(store, photo.sha256)
                stored += 1
            done += 1
            if progress is not None:
                progress(STAGE, done, total)
    return stored


def _wanted(db: Database, store: MediaStore) -> tuple[list[_Missing], list[str]]:
    """Photos whose original is not stored (newest first), and stored originals that lack renditions."""
    with db.session() as session:
        rows = session.exec(
            select(Photo.sha256, Photo.original_name, Photo.size_bytes)
            .where(col(Photo.deleted_at).is_(None))
            .order_by(col(Photo.created_at).desc())
        ).all()
    missing: list[_Missing] = []
    unrendered: list[str] = []
    for sha256, name, size_bytes in rows:
        if not _SHA256.fullmatch(sha256) or _rendered(store, sha256):
            continue
        if store.find(sha256) is None:
            missing.append(_Missing(sha256, _extension(name), size_bytes))
        else:
            unrendered.append(sha256)
    return missing, unrendered


def _rendered(store: MediaStore, sha256: str) -> bool:
    return all(store.rendition_path(sha256, name).is_file() for name in RENDITIONS)


def _extension(original_name: str) -> str:
    """The original's extension as an import would store it, if it names a photo format we read; else ``.bin``."""
    ext = PurePath(original_name).suffix.lower()
    return ext if Image.registered_extensions().get(ext) in SUPPORTED_FORMATS else ".bin"


def _groups(missing: list[_Missing], batch_size: int) -> Iterator[list[_Missing]]:
    group: list[_Missing] = []
    size = 0
    for photo in missing:
        weight = max(photo.size_bytes, 0)
        if group and (len(group) == batch_size or size + weight > BATCH_BYTES):
            yield group
            group, size = [], 0
        group.append(photo)
        size += weight
    if group:
        yield group


def _store(store: MediaStore, data: bytes, ext: str) -> None:
    try:
        store.add_bytes(data, ext)
    except OSError as exc:
        raise _not_saved(exc) from exc


def _render(store: MediaStore, sha256: str) -> None:
    """The uncropped renditions, as an import makes them; a picture that cannot be decoded keeps none."""
    try:
        rerender(store, sha256, None)
    except PhotoRefused:
        pass
    except OSError as exc:
        raise _not_saved(exc) from exc


def _not_saved(exc: OSError) -> OpdError:
    reason = exc.strerror or exc
    return OpdError(
        f"Foto dari server tidak dapat disimpan di profil ini: {reason}",
        f"A photo from the server cannot be saved in this profile: {reason}",
    )
