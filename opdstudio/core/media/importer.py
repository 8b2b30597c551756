"""Import photos: check, store the original, read its metadata, make the renditions; a batch on all cores."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path

from opdstudio.core.media.crop import Crop
from opdstudio.core.media.metadata import PhotoMeta, read_metadata
from opdstudio.core.media.opening import file_size, open_photo, refusing
from opdstudio.core.media.refusals import PhotoRefused, RefusalCode
from opdstudio.core.media.renditions import (
    Rendition,
    decode_upright,
    existing_renditions,
    make_renditions,
    write_renditions,
)
from opdstudio.core.media.results import ImportResult
from opdstudio.core.media.store import MediaStore

Progress = Callable[[int, int, ImportResult], None]
Cancel = threading.Event | Callable[[], bool]


def import_photo(path: Path | str, store: MediaStore, *, crop: Crop | None = None) -> ImportResult:
    """Import one file; a file that cannot be imported comes back refused (``ok`` False), never raised.

    An original already in the store is reported ``duplicate`` and its existing renditions are reused.
    """
    path = Path(path)
    try:
        return _import(path, store, crop)
    except PhotoRefused as refusal:
        return ImportResult.refused(path, refusal)


def import_photos(
    paths: Iterable[Path | str],
    store: MediaStore,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    crop: Crop | None = None,
    workers: int | None = None,
) -> list[ImportResult]:
    """Import files on ``workers`` threads (default: one per core), one result per path, in order.

    ``progress(done, total, result)`` is called on the calling thread as each file finishes. ``cancel``
    (an Event or a callable) is checked before each file starts; files not started are returned
    refused with code ``cancelled``. Pillow releases the GIL while decoding, resampling and encoding,
    so threads scale across cores without a process pool's start-up cost.
    """
    files = [Path(p) for p in paths]
    workers = max(1, workers or os.cpu_count() or 1)
    cancelled = _as_callable(cancel)
    results: list[ImportResult | None] = [None] * len(files)
    started = done = 0
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="photo-import") as pool:
        running: dict[Future[ImportResult], int] = {}
        while True:
            while started < len(files) and len(running) < workers and not cancelled():
                running[pool.submit(import_photo, files[started], store, crop=crop)] = started
                started += 1
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                result = future.result()
                results[running.pop(future)] = result
                done += 1
                if progress is not None:
                    progress(done, len(files), result)
    return [
        result or ImportResult.refused(file, PhotoRefused(RefusalCode.CANCELLED))
        for file, result in zip(files, results, strict=True)
    ]


def rerender(store: MediaStore, sha256: str, crop: Crop | None) -> list[Rendition]:
    """The renditions of a stored photo for ``crop`` (e.g. after the user moved the crop), made if missing.

    Raises :class:`PhotoRefused` when the original is not in the store or cannot be decoded.
    """
    stored = store.find(sha256)
    if stored is None:
        raise PhotoRefused(RefusalCode.MISSING_ORIGINAL)
    return _read_and_render(store, sha256, stored, crop, reuse=True)[1]


def _import(path: Path, store: MediaStore, crop: Crop | None) -> ImportResult:
    size_bytes = file_size(path)
    open_photo(path).close()  # refuse a non-image before copying it into the store
    try:
        sha256, stored, present = store.add_file(path)
    except OSError as exc:
        raise PhotoRefused(RefusalCode.NOT_STORED, reason=exc.strerror or exc) from exc
    try:
        meta, renditions = _read_and_render(store, sha256, stored, crop, reuse=present)
    except PhotoRefused:
        if not present:
            stored.unlink(missing_ok=True)
        raise
    return ImportResult(
        file=path,
        ok=True,
        original_name=path.name,
        size_bytes=size_bytes,
        sha256=sha256,
        stored_path=stored,
        duplicate=present,
        renditions=renditions,
        width=meta.width,
        height=meta.height,
        taken_at=meta.taken_at,
        has_gps=meta.has_gps,
        camera=meta.camera,
    )


def _read_and_render(
    store: MediaStore, sha256: str, stored: Path, crop: Crop | None, *, reuse: bool
) -> tuple[PhotoMeta, list[Rendition]]:
    """Read the stored original's metadata and make its renditions (unless ``reuse`` finds them made)."""
    with open_photo(stored) as image:
        if image.format == "PNG":
            with refusing(stored):
                image.load()
        meta = read_metadata(image)
        renditions = existing_renditions(store, sha256, crop) if reuse else None
        if renditions is None:
            upright = decode_upright(image, stored, meta.orientation, crop)
            renditions = write_renditions(
                store, sha256, crop, make_renditions(upright, crop, (meta.width, meta.height))
            )
    return meta, renditions


def _as_callable(cancel: Cancel | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel
