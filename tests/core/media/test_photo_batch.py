"""Duplicates, batch order, progress and cancel, and the JSON the CLI prints."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from opdstudio.core.media import RENDITIONS, ImportResult, MediaStore, RefusalCode, import_photo, import_photos

from .samples import camera_exif, quadrants


def _photos(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"IMG_{index:04d}.jpg"
        quadrants((120 + index, 90)).save(path, "JPEG")
        paths.append(path)
    return paths


def test_importing_the_same_photo_again_is_a_duplicate_and_reuses_renditions(inbox: Path, store: MediaStore) -> None:
    path = inbox / "IMG_0001.jpg"
    quadrants().save(path, "JPEG", exif=camera_exif(gps=True, taken="2025:03:14 08:15:00"))
    copy = inbox / "copy of IMG_0001.JPG"
    shutil.copyfile(path, copy)

    first = import_photo(path, store)
    written = {r.path: r.path.stat().st_mtime_ns for r in first.renditions}
    again = import_photo(copy, store)

    assert first.ok and not first.duplicate
    assert again.ok and again.duplicate
    assert (again.sha256, again.stored_path, again.renditions) == (first.sha256, first.stored_path, first.renditions)
    assert (again.taken_at, again.has_gps, again.original_name) == (first.taken_at, True, copy.name)
    assert {r.path: r.path.stat().st_mtime_ns for r in again.renditions} == written  # not regenerated
    assert len(list(store.root.glob("??/*"))) == 1


def test_a_missing_or_damaged_rendition_is_made_again_on_reimport(inbox: Path, store: MediaStore) -> None:
    (path,) = _photos(inbox, 1)
    first = import_photo(path, store)
    first.renditions[0].path.unlink()
    first.renditions[1].path.write_bytes(b"")  # as a crash before the data reached the disk might leave it

    again = import_photo(path, store)

    assert again.duplicate
    assert again.renditions == first.renditions
    assert all(r.path.stat().st_size > 1000 for r in again.renditions)


def test_batch_results_come_in_input_order_with_progress_on_the_calling_thread(inbox: Path, store: MediaStore) -> None:
    paths = _photos(inbox, 5)
    calls: list[tuple[int, int, Path, bool]] = []

    def progress(done: int, total: int, result: ImportResult) -> None:
        calls.append((done, total, result.file, threading.current_thread() is threading.main_thread()))

    results = import_photos([*paths, paths[0]], store, progress=progress)

    assert [r.file for r in results] == [*paths, paths[0]]
    assert all(r.ok for r in results)
    assert [r.duplicate for r in results].count(True) == 1
    assert [(done, total, on_main) for done, total, _, on_main in calls] == [(n, 6, True) for n in range(1, 7)]
    assert sorted(str(file) for _, _, file, _ in calls) == sorted(str(p) for p in [*paths, paths[0]])


def test_cancel_stops_before_the_next_file(inbox: Path, store: MediaStore) -> None:
    paths = _photos(inbox, 4)
    stop = threading.Event()

    results = import_photos(paths, store, progress=lambda done, total, result: stop.set(), cancel=stop, workers=1)

    assert [r.ok for r in results] == [True, False, False, False]
    assert {r.code for r in results[1:]} == {RefusalCode.CANCELLED}
    assert results[1].message and results[1].message_en
    assert len(list(store.root.glob("??/*"))) == 1


def test_cancel_can_be_a_callable_and_stops_a_batch_before_it_starts(inbox: Path, store: MediaStore) -> None:
    paths = _photos(inbox, 3)
    progress_calls: list[int] = []

    results = import_photos(paths, store, cancel=lambda: True, progress=lambda d, t, r: progress_calls.append(d))

    assert [r.code for r in results] == [RefusalCode.CANCELLED] * 3
    assert progress_calls == []
    assert not store.root.exists() or not list(store.root.glob("??/*"))


def test_two_threads_give_the_same_results_as_one(inbox: Path, tmp_path: Path) -> None:
    paths = _photos(inbox, 6)

    one = import_photos(paths, MediaStore(tmp_path / "one"), workers=1)
    two = import_photos(paths, MediaStore(tmp_path / "two"), workers=2)

    assert [(r.sha256, [(x.name, x.width, x.height) for x in r.renditions]) for r in one] == [
        (r.sha256, [(x.name, x.width, x.height) for x in r.renditions]) for r in two
    ]


def test_to_json_lists_the_renditions(inbox: Path, store: MediaStore) -> None:
    path = inbox / "rapat.jpg"
    quadrants((400, 300)).save(path, "JPEG", exif=camera_exif(taken="2025:03:14 08:15:00", offset="+07:00"))

    data = import_photo(path, store).to_json()

    assert data["ok"] is True and data["file"] == str(path) and len(data["sha256"]) == 64
    assert data["taken_at"] == "2025-03-14T08:15:00+07:00"
    assert [r["name"] for r in data["renditions"]] == list(RENDITIONS)
    sizes = {r["name"]: (r["width"], r["height"]) for r in data["renditions"]}
    assert sizes == {
        "instagram_portrait": (1080, 1350),
        "instagram_square": (1080, 1080),
        "instagram_landscape": (1080, 566),
        "facebook": (400, 300),
        "x": (400, 300),
        "tiktok": (1080, 1920),
        "thumb": (320, 240),
    }
    assert all(Path(r["path"]).is_file() for r in data["renditions"])
